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
