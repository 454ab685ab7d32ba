"""The actors stage on small texts written here, and on the seed when ../shared is present."""
from __future__ import annotations

import pytest

from warta.actors import ActorLinker, resolve_at
from warta.model import Document, Published, Span
from warta.options import PipelineOptions


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(PipelineOptions(use_ner=False))


def run(linker: ActorLinker, text: str, date: str | None = "2024-06-21", **kw) -> Document:
    doc = Document(id="t", raw_text=text, **kw)
    doc.text = text
    doc.language = "id"
    if date:
        doc.published = Published(date)
    return linker(doc)


def ent(doc: Document, name: str):
    found = [e for e in doc.entities if e.name == name]
    assert found, [(e.name, e.full_code) for e in doc.entities]
    return found[0]


def test_kb_person_role_apposition_and_short_name(linker):
    text = ("Menteri Luar Negeri Korea Selatan Cho Tae-yul bertemu Menteri Luar Negeri AS Antony Blinken "
            "di Seoul. Cho mengatakan kedua negara sepakat.")
    doc = run(linker, text)
    cho = ent(doc, "Cho Tae-yul")
    assert cho.full_code == "KOR.GOV" and cho.role.startswith("Menteri Luar Negeri")
    assert [m.kind for m in cho.mentions] == ["name", "short"]
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)
    assert ent(doc, "Antony Blinken").full_code == "USA.GOV"
    # the country inside the role phrase is a modifier, not a separate mention
    assert not any(m.text == "Korea Selatan" for m, _ in doc.mentions_in(0, len(text)))


def test_role_at_the_article_date(linker):
    doc = run(linker, "Menteri Luar Negeri Korea Selatan Park Jin berkunjung ke Tokyo.", date="2022-06-01")
    assert ent(doc, "Park Jin").full_code == "KOR.GOV"


def test_person_not_in_kb_from_role_and_rank(linker):
    doc = run(linker, "Kapolres Metro Depok Kombes Arief Wicaksono mengatakan pelaku sudah ditangkap.")
    p = ent(doc, "Arief Wicaksono")
    assert p.full_code == "IDN.COP" and p.role == "Kapolres Metro Depok" and p.source == "role-pattern"
    assert ent(doc, "Polres Metro Depok").full_code == "IDN.COP"


def test_role_comma_name(linker):
    doc = run(linker, '"Kami periksa," kata Juru Bicara KPK, Andi Saputra, kepada wartawan.')
    assert ent(doc, "Andi Saputra").full_code == "IDN.JUD"


def test_foreign_prosecutor_and_demonym(linker):
    doc = run(linker, "Wakil Jaksa Penuntut Umum Milan Marco Bellini menyebut warga Polandia bernama Jan Kowalski ditangkap.",
              date="2017-08-06")
    assert ent(doc, "Jan Kowalski").code == "POL"


def test_generic_actors_take_country_from_context(linker):
    doc = run(linker, "Polisi Meksiko menangkap dua orang. Pemerintah Rusia mengecam serangan itu.")
    codes = {e.name: e.full_code for e in doc.entities}
    assert codes["Polisi Meksiko"] == "MEX.COP"
    assert codes["Pemerintah Rusia"] == "RUS.GOV"


def test_generic_actor_defaults_to_home_country(linker):
    doc = run(linker, "KPK menetapkan tersangka baru. Polisi juga memeriksa warga di Bekasi.")
    codes = {e.name.lower(): e.full_code for e in doc.entities}
    assert codes["polisi"] == "IDN.COP" and codes["tersangka"] == "IDN.CRM" and codes["kpk"] == "IDN.JUD"


def test_home_country_of_a_foreign_story(linker):
    text = ("Perang antargeng di penjara Acapulco, Meksiko, menewaskan 28 orang. Pemerintah Meksiko menyelidiki. "
            "Polisi menahan sejumlah narapidana.")
    doc = run(linker, text, date="2017-07-07")
    assert doc.meta["home_country"] == "MEX"
    assert ent(doc, "Polisi").full_code == "MEX.COP"


def test_initials_are_persons(linker):
    doc = run(linker, "Polisi menangkap tersangka berinisial AB (30) di rumahnya. Tersangka AB mengaku menyesal.")
    ab = ent(doc, "AB")
    assert ab.full_code == "IDN.CRM" and len(ab.mentions) == 2


def test_name_glossed_by_initials(linker):
    doc = run(linker, "KPK menahan tersangka Bambang Hartono (BH), Direktur PT Maju Jaya. BH diperiksa sejak pagi.")
    bh = ent(doc, "Bambang Hartono")
    assert bh.code == "IDN" and bh.sector == "CRM"
    assert [m.text for m in bh.mentions] == ["Bambang Hartono", "BH", "BH"]
    assert ent(doc, "PT Maju Jaya").full_code == "IDN.BUS"


def test_capital_as_actor_only_when_acting(linker):
    doc = run(linker, "Washington menolak usulan itu. Delegasi tiba di Beijing kemarin.")
    assert ent(doc, "Washington").full_code == "USA.GOV"
    assert not any(e.name == "Beijing" for e in doc.entities)


def test_hyphenated_and_bracketed_countries(linker):
    doc = run(linker, "Latihan gabungan Korsel-AS digelar. Presiden Amerika Serikat ( AS ) Joe Biden hadir.")
    codes = {e.code for e in doc.entities}
    assert {"KOR", "USA"} <= codes


def test_igo_codes(linker):
    doc = run(linker, "Dewan Keamanan PBB (DK PBB) bersidang. Sekjen PBB dan ASEAN ikut bicara.")
    codes = {e.code for e in doc.entities}
    assert {"IGO:UNSC", "IGO:ASEAN"} <= codes


def test_pronouns_and_role_mentions(linker):
    text = ('Presiden Joko Widodo meresmikan bendungan. "Ini untuk petani," ujarnya. '
            "Presiden juga meminta pejabat bekerja keras. Ia lalu kembali ke Jakarta.")
    doc = run(linker, text, date="2019-01-10")
    jw = ent(doc, "Joko Widodo")
    kinds = [m.kind for m in jw.mentions]
    assert kinds.count("pronoun") == 2 and "role" in kinds
    nya = [m for m in jw.mentions if m.text == "nya"][0]
    assert text[nya.start - 4:nya.end] == "ujarnya"
    assert resolve_at(doc, len(text) - 1) is jw


def test_empty_and_odd_input_do_not_crash(linker):
    for t in ("", "   ", "!!! ((( ))) ---", "A" * 5000, "Polisi"):
        doc = run(linker, t)
        assert isinstance(doc.entities, list)


def test_seed_done_criteria(seed_path):
    from warta.pipeline import Pipeline
    from warta.readers import read_inputs

    doc = Pipeline()(next(iter(read_inputs([str(seed_path)]))))
    by = {e.name: e for e in doc.entities}
    for name in ("Cho Tae-yul", "Antony Blinken", "Yoko Kamikawa"):
        assert by[name].sector == "GOV" and by[name].role, name
    assert by["Cho Tae-yul"].code == "KOR" and by["Antony Blinken"].code == "USA" and by["Yoko Kamikawa"].code == "JPN"
    assert by["Kim Jong-un"].code == "PRK" and by["Vladimir Putin"].code == "RUS" and by["Yoon Suk Yeol"].code == "KOR"
    codes = {e.code for e in doc.entities}
    assert {"KOR", "USA", "JPN", "PRK", "RUS", "IGO:UNSC"} <= codes
    import re
    chos = [m.start() for m in re.finditer(r"\bCho\b", doc.text)]
    linked = {m.start for m in by["Cho Tae-yul"].mentions}
    assert chos and set(chos) <= linked


def test_role_with_country_and_no_name_is_the_office_holder(linker):
    doc = run(linker, "Presiden Prancis mengecam serangan itu.", date="2019-03-01")
    assert ent(doc, "Emmanuel Macron").full_code == "FRA.GOV"
    doc = run(linker, "Gubernur Jakarta menolak rencana itu.", date="2025-10-01")
    g = [e for e in doc.entities if e.role == "Gubernur"]
    assert g and g[0].code == "IDN" and g[0].mentions[0].kind == "role"


def test_lawyer_of_a_known_person_is_not_that_person(linker):
    doc = run(linker, "Terdakwa Hendra Wijaya membacakan pleidoi. Putusan itu keliru, ujar kuasa hukum Hendra.",
              date="2025-10-01")
    assert ent(doc, "Hendra Wijaya").sector == "CRM"
    lawyer = ent(doc, "kuasa hukum Hendra")
    assert lawyer.full_code == "IDN.CVL"


def test_embassy_with_city_is_indonesian(linker):
    doc = run(linker, "KBRI Riyadh terus mendampingi WNI tersebut.", date="2017-03-16")
    assert ent(doc, "KBRI Riyadh").full_code == "IDN.GOV"


def test_generic_noun_with_country_then_name(linker):
    doc = run(linker, "Polisi Malaysia menahan seorang warga negara Indonesia, Sari Wulandari, di bandara.",
              date="2017-02-20")
    p = ent(doc, "Sari Wulandari")
    assert p.code == "IDN" and p.role == "warga negara Indonesia"


def test_bare_office_of_the_home_country_is_its_holder(linker):
    doc = run(linker, "Polisi Indonesia bersiaga. Presiden meminta aparat menjaga keamanan di Jakarta.",
              date="2025-10-21")
    p = ent(doc, "Prabowo Subianto")
    assert p.full_code == "IDN.GOV" and [m.kind for m in p.mentions] == ["role"]


@pytest.mark.parametrize("text,name,code", [
    ("Ratusan penambang di Gunung Kelud diusir aparat.", "penambang", "IDN.CVL"),
    ("Para eksportir meminta pemerintah menurunkan bea keluar.", "eksportir", "IDN.BUS"),
    ("Sejumlah pelaku usaha mengeluhkan aturan baru itu.", "pelaku usaha", "IDN.BUS"),
    ("Polisi menilang 300 pengendara yang melanggar aturan.", "pengendara", "IDN.CVL"),
    ("Kemarin guru honorer berunjuk rasa di depan kantor bupati.", "guru honorer", "IDN.EDU"),
    ("Kemarin petani cabai memprotes harga pupuk.", "petani", "IDN.AGR"),
    ("Ribuan buruh pabrik berunjuk rasa.", "buruh", "IDN.LAB"),
    ("Pemerintah menyita paspor pekerja migran Vietnam itu.", "pekerja migran Vietnam", "VNM.LAB"),
])
def test_occupational_groups_are_actors(linker, text, name, code):
    """Groups named by occupation or status act and are acted upon: home country + sector."""
    assert ent(run(linker, text), name).full_code == code


def test_group_noun_before_a_body_of_its_sector_is_a_classifier(linker):
    """"maskapai Garuda Indonesia": one actor, the airline; "karyawan PT X": two actors."""
    doc = run(linker, "Pemerintah meminta maskapai Garuda Indonesia menurunkan harga tiket.")
    assert not [e for e in doc.entities if e.name == "maskapai"]
    assert ent(doc, "Garuda Indonesia").full_code == "IDN.BUS"
    doc = run(linker, "Hakim memvonis karyawan PT Sinar Jaya Abadi.")
    assert ent(doc, "karyawan").full_code == "IDN.LAB"


def test_acronym_after_a_body_closes_it(linker):
    """"Deputi Kemenko XYZ Rachmat ...": XYZ belongs to the body, the name starts after it."""
    doc = run(linker, "Deputi Kemenko XYZ Rachmat Hadi Wibowo mengatakan hal itu kemarin.")
    p = ent(doc, "Rachmat Hadi Wibowo")
    assert p.full_code == "IDN.GOV" and p.role == "Deputi Kemenko XYZ"
    assert not [e for e in doc.entities if e.name.startswith("XYZ")]
    doc = run(linker, "Sementara itu Kemenko XYZ Rachmat Hadi Wibowo mengatakan hal itu.")
    assert ent(doc, "Rachmat Hadi Wibowo")


@pytest.mark.parametrize("text,body,person,code", [
    ("Wakil Ketua Umum Partai Harapan Bangsa Siti Rahmawati mengkritik kebijakan itu.",
     "Partai Harapan Bangsa", "Siti Rahmawati", "IDN.PTY"),
    ("Direktur Yayasan Cahaya Negeri Andi Wijaya menolak tuduhan itu.",
     "Yayasan Cahaya Negeri", "Andi Wijaya", "IDN.CVL"),
    ("Rektor Universitas Harapan Bangsa Andi Wijaya menolak usulan itu.",
     "Universitas Harapan Bangsa", "Andi Wijaya", "IDN.EDU"),
    ("Direktur PT Sinar Wirasena Siti Rahmawati ditangkap polisi.",
     "PT Sinar Wirasena", "Siti Rahmawati", "IDN.BUS"),
    ("Ketua Umum Partai Harapan Bangsa mengkritik kebijakan itu.", "Partai Harapan Bangsa", None, None),
    ("Ketua Partai Sinar Siti Rahmawati hadir.", "Partai Sinar", "Siti Rahmawati", "IDN.PTY"),
    ("Ketua Partai Sinar Rahmawati hadir.", "Partai Sinar Rahmawati", None, None),
])
def test_unknown_body_between_role_and_name(linker, text, body, person, code):
    """An unknown body after a role: 4+ capitalised words -> body + a two-word holder;
    fewer -> all body, no person (the split point is not in the text)."""
    doc = run(linker, text)
    assert ent(doc, body).label == "ORG"
    if person:
        assert ent(doc, person).full_code == code
    else:
        assert not [e for e in doc.entities if e.label == "PER"]


def test_birthplace_country_is_not_an_actor(linker):
    """"seorang Uzbekistan kelahiran Kyrgyzstan": the nationality is the first country;
    the birthplace describes the person and is no participant."""
    doc = run(linker, "Seorang warga Uzbekistan kelahiran Kyrgyzstan menaruh bom di kereta.")
    assert ent(doc, "warga Uzbekistan").full_code == "UZB.CVL"
    assert not [e for e in doc.entities if e.code == "KGZ"]


@pytest.mark.parametrize("text,name,role", [
    ("Hal itu diungkapkan Jaksa Penuntut Umum (JPU) Rudi Hartono dalam sidang di Semarang.",
     "Rudi Hartono", "Jaksa Penuntut Umum"),
    ("Kepala Kepolisian Daerah (Kapolda) Irjen Andi Wibowo meninjau lokasi.", "Andi Wibowo", None),
])
def test_acronym_gloss_between_office_and_name(text, name, role):
    from warta.pipeline import Pipeline

    doc = Pipeline()(Document(id="g", raw_text=text))
    people = {e.name: e for e in doc.entities if e.label == "PER"}
    assert name in people, [e.name for e in doc.entities]
    if role:
        assert people[name].role == role


@pytest.mark.parametrize("text", ["Tokyo khawatir negaranya terkena rudal.", "Tokyo siap membantu.",
                                  "Tokyo dan Washington memiliki perjanjian aliansi pertahanan."])
def test_capital_as_actor_in_a_state_or_a_coordination(linker, text):
    """"Tokyo khawatir", "Tokyo dan Washington memiliki ...": the government of the capital."""
    doc = run(linker, text)
    assert ent(doc, "Tokyo").full_code == "JPN.GOV"
    # a place after "di" stays a place, coordinated or not
    assert not any(e.name == "Tokyo" for e in run(linker, "Delegasi tiba di Tokyo dan Washington kemarin.").entities)


@pytest.mark.parametrize("text, office", [
    ("Sugiono bertemu Menteri Luar Negeri Malaysia di Kuala Lumpur, Selasa.", "Menteri Luar Negeri Malaysia"),
    ("Delegasi itu bertemu pejabat Kemlu Jepang di Tokyo, Selasa.", "pejabat Kemlu Jepang"),
])
def test_place_after_an_office_with_its_country_is_where_it_happened(linker, text, office):
    """Once an office names its country or body, "di X" says where the meeting was: it is
    not part of the office (nor of a person's name)."""
    doc = run(linker, text)
    names = [e.name for e in doc.entities if e.label == "PER"]
    assert office in names and not any(" di " in n for n in names)


def test_place_after_a_bare_office_before_a_building_is_the_venue(linker):
    doc = run(linker, "Atlet itu bertemu Presiden di Istana Merdeka.", date="2025-03-05")
    assert not any(" di " in e.name for e in doc.entities)
    assert any(m.text == "Presiden" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize("text, office", [
    ("Duta Besar RI di Washington Rosan Roeslani bertemu Menteri Luar Negeri AS.", "Duta Besar RI di Washington"),
    ("Acara dihadiri Kepala Kejaksaan Negeri di Bali.", "Kepala Kejaksaan Negeri di Bali"),
])
def test_a_post_or_a_jurisdiction_after_di_stays_in_the_office(linker, text, office):
    doc = run(linker, text, date="2025-03-05")
    assert any(office in (e.role or "") or e.name == office for e in doc.entities)


def test_a_longer_name_that_starts_like_a_known_person_is_someone_else(linker):
    """"Budi Santoso Harjono" is not the Budi Santoso of the KB (a minister): the name runs on."""
    known = run(linker, "Menteri Perdagangan Budi Santoso mengatakan hal itu.", date="2025-03-05")
    assert ent(known, "Budi Santoso").sector == "GOV"
    doc = run(linker, "Juru bicara KPK Budi Santoso Harjono mengatakan hal itu.", date="2025-03-05")
    assert not any(e.name == "Budi Santoso" for e in doc.entities)
    assert ent(doc, "Budi Santoso Harjono").code == "IDN"
    # a capitalised word the dictionary knows (a title-case headline) does not make a new name
    head = run(linker, "Budi Santoso Resmikan Pasar Baru", date="2025-03-05")
    assert any(e.name == "Budi Santoso" for e in head.entities)


@pytest.mark.parametrize("text", ["Kepala Sekolah mengatakan ujian ditunda.", "Kepala Dinas Pendidikan mengatakan ujian ditunda.",
                                  "Acara dihadiri para Kepala Daerah se-Bali.", "Kepala Bagian Umum mengatakan anggaran cukup."])
def test_an_office_unit_or_field_is_no_persons_name(linker, text):
    """"Kepala Sekolah", "Kepala Dinas Pendidikan", "Kepala Daerah": the words after the office
    name its unit or field (a name blocker, a pe-...-an noun), not its holder."""
    doc = run(linker, text, date="2025-03-05")
    unit_words = {"Sekolah", "Dinas", "Pendidikan", "Daerah", "Bagian", "Umum"}
    assert not any(e.name.split()[0] in unit_words for e in doc.entities if e.label == "PER"), \
        [(e.name, e.source) for e in doc.entities]


def test_the_field_of_an_office_comes_before_the_holder(linker):
    """Guard: with the field and a known city before it, the holder is still read."""
    doc = run(linker, "Kepala Dinas Perhubungan Kota Bandung Ricky Gustiadi mengatakan hal itu.", date="2025-03-05")
    ricky = ent(doc, "Ricky Gustiadi")
    assert ricky.full_code == "IDN.GOV" and "Perhubungan" in (ricky.role or "")


@pytest.mark.parametrize("field", ["Perkeretaapian", "Pendayagunaan", "Pertanggungjawaban"])
def test_a_field_built_on_a_two_word_root_is_no_name(linker, field):
    """"Direktur Jenderal Perkeretaapian Risal Wasal": the field's root is "kereta api" written
    closed up under the circumfix, which the stemmer's dictionary does not hold."""
    doc = run(linker, f"Direktur Jenderal {field} Risal Wasal meninjau stasiun itu.", date="2025-03-05")
    assert any(e.name == "Risal Wasal" for e in doc.entities), [(e.name, e.source) for e in doc.entities]


@pytest.mark.parametrize("holder", ["Suharyanto", "Budi Harsono"])
def test_a_name_set_off_by_commas_after_a_body_is_its_holder(linker, holder):
    """"Ketua Serikat Pekerja Taru Martani, Suharyanto, mengatakan": the words before the comma
    name the union, the holder follows the comma."""
    doc = run(linker, f"Ketua Serikat Pekerja Taru Martani, {holder}, mengatakan buruh akan mogok.", date="2025-03-05")
    person = ent(doc, holder)
    assert person.full_code == "IDN.LAB" and "Taru Martani" in (person.role or "")
    assert not any(e.name == "Taru Martani" and e.label == "PER" for e in doc.entities)
    # a day after the comma is no holder
    doc = run(linker, "Ketua Serikat Pekerja Budi Harsono, Senin, mengatakan buruh akan mogok.", date="2025-03-05")
    assert ent(doc, "Budi Harsono").full_code == "IDN.LAB"


@pytest.mark.parametrize("qualifier", ["sementara", "terpilih", "interim", "nonaktif"])
def test_a_qualifier_after_the_office_belongs_to_it(linker, qualifier):
    """"Presiden sementara Jose Jeri": the qualifier is part of the office, the holder follows."""
    doc = run(linker, f"Lima - Presiden {qualifier} Jose Jeri mengumumkan keadaan darurat.", date="2025-10-22")
    jeri = ent(doc, "Jose Jeri")
    assert jeri.sector == "GOV" and (jeri.role or "").startswith(f"Presiden {qualifier}")


def test_a_one_word_lawyer_after_the_client(linker):
    """"Kuasa hukum Lisa Mariana, Sugito, ...": the client, then the lawyer (one word, set off by commas)."""
    doc = run(linker, "Kuasa hukum Lisa Mariana, Sugito, menyebut penetapan itu tidak sah.", date="2025-10-22")
    assert ent(doc, "Sugito").sector == "CVL"
    assert ent(doc, "Lisa Mariana").role is None


@pytest.mark.parametrize("clause", ["yang menjabat sebagai", "yang kini menjabat sebagai", "yang juga bertugas sebagai"])
def test_the_office_in_a_relative_clause_after_the_name(linker, clause):
    """"Jose Jeri, yang menjabat sebagai presiden sementara, ...": the person holds the office."""
    doc = run(linker, f"Budi Harsono, {clause} Ketua Serikat Pekerja Sinar, mengatakan buruh akan mogok.",
              date="2025-03-05")
    assert "Serikat Pekerja Sinar" in (ent(doc, "Budi Harsono").role or "")


def test_a_one_word_name_after_a_rank_stands_for_its_person_where_it_recurs(linker):
    text = ("Kapolres Ponorogo, AKBP Susatyo, mengatakan jalan licin. Susatyo mengimbau pengguna jalan "
            "berhati-hati.")
    doc = run(linker, text)
    p = ent(doc, "Susatyo")
    assert p.full_code == "IDN.COP"
    assert [doc.text[m.start:m.end] for m in p.mentions] == ["Susatyo", "Susatyo"]


def test_a_one_word_name_without_a_rank_does_not_spread(linker):
    """Without a rank or title before it the word may be no name at all ("Kasi Datun" is an
    office): its other uses are not made mentions of it."""
    text = "Kapolres Ponorogo Susatyo mengatakan jalan licin. Susatyo mengimbau pengguna jalan berhati-hati."
    doc = run(linker, text)
    assert len(ent(doc, "Susatyo").mentions) == 1


@pytest.mark.parametrize("text, term", [
    ("Pemerintah memberikan Bantuan Langsung Tunai (BLT) kepada warga miskin.", "Bantuan Langsung Tunai"),
    ("KPK menerbitkan Surat Edaran (SE) untuk kepala daerah.", "Surat Edaran"),
    ("Pendaftaran Penerimaan Peserta Didik Baru (PPDB) dibuka pekan depan.", "Penerimaan Peserta Didik Baru"),
])
def test_a_term_glossed_by_its_acronym_is_no_person(linker, text, term):
    """'Name (INITIALS)' reads a person only when the words are not all dictionary words."""
    doc = run(linker, text)
    assert not [e for e in doc.entities if e.name == term]


@pytest.mark.parametrize("name, initials", [
    ("Chrisna Damayanto", "CD"),
    ("Putri Ayu Lestari", "PAL"),  # dictionary words, none derived: still a name
    ("Bintang Samudra Putra", "BSP"),
])
def test_a_name_glossed_by_its_initials_is_still_a_person(linker, name, initials):
    doc = run(linker, f"Polisi memeriksa {name} ({initials}) selaku saksi. {initials} mengaku tidak tahu.")
    p = ent(doc, name)
    assert p.label == "PER" and initials in [m.text for m in p.mentions]


@pytest.mark.parametrize("text, name, code", [
    # 'A.' and 'I.' are initials inside a name, not the English article or pronoun; 'Tb.' is Tubagus
    ("Wakil Ketua DPR Mohammad A. Rahman mengkritik pemerintah.", "Mohammad A. Rahman", "IDN.LEG"),
    ("Anggota DPR Tb. Hasanuddin mengkritik pemerintah.", "Tb. Hasanuddin", "IDN.LEG"),
    # offices added in session 10
    ("Menteri Koordinator Bidang Perekonomian Darmin Nasution mengatakan inflasi terkendali.", "Darmin Nasution", "IDN.GOV"),
    ("Kasat Lantas Polrestabes Medan AKBP Andi Wijaya mengimbau warga.", "Andi Wijaya", "IDN.COP"),
])
def test_names_with_initials_and_session_10_offices(linker, text, name, code):
    assert ent(run(linker, text), name).full_code == code


def test_a_sentence_adverb_is_no_name(linker):
    doc = run(linker, "Terbaru, Menteri Keuangan Purbaya Yudhi Sadewa menolak usulan itu.")
    assert not [e for e in doc.entities if e.name.startswith("Terbaru")]


def test_imam_is_a_given_name_not_an_office(linker):
    doc = run(linker, "Mantan Menpora Imam Nahrawi divonis tujuh tahun penjara.")
    assert not [e for e in doc.entities if e.name == "Nahrawi"]


@pytest.mark.parametrize("text, name, role", [
    ("Kadis Kesehatan Lombok Barat Erni Suryana mengatakan kuota terpenuhi.", "Erni Suryana",
     "Kadis Kesehatan Lombok Barat"),
    ("Kepala Dinas Sosial Kota Mataram Budi Santoso mengatakan bantuan disalurkan.", "Budi Santoso",
     "Kepala Dinas Sosial Kota Mataram"),
    ("Anggota DPRD Bone Adriani Alimuddin menolak usulan itu.", "Adriani Alimuddin", "Anggota DPRD Bone"),
    ("Direktur Jenderal Pajak Bimo Wijayanto mengatakan target tercapai.", "Bimo Wijayanto",
     "Direktur Jenderal Pajak"),
])
def test_an_offices_field_and_region_are_not_the_holders_name(linker, text, name, role):
    p = ent(run(linker, text), name)
    assert p.role == role


def test_a_name_that_starts_like_a_region_after_a_title_stays_whole(linker):
    doc = run(linker, "Kapolres Metro Depok Kombes Arief Wicaksono mengatakan pelaku sudah ditangkap.")
    assert ent(doc, "Arief Wicaksono").full_code == "IDN.COP"


@pytest.mark.parametrize("text, noun", [
    ("Mahasiswa UI mendesak DPR membatalkan revisi undang-undang itu.", "Mahasiswa"),
    ("Petani Karawang menolak rencana pembangunan pabrik semen.", "Petani"),
    ("Buruh Tangerang menggelar aksi di depan kantor bupati.", "Buruh"),
    ("Buruh Pertamina menggelar aksi di depan kantor pusat.", "Buruh"),
])
def test_a_group_noun_opening_a_sentence_before_its_campus_or_regency(linker, text, noun):
    doc = run(linker, text)
    assert [e for e in doc.entities if e.name == noun and e.code == "IDN"]


def test_a_name_that_opens_like_a_group_noun_mid_sentence_is_not_split(linker):
    doc = run(linker, "Juru bicara Kemenlu China Geng Shuang mengatakan hal itu.")
    assert not [e for e in doc.entities if e.name == "Geng"]


@pytest.mark.parametrize("text, initials, sector", [
    ("Seorang bocah berinisial KT tenggelam di sungai.", "KT", "CVL"),
    ("Polisi menyebut ibu korban berinisial MK sempat pingsan.", "MK", "CVL"),
    ("Guru berinisial SR ditetapkan sebagai tersangka.", "SR", "CRM"),
    ("Polisi menangkap pria berinisial AB di Bogor.", "AB", "CRM"),
])
def test_initials_of_a_victim_or_kin_are_no_suspect(linker, text, initials, sector):
    assert ent(run(linker, text), initials).sector == sector


def test_an_academic_title_alone_says_nothing_of_the_sector(linker):
    doc = run(linker, "Menurut Prof Budi Hartono, kebijakan itu keliru.")
    assert ent(doc, "Budi Hartono").full_code == "IDN"


def test_a_rank_alone_still_gives_its_sector(linker):
    doc = run(linker, "Menurut Kombes Arief Wicaksono, pelaku sudah ditangkap.")
    assert ent(doc, "Arief Wicaksono").full_code == "IDN.COP"
