"""Quotes stage: marks, kinds, speakers, lexicon entries. Real Documents, no mocks."""
from __future__ import annotations

import json

import pytest

from warta.model import Document, Entity, Mention
from warta.quotes import QuoteExtractor
from warta.quotes.lexicon import load_lexicon, read_rows


@pytest.fixture(scope="module")
def qx() -> QuoteExtractor:
    return QuoteExtractor()


def run(qx: QuoteExtractor, text: str, entities: list[Entity] | None = None) -> Document:
    doc = Document(id="t", raw_text=text)
    doc.text = text
    doc.entities = entities or []
    return qx(doc)


def direct(doc: Document):
    return [q for q in doc.quotes if q.kind == "direct"]


def mention(text: str, surface: str, kind: str = "name", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, kind)


# ---------------------------------------------------------------- mark styles
@pytest.mark.parametrize("opening,closing", [
    ("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("“ ", " ”"), ('" ', ' "'),
])
def test_every_mark_style_gives_one_attributed_quote(qx, opening, closing):
    text = (f"Menteri itu hadir di Jakarta. {opening}Kami akan terus bekerja sama dengan semua pihak ,"
            f"{closing} kata Budi Santoso kepada wartawan.")
    doc = run(qx, text)
    qs = direct(doc)
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("Kami akan terus bekerja sama")
    assert not q.text.endswith(",")
    assert doc.text[q.span.start:q.span.end] == q.span.text
    assert q.speaker is not None and q.speaker.name == "Budi Santoso"
    assert q.cue == "kata"


def test_tokenized_quote_with_spaced_marks(qx):
    text = '" Tidak hanya tarif yang kami bahas hari ini , " kata Zulkifli kepada wartawan .'
    q = direct(run(qx, text))[0]
    assert q.text.startswith("Tidak hanya tarif")
    assert q.speaker.name == "Zulkifli"


def test_quote_span_points_at_the_quoted_text(qx):
    text = 'Ia datang. "Kami sudah siap menghadapi semua tuntutan," ujar Andi.'
    q = direct(run(qx, text))[0]
    assert text[q.span.start:q.span.end].startswith("Kami sudah siap")
    assert q.span.text == text[q.span.start:q.span.end]


# ------------------------------------------------------------ structure
def test_split_quote_in_one_paragraph_is_joined(qx):
    text = '"Kami tidak akan mundur dari perundingan," kata Cho, "dan kami akan terus berdialog dengan mitra."'
    qs = direct(run(qx, text))
    assert len(qs) == 1
    assert "tidak akan mundur" in qs[0].text and "terus berdialog" in qs[0].text
    assert qs[0].speaker.name == "Cho"


def test_second_segment_with_anaphoric_cue_is_joined(qx):
    text = ('" Basis politik partai itu sangat kuat di timur laut , " kata Ong - art Klampaiboon , '
            'wakil ketua partai . " Jadi perubahan pemimpin tidak akan memengaruhi ikatan itu , " ujarnya .')
    qs = direct(run(qx, text))
    assert len(qs) == 1
    assert qs[0].speaker.name == "Ong-art Klampaiboon"


def test_multi_paragraph_quote(qx):
    text = ('“Kami sudah menyiapkan semua bantuan untuk para pengungsi di perbatasan.\n\n'
            '“Bantuan tahap kedua akan dikirim pekan depan bersama tim medis,” kata Retno.')
    qs = direct(run(qx, text))
    assert len(qs) == 1
    assert "pengungsi" in qs[0].text and "tahap kedua" in qs[0].text
    assert "“" not in qs[0].text
    assert qs[0].speaker.name == "Retno"


def test_stray_mark_does_not_swallow_the_article(qx):
    text = ('"Kami menolak keputusan itu dengan tegas karena tidak adil\n\n'
            'Paragraf berikut adalah berita biasa tanpa kutipan sama sekali.\n\n'
            '"Pemerintah akan meninjau ulang aturan tersebut minggu depan," kata Joko.')
    doc = run(qx, text)
    first = doc.quotes[0]
    assert "berita biasa" not in first.text
    last = [q for q in doc.quotes if "meninjau ulang" in q.text]
    assert len(last) == 1 and last[0].speaker.name == "Joko"


def test_open_quote_attributed_at_head_of_next_paragraph(qx):
    text = ('" Skema beras itu membuat petani sejahtera lewat pemasukan tetap ,\n\n'
            'kata Paisan Pachanda , petani berusia 59 tahun .\n\n'
            'Jika ada pemilu ... orang-orang akan tetap memilih partai itu , " ujarnya kepada Reuters .')
    qs = direct(run(qx, text))
    assert [q.text.split()[0] for q in qs] == ["Skema", "Jika"]
    assert all(q.speaker and q.speaker.name == "Paisan Pachanda" for q in qs)


def test_unattributed_continuation_paragraph_keeps_the_speaker(qx):
    text = ('" Partai itu diuntungkan oleh kecenderungan ke sayap kanan , " kata Cas Muddle , profesor .\n\n'
            '" Di luar itu semua , Presiden Turki memberinya kado yang istimewa . "')
    qs = direct(run(qx, text))
    assert len(qs) == 2 and qs[1].speaker and qs[1].speaker.name == "Cas Muddle"


def test_unattributed_quote_without_context_has_no_speaker(qx):
    text = ('Pemerintah mengumumkan bencana kekeringan.\n\n'
            '“ Pemerintah kami ingin meyakinkan masyarakat bahwa tidak ada kepanikan , ”\n\n'
            'Deklarasi itu berlaku tiga bulan.')
    qs = direct(run(qx, text))
    assert len(qs) == 1 and qs[0].speaker is None


def test_quotation_paragraph_named_in_the_next_paragraphs_quotation(qx):
    """'"...".' then '"...," kata X.': the reporter names the speaker after the opening words."""
    text = ('Banjir melanda Jakarta sejak Senin.\n\n'
            '"Kami sudah menyiapkan semua pompa air di titik rawan banjir."\n\n'
            '"Petugas juga siaga selama 24 jam penuh," kata Kepala BPBD DKI Isnawa Adji.')
    assert [q.speaker.name if q.speaker else None for q in direct(run(qx, text))] == ["Isnawa Adji"] * 2
    # a next paragraph that only points back ("katanya") names no one new
    text = text.replace("kata Kepala BPBD DKI Isnawa Adji", "katanya")
    assert direct(run(qx, text))[0].speaker is None


def test_a_group_noun_after_an_office_is_not_its_holder():
    """'Majelis hakim ... bagi terdakwa' then '"...," kata hakim': the defendant is no judge."""
    from warta.pipeline import process_text
    doc = process_text('Majelis hakim membacakan vonis bagi terdakwa di ruang sidang.\n\n'
                       '"Menjatuhkan pidana penjara selama enam tahun dan denda kepada Terdakwa," kata hakim.')
    assert [q.speaker.name for q in direct(doc)] == ["hakim"]


# ------------------------------------------------------------------ kinds
def test_short_and_embedded_phrases_are_partial(qx):
    text = ('Ketiga negara sepakat menggelar konsultasi “tepat waktu” setelah kedua pemimpin '
            'menandatangani perjanjian “kerja sama strategis yang komprehensif”. Negara itu ingin '
            'bertindak sebagai “negara terdepan di dunia” untuk berkontribusi.')
    doc = run(qx, text)
    assert [q.kind for q in doc.quotes] == ["partial", "partial", "partial"]
    assert [q.text for q in doc.quotes] == ["tepat waktu", "kerja sama strategis yang komprehensif",
                                           "negara terdepan di dunia"]


def test_embedded_phrase_after_speech_verb_is_direct(qx):
    text = 'Dalam biografinya , Bhumibol sendiri mengakui bahwa lembaga itu " unik dan agak misterius " .'
    q = run(qx, text).quotes[0]
    assert q.kind == "direct"
    assert q.speaker.name == "Bhumibol"


def test_title_after_title_word_is_partial(qx):
    text = 'Tonton juga video "KPK Tahan Dua Tersangka Korupsi Jalan Tol Trans Sumatera" di sini:'
    assert run(qx, text).quotes[0].kind == "partial"


def test_indirect_quote(qx):
    text = "Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia siap menjadi tuan rumah perundingan."
    qs = [q for q in run(qx, text).quotes if q.kind == "indirect"]
    assert len(qs) == 1
    assert qs[0].text.startswith("Indonesia siap")
    assert qs[0].speaker.name == "Retno Marsudi" or qs[0].speaker.name.endswith("Retno Marsudi")


# --------------------------------------------------------------- speakers
def test_anaphoric_cue_points_to_last_speaker(qx):
    text = ('"Kami sepakat memperkuat kerja sama keamanan di kawasan," kata Cho.\n\n'
            'Cho berada di New York pekan ini.\n\n'
            '"Saya pikir sangat penting mengirim pesan yang kuat," tambahnya.')
    qs = direct(run(qx, text))
    assert [q.speaker.name for q in qs] == ["Cho", "Cho"]


def test_anaphoric_cue_points_to_subject_of_speech_verb(qx):
    text = ('"Kaki dan kepala saya penuh luka akibat pukulan," ujar Indra.\n\n'
            'Kabid Humas Polda Ade Ary Syam Indradi menjelaskan bahwa sembilan orang ditangkap. '
            'Dia juga menjelaskan peran para tersangka.\n\n'
            '"Para tersangka disangkakan dengan pasal pemerasan," imbuhnya.')
    qs = direct(run(qx, text))
    assert qs[-1].speaker.name.endswith("Ade Ary Syam Indradi")


def test_short_name_resolved_to_entity_full_name_and_code(qx):
    text = ('Menteri Luar Negeri Korea Selatan Cho Tae-yul berbicara pada Jumat.\n\n'
            '“Kami sepakat untuk memperkuat hubungan dengan sekutu kami,” kata Cho pada konferensi pers.')
    ent = Entity("e1", "Cho Tae-yul", "PER", code="KOR", sector="GOV",
                 mentions=[mention(text, "Cho Tae-yul"), mention(text, "Cho", "short", nth=1)])
    q = direct(run(qx, text, [ent]))[0]
    assert q.speaker.name == "Cho Tae-yul" and q.speaker.code == "KOR" and q.speaker.entity == "e1"
    assert q.speaker_span is not None and q.speaker_span.text == "Cho"


#: Speaker names read from the attribution alone: (text, which direct quote, speaker name).
SPEAKER_CASES = [
    pytest.param('Menteri Cho Tae-yul tiba di Washington.\n\n'
                 '“Kami sepakat untuk memperkuat hubungan dengan sekutu kami,” kata Cho.',
                 0, 'Cho Tae-yul', id='short_name_expanded_from_text_without_entities'),
    pytest.param('Wakil Ketua MPR Hidayat Nur Wahid (HNW) mendukung sikap itu.\n'
                 '"Sikap tegas itu patut untuk didukung oleh semua pihak," ujar HNW.',
                 0, 'Hidayat Nur Wahid', id='acronym_speaker_expanded_from_parenthesis'),
    pytest.param('"Responsnya dia siap menghadapi semua permasalahan ini," kata pengacara Lisa, Jhony Boy Nababan, kepada wartawan.',
                 0, 'Jhony Boy Nababan', id='name_after_role_segment'),
    pytest.param('“ Kami merasakan turbulensi kuat sebanyak dua kali , ” ujar salah satu penumpang bernama Zhang , dikutip Xinhua .',
                 0, 'Zhang', id='named_in_description'),
    pytest.param('Menurut Sri Mulyani , " anggaran negara masih cukup untuk menanggung subsidi tahun depan . "',
                 0, 'Sri Mulyani', id='menurut_before_the_quote'),
    pytest.param('"Kami senang dapat mempererat kemitraan strategis kami," ujar CEO dan founder Bukalapak , Achmad Zaky .',
                 0, 'Achmad Zaky', id='name_after_role_with_lowercase_words'),
    pytest.param('"Kami senang dapat mempererat kemitraan strategis kami," kata Rini ditemui wartawan.',
                 0, 'Rini', id='lowercase_verb_ends_the_name'),
    pytest.param('"Kami sudah menyita aset senilai miliaran rupiah," ujar Direktur Penindakan Kortas Tipikor '
                 'Bareskrim Polri, Brigjen Rahmat Hidayanto, dalam jumpa pers di Jakarta.',
                 0, 'Rahmat Hidayanto', id='name_after_role_segment_with_rank'),
    pytest.param('"Korban langsung dibawa ke rumah sakit terdekat," kata Kepala Seksi Humas Polres Bogor, AKP Dedi Kurniawan.',
                 0, 'Dedi Kurniawan', id='name_after_role_segment_without_second_comma'),
    pytest.param('"Kami akan memperbaiki jalan itu tahun depan," kata Budi Santoso, Ketua RT setempat.',
                 0, 'Budi Santoso', id='name_before_role_segment_is_kept'),
    pytest.param('"Pelaku sudah kami amankan sejak Senin," kata Kapolres Malang Kota AKBP Budi Hermanto.',
                 0, 'Budi Hermanto', id='rank_inside_the_name_run_is_dropped'),
    pytest.param('Menurut sejumlah kelompok maskapai, termasuk Asosiasi Transportasi Udara Internasional, '
                 '"kenaikan biaya bahan bakar tidak bisa dihindari lagi tahun ini".',
                 0, 'sejumlah kelompok maskapai', id='menurut_description_is_kept'),
    pytest.param('"Uang itu sudah kami serahkan kepada penyidik," kata Kombes Budi Santoso.\n'
                 'Korban kemudian menanyakan perkembangan kasus tersebut.\n'
                 'Pelaku sudah ditahan sejak pekan lalu.\n'
                 '"Pelaku sudah diberikan somasi pertama dan kedua oleh korban," katanya.',
                 -1, 'Budi Santoso', id='description_subject_in_an_earlier_paragraph_is_weak'),
    pytest.param('"Kami menemukan potongan tubuh korban di zona itu," kata Ketua tim SAR Zona C Kapten Catur Waluyo.',
                 0, 'Catur Waluyo', id='role_with_lowercase_words_before_a_rank'),
    pytest.param('"Kasus itu masih kami dalami," kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Awi Setiyono.',
                 0, 'Awi Setiyono', id='spelled_out_rank_is_dropped'),
    pytest.param('"Mereka membuat saya menjadi aktor seperti sekarang," kata sang aktor mengawali pengumumannya.',
                 0, 'sang aktor', id='affixed_verb_ends_a_description'),
    pytest.param('"Kami sudah menyiapkan semua dokumen," kata Hasan Basri.\n'
                 '"Kami mendorong pemerintah segera bertindak," kata Ketua DPC PDIP Jaksel itu.',
                 -1, 'Hasan Basri', id='role_with_demonstrative_points_back'),
    pytest.param('"Sebanyak 300 kendaraan ditindak pada hari pertama," kata Kepala Subdirektorat Penegakan '
                 'Hukum Direktorat Lalu Lintas Polda Jawa Tengah Ajun Komisaris Besar Polisi Sutrisno di Semarang.',
                 0, 'Sutrisno', id='long_office_before_a_ranked_name_still_gives_the_name'),
    pytest.param('"Itu berbahaya bagi demokrasi," ujar peneliti senior pada Pusat Kajian Anti Korupsi UGM, Zaenur Rohman.',
                 0, 'Zaenur Rohman', id='name_after_description_and_affiliation'),
    pytest.param('"Itu berbahaya bagi demokrasi," kata dosen di Universitas Gadjah Mada, Ani Rahmawati, kepada wartawan.',
                 0, 'Ani Rahmawati', id='name_after_description_and_affiliation_with_di'),
    pytest.param('"Itu berbahaya bagi kami," kata warga di Jalan Sudirman, Jakarta Pusat.',
                 0, 'warga', id='address_after_description_is_no_name'),
    pytest.param('"Itu berbahaya bagi kami," kata warga di Menteng, Jakarta Pusat.',
                 0, 'warga', id='district_after_description_is_no_name'),
    pytest.param('Keterangan pers BMKG yang diterima di Jakarta, Senin, menyebutkan cuaca ekstrem akan terjadi.\n\n'
                 '"Masyarakat diimbau untuk tetap waspada terhadap banjir," sebut rilis itu.',
                 0, 'BMKG', id='place_where_a_statement_was_received_is_no_speaker'),
]


@pytest.mark.parametrize("text,index,speaker", SPEAKER_CASES)
def test_speaker_name(qx, text, index, speaker):
    assert direct(run(qx, text))[index].speaker.name == speaker


def test_role_description_speaker_kept_with_code(qx):
    text = '" Kami ingin penegasan komitmen pertahanan sekutu kami , " tutur seorang pejabat Kemlu Jepang di Tokyo .'
    ent = Entity("e1", "Jepang", "GPE", code="JPN", mentions=[mention(text, "Jepang")])
    q = direct(run(qx, text, [ent]))[0]
    assert q.speaker.name == "seorang pejabat Kemlu Jepang"
    assert q.speaker.code == "JPN"


def test_cue_before_the_quote(qx):
    text = 'Presiden Joko Widodo mengatakan: "Kita harus bekerja lebih keras lagi tahun ini."'
    q = direct(run(qx, text))[0]
    assert q.speaker.name == "Presiden Joko Widodo" or q.speaker.name.endswith("Joko Widodo")


def test_english_said(qx):
    text = '"We will respond firmly to any provocation," said Antony Blinken on Friday.'
    q = direct(run(qx, text))[0]
    assert q.speaker.name == "Antony Blinken"
    text2 = '"We will respond firmly to any provocation," Blinken said.'
    assert direct(run(qx, text2))[0].speaker.name == "Blinken"


def test_ids_are_sequential_and_record_is_json(qx):
    text = '"Kami sudah siap menghadapi semua tuntutan," ujar Andi. Ia menyebut "tepat waktu".'
    doc = run(qx, text)
    assert [q.id for q in doc.quotes] == [f"q{i}" for i in range(1, len(doc.quotes) + 1)]
    json.dumps([q.to_dict() for q in doc.quotes])


@pytest.mark.parametrize("text", ["", "   ", '"', '“”', '" " " "', "tanpa kutipan", '"a"b"c"d',
                                  "\n\n“\n\n”\n", "’’’‘‘", "kata kata kata ujarnya"])
def test_bad_input_never_crashes(qx, text):
    run(qx, text)


# ----------------------------------------------------------- lexicon entries
def _rows(name):
    return [r[0] for r in read_rows(name)]


@pytest.mark.parametrize("cue", _rows("cues_after"))
def test_every_after_cue_attributes_a_quote(qx, cue):
    lex = load_lexicon()
    text = f'"Kami akan terus bekerja keras untuk rakyat," {cue} Budi Santoso.'
    q = direct(run(qx, text))[0]
    assert q.cue == cue and q.speaker and q.speaker.name == "Budi Santoso"
    if cue + "nya" in lex.anaphoric:
        text2 = f'"Kami siap," kata Budi Santoso. "Kami akan terus bekerja keras untuk rakyat," {cue}nya.'
        q2 = [q for q in direct(run(qx, text2)) if "bekerja keras" in q.text][0]
        assert q2.speaker and q2.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("verb", _rows("cues_before"))
def test_every_before_cue_names_its_subject(qx, verb):
    text = f'Budi Santoso {verb}: "Kami akan terus bekerja keras untuk rakyat."'
    q = direct(run(qx, text))[0]
    assert q.speaker and q.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("stop", sorted(set(_rows("speaker_stops"))))
def test_every_stop_word_ends_the_speaker_phrase(qx, stop):
    text = f'"Kami akan terus bekerja keras untuk rakyat," kata Budi Santoso {stop} sesuatu.'
    assert direct(run(qx, text))[0].speaker.name == "Budi Santoso"


@pytest.mark.parametrize("pron", sorted(set(_rows("pronouns"))))
def test_every_pronoun_speaker_resolves_to_last_speaker(qx, pron):
    text = ('"Kami siap menghadapi semua tuntutan itu," kata Budi Santoso.\n'
            f'"Kami akan terus bekerja keras untuk rakyat," kata {pron}.')
    assert direct(run(qx, text))[-1].speaker.name == "Budi Santoso"


@pytest.mark.parametrize("word", _rows("title_words"))
def test_every_title_word_makes_a_partial(qx, word):
    text = f'Ia menonton {word} "Jalan Panjang Menuju Kota Harapan Baru" kemarin.'
    assert run(qx, text).quotes[0].kind == "partial"


@pytest.mark.parametrize("link", _rows("name_links"))
def test_every_name_link_picks_the_name(qx, link):
    text = f'"Kami akan terus bekerja keras untuk rakyat," kata seorang warga {link} Zhang.'
    assert direct(run(qx, text))[0].speaker.name == "Zhang"


@pytest.mark.parametrize("adv", _rows("subject_skips"))
def test_every_subject_skip_is_skipped(qx, adv):
    text = f'Budi Santoso {adv} mengatakan: "Kami akan terus bekerja keras untuk rakyat."'
    assert direct(run(qx, text))[0].speaker.name == "Budi Santoso"


@pytest.mark.parametrize("noun", _rows("source_nouns"))
def test_every_source_noun_is_stripped(qx, noun):
    text = f'"Kami akan terus bekerja keras untuk rakyat," bunyi {noun} pemerintah Spanyol.'
    assert direct(run(qx, text))[0].speaker.name == "pemerintah Spanyol"


@pytest.mark.parametrize("dem", _rows("demonstratives"))
def test_every_demonstrative_points_back(qx, dem):
    text = ('"Kami siap menghadapi semua tuntutan itu," kata Budi Santoso.\n'
            f'"Kami akan terus bekerja keras untuk rakyat," kata presiden termuda {dem}.')
    assert direct(run(qx, text))[-1].speaker.name == "Budi Santoso"


# ----------------------------------------------------------------- seed
def test_seed_quotes(qx, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    doc = run(qx, text)
    qs = direct(doc)
    assert len(qs) == 3
    assert all(q.speaker and q.speaker.name == "Cho Tae-yul" for q in qs)
    partial = sorted(q.text for q in doc.quotes if q.kind == "partial")
    assert partial == sorted(["tepat waktu", "tanpa penundaan", "kerja sama strategis yang komprehensif",
                              "negara terdepan di dunia"])


@pytest.mark.parametrize("noun", _rows("relational_nouns"))
def test_every_relational_noun_keeps_the_description(qx, noun):
    text = f'"Kami akan terus bekerja keras untuk rakyat," kata {noun} Atim Santoso.'
    ent = Entity("e1", "Atim Santoso", "PER", code="IDN", mentions=[mention(text, "Atim Santoso")])
    sp = direct(run(qx, text, [ent]))[0].speaker
    assert sp.name == f"{noun} Atim Santoso" and sp.entity is None


@pytest.mark.parametrize("word", _rows("not_names"))
def test_every_sentence_opener_is_not_a_name(qx, word):
    text = (f'{word.capitalize()} Prilly Latuconsina mengatakan: "Kulit saya memang sangat tipis sekali."')
    assert direct(run(qx, text))[0].speaker.name == "Prilly Latuconsina"


# ------------------------------------------------- role apposition, honorifics, running speaker
def test_linked_person_after_role_gives_code_and_sector(qx):
    text = '"Kami akan menindak tegas setiap pelanggaran," kata Kapolres Bogor, AKBP Rio Wahyu Anggoro.'
    ent = Entity("e1", "Rio Wahyu Anggoro", "PER", code="IDN", sector="COP",
                 mentions=[mention(text, "Rio Wahyu Anggoro")])
    sp = direct(run(qx, text, [ent]))[0].speaker
    assert (sp.name, sp.entity, sp.code, sp.sector) == ("Rio Wahyu Anggoro", "e1", "IDN", "COP")


@pytest.mark.parametrize("honorific", ["Bu", "Ibu", "Pak", "Bapak", "Mas", "Mbak"])
def test_honorific_short_name_resolves_to_full_name(qx, honorific):
    text = (f'Sri Wahyuningsih sudah berjualan sayur sejak 1998 di pasar itu.\n'
            f'"Dulu pembeli ramai sekali setiap pagi," kata {honorific} Sri lagi.')
    assert direct(run(qx, text))[-1].speaker.name == "Sri Wahyuningsih"


def test_short_name_goes_to_the_entity_that_holds_it(qx):
    text = ('Menteri Luar Negeri Cho Tae-yul tiba di Jakarta.\n'
            '"Kami ingin memperluas kerja sama di bidang energi," ujar Cho.')
    short = Entity("e2", "Cho", "PER", code="UNK", mentions=[mention(text, "Cho", nth=1)])
    full = Entity("e1", "Cho Tae-yul", "PER", code="KOR", sector="GOV", mentions=[mention(text, "Cho Tae-yul")])
    sp = direct(run(qx, text, [short, full]))[0].speaker
    assert (sp.name, sp.code, sp.sector) == ("Cho Tae-yul", "KOR", "GOV")


@pytest.mark.parametrize("cue", ["tanya", "jawab", "timpal", "sahut", "seru", "balas", "jelas"])
def test_dialogue_cues(qx, cue):
    text = ('Rina Marlina menunggu di depan kantor kelurahan sejak pagi.\n'
            f'"Kapan bantuan itu akan dibagikan kepada warga?" {cue} Rina kepada petugas.')
    assert direct(run(qx, text))[-1].speaker.name == "Rina Marlina"


@pytest.mark.parametrize("verb", _rows("speech_acts"))
def test_every_speech_act_subject_becomes_the_last_speaker(qx, verb):
    text = ('"Kami menolak semua dakwaan jaksa," kata Hotman Siregar.\n'
            f'Ketua majelis hakim Yusuf Effendi kemudian {verb} soal itu.\n'
            '"Silakan sampaikan semuanya dalam pembelaan nanti," katanya.')
    assert direct(run(qx, text))[-1].speaker.name == "Yusuf Effendi"


def test_speech_subject_after_quote_wins_over_the_earlier_quote(qx):
    text = ('"Kami sudah menyerahkan semua dokumen," kata Budi Santoso.\n'
            'Jaksa KPK Eko Prasetyo juga turut merespons saat nama saksi disebutkan dalam sidang.\n'
            '"Saksi itu kan sudah pernah dipanggil sebelumnya," ujarnya.')
    ent = Entity("e1", "Eko Prasetyo", "PER", code="IDN", sector="JUD", mentions=[mention(text, "Eko Prasetyo")])
    assert direct(run(qx, text, [ent]))[-1].speaker.name == "Eko Prasetyo"


@pytest.mark.parametrize("paren", [
    "dalam pertemuan di Dewan Keamanan",
    "yang juga menjabat Wakil Ketua Komisi III DPR",
    "Senin (3/3/2025)",
    "saat ditemui di Gedung Merdeka pada Selasa (4/3)",
    "Juru Bicara Kementerian Luar Negeri",
])
def test_subject_read_across_a_parenthetical(qx, paren):
    text = f'Duta Besar Inggris untuk PBB Barbara Woodward, {paren}, mengatakan "semua pihak harus menahan diri dan berunding".'
    assert direct(run(qx, text))[0].speaker.name == "Barbara Woodward"


def test_description_subject_of_claim_verb_in_the_paragraph(qx):
    text = ('"Kami sudah siap," kata Budi Santoso.\n'
            'Seorang jenderal militer bahkan mengklaim, pasukannya telah merebut tiga desa dan warga sipil '
            'sudah dievakuasi. "Kami akan terus maju sampai semua wilayah dibebaskan," tutur dia.')
    ent = Entity("e1", "warga sipil", "PER", code="IDN", sector="CVL", mentions=[mention(text, "warga sipil")])
    assert direct(run(qx, text, [ent]))[-1].speaker.name == "seorang jenderal militer"


def test_predicate_is_not_a_description_subject(qx):
    text = ('Presiden Catalonia, Carles Puigdemont, menyatakan akan tetap mendeklarasikan kemerdekaan '
            '"jika pemerintah pusat memaksa dan tetap menolak berdialog."')
    sp = direct(run(qx, text))[0].speaker
    assert sp is None or "menyatakan" not in (sp.name or "")


@pytest.mark.parametrize("tail,owner", [
    ("tertulis di situs resmi Kementerian Luar Negeri", "Kementerian Luar Negeri"),
    ("demikian bunyi keterangan tertulis Humas Polda Metro Jaya", "Humas Polda Metro Jaya"),
    ("tulis laman resmi Badan Meteorologi", "Badan Meteorologi"),
])
def test_document_owner_is_the_speaker(qx, tail, owner):
    text = f'"Warga diminta menunda perjalanan ke wilayah konflik," {tail}.'
    assert direct(run(qx, text))[0].speaker.name == owner


@pytest.mark.parametrize("row", read_rows("name_prefixes"))
def test_every_name_prefix_is_dropped(qx, row):
    word, kind = row[0], row[2]
    pre = f"Brigjen {word}" if kind == "after-rank" else word
    text = f'"Kami akan terus bekerja keras untuk rakyat," kata Kepala Dinas, {pre} Hendra Wijaya.'
    assert direct(run(qx, text))[0].speaker.name == "Hendra Wijaya"


@pytest.mark.parametrize("head", _rows("role_heads"))
def test_every_role_head_gives_the_name_after_the_comma(qx, head):
    text = f'"Kami akan terus bekerja keras untuk rakyat," kata {head.capitalize()} Dinas Sosial, Hendra Wijaya.'
    assert direct(run(qx, text))[0].speaker.name == "Hendra Wijaya"


@pytest.mark.parametrize("filler", _rows("source_fillers"))
def test_every_source_filler_is_not_the_owner(qx, filler):
    text = f'"Warga diminta menunda perjalanan ke wilayah konflik," tulis {filler} pernyataan pemerintah Spanyol.'
    assert direct(run(qx, text))[0].speaker.name == "pemerintah Spanyol"


def test_bare_role_goes_to_the_person_introduced_with_it(qx):
    text = ('Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi banjir pada Senin.\n'
            'Warga Siti Aminah mengatakan air naik sejak subuh.\n'
            '"Kami sudah mengerahkan dua ratus personel ke lokasi," kata Kapolres, Senin (3/3/2025).')
    rio = Entity("e1", "Rio Wahyu Anggoro", "PER", code="IDN", sector="COP",
                 mentions=[mention(text, "Rio Wahyu Anggoro")])
    siti = Entity("e2", "Siti Aminah", "PER", code="IDN", sector="CVL", mentions=[mention(text, "Siti Aminah")])
    sp = direct(run(qx, text, [rio, siti]))[-1].speaker
    assert (sp.name, sp.entity) == ("Rio Wahyu Anggoro", "e1")


def test_bare_role_goes_to_last_speaker_of_the_same_sector(qx):
    text = ('Kombes Susanto menjelaskan bahwa gerai itu dibuka untuk para pengemudi ojol.\n'
            '"Kami ingin membantu para pengemudi mendapatkan kebutuhan pokok," kata Kapolres.')
    sus = Entity("e1", "Susanto", "PER", code="IDN", sector="COP", mentions=[mention(text, "Susanto")])
    role = Entity("e2", "Polres", "ORG", code="IDN", sector="COP", mentions=[mention(text, "Kapolres", "role")])
    assert direct(run(qx, text, [sus, role]))[-1].speaker.name == "Susanto"


def test_bare_role_without_any_clue_stays_the_role(qx):
    text = ('Siti Aminah mengatakan air naik sejak subuh.\n'
            '"Kami sudah mengerahkan dua ratus personel ke lokasi," kata Kapolres.')
    siti = Entity("e2", "Siti Aminah", "PER", code="IDN", sector="CVL", mentions=[mention(text, "Siti Aminah")])
    assert direct(run(qx, text, [siti]))[-1].speaker.name == "Kapolres"


def test_place_glued_to_an_entity_name_is_dropped(qx):
    text = ('Gubernur Riau Abdul Wahid meluncurkan mobil pangan murah di Pekanbaru.\n'
            '"Program ini untuk menjaga daya beli masyarakat kita," kata Wahid.')
    riau = Entity("e1", "Riau", "GPE", code="IDN", mentions=[mention(text, "Riau")])
    wahid = Entity("e2", "Riau Abdul Wahid", "PER", code="IDN", sector="GOV",
                   mentions=[mention(text, "Riau Abdul Wahid"), mention(text, "Wahid", "short", nth=1)])
    sp = direct(run(qx, text, [riau, wahid]))[0].speaker
    assert (sp.name, sp.entity, sp.sector) == ("Abdul Wahid", "e2", "GOV")


@pytest.mark.parametrize("intro,nick", [
    ("Lestari Moerdijat atau akrab disapa Rerie", "Rerie"),
    ("Bambang Wuryanto alias Pacul", "Pacul"),
    ("Lestari Moerdijat atau yang biasa dipanggil Rerie", "Rerie"),
    ("Joko Santoso (Joko Sembung)", "Sembung"),
])
def test_nickname_resolves_to_the_full_name(intro, nick):
    from warta.pipeline import Pipeline

    text = (f"Wakil Ketua MPR {intro} membuka lokakarya guru di Demak.\n"
            f'"Sasaran pembelajaran tidak lagi sebatas menghafal," tutup {nick}.')
    doc = Pipeline()(Document(id="n", raw_text=text))
    full = intro.split(" atau ")[0].split(" alias ")[0].split(" (")[0]
    assert [q.speaker.name for q in doc.quotes if q.kind == "direct"] == [full]


def test_bracketed_acronym_is_not_a_nickname():
    from warta.pipeline import Pipeline

    text = ('Politikus Puan Maharani (PDIP) dan Budi Gunawan hadir di Senayan.\n'
            '"Kami mendukung penuh langkah itu," kata PDIP.')
    doc = Pipeline()(Document(id="n", raw_text=text))
    assert [q.speaker.name for q in doc.quotes if q.kind == "direct"] != ["Puan Maharani"]


@pytest.mark.parametrize("office", ["Komisaris PT Persib Bandung Bermartabat", "Kontributor CNN",
                                    "Pemimpin Redaksi Tempo", "Pelatih Persib"])
def test_an_office_in_a_company_or_newsroom_before_the_comma_gives_the_name(qx, office):
    text = f'"Kami akan terus bekerja keras," ucap {office}, Kuswara Taryono, Senin.'
    assert direct(run(qx, text))[0].speaker.name == "Kuswara Taryono"


@pytest.mark.parametrize("office", ["Menteri Dalam Negeri Pakistan ,", "Wakil Menteri Luar Negeri India ,",
                                    "Wakil Menteri Dalam Negeri Libya ,"])
def test_a_capitalised_preposition_inside_an_office_does_not_end_the_speaker(qx, office):
    text = f'"Tiga teroris tewas dalam baku tembak," kata {office} Sarfraz Bugti , kepada wartawan.'
    assert direct(run(qx, text))[0].speaker.name == "Sarfraz Bugti"
