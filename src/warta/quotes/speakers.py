"""Read speaker phrases around attribution cues, and resolve them to entities.

A speaker phrase is read from the text (after ``kata``, before ``mengatakan``, after
``menurut``); it is then resolved, in this order, to an entity of the actors stage
whose mention lies inside the phrase, to a longer name or an acronym's expansion
found in the article, or kept as written (a description such as "juru bicara Kemlu").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Entity
from .lexicon import Lexicon

TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
WORD_RE = re.compile(r"\w+(?:-\w+)*")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
GLUED_RE = re.compile(r"^[a-z]+[A-Z]")  # "kepadaTNT", "dilansirAntara": words run together
CONNECTORS = frozenset({"dan", "and", "of", "bin", "binti", "van", "de", "da", "al", "von", "der", "den", "la", "le"})
PERSON_LABELS = ("PER",)


@dataclass
class Phrase:
    """A speaker as written: ``text`` at ``[start, end)``; ``anaphoric`` when it only
    points back ("ujarnya", "kata dia", "laporan itu")."""

    start: int
    end: int
    text: str
    anaphoric: bool = False


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() is False and tok[:1] in "’'" and tok[1:2].isupper())


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, lo, hi)]


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def read_after(text: str, pos: int, hi: int, lex: Lexicon) -> Phrase | None:
    """The speaker phrase that starts at ``pos`` (just after a cue word).

    Reads up to two comma-separated segments ("pengacara Lisa, Jhony Boy Nababan,")
    and stops at a stop word (dalam, kepada, saat, a weekday...), a digit or punctuation.
    """
    toks = tokens(text, pos, min(hi, pos + 240))
    segments: list[list[tuple[int, int, str]]] = [[]]
    closed = False  # the current segment's name has ended; a ", Name" may still follow
    first_described = False  # the first segment held lowercase words ("CEO dan founder X")
    i = 0
    while i < len(toks):
        s, e, t = toks[i]
        low = t.lower()
        if _is_word(t):
            if low in lex.stops or low.startswith(("dilansir", "dikutip")) or t[:1].isdigit() or GLUED_RE.match(t):
                break
            seg = segments[-1]
            if closed or (not is_cap(t) and any(is_cap(x) for _, _, x in seg) and seg[-1][2] != "-"
                          and not (low in CONNECTORS and i + 1 < len(toks) and is_cap(toks[i + 1][2]))):
                closed = True  # "Rini ditemui", "Ikhwan menambahkan": the name has ended
                if len(segments) > 1:
                    break
                i += 1
                continue
            segments[-1].append((s, e, t))
        elif t == "-" and segments[-1] and i + 1 < len(toks) and _is_word(toks[i + 1][2]):
            segments[-1].append((s, e, t))  # "Ong - art Klampaiboon"
        elif t == "," and segments[-1] and len(segments) < 2:
            first_described = closed
            segments.append([])
            closed = False
        else:
            break
        i += 1
    segments = [seg for seg in segments if seg]
    if not segments:
        return None
    seg = segments[0]
    if len(segments) > 1:
        two = segments[1]
        described = first_described or not is_cap(seg[0][2]) or any(
            _is_word(t) and not is_cap(t) and (k == 0 or seg[k - 1][2] != "-") for k, (_, _, t) in enumerate(seg))
        if described and all(is_cap(t) or t == "-" for _, _, t in two) and 2 <= len(two) <= 6:
            seg = two  # "jubir KPK, Budi Prasetyo,": the name follows the role
    return _phrase(text, seg[:12], lex)


def _phrase(text: str, seg: list[tuple[int, int, str]], lex: Lexicon) -> Phrase | None:
    low = [t.lower() for _, _, t in seg]
    for k, w in enumerate(low):
        if w in lex.name_links and k + 1 < len(seg):
            seg = seg[k + 1:]  # "salah satu penumpang bernama Zhang" -> "Zhang"
            low = low[k + 1:]
            break
    if len(seg) > 1 and low[0] in lex.source_nouns:
        seg, low = seg[1:], low[1:]  # "pernyataan pemerintah Spanyol"
    if not seg:
        return None
    s, e = seg[0][0], seg[-1][1]
    anaphoric = (len(seg) == 1 and low[0] in lex.pronouns) or (
        low[-1] in lex.demonstratives and not is_cap(seg[0][2]))
    if len(seg) == 1 and low[0] in lex.demonstratives:
        anaphoric = True
    return Phrase(s, e, text[s:e], anaphoric)


def read_subject(text: str, verb_start: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The subject of a speech verb at ``verb_start``: the capitalized run just before it
    (adverbs like "juga" skipped), or the name before a lowercase appositive
    ("Sansern Kaewkamnerd , juru bicara pemerintahan , mengatakan")."""
    toks = tokens(text, lo, verb_start)
    j = len(toks) - 1
    while j >= 0 and toks[j][2].lower() in lex.skips:
        j -= 1
    if j >= 0 and toks[j][2] == ",":
        # appositive: ", juru bicara pemerintahan ," or just "Indra, mengungkapkan"
        k = j - 1
        app_end = k
        while k >= 0 and toks[k][2] != "," and _is_word(toks[k][2]):
            k -= 1
        app = toks[k + 1:app_end + 1]
        if app and not is_cap(app[0][2]) and k >= 0 and toks[k][2] == ",":
            j = k - 1
        elif app and is_cap(app[-1][2]):
            j = app_end
        else:
            return None
    if j < 0:
        return None
    if toks[j][2].lower() in lex.pronouns:
        s, e = toks[j][0], toks[j][1]
        return Phrase(s, e, text[s:e], True)
    run: list[tuple[int, int, str]] = []
    while j >= 0:
        t = toks[j][2]
        if _is_word(t) and is_cap(t) and t.lower() not in lex.stops and t.lower() not in lex.not_names:
            run.insert(0, toks[j])
        elif t == "-" and run and j > 0 and _is_word(toks[j - 1][2]):
            run.insert(0, toks[j])
        else:
            break
        j -= 1
    if not run:
        return None
    return _phrase(text, run[-8:], lex)


def nearest_subject(text: str, verb_start: int, lo: int, lex: Lexicon) -> Phrase | None:
    """When the verb has no subject right before it ("United Airlines mencoba menjelaskan
    ..., kemudian menyatakan"), the nearest capitalized run before it in the sentence that
    is followed by a lowercase word (a clause subject)."""
    toks = tokens(text, lo, verb_start)
    best = None
    k = 0
    while k < len(toks):
        if _is_word(toks[k][2]) and is_cap(toks[k][2]):
            r0 = k
            while k + 1 < len(toks) and _is_word(toks[k + 1][2]) and is_cap(toks[k + 1][2]):
                k += 1
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if nxt[:1].islower() and not (r0 == 0 and k == 0):
                best = toks[r0:k + 1]
        k += 1
    if not best:
        return None
    return _phrase(text, best[-8:], lex)


def entity_in(doc: Document, start: int, end: int) -> tuple[Entity | None, str | None]:
    """The entity that a speaker phrase ``[start, end)`` names, and its mention kind.

    A person's mention must end the phrase (the name follows the role); any other
    entity may sit anywhere in it ("seorang pejabat Kemlu Jepang" -> JPN).
    """
    found = [(m, e) for e in doc.entities for m in e.mentions if m.start < end and m.end > start]
    if not found:
        return None, None
    tail = [(m, e) for m, e in found if e.label in PERSON_LABELS and m.end >= end - 1 and m.kind != "pronoun"]
    if tail:
        m, e = max(tail, key=lambda p: p[0].end - p[0].start)
        return e, m.kind
    others = [(m, e) for m, e in found if e.label not in PERSON_LABELS and e.code]
    if others:
        m, e = max(others, key=lambda p: (p[0].end, p[0].end - p[0].start))
        return e, m.kind
    return None, None


def expand_name(text: str, name: str, pos: int, stops: frozenset[str] = frozenset()) -> str:
    """A fuller form of a short name from the article itself (no entities).

    "Cho" -> "Cho Tae-yul" (the capitalized run that continues after the token, nearest
    before ``pos``), "HNW" -> "Hidayat Nur Wahid" (the run before "(HNW)" whose initials
    match).
    """
    words = name.split()
    if len(words) != 1:
        return name
    w = words[0]
    if ACRONYM_RE.match(w):
        m = re.search(r"((?:[A-Z][\w'’.-]*\s+){1,8})\(\s*" + re.escape(w) + r"\s*\)", text)
        if m:
            run = m.group(1).split()
            for k in range(len(run)):
                tail = run[k:]
                if "".join(t[0] for t in tail).upper() == w:
                    return " ".join(tail)
        return name
    before: str | None = None
    after: str | None = None
    for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"((?:\s+-\s+|\s+|-)[A-Z][\w'’-]*){1,3}", text):
        cand = re.sub(r"\s+-\s+", "-", m.group(0))
        parts = cand.split()
        while parts and parts[-1].lower() in stops:
            parts.pop()
        if len(parts) < 2:
            continue
        if m.start() < pos:
            before = " ".join(parts)
        elif after is None:
            after = " ".join(parts)
    return before or after or name


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))
