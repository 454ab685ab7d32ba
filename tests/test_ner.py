"""NER: the shipped model (skipped when none is shipped), the data readers, the scorer,
and the tokenizer the model is served with."""
from __future__ import annotations

from pathlib import Path

import pytest

from warta.nlp.ner import (
    LABEL_MAP,
    LABELS,
    MODEL_DIR,
    NerTagger,
    _chunks,
    bio_to_spans,
    guess_spaces,
    map_tag,
    prf,
    read_conll,
    spans_to_bio,
)


@pytest.fixture(scope="module")
def tagger(ner_tagger) -> NerTagger:
    return ner_tagger


def _by_text(text: str, spans) -> dict[str, str]:
    return {text[s:e]: lab for s, e, lab in spans}


# ---------------------------------------------------------------- the shipped model


def test_model_is_small_enough():
    if not MODEL_DIR.is_dir():
        pytest.skip("no model shipped")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 25_000_000


def test_model_labels(tagger):
    assert set(tagger.labels) == set(LABELS)


def test_people_places_in_a_news_sentence(tagger):
    text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo."
    found = _by_text(text, tagger.spans(text))
    assert found.get("Joko Widodo") == "PER"
    assert found.get("Shinzo Abe") == "PER"
    assert found.get("Tokyo") == "LOC"


def test_organisation(tagger):
    text = "Komisi Pemberantasan Korupsi (KPK) memeriksa Bupati Bogor pada Senin di Jakarta."
    spans = tagger.spans(text)
    orgs = [text[s:e] for s, e, lab in spans if lab == "ORG"]
    assert any("Komisi Pemberantasan Korupsi" in o or o == "KPK" for o in orgs), spans
    assert _by_text(text, spans).get("Jakarta") == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo",
        "  Menteri Keuangan Sri Mulyani Indrawati mengatakan, \n\n anggaran  Kementerian Pertahanan naik.",
        "JAKARTA, KOMPAS.com - Ketua Umum Partai Golkar Airlangga Hartarto bertemu Prabowo Subianto.",
        "Warga Kabupaten Sleman, Daerah Istimewa Yogyakarta, mengungsi ke rumah-rumah tetangga.",
        "The United Nations met in Geneva on Monday, said Antonio Guterres.",
        "“Kami menolak,” kata Ali bin Abdullah—juru bicara—di Kuala Lumpur…",
    ],
)
def test_offsets_are_consistent(tagger, text):
    spans = tagger.spans(text)
    prev_end = 0
    for s, e, lab in spans:
        assert 0 <= s < e <= len(text)
        assert s >= prev_end, "spans overlap or are unsorted"
        assert text[s:e] == text[s:e].strip() and text[s:e]
        assert lab in LABELS
        prev_end = e


def test_pipe_spans_equals_spans(tagger):
    texts = [
        "Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo",
        "",
        "   ",
        "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Semarang.",
    ]
    assert tagger.pipe_spans(texts) == [tagger.spans(t) for t in texts]
    assert tagger.pipe_spans([]) == []


def test_bad_input_does_not_crash(tagger):
    assert tagger.spans("") == []
    assert tagger.spans("\n\n\t ") == []
    assert isinstance(tagger.spans("\x00\ufffd ??? ### 12345"), list)


def test_long_text_is_chunked_with_offsets(tagger):
    sent = "Presiden Joko Widodo meresmikan bendungan di Kabupaten Gowa, Sulawesi Selatan.\n"
    text = sent * 1400  # > 100,000 characters
    spans = tagger.spans(text)
    assert spans and spans[-1][1] > 100_000
    for s, e, _ in spans:
        assert text[s:e] == text[s:e].strip() and text[s:e]


def test_load_is_cached(tagger):
    assert NerTagger.load_default().nlp is tagger.nlp


def test_tagger_does_its_products_with_numpy_and_predicts_as_thinc_would(tagger):
    """The tagger's ops swap (warta.nlp.ner._matmul_ops) changes speed, not predictions."""
    import spacy

    from warta.nlp.ner import register_components

    ops_names = {type(node.ops).__name__ for _n, proc in tagger.nlp.pipeline for node in proc.model.walk()}
    assert ops_names == {"MatmulOps"}
    register_components()
    plain = spacy.load(MODEL_DIR, exclude=["tokenizer"])  # thinc's own (blis) products
    assert {type(node.ops).__name__ for node in plain.get_pipe("tok2vec").model.walk()} == {"NumpyOps"}
    texts = ["Menteri Luar Negeri Korea Selatan Cho Tae-yul bertemu Antony Blinken di Washington.",
             "Ketua KPK Firli Bahuri diperiksa Polda Metro Jaya di Jakarta Selatan, Senin.",
             "Presiden Joko Widodo meresmikan Bendungan Jatigede di Sumedang, Jawa Barat."]
    expected = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in plain.pipe(texts)]
    assert any(expected)
    assert tagger.pipe_spans(texts) == expected


# ---------------------------------------------------------------- tokenizer


def test_tokenizer_keeps_reduplication_splits_name_compounds():
    import spacy

    from warta.nlp.ner import register_components

    register_components()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})
    words = [t.text for t in nlp("anak-anak di Jakarta-Bandung, masing-masing pro-Jokowi. Prof. Budi")]
    assert "anak-anak" in words and "masing-masing" in words
    assert words[2:5] == ["Jakarta", "-", "Bandung"]
    assert "Jokowi" in words


# ---------------------------------------------------------------- data readers and scorer


def test_read_conll_idner_format(tmp_path: Path):
    p = tmp_path / "idner.txt"
    p.write_text(
        "Menurut ADP O\nHaposan NOUN B-PER\n, PUNCT O\nke ADP O\nPartai PROPN B-ORG\nGolkar PROPN I-ORG\n\n"
        "Di ADP O\nIndonesia PROPN B-LOC\n",  # no blank line at the end
        encoding="utf-8",
    )
    sents = read_conll(p)
    assert [w for w, _ in sents] == [["Menurut", "Haposan", ",", "ke", "Partai", "Golkar"], ["Di", "Indonesia"]]
    assert sents[0][1] == ["O", "B-PER", "O", "O", "B-ORG", "I-ORG"]
    assert bio_to_spans(sents[0][1]) == [(1, 2, "PER"), (4, 6, "ORG")]
    assert bio_to_spans(sents[1][1]) == [(1, 2, "LOC")]


def test_read_conll_nergrit_format(tmp_path: Path):
    p = tmp_path / "nergrit.txt"
    p.write_text(
        "Joetata\tB-PERSON\nHadihardaja\tI-PERSON\ndari\tO\nUndip\tB-ORGANISATION\ndi\tO\n"
        "Semarang\tB-PLACE\nJawa\tB-PLACE\nTengah\tI-PLACE\n\n\n",
        encoding="utf-8",
    )
    (words, tags), = read_conll(p)
    assert words[0] == "Joetata" and len(words) == 8
    assert bio_to_spans(tags) == [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "LOC"), (6, 8, "LOC")]


def test_read_conll_drops_unmapped_labels(tmp_path: Path):
    p = tmp_path / "nerp.txt"
    p.write_text("piala\tB-EVT\ndunia\tI-EVT\ndi\tO\nrusia\tB-PLC\n", encoding="utf-8")
    (_, tags), = read_conll(p)
    assert tags == ["O", "O", "O", "B-LOC"]


@pytest.mark.parametrize("source,target", sorted(LABEL_MAP.items()))
def test_label_map_entries(source, target):
    assert target in LABELS
    assert map_tag(f"B-{source}") == f"B-{target}"
    assert map_tag(f"I-{source}") == f"I-{target}"


def test_map_tag_other_schemes():
    assert map_tag("O") == "O"
    assert map_tag("") == "O"
    assert map_tag("B-MISC") == "O"
    assert map_tag("S-PERSON") == "B-PER"
    assert map_tag("E-PLACE") == "I-LOC"


def test_bio_to_spans_conlleval_semantics():
    # I- after O starts an entity; a label change inside a run starts a new one
    assert bio_to_spans(["I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG"), (6, 7, "ORG")]
    assert bio_to_spans([]) == []


def test_spans_to_bio_roundtrip():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O"]
    assert spans_to_bio(len(tags), bio_to_spans(tags)) == tags


def test_prf_exact_match():
    gold = [[(0, 2, "PER"), (3, 4, "LOC")], [(0, 1, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 5, "LOC")], [(0, 1, "ORG"), (2, 3, "PER")]]
    res = prf(gold, pred)
    assert res["ALL"]["tp"] == 2 and res["ALL"]["gold"] == 3 and res["ALL"]["pred"] == 4
    assert res["ALL"]["p"] == pytest.approx(50.0)
    assert res["ALL"]["r"] == pytest.approx(200 / 3)
    assert res["ALL"]["f1"] == pytest.approx(2 * 50 * (200 / 3) / (50 + 200 / 3))
    assert res["LOC"]["f1"] == 0.0
    assert res["ORG"]["f1"] == pytest.approx(100.0)


def test_sentences_to_docs_sets_gold_entities():
    import spacy

    from warta.nlp.ner import sentences_to_docs

    nlp = spacy.blank("xx")
    words = ["Kata", "Joko", "Widodo", "di", "Solo", "."]
    tags = ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]
    (doc,) = sentences_to_docs(nlp, [(words, tags)])
    assert [(e.text, e.label_) for e in doc.ents] == [("Joko Widodo", "PER"), ("Solo", "LOC")]
    assert doc.text == "Kata Joko Widodo di Solo."


def test_guess_spaces():
    assert guess_spaces(["Kata", "dia", ",", "(", "ya", ")", "."]) == [True, False, True, False, False, False, False]


def test_chunks_cover_the_text():
    text = ("kalimat pendek. " * 50 + "\n") * 400
    pieces = list(_chunks(text, limit=5000))
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= 5000 for _, p in pieces)


def test_actors_stage_uses_the_model_only_when_asked():
    """NER is opt-in (PipelineOptions.use_ner): the actors stage loads the shipped model then,
    and its output keeps every entity the KB and patterns found without it."""
    from warta.actors import ActorLinker
    from warta.model import Document
    from warta.nlp import Analyzer
    from warta.options import PipelineOptions

    if NerTagger.load_default() is None:
        pytest.skip("no NER model shipped")
    text = ("Jakarta - Polisi menangkap Sutrisno Wibisono di Bekasi. "
            "\"Kami masih memeriksa tersangka,\" kata Kapolres Metro Bekasi Kombes Mustika Rahardjo.")
    names = {}
    for use_ner in (False, True):
        linker = ActorLinker(PipelineOptions(use_ner=use_ner))
        doc = Document(id="t", raw_text=text)
        doc.text, doc.language = text, "id"
        Analyzer()(doc)
        linker(doc)
        assert (linker._ner_tagger() is not None) is use_ner
        names[use_ner] = {e.name for e in doc.entities}
    assert names[False] <= names[True]


def test_affix_lengths_callback_sets_prefix_and_suffix():
    import spacy

    from warta.nlp.ner import create_affix_lengths, register_components

    register_components()
    nlp = create_affix_lengths(prefix=3, suffix=4)(spacy.blank("id"))
    doc = nlp.make_doc("Presiden Widodo tiba di Washington")
    assert [(t.prefix_, t.suffix_) for t in doc] == [
        ("Pre", "iden"), ("Wid", "dodo"), ("tib", "tiba"), ("di", "di"), ("Was", "gton")]
    # only this pipeline's vocab changes: a fresh pipeline keeps spaCy's 1/3 characters
    other = spacy.blank("id").make_doc("Washington")
    assert (other[0].prefix_, other[0].suffix_) == ("W", "ton")


def test_shipped_model_uses_the_config_affixes(tagger):
    """The shipped pipeline embeds the affix lengths its config names (a model trained
    with other lengths would see different features at run time than in training)."""
    cfg = tagger.nlp.config["nlp"]["after_creation"]
    doc = tagger.nlp.make_doc("Washington")
    if cfg and cfg.get("@callbacks") == "warta.ner_affixes.v1":
        assert doc[0].prefix_ == "Washington"[:cfg["prefix"]]
        assert doc[0].suffix_ == "Washington"[-cfg["suffix"]:]
    else:
        assert (doc[0].prefix_, doc[0].suffix_) == ("W", "ton")


@pytest.mark.parametrize("string", [
    "Rp5.000", "US$10", "IDR", "USD20", "S$3", "(Jakarta)", '"Kami', "…dan", "$5", "#Pemilu",
    "Rumah", "2025", "Universitas", "ABC", "A$", "Csetelah", "¿Qué", "'s", "", "-nya",
])
def test_fast_prefix_search_equals_the_regex(string):
    import spacy
    from spacy.util import compile_prefix_regex

    from warta.nlp.ner import _fast_prefix_search

    prefixes = spacy.blank("id").Defaults.prefixes
    slow = compile_prefix_regex(prefixes).search(string)
    fast = _fast_prefix_search(prefixes)(string)
    assert (slow and slow.group()) == (fast and fast.group())


def test_tokenizer_splits_currency_prefixes():
    import spacy

    from warta.nlp.ner import register_components

    register_components()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})
    words = [t.text for t in nlp("Harga naik jadi Rp5.000 atau US$10 (sekitar) per kilogram.")]
    assert words[3:5] == ["Rp", "5.000"] and "US$" in words and "(" in words


def test_tokenizer_with_prefix_shortcut_can_be_saved_and_reloaded(tmp_path: Path):
    """Training saves the tokenizer; spaCy reads the prefix pattern from ``__self__``."""
    import spacy

    from warta.nlp.ner import register_components

    register_components()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    text = "Harga naik jadi Rp5.000 (sekitar) di Jakarta-Bandung."
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]


def test_read_gazetteer_skips_malformed_lines(tmp_path: Path):
    from warta.nlp.ner import read_gazetteer

    p = tmp_path / "g.tsv"
    p.write_text("jakarta\t3\nbudi\t4\nrusak\n\tx\nkata\tabc\n", encoding="utf-8")
    assert read_gazetteer(p) == {"jakarta": 3, "budi": 4}


def _gazetteer_nlp(tmp_path: Path, rows: str):
    import spacy

    from warta.nlp.ner import create_gazetteer_loader, register_components

    register_components()
    p = tmp_path / "g.tsv"
    p.write_text(rows, encoding="utf-8")
    return create_gazetteer_loader(str(p))(spacy.blank("id"))


def test_gazetteer_features_add_the_flags_of_each_lower_cased_word(tmp_path: Path):
    from warta.nlp.ner import GAZ_GIVEN, GAZ_PLACE, gazetteer_features

    nlp = _gazetteer_nlp(tmp_path, f"jakarta\t{GAZ_PLACE}\nbudi\t{GAZ_GIVEN}\n")
    docs = [nlp("Budi tinggal di JAKARTA"), nlp("")]
    feats = gazetteer_features(["NORM", "SHAPE"]).predict(docs)
    assert feats[0].shape == (4, 3) and feats[1].shape == (0, 3)
    assert feats[0][:, -1].tolist() == [GAZ_GIVEN, 0, 0, GAZ_PLACE]
    assert feats[0][:, 0].tolist() == docs[0].to_array(["NORM"]).tolist()


def test_gazetteer_arrays_are_sorted_and_match_the_lower_hash():
    import spacy

    from warta.nlp.ner import gazetteer_arrays

    keys, flags = gazetteer_arrays({"jakarta": 1, "budi": 4, "dan": 32})
    assert keys.tolist() == sorted(keys.tolist()) and sorted(flags.tolist()) == [1, 4, 32]
    doc = spacy.blank("id")("JAKARTA")
    assert int(doc[0].lower) in keys.tolist()


def test_gazetteer_features_are_zero_without_the_table():
    import spacy

    from warta.nlp.ner import gazetteer_features

    feats = gazetteer_features(["NORM"]).predict([spacy.blank("id")("Budi di Jakarta")])
    assert feats[0][:, -1].tolist() == [0, 0, 0]


def test_gazetteer_table_is_saved_with_the_model(tmp_path: Path):
    import spacy

    from warta.nlp.ner import GAZ_PLACE, GAZETTEER_TABLE, gazetteer_features

    nlp = _gazetteer_nlp(tmp_path, f"rotorua\t{GAZ_PLACE}\n")
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    assert GAZETTEER_TABLE in again.vocab.lookups
    feats = gazetteer_features(["NORM"]).predict([again("Rotorua Jakarta")])
    assert feats[0][:, -1].tolist() == [GAZ_PLACE, 0]


def test_gazetteer_embed_gives_one_vector_per_token(tmp_path: Path):
    from warta.nlp.ner import GAZ_PLACE, create_gazetteer_embed

    nlp = _gazetteer_nlp(tmp_path, f"jakarta\t{GAZ_PLACE}\n")
    docs = [nlp("Budi tinggal di Jakarta"), nlp("Ya")]
    model = create_gazetteer_embed(16, ["NORM", "SHAPE"], [50, 10], gazetteer_rows=8)
    model.initialize(X=docs)
    out = model.predict(docs)
    assert [o.shape for o in out] == [(4, 16), (1, 16)]
    with pytest.raises(ValueError):
        create_gazetteer_embed(16, ["NORM", "SHAPE"], [50])


def test_shipped_model_reads_its_gazetteer(tagger):
    """A model whose embedding reads the gazetteer must carry the table in its vocab
    (otherwise every flag is 0 at run time, unlike in training)."""
    from warta.nlp.ner import GAZ_PLACE, GAZ_PLACE_PART, gazetteer_features

    embed = tagger.nlp.config["components"]["tok2vec"]["model"]["embed"]
    if embed.get("@architectures") != "warta.GazetteerHashEmbed.v1":
        pytest.skip("the shipped model has no gazetteer features")
    flags = gazetteer_features(["NORM"]).predict([tagger.nlp.make_doc("Jakarta Surabaya Washington")])[0][:, -1]
    assert all(int(f) & (GAZ_PLACE | GAZ_PLACE_PART) for f in flags)
