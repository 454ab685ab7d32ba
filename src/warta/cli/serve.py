"""``warta serve``: the store as an HTTP JSON API and an analyst web page.

Registered by the main CLI as ``warta serve`` (``serve_app`` runs :func:`serve` as its
callback, so ``warta serve --db FILE`` needs no sub-command). Binds to 127.0.0.1 by
default: the API has no authentication, so exposing it is an explicit choice.
"""
from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from ..store import StoreError, default_db_path
from .app import message

serve_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                        help="Serve the store as a JSON API and a web page.")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@serve_app.callback(invoke_without_command=True)
def serve(
    db: Annotated[str | None, typer.Option("--db", help="DuckDB file (default $WARTA_DB or ./warta.duckdb).",
                                           show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the store read-only: web page at /, JSON API at /api/..., schema at /openapi.json."""
    import uvicorn

    from ..api import create_app

    path = db or default_db_path()
    try:
        application = create_app(path)
    except StoreError as exc:
        message(str(exc))
        raise typer.Exit(2) from None
    if not _is_loopback(host):
        message(f"listening on {host}: the API has no authentication; anyone who can reach it can read the store")
    shown = f"[{host}]" if ":" in host else host
    message(f"serving {path} at http://{shown}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)


__all__ = ["serve_app", "serve"]
