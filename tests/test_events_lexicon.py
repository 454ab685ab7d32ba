"""Every trigger lexicon row: its generated surface forms are found in a sentence and
yield an event of the row's type (one test per row)."""
from __future__ import annotations

import pytest

from warta.events import EventExtractor
from warta.events.lexicon import expand_row, load_lexicon, trigger_rows
from warta.events.morph import nasal, surface_forms
from warta.model import Document, Entity, Mention

ROWS = trigger_rows("id") + trigger_rows("en")


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def _doc(text: str, lang: str, names: dict[str, tuple[str, str]]) -> Document:
    """A document whose entities are the given names (name -> (code, sector)), each
    mention found by string search: the actors stage is not under test here."""
    ents = []
    for n, (name, (code, sector)) in enumerate(names.items()):
        start = text.index(name)
        ents.append(Entity(id=f"E{n}", name=name, label="ORG", code=code, sector=sector,
                           mentions=[Mention(start, start + len(name), name)]))
    return Document(id="t", raw_text=text, text=text, language=lang, entities=ents)


def _sentence(form: str, row: dict[str, str], passive: bool, nominal: bool = False) -> str:
    after = next((w for w in row["after"].split("|") if w and not w.startswith("!")), "")
    if row["lang"] == "en":
        verb = "held " if "noun" in row["flags"] else ""
        return f"Police {verb}{form} {after} with Jones on Monday."
    if "evaluative" in row["flags"]:
        return f"Polisi menyebut Budi {form} pada hari itu."
    will = "akan " if "futonly" in row["flags"] else ""
    if nominal:
        return f"Polisi {will}menggelar {form} dengan Budi {after} pada hari itu."
    if passive:
        return f"Budi {will}{form} oleh Polisi {after} pada hari itu."
    if "objnext" in row["flags"]:  # the object directly after the verb
        return f"Polisi {will}{form} Budi {after} pada hari itu."
    return f"Polisi {will}{form} dengan Budi {after} pada hari itu."


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['line']}:{r['root']}" for r in ROWS])
def test_row_forms_trigger_an_event(row: dict[str, str], extractor: EventExtractor) -> None:
    entries = expand_row(row)
    assert entries, "row generates no surface form"
    for entry in entries:
        form = " ".join(entry.surface)
        text = _sentence(form, row, entry.voice == "passive", entry.voice == "nominal")
        names = {"Polisi": ("IDN", "COP"), "Budi": ("IDN", "CVL")} if row["lang"] == "id" else \
            {"Police": ("GBR", "COP"), "Jones": ("GBR", "CVL")}
        doc = extractor(_doc(text, row["lang"], names))
        found = [e for e in doc.events if e.trigger and e.trigger.text.lower().startswith(form)]
        assert found, f"{form!r} not matched in {text!r}"
        assert found[0].type == row["type"] or found[0].explain.get("retype") or (
            "futonly" in row["flags"] and found[0].type == "AGREE"), (form, found[0].type)
        assert found[0].explain["rule"]["lexicon_line"] == int(row["line"]) or found[0].type == row["type"]


def test_lexicon_types_are_plover() -> None:
    lex = load_lexicon("id")
    assert len(lex.triggers) > 300
    types = {e.type for es in lex.triggers.values() for e in es}
    assert len(types) == 16


@pytest.mark.parametrize("root,template,expected", [
    ("tangkap", "meN", "menangkap"), ("tangkap", "di", "ditangkap"), ("tangkap", "peN-an", "penangkapan"),
    ("tangkap", "ter", "tertangkap"), ("tolak", "meN", "menolak"), ("serang", "meN", "menyerang"),
    ("pukul", "meN", "memukul"), ("kecam", "meN", "mengecam"), ("bom", "meN", "mengebom"),
    ("kritik", "meN", "mengkritik"), ("tanda tangan", "meN-i", "menandatangani"),
    ("tanda tangan", "di-i", "ditandatangani"), ("tanda tangan", "peN-an", "penandatanganan"),
    ("sah", "meN-kan", "mengesahkan"), ("kerja sama", "ber", "bekerja sama"), ("runding", "ber", "berunding"),
    ("unjuk rasa", "ber", "berunjuk rasa"), ("vonis", "meN", "memvonis"), ("ambil", "meN", "mengambil"),
    ("geledah", "peN-an", "penggeledahan"), ("selidik", "meN-i", "menyelidiki"), ("klaim", "meN", "mengklaim"), ("klaim", "meN", "mengeklaim"),
    ("bom", "meN", "membom"), ("arrest", "en", "arrested"),
    ("kuat", "meN-kan", "menguatkan"), ("maaf", "meN-kan", "memaafkan"),  # ku-at, ma-af: two syllables
])
def test_morphology(root: str, template: str, expected: str) -> None:
    assert expected in surface_forms(root, template)


def test_nasal_keeps_clusters() -> None:
    assert nasal("protes") == "memprotes"
    assert nasal("transfer") == "mentransfer"
    assert nasal("syukur") == "mensyukur"


#: Modes of PLOVER 2.0 per type (PLOVER manual tables), as the lexicon may use them.
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"}, "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"non-force", "blockade", "occupy", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
    "CONCEDE": {"convict"},  # acquittal rows reuse the court mode name
}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['line']}:{r['root']}" for r in ROWS])
def test_row_mode_and_flags_are_valid(row: dict[str, str]) -> None:
    if row["mode"]:
        assert row["mode"] in MODES.get(row["type"], set()), row
    known = {"recip", "need2", "noun", "passive", "visit", "needrec", "agentgen", "futonly", "evaluative", "order", "claim",
             "near", "objnext", "agentdari", "verbnext", "toauth"}
    for f in filter(None, row["flags"].split(",")):
        assert f in known or f.startswith("jud="), f


def _verb_rows() -> list[list[str]]:
    from importlib import resources
    text = resources.files("warta.resources").joinpath("events", "verbs_en.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return rows[1:]


@pytest.mark.parametrize("row", _verb_rows(), ids=lambda r: r[0])
def test_english_verb_row(row: list[str]) -> None:
    """Each irregular/doubling verb row: four lower-case forms, the participle makes
    "were <participle> by" a passive, and its forms are generated for an ``en`` trigger."""
    from warta.events.morph import english_participles
    assert len(row) == 4 and all(x.strip() and x == x.strip().lower() for x in row), row
    base, past, part, ing = row
    assert ing.endswith("ing")
    assert part in english_participles()
    forms = surface_forms(base, "en")
    assert {base, past, part, ing} <= set(forms), forms
    assert base + "ed" not in forms or base + "ed" == past  # no made-up "withdrawed"
