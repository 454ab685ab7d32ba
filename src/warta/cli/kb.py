"""``warta kb``: look up and refresh the actor knowledge base.

``warta kb lookup "Menlu Korsel" --date 2024-06-21`` prints who that was and why;
``warta kb import FILE --format wikidata|cia|phoenix`` appends people to
``people_imported.tsv`` (in the shipped KB directory, or ``--kb-dir``).
"""
from __future__ import annotations

from pathlib import Path

import typer

kb_app = typer.Typer(add_completion=False, help="Actor knowledge base: lookup and import.")


@kb_app.command("lookup")
def lookup(name: str, date: str = typer.Option(None, "--date", help="YYYY-MM-DD: whose office at that date"),
           kb_dir: Path = typer.Option(None, "--kb-dir", help="a KB directory other than the shipped one")) -> None:
    """Show what NAME resolves to at DATE and the steps that got there."""
    from ..actors.kb import default_kb, explain, load_kb

    kb = load_kb(kb_dir) if kb_dir else default_kb()
    res = explain(kb, name, date)
    typer.echo(f"{name!r} -> {res.answer or '?'}" + (f" [{res.code}]" if res.code else ""))
    for r in res.reasons:
        typer.echo(f"  - {r}")
    if res.answer is None and res.code is None:
        raise typer.Exit(1)


@kb_app.command("import")
def import_(path: Path, format: str = typer.Option(..., "--format", "-f", help="wikidata | cia | phoenix"),
            kb_dir: Path = typer.Option(None, "--kb-dir", help="write people_imported.tsv here (default: shipped KB)"),
            as_of: str = typer.Option(None, "--as-of", help="CIA snapshot date (the CIA data carries none)")) -> None:
    """Import people from a Wikidata JSON export, CIA World Leaders JSON or a Phoenix dictionary."""
    from ..actors.kb import default_kb, kb_dir as shipped_dir
    from ..actors.kb_import import read_cia, read_phoenix, read_wikidata, write_people

    kb = default_kb()
    fmt = format.lower()
    if fmt == "wikidata":
        rows = read_wikidata(path, kb)
    elif fmt == "cia":
        rows = read_cia(path, kb, as_of)
    elif fmt == "phoenix":
        rows = read_phoenix(path, kb)
    else:
        typer.echo(f"unknown format {format!r}: wikidata, cia or phoenix", err=True)
        raise typer.Exit(2)
    target = Path(kb_dir or shipped_dir()) / "people_imported.tsv"
    n = write_people(rows, target)
    typer.echo(f"read {len(rows)} people rows from {path}; {n} new rows written to {target}")
