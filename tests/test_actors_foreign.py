"""Foreign news in Indonesian outlets: home country, generic-named bodies, envoys, names
that start with a common noun, titles, group actors, and the NER gate. Sentences written here."""
from __future__ import annotations

import pytest

from warta.actors import ActorLinker
from warta.actors.home import dateline_end, foreign_section
from warta.model import Dateline, Document, Published, Source
from warta.options import PipelineOptions


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(PipelineOptions(use_ner=False))


def run(linker, text, date="2018-06-01", url=None, title=None, dateline=None) -> Document:
    doc = Document(id="t", raw_text=text)
    doc.text, doc.language, doc.published = text, "id", Published(date)
    if url:
        doc.source = Source(url=url, outlet="CNN Indonesia")
    doc.title = title
    if dateline:
        doc.dateline = Dateline(place=dateline[0], agency=dateline[1])
    return linker(doc)


def codes(doc: Document) -> dict[str, str]:
    return {e.name: e.full_code for e in doc.entities}


FOREIGN_URL = "https://www.cnnindonesia.com/internasional/20170718/skandal-paduan-suara/"
GERMAN = ("Jakarta , CNN Indonesia - - Setidaknya 547 anak mengalami kekerasan di sekolah paduan suara "
          "Katolik Jerman , kata penyelidik Ulrich Weber . Para korban mengaku dipukuli oleh pengajar . "
          "Ulrich Weber menyebut kepengurusan gereja lalai .")


def test_foreign_section_home_is_not_the_jakarta_desk(linker):
    doc = run(linker, GERMAN, url=FOREIGN_URL, title="Ratusan Anak Jadi Korban Kekerasan di Paduan Suara Jerman",
              dateline=("Jakarta", "CNN Indonesia"))
    assert doc.meta["home_country"] == "DEU"
    c = codes(doc)
    assert c["Ulrich Weber"].startswith("DEU") and c["korban"] == "DEU.CVL"
    assert c["kepengurusan gereja"] == "DEU.REL"
    assert "Indonesia" not in c  # the outlet's name in the dateline is not an actor


def test_same_text_on_a_national_page_stays_indonesian(linker):
    text = "Jakarta , CNN Indonesia - - Polisi menangkap tersangka di Bekasi . Korban dirawat ."
    doc = run(linker, text, url="https://www.cnnindonesia.com/nasional/2017/x", dateline=("Jakarta", "CNN Indonesia"))
    assert doc.meta["home_country"] == "IDN"


def test_foreign_section_story_about_indonesians_abroad_keeps_idn(linker):
    text = ("Dua WNI asal Indonesia lolos dari hukuman mati di Arab Saudi . KBRI Riyadh mendampingi keduanya . "
            "Pemerintah Indonesia menyambut putusan itu . Keluarga di Indonesia bersyukur .")
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/wni", title="Dua WNI Lolos Hukuman Mati")
    assert doc.meta["home_country"] == "IDN"


@pytest.mark.parametrize("url,expected", [
    ("https://www.cnnindonesia.com/internasional/2017/x", True),
    ("https://internasional.kompas.com/read/2017/x", True),
    ("https://www.example.co.id/dunia/2017/x", True),
    ("https://www.example.com/world/asia/x", True),
    ("https://news.detik.com/berita/d-1/x", False),
    ("https://www.cnnindonesia.com/nasional/2017/x", False),
])
def test_foreign_section_urls(url, expected):
    doc = Document(id="u", raw_text="")
    doc.source = Source(url=url)
    assert foreign_section(doc) is expected


def test_dateline_end_only_for_a_real_dateline():
    doc = Document(id="d", raw_text="")
    doc.text = "Jakarta , CNN Indonesia - - Polisi datang ."
    doc.dateline = Dateline(place="Jakarta", agency="CNN Indonesia")
    assert doc.text[dateline_end(doc):].startswith("Polisi")
    doc.dateline = None
    assert dateline_end(doc) == 0


@pytest.mark.parametrize("text,name,code", [
    ("Mahkamah Agung Kuwait menolak banding itu .", "Mahkamah Agung Kuwait", "KWT.JUD"),
    ("Mahkamah Agung AS menunda putusan soal imigrasi .", "Mahkamah Agung AS", "USA.JUD"),
    ("Kementerian Luar Negeri China memprotes latihan itu .", "Kementerian Luar Negeri China", "CHN.GOV"),
    ("Parlemen Jerman menyetujui anggaran baru .", "Parlemen Jerman", "DEU.LEG"),
    ("Kepolisian Meksiko menangkap dua orang .", "Kepolisian Meksiko", "MEX.COP"),
    ("Angkatan Laut AS mengirim kapal induk ke Laut China Selatan .", "Angkatan Laut AS", "USA.MIL"),
])
def test_generic_named_bodies_take_the_phrase_country(linker, text, name, code):
    assert codes(run(linker, text))[name] == code


def test_country_anaphor_points_to_the_story_country(linker):
    text = ("Kuwait mengusir 15 diplomat Iran terkait sel teror di Kuwait City . Mahkamah Agung negara Teluk itu "
            "memvonis 16 orang . Parlemen negara itu mendukung pengusiran .")
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/x",
              title="Kuwait Usir 15 Diplomat")
    c = codes(doc)
    assert c["Mahkamah Agung negara Teluk itu"] == "KWT.JUD" and c["Parlemen negara itu"] == "KWT.LEG"


def test_generic_named_body_alone_takes_the_home_country(linker):
    text = ("Polisi Meksiko menahan 20 orang di Acapulco , Meksiko . Mahkamah Agung kemudian memerintahkan "
            "penyelidikan baru .")
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/meksiko")
    assert codes(doc)["Mahkamah Agung"] == "MEX.JUD"


def test_specific_indonesian_bodies_stay_idn_in_foreign_stories(linker):
    text = "Kepolisian Meksiko menangkap tersangka di Acapulco , Meksiko . KPK dan Polri ikut memantau ."
    c = codes(run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/x"))
    assert c["KPK"] == "IDN.JUD" and c["Polri"] == "IDN.COP"


def test_bodies_placed_by_a_locative(linker):
    text = ("Kementerian Agama di Arab Saudi menetapkan awal puasa . Sedangkan di Indonesia , Kementerian Agama "
            "baru menggelar sidang isbat .")
    doc = run(linker, text)
    found = sorted(e.full_code for e in doc.entities if e.name == "Kementerian Agama")
    assert found == ["IDN.GOV", "SAU.GOV"]


@pytest.mark.parametrize("text,name,code", [
    ("Duta Besar AS untuk PBB Nikki Haley mengecam Iran .", "Nikki Haley", "USA.GOV"),
    ("Dubes RI untuk Arab Saudi Agus Maftuh Abegebriel menemui WNI .", "Agus Maftuh Abegebriel", "IDN.GOV"),
    ("Utusan Khusus PBB untuk Suriah Staffan de Mistura tiba di Jenewa .", None, None),
])
def test_envoys_act_for_the_sending_state(linker, text, name, code):
    doc = run(linker, text)
    if name:
        assert codes(doc)[name] == code
        assert "untuk" in next(e for e in doc.entities if e.name == name).role


def test_capitalised_common_noun_in_a_name_is_no_generic_actor(linker):
    text = ("Hal itu disampaikan juru bicara Kementerian Luar Negeri China Geng Shuang dalam jumpa pers . "
            "Geng menegaskan Beijing tidak akan mundur .")
    doc = run(linker, text)
    g = next(e for e in doc.entities if e.name == "Geng Shuang")
    assert g.full_code == "CHN.GOV" and len(g.mentions) == 2
    assert not any(e.source == "generic" and e.name.lower() == "geng" for e in doc.entities)


def test_common_noun_at_sentence_start_is_still_generic(linker):
    doc = run(linker, "Geng motor menyerang warga di Bekasi . Warga Jerman juga menjadi korban .")
    c = codes(doc)
    assert c["Geng"] == "IDN.CRM" and c["Warga Jerman"].startswith("DEU")


def test_double_office_with_title_and_particle_name(linker):
    text = ("Wakil Perdana Menteri dan Menteri Luar Negeri Kuwait Sheikh Sabah Khaled al-Sabah menuduh Iran "
            "mendukung sel teroris .")
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/x", title="Iran Kecam Kuwait")
    p = next(e for e in doc.entities if e.name == "Sabah Khaled al-Sabah")
    assert p.full_code == "KWT.GOV" and p.role.startswith("Wakil Perdana Menteri dan Menteri Luar Negeri")


def test_role_apposition_overrides_a_title_only_guess(linker):
    text = ("Iran mengecam Kuwait . Sheikh Sabah Khaled al-Sabah mengatakan Iran harus menghormati Kuwait . "
            "Menurut Sabah Khaled al-Sabah , Wakil Perdana Menteri dan Menteri Luar Negeri Kuwait , Iran bersalah .")
    doc = run(linker, text, title="Iran Kecam Kuwait")
    assert codes(doc)["Sabah Khaled al-Sabah"] == "KWT.GOV"


@pytest.mark.parametrize("text,name,code", [
    ("Kuwait mengusir 15 diplomat Iran pekan lalu .", "diplomat Iran", "IRN.GOV"),
    ("Militer AS menyerang pangkalan itu .", "Militer AS", "USA.MIL"),
    ("Sanksi itu dijatuhkan pemerintahan Donald Trump pekan lalu .", "pemerintahan Donald Trump", "USA.GOV"),
    ("Garda Revolusi Iran menembak jatuh pesawat nirawak .", "Garda Revolusi Iran", "IRN.MIL"),
    ("Menurut dia , para penegak hukum harus tegas .", "penegak hukum", "IDN.JUD"),
    ("Hukuman berat menanti pelaku korupsi di daerah .", "pelaku korupsi", "IDN.CRM"),
    ("Pasukan keamanan Israel menahan tiga pemuda .", "Pasukan keamanan Israel", "ISR.MIL"),
])
def test_group_actors(linker, text, name, code):
    assert codes(run(linker, text, date="2018-06-01"))[name] == code


def test_group_of_states_is_no_single_actor(linker):
    doc = run(linker, "Negara-negara Teluk memutus hubungan dengan Qatar .")
    assert not any("Teluk" in e.name for e in doc.entities)


def test_name_with_age_is_a_person(linker):
    doc = run(linker, "Kedua jemaah itu bernama Atim Arta ( 62 ) asal Bogor dan Hadi Sukma Adsani ( 73 ) asal Lampung .")
    assert "Hadi Sukma Adsani" in codes(doc)


@pytest.mark.parametrize("text,expected", [
    ("bertemu dengan Ulrich Weber kemarin", True),
    ("tiba di Pasar Inpres Jembatan Besi kemarin", False),  # locative + place word
    ("membahas Tindak Pidana Korupsi kemarin", False),  # dictionary words only
    ("kata dia .\n\nKemenangan Trump Akhir Mimpi", False),  # a headline line
    ("oleh Rully Firmansyah Warehouse Manager kemarin", True),  # cut at the company word
])
def test_ner_gate(linker, text, expected):
    from warta.actors.kb import tokenize
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if i > 0 and t[2][:1].isupper() and t[2].isalpha())
    j = k
    while j < len(toks) and toks[j][2][:1].isupper():
        j += 1
    if linker._dictionary is None and "Korupsi" in text:
        pytest.skip("no Sastrawi dictionary")
    assert linker._ner_candidate(text, toks, k, j) is expected


def test_indonesian_foreign_ministry_story_in_the_foreign_section_stays_idn(linker):
    text = ("Kementerian Luar Negeri menegaskan bahwa Indonesia akan terus mendukung kemerdekaan Palestina . "
            "Juru bicara Kemlu Arrmanatha Nasir mengatakan sikap itu tidak berubah .")
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/palestina")
    assert doc.meta["home_country"] == "IDN" and codes(doc)["Kementerian Luar Negeri"] == "IDN.GOV"


def test_office_holder_named_in_brackets(linker):
    doc = run(linker, "Retno juga sudah berkomunikasi dengan Menlu Australia ( Julie Bishop ) soal insiden itu .")
    assert codes(doc)["Julie Bishop"] == "AUS.GOV"


def test_the_country_that_opens_the_lead_is_the_home(linker):
    from warta.nlp import Analyzer
    text = ("Kuwait memerintahkan pengusiran 15 diplomat Iran. Iran membantah tuduhan itu. "
            "Para diplomat harus pergi dalam 48 jam. "
            "Kuwait juga menutup kantor atase. Kuwait membekukan komite bersama.")
    doc = Document(id="t", raw_text=text)
    doc.text, doc.published = text, Published("2018-06-01")
    doc.source = Source(url="https://www.cnnindonesia.com/internasional/2017/kuwait", outlet="CNN Indonesia")
    Analyzer()(doc)
    doc.meta["debug_home"] = True
    linker(doc)
    # Iran is named more often in the lead; Kuwait opens it and recurs later
    assert doc.meta["home_scores"]["IRN"] > doc.meta["home_scores"]["KWT"] - 1.5
    assert doc.meta["home_country"] == "KWT"


def test_a_company_named_after_a_country_belongs_to_it(linker):
    text = "Jakarta , CNN Indonesia - - Polisi Meksiko menyelidiki PT Saudi Logistik dan PT Sinar Jaya di Monterrey ."
    doc = run(linker, text, url="https://www.cnnindonesia.com/internasional/2017/meksiko",
              dateline=("Jakarta", "CNN Indonesia"))
    c = codes(doc)
    assert c["PT Saudi Logistik"] == "SAU.BUS"
    assert c["PT Sinar Jaya"] == doc.meta["home_country"] + ".BUS" == "MEX.BUS"


@pytest.mark.parametrize("phrase, code", [
    ("Shohei Matsunaga asal Jepang", "JPN"),
    ("Shohei Matsunaga dari Korea Selatan", "KOR"),
    ("Shohei Matsunaga, warga negara Malaysia,", "MYS"),
    ("Shohei Matsunaga", "IDN"),  # nothing said: the story's home
])
def test_a_person_takes_the_country_stated_after_the_name(linker, phrase, code):
    text = f"Bandung - Persib Bandung resmi merekrut gelandang {phrase} pada Senin. Klub puas."
    doc = run(linker, text)
    [ent] = [e for e in doc.entities if e.name == "Shohei Matsunaga"]
    assert ent.code == code


@pytest.mark.parametrize("place", ["pangkalan udara Al Shayrat", "kamp Ain Issa", "Kamp Ain Issa", "penjara Abu Ghraib"])
def test_a_named_facility_is_a_place_not_a_person(linker, place):
    doc = run(linker, f"Damaskus - Pasukan Amerika Serikat menyerang {place} milik Suriah pada Jumat.")
    assert not [e for e in doc.entities if e.label == "PER"], [(e.name, e.label) for e in doc.entities]


@pytest.mark.parametrize("cue", ["asal", "warga negara", "WNA", "berkewarganegaraan"])
def test_a_foreigners_nationality_does_not_make_the_story_foreign(linker, cue):
    text = (f"Seorang influencer {cue} Rusia diculik di Sanur, Bali. Pelaku meminta tebusan kepada keluarga korban {cue} Rusia itu. "
            "Polisi menangkap dua pelaku.")
    doc = run(linker, text, title=f"Influencer {cue} Rusia Diculik di Bali")
    assert doc.meta["home_country"] == "IDN"
    assert codes(doc)["Polisi"] == "IDN.COP"


@pytest.mark.parametrize("text", [
    "Pelaku meminta uang US$ 1 juta dan S$ 500 kepada korban di Bandung.",
    "Rupiah melemah terhadap dolar Amerika Serikat (AS) dan dolar Singapura di Jakarta.",
    "Nilai tukar rupiah terhadap dolar AS melemah, sementara yen Jepang menguat.",
])
def test_a_currency_is_no_country(linker, text):
    doc = run(linker, text)
    assert not [e for e in doc.entities if e.code in ("USA", "SGP", "JPN")], codes(doc)


@pytest.mark.parametrize("phrase, name, sector", [
    ("Menteri Pariwisata (Menpar) Widiyanti Putri Wardhana", "Widiyanti Putri Wardhana", "GOV"),
    ("Menteri Koperasi (Menkop) Budi Arie Setiadi", "Budi Arie Setiadi", "GOV"),
    ("Ketua Pengurus Pusat Ikatan Hakim Indonesia (Ikahi), Suhardi,", "Suhardi", "CVL"),
])
def test_a_mixed_case_short_form_in_brackets_glosses_the_office(linker, phrase, name, sector):
    doc = run(linker, f"Jakarta - {phrase} meresmikan gedung itu pada Senin.")
    assert codes(doc).get(name) == "IDN." + sector, codes(doc)
    assert not [e for e in doc.entities if e.label == "PER" and e.name != name], codes(doc)


@pytest.mark.parametrize("text, code", [
    ("Koresponden Fairfax di Indonesia bernama Jewel Topsfield menulis laporan itu.", "AUS"),
    ("Seorang pria asal Polandia bernama Jan Kowalski ditangkap di Bali.", "POL"),
])
def test_a_country_after_di_is_a_posting_not_a_nationality(linker, text, code):
    name = "Jewel Topsfield" if "Jewel" in text else "Jan Kowalski"
    assert codes(run(linker, text)).get(name) == code, codes(run(linker, text))
