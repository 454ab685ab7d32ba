"""Temporal expressions: every data-file entry, every rule, the seed, the clock guard."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from warta.model import Document, Published, Span
from warta.options import PipelineOptions
from warta.timex import TimexTagger, anchor_of, date_for, infer_published, resolve
from warta.timex.lexicon import read_tsv

WED = date(2024, 6, 19)  # a Wednesday


def values(text: str, anchor: date | None, **kw) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in resolve(text, anchor, **kw)]


def only(text: str, anchor: date | None, **kw):
    found = resolve(text, anchor, **kw)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift_expected(anchor: date, unit: str, n: int) -> str:
    """Independent statement of the documented unit semantics."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "week":
        return month_of(anchor + timedelta(weeks=n))
    if unit == "weekend":
        monday = anchor - timedelta(days=anchor.weekday())
        return month_of(monday + timedelta(days=5 + 7 * n))
    if unit == "month":
        k = anchor.year * 12 + anchor.month - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    raise AssertionError(unit)


# --------------------------------------------------------------- data files, row by row
@pytest.mark.parametrize("row", read_tsv("months.tsv"), ids=lambda r: r[0])
def test_month_entry(row):
    word, month = row[0], int(row[1])
    cap = word[0].upper() + word[1:]
    t = only(f"Peristiwa itu terjadi pada 21 {cap} 2024 di Jakarta.", None)
    assert t.value == f"2024-{month:02d}-21"
    t = only(f"Angkanya naik sejak {cap} 2023.", None)
    assert t.value == f"2023-{month:02d}"


@pytest.mark.parametrize("row", read_tsv("months.tsv"), ids=lambda r: r[0])
def test_month_entry_agrees_with_dateparser(row):
    """Cross-check our month table against dateparser where dateparser knows the word."""
    dateparser = pytest.importorskip("dateparser")
    word, month = row[0], int(row[1])
    langs = ["id", "en"]
    parsed = dateparser.parse(f"21 {word} 2024", languages=langs,
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        pytest.skip(f"dateparser does not know {word!r}")
    assert parsed.month == month


@pytest.mark.parametrize("row", read_tsv("months.tsv"), ids=lambda r: r[0])
def test_ambiguous_month_words_need_a_number(row):
    word, needs_number = row[0], row[3] == "1"
    found = resolve(f"kata {word} di sini", date(2024, 6, 21))
    if needs_number:
        assert found == []


@pytest.mark.parametrize("row", read_tsv("weekdays.tsv"), ids=lambda r: r[0])
def test_weekday_entry(row):
    word, wd = row[0], int(row[1])
    cap = word[0].upper() + word[1:]
    day = date(2024, 6, 17) + timedelta(days=wd)  # Mon 17 .. Sun 23 June 2024
    anchor = date(2024, 6, 23)
    t = only(f"Ia berbicara pada {cap} ({day.day}/6) di kantornya.", anchor)
    assert (t.value, t.kind) == (day.isoformat(), "weekday_date")
    t = only(f"Ia berbicara pada {cap} ({day.day} Juni) di kantornya.", anchor)
    assert t.value == day.isoformat()
    t = only(f"Ia berbicara pada {cap} di kantornya.", anchor)
    assert (t.text, t.value) == (cap, day.isoformat())


@pytest.mark.parametrize("row", read_tsv("relative.tsv"), ids=lambda r: r[0])
def test_relative_entry(row):
    phrase, unit, offset = row[0], row[1], int(row[2])
    text = f"Menurut dia, {phrase} keputusan itu diumumkan."
    t = only(text, WED)
    assert t.text == phrase
    assert t.kind == "relative"
    assert t.value == shift_expected(WED, unit, offset)
    assert resolve(text, None)[0].value is None  # no anchor, no value


@pytest.mark.parametrize("row", read_tsv("numbers.tsv"), ids=lambda r: r[0])
def test_number_entry(row):
    word, n, lang = row[0], int(row[1]), row[2]
    text = f"Hal itu terjadi {word} hari lalu." if lang == "id" else f"It happened {word} day ago."
    t = only(text, WED)
    assert t.value == (WED - timedelta(days=n)).isoformat()


@pytest.mark.parametrize("row", read_tsv("units.tsv"), ids=lambda r: r[0])
def test_unit_entry(row):
    word, unit, lang = row
    text = f"Itu terjadi tiga {word} lalu." if lang == "id" else f"It happened three {word} ago."
    assert only(text, WED).value == shift_expected(WED, unit, -3)
    if lang == "id":
        assert only(f"Baru se{word} yang lalu ia datang.", WED).value == shift_expected(WED, unit, -1)


def _cue_case(word: str, role: str, lang: str) -> tuple[str, date, str]:
    """(text, anchor, expected value) exercising one cue word as its role says."""
    if role == "past":
        if word == "ago":
            return "It happened two years ago.", WED, "2022"
        # 17 July seen from 10 July: the upcoming one, unless the cue points back.
        return f"Kejadian 17 Juli {word} itu.", date(2024, 7, 10), "2023-07-17"
    if role == "future":
        # 10 July seen from 17 July: the past one, unless the cue points forward.
        return f"Sidang 10 Juli {word} itu.", date(2024, 7, 17), "2025-07-10"
    if role == "daypart":
        wd = "Rabu" if lang == "id" else "Wednesday"
        return f"Ia tiba {wd} {word} itu.", date(2024, 6, 21), "2024-06-19"
    if role == "lead":
        if word == "bulan":
            return "Harga naik bulan Maret itu.", date(2024, 6, 21), "2024-03"
        if word == "hari":
            return "Ia datang hari Rabu itu.", date(2024, 6, 21), "2024-06-19"
        return f"Program itu berjalan {word} 2014 di sana.", date(2024, 6, 21), "2014"
    raise AssertionError(role)


@pytest.mark.parametrize("row", read_tsv("cues.tsv"), ids=lambda r: f"{r[1]}:{r[0]}")
def test_cue_entry(row):
    word, role, lang = row
    text, anchor, expected = _cue_case(word, role, lang)
    assert only(text, anchor).value == expected


def test_cue_rows_change_the_outcome():
    """Without the cue word, the same sentences resolve the other way."""
    assert only("Kejadian 17 Juli itu.", date(2024, 7, 10)).value == "2024-07-17"
    assert only("Sidang 10 Juli itu.", date(2024, 7, 17)).value == "2024-07-10"
    assert resolve("Program itu berjalan 2014 orang.", WED) == []


# ---------------------------------------------------------------------------- rules
A = date(2024, 6, 21)  # Friday


@pytest.mark.parametrize("text,anchor,expected", [
    ("Konser digelar pada 21 Juni 2024 di Jakarta.", A, [("21 Juni 2024", "2024-06-21")]),
    ("Inflasi Juni 2024 turun.", A, [("Juni 2024", "2024-06")]),
    ("Kebijakan itu berlaku sejak tahun 2016.", A, [("tahun 2016", "2016")]),
    ("Mereka bertemu pada 2014 di Bali.", A, [("2014", "2014")]),
    ("Kudeta terjadi pada 2014 lalu.", A, [("2014 lalu", "2014")]),
    ("Konferensi pada 11-12 September 2025 dibuka presiden.", A, [("11-12 September 2025", "2025-09-11")]),
    ("Ia lahir pada 2 Juni 1897 di Sumatra.", A, [("2 Juni 1897", "1897-06-02")]),
    ("Batas waktunya 17 Juli.", A, [("17 Juli", "2024-07-17")]),
    ("Model itu dibius pada 11 Juli lalu.", A, [("11 Juli lalu", "2023-07-11")]),
    ("Dokumen bertanggal 2024-06-01 itu.", A, [("2024-06-01", "2024-06-01")]),
    ("Surat tertanggal 12/1/2016 dari Mendag.", A, [("12/1/2016", "2016-01-12")]),
    ("Peristiwa itu terjadi pada Desember lalu.", A, [("Desember lalu", "2023-12")]),
    ("Harga naik pada bulan Maret.", A, [("Maret", "2024-03")]),
    ("Presiden, Jumat (21 Juni), berkata.", None, [("Jumat (21 Juni)", None)]),
    ("Kapolres, Senin (6/10), menjelaskan.", date(2025, 10, 8), [("Senin (6/10)", "2025-10-06")]),
    ("Jaksa Agung, Selasa (21/10/2025), menjelaskan.", A, [("Selasa (21/10/2025)", "2025-10-21")]),
    ("Polisi , Sabtu ( 5 / 8 ) , menangkap dia .", date(2017, 8, 6), [("Sabtu ( 5 / 8 )", "2017-08-05")]),
    ("Kamis ( 18 / 8 / 2016 ) lalu .", A, [("Kamis ( 18 / 8 / 2016 ) lalu", "2016-08-18")]),  # the cue is the pair's
    ("Putusan dibacakan Senin 22 September 2025.", A, [("Senin 22 September 2025", "2025-09-22")]),
    ("Ia ditangkap Selasa malam (23/9/2025).", A, [("Selasa malam (23/9/2025)", "2025-09-23")]),
    ("Sidang digelar Senin (27/10).", date(2025, 10, 21), [("Senin (27/10)", "2025-10-27")]),
    ("Ia datang pada Rabu.", A, [("Rabu", "2024-06-19")]),
    ("Ia datang Senin lalu.", A, [("Senin lalu", "2024-06-17")]),
    ("Ia datang Jumat lalu.", A, [("Jumat lalu", "2024-06-14")]),
    ("Ia datang pada Jumat.", A, [("Jumat", "2024-06-21")]),
    ("Ledakan terjadi Rabu malam.", A, [("Rabu malam", "2024-06-19")]),
    ("Sidang dilanjutkan Senin depan.", A, [("Senin depan", "2024-06-24")]),
    ("Rapat digelar minggu lalu.", A, [("minggu lalu", "2024-06")]),
    ("Ia pulang pada hari Minggu.", A, [("Minggu", "2024-06-16")]),
    ("Gelar perkara pada pekan kemarin.", date(2025, 10, 21), [("pekan kemarin", "2025-10")]),
    ("Pada pekan lalu harga turun.", date(2024, 7, 3), [("pekan lalu", "2024-06")]),
    ("Dua hari lalu ia tiba.", A, [("Dua hari lalu", "2024-06-19")]),
    ("Ia tiba 3 hari yang lalu.", A, [("3 hari yang lalu", "2024-06-18")]),
    ("Baru sebulan yang lalu ia ke IKN.", A, [("sebulan yang lalu", "2024-05")]),
    ("The talks ended yesterday.", A, [("yesterday", "2024-06-20")]),
    ("The talks ended on Monday.", A, [("Monday", "2024-06-17")]),
    ("They met last Monday.", A, [("last Monday", "2024-06-17")]),
    ("They met last week.", A, [("last week", "2024-06")]),
    ("He arrived on Friday, June 21, 2024.", None, [("Friday, June 21, 2024", "2024-06-21")]),
    ("He arrived on June 21, 2024.", None, [("June 21, 2024", "2024-06-21")]),
    ("Elections are due in May.", A, [("May", "2024-05")]),
    ("Talks resumed on Monday (June 17).", A, [("Monday (June 17)", "2024-06-17")]),
])
def test_rules(text, anchor, expected):
    assert values(text, anchor) == expected


@pytest.mark.parametrize("text", [
    "Kita may not know.",
    "Ia membayar Rp 2.000 per hari.",
    "Timnya mencetak 2015 poin.",
    "Sebanyak 1500 peserta hadir hingga 1500 orang.",
    "Ia menonton minggu ini?",  # the week, not Sunday
    "Sepuluh orang tewas.",
    "",
])
def test_no_false_dates(text):
    found = resolve(text, A)
    assert all(t.text.lower() in ("minggu ini",) for t in found), found


def test_minggu_lowercase_is_the_week_not_sunday():
    assert values("Ia tiba minggu ini.", A) == [("minggu ini", "2024-06")]
    assert values("Ia tiba pada Minggu.", A) == [("Minggu", "2024-06-16")]


def test_weekday_conflict_trusts_the_weekday_nearest_the_date():
    # 21 May 2017 was a Sunday: the writer's Monday is the 22nd.
    assert only("Senin ( 21 / 5 ) ia tiba.", date(2017, 5, 22)).value == "2017-05-22"


def test_year_less_pair_without_anchor_uses_weekday_and_today():
    t = only("Jumat (21 Juni) itu.", None, today=date(2025, 1, 1))
    assert t.value == "2024-06-21"
    t = only("Jumat (21 Juni) itu.", None, today=date(2024, 6, 20))
    assert t.value == "2019-06-21"


def test_day_words_use_the_reports_own_date_in_the_same_paragraph():
    text = "Kajati, Selasa (21/10/2025), menyebut hari ini KPK memeriksa Yudi.\nBesok ia kembali."
    got = values(text, date(2025, 10, 22))
    assert ("hari ini", "2025-10-21") in got
    assert ("Besok", "2025-10-23") in got  # other paragraph: the anchor


def test_month_and_year_boundaries():
    assert only("Rapat bulan lalu.", date(2024, 1, 15)).value == "2023-12"
    assert only("Rapat bulan depan.", date(2024, 12, 15)).value == "2025-01"
    assert only("Rapat pekan depan.", date(2024, 12, 28)).value == "2025-01"
    assert only("Ia tiba kemarin.", date(2024, 3, 1)).value == "2024-02-29"
    assert only("Pada 29 Februari lalu.", date(2025, 3, 5)).value == "2024-02-29"
    assert only("Peristiwa 31 Desember itu.", date(2025, 1, 2)).value == "2024-12-31"


def test_offsets_point_into_the_text():
    text = "Jakarta - Presiden, Jumat (21 Juni), bertemu; pekan lalu ia ke Bali sejak 2014."
    for t in resolve(text, A):
        assert text[t.start:t.end] == t.text


# ---------------------------------------------------------------------- date_for
def _doc(text: str, anchor: date | None = A, sentences: bool = False) -> Document:
    doc = Document(id="t", raw_text=text, text=text,
                   published=Published(anchor.isoformat()) if anchor else None)
    if sentences:
        i = 0
        for part in text.split(". "):
            doc.sentences.append(Span(i, i + len(part) + 1, text[i:i + len(part) + 1]))
            i += len(part) + 2
    return TimexTagger()(doc)


def test_date_for_prefers_same_clause():
    text = ("Pada hari Rabu (19 Juni), Putin dan Kim menandatangani perjanjian, "
            "sementara Cho tiba di New York pada Kamis (20 Juni).")
    doc = _doc(text)
    sign = text.index("menandatangani")
    arrive = text.index("tiba")
    assert date_for(doc, sign, sign + 14) == "2024-06-19"
    assert date_for(doc, arrive, arrive + 4) == "2024-06-20"


def test_date_for_fronted_adverbial_governs_the_sentence():
    text = "Pada hari Rabu (19 Juni), Putin dan Kim menandatangani perjanjian baru."
    doc = _doc(text)
    i = text.index("menandatangani")
    assert date_for(doc, i, i + 14) == "2024-06-19"


def test_date_for_stays_in_its_sentence():
    text = "Cho tiba pada Kamis (20 Juni). Ia lalu menelepon Blinken. Keduanya sepakat."
    for sentences in (False, True):
        doc = _doc(text, sentences=sentences)
        i = text.index("menelepon")
        assert date_for(doc, i, i + 9) is None
        j = text.index("tiba")
        assert date_for(doc, j, j + 4) == "2024-06-20"


def test_date_for_without_temporal_is_none():
    doc = _doc("Korea Selatan dan Jepang sepakat.")
    assert date_for(doc, 0, 5) is None


# ------------------------------------------------------- publication date inference
SEED_LIKE = ("Pernyataan disampaikan pada Jumat (21 Juni) saat itu. Pada hari Rabu (19 Juni), "
             "Putin dan Kim menandatangani perjanjian. Cho berada di New York pada Kamis (20 Juni).")


def test_infer_seed_like_text():
    pub = infer_published(SEED_LIKE, today=date(2025, 6, 1))
    assert (pub.date, pub.basis) == ("2024-06-21", "inferred")


def test_infer_explicit_pair_is_text_basis():
    text = "Jaksa Agung, Selasa (21/10/2025), menyerahkan uang. Rapat Senin (20/10) membahasnya."
    pub = infer_published(text, today=date(2025, 12, 1))
    assert (pub.date, pub.basis) == ("2025-10-21", "text")


def test_infer_corrects_a_year_typo_by_the_weekday():
    # 7 Oct 2024 was a Monday; 7 Oct 2025 a Tuesday: the text's other year says which
    text = "Polisi, Selasa (7/10/2024), menangkap dua orang yang buron sejak Januari 2025."
    assert infer_published(text, today=date(2025, 12, 1)).date == "2025-10-07"
    text = "Polisi, Senin (20/10/2026), menangkap dua orang yang buron sejak Januari 2025."
    assert infer_published(text, today=date(2026, 12, 1)).date == "2025-10-20"


def test_infer_corrects_a_day_typo_by_the_weekday():
    # 19 Oct 2025 was a Sunday: "Senin (19/10/2025)" is Monday the 20th, not 2026
    text = "Polisi, Senin (19/10/2025), menangkap dua orang."
    assert infer_published(text, today=date(2026, 12, 1)).date == "2025-10-20"
    assert infer_published(text + " Mereka buron sejak 2025.", today=date(2026, 12, 1)).date == "2025-10-20"
    # the lone typo of the old test: without another year, the day is the likelier typo
    assert infer_published("Polisi, Selasa (7/10/2024), menangkap dua orang.",
                           today=date(2025, 12, 1)).date == "2024-10-08"


def test_infer_prefers_years_the_text_names():
    text = "Polisi , Sabtu ( 5 / 8 ) , menangkap Herba yang beraksi sejak 2016 ."
    # 5 Aug is a Saturday in 2017 and 2023: the text speaks of 2016, so 2017.
    assert infer_published(text, today=date(2025, 1, 1)).date == "2017-08-05"
    assert infer_published(text.replace("sejak 2016 ", ""), today=date(2025, 1, 1)).date == "2023-08-05"


def test_infer_nothing_without_pairs():
    assert infer_published("Presiden bertemu menteri pada 2014.", today=date(2025, 1, 1)) is None
    assert infer_published("", today=date(2025, 1, 1)) is None


@pytest.mark.parametrize("today", [date(2020, 1, 1), date(2024, 6, 20), date(2019, 6, 21)])
def test_future_clock_guard(today):
    for text in (SEED_LIKE, "Jaksa Agung, Selasa (21/10/2025), menjelaskan."):
        doc = Document(id="g", raw_text=text, text=text)
        TimexTagger(PipelineOptions(today=today))(doc)
        if doc.published is not None:
            assert date.fromisoformat(doc.published.date) <= today


def test_tagger_keeps_metadata_date_and_uses_it_as_anchor():
    doc = Document(id="m", raw_text="x", text="Ia tiba kemarin.", published=Published("2017-08-06T10:00"))
    TimexTagger()(doc)
    assert doc.published.basis == "metadata"
    assert [(t.text, t.value) for t in doc.temporal] == [("kemarin", "2017-08-05")]


def test_anchor_of_is_robust():
    assert anchor_of(Published("2025-10-22T01:46")) == date(2025, 10, 22)
    assert anchor_of(Published("nonsense")) is None
    assert anchor_of(Published("2025-13-40")) is None
    assert anchor_of(None) is None


@pytest.mark.parametrize("text", ["", "\x00\x01", "(((((", "Senin (99/99)", "Jumat (31/2)",
                                  "Selasa ( / )", "2024-13-45", "Rabu" * 1000, "31 Februari 2024"])
def test_bad_input_never_crashes(text):
    doc = Document(id="b", raw_text=text, text=text)
    TimexTagger()(doc)
    for t in doc.temporal:
        assert t.value is None or t.value[:4].isdigit()


# --------------------------------------------------------------------------- seed
def test_seed(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    doc = Document(id="seed", raw_text=text, text=text)
    TimexTagger(PipelineOptions(today=date(2026, 1, 1)))(doc)
    assert doc.published is not None and doc.published.basis == "inferred"
    assert doc.published.date in ("2024-06-21", "2024-06-22")
    got = {t.text: t.value for t in doc.temporal}
    assert got["Rabu (19 Juni)"] == "2024-06-19"
    assert got["Kamis (20 Juni)"] == "2024-06-20"
    assert got["Jumat (21 Juni)"] == "2024-06-21"
    i = text.index("menandatangani perjanjian “kerja")
    assert date_for(doc, i, i + 14) == "2024-06-19"


# --- publication date from the URL ------------------------------------------------------

URL_CASES = [
    ("http://www.suara.com/news/2016/08/31/191400/tidur-di-rapat", date(2016, 8, 31)),
    ("http://poskotanews.com/2016/08/29/ketua-umum-ditangkap/", date(2016, 8, 29)),
    ("http://rimanews.com/internasional/asia/read/20160913/303475/bentrokan", date(2016, 9, 13)),
    ("https://www.cnnindonesia.com/internasional/20170710134543-120-226917/judul", date(2017, 7, 10)),
    ("https://example.id/read/2019-03-05-judul-berita", date(2019, 3, 5)),
]


@pytest.mark.parametrize("url,expected", URL_CASES)
def test_date_from_url(url, expected):
    from warta.timex import date_from_url

    assert date_from_url(url, date(2026, 1, 1)) == (expected, expected.year)


@pytest.mark.parametrize("url", [
    None, "", "http://[broken", "https://finance.detik.com/berita/d-8106117/judul",
    "https://kumparan.com/penulis1487918664529/judul",      # a millisecond id, not a date
    "https://example.id/cari?tanggal=2016-08-01",            # a query, not the article path
    "https://example.id/2016/02/30/tanggal-tidak-ada",       # invalid day
])
def test_no_date_from_url(url):
    from warta.timex import date_from_url

    assert date_from_url(url, date(2026, 1, 1))[0] is None


def test_url_date_after_today_is_refused():
    from warta.timex import date_from_url

    assert date_from_url("https://example.id/2030/01/02/x", date(2026, 1, 1)) == (None, None)


def test_url_date_is_the_publication_date_when_metadata_has_none():
    from warta.model import Source

    text = "Polisi menangkap tersangka pada Senin (29/8)."
    doc = Document(id="u", raw_text=text, text=text, source=Source(url="http://poskotanews.com/2016/08/30/judul"))
    TimexTagger(PipelineOptions(today=date(2026, 1, 1)))(doc)
    assert doc.published is not None and doc.published.date == "2016-08-30"
    # metadata still wins over the URL
    doc = Document(id="u2", raw_text=text, text=text, published=Published("2016-09-01"),
                   source=Source(url="http://poskotanews.com/2016/08/30/judul"))
    TimexTagger(PipelineOptions(today=date(2026, 1, 1)))(doc)
    assert doc.published.date == "2016-09-01"


def test_url_year_picks_among_weekday_candidates():
    from warta.model import Source

    # 29 August is a Monday in 2016 and in 2022: the URL's year decides
    text = "Polisi menangkap tersangka pada Senin (29/8)."
    doc = Document(id="y", raw_text=text, text=text, source=Source(url="https://example.id/2016/08/judul"))
    TimexTagger(PipelineOptions(today=date(2026, 1, 1)))(doc)
    assert doc.published is not None and doc.published.date == "2016-08-29"
    doc = Document(id="n", raw_text=text, text=text)
    TimexTagger(PipelineOptions(today=date(2026, 1, 1)))(doc)
    assert doc.published.date == "2022-08-29"


@pytest.mark.parametrize("text,years", [
    ("Kronologi Penutupan Gunung Botak 2015 - 2017", {2015, 2017}),
    ("Pilkada 2017 berlangsung damai.", {2017}),
    ("dijerat UU Nomor 11 Tahun 2008 tentang ITE", set()),
    ("sebanyak 2015 orang mengungsi", set()),
    ("Rp 2.015 per lembar, kode 12015", set()),
])
def test_bare_years_in_text(text, years):
    from warta.timex.infer import mentioned_years

    assert mentioned_years([], date(2026, 1, 1), text) == years


@pytest.mark.parametrize("text,years", [
    ("dijerat Pasal 27 UU No. 11 Tahun 2008 tentang ITE pada Rabu (24/8).", set()),
    ("sesuai Perpres Nomor 12 tahun 2010, sejak Juni 2016 berlaku", {2016}),
    ("Pada tahun 2016 pemerintah menaikkan tarif.", {2016}),
])
def test_law_years_found_by_the_grammar_are_not_report_years(text, years):
    """The grammar reads 'Tahun 2008' as a year; after a law's number it names the law."""
    from warta.timex.grammar import default_grammar
    from warta.timex.infer import mentioned_years

    assert mentioned_years(default_grammar().find(text), date(2026, 1, 1), text) == years


def test_a_law_year_does_not_pull_the_publication_year_back():
    # 24 August is a Wednesday in 2022, 2016 and 2011; the 2008 law must not pick 2011
    text = "Kedua akun dilaporkan pada Rabu (24/8) dan dijerat UU No. 11 Tahun 2008 tentang ITE."
    pub = infer_published(text, date(2026, 1, 1))
    assert pub is not None and pub.date == "2022-08-24"


def test_bare_year_picks_the_weekday_year():
    # 19 March is a Sunday in 2017 and in 2023: the article speaks of 2017
    text = "Aparat menyisir tambang itu pada Minggu (19/3).\nBaca juga: Kronologi penutupan 2015 - 2017"
    pub = infer_published(text, date(2026, 1, 1))
    assert pub is not None and pub.date == "2017-03-19"


# ------------------------------------------------------------ statement dates (statement.tsv)
@pytest.mark.parametrize("row", read_tsv("statement.tsv"), ids=lambda r: f"{r[1]}:{r[0]}")
def test_statement_entry(row):
    from warta.timex import anaphoric_time, dates_statement
    word, kind = row[0], row[1]
    if kind == "anaphor":
        text = f"Ia lalu kembali ke kota. {word[0].upper() + word[1:]} ia ditangkap polisi."
        m = anaphoric_time(text, 0, len(text))
        assert m is not None and m.group().lower() == word
        assert anaphoric_time("Ia lalu kembali ke kota.", 0, 24) is None
        return
    text = f"Kami akan membantu, {word} pejabat itu di Jakarta, Senin (20/10)."
    start = text.index("Senin")
    assert dates_statement(text, start, len(text) - 1)
    bare = "Kami akan membantu pejabat itu di Jakarta, Senin (20/10)."
    assert not dates_statement(bare, bare.index("Senin"), len(bare) - 1)


def test_statement_word_after_the_pair_and_sentence_limit():
    from warta.timex import dates_statement
    text = "Pada Senin (20/10), kata Rano, semua lembaga diminta bekerja."
    assert dates_statement(text, text.index("Senin"), text.index(")") + 1)
    text = "Rano berkata demikian. Pelaku serangan pada Selasa (21/10) adalah warga asing."
    lo = text.index("Pelaku")
    assert not dates_statement(text, text.index("Selasa"), text.index(")") + 1, lo)


@pytest.mark.parametrize("tail,closes", [
    (".", True), (" malam.", True), (" pukul 10.00 WIB.", True), (" di Makassar.", True),
    (" lalu.\n", True), (" adalah warga mereka.", False), (" dan menahan dua orang.", False),
    (", di rumah salah satu pelaku di Pondok Aren, Tangsel.", True),
    (" di Jakarta dan menahan dua orang.", False)])
def test_closes_sentence(tail, closes):
    from warta.timex import closes_sentence
    text = "Bayi itu ditemukan di gereja, Minggu (24/12)" + tail
    assert closes_sentence(text, text.index(")") + 1) is closes


@pytest.mark.parametrize("text", ["Komisaris PT X periode 2006-2023 itu", "Direktur PGN 2016 – 2019 itu",
                                  "menjabat 2006 sampai 2023 itu", "masa jabatan 2019-2024."])
def test_a_range_of_years_has_no_single_value(text):
    t = only(text, WED)
    assert t.value is None
    assert "20" in t.text and t.text[0].isdigit()


def test_a_falling_pair_of_years_is_not_a_range():
    assert resolve("Skornya 2019-2018 saja.", WED) == []


# ------------------------------------------------- publication: office-holders, context, fallback
def _kb_office_row():
    """A dated office of the shipped KB whose holder's name is not another row's alias."""
    from warta.actors.kb import default_kb
    for p in default_kb().people:
        if p.start and p.end and p.start >= "2010" and len(p.name.split()) >= 2 and p.role.istitle():
            return p
    pytest.skip("no dated office in the KB")


def test_titled_terms_follow_the_kb_and_skip_former_holders():
    from warta.timex.offices import titled_terms
    p = _kb_office_row()
    terms = titled_terms(f"Hal itu disampaikan {p.role} {p.name} kepada wartawan.")
    assert any(t.start.isoformat() == p.start and t.end and t.end.isoformat() == p.end for t in terms)
    assert not any(t.start.isoformat() == p.start for t in
                   titled_terms(f"Hal itu disampaikan mantan {p.role} {p.name} kepada wartawan."))
    assert not any(t.start.isoformat() == p.start for t in
                   titled_terms(f"Hal itu disampaikan {p.name} kepada wartawan."))


def test_office_holders_pick_the_year_among_weekday_candidates():
    from warta.timex.offices import Term
    text = "Polisi, Senin (29/8), menangkap dua orang."  # a Monday in 2016 and in 2022
    assert infer_published(text, today=date(2025, 1, 1)).date == "2022-08-29"
    held = [Term(date(2016, 7, 13), date(2019, 10, 22), 0)]
    assert infer_published(text, today=date(2025, 1, 1), terms=held).date == "2016-08-29"


def test_page_context_years_count_when_the_body_names_none():
    text = "Hari ini, Minggu (19/3), petugas menyisir lokasi tambang."  # Sunday in 2017 and 2023
    assert infer_published(text, today=date(2025, 1, 1)).date == "2023-03-19"
    ctx = "Baca juga : Kronologi Penutupan Tambang 2015 - 2017"
    assert infer_published(text, today=date(2025, 1, 1), context=ctx).date == "2017-03-19"
    body_year = text + " Tambang itu ditutup sejak 2022."
    assert infer_published(body_year, today=date(2025, 1, 1), context=ctx).date == "2023-03-19"


def test_without_pairs_the_latest_written_date_moved_to_the_bare_weekday():
    text = ("Aturan itu diujicobakan pada 27 Juli - 26 Agustus 2016 dan berlaku mulai 27 Agustus 2016. "
            "Polisi menindak 219 pengendara pada Selasa, hari pertama aturan itu berlaku.")
    pub = infer_published(text, today=date(2025, 1, 1))
    assert (pub.date, pub.basis) == ("2016-08-30", "inferred")  # 27 Aug 2016 was a Saturday
    assert infer_published(text.replace("pada Selasa, ", ""), today=date(2025, 1, 1)) is None


def test_tagger_reads_the_set_aside_lines_of_the_page():
    opts = PipelineOptions(today=date(2025, 1, 1))
    text = "Hari ini, Minggu (19/3), petugas menyisir lokasi tambang."
    doc = Document(id="t", raw_text=text, text=text, boilerplate=["Baca juga : Kronologi Tambang 2015 - 2017"])
    assert TimexTagger(opts)(doc).published.date == "2017-03-19"
    doc = Document(id="t", raw_text=text, text=text)
    assert TimexTagger(opts)(doc).published.date == "2023-03-19"


# ------------------------------------------------------ Indonesian weekday styles (grammar)
THU = date(2025, 11, 27)  # a Thursday


@pytest.mark.parametrize("phrase,week", [("Jumat pekan lalu", -1), ("Jumat minggu lalu", -1),
                                         ("Senin pekan depan", 1), ("Senin minggu depan", 1),
                                         ("Rabu pekan ini", 0), ("Selasa pekan kemarin", -1)])
def test_weekday_of_a_named_week(phrase, week):
    t = only(f"Rapat itu digelar {phrase} di Jakarta.", THU)
    monday = THU - timedelta(days=THU.weekday()) + timedelta(weeks=week)
    wd = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Jumat": 4}[phrase.split()[0]]
    assert (t.text, t.value) == (phrase, (monday + timedelta(days=wd)).isoformat())


def test_weekday_with_kemarin_is_that_weekday_not_yesterday():
    assert only("Ia ditangkap Selasa kemarin.", THU).value == "2025-11-25"
    assert only("Ia ditangkap kemarin.", THU).value == "2025-11-26"
    # "Minggu lalu" opening a sentence stays the week
    assert only("Minggu lalu ia ditangkap.", THU).value == "2025-11"


@pytest.mark.parametrize("text,value", [("Ia ditangkap pada 24/11 lalu.", "2025-11-24"),
                                        ("Sidang digelar tanggal 3/12.", "2025-12-03"),
                                        ("Sidang digelar 3/12 mendatang.", "2025-12-03")])
def test_digit_day_month_with_a_lead_or_cue(text, value):
    assert only(text, THU).value == value


@pytest.mark.parametrize("text", ["Skor akhirnya 3/12 untuk tuan rumah.", "Ia menguasai pada 1/2 bagian lahan."])
def test_digit_day_month_without_lead_or_cue_is_not_a_date(text):
    assert resolve(text, THU) == []


@pytest.mark.parametrize("text,value", [("Pameran itu digelar Sabtu-Minggu (22-23/11).", "2025-11-22"),
                                        ("Sidang Senin hingga Rabu (24-26/11/2025) ditunda.", "2025-11-24")])
def test_weekday_range_pair_gives_its_first_day(text, value):
    t = only(text, THU)
    assert t.kind == "weekday_date" and t.value == value


@pytest.mark.parametrize("text,anchor,value", [
    ("Jakarta, Senin (19/10/2025).", date(2025, 10, 20), "2025-10-20"),  # 19 Oct 2025: a Sunday
    ("Jakarta, Kamis (15/10/2025).", date(2025, 10, 20), "2025-10-16"),
    ("Jakarta, Senin (20/10/2026).", date(2025, 10, 21), "2025-10-20"),  # year off by one
    ("Jakarta, Senin (20/10/2026).", date(2026, 10, 21), "2026-10-19"),  # in 2026: the day is off
    ("Jakarta, Selasa (21/10/2025).", date(2025, 10, 22), "2025-10-21")])  # no typo
def test_explicit_pair_with_a_wrong_weekday_has_one_typo(text, anchor, value):
    assert only(text, anchor).value == value


# --------------------------------------------------------------- named days (holidays.tsv)
def _holiday_expected(when: str, anchor: date) -> str:
    """Independent statement of the documented rule: nearest occurrence, past-biased."""
    from warta.timex.grammar import easter
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if when.startswith("easter"):
        cands = [easter(y) + timedelta(days=int(when[6:])) for y in years]
    elif "," in when or len(when) == 10:
        cands = [date.fromisoformat(v) for v in when.split(",") if int(v[:4]) in years]
    else:
        cands = [date(y, int(when[:2]), int(when[3:])) for y in years]
    past = max(c for c in cands if c <= anchor)
    future = min((c for c in cands if c > anchor), default=None)
    best = future if future and 3 * (future - anchor).days < (anchor - past).days else past
    return best.isoformat()


@pytest.mark.parametrize("row", read_tsv("holidays.tsv"), ids=lambda r: r[0])
def test_holiday_entry(row):
    name, when = row[0], row[1]
    cap = " ".join(w[0].upper() + w[1:] for w in name.split())
    anchor = date(2024, 7, 10) if "," not in when else date(2024, 3, 1)
    lead = "pada" if row[2] == "id" else "on"
    t = only(f"Polisi berjaga {lead} {cap} di kota itu.", anchor)
    assert t.text == cap
    assert t.value == _holiday_expected(when, anchor)
    assert resolve(f"Polisi berjaga {lead} {cap} di kota itu.", None)[0].value is None


def test_holiday_needs_a_lead_and_a_capital():
    assert resolve("Pasar Natal ramai dikunjungi.", WED) == []
    assert all(t.text.lower() != "tahun baru" for t in resolve("Harga naik pada tahun baru ini.", WED))
    assert only("Bayi itu ditemukan pada malam Natal.", date(2017, 12, 25)).value == "2017-12-24"


def test_easter_is_computed():
    from warta.timex.grammar import easter
    for y in (2017, 2024, 2025):
        e = easter(y)
        assert e.weekday() == 6 and (3, 22) <= (e.month, e.day) <= (4, 25)


@pytest.mark.parametrize("text,value", [("Pada Selasa (21/10) kemarin, KPK memanggil saksi.", "2025-10-21"),
                                        ("Sidang digelar Senin (27/10) mendatang.", "2025-10-27"),
                                        ("Ia datang Senin (20 Oktober) lalu.", "2025-10-20")])
def test_a_cue_after_a_pair_belongs_to_the_pair(text, value):
    t = only(text, date(2025, 10, 22))
    assert t.kind == "weekday_date" and t.value == value


@pytest.mark.parametrize("text", ["Hal itu dijamin UUD Tahun 1945.",
                                  "Pasal 28 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 menjaminnya."])
def test_the_year_of_the_constitutions_name_is_not_a_time(text):
    assert resolve(text, WED) == []
    assert only("Indonesia merdeka pada tahun 1945.", WED).value == "1945"


# -------------------------------------------- counted from the last named day (relative_prev.tsv)
@pytest.mark.parametrize("row", read_tsv("relative_prev.tsv"), ids=lambda r: r[0])
def test_relative_prev_entry(row):
    phrase, days, lang = row[0], int(row[1]), row[2]
    cap = phrase[0].upper() + phrase[1:]
    first = "Ia ditangkap pada 3 Maret 2024." if lang == "id" else "He was arrested on March 3, 2024."
    found = resolve(f"{first} {cap} polisi menggeledah rumahnya.", WED)
    assert [t.text for t in found][-1] == cap
    assert found[-1].value == (date(2024, 3, 3) + timedelta(days=days)).isoformat()
    # nothing named before it: no value (not the day before publication)
    assert resolve(f"{cap} polisi menggeledah rumahnya.", WED)[-1].value is None


@pytest.mark.parametrize("text,value", [
    ("Ia ditangkap Senin (17/6). Dua hari kemudian ia dibebaskan.", "2024-06-19"),
    ("Ia ditangkap Senin (17/6). 3 hari sebelumnya ia kabur.", "2024-06-14"),
    ("He was arrested on Monday. Two days later he was freed.", "2024-06-19")])
def test_counted_days_from_the_last_named_day(text, value):
    assert resolve(text, WED)[-1].value == value


def test_last_named_day_is_forgotten_after_a_few_paragraphs():
    text = "Ia ditangkap Senin (17/6).\n\nA.\n\nB.\n\nKeesokan harinya ia bebas."
    assert resolve(text, WED)[-1].value is None


@pytest.mark.parametrize("text,anchor,value", [
    ("Ada 20 serangan dalam dua pekan terakhir.", date(2017, 7, 10), None),  # from 26 June
    ("Ada 20 serangan dalam dua pekan terakhir.", date(2017, 7, 20), "2017-07"),
    ("Ada 20 serangan dalam tiga hari terakhir.", date(2025, 10, 22), "2025-10"),
    ("Harga naik sepekan terakhir.", date(2025, 10, 22), "2025-10"),
    ("Harga naik sebulan belakangan ini.", date(2025, 10, 22), None),
    ("Harga naik dua tahun terakhir.", date(2025, 10, 22), None),
    ("Prices rose over the past two weeks.", date(2025, 10, 22), "2025-10")])
def test_a_span_ending_at_the_anchor_gives_what_its_days_share(text, anchor, value):
    assert only(text, anchor).value == value


def test_infer_a_typo_pair_takes_the_reading_its_other_pairs_support():
    # 20 Oct 2026 is a Tuesday. Alone (with 2026 named), "Senin (20/10/2026)" is read as a day
    # typo (Monday 19 Oct 2026); beside "Kamis (9/10/2025)" it is the year typo, 20 Oct 2025.
    lone = "Pajak ditunda sampai Februari 2026, kata Dirjen di Jakarta, Senin (20/10/2026)."
    assert infer_published(lone, today=date(2026, 12, 1)).date == "2026-10-19"
    both = lone + " Hal itu dibahas di DPR, Kamis (9/10/2025)."
    assert infer_published(both, today=date(2026, 12, 1)).date == "2025-10-20"
    # a well-formed pair is never moved by the others
    far = "Rapat digelar Senin (20/10/2025). Laporan lama, Kamis (9/10/2014)."
    assert infer_published(far, today=date(2026, 12, 1)).date == "2025-10-20"
