"""International-news patterns through the full pipeline: attacks abroad, build-ups,
offers of help, nominal opposition, seizure of territory. Sentences written by us."""
from __future__ import annotations

import pytest

from warta.model import Document
from warta.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = pipe(Document(id="t", raw_text=text, meta_published="2017-11-09"))
    return [(e.type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Seorang pria asal Uzbekistan menerobos masuk ke kelab malam di Istanbul dan melepaskan tembakan "
     "secara membabi buta.", "ASSAULT", "UZB", "TUR"),
    ("Seorang pria asal Uzbekistan menabrakkan truknya ke kerumunan di Paris.", "ASSAULT", "UZB", "FRA"),
    ("Seorang pria asal Uzbekistan menaruh bahan peledak di kereta di Istanbul.", "ASSAULT", "UZB", "TUR"),
    ("China terus membangun instalasi militer dan pulau buatan di perairan sengketa.", "MOBILIZE", "CHN", None),
    ("AS melakukan serangkaian operasi patroli laut di Laut China Selatan.", "MOBILIZE", "USA", None),
    ("Presiden Rusia Vladimir Putin menyatakan kesiapan negaranya untuk membantu penyelidikan.",
     "AGREE", "RUS", None),
    ("Kunjungan Presiden Taiwan itu diiringi gelombang penolakan dari Cina.", "ACCUSE", "CHN", "TWN"),
    ("Filipina menganggap klaim China tak sesuai dengan hukum internasional.", "ACCUSE", "PHL", "CHN"),
    ("Pasukan Suriah mengambil alih markas pemberontak di Deir Ezzor.", "ASSAULT", "SYR", None),
    ("Kota itu dikuasai oleh pasukan rezim Suriah.", "ASSAULT", "SYR", None),
])
def test_international_pattern(pipe: Pipeline, text: str, etype: str, actor: str, recipient: str | None) -> None:
    evs = _events(pipe, text)
    hits = [e for e in evs if e[0] == etype and actor in e[1]]
    assert hits, evs
    if recipient is not None:
        assert any(recipient in e[2] for e in hits), evs
    elif etype in ("MOBILIZE", "AGREE"):  # a build-up or offer names no place as its target
        assert all(not e[2] for e in hits), evs


def test_offer_of_help_is_not_aid(pipe: Pipeline) -> None:
    evs = _events(pipe, "Presiden Rusia Vladimir Putin menyatakan kesiapan negaranya untuk membantu penyelidikan.")
    assert not any(e[0] == "AID" for e in evs), evs


def test_wave_of_opposition_is_not_the_visitors_refusal(pipe: Pipeline) -> None:
    evs = _events(pipe, "Kunjungan Presiden Taiwan itu diiringi gelombang penolakan dari Cina.")
    assert not any(e[0] == "REJECT" for e in evs), evs


def test_disaster_deaths_are_no_attack(pipe: Pipeline) -> None:
    evs = _events(pipe, "Gempa menewaskan lima orang di Aceh.")
    assert not any(e[0] == "ASSAULT" for e in evs), evs
