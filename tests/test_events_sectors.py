"""Participants' PLOVER sectors chosen by the events stage (ANNOTATION.md, "Actors and codes"),
and the dates of undated events (ANNOTATION.md, "Events": date).

An entity the actors stage leaves without a sector (a country name, a person with no
office) still takes part in an event as one arm of its state or society: a country that
attacks does so through its military, a country addressed by a demand is its government,
the person arrested is a suspect. The sentences are invented; entities are built by hand
so that these rules are tested apart from the actors stage.
"""
from __future__ import annotations

import re

import pytest

from entity_fixtures import full_codes
from warta.events import EventExtractor
from warta.model import Document, Entity, Mention, Published

#: name -> (code, sector, label)
KNOWN: dict[str, tuple[str, str | None, str]] = {
    "Negeri Atas": ("ATA", None, "GPE"), "Negeri Bawah": ("BWH", None, "GPE"),
    "Vanuatu": ("VUT", None, "GPE"), "Fiji": ("FJI", None, "GPE"), "Indonesia": ("IDN", None, "GPE"),
    "Samsul": ("IDN", None, "PER"), "Menteri Tono": ("VUT", "GOV", "PER"),
    "KPK": ("IDN", "JUD", "ORG"), "Polres Kota": ("IDN", "COP", "ORG"),
}


@pytest.fixture(scope="module")
def ex() -> EventExtractor:
    return EventExtractor()


def make(text: str, known: dict[str, tuple[str, str | None, str]] | None = None) -> Document:
    """A document with an entity for every known name found in ``text``."""
    known = known or KNOWN
    ents: list[Entity] = []
    for n, name in enumerate(sorted(known, key=len, reverse=True)):
        code, sector, label = known[name]
        ms = [Mention(m.start(), m.end(), name) for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
        if ms:
            ents.append(Entity(id=f"E{n}", name=name, label=label, code=code, sector=sector, mentions=ms))
    return Document(id="t", raw_text=text, text=text, language="id", entities=ents,
                    published=Published("2024-06-21"))


full = full_codes


def one(doc: Document, etype: str):
    evs = [e for e in doc.events if e.type == etype]
    assert evs, f"no {etype} in {[e.type for e in doc.events]}"
    return evs[0]


@pytest.mark.parametrize("text, etype, actor, recipient", [
    # an attacking state acts through its military; the attacked country is hit in its people
    ("Negeri Atas menyerang Negeri Bawah pada Senin.", "ASSAULT", ["ATA.MIL"], ["BWH.CVL"]),
    # a state demanding something of another: both through their governments
    ("Vanuatu mendesak Fiji menghentikan uji coba itu.", "REQUEST", ["VUT.GOV"], ["FJI.GOV"]),
    ("Fiji mengecam Vanuatu atas keputusan itu.", "ACCUSE", ["FJI.GOV"], ["VUT.GOV"]),
    # a build-up of forces is military
    ("Negeri Atas mengerahkan pasukan ke perbatasan.", "MOBILIZE", ["ATA.MIL"], []),
    # a known office is kept: only missing sectors are filled
    ("Menteri Tono mengecam Fiji atas keputusan itu.", "ACCUSE", ["VUT.GOV"], ["FJI.GOV"]),
])
def test_country_participants_take_the_sector_of_their_part(ex: EventExtractor, text: str, etype: str,
                                                             actor: list[str], recipient: list[str]) -> None:
    ev = one(ex(make(text)), etype)
    assert full(ev.actor) == actor
    assert full(ev.recipient) == recipient


def test_joint_act_partners_are_all_doers(ex: EventExtractor) -> None:
    """"Perang antara X dan Y": both fight, so both take the doer's sector."""
    ev = one(ex(make("Pecah perang antara Negeri Atas dan Negeri Bawah pada 1990.")), "ASSAULT")
    assert full(ev.actor + ev.recipient) in (["ATA.MIL", "BWH.MIL"], ["ATA", "BWH"])
    assert not any(r.sector == "CVL" for r in ev.actor)


@pytest.mark.parametrize("text, etype, sector", [
    ("KPK menangkap Samsul di rumahnya.", "COERCE", "CRM"),
    ("KPK memeriksa Samsul sebagai tersangka.", "ACCUSE", "CRM"),
    ("Hakim memvonis Samsul empat tahun penjara.", "SANCTION", "CRM"),
    ("Vanuatu memberikan bantuan kepada Samsul.", "AID", "CVL"),
])
def test_person_without_office_takes_the_sector_the_act_implies(ex: EventExtractor, text: str, etype: str,
                                                                sector: str) -> None:
    ev = one(ex(make(text)), etype)
    person = [r for r in ev.recipient if r.name == "Samsul"]
    assert person and person[0].sector == sector


def test_person_doer_without_office_gets_no_guessed_sector(ex: EventExtractor) -> None:
    ev = one(ex(make("Samsul mengecam Fiji atas keputusan itu.")), "ACCUSE")
    assert [r.sector for r in ev.actor if r.name == "Samsul"] == [None]


@pytest.mark.parametrize("body, sector", [
    ("KPK menyebut kasus itu merugikan negara. KPK juga memanggil saksi lain.", "JUD"),
    ("Polres Kota menyebut kasus itu merugikan warga. Polres Kota juga memanggil saksi lain.", "COP"),
])
def test_agentless_arrest_is_done_by_the_law_body_the_story_is_about(ex: EventExtractor, body: str,
                                                                    sector: str) -> None:
    doc = ex(make(body + " Seorang pria ditangkap di Jakarta pada Senin."))
    ev = one(doc, "COERCE")
    implicit = [r for r in ev.actor if r.entity is None]
    assert implicit and implicit[0].code == "IDN" and implicit[0].sector == sector


@pytest.mark.parametrize("text, etype, side, sector", [
    # a person named by nationality is not the state: an attacker is a criminal
    ("Seorang pria asal Negeri Atas menembak warga di sebuah pasar di Vanuatu.", "ASSAULT", "actor", "CRM"),
    ("Seorang warga Negeri Atas ditangkap polisi Fiji di bandara.", "COERCE", "recipient", "CRM"),
    # the state itself keeps the state's arm
    ("Negeri Atas menembak jatuh pesawat Negeri Bawah.", "ASSAULT", "actor", "MIL"),
])
def test_person_named_by_nationality_is_not_the_state(ex: EventExtractor, text: str, etype: str, side: str,
                                                      sector: str) -> None:
    known = dict(KNOWN, **{"polisi Fiji": ("FJI", "COP", "ORG")})
    ev = one(ex(make(text, known)), etype)
    refs = [r for r in getattr(ev, side) if r.code == "ATA"]
    assert refs and refs[0].sector == sector


def test_attack_abroad_hits_the_people_of_the_place(ex: EventExtractor) -> None:
    known = dict(KNOWN, **{"Suva": ("FJI", None, "GPE")})
    doc = ex(make("Seorang pria asal Negeri Atas melepaskan tembakan di sebuah kafe di Suva pada Senin.", known))
    ev = one(doc, "ASSAULT")
    assert [(r.code, r.sector) for r in ev.recipient] == [("FJI", "CVL")]


def test_year_of_a_cited_law_is_not_the_date_of_the_act(ex: EventExtractor) -> None:
    """"dijerat Pasal 2 UU Nomor 31 Tahun 1999": 1999 is the law's year; the charge is today's news."""
    from warta.model import Timex
    text = "KPK menjerat Samsul dengan Pasal 2 Undang-Undang Nomor 31 Tahun 1999 pada Senin."
    doc = make(text)
    i = text.index("Tahun 1999")
    doc.temporal = [Timex(i, i + len("Tahun 1999"), "Tahun 1999", "1999", "date")]
    ev = one(ex(doc), "ACCUSE")
    assert ev.date != "1999" and (ev.date or "").startswith("2024")


def _timexes(text: str, pairs: list[tuple[str, str]]):
    from warta.model import Timex
    return [Timex(text.index(p), text.index(p) + len(p), p, v, "weekday_date") for p, v in pairs]


def test_paragraph_pointing_back_dates_the_statement_before_it(ex: EventExtractor) -> None:
    text = ("KPK menyebut kasus itu besar, Rabu (19/6/2024).\nSutopo Wirya mendesak KPK menuntaskan kasus itu."
            "\nHal itu disampaikan Sutopo Wirya dalam rapat di Jakarta, Senin (17/6).")
    doc = make(text)
    doc.temporal = _timexes(text, [("Rabu (19/6/2024)", "2024-06-19"), ("Senin (17/6)", "2024-06-17")])
    ev = one(ex(doc), "REQUEST")
    assert ev.date == "2024-06-17"


def test_background_section_is_dated_by_its_own_date(ex: EventExtractor) -> None:
    text = ("KPK menyebut kasus itu besar, Rabu (19/6/2024).\n"
            "Sebelumnya diberitakan, sidang perkara itu digelar di Jakarta, Senin (10/6).\n"
            "Hakim kemudian mendesak KPK menuntaskan kasus itu.")
    doc = make(text, dict(KNOWN, **{"Hakim": ("IDN", "JUD", "ORG")}))
    doc.temporal = _timexes(text, [("Rabu (19/6/2024)", "2024-06-19"), ("Senin (10/6)", "2024-06-10")])
    ev = one(ex(doc), "REQUEST")
    assert ev.date == "2024-06-10"
    # without the marker the undated event is today's news
    doc = make(text.replace("Sebelumnya diberitakan, s", "S"), dict(KNOWN, **{"Hakim": ("IDN", "JUD", "ORG")}))
    doc.temporal = _timexes(doc.text, [("Rabu (19/6/2024)", "2024-06-19"), ("Senin (10/6)", "2024-06-10")])
    assert one(ex(doc), "REQUEST").date != "2024-06-10"


@pytest.mark.parametrize("officer", ["petugas", "aparat", "aparat keamanan", "petugas keamanan"])
def test_unnamed_officers_who_arrest_are_security_forces(ex: EventExtractor, officer: str) -> None:
    """Cue rows 'officer': a generic official noun the actors stage codes GOV is COP when it arrests."""
    known = dict(KNOWN, **{officer: ("IDN", "GOV", "ORG")})
    ev = one(ex(make(f"Kemarin {officer} menangkap Samsul di rumahnya.", known)), "COERCE")
    assert [(a.code, a.sector) for a in ev.actor] == [("IDN", "COP")]
    ev = one(ex(make(f"Kemarin {officer} menyetujui permintaan Samsul.", known)), "AGREE")
    assert [(a.code, a.sector) for a in ev.actor] == [("IDN", "GOV")]


@pytest.mark.parametrize("officer", ["officers", "authorities"])
def test_unnamed_officers_who_arrest_are_security_forces_en(ex: EventExtractor, officer: str) -> None:
    text = f"Yesterday {officer} arrested Samsul at his home."
    ents = [Entity(id="o", name=officer, label="ORG", code="IDN", sector="GOV",
                   mentions=[Mention(text.index(officer), text.index(officer) + len(officer), officer)]),
            Entity(id="s", name="Samsul", label="PER", code="IDN", sector="CRM",
                   mentions=[Mention(text.index("Samsul"), text.index("Samsul") + 6, "Samsul")])]
    doc = Document(id="t", raw_text=text, text=text, language="en", entities=ents,
                   published=Published("2024-06-21"))
    ev = one(ex(doc), "COERCE")
    assert [(a.code, a.sector) for a in ev.actor] == [("IDN", "COP")]


def test_agentless_arrest_abroad_is_done_by_the_state_where_it_happened(ex: EventExtractor) -> None:
    doc = ex(make("Samsul, warga Indonesia, ditahan di Negeri Bawah pada Senin. KPK tidak terlibat."))
    ev = one(doc, "COERCE")
    implicit = [r for r in ev.actor if r.entity is None]
    assert implicit and (implicit[0].code, implicit[0].sector) == ("BWH", "COP")
    doc = ex(make("Samsul, warga Indonesia, ditahan di rumahnya pada Senin."))
    implicit = [r for r in one(doc, "COERCE").actor if r.entity is None]
    assert implicit and implicit[0].code == "IDN"


@pytest.mark.parametrize("before, sector", [
    ("Yesterday an ", "MIL"),  # "an Atas-backed militia": the state behind it
    ("Kemarin seorang pria asal ", "CRM"),  # a person of that country
    ("Kemarin warga ", "CRM"),
])
def test_country_after_an_article_is_still_the_state(before: str, sector: str) -> None:
    """Only person nouns before a country name make it a nationality ('_refs' of the events stage)."""
    from warta.events.extractor import _refs
    text = before + "Atas menyerang konvoi itu."
    m = Mention(len(before), len(before) + 4, "Atas")
    en = Entity(id="a", name="Atas", label="GPE", code="ATA", sector=None, mentions=[m])
    assert [r.sector for r in _refs([(m, en)], as_actor=True, etype="ASSAULT", text=text)] == [sector]
