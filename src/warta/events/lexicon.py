"""Trigger lexicons and cue words, loaded once from ``resources/events/*.tsv``.

Each trigger row names a root, the affix templates it takes, the PLOVER type and
mode, an optional ``after`` constraint (one of these words must follow, or ``!w``
must not follow directly) and flags. Surface forms are generated at load time
(:mod:`warta.events.morph`) and indexed by their token tuple, so matching an
article is one dictionary look-up per token position.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..model import PLOVER_TYPES
from .morph import surface_forms, voice

RESOURCE_PACKAGE = "warta.resources"


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon row expanded to one surface form."""

    surface: tuple[str, ...]
    root: str
    template: str
    type: str
    mode: str
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    lang: str = "id"
    row: int = 0
    notes: str = ""

    @property
    def voice(self) -> str:
        if "noun" in self.flags:
            return "nominal"
        if "passive" in self.flags:
            return "passive"
        if self.lang == "en":
            return "active"
        return voice(self.template)

    def retype_for_judicial(self) -> tuple[str, str] | None:
        for f in self.flags:
            if f.startswith("jud="):
                t, _, m = f[4:].partition("/")
                return t, m
        return None


@dataclass(frozen=True)
class Lexicon:
    """Surface token tuple -> entries, plus the cue words by kind."""

    triggers: dict[tuple[str, ...], tuple[TriggerEntry, ...]]
    max_len: int
    heads: frozenset[str] = frozenset()  # first tokens of all surfaces: a quick filter
    cues: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # lang -> kind -> words
    #: object-focus forms: bare verb (root + suffix) -> the passive entries it stands for after a
    #: personal pronoun ("pelaku kami tangkap" = "pelaku ditangkap oleh kami")
    object_focus: dict[str, tuple[TriggerEntry, ...]] = field(default_factory=dict)

    def cue(self, lang: str, kind: str) -> frozenset[str]:
        return self.cues.get(lang, {}).get(kind, frozenset())


def _read_tsv(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files(RESOURCE_PACKAGE).joinpath("events", name).read_text(encoding="utf-8")
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append((lineno, line.split("\t")))
    return rows


def trigger_rows(lang: str) -> list[dict[str, str]]:
    """The raw rows of one trigger file (used by tests, one per entry)."""
    out = []
    for lineno, f in _read_tsv(f"triggers_{lang}.tsv"):
        f = (f + [""] * 7)[:7]
        out.append({"line": str(lineno), "root": f[0].strip(), "affixes": f[1].strip(), "type": f[2].strip(),
                    "mode": f[3].strip(), "after": f[4].strip(), "flags": f[5].strip(), "notes": f[6].strip(),
                    "lang": lang})
    return out


def expand_row(row: dict[str, str]) -> list[TriggerEntry]:
    """All entries (one per surface form) of one lexicon row."""
    if row["type"] not in PLOVER_TYPES:
        raise ValueError(f"line {row['line']}: unknown PLOVER type {row['type']!r}")
    after, not_after = [], []
    for w in filter(None, (x.strip().lower() for x in row["after"].split("|"))):
        (not_after if w.startswith("!") else after).append(w.lstrip("!"))
    flags = frozenset(filter(None, (x.strip() for x in row["flags"].split(","))))
    entries = []
    for template in filter(None, (t.strip() for t in row["affixes"].split(","))):
        for form in surface_forms(row["root"], template):
            entries.append(TriggerEntry(
                surface=tuple(form.split()), root=row["root"], template=template, type=row["type"],
                mode=row["mode"].strip(), after=tuple(after), not_after=tuple(not_after), flags=flags,
                lang=row["lang"], row=int(row["line"]), notes=row["notes"]))
    return entries


@functools.lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    """The trigger index and cue words of one language (cached: immutable data)."""
    index: dict[tuple[str, ...], list[TriggerEntry]] = {}
    for row in trigger_rows(lang):
        for e in expand_row(row):
            index.setdefault(e.surface, []).append(e)
    cues: dict[str, dict[str, set[str]]] = {}
    for _, f in _read_tsv("cues.tsv"):
        f = (f + [""] * 3)[:3]
        word, kind, lg = f[0].strip().lower(), f[1].strip(), f[2].strip()
        cues.setdefault(lg, {}).setdefault(kind, set()).add(word)
    frozen = {lg: {k: frozenset(v) for k, v in kinds.items()} for lg, kinds in cues.items()}
    return Lexicon(triggers={k: tuple(v) for k, v in index.items()},
                   max_len=max((len(k) for k in index), default=1),
                   heads=frozenset(k[0] for k in index), cues=frozen,
                   object_focus=_object_focus(lang) if lang == "id" else {})


#: active template -> (suffix of the bare form, the passive template it stands for)
_OBJECT_FOCUS = {"meN": ("", "di"), "meN-kan": ("kan", "di-kan"), "meN-i": ("i", "di-i")}


def _object_focus(lang: str) -> dict[str, tuple[TriggerEntry, ...]]:
    """Bare verb forms read as passives after a personal pronoun: Indonesian's object-focus
    construction ("tersangka sudah kami amankan", "barang bukti yang kami sita"), in which the
    pronoun is the doer and the one acted upon comes first. Police and prosecutors speak of
    their arrests and seizures this way in almost every quoted statement. Each form keeps its
    row's type, mode and constraints; the extractor reads the pronoun as the doer."""
    out: dict[str, list[TriggerEntry]] = {}
    for row, root, template in _one_word_rows(lang, _OBJECT_FOCUS):
        suffix, passive = _OBJECT_FOCUS[template]
        for e in expand_row({**row, "affixes": passive})[:1]:
            out.setdefault(root + suffix, []).append(TriggerEntry(
                surface=(root + suffix,), root=e.root, template=passive, type=e.type, mode=e.mode,
                after=e.after, not_after=e.not_after, flags=e.flags | {"objfocus"}, lang=e.lang, row=e.row,
                notes=e.notes))
    return {k: tuple(v) for k, v in out.items()}


def _one_word_rows(lang: str, templates: dict[str, Any]):
    """(row, root, template) for every one-word root of ``lang`` and each of its affix templates
    that ``templates`` lists: the active verbs whose bare forms the object-focus and headline
    readings derive."""
    for row in trigger_rows(lang):
        root = row["root"].lower()
        if " " in root:
            continue
        for template in filter(None, (t.strip() for t in row["affixes"].split(","))):
            if template in templates:
                yield row, root, template


#: active templates whose headline form drops the prefix: "Polisi Tangkap", "Prabowo Hadiri", "AS Kirimkan"
_HEADLINE_SUFFIX = {"meN": "", "meN-kan": "kan", "meN-i": "i"}


@functools.lru_cache(maxsize=4)
def headline_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` plus the headline forms of its active verbs: the root with the
    suffix but without meN- ("Korsel Kecam Uji Coba Rudal", "Prabowo Hadiri KTT").

    Why: news headlines drop the verbal prefix as a rule, and body text hardly ever does, so
    these forms are matched in titles only (a bare "tahan" or "pukul" in a body sentence is
    another word). Each form behaves as its meN- form (same row, type, mode, constraints)."""
    base = load_lexicon(lang)
    if lang != "id":
        return base
    index = {k: list(v) for k, v in base.triggers.items()}
    for row, root, template in _one_word_rows(lang, _HEADLINE_SUFFIX):
        surface = (root + _HEADLINE_SUFFIX[template],)
        entries = index.setdefault(surface, [])
        if any(e.row == int(row["line"]) for e in entries):
            continue  # the row has this form already (a bare "0" template)
        # a body text's bare form is colloquial and constrained ("minta ... agar"); in a
        # headline the bare form is the plain verb, so it reads as the meN- form
        # (the same act: a bare noun of another type, "protes", stays as it is)
        entries[:] = [e for e in entries if not (e.template == "0" and e.root == root and e.type == row["type"])]
        for e in expand_row({**row, "affixes": template})[:1]:
            entries.append(TriggerEntry(surface=surface, root=e.root, template=e.template, type=e.type,
                                        mode=e.mode, after=e.after, not_after=e.not_after, flags=e.flags,
                                        lang=e.lang, row=e.row, notes=e.notes))
    return Lexicon(triggers={k: tuple(v) for k, v in index.items()},
                   max_len=base.max_len, heads=frozenset(k[0] for k in index), cues=base.cues)
