"""Placeholder stage: replaced by the real implementation."""
from __future__ import annotations

from .model import Document
from .options import PipelineOptions


class QuoteExtractor:
    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()

    def __call__(self, doc: Document) -> Document:
        return doc
