"""The analyst page, driven in a real headless Chromium against a real server and store.

Skips cleanly when Debian's ``/usr/bin/chromium`` or the ``playwright`` package is
missing (``playwright install`` is never used: the system browser is launched).
Expected rows come from the JSON API, so the test checks that the page shows what the
API returns and highlights exactly the stored evidence span, whatever the stages extract.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from test_api import build_store, running  # the same articles, store builder and server helper

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
#: Upper bound for any wait in the browser (ms): generous, the machine may be busy.
WAIT = 60_000
SCREENSHOT = Path(tempfile.gettempdir()) / "warta-web-test.png"

if not CHROMIUM.is_file():
    pytest.skip("no /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory, pipeline) -> Iterator[str]:
    from warta.api import create_app
    db = build_store(tmp_path_factory.mktemp("web") / "warta.duckdb", pipeline)
    with running(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def api(site: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # keep the browser's profile and crash files out of $HOME
    home = tempfile.mkdtemp(prefix="warta-chromium-")
    try:
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS,
                                  env={**os.environ, "HOME": home})
            yield b
            b.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def page(browser, site):
    """A fresh page that records JS errors and every URL it requests."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT)
    pg.errors = []
    pg.requests = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    ctx.close()
    assert pg.errors == [], pg.errors
    foreign = [u for u in pg.requests if not (u.startswith(site + "/") or u.startswith("data:"))]
    assert foreign == [], f"the page requested other hosts: {foreign}"


def _pick_event(api: httpx.Client) -> tuple[str, dict, dict]:
    """(search word, event row, article record) for an event with an evidence span."""
    rows = api.get("/api/events", params={"limit": 1000}).json()["rows"]
    assert rows, "the test store has no events"
    for row in rows:
        if not row["evidence"]:
            continue
        for word in sorted(row["evidence"].split(), key=len, reverse=True):
            word = word.strip(".,;:\"'()")
            if len(word) < 4:
                continue
            hits = api.get("/api/events", params={"search": word, "limit": 50}).json()["rows"]
            match = [h for h in hits if (h["article_id"], h["event_id"]) == (row["article_id"], row["event_id"])]
            if match:
                rec = api.get("/api/articles/" + quote(row["article_id"], safe="")).json()
                ev = next(e for e in rec["events"] if e["id"] == row["event_id"])
                if ev["evidence"]["end"] > ev["evidence"]["start"]:
                    return word, row, rec
    pytest.fail("no stored event can be found by a word of its evidence")


def test_search_click_event_shows_highlighted_evidence(page, site, api):
    word, row, rec = _pick_event(api)
    expected = api.get("/api/events", params={"search": word, "limit": 50}).json()["rows"]

    page.goto(site + "/")
    page.wait_for_function("document.querySelector('#stats').textContent.includes('articles')")
    page.fill("#q", word)
    page.press("#q", "Enter")
    page.wait_for_function(f"document.querySelector('#status').textContent.startsWith('events 1') && "
                           f"document.querySelectorAll('tr.event-row').length === {len(expected)}")
    shown = page.eval_on_selector_all("tr.event-row", "rs => rs.map(r => [r.dataset.article, r.dataset.event])")
    assert shown == [[r["article_id"], r["event_id"]] for r in expected]

    target = page.locator(f"tr.event-row[data-event=\"{row['event_id']}\"]"
                          f"[data-article=\"{row['article_id']}\"]")
    assert target.count() == 1
    assert row["type"] in target.inner_text()
    target.click()

    mark = page.locator("#a-text mark.hl-focus")
    mark.wait_for()
    ev = next(e for e in rec["events"] if e["id"] == row["event_id"])
    span = ev["evidence"]
    assert mark.count() == 1
    assert mark.text_content() == rec["text"][span["start"]:span["end"]]
    assert mark.text_content() == span["text"]
    # the whole article is shown, character for character
    assert page.locator("#a-text").text_content() == rec["text"]
    assert page.locator("#a-title").text_content() == (rec["title"] or rec["id"])
    assert page.locator("#a-focus .badge").first.text_content() == row["type"]
    assert "focus=event" in page.url and "article=" in page.url
    page.screenshot(path=str(SCREENSHOT))


def test_article_link_in_url_reopens_the_highlight(page, site, api):
    _, row, rec = _pick_event(api)
    ev = next(e for e in rec["events"] if e["id"] == row["event_id"])
    url = f"{site}/?tab=events&article={quote(row['article_id'], safe='')}&focus=event:{quote(row['event_id'])}"
    page.goto(url)
    page.locator("#a-text mark.hl-focus").wait_for()
    assert page.locator("#a-text mark.hl-focus").text_content() == ev["evidence"]["text"]


def test_type_filter_shows_only_that_type(page, site, api):
    rows = api.get("/api/events", params={"limit": 1000}).json()["rows"]
    etype = rows[0]["type"]
    expected = api.get("/api/events", params={"type": etype, "limit": 50}).json()["rows"]
    page.goto(site + "/")
    page.wait_for_selector("tr.event-row")
    page.select_option("#type", etype)
    page.click("#go")
    page.wait_for_function(f"new URLSearchParams(location.search).get('type') === '{etype}' && "
                           f"document.querySelectorAll('tr.event-row').length === {len(expected)}")
    badges = page.eval_on_selector_all("tr.event-row .badge", "bs => bs.map(b => b.textContent)")
    assert badges and set(badges) == {etype}


def test_quotes_tab_and_quote_highlight(page, site, api):
    quotes = api.get("/api/quotes", params={"limit": 50}).json()["rows"]
    assert quotes, "the test store has no quotes"
    page.goto(site + "/")
    page.wait_for_selector("tr.event-row")
    page.click("#tab-quotes")
    page.wait_for_function(f"document.querySelectorAll('tr.quote-row').length === {len(quotes)}")
    assert page.locator("#speaker").is_visible() and not page.locator("#type").is_visible()
    page.locator("tr.quote-row").first.click()
    mark = page.locator("#a-text mark.hl-focus")
    mark.wait_for()
    q = quotes[0]
    rec = api.get("/api/articles/" + quote(q["article_id"], safe="")).json()
    assert mark.text_content() == rec["text"][q["start"]:q["end"]]
    assert q["text"] in mark.text_content()


def test_articles_tab_lists_every_article(page, site, api):
    articles = api.get("/api/articles").json()["rows"]
    page.goto(site + "/?tab=articles")
    page.wait_for_function(f"document.querySelectorAll('tr.article-row').length === {len(articles)}")
    titles = page.eval_on_selector_all("tr.article-row .title div", "ds => ds.map(d => d.textContent)")
    assert titles == [a["title"] or a["id"] for a in articles]
    page.locator("tr.article-row").first.click()
    page.wait_for_function("!document.querySelector('#reader').hidden")
    assert page.locator("#a-title").text_content() == (articles[0]["title"] or articles[0]["id"])
    # the CSV link asks the API for the same view
    href = page.get_attribute("#csv", "href")
    assert href.startswith("/api/articles?") and "format=csv" in href
    assert api.get(href).status_code == 200


def test_api_errors_are_shown_not_swallowed(page, site):
    page.goto(site + "/?tab=events&since=2025-13")
    page.wait_for_function("document.querySelector('#status').classList.contains('error')")
    assert "since" in page.locator("#status").text_content()
