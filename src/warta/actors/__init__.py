"""Actors stage: entities with actor codes, sectors, roles and every mention.

``ActorLinker`` is the stage (see :mod:`warta.actors.linker`); ``resolve_at`` answers
"who is the nearest salient person before this point" for the quotes and events stages.
"""
from __future__ import annotations

from ..model import Document, Entity
from .coref import nearest_person, quote_regions
from .kb import KB, Person, default_kb, load_kb
from .linker import ActorLinker


def resolve_at(doc: Document, offset: int) -> Entity | None:
    """The person mentioned last before ``offset`` (mentions inside a different quotation
    are skipped), or None. Pronoun and short-name mentions count, so the answer follows
    the article's own chain of reference."""
    return nearest_person(doc.entities, offset, quote_regions(doc.text or ""), max_dist=2000)


__all__ = ["ActorLinker", "resolve_at", "KB", "Person", "default_kb", "load_kb"]
