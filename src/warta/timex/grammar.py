"""Finding and resolving temporal expressions with our own regular expressions.

Why not dateparser's ``search_dates``: it is slow (hundreds of milliseconds per
article), it does not know Indonesian news conventions ("Senin ( 6 / 10 )",
"11 Juli lalu", "pekan kemarin") and it resolves year-less dates towards the
machine's clock, not the article's publication date. The grammar below is a handful
of compiled patterns built from the word lists in ``resources/timex``; each match is
resolved against an *anchor* (the publication date).

Resolution policy (documented here because the events stage relies on it):

- A full date gives its day; "11-12 September 2025" gives its first day.
- "Juni 2024" gives ``2024-06``; "tahun 2016", "pada 2014", "2014 lalu" give ``2016``.
- A range of years ("periode 2006-2023", "Direktur PGN 2016-2019", "2006 sampai 2023") is
  an office's or a period's span, not the date of one act: it is tagged with no value (and
  its years are not read as two bare years).
- A day and month without a year ("17 Juli") take the year that puts the date nearest
  the anchor, with a bias to the past (news reports past events): a future date is
  chosen only when it is at least three times closer than the past one ("30 Oktober"
  in a text of 21 October is upcoming; "1 Januari" in June is the past one). "lalu",
  "silam" force the past, "mendatang", "depan", "nanti" the future.
- A weekday+date pair with a year whose weekday does not match has one typo: the year when
  the written year is one off the anchor's and the anchor's year matches ("Senin
  (20/10/2026)" in a report of October 2025), else the day: the one day within three of the
  written date that has the weekday ("Senin (19/10/2025)" is Monday the 20th).
- A weekday+date pair ("Rabu (19 Juni)") takes the year of the day-and-month rule when
  the weekday matches there; else another candidate year (anchor year -1..+1) where it
  matches, not more than a month after the anchor. Where none matches, the writer got
  either the weekday or the day wrong: the weekday's occurrence within three days of the
  written date is used ("Senin (21/5)" of a 22 May 2017 report, a Sunday, is the 22nd). Without an anchor, the weekday alone fixes the year: the most
  recent year, not after ``today``, where the weekday matches.
- Bare weekdays ("pada Rabu", "Rabu malam") are the most recent such day on or before
  the anchor; "Senin lalu", "Selasa kemarin" strictly before it; "Senin depan" strictly
  after it. A weekday of a named week ("Jumat pekan lalu", "Senin minggu depan", "Rabu pekan
  ini") is that day of that (Monday-to-Sunday) week.
- A day and month in digits ("pada 27/11 lalu", "tanggal 3/12") count only with a lead word
  or a cue (a bare "3/12" may be a score); they resolve like "27 November".
- A weekday range with a day range ("Sabtu-Minggu (22-23/11)") is a pair of its first day.
- Relative words (``relative.tsv``) move the anchor by days, weeks, months or years.
  A week has no day of its own, so it gives the month of the day a week away
  (``pekan lalu`` -> ``YYYY-MM``); "pekan ini" gives the anchor's month.
- Day-level relative words ("hari ini", "kemarin", "besok") are said at the time of
  the report. When the same paragraph dates the report with an earlier weekday+date
  pair up to three days before the anchor ("Selasa (21/10/2025) ... hari ini" in a text
  published on the 22nd), that pair's date is their reference time, not the anchor.
- A named day after a lead word ("pada malam Natal", "saat Idul Adha", ``holidays.tsv``) is
  its occurrence nearest the anchor, past-biased like a year-less day.
- A span that ends at the anchor ("dalam tiga hari terakhir", "sepekan terakhir", "the past
  three days") gives its month when all its days share it; one that reaches into another
  month has no value (a year alone would merge it with every other act of that year).
- "Keesokan harinya", "sehari sebelumnya", "dua hari kemudian", "the next day"
  (``relative_prev.tsv``) count from the last day-precise date the text named before them
  (within :data:`PREV_PARAGRAPHS` line breaks), not from publication; none named: no value.
- Without an anchor, relative expressions and year-less dates have value ``None``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from ..model import Timex
from .lexicon import Lexicon, load_holidays, load_lexicon, load_relative_prev

#: How far before ``today`` the weekday of a year-less pair may fix the year.
MAX_YEARS_BACK = 40
#: A year-less pair may lie this many days after the anchor (an announced date).
UPCOMING_DAYS = 31
#: "Keesokan harinya" counts from a day named at most this many line breaks before it.
PREV_PARAGRAPHS = 3
#: A reference-time pair may precede the anchor by at most this many days.
REFERENCE_WINDOW = 3


def _alt(words) -> str:
    """Regex alternation, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


@dataclass(frozen=True)
class Match:
    """A raw match before resolution: where, what kind, which fields."""

    start: int
    end: int
    priority: int
    kind: str  # pair | date | month_year | day_month | month | year | rel | count | weekday
    fields: dict

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class RawPair:
    """A weekday+date pair as written: the input of publication-date inference."""

    start: int
    end: int
    weekday: int
    day: int
    month: int
    year: int | None


def valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000
    return y if 1000 <= y <= 2100 else None


class Grammar:
    """Compiled patterns over one :class:`Lexicon`. Immutable after ``__init__``."""

    def __init__(self, lexicon: Lexicon | None = None):
        lx = self.lexicon = lexicon or load_lexicon()
        MON = _alt(lx.months)
        MON_FULL = _alt(w for w, (_, needs) in lx.months.items() if not needs)
        WD = _alt(lx.weekdays)
        PAST = _alt(lx.cue_words("past"))
        FUT = _alt(lx.cue_words("future"))
        DAYPART = _alt(lx.cue_words("daypart"))
        LEAD = _alt(lx.cue_words("lead"))
        REL = _alt(lx.relative)
        NUM = _alt(lx.numbers)
        UNIT = _alt(lx.units)
        WEEK = _alt(w for w, u in lx.units.items() if u == "week" and re.fullmatch(r"[a-z]+", w)
                    and w not in ("week", "weeks"))
        self.relative_prev = load_relative_prev()
        RELPREV = _alt(self.relative_prev)
        self.holidays = load_holidays()
        HOL = _alt(self.holidays)
        UNIT_ID = _alt(w for w in lx.units if re.fullmatch(r"[a-z]+", w) and w in
                       ("hari", "pekan", "minggu", "bulan", "tahun"))
        DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
        YEAR = r"(?P<y>(?:1[0-9]|20)\d\d)(?![\d])"  # after a month: 1897 is a year too
        BARE_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d])"  # "pada 2014": modern years only
        RANGE = r"(?:\s*(?:-|–|—|s\.?/d\.?|hingga|sampai|dan|and|to|&)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
        # "Selasa (21/10) kemarin", "Senin (20/10) lalu": the cue belongs to the pair (a bare
        # "kemarin" there is not "the day before the report")
        PAIR_CUE = rf"(?:\s+(?:{PAST}|{FUT})\b)?"
        MONTH = rf"(?P<mon>{MON})\b(?:\.(?=\s*\d))?"  # "Sept. 21"; a full stop is not taken
        B = r"(?<![\w])"  # word start that also works before digits
        flags = re.IGNORECASE
        P = lambda s: re.compile(s, flags)  # noqa: E731
        #: (kind, priority, pattern). Overlaps keep the higher priority, then the longer.
        self.patterns: list[tuple[str, int, re.Pattern[str]]] = [
            ("pair_num", 100, P(rf"{B}(?P<wd>{WD})\b(?:\s+(?:{DAYPART})\b)?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*[/.\-]+\s*(?P<m>\d{{1,2}})"
                               rf"(?:\s*[/.\-]\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\){PAIR_CUE}")),
            # "Sabtu-Minggu (22-23/11)", "Senin hingga Rabu (24-26/11/2025)": the first day
            ("pair_num", 100, P(rf"{B}(?P<wd>{WD})\s*(?:-|–|—|hingga|sampai|s\.?/d\.?|dan)\s*(?:{WD})\b\s*,?\s*"
                               rf"\(\s*(?P<d>\d{{1,2}})\s*(?:-|–|—|s\.?/d\.?|hingga|sampai|dan)\s*\d{{1,2}}\s*/\s*(?P<m>\d{{1,2}})"
                               rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)")),
            ("pair_dm", 100, P(rf"{B}(?P<wd>{WD})\b(?:\s+(?:{DAYPART})\b)?\s*,?\s*\(\s*{DAY}{RANGE}\s+{MONTH}(?:\s*,?\s*{YEAR})?\s*\){PAIR_CUE}")),
            ("pair_md", 100, P(rf"{B}(?P<wd>{WD})\b(?:\s+(?:{DAYPART})\b)?\s*,?\s*\(\s*{MONTH}\s*{DAY}\b{RANGE}(?:\s*,?\s*{YEAR})?\s*\){PAIR_CUE}")),
            ("pair_dm", 95, P(rf"{B}(?P<wd>{WD})\b\s*,?\s+{DAY}{RANGE}\s+{MONTH}(?:\s*,?\s*{YEAR})?")),
            ("pair_md", 95, P(rf"{B}(?P<wd>{WD})\b\s*,\s*{MONTH}\s*{DAY}\b{RANGE}(?:\s*,?\s*{YEAR})?")),
            ("iso", 90, P(r"(?<![\d\-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")),
            ("num_dmy", 90, P(r"(?<![\d/.,])(?P<d>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*"
                              r"(?P<y>(?:19|20)\d\d)(?![\d/])")),
            ("dmy", 90, P(rf"(?<![\d.,/]){DAY}{RANGE}\s+{MONTH}\s*,?\s*{YEAR}")),
            ("mdy", 90, P(rf"{B}{MONTH}\s*{DAY}\b{RANGE}\s*,?\s*{YEAR}")),
            ("year_range", 85, P(rf"(?<![\d.,/]){BARE_YEAR}\s*"
                                 rf"(?:-|–|—|s\.?/d\.?|sampai(?:\s+dengan)?|hingga|to|until)\s*"
                                 r"(?P<y2>(?:19|20)\d\d)(?![\d/])(?![.,]\d)")),
            ("month_year", 80, P(rf"{B}{MONTH}\s*,?\s*{YEAR}")),
            ("day_month", 70, P(rf"(?<![\d.,/]){DAY}{RANGE}\s+{MONTH}(?:\s+(?P<cue>{PAST}|{FUT})\b)?")),
            ("month_day", 70, P(rf"{B}{MONTH}\s*{DAY}\b(?![.,:]?\d)(?:\s+(?P<cue>{PAST}|{FUT})\b)?")),
            ("count", 65, P(rf"{B}(?P<n>{NUM}|\d{{1,3}})\s+(?P<unit>{UNIT})\s+(?P<cue>{PAST})\b")),
            ("count_se", 65, P(rf"\bse(?P<unit>{UNIT_ID})\s+(?P<cue>{PAST})\b")),
            # "Jumat pekan lalu", "Senin minggu depan", "Rabu pekan ini": that week's day
            ("weekday_week", 66, P(rf"{B}(?P<wd>{WD})\s+(?:{WEEK})\s+(?P<wk>{PAST}|{FUT}|ini)\b")),
            # "Selasa kemarin", "Senin lalu": the weekday, before the bare "kemarin" (yesterday)
            ("weekday_cue", 62, P(rf"{B}(?P<wd>{WD})\s+(?P<cue>{PAST}|{FUT})\b")),
            # "pada 27/11 lalu", "tanggal 3/12": a day and month in digits, with a lead or a cue
            ("num_dm", 55, P(rf"(?:\b(?P<lead>pada|tanggal|tgl\.?|sejak|hingga|sampai)\s+(?:tanggal\s+)?)?"
                             rf"(?<![\d.,/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/])(?!\s+(?:bagian|persen|dari|porsi|kali)\b)"
                             rf"(?:\s+(?P<cue>{PAST}|{FUT})\b)?")),
            # "dalam dua pekan terakhir", "the past three days": a span that ends at the anchor
            ("span", 66, P(rf"{B}(?P<n>{NUM}|\d{{1,3}})\s+(?P<unit>{UNIT})\s+(?:terakhir|belakangan(?:\s+ini)?)\b")),
            ("span_se", 66, P(rf"\bse(?P<unit>{UNIT_ID})\s+(?:terakhir|belakangan(?:\s+ini)?)\b")),
            ("span", 66, P(rf"\b(?:past|last)\s+(?P<n>{NUM}|\d{{1,3}})\s+(?P<unit>{UNIT})\b")),
            # "keesokan harinya", "dua hari kemudian": counted from the last day the text named
            ("rel_prev", 60, P(rf"\b(?P<rp>{RELPREV})\b")),
            ("count_prev", 64, P(rf"{B}(?P<n>{NUM}|\d{{1,2}})\s+(?:hari|days?)\s+"
                                 r"(?P<dir>kemudian|setelahnya|sesudahnya|sebelumnya|later|earlier|before)\b")),
            # "pada malam Natal", "saat Idul Adha", "on Christmas Day": a named day after a lead
            ("holiday", 58, P(rf"\b(?P<lead>{HOLIDAY_LEAD})\s+(?:perayaan\s+)?(?P<hol>{HOL})\b")),
            ("rel", 60, P(rf"\b(?P<rel>{REL})\b")),
            ("weekday", 50, P(rf"(?:\b(?P<lead>{LEAD}|last|next|this)\s+(?:hari\s+)?)?\b(?P<wd>{WD})\b"
                              rf"(?:\s+(?P<cue>{PAST}|{FUT}|{DAYPART}|ini)\b)?")),
            ("month", 40, P(rf"(?:\b(?P<lead>{LEAD})\s+)?\b(?P<mon>{MON})\b(?:\s+(?P<cue>{PAST}|{FUT}|ini)\b)?")),
            ("year", 30, P(rf"(?:\b(?P<lead>{LEAD})\s+(?:tahun\s+)?)?(?<![\d.,/]){BARE_YEAR}(?![.,]\d)"
                           rf"(?:\s+(?P<cue>{PAST})\b)?")),
        ]
        # Which patterns may start at which word (see find()).
        starts = {
            "wd": set(lx.weekdays), "mon": set(lx.months), "lead": set(lx.cue_words("lead")),
            "rel": {_norm(w).split(" ")[0] for w in lx.relative}, "num": set(lx.numbers),
            "en": {"last", "next", "this"}, "numlead": {"pada", "tanggal", "tgl", "sejak", "hingga", "sampai"},
            "hollead": set(HOLIDAY_LEAD_WORDS), "relprev": {_norm(w).split(" ")[0] for w in self.relative_prev},
            "pastlast": {"past", "last"},
        }
        trigger_of = {
            "pair_num": ("wd",), "pair_dm": ("wd",), "pair_md": ("wd",), "mdy": ("mon",),
            "month_year": ("mon",), "month_day": ("mon",), "count": ("num",), "rel": ("rel",),
            "weekday": ("wd", "lead", "en"), "month": ("mon", "lead"), "year": ("lead",),
            "weekday_week": ("wd",), "weekday_cue": ("wd",), "num_dm": ("numlead",), "holiday": ("hollead",),
            "rel_prev": ("relprev",), "count_prev": ("num",), "span": ("num", "pastlast"),
        }
        digit_kinds = {"iso", "num_dmy", "dmy", "day_month", "count", "year", "year_range", "num_dm", "count_prev",
                       "span"}
        triggers: dict[str, list[int]] = {}
        for i, (kind, _, _) in enumerate(self.patterns):
            for cls in trigger_of.get(kind, ()):
                for w in starts[cls]:
                    for variant in {w, w.replace("’", "'")}:
                        triggers.setdefault(variant.split(" ")[0], []).append(i)
        self.triggers: dict[str, tuple[int, ...]] = {w: tuple(sorted(set(v))) for w, v in triggers.items()}
        self.digit_patterns = tuple(i for i, (k, _, _) in enumerate(self.patterns) if k in digit_kinds)
        self.se_patterns = tuple(i for i, (k, _, _) in enumerate(self.patterns) if k in ("count_se", "span_se"))
        self.past = {_norm(w) for w in lx.cue_words("past")} | {"last"}
        self.future = {_norm(w) for w in lx.cue_words("future")} | {"next"}

    # ------------------------------------------------------------------ finding
    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in text order.

        Speed: instead of running every pattern over the whole text, one C-level scan
        lists the words, and a pattern is tried (``match`` at that position) only where
        a word can start it (a weekday, a month, a digit, a lead word...).
        """
        found: list[Match] = []
        seen: set[tuple[int, int, int]] = set()
        for tok in _TOKEN.finditer(text):
            word = tok.group().lower()
            if word[0].isdigit():
                idxs = self.digit_patterns
            else:
                idxs = self.triggers.get(word, ())
                if word.startswith("se") and word[2:] in self.lexicon.units:
                    idxs = tuple(idxs) + self.se_patterns
            pos = tok.start()
            for i in idxs:
                kind, prio, pat = self.patterns[i]
                m = pat.match(text, pos)
                if m is None:
                    continue
                mt = self._accept(kind, prio, m)
                if mt is not None and (mt.start, mt.end, prio) not in seen:
                    seen.add((mt.start, mt.end, prio))
                    found.append(mt)
        found.sort(key=lambda x: (-x.priority, -x.length, x.start))
        chosen: list[Match] = []
        for mt in found:
            if all(mt.end <= c.start or mt.start >= c.end for c in chosen):
                chosen.append(mt)
        chosen.sort(key=lambda x: x.start)
        return chosen

    def _accept(self, kind: str, prio: int, m: re.Match[str]) -> Match | None:
        """Validate a regex match and turn it into a :class:`Match` (or reject it)."""
        lx = self.lexicon
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        start, end = m.start(), m.end()
        fields: dict = {}
        if "wd" in g:
            wd_word = _norm(g["wd"])
            # "minggu" is the week; only "Minggu" with a capital may be Sunday.
            if wd_word == "minggu" and not g["wd"][0].isupper():
                return None
            fields["weekday"] = lx.weekdays[wd_word]
        if "mon" in g:
            word = _norm(g["mon"]).rstrip(".")
            month, needs_number = lx.months[word]
            if needs_number and not g["mon"][0].isupper():
                return None  # "may", "mar", "des" in running text are not months
            if needs_number and kind == "month" and not (g.get("lead") and (word == "may" or len(word) >= 5)):
                return None  # a bare "Mar", "March" or "May" needs "in"/"since" before it
            fields["month"] = month
        if "m" in g:
            fields["month"] = int(g["m"])
            if not 1 <= fields["month"] <= 12:
                return None
        if "d" in g:
            fields["day"] = int(g["d"])
            if not 1 <= fields["day"] <= 31:
                return None
        if "y" in g:
            y = _year(g["y"])
            if y is None:
                return None
            fields["year"] = y
        cue = _norm(g.get("cue", ""))
        lead = _norm(g.get("lead", ""))
        if cue in self.past or lead == "last":
            fields["direction"] = "past"
        elif cue in self.future or lead == "next":
            fields["direction"] = "future"

        if kind == "span_se":
            kind = "span"
        if kind == "span":
            fields["n"] = _count(g.get("n"), lx)
            fields["unit"] = lx.units[_norm(g["unit"])]
        elif kind == "rel_prev":
            fields["days"] = self.relative_prev[_norm(g["rp"])]
        elif kind == "count_prev":
            n = _count(g["n"], lx)
            back = _norm(g["dir"]) in ("sebelumnya", "earlier", "before")
            fields["days"] = -n if back else n
            kind = "rel_prev"
        elif kind == "holiday":
            if not any(ch.isupper() for ch in g["hol"]):
                return None  # "pada tahun baru ini" is a period, "Tahun Baru" the day
            fields["holiday"] = self.holidays[_norm(g["hol"])]
            start = m.start("hol")
        elif kind == "weekday_week":
            wk = _norm(g["wk"])
            fields["week"] = -1 if wk in self.past else (1 if wk in self.future else 0)
        elif kind == "weekday_cue":
            if _norm(g["wd"]) == "minggu":
                return None  # "Minggu lalu" opening a sentence is as likely "last week"
            kind = "weekday"
        elif kind == "num_dm":
            if not g.get("lead") and not cue:
                return None  # a bare "3/12" may be a score or a fraction
            if g.get("lead"):
                start = m.start("d")
            kind = "day_month"
        if kind.startswith("pair"):
            kind = "pair"
        elif kind in ("iso", "num_dmy", "dmy", "mdy"):
            kind = "date"
        elif kind in ("day_month", "month_day"):
            kind = "day_month"
        elif kind in ("count", "count_se"):
            fields["n"] = _count(g.get("n"), lx)
            fields["unit"] = lx.units[_norm(g["unit"])]
            kind = "count"
        elif kind == "rel":
            fields["unit"], fields["offset"] = lx.relative[_norm(g["rel"])]
        elif kind == "year_range":
            y2 = _year(g["y2"])
            if y2 is None or y2 <= fields["year"]:
                return None
        elif kind == "weekday":
            if not lead and not cue:
                return None
            if cue == "ini":
                fields["direction"] = None
            if lead and lead not in ("last", "next", "this"):
                start = m.start("wd")  # "pada" is context, not part of the expression
        elif kind == "month":
            if not lead and not cue:
                return None
            if lead in ("tahun", "hari"):
                return None
            if lead and g["mon"][0].islower():
                return None
            if lead:
                start = m.start("mon")
        elif kind == "year":
            if not lead and not cue:
                return None
            if _CONSTITUTION.search(m.string, max(0, m.start() - 80), m.start()):
                return None  # "UUD (Negara Republik Indonesia) Tahun 1945" names the constitution
            if lead in ("bulan", "hari"):
                return None
            if lead and lead != "tahun":
                between = text_between(m, "lead", "y")
                # "pada tahun 2016" -> "tahun 2016"; "pada 2014" -> "2014"
                start = m.end("lead") + len(between) - len(between.lstrip()) if between.strip() else m.start("y")
        return Match(start, end, prio, kind, fields)

    # --------------------------------------------------------------- resolving
    def resolve(self, text: str, anchor: date | None, today: date | None = None,
                matches: list[Match] | None = None) -> list[Timex]:
        """Temporal expressions of ``text`` with values resolved against ``anchor``.

        ``matches`` may pass the result of :meth:`find` over ``text`` to avoid a rescan.
        """
        out: list[Timex] = []
        ref_pairs: list[tuple[int, date]] = []  # (start, date) of resolved pairs
        last_day: tuple[int, date] | None = None  # (end, day) of the last day-precise value
        for mt in (self.find(text) if matches is None else matches):
            if mt.kind == "rel_prev":
                value = None
                if last_day is not None and text.count("\n", last_day[0], mt.start) <= PREV_PARAGRAPHS:
                    value = (last_day[1] + timedelta(days=mt.fields["days"])).isoformat()
                out.append(Timex(mt.start, mt.end, text[mt.start:mt.end], value, "relative"))
                continue
            value, kind, day_value = self._value(mt, anchor, today, text, ref_pairs)
            if mt.kind == "pair" and day_value is not None:
                ref_pairs.append((mt.start, day_value))
            day = day_value or (_iso(value) if value and len(value) == 10 else None)
            if day is not None:
                last_day = (mt.end, day)
            out.append(Timex(mt.start, mt.end, text[mt.start:mt.end], value, kind))
        return out

    def _value(self, mt: Match, anchor: date | None, today: date | None, text: str,
               ref_pairs: list[tuple[int, date]]) -> tuple[str | None, str, date | None]:
        f = mt.fields
        k = mt.kind
        if k == "pair":
            d = self.pair_date(f["weekday"], f["day"], f["month"], f.get("year"), anchor, today)
            return (d.isoformat() if d else None), "weekday_date", d
        if k == "date":
            d = valid_date(f["year"], f["month"], f["day"])
            return (d.isoformat() if d else None), "date", d
        if k == "month_year":
            return f"{f['year']:04d}-{f['month']:02d}", "date", None
        if k == "year":
            return f"{f['year']:04d}", "date", None
        if k == "year_range":
            # a span of years ("Komisaris periode 2006-2023", "Direktur PGN 2016-2019") is an
            # office's or a period's, not the date of one act: no value
            return None, "date", None
        if k == "day_month":
            d = day_month_date(f["day"], f["month"], anchor, f.get("direction"))
            return (d.isoformat() if d else None), "date", d
        if k == "month":
            ym = month_only(f["month"], anchor, f.get("direction"))
            return (f"{ym[0]:04d}-{ym[1]:02d}" if ym else None), "date", None
        if anchor is None:
            return None, "relative", None
        if k == "weekday":
            return weekday_before(f["weekday"], anchor, f.get("direction")).isoformat(), "relative", None
        if k == "span":
            first = shift_day(anchor, f["unit"], -f["n"])
            if (first.year, first.month) != (anchor.year, anchor.month):
                # reaches into another month: only the year is shared, and a year-only date
                # would let the events stage fold every other act of that year into this one
                return None, "relative", None
            return f"{anchor.year:04d}-{anchor.month:02d}", "relative", None
        if k == "holiday":
            d = holiday_date(f["holiday"], anchor)
            return (d.isoformat() if d else None), "date", d
        if k == "weekday_week":
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=f["week"])
            return (monday + timedelta(days=f["weekday"])).isoformat(), "relative", None
        if k == "rel":
            unit, off = f["unit"], f["offset"]
            ref = anchor
            if unit == "day":
                ref = reference_time(text, mt.start, anchor, ref_pairs)
            return shift(ref, unit, off), "relative", None
        if k == "count":
            return shift(anchor, f["unit"], -f["n"]), "relative", None
        return None, "relative", None

    def pair_date(self, weekday: int, day: int, month: int, year: int | None,
                  anchor: date | None, today: date | None) -> date | None:
        return pair_date(weekday, day, month, year, anchor, today)

    def raw_pairs(self, text: str, matches: list[Match] | None = None) -> list[RawPair]:
        """Weekday+date pairs as written (no resolution): for publication inference."""
        return [RawPair(m.start, m.end, m.fields["weekday"], m.fields["day"], m.fields["month"],
                        m.fields.get("year")) for m in (self.find(text) if matches is None else matches)
                if m.kind == "pair"]


#: The name of a constitution that ends in its year ("UUD Tahun 1945", "Undang-Undang Dasar
#: Negara Republik Indonesia Tahun 1945"): that year is part of a name, not a time.
_CONSTITUTION = re.compile(r"(?:\bUUD|Undang-Undang\s+Dasar)(?:\s+(?:Negara|Republik|Indonesia|NRI|RI))*\s*$",
                           re.IGNORECASE)

#: Words before a named day that make it a time ("pada Natal", "saat Idul Adha", "on Easter").
HOLIDAY_LEAD_WORDS = ("pada", "saat", "ketika", "sewaktu", "tepat", "on", "at")
HOLIDAY_LEAD = "|".join(HOLIDAY_LEAD_WORDS)

#: Words (with an inner apostrophe: "Jum'at") and digit runs: where patterns may start.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")


def text_between(m: re.Match[str], a: str, b: str) -> str:
    return m.string[m.end(a):m.start(b)]


# ---------------------------------------------------------------- resolution helpers
def _choose(past: date | None, future: date | None, anchor: date, direction: str | None,
            dist: Callable[[date, date], int]) -> date | None:
    """Past-biased choice between the nearest past and nearest future candidate."""
    if direction == "past":
        return past
    if direction == "future":
        return future
    if past is None:
        return future
    if future is None:
        return past
    return future if 3 * dist(future, anchor) < dist(anchor, past) else past


def day_month_date(day: int, month: int, anchor: date | None, direction: str | None = None) -> date | None:
    """Year for a year-less day and month, see the module policy."""
    if anchor is None:
        return None
    cands = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := valid_date(y, month, day))]
    past = max((c for c in cands if c <= anchor), default=None)
    future = min((c for c in cands if c > anchor), default=None)
    if direction == "future":
        future = min((c for c in cands if c >= anchor), default=None)
    return _choose(past, future, anchor, direction, lambda a, b: (a - b).days)


def month_only(month: int, anchor: date | None, direction: str | None = None) -> tuple[int, int] | None:
    """(year, month) for a year-less month: the anchor's month counts as the past."""
    if anchor is None:
        return None
    a = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    past = max((c for c in cands if c <= a), default=None)
    future = min((c for c in cands if c > a), default=None)
    if direction == "past" and past == a:  # "Juni lalu" written in June: last year's June
        past = a - 12
    if direction == "future" and month == anchor.month:
        future = a
    if direction == "past":
        k = past
    elif direction == "future":
        k = future
    elif past is None:
        k = future
    elif future is None:
        k = past
    else:
        k = future if 3 * (future - a) < (a - past) else past
    return (k // 12, k % 12 + 1) if k is not None else None


def weekday_before(weekday: int, anchor: date, direction: str | None = None) -> date:
    """The weekday on or before the anchor; strictly before ("lalu") or after ("depan")."""
    if direction == "future":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    back = (anchor.weekday() - weekday) % 7
    if direction == "past" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def pair_date(weekday: int, day: int, month: int, year: int | None,
              anchor: date | None, today: date | None = None) -> date | None:
    """Date of a weekday+date pair, see the module policy."""
    if year is not None:
        d = valid_date(year, month, day)
        if d is None or d.weekday() == weekday:
            return d
        if anchor is not None and year != anchor.year and abs(year - anchor.year) == 1:
            alt = valid_date(anchor.year, month, day)
            if alt is not None and alt.weekday() == weekday:
                return alt  # "Senin (20/10/2026)" in a report of October 2025: the year is off
        # one typo: the day ("Senin (19/10/2025)" is Monday the 20th); exactly one day within
        # three of the written one has the weekday
        return next(c for k in (1, -1, 2, -2, 3, -3) if (c := d + timedelta(days=k)).weekday() == weekday)
    if anchor is None:
        if today is None:
            return None
        for y in range(today.year, today.year - MAX_YEARS_BACK, -1):
            c = valid_date(y, month, day)
            if c and c <= today and c.weekday() == weekday:
                return c
        return None
    base = day_month_date(day, month, anchor)
    if base is not None and base.weekday() == weekday:
        return base
    cands = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := valid_date(y, month, day))]
    matching = [c for c in cands if c.weekday() == weekday and (c - anchor).days <= UPCOMING_DAYS]
    if matching:
        return min(matching, key=lambda c: abs((c - anchor).days))
    if base is None:
        return None
    for delta in (0, 1, -1, 2, -2, 3, -3):
        c = base + timedelta(days=delta)
        if c.weekday() == weekday:
            return c
    return base


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(when: str, anchor: date | None) -> date | None:
    """The occurrence of a named day (``holidays.tsv`` spec) nearest ``anchor``, past-biased
    like a year-less day; ``None`` without an anchor or when the table has no date near it."""
    if anchor is None:
        return None
    if re.fullmatch(r"\d\d-\d\d", when):
        return day_month_date(int(when[3:]), int(when[:2]), anchor)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if when.startswith("easter"):
        cands = [easter(y) + timedelta(days=int(when[6:] or 0)) for y in years]
    else:
        cands = [d for v in when.split(",") if (d := _iso(v)) and d.year in years]
    past = max((c for c in cands if c <= anchor), default=None)
    future = min((c for c in cands if c > anchor), default=None)
    return _choose(past, future, anchor, None, lambda a, b: (a - b).days)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _count(word: str | None, lx: Lexicon) -> int:
    """A count written in digits or as a number word ("tiga"); none written: one ("sepekan")."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else lx.numbers[_norm(word)]


def shift_day(anchor: date, unit: str, offset: int) -> date:
    """The day ``anchor`` moved by ``offset`` units (a month or year keeps the day when it
    can, else the month's last day)."""
    if unit in ("day", "week", "weekend"):
        return anchor + timedelta(days=offset * (1 if unit == "day" else 7))
    y, m = (add_months(anchor.year, anchor.month, offset) if unit == "month"
            else (anchor.year + offset, anchor.month))
    for day in (anchor.day, 30, 29, 28):
        d = valid_date(y, m, day)
        if d is not None:
            return d
    raise ValueError(f"no day in {y}-{m}")


def shift(anchor: date, unit: str, offset: int) -> str:
    """ISO value of ``anchor`` moved by ``offset`` units, at that unit's precision."""
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit == "week":
        d = anchor + timedelta(days=7 * offset)
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "weekend":
        saturday = anchor + timedelta(days=5 - anchor.weekday() + 7 * offset)
        return f"{saturday.year:04d}-{saturday.month:02d}"
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, offset)
        return f"{y:04d}-{m:02d}"
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    raise ValueError(f"unknown unit {unit!r}")


def reference_time(text: str, pos: int, anchor: date, ref_pairs: list[tuple[int, date]]) -> date:
    """The report's own date for day-level words at ``pos``, else the anchor.

    The latest weekday+date pair before ``pos`` in the same paragraph, when it lies up
    to :data:`REFERENCE_WINDOW` days before the anchor.
    """
    para_start = text.rfind("\n", 0, pos) + 1
    for start, d in reversed(ref_pairs):
        if start < para_start:
            break
        if timedelta(0) <= anchor - d <= timedelta(days=REFERENCE_WINDOW):
            return d
    return anchor


@lru_cache(maxsize=1)
def default_grammar() -> Grammar:
    return Grammar()

