#!/usr/bin/env python3
"""Generate ``src/warta/resources/kb/people_wikidata.tsv`` from the world-leaders-2021 Wikidata
extract (CC0) in ``../shared/kb-sources/world-leaders-2021/wikidata.csv``.

Why: heads of state and government of every country, with start/end years, so that a
"Presiden Kenya" or "Perdana Menteri Norwegia" in an article resolves to the office holder
of the article's year. Office titles are mapped with ``role_map.tsv``; country names with
the KB. Years become ``YYYY-01-01`` .. ``YYYY-12-31`` (the extract has no days), so in a
changeover year both holders are active and the stage treats the office as ambiguous.
People already curated in ``people.tsv`` are left out (the curated dates win).

    .venv/bin/python scripts/build_kb_people.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "warta" / "resources" / "kb" / "people_wikidata.tsv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    import sys
    sys.path.insert(0, str(REPO / "src"))
    from warta.actors.kb import default_kb, map_role
    from warta.actors.kb_import import _iso3

    kb = default_kb()
    curated = {p.name.lower() for p in kb.people if p.source == "curated"}
    src = Path(args.shared) / "kb-sources" / "world-leaders-2021" / "wikidata.csv"
    rows: list[list[str]] = []
    seen: set[tuple[str, str, str]] = set()
    with src.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            title = r["positionLabel"].split(" of ")[0]
            mapped = map_role(title)
            iso3 = _iso3(kb, r["country"])
            name = r["officeholderLabel"].strip()
            if not mapped or not iso3 or not name or name.lower() in curated or name.startswith("Q"):
                continue
            start = f"{r['start_year']}-01-01" if r["start_year"] else ""
            end = f"{r['end_year']}-12-31" if r["end_year"] else ""
            key = (name, mapped[0], start)
            if key in seen:
                continue
            seen.add(key)
            rows.append([name, "", iso3, mapped[1], mapped[0], start, end, "wikidata-world-leaders-2021 (CC0)"])
    rows.sort(key=lambda x: (x[2], x[4], x[5]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "aliases", "country", "sector", "role", "start", "end", "source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
