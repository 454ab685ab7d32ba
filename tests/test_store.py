"""The DuckDB store: schema, idempotent ingest, replacement, filters, search.

Documents are built by hand (real dataclasses, no stand-ins) so every filter can be
checked against a known answer whatever the extraction stages currently find.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from warta.model import ActorRef, Document, Entity, Event, Mention, Published, Quote, Source, Span, Speaker
from warta.store import SCHEMA_VERSION, TABLES, Query, Store, StoreError, fts_extension_path, parse_day


def _span(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span(i, i + len(needle), needle)


def _mention(text: str, needle: str) -> Mention:
    i = text.index(needle)
    return Mention(i, i + len(needle), needle, kind="name")


def make_doc(doc_id: str, text: str, published: str | None = "2025-03-10", events: list[Event] | None = None,
             entities: list[Entity] | None = None, quotes: list[Quote] | None = None,
             title: str | None = None) -> Document:
    d = Document(id=doc_id, raw_text=text, source=Source(path=f"/in/{doc_id}.txt", outlet="contoh.example"))
    d.text = text
    d.title = title or text.split(".")[0]
    d.language = "id"
    d.published = Published(published, "metadata") if published else None
    d.entities = entities or []
    d.events = events or []
    d.quotes = quotes or []
    return d


PROTEST_TEXT = ("Ribuan buruh berunjuk rasa di depan gedung DPR menuntut kenaikan upah. "
                "Polisi menangkap dua orang provokator.")
MEETING_TEXT = ("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang di Tokyo. "
                "Kedua menteri tidak menandatangani perjanjian apa pun.")


@pytest.fixture()
def docs() -> list[Document]:
    t1 = PROTEST_TEXT
    buruh = Entity("e1", "Konfederasi Buruh", "ORG", "IDN", "LAB",
                   mentions=[_mention(t1, "buruh")])
    polisi = Entity("e2", "Kepolisian Negara Republik Indonesia", "ORG", "IDN", "COP",
                    mentions=[_mention(t1, "Polisi")])
    d1 = make_doc("a-protest", t1, "2025-03-10", entities=[buruh, polisi], events=[
        Event("ev1", "PROTEST", actor=[ActorRef("IDN", "LAB", "buruh", "e1")], recipient=[ActorRef("IDN", "LEG")],
              mode=["demonstrate"], evidence=_span(t1, "Ribuan buruh berunjuk rasa di depan gedung DPR"),
              date=None),
        Event("ev2", "COERCE", actor=[ActorRef("IDN", "COP", "Polisi", "e2")], recipient=[ActorRef("IDN", "CVL")],
              mode=["arrest"], evidence=_span(t1, "Polisi menangkap dua orang provokator"), date="2025-03-09"),
    ], quotes=[Quote("q1", "kami menuntut kenaikan upah sepuluh persen", Span(0, 10, t1[:10]), "direct",
                     Speaker("Yusuf Maulana", "e1", "IDN", "LAB"), cue="kata")])
    t2 = MEETING_TEXT
    retno = Entity("e1", "Retno Marsudi", "PER", "IDN", "GOV", role="Menteri Luar Negeri",
                   mentions=[_mention(t2, "Retno Marsudi")])
    d2 = make_doc("b-meeting", t2, "2024-06", entities=[retno], events=[
        Event("ev1", "CONSULT", actor=[ActorRef("IDN", "GOV", "Retno Marsudi", "e1")],
              recipient=[ActorRef("JPN", "GOV", "Menteri Luar Negeri Jepang")], date="2024-06",
              evidence=_span(t2, "Retno Marsudi bertemu Menteri Luar Negeri Jepang"),
              location={"name": "Tokyo", "country": "JPN"}),
        Event("ev2", "AGREE", actor=[ActorRef("IDN", "GOV")], recipient=[ActorRef("JPN", "GOV")], negated=True,
              hypothetical=False, evidence=_span(t2, "tidak menandatangani perjanjian"), date="2024-06-20"),
    ])
    d3 = make_doc("c-undated", "Sebuah artikel tanpa tanggal tentang rencana kerja sama.", published=None,
                  events=[Event("ev1", "COOPERATE", actor=[ActorRef("IGO:UN")], hypothetical=True,
                                evidence=Span(0, 14, "Sebuah artikel"))])
    return [d1, d2, d3]


@pytest.fixture()
def store(tmp_path: Path, docs: list[Document]):
    s = Store(tmp_path / "t.duckdb")
    res = s.add(docs)
    assert res.stored == 3 and res.replaced == 0 and not res.errors
    s.refresh_search()
    yield s
    s.close()


def test_new_file_has_every_table_and_the_schema_version(tmp_path: Path):
    with Store(tmp_path / "new.duckdb") as s:
        tables = {r[0] for r in s.con.execute("SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema='main'").fetchall()}
        assert set(TABLES) | {"schema_version"} <= tables
        assert s.con.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    # reopening an existing file keeps it (no second version row, no error)
    with Store(tmp_path / "new.duckdb") as s:
        assert s.con.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)


def test_rows_reach_every_table(store: Store, docs: list[Document]):
    c = store.stats()["counts"]
    assert c == {"documents": 3, "articles": 3, "entities": 3, "mentions": 3, "events": 5,
                 "event_participants": 9, "quotes": 1}
    assert store.known_hashes() == {d.content_hash for d in docs}
    assert store.record("a-protest") == docs[0].to_record()
    row = store.con.execute("SELECT source_path, source_outlet FROM documents WHERE id='a-protest'").fetchone()
    assert row == ("/in/a-protest.txt", "contoh.example")


def test_changed_text_under_the_same_id_replaces_all_its_rows(store: Store):
    new = make_doc("a-protest", "Teks baru yang sama sekali berbeda tanpa peristiwa apa pun.")
    res = store.add([new])
    assert (res.stored, res.replaced) == (0, 1)
    c = store.stats()["counts"]
    assert c["articles"] == 3 and c["documents"] == 3
    assert c["events"] == 3 and c["quotes"] == 0  # the old article's 2 events and quote are gone
    assert new.content_hash in store.known_hashes()
    assert store.articles(Query(article="a-protest"))[0].n_events == 0


def test_one_malformed_document_does_not_sink_the_batch(tmp_path: Path, docs: list[Document]):
    bad = make_doc("bad", "Teks.", events=[Event("x", "NOT_A_TYPE", evidence=Span(0, 4, "Teks"))])
    with Store(tmp_path / "m.duckdb") as s:
        res = s.add([bad, *docs])
        assert res.stored == 3
        assert len(res.errors) == 1 and res.errors[0].startswith("bad:")
        assert "\n" not in res.errors[0]


def test_strings_with_nul_and_quotes_are_stored(tmp_path: Path):
    d = make_doc("odd'id", "Teks dengan \x00 NUL, kutip ' dan \" serta emoji 🙂 dan baris\nbaru.")
    with Store(tmp_path / "o.duckdb") as s:
        assert s.add([d]).stored == 1
        text = s.con.execute("SELECT text FROM articles WHERE id = ?", ["odd'id"]).fetchone()[0]
        assert "\x00" not in text and "🙂" in text and "'" in text


@pytest.mark.parametrize("actor, expected", [
    ("IDN", {("a-protest", "ev1"), ("a-protest", "ev2"), ("b-meeting", "ev1"), ("b-meeting", "ev2")}),
    ("idn.cop", {("a-protest", "ev2")}),
    ("IDN.GOV", {("b-meeting", "ev1"), ("b-meeting", "ev2")}),
    ("retno", {("b-meeting", "ev1")}),
    ("IGO:UN", {("c-undated", "ev1")}),
    ("JPN", set()),  # JPN is only a recipient: --actor means the source side
])
def test_events_actor_filter(store: Store, actor: str, expected: set[tuple[str, str]]):
    got = {(e.article_id, e.event_id) for e in store.events(Query(actor=actor, limit=None))}
    assert got == expected


def test_events_recipient_filter(store: Store):
    got = {(e.article_id, e.event_id) for e in store.events(Query(recipient="JPN", limit=None))}
    assert got == {("b-meeting", "ev1"), ("b-meeting", "ev2")}
    assert [e.event_id for e in store.events(Query(actor="IDN.COP", recipient="IDN.CVL"))] == ["ev2"]
    assert store.events(Query(actor="IDN.LAB", recipient="IDN.CVL")) == []


def test_events_type_quad_and_flags(store: Store):
    assert {e.type for e in store.events(Query(types=["protest", "COERCE"]))} == {"PROTEST", "COERCE"}
    assert {e.type for e in store.events(Query(quad=[1]))} == {"CONSULT", "AGREE"}
    assert [(e.article_id, e.type) for e in store.events(Query(negated=True))] == [("b-meeting", "AGREE")]
    assert len(store.events(Query(negated=False))) == 4
    assert [e.type for e in store.events(Query(hypothetical=True))] == ["COOPERATE"]
    ev = store.events(Query(types=["CONSULT"]))[0]
    assert ev.location == "Tokyo"
    assert [p.full_code for p in ev.actor] == ["IDN.GOV"] and [p.full_code for p in ev.recipient] == ["JPN.GOV"]
    assert ev.flat()["recipient"] == "JPN.GOV"


def test_event_dates_partial_dates_and_fallback_to_publication(store: Store):
    # ev1 of a-protest has no date: it takes the article's 2025-03-10
    got = {(e.article_id, e.event_id) for e in store.events(Query(since="2025-03-10", limit=None))}
    assert got == {("a-protest", "ev1")}
    got = {(e.article_id, e.event_id) for e in store.events(Query(since="2025-03", until="2025-03-09"))}
    assert got == {("a-protest", "ev2")}
    # "2024-06" overlaps any day of June 2024
    got = {(e.article_id, e.event_id) for e in store.events(Query(since="2024-06-25", until="2024-12-31"))}
    assert got == {("b-meeting", "ev1")}
    assert {e.article_id for e in store.events(Query(until="2024"))} == {"b-meeting"}
    # newest first, undated last
    assert [e.article_id for e in store.events(Query(limit=None))][-1] == "c-undated"


def test_articles_filters(store: Store):
    assert {a.id for a in store.articles(Query(actor="IDN.LAB"))} == {"a-protest"}
    assert {a.id for a in store.articles(Query(actor="Kepolisian"))} == {"a-protest"}
    assert {a.id for a in store.articles(Query(types=["CONSULT"]))} == {"b-meeting"}
    assert {a.id for a in store.articles(Query(since="2025"))} == {"a-protest"}
    assert {a.id for a in store.articles(Query(until="2024-06-30"))} == {"b-meeting"}
    assert [a.id for a in store.articles(Query(limit=1))] == ["a-protest"]
    assert len(store.articles(Query(limit=None))) == 3


def test_paging_and_language_filters_in_sql(store: Store):
    everything = [a.id for a in store.articles(Query(limit=None))]
    assert [a.id for a in store.articles(Query(limit=1, offset=1))] == everything[1:2]
    assert store.articles(Query(limit=5, offset=len(everything))) == []
    assert {a.id for a in store.articles(Query(language="ID"))} == set(everything)  # all made as "id"
    assert store.articles(Query(language="en")) == []
    assert store.events(Query(language="en")) == [] and store.quotes(Query(language="en")) == []
    all_events = [(e.article_id, e.event_id) for e in store.events(Query(limit=None))]
    assert [(e.article_id, e.event_id) for e in store.events(Query(limit=2, offset=1))] == all_events[1:3]


def test_quotes_by_speaker_and_kind(store: Store):
    assert [q.quote_id for q in store.quotes(Query(speaker="IDN.LAB"))] == ["q1"]
    assert [q.speaker for q in store.quotes(Query(speaker="yusuf"))] == ["Yusuf Maulana"]
    assert store.quotes(Query(speaker="JPN")) == []
    assert len(store.quotes(Query(types=["direct"]))) == 1 and store.quotes(Query(types=["indirect"])) == []


@pytest.mark.skipif(fts_extension_path() is None, reason="duckdb_extension_fts not installed")
def test_full_text_search_uses_the_index_and_indonesian_stems(store: Store):
    assert store.warnings == []
    hits = store.articles(Query(search="rasa DPR"))
    assert [a.id for a in hits] == ["a-protest"] and hits[0].score is not None
    # the Indonesian stemmer: the query "diunjuk" and the text's "berunjuk" share the stem "unjuk"
    assert [a.id for a in store.articles(Query(search="diunjuk"))] == ["a-protest"]
    assert [(e.article_id, e.type) for e in store.events(Query(search="menandatangani"))] == [("b-meeting", "AGREE")]
    assert [q.quote_id for q in store.quotes(Query(search="upah"))] == ["q1"]
    assert store.articles(Query(search="o'brien")) == []  # quotes in the query are safe


def test_search_without_an_index_falls_back_to_substring_with_a_warning(tmp_path: Path, docs: list[Document]):
    with Store(tmp_path / "noindex.duckdb") as s:
        s.add(docs)  # no refresh_search(): no index
        hits = s.articles(Query(search="menangkap provokator"))
        assert [a.id for a in hits] == ["a-protest"]
        assert s.articles(Query(search="diunjuk")) == []  # no stemming without the index
        if fts_extension_path() is not None:
            assert any("substring" in w for w in s.warnings)


def test_readers_share_the_file_read_only(store: Store, tmp_path: Path):
    path = store.path
    store.close()
    with Store(path, read_only=True) as a, Store(path, read_only=True) as b:
        assert len(a.articles()) == len(b.articles()) == 3


def test_missing_file_read_only_is_a_one_line_error(tmp_path: Path):
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "nope.duckdb", read_only=True)
    assert "nope.duckdb" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("make_path", [
    lambda tmp: tmp / "afile" / "x.duckdb",  # parent is a file
    lambda tmp: tmp / "nodir" / "x.duckdb",  # parent does not exist
    lambda tmp: tmp,  # a directory
])
def test_unusable_paths_are_one_line_errors(tmp_path: Path, make_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError) as err:
        Store(make_path(tmp_path))
    assert "\n" not in str(err.value)


def test_foreign_database_and_other_schema_version_are_refused(tmp_path: Path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a warta database"):
        Store(other)
    old = tmp_path / "old.duckdb"
    Store(old).close()
    con = duckdb.connect(str(old))
    con.execute("UPDATE schema_version SET version = 999")
    con.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(old)
    not_db = tmp_path / "text.duckdb"
    not_db.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError):
        Store(not_db)


@pytest.mark.parametrize("value, end, expected", [
    ("2024", False, date(2024, 1, 1)), ("2024", True, date(2024, 12, 31)),
    ("2024-02", True, date(2024, 2, 29)), ("2024-12", True, date(2024, 12, 31)),
    ("2024-06-21", False, date(2024, 6, 21)), ("2025-10-21T20:43", False, date(2025, 10, 21)),
    (None, False, None),
])
def test_parse_day(value, end, expected):
    assert parse_day(value, end=end) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13", "21/06/2024"])
def test_parse_day_rejects_non_dates(value):
    with pytest.raises(ValueError):
        parse_day(value)


def test_pipeline_output_of_the_examples_is_stored(pipeline, tmp_path: Path):
    from warta.readers import read_inputs
    examples = Path(__file__).resolve().parents[1] / "examples"
    docs = [pipeline(d) for d in read_inputs([str(examples)]) if isinstance(d, Document)]
    assert len(docs) >= 3
    with Store(tmp_path / "ex.duckdb") as s:
        res = s.add(docs)
        assert res.stored == len(docs) and not res.errors
        assert s.stats()["counts"]["events"] == sum(len(d.events) for d in docs)
        assert s.stats()["counts"]["quotes"] == sum(len(d.quotes) for d in docs)
