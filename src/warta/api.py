"""HTTP JSON API and analyst web page over a warta DuckDB store (``warta serve``).

Datasette-style: the same questions as the CLI (``warta events --type PROTEST``) are
answered at the same filters over HTTP (``/api/events?type=PROTEST``), as JSON or, with
``?format=csv``, as CSV; the page at ``/`` is plain HTML/JS served from
``warta/web`` (no build step, no CDN, works offline) and uses only this API.

Every list endpoint maps its parameters onto :class:`warta.store.Query` and calls the
matching :class:`~warta.store.Store` method, so the CLI, the API and the page cannot
disagree about what a filter means.

Concurrency: one read-only :class:`~warta.store.Store` is shared by the worker threads
and guarded by a lock (a DuckDB connection must not be used by two threads at once).
Opening the file per request would cost tens of milliseconds plus the FTS extension load;
one local analyst does not need parallel queries. The read-only open keeps writers out
while the server runs: stop it to ``warta ingest`` into the same file.
"""
from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, HTTPException, Path as PathParam, Query as Q, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .model import PLOVER_TYPES
from .store import ArticleRow, EventRow, Participant, Query, QuoteRow, Store, StoreError, parse_day

#: Static files of the analyst page (package data).
WEB_DIR = Path(__file__).resolve().parent / "web"
#: Most rows one JSON page may hold; CSV downloads may ask for more.
MAX_LIMIT = 1000
MAX_CSV_LIMIT = 100_000
#: The largest offset a list endpoint accepts (deep paging is what `search`/filters are for).
MAX_OFFSET = 100_000
QUOTE_KINDS = ("direct", "partial", "indirect")

Row = TypeVar("Row", ArticleRow, EventRow, QuoteRow)


class Format(str, Enum):
    """Response format of the list endpoints."""

    json = "json"
    csv = "csv"


class SharedStore:
    """One read-only :class:`Store`, opened lazily, used by one thread at a time."""

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self._store: Store | None = None

    def open(self) -> None:
        """Open now (raises :class:`StoreError` if the file is missing or not a warta store)."""
        with self._lock:
            if self._store is None:
                self._store = Store(self.path, read_only=True)

    @contextmanager
    def use(self) -> Iterator[Store]:
        with self._lock:
            if self._store is None:
                self._store = Store(self.path, read_only=True)
            yield self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


# -- parameter helpers ---------------------------------------------------------------------
def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, "status": status, **extra}, status_code=status)


class BadParam(Exception):
    """A parameter that passed type checks but makes no sense (``since=2025-13``)."""

    def __init__(self, param: str, message: str):
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


def _split(values: Sequence[str] | None) -> list[str] | None:
    """``?type=PROTEST,ASSAULT&type=COERCE`` -> ["PROTEST", "ASSAULT", "COERCE"]."""
    if not values:
        return None
    items = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return items or None


def _day(name: str, value: str | None, end: bool = False) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        parse_day(value, end=end)
    except ValueError as exc:
        raise BadParam(name, str(exc)) from None
    return value.strip()


def _types(values: list[str] | None) -> list[str] | None:
    items = _split(values)
    if not items:
        return None
    upper = [t.upper() for t in items]
    bad = [t for t in upper if t not in PLOVER_TYPES]
    if bad:
        raise BadParam("type", f"unknown PLOVER type(s) {', '.join(bad)}; expected one of {', '.join(PLOVER_TYPES)}")
    return upper


def _quads(values: list[str] | None) -> list[int] | None:
    items = _split(values)
    if not items:
        return None
    try:
        quads = [int(x) for x in items]
    except ValueError:
        quads = []
    if not quads or any(x not in (1, 2, 3, 4) for x in quads):
        raise BadParam("quad", f"expected 1, 2, 3 or 4, got {','.join(items)}")
    return quads


def _kinds(values: list[str] | None) -> list[str] | None:
    items = _split(values)
    if not items:
        return None
    lower = [k.lower() for k in items]
    bad = [k for k in lower if k not in QUOTE_KINDS]
    if bad:
        raise BadParam("kind", f"unknown quote kind(s) {', '.join(bad)}; expected {', '.join(QUOTE_KINDS)}")
    return lower


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _check_limit(limit: int, fmt: Format) -> None:
    cap = MAX_CSV_LIMIT if fmt is Format.csv else MAX_LIMIT
    if limit > cap:
        raise BadParam("limit", f"at most {cap} rows per request{' as JSON (use format=csv for more)' if fmt is Format.json else ''}")


# -- row shaping ---------------------------------------------------------------------------
def _participant(p: Participant) -> dict[str, Any]:
    return {"code": p.code, "sector": p.sector, "full_code": p.full_code, "name": p.name, "entity": p.entity}


def _row_json(row: ArticleRow | EventRow | QuoteRow) -> dict[str, Any]:
    d = row.to_dict()
    if isinstance(row, EventRow):
        d["actor"] = [_participant(p) for p in row.actor]
        d["recipient"] = [_participant(p) for p in row.recipient]
    return d


def _csv(rows: Sequence[ArticleRow | EventRow | QuoteRow], fields: Sequence[str], filename: str) -> Response:
    """Rows flattened exactly as ``warta ... -o csv`` does (lists joined with "; ")."""
    buf = io.StringIO()
    flat = [r.flat() for r in rows]
    w = csv.DictWriter(buf, fieldnames=list(flat[0]) if flat else list(fields), lineterminator="\n")
    w.writeheader()
    for row in flat:
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _page(shared: SharedStore, method: Callable[[Store, Query], list[Row]], q: Query, limit: int,
          offset: int) -> tuple[list[Row], int | None, list[str]]:
    """Run a Store query for the page ``[offset, offset+limit)``.

    The store is asked for one row more than the page: it tells whether a next page exists.
    """
    q.limit, q.offset = limit + 1, offset
    with shared.use() as store:
        before = len(store.warnings)
        rows = method(store, q)
        warnings = list(dict.fromkeys(store.warnings[before:]))
        del store.warnings[before:]  # the shared store must not accumulate them forever
    nxt = offset + limit if len(rows) > limit else None
    return rows[:limit], nxt, warnings


# Parameter types shared by the list endpoints (module level: FastAPI resolves them by name).
Limit = Annotated[int, Q(ge=1, le=MAX_CSV_LIMIT, description=f"Rows per page (JSON: at most {MAX_LIMIT}).")]
Offset = Annotated[int, Q(ge=0, le=MAX_OFFSET, description="Rows to skip (see `next_offset`).")]
Since = Annotated[str | None, Q(description="From this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")]
Until = Annotated[str | None, Q(description="Up to this date, inclusive.")]
Search = Annotated[str | None, Q(max_length=500, description="Full-text search (words, any order).")]
Actor = Annotated[str | None, Q(max_length=200, description="Actor code prefix (IDN, IDN.GOV, IGO:UN) "
                                                            "or part of a name.")]
Fmt = Annotated[Format, Q(alias="format", description="json (default) or csv.")]


# -- the app -------------------------------------------------------------------------------
def create_app(db_path: str | Path, *, open_now: bool = True) -> FastAPI:
    """The FastAPI application over the store at ``db_path``.

    With ``open_now`` the store is opened here, so a missing or foreign file is a
    :class:`~warta.store.StoreError` at start-up rather than on the first request.
    """
    shared = SharedStore(str(db_path))
    if open_now:
        shared.open()

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # type: ignore[no-untyped-def]
        try:
            yield
        finally:
            shared.close()

    app = FastAPI(
        title="warta",
        version=__version__,
        summary="PLOVER events, quotes and articles extracted from news, read from a warta DuckDB store.",
        description="The same filters as the `warta articles|events|quotes` commands. List endpoints return "
                    "`{rows, limit, offset, next_offset, warnings}`; add `format=csv` for a CSV download. "
                    "Dates accept YYYY, YYYY-MM or YYYY-MM-DD (inclusive). Errors are "
                    "`{error, status}` JSON.",
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: off, to stay offline.
        # The schema itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = shared

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            problems.append(f"{'.'.join(loc) or 'request'}: {e.get('msg', 'invalid')}")
        return _error(422, "; ".join(problems) or "invalid request", detail=problems)

    @app.exception_handler(BadParam)
    async def bad_param(_: Request, exc: BadParam) -> JSONResponse:
        return _error(422, str(exc), detail=[str(exc)])

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return _error(500, str(exc))

    def listing(rows: list[Any], limit: int, offset: int, nxt: int | None, warnings: list[str], fmt: Format,
                fields: Sequence[str], name: str) -> Any:
        if fmt is Format.csv:
            return _csv(rows, fields, f"warta-{name}.csv")
        return {"rows": [_row_json(r) for r in rows], "limit": limit, "offset": offset, "next_offset": nxt,
                "warnings": warnings}

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Is the store readable? Counts articles as a cheap end-to-end check."""
        with shared.use() as store:
            n = store.con.execute("SELECT count(*) FROM articles").fetchone()
        return {"status": "ok", "version": __version__, "db": shared.path, "articles": int(n[0]) if n else 0}

    @app.get("/api/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        """Counts per table, events by type and quad, languages, top actors, publication range."""
        with shared.use() as store:
            return store.stats()

    @app.get("/api/articles", tags=["articles"])
    def articles(
        actor: Actor = None,
        type: Annotated[list[str] | None, Q(description="Articles with an event of this PLOVER type "
                                                        "(repeat or comma-separate).")] = None,
        since: Since = None,
        until: Until = None,
        search: Search = None,
        language: Annotated[str | None, Q(max_length=10, description="ISO 639-1 code: id, en...")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
        fmt: Fmt = Format.json,
    ) -> Any:
        """Stored articles, newest first (best match first with `search`)."""
        _check_limit(limit, fmt)
        q = Query(actor=_text(actor), types=_types(type), since=_day("since", since),
                  until=_day("until", until, end=True), search=_text(search), language=_text(language))
        rows, nxt, warnings = _page(shared, Store.articles, q, limit, offset)
        return listing(rows, limit, offset, nxt, warnings, fmt, list(ArticleRow.__dataclass_fields__), "articles")

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    def article(article_id: Annotated[str, PathParam(description="The article id (URL-encoded).")]) -> Any:
        """One article's full record: text, metadata, entities with mentions, events, quotes, dates.

        All spans are character offsets into `text`.
        """
        with shared.use() as store:
            rec = store.record(article_id)
            rows = store.articles(Query(article=article_id, limit=1))
        if rec is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        if rows:
            rec["stored"] = rows[0].to_dict()
        return rec

    @app.get("/api/events", tags=["events"])
    def events(
        type: Annotated[list[str] | None, Q(description="PLOVER type(s): PROTEST, ASSAULT... "
                                                        "(repeat or comma-separate).")] = None,
        actor: Actor = None,
        recipient: Annotated[str | None, Q(max_length=200, description="Recipient code prefix or part of a "
                                                                       "name.")] = None,
        quad: Annotated[list[str] | None, Q(description="Quad class(es) 1-4: verbal/material cooperation, "
                                                        "verbal/material conflict.")] = None,
        since: Since = None,
        until: Until = None,
        negated: Annotated[bool | None, Q(description="Only negated (true) or only affirmed (false).")] = None,
        hypothetical: Annotated[bool | None, Q(description="Only hypothetical (true) or only factual "
                                                           "(false).")] = None,
        search: Search = None,
        article: Annotated[str | None, Q(description="Only events of this article id.")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
        fmt: Fmt = Format.json,
    ) -> Any:
        """Events, newest first; an event without its own date takes its article's publication date."""
        _check_limit(limit, fmt)
        q = Query(actor=_text(actor), recipient=_text(recipient), types=_types(type), quad=_quads(quad),
                  since=_day("since", since), until=_day("until", until, end=True), negated=negated,
                  hypothetical=hypothetical, search=_text(search), article=_text(article))
        rows, nxt, warnings = _page(shared, Store.events, q, limit, offset)
        return listing(rows, limit, offset, nxt, warnings, fmt, list(EventRow.__dataclass_fields__), "events")

    @app.get("/api/quotes", tags=["quotes"])
    def quotes(
        speaker: Annotated[str | None, Q(max_length=200, description="Speaker code prefix or part of a "
                                                                     "name.")] = None,
        kind: Annotated[list[str] | None, Q(description="Quote kind(s): direct, partial, indirect.")] = None,
        since: Since = None,
        until: Until = None,
        search: Search = None,
        article: Annotated[str | None, Q(description="Only quotes of this article id.")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
        fmt: Fmt = Format.json,
    ) -> Any:
        """Quotes with their speakers, newest article first, in text order."""
        _check_limit(limit, fmt)
        q = Query(speaker=_text(speaker), types=_kinds(kind), since=_day("since", since),
                  until=_day("until", until, end=True), search=_text(search), article=_text(article))
        rows, nxt, warnings = _page(shared, Store.quotes, q, limit, offset)
        return listing(rows, limit, offset, nxt, warnings, fmt, list(QuoteRow.__dataclass_fields__), "quotes")

    @app.get("/api/{rest:path}", include_in_schema=False)
    def unknown(rest: str) -> Any:
        raise HTTPException(404, f"no such endpoint: /api/{rest} (the API is described at /openapi.json)")

    if WEB_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    return app


__all__ = ["create_app", "SharedStore", "WEB_DIR"]
