"""Indonesian affixation: generate the surface forms of a trigger root once, at load time.

Matching generated surface forms is much faster than stemming every token of
every article (PySastrawi), and it is exact: only the forms the lexicon asks for
(``meN-``, ``di-``, ``peN-an`` ...) are recognised, so "tangkap" yields
*menangkap, ditangkap, penangkapan, tertangkap* but never an unrelated word that
happens to share the stem.

Templates (the ``affixes`` column of the trigger lexicon):

``0`` bare root; ``meN`` ``meN-kan`` ``meN-i``; ``di`` ``di-kan`` ``di-i``;
``ter`` ``ter-kan``; ``ber`` ``ber-an``; ``peN`` ``peN-an``; ``per-an``;
``ke-an``; ``-an``; ``-kan``; ``memper-kan`` ``diper-kan`` ``memper-i``
``diper-i``; ``lit`` (the root is a literal surface phrase); ``en`` (English
verb: base, -s, -ed, -ing).
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple

VOWELS = set("aiueo")
_VOWEL_GROUPS = re.compile(r"[aiueo]+")

#: Templates whose forms are passive: the grammatical subject is the one acted upon.
PASSIVE = frozenset({"di", "di-kan", "di-i", "ter", "ter-kan", "diper-kan", "diper-i", "ke-an"})
#: Templates that build nouns (the event named, not narrated with a verb).
NOMINAL = frozenset({"peN-an", "per-an", "-an", "peN"})
#: Templates with a nasal prefix, used as active transitive verbs.
ACTIVE = frozenset({"meN", "meN-kan", "meN-i", "memper-kan", "memper-i", "ber", "ber-an", "0", "-kan"})


#: Vowel pairs spoken as one syllable; any other pair is two ("kuat" is ku-at: menguatkan).
_DIPHTHONGS = re.compile(r"ai|au|oi|ei")


def _monosyllabic(root: str) -> bool:
    groups = _VOWEL_GROUPS.findall(root)
    return len(groups) == 1 and len(groups[0]) - len(_DIPHTHONGS.findall(groups[0])) == 1


def _me_forms(root: str) -> list[str]:
    """``meN-`` forms of a root: a one-syllable root takes *menge-* in the standard
    (*mengeklaim*, *mengebom*) but the press as often writes it like any other root
    (*mengklaim*, *membom*), so both are generated (for clusters and b-, where the
    ordinary rule gives a real word; *menes* from *tes* would not be one)."""
    forms = [nasal(root)]
    r = root.replace(" ", "")
    if _monosyllabic(r) and len(r) > 1 and (r[0] == "b" or (r[0] not in VOWELS and r[1] not in VOWELS)):
        alt = nasal(root, "me", one_syllable_rule=False)
        if alt not in forms:
            forms.append(alt)
    return forms


def nasal(root: str, base: str = "me", one_syllable_rule: bool = True) -> str:
    """``meN-``/``peN-`` + root with the standard assimilation and elision.

    tangkap -> menangkap, tolak -> menolak, serang -> menyerang, pukul -> memukul,
    kecam -> mengecam, bom -> mengebom, kritik -> mengkritik (clusters keep k/p/t/s).
    """
    r = root
    if not r:
        return base
    if one_syllable_rule and _monosyllabic(r.replace(" ", "")):
        return base + "nge" + r
    c = r[0]
    nxt = r[1] if len(r) > 1 else ""
    if c in VOWELS:
        return base + "ng" + r
    if c in "bfv":
        return base + "m" + r
    if c == "p":
        return base + "m" + (r[1:] if nxt in VOWELS else r)
    if r.startswith(("ny", "ng")) or c in "mnlrwy":
        return base + r
    if c in "dcjz":
        return base + "n" + r
    if c == "t":
        return base + "n" + (r[1:] if nxt in VOWELS else r)
    if c == "s":
        if r.startswith("sy"):
            return base + "n" + r
        return base + ("ny" + r[1:] if nxt in VOWELS else "n" + r)
    if c == "k":
        return base + "ng" + (r[1:] if nxt in VOWELS else r)
    if c in "gh" or r.startswith("kh"):
        return base + "ng" + r
    return base + r


def _ber(root: str) -> str:
    if root.startswith("r") or root.startswith("kerja"):
        return "be" + root
    return "ber" + root


def _ter(root: str) -> str:
    return ("te" if root.startswith("r") else "ter") + root


def _per(root: str) -> str:
    return ("pe" if root.startswith("r") else "per") + root


class EnVerb(NamedTuple):
    """One row of ``resources/events/verbs_en.tsv``."""

    base: str
    past: str
    participle: str
    ing: str


@functools.lru_cache(maxsize=1)
def english_verbs() -> dict[str, EnVerb]:
    """Base form -> forms of the English verbs that do not take a plain "-ed" (irregular
    verbs, doubled final consonants). Read once: immutable data."""
    text = resources.files("warta.resources").joinpath("events", "verbs_en.tsv").read_text(encoding="utf-8")
    out: dict[str, EnVerb] = {}
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        f = [x.strip().lower() for x in line.split("\t")]
        base, past, part = f[0], f[1], f[2]
        ing = f[3] if len(f) > 3 and f[3] else _regular_en(base)[3]
        out[base] = EnVerb(base, past, part, ing)
    return out


@functools.lru_cache(maxsize=1)
def english_participles() -> frozenset[str]:
    """Irregular past participles: "was shot", "were taken", "been withdrawn" are passives
    although they do not end in "-ed"."""
    return frozenset(v.participle for v in english_verbs().values())


def _en_forms(verb: str) -> list[str]:
    """English verb forms: base, -s, past, participle, -ing; irregular verbs and doubled
    consonants come from ``verbs_en.tsv`` so that "withdrawn" or "banned" are found and
    no made-up "withdrawed" is needed."""
    irr = english_verbs().get(verb)
    if irr is None:
        return _regular_en(verb)
    third = _regular_en(verb)[1]
    return list(dict.fromkeys([verb, third, irr.past, irr.participle, irr.ing]))


def _regular_en(verb: str) -> list[str]:
    """Regular English verb forms: base, -s, -ed, -ing."""
    forms = [verb]
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms += [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif verb.endswith("ee"):
        forms += [verb + "s", verb + "d", verb + "ing"]
    elif verb.endswith("e"):
        forms += [verb + "s", verb + "d", verb[:-1] + "ing"]
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms += [verb + "es", verb + "ed", verb + "ing"]
    else:
        forms += [verb + "s", verb + "ed", verb + "ing"]
    return forms


def surface_forms(root: str, template: str) -> list[str]:
    """All surface forms of ``root`` under one affix ``template`` (lower case).

    A compound root ("tanda tangan") is written closed up when a suffix or a
    circumfix is attached (*menandatangani*, *penandatanganan*) and open with a
    prefix alone (*bertanda tangan*).
    """
    root = root.strip().lower()
    closed = root.replace(" ", "")
    t = template.strip()
    if t in ("lit", "0"):
        return [root]
    if t == "en":
        return _en_forms(root)
    if t == "meN":
        return _me_forms(root if " " not in root else closed)
    if t == "meN-kan":
        return [f + "kan" for f in _me_forms(closed)]
    if t == "meN-i":
        return [f + "i" for f in _me_forms(closed)]
    if t == "di":
        return ["di" + closed]
    if t == "di-kan":
        return ["di" + closed + "kan"]
    if t == "di-i":
        return ["di" + closed + "i"]
    if t == "ter":
        return [_ter(closed)]
    if t == "ter-kan":
        return [_ter(closed) + "kan"]
    if t == "ber":
        return [_ber(root)]
    if t == "ber-an":
        return [_ber(closed) + "an"]
    if t == "peN":
        return [nasal(closed, "pe")]
    if t == "peN-an":
        return [nasal(closed, "pe") + "an"]
    if t == "per-an":
        return [_per(closed) + "an"]
    if t == "ke-an":
        return ["ke" + closed + "an"]
    if t == "-an":
        return [closed + "an"]
    if t == "-kan":
        return [closed + "kan"]
    if t == "memper-kan":
        return ["memper" + closed + "kan"]
    if t == "diper-kan":
        return ["diper" + closed + "kan"]
    if t == "memper-i":
        return ["memper" + closed + "i"]
    if t == "diper-i":
        return ["diper" + closed + "i"]
    raise ValueError(f"unknown affix template {template!r}")


def voice(template: str) -> str:
    """``active``, ``passive`` or ``nominal``: which side of the trigger holds the doer."""
    if template in PASSIVE:
        return "passive"
    if template in NOMINAL:
        return "nominal"
    return "active"
