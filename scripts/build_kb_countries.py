#!/usr/bin/env python3
"""Generate ``src/warta/resources/kb/countries.tsv`` from Babel (CLDR) and pycountry.

Why generated: every ISO 3166-1 country needs its Indonesian and English names, and
CLDR/pycountry already carry them; curated aliases (AS, Korsel, Tiongkok ...) live in
the hand-written ``country_aliases.tsv`` beside it. Re-run after upgrading Babel or
pycountry:  ``.venv/bin/python scripts/build_kb_countries.py``.
"""
from __future__ import annotations

from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "warta" / "resources" / "kb" / "countries.tsv"


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


def main() -> None:
    lines = ["code\talias\tlang\tkind\tsource"]
    lines += ["\t".join(r) for r in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUT}")


if __name__ == "__main__":
    main()
