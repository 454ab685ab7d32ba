"""Event dates through the whole pipeline, on invented reports (ANNOTATION.md "date").

Each case states the report's publication date and asks for the date the definition gives:
as precise as the text allows, resolved against publication, the publication date (or the
date of the report's statements) for what is reported as happening now, and background
history with its own year.
"""
from __future__ import annotations

import pytest

from warta.pipeline import process_text


def dates_of(text: str, published: str, etype: str) -> list[str | None]:
    doc = process_text(text, published=published)
    found = [e.date for e in doc.events if e.type == etype]
    assert found, [(e.type, e.evidence.text if e.evidence else None) for e in doc.events]
    return found


# ------------------------------------------------------- the date of the report's current news
def test_a_date_inside_one_clause_does_not_date_the_current_news():
    text = ("Pemerintah Filipina tengah menyelidiki laporan bahwa pelaku serangan yang menewaskan "
            "lima orang di Tokyo pada Senin (6/3) adalah warga mereka.\n\n"
            "Sementara itu, Presiden Filipina mengirimkan surat belasungkawa kepada Perdana Menteri Jepang.\n")
    assert dates_of(text, "2023-03-07", "SUPPORT") == ["2023-03-07"]
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2023-03-07"]


def test_a_date_that_closes_the_lead_sentence_dates_the_undated_reaction():
    text = ("Polisi Malaysia menangkap dua warga Thailand di Kuala Lumpur, Minggu (5/3) malam.\n\n"
            "Kementerian Luar Negeri Thailand mengecam Malaysia atas penangkapan itu.\n")
    assert dates_of(text, "2023-03-06", "COERCE") == ["2023-03-05"]
    assert dates_of(text, "2023-03-06", "ACCUSE") == ["2023-03-05"]


def test_a_statement_date_dates_the_undated_statements():
    text = ("Kementerian Luar Negeri Thailand mengecam Malaysia atas penangkapan itu.\n\n"
            "\"Kami akan membela warga kami,\" kata juru bicara itu kepada wartawan, Minggu (5/3).\n")
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2023-03-05"]
    # the same report with the statement's date far in the past: publication stands
    assert dates_of(text.replace("(5/3)", "(5/2)"), "2023-03-07", "ACCUSE") == ["2023-03-07"]


# ---------------------------------------------------------------- background and narrative
NARRATIVE = ("Sengketa itu bermula pada 24 Februari 2021 di Bangkok. Polisi Malaysia menangkap dua "
             "warga Thailand di perbatasan. {now}Thailand mengecam Malaysia atas penangkapan tersebut.\n")


def test_undated_acts_continue_the_date_of_their_paragraphs_narrative():
    text = NARRATIVE.format(now="")
    assert dates_of(text, "2023-03-07", "COERCE") == ["2021-02-24"]
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2021-02-24"]


def test_an_act_said_to_happen_now_does_not_continue_the_narrative():
    text = NARRATIVE.format(now="Saat ini ")
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2023-03-07"]
    assert dates_of(text, "2023-03-07", "COERCE") == ["2021-02-24"]


def test_the_narrative_stops_at_the_paragraph():
    text = NARRATIVE.format(now="").replace("perbatasan. ", "perbatasan.\n\n")
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2023-03-07"]


@pytest.mark.parametrize("then,expected", [("Kala itu ", "2019-03-12"), ("Saat itu, ", "2019-03-12"),
                                           ("Hari itu juga, ", "2019-03-12"), ("", "2023-03-07")])
def test_an_anaphoric_then_takes_the_date_it_points_back_to(then, expected):
    text = ("Pada 12 Maret 2019, polisi Malaysia menangkap dua warga Thailand di perbatasan.\n\n"
            f"{then}Thailand mengecam Malaysia atas penangkapan tersebut.\n")
    assert dates_of(text, "2023-03-07", "ACCUSE") == [expected]


def test_a_span_of_years_of_an_office_is_not_the_date_of_the_act():
    text = "Polisi Malaysia menangkap Rahman, pengusaha Thailand yang menjabat direktur periode 2006-2023.\n"
    assert dates_of(text, "2023-03-07", "COERCE") == ["2023-03-07"]


@pytest.mark.parametrize("marker,expected", [("Seperti diketahui, ", "2025-10-20"),
                                             ("Sebagaimana diketahui, ", "2025-10-20"),
                                             ("", "2025-10-25")])
def test_background_section_is_dated_by_the_statement_that_follows(marker, expected):
    text = (f"{marker}Thailand mengecam Malaysia atas penangkapan dua warganya.\n\n"
            "Kecaman itu disampaikan dalam rapat di Bangkok.\n\n"
            "\"Kami akan membela warga kami,\" ujar juru bicara itu, Senin (20/10).\n")
    assert dates_of(text, "2025-10-25", "ACCUSE") == [expected]


@pytest.mark.parametrize("conj", ["setelah", "usai", "saat"])
def test_a_clause_after_a_time_conjunction_shares_the_date_before_it(conj):
    text = f"Pemimpin kelompok itu tewas 16 Oktober lalu {conj} militer Filipina menyerang markas mereka.\n"
    assert dates_of(text, "2017-11-05", "ASSAULT") == ["2017-10-16"]
    apart = "Pemimpin kelompok itu tewas 16 Oktober lalu. Militer Filipina menyerang markas mereka.\n\nIa tewas.\n"
    assert dates_of(apart.replace(" lalu.", " lalu.\n\n"), "2017-11-05", "ASSAULT") == ["2017-11-05"]


def test_a_sentence_that_attributes_speech_is_not_part_of_the_narrative():
    text = NARRATIVE.format(now="Menurut juru bicaranya, ")
    assert dates_of(text, "2023-03-07", "ACCUSE") == ["2023-03-07"]
    assert dates_of(text, "2023-03-07", "COERCE") == ["2021-02-24"]


def test_a_span_that_runs_to_the_present_dates_no_act():
    """'selaku komisaris pada tahun 2007 sampai dengan sekarang' is a tenure, not the detention's date."""
    text = ("KPK menahan Budi Santoso selaku Komisaris Utama PT Sinar Abadi pada tahun 2007 sampai dengan "
            "sekarang, kata juru bicara KPK, Selasa (21/10/2025).\n")
    assert dates_of(text, "2025-10-21", "COERCE") == ["2025-10-21"]
