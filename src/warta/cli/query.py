"""``warta articles|events|quotes|stats``: read the store.

The filters map one-to-one onto :class:`warta.store.Query`, so the CLI and any
later HTTP API answer the same question the same way.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ..store import ArticleRow, EventRow, Query, QuoteRow, parse_day
from .app import Output, app, message, out, split_list
from .process import DbOption, _short, open_store

ActorOpt = Annotated[str | None, typer.Option("--actor", "-a", help="Actor code prefix (IDN, IDN.GOV, IGO:UN) "
                                              "or part of a name.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")]
SearchOpt = Annotated[str | None, typer.Option("--search", "-s", help="Full-text search (words, any order).")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (0: all).")]
OutputOpt = Annotated[Output, typer.Option("--output", "-o", help="table, csv or json.")]


def _query(limit: int, since: str | None, until: str | None, **kw: Any) -> Query:
    for v, end in ((since, False), (until, True)):
        try:
            parse_day(v, end=end)
        except ValueError as exc:
            message(str(exc))
            raise typer.Exit(2) from None
    return Query(limit=limit if limit > 0 else None, since=since, until=until, **kw)


#: Short table headers for long field names.
HEADERS = {"language": "lang", "n_events": "events", "n_quotes": "quotes", "hypothetical": "hypo",
           "negated": "neg", "speaker_code": "code", "published": "published"}


def emit(rows: Sequence[ArticleRow | EventRow | QuoteRow], output: Output, columns: list[tuple[str, int | None]],
         title: str) -> None:
    """Rows as a Rich table, CSV or JSON on stdout."""
    if output is Output.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1, default=str) + "\n")
        return
    if output is Output.csv:
        flat = [r.flat() for r in rows]
        fields = list(flat[0]) if flat else [c for c, _ in columns]
        w = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for row in flat:
            w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        return
    t = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for name, width in columns:
        t.add_column(HEADERS.get(name, name), overflow="ellipsis", no_wrap=True, max_width=width,
                     min_width=min(width or 4, 6))
    for r in rows:
        flat = r.flat()
        cells = []
        for name, width in columns:
            v = flat.get(name)
            if isinstance(v, bool):
                v = "yes" if v else ""
            elif isinstance(v, float):
                v = f"{v:.2f}"
            s = "" if v is None else str(v)
            cells.append(escape(_short(s, width) if width else s))
        t.add_row(*cells)
    out.print(t)


@app.command()
def articles(
    db: DbOption = None,
    actor: ActorOpt = None,
    type: Annotated[list[str] | None, typer.Option("--type", "-t", help="Articles with an event of this PLOVER "
                                                   "type (repeat or comma-separate).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = 50,
    output: OutputOpt = Output.table,
) -> None:
    """List stored articles, newest first (best match first with --search)."""
    q = _query(limit, since, until, actor=actor, types=split_list(type), search=search)
    with open_store(db, read_only=True) as store:
        rows = store.articles(q)
        _warn(store.warnings)
    emit(rows, output, [("id", 28), ("published", 16), ("language", 4), ("title", 50), ("n_events", 6),
                        ("n_quotes", 6)] + ([("score", 6)] if search else []), "articles")


@app.command()
def events(
    db: DbOption = None,
    actor: ActorOpt = None,
    type: Annotated[list[str] | None, typer.Option("--type", "-t", help="PLOVER type(s): PROTEST, ASSAULT,... "
                                                   "(repeat or comma-separate).")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", "-r", help="Recipient (target) code prefix "
                                                  "or part of a name.")] = None,
    quad: Annotated[list[str] | None, typer.Option("--quad", "-q", help="Quad class(es) 1-4 (verbal/material "
                                                   "cooperation/conflict).")] = None,
    negated: Annotated[bool | None, typer.Option("--negated/--not-negated", help="Only negated (or only "
                                                 "affirmed) events.", show_default=False)] = None,
    hypothetical: Annotated[bool | None, typer.Option("--hypothetical/--factual", help="Only hypothetical (or "
                                                      "only factual) events.", show_default=False)] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = 50,
    output: OutputOpt = Output.table,
) -> None:
    """List stored events, newest first; an undated event takes its article's date."""
    quads = split_list(quad)
    try:
        quad_ints = [int(x) for x in quads] if quads else None
        if quad_ints and any(x not in (1, 2, 3, 4) for x in quad_ints):
            raise ValueError
    except ValueError:
        message(f"--quad: expected 1, 2, 3 or 4, got {','.join(quads or [])}")
        raise typer.Exit(2) from None
    q = _query(limit, since, until, actor=actor, recipient=recipient, types=split_list(type), search=search,
               quad=quad_ints,
               negated=negated, hypothetical=hypothetical)
    with open_store(db, read_only=True) as store:
        rows = store.events(q)
        _warn(store.warnings)
    emit(rows, output, [("date", 10), ("type", 10), ("actor", 22), ("recipient", 22), ("negated", 3),
                        ("hypothetical", 3), ("evidence", 60), ("article_id", 20)], "events")


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker code prefix or part of a name.")] = None,
    actor: ActorOpt = None,
    type: Annotated[list[str] | None, typer.Option("--type", "-t", help="Quote kind(s): direct, partial, "
                                                   "indirect.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = 50,
    output: OutputOpt = Output.table,
) -> None:
    """List stored quotes with their speakers."""
    q = _query(limit, since, until, actor=actor, speaker=speaker, types=split_list(type), search=search)
    with open_store(db, read_only=True) as store:
        rows = store.quotes(q)
        _warn(store.warnings)
    emit(rows, output, [("speaker", 24), ("speaker_code", 10), ("kind", 8), ("text", 70), ("article_id", 20)],
         "quotes")


@app.command()
def stats(
    db: DbOption = None,
    output: Annotated[Output, typer.Option("--output", "-o", help="table or json.")] = Output.table,
) -> None:
    """Counts of what is stored: articles, entities, events, quotes, event types."""
    with open_store(db, read_only=True) as store:
        s = store.stats()
    if output is not Output.table:
        sys.stdout.write(json.dumps(s, ensure_ascii=False, indent=1) + "\n")
        return
    c = s["counts"]
    t = Table(title=f"warta store {escape(s['db'])}", title_justify="left", show_header=False)
    t.add_column(style="bold")
    t.add_column(justify="right")
    for k in ("articles", "entities", "mentions", "events", "event_participants", "quotes"):
        t.add_row(k, str(c[k]))
    t.add_row("articles with warnings", str(s["with_warnings"]))
    pub = s["published"]
    t.add_row("published", f"{pub['from'] or '-'} .. {pub['to'] or '-'}")
    t.add_row("languages", escape(", ".join(f"{k}: {v}" for k, v in s["languages"].items()) or "-"))
    out.print(t)
    if s["event_types"]:
        et = Table(title="events by type", title_justify="left")
        et.add_column("type")
        et.add_column("n", justify="right")
        for k, v in s["event_types"].items():
            et.add_row(k, str(v))
        out.print(et)


def _warn(warnings: list[str]) -> None:
    for w in dict.fromkeys(warnings):
        message(w)
