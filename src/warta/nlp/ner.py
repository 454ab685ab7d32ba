"""Trained Indonesian NER: the shipped spaCy model behind a small, stable API.

Why a wrapper: the actors stage (and anything else) should not care whether a model
is shipped, how it was trained, or that spaCy is underneath. It asks
``NerTagger.load_default()`` once; ``None`` means "no model shipped, rely on the
knowledge base alone". Spans are character offsets into the text given, labels are
PER / ORG / LOC (see the model card in ``resources/ner/MODEL_CARD.md`` for the label
map from the training sets).

Loading is offline (a directory inside the package, never the network or a hub) and
cheap (< 1 s): the model is a small HashEmbedCNN tok2vec + transition-based NER.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

#: the model directory shipped inside the package (written by scripts/train_ner.py)
MODEL_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "ner" / "model"

#: labels the shipped model predicts
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

#: texts longer than this are tagged in pieces (spaCy's max_length guard, and memory)
_MAX_CHUNK = 100_000

Span3 = tuple[int, int, str]


#: lower-case hyphenated words stay one token ("anak-anak", "masing-masing", "sehari-hari"),
#: the rule behind the ~15,000 hyphenated special cases of spaCy's Indonesian tokenizer
_HYPHEN_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)+$")


def _fast_prefix_search(prefixes: Iterable[str]) -> Callable[[str], Any]:
    """spaCy's prefix search with a shortcut: a string that opens with a letter or digit
    can only have a prefix if it opens with one of the few alphanumeric prefixes
    (currencies "Rp", "US$", "IDR" ...), so the long regex runs only then.

    Why: on text the tokenizer has not seen before, the prefix regex was about a third of
    its time; the shortcut returns exactly what the regex returns (tested) at half the cost.
    """
    from spacy.util import compile_prefix_regex

    prefixes = list(prefixes)
    search = compile_prefix_regex(prefixes).search
    starts = tuple(sorted({re.sub(r"\\(.)", r"\1", p) for p in prefixes if p[:1].isalnum()}))
    if any(not re.fullmatch(r"[\w$]+", st) for st in starts):
        return search  # a regex-valued alphanumeric prefix: no safe shortcut
    return _PrefixSearch(search, starts)


class _PrefixSearch:
    """The callable ``_fast_prefix_search`` returns. ``__self__`` is the compiled regex, as
    on a bound ``re.Pattern.search``: spaCy reads the pattern from it when it saves the
    tokenizer (training writes the model with its tokenizer)."""

    def __init__(self, search: Callable[[str], Any], starts: tuple[str, ...]):
        self.__self__ = search.__self__
        self._search = search
        self._starts = starts

    def __call__(self, string: str) -> Any:
        if string[:1].isalnum() and not string.startswith(self._starts):
            return None
        return self._search(string)


def create_id_tokenizer() -> Callable[[Any], Any]:
    """spaCy's Indonesian tokenizer without its ~15,600 hyphenated special cases.

    Why: building those special cases costs seconds on every load (twice: once from the
    language defaults, once from disk); a regex (``_HYPHEN_WORD``) keeps the lower-case
    reduplications whole instead, and capitalised compounds ("Jakarta-Bandung",
    "pro-Jokowi") split at the hyphen as NERGrit tokenises them, so each name can be tagged.
    """

    def make(nlp: Any) -> Any:
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_suffix_regex

        d = nlp.Defaults
        rules = {k: v for k, v in (d.tokenizer_exceptions or {}).items() if "-" not in k}
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=_fast_prefix_search(d.prefixes) if d.prefixes else None,
            suffix_search=compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=_HYPHEN_WORD.match,
            url_match=d.url_match,
        )

    return make


def create_affix_lengths(prefix: int = 1, suffix: int = 3) -> Callable[[Any], Any]:
    """``[nlp] after_creation`` callback: the PREFIX and SUFFIX lexeme attributes of this
    pipeline hold the first ``prefix`` and last ``suffix`` characters of a word.

    Why: the NER embeds PREFIX and SUFFIX (spaCy's defaults are 1 and 3 characters); the
    type of a name it has never seen is mostly in its affixes ("-ton", "-wati", "Kab"),
    and longer ones cost nothing at run time. Only this pipeline's vocab is changed.
    """

    def apply(nlp: Any) -> Any:
        from spacy.attrs import PREFIX, SUFFIX

        getters = dict(nlp.vocab.lex_attr_getters or {})
        getters[PREFIX] = lambda string: string[:prefix]
        getters[SUFFIX] = lambda string: string[-suffix:]
        nlp.vocab.lex_attr_getters = getters
        for lex in nlp.vocab:  # lexemes made before this ran (tokenizer exceptions)
            lex.prefix_ = lex.orth_[:prefix]
            lex.suffix_ = lex.orth_[-suffix:]
        return nlp

    return apply


#: name of the vocab lookups table holding the gazetteer flags (lower-cased word -> bits);
#: it is filled at training time and saved with the model (``vocab/lookups.bin``)
GAZETTEER_TABLE = "warta_gazetteer"

#: gazetteer flag bits of a lower-cased word (``scripts/train_ner.py`` builds the table)
GAZ_PLACE = 1         # the word alone is a place name (city, region, country)
GAZ_PLACE_PART = 2    # the word is part of a multi-word place name
GAZ_GIVEN = 4         # first word of a person's name (people lists, given-name lists)
GAZ_NAME_PART = 8     # a later word of a person's name (family names)
GAZ_ORG_PART = 16     # a word of an organisation's name
GAZ_COMMON = 32       # mostly written lower-case in running Indonesian text: a common word
GAZ_MAJOR_PLACE = 64  # the word alone names a country, capital, continent, first-level region
#                       or city of 100,000+ people (GAZ_PLACE alone is often also a surname)
GAZ_LOCAL_PLACE = 128  # the word alone names an Indonesian district (kecamatan) or village
#                        (desa/kelurahan): 40,000 names no world gazetteer has
# (flags are stored as uint8: at most 8 bits)


def read_gazetteer(path: str | Path) -> dict[str, int]:
    """A gazetteer TSV (``word<TAB>flags``, lower-cased words) as a dict."""
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, flags = line.rstrip("\n").partition("\t")
            if word and flags.isdigit():
                out[word] = int(flags)
    return out


def gazetteer_arrays(entries: dict[str, int]) -> tuple[Any, Any]:
    """The gazetteer as two sorted numpy arrays: the hashes of the words (as spaCy hashes a
    token's LOWER) and their flags. Why arrays: they load in microseconds, where a 160,000-key
    lookups table took 0.6 s, and the flags of a whole document are one ``searchsorted``."""
    import numpy
    from spacy.strings import get_string_id

    pairs = sorted((get_string_id(w), f) for w, f in entries.items())
    keys = numpy.array([k for k, _ in pairs], dtype="uint64")
    flags = numpy.array([f for _, f in pairs], dtype="uint8")
    return keys, flags


def create_gazetteer_loader(path: str | None = None) -> Callable[[Any], Any]:
    """``[initialize] before_init`` callback: put the gazetteer at ``path`` into the vocab.

    Why at initialisation: the table is then saved with the model (vocab lookups) and
    loading the shipped model needs no gazetteer file; ``spacy.load`` never runs it.
    The table holds two entries, ``keys`` and ``flags``: the bytes of ``gazetteer_arrays``.
    """

    def apply(nlp: Any) -> Any:
        if path:
            keys, flags = gazetteer_arrays(read_gazetteer(path))
            if GAZETTEER_TABLE in nlp.vocab.lookups:
                nlp.vocab.lookups.remove_table(GAZETTEER_TABLE)
            nlp.vocab.lookups.add_table(GAZETTEER_TABLE, {"keys": keys.tobytes(), "flags": flags.tobytes()})
        return nlp

    return apply


def gazetteer_features(columns: list[Any]) -> Any:
    """spaCy's FeatureExtractor plus one column: the gazetteer flags of each word.

    The flags come from the vocab's ``warta_gazetteer`` table, keyed by the hash of the
    lower-cased word; a vocab without the table (pretraining) gives 0 everywhere. Why a
    column of the embedding: world knowledge (is this a known city, a given name, a word
    people write lower-case?) that 3,000 labelled sentences cannot teach, at the cost of a
    binary search per token.
    """
    import numpy
    from spacy.attrs import LOWER
    from thinc.api import Model

    arrays: dict[int, tuple[Any, Any, Any]] = {}  # id(table) -> (table, keys, flags), this model's

    def table_arrays(vocab: Any) -> tuple[Any, Any] | None:
        if GAZETTEER_TABLE not in vocab.lookups:
            return None
        table = vocab.lookups.get_table(GAZETTEER_TABLE)
        hit = arrays.get(id(table))
        if hit is None or hit[0] is not table:
            keys = numpy.frombuffer(table.get("keys") or b"", dtype="uint64")
            flags = numpy.frombuffer(table.get("flags") or b"", dtype="uint8")
            hit = arrays[id(table)] = (table, keys, flags)
        return hit[1], hit[2]

    def forward(model: Any, docs: Any, is_train: bool) -> tuple[list[Any], Callable]:
        cols = list(model.attrs["columns"]) + [LOWER]
        features = []
        for doc in docs:
            base = doc if hasattr(doc, "to_array") else doc.doc
            arr = base.to_array(cols)
            if not hasattr(doc, "to_array"):
                arr = arr[doc.start: doc.end]
            if arr.ndim == 1:
                arr = arr.reshape((arr.shape[0], 1))
            arr = arr.astype("uint64")
            gaz = table_arrays(base.vocab)
            if gaz is None or not len(gaz[0]):
                arr[:, -1] = 0
            else:
                keys, flags = gaz
                lower = arr[:, -1]
                idx = numpy.minimum(numpy.searchsorted(keys, lower), len(keys) - 1)
                arr[:, -1] = numpy.where(keys[idx] == lower, flags[idx], 0)
            features.append(model.ops.asarray2i(arr, dtype="uint64"))
        return features, lambda d_features: []

    return Model("extract_features_gazetteer", forward, attrs={"columns": list(columns)})


def create_gazetteer_embed(width: int, attrs: list[Any], rows: list[int], gazetteer_rows: int = 64) -> Any:
    """``warta.GazetteerHashEmbed.v1``: spaCy's MultiHashEmbed (no static vectors) with one
    more hashed column, the gazetteer flags (see ``gazetteer_features``)."""
    from thinc.api import HashEmbed, Maxout, chain, concatenate, list2ragged, ragged2list, with_array

    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = list(rows) + [gazetteer_rows]
    embeddings = [HashEmbed(width, all_rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(all_rows))]
    max_out = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    return chain(gazetteer_features(attrs), list2ragged(), with_array(concatenate(*embeddings)),
                 max_out, ragged2list())


def register_components() -> None:
    """Register warta's spaCy functions (the config names them); idempotent."""
    from spacy import registry

    registry.tokenizers.register("warta.id_tokenizer.v1", func=create_id_tokenizer)
    registry.callbacks.register("warta.ner_affixes.v1", func=create_affix_lengths)
    registry.callbacks.register("warta.ner_gazetteer.v1", func=create_gazetteer_loader)
    registry.architectures.register("warta.GazetteerHashEmbed.v1", func=create_gazetteer_embed)


@functools.lru_cache(maxsize=1)
def _matmul_ops() -> Any:
    """thinc's CPU ops with matrix products done by numpy (its BLAS) instead of blis.

    Why: the tok2vec and the NER's precomputed layer are a few large float32 products per
    batch ((tokens x 192) . (192 x 128) and the like). On the machines measured, blis (as
    thinc ships it) takes 2.3-3.3 times as long for them as numpy's OpenBLAS on one thread;
    the products were 38 % of the tagger's time. Everything else is thinc's NumpyOps."""
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        name = "warta-matmul"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):  # noqa: ANN001, ANN201
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return MatmulOps()


@functools.lru_cache(maxsize=4)
def _load_nlp(model_dir: str) -> Any:
    """Load a spaCy pipeline once per process (the pipeline is used read-only)."""
    import spacy

    register_components()
    # the tokenizer is fully defined by the config (warta.id_tokenizer.v1); reading its
    # serialized copy would only compile the same regexes a second time (~0.2 s)
    nlp = spacy.load(model_dir, exclude=["tokenizer"])
    ops = _matmul_ops()
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    use_greedy_decoder(nlp)
    return nlp


def use_greedy_decoder(nlp: Any) -> bool:
    """Decode ``nlp``'s greedy ``ner`` with ``GreedyNerDecoder`` (same entities, about three
    times faster than spaCy's per-token loop); False when the pipe is of another kind."""
    from .ner_decode import GreedyNerDecoder

    if "ner" not in nlp.pipe_names:
        return False
    pipe = nlp.get_pipe("ner")
    if isinstance(pipe, GreedyNerDecoder):
        return True
    if not GreedyNerDecoder.supports(pipe):
        return False
    # spaCy has no public call to swap a component object under the same name; its
    # pipeline is this list of (name, component) pairs
    components = nlp._components
    for i, (name, proc) in enumerate(components):
        if name == "ner" and proc is pipe:
            components[i] = (name, GreedyNerDecoder(pipe))
            return True
    return False


def _chunks(text: str, limit: int = _MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Split very long text at paragraph/sentence boundaries: (offset, piece)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start + limit // 2, end)
            if cut < 0:
                cut = text.rfind(". ", start + limit // 2, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


class NerTagger:
    """Named-entity tagger: ``spans(text) -> [(start, end, label)]``.

    Construct with ``load_default()`` (the shipped model) or ``load(path)`` (any
    directory written by ``scripts/train_ner.py``).
    """

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self.labels: tuple[str, ...] = tuple(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else ()

    @classmethod
    def load(cls, path: str | Path) -> "NerTagger":
        """Load a model directory (raises if it is not a spaCy pipeline)."""
        return cls(_load_nlp(str(Path(path).resolve())))

    @classmethod
    def load_default(cls) -> "NerTagger | None":
        """The model shipped in the package, or None when none is shipped/loadable."""
        if not (MODEL_DIR / "config.cfg").is_file():
            return None
        try:
            return cls.load(MODEL_DIR)
        except Exception:  # a broken model must not take the pipeline down
            return None

    @staticmethod
    def _doc_spans(doc: Any, offset: int = 0) -> list[Span3]:
        return [(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents]

    def spans(self, text: str) -> list[Span3]:
        """Entity spans of ``text``: character offsets into it, sorted, labels PER/ORG/LOC."""
        if not text or not text.strip():
            return []
        out: list[Span3] = []
        for off, piece in _chunks(text):
            out.extend(self._doc_spans(self.nlp(piece), off))
        return out

    def pipe_spans(self, texts: Iterable[str], batch_size: int = 64) -> list[list[Span3]]:
        """``spans`` for many texts, batched (faster than calling ``spans`` in a loop)."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        out: list[list[Span3]] = [[] for _ in texts]
        short = [i for i, t in enumerate(texts) if t.strip() and len(t) <= _MAX_CHUNK]
        for i, doc in zip(short, self.nlp.pipe((texts[i] for i in short), batch_size=batch_size)):
            out[i] = self._doc_spans(doc)
        for i, t in enumerate(texts):
            if len(t) > _MAX_CHUNK:
                out[i] = self.spans(t)
        return out


# --------------------------------------------------------------------------------------
# Training/evaluation data: CoNLL-style BIO readers, the label map, entity-level scoring.
# Used by scripts/train_ner.py and scripts/eval_ner.py; kept here (pure functions over
# immutable data) so the tests can exercise them without ../shared.
# --------------------------------------------------------------------------------------

#: source label -> warta label; labels absent from the map are dropped (tagged O).
#: idner-news-2k: PER/ORG/LOC; NERGrit: PERSON/ORGANISATION/PLACE;
#: NERP (experiments only): PPL/PLC/ORG (EVT, IND, FNB dropped);
#: IndoLEM NER-UI/UGM (experiments only): PERSON/ORGANIZATION/LOCATION.
LABEL_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "PLACE": "LOC", "LOCATION": "LOC", "PLC": "LOC", "GPE": "LOC",
}

Sentence = tuple[list[str], list[str]]  # (words, BIO tags already mapped)


def map_tag(tag: str, label_map: dict[str, str] | None = None) -> str:
    """Map one BIO/IOB tag through LABEL_MAP ("B-PERSON" -> "B-PER"; unknown -> "O")."""
    label_map = LABEL_MAP if label_map is None else label_map
    tag = tag.strip()
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I", "E", "S", "L", "U"):
        return "O"
    mapped = label_map.get(label.upper())
    if mapped is None:
        return "O"
    prefix = {"E": "I", "L": "I", "S": "B", "U": "B"}.get(prefix, prefix)
    return f"{prefix}-{mapped}"


def read_conll(path: str | Path, label_map: dict[str, str] | None = None) -> list[Sentence]:
    """Read a CoNLL-style file: one token per line, the token in the first column and
    the BIO tag in the last (tab- or space-separated; idner-news-2k has a POS column in
    between), sentences separated by blank lines. Tags go through ``map_tag``.
    Lines with a single column (no tag) are read as O tokens."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            parts = [p for p in parts if p != ""]
            if not parts:
                continue
            words.append(parts[0])
            tags.append(map_tag(parts[-1], label_map) if len(parts) > 1 else "O")
    if words:
        sents.append((words, tags))
    return sents


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end_exclusive, label)`` from BIO tags, conlleval-style:
    an I- tag that does not continue an entity of the same label starts a new one."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if label and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix == "B" or (prefix == "I" and not label):
            start, label = i, lab
    return spans


def spans_to_bio(n_tokens: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Inverse of ``bio_to_spans`` for non-overlapping token spans."""
    tags = ["O"] * n_tokens
    for s, e, lab in spans:
        for i in range(s, e):
            tags[i] = ("B-" if i == s else "I-") + lab
    return tags


def prf(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict[str, dict[str, float]]:
    """Entity-level exact-match precision/recall/F1 (percent) per label and overall
    ("ALL"), micro-averaged over sentences, as seqeval/conlleval compute it."""
    from collections import Counter

    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for lab in sorted(set(ng) | set(np_)) + ["ALL"]:
        t = sum(tp.values()) if lab == "ALL" else tp[lab]
        g_ = sum(ng.values()) if lab == "ALL" else ng[lab]
        p_ = sum(np_.values()) if lab == "ALL" else np_[lab]
        prec = 100.0 * t / p_ if p_ else 0.0
        rec = 100.0 * t / g_ if g_ else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[lab] = {"p": prec, "r": rec, "f1": f1, "tp": t, "gold": g_, "pred": p_}
    return out


def guess_spaces(words: list[str]) -> list[bool]:
    """Whitespace after each pre-tokenised word, guessed from punctuation (training data
    lost it): no space before , . ; : ! ? ) ] and after ( [ ."""
    no_before = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s"}
    no_after = {"(", "[", "{"}
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in no_before and w not in no_after)
    return spaces


def sentences_to_docs(nlp: Any, sents: list[Sentence]) -> list[Any]:
    """spaCy Docs with gold entities set from BIO tags (for training/evaluation)."""
    from spacy.tokens import Doc

    docs = []
    for words, tags in sents:
        doc = Doc(nlp.vocab, words=words, spaces=guess_spaces(words))
        doc.ents = [_span(doc, s, e, lab) for s, e, lab in bio_to_spans(tags)]
        docs.append(doc)
    return docs


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def predict_token_spans(nlp: Any, sents: list[Sentence], batch_size: int = 128) -> list[list[tuple[int, int, str]]]:
    """Run ``nlp``'s components on the gold tokenisation (benchmark protocol): token spans."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=w, spaces=guess_spaces(w)) for w, _ in sents)
    out = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        out.append([(e.start, e.end, e.label_) for e in doc.ents])
    return out
