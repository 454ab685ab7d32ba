"""Time: temporal expressions resolved against the publication date.

Public API:

- :class:`TimexTagger` (pipeline stage ``timex``): infers ``doc.published`` from the
  text when the metadata gave none (:mod:`warta.timex.infer`), then fills
  ``doc.temporal`` with every temporal expression of ``doc.text`` and its ISO value.
- :func:`resolve`: the same over any string (offsets relative to it).
- :func:`date_for`: the date that governs a stretch of ``doc.text`` (used by events).

The grammar and its resolution policy are described in :mod:`warta.timex.grammar`;
the words are data in ``resources/timex/*.tsv``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Document, Published, Span, Timex
from ..options import PipelineOptions
from .grammar import Grammar, default_grammar
from .infer import date_from_url, infer_published
from .lexicon import load_statement_words
from .offices import titled_terms

__all__ = ["TimexTagger", "resolve", "date_for", "infer_published", "date_from_url", "anchor_of",
           "dates_statement", "anaphoric_time", "closes_sentence", "attributes_speech"]

#: Inside a sentence, these separate clauses (for :func:`date_for`).
CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\s[–—-]\s|\b(?:sedangkan|sementara|namun|tetapi|"
                          r"whereas|while|but)\b", re.IGNORECASE)
#: Words that may precede a time adverbial that opens its sentence ("Pada hari Rabu (19 Juni), ...").
_FRONT = re.compile(r"^[\s\"“”'(]*(?:(?:pada|sejak|hingga|sampai|hari|on|in|since|last|sebelumnya|"
                    r"lalu|kemudian|then|dan|and)\s+)*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9])|\n+")


def anchor_of(published: Published | None) -> date | None:
    """The calendar day of a publication date string (date or datetime), else ``None``."""
    if published is None or not published.date:
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", published.date)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def resolve(text: str, anchor: date | None, *, today: date | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` (offsets into it) resolved against ``anchor``.

    ``today`` is used only when ``anchor`` is ``None``: a year-less weekday+date pair
    then takes the most recent year, not after ``today``, where its weekday matches.
    """
    return default_grammar().resolve(text or "", anchor, today)


def _sentence_bounds(doc: Document, start: int) -> tuple[int, int]:
    s = doc.sentence_of(start)
    if s is not None:
        return s.start, s.end
    text = doc.text
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, max(start, 0)):
        lo = m.end()
    m = _SENTENCE_END.search(text, max(start, 0))
    return lo, (m.start() if m else len(text))


def date_for(doc: Document, start: int, end: int) -> str | None:
    """Value of the temporal expression that governs ``doc.text[start:end]``.

    Policy, within the sentence that holds ``start`` (``doc.sentences`` when the nlp
    stage filled them, else a simple punctuation split):

    1. an expression inside ``[start, end)`` or in the same clause (no ``, ; :``,
       dash or "sedangkan/sementara/namun/tetapi" between it and the span): the
       nearest one;
    2. else an expression that opens the sentence as a fronted adverbial
       ("Pada hari Rabu (19 Juni), Putin ... menandatangani"): it governs the whole
       sentence;
    3. else the nearest expression anywhere in the sentence;
    4. else ``None`` (the caller decides whether the publication date applies).

    Only expressions with a resolved value count.
    """
    if not doc.temporal or start < 0:
        return None
    lo, hi = _sentence_bounds(doc, start)
    hi = max(hi, min(end, len(doc.text)))
    cands = [t for t in doc.temporal if t.value and t.start >= lo and t.end <= hi]
    if not cands:
        return None

    def distance(t: Timex) -> int:
        if t.end <= start:
            return start - t.end
        if t.start >= end:
            return t.start - end
        return 0

    def same_clause(t: Timex) -> bool:
        a, b = (t.end, start) if t.end <= start else (end, t.start)
        return a >= b or CLAUSE_BREAK.search(doc.text, a, b) is None

    same = [t for t in cands if same_clause(t)]
    if same:
        return min(same, key=distance).value
    fronted = [t for t in cands if _FRONT.match(doc.text[lo:t.start])]
    if fronted:
        return fronted[0].value
    return min(cands, key=distance).value


@lru_cache(maxsize=1)
def _statement_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(attribution words, anaphoric "then" phrases) of ``statement.tsv``, compiled once."""
    words = load_statement_words()

    def alt(kinds: tuple[str, ...]) -> re.Pattern[str]:
        ws = sorted((w for w, k in words.items() if k in kinds), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + r")\b",
                          re.IGNORECASE)
    return alt(("say", "venue")), alt(("anaphor",))


#: How far before a pair an attribution word may stand ("kata X kepada wartawan di Jakarta, Selasa").
STATEMENT_REACH = 160


def dates_statement(text: str, start: int, end: int, sentence_start: int = 0) -> bool:
    """Whether the time expression ``text[start:end]`` dates a statement.

    Why: Indonesian reports date what is said ("..., kata Rano kepada wartawan, Selasa
    (21/10/2025).", "Hal itu disampaikan ... Senin (20/10)"); such a date is the time of the
    article's current news and of the undated statements around it. A pair that dates an
    act ("serangan di New York pada Selasa (31/10)") is that act's date only. True when an
    attribution word (``statement.tsv``: say, venue) stands in the same sentence up to
    :data:`STATEMENT_REACH` characters before the expression, or right after it (", Senin
    (20/10), kata dia").
    """
    say, _ = _statement_patterns()
    lo = max(sentence_start, start - STATEMENT_REACH)
    if say.search(text, lo, start):
        return True
    after = text[end:end + 40]
    m = re.match(r"\s*[,)]?\s*", after)
    return bool(m and say.match(after, m.end()))


#: What may follow a sentence's closing time adverbial: a part of the day, a clock time, a
#: zone, "lalu", a place ("..., Minggu (24/12) malam di Makassar.", ", di rumah salah satu
#: pelaku di Pondok Aren, Tangsel."), then the sentence end.
_CLOSING_TAIL = re.compile(
    r"(?:\s*(?:pagi|siang|sore|petang|malam|dini\s+hari|lalu|kemarin|waktu\s+setempat|sekitar|"
    r"morning|afternoon|evening|night|local\s+time|around|pukul|jam|at|"
    r"\d{1,2}(?:[.:]\d{2})?|WIB|WITA|WIT|GMT|UTC)\b\.?)*"
    r"(?:\s*,?\s*(?:di|in|at)\s+(?:(?!\b(?:dan|yang|adalah|serta|untuk|kemudian|namun|tetapi|and|which|"
    r"is|was|were)\b)[^.,;!?\"”\n]){1,60}(?:,\s*[A-Z][^.,;!?\"”\n]{0,40})*)?\s*(?:[.!?\"”]|\n|$)")


def closes_sentence(text: str, end: int) -> bool:
    """Whether a time expression ending at ``end`` closes its sentence.

    Why: a date that closes the sentence ("Bayi itu ditemukan ..., Minggu (24/12).") is the
    time of the whole report it opens; one followed by more of the predicate ("pelaku serangan
    ... pada Selasa (31/10) adalah warga mereka") is the time of its own clause only.
    """
    return _CLOSING_TAIL.match(text, end) is not None


def attributes_speech(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` attributes speech ("kata", "mengaku", "said": ``statement.tsv``
    say and venue words). Why: such a sentence is the speaker's statement, made at the time of
    the report, not a step of the story it tells."""
    say, _ = _statement_patterns()
    return say.search(text, start, end) is not None


def anaphoric_time(text: str, start: int, end: int) -> re.Match[str] | None:
    """An anaphoric "then" ("saat itu", "kala itu", "at the time") in ``text[start:end]``.

    Why: such a phrase has no date of its own; it points back to the time the narrative
    last named ("Pada 2014 ... Kala itu Jokowi diusung koalisi ..." is 2014).
    """
    _, then = _statement_patterns()
    return then.search(text, start, end)


class TimexTagger:
    """Pipeline stage: infer a missing publication date, then tag ``doc.temporal``.

    The grammar is compiled once here (the data files are read once per process);
    ``options.today`` bounds inferred publication dates so that a wrong weekday or a
    bad clock never yields a date in the future.
    """

    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.grammar: Grammar = default_grammar()

    def __call__(self, doc: Document) -> Document:
        text = doc.text or ""
        today = self.options.today
        matches = self.grammar.find(text)
        if doc.published is None or anchor_of(doc.published) is None:
            # the URL is input metadata: a date in its path is the site's own publication
            # date; a year alone there still picks among the weekday candidates
            url_day, url_year = date_from_url(doc.source.url, today)
            if url_day is not None:
                doc.published = Published(url_day.isoformat(), "metadata")
            else:
                inferred = infer_published(text, today, title=doc.title, grammar=self.grammar,
                                           matches=matches, year_hint=url_year,
                                           context="\n".join(doc.boilerplate),
                                           terms=titled_terms(text))
                if inferred is not None:
                    doc.published = inferred
        anchor = anchor_of(doc.published)
        doc.temporal = self.grammar.resolve(text, anchor, today, matches=matches)
        return doc


def sentence_span(doc: Document, offset: int) -> Span:
    """The sentence around ``offset`` (``doc.sentences`` or a punctuation split)."""
    lo, hi = _sentence_bounds(doc, offset)
    return Span(lo, hi, doc.text[lo:hi])
