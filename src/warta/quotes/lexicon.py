"""Cue-word lists of the quote stage, read once from ``resources/quotes/*.tsv``.

The lists are data, not code, so a new attribution verb ("sergah") is one line in a
TSV file plus the test that parametrizes over every row.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

RESOURCE_PACKAGE = "warta.resources"
FILES = ("cues_after", "cues_before", "speaker_stops", "pronouns", "title_words", "name_links",
         "subject_skips", "source_nouns", "demonstratives", "relational_nouns", "not_names",
         "name_prefixes", "role_heads", "speech_acts", "source_fillers", "subordinators", "person_nouns", "place_nouns", "cues_passive")


def read_rows(name: str) -> list[list[str]]:
    """Rows of ``resources/quotes/<name>.tsv`` (comments and blank lines skipped)."""
    path = resources.files(RESOURCE_PACKAGE).joinpath("quotes", f"{name}.tsv")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """All word lists, lower-cased.

    ``after`` maps a surface cue ("kata", "katanya") to its base form; ``anaphoric``
    holds the -nya forms, whose speaker is the last speaker of the article.
    """

    after: dict[str, str]
    anaphoric: frozenset[str]
    before: frozenset[str]
    stops: frozenset[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    name_links: frozenset[str]
    skips: frozenset[str]
    source_nouns: frozenset[str]
    demonstratives: frozenset[str]
    relational: frozenset[str]
    not_names: frozenset[str]
    #: ranks, titles and honorifics before a name (``prefixes``); "Pol"/"TNI" only after a rank
    prefixes: frozenset[str] = frozenset()
    after_rank: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    speech_acts: frozenset[str] = frozenset()
    source_fillers: frozenset[str] = frozenset()
    #: conjunctions opening a subordinate clause: a name after one is not the topic
    subordinators: frozenset[str] = frozenset()
    #: plain nouns for a person ("pria", "wanita"): after a cue they point back
    person_nouns: frozenset[str] = frozenset()
    #: common nouns before a place name ("kota Padang"): the name after one is a place
    place_nouns: frozenset[str] = frozenset()
    #: passive speech verbs whose agent follows ("disampaikan oleh Budi")
    passive: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    after: dict[str, str] = {}
    anaphoric: set[str] = set()
    for row in read_rows("cues_after"):
        cue = row[0].lower()
        after[cue] = cue
        if len(row) > 2 and row[2] == "1":
            after[cue + "nya"] = cue
            anaphoric.add(cue + "nya")

    def words(name: str) -> frozenset[str]:
        return frozenset(r[0].lower() for r in read_rows(name))

    return Lexicon(
        after=after, anaphoric=frozenset(anaphoric), before=words("cues_before"),
        stops=words("speaker_stops"), pronouns=words("pronouns"), titles=words("title_words"),
        name_links=words("name_links"), skips=words("subject_skips"),
        source_nouns=words("source_nouns"), demonstratives=words("demonstratives"),
        relational=words("relational_nouns"), not_names=words("not_names"),
        prefixes=frozenset(r[0].lower() for r in read_rows("name_prefixes") if r[2:3] != ["after-rank"]),
        after_rank=frozenset(r[0].lower() for r in read_rows("name_prefixes") if r[2:3] == ["after-rank"]),
        role_heads=words("role_heads"), speech_acts=words("speech_acts"),
        source_fillers=words("source_fillers"), subordinators=words("subordinators"),
        person_nouns=words("person_nouns"), place_nouns=words("place_nouns"),
        passive=words("cues_passive"),
    )
