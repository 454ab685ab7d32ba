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
            doc = self._run(name, stage, doc)
        return doc

    @staticmethod
    def _run(name: str, stage: Stage, doc: Document) -> Document:
        try:
            return stage(doc)
        except Exception as exc:  # one stage's bug must not lose the article
            doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
            return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        """Process many documents, ``batch_size`` at a time, in their order; each comes out
        as ``__call__`` would leave it.

        Why batches: a stage with a ``pipe(list) -> list`` method (the actors stage, for its
        NER model, whose cost is mostly per call) gets the whole batch at once. Other stages
        run document by document. If a batch method fails, the stage runs again document by
        document, so a bad article costs a warning on itself only (stages are idempotent:
        they compute their fields from the text and overwrite them)."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= max(1, batch_size):
                yield from self._pipe_batch(batch)
                batch = []
        if batch:
            yield from self._pipe_batch(batch)

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """``pipe`` over one batch with a last guard, for the callers that must never lose an
        article (``warta extract``/``ingest``, the Spark job): stage failures are already
        warnings, and if anything else breaks the batch, each document runs on its own and
        only the one that fails carries a "pipeline failed" warning."""
        try:
            out = list(self.pipe(docs, batch_size=max(1, len(docs))))
            if len(out) == len(docs):
                return out
        except Exception:  # noqa: S110 - retried one by one below, where each failure is recorded
            pass
        done: list[Document] = []
        for doc in docs:
            try:
                done.append(self(doc))
            except Exception as exc:
                doc.warnings.append(f"pipeline failed: {type(exc).__name__}: {' '.join(str(exc).split())}")
                done.append(doc)
        return done

    def _pipe_batch(self, batch: list[Document]) -> list[Document]:
        for name, stage in self.stages:
            many = getattr(stage, "pipe", None)
            if callable(many) and len(batch) > 1:
                try:
                    out = list(many(batch))
                    if len(out) == len(batch):
                        batch = out
                        continue
                except Exception:  # noqa: S110 - retried per document below, which records it
                    pass
            batch = [self._run(name, stage, doc) for doc in batch]
        return batch


def process_text(text: str, doc_id: str = "text", published: str | None = None,
                 title: str | None = None) -> Document:
    """Convenience: run the whole pipeline over one string."""
    doc = Document(id=doc_id, raw_text=text, meta_published=published, meta_title=title)
    return Pipeline()(doc)
