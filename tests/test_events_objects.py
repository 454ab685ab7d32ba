"""Objects of triggers written out at length, read through the whole pipeline (KB and role
patterns, no NER model): a long role + company + name object does not push the word a trigger
needs out of reach, and a company that only names the office of the person after it is not a
participant of its own."""
from __future__ import annotations

import pytest

from entity_fixtures import events_of


@pytest.mark.parametrize("text", [
    "KPK menetapkan Direktur Utama PT Jasa Marga (Persero) Budi Santoso sebagai tersangka.",
    "Kejagung menetapkan eks Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim sebagai tersangka.",
])
def test_a_long_object_does_not_hide_the_status_word(pipeline_kb_only, text):
    evs = events_of(pipeline_kb_only, text, "ACCUSE")
    assert evs and evs[0].actor and evs[0].actor[0].code == "IDN"
    assert [p.sector for p in evs[0].recipient] == ["CRM"]


def test_the_company_of_an_office_is_not_a_second_target(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Polisi menangkap Direktur Utama PT Maju Jaya Andi Wijaya di Medan.", "COERCE")
    assert evs and [p.name for p in evs[0].recipient] == ["Andi Wijaya"]


def test_the_company_of_an_office_is_not_a_second_speaker(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Direktur Utama PT Maju Jaya Andi Wijaya menolak tuduhan itu.", "REJECT")
    assert evs and [p.name for p in evs[0].actor] == ["Andi Wijaya"]


def test_two_bodies_joined_by_a_conjunction_stay_two(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Polisi memeriksa PT Maju Jaya dan PT Sinar Abadi terkait kebakaran hutan.", "ACCUSE")
    assert evs and len(evs[0].recipient) == 2


def test_the_status_given_is_not_who_gave_it(pipeline_kb_only):
    """'Sopir itu ditetapkan tersangka': 'tersangka' is the status, the driver the one accused."""
    evs = events_of(pipeline_kb_only, "Sopir itu sudah ditetapkan tersangka.", "ACCUSE")
    assert evs and not any(p.name == "tersangka" for p in evs[0].actor)
    assert [p.sector for p in evs[0].recipient] == ["CVL"]


def test_a_suspect_after_a_verb_of_violence_is_still_its_doer(pipeline_kb_only):
    evs = events_of(pipeline_kb_only, "Korban dianiaya tersangka hingga tewas.", "ASSAULT")
    assert evs and [p.sector for p in evs[0].actor] == ["CRM"]


@pytest.mark.parametrize("text, etype", [
    ("Gubernur Djarot Saiful Hidayat menghadapi penolakan dari sejumlah warga di Jakarta Barat.", "REJECT"),
    ("Presiden Joko Widodo menuai kritik dari ratusan mahasiswa.", "ACCUSE"),
])
def test_a_counted_group_after_dari_is_the_doer(pipeline_kb_only, text, etype):
    evs = events_of(pipeline_kb_only, text, etype)
    assert evs and [p.sector for p in evs[0].actor] == ["CVL"]


@pytest.mark.parametrize("text", [
    "Sebanyak 500 paket sembako dibagikan Kemensos kepada warga.",
    "Paket sembako yang dibagikan langsung oleh Kapolres Ponorogo diterima warga.",
])
def test_a_passive_near_trigger_finds_its_object_before_it(pipeline_kb_only, text):
    """'bagikan' needs its aid word near; in the passive the aid comes before the verb."""
    evs = events_of(pipeline_kb_only, text, "AID")
    assert evs and evs[0].actor


def test_the_beneficiary_of_a_passive_gift_named_with_its_place(pipeline_kb_only):
    """'kepada warga Ponorogo': the actors stage names the group by its place (role 'warga')."""
    evs = events_of(pipeline_kb_only, "Sebanyak 500 paket sembako dibagikan Kemensos kepada warga Ponorogo.", "AID")
    assert evs and [p.sector for p in evs[0].recipient] == ["CVL"]
