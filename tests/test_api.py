"""The HTTP API, tested over a real uvicorn server and a real DuckDB store.

The store is built by running warta's pipeline over a few small articles written for
this test (no gold, no ../shared), so what the API returns is whatever the current
stages extract; the tests check that the API answers exactly what
:class:`warta.store.Store` answers for the same filters, plus the HTTP contract
(paging, CSV, errors, schema), never specific extraction results.
"""
from __future__ import annotations

import csv
import io
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from warta.api import create_app
from warta.model import Document, Source
from warta.store import Query, Store, StoreError

#: Self-written articles (fiction in the style of Indonesian and English wire copy).
ARTICLES: list[dict[str, str]] = [
    {
        "id": "uji-demo-mahasiswa",
        "published": "2025-03-03T14:00",
        "title": "Ratusan mahasiswa unjuk rasa tolak revisi UU Penyiaran",
        "outlet": "uji.example",
        "text": (
            "Jakarta - Ratusan mahasiswa menggelar unjuk rasa di depan Gedung DPR, Jakarta, Senin (3/3). "
            "Mereka menolak revisi Undang-Undang Penyiaran yang dinilai membatasi kebebasan pers.\n"
            "\"Kami meminta DPR membatalkan revisi ini sekarang juga,\" kata koordinator aksi, Budi Santoso, "
            "kepada wartawan.\n"
            "Polisi menangkap lima mahasiswa setelah aksi berakhir ricuh. Kapolda Metro Jaya mengatakan "
            "kelima mahasiswa itu masih diperiksa."
        ),
    },
    {
        # a slash in the id: ids come from paths and JSONL fields, the API must cope
        "id": "uji/menlu-bertemu",
        "published": "2025-04-08T09:30",
        "title": "Menlu Indonesia dan Jepang sepakat perkuat kerja sama maritim",
        "outlet": "uji.example",
        "text": (
            "Tokyo - Menteri Luar Negeri Indonesia Sari Wulandari bertemu dengan Menteri Luar Negeri Jepang "
            "Kenji Tanaka di Tokyo, Selasa (8/4). Kedua menteri sepakat memperkuat kerja sama maritim.\n"
            "\"Indonesia dan Jepang akan menggelar latihan bersama penjaga pantai tahun ini,\" ujar Sari "
            "seusai pertemuan.\n"
            "Jepang juga berjanji memberikan bantuan kapal patroli kepada Indonesia."
        ),
    },
    {
        "id": "test-en-aid",
        "published": "2024-12-02T08:00",
        "title": "Japan sends flood aid to Indonesia",
        "outlet": "example.org",
        "text": (
            "JAKARTA (Example News) - Japan will send emergency aid to flood victims in Indonesia, the "
            "Japanese embassy said on Monday.\n"
            "\"We stand with the people of Indonesia in this difficult time,\" Ambassador Hiroshi Sato told "
            "reporters in Jakarta.\n"
            "Protesters in Manila accused the government of ignoring flood warnings."
        ),
    },
]


def build_store(path: Path, pipeline) -> Path:
    """Run the pipeline over :data:`ARTICLES` and store them (with search indexes) at ``path``."""
    docs = []
    for a in ARTICLES:
        doc = Document(id=a["id"], raw_text=a["text"], meta_title=a["title"], meta_published=a["published"],
                       source=Source(path="test_api.py", outlet=a["outlet"]))
        docs.append(pipeline(doc))
    with Store(path) as store:
        result = store.add(docs)
        assert not result.errors, result.errors
        store.refresh_search()
    return path


@dataclass
class LiveServer:
    url: str
    db: Path


@contextmanager
def running(app) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yield its base URL.

    The socket is bound here (port 0: the OS picks a free one) and handed to uvicorn,
    so there is no window in which another process could take the port.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(600):  # bounded wait for start-up (not a timing assertion)
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.05)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory, pipeline) -> Iterator[LiveServer]:
    db = build_store(tmp_path_factory.mktemp("api") / "warta.duckdb", pipeline)
    with running(create_app(db)) as url:
        yield LiveServer(url, db)


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def expected(live: LiveServer):
    """What the store itself answers: the reference the API is compared with.

    Opened read-only beside the server's own read-only connection (DuckDB allows
    several readers of one file in one process).
    """
    with Store(live.db, read_only=True) as store:
        yield store


def _ids(rows) -> list[tuple[str, str]]:
    return [(r["article_id"], r["event_id"]) for r in rows]


def _get(client: httpx.Client, url: str, **params) -> dict:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


# -- meta -------------------------------------------------------------------------------------
def test_health(client):
    body = _get(client, "/api/health")
    assert body["status"] == "ok"
    assert body["articles"] == len(ARTICLES)


def test_stats_are_the_store_stats(client, expected):
    body = _get(client, "/api/stats")
    assert body == expected.stats()
    assert body["counts"]["articles"] == len(ARTICLES)


def test_openapi_schema_lists_every_endpoint(client):
    schema = _get(client, "/openapi.json")
    paths = set(schema["paths"])
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/stats",
              "/api/health"):
        assert p in paths, paths
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "actor", "quad", "since", "until", "negated", "hypothetical", "search", "limit", "offset",
            "format"} <= params


def test_no_cdn_docs_pages(client):
    # Swagger UI / ReDoc would load scripts from a CDN: they are switched off
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# -- events -----------------------------------------------------------------------------------
def test_the_test_store_has_events_and_quotes(expected):
    # without rows the comparisons below would prove nothing
    assert expected.events(Query(limit=None))
    assert expected.quotes(Query(limit=None))


def test_events_all(client, expected):
    body = _get(client, "/api/events", limit=1000)
    want = expected.events(Query(limit=None))
    assert _ids(body["rows"]) == [(e.article_id, e.event_id) for e in want]
    assert body["next_offset"] is None and body["offset"] == 0 and body["limit"] == 1000
    for row, ev in zip(body["rows"], want):
        assert row["type"] == ev.type and row["evidence"] == ev.evidence
        assert [p["full_code"] for p in row["actor"]] == [p.full_code for p in ev.actor]
        assert [p["full_code"] for p in row["recipient"]] == [p.full_code for p in ev.recipient]


def _event_filters(store: Store) -> list[tuple[dict, Query]]:
    """Filter cases built from what is stored, each with the equivalent store Query."""
    events = store.events(Query(limit=None))
    first = events[0]
    cases: list[tuple[dict, Query]] = [
        ({"type": first.type}, Query(types=[first.type])),
        ({"type": first.type.lower() + ",ASSAULT"}, Query(types=[first.type, "ASSAULT"])),
        ({"quad": str(first.quad)}, Query(quad=[first.quad])),
        ({"quad": "1,2"}, Query(quad=[1, 2])),
        ({"since": "2025-04"}, Query(since="2025-04")),
        ({"until": "2025-03"}, Query(until="2025-03")),
        ({"since": "2025", "until": "2025-12-31"}, Query(since="2025", until="2025-12-31")),
        ({"negated": "false"}, Query(negated=False)),
        ({"hypothetical": "true"}, Query(hypothetical=True)),
        ({"actor": "IDN"}, Query(actor="IDN")),
        ({"recipient": "IDN"}, Query(recipient="IDN")),
        ({"search": "mahasiswa"}, Query(search="mahasiswa")),
        ({"article": "uji/menlu-bertemu"}, Query(article="uji/menlu-bertemu")),
    ]
    if first.actor:
        cases.append(({"actor": first.actor[0].full_code}, Query(actor=first.actor[0].full_code)))
    if first.evidence:
        word = max(first.evidence.split(), key=len)
        cases.append(({"search": word}, Query(search=word)))
    return cases


def test_event_filters_answer_what_the_store_answers(client, expected):
    nonempty = 0
    for params, q in _event_filters(expected):
        q.limit = None
        want = [(e.article_id, e.event_id) for e in expected.events(q)]
        got = _ids(_get(client, "/api/events", limit=1000, **params)["rows"])
        assert got == want, params
        nonempty += bool(got)
    assert nonempty >= 3  # the filters were exercised on real rows


def test_events_paging_walks_the_whole_list(client, expected):
    want = [(e.article_id, e.event_id) for e in expected.events(Query(limit=None))]
    got: list[tuple[str, str]] = []
    offset: int | None = 0
    pages = 0
    while offset is not None and pages <= len(want) + 1:
        body = _get(client, "/api/events", limit=2, offset=offset)
        assert body["offset"] == offset
        assert len(body["rows"]) <= 2
        got += _ids(body["rows"])
        offset = body["next_offset"]
        pages += 1
    assert got == want
    past = _get(client, "/api/events", limit=2, offset=len(want) + 5)
    assert past["rows"] == [] and past["next_offset"] is None


def test_events_csv(client, expected):
    r = client.get("/api/events", params={"format": "csv", "limit": 1000})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    want = expected.events(Query(limit=None))
    assert [(x["article_id"], x["event_id"]) for x in rows] == [(e.article_id, e.event_id) for e in want]
    assert [x["actor"] for x in rows] == [e.flat()["actor"] for e in want]


def test_csv_of_an_empty_result_still_has_a_header(client):
    r = client.get("/api/events", params={"format": "csv", "search": "zzzyyyxxx"})
    assert r.status_code == 200
    lines = r.text.splitlines()
    assert len(lines) == 1 and lines[0].startswith("article_id,event_id,type")


# -- articles ---------------------------------------------------------------------------------
def test_articles_list_and_filters(client, expected):
    body = _get(client, "/api/articles")
    assert [r["id"] for r in body["rows"]] == [a.id for a in expected.articles(Query(limit=None))]
    assert {r["id"] for r in body["rows"]} == {a["id"] for a in ARTICLES}
    for params, q in [({"since": "2025"}, Query(since="2025")), ({"until": "2024-12-31"}, Query(until="2024-12-31")),
                      ({"search": "mahasiswa"}, Query(search="mahasiswa")), ({"actor": "IDN"}, Query(actor="IDN"))]:
        q.limit = None
        got = [r["id"] for r in _get(client, "/api/articles", **params)["rows"]]
        assert got == [a.id for a in expected.articles(q)], params


def test_articles_language_filter(client, expected):
    every = expected.articles(Query(limit=None))
    langs = {a.language for a in every}
    assert len(langs) >= 1
    for lang in langs:
        got = [r["id"] for r in _get(client, "/api/articles", language=lang)["rows"]]
        assert got == [a.id for a in every if a.language == lang]
    assert _get(client, "/api/articles", language="xx")["rows"] == []
    # paging applies after the language filter
    lang = every[0].language
    mine = [a.id for a in every if a.language == lang]
    page = _get(client, "/api/articles", language=lang, limit=1, offset=0)
    assert [r["id"] for r in page["rows"]] == mine[:1]
    assert page["next_offset"] == (1 if len(mine) > 1 else None)


def test_article_record_for_every_article_even_with_a_slash_in_its_id(client, expected):
    for a in ARTICLES:
        rec = _get(client, "/api/articles/" + quote(a["id"], safe=""))
        assert rec["id"] == a["id"]
        want = expected.record(a["id"])
        for key in ("text", "title", "entities", "events", "quotes", "published", "source"):
            assert rec[key] == want[key], key
        assert rec["stored"]["id"] == a["id"]
        # every span the page highlights points into this text
        for ev in rec["events"]:
            s = ev["evidence"]
            assert 0 <= s["start"] <= s["end"] <= len(rec["text"])
        for q in rec["quotes"]:
            assert 0 <= q["span"]["start"] <= q["span"]["end"] <= len(rec["text"])


def test_articles_csv(client):
    r = client.get("/api/articles", params={"format": "csv"})
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {x["id"] for x in rows} == {a["id"] for a in ARTICLES}
    assert "n_events" in rows[0]


# -- quotes -----------------------------------------------------------------------------------
def test_quotes_and_filters(client, expected):
    every = expected.quotes(Query(limit=None))
    body = _get(client, "/api/quotes", limit=1000)
    assert [(r["article_id"], r["quote_id"]) for r in body["rows"]] == [(q.article_id, q.quote_id) for q in every]
    speakers = {q.speaker for q in every if q.speaker}
    cases = [({"search": "Indonesia"}, Query(search="Indonesia")), ({"kind": "direct"}, Query(types=["direct"]))]
    cases += [({"speaker": s}, Query(speaker=s)) for s in sorted(speakers)[:3]]
    for params, q in cases:
        q.limit = None
        got = [(r["article_id"], r["quote_id"]) for r in _get(client, "/api/quotes", limit=1000, **params)["rows"]]
        assert got == [(x.article_id, x.quote_id) for x in expected.quotes(q)], params
    r = client.get("/api/quotes", params={"format": "csv"})
    assert r.status_code == 200 and r.text.startswith("article_id,quote_id")


# -- errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize("url,params,status,says", [
    ("/api/articles/no-such-article", {}, 404, "no-such-article"),
    ("/api/nothing-here", {}, 404, "no such endpoint"),
    ("/api/events", {"since": "2025-13"}, 422, "since"),
    ("/api/events", {"until": "kemarin"}, 422, "until"),
    ("/api/events", {"type": "RIOT"}, 422, "RIOT"),
    ("/api/events", {"quad": "5"}, 422, "quad"),
    ("/api/events", {"quad": "x"}, 422, "quad"),
    ("/api/events", {"negated": "perhaps"}, 422, "negated"),
    ("/api/events", {"limit": "0"}, 422, "limit"),
    ("/api/events", {"limit": "abc"}, 422, "limit"),
    ("/api/events", {"limit": "5000"}, 422, "format=csv"),
    ("/api/events", {"offset": "-1"}, 422, "offset"),
    ("/api/events", {"format": "xml"}, 422, "format"),
    ("/api/quotes", {"kind": "rumour"}, 422, "rumour"),
    ("/api/articles", {"since": "03/03/2025"}, 422, "since"),
])
def test_errors_are_json_with_a_clear_message(client, url, params, status, says):
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status"] == status
    assert says in body["error"], body


def test_wrong_method_is_a_json_error(client):
    r = client.post("/api/events")
    assert r.status_code == 405
    assert r.json()["status"] == 405


def test_search_with_quotes_and_operators_is_safe(client):
    for text in ("'; DROP TABLE events; --", "\"unjuk rasa\"", "a OR b", "%_*"):
        r = client.get("/api/events", params={"search": text})
        assert r.status_code == 200, (text, r.text)
        assert isinstance(r.json()["rows"], list)
    assert _get(client, "/api/health")["articles"] == len(ARTICLES)


def test_concurrent_requests_share_the_store_safely(client, expected):
    want = [(e.article_id, e.event_id) for e in expected.events(Query(limit=None))]
    urls = ["/api/events?limit=1000", "/api/stats", "/api/quotes", "/api/articles"] * 6

    def fetch(u: str) -> tuple[str, int, dict]:
        r = client.get(u)
        return u, r.status_code, r.json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(fetch, urls))
    assert all(code == 200 for _, code, _ in results)
    for u, _, body in results:
        if u.startswith("/api/events"):
            assert _ids(body["rows"]) == want


# -- the page and the command -----------------------------------------------------------------
def test_page_and_static_files_are_served(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in r.text
        a = client.get(asset)
        assert a.status_code == 200 and a.text.strip()
    # offline: the page loads nothing from another host
    for ref in re.findall(r'(?:src|href)="([^"]*)"', r.text):
        assert ref.startswith(("/", "#", "data:")), ref
    for asset in ("/static/app.js", "/static/style.css"):
        text = client.get(asset).text
        assert "@import" not in text and "url(http" not in text
        assert not re.search(r"fetch\(\s*[\"'`]https?:", text)


def test_create_app_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.duckdb")


def test_serve_command_reports_a_missing_store(tmp_path):
    from warta.cli.serve import serve_app
    result = CliRunner().invoke(serve_app, ["--db", str(tmp_path / "missing.duckdb"), "--port", "0"])
    assert result.exit_code == 2
    assert "no such database" in (result.stderr if hasattr(result, "stderr") else result.output)
