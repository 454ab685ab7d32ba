#!/usr/bin/env python3
"""Generate ``countries.tsv`` and ``regions.tsv`` under ``src/warta/resources/kb/`` from Babel (CLDR) and pycountry.

``regions.tsv``: first-level subdivisions (ISO 3166-2 provinces, states, regions,
governorates, prefectures...) with their country, so that "Western Cape" or "Guerrero"
tells the stage which country a story is about (never an actor by itself).

Why generated: every ISO 3166-1 country needs its Indonesian and English names, and
CLDR/pycountry already carry them; curated aliases (AS, Korsel, Tiongkok ...) live in
the hand-written ``country_aliases.tsv`` beside it. Re-run after upgrading Babel or
pycountry:  ``.venv/bin/python scripts/build_kb_countries.py``.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pycountry
from babel import Locale

KB = Path(__file__).resolve().parents[1] / "src" / "warta" / "resources" / "kb"
OUT = KB / "countries.tsv"
REGIONS = KB / "regions.tsv"
REGION_TYPES = {"Province", "Region", "State", "Governorate", "Prefecture", "Autonomous community",
                "Autonomous region", "Autonomous province", "Territory", "Emirate", "Department",
                "Federal district", "Capital district", "Special administrative region", "Oblast",
                "Republic", "Autonomous republic", "Country", "Division", "Special region"}


def rows() -> list[tuple[str, str, str, str, str]]:
    ident, en = Locale("id"), Locale("en")
    out: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}

    def add(code: str, alias: str | None, lang: str, kind: str, source: str) -> None:
        alias = (alias or "").strip()
        if not alias or "," in alias or "(" in alias:
            return  # "Korea, Republic of" style inverted names are not how news writes
        key = (code, alias.lower())
        if key not in out:
            out[key] = (code, alias, lang, kind, source)

    for c in pycountry.countries:
        a2, a3 = c.alpha_2, c.alpha_3
        add(a3, ident.territories.get(a2), "id", "name", "babel-cldr")
        add(a3, en.territories.get(a2), "en", "name", "babel-cldr")
        add(a3, getattr(c, "common_name", None), "en", "name", "pycountry")
        add(a3, c.name, "en", "name", "pycountry")
        add(a3, getattr(c, "official_name", None), "en", "official", "pycountry")
    return sorted(out.values())


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


#: the administrative word that ISO 3166-2 writes after a name and the news leaves out:
#: "Yunnan Sheng" (province), "Guangxi Zhuangzu Zizhiqu" (autonomous region), "Gyeonggi-do"
_ADMIN_SUFFIX = re.compile(r"(?:\s+(?:Sheng|(?:[A-Z][a-z]+zu\s+|Uygur\s+)?Zizhiqu|SAR)|-do)$")


#: first-level regions named by a plain word (Cameroon's "North", Tanzania's "Coast", Nigeria's
#: "Delta", Togo's "Maritime"): in news that word is almost never the region ("South Asia
#: Democratic Forum"), so the KB does not read it as a place
_COMMON_WORD_REGIONS = frozenset({
    "north", "south", "east", "west", "central", "coast", "lakes", "delta", "maritime", "ouest", "norte",
    "atlantique", "savanes", "plateau", "plateaux", "centre", "center", "capital", "islands", "interior",
    "littoral", "oriental", "occidental", "upper", "lower", "western", "eastern", "northern", "southern",
    "north-western", "south-west", "south-east", "north-east", "north-west", "highlands", "lagunes"})


def bare_region_name(name: str) -> str:
    """A region's name as the news writes it: "Yunnan Sheng" -> "Yunnan", "Gyeonggi-do" ->
    "Gyeonggi"; other names as they are."""
    return _ADMIN_SUFFIX.sub("", name)


def region_rows(country_aliases: set[str]) -> list[tuple[str, str, str, str]]:
    out: dict[str, tuple[str, str, str, str]] = {}
    seen_twice: set[str] = set()
    for sd in pycountry.subdivisions:
        if sd.type not in REGION_TYPES or getattr(sd, "parent_code", None):
            continue
        a3 = pycountry.countries.get(alpha_2=sd.country_code).alpha_3
        base = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sd.name).strip()
        for name in {base, _fold(base), bare_region_name(base)}:
            key = name.lower()
            if len(name) < 5 or key in country_aliases or "," in name or key in _COMMON_WORD_REGIONS:
                continue
            if key in out and out[key][0] != a3:
                seen_twice.add(key)  # the same name in two countries says nothing
            out.setdefault(key, (a3, name, "region", "pycountry-iso3166-2"))
    return sorted(v for k, v in out.items() if k not in seen_twice)


def main() -> None:
    rs = rows()
    lines = ["code\talias\tlang\tkind\tsource"]
    lines += ["\t".join(r) for r in rs]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUT}")
    aliases = {r[1].lower() for r in rs}
    curated = KB / "country_aliases.tsv"
    if curated.exists():
        aliases |= {ln.split("\t")[1].lower() for ln in curated.read_text(encoding="utf-8").splitlines()[1:] if ln}
    reg = ["code\talias\tkind\tsource"] + ["\t".join(r) for r in region_rows(aliases)]
    REGIONS.write_text("\n".join(reg) + "\n", encoding="utf-8")
    print(f"wrote {len(reg) - 1} rows to {REGIONS}")


if __name__ == "__main__":
    main()
