"""Minimal CLI (placeholder; the foundation issue replaces this)."""
from __future__ import annotations

import json
import sys

import typer

from ..pipeline import Pipeline
from ..readers import read_paths

app = typer.Typer(add_completion=False, help="warta: news articles in, sourced event data out.")


@app.command()
def extract(paths: list[str], format: str = "json", explain: bool = False) -> None:
    pipe = Pipeline()
    for doc in read_paths(paths):
        rec = pipe(doc).to_record(explain=explain)
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=None if format == "jsonl" else 1) + "\n")


@app.command()
def version() -> None:
    from .. import __version__
    print(__version__)


def main() -> None:
    app()
