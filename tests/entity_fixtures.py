"""Documents with hand-made entities, for tests of the stages after actors (events).

Why: the events tests state which names are which actors (a table ``name -> (code, sector,
label)``) so that they test the events stage alone, whatever the actors stage reads.
"""
from __future__ import annotations

import re

from warta.model import Document, Entity, Mention, Published

Known = dict[str, tuple[str, "str | None", str]]


def known_entities(text: str, known: Known) -> list[Entity]:
    """An entity for every name of ``known`` found in ``text``: longest names first, and a
    stretch of text taken by a longer name is no mention of a shorter one."""
    ents: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for n, name in enumerate(sorted(known, key=len, reverse=True)):
        code, sector, label = known[name]
        ms = []
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            ms.append(Mention(m.start(), m.end(), name))
        if ms:
            ents.append(Entity(id=f"E{n}", name=name, label=label, code=code, sector=sector, mentions=ms))
    return ents


def doc_with_entities(text: str, known: Known, published: str = "2024-06-21") -> Document:
    """An Indonesian document of ``text`` with ``known_entities``."""
    return Document(id="t", raw_text=text, text=text, language="id", entities=known_entities(text, known),
                    published=Published(published))


def full_codes(refs) -> list[str]:
    """Actor references as 'CODE.SECTOR' (or 'CODE'), sorted."""
    return sorted(f"{r.code}.{r.sector}" if r.sector else r.code for r in refs)


def events_of(pipeline, text: str, etype: str, published: str = "2025-10-01") -> list:
    """The events of type ``etype`` the pipeline reads in ``text``."""
    from warta.model import Document
    doc = pipeline(Document(id="t", raw_text=text, meta_published=published))
    return [e for e in doc.events if e.type == etype]
