"""Publication date from the text, for inputs whose metadata has none.

A news report dates its events with weekday+date pairs ("Jumat (21 Juni)"). A pair
with a year ("Selasa (21/10/2025)") is an explicit date (basis ``text``); a pair without
one fixes the year through its weekday: 21 June is a Friday in 2024, 2019, 2013, ...
(basis ``inferred``). Several pairs of one report must agree, so we pick the candidate
date that the most pairs support (a pair supports a date when one of its candidates
falls within :data:`SUPPORT_WINDOW` days before it), then the most recent one: the
report is published on or just after the latest event it dates, and the most recent
year consistent with all weekdays is the likeliest. Never after ``today``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from collections.abc import Sequence

from ..model import Published
from .offices import Term
from .grammar import MAX_YEARS_BACK, Grammar, Match, RawPair, default_grammar, pair_date, valid_date

#: Pairs of one report lie within this many days before its latest date.
SUPPORT_WINDOW = 45
#: A report is assumed to be written at most this many years after the latest year it names.
RECENT_YEARS = 3


@dataclass(frozen=True)
class Candidate:
    day: date
    explicit: bool  # the pair wrote its year


def typo_readings(pair: RawPair, written: date, years: frozenset[int], today: date) -> list[date]:
    """The dates a pair whose weekday does not match its written date may stand for, likeliest
    first (see :func:`candidates`): the weekday's occurrence within three days of the written
    date (a day typo), and the same day a year on or back (a year typo), the year typo first
    when the text's other ``years`` name the corrected year and not the written one."""
    day_fix = next(c for k in (1, -1, 2, -2, 3, -3)
                   if (c := written + timedelta(days=k)).weekday() == pair.weekday)
    year_fixes = [alt for y in (pair.year + 1, pair.year - 1)
                  if (alt := valid_date(y, pair.month, pair.day)) and alt.weekday() == pair.weekday]
    named = [d for d in year_fixes if pair.year not in years and d.year in years]
    ordered = named[:1] + [day_fix] + [d for d in year_fixes if d not in named[:1]]
    return [d for d in ordered if d <= today]


def candidates(pair: RawPair, today: date, years: frozenset[int] = frozenset()) -> list[Candidate]:
    """Dates a pair may stand for, most recent first, none after ``today``.

    A pair with a year whose weekday does not match has one typo. Either the year is off by
    one ("Senin (20/10/2026)" for Monday 20 October 2025, "Selasa (7/10/2024)" for 2025) or
    the day is ("Senin (19/10/2025)" for Monday the 20th). On the detik and indosum corpora
    the day is the usual one (16 of 21 such pairs), so the year is corrected only when the
    text's other ``years`` name the corrected year and not the written one; otherwise the
    weekday's occurrence within three days of the written date is used.
    """
    if pair.year is not None:
        d = valid_date(pair.year, pair.month, pair.day)
        if d is None:
            return []
        if d.weekday() != pair.weekday:
            # a typo: every reading, likeliest first; the report's other pairs may pick
            # another one (see infer_published)
            return [Candidate(r, True) for r in typo_readings(pair, d, years, today)]
        return [Candidate(d, True)] if d <= today else []
    out = []
    for y in range(today.year, today.year - MAX_YEARS_BACK, -1):
        d = valid_date(y, pair.month, pair.day)
        if d and d <= today and d.weekday() == pair.weekday:
            out.append(Candidate(d, False))
    return out


#: Dates that news sites write into their article paths: /2016/08/29/, /2016-08-29-,
#: /20160913/ and CNN Indonesia's /20170710134543-120-226917/ (a timestamp that opens a
#: segment). The year must be 19xx/20xx and the date valid; a bare /2016/08/ gives the month.
_URL_YMD = re.compile(r"(?<![0-9])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![0-9])")
_URL_COMPACT = re.compile(r"(?:^|/)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{6})?(?=[/_.-]|$)")
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


def date_from_url(url: str | None, today: date) -> tuple[date | None, int | None]:
    """The publication date a news URL carries, or the year alone: ``(day, year)``.

    Why: many sites (suara.com, poskotanews, kompas.com, cnnindonesia.com, rimanews ...)
    write the publication date into the article path, which is better evidence than any
    weekday in the text. Only the path is read (a query string's dates are search
    parameters, not the article's); a date after ``today`` is refused.
    """
    if not url:
        return None, None
    try:
        path = urlsplit(url.strip()).path or ""
    except ValueError:
        return None, None
    for rx in (_URL_YMD, _URL_COMPACT):
        for m in rx.finditer(path):
            d = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is not None and d <= today:
                return d, d.year
    m = _URL_YM.search(path)
    if m and int(m.group(1)) <= today.year:
        return None, int(m.group(1))
    return None, None


#: A bare year: 1900-2099 standing alone ("periode 2015 - 2017", "Pilkada 2017"), not a
#: count ("2015 orang"), not a part of a bigger number, and not the year of a law's or a
#: decree's number ("UU Nomor 11 Tahun 2008" names the law, not the report's time).
_BARE_YEAR = re.compile(r"(?<![\d.,/])((?:19|20)\d{2})(?![\d.,/])(?!\s+(?:orang|unit|ekor|jiwa|kg|km|m|meter|ton|hektare|ha|rupiah)\b)")
_LAW_YEAR = re.compile(r"(?:nomor|no\.?)\s*\d+[\w/.-]*\s+tahun\s*$", re.IGNORECASE)


def mentioned_years(matches: list[Match], today: date, text: str | None = None) -> set[int]:
    """Years the text writes out (full dates, "Juni 2017", "tahun 2016", and with ``text``
    bare years, see :data:`_BARE_YEAR`), not after today."""
    years = set()
    for m in matches:
        y = m.fields.get("year")
        if y is not None and m.kind != "pair" and y <= today.year:
            if text and _LAW_YEAR.search(text[max(0, m.start - 40):m.start + 6].rsplit(str(y), 1)[0]):
                continue  # "UU No. 11 Tahun 2008": the law's year, not the report's
            years.add(y)
    for m in _BARE_YEAR.finditer(text or ""):
        y = int(m.group(1))
        if y <= today.year and not _LAW_YEAR.search(text[max(0, m.start() - 40):m.start()]):
            years.add(y)
    return years


def _bare_years(text: str, today: date) -> set[int]:
    return {int(m.group(1)) for m in _BARE_YEAR.finditer(text or "") if int(m.group(1)) <= today.year
            and not _LAW_YEAR.search(text[max(0, m.start() - 40):m.start()])}


def latest_written_date(matches: list[Match], today: date, weekday: int | None = None) -> date | None:
    """The latest full date the text writes (day, month and year), not after ``today``, nor one
    it says is upcoming; moved forward to the first ``weekday`` on or after it when given.

    Why: a report without weekday+date pairs still tells of what has happened up to its
    writing ("diujicobakan ... dan penerapannya mulai 27 Agustus 2016 ... pada Selasa, hari
    pertama"): it is published on or soon after the latest date it writes, and a bare weekday
    that dates its news ("pada Selasa") is the first such day from then.
    """
    days = []
    for m in matches:
        f = m.fields
        if m.kind != "date" or f.get("direction") == "future" or not {"year", "month", "day"} <= f.keys():
            continue
        d = valid_date(f["year"], f["month"], f["day"])
        if d is not None and d <= today:
            days.append(d)
    if not days:
        return None
    best = max(days)
    if weekday is not None:
        moved = best + timedelta(days=(weekday - best.weekday()) % 7)
        if moved <= today:
            best = moved
    return best


def _agreeing_explicit(per_pair: list[list[Candidate]]) -> list[date]:
    """One date per pair that wrote its year. A pair with a typo (several readings) takes the
    reading its report's other, well-formed pairs support (a date within
    :data:`SUPPORT_WINDOW` days of one of theirs), else its likeliest one. Why: a report dates
    its events within weeks of each other; "Senin (20/10/2026)" beside "Kamis (9/10/2025)" is
    Monday 20 October 2025, not Monday 19 October 2026."""
    window = timedelta(days=SUPPORT_WINDOW)
    sure = [cs[0].day for cs in per_pair if len(cs) == 1]
    out = []
    for cs in per_pair:
        pick = cs[0].day
        if len(cs) > 1 and sure and not any(abs(cs[0].day - o) <= window for o in sure):
            pick = next((c.day for c in cs[1:] if any(abs(c.day - o) <= window for o in sure)), pick)
        out.append(pick)
    return out


def infer_published(text: str, today: date, title: str | None = None,
                    grammar: Grammar | None = None, matches: list[Match] | None = None,
                    year_hint: int | None = None, context: str | None = None,
                    terms: Sequence[Term] = ()) -> Published | None:
    """Publication date supported by the text's weekday+date pairs, or ``None``.

    ``matches`` may pass ``grammar.find(text)`` when the caller has it already. ``context`` is
    text of the same page that is not the article's body (the "Baca juga: ... 2015 - 2017"
    lines the cleaner set aside): its years count only when the body and title write none.

    1. Pairs that write their year are explicit dates. When there are any, year-less
       pairs are resolved against the latest of them, and the latest date of all is
       the publication date (basis ``text`` when it is an explicit one).
    2. With year-less pairs only, every pair lists the dates (one per year, not after
       ``today``) where its weekday matches. A candidate is scored by how many pairs
       have a date up to :data:`SUPPORT_WINDOW` days before it, then by whether its
       year is at most :data:`RECENT_YEARS` after the latest year the text writes out
       (a report that speaks of 2016 is from 2016-2019, not from 2023; within such a
       window the weekday leaves one year; the ``context`` years when the text has none),
       then by recency. Before the years written, the ``terms`` of the office-holders the
       text names with their titles (:mod:`warta.timex.offices`): the candidate most of them
       held office on wins ("Presiden Obama" with "Senin (29/8)" is 2016, not 2022).
    3. With no pair at all, but a bare weekday that dates the news ("pada Selasa"):
       :func:`latest_written_date` moved to that weekday (basis ``inferred``).
    """
    g = grammar or default_grammar()
    found = list(g.find(text or "") if matches is None else matches)
    if title:
        found += g.find(title)
    pairs = g.raw_pairs("", found)
    written = frozenset(mentioned_years(found, today, (text or "") + "\n" + (title or "")))
    per_pair = [c for c in (candidates(p, today, written) for p in pairs) if c]
    if not per_pair:
        # 3. No pair: the latest full date written, moved to the first bare weekday that
        #    dates the news ("pada Selasa") on or after it.
        #    Without such a weekday the latest date is too often history (measured on
        #    the indosum dev corpus: right for about one report in ten), so none is inferred.
        weekdays = [m.fields["weekday"] for m in found if m.kind == "weekday" and "weekday" in m.fields
                    and m.fields.get("direction") is None]
        if not weekdays:
            return None
        d = latest_written_date(found, today, weekdays[0])
        return Published(d.isoformat(), "inferred") if d else None
    explicit = _agreeing_explicit([cs for cs in per_pair if cs[0].explicit])
    if explicit:
        ref = max(explicit)
        days = list(explicit)
        for p, cs in zip(pairs, (candidates(p, today, written) for p in pairs)):
            if cs and not cs[0].explicit:
                d = pair_date(p.weekday, p.day, p.month, None, ref)
                if d is not None and d <= today:
                    days.append(d)
        best_day = max(days)
        return Published(best_day.isoformat(), "text" if best_day in explicit else "inferred")
    latest = max(written, default=None)
    if latest is None and context:
        latest = max(_bare_years(context, today), default=None)
    window = timedelta(days=SUPPORT_WINDOW)
    best: tuple[int, bool, int, bool, date] | None = None
    for cands in per_pair:
        for c in cands:
            support = sum(1 for other in per_pair
                          if any(timedelta(0) <= c.day - o.day <= window for o in other))
            fits = latest is not None and latest <= c.day.year <= latest + RECENT_YEARS
            hinted = year_hint is not None and c.day.year == year_hint
            office = sum(1 for t in terms if t.holds(c.day))
            key = (support, hinted, fits, office, c.day)
            if best is None or key > best:
                best = key
    assert best is not None
    return Published(best[-1].isoformat(), "inferred")
