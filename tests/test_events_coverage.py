"""Triggers added for coverage of Indonesian news event vocabulary (lexicon section "session 4",
ranked by ``scripts/trigger_coverage.py`` over unlabelled news and typed from ANNOTATION.md and
the PLOVER manual).

Every row of that section is used in an invented sentence: the event type, the doer and the one
acted upon must come out right (ANNOTATION.md, "Events"), and the row that fired must be the new
one. Rows with an ``after`` constraint or a ``!`` exclusion are also checked where they must NOT
fire. The names are invented people and bodies, or real countries.
"""
from __future__ import annotations

from importlib import resources

import pytest

from entity_fixtures import doc_with_entities, full_codes
from warta.events import EventExtractor
from warta.events.lexicon import trigger_rows
from warta.model import Document

KNOWN: dict[str, tuple[str, str | None, str]] = {
    "Polres Bogor": ("IDN", "COP", "ORG"), "polisi": ("IDN", "COP", "ORG"), "Polri": ("IDN", "COP", "ORG"),
    "Budi Santoso": ("IDN", "CRM", "PER"), "Rina Lestari": ("IDN", "CVL", "PER"),
    "Sutopo Wirya": ("IDN", "GOV", "PER"), "Partai Maju": ("IDN", "PTY", "ORG"),
    "Partai Rakyat": ("IDN", "PTY", "ORG"), "Pengadilan Negeri Bogor": ("IDN", "JUD", "ORG"),
    "Kejaksaan Negeri Bogor": ("IDN", "JUD", "ORG"), "Kementerian Sosial": ("IDN", "GOV", "ORG"),
    "Dinas Sosial": ("IDN", "GOV", "ORG"), "Satpol PP": ("IDN", "COP", "ORG"), "TNI": ("IDN", "MIL", "ORG"),
    "kelompok bersenjata": ("IDN", "REB", "ORG"), "warga": ("IDN", "CVL", "ORG"),
    "mahasiswa": ("IDN", "CVL", "ORG"), "DPR": ("IDN", "LEG", "ORG"), "PT Sinar Abadi": ("IDN", "BUS", "ORG"),
    "LSM Udara Bersih": ("IDN", "CVL", "ORG"), "Tabloid Suara Rakyat": ("IDN", "MED", "ORG"),
    "Fiji": ("FJI", None, "GPE"), "Vanuatu": ("VUT", None, "GPE"), "Tonga": ("TON", None, "GPE"),
}

MARK = "# --- session 4"


def _new_rows() -> list[dict[str, str]]:
    text = resources.files("warta.resources").joinpath("events", "triggers_id.tsv").read_text(
        encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(text, 1) if line.startswith(MARK))
    return [r for r in trigger_rows("id") if int(r["line"]) > start]


NEW_ROWS = _new_rows()


@pytest.fixture(scope="module")
def ex() -> EventExtractor:
    return EventExtractor()


def make(text: str) -> Document:
    return doc_with_entities(text, KNOWN)


full = full_codes

CASES = [
    # (trigger, sentence, type, actor, recipient); recipient [] = a joint act or nobody acted upon
    # courts, police and discipline
    ("memberhentikan", "Sutopo Wirya memberhentikan Rina Lestari dari jabatannya sebagai kepala dinas.",
     "SANCTION", ["IDN.GOV"], ["IDN.CVL"]),
    ("diberhentikan", "Budi Santoso diberhentikan oleh Polres Bogor karena melanggar kode etik.",
     "SANCTION", ["IDN.COP"], ["IDN.CRM"]),
    ("mencopot", "Sutopo Wirya mencopot Rina Lestari dari jabatan kepala dinas.", "SANCTION", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("menonaktifkan", "Polri menonaktifkan Budi Santoso dari jabatannya selama pemeriksaan.", "SANCTION",
     ["IDN.COP"], ["IDN.CRM"]),
    ("mendepak", "Partai Maju mendepak Budi Santoso dari kepengurusan.", "SANCTION", ["IDN.PTY"], ["IDN.CRM"]),
    ("mengeluarkan ... dari keanggotaan", "Partai Rakyat mengeluarkan Budi Santoso dari keanggotaan partai.",
     "SANCTION", ["IDN.PTY"], ["IDN.CRM"]),
    ("menjatuhi", "Pengadilan Negeri Bogor menjatuhi Budi Santoso hukuman lima tahun penjara.", "SANCTION",
     ["IDN.JUD"], ["IDN.CRM"]),
    ("disanksi", "Budi Santoso disanksi oleh Partai Maju karena melanggar aturan partai.", "SANCTION",
     ["IDN.PTY"], ["IDN.CRM"]),
    ("didenda", "PT Sinar Abadi didenda oleh Pengadilan Negeri Bogor sebesar dua miliar rupiah.", "SANCTION",
     ["IDN.JUD"], ["IDN.BUS"]),
    ("menjebloskan", "Polres Bogor menjebloskan Budi Santoso ke sel tahanan.", "COERCE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("menjemput paksa", "Polres Bogor menjemput paksa Budi Santoso di rumahnya.", "COERCE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("dijemput paksa", "Budi Santoso dijemput paksa oleh Polres Bogor pada Senin malam.", "COERCE",
     ["IDN.COP"], ["IDN.CRM"]),
    ("penjemputan paksa", "Polres Bogor melakukan penjemputan paksa terhadap Budi Santoso.", "COERCE",
     ["IDN.COP"], ["IDN.CRM"]),
    ("penuntutan", "Kejaksaan Negeri Bogor melakukan penuntutan terhadap Budi Santoso.", "ACCUSE", ["IDN.JUD"],
     ["IDN.CRM"]),
    ("memolisikan", "Rina Lestari memolisikan Budi Santoso atas dugaan penipuan.", "ACCUSE", ["IDN.CVL"],
     ["IDN.CRM"]),
    ("mempolisikan", "Rina Lestari mempolisikan Budi Santoso atas dugaan penipuan.", "ACCUSE", ["IDN.CVL"],
     ["IDN.CRM"]),
    ("mempidanakan", "Partai Maju mempidanakan Budi Santoso karena menyebar fitnah.", "ACCUSE", ["IDN.PTY"],
     ["IDN.CRM"]),
    ("dipidanakan", "Budi Santoso dipidanakan oleh Partai Maju karena menyebar fitnah.", "ACCUSE", ["IDN.PTY"],
     ["IDN.CRM"]),
    ("mengadukan", "Rina Lestari mengadukan Budi Santoso ke DPR pada Senin.", "ACCUSE", ["IDN.CVL"],
     ["IDN.CRM"]),
    ("menyeret ... ke pengadilan", "Rina Lestari menyeret Budi Santoso ke pengadilan.", "ACCUSE", ["IDN.CVL"],
     ["IDN.CRM"]),
    ("menginvestigasi", "Polres Bogor menginvestigasi Budi Santoso atas kebakaran gudang itu.", "ACCUSE",
     ["IDN.COP"], ["IDN.CRM"]),
    ("menangguhkan penahanan", "Polres Bogor menangguhkan penahanan Budi Santoso.", "CONCEDE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("menindak", "Satpol PP menindak Budi Santoso karena berjualan di trotoar.", "COERCE", ["IDN.COP"],
     ["IDN.CRM"]),
    # violence against persons
    ("menampar", "Budi Santoso menampar Rina Lestari di depan rumahnya.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("mencekik", "Budi Santoso mencekik Rina Lestari hingga pingsan.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("melukai", "Budi Santoso melukai Rina Lestari dengan pisau dapur.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("meracuni", "Budi Santoso meracuni Rina Lestari dengan sianida.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("mencabuli", "Budi Santoso mencabuli Rina Lestari di sebuah rumah kosong.", "ASSAULT", ["IDN.CRM"],
     ["IDN.CVL"]),
    ("menyetubuhi", "Budi Santoso menyetubuhi Rina Lestari dengan ancaman.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("merudapaksa", "Budi Santoso merudapaksa Rina Lestari di kebun.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("menyekap", "Budi Santoso menyekap Rina Lestari selama tiga hari.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("merampok", "Budi Santoso merampok Rina Lestari di jalan yang sepi.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("membegal", "Budi Santoso membegal Rina Lestari di jalan yang sepi.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("menyiram ... air keras", "Budi Santoso menyiram Rina Lestari dengan air keras.", "ASSAULT", ["IDN.CRM"],
     ["IDN.CVL"]),
    ("terbunuh", "Rina Lestari terbunuh oleh Budi Santoso di rumahnya.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("merusak kantor", "Ratusan mahasiswa merusak kantor Partai Maju pada Senin malam.", "ASSAULT",
     ["IDN.CVL"], ["IDN.PTY"]),
    ("pengerusakan", "Budi Santoso melakukan pengerusakan terhadap kantor Partai Maju.", "ASSAULT",
     ["IDN.CRM"], ["IDN.PTY"]),
    ("pengrusakan", "Budi Santoso melakukan pengrusakan terhadap kantor Partai Maju.", "ASSAULT",
     ["IDN.CRM"], ["IDN.PTY"]),
    ("menghancurkan markas", "Fiji menghancurkan markas militer Vanuatu di perbatasan.", "ASSAULT",
     ["FJI.MIL"], ["VUT.CVL"]),
    # armed conflict
    ("menembaki", "Sebuah kelompok bersenjata menembaki pos TNI di perbatasan.", "ASSAULT", ["IDN.REB"],
     ["IDN.MIL"]),
    ("baku tembak", "TNI terlibat baku tembak dengan kelompok bersenjata di perbatasan.", "ASSAULT",
     ["IDN.MIL", "IDN.REB"], []),
    ("kontak tembak", "TNI terlibat kontak tembak dengan kelompok bersenjata di perbatasan.", "ASSAULT",
     ["IDN.MIL", "IDN.REB"], []),
    ("bertempur", "Fiji bertempur dengan Vanuatu di wilayah perbatasan.", "ASSAULT", ["FJI.MIL", "VUT.MIL"], []),
    ("merebut wilayah", "Fiji merebut wilayah Vanuatu di perbatasan.", "ASSAULT", ["FJI.MIL"], ["VUT.CVL"]),
    ("dihalau", "Ratusan mahasiswa dihalau polisi saat mendekati gedung DPR.", "COERCE", ["IDN.COP"],
     ["IDN.CVL"]),
    ("menjatuhkan bom", "Fiji menjatuhkan bom di wilayah Vanuatu.", "ASSAULT", ["FJI.MIL"], ["VUT.CVL"]),
    # restrictions and censorship
    ("memberangus", "Sutopo Wirya memberangus LSM Udara Bersih yang kritis.", "COERCE", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("membredel", "Sutopo Wirya membredel Tabloid Suara Rakyat.", "COERCE", ["IDN.GOV"], ["IDN.MED"]),
    ("membatasi akses", "Sutopo Wirya membatasi akses wartawan ke gedung itu.", "COERCE", ["IDN.GOV"], []),
    ("menutup perbatasan", "Fiji menutup perbatasan dengan Vanuatu.", "COERCE", ["FJI.GOV"], []),
    # dropping or suspending relations
    ("menangguhkan bantuan", "Fiji menangguhkan bantuan kepada Vanuatu.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("menghentikan kerja sama", "Fiji menghentikan kerja sama militer dengan Vanuatu.", "SANCTION",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("mencabut izin", "Kementerian Sosial mencabut izin PT Sinar Abadi.", "SANCTION", ["IDN.GOV"], ["IDN.BUS"]),
    ("menarik duta besar", "Fiji menarik duta besarnya dari Vanuatu.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("menarik diri dari", "Fiji menarik diri dari perjanjian perdagangan dengan Vanuatu.", "SANCTION",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("memanggil duta besar", "Fiji memanggil duta besar Vanuatu pada Senin.", "ACCUSE", ["FJI.GOV"],
     ["VUT.GOV"]),
    ("nota protes", "Fiji melayangkan nota protes kepada Vanuatu.", "ACCUSE", ["FJI.GOV"], ["VUT.GOV"]),
    ("surat protes", "Partai Maju mengirim surat protes kepada Kementerian Sosial.", "ACCUSE", ["IDN.PTY"],
     ["IDN.GOV"]),
    # verbal conflict
    ("menyayangkan", "Partai Maju menyayangkan keputusan Kementerian Sosial itu.", "ACCUSE", ["IDN.PTY"],
     ["IDN.GOV"]),
    ("mencela", "Sutopo Wirya mencela Partai Rakyat dalam pidatonya.", "ACCUSE", ["IDN.GOV"], ["IDN.PTY"]),
    ("mencemooh", "Budi Santoso mencemooh Sutopo Wirya di media sosial.", "ACCUSE", ["IDN.CRM"], ["IDN.GOV"]),
    ("menghina", "Budi Santoso menghina Sutopo Wirya di media sosial.", "ACCUSE", ["IDN.CRM"], ["IDN.GOV"]),
    ("menegur", "Sutopo Wirya menegur Satpol PP karena lamban.", "ACCUSE", ["IDN.GOV"], ["IDN.COP"]),
    ("menangkis", "Sutopo Wirya menangkis tudingan Partai Rakyat.", "REJECT", ["IDN.GOV"], ["IDN.PTY"]),
    ("membangkang", "Partai Rakyat membangkang terhadap Kementerian Sosial.", "REJECT", ["IDN.PTY"],
     ["IDN.GOV"]),
    ("menagih", "Rina Lestari menagih janji Sutopo Wirya soal jalan desa.", "REQUEST", ["IDN.CVL"], ["IDN.GOV"]),
    ("memeras", "Budi Santoso memeras Rina Lestari dengan ancaman menyebar foto.", "THREATEN", ["IDN.CRM"],
     ["IDN.CVL"]),
    # aid and cooperation
    ("menyalurkan sembako", "Kementerian Sosial menyalurkan sembako kepada Rina Lestari.", "AID", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("membagikan sembako", "Partai Maju membagikan sembako kepada Rina Lestari.", "AID", ["IDN.PTY"],
     ["IDN.CVL"]),
    ("menyerahkan santunan", "Kementerian Sosial menyerahkan santunan kepada Rina Lestari.", "AID", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("mendonasikan", "PT Sinar Abadi mendonasikan satu miliar rupiah kepada Dinas Sosial.", "AID", ["IDN.BUS"],
     ["IDN.GOV"]),
    ("menyumbang", "PT Sinar Abadi menyumbang lima ratus juta rupiah kepada Rina Lestari.", "AID", ["IDN.BUS"],
     ["IDN.CVL"]),
    ("menampung pengungsi", "Tonga menampung pengungsi Vanuatu.", "AID", ["TON.GOV"], ["VUT.CVL"]),
    ("mengekspor", "Fiji mengekspor gula ke Vanuatu.", "COOPERATE", ["FJI.GOV", "VUT.GOV"], []),
    ("mengimpor", "Vanuatu mengimpor beras dari Fiji.", "COOPERATE", ["FJI.GOV", "VUT.GOV"], []),
    ("berdamai", "Fiji berdamai dengan Vanuatu setelah sengketa panjang.", "AGREE", ["FJI.GOV", "VUT.GOV"], []),
    ("mendamaikan", "Tonga mendamaikan Fiji dan Vanuatu dalam sengketa itu.", "CONSULT",
     ["TON.GOV"], ["FJI.GOV", "VUT.GOV"]),
    ("menyanggupi", "Kementerian Sosial menyanggupi permintaan Rina Lestari.", "AGREE", ["IDN.GOV"], ["IDN.CVL"]),
    ("menganugerahi", "Sutopo Wirya menganugerahi Rina Lestari sebuah medali.", "SUPPORT", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("mencalonkan", "Partai Maju mencalonkan Sutopo Wirya sebagai gubernur.", "SUPPORT", ["IDN.PTY"],
     ["IDN.GOV"]),
    ("dicalonkan", "Sutopo Wirya dicalonkan Partai Rakyat dalam pemilihan itu.", "SUPPORT", ["IDN.PTY"],
     ["IDN.GOV"]),
    ("bertatap muka", "Sutopo Wirya bertatap muka dengan Rina Lestari di balai desa.", "CONSULT",
     ["IDN.CVL", "IDN.GOV"], []),
    ("bermusyawarah", "Dinas Sosial bermusyawarah dengan LSM Udara Bersih soal relokasi.", "CONSULT",
     ["IDN.CVL", "IDN.GOV"], []),
    # protest, resignations, disarmament
    ("kericuhan", "Ratusan mahasiswa membuat kericuhan di depan gedung DPR.", "PROTEST",
     ["IDN.CVL"], []),
    ("aksi damai", "Ratusan mahasiswa menggelar aksi damai di depan gedung DPR.", "PROTEST", ["IDN.CVL"], []),
    ("aksi solidaritas", "Ratusan mahasiswa menggelar aksi solidaritas di depan gedung DPR.", "PROTEST",
     ["IDN.CVL"], []),
    ("meletakkan jabatan", "Sutopo Wirya meletakkan jabatan sebagai menteri pada Senin.", "RETREAT",
     ["IDN.GOV"], []),
    ("meletakkan senjata", "Sebanyak 20 anggota kelompok bersenjata meletakkan senjata di hadapan TNI.",
     "RETREAT", ["IDN.REB"], []),
    ("menyerahkan senjata", "Sebanyak 20 anggota kelompok bersenjata menyerahkan senjata kepada TNI.",
     "RETREAT", ["IDN.REB"], ["IDN.MIL"]),
    ("pertukaran tahanan", "Fiji dan Vanuatu melakukan pertukaran tahanan di perbatasan.", "RETREAT",
     ["FJI.GOV", "VUT.GOV"], []),
    ("pertukaran tawanan", "Fiji dan Vanuatu melakukan pertukaran tawanan di perbatasan.", "RETREAT",
     ["FJI.GOV", "VUT.GOV"], []),
    # second pass: diplomatic, judicial and violent acts
    ("memutus hubungan", "Fiji memutus hubungan diplomatik dengan Vanuatu.", "SANCTION", ["FJI.GOV"],
     ["VUT.GOV"]),
    ("pemutusan hubungan", "Pemutusan hubungan diplomatik Fiji dengan Vanuatu berdampak besar.", "SANCTION",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("persona non grata", "Fiji menyatakan duta besar Vanuatu sebagai persona non grata.", "SANCTION",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("menerima kunjungan", "Fiji menerima kunjungan Perdana Menteri Vanuatu pada Senin.", "CONSULT",
     ["VUT.GOV"], ["FJI.GOV"]),
    ("pemboman", "Kelompok itu mengaku melakukan pemboman terhadap pos TNI.", "ASSAULT", [], ["IDN.MIL"]),
    ("perkosaan", "Budi Santoso melakukan perkosaan terhadap Rina Lestari.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("menjadi terdakwa", "Budi Santoso menjadi terdakwa dalam kasus itu.", "ACCUSE", ["IDN"], ["IDN.CRM"]),
    ("menggagalkan penyelundupan", "Polres Bogor menggagalkan penyelundupan sabu milik Budi Santoso.", "COERCE",
     ["IDN.COP"], ["IDN.CRM"]),
    # session 6: nominal forms of core triggers
    ("permintaan", "Sidang ditunda atas permintaan dari Budi Santoso kepada Pengadilan Negeri Bogor.", "REQUEST",
     ["IDN.CRM"], ["IDN.JUD"]),
    ("ajakan", "Sutopo Wirya menyampaikan ajakan kepada warga untuk menjaga kebersihan.", "REQUEST",
     ["IDN.GOV"], ["IDN.CVL"]),
    ("dukungan", "Dukungan Partai Maju terhadap Sutopo Wirya terus mengalir.", "SUPPORT", ["IDN.PTY"], ["IDN.GOV"]),
    ("kesepakatan", "Partai Maju dan Partai Rakyat mencapai kesepakatan soal koalisi.", "AGREE",
     ["IDN.PTY", "IDN.PTY"], []),
    ("agresi", "Agresi kelompok bersenjata terhadap TNI terus berlanjut.", "ASSAULT", ["IDN.REB"], ["IDN.MIL"]),
    ("intimidasi", "Intimidasi terhadap Tabloid Suara Rakyat dilaporkan ke polisi.", "THREATEN", [], ["IDN.MED"]),
    # session 7: trade restrictions, halted prosecutions, mediation, manhunts
    ("membatasi ekspor", "Fiji membatasi ekspor kayu ke Vanuatu.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("mengenakan tarif", "Fiji mengenakan tarif impor sebesar 30 persen terhadap Vanuatu.", "SANCTION",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("memberlakukan tarif", "Tonga memberlakukan tarif baru terhadap Fiji.", "SANCTION", ["TON.GOV"], ["FJI.GOV"]),
    ("menerapkan tarif", "Vanuatu menerapkan tarif tambahan terhadap Tonga.", "SANCTION", ["VUT.GOV"], ["TON.GOV"]),
    ("menetapkan tarif", "Fiji menetapkan tarif 20 persen terhadap Vanuatu.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("menaikkan tarif", "Tonga menaikkan tarif impor terhadap Vanuatu.", "SANCTION", ["TON.GOV"], ["VUT.GOV"]),
    ("dikenakan tarif", "Vanuatu dikenakan tarif oleh Fiji sebesar 15 persen.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("dikenai tarif", "Tonga dikenai tarif oleh Fiji.", "SANCTION", ["FJI.GOV"], ["TON.GOV"]),
    ("bea masuk", "Bea masuk Fiji terhadap Vanuatu naik.", "SANCTION", ["FJI.GOV"], ["VUT.GOV"]),
    ("mengenakan bea masuk", "Fiji mengenakan bea masuk terhadap Tonga.", "SANCTION", ["FJI.GOV"], ["TON.GOV"]),
    ("menghentikan penuntutan", "Kejaksaan Negeri Bogor menghentikan penuntutan terhadap Budi Santoso.", "CONCEDE",
     ["IDN.JUD"], ["IDN.CRM"]),
    ("penghentian penuntutan", "Kejaksaan Negeri Bogor melakukan penghentian penuntutan terhadap Budi Santoso.",
     "CONCEDE", ["IDN.JUD"], ["IDN.CRM"]),
    ("menghentikan penyidikan", "Polres Bogor menghentikan penyidikan terhadap Budi Santoso.", "CONCEDE",
     ["IDN.COP"], ["IDN.CRM"]),
    ("penghentian penyidikan", "Polres Bogor melakukan penghentian penyidikan terhadap Budi Santoso.", "CONCEDE",
     ["IDN.COP"], ["IDN.CRM"]),
    ("dimediasi", "Rina Lestari dan Budi Santoso dimediasi oleh Polres Bogor.", "CONSULT", ["IDN.COP"],
     ["IDN.CRM", "IDN.CVL"]),
    ("mempertemukan", "Polres Bogor mempertemukan Rina Lestari dan Budi Santoso.", "CONSULT", ["IDN.COP"],
     ["IDN.CRM", "IDN.CVL"]),
    ("memburu", "Polres Bogor memburu tersangka Budi Santoso.", "ACCUSE", ["IDN.COP"], ["IDN.CRM"]),
    ("minta (bare)", "Sutopo Wirya minta Polres Bogor segera menangkap Budi Santoso.", "REQUEST", ["IDN.GOV"],
     ["IDN.COP"]),
    ("menabrak", "Budi Santoso menabrak sekelompok prajurit TNI di pos jaga.", "ASSAULT", ["IDN.CRM"], ["IDN.MIL"]),
    ("berbincang", "Sutopo Wirya berbincang dengan Rina Lestari melalui telepon.", "CONSULT",
     ["IDN.CVL", "IDN.GOV"], []),
    ("perbincangan", "Perbincangan antara Sutopo Wirya dan Rina Lestari berlangsung hangat.", "CONSULT",
     ["IDN.CVL", "IDN.GOV"], []),
    ("operasi tangkap tangan", "Budi Santoso terjaring operasi tangkap tangan Polres Bogor.", "COERCE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("OTT", "Polres Bogor menggelar OTT terhadap Budi Santoso.", "COERCE", ["IDN.COP"], ["IDN.CRM"]),
    ("mengepung", "Polres Bogor mengepung markas kelompok bersenjata.", "COERCE", ["IDN.COP"], ["IDN.REB"]),
    ("melemparkan batu", "Budi Santoso melemparkan batu ke arah TNI.", "ASSAULT", ["IDN.CRM"], ["IDN.MIL"]),
    ("tembakan", "Rina Lestari terluka akibat tembakan TNI.", "ASSAULT", ["IDN.MIL"], []),
    ("ditengahi", "Gencatan senjata antara Fiji dan Vanuatu yang ditengahi Tonga berlaku sejak Senin.", "CONSULT",
     ["TON.GOV"], ["FJI.GOV", "VUT.GOV"]),
    ("mendapat sanksi", "Vanuatu mendapat sanksi Tonga sejak 2006.", "SANCTION", ["TON.GOV"], ["VUT.GOV"]),
    ("menerima sanksi", "Fiji menerima sanksi Tonga sejak 2006.", "SANCTION", ["TON.GOV"], ["FJI.GOV"]),
    ("mengakui ... sebagai ibu kota", "Tonga mengakui Suva sebagai ibu kota Fiji.", "SUPPORT", ["TON.GOV"], ["FJI.GOV"]),
    ("menembakkan gas air mata", "Polres Bogor menembakkan gas air mata ke arah mahasiswa.", "ASSAULT", ["IDN.COP"],
     ["IDN.CVL"]),
    ("melepaskan gas air mata", "Polres Bogor melepaskan gas air mata kepada mahasiswa.", "ASSAULT", ["IDN.COP"],
     ["IDN.CVL"]),
    ("tembakan gas air mata", "Tembakan gas air mata Polres Bogor melukai mahasiswa.", "ASSAULT", ["IDN.COP"], []),
    ("menggandeng", "Polres Bogor menggandeng Kementerian Sosial untuk menyalurkan bantuan.", "COOPERATE",
     ["IDN.COP", "IDN.GOV"], []),
    ("kerjasama", "Kerjasama antara Polres Bogor dan Kementerian Sosial berjalan baik.", "COOPERATE",
     ["IDN.COP", "IDN.GOV"], []),
    ("berpesan", "Sutopo Wirya berpesan agar warga menjaga kebersihan.", "REQUEST", ["IDN.GOV"], []),
    ("diminta keterangan", "Budi Santoso diminta keterangan oleh Polres Bogor.", "ACCUSE", ["IDN.COP"], ["IDN.CRM"]),
    ("dimintai keterangannya", "Budi Santoso dimintai keterangannya oleh Polres Bogor.", "ACCUSE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("memberlakukan keadaan darurat", "Fiji memberlakukan keadaan darurat di seluruh negeri.", "COERCE", ["FJI.GOV"], []),
    ("menetapkan keadaan darurat", "Tonga menetapkan keadaan darurat setelah kerusuhan.", "COERCE", ["TON.GOV"], []),
    ("mengumumkan keadaan darurat", "Vanuatu mengumumkan keadaan darurat di ibu kota.", "COERCE", ["VUT.GOV"], []),
    ("menyatakan keadaan darurat", "Fiji menyatakan keadaan darurat pascakudeta.", "COERCE", ["FJI.GOV"], []),
    ("menenggelamkan kapal", "Fiji menenggelamkan kapal pencuri ikan asal Vanuatu.", "COERCE", ["FJI.GOV"], ["VUT.CRM"]),
    ("bersumpah akan", "Tonga bersumpah akan membalas serangan Fiji.", "THREATEN", ["TON.GOV"], ["FJI.GOV"]),
    ("bala bantuan", "Fiji mengirim bala bantuan ke Vanuatu.", "MOBILIZE", ["FJI.MIL"], []),
    ("menarik ... dari perjanjian", "Tonga menarik Fiji dari perjanjian dagang.", "SANCTION", ["TON.GOV"], ["FJI.GOV"]),
    ("menyampaikan keprihatinan", "Fiji menyampaikan keprihatinan kepada Vanuatu.", "ACCUSE", ["FJI.GOV"], ["VUT.GOV"]),
    ("permohonan maaf", "Fiji menyampaikan permohonan maaf kepada Tonga.", "CONCEDE", ["FJI.GOV"], ["TON.GOV"]),
    ("latihan militer bersama", "Fiji dan Tonga menggelar latihan militer bersama.", "COOPERATE",
     ["FJI.GOV", "TON.GOV"], []),
    ("latihan militer gabungan", "Latihan militer gabungan antara Fiji dan Vanuatu dimulai.", "COOPERATE",
     ["FJI.GOV", "VUT.GOV"], []),
    ("bekerja kooperatif", "Fiji bekerja kooperatif dengan Tonga.", "COOPERATE", ["FJI.GOV", "TON.GOV"], []),
    ("bekerja erat", "Fiji bekerja erat dengan Vanuatu.", "COOPERATE", ["FJI.GOV", "VUT.GOV"], []),
    ("mengontak", "Fiji sudah mengontak Vanuatu.", "CONSULT", ["FJI.GOV", "VUT.GOV"], []),
    ("menjerat ... UU", "Polres Bogor menjerat Budi Santoso dengan UU Perlindungan Anak.", "ACCUSE", ["IDN.COP"],
     ["IDN.CRM"]),
    ("dukungan dari", "Fiji mendapat dukungan dari Tonga.", "SUPPORT", ["TON.GOV"], ["FJI.GOV"]),
    ("penghargaan dari", "Rina Lestari menerima penghargaan dari Kementerian Sosial.", "SUPPORT", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("menghubungi", "Fiji menghubungi Vanuatu.", "CONSULT", ["FJI.GOV", "VUT.GOV"], []),
    ("bertamu", "Sutopo Wirya bertamu ke Vanuatu.", "CONSULT", ["IDN.GOV"], ["VUT.GOV"]),
    ("terbukti secara sah dan meyakinkan", "Budi Santoso terbukti secara sah dan meyakinkan bersalah melakukan "
     "korupsi.", "SANCTION", ["IDN.JUD"], ["IDN.CRM"]),
    ("menantang", "Sutopo Wirya menantang Rina Lestari untuk membuka data itu.", "REQUEST", ["IDN.GOV"], ["IDN.CVL"]),
    ("batas waktu", "Sutopo Wirya memberi batas waktu kepada Rina Lestari untuk menyelesaikan laporan.", "REQUEST",
     ["IDN.GOV"], ["IDN.CVL"]),
    ("tenggat", "Kementerian Sosial memberikan tenggat kepada PT Sinar Abadi untuk melunasi utang.", "REQUEST",
     ["IDN.GOV"], ["IDN.BUS"]),
    # session 9
    ("menggelar aksi", "Ratusan mahasiswa menggelar aksi di depan gedung DPR.", "PROTEST", ["IDN.CVL"], ["IDN.LEG"]),
    ("menguatkan", "Pengadilan Negeri Bogor menguatkan putusan terhadap Budi Santoso.", "SANCTION", ["IDN.JUD"],
     ["IDN.CRM"]),
    ("sidang", "Pengadilan Negeri Bogor menggelar sidang kasus korupsi dengan terdakwa Budi Santoso.", "ACCUSE",
     ["IDN.JUD"], ["IDN.CRM"]),
    ("timah panas", "Budi Santoso dihadiahi timah panas oleh polisi.", "ASSAULT", ["IDN.COP"], ["IDN.CRM"]),
    ("menggorok", "Budi Santoso menggorok Rina Lestari.", "ASSAULT", ["IDN.CRM"], ["IDN.CVL"]),
    ("membela", "Fiji membela Vanuatu.", "SUPPORT", ["FJI.GOV"], ["VUT.GOV"]),
    ("restu", "Sutopo Wirya mendapat restu dari Partai Maju.", "SUPPORT", ["IDN.PTY"], ["IDN.GOV"]),
    ("mohon", "Sutopo Wirya mohon dukungan DPR.", "REQUEST", ["IDN.GOV"], ["IDN.LEG"]),
    ("menyampaikan kepada", "Kementerian Sosial menyampaikan kepada Dinas Sosial agar segera mendata warga.",
     "REQUEST", ["IDN.GOV"], ["IDN.GOV"]),
    # session 10
    ("memberikan", "Kementerian Sosial memberikan bansos kepada warga.", "AID", ["IDN.GOV"], ["IDN.CVL"]),
    ("mendapat sanksi dari", "Tonga mendapat sanksi dari Fiji.", "SANCTION", ["FJI.GOV"], ["TON.GOV"]),
    ("menerima sanksi dari", "Budi Santoso menerima sanksi dari Polres Bogor.", "SANCTION", ["IDN.COP"], ["IDN.CRM"]),
    ("mendapatkan sanksi", "Budi Santoso mendapatkan sanksi oleh Polres Bogor.", "SANCTION", ["IDN.COP"],
     ["IDN.CRM"]),
    ("terkena sanksi", "Partai Maju terkena sanksi Kejaksaan Negeri Bogor.", "SANCTION", ["IDN.JUD"], ["IDN.PTY"]),
    ("diganjar sanksi", "Budi Santoso diganjar sanksi oleh Polres Bogor.", "SANCTION", ["IDN.COP"], ["IDN.CRM"]),
    ("terkena sanksi dari", "Tonga terkena sanksi dari Fiji.", "SANCTION", ["FJI.GOV"], ["TON.GOV"]),
]


def _new_event(ex: EventExtractor, text: str, etype: str):
    doc = ex(make(text))
    lines = {int(r["line"]) for r in NEW_ROWS}
    evs = [e for e in doc.events if e.type == etype and e.explain.get("rule", {}).get("lexicon_line") in lines]
    return doc, evs


@pytest.mark.parametrize("trigger, text, etype, actor, recipient", CASES, ids=[c[0] for c in CASES])
def test_new_trigger_in_a_news_sentence(ex: EventExtractor, trigger: str, text: str, etype: str,
                                        actor: list[str], recipient: list[str]) -> None:
    doc, evs = _new_event(ex, text, etype)
    assert evs, f"no {etype} from a new row in {[(e.type, e.explain.get('trigger')) for e in doc.events]}"
    ev = evs[0]
    assert not ev.negated and not ev.hypothetical
    got_a, got_r = full(ev.actor), full(ev.recipient)
    if not recipient:  # a joint act (everyone may be a doer) or nobody acted upon
        assert sorted(got_a + got_r) == sorted(actor) or got_a == actor, (got_a, got_r)
    else:
        assert got_a == actor and got_r == recipient, (got_a, got_r)


def test_every_new_row_is_exercised(ex: EventExtractor) -> None:
    """Each row of the section fires in at least one of the sentences above."""
    fired: set[int] = set()
    for _, text, etype, _, _ in CASES:
        _, evs = _new_event(ex, text, etype)
        fired |= {e.explain["rule"]["lexicon_line"] for e in evs}
    missing = [(r["line"], r["root"], r["affixes"]) for r in NEW_ROWS if int(r["line"]) not in fired]
    assert not missing, missing


@pytest.mark.parametrize("text, word", [
    ("Satpol PP mencopot baliho Partai Maju di jalan protokol.", "mencopot"),  # banners, not a dismissal
    ("Kementerian Sosial mengeluarkan aturan baru soal bantuan tunai.", "mengeluarkan"),
    ("Kasus itu menyeret nama Budi Santoso.", "menyeret"),  # dragged into a case, not into court
    ("Polres Bogor akan menindak lanjuti laporan Rina Lestari.", "menindak"),  # 'follow up'
    ("Ucapan Sutopo Wirya melukai hati Rina Lestari.", "melukai"),  # hurting feelings
    ("Budi Santoso merusak citra Partai Maju.", "merusak"),  # a reputation is no property
    ("Budi Santoso menghancurkan rencana Partai Maju.", "menghancurkan"),
    ("Partai Maju merebut hati Rina Lestari.", "merebut"),  # winning hearts
    ("Kementerian Sosial membatasi anggaran belanja pegawai.", "membatasi"),
    ("Sutopo Wirya menutup acara itu dengan doa bersama Rina Lestari.", "menutup"),
    ("Sutopo Wirya memeras otak untuk mencari dana bagi Rina Lestari.", "memeras"),
    ("Rina Lestari menyalurkan hobinya lewat musik bersama Partai Maju.", "menyalurkan"),
    ("Partai Maju menyumbang suara terbanyak bagi Sutopo Wirya.", "menyumbang"),
    ("Sutopo Wirya mencalonkan diri sebagai gubernur bersama Partai Maju.", "mencalonkan"),
    ("Fiji menarik wisatawan dari Vanuatu.", "menarik"),  # attracting tourists
    ("Sutopo Wirya menetapkan tarif listrik baru bagi warga.", "menetapkan"),  # a utility price, no trade curb
    ("Sutopo Wirya memburu waktu untuk bertemu Rina Lestari.", "memburu"),  # racing against time
    ("Sutopo Wirya minta waktu untuk berpikir.", "minta"),  # nobody named as the one asked
    ("Mobil Budi Santoso menabrak pejalan kaki di Bogor.", "menabrak"),  # a traffic accident
    ("Kasus Budi Santoso menjadi perbincangan warga.", "perbincangan"),  # talked about, no talks
    ("Rumah Rina Lestari dikepung banjir.", "dikepung"),  # a flood
    ("Tembakan salvo dilepaskan TNI dalam upacara.", "tembakan"),  # a salute
    ("Budi Santoso melemparkan bola kepada Rina Lestari.", "melemparkan"),  # a ball
    ("Budi Santoso mengakui kesalahannya kepada Polres Bogor.", "mengakui"),  # admitting, no recognition
    ("Gudang gas air mata milik Polres Bogor terbakar.", "gas air mata"),  # a store of it, not its use
    ("Sutopo Wirya berpesan kepada Rina Lestari soal kebersihan.", "berpesan"),  # no act asked for
    ("Fiji menetapkan keadaan darurat bencana banjir.", "keadaan darurat"),  # a disaster emergency
    ("Tonga mengumumkan keadaan darurat kesehatan.", "keadaan darurat"),
    ("Tonga bersumpah akan setia kepada Fiji.", "bersumpah"),  # an oath of loyalty
    ("Rina Lestari menenggelamkan diri dalam pekerjaan.", "menenggelamkan"),
    ("Sutopo Wirya memanggil Rina Lestari ke ruangannya.", "memanggil"),  # a summons, not a protest
    ("PT Sinar Abadi melakukan pemutusan hubungan kerja terhadap Rina Lestari.", "pemutusan"),  # a lay-off
    ("Partai Maju menggagalkan rencana Partai Rakyat.", "menggagalkan"),  # no smuggling foiled
    ("Saat dihubungi Tabloid Suara Rakyat, Budi Santoso membantah.", "dihubungi"),  # a reporter's call
    ("Sutopo Wirya menantang dirinya sendiri.", "menantang"),  # no act asked for
    ("Batas waktu pendaftaran Partai Maju berakhir Senin.", "batas waktu"),  # nobody given it
    ("Partai Maju menggelar aksi sosial di Bogor bersama warga.", "menggelar aksi"),  # a charity drive
    ("Rina Lestari membela diri di depan Polres Bogor.", "membela"),  # self-defence
    ("Sutopo Wirya mohon maaf kepada warga.", "mohon"),  # an apology, not a plea
    ("Sutopo Wirya mohon izin kepada DPR.", "mohon"),  # a polite formula
    ("Budi Santoso menguatkan otot di gym bersama Rina Lestari.", "menguatkan"),  # no sentence upheld
    ("Sidang paripurna DPR dibuka Sutopo Wirya.", "sidang"),  # a plenary session, no defendant
    ("Sutopo Wirya menyampaikan kepada Tabloid Suara Rakyat bahwa dana untuk warga cukup.",
     "menyampaikan kepada"),  # a statement, no act asked for
    ("Sutopo Wirya memberikan keterangan kepada Tabloid Suara Rakyat.", "memberikan"),  # a statement, no aid
])
def test_constrained_new_triggers_do_not_fire_outside_their_use(ex: EventExtractor, text: str, word: str) -> None:
    lines = {int(r["line"]) for r in NEW_ROWS}
    doc = ex(make(text))
    wrong = [e for e in doc.events if e.explain.get("rule", {}).get("lexicon_line") in lines]
    assert not wrong, [(e.type, e.explain.get("trigger")) for e in wrong]


def test_a_court_jailing_someone_is_its_sentence() -> None:
    """'menjebloskan ke penjara' by a court is the sentence (SANCTION convict), not a police arrest."""
    doc = EventExtractor()(make("Pengadilan Negeri Bogor menjebloskan Budi Santoso ke penjara."))
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_a_suspect_is_the_one_accused(ex: EventExtractor) -> None:
    """'X menjadi tersangka' names X as the accused (recipient), not the accuser."""
    ev = [e for e in ex(make("Budi Santoso menjadi tersangka dalam kasus itu.")).events if e.type == "ACCUSE"]
    assert ev and full(ev[0].recipient) == ["IDN.CRM"] and "IDN.CRM" not in full(ev[0].actor)


def test_suspending_cooperation_is_not_cooperation(ex: EventExtractor) -> None:
    """The noun the verb acts on ('kerja sama', 'bantuan') is no second event of its own."""
    for text in ("Fiji menghentikan kerja sama militer dengan Vanuatu.", "Fiji menangguhkan bantuan kepada Vanuatu."):
        assert [e.type for e in ex(make(text)).events] == ["SANCTION"], text
