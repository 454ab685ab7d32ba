"""``warta spark INPUT... --out DIR``: the pipeline over a large corpus with PySpark.

Registered as ``warta spark`` (``spark_app`` runs :func:`spark` as its callback, so no
sub-command is needed). Reads JSONL corpus files (split across partitions by Spark) and other
inputs (``.txt``/``.html``/``.json``, read by the ordinary readers on the executors), writes
``articles/ events/ quotes/ entities/ errors/`` under ``DIR`` as Parquet (or JSON lines), prints
the counts, and can load the articles into the DuckDB store (``--db``).

pyspark is optional: without it (or without Java) the command says what to install in one
line and exits 1. pyspark is imported only inside the command, so the rest of the CLI never
pays for it.
"""
from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..store import StoreError, one_line
from .app import message, out

spark_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                        help="Process a large corpus with PySpark (needs: pip install 'warta\\[spark]').")


class OutFormat(str, Enum):
    """Files written under ``--out``."""

    parquet = "parquet"
    jsonl = "jsonl"


@spark_app.callback(invoke_without_command=True, subcommand_metavar="",
                    context_settings={"allow_interspersed_args": True})
def spark(
    inputs: Annotated[list[str], typer.Argument(help="JSONL corpus files, other inputs (.txt .html .json), "
                                                     "directories.", show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", help="Output directory (its articles/ events/ quotes/ "
                                                             "entities/ errors/ are replaced).",
                                          show_default=False)],
    partitions: Annotated[int | None, typer.Option("--partitions", "-p", min=1,
                                                   help="Partitions (default: Spark's parallelism). Each builds "
                                                        "the pipeline once (~3.5 s): keep hundreds of articles "
                                                        "per partition.", show_default=False)] = None,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Use the trained NER model (on by default).")] = True,
    master: Annotated[str, typer.Option("--master", help="Spark master URL (local[2], spark://host:7077, yarn...).")
                      ] = "local[*]",
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="parquet: typed columns; jsonl: articles as "
                                                                     "`warta extract --format jsonl` records.")
                      ] = OutFormat.parquet,
    db: Annotated[str | None, typer.Option("--db", help="Also load the articles into this DuckDB store "
                                                        "(already stored inputs are skipped).",
                                           show_default=False)] = None,
) -> None:
    """Run the pipeline over INPUT... on Spark; write the outputs under --out and print counts."""
    from .. import spark as ws
    from ..options import PipelineOptions

    try:
        ws.require_spark()
    except ws.SparkUnavailable as exc:
        message(str(exc))
        raise typer.Exit(1) from None
    if out_dir.exists() and not out_dir.is_dir():
        message(f"{out_dir}: exists and is not a directory")
        raise typer.Exit(2)
    if db:  # an unusable store is reported before the Spark job, not after it
        from ..store import Store
        try:
            Store(db).close()
        except StoreError as exc:
            message(str(exc))
            raise typer.Exit(2) from None
    t0 = time.perf_counter()
    session = None
    result = None
    loaded: dict[str, int] | None = None
    owned = False
    try:
        from pyspark.sql import SparkSession

        # a session that already runs (a notebook, a test, spark-submit) is used and left running
        owned = SparkSession.getActiveSession() is None
        session = ws.session(master, partitions, quiet=True)
        items = ws.read_corpus(session, inputs, partitions)
        result = ws.process(items, PipelineOptions(use_ner=ner), spark=session)
        ws.write(result, out_dir, format.value)
        counts = result.counts()
        seconds = time.perf_counter() - t0
        if db and counts["articles"]:
            loaded = ws.load_into_store(result, db)
        for row in result.errors.select("path", "line", "id", "message").limit(20).collect():
            where = f"{row['path']}:{row['line']}" if row["line"] else (row["path"] or row["id"] or "?")
            message(f"{where}: {row['message']}")
        if counts["errors"] > 20:
            message(f"... {counts['errors'] - 20} more error(s) in {out_dir / 'errors'}")
    except StoreError as exc:
        message(str(exc))
        raise typer.Exit(2) from None
    except Exception as exc:  # a Spark/JVM failure: one line, not a Java stack trace
        message(f"spark job failed: {type(exc).__name__}: {one_line(_first_line(exc))}")
        raise typer.Exit(1) from None
    finally:
        if result is not None:
            try:
                result.unpersist()
            except Exception:
                pass
        if session is not None and owned:
            session.stop()
    _summary(out_dir, format.value, counts, seconds, loaded, db)
    if not counts["articles"]:
        message("nothing could be processed" + (f" ({counts['errors']} error(s))" if counts["errors"]
                                                 else ": no articles found"))
        raise typer.Exit(1)


def _first_line(exc: BaseException) -> str:
    """Spark errors carry the whole JVM stack in ``str()``; the first line says what happened."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _summary(out_dir: Path, fmt: str, counts: dict[str, int], seconds: float, loaded: dict[str, int] | None,
             db: str | None) -> None:
    rate = counts["articles"] / seconds if seconds > 0 else 0.0
    t = Table(title=f"spark -> {escape(str(out_dir))} ({fmt})", title_justify="left", show_header=False,
              box=None, padding=(0, 2))
    t.add_column(style="bold")
    t.add_column(justify="right")
    for name, n in counts.items():
        t.add_row(name, str(n))
    t.add_row("time", f"{seconds:.1f} s ({rate:.1f} articles/s, Spark start-up included)")
    if loaded is not None:
        t.add_row(f"stored in {escape(db or '')}",
                  f"{loaded['stored']} new, {loaded['replaced']} replaced, {loaded['unchanged']} unchanged")
    out.print(t)


__all__ = ["spark_app", "spark"]
