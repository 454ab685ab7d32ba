"""Gazetteer matching: longest alias match over word/punctuation tokens.

Why tokens and not a regex per alias: one pass over the token list with a dictionary
lookup per candidate length is linear in the text and independent of the KB size, and
cutting "AS-Jepang" or "Korsel-AS" into ``AS - Jepang`` makes hyphenated pairs,
brackets ("( AS )") and "ke Jepang" match without special cases.
"""
from __future__ import annotations

from dataclasses import dataclass

from .kb import KB, Entry, norm_token, tokenize


@dataclass
class Item:
    """A matched alias: tokens ``[i, j)`` of the token list, characters ``[start, end)``."""

    i: int
    j: int
    start: int
    end: int
    text: str
    entries: list[Entry]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def first(self, *kinds: str) -> Entry | None:
        for k in kinds:
            for e in self.entries:
                if e.kind == k:
                    return e
        return None


def case_ok(entry: Entry, words: list[str]) -> bool:
    """Does the text's casing fit the alias's (acronym / proper name / common noun)?"""
    if entry.mode == "upper":
        alias_words = [w for w in entry.alias.replace("-", " ").split()]
        text = "".join(words)
        return text == "".join(alias_words).replace(" ", "") or all(
            not c.isalpha() or c.isupper() for c in text)
    if entry.mode == "cap":
        return bool(words) and words[0][:1].isupper()
    return True


#: Currency names before a country name that says whose currency it is ("dolar AS").
CURRENCY_WORDS = frozenset({"dolar", "dollar", "usd", "yen", "yuan", "renminbi", "won", "ringgit", "rupee", "rupe",
                            "peso", "baht", "lira", "rubel", "rubl", "pound", "poundsterling", "franc", "frank",
                            "dinar", "riyal", "rial", "dirham", "shekel", "syikal", "kyat", "dong", "rupiah", "euro"})
#: tokens after which a capitalised word starts a sentence or a quotation
SENTENCE_OPENERS = frozenset('.!?"“”:;(\'‘’-–—')


def _common_noun_cap_ok(text: str, toks, low: list[str], i: int, j: int, kb: KB) -> bool:
    """May a capitalised form of a lowercase common noun ("Warga", "Geng") stand for the noun?

    Yes at the start of a sentence (or quotation, or line) when the next word is not a
    capitalised name, or is a known organisation, an acronym or a regency of the register
    ("Mahasiswa UI", "Petani Karawang"); anywhere when a country follows ("Warga Jerman",
    "Tentara Israel"); no in mid-sentence before another capitalised word ("Geng Shuang")."""
    initial = i == 0 or toks[i - 1][2] in SENTENCE_OPENERS or "\n" in text[toks[i - 1][1]:toks[i][0]]
    nxt = toks[j][2] if j < len(toks) else ""
    if not (nxt[:1].isupper() and nxt[:1].isalpha()):
        return initial
    for length in range(min(kb.first.get(low[j], 0), len(toks) - j), 0, -1):
        kinds = {e.kind for e in kb.entries.get(tuple(low[j:j + length]), [])}
        if kinds & {"country", "capital"}:
            return True
        if initial and kinds & {"org", "city", "region"} and "person" not in kinds:
            return True  # "Buruh Pertamina menggelar aksi": the group, then where it works
    if initial:
        if nxt.isupper() and 2 <= len(nxt) <= 5 and low[j] not in kb.company_heads:
            return True  # an acronym the KB does not know: a campus or body ("Mahasiswa UNS")
        regions = kb.idn_regions
        if any("".join(low[j:j + n]) in regions for n in (1, 2, 3) if j + n <= len(toks)):
            return True  # "Petani Karawang menolak ...": the register's regency
    return False


#: Words that make the capitalised run after them a street's name.
STREET_WORDS = frozenset({"jalan", "jl", "jln", "gang", "gg"})


def _after_street_word(low: list[str], i: int) -> bool:
    """Token ``i`` opens the name after "Jalan"/"Jl."/"Gang" (the dot of an abbreviation skipped)."""
    k = i - 1
    if k >= 0 and low[k] == ".":
        k -= 1
    return k >= 0 and low[k] in STREET_WORDS


def match(text: str, kb: KB, toks: list[tuple[int, int, str]] | None = None) -> tuple[list[tuple[int, int, str]], list[Item]]:
    """Tokenise ``text`` and return (tokens, non-overlapping longest matches)."""
    toks = tokenize(text) if toks is None else toks
    low = [norm_token(t[2]) for t in toks]
    items: list[Item] = []
    i, n = 0, len(toks)
    currency_end = -2  # the token after the last country name read as a currency's
    while i < n:
        maxlen = kb.first.get(low[i], 0)
        found = None
        # what stands before the token says whether a match here names an actor at all
        street = maxlen > 0 and toks[i][2][:1].isupper() and _after_street_word(low, i)
        currency = maxlen > 0 and i > 0 and (low[i - 1] in CURRENCY_WORDS
                                             or (i == currency_end + 1 and low[i - 1] == "("))
        for length in range(min(maxlen, n - i), 0, -1):
            key = tuple(low[i:i + length])
            entries = kb.entries.get(key)
            if not entries:
                continue
            # an alias must not end inside a hyphenated or glued word ("AS" in "AS-nya" is fine,
            # "Korea" must not match the start of "Korea-Korea"?) -> only require token bounds.
            words = [toks[k][2] for k in range(i, i + length)]
            ok = [e for e in entries if case_ok(e, words)]
            if ok and street:
                ok = []  # "Jalan Kejaksaan", "Jl. Kapten Maulana Lubis": a street's name, no actor
            if ok and (currency or text[toks[i + length - 1][1]:toks[i + length - 1][1] + 1] == "$"):
                # "US$ 1 juta", "S$", "dolar Amerika Serikat (AS)", "yen Jepang": a currency, not the country
                ok = [e for e in ok if e.kind not in ("country", "capital", "city")]
                currency_end = max(currency_end, i + length)
            if ok and words[0][:1].isupper() and not _common_noun_cap_ok(text, toks, low, i, i + length, kb):
                # "Geng Shuang", "Massa Ali": a capitalised common noun mid-sentence is a name
                ok = [e for e in ok if not (e.kind == "generic" and e.alias[:1].islower())]
            if ok:
                found = Item(i, i + length, toks[i][0], toks[i + length - 1][1],
                             text[toks[i][0]:toks[i + length - 1][1]], ok)
                break
        if found:
            items.append(found)
            i = found.j
        else:
            i += 1
    return toks, items
