"""Find cue words fast: a word scan with set look-ups instead of one big alternation regex.

``re.compile(r"(?<![\\w-])(kata|ujar|...)(?![\\w-])")`` over a hundred cue words has no literal
prefix to jump to, so the regex engine tries every alternative at every position; reading the
text's ``[\\w-]+`` words once and looking each up in a set gives the same matches about four
times faster, which keeps the quotes stage's share of extract time small.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

WORD_RE = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class CueMatch:
    """The part of :class:`re.Match` the quotes stage uses (the cue is group 1 and group 0)."""

    begin: int
    stop: int
    text: str

    def start(self, group: int = 0) -> int:
        return self.begin

    def end(self, group: int = 0) -> int:
        return self.stop

    def group(self, group: int = 0) -> str:
        return self.text


class WordFinder:
    """Whole-word, case-insensitive matches of a fixed list of cues (one or more words each),
    longest cue first at a position: the matches of
    ``(?<![\\w-])(cue1|cue2|...)(?![\\w-])`` with the cues sorted by length."""

    def __init__(self, cues: Iterable[str]):
        self.by_first: dict[str, list[str]] = {}
        for cue in sorted({c.lower() for c in cues if c.strip()}, key=len, reverse=True):
            self.by_first.setdefault(WORD_RE.match(cue).group() if WORD_RE.match(cue) else cue, []).append(cue)

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[CueMatch]:
        hi = len(text) if hi is None else min(hi, len(text))
        if lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "_-"):
            # a word cut by ``lo`` is not a whole word (the regex's look-behind sees it too)
            m = WORD_RE.match(text, lo)
            lo = m.end() if m else lo
        pos = lo
        for m in WORD_RE.finditer(text, lo, hi):
            if m.start() < pos:
                continue
            cands = self.by_first.get(m.group().lower())
            if not cands:
                continue
            for cue in cands:
                end = m.start() + len(cue)
                if end > hi or text[m.start():end].lower() != cue:
                    continue
                if end < hi and (text[end].isalnum() or text[end] in "_-"):
                    continue
                yield CueMatch(m.start(), end, text[m.start():end])
                pos = end
                break

    def search(self, text: str, lo: int = 0, hi: int | None = None) -> CueMatch | None:
        return next(self.finditer(text, lo, hi), None)
