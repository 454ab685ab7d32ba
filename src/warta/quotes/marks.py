"""Find quoted stretches of text: pair quotation marks, paragraph by paragraph.

Why paragraph by paragraph: one stray mark must never swallow the rest of the
article. A quote is bounded by its paragraph, except for the multi-paragraph
convention (a paragraph that opens a quote and never closes it, followed by a
paragraph that starts with an opening mark: the quote goes on).

Marks are classified by shape and spacing: “ „ « open, ” » close; a straight ``"``
glued to the word on its right opens, glued on its left closes; a mark with space on
both sides (tokenized text: ``" Tidak hanya ... , " kata Zulkifli``) takes its role
from the pairing state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_RE = re.compile(r"``|''|[\"“”„«»‟]")
SINGLE_RE = re.compile(r"[‘’']")
OPENERS = {"“", "„", "«", "``", "‟"}
CLOSERS = {"”", "»", "''"}
SPACE_LEFT = set("([{")
SPACE_RIGHT = set(".,;:!?)]}…")
TERMINAL = set(".,;:!?")
PARA_RE = re.compile(r"[^\n]+")


@dataclass
class RawQuote:
    """Quoted text as one or more ``(start, end)`` segments of ``doc.text`` (marks excluded).

    ``open_at``/``close_at`` are the offsets of the marks (None when missing);
    ``para`` and ``last_para`` index the paragraphs where it starts and ends.
    """

    segments: list[tuple[int, int]]
    open_at: int | None
    close_at: int | None
    close_end: int | None
    para: int
    last_para: int
    single: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of the text, as ``(start, end)``; blank lines just separate."""
    out = []
    for m in PARA_RE.finditer(text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def _role(text: str, start: int, end: int, mark: str, lo: int, hi: int) -> str:
    """``open``, ``close`` or ``ambig`` from the mark's shape and its neighbours."""
    prev = text[start - 1] if start > lo else None
    nxt = text[end] if end < hi else None
    left_free = prev is None or prev.isspace() or prev in SPACE_LEFT
    right_free = nxt is None or nxt.isspace() or nxt in SPACE_RIGHT
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        return "close"
    return "ambig"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace()):
        end -= 1
    return start, end


def find_double(text: str, cue_words: frozenset[str] = frozenset()) -> list[RawQuote]:
    """All double-mark quotes of ``text``, in order. ``cue_words`` (attribution verbs such
    as "ujarnya") tell a spaced closing mark whose opener is missing from an opener."""
    paras = paragraphs(text)
    quotes: list[RawQuote] = []
    carry: RawQuote | None = None  # a quote that runs on into the next paragraph
    for pi, (lo, hi) in enumerate(paras):
        marks = [(m.start(), m.end(), m.group()) for m in DOUBLE_RE.finditer(text, lo, hi)]
        open_at: int | None = None
        open_mark = ""
        para_quotes: list[RawQuote] = []
        cont: RawQuote | None = None
        if carry is not None:
            # the multi-paragraph pattern: this paragraph starts with an opening mark
            if marks and not text[lo:marks[0][0]].strip():
                cont = carry
                open_at = marks[0][1]
                open_mark = marks[0][2]
                marks = marks[1:]
            else:
                quotes.append(carry)  # pragma: no cover - carry only set when pattern holds
            carry = None
        for (ms, me, mk) in marks:
            role = _role(text, ms, me, mk, lo, hi)
            if open_at is None and role == "ambig":
                before_ch = text[lo:ms].rstrip()[-1:]
                nxt_word = re.match(r"\s*(\w+)", text[me:hi])
                if (before_ch and before_ch in TERMINAL and nxt_word
                        and nxt_word.group(1).lower() in cue_words and nxt_word.group(1)[:1].islower()):
                    role = "close"  # '... , " ujarnya': speech ends here, its opener is missing
            if (open_at is None and role == "close" and mk in CLOSERS
                    and _role(text, ms, me, '"', lo, hi) == "ambig" and DOUBLE_RE.search(text, me, hi)):
                role = "open"  # '” Kalau ... , ” ujar X': the closing shape used for both ends
            if open_at is None:
                if role == "close" or not text[me:hi].strip():
                    # a closing mark with no opener: the quote runs from the paragraph start
                    # (or extends the previous quote of this paragraph), when the mark looks
                    # like the end of speech (after punctuation or before a cue).
                    before = text[lo:ms].rstrip()
                    if para_quotes:
                        prevq = para_quotes[-1]
                        between = text[prevq.close_end:ms].strip() if prevq.close_end else ""
                        prev_text = text[prevq.start:prevq.end].rstrip()
                        if (between and before and before[-1] in ".!?" and prevq.close_at is not None
                                and prev_text[-1:] in (".", "!", "?") and between[:1].isupper()):
                            s, e = _trim(text, prevq.close_end, ms)
                            prevq.segments.append((s, e))
                            prevq.close_at, prevq.close_end = ms, me
                            prevq.notes.append("stray-close-extended")
                        continue
                    if before and (before[-1] in TERMINAL or role == "close") and not para_quotes:
                        s, e = _trim(text, lo, ms)
                        if e > s:
                            para_quotes.append(RawQuote([(s, e)], None, ms, me, pi, pi,
                                                        notes=["no-open"]))
                    continue
                open_at, open_mark = me, mk
                continue
            # inside a quote
            if mk in OPENERS and role == "open" and not (open_mark == "„" and mk == "“"):
                nxt_word = re.match(r"\s*(\w+)", text[me:hi])
                if not (nxt_word and nxt_word.group(1)[:1].islower()):
                    # a second opener: the first quote was never closed; bound it here
                    s, e = _trim(text, open_at, ms)
                    if e > s:
                        para_quotes.append(RawQuote([(s, e)], open_at, None, ms, pi, pi,
                                                    notes=["unclosed"]))
                    open_at, open_mark = me, mk
                    continue
            s, e = _trim(text, open_at, ms)
            if cont is not None:
                cont.segments.append((s, e))
                cont.close_at, cont.close_end, cont.last_para = ms, me, pi
                para_quotes.append(cont)
                cont = None
            elif e > s:
                para_quotes.append(RawQuote([(s, e)], open_at - len(open_mark), ms, me, pi, pi))
            open_at = None
        if open_at is not None:
            s, e = _trim(text, open_at, hi)
            q = cont if cont is not None else RawQuote([], open_at - len(open_mark), None, None, pi, pi,
                                                       notes=["unclosed"])
            if e > s:
                q.segments.append((s, e))
            q.last_para = pi
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            runs_on = False
            if nxt is not None and q.segments:
                m = DOUBLE_RE.search(text, nxt[0], nxt[1])
                if m and not text[nxt[0]:m.start()].strip() and m.group() not in CLOSERS:
                    runs_on = True
            if runs_on:
                carry = q
            elif q.segments:
                para_quotes.append(q)
        elif cont is not None:
            para_quotes.append(cont)
        quotes.extend(para_quotes)
    if carry is not None and carry.segments:
        quotes.append(carry)
    return quotes


def find_single(text: str, taken: list[tuple[int, int]]) -> list[RawQuote]:
    """Single-mark quotes (‘ ’ and '), outside double-quoted text.

    Apostrophes inside words ("Jum'at", "Qur’an") are not marks; an odd mark is dropped.
    """
    quotes: list[RawQuote] = []
    for pi, (lo, hi) in enumerate(paragraphs(text)):
        cands = []
        for m in SINGLE_RE.finditer(text, lo, hi):
            s = m.start()
            if any(a <= s < b for a, b in taken):
                continue
            prev = text[s - 1] if s > lo else " "
            nxt = text[s + 1] if s + 1 < hi else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe inside a word
            if m.group() == "‘" or (not prev.isalnum() and (nxt.isalnum() or nxt.isspace())):
                cands.append((s, "open" if not prev.isalnum() else "close"))
            else:
                cands.append((s, "close"))
        open_at = None
        for s, role in cands:
            if open_at is None:
                if role == "open" or text[s - 1:s].isspace():
                    open_at = s + 1
            else:
                a, b = _trim(text, open_at, s)
                if b > a and b - a < 400:
                    quotes.append(RawQuote([(a, b)], open_at - 1, s, s + 1, pi, pi, single=True))
                open_at = None
    return quotes
