"""Triggers added for recall on unseen articles, each used as intended in an invented sentence.

``test_events_lexicon.py`` checks every row's surface forms in a template sentence; here each
new row (and the cue words added with them) is checked in a sentence the way news text uses
it: the type, the doer and the one acted upon (ANNOTATION.md, "Events"), and the words that
must NOT fire it (an ``after`` constraint, a ``!`` exclusion).
"""
from __future__ import annotations

import pytest

from warta.events import EventExtractor
from entity_fixtures import doc_with_entities, full_codes
from warta.model import Document

#: name -> (code, sector, label); invented people and bodies, real countries.
KNOWN: dict[str, tuple[str, str | None, str]] = {
    "Kementerian Sosial": ("IDN", "GOV", "ORG"), "Dinas Sosial": ("IDN", "GOV", "ORG"),
    "LSM Udara Bersih": ("IDN", "CVL", "ORG"), "pemerintah": ("IDN", "GOV", "ORG"),
    "Bank Dunia": ("IGO:WB", None, "ORG"), "Fiji": ("FJI", None, "GPE"), "Vanuatu": ("VUT", None, "GPE"),
    "Indonesia": ("IDN", None, "GPE"),
    "Partai Maju": ("IDN", "PTY", "ORG"), "Partai Rakyat": ("IDN", "PTY", "ORG"),
    "Sutopo Wirya": ("IDN", "GOV", "PER"), "Rina Lestari": ("IDN", "CVL", "PER"),
    "polisi": ("IDN", "COP", "ORG"), "Satpol PP": ("IDN", "COP", "ORG"), "TNI": ("IDN", "MIL", "ORG"),
    "Polri": ("IDN", "COP", "ORG"), "warga": ("IDN", "CVL", "ORG"), "hakim": ("IDN", "JUD", "ORG"),
    "Budi Santoso": ("IDN", "CRM", "PER"), "mahasiswa": ("IDN", "CVL", "ORG"), "DPR": ("IDN", "LEG", "ORG"),
    "Fraksi Partai Maju": ("IDN", "LEG", "ORG"), "kelompok bersenjata": ("IDN", "REB", "ORG"),
}


@pytest.fixture(scope="module")
def ex() -> EventExtractor:
    return EventExtractor()


def make(text: str) -> Document:
    """A document with an entity for every known name in ``text`` (longest names first)."""
    return doc_with_entities(text, KNOWN)


full = full_codes


CASES = [
    # (trigger, sentence, type, actor, recipient); [] = nobody on that side
    ("merekomendasikan", "LSM Udara Bersih merekomendasikan tiga langkah kepada pemerintah untuk mengurangi asap.",
     "REQUEST", ["IDN.CVL"], ["IDN.GOV"]),
    ("menghimbau", "Polri menghimbau warga agar tidak mudik lebih awal.", "REQUEST", ["IDN.COP"], ["IDN.CVL"]),
    ("mengusulkan", "Fraksi Partai Maju mengusulkan kepada pemerintah agar subsidi dinaikkan.",
     "REQUEST", ["IDN.LEG"], ["IDN.GOV"]),
    ("menyarankan", "Sutopo Wirya menyarankan warga agar menyimpan air bersih.", "REQUEST", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("menganjurkan", "Kementerian Sosial menganjurkan warga untuk mendaftar ulang.", "REQUEST", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("berjumpa", "Sutopo Wirya berjumpa dengan Rina Lestari di Bogor pada Senin.", "CONSULT",
     ["IDN.CVL", "IDN.GOV"], []),
    ("menyambangi", "Sutopo Wirya menyambangi Rina Lestari di rumahnya pada Senin.", "CONSULT", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("pembicaraan", "Fiji menggelar pembicaraan dengan Vanuatu soal perbatasan laut.", "CONSULT",
     ["FJI.GOV", "VUT.GOV"], []),
    ("menyetujui pinjaman", "Bank Dunia baru-baru ini menyetujui pinjaman 300 juta dolar kepada Fiji.", "AID",
     ["IGO:WB"], ["FJI.GOV"]),
    ("membawa ... rumah sakit", "Satpol PP membawa Rina Lestari ke rumah sakit terdekat.", "AID", ["IDN.COP"],
     ["IDN.CVL"]),
    ("memasok senjata", "Vanuatu memasok senjata kepada kelompok bersenjata di perbatasan.", "AID",
     ["VUT.GOV"], ["IDN.REB"]),
    ("mengirim pasukan", "Fiji mengirim pasukan ke perbatasan Vanuatu pada Selasa.", "MOBILIZE", ["FJI.MIL"], []),
    ("menerjunkan personel", "TNI menerjunkan personel ke lokasi bencana.", "MOBILIZE", ["IDN.MIL"], []),
    ("latihan militer", "Fiji menggelar latihan militer di perairan utara.", "MOBILIZE", ["FJI.MIL"], []),
    ("mengusung", "Partai Maju mengusung Sutopo Wirya sebagai calon gubernur.", "SUPPORT", ["IDN.PTY"],
     ["IDN.GOV"]),
    ("diusung", "Sutopo Wirya diusung Partai Rakyat dalam pemilihan itu.", "SUPPORT", ["IDN.PTY"], ["IDN.GOV"]),
    ("merestui", "Partai Maju merestui Sutopo Wirya maju dalam pemilihan.", "SUPPORT", ["IDN.PTY"], ["IDN.GOV"]),
    ("mengizinkan", "Hakim mengizinkan Budi Santoso berobat ke luar negeri.".replace("Hakim", "hakim"),
     "CONCEDE", ["IDN.JUD"], ["IDN.CRM"]),
    ("mengabulkan", "Pemerintah mengabulkan permohonan warga untuk menunda penggusuran.".replace(
        "Pemerintah", "pemerintah"), "CONCEDE", ["IDN.GOV"], []),
    ("melonggarkan", "Fiji melonggarkan pembatasan perjalanan bagi warga Vanuatu.", "CONCEDE", ["FJI.GOV"], []),
    ("mengakui kesalahan", "Sutopo Wirya mengakui kesalahan di depan DPR.", "CONCEDE", ["IDN.GOV"], []),
    ("mengakui kekalahan", "Partai Rakyat mengakui kekalahan dalam pemilihan itu.", "CONCEDE", ["IDN.PTY"], []),
    ("bermitra", "Kementerian Sosial bermitra dengan LSM Udara Bersih dalam program itu.", "COOPERATE",
     ["IDN.CVL", "IDN.GOV"], []),
    ("bersinergi", "Polri bersinergi dengan TNI menjaga keamanan pemilu.", "COOPERATE", ["IDN.COP", "IDN.MIL"], []),
    ("operasi gabungan", "Polri dan TNI menggelar operasi gabungan di perbatasan.", "COOPERATE",
     ["IDN.COP", "IDN.MIL"], []),
    ("patroli bersama", "Fiji dan Vanuatu menggelar patroli bersama di perairan perbatasan.", "COOPERATE",
     ["FJI.GOV", "VUT.GOV"], []),
    ("menepis", "Sutopo Wirya menepis tudingan Rina Lestari soal dana bantuan.", "REJECT", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("mengabaikan", "Fiji mengabaikan peringatan Vanuatu soal kapal ikan.", "REJECT", ["FJI.GOV"], ["VUT.GOV"]),
    ("mengkritisi", "Rina Lestari mengkritisi Kementerian Sosial soal data penerima.", "ACCUSE", ["IDN.CVL"],
     ["IDN.GOV"]),
    ("menyindir", "Partai Rakyat menyindir Partai Maju dalam debat itu.", "ACCUSE", ["IDN.PTY"], ["IDN.PTY"]),
    ("mempersoalkan", "DPR mempersoalkan keputusan Kementerian Sosial itu.", "ACCUSE", ["IDN.LEG"], ["IDN.GOV"]),
    ("mempertanyakan", "Rina Lestari mempertanyakan langkah Dinas Sosial itu.", "ACCUSE", ["IDN.CVL"],
     ["IDN.GOV"]),
    ("menggertak", "Fiji menggertak Vanuatu dengan latihan di perbatasan.", "THREATEN", ["FJI.GOV"], ["VUT.GOV"]),
    ("mengintimidasi", "Kelompok bersenjata mengintimidasi warga di desa itu.".replace("Kelompok", "kelompok"),
     "THREATEN", ["IDN.REB"], ["IDN.CVL"]),
    ("meneror", "Kelompok bersenjata meneror warga di desa itu.".replace("Kelompok", "kelompok"), "THREATEN",
     ["IDN.REB"], ["IDN.CVL"]),
    ("walk out", "Fraksi Partai Maju walk out dari rapat paripurna DPR.", "PROTEST", ["IDN.LEG"], ["IDN.LEG"]),
    ("long march", "Ribuan mahasiswa menggelar long march menuju gedung DPR.", "PROTEST", ["IDN.CVL"], []),
    ("menyegel", "Satpol PP menyegel tempat hiburan milik Budi Santoso.", "COERCE", ["IDN.COP"], ["IDN.CRM"]),
    ("menggusur", "Satpol PP menggusur warga dari bantaran sungai.", "COERCE", ["IDN.COP"], ["IDN.CVL"]),
    ("membubarkan", "Polisi membubarkan mahasiswa yang berunjuk rasa di depan DPR.".replace("Polisi", "polisi"),
     "COERCE", ["IDN.COP"], ["IDN.CVL"]),
    ("menertibkan", "Satpol PP menertibkan pedagang yang berjualan di trotoar.", "COERCE", ["IDN.COP"], []),
    ("memblokade", "Fiji memblokade pelabuhan Vanuatu selama sepekan.", "COERCE", ["FJI.GOV"], ["VUT.GOV"]),
    ("membombardir", "Fiji membombardir Vanuatu pada Selasa malam.", "ASSAULT", ["FJI.MIL"], ["VUT.CVL"]),
    ("melempari", "Mahasiswa melempari polisi dengan batu.".replace("Mahasiswa", "mahasiswa"), "ASSAULT",
     ["IDN.CVL"], ["IDN.COP"]),
    ("membawa ... ke rumah sakit", "Satpol PP membawa Budi Santoso yang terluka parah di kepalanya ke rumah sakit.",
     "AID", ["IDN.COP"], ["IDN.CRM"]),
    ("mohon maaf", "Sutopo Wirya mohon maaf kepada warga atas keterlambatan bantuan.", "CONCEDE", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("memohon maaf", "Sutopo Wirya memohon maaf kepada warga atas keterlambatan itu.", "CONCEDE", ["IDN.GOV"],
     ["IDN.CVL"]),
    ("memastikan ... akan", "Kementerian Sosial memastikan bantuan akan cair sebelum Lebaran.", "AGREE",
     ["IDN.GOV"], []),
    ("mengumumkan gencatan senjata", "Fiji mengumumkan gencatan senjata dengan Vanuatu pada Senin.", "CONCEDE",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("memberlakukan gencatan senjata", "Fiji memberlakukan gencatan senjata dengan Vanuatu pada Senin.", "RETREAT",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("menghormati gencatan senjata", "Fiji menghormati gencatan senjata dengan Vanuatu sejak Senin.", "RETREAT",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("mematuhi gencatan senjata", "Fiji mematuhi gencatan senjata dengan Vanuatu sejak Senin.", "RETREAT",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("menempatkan pasukan", "Fiji menempatkan pasukan di perbatasan dengan Vanuatu.", "MOBILIZE", ["FJI.MIL"], []),
    ("memperketat penjagaan", "TNI memperketat penjagaan di perbatasan menjelang pemilu.", "MOBILIZE", ["IDN.MIL"],
     []),
    ("mengakui kemerdekaan", "Fiji mengakui kemerdekaan Vanuatu pada 1980.", "SUPPORT", ["FJI.GOV"], ["VUT.GOV"]),
    ("pengakuan kemerdekaan", "Fiji memberikan pengakuan kemerdekaan kepada Vanuatu pada 1980.", "SUPPORT",
     ["FJI.GOV"], ["VUT.GOV"]),
    ("menjalin hubungan diplomatik", "Fiji menjalin hubungan diplomatik dengan Vanuatu pada 1980.", "SUPPORT",
     ["FJI.GOV", "VUT.GOV"], []),
    ("membuka hubungan diplomatik", "Fiji membuka hubungan diplomatik dengan Vanuatu pada 1980.", "SUPPORT",
     ["FJI.GOV", "VUT.GOV"], []),
    ("memulihkan hubungan diplomatik", "Fiji memulihkan hubungan diplomatik dengan Vanuatu pada 1990.", "SUPPORT",
     ["FJI.GOV", "VUT.GOV"], []),
    ("berbagi informasi intelijen", "Fiji berbagi informasi intelijen dengan Vanuatu soal penyelundupan.",
     "COOPERATE", ["FJI.GOV", "VUT.GOV"], []),
    ("pertukaran informasi intelijen", "Pertukaran informasi intelijen antara Fiji dan Vanuatu berjalan baik.",
     "COOPERATE", ["FJI.GOV", "VUT.GOV"], []),
    ("mengamankan (arrest)", "Polri mengamankan Budi Santoso di rumahnya.", "COERCE", ["IDN.COP"], ["IDN.CRM"]),
    ("menyetujui proyek", "Sutopo Wirya menyetujui proyek pembangunan pasar itu.", "SUPPORT", ["IDN.GOV"], []),
    ("menghabisi nyawa", "Budi Santoso menghabisi nyawa Rina Lestari di rumahnya.", "ASSAULT", ["IDN.CRM"],
     ["IDN.CVL"]),
]


@pytest.mark.parametrize("trigger, text, etype, actor, recipient", CASES, ids=[c[0] for c in CASES])
def test_new_trigger_in_a_news_sentence(ex: EventExtractor, trigger: str, text: str, etype: str,
                                        actor: list[str], recipient: list[str]) -> None:
    doc = ex(make(text))
    evs = [e for e in doc.events if e.type == etype]
    assert evs, f"no {etype} in {[(e.type, e.explain.get('trigger')) for e in doc.events]}"
    ev = evs[0]
    assert not ev.negated and not ev.hypothetical
    got_a, got_r = full(ev.actor), full(ev.recipient)
    if not recipient:  # a joint act: everyone may be a doer
        assert sorted(got_a + got_r) == sorted(actor) or got_a == actor, (got_a, got_r)
    else:
        assert got_a == actor and got_r == recipient, (got_a, got_r)


@pytest.mark.parametrize("text", [
    "Sutopo Wirya membawa Rina Lestari ke Bogor untuk berlibur.",  # not to a hospital
    "Fiji mengirim bantuan kepada Vanuatu.",  # aid, not troops
    "Partai Maju mengusung tema kerakyatan dalam kampanye.",  # carrying a theme backs no one
    "Dinas Sosial mengabaikan saran Rina Lestari yang tak relevan dengan program.",  # no demand ignored
    "Sutopo Wirya mengusulkan nama baru untuk jalan itu.",  # a proposal to no one
    "Polri menyetujui anggaran baru.",  # approving a budget is not giving aid
    "Kementerian Sosial memastikan data itu sudah benar.",  # confirming a fact promises nothing
    "TNI mengamankan kantor Dinas Sosial selama pemilu.",  # guarding a building is not an arrest
    "Polri mengamankan pelaksanaan pemilu di Bogor.",  # securing an event is not an arrest
    "Dinas Sosial sengaja menahan anggaran bantuan itu.",  # holding back a budget is not a detention
    "Kisah Rina Lestari mengundang empati dari Sutopo Wirya.",  # drawing sympathy is no invitation
])
def test_constrained_triggers_do_not_fire_outside_their_use(ex: EventExtractor, text: str) -> None:
    doc = ex(make(text))
    words = ("membawa", "mengirim", "mengusung", "mengabaikan", "mengusulkan")
    wrong = [e for e in doc.events if e.type in ("AID", "MOBILIZE", "SUPPORT", "REJECT", "REQUEST")
             and (e.explain.get("trigger") or "").lower() in words]
    wrong += [e for e in doc.events if e.type == "AID" and (e.explain.get("trigger") or "").lower() == "menyetujui"]
    wrong += [e for e in doc.events if (e.explain.get("trigger") or "").lower() in ("memastikan", "mengamankan", "menahan", "mengundang")]
    assert not wrong, [(e.type, e.explain.get("trigger")) for e in wrong]


def test_an_order_naming_no_one_is_not_a_request(ex: EventExtractor) -> None:
    doc = ex(make("Fiji memerintahkan agar semua kapal asing segera meninggalkan perairannya."))
    assert not [e for e in doc.events if e.type == "REQUEST" and not e.recipient]
    doc = ex(make("Sutopo Wirya memerintahkan Satpol PP menutup pasar itu."))
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and full(req[0].recipient) == ["IDN.COP"]


def test_ordered_act_keeps_the_orderer_when_the_order_is_dropped(ex: EventExtractor) -> None:
    doc = ex(make("Fiji memerintahkan pengusiran diplomat Vanuatu pada Senin."))
    assert not [e for e in doc.events if e.type == "REQUEST"]
    san = [e for e in doc.events if e.type == "SANCTION"]
    assert san and [r.code for r in san[0].actor] == ["FJI"]


def test_helping_needs_someone_helped_unless_it_is_a_promise(ex: EventExtractor) -> None:
    assert not [e for e in ex(make("Dinas Sosial berperan penting dengan membantu.")).events if e.type == "AID"]
    aid = [e for e in ex(make("Dinas Sosial membantu Rina Lestari membayar sewa rumah.")).events if e.type == "AID"]
    assert aid and full(aid[0].recipient) == ["IDN.CVL"]
    agree = [e for e in ex(make("Fiji menyatakan siap untuk membantu penyelidikan itu.")).events]
    assert [e.type for e in agree if not e.hypothetical] == ["AGREE"]


def test_pihaknya_is_the_one_speaking(ex: EventExtractor) -> None:
    """"His side" as the subject is the speaker named before it, in the sentence or the one before."""
    doc = ex(make("Sutopo Wirya mengatakan, dinasnya sudah meneliti data itu. Pihaknya juga telah melakukan "
                  "diskusi dengan para pemangku kepentingan di daerah."))
    ev = [e for e in doc.events if e.type == "CONSULT"]
    assert ev and full(ev[0].actor) == ["IDN.GOV"]
    assert "pihaknya" in ev[0].explain["actor"]


def test_meeting_noun_with_a_light_verb_and_a_generic_partner(ex: EventExtractor) -> None:
    """"melakukan diskusi dengan para petani": the doer's act with a partner the text names; a bare
    meeting noun with one named party is still not a meeting."""
    doc = ex(make("Dinas Sosial melakukan diskusi dengan para petani di Bogor."))
    assert [full(e.actor) for e in doc.events if e.type == "CONSULT"] == [["IDN.GOV"]]
    doc = ex(make("Diskusi Dinas Sosial berlangsung di Bogor."))
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_backing_someone_elses_effort_keeps_that_effort(ex: EventExtractor) -> None:
    """"X mendukung upaya Y untuk berdialog dengan Z": Y's intended talks are an act of Y's (AGREE);
    "X mendukung untuk berdialog" has no other doer, so the talks are not a second event."""
    doc = ex(make("Fiji mendukung upaya Vanuatu untuk memulai kembali dialog dengan Indonesia."))
    types = {e.type: e for e in doc.events if not e.hypothetical}
    assert "SUPPORT" in types and "AGREE" in types
    assert [r.code for r in types["AGREE"].actor + types["AGREE"].recipient] == ["VUT", "IDN"]
    doc = ex(make("Fiji mendukung untuk memulai kembali dialog dengan Indonesia."))
    assert not [e for e in doc.events if e.type in ("AGREE", "CONSULT") and not e.hypothetical]


def test_denying_the_accusation_answers_its_maker(ex: EventExtractor) -> None:
    doc = ex(make("Vanuatu menuduh Fiji mencuri ikan di perairannya. Fiji menepis tudingan tersebut pada Selasa."))
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert rej and [r.code for r in rej[0].actor] == ["FJI"] and [r.code for r in rej[0].recipient] == ["VUT"]
    # no earlier accusation by a named party: the denial keeps no recipient
    doc = ex(make("Fiji menepis tudingan tersebut pada Selasa."))
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert rej and not rej[0].recipient


@pytest.mark.parametrize("text, etype, parties", [
    # a wanted act named by a noun: the one who wants it promises it (AGREE)
    ("Vanuatu menginginkan kerja sama lebih erat dengan Fiji.", "AGREE", ["FJI", "VUT"]),
    # 'menyediakan' lends its subject to the aid it provides (cue 'light')
    ("Kementerian Sosial menyediakan bantuan bagi Rina Lestari.", "AID", ["IDN", "IDN"]),
])
def test_noun_act_takes_the_subject_of_the_verb_before_it(ex: EventExtractor, text: str, etype: str,
                                                          parties: list[str]) -> None:
    evs = [e for e in ex(make(text)).events if e.type == etype and not e.hypothetical]
    assert evs and evs[0].actor
    assert sorted(r.code for r in evs[0].actor + evs[0].recipient) == parties


def test_agreement_needs_two_parties(ex: EventExtractor) -> None:
    """"Kami sepakat untuk menaikkan status perkara": one body's internal decision, not an AGREE
    between actors; "Fiji dan Vanuatu sepakat ..." is."""
    doc = ex(make("Setelah rapat, Dinas Sosial sepakat untuk menaikkan anggaran bantuan."))
    assert not [e for e in doc.events if e.type == "AGREE"]
    doc = ex(make("Fiji dan Vanuatu sepakat untuk memperkuat patroli perbatasan."))
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and full(agree[0].actor) == ["FJI.GOV", "VUT.GOV"]


def test_partner_of_the_act_agreed_on_is_a_party(ex: EventExtractor) -> None:
    doc = ex(make("Fiji sepakat untuk bekerja sama dengan Vanuatu dalam patroli laut."))
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and full(agree[0].actor + agree[0].recipient) == ["FJI.GOV", "VUT.GOV"]


@pytest.mark.parametrize("verb, noun, etype", [
    ("memulai", "penyelidikan", "ACCUSE"), ("melanjutkan", "perundingan dengan Fiji", "CONSULT"),
    ("menggencarkan", "serangan terhadap Fiji", "ASSAULT"), ("mengintensifkan", "penyelidikan", "ACCUSE"),
    ("menuntaskan", "penyidikan", "ACCUSE"),
])
def test_light_verbs_lend_their_subject_to_the_noun_act(ex: EventExtractor, verb: str, noun: str,
                                                        etype: str) -> None:
    """Cue rows 'light': the subject of "memulai penyelidikan" is the one investigating."""
    evs = [e for e in ex(make(f"Vanuatu {verb} {noun} pada Senin.")).events if e.type == etype]
    assert evs and "VUT" in [r.code for r in evs[0].actor]


@pytest.mark.parametrize("text, etype", [
    # cue 'plannoun': a rumoured act is not reported as done
    ("Kabar itu memicu isu pengunduran diri Sutopo Wirya dari Dinas Sosial.", "RETREAT"),
    ("Muncul rumor pengunduran diri Sutopo Wirya dari Dinas Sosial.", "RETREAT"),
    ("Beredar desas-desus pengunduran diri Sutopo Wirya dari Dinas Sosial.", "RETREAT"),
    ("Ada spekulasi pengunduran diri Sutopo Wirya dari Dinas Sosial.", "RETREAT"),
    # cue adv 'pasti': the modal before it still makes the act possible only
    ("Kami yakin TNI pasti bisa menyerang kelompok bersenjata itu dalam sehari.", "ASSAULT"),
    # a possible order makes the act ordered possible only
    ("Vanuatu masih dapat memerintahkan pasukannya untuk menyerang Fiji.", "ASSAULT"),
])
def test_rumoured_or_possible_acts_are_hypothetical(ex: EventExtractor, text: str, etype: str) -> None:
    evs = [e for e in ex(make(text)).events if e.type == etype]
    assert evs and all(e.hypothetical for e in evs)


@pytest.mark.parametrize("text", ["Dinas Sosial meminta pertanggungjawaban Sutopo Wirya atas dana itu.",
                                  "Sutopo Wirya dimintai pertanggungjawaban oleh DPR atas dana itu."])
def test_holding_to_account_is_an_accusation(ex: EventExtractor, text: str) -> None:
    evs = ex(make(text)).events
    assert [e.type for e in evs] == ["ACCUSE"]
    assert full(evs[0].recipient) == ["IDN.GOV"]


def test_planned_attack_takes_the_planner_and_is_hypothetical(ex: EventExtractor) -> None:
    """Cue rows 'merencanakan' (hyp and light)."""
    evs = [e for e in ex(make("Vanuatu diam-diam merencanakan serangan di Fiji.")).events if e.type == "ASSAULT"]
    assert evs and evs[0].hypothetical and [r.code for r in evs[0].actor] == ["VUT"]


def test_security_sweep_is_coercion(ex: EventExtractor) -> None:
    evs = [e for e in ex(make("Polri dan TNI menyisir lokasi tambang ilegal itu pada Senin.")).events]
    assert [e.type for e in evs] == ["COERCE"] and full(evs[0].actor) == ["IDN.COP", "IDN.MIL"]
    evs = [e for e in ex(make("Polri dan TNI berencana melakukan penyisiran di lokasi itu.")).events]
    assert [(e.type, e.hypothetical) for e in evs] == [("COERCE", True)]


def test_summons_to_a_law_body_is_made_by_it(ex: EventExtractor) -> None:
    evs = [e for e in ex(make("Budi Santoso mangkir saat diminta hadir ke Polri pada Senin.")).events
           if e.type == "REQUEST"]
    assert evs and full(evs[0].actor) == ["IDN.COP"]
    # a trip to a place that is no law body names no one asking
    evs = [e for e in ex(make("Budi Santoso diminta hadir ke Dinas Sosial pada Senin.")).events
           if e.type == "REQUEST"]
    assert not any(full(e.actor) == ["IDN.GOV"] for e in evs)
