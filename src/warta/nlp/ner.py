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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: the model directory shipped inside the package (written by scripts/train_ner.py)
MODEL_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "ner" / "model"

#: labels the shipped model predicts
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

#: texts longer than this are tagged in pieces (spaCy's max_length guard, and memory)
_MAX_CHUNK = 100_000

Span3 = tuple[int, int, str]


@functools.lru_cache(maxsize=4)
def _load_nlp(model_dir: str) -> Any:
    """Load a spaCy pipeline once per process (the pipeline is used read-only)."""
    import spacy

    return spacy.load(model_dir, exclude=[])


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
