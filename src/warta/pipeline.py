"""The pipeline: stage objects applied in order to one :class:`~warta.model.Document`.

Each stage is a small callable object (like a spaCy component): it loads its data
once in ``__init__`` and then maps ``Document -> Document`` with no global state,
so a pipeline can be built once per process, per Spark partition or per test.

Order: ``clean -> nlp -> timex -> actors -> quotes -> events``. Time comes before
actors because a person's role is looked up at the article's date; quotes come
before events so that an event claimed inside a quote can name its speaker
(``attributed_to``).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator

from .model import Document
from .options import PipelineOptions

Stage = Callable[[Document], Document]

#: name -> "module:Factory". Factories take keyword options and return a Stage.
STAGES: dict[str, str] = {
    "clean": "warta.clean:Cleaner",
    "nlp": "warta.nlp:Analyzer",
    "timex": "warta.timex:TimexTagger",
    "actors": "warta.actors:ActorLinker",
    "quotes": "warta.quotes:QuoteExtractor",
    "events": "warta.events:EventExtractor",
}
DEFAULT_ORDER: tuple[str, ...] = tuple(STAGES)


def _factory(name: str) -> Callable[..., Stage]:
    module, _, attr = STAGES[name].partition(":")
    return getattr(importlib.import_module(module), attr)


class Pipeline:
    """Apply the stages in order. Build once, call for every document."""

    def __init__(self, stages: Iterable[str] = DEFAULT_ORDER, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.names = list(stages)
        self.stages: list[tuple[str, Stage]] = [(n, _factory(n)(options=self.options)) for n in self.names]

    def __call__(self, doc: Document) -> Document:
        for name, stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:  # one stage's bug must not lose the article
                doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def process_text(text: str, doc_id: str = "text", published: str | None = None,
                 title: str | None = None) -> Document:
    """Convenience: run the whole pipeline over one string."""
    doc = Document(id=doc_id, raw_text=text, meta_published=published, meta_title=title)
    return Pipeline()(doc)
