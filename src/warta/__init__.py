"""warta: news articles in, sourced and queryable event data out.

Public API::

    from warta import Pipeline, Document, process_text
    doc = process_text(open("article.txt").read(), doc_id="a1")
    record = doc.to_record()
"""
from .model import Document, Entity, Event, Quote, Span
from .pipeline import Pipeline, PipelineOptions, process_text

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "Event", "Quote", "Span", "Pipeline", "PipelineOptions", "process_text", "__version__"]
