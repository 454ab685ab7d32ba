"""Event direction: who acts on whom (ANNOTATION.md, "actor / recipient").

Each case is an invented sentence with real countries and invented people; the check is
that the doer is on the actor side and the one acted upon on the recipient side.
"""
from __future__ import annotations

import pytest

from warta.events import EventExtractor
from entity_fixtures import doc_with_entities
from warta.model import Document

#: name -> (code, sector, label); invented people and bodies, real countries.
KNOWN: dict[str, tuple[str, str | None, str]] = {
    "Fiji": ("FJI", None, "GPE"), "Vanuatu": ("VUT", None, "GPE"), "Tonga": ("TON", None, "GPE"),
    "Samoa": ("WSM", None, "GPE"), "Bank Dunia": ("IGO:WB", None, "ORG"),
    "Pemerintah Samoa": ("WSM", "GOV", "ORG"), "pemerintah Tonga": ("TON", "GOV", "ORG"),
    "Joni Ratu": ("FJI", "GOV", "PER"), "Lani Kalsakau": ("VUT", "GOV", "PER"),
    "Presiden Fiji": ("FJI", "GOV", "PER"), "Perdana Menteri Vanuatu": ("VUT", "GOV", "PER"),
    "Tevita Moala": ("TON", "CVL", "PER"), "polisi Fiji": ("FJI", "COP", "ORG"),
}


@pytest.fixture(scope="module")
def ex() -> EventExtractor:
    return EventExtractor()


def make(text: str) -> Document:
    """A document with an entity for every known name in ``text`` (longest names first)."""
    return doc_with_entities(text, KNOWN)


def codes(refs) -> list[str]:
    return sorted({r.code for r in refs})


CASES = [
    # (case, sentence, type, actor codes, recipient codes)
    ("letter of condolence sent to someone",
     "Presiden Tonga, Tevita Moala, mengirimkan surat tanda belasungkawa kepada Perdana Menteri Vanuatu.",
     "SUPPORT", ["TON"], ["VUT"]),
    ("subject after a clause-opening 'dengan'",
     "Pemerintah Samoa meluncurkan program air bersih, dengan Bank Dunia baru-baru ini menyetujui pinjaman "
     "untuk membantu negara itu.", "AID", ["IGO:WB"], ["WSM"]),
    ("warning whose content names its target after 'terhadap'",
     "Fiji memperingatkan, pihaknya siap menggunakan kekuatan militer terhadap Vanuatu bila perlu.",
     "THREATEN", ["FJI"], ["VUT"]),
    ("a commitment told to someone",
     "Joni Ratu mengatakan kepada Lani Kalsakau bahwa negaranya berkomitmen pada penyelesaian sengketa "
     "melalui dialog.", "AGREE", ["FJI"], ["VUT"]),
    ("head of a passive relative clause is acted upon",
     "Wartawan itu mendatangi kapal Tonga yang ditahan oleh polisi Fiji di pelabuhan.",
     "COERCE", ["FJI"], ["TON"]),
    ("aid handed over by the subject of 'menyerahkan'",
     "Pemerintah Samoa menyerahkan bantuan kemanusiaan kepada Tonga.", "AID", ["WSM"], ["TON"]),
    ("a ban imposed by the subject of 'memberlakukan'",
     "Fiji memberlakukan larangan impor terhadap Vanuatu sejak Mei.", "COERCE", ["FJI"], ["VUT"]),
    ("a sanction imposed by the subject of 'menerapkan'",
     "Fiji menerapkan sanksi ekonomi terhadap Vanuatu.", "SANCTION", ["FJI"], ["VUT"]),
    ("the target of an attack: 'menjadi sasaran serangan X'",
     "Vanuatu menjadi sasaran serangan Fiji pekan lalu.", "ASSAULT", ["FJI"], ["VUT"]),
    ("the victim names the doer after the noun",
     "Tonga menjadi korban serangan siber Fiji.", "COERCE", ["FJI"], ["TON"]),
    ("aid 'untuk' a named country",
     "Fiji memberikan bantuan senilai 5 juta dolar untuk Vanuatu.", "AID", ["FJI"], ["VUT"]),
    ("a passive light verb names the doer: 'sanksi dijatuhkan X'",
     "Sanksi itu dijatuhkan Fiji terhadap Vanuatu.", "SANCTION", ["FJI"], ["VUT"]),
    ("an attack carried into a country's territory",
     "Fiji melancarkan serangan ke wilayah Vanuatu.", "ASSAULT", ["FJI"], ["VUT"]),
    ("a protest lodged with 'melayangkan'", "Fiji melayangkan protes kepada Vanuatu.", "PROTEST", ["FJI"], ["VUT"]),
    ("thanks expressed with 'mengucapkan'", "Fiji mengucapkan terima kasih kepada Tonga atas bantuannya.",
     "SUPPORT", ["FJI"], ["TON"]),
    ("a promise is made to the one the promised act is about", "Fiji berjanji akan membantu Vanuatu.",
     "AGREE", ["FJI"], ["VUT"]),
    ("a promise 'untuk' act on someone", "Samoa berjanji untuk membantu Tonga membangun pelabuhan.",
     "AGREE", ["WSM"], ["TON"]),
    ("passive agent whose people did it: 'oleh kapal perang X'",
     "Kapal nelayan Tonga diserang oleh kapal perang Fiji.", "ASSAULT", ["FJI"], ["TON"]),
    ("target of a noun act whose property was hit: 'terhadap kapal X'",
     "Serangan terhadap kapal Tonga dilakukan oleh Fiji.", "ASSAULT", ["FJI"], ["TON"]),
    ("the doer of a result noun after 'dari'", "Bantuan dari Fiji untuk Tonga tiba pada Senin.",
     "AID", ["FJI"], ["TON"]),
    ("'negara tersebut' as the object of a sanction",
     "Vanuatu menguji rudal lagi. Fiji lalu menjatuhkan sanksi terhadap negara tersebut.",
     "SANCTION", ["FJI"], ["VUT"]),
]


@pytest.mark.parametrize("case, text, etype, actor, recipient", CASES, ids=[c[0] for c in CASES])
def test_direction(ex: EventExtractor, case: str, text: str, etype: str, actor: list[str],
                   recipient: list[str]) -> None:
    doc = ex(make(text))
    evs = [e for e in doc.events if e.type == etype]
    assert evs, f"no {etype} in {[(e.type, e.explain.get('trigger')) for e in doc.events]}"
    ev = evs[0]
    assert (codes(ev.actor), codes(ev.recipient)) == (actor, recipient), ev.explain


def test_denying_the_claim_answers_the_one_who_voiced_it(ex: EventExtractor) -> None:
    doc = ex(make("Dalam sidang itu, Vanuatu mengatakan kapal Fiji berulang kali memasuki perairannya. "
                  "Pemerintah Samoa menampik tudingan tersebut."))
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert rej and codes(rej[0].actor) == ["WSM"] and codes(rej[0].recipient) == ["VUT"], \
        [(e.type, codes(e.actor), codes(e.recipient)) for e in doc.events]


def test_denying_with_no_one_speaking_before_names_no_one(ex: EventExtractor) -> None:
    doc = ex(make("Kapal itu berulang kali memasuki perairan Vanuatu. Pemerintah Samoa menampik tudingan tersebut."))
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert all(not e.recipient for e in rej), [(codes(e.actor), codes(e.recipient)) for e in rej]


@pytest.mark.parametrize("text", [
    "Fiji melancarkan serangan ke wilayah Fiji bagian utara.",  # no other country named
    "Joni Ratu menyerahkan laporan itu kepada wartawan.",  # handing over a report is no act
    # the promised act has no named object: a name far into its clause is no party to the promise
    "Samoa berjanji untuk melakukan pembinaan dan pengawasan dana desa serta pemberdayaan warga Tonga.",
])
def test_no_recipient_invented(ex: EventExtractor, text: str) -> None:
    doc = ex(make(text))
    assert all(not e.recipient or set(codes(e.recipient)) - set(codes(e.actor)) == set()
               for e in doc.events), [(e.type, codes(e.actor), codes(e.recipient)) for e in doc.events]


def test_an_object_pointing_back_skips_the_doer(ex: EventExtractor) -> None:
    doc = ex(make("Fiji menguji rudal lagi. Fiji lalu menjatuhkan sanksi terhadap negara tersebut."))
    sanc = [e for e in doc.events if e.type == "SANCTION"]
    assert all("FJI" not in codes(e.recipient) for e in sanc), [(codes(e.actor), codes(e.recipient)) for e in sanc]


def test_english_noun_after_a_determiner_is_not_the_subjects_act() -> None:
    ex = EventExtractor()
    doc = make("Fiji condemned the attack on Tonga.")
    doc.language = "en"
    doc = ex(doc)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all("FJI" not in codes(e.actor) for e in attacks), \
        [(e.type, codes(e.actor), codes(e.recipient)) for e in doc.events]
    assert any(e.type == "ACCUSE" and codes(e.actor) == ["FJI"] and codes(e.recipient) == ["TON"] for e in doc.events)


def test_dari_after_a_withdrawal_is_a_place_not_the_doer(ex: EventExtractor) -> None:
    doc = ex(make("Penarikan pasukan dari Tonga rampung pekan lalu."))
    assert all("TON" not in codes(e.actor) for e in doc.events), \
        [(e.type, codes(e.actor), codes(e.recipient)) for e in doc.events]


def test_oleh_phrase_stops_at_a_place(ex: EventExtractor) -> None:
    doc = ex(make("Tevita Moala ditangkap oleh orang tak dikenal di Fiji."))
    assert all("FJI" not in codes(e.actor) or "implicit" in str(e.explain.get("actor")) for e in doc.events), \
        [(e.type, codes(e.actor), e.explain.get("actor")) for e in doc.events]


def test_nationals_held_in_the_country_the_story_is_set_in(ex: EventExtractor) -> None:
    doc = make("Dua warga Tonga di Fiji terbebas dari hukuman mati. Tevita Moala ditahan sejak Maret 2012 "
               "karena tuduhan pencurian.")
    doc = ex(doc)
    held = [e for e in doc.events if e.type == "COERCE"]
    assert held and codes(held[0].actor) == ["FJI"] and codes(held[0].recipient) == ["TON"], \
        [(e.type, codes(e.actor), codes(e.recipient), e.explain.get("actor")) for e in doc.events]


def test_a_story_at_home_keeps_the_home_state_as_the_implicit_agent(ex: EventExtractor) -> None:
    doc = ex(make("Dua warga Tonga terbebas dari hukuman mati. Tevita Moala ditahan sejak Maret 2012 "
                  "karena tuduhan pencurian di Fiji."))
    held = [e for e in doc.events if e.type == "COERCE"]
    assert held and codes(held[0].actor) == ["FJI"], [(codes(e.actor), e.explain.get("actor")) for e in held]
    doc = ex(make("Dua warga Tonga terbebas dari hukuman mati. Tevita Moala ditahan sejak Maret 2012."))
    held = [e for e in doc.events if e.type == "COERCE"]
    assert held and codes(held[0].actor) == ["TON"], [(codes(e.actor), e.explain.get("actor")) for e in held]
