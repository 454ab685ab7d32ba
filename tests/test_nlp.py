"""Language ID, tokens and sentences on sentences written for these tests."""
from __future__ import annotations

import pytest

from warta.model import Document
from warta.nlp import Analyzer, abbreviations, lang_markers


@pytest.fixture(scope="module")
def nlp() -> Analyzer:
    return Analyzer()


def sents(nlp: Analyzer, text: str, lang: str = "id") -> list[str]:
    spans, _ = nlp.segment(text, lang)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


def toks(nlp: Analyzer, text: str, lang: str = "id") -> list[str]:
    _, spans = nlp.segment(text, lang)
    for t in spans:
        assert text[t.start:t.end] == t.text
    return [t.text for t in spans]


# -- language -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Polisi menangkap dua orang tersangka pencurian sepeda motor di Bekasi pada Senin malam, "
     "kata juru bicara Polda Metro Jaya kepada wartawan.", "id"),
    ("Pemerintah Indonesia mengatakan bahwa uang bantuan itu sudah disalurkan kepada warga setelah rapat kabinet.", "id"),
    ("Kerajaan negeri berkata bahawa wang peruntukan itu akan disalurkan kepada syarikat tempatan selepas "
     "mesyuarat pada hari Khamis.", "ms"),
    ("Polis menahan dua lelaki kerana disyaki terlibat dalam kes rompakan di Johor Bahru semalam, "
     "menurut kenyataan mahkamah.", "ms"),
    ("South Korea, the United States and Japan agreed on Friday to strengthen their security cooperation "
     "after the summit.", "en"),
    ("De regering heeft vandaag besloten om de belastingen voor huishoudens te verlagen.", "nl"),
    # short texts made mostly of names (the n-gram model leans to Spanish or Tagalog): an
    # unsure answer falls back to English/Indonesian function words
    ("Colombia denounced Venezuela on Friday.", "en"),
    ("Ghana hosted Togo on Monday and praised its president.", "en"),
    ("Bolivia menolak usul Peru pada Kamis.", "id"),
    ("Pemerintah Chile dan Bolivia akan bertemu di Lima pada Juni.", "id"),
])
def test_language(nlp: Analyzer, text: str, lang: str):
    got, conf = nlp.identify(text)
    assert got == lang
    assert 0.0 < conf <= 1.0


def test_language_of_nothing(nlp: Analyzer):
    assert nlp.identify("") == ("und", 0.0)
    assert nlp.identify("12345 !!!") == ("und", 0.0)


@pytest.mark.parametrize("word,lang", sorted(lang_markers().items()))
def test_lang_markers_tip_the_balance(nlp: Analyzer, word: str, lang: str):
    # a text the model finds ambiguous between id and ms is decided by the markers
    base = "Menteri itu hadir di sana dan menyampaikan pesan kepada para pemimpin daerah"
    text = " ".join([base, word, word, word, "."])
    got, _ = nlp.identify(text)
    assert got == lang


# -- tokens -------------------------------------------------------------------------------------

def test_hyphenated_words_stay_whole(nlp: Analyzer):
    words = toks(nlp, "Kim Jong-un dan Cho Tae-yul membahas hubungan AS-Jepang dan negara-negara lain.")
    for w in ["Jong-un", "Tae-yul", "AS-Jepang", "negara-negara"]:
        assert w in words
    assert words[-1] == "."


@pytest.mark.parametrize("abbr", [a for a in abbreviations()], ids=lambda a: a.text)
def test_abbreviations_are_tokens_and_do_not_end_sentences(nlp: Analyzer, abbr):
    lang = "en" if abbr.lang == "en" else "id"
    text = f"Mereka bertemu {abbr.text} kemarin di kantor."
    assert abbr.text in toks(nlp, text, lang)
    assert len(sents(nlp, text, lang)) == 1
    if not abbr.final:
        text = f"Ia bertemu {abbr.text} Budi di kantor."
        assert len(sents(nlp, text, lang)) == 1


def test_english_tokens(nlp: Analyzer):
    words = toks(nlp, "Mr. Kim said U.S. forces would stay, e.g. in Seoul.", "en")
    assert "Mr." in words and "U.S." in words and "e.g." in words


# -- sentences ----------------------------------------------------------------------------------

def test_sentences_basic_and_paragraphs(nlp: Analyzer):
    text = ("Presiden tiba di Bali pada Selasa (21/10/2025). Ia disambut gubernur.\n\n"
            "Inflasi tercatat 2,5 persen atau 3.5 poin lebih rendah\n"
            "Paragraf tanpa titik tetap terpisah")
    assert sents(nlp, text) == [
        "Presiden tiba di Bali pada Selasa (21/10/2025).",
        "Ia disambut gubernur.",
        "Inflasi tercatat 2,5 persen atau 3.5 poin lebih rendah",
        "Paragraf tanpa titik tetap terpisah",
    ]


def test_sentences_with_quotes(nlp: Analyzer):
    text = ("“Kami sepakat memperkuat kerja sama.” Pernyataan itu disampaikan Cho. "
            "\"Ini penting,\" ujarnya. \"Kita harus siap.\" Ia lalu pergi.")
    assert sents(nlp, text) == [
        "“Kami sepakat memperkuat kerja sama.”",
        "Pernyataan itu disampaikan Cho.",
        "\"Ini penting,\" ujarnya.",
        "\"Kita harus siap.\"",
        "Ia lalu pergi.",
    ]


def test_no_break_before_lowercase_or_initials(nlp: Analyzer):
    text = "Saya lebih ingin jadi partai terbesar ... tapi kami tidak kalah. Susilo B. Yudhoyono hadir."
    assert sents(nlp, text) == ["Saya lebih ingin jadi partai terbesar ... tapi kami tidak kalah.",
                                "Susilo B. Yudhoyono hadir."]


def test_indosum_spaced_tokens(nlp: Analyzer):
    text = "Setidaknya 26 orang terluka pada Minggu ( 18 / 6 ) . Xinhua melaporkan empat orang kritis ."
    assert sents(nlp, text) == ["Setidaknya 26 orang terluka pada Minggu ( 18 / 6 ) .",
                                "Xinhua melaporkan empat orang kritis ."]


def test_stage_fills_document(nlp: Analyzer):
    doc = Document(id="x", raw_text="", text="Polisi menangkap dua tersangka di Bekasi. Keduanya kini ditahan di Polres.")
    doc = nlp(doc)
    assert doc.language == "id" and doc.language_confidence > 0.5
    assert [s.text for s in doc.sentences] == ["Polisi menangkap dua tersangka di Bekasi.",
                                                "Keduanya kini ditahan di Polres."]
    assert doc.tokens[0].text == "Polisi" and doc.tokens[-1].text == "."


def test_empty_document(nlp: Analyzer):
    doc = nlp(Document(id="x", raw_text="", text=""))
    assert doc.sentences == [] and doc.tokens == [] and doc.language == "und"


def test_seed_sentences(nlp: Analyzer, seed_path):
    from warta.clean import Cleaner
    from warta.readers import read_inputs
    [doc] = list(read_inputs([str(seed_path)]))
    doc = nlp(Cleaner()(doc))
    assert doc.language == "id"
    texts = [s.text for s in doc.sentences]
    assert any(t.startswith("Korea Selatan, Amerika Serikat, dan Jepang sepakat") and t.endswith("pada pekan ini.")
               for t in texts)
    assert "Jong-un" in [t.text for t in doc.tokens]


def test_latin_article_quoting_another_script(nlp: Analyzer):
    verse = "يَٰٓأَيُّهَا ٱلَّذِينَ ءَامَنُوٓا۟ إِذَا تَدَايَنتُم بِدَيْنٍ إِلَىٰٓ أَجَلٍ مُّسَمًّى فَٱكْتُبُوهُ"
    text = ("Allah SWT berfirman dalam surat Al-Baqarah ayat 282 tentang utang piutang yang harus dicatat.\n"
            + verse + "\nArtinya: Wahai orang-orang yang beriman, apabila kamu berutang untuk waktu yang "
            "ditentukan, hendaklah kamu mencatatnya. Penjelasan ini disampaikan ustaz di masjid.")
    assert nlp.identify(text)[0] == "id"
    assert nlp.identify(verse)[0] == "ar"


def test_confident_foreign_text_is_not_forced_to_a_supported_language(nlp: Analyzer):
    """Only an unsure answer is checked: a plain Spanish sentence stays Spanish."""
    text = "El presidente de Colombia denunció a Venezuela el viernes por el cierre de la frontera."
    assert nlp.identify(text)[0] == "es"


def test_function_word_rows_are_en_or_id():
    from warta.nlp import function_words
    rows = function_words()
    assert rows and set(rows.values()) == {"en", "id"}
    assert all(w.isalpha() and w == w.lower() for w in rows)
