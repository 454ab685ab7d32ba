"""The vectorised greedy NER decoder (warta.nlp.ner_decode) finds exactly the entities
spaCy's own greedy parser finds with the same weights, on real text and on the edge cases
of the transition system (document ends, whitespace tokens, sentence starts, preset
entities)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from warta.nlp.ner import NerTagger
from warta.nlp.ner_decode import GreedyNerDecoder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def tagger(ner_tagger) -> NerTagger:
    return ner_tagger


def _example_texts() -> list[str]:
    texts = []
    for line in (ROOT / "examples" / "berita.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts += [rec.get("title") or "", rec.get("text") or ""]
    texts.append((ROOT / "examples" / "pertemuan-menlu-indonesia-malaysia.txt").read_text(encoding="utf-8"))
    return texts


EDGE_TEXTS = [
    "Jakarta",
    "bertemu Joko Widodo",
    "Presiden Joko\n\nWidodo tiba di  Jakarta .",
    "\n\n",
    " Prabowo Subianto",
    "Menteri Luar Negeri Korea Selatan Cho Tae-yul bertemu Antony Blinken di Washington, Amerika Serikat.",
    "KPK menangkap Bupati Kolaka Timur Abdul Azis di Jakarta Selatan , Kamis ( 7/8 ) .",
    "PT Pertamina (Persero) dan Bank Indonesia bekerja sama dengan Universitas Gadjah Mada di Yogyakarta.",
]


def _ents(docs) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]


def _both(tagger: NerTagger, docs_a, docs_b):
    """Entities by spaCy's parser (on docs_a) and by the decoder (on docs_b); the docs
    already carry the tok2vec's output."""
    decoder = tagger.nlp.get_pipe("ner")
    assert isinstance(decoder, GreedyNerDecoder)
    spacy_ner = decoder.inner
    spacy_ner.set_annotations(docs_a, spacy_ner.predict(docs_a))
    decoder.pipe_batch(docs_b)
    return _ents(docs_a), _ents(docs_b)


def _tok2vec_docs(tagger: NerTagger, texts: list[str]):
    nlp = tagger.nlp
    tok2vec = nlp.get_pipe("tok2vec")
    out = []
    for _ in range(2):
        docs = [nlp.make_doc(t) for t in texts]
        tok2vec.set_annotations(docs, tok2vec.predict(docs))
        out.append(docs)
    return out


def test_the_shipped_pipeline_decodes_with_the_vectorised_decoder(tagger):
    decoder = tagger.nlp.get_pipe("ner")
    assert isinstance(decoder, GreedyNerDecoder)
    assert set(decoder.labels) == {"PER", "ORG", "LOC"}  # the wrapped pipe's attributes pass through
    assert tagger.labels == tuple(decoder.labels)


def test_same_entities_as_spacy_on_the_examples_and_edge_cases(tagger):
    texts = _example_texts() + EDGE_TEXTS + [""]
    a, b = _tok2vec_docs(tagger, texts)
    ref, got = _both(tagger, a, b)
    assert sum(map(len, ref)) > 50  # real text with many entities, multi-token ones among them
    assert any(e - s > 2 for doc in ref for s, e, _ in doc)
    assert got == ref


def test_same_entities_when_sentence_starts_are_set(tagger):
    """An entity may not cross a sentence start (spaCy's B/I validity): mark starts on
    random tokens, names included, and compare."""
    texts = _example_texts() + EDGE_TEXTS
    a, b = _tok2vec_docs(tagger, texts)
    rng = random.Random(7)
    for da, db in zip(a, b):
        for i in range(1, len(da)):
            start = rng.random() < 0.15
            da[i].is_sent_start = start
            db[i].is_sent_start = start
    ref, got = _both(tagger, a, b)
    assert got == ref
    # and the constraint bites: some entity of the plain run crosses a start set here
    plain, _ = _both(tagger, *_tok2vec_docs(tagger, texts))
    assert plain != ref


def test_docs_with_preset_entities_go_to_spacy(tagger):
    from spacy.tokens import Span

    texts = ["Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Bogor, Jawa Barat."]
    a, b = _tok2vec_docs(tagger, texts)
    for d in (a[0], b[0]):
        d.set_ents([Span(d, 2, 3, label="ORG")], default="unmodified")  # "Widodo" preset as ORG
    ref, got = _both(tagger, a, b)
    assert (2, 3, "ORG") in ref[0]
    assert got == ref


def test_batches_with_empty_docs_keep_their_order(tagger):
    texts = ["", "Joko Widodo tiba di Surabaya.", "", "Anwar Ibrahim", ""]
    decoder = tagger.nlp.get_pipe("ner")
    a, b = _tok2vec_docs(tagger, texts)
    ents = decoder.decode(b)
    assert [len(e) for e in ents][0::2] == [0, 0, 0]
    ref, _ = _both(tagger, a, b)
    assert [[(s, e, decoder.label_names[lab]) for s, e, lab in doc] for doc in ents] == ref


def test_supports_only_greedy_ner_pipes():
    import spacy

    nlp = spacy.blank("id")
    beam = nlp.add_pipe("beam_ner")
    assert GreedyNerDecoder.supports(beam) is False
    assert GreedyNerDecoder.supports(nlp.add_pipe("sentencizer")) is False
    assert GreedyNerDecoder.supports(object()) is False


@pytest.mark.skipif(not (SHARED / "corpora" / "indosum-dev.jsonl").is_file(), reason="../shared absent")
def test_same_entities_as_spacy_on_news_articles(tagger):
    texts = []
    with (SHARED / "corpora" / "indosum-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= 200:
                break
    a, b = _tok2vec_docs(tagger, texts)
    ref, got = _both(tagger, a, b)
    assert sum(map(len, ref)) > 3000
    assert got == ref


def test_same_entities_as_spacy_with_random_weights():
    """A small untrained NER with noise on its output layer: entities start everywhere, also at
    document ends, on whitespace tokens and at sentence starts, where the trained model rarely
    goes. The decoder must follow spaCy's move validity exactly there."""
    import numpy
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("id")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    ner.model.attrs["unseen_classes"] = set()
    rng = numpy.random.default_rng(4)
    upper = ner.model.get_ref("upper")
    upper.set_param("b", (rng.normal(0, 3.0, upper.get_param("b").shape)).astype("float32"))
    assert GreedyNerDecoder.supports(ner)
    decoder = GreedyNerDecoder(ner)
    words = ["Joko", "Widodo", "di", "Jakarta", "\n\n", "  ", "KPK", ",", "dan", "Anwar", "."]
    pyrng = random.Random(5)
    docs_a, docs_b = [], []
    for _ in range(300):
        n = pyrng.randint(0, 20)
        ws = [pyrng.choice(words) for _ in range(n)]
        starts = [True] + [pyrng.random() < 0.2 for _ in range(n - 1)] if n else []
        for out in (docs_a, docs_b):
            out.append(Doc(nlp.vocab, words=ws, spaces=[not w.isspace() for w in ws],
                           sent_starts=starts or None))
    for k in range(0, len(docs_a), 32):
        ner.set_annotations(docs_a[k:k + 32], ner.predict(docs_a[k:k + 32]))
        decoder.pipe_batch(docs_b[k:k + 32])
    ref, got = _ents(docs_a), _ents(docs_b)
    assert sum(map(len, ref)) > 300
    assert got == ref
