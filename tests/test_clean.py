"""Cleaning on texts written for these tests (mimicking real site patterns) and on the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import Cleaner, agencies, chrome_rules, credit_labels, source_cues, ui_words
from warta.model import Document, Source
from warta.readers import read_inputs


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def clean(cleaner: Cleaner, text: str, **kw) -> Document:
    outlet = kw.pop("outlet", None)
    return cleaner(Document(id="t", raw_text=text, source=Source(outlet=outlet), **kw))


# -- the seed: the done-criteria --------------------------------------------------------

def test_seed(cleaner: Cleaner, seed_path: Path):
    [doc] = list(read_inputs([str(seed_path)]))
    doc = cleaner(doc)
    assert doc.title == "Korsel, AS, Jepang sepakati kerja sama usai pertemuan Kim-Putin"
    assert doc.dateline and (doc.dateline.place, doc.dateline.agency) == ("Washington", "ANTARA")
    assert doc.credits.sources == ["Yonhap"]
    chrome = ["Estimated read time 2 min read", "You May Also Like", "More From Author",
              "+ There are no comments", "Add yours"]
    assert doc.boilerplate == chrome
    for line in chrome + ["Sumber: Yonhap", "Washington (ANTARA)"]:
        assert line not in doc.text
    assert doc.text.startswith("Korea Selatan, Amerika Serikat, dan Jepang sepakat")
    assert doc.text.endswith("secara nasional.")
    assert "\n\n" in doc.text  # paragraph breaks kept


# -- data files: every entry is used ---------------------------------------------------------

@pytest.mark.parametrize("rule", chrome_rules(), ids=lambda r: r.example[:40])
def test_chrome_rule_examples(cleaner: Cleaner, rule):
    kind = cleaner.chrome_kind(rule.example)
    assert kind == ("header" if rule.kind == "header" else "chrome")  # line, prefix and marker rules


@pytest.mark.parametrize("word", sorted(ui_words()))
def test_ui_words(cleaner: Cleaner, word: str):
    assert cleaner.chrome_kind(f"{word.capitalize()} {word}")
    # the same word inside a real sentence is not chrome
    assert not cleaner.chrome_kind(f"Presiden mengatakan {word} itu penting bagi warga desa di sana.")


@pytest.mark.parametrize("field,label,example", credit_labels(), ids=lambda x: str(x)[:30])
def test_credit_label_examples(cleaner: Cleaner, field, label, example):
    got = cleaner.credit_of(example)
    assert got and got[0] == field
    assert got[1] == [example.split(":", 1)[1].strip()]


@pytest.mark.parametrize("agency", agencies(), ids=lambda a: a.name)
def test_agencies_are_credited(cleaner: Cleaner, agency):
    for alias in agency.aliases:
        doc = clean(cleaner, f"Menteri itu berbicara di depan wartawan, seperti dikutip {alias}, Senin (6/10).")
        assert doc.credits.sources == [agency.name], alias


@pytest.mark.parametrize("pos,pattern,example", source_cues(), ids=lambda x: str(x)[:30])
def test_source_cue_examples(cleaner: Cleaner, pos, pattern, example):
    assert cleaner.text_sources(f"Ia berbicara panjang lebar, {example} bahwa semua aman.")


# -- chrome on written examples --------------------------------------------------------------

DETIK_LIKE = """Polisi menangkap dua tersangka pencurian di Bekasi, Senin (20/10/2025). Keduanya ditangkap di rumah kontrakan mereka.
"Kami masih mendalami peran masing-masing," ujar Kapolres kepada wartawan.
SCROLL TO CONTINUE WITH CONTENT

Baca juga: Polisi Bongkar Sindikat Curanmor di Bekasi
Para tersangka dijerat pasal pencurian dengan pemberatan.
ADVERTISEMENT
Berikut daftar barang bukti:
1. Dua unit sepeda motor
2. Kunci letter T

Tonton juga video "Polisi Tangkap Pencuri Motor" di sini:

"""


def test_detik_like_chrome(cleaner: Cleaner):
    doc = clean(cleaner, DETIK_LIKE, meta_title="Polisi Tangkap 2 Pencuri Motor", meta_published="2025-10-20T21:03",
                outlet="detik.com")
    assert doc.boilerplate == ["SCROLL TO CONTINUE WITH CONTENT", "Baca juga: Polisi Bongkar Sindikat Curanmor di Bekasi",
                               "ADVERTISEMENT", 'Tonton juga video "Polisi Tangkap Pencuri Motor" di sini:']
    # real lines, including short list items, stay
    for kept in ["Berikut daftar barang bukti:", "1. Dua unit sepeda motor", "2. Kunci letter T",
                 "Para tersangka dijerat pasal"]:
        assert kept in doc.text
    assert doc.title == "Polisi Tangkap 2 Pencuri Motor"
    assert doc.dateline is None
    assert doc.published and doc.published.date.startswith("2025-10-20") and doc.published.basis == "metadata"
    assert doc.credits.sources == []
    assert "\n\n\n" not in doc.text and not doc.text.endswith("\n")


def test_related_block_after_article(cleaner: Cleaner):
    text = ("Ekonomi tumbuh lima persen pada kuartal ketiga, kata Menteri Keuangan di Jakarta.\n\n"
            "Pertumbuhan itu didorong konsumsi rumah tangga.\n\n"
            "Berita Terkait\n\nHarga Beras Naik Jelang Akhir Tahun\n\nBI Tahan Suku Bunga\n\n"
            "Share this article\n\n12 Comments")
    doc = clean(cleaner, text)
    assert doc.boilerplate == ["Berita Terkait", "Harga Beras Naik Jelang Akhir Tahun", "BI Tahan Suku Bunga",
                               "Share this article", "12 Comments"]
    assert doc.text.endswith("konsumsi rumah tangga.")


def test_header_block_stops_at_real_text(cleaner: Cleaner):
    text = ("Banjir merendam ratusan rumah di Demak sejak Sabtu pagi.\n\n"
            "Baca Juga\n\nWarga Mengungsi ke Masjid\n\n"
            "Petugas BPBD masih mengevakuasi warga lansia dan anak-anak dari rumah mereka.")
    doc = clean(cleaner, text)
    assert doc.boilerplate == ["Baca Juga", "Warga Mengungsi ke Masjid"]
    assert "Petugas BPBD masih mengevakuasi" in doc.text


def test_short_real_lines_are_not_chrome(cleaner: Cleaner):
    for line in ["Ia menolak.", "Babak kedua", "Pelatih : Hanafi", "Pasal 28:", "Bahan:", "Sebelumnya, ia sudah bertemu Presiden."]:
        assert not cleaner.chrome_kind(line), line


# -- title --------------------------------------------------------------------------------------

def test_title_from_first_line(cleaner: Cleaner):
    doc = clean(cleaner, "Gempa Guncang Cianjur\n\nGempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang.")
    assert doc.title == "Gempa Guncang Cianjur"
    assert doc.text == "Gempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang."


def test_no_title_when_first_line_is_a_sentence(cleaner: Cleaner):
    text = "Gempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang.\n\nWarga berhamburan keluar rumah."
    doc = clean(cleaner, text)
    assert doc.title is None and doc.text == text


def test_no_title_without_blank_line(cleaner: Cleaner):
    doc = clean(cleaner, "Gempa Guncang Cianjur\nGempa berkekuatan 5,6 mengguncang Cianjur.")
    assert doc.title is None


def test_metadata_title_wins_and_repeated_first_line_dropped(cleaner: Cleaner):
    doc = clean(cleaner, "Gempa Guncang Cianjur\nGempa berkekuatan 5,6 mengguncang Cianjur.", meta_title="Gempa Guncang Cianjur")
    assert doc.title == "Gempa Guncang Cianjur"
    assert doc.text == "Gempa berkekuatan 5,6 mengguncang Cianjur."


# -- datelines ----------------------------------------------------------------------------------

@pytest.mark.parametrize("head,place,agency,date_text", [
    ("Washington (ANTARA) – ", "Washington", "ANTARA", None),
    ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia", None),
    ("Jakarta , CNN Indonesia - - ", "Jakarta", "CNN Indonesia", None),
    ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com", None),
    ("SEOUL, June 21 (Yonhap) -- ", "SEOUL", "Yonhap", "June 21"),
    ("Malang ( ANTARA News ) - ", "Malang", "ANTARA News", None),
    ("Suara.com - ", None, "Suara.com", None),
    ("JUARA.NET , NEW YORK - ", "NEW YORK", "JUARA.NET", None),
    ("TERMAS DE RIO HONDO , JUARA.net - ", "TERMAS DE RIO HONDO", "JUARA.net", None),
    ("Jakarta - ", "Jakarta", None, None),
    ("JAKARTA – ", "JAKARTA", None, None),
    ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com", None),
    ("TEMPO.CO, Jakarta - ", "Jakarta", "TEMPO.CO", None),
    ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters", None),
    ("KOMPAS.com - ", None, "KOMPAS.com", None),
    ("Sukabumi , Jawa Barat ( ANTARA News ) - ", "Sukabumi, Jawa Barat", "ANTARA News", None),
    ("Jeddah , Saudi Arabia , 27 / 11 ( Antara ) - ", "Jeddah, Saudi Arabia", "Antara", "27 / 11"),
    ("Kuala Lumpur , ( AntaraKL ) - ", "Kuala Lumpur", "AntaraKL", None),
])
def test_datelines(cleaner: Cleaner, head, place, agency, date_text):
    body = "Pemerintah menetapkan status darurat di tiga provinsi setelah banjir besar."
    doc = clean(cleaner, head + body + "\n\nWarga diminta waspada.")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.agency, doc.dateline.date_text) == (place, agency, date_text)
    assert doc.text.startswith("Pemerintah menetapkan")


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo meresmikan jalan tol baru di Sumatera.",
    "Korsel-AS sepakat memperkuat aliansi, kata pejabat.",
    "\"Kami siap,\" kata dia - yang kemudian pergi.",
    "Harga beras naik - lagi - minggu ini.",
    "Komisi Pemberantasan Korupsi (KPK) - lembaga antirasuah - memeriksa saksi.",
    "Presiden Joko Widodo (Jokowi) - yang baru tiba - langsung rapat.",
])
def test_no_false_datelines(cleaner: Cleaner, text):
    assert clean(cleaner, text).dateline is None


def test_outlet_named_dateline_on_its_own_line(cleaner: Cleaner):
    doc = clean(cleaner, "Rimanews -\nPolisi menangkap pelaku pembobolan ATM di Medan.", outlet="rimanews")
    assert doc.dateline and doc.dateline.agency == "Rimanews"
    assert doc.text == "Polisi menangkap pelaku pembobolan ATM di Medan."


# -- credits ------------------------------------------------------------------------------------

def test_credit_lines_leave_the_body(cleaner: Cleaner):
    text = ("Jakarta (ANTARA) - Bank Indonesia menahan suku bunga acuan di level 6 persen.\n\n"
            "Keputusan itu diambil dalam rapat dewan gubernur.\n\n"
            "Pewarta: Budi Santoso\nEditor: Rina Wijaya, Agus Salim\nPenerjemah: Dewi Lestari\n"
            "Copyright © ANTARA 2024")
    doc = clean(cleaner, text, outlet="antaranews")
    assert doc.credits.authors == ["Budi Santoso"]
    assert doc.credits.editors == ["Rina Wijaya", "Agus Salim"]
    assert doc.credits.translators == ["Dewi Lestari"]
    assert doc.credits.sources == []  # the publisher is not a credited source
    assert doc.text.endswith("rapat dewan gubernur.")
    assert doc.boilerplate == ["Copyright © ANTARA 2024"]


@pytest.mark.parametrize("tail,sources", [
    ("\n\n(AFP/Reuters)", ["AFP", "Reuters"]),
    ("\n\nAntara/Reuters", ["Antara", "Reuters"]),
    (" (Reuters)", ["Reuters"]),
    ("\n\nSumber: Reuters, AFP", ["Reuters", "AFP"]),
])
def test_agency_credit_lines(cleaner: Cleaner, tail, sources):
    doc = clean(cleaner, "Militer Myanmar menyerang desa di Sagaing, menewaskan sedikitnya sepuluh orang." + tail)
    assert doc.credits.sources == sources
    assert doc.text == "Militer Myanmar menyerang desa di Sagaing, menewaskan sedikitnya sepuluh orang."


def test_in_text_sources_stay_in_the_body(cleaner: Cleaner):
    text = ("Jakarta , CNN Indonesia - - Badai menghantam pesisir Filipina , Minggu ( 3 / 9 ) . "
            "Dilaporkan Reuters , sedikitnya 12 orang tewas .\n\n"
            "\" Kami kehilangan segalanya , \" ujar seorang warga kepada AFP .\n\n"
            "Menurut kantor berita PNA dikutip dari Antara , bantuan mulai tiba .\n\n"
            "Hal itu dikonfirmasi CNNIndonesia.com dari Kemlu . Data korban berasal dari data kantor berita ANP .")
    doc = clean(cleaner, text, outlet="cnn indonesia")
    assert doc.dateline and (doc.dateline.place, doc.dateline.agency) == ("Jakarta", "CNN Indonesia")
    assert doc.credits.sources == ["Reuters", "AFP", "PNA", "Antara"]
    assert "Dilaporkan Reuters" in doc.text and "kepada AFP" in doc.text


def test_glued_cue_and_lowercase_antara(cleaner: Cleaner):
    doc = clean(cleaner, "\"Pelaku sudah ditahan,\" kata Kapolres dilansirAntara, Selasa (21/10/2025). "
                         "Rapat itu digelar di antara dua sesi sidang.", outlet="detik.com")
    assert doc.credits.sources == ["Antara"]
    doc = clean(cleaner, "Perundingan dilaporkan antara kedua negara berjalan alot.")
    assert doc.credits.sources == []


def test_trailing_initials_are_boilerplate(cleaner: Cleaner):
    doc = clean(cleaner, "Jakarta , CNN Indonesia - - Sidang ditunda hingga pekan depan . ( aal / aal )")
    assert doc.text == "Sidang ditunda hingga pekan depan ."
    assert doc.boilerplate == ["( aal / aal )"]


# -- published ----------------------------------------------------------------------------------

@pytest.mark.parametrize("meta,expected", [
    ("2025-10-21T20:46", "2025-10-21T20:46"),
    ("2017-08-06", "2017-08-06"),
    ("2024-06-21 08:15:00+07:00", "2024-06-21T08:15"),
    ("21 Juni 2024", "2024-06-21"),
    ("not a date", None),
    (None, None),
])
def test_published_from_metadata(cleaner: Cleaner, meta, expected):
    doc = clean(cleaner, "Isi berita yang cukup panjang untuk dibaca.", meta_published=meta)
    assert (doc.published.date if doc.published else None) == expected
    if expected:
        assert doc.published.basis == "metadata"


def test_empty_and_odd_input_never_crash(cleaner: Cleaner):
    for raw in ["", "\n\n", "ADVERTISEMENT", "Sumber: Reuters", "-", "(", "Jakarta -"]:
        doc = clean(cleaner, raw)
        assert isinstance(doc.text, str)


@pytest.mark.parametrize("line,field,names", [
    ("Sumber : TechCrunch . Gambar header : Pixabay .", "sources", ["TechCrunch"]),
    ("Sumber: TechCrunch. Gambar header: Pixabay.", "sources", ["TechCrunch"]),
    ("Penulis: M. Yazid", "authors", ["M. Yazid"]),
    ("Reporter : Muchammad Resya Firmansyah", "authors", ["Muchammad Resya Firmansyah"]),
    ("Diadaptasi oleh Levie Wardana dan Tezar Aditya", "translators", ["Levie Wardana", "Tezar Aditya"]),
])
def test_credit_line_values(cleaner: Cleaner, line, field, names):
    assert cleaner.credit_of(line) == (field, names)


def test_sentences_are_not_credit_lines(cleaner: Cleaner):
    for line in ["Sumber itu mengatakan bahwa rapat ditunda.", "Editor majalah itu ditangkap polisi kemarin.",
                 "Oleh karena itu, warga diminta waspada."]:
        assert cleaner.credit_of(line) is None, line


def test_marker_glued_to_a_real_sentence(cleaner: Cleaner):
    text = ("Penyanyi itu kembali naik panggung setelah lama sakit .\n\n"
            "Baca_Juga Namun , ia tak lagi bisa memforsir tenaganya karena masih menjalani terapi "
            "rutin di rumah sakit setiap pekan .\n\nBaca juga : Konser Amal Digelar Akhir Pekan Ini")
    doc = clean(cleaner, text)
    assert doc.boilerplate == ["Baca_Juga", "Baca juga : Konser Amal Digelar Akhir Pekan Ini"]
    assert "Namun , ia tak lagi bisa memforsir tenaganya" in doc.text


@pytest.mark.parametrize("place", sorted(__import__("warta.clean", fromlist=["x"]).dateline_places()))
def test_dateline_places(cleaner: Cleaner, place: str):
    title_case = " ".join(w[:1].upper() + w[1:] for w in place.split())
    doc = clean(cleaner, f"{title_case} - Pemerintah setempat menetapkan status siaga banjir.")
    assert doc.dateline and doc.dateline.place == title_case and doc.dateline.agency is None


@pytest.mark.parametrize("text", ["Kevin - Prince Boateng dan klubnya sepakat putus kontrak .",
                                  "Paris Saint - Germain menang besar tadi malam .",
                                  "GO - JEK menambah fitur baru untuk pengguna di Jakarta ."])
def test_hyphenated_names_are_not_datelines(cleaner: Cleaner, text: str):
    assert clean(cleaner, text).dateline is None


def test_metadata_author_is_credited(cleaner: Cleaner):
    doc = clean(cleaner, "Gempa mengguncang Cianjur pada Senin siang.", meta={"author": "Budi Santoso; Rina Wijaya"})
    assert doc.credits.authors == ["Budi Santoso", "Rina Wijaya"]


def test_english_wire_story(cleaner: Cleaner):
    from warta.nlp import Analyzer
    text = ("SEOUL, June 21 (Yonhap) -- South Korea, the United States and Japan agreed to step up security "
            "cooperation, Foreign Minister Cho Tae-yul said Friday. \"We agreed to respond firmly,\" Cho told "
            "reporters.\n\nThe U.S. and Japan did not comment.\n\nRelated Articles\n\nN. Korea fires missile\n\n"
            "(END)")
    doc = Analyzer()(clean(cleaner, text))
    assert (doc.dateline.place, doc.dateline.agency, doc.dateline.date_text) == ("SEOUL", "Yonhap", "June 21")
    assert doc.language == "en"
    assert doc.boilerplate == ["Related Articles", "N. Korea fires missile", "(END)"]
    assert [s.text for s in doc.sentences] == [
        "South Korea, the United States and Japan agreed to step up security cooperation, "
        "Foreign Minister Cho Tae-yul said Friday.",
        "\"We agreed to respond firmly,\" Cho told reporters.",
        "The U.S. and Japan did not comment.",
    ]


def test_an_outlet_written_with_a_lower_case_article_is_credited(cleaner: Cleaner):
    doc = clean(cleaner, "Menteri itu membantah tuduhan tersebut. Dikutip dari laman the Guardian, ia menolak mundur.")
    assert doc.credits.sources == ["The Guardian"]


@pytest.mark.parametrize("line", ["[ Baca juga : Bupati Minta Satpol PP Bongkar Bedeng di Pasar Lama ]",
                                  "(Baca juga: Polisi Bongkar Sindikat Curanmor di Bekasi)"])
def test_bracketed_link_lines_are_chrome(cleaner: Cleaner, line: str):
    """A "Baca juga" line inside brackets is a link to another story: its headline must not
    become the text's people or speakers."""
    doc = clean(cleaner, "Bupati meninjau pasar yang terbakar , Rabu ( 31 / 5 ) .\n\n" + line
                + "\n\nDalam kunjungan itu , Bupati meminta pedagang bersabar .")
    assert "Baca" not in doc.text and "Bedeng" not in doc.text and "Curanmor" not in doc.text
    assert "Dalam kunjungan itu" in doc.text
