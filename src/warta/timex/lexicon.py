"""Data files of the temporal module (``resources/timex/*.tsv``), loaded once.

The words live in data files rather than in code so that a new spelling ("Nopember",
"Jum'at") is a one-line change with its own test row. Everything returned here is
immutable, so one cached copy is shared by every stage object.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "timex"


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a TSV resource, skipping blank lines and ``#`` comments."""
    rows: list[list[str]] = []
    with open(RESOURCES / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """All temporal vocabulary. Keys are lower-case."""

    months: Mapping[str, tuple[int, bool]]  # word -> (month 1..12, needs a number beside it)
    weekdays: Mapping[str, int]  # word -> 0 (Monday) .. 6 (Sunday)
    relative: Mapping[str, tuple[str, int]]  # phrase -> (unit, offset)
    numbers: Mapping[str, int]  # "dua" -> 2
    units: Mapping[str, str]  # "pekan" -> "week"
    cues: Mapping[str, str]  # "lalu" -> "past"

    def cue_words(self, *roles: str) -> list[str]:
        return [w for w, r in self.cues.items() if r in roles]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    months = {r[0].lower(): (int(r[1]), r[3] == "1") for r in read_tsv("months.tsv")}
    weekdays = {r[0].lower(): int(r[1]) for r in read_tsv("weekdays.tsv")}
    relative = {r[0].lower(): (r[1], int(r[2])) for r in read_tsv("relative.tsv")}
    numbers = {r[0].lower(): int(r[1]) for r in read_tsv("numbers.tsv")}
    units = {r[0].lower(): r[1] for r in read_tsv("units.tsv")}
    cues = {r[0].lower(): r[1] for r in read_tsv("cues.tsv")}
    return Lexicon(*(MappingProxyType(m) for m in (months, weekdays, relative, numbers, units, cues)))


@lru_cache(maxsize=1)
def load_statement_words() -> Mapping[str, str]:
    """``statement.tsv``: word -> kind (``say``, ``venue``, ``anaphor``), lower-case."""
    return MappingProxyType({r[0].lower(): r[1] for r in read_tsv("statement.tsv")})



@lru_cache(maxsize=1)
def load_holidays() -> Mapping[str, str]:
    """``holidays.tsv``: lower-cased name -> when (``MM-DD``, ``easter+N``, or ISO dates)."""
    return MappingProxyType({r[0].lower(): r[1] for r in read_tsv("holidays.tsv")})


@lru_cache(maxsize=1)
def load_relative_prev() -> Mapping[str, int]:
    """``relative_prev.tsv``: phrase -> days from the narrative's last named day."""
    return MappingProxyType({r[0].lower(): int(r[1]) for r in read_tsv("relative_prev.tsv")})
