"""``warta extract`` and ``warta ingest``: run the pipeline over inputs.

Both share one rule: a bad input or a failing stage costs that article, never the
batch. Read errors are one stderr line naming the file (and line); stage failures
are kept as the record's ``warnings``. The exit status is non-zero only when
nothing at all could be processed.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..model import Document, ReadError
from ..options import PipelineOptions
from ..pipeline import Pipeline
from ..readers import read_inputs
from ..store import Store, StoreError, one_line
from .app import Format, app, err_console, message, out

#: Documents per store transaction: large enough to amortise the load, small
#: enough that an interrupted ingest loses little.
BATCH = 200


def iter_inputs(paths: Sequence[str]) -> Iterator[Document | ReadError]:
    """The readers' output, path by path, so one path's failure cannot end the run."""
    for p in paths:
        try:
            yield from read_inputs([p])
        except Exception as exc:  # the reader contract says never; be sure anyway
            yield ReadError(p, f"cannot read: {type(exc).__name__}: {one_line(exc)}")


def where(doc: Document) -> str:
    """``path:line`` (or the id) of a document, for messages."""
    src = doc.source
    if src.path:
        return f"{src.path}:{src.line}" if src.line else src.path
    return doc.id


#: Documents the pipeline processes together (its ``pipe``): the NER model is called once
#: per batch, not once per article
PIPE_BATCH = 32


def processed(items: Iterator[Document | ReadError], get_pipe: Callable[[], Pipeline],
              size: int = PIPE_BATCH) -> Iterator[Document | ReadError]:
    """Documents through the pipeline ``size`` at a time, in input order; read errors pass
    through as they come. ``get_pipe`` is called at the first document (so bad inputs
    alone cost no model loading)."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from get_pipe().process_batch(batch)
            batch = []
    if batch:
        yield from get_pipe().process_batch(batch)


def estimate_total(paths: Sequence[str]) -> int | None:
    """A cheap article count for the progress bar (JSONL lines, files); None if unknown."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        try:
            if path.is_file():
                files = [path]
            elif path.is_dir():
                files = [f for f in path.rglob("*") if f.is_file()]
            else:
                files = []
            for f in files:
                if f.name.startswith("."):
                    continue
                if f.suffix.lower() in (".jsonl", ".ndjson") and f.stat().st_size < 2 ** 31:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    total += 1
        except OSError:
            total += 1
    return total or None


def build_pipeline(ner: bool) -> Pipeline:
    """The default pipeline; a stage that cannot even be built is left out with a warning.

    A broken stage module costs that stage's fields (reported once here), not the
    whole run: the record keeps its shape and the other stages still fill it.
    """
    options = PipelineOptions(use_ner=ner)
    try:
        return Pipeline(options=options)
    except Exception:
        pass
    from ..pipeline import DEFAULT_ORDER
    usable = []
    for name in DEFAULT_ORDER:
        try:
            Pipeline(stages=[name], options=options)
            usable.append(name)
        except Exception as exc:
            message(f"warning: stage {name} unavailable, skipped: {type(exc).__name__}: {one_line(exc)}")
    return Pipeline(stages=usable, options=options)


def lazy_pipeline(given: Pipeline | None, ner: bool) -> Callable[[], Pipeline]:
    """The pipeline to use, built on the first call unless one was given: a run over bad
    inputs alone (or over inputs already stored) loads no model."""
    pipes: list[Pipeline] = [given] if given is not None else []

    def get() -> Pipeline:
        if not pipes:
            pipes.append(build_pipeline(ner))
        return pipes[0]

    return get


def given_pipeline(ctx: typer.Context) -> Pipeline | None:
    """A pipeline passed in by a caller that already built one (``obj={"pipeline": ...}``).

    Building the stages loads models and lexicons; a program or test that runs many
    commands in one process can build it once and hand it over.
    """
    obj = ctx.obj if isinstance(ctx.obj, dict) else {}
    pipe = obj.get("pipeline")
    return pipe if isinstance(pipe, Pipeline) else None


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin (.txt .html .json .jsonl).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json: one object (an array for several); "
                                           "jsonl: one record per line; pretty: a readable summary.")] = Format.json,
    explain: Annotated[bool, typer.Option("--explain", help="Add each event's `explain` (rule, argument choice).")] = False,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Use the trained NER model for persons the "
                                                      "knowledge base and patterns miss (on by default).")] = True,
) -> None:
    """Process articles and write their records (spec/article.schema.json) to stdout."""
    get_pipe = lazy_pipeline(given_pipeline(ctx), ner)
    written = errors = 0
    held: str | None = None  # json format: the first record waits to see if a second follows
    for doc in processed(iter_inputs(paths), get_pipe):
        if isinstance(doc, ReadError):
            errors += 1
            message(str(doc))
            continue
        try:
            rec = doc.to_record(explain=explain)
            text = json.dumps(rec, ensure_ascii=False, indent=None if format is Format.jsonl else 2)
        except Exception as exc:
            errors += 1
            message(f"{where(doc)}: cannot build record: {type(exc).__name__}: {one_line(exc)}")
            continue
        if format is Format.jsonl:
            sys.stdout.write(text + "\n")
        elif format is Format.pretty:
            show_pretty(doc)
        elif held is None and written == 0:
            held = text
        else:
            if held is not None:
                sys.stdout.write("[\n" + held)
                held = None
            sys.stdout.write(",\n" + text)
        written += 1
    if format is Format.json:
        if held is not None:
            sys.stdout.write(held + "\n")
        elif written:
            sys.stdout.write("\n]\n")
    sys.stdout.flush()
    if not written:
        message("nothing could be processed" + (f" ({errors} input error(s))" if errors else ": no articles found"))
        raise typer.Exit(1)


def show_pretty(doc: Document) -> None:
    """A human summary of one processed article."""
    rec_pub = f"{doc.published.date} ({doc.published.basis})" if doc.published else "-"
    dl = doc.dateline
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("id", escape(doc.id))
    head.add_row("source", escape(where(doc)))
    head.add_row("language", f"{doc.language} ({doc.language_confidence:.2f})")
    head.add_row("published", escape(rec_pub))
    head.add_row("dateline", escape(" / ".join(x for x in (dl.place, dl.agency) if x) if dl else "-"))
    head.add_row("sources", escape(", ".join(doc.credits.sources) or "-"))
    head.add_row("text", f"{len(doc.text)} chars, {len(doc.boilerplate)} boilerplate line(s) removed")
    head.add_row("found", f"{len(doc.entities)} entities, {len(doc.events)} events, {len(doc.quotes)} quotes")
    out.print(Panel(head, title=escape(doc.title or doc.id), title_align="left"))
    if doc.entities:
        t = Table(title="entities", title_justify="left")
        for c in ("name", "label", "code", "role", "mentions"):
            t.add_column(c)
        for e in doc.entities[:20]:
            t.add_row(escape(e.name), e.label, escape(e.full_code or "-"), escape(e.role or ""), str(len(e.mentions)))
        out.print(t)
    if doc.events:
        t = Table(title="events", title_justify="left")
        for c in ("type", "actor", "recipient", "date", "flags", "evidence"):
            t.add_column(c, overflow="fold")
        for ev in doc.events:
            flags = ",".join(f for f, on in (("negated", ev.negated), ("hypothetical", ev.hypothetical)) if on)
            t.add_row(ev.type, escape("; ".join(filter(None, (a.code + (f".{a.sector}" if a.sector else "")
                                                              for a in ev.actor)))),
                      escape("; ".join(a.code + (f".{a.sector}" if a.sector else "") for a in ev.recipient)),
                      escape(ev.date or "-"), flags, escape(_short(ev.evidence.text if ev.evidence else "", 90)))
        out.print(t)
    if doc.quotes:
        t = Table(title="quotes", title_justify="left")
        for c in ("kind", "speaker", "text"):
            t.add_column(c, overflow="fold")
        for q in doc.quotes:
            who = (q.speaker.name or q.speaker.code) if q.speaker else None
            t.add_row(q.kind, escape(who or "-"), escape(_short(q.text, 90)))
        out.print(t)
    for w in doc.warnings:
        out.print(f"[yellow]warning:[/] {escape(w)}")


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def open_store(db: str | None, read_only: bool = False) -> Store:
    """Open the store or stop with a one-line message (exit 2)."""
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        message(str(exc))
        raise typer.Exit(2) from None


DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (default $WARTA_DB or ./warta.duckdb).",
                                              show_default=False)]


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOption = None,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Use the trained NER model for persons the "
                                                      "knowledge base and patterns miss (on by default).")] = True,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Process articles and store them; inputs already stored (same content hash) are skipped."""
    store = open_store(db)
    try:
        stats = _ingest(store, paths, ner, progress, given_pipeline(ctx))
    finally:
        for w in store.warnings:
            message(w)
        store.close()
    if stats["processed"] == 0:
        message("nothing could be processed" + (f" ({stats['errors']} error(s))" if stats["errors"]
                                                 else ": no articles found"))
        raise typer.Exit(1)


def _ingest(store: Store, paths: Sequence[str], ner: bool, show_progress: bool,
            pipe: Pipeline | None = None) -> dict[str, Any]:
    # without a given pipeline, one is built on the first new article: a re-run of stored input loads nothing
    known = store.known_hashes()
    seen: set[str] = set()
    n: dict[str, Any] = {"read": 0, "stored": 0, "replaced": 0, "unchanged": 0, "errors": 0, "warned": 0}
    batch: list[Document] = []
    t0 = time.perf_counter()

    def flush() -> None:
        if not batch:
            return
        try:
            res = store.add(batch)
        except StoreError as exc:
            message(str(exc))
            raise typer.Exit(1) from None
        n["stored"] += res.stored
        n["replaced"] += res.replaced
        n["errors"] += len(res.errors)
        for e in res.errors:
            message(e)
        batch.clear()

    columns = (SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:>6.1f} art/s"), TimeElapsedColumn())
    with Progress(*columns, console=err_console, disable=not show_progress, transient=False) as bar:
        task = bar.add_task("ingest", total=estimate_total(paths), rate=0.0)
        get_pipe = lazy_pipeline(pipe, ner)

        def fresh() -> Iterator[Document | ReadError]:
            """Read errors and the documents not stored yet (counted as they are read)."""
            for item in iter_inputs(paths):
                if isinstance(item, ReadError):
                    yield item
                    continue
                n["read"] += 1
                h = item.content_hash
                if h in known or h in seen:
                    n["unchanged"] += 1
                else:
                    seen.add(h)
                    yield item

        for doc in processed(fresh(), get_pipe):
            if isinstance(doc, ReadError):
                n["errors"] += 1
                bar.console.print(f"warta: {' '.join(str(doc).split())}", markup=False, highlight=False,
                                  soft_wrap=True) if show_progress else message(str(doc))
            else:
                if doc.warnings:
                    n["warned"] += 1
                batch.append(doc)
                if len(batch) >= BATCH:
                    flush()
            done = n["read"] + n["errors"]
            bar.update(task, completed=done, rate=done / max(time.perf_counter() - t0, 1e-9))
        flush()
        bar.update(task, total=n["read"] + n["errors"])
    if n["stored"] or n["replaced"]:
        store.refresh_search()
    n["seconds"] = time.perf_counter() - t0
    n["processed"] = n["stored"] + n["replaced"] + n["unchanged"]
    summary(store.path, n)
    return n


def summary(db: str, n: dict[str, Any]) -> None:
    """The ingest summary (stdout)."""
    rate = n["read"] / n["seconds"] if n["seconds"] > 0 else 0.0
    t = Table(title=f"ingest into {escape(db)}", title_justify="left", show_header=False, box=None, padding=(0, 2))
    t.add_column(style="bold")
    t.add_column(justify="right")
    t.add_row("read", str(n["read"]))
    t.add_row("stored (new)", str(n["stored"]))
    t.add_row("replaced (changed text)", str(n["replaced"]))
    t.add_row("unchanged (skipped)", str(n["unchanged"]))
    t.add_row("errors", str(n["errors"]))
    t.add_row("with warnings", str(n["warned"]))
    t.add_row("time", f"{n['seconds']:.1f} s ({rate:.1f} articles/s)")
    out.print(t)
    if n["read"] and not n["stored"] and not n["replaced"]:
        out.print(f"nothing new: all {n['unchanged']} article(s) were already stored in {escape(db)}")
