"""Scale-out with PySpark: the pipeline over a corpus held in a Spark DataFrame or RDD.

:func:`process` takes input records ``{id, url, outlet, published, title, text}`` (the JSONL
corpus format; a DataFrame read with ``spark.read.json`` or an RDD of dicts/Rows) and returns a
:class:`SparkResult` with five DataFrames:

* ``articles``: one row per article, with the full record of ``warta extract --format jsonl``
  as a JSON string (``record``) and the columns an analyst filters on first;
* ``events``, ``quotes``, ``entities``: the record's parts, flattened (one row each, keyed by
  ``article_id``);
* ``errors``: one row per input that could not become an article (``id``, ``path``, ``line``,
  ``stage``, ``message``). A bad record never kills the job; the rest goes on.

Why ``mapPartitions``: building the :class:`~warta.pipeline.Pipeline` loads lexicons, the KB
and spaCy (about 3.5 s), while one article takes about 20 ms. So the pipeline is built once per
partition, on the executor, from plain option data (:class:`JobOptions`), and never pickled or
broadcast; partitions should therefore hold hundreds of articles, not a handful. The
per-article work is exactly that of ``warta extract``: the same reader function turns a record
into a :class:`~warta.model.Document`, the same pipeline fills it, the same ``to_record`` writes
it, so Spark output equals the plain pipeline's output record for record.

pyspark is optional (``pip install 'warta[spark]'``): this module imports without it, and
:func:`require_spark` says in one line what is missing (pyspark, or a Java runtime).
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Document, Event, ReadError
from .options import PipelineOptions
from .readers import JSONL_EXT, MAX_BYTES, read_file

if TYPE_CHECKING:  # pragma: no cover - typing only; pyspark is optional
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

INSTALL_HINT = "pip install 'warta[spark]'"
#: Output tables, in the order they are written and counted.
TABLES: tuple[str, ...] = ("articles", "events", "quotes", "entities", "errors")
#: Keys of an input item that steer reading rather than being record fields.
_PATH, _LINE, _JSON, _FILE, _ERROR = "_path", "_line", "_json", "_file", "_error"
#: Documents of a partition processed together (``Pipeline.pipe``: one NER call per batch).
_PIPE_BATCH = 32


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing; ``str()`` is the one-line message for the user."""


def java_executable() -> str | None:
    """The ``java`` Spark would launch (``$JAVA_HOME/bin/java``, else ``java`` on PATH), or None."""
    home = os.environ.get("JAVA_HOME")
    if home:
        cand = Path(home) / "bin" / "java"
        return str(cand) if cand.is_file() and os.access(cand, os.X_OK) else None
    return shutil.which("java")


def require_spark() -> None:
    """Raise :class:`SparkUnavailable` unless pyspark imports and a Java runtime exists.

    Checked up front so the user gets one actionable line instead of a py4j traceback
    from deep inside the JVM launcher."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable(f"pyspark is not installed: {INSTALL_HINT}") from None
    if java_executable() is None:
        raise SparkUnavailable("no Java runtime found (Spark needs Java 17+): install one "
                               "(e.g. apt-get install default-jre-headless) or set JAVA_HOME")


# -- options as plain data ---------------------------------------------------------------------
@dataclass(frozen=True)
class JobOptions:
    """The pipeline options as plain, cheaply pickled data shipped to every partition.

    Every field of :class:`~warta.options.PipelineOptions` is carried (dates as ISO strings),
    so an option added there reaches the executors without a change here. ``today`` is fixed
    on the driver when the job is planned, so every executor bounds inferred dates by the same
    day even if the job runs over midnight."""

    #: (field name, value); dates are ISO strings tagged by ``dates``.
    values: tuple[tuple[str, Any], ...]
    dates: tuple[str, ...] = ()

    @classmethod
    def of(cls, options: PipelineOptions | None = None) -> JobOptions:
        o = options or PipelineOptions()
        values, dates = [], []
        for f in fields(o):
            v = getattr(o, f.name)
            if isinstance(v, date):
                v = v.isoformat()
                dates.append(f.name)
            values.append((f.name, v))
        return cls(values=tuple(values), dates=tuple(dates))

    def pipeline_options(self) -> PipelineOptions:
        kwargs = {k: date.fromisoformat(v) if k in self.dates else v for k, v in self.values}
        return PipelineOptions(**kwargs)


# -- row layouts -------------------------------------------------------------------------------
#: (column, Spark SQL type) per nested row. Kept as data so rows are built as plain tuples
#: on the executors and the schemas are built only where pyspark is imported.
EVENT_COLS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("seq", "int"), ("type", "string"), ("quad", "int"),
    ("mode", "array<string>"), ("context", "array<string>"),
    ("actors", "array<string>"), ("actor_names", "array<string>"), ("actor_entities", "array<string>"),
    ("recipients", "array<string>"), ("recipient_names", "array<string>"),
    ("recipient_entities", "array<string>"),
    ("date", "string"), ("place", "string"), ("place_country", "string"),
    ("negated", "boolean"), ("hypothetical", "boolean"), ("confidence", "double"),
    ("trigger", "string"), ("evidence", "string"), ("evidence_start", "int"), ("evidence_end", "int"),
    ("attributed_to", "string"),
)
QUOTE_COLS: tuple[tuple[str, str], ...] = (
    ("quote_id", "string"), ("seq", "int"), ("kind", "string"), ("text", "string"),
    ("speaker_name", "string"), ("speaker_code", "string"), ("speaker_sector", "string"),
    ("speaker_full_code", "string"), ("speaker_entity", "string"), ("cue", "string"),
    ("start", "int"), ("end", "int"),
)
ENTITY_COLS: tuple[tuple[str, str], ...] = (
    ("entity_id", "string"), ("name", "string"), ("label", "string"), ("code", "string"),
    ("sector", "string"), ("full_code", "string"), ("role", "string"), ("kb_id", "string"),
    ("source", "string"), ("n_mentions", "int"),
)
#: One row per input item: an article (``error`` null) or an error (``error`` set).
ROW_COLS: tuple[tuple[str, Any], ...] = (
    ("id", "string"), ("path", "string"), ("line", "int"), ("error", "string"), ("stage", "string"),
    ("hash", "string"), ("language", "string"), ("language_confidence", "double"), ("title", "string"),
    ("published", "string"), ("published_basis", "string"), ("outlet", "string"), ("url", "string"),
    ("n_entities", "int"), ("n_events", "int"), ("n_quotes", "int"), ("warnings", "array<string>"),
    ("record", "string"),
    ("events", EVENT_COLS), ("quotes", QUOTE_COLS), ("entities", ENTITY_COLS),  # arrays of structs
)
ARTICLE_COLS: tuple[str, ...] = ("id", "language", "language_confidence", "title", "published",
                                 "published_basis", "outlet", "url", "path", "line", "hash",
                                 "n_entities", "n_events", "n_quotes", "warnings", "record")
ERROR_COLS: tuple[str, ...] = ("id", "path", "line", "stage", "message")


def _full(code: str | None, sector: str | None) -> str | None:
    if not code:
        return None
    return f"{code}.{sector}" if sector else code


def event_row(ev: Event, seq: int) -> tuple[Any, ...]:
    """One event as a flat tuple in :data:`EVENT_COLS` order (participants as parallel arrays)."""
    loc = ev.location if isinstance(ev.location, dict) else {}
    ev_span = ev.evidence
    return (
        ev.id, seq, ev.type, ev.quad, list(ev.mode), list(ev.context),
        [_full(a.code, a.sector) for a in ev.actor], [a.name for a in ev.actor], [a.entity for a in ev.actor],
        [_full(a.code, a.sector) for a in ev.recipient], [a.name for a in ev.recipient],
        [a.entity for a in ev.recipient],
        ev.date, loc.get("name"), loc.get("country"), bool(ev.negated), bool(ev.hypothetical),
        round(float(ev.confidence), 3), ev.trigger.text if ev.trigger else None,
        ev_span.text if ev_span else None, ev_span.start if ev_span else None, ev_span.end if ev_span else None,
        ev.attributed_to,
    )


def article_row(doc: Document, path: str | None, line: int | None, content_hash: str) -> tuple[Any, ...]:
    """A processed document as one tuple in :data:`ROW_COLS` order.

    ``record`` is serialised exactly as ``warta extract --format jsonl`` writes it."""
    pub = doc.published
    record = json.dumps(doc.to_record(), ensure_ascii=False)
    quotes = [(q.id, i, q.kind, q.text, q.speaker.name if q.speaker else None,
               q.speaker.code if q.speaker else None, q.speaker.sector if q.speaker else None,
               _full(q.speaker.code, q.speaker.sector) if q.speaker else None,
               q.speaker.entity if q.speaker else None, q.cue,
               q.span.start if q.span else None, q.span.end if q.span else None)
              for i, q in enumerate(doc.quotes)]
    entities = [(e.id, e.name, e.label, e.code, e.sector, e.full_code, e.role, e.kb_id, e.source, len(e.mentions))
                for e in doc.entities]
    return (
        doc.id, path, line, None, None, content_hash, doc.language,
        round(float(doc.language_confidence or 0.0), 4), doc.title,
        pub.date if pub else None, pub.basis if pub else None, doc.source.outlet, doc.source.url,
        len(doc.entities), len(doc.events), len(doc.quotes), list(doc.warnings), record,
        [event_row(ev, i) for i, ev in enumerate(doc.events)], quotes, entities,
    )


def error_row(doc_id: str | None, path: str | None, line: int | None, stage: str, message: str) -> tuple[Any, ...]:
    """An input that yields no article, as a tuple in :data:`ROW_COLS` order."""
    row: list[Any] = [None] * len(ROW_COLS)
    row[0], row[1], row[2], row[3], row[4] = doc_id, path, line, " ".join(message.split()), stage
    return tuple(row)


# -- executor side -----------------------------------------------------------------------------
def item_of(row: Any) -> dict[str, Any]:
    """A DataFrame ``Row`` (or a dict) as the plain dict :func:`process_partition` reads."""
    if isinstance(row, dict):
        return row
    as_dict = getattr(row, "asDict", None)
    if callable(as_dict):
        return as_dict(recursive=True)
    return {_ERROR: f"input row is a {type(row).__name__}, not a record"}


def documents_of(item: dict[str, Any]) -> Iterator[Document | ReadError]:
    """The documents (or read errors) behind one input item.

    An item is a record ``{id, url, outlet, published, title, text, ...}`` (optionally with
    ``_path``/``_line`` saying where it came from), a raw JSONL line (``_json``), a file to read
    with the ordinary readers (``_file``), or a driver-side error (``_error``). Records go through
    the readers' own record function, so ids, titles and mojibake repair match ``warta extract``.
    """
    from .readers import record_document  # the one rule that turns a corpus record into a Document

    path = item.get(_PATH)
    line = item.get(_LINE)
    if item.get(_ERROR):
        yield ReadError(path or "", str(item[_ERROR]), line)
        return
    if item.get(_FILE):
        yield from read_file(Path(str(item[_FILE])))
        return
    if _JSON in item:
        raw = str(item[_JSON] or "").lstrip("\ufeff")
        if len(raw.encode("utf-8", "replace")) > MAX_BYTES:
            yield ReadError(path or "", f"record line over {MAX_BYTES // (1024 * 1024)} MB, skipped", line)
            return
        try:
            rec = json.loads(raw)
        except ValueError as exc:
            yield ReadError(path or "", f"malformed JSON line: {exc.args[0] if exc.args else exc}", line)
            return
        if isinstance(rec, dict) and rec.get("id") not in (None, ""):
            item["id"] = rec["id"]  # so that an error row about this record can name it
    else:
        rec = {k: v for k, v in item.items() if not k.startswith("_")}
    yield record_document(rec, path, line, None)  # path None: a record with no file


def _record_id(item: dict[str, Any]) -> str | None:
    rid = item.get("id")
    return str(rid) if rid not in (None, "") else None


def process_partition(items: Iterable[Any], options: JobOptions) -> Iterator[tuple[Any, ...]]:
    """``mapPartitions`` body: build one pipeline for the partition, then one row per document,
    in input order. Documents go through ``Pipeline.pipe`` in batches of ``_PIPE_BATCH``.

    The pipeline is built on the first document (a partition of bad inputs loads nothing).
    A failure on one item becomes an error row and the loop goes on; if the pipeline cannot
    be built at all, every document of the partition becomes an error row saying why."""
    from .pipeline import Pipeline

    pipe: Pipeline | None = None
    broken: str | None = None
    #: in input order: ("doc", document, hash of its input) waiting for its batch, or ("row", error row)
    pending: list[tuple[str, Any, Any]] = []
    waiting = 0  # documents in ``pending``

    def flush() -> Iterator[tuple[Any, ...]]:
        nonlocal waiting
        docs = [p[1] for p in pending if p[0] == "doc"]
        # one batch: the NER model is called once for all of it ("doc" entries exist only with a pipeline)
        outs = iter(pipe.process_batch(docs) if pipe is not None and docs else [])
        for kind, doc, content_hash in pending:
            if kind == "row":
                yield doc  # ``doc`` is an error row here, yielded in its place
                continue
            out = next(outs)
            try:
                yield article_row(out, out.source.path, out.source.line, content_hash)
            except Exception as exc:
                yield error_row(doc.id, doc.source.path, doc.source.line, "record",
                                f"cannot build record: {type(exc).__name__}: {exc}")
        pending.clear()
        waiting = 0

    for raw in items:
        if waiting >= _PIPE_BATCH or len(pending) >= 8 * _PIPE_BATCH:
            yield from flush()  # a full batch, or many error rows in a row
        try:
            item = item_of(raw)
        except Exception as exc:
            pending.append(("row", error_row(None, None, None, "read",
                                             f"unreadable input row: {type(exc).__name__}: {exc}"), None))
            continue
        if _JSON in item and not str(item[_JSON] or "").strip():
            continue  # blank JSONL line, as the readers skip them
        path, line = item.get(_PATH), item.get(_LINE)
        try:
            docs = list(documents_of(item))
        except Exception as exc:
            pending.append(("row", error_row(_record_id(item), path, line, "read",
                                             f"{type(exc).__name__}: {exc}"), None))
            continue
        for doc in docs:
            if isinstance(doc, ReadError):
                pending.append(("row", error_row(_record_id(item), doc.path or path, doc.line, "read",
                                                 doc.message), None))
                continue
            if pipe is None and broken is None:
                try:
                    pipe = Pipeline(options=options.pipeline_options())
                except Exception as exc:
                    broken = f"pipeline could not be built: {type(exc).__name__}: {exc}"
            if pipe is None:
                pending.append(("row", error_row(doc.id, doc.source.path, doc.source.line, "pipeline",
                                                 broken or "no pipeline"), None))
                continue
            pending.append(("doc", doc, doc.content_hash))
            waiting += 1
    if pending:
        yield from flush()


# -- driver side -------------------------------------------------------------------------------
def _struct(cols: Sequence[tuple[str, Any]]) -> StructType:
    """A StructType from column specs: a type name, ``array<string>``, or a nested column
    tuple meaning an array of such structs. Built in Python (no JVM needed)."""
    from pyspark.sql import types as T

    simple = {"string": T.StringType(), "int": T.IntegerType(), "double": T.DoubleType(),
              "boolean": T.BooleanType(), "array<string>": T.ArrayType(T.StringType())}
    fields = []
    for name, kind in cols:
        dtype = T.ArrayType(_struct(kind)) if isinstance(kind, tuple) else simple[kind]
        fields.append(T.StructField(name, dtype, nullable=True))
    return T.StructType(fields)


def row_schema() -> StructType:
    """The Spark schema of :data:`ROW_COLS` (needs pyspark)."""
    return _struct(ROW_COLS)


@dataclass
class SparkResult:
    """The outputs of :func:`process`: lazy DataFrames over one persisted, processed dataset.

    The pipeline runs once (the first action); the five DataFrames are projections of the
    cached rows. Call :meth:`unpersist` when done with them."""

    rows: DataFrame
    articles: DataFrame
    events: DataFrame
    quotes: DataFrame
    entities: DataFrame
    errors: DataFrame

    def tables(self) -> dict[str, DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def counts(self) -> dict[str, int]:
        """Rows per output table, computed in one pass over the cached rows."""
        from pyspark.sql import functions as F

        ok = F.col("error").isNull()
        agg = self.rows.agg(
            F.sum(F.when(ok, 1).otherwise(0)).alias("articles"),
            F.sum(F.when(ok, F.col("n_events")).otherwise(0)).alias("events"),
            F.sum(F.when(ok, F.col("n_quotes")).otherwise(0)).alias("quotes"),
            F.sum(F.when(ok, F.col("n_entities")).otherwise(0)).alias("entities"),
            F.sum(F.when(ok, 0).otherwise(1)).alias("errors"),
        ).collect()[0]
        return {name: int(agg[name] or 0) for name in TABLES}

    def unpersist(self) -> None:
        self.rows.unpersist()


def _to_rdd(data: DataFrame | RDD[Any]) -> RDD[Any]:
    from pyspark.sql import DataFrame as SparkDataFrame

    return data.rdd if isinstance(data, SparkDataFrame) else data


def process(data: DataFrame | RDD[Any], options: PipelineOptions | JobOptions | None = None,
            spark: SparkSession | None = None, persist: bool = True) -> SparkResult:
    """Run the pipeline over every input record; see the module docstring for the outputs.

    ``data``: a DataFrame with (at least) a ``text`` column and any of ``id, url, outlet,
    published, title``, or an RDD of such dicts/Rows (or of the items :func:`read_corpus`
    makes). ``options``: plain data only reaches the executors. ``persist`` keeps the processed
    rows (memory, spilling to disk) so writing five outputs runs the pipeline once."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession as Session
    from pyspark.sql import functions as F

    job = options if isinstance(options, JobOptions) else JobOptions.of(options)
    session = spark or Session.getActiveSession()
    if session is None:
        raise SparkUnavailable("no active SparkSession: create one (or pass spark=)")
    rdd = _to_rdd(data).mapPartitions(partial(process_partition, options=job))
    rows = session.createDataFrame(rdd, schema=row_schema(), verifySchema=False)
    if persist:
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    ok = rows.where(F.col("error").isNull())
    art = F.col("id").alias("article_id")
    pub = F.col("published").alias("article_published")
    events = ok.select(art, pub, F.explode("events").alias("e")).select("article_id", "e.*", "article_published")
    quotes = ok.select(art, F.explode("quotes").alias("q")).select("article_id", "q.*")
    entities = ok.select(art, F.explode("entities").alias("n")).select("article_id", "n.*")
    errors = rows.where(F.col("error").isNotNull()).select("id", "path", "line", "stage",
                                                           F.col("error").alias("message"))
    return SparkResult(rows=rows, articles=ok.select(*ARTICLE_COLS), events=events, quotes=quotes,
                       entities=entities, errors=errors)


def expand_paths(paths: Sequence[str]) -> list[tuple[str, str | None]]:
    """Input paths as ``(file, None)`` or ``(path, error)``: directories walked in sorted order,
    hidden files skipped (as the readers do); ``-`` (stdin) cannot feed a cluster."""
    found: list[tuple[str, str | None]] = []
    for p in paths:
        if p == "-":
            found.append((p, "stdin cannot be read by Spark; give files or directories"))
            continue
        path = Path(p)
        if path.is_dir():
            files = []
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                files.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
            if not files:
                found.append((p, "directory holds no files"))
            found.extend((str(f), None) for f in sorted(files, key=lambda f: f.relative_to(path).parts))
        elif path.is_file():
            found.append((str(path), None))
        else:
            found.append((p, "no such file or directory"))
    return found


def _line_item(pair: tuple[str, int], path: str) -> dict[str, Any]:
    text, index = pair
    return {_PATH: path, _LINE: index + 1, _JSON: text}


def read_corpus(spark: SparkSession, paths: Sequence[str], partitions: int | None = None) -> RDD[dict[str, Any]]:
    """Input items for :func:`process` from files and directories.

    JSONL files are read by Spark itself (``textFile``: split across partitions, so one big
    corpus file is processed in parallel; each line keeps its 1-based number for messages).
    Other files (``.txt``, ``.html``, ``.json``) are read on the executors with the ordinary
    readers, so they must sit on a filesystem every executor sees (always true for ``local``).
    The items are then spread over ``partitions`` partitions (default: Spark's parallelism)."""
    sc = spark.sparkContext
    n = partitions or sc.defaultParallelism
    parts: list[RDD[dict[str, Any]]] = []
    others: list[dict[str, Any]] = []
    for path, error in expand_paths(paths):
        if error:
            others.append({_PATH: path, _ERROR: error})
        elif Path(path).suffix.lower() in JSONL_EXT:
            lines = sc.textFile(Path(path).resolve().as_uri(), minPartitions=n)
            parts.append(lines.zipWithIndex().map(partial(_line_item, path=path)))
        else:
            others.append({_PATH: path, _FILE: path})
    if others:
        parts.append(sc.parallelize(others, max(1, min(n, len(others)))))
    if not parts:
        return sc.emptyRDD()
    rdd = parts[0] if len(parts) == 1 else sc.union(parts)
    return rdd if rdd.getNumPartitions() == n else rdd.repartition(n)


def write(result: SparkResult, out: str | os.PathLike[str], fmt: str = "parquet") -> dict[str, str]:
    """Write the five outputs under ``out`` (``out/articles/``, ``out/events/`` ...), replacing them.

    ``parquet`` keeps every column. ``jsonl`` writes ``articles`` as the bare records, byte for
    byte what ``warta extract --format jsonl`` prints, and the other tables as JSON lines."""
    if fmt not in ("parquet", "jsonl"):
        raise ValueError(f"unknown format {fmt!r} (parquet or jsonl)")
    base = Path(out).resolve()
    written: dict[str, str] = {}
    for name, df in result.tables().items():
        target = base / name
        if fmt == "parquet":
            df.write.mode("overwrite").parquet(target.as_uri())
        elif name == "articles":
            df.select("record").write.mode("overwrite").text(target.as_uri())
        else:
            df.write.mode("overwrite").option("ignoreNullFields", "false").json(target.as_uri())
        written[name] = str(target)
    return written


#: log4j2 configuration for a quiet driver: errors only, on stderr (Spark's default prints
#: INFO/WARN start-up chatter that drowns the command's own one-line messages).
QUIET_LOG4J2 = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = stderr
appender.console.type = Console
appender.console.name = stderr
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
"""


def session(master: str = "local[*]", partitions: int | None = None, app_name: str = "warta",
            quiet: bool = False) -> SparkSession:
    """A SparkSession for warta: no web UI, the driver's Python for the workers (the one with
    warta installed), few shuffle partitions (the data per article is small).

    ``quiet`` starts a new driver JVM with errors-only logging (for the CLI); it has no effect
    on a session that already exists."""
    import sys
    import tempfile

    from pyspark.sql import SparkSession as Session

    # PySpark launches workers with $PYSPARK_PYTHON (default: `python3`, which may lack warta);
    # a user's own choice is kept.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # all in one machine: no interface guessing
    builder = (Session.builder.master(master).appName(app_name)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(partitions or 4))
               .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"]))
    if not quiet:
        spark = builder.getOrCreate()
    else:
        with tempfile.TemporaryDirectory(prefix="warta-spark-") as tmp:
            conf = Path(tmp) / "log4j2.properties"
            conf.write_text(QUIET_LOG4J2, encoding="utf-8")
            # read once by the driver JVM at start-up; the file may go afterwards
            spark = builder.config("spark.driver.extraJavaOptions",
                                   f"-Dlog4j2.configurationFile={conf.as_uri()}").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def document_from_record(rec: dict[str, Any], content_hash: str, line: int | None = None) -> Document:
    """Rebuild a processed :class:`Document` from its record, for loading Spark output into the store.

    The record carries no raw text, so the content hash computed on the executor is kept
    instead (:class:`StoredDocument`); ``to_record()`` of the result equals ``rec``."""
    from .model import (ActorRef, Credits, Dateline, Entity, Mention, Published, Quote, Source, Span, Speaker,
                        Timex)

    def span(d: dict[str, Any] | None) -> Span | None:
        return Span(d["start"], d["end"], d["text"]) if d else None

    src = rec.get("source") or {}
    doc = StoredDocument(id=rec["id"], raw_text="", stored_hash=content_hash,
                         source=Source(path=src.get("path"), url=src.get("url"), outlet=src.get("outlet"), line=line))
    doc.language = rec.get("language") or "und"
    doc.language_confidence = float(rec.get("language_confidence") or 0.0)
    doc.title = rec.get("title")
    doc.text = rec.get("text") or ""
    doc.boilerplate = list(rec.get("boilerplate") or [])
    dl = rec.get("dateline")
    doc.dateline = Dateline(**dl) if dl else None
    doc.credits = Credits(**(rec.get("credits") or {}))
    pub = rec.get("published")
    doc.published = Published(**pub) if pub else None
    doc.entities = [Entity(id=e["id"], name=e["name"], label=e["label"], code=e.get("code"), sector=e.get("sector"),
                           role=e.get("role"), kb_id=e.get("kb_id"), source=e.get("source"),
                           mentions=[Mention(m["start"], m["end"], m["text"], m.get("kind", "name"))
                                     for m in e.get("mentions") or []])
                    for e in rec.get("entities") or []]
    doc.events = [Event(id=e["id"], type=e["type"], actor=[ActorRef(**a) for a in e.get("actor") or []],
                        recipient=[ActorRef(**a) for a in e.get("recipient") or []],
                        mode=list(e.get("mode") or []), context=list(e.get("context") or []), date=e.get("date"),
                        location=e.get("location"), negated=bool(e.get("negated")),
                        hypothetical=bool(e.get("hypothetical")), trigger=span(e.get("trigger")),
                        # the record writes a missing evidence as an empty span at 0: back to None
                        evidence=span(e.get("evidence")) if (e.get("evidence") or {}).get("text") else None, attributed_to=e.get("attributed_to"),
                        confidence=float(e.get("confidence", 0.5)))
                  for e in rec.get("events") or []]
    doc.quotes = [Quote(id=q["id"], text=q["text"], span=Span(**q["span"]), kind=q.get("kind", "direct"),
                        speaker=Speaker(**q["speaker"]) if q.get("speaker") else None, cue=q.get("cue"))
                  for q in rec.get("quotes") or []]
    doc.temporal = [Timex(t["span"]["start"], t["span"]["end"], t["span"]["text"], t.get("value"),
                          t.get("kind", "date"))
                    for t in rec.get("temporal") or []]
    doc.warnings = list(rec.get("warnings") or [])
    return doc


@dataclass
class StoredDocument(Document):
    """A document rebuilt from its record: its content hash is the one computed from the
    original input on the executor (the raw text is not part of the record)."""

    stored_hash: str = ""

    @property
    def content_hash(self) -> str:  # type: ignore[override]
        return self.stored_hash


def load_into_store(result: SparkResult, db: str | None, batch: int = 200) -> dict[str, int]:
    """Load the articles into the DuckDB store through :meth:`warta.store.Store.add`.

    Articles whose content hash is already stored are skipped (as ``warta ingest`` does).
    Rows stream to the driver partition by partition (``toLocalIterator``), so the driver
    never holds the corpus, only one batch."""
    from .store import Store

    n = {"stored": 0, "replaced": 0, "unchanged": 0, "errors": 0}
    with Store(db) as store:
        known = store.known_hashes()
        pending: list[Document] = []

        def flush() -> None:
            if pending:
                res = store.add(pending)
                n["stored"] += res.stored
                n["replaced"] += res.replaced
                n["errors"] += len(res.errors)
                pending.clear()

        for row in result.articles.select("record", "hash", "line").toLocalIterator():
            if row["hash"] in known:
                n["unchanged"] += 1
                continue
            known.add(row["hash"])
            pending.append(document_from_record(json.loads(row["record"]), row["hash"], row["line"]))
            if len(pending) >= batch:
                flush()
        flush()
        if n["stored"] or n["replaced"]:
            store.refresh_search()
    return n


__all__ = ["JobOptions", "SparkResult", "SparkUnavailable", "TABLES", "document_from_record", "documents_of",
           "expand_paths", "java_executable", "load_into_store", "process", "process_partition", "read_corpus",
           "require_spark", "session", "write"]
