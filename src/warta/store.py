"""The DuckDB store: processed articles as queryable tables.

Why DuckDB: one file, no server, columnar scans for the analytical questions event
data is for ("all PROTEST events by IDN.CVL in 2025"), and a full-text index.

Layout (see :data:`SCHEMA`): ``documents`` keys every stored input by its content
hash (idempotent ingest), ``articles`` holds the clean text, metadata and the full
JSON record, and ``entities``/``mentions``/``events``/``event_participants``/``quotes``
are the record's parts flattened into rows that can be filtered and joined.

Writes are batched: each batch of documents is staged as newline-delimited JSON in
a temporary directory and loaded with one ``read_json`` scan per table. (Passing
Python lists as DuckDB parameters costs about a quarter of a millisecond per value,
which would make a 4,000-article ingest take minutes; the JSON scan takes
milliseconds.)
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from .model import Document

#: Bump when a table changes; an existing file with another version is refused
#: (re-ingest into a new file) rather than silently mis-read.
SCHEMA_VERSION = 1
DEFAULT_DB = "warta.duckdb"
ENV_DB = "WARTA_DB"

#: table -> ordered (column, DuckDB type). The first columns are the keys.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("hash", "VARCHAR"), ("id", "VARCHAR"), ("source_path", "VARCHAR"), ("source_url", "VARCHAR"),
        ("source_outlet", "VARCHAR"), ("source_line", "INTEGER"), ("ingested_at", "TIMESTAMP"),
    ),
    "articles": (
        ("id", "VARCHAR"), ("hash", "VARCHAR"), ("title", "VARCHAR"), ("text", "VARCHAR"),
        ("language", "VARCHAR"), ("language_confidence", "DOUBLE"),
        ("published", "VARCHAR"), ("published_basis", "VARCHAR"), ("published_date", "DATE"),
        ("dateline_place", "VARCHAR"), ("dateline_agency", "VARCHAR"), ("dateline_text", "VARCHAR"),
        ("credit_sources", "VARCHAR[]"), ("credit_authors", "VARCHAR[]"), ("credit_editors", "VARCHAR[]"),
        ("credit_translators", "VARCHAR[]"), ("boilerplate", "VARCHAR[]"), ("warnings", "VARCHAR[]"),
        ("outlet", "VARCHAR"), ("url", "VARCHAR"), ("path", "VARCHAR"),
        ("n_entities", "INTEGER"), ("n_events", "INTEGER"), ("n_quotes", "INTEGER"),
        ("record", "JSON"),
    ),
    "entities": (
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("label", "VARCHAR"),
        ("code", "VARCHAR"), ("sector", "VARCHAR"), ("full_code", "VARCHAR"), ("role", "VARCHAR"),
        ("kb_id", "VARCHAR"), ("source", "VARCHAR"), ("n_mentions", "INTEGER"),
    ),
    "mentions": (
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("text", "VARCHAR"), ("kind", "VARCHAR"),
    ),
    "events": (
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("uid", "VARCHAR"), ("seq", "INTEGER"),
        ("type", "VARCHAR"), ("quad", "INTEGER"), ("mode", "VARCHAR[]"), ("context", "VARCHAR[]"),
        ("date", "VARCHAR"), ("date_start", "DATE"), ("date_end", "DATE"),
        ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("confidence", "DOUBLE"),
        ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
        ("location", "JSON"), ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
        ("attributed_to", "VARCHAR"),
    ),
    "event_participants": (
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("role", "VARCHAR"), ("seq", "INTEGER"),
        ("code", "VARCHAR"), ("sector", "VARCHAR"), ("full_code", "VARCHAR"), ("name", "VARCHAR"),
        ("entity_id", "VARCHAR"),
    ),
    "quotes": (
        ("article_id", "VARCHAR"), ("quote_id", "VARCHAR"), ("uid", "VARCHAR"), ("seq", "INTEGER"),
        ("text", "VARCHAR"), ("kind", "VARCHAR"),
        ("speaker_name", "VARCHAR"), ("speaker_entity", "VARCHAR"), ("speaker_code", "VARCHAR"),
        ("speaker_sector", "VARCHAR"), ("speaker_full_code", "VARCHAR"), ("cue", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"),
    ),
}
#: Tables whose rows belong to one article (deleted when the article is replaced).
ARTICLE_TABLES = ("articles", "entities", "mentions", "events", "event_participants", "quotes")
#: FTS indexes: table -> (unique key column, indexed text columns).
SEARCH_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles": ("id", ("title", "text")),
    "events": ("uid", ("evidence",)),
    "quotes": ("uid", ("text", "speaker_name")),
}


class StoreError(Exception):
    """A store problem the user can act on; ``str()`` is a one-line message."""


def default_db_path() -> str:
    """``$WARTA_DB`` if set, else ``./warta.duckdb``."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def one_line(exc: BaseException | str) -> str:
    """First non-empty line of an error message (DuckDB's messages span lines)."""
    text = str(exc).strip()
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__ if isinstance(exc, BaseException) else "error"


def fts_extension_path() -> Path | None:
    """The FTS extension file shipped in the ``duckdb_extension_fts`` package.

    Loaded by path so that nothing is ever downloaded at run time.
    """
    try:
        import duckdb_extension_fts  # type: ignore[import-not-found]
    except ImportError:
        return None
    base = Path(duckdb_extension_fts.__file__).resolve().parent / "extensions"
    exact = base / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if exact.is_file():
        return exact
    found = sorted(base.glob("*/fts.duckdb_extension"))
    return found[-1] if found else None


def parse_day(value: str | date | None, end: bool = False) -> date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD[...]`` -> the first (or with ``end``, last) day.

    Raises ValueError on anything else, so a typo in ``--since`` is reported, not ignored.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        if len(s) == 4 and s.isdigit():
            return date(int(s), 12, 31) if end else date(int(s), 1, 1)
        if len(s) == 7 and s[4] == "-":
            y, m = int(s[:4]), int(s[5:7])
            if not end:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _lenient_day(value: str | None, end: bool = False) -> date | None:
    try:
        return parse_day(value, end=end)
    except (ValueError, TypeError):
        return None


def _full_code(code: str | None, sector: str | None) -> str | None:
    if not code:
        return None
    return f"{code}.{sector}" if sector else code


@dataclass
class AddResult:
    """What one :meth:`Store.add` call did."""

    stored: int = 0  # new articles
    replaced: int = 0  # articles whose id existed with another text
    errors: list[str] = field(default_factory=list)  # "id: message" for documents that could not be stored


@dataclass
class Query:
    """Filters shared by the query methods; ``None`` means "no filter".

    ``actor`` matches an actor code prefix (``IDN``, ``IDN.GOV``, ``IGO:UN``) or part of
    a name, case-insensitively: for events the source side (``recipient`` the target
    side), for articles any entity or participant, for quotes the speaker. ``types`` are event types for events/articles and quote
    kinds for quotes. ``since``/``until`` are inclusive and accept ``YYYY``, ``YYYY-MM``
    or ``YYYY-MM-DD``; an event without its own date takes its article's publication date.
    """

    actor: str | None = None
    types: list[str] | None = None
    since: str | date | None = None
    until: str | date | None = None
    search: str | None = None
    limit: int | None = 50
    quad: list[int] | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    speaker: str | None = None
    recipient: str | None = None
    article: str | None = None
    language: str | None = None  # the article's ISO 639-1 code
    offset: int = 0  # rows to skip (paging), applied after ordering


@dataclass
class Participant:
    code: str
    sector: str | None = None
    name: str | None = None
    entity: str | None = None

    @property
    def full_code(self) -> str:
        return _full_code(self.code, self.sector) or ""


@dataclass
class ArticleRow:
    id: str
    title: str | None
    published: str | None
    language: str | None
    outlet: str | None
    url: str | None
    path: str | None
    dateline_place: str | None
    dateline_agency: str | None
    sources: list[str]
    n_entities: int
    n_events: int
    n_quotes: int
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def flat(self) -> dict[str, Any]:
        d = self.to_dict()
        d["sources"] = "; ".join(self.sources)
        return d


@dataclass
class EventRow:
    article_id: str
    event_id: str
    type: str
    quad: int
    date: str | None
    published: str | None
    actor: list[Participant]
    recipient: list[Participant]
    mode: list[str]
    negated: bool
    hypothetical: bool
    confidence: float | None
    trigger: str | None
    evidence: str | None
    location: str | None
    attributed_to: str | None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def flat(self) -> dict[str, Any]:
        d = self.to_dict()
        d["actor"] = "; ".join(p.full_code for p in self.actor)
        d["recipient"] = "; ".join(p.full_code for p in self.recipient)
        d["mode"] = "; ".join(self.mode)
        return d


@dataclass
class QuoteRow:
    article_id: str
    quote_id: str
    kind: str | None
    text: str
    speaker: str | None
    speaker_code: str | None
    cue: str | None
    start: int | None
    end: int | None
    published: str | None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def flat(self) -> dict[str, Any]:
        return self.to_dict()


def document_rows(doc: Document, ingested_at: datetime) -> dict[str, list[dict[str, Any]]]:
    """One document as rows for every table (raises if the document is malformed)."""
    rec = doc.to_record()
    aid = doc.id
    src = doc.source
    pub = doc.published
    dl = doc.dateline
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["documents"].append({
        "hash": doc.content_hash, "id": aid, "source_path": src.path, "source_url": src.url,
        "source_outlet": src.outlet, "source_line": src.line, "ingested_at": ingested_at.isoformat(sep=" "),
    })
    rows["articles"].append({
        "id": aid, "hash": doc.content_hash, "title": doc.title, "text": doc.text,
        "language": doc.language, "language_confidence": float(doc.language_confidence or 0.0),
        "published": pub.date if pub else None, "published_basis": pub.basis if pub else None,
        "published_date": (d.isoformat() if (d := _lenient_day(pub.date if pub else None)) else None),
        "dateline_place": dl.place if dl else None, "dateline_agency": dl.agency if dl else None,
        "dateline_text": dl.date_text if dl else None,
        "credit_sources": list(doc.credits.sources), "credit_authors": list(doc.credits.authors),
        "credit_editors": list(doc.credits.editors), "credit_translators": list(doc.credits.translators),
        "boilerplate": list(doc.boilerplate), "warnings": list(doc.warnings),
        "outlet": src.outlet, "url": src.url, "path": src.path,
        "n_entities": len(doc.entities), "n_events": len(doc.events), "n_quotes": len(doc.quotes),
        "record": json.dumps(rec, ensure_ascii=False),
    })
    for e in doc.entities:
        rows["entities"].append({
            "article_id": aid, "entity_id": e.id, "name": e.name, "label": e.label, "code": e.code,
            "sector": e.sector, "full_code": _full_code(e.code, e.sector), "role": e.role,
            "kb_id": e.kb_id, "source": e.source, "n_mentions": len(e.mentions),
        })
        for m in e.mentions:
            rows["mentions"].append({"article_id": aid, "entity_id": e.id, "start": m.start, "end": m.end,
                                     "text": m.text, "kind": m.kind})
    for i, ev in enumerate(doc.events):
        loc = ev.location if isinstance(ev.location, dict) else None
        rows["events"].append({
            "article_id": aid, "event_id": ev.id, "uid": f"{aid}#{ev.id}", "seq": i,
            "type": ev.type, "quad": ev.quad, "mode": list(ev.mode), "context": list(ev.context),
            "date": ev.date,
            "date_start": (d.isoformat() if (d := _lenient_day(ev.date)) else None),
            "date_end": (d.isoformat() if (d := _lenient_day(ev.date, end=True)) else None),
            "negated": bool(ev.negated), "hypothetical": bool(ev.hypothetical),
            "confidence": float(ev.confidence) if ev.confidence is not None else None,
            "trigger": ev.trigger.text if ev.trigger else None,
            "trigger_start": ev.trigger.start if ev.trigger else None,
            "trigger_end": ev.trigger.end if ev.trigger else None,
            "evidence": ev.evidence.text if ev.evidence else None,
            "evidence_start": ev.evidence.start if ev.evidence else None,
            "evidence_end": ev.evidence.end if ev.evidence else None,
            "location": json.dumps(loc, ensure_ascii=False) if loc is not None else None,
            "location_name": (loc or {}).get("name"), "location_country": (loc or {}).get("country"),
            "attributed_to": ev.attributed_to,
        })
        for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)):
            for j, ref in enumerate(refs):
                rows["event_participants"].append({
                    "article_id": aid, "event_id": ev.id, "role": role, "seq": j, "code": ref.code,
                    "sector": ref.sector, "full_code": _full_code(ref.code, ref.sector),
                    "name": ref.name, "entity_id": ref.entity,
                })
    for i, q in enumerate(doc.quotes):
        sp = q.speaker
        rows["quotes"].append({
            "article_id": aid, "quote_id": q.id, "uid": f"{aid}#{q.id}", "seq": i, "text": q.text,
            "kind": q.kind, "speaker_name": sp.name if sp else None, "speaker_entity": sp.entity if sp else None,
            "speaker_code": sp.code if sp else None, "speaker_sector": sp.sector if sp else None,
            "speaker_full_code": _full_code(sp.code, sp.sector) if sp else None, "cue": q.cue,
            "start": q.span.start if q.span else None, "end": q.span.end if q.span else None,
        })
    return rows


def _clean_str(value: Any) -> Any:
    """DuckDB strings cannot hold NUL; lone surrogates are not UTF-8."""
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "")
        return value
    if isinstance(value, list):
        return [_clean_str(v) for v in value]
    return value


class Store:
    """A warta DuckDB file. Use as a context manager, or call :meth:`close`.

    ``read_only`` opens an existing file for queries (several readers may share it);
    otherwise the file and its tables are created as needed.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False):
        self.path = str(path) if path is not None else default_db_path()
        self.read_only = read_only
        #: Non-fatal problems (FTS unavailable...) for the caller to show.
        self.warnings: list[str] = []
        self._fts_loaded: bool | None = None
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such database (run `warta ingest PATH --db {self.path}` first)")
        if not read_only and self.path != ":memory:":
            parent = Path(self.path).resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.path}: cannot create database: directory {parent} does not exist")
            if Path(self.path).is_dir():
                raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open database: {one_line(exc)}") from None
        try:
            self._check_schema()
        except StoreError:
            self.con.close()
            raise
        except (duckdb.Error, OSError) as exc:
            self.con.close()
            raise StoreError(f"{self.path}: cannot use database: {one_line(exc)}") from None

    # -- life cycle ---------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error:
            pass

    def _check_schema(self) -> None:
        have = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if "schema_version" in have:
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
            version = row[0] if row else None
            if version != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {version}, this warta needs {SCHEMA_VERSION}; "
                                 "ingest into a new --db file")
            return
        if self.read_only:
            raise StoreError(f"{self.path}: not a warta database (no schema_version table)")
        if have - {"schema_version"}:
            raise StoreError(f"{self.path}: not a warta database (has other tables: {', '.join(sorted(have))})")
        self.con.execute("BEGIN")
        self.con.execute("CREATE TABLE schema_version (version INTEGER, created_at TIMESTAMP)")
        self.con.execute("INSERT INTO schema_version VALUES (?, ?)",
                         [SCHEMA_VERSION, datetime.now(timezone.utc).replace(tzinfo=None)])
        for table, cols in TABLES.items():
            body = ", ".join(f'"{c}" {t}' for c, t in cols)
            self.con.execute(f"CREATE TABLE {table} ({body})")
        self.con.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        """Content hashes already stored: inputs with these hashes need no processing."""
        return {r[0] for r in self.con.execute("SELECT hash FROM documents").fetchall()}

    def add(self, docs: Iterable[Document]) -> AddResult:
        """Store processed documents in one transaction.

        A document whose id is already stored replaces it (all its rows); callers skip
        documents whose :attr:`~warta.model.Document.content_hash` is already known.
        """
        result = AddResult()
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        batch: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for doc in docs:
            try:
                rows = document_rows(doc, now)
            except Exception as exc:  # a malformed record must not sink the batch
                result.errors.append(f"{doc.id}: cannot store: {type(exc).__name__}: {one_line(exc)}")
                continue
            batch[doc.id] = rows  # the same id twice in one batch: the last wins
        if not batch:
            return result
        ids = list(batch)
        tmp = Path(tempfile.mkdtemp(prefix="warta-store-"))
        try:
            staged: dict[str, Path] = {}
            for table in TABLES:
                path = tmp / f"{table}.jsonl"
                n = 0
                with path.open("w", encoding="utf-8", errors="replace") as fh:
                    for rows in batch.values():
                        for row in rows[table]:
                            fh.write(json.dumps({k: _clean_str(v) for k, v in row.items()}, ensure_ascii=False))
                            fh.write("\n")
                            n += 1
                if n:
                    staged[table] = path
            idfile = tmp / "ids.jsonl"
            idfile.write_text("".join(json.dumps({"id": i}, ensure_ascii=False) + "\n" for i in ids),
                              encoding="utf-8", errors="replace")
            self.con.execute("BEGIN")
            try:
                self.con.execute(
                    "CREATE OR REPLACE TEMP TABLE _ids AS SELECT id FROM read_json(?, columns={id: 'VARCHAR'}, "
                    "format='newline_delimited')", [str(idfile)])
                existing = self.con.execute("SELECT count(*) FROM articles WHERE id IN (SELECT id FROM _ids)").fetchone()
                result.replaced = int(existing[0]) if existing else 0
                for table in ARTICLE_TABLES:
                    key = "id" if table == "articles" else "article_id"
                    self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM _ids)")
                self.con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _ids)")
                for table, path in staged.items():
                    self._load(table, path)
                self.con.execute("DROP TABLE _ids")
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot store batch: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"cannot stage batch in {tmp}: {one_line(exc)}") from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        result.stored = len(ids) - result.replaced
        return result

    def _load(self, table: str, path: Path) -> None:
        cols = TABLES[table]
        spec = ", ".join(f"\"{c}\": '{'VARCHAR' if t == 'JSON' else t}'" for c, t in cols)
        select = ", ".join(f'"{c}"::JSON' if t == "JSON" else f'"{c}"' for c, t in cols)
        names = ", ".join(f'"{c}"' for c, _ in cols)
        self.con.execute(
            f"INSERT INTO {table} ({names}) SELECT {select} FROM read_json(?, columns={{{spec}}}, "
            "format='newline_delimited', maximum_object_size=1073741824)", [str(path)])

    # -- full-text search ---------------------------------------------------------------------
    def _load_fts(self) -> bool:
        if self._fts_loaded is not None:
            return self._fts_loaded
        path = fts_extension_path()
        if path is None:
            self.warnings.append("full-text search unavailable (package duckdb_extension_fts not installed); "
                                 "using plain substring search")
            self._fts_loaded = False
            return False
        try:
            self.con.execute(f"LOAD '{path.as_posix()}'")
            self._fts_loaded = True
        except duckdb.Error as exc:
            self.warnings.append(f"full-text search unavailable ({one_line(exc)}); using plain substring search")
            self._fts_loaded = False
        return self._fts_loaded

    def _has_index(self, table: str) -> bool:
        row = self.con.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                               [f"fts_main_{table}"]).fetchone()
        return bool(row and row[0])

    def refresh_search(self) -> bool:
        """(Re)build the full-text indexes after an ingest. False if FTS is unavailable.

        DuckDB's FTS index is a snapshot, so it is rebuilt whole; a stale index is
        dropped rather than left to give wrong answers.
        """
        ok = self._load_fts()
        for table, (key, cols) in SEARCH_INDEXES.items():
            if ok:
                try:
                    colspec = ", ".join(f"'{c}'" for c in cols)
                    self.con.execute(f"PRAGMA create_fts_index('{table}', '{key}', {colspec}, "
                                     "stemmer='indonesian', strip_accents=1, lower=1, overwrite=1)")
                    continue
                except duckdb.Error as exc:
                    self.warnings.append(f"cannot build search index on {table}: {one_line(exc)}")
                    ok = False
            if self._has_index(table):
                try:
                    self.con.execute(f"PRAGMA drop_fts_index('{table}')")
                except duckdb.Error:
                    self.con.execute(f"DROP SCHEMA IF EXISTS fts_main_{table} CASCADE")
        return ok

    def _search_clause(self, table: str, alias: str, query: str, params: list[Any]) -> tuple[str, str]:
        """(WHERE condition, score expression) for a search over ``table``."""
        key, cols = SEARCH_INDEXES[table]
        if self._load_fts() and self._has_index(table):
            # a literal, not a parameter: the expression appears in SELECT and WHERE
            literal = "'" + query.replace("'", "''") + "'"
            score = f"fts_main_{table}.match_bm25({alias}.{key}, {literal})"
            return f"{score} IS NOT NULL", score
        empty = not self._fetch(f"SELECT 1 FROM {table} LIMIT 1")
        if self._fts_loaded and not empty and not any("search index" in w for w in self.warnings):
            self.warnings.append(f"no search index on {table} in {self.path}; using plain substring search")
        terms = [t for t in query.split() if t] or [query]
        conds = []
        for t in terms:
            ors = []
            for c in cols:
                ors.append(f"contains(lower(coalesce({alias}.{c}, '')), lower(?))")
                params.append(t)
            conds.append("(" + " OR ".join(ors) + ")")
        return " AND ".join(conds), "NULL"

    # -- queries ------------------------------------------------------------------------------
    @staticmethod
    def _code_or_name(code_col: str, name_cols: Sequence[str], value: str, params: list[Any]) -> str:
        ors = [f"starts_with(lower(coalesce({code_col}, '')), lower(?))"]
        params.append(value)
        for c in name_cols:
            ors.append(f"contains(lower(coalesce({c}, '')), lower(?))")
            params.append(value)
        return "(" + " OR ".join(ors) + ")"

    @staticmethod
    def _limit(q: Query) -> str:
        sql = f" LIMIT {int(q.limit)}" if q.limit is not None and q.limit >= 0 else ""
        return sql + (f" OFFSET {int(q.offset)}" if q.offset and q.offset > 0 else "")

    @staticmethod
    def _article_filters(q: Query, where: list[str], params: list[Any], id_col: str,
                         since_col: str = "a.published_date", until_col: str = "a.published_date") -> None:
        """The filters every listing shares: date range, one article, the article's language."""
        if q.since:
            where.append(f"{since_col} >= ?")
            params.append(parse_day(q.since))
        if q.until:
            where.append(f"{until_col} <= ?")
            params.append(parse_day(q.until, end=True))
        if q.article:
            where.append(f"{id_col} = ?")
            params.append(q.article)
        if q.language:
            where.append("lower(a.language) = lower(?)")
            params.append(q.language)

    def articles(self, q: Query | None = None) -> list[ArticleRow]:
        """Articles, newest first (best match first with ``search``)."""
        q = q or Query()
        where: list[str] = []
        params: list[Any] = []
        score = "NULL"
        if q.search:
            cond, score = self._search_clause("articles", "a", q.search, params)
            where.append(cond)
        if q.actor:
            p1: list[Any] = []
            c1 = self._code_or_name("en.full_code", ["en.name"], q.actor, p1)
            p2: list[Any] = []
            c2 = self._code_or_name("p.full_code", ["p.name"], q.actor, p2)
            where.append(f"(EXISTS (SELECT 1 FROM entities en WHERE en.article_id = a.id AND {c1}) OR "
                         f"EXISTS (SELECT 1 FROM event_participants p WHERE p.article_id = a.id AND {c2}))")
            params += p1 + p2
        if q.types or q.quad:
            conds = ["e.article_id = a.id"]
            if q.types:
                conds.append(f"e.type IN ({', '.join('?' for _ in q.types)})")
                params += [t.upper() for t in q.types]
            if q.quad:
                conds.append(f"e.quad IN ({', '.join('?' for _ in q.quad)})")
                params += [int(x) for x in q.quad]
            where.append(f"EXISTS (SELECT 1 FROM events e WHERE {' AND '.join(conds)})")
        self._article_filters(q, where, params, "a.id")
        order = "score DESC, " if q.search and score != "NULL" else ""
        sql = (f"SELECT a.id, a.title, a.published, a.language, a.outlet, a.url, a.path, a.dateline_place, "
               f"a.dateline_agency, a.credit_sources, a.n_entities, a.n_events, a.n_quotes, {score} AS score "
               f"FROM articles a {'WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY {order}a.published_date DESC NULLS LAST, a.published DESC NULLS LAST, a.id"
               + self._limit(q))
        rows = self._fetch(sql, params)
        return [ArticleRow(*r[:9], list(r[9] or []), *(int(x or 0) for x in r[10:13]),
                           score=float(r[13]) if r[13] is not None else None) for r in rows]

    def events(self, q: Query | None = None) -> list[EventRow]:
        """Events, newest first; an event without a date takes its article's publication date."""
        q = q or Query()
        where: list[str] = []
        params: list[Any] = []
        score = "NULL"
        if q.search:
            cond, score = self._search_clause("events", "e", q.search, params)
            where.append(cond)
        for role, who in (("actor", q.actor), ("recipient", q.recipient)):
            if not who:
                continue
            p1: list[Any] = []
            c1 = self._code_or_name("p.full_code", ["p.name", "en.name"], who, p1)
            where.append("EXISTS (SELECT 1 FROM event_participants p LEFT JOIN entities en "
                         "ON en.article_id = p.article_id AND en.entity_id = p.entity_id "
                         f"WHERE p.article_id = e.article_id AND p.event_id = e.event_id AND p.role = '{role}' "
                         f"AND {c1})")
            params += p1
        if q.types:
            where.append(f"e.type IN ({', '.join('?' for _ in q.types)})")
            params += [t.upper() for t in q.types]
        if q.quad:
            where.append(f"e.quad IN ({', '.join('?' for _ in q.quad)})")
            params += [int(x) for x in q.quad]
        if q.negated is not None:
            where.append("e.negated = ?")
            params.append(bool(q.negated))
        if q.hypothetical is not None:
            where.append("e.hypothetical = ?")
            params.append(bool(q.hypothetical))
        self._article_filters(q, where, params, "e.article_id",
                              since_col="coalesce(e.date_end, a.published_date)",
                              until_col="coalesce(e.date_start, a.published_date)")
        order = "score DESC, " if q.search and score != "NULL" else ""
        sql = (f"SELECT e.article_id, e.event_id, e.type, e.quad, e.date, a.published, e.mode, e.negated, "
               f"e.hypothetical, e.confidence, e.trigger, e.evidence, e.location_name, e.attributed_to, "
               f"{score} AS score FROM events e LEFT JOIN articles a ON a.id = e.article_id "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY {order}coalesce(e.date_start, a.published_date) DESC NULLS LAST, e.article_id, e.seq"
               + self._limit(q))
        rows = self._fetch(sql, params)
        parts = self._participants({(r[0], r[1]) for r in rows})
        out = []
        for r in rows:
            ps = parts.get((r[0], r[1]), {})
            out.append(EventRow(
                article_id=r[0], event_id=r[1], type=r[2], quad=int(r[3]), date=r[4], published=r[5],
                actor=ps.get("actor", []), recipient=ps.get("recipient", []), mode=list(r[6] or []),
                negated=bool(r[7]), hypothetical=bool(r[8]), confidence=r[9], trigger=r[10], evidence=r[11],
                location=r[12], attributed_to=r[13], score=float(r[14]) if r[14] is not None else None))
        return out

    def _participants(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, list[Participant]]]:
        if not keys:
            return {}
        article_ids = sorted({k[0] for k in keys})
        out: dict[tuple[str, str], dict[str, list[Participant]]] = {}
        # chunked IN lists keep the parameter count small
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            rows = self._fetch(
                "SELECT article_id, event_id, role, code, sector, name, entity_id FROM event_participants "
                f"WHERE article_id IN ({', '.join('?' for _ in chunk)}) ORDER BY article_id, event_id, role, seq",
                chunk)
            for aid, eid, role, code, sector, name, ent in rows:
                if (aid, eid) in keys:
                    out.setdefault((aid, eid), {}).setdefault(role, []).append(Participant(code, sector, name, ent))
        return out

    def quotes(self, q: Query | None = None) -> list[QuoteRow]:
        """Quotes, newest article first, in text order; ``types`` are quote kinds."""
        q = q or Query()
        where: list[str] = []
        params: list[Any] = []
        score = "NULL"
        if q.search:
            cond, score = self._search_clause("quotes", "qt", q.search, params)
            where.append(cond)
        for who in (q.speaker, q.actor):
            if who:
                p1: list[Any] = []
                where.append(self._code_or_name("qt.speaker_full_code", ["qt.speaker_name", "en.name"], who, p1))
                params += p1
        if q.types:
            where.append(f"lower(qt.kind) IN ({', '.join('?' for _ in q.types)})")
            params += [t.lower() for t in q.types]
        self._article_filters(q, where, params, "qt.article_id")
        order = "score DESC, " if q.search and score != "NULL" else ""
        sql = (f"SELECT qt.article_id, qt.quote_id, qt.kind, qt.text, coalesce(qt.speaker_name, en.name), "
               f"qt.speaker_full_code, qt.cue, qt.start, qt.\"end\", a.published, {score} AS score "
               f"FROM quotes qt LEFT JOIN articles a ON a.id = qt.article_id "
               f"LEFT JOIN entities en ON en.article_id = qt.article_id AND en.entity_id = qt.speaker_entity "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} "
               f"ORDER BY {order}a.published_date DESC NULLS LAST, qt.article_id, qt.seq" + self._limit(q))
        return [QuoteRow(*r[:10], score=float(r[10]) if r[10] is not None else None)
                for r in self._fetch(sql, params)]

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The full JSON record of one stored article."""
        rows = self._fetch("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0][0]) if rows else None

    def stats(self) -> dict[str, Any]:
        """Counts per table and the main breakdowns (event types, languages, dates)."""
        out: dict[str, Any] = {"db": self.path, "schema_version": SCHEMA_VERSION, "counts": {}}
        for table in TABLES:
            out["counts"][table] = int(self._fetch(f"SELECT count(*) FROM {table}")[0][0])
        out["event_types"] = dict(self._fetch(
            "SELECT type, count(*) n FROM events GROUP BY type ORDER BY n DESC, type"))
        out["quads"] = {str(k): v for k, v in self._fetch(
            "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad")}
        out["languages"] = dict(self._fetch(
            "SELECT language, count(*) n FROM articles GROUP BY language ORDER BY n DESC, language"))
        out["top_actors"] = dict(self._fetch(
            "SELECT full_code, count(*) n FROM event_participants WHERE role = 'actor' AND full_code IS NOT NULL "
            "GROUP BY full_code ORDER BY n DESC, full_code LIMIT 10"))
        lo, hi = self._fetch("SELECT min(published_date), max(published_date) FROM articles")[0]
        out["published"] = {"from": lo.isoformat() if lo else None, "to": hi.isoformat() if hi else None}
        out["with_warnings"] = int(self._fetch("SELECT count(*) FROM articles WHERE len(warnings) > 0")[0][0])
        return out

    def _fetch(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, list(params or [])).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {one_line(exc)}") from None


__all__ = ["Store", "StoreError", "Query", "AddResult", "ArticleRow", "EventRow", "QuoteRow", "Participant",
           "SCHEMA_VERSION", "TABLES", "default_db_path", "parse_day", "fts_extension_path"]
