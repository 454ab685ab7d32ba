"""Placeholder stage: replaced by the real implementation."""
from __future__ import annotations

from .model import Document, Published
from .options import PipelineOptions


class Cleaner:
    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()

    def __call__(self, doc: Document) -> Document:
        doc.text = doc.raw_text.strip()
        doc.title = doc.meta_title
        if doc.meta_published:
            doc.published = Published(doc.meta_published[:10], "metadata")
        return doc
