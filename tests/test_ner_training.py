"""The training-data side of the NER (scripts/train_ner.py): label harmonisation and the
gazetteer's name lists. These run at training time only, so they are tested on invented
sentences; nothing here needs ../shared."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_ner", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def countries(train_ner):
    return train_ner.country_names()


def _harmonise(train_ner, countries, text: str, tags: str) -> list[str]:
    words = text.split()
    tag_list = tags.split()
    assert len(words) == len(tag_list)
    [(out_words, out_tags)] = train_ner.harmonise_labels([(words, tag_list)], countries)
    assert out_words == words
    return out_tags


def test_country_names_are_kb_names_and_short_aliases(countries):
    assert ("Indonesia",) in countries
    assert ("Amerika", "Serikat") in countries
    assert ("AS",) in countries
    # capitals and cities standing for a country are places of their own
    assert ("Jakarta",) not in countries
    # multi-word epithets are not names the sets tag
    assert ("Tanah", "Air") not in countries


@pytest.mark.parametrize("text,tags,expected", [
    # an untagged country name becomes LOC
    ("Kendati Jepang telah mengaku kalah", "O O O O O", "O B-LOC O O O"),
    ("Menteri Pertahanan Amerika Serikat , Robert", "O O O O O B-PER", "O O B-LOC I-LOC O B-PER"),
    ("dukungan AS kepada sekutunya", "O O O O", "O B-LOC O O"),
    # a language is not a place
    ("menggunakan bahasa Indonesia dan bahasa Arab", "O O O O O O", "O O O O O O"),
    # inside a longer untagged name: left alone
    ("menteri di Kabinet Indonesia Bersatu Dua", "O O O O O O", "O O O O O O"),
    # a currency is not a place
    ("gaji US $ 180", "O O O O", "O O O O"),
    # tagged names are not touched
    ("Arema Indonesia menang", "B-ORG I-ORG O", "B-ORG I-ORG O"),
    # a place head word joins the LOC span after it
    ("di Provinsi Jawa Tengah", "O O B-LOC I-LOC", "O B-LOC I-LOC I-LOC"),
    ("di Pulau Flores", "O O B-LOC", "O B-LOC I-LOC"),
    # ... but not when it ends a longer capitalised name
    ("Angkatan Laut Inggris", "B-ORG I-ORG B-LOC", "B-ORG I-ORG B-LOC"),
    ("Angkatan Laut Inggris", "O O B-LOC", "O O B-LOC"),
    ("Ibu Kota Jakarta", "O O B-LOC", "O O B-LOC"),
    # lower-case head words are ordinary words
    ("di kota Bandung", "O O B-LOC", "O O B-LOC"),
])
def test_harmonise_labels(train_ner, countries, text, tags, expected):
    assert _harmonise(train_ner, countries, text, tags) == expected.split()


def test_harmonise_labels_does_not_change_its_input(train_ner, countries):
    words, tags = "Kendati Jepang kalah".split(), ["O", "O", "O"]
    train_ner.harmonise_labels([(words, tags)], countries)
    assert tags == ["O", "O", "O"]


def test_faker_names_are_latin_given_and_family_names(train_ner):
    pytest.importorskip("faker")
    names = train_ner.faker_names()
    given = {g for g, _ in names if g}
    family = {f for _, f in names if f}
    assert len(given) > 5000 and len(family) > 5000
    assert all(not g or not f for g, f in names)  # one slot per entry
    # Indonesian names come with the id_ID locale
    assert {"Agus", "Aditya"} <= given
    assert "Hutagalung" in family
    assert all(ch.isalpha() or ch in " '-\u2019" for name in given | family for ch in name)


# --- self-training (ensemble-voted silver data) -------------------------------------------

_SILVER_SENTS = [
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo pada Senin .".split(),
    "Warga desa itu menanam padi di sawah mereka setiap musim hujan .".split(),
]


@pytest.fixture(scope="module")
def shipped_model_dir():
    from warta.nlp.ner import MODEL_DIR, register_components

    if not (MODEL_DIR / "config.cfg").is_file():
        pytest.skip("no NER model shipped")
    register_components()
    return MODEL_DIR


def _silver_docs(path: Path):
    import spacy
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("id").vocab))


def test_build_silver_keeps_what_enough_teachers_agree_on(train_ner, shipped_model_dir, tmp_path):
    import spacy
    from spacy.tokens import Doc

    from warta.nlp.ner import guess_spaces

    out = tmp_path / "silver.spacy"
    n_sents, n_ents = train_ner.build_silver([shipped_model_dir, shipped_model_dir], _SILVER_SENTS, 2, out)
    nlp = spacy.load(shipped_model_dir)
    expected = [[(e.start, e.end, e.label_) for e in nlp(Doc(nlp.vocab, words=w, spaces=guess_spaces(w))).ents]
                for w in _SILVER_SENTS]
    docs = _silver_docs(out)
    assert n_sents == len(docs) == 2
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == expected
    assert n_ents == sum(len(x) for x in expected) > 0
    # every token is annotated: an entity or O, none missing
    assert all(t.ent_iob_ in ("B", "I", "O") for d in docs for t in d)


def test_build_silver_leaves_disputed_tokens_missing(train_ner, shipped_model_dir, tmp_path):
    out = tmp_path / "silver.spacy"
    # two teachers cannot reach three votes: nothing is kept, and what they tagged is unknown
    _, n_ents = train_ner.build_silver([shipped_model_dir, shipped_model_dir], _SILVER_SENTS, 3, out)
    assert n_ents == 0
    first, second = _silver_docs(out)
    assert not first.ents
    assert any(t.ent_iob_ == "" for t in first)  # the names: missing, not O
    assert first[0].ent_iob_ == "" or first[1].ent_iob_ == ""  # "Presiden Joko ..." region
    assert all(t.ent_iob_ == "O" for t in second if t.text in ("Warga", "menanam", "padi"))


def test_silver_sentences_are_ud_and_news_without_gold_articles(train_ner, shared):
    sents = train_ner.silver_sentences(shared, 50, seed=0)
    assert len(sents) > 1000
    assert all(5 <= len(s) <= 120 and all(isinstance(w, str) and w for w in s) for s in sents)
    assert sents == train_ner.silver_sentences(shared, 50, seed=0)  # deterministic
    fewer = train_ner.silver_sentences(shared, 10, seed=0)
    assert len(sents) - len(fewer) == 40


def _tiny_beam_model(tmp_path: Path) -> Path:
    """A beam_ner pipeline trained for a few steps on invented sentences, saved to disk."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("id")
    nlp.add_pipe("beam_ner", name="ner", config={"beam_width": 4})  # as in configs/ner.cfg
    data = [("Joko Widodo bertemu Anthony Albanese di Canberra", [(0, 11, "PER"), (20, 36, "PER"), (40, 48, "LOC")]),
            ("Menteri Retno Marsudi tiba di Tokyo", [(8, 21, "PER"), (30, 35, "LOC")]),
            ("Polri memeriksa saksi di Bandung", [(0, 5, "ORG"), (25, 32, "LOC")])]
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": ents}) for t, ents in data]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(15):
        nlp.update(examples, sgd=optimizer)
    out = tmp_path / "beam-model"
    nlp.to_disk(out)
    return out


def test_greedy_decoder_turns_a_beam_model_into_a_greedy_one(train_ner, tmp_path):
    import spacy

    model_dir = _tiny_beam_model(tmp_path)
    texts = ["Joko Widodo tiba di Tokyo", "Retno Marsudi bertemu Anthony Albanese di Bandung", "Polri di Canberra"]
    beam = spacy.load(model_dir)
    beam.get_pipe("ner").cfg["beam_width"] = 1  # the beam code path with one candidate
    expected = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in beam.pipe(texts)]
    assert any(expected)  # the weights must carry something for the comparison to mean anything

    assert train_ner.greedy_decoder(model_dir) is True
    assert train_ner.greedy_decoder(model_dir) is False  # already greedy: nothing to do
    greedy = spacy.load(model_dir)
    assert greedy.get_pipe_meta("ner").factory == "ner"
    assert greedy.get_pipe("ner").cfg.get("beam_width", 1) == 1
    got = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in greedy.pipe(texts)]
    assert got == expected


def test_read_split_halves_are_disjoint_and_cover_the_split(train_ner, tmp_path):
    """'name:even' / 'name:odd' (cross-validating a recipe that trains on dev data) are the
    two halves of the split, in order; an unknown half is an error, not a silent full split."""
    lines = []
    for i in range(5):
        lines += [f"Kata{i} O", f"Nama{i} B-PER", ""]
    path = tmp_path / "toy.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = {"toy": path}
    full = train_ner.read_split(files, "toy")
    even = train_ner.read_split(files, "toy:even")
    odd = train_ner.read_split(files, "toy:odd")
    assert [w[0] for w, _ in full] == [f"Kata{i}" for i in range(5)]
    assert [w[0] for w, _ in even] == ["Kata0", "Kata2", "Kata4"]
    assert [w[0] for w, _ in odd] == ["Kata1", "Kata3"]
    with pytest.raises(ValueError):
        train_ner.read_split(files, "toy:first")
