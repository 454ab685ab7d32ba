"""WordFinder gives the matches of the alternation regex it replaces (whole words, longest
cue first, case-insensitive, inside a window)."""
from __future__ import annotations

import re

import pytest

from warta.quotes.lexicon import load_lexicon
from warta.quotes.words import WordFinder

TEXT = ('"Kami siap," kata Budi. Katanya-katanya bukan cue; berkata-kata juga bukan. '
        'Menurut dia, sang pejabat mengatakan bahwa "itu benar," ujarnya. Ia MENGAJUKAN PERTANYAAN '
        "kepada menteri, lalu bertanya lagi: mengatakannya tidak dihitung.")


def regex_of(cues):
    words = sorted({c.lower() for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)


def spans(it):
    return [(m.start(1), m.end(1), m.group(1)) for m in it]


@pytest.mark.parametrize("name", ["after", "before", "speech_acts"])
def test_same_matches_as_the_regex(name):
    lex = load_lexicon()
    cues = getattr(lex, name)
    rx, wf = regex_of(cues), WordFinder(cues)
    assert spans(wf.finditer(TEXT)) == spans(rx.finditer(TEXT))
    for lo, hi in [(5, 60), (20, len(TEXT) - 3), (TEXT.index("ujarnya") + 2, len(TEXT))]:
        assert spans(wf.finditer(TEXT, lo, hi)) == spans(rx.finditer(TEXT, lo, hi))


def test_multiword_cue_longest_first():
    wf = WordFinder(["mengajukan", "mengajukan pertanyaan"])
    assert [m.group(1) for m in wf.finditer(TEXT)] == ["MENGAJUKAN PERTANYAAN"]


def test_part_of_a_hyphenated_or_longer_word_is_not_a_cue():
    wf = WordFinder(["kata", "katanya", "mengatakan"])
    found = [m.group(1) for m in wf.finditer(TEXT)]
    assert found == ["kata", "mengatakan"]  # not "Katanya-katanya", "mengatakannya"
    # a window that starts inside a word does not see its tail as a word
    assert wf.search(TEXT, TEXT.index("Katanya-") + 1).group(1) == "mengatakan"
