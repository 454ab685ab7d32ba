"""The Typer application object and the small I/O helpers every command shares.

Kept apart from ``__init__`` so command modules can register on ``app`` without
import cycles. Messages to the user are single lines on stderr (``warta: ...``), so
they survive pipes and log files; data goes to stdout.
"""
from __future__ import annotations

import sys
from enum import Enum

import typer
from rich.console import Console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="warta: news articles in, sourced PLOVER event data out.",
)

#: Rich output for humans (tables, summaries) on stdout; progress bars on stderr.
#: Piped output is not squeezed into 80 columns (Rich's default without a terminal).
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, highlight=False)


class Output(str, Enum):
    """Output of the query commands."""

    table = "table"
    csv = "csv"
    json = "json"


class Format(str, Enum):
    """Output of ``warta extract``."""

    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def message(text: str, prefix: str = "warta: ") -> None:
    """One line on stderr, whatever the text holds (newlines are flattened)."""
    line = " ".join(str(text).split())
    sys.stderr.write(f"{prefix}{line}\n")
    sys.stderr.flush()


def split_list(values: list[str] | None) -> list[str] | None:
    """``--type PROTEST,ASSAULT --type COERCE`` -> ["PROTEST", "ASSAULT", "COERCE"]."""
    if not values:
        return None
    items = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return items or None
