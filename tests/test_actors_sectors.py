"""Sectors of people and bodies: the words of an office, a person's status in the story
(suspect, defendant, witness), regional offices whose region the KB does not know, and
bodies glossed by an acronym. Every sentence here is invented."""
from __future__ import annotations

import csv

import pytest

from warta.actors import ActorLinker
from warta.actors.kb import kb_dir
from warta.model import Document, Published
from warta.options import PipelineOptions


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(PipelineOptions(use_ner=False))


def rows(name: str) -> list[dict[str, str]]:
    with (kb_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def run(linker: ActorLinker, text: str, date: str = "2025-10-21") -> Document:
    """Indonesian home: each text names an Indonesian place or body."""
    doc = Document(id="t", raw_text=text)
    doc.text, doc.language, doc.published = text, "id", Published(date)
    return linker(doc)


def people(doc: Document) -> dict[str, str | None]:
    return {e.name: e.full_code for e in doc.entities if e.label == "PER"}


# -- the words of an office ---------------------------------------------------------------------

@pytest.mark.parametrize("row", rows("role_keywords.tsv"), ids=lambda r: r["word"])
def test_role_keywords_give_the_sector_of_an_office(linker, row):
    """An office whose head word says nothing ("Koordinator", "Kepala") takes its sector
    from the first telling word; a word that is no keyword gives none."""
    word = row["word"].upper() if len(row["word"]) <= 4 else row["word"].capitalize()
    assert linker._keyword_sector(f"Koordinator Bidang {word} Sinar Wirasena") == row["sector"]
    assert linker._keyword_sector(f"Koordinator Bidang {word}Wirasena Sinar") is None


@pytest.mark.parametrize("text,name,code", [
    ("Hal itu disampaikan Ketua Majelis Hakim Rudi Santoso di Pengadilan Negeri Bandung.", "Rudi Santoso", "IDN.JUD"),
    ("Kepala Polisi Kota Sinarjaya Roy Gunawan mengatakan pelaku sudah ditangkap di Jakarta.", "Roy Gunawan", "IDN.COP"),
    ("Kepala Seksi Intelijen Kejari Sinarjaya Risal Hidayat mengatakan penggeledahan dilakukan di Jakarta.",
     "Risal Hidayat", "IDN.JUD"),
    ("Hal itu dikatakan Pakar Hukum dan Pembangunan, Andi Wirasena, kepada wartawan di Jakarta.",
     "Andi Wirasena", "IDN.CVL"),
])
def test_offices_read_by_their_words(linker, text, name, code):
    assert people(run(linker, text)).get(name) == code, people(run(linker, text))


def test_a_role_with_a_group_noun_and_no_name_is_the_office(linker):
    doc = run(linker, "Kepala Polisi Meksiko menolak berkomentar.")
    assert people(doc).get("Kepala Polisi Meksiko") == "MEX.COP"


# -- status in the story ---------------------------------------------------------------------------

@pytest.mark.parametrize("row", rows("status_cues.tsv"), ids=lambda r: f"{r['word']}:{r['place']}")
def test_status_cues(linker, row):
    """Each cue in its place gives its sector to a person whose office says otherwise."""
    w = row["word"]
    body = "Direktur PT Sinar Wirasena Abadi, Hendra Kusuma,"
    if row["place"] == "before":
        text = f"Di Jakarta, {w} Hendra Kusuma hadir di ruang sidang."
    elif row["place"] == "after":
        text = f"Di Jakarta, {body} ditetapkan sebagai {w} oleh jaksa."
    else:
        text = f"Di Jakarta, {body} {w} melakukan korupsi."
    got = people(run(linker, text)).get("Hendra Kusuma")
    assert got == f"IDN.{row['sector']}", people(run(linker, text))


def test_a_company_director_on_trial_is_a_criminal_not_business(linker):
    doc = run(linker, "Di Jakarta, Direktur Utama PT Sinar Abadi Jaya, Hendra Kusuma, ditetapkan sebagai tersangka.")
    assert people(doc).get("Hendra Kusuma") == "IDN.CRM"
    assert not [n for n in people(doc) if "Jaya" in n]
    assert any(e.name == "PT Sinar Abadi Jaya" and e.full_code == "IDN.BUS" for e in doc.entities)


def test_a_list_of_defendants_after_the_noun(linker):
    doc = run(linker, "Jaksa di Jakarta menyebut empat terdakwa itu ialah:\n1. Hendra Kusuma selaku Direktur "
                      "PT Sinar Wirasena Abadi,2. Rini Hapsari selaku Direktur PT Maju Bersama Sentosa.")
    got = people(doc)
    assert got.get("Hendra Kusuma") == "IDN.CRM" and got.get("Rini Hapsari") == "IDN.CRM", got
    assert not [n for n in got if n.startswith(("Wirasena", "Bersama", "Sentosa"))], got


def test_a_name_after_a_clause_break_is_not_in_the_list(linker):
    doc = run(linker, "Di Jakarta, jaksa mempertemukan terdakwa Hendra Kusuma dengan Rini Hapsari selaku "
                      "Bupati Sinarjaya.")
    got = people(doc)
    assert got.get("Hendra Kusuma") == "IDN.CRM" and got.get("Rini Hapsari") == "IDN.GOV", got
    assert "Sinarjaya" not in got


def test_lawyer_of_a_defendant_stays_a_civilian(linker):
    doc = run(linker, "Di Jakarta, kuasa hukum terdakwa, Maqsud Ibrahim, membantah dakwaan itu.")
    assert people(doc).get("Maqsud Ibrahim") == "IDN.CVL"


def test_lawyer_named_after_a_kb_client(linker):
    """"Kuasa hukum Jokowi, X": the client keeps his own office, the lawyer is X."""
    doc = run(linker, "Kuasa hukum Jokowi, Maqsud Ibrahim, mengatakan kliennya sehat.", date="2020-01-10")
    got = people(doc)
    assert got.get("Joko Widodo") == "IDN.GOV" and got.get("Maqsud Ibrahim") == "IDN.CVL", got
    assert next(e for e in doc.entities if e.name == "Joko Widodo").role == "Presiden"


def test_an_official_is_not_a_suspect_for_speaking_of_one(linker):
    doc = run(linker, "Kapolres Sinarjaya AKBP Roy Gunawan mengatakan tersangka Hendra Kusuma sudah ditahan.")
    got = people(doc)
    assert got.get("Roy Gunawan") == "IDN.COP" and got.get("Hendra Kusuma") == "IDN.CRM", got


# -- regional offices -----------------------------------------------------------------------------

@pytest.mark.parametrize("row", rows("regional_roles.tsv"), ids=lambda r: r["role"])
def test_regional_office_keeps_the_region_out_of_the_name(linker, row):
    doc = run(linker, f"{row['role']} Karanganyar Hendra Kusuma meninjau lokasi banjir di Jawa Tengah.")
    ent = next((e for e in doc.entities if e.name == "Hendra Kusuma"), None)
    assert ent is not None, people(doc)
    assert ent.full_code == "IDN.GOV" and ent.role.endswith("Karanganyar"), (ent.role, ent.full_code)


@pytest.mark.parametrize("phrase, name, role", [
    ("Bupati Kolaka Timur Abdul Azis", "Abdul Azis", "Bupati Kolaka Timur"),
    ("Gubernur Sumsel Herman Deru", "Herman Deru", "Gubernur Sumsel"),
    ("Wali Kota Tanjungbalai Syahrial", "Syahrial", "Wali Kota Tanjungbalai"),
    ("Gubernur Herman Deru", "Herman Deru", "Gubernur"),
    ("Bupati Ahmad Sudrajat", "Ahmad Sudrajat", "Bupati"),
])
def test_the_register_of_regions_tells_region_from_holder(linker, phrase, name, role):
    doc = run(linker, f"{phrase} meninjau lokasi banjir di Indonesia bersama warga.")
    ent = next((e for e in doc.entities if e.name == name), None)
    assert ent is not None, people(doc)
    assert ent.full_code == "IDN.GOV" and ent.role == role, (ent.role, ent.full_code)


def test_an_office_of_a_known_region_without_a_name_is_an_actor(linker):
    doc = run(linker, "KPK menangkap Bupati Kolaka Timur di Jakarta.")
    assert people(doc).get("Bupati Kolaka Timur") == "IDN.GOV", people(doc)


def test_every_region_row_is_read_after_a_regional_office(linker):
    from warta.actors.kb import default_kb
    names = [r["name"] for r in rows("idn_regions.tsv")]
    assert len(names) > 500 and "Kolaka Timur" in names
    kb = default_kb()
    assert all("".join(n.lower().split()) in kb.idn_regions for n in names)


@pytest.mark.parametrize("row", rows("place_heads.tsv"), ids=lambda r: r["word"])
def test_multiword_region_after_a_regional_office(linker, row):
    region = f"{row['word'].capitalize()} Wirasena"
    doc = run(linker, f"Bupati {region} Hendra Kusuma meninjau lokasi banjir di Jawa Barat.")
    ent = next((e for e in doc.entities if e.name == "Hendra Kusuma"), None)
    assert ent is not None and ent.role == f"Bupati {region}", people(doc)


def test_region_with_direction_words(linker):
    doc = run(linker, "Wakil Bupati Ogan Komering Ilir Hendra Kusuma meninjau lokasi di Sumatera Selatan.")
    ent = next(e for e in doc.entities if e.name == "Hendra Kusuma")
    assert ent.role == "Wakil Bupati Ogan Komering Ilir"


def test_regional_body_with_kabupaten_before_the_holder(linker):
    doc = run(linker, "Hadir Anggota DPRD Kabupaten Sinarjaya Rini Hapsari dalam rapat di Jakarta.")
    assert people(doc).get("Rini Hapsari") == "IDN.LEG", people(doc)


def test_region_named_after_an_apposition_is_not_a_person(linker):
    doc = run(linker, "Jaksa di Jakarta memanggil Hendra Kusuma selaku Bupati Sinarjaya.")
    assert "Sinarjaya" not in people(doc) and people(doc).get("Hendra Kusuma") == "IDN.GOV"


# -- bodies and places that are not names -------------------------------------------------------

def test_acronym_glossed_body_between_office_and_name(linker):
    doc = run(linker, "Kepala Badan Pengelola Wisata Danau (BPWD) Andi Setiawan meninjau lokasi di Jakarta.")
    got = people(doc)
    assert got == {"Andi Setiawan": "IDN.GOV"}, got
    assert any(e.name == "Badan Pengelola Wisata Danau" and e.label == "ORG" for e in doc.entities)


def test_known_acronym_glossed_body(linker):
    doc = run(linker, "Kepala Badan Narkotika Nasional (BNN) Andi Setiawan mengatakan hal itu di Jakarta.")
    got = people(doc)
    assert list(got) == ["Andi Setiawan"], got


def test_village_and_law_references_are_not_people(linker):
    doc = run(linker, "Pencurian terjadi di rumah warga Desa Sukamaju Indah, Jawa Barat. Hal itu melanggar "
                      "Peraturan Presiden Nomor 16 Tahun 2018.")
    assert not people(doc), people(doc)


# -- appositions and names ----------------------------------------------------------------------

@pytest.mark.parametrize("text,name,code,role", [
    ("Sementara itu, Kepala Kejaksaan Negeri Sinarjaya, Hendra Kusuma menegaskan langkah itu tepat.",
     "Hendra Kusuma", "IDN.JUD", "Kepala Kejaksaan Negeri Sinarjaya"),
    ("Serangan itu jahat, kata Rudi Wirasena , direktur utama PT Sinar Data di Jakarta .",
     "Rudi Wirasena", "IDN.BUS", None),
    ("Hal itu disampaikan oleh juru bicara kementerian , Rudi Wirasena , di Jakarta.",
     "Rudi Wirasena", "IDN.GOV", "juru bicara kementerian"),
    ("Kasus itu menjerat mantan Kadis PUPR Sumut Rudi Wirasena di Medan.", "Rudi Wirasena", "IDN.GOV",
     "Kadis PUPR Sumut"),
])
def test_office_holder_appositions(linker, text, name, code, role):
    doc = run(linker, text)
    ent = next((e for e in doc.entities if e.name == name), None)
    assert ent is not None and ent.full_code == code, people(doc)
    if role:
        assert ent.role == role
    assert len([e for e in doc.entities if e.label == "PER"]) == 1, people(doc)


def test_one_word_alias_inside_another_name_is_not_the_kb_person(linker):
    """"Prabowo" alone is the President; "Bambang Prabowo" is someone else."""
    doc = run(linker, "Prabowo meminta aparat serius. Hal itu diungkap Prabowo di Jakarta.")
    assert people(doc) == {"Prabowo Subianto": "IDN.GOV"}
    doc = run(linker, "Menurut Bambang Prabowo, warga Jakarta kecewa.")
    assert "Prabowo Subianto" not in people(doc)


def test_party_of_a_known_name_abroad_takes_the_story_country(linker):
    doc = run(linker, "Di Bangkok, Thailand, partai itu kuat, kata Ong Klampaiboon , wakil ketua Partai Demokrat . "
                      "Thailand akan memilih.", date="2017-07-20")
    assert people(doc).get("Ong Klampaiboon") == "THA.PTY"


def test_lawyer_named_after_an_unknown_client(linker):
    doc = run(linker, "Polisi menetapkan Rini Hapsari sebagai tersangka. Ia tidak hadir, kata pengacara Rini Hapsari, "
                      "Jhony Boy Nababan, kepada wartawan di Jakarta.")
    got = people(doc)
    assert got.get("Rini Hapsari") == "IDN.CRM" and got.get("Jhony Boy Nababan") == "IDN.CVL", got
    lawyer = next(e for e in doc.entities if e.name == "Jhony Boy Nababan")
    assert "role" in {m.kind for m in lawyer.mentions}  # "pengacara Rini Hapsari" refers to the lawyer


def test_kabupaten_then_a_multiword_regency(linker):
    doc = run(linker, "Uang mengalir ke mantan Kepala Dinas PUPR Kabupaten Mandailing Natal Rini Hapsari di Medan.")
    assert "Rini Hapsari" in people(doc), people(doc)


@pytest.mark.parametrize("row", [r for r in rows("generic.tsv") if r["code"] == "-"], ids=lambda r: r["noun"])
def test_group_nouns_of_no_country_are_no_actor(linker, row):
    """"masyarakat internasional": a group of no one country is no coded actor, not the home
    country's civilians nor the country named next."""
    doc = run(linker, f"{row['noun'][:1].upper() + row['noun'][1:]} mengecam serangan Israel ke Gaza.",
              date="2024-06-21")
    assert not [e for e in doc.entities if row["noun"].split()[0] in e.name.lower()], \
        [(e.name, e.full_code) for e in doc.entities]


@pytest.mark.parametrize("row", [r for r in rows("generic.tsv") if r["code"] and r["code"] != "-"],
                         ids=lambda r: r["noun"])
def test_group_nouns_that_name_their_country(linker, row):
    """"WNI", "TKI": Indonesians wherever the story happens, even with a foreign place after."""
    doc = run(linker, f"Polisi Hong Kong menahan seorang {row['noun']} di bandara. Otoritas Hong Kong "
                      f"memeriksa {row['noun']} Hong Kong itu.", date="2017-12-24")
    ent = next(e for e in doc.entities if e.name.startswith(row["noun"]))
    assert ent.code == row["code"] and ent.sector == row["sector"], [(e.name, e.full_code) for e in doc.entities]
    assert next(e for e in doc.entities if e.name == "Polisi Hong Kong").code == "HKG"


@pytest.mark.parametrize("text,name,code,role", [
    ("Pemimpin Mayoritas Senat AS Mitch Brown mendesak pemungutan suara di Washington.", "Mitch Brown", "USA.LEG",
     "Pemimpin Mayoritas Senat AS"),
    ("Juru bicara Sinar Airlines Jonathan Weller mengatakan aturan itu berlaku di Jakarta.", "Jonathan Weller",
     "IDN.BUS", "Juru bicara Sinar Airlines"),
    ("Hal itu dikatakan juru bicara pemerintahan Letnan Jenderal Somchai Kaewkam di Bangkok, Thailand.",
     "Somchai Kaewkam", "THA.GOV", "juru bicara pemerintahan"),
])
def test_weak_offices_take_the_sector_of_their_body(linker, text, name, code, role):
    """"Pemimpin", "juru bicara": the body named with the office decides (Senate: LEG;
    a company: BUS; the government: GOV, even when the speaker holds a military rank)."""
    doc = run(linker, text, date="2017-07-20")
    ent = next((e for e in doc.entities if e.name == name), None)
    assert ent is not None and (ent.full_code, ent.role) == (code, role), people(doc)


def test_a_status_noun_that_starts_the_next_clause_is_no_apposition(linker):
    doc = run(linker, "Menurut kepala strategi perusahaan itu , Kyle Warren , pelaku menggunakan ribuan perangkat "
                      "di Jakarta.")
    assert people(doc).get("Kyle Warren") != "IDN.CRM", people(doc)


def test_a_company_named_without_its_head_word_after_an_office(linker):
    doc = run(linker, "Ia mantan pejabat Wirasena di Jakarta. Kemudian PT Wirasena meminjam alat pengolahan.")
    assert "Wirasena" not in people(doc), people(doc)
    assert any(e.name == "PT Wirasena" and e.full_code == "IDN.BUS" for e in doc.entities)


@pytest.mark.parametrize("text,name,code", [
    ("Kedua jemaah itu diketahui bernama Atim Wirasena ( 62 ) asal Bogor , Jawa Barat.", "Atim Wirasena", "IDN.CVL"),
    ("Polisi menangkap seorang pengedar narkoba bernama Budi Wirasena di Jakarta.", "Budi Wirasena", "IDN.CRM"),
    ("Ia menyebut seorang teman bernama Budi Wirasena di Jakarta.", "Budi Wirasena", "IDN"),
])
def test_named_after_a_group_noun(linker, text, name, code):
    """"<kelompok> ... bernama X": the group noun of the clause gives X's sector, if it has one."""
    assert people(run(linker, text)).get(name) == code, people(run(linker, text))


@pytest.mark.parametrize("text,name", [
    ("Penculik itu diidentifikasi sebagai warga Polandia bernama Lukas Wirasena di Milan, Italia.", "Lukas Wirasena"),
    ("KPK memproses mantan pejabat Antam bernama Dody Wirasena di Jakarta.", "Dody Wirasena"),
])
def test_nationality_and_former_office_before_bernama_give_no_sector(linker, text, name):
    doc = run(linker, text)
    ent = next(e for e in doc.entities if e.name == name)
    assert ent.sector is None, (ent.full_code, ent.role)


def test_two_officers_with_terms_of_office_listed_as_suspects(linker):
    doc = run(linker, "Kedua tersangka adalah Direktur Utama PT Sinar Data periode 2010-2015 Rahmat Wirasena dan "
                      "Direktur Keuangan PT Sinar Data periode 2010-2015 Debby Hapsari.")
    got = people(doc)
    assert got.get("Rahmat Wirasena") == "IDN.CRM" and got.get("Debby Hapsari") == "IDN.CRM", got
    assert next(e for e in doc.entities if e.name == "Debby Hapsari").role.startswith("Direktur Keuangan")


def test_rebel_leader_named_after_a_comma_and_an_age(linker):
    doc = run(linker, "Bentrokan dipicu pembunuhan pemimpin pemberontak , Burhan Wirasena ( 22 ) , di Kashmir, India .")
    assert people(doc).get("Burhan Wirasena") == "IND.REB", people(doc)


def test_defendants_listed_with_their_company_offices(linker):
    doc = run(linker, "Tiga terdakwa yakni Direktur Operasional PT Sinar Data, Nasrul, Kepala Cabang PT Sinar Data "
                      "Jateng-DIY Agus Wirasena, dan Direktur Utama PT Sinar Data Ali Hapsari yang didakwa korupsi.")
    got = people(doc)
    assert {n: got.get(n) for n in ("Nasrul", "Agus Wirasena", "Ali Hapsari")} == {
        "Nasrul": "IDN.CRM", "Agus Wirasena": "IDN.CRM", "Ali Hapsari": "IDN.CRM"}, got
    assert any(e.name == "PT Sinar Data Jateng-DIY" for e in doc.entities)


@pytest.mark.parametrize("text,name,role", [
    ("Wakil Ketua MPR Lestari Moerdijat mengatakan pemerintah harus bertindak.", "Lestari Moerdijat", "Wakil Ketua MPR"),
    ("Ketua MPR Sentosa Wirananda menerima rombongan itu.", "Sentosa Wirananda", "Ketua MPR"),
    ("Kapolres Metro Depok AKBP Wahyu Nugroho mengatakan pelaku ditangkap.", "Wahyu Nugroho", "Kapolres Metro Depok"),
    ("Kajati Sumut Idianto mengatakan berkas itu lengkap.", "Idianto", "Kajati Sumut"),
])
def test_only_a_regional_body_takes_a_place_after_its_office(linker, text, name, role):
    """'Kapolres Metro Depok': the office of a body that exists per region may name the region;
    after a national body's office ('Wakil Ketua MPR') the next capitalised word is the name."""
    doc = run(linker, text)
    ent = next(e for e in doc.entities if e.label == "PER")
    assert (ent.name, ent.role) == (name, role)


@pytest.mark.parametrize("text", [
    "Polisi memeriksa Saudara AS terkait laporan itu. Saudara AS mengaku tidak tahu.",
    "Tersangka berinisial AS ditahan di Polres Bogor.",
    "Polisi menangkap AS (30) di rumahnya di Bogor.",
])
def test_initials_that_spell_a_country_are_a_person(linker, text):
    """'AS' is Amerika Serikat, but after 'Saudara'/'berinisial' or before '(30)' it is a
    person's initials: no United States in the story, and the person is Indonesian."""
    doc = run(linker, text)
    assert not any(e.code == "USA" for e in doc.entities)
    assert any(e.label == "PER" and e.name == "AS" for e in doc.entities)


def test_the_country_alias_still_counts_outside_initials(linker):
    doc = run(linker, "Pemerintah AS menjatuhkan sanksi baru kepada Iran.")
    assert any(e.code == "USA" for e in doc.entities)


@pytest.mark.parametrize("text,code", [
    ("Koalisi itu terdiri atas PKS, PAN, PBB dan Partai Gerindra.", "IDN.PTY"),
    ("Pemilu diikuti Partai Golkar, PBB, dan Hanura.", "IDN.PTY"),
    ("PBB menyerukan gencatan senjata di Gaza.", "IGO:UN"),
    ("Indonesia, Malaysia dan PBB membahas bantuan itu.", "IGO:UN"),
])
def test_an_acronym_with_two_readings_is_a_party_only_among_parties(linker, text, code):
    """'PBB' is the UN, and also Partai Bulan Bintang: the party only in a list whose
    neighbour is a party (or right after 'Partai')."""
    doc = run(linker, text)
    pbb = next(e for e in doc.entities if e.name == "PBB" or "PBB" in [m.text for m in e.mentions])
    assert pbb.full_code == code


@pytest.mark.parametrize("text, name", [
    ("Kapolres Badung AKBP I Made Parwita mengatakan pelaku sudah ditahan di Denpasar.", "I"),
    ("Kanit Reskrim Polsek Kuta Iptu Ni Luh Sari memeriksa saksi di Denpasar.", "Ni"),
])
def test_a_balinese_name_prefix_is_no_suspects_initials(linker, text, name):
    """'I Made', 'Ni Luh': a capital letter before a written-out name opens the name; it is not
    the initials of a suspect (IDN.CRM)."""
    doc = run(linker, text)
    assert not [e for e in doc.entities if e.name == name and e.source == "initials"], \
        [(e.name, e.full_code, e.source) for e in doc.entities]


def test_initials_are_still_initials(linker):
    doc = run(linker, "Polisi menangkap pelaku berinisial AS di Bogor.")
    assert [e.full_code for e in doc.entities if e.name == "AS"] == ["IDN.CRM"]


@pytest.mark.parametrize("word", ["South", "North", "Coast", "Delta", "Lakes", "Maritime"])
def test_a_plain_word_is_no_region(word):
    """Regions named by a plain English/French word (Cameroon's 'North') are not in the KB:
    'South Asia Democratic Forum' is no Cameroonian body."""
    from warta.actors.kb import default_kb
    assert not [e for e in default_kb().entries.get((word.lower(),), []) if e.code and e.kind in ("region", "city")]


@pytest.mark.parametrize("text, name", [
    ("Gubernur DKI Jakarta Sutrisno Hadiwijoyo menerima kunjungan para uskup.", "Sutrisno Hadiwijoyo"),
    ("Wakil Gubernur DKI Jakarta Rina Marlina Sari meresmikan taman kota.", "Rina Marlina Sari"),
])
def test_an_office_of_dki_jakarta_before_a_name(linker, text, name):
    """'Gubernur DKI Jakarta <name>': the two-word province belongs to the office."""
    doc = run(linker, text)
    assert [e.full_code for e in doc.entities if e.name == name] == ["IDN.GOV"], \
        [(e.name, e.full_code) for e in doc.entities]


def test_a_shorter_name_inside_one_longer_name_is_that_person(linker):
    """'Ade Ary' after 'Kombes Ade Ary Syam Indradi': one person, with the office."""
    doc = run(linker, 'Kabid Humas Polda Metro Jaya Kombes Sutrisno Adi Wibowo Santoso mengatakan pelaku ditahan. '
                      '"Kami sudah menahan pelaku," kata Sutrisno Adi.')
    people = [e for e in doc.entities if e.label == "PER" and e.mentions and "Sutrisno" in e.name]
    assert len(people) == 1 and people[0].full_code == "IDN.COP", [(e.name, e.full_code) for e in people]


def test_a_committee_is_not_the_body_it_inquires_into(linker):
    """'Pansus Angket KPK': the DPR's inquiry committee (LEG), not the KPK it looks into."""
    doc = run(linker, "Pansus Angket KPK meminta KPK hadir dalam rapat di Jakarta.")
    assert [e.full_code for e in doc.entities if e.name == "Pansus Angket KPK"] == ["IDN.LEG"], \
        [(e.name, e.full_code) for e in doc.entities]


@pytest.mark.parametrize("desc, code", [("Pria asal Argentina itu", "ARG"), ("Pelatih kelahiran Portugal tersebut", "PRT")])
def test_a_definite_description_states_the_last_persons_nationality(linker, desc, code):
    """'X ... Pria asal Argentina itu ...': a foreign name the KB does not know takes the country
    the description gives, not the story's home country."""
    doc = run(linker, f'Polisi Jakarta memeriksa Marcelo Bielsa di Jakarta. "Saya tidak bersalah," kata Marcelo '
                      f'Bielsa. {desc} membantah tuduhan.')
    assert [e.code for e in doc.entities if e.name == "Marcelo Bielsa"] == [code], \
        [(e.name, e.full_code) for e in doc.entities]


def test_a_described_hometown_is_no_nationality(linker):
    doc = run(linker, 'Polisi Jakarta memeriksa Marcelo Bielsa di Jakarta. "Saya tidak bersalah," kata Marcelo '
                      'Bielsa. Pria asal Bogor itu membantah tuduhan.')
    assert [e.code for e in doc.entities if e.name == "Marcelo Bielsa"] == ["IDN"]


@pytest.mark.parametrize("opener", ["Terpisah", "Kemarin", "Sebelumnya", "Adapun"])
def test_a_sentence_opener_before_an_office_is_no_person(linker, opener):
    doc = run(linker, f"{opener}, Kapolres Grobogan AKBP Rizky Pratama menangkap pelaku di Purwodadi.")
    assert opener not in people(doc) and people(doc).get("Rizky Pratama") == "IDN.COP", people(doc)


def test_a_second_office_after_a_comma_opens_a_second_person(linker):
    doc = run(linker, "Di depan anggota Komisi III DPR, Kapolri Listyo Sigit Prabowo menolak tuduhan itu.")
    assert people(doc).get("Listyo Sigit Prabowo") == "IDN.COP", people(doc)


@pytest.mark.parametrize("text", [
    "Endang Sulastri (41) alias Mami ditemukan tewas di rumahnya di Gorontalo.",
    "Polisi datang ke lokasi. Endang Sulastri (41) ditemukan tewas di rumahnya.",
])
def test_a_name_with_an_age_opens_a_sentence(linker, text):
    assert "Endang Sulastri" in people(linker_run := run(linker, text)), people(linker_run)


@pytest.mark.parametrize("text", [
    "Massa berkumpul di Jalan Kejaksaan, Medan, sejak pagi.",
    "Jalan Kapten Maulana Lubis ditutup sejak pagi.",
    "Massa berkumpul di Jl. Jenderal Sudirman sejak pagi.",
])
def test_a_streets_name_is_no_actor(linker, text):
    assert not [e.name for e in run(linker, text).entities if e.code and e.label in ("PER", "ORG")
                and e.name not in ("Massa",)], people(run(linker, text))


def test_an_office_with_its_ordinal_gives_the_holder(linker):
    doc = run(linker, "Presiden ke-2 RI Soeharto meresmikan waduk itu di Jawa Tengah.")
    assert people(doc).get("Soeharto") == "IDN.GOV", people(doc)


@pytest.mark.parametrize("text, acts", [
    ("Kementerian Sosial bekerja sama dengan Kabupaten Karawang dalam program itu.", True),
    ("Kabupaten Sukabumi meminta bantuan pemerintah pusat.", True),
    ("Banjir melanda Kabupaten Karawang sejak Senin.", False),
    ("Warga di Kabupaten Karawang mengungsi.", False),
])
def test_a_region_acting_is_its_government(linker, text, acts):
    got = {e.name: e.full_code for e in run(linker, text).entities}
    region = next((n for n in got if n.startswith("Kabupaten")), None)
    assert (region is not None and got[region] == "IDN.GOV") == acts, got
