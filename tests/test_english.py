"""English extraction: one invented sentence per construction added for English, and the
PETRARCH evaluation script's parser and CAMEO->PLOVER map on an invented XML snippet.

Sentences are written for these tests (not taken from any suite); they run the whole
pipeline, so they fail if the lexicon row, the KB alias or the extractor rule is lost."""
from __future__ import annotations

import csv
import importlib.util
import sys
from importlib import resources
from pathlib import Path

import pytest

from warta.model import PLOVER_TYPES, Document

REPO = Path(__file__).resolve().parents[1]


def _load_eval():
    """The eval script as a module (it lives in scripts/, not in the package)."""
    spec = importlib.util.spec_from_file_location("eval_petrarch", REPO / "scripts" / "eval_petrarch.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["eval_petrarch"] = mod
    spec.loader.exec_module(mod)
    return mod


ev = _load_eval()


def _events(pipeline, text: str) -> list[tuple[str, set[str], set[str]]]:
    doc = pipeline(Document(id="t", raw_text=text, meta_published="2024-05-02"))
    assert doc.language == "en"
    return [(e.type, {a.code for a in e.actor}, {r.code for r in e.recipient}) for e in doc.events if not e.negated]


def _assert_event(pipeline, text: str, etype: str, actor: str | None, recipient: str | None,
                  recipient_among_actors: bool = False) -> list[tuple[str, set[str], set[str]]]:
    """An event of ``etype`` with ``actor`` among its actors and ``recipient`` among its
    recipients (or, for reciprocal types, among its actors)."""
    evs = _events(pipeline, text)
    hits = [e for e in evs if e[0] == etype]
    assert hits, evs
    if actor:
        assert any(actor in a for _, a, _ in hits), evs
    if recipient:
        assert any(recipient in r or (recipient_among_actors and recipient in a) for _, a, r in hits), evs
    return hits


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Chile restored diplomatic relations with Peru on Tuesday.", "SUPPORT", "CHL", "PER"),
    ("Canada severed ties with Iran after the vote.", "SANCTION", "CAN", "IRN"),
    ("Norway cut ties with Venezuela last week.", "SANCTION", "NOR", "VEN"),
    ("The European Union imposed sanctions on Belarus on Monday.", "SANCTION", None, "BLR"),
    ("Japan lifted sanctions on Myanmar.", "CONCEDE", "JPN", "MMR"),
    ("Sweden sent humanitarian aid to Sudan.", "AID", "SWE", None),
    ("Kenya provided food aid to Somalia.", "AID", "KEN", None),
    ("Georgia deported two citizens of Armenia.", "COERCE", "GEO", "ARM"),
    ("Chile vetoed the proposal from Bolivia.", "REJECT", "CHL", None),
    ("The president of Colombia denounced Venezuela on Friday over the border closure.", "ACCUSE", "COL", "VEN"),
    ("Ghana hosted Togo for two days of talks.", "CONSULT", "GHA", None),
    ("Rebels kidnapped three Pakistani engineers on Monday.", "ASSAULT", None, "PAK"),
    ("Syria fired rockets at Israel overnight.", "ASSAULT", "SYR", None),
])
def test_english_verbs(pipeline, text: str, etype: str, actor: str | None, recipient: str | None) -> None:
    # a reciprocal type (CONSULT) may list both sides as actors
    _assert_event(pipeline, text, etype, actor, recipient, recipient_among_actors=True)


def test_meet_demand_is_no_meeting(pipeline) -> None:
    """'meet demand for X' means to satisfy it: no CONSULT, and 'demand for' is a noun."""
    evs = _events(pipeline, "Brazil built new plants to meet demand for steel in Argentina.")
    assert not [e for e in evs if e[0] in ("CONSULT", "REQUEST")], evs


def test_noun_attack_by_names_the_attacker(pipeline) -> None:
    """'an attack by X' : X attacked, not the subject who condemned it."""
    evs = _events(pipeline, "Peru condemned an attack by Chile on Bolivia.")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults and all("CHL" in a and "PER" not in a for _, a, _ in assaults), evs


def test_passive_irregular_participle(pipeline) -> None:
    """'X was shot by Y': Y is the actor, X the recipient."""
    evs = _events(pipeline, "A Mexican journalist was shot by Guatemala police on Sunday.")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults and any("MEX" in r for _, _, r in assaults), evs


def test_english_demonym_and_generic_noun(pipeline) -> None:
    doc = pipeline(Document(id="t", raw_text="Danish soldiers arrested a Pakistani man.", meta_published="2024-05-02"))
    codes = {(e.code, e.sector) for e in doc.entities}
    assert ("DNK", "MIL") in codes and any(c == "PAK" for c, _ in codes), codes


@pytest.mark.parametrize("text,etype,actor,recipient", [
    # "to" + a name or a determiner is the recipient's preposition, not an infinitive
    ("Norway sent medical supplies to Yemen on Tuesday.", "AID", "NOR", "YEM"),
    ("Austria sent relief aid to the people of Chad.", "AID", "AUT", "TCD"),
    # "at" + an actor is the target of an attack or a threat, not a place
    ("Sudan fired shells at Chad on Sunday.", "ASSAULT", "SDN", "TCD"),
    ("Lebanon fired mortars at Israel.", "ASSAULT", "LBN", "ISR"),
    ("Armenia threatened to strike at Azerbaijan.", "THREATEN", "ARM", "AZE"),
    # passives with an irregular or a doubled participle: the subject is the one acted upon
    ("Two diplomats of Uganda were expelled by Rwanda on Monday.", "SANCTION", "RWA", "UGA"),
    ("The ambassador of Peru was reportedly expelled by Chile.", "SANCTION", "CHL", "PER"),
    ("The ambassador of Nepal was taken hostage by rebels.", "ASSAULT", None, "NPL"),
])
def test_english_constructions(pipeline, text: str, etype: str, actor: str | None, recipient: str | None) -> None:
    hits = _assert_event(pipeline, text, etype, actor, recipient)
    if actor and recipient:  # the passive's subject is not also its doer
        assert not any(recipient in a for _, a, _ in hits), hits


def test_infinitive_to_still_ends_the_clause(pipeline) -> None:
    """'agreed to send aid to Nepal': the agreement's content is not a second event, and
    the 'to' before a verb still ends the agreeing clause."""
    evs = _events(pipeline, "Japan agreed to send aid to Nepal.")
    assert [e[0] for e in evs] == ["AGREE"], evs


@pytest.mark.parametrize("text", [
    "Mali will meet Niger next week.",
    "Mali plans to meet Niger in May.",
    "Mali is expected to meet Niger in Bamako.",
])
def test_future_meeting_is_agree(pipeline, text: str) -> None:
    """PLOVER (CONSULT, ambiguities): references to future meetings are AGREE, not a
    hypothetical CONSULT."""
    doc = pipeline(Document(id="t", raw_text=text, meta_published="2024-05-02"))
    assert doc.language == "en"
    evs = [e for e in doc.events if not e.negated]
    assert evs and all(e.type == "AGREE" and not e.hypothetical for e in evs), evs
    assert any("MLI" in {a.code for a in e.actor} for e in evs)


def test_planned_attack_is_hypothetical(pipeline) -> None:
    """An attack that is only planned is not reported as done."""
    doc = pipeline(Document(id="t", raw_text="Mali plans to attack Niger.", meta_published="2024-05-02"))
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults and all(e.hypothetical for e in assaults)


@pytest.mark.parametrize("text,actor,recipient", [
    ("The president of Kenya left for Addis Ababa on Wednesday for talks with Ethiopia.", "KEN", "ETH"),
    ("The foreign minister of Chile arrived in Peru on Monday for talks with Bolivia.", "CHL", "BOL"),
])
def test_trip_for_talks_is_a_visit(pipeline, text: str, actor: str, recipient: str) -> None:
    """A trip made for talks is the visit under way (PLOVER CONSULT visit): the traveller
    visits the one met."""
    doc = pipeline(Document(id="t", raw_text=text, meta_published="2024-05-02"))
    visits = [e for e in doc.events if e.type == "CONSULT" and "visit" in e.mode]
    assert visits, doc.events
    assert any(actor in {a.code for a in e.actor} and recipient in {r.code for r in e.recipient} for e in visits)


def test_arrival_alone_is_no_event(pipeline) -> None:
    doc = pipeline(Document(id="t", raw_text="The president of Chile arrived in Lima on Monday.",
                            meta_published="2024-05-02"))
    assert not doc.events


# -------------------------------------------------------------------- the eval script
SNIPPET = """<Validation><Sentences>
<!-- <Sentence date="20000101" id="COMMENTED" category="X"><Text>Ignored.</Text></Sentence> -->
<Sentence date="20110305" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="FRAGOV" targetcode="DEU" eventcode="0841"></EventCoding>
<EventCoding sourcecode="FRA" targetcode="DEU" eventcode="1123"></EventCoding>
<Text>
France freed German prisoners &amp; scolded Berlin.
</Text>
</Sentence>
<Sentence date="20110306" id="T-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="20110307" id="T-3" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Golf.</Text>
</Sentence>
<Sentence date="20110308" id="T-4" category="VERB" sentence="true">
<EventCoding sourcecode="---GOV" targetcode="ITA" eventcode="903"></EventCoding>
<Text>Something private.</Text>
</Sentence>
</Sentences></Validation>"""


def test_parser_reads_records_codings_and_dates() -> None:
    recs = ev.parse_records(SNIPPET)
    assert [r.id for r in recs] == ["T-1", "T-2", "T-3", "T-4"]
    r1 = recs[0]
    assert r1.date == "2011-03-05" and r1.text == "France freed German prisoners & scolded Berlin."
    assert [(c.source, c.target, c.code) for c in r1.codings] == [("FRAGOV", "DEU", "0841"), ("FRA", "DEU", "1123")]
    assert not r1.no_event and recs[1].no_event and recs[2].no_event and not recs[3].no_event
    assert recs[2].codings[0].error == "storydiscard"


def test_cameo_map_longest_prefix_and_out_of_scope_codes() -> None:
    cmap = ev.load_cameo_map()
    assert ev.cameo_to_plover("0841", cmap) == "RETREAT"
    assert ev.cameo_to_plover("082", cmap) == "CONCEDE"
    assert ev.cameo_to_plover("1123", cmap) == "ACCUSE"
    assert ev.cameo_to_plover("174K", cmap) == "COERCE"
    assert ev.cameo_to_plover("023", cmap) == ""  # appeals: dropped by PLOVER
    assert ev.cameo_to_plover("903", cmap) is None  # not a CAMEO code
    assert ev.split_actor("USAGOVMIL") == ("USA", ("GOV", "MIL"))
    assert ev.split_actor("---GOV") == (None, ("GOV",))


def _map_rows() -> list[dict[str, str]]:
    text = resources.files("warta.resources").joinpath("events", "cameo_plover.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("row", _map_rows(), ids=lambda r: r["cameo"])
def test_cameo_map_row(row: dict[str, str]) -> None:
    """Each row: a PLOVER type (or dropped), a source naming the manual, and the row is what
    a code of its category maps to."""
    assert row["plover"] in PLOVER_TYPES or (row["plover"] == "" and row["cameo"] in ("01", "02"))
    assert "PLOVER manual" in row["source"]
    assert ev.cameo_to_plover(row["cameo"] + "9", ev.load_cameo_map()) == row["plover"]


def test_scoring_on_invented_predictions() -> None:
    """Scoring with hand-made predictions: a hit, a false positive on a no-event record."""
    recs = ev.parse_records(SNIPPET)
    empty = {"language": "en", "events": [], "warnings": [], "entities": []}
    preds = {r.id: dict(empty) for r in recs}
    preds["T-1"] = {**empty, "events": [
        {"type": "RETREAT", "negated": False, "hypothetical": False, "actor": [("FRA", "GOV")],
         "recipient": [("DEU", None)], "trigger": "freed"}]}
    preds["T-2"] = {**empty, "events": [
        {"type": "CONSULT", "negated": False, "hypothetical": False, "actor": [("FRA", None)],
         "recipient": [], "trigger": "met"}]}
    s = ev.score(recs, preds, ev.load_cameo_map(), frozenset({"FRA", "DEU"}))
    assert s["in_scope"] == 1 and s["private_test_codes"] == 1 and s["no_event_records"] == 2
    assert s["type"]["tp"] == 1 and s["type"]["fn"] == 1 and s["type"]["fp"] == 0
    assert s["false_positives_on_no_event"] == 1 and s["false_positives_on_noevents"] == 1
    assert s["agreement"]["source"]["agree"] == 1 and s["agreement"]["target"]["agree"] == 1
    assert s["agreement"]["sector"]["agree"] == 1


def test_actor_dictionary_parser() -> None:
    text = "ARNOR_  [ARN]\n+ARNORIAN\nGONDOR [GONGOV] # comment\nGOLLUM\n\t[HOB < 950601]\n\t[HOBREB > 990816]\n"
    pairs = ev.parse_actor_dictionary(text)
    assert ("ARNOR_", "ARN") in pairs and ("ARNORIAN", "ARN") in pairs and ("GONDOR", "GONGOV") in pairs
    assert ("GOLLUM", "HOB") in pairs
    assert "Gondorian" in ev._surface("GONDOR")  # a stem: TABARI matches its derived words
    assert "Arnor" in ev._surface("ARNOR_") and "Arnorian" not in ev._surface("ARNOR_")  # '_': the word only


def test_eval_on_the_suite(shared: Path) -> None:
    """The whole suite runs and yields figures (no thresholds: it is a measuring stick)."""
    if not (shared / ev.SUITE_DIR / ev.RECORDS).is_file():
        pytest.skip("PETRARCH suite not in ../shared")
    recs = ev.parse_records((shared / ev.SUITE_DIR / ev.RECORDS).read_text(encoding="utf-8"))
    assert len(recs) > 200
    sample = recs[:15]
    pipe = ev.build_pipeline((shared / ev.SUITE_DIR / ev.ACTORS).read_text(encoding="utf-8"))
    preds = {r.id: ev.run_record(pipe, r) for r in sample}
    s = ev.score(sample, preds, ev.load_cameo_map())
    assert s["records"] == 15 and s["not_detected_as_english"] == 0
    assert 0.0 <= s["type"]["f1"] <= 1.0
