"""Trigger words in a sense that is no event, and negation reaching through 'sampai': read
through the whole pipeline (KB and role patterns, no NER model)."""
from __future__ import annotations

import pytest

from entity_fixtures import events_of


@pytest.mark.parametrize("text, etype", [
    ("Kepala BMKG Dwikorita Karnawati mengingatkan bahwa cuaca ekstrem masih akan terjadi.", "REQUEST"),
    ("Sopir truk itu mengancam keselamatan pengguna jalan lain.", "THREATEN"),
    ("Limbah pabrik mengancam kehidupan nelayan di pesisir Demak.", "THREATEN"),
    ("Stan Indonesia di pameran itu diserbu pengunjung sejak pagi.", "ASSAULT"),
    ("Dua tembakan tiga angka Mario Wuysang membawa Satria Muda unggul atas Pelita Jaya.", "ASSAULT"),
    ('"Nanti kita bisa bikin acara dengan kolaborasi bersama pegiat lingkungan," kata Kepala Dinas '
     'Lingkungan Hidup Jateng Sumarno.', "AGREE"),
])
def test_words_in_a_sense_that_is_no_event(pipeline_kb_only, text, etype):
    assert events_of(pipeline_kb_only, text, etype) == []


@pytest.mark.parametrize("text, etype", [
    ("Kepala BMKG Dwikorita Karnawati mengingatkan warga agar menjauhi pantai.", "REQUEST"),
    ("Kelompok bersenjata itu mengancam akan menyerang pos polisi di Intan Jaya.", "THREATEN"),
    ("Ratusan massa menyerbu kantor Polres Sorong, Papua Barat Daya.", "ASSAULT"),
    ("Tembakan tentara Israel menewaskan dua warga Palestina di Jenin.", "ASSAULT"),
    ("Pemprov DKI berkolaborasi dengan Universitas Indonesia menangani banjir.", "COOPERATE"),
])
def test_the_same_words_as_events(pipeline_kb_only, text, etype):
    assert events_of(pipeline_kb_only, text, etype)


def test_negation_reaches_through_sampai(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Ketua DPRD Bone tidak sampai menandatangani berita acara kesepakatan itu.", "SUPPORT")
    assert evs and all(e.negated for e in evs)


def test_jika_after_a_verb_of_finding_means_that(pipeline_kb_only):
    text = "Saat diamankan polisi, terungkap jika pengemudi itu bukanlah anggota polisi."
    evs = events_of(pipeline_kb_only, text, "COERCE")
    assert evs and not any(e.hypothetical for e in evs)


def test_jika_as_a_condition_still_makes_the_act_hypothetical(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Polisi akan menangkap pelaku jika bukti sudah cukup.", "COERCE")
    assert evs and all(e.hypothetical for e in evs)


MATCH = ("Manchester City menjamu Burnley di Stadion Etihad. Gol pertama dicetak Sterling pada babak pertama. "
         "Sepakan Raheem Sterling berhasil diselamatkan Nick Pope. Tendangan keras Ben Mee bisa ditepis Ederson. "
         "Wasit kemudian memberi penalti untuk City.")


@pytest.mark.parametrize("etype", ["AID", "REJECT"])
def test_saves_in_a_match_report_are_play(pipeline_kb_only, etype):
    assert events_of(pipeline_kb_only, MATCH, etype) == []


def test_police_acts_in_a_match_report_are_still_events(pipeline_kb_only):
    text = MATCH + " Di luar stadion, polisi menembakkan gas air mata ke arah suporter yang mengamuk."
    assert events_of(pipeline_kb_only, text, "ASSAULT")


def test_a_rescue_outside_a_match_report_is_aid(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Tim SAR gabungan menyelamatkan 12 nelayan yang terombang-ambing di Selat Sunda.", "AID")
    assert evs


def test_a_purpose_clause_far_after_berharap_is_no_appeal(pipeline_kb_only):
    text = ("Kepala Dinas Kesehatan Lombok Barat Erni Suryana berharap kuota peserta bisa terpenuhi sepenuhnya "
            "agar anggaran UHC tidak banyak terserap.")
    assert events_of(pipeline_kb_only, text, "REQUEST") == []


def test_berharap_agar_is_an_appeal(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Warga berharap agar pemerintah segera memperbaiki jalan itu.", "REQUEST")
    assert evs and [p.sector for p in evs[0].recipient] == ["GOV"]
