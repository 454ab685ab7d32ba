"""Years an article can be from, by the office-holders it names with their titles.

Why: a report that dates its news only with year-less weekday+date pairs ("Senin (29/8)")
fits every year where that weekday falls on that date: 2016 and 2022 alike. "Presiden Barack
Obama" or "Kapolri Tito Karnavian" in the text says which: the title is given to the holder of
the office at the time of writing. The offices and their terms are the actors knowledge base's
(``resources/kb/people*.tsv``); a title that follows "mantan", "eks", "calon" ("mantan Presiden
Obama") says nothing about the time and is skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

#: Words before a title that make it no longer (or not yet) held.
_NOT_HOLDING = re.compile(r"\b(?:mantan|eks|bekas|calon|capres|cawapres|cagub|former|ex|late|almarhum|"
                          r"mendiang|then)\b[\w\s.-]*$", re.IGNORECASE)
#: How far before a name its title may start ("Presiden Amerika Serikat Donald Trump").
TITLE_REACH = 40


@dataclass(frozen=True)
class Term:
    """One office held from ``start`` to ``end`` (``None``: still held), named at ``offset``."""

    start: date
    end: date | None
    offset: int

    def holds(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d < self.end)


def _day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _offices() -> tuple[tuple[str, str, date, date | None], ...]:
    """(alias, lower-cased role, start, end) of every dated office in the knowledge base."""
    from ..actors.kb import default_kb  # the actors stage owns the KB; read it, once
    out = []
    for p in default_kb().people:
        start = _day(p.start)
        if start is None or not p.role:
            continue
        for alias in {p.name, *p.aliases}:
            alias = alias.strip()
            if len(alias) >= 4:
                out.append((alias, p.role.lower(), start, _day(p.end)))
    return tuple(out)


def titled_terms(text: str) -> list[Term]:
    """Terms of the office-holders ``text`` names right after their title ("Presiden Joko
    Widodo", "Kapolri Jenderal Tito Karnavian"), in text order."""
    found: list[Term] = []
    low = text.lower()
    for alias, role, start, end in _offices():
        i = text.find(alias)
        while i >= 0:
            j = i + len(alias)
            bounded = (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum())
            before = low[max(0, i - TITLE_REACH):i]
            k = before.rfind(role)
            if bounded and k >= 0 and not _NOT_HOLDING.search(low[max(0, i - TITLE_REACH - 30):i - len(before) + k]):
                found.append(Term(start, end, i))
            i = text.find(alias, j)
    found.sort(key=lambda t: t.offset)
    return found
