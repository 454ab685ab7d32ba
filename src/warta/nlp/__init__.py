"""Placeholder stage: naive sentences until the real nlp stage lands."""
from __future__ import annotations

import re

from ..model import Document, Span
from ..options import PipelineOptions


class Analyzer:
    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()

    def __call__(self, doc: Document) -> Document:
        doc.language = "id"
        doc.sentences = [Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n.!?]+[.!?]*", doc.text) if m.group().strip()]
        return doc
