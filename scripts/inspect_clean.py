#!/usr/bin/env python3
"""Eyeball what the cleaner removes: run it over JSONL/text inputs and report per outlet.

    .venv/bin/python scripts/inspect_clean.py ../shared/corpora/detik-2025.jsonl [--lines 40] [--sample 5]

Prints, per outlet, how many articles got a dateline/title/credited source, the most frequent
removed lines, and removed lines that read like sentences (the ones to check by eye: a real
sentence lost is a bug).
"""
from __future__ import annotations

import argparse
import collections
import re

from warta.clean import Cleaner
from warta.model import ReadError
from warta.readers import read_inputs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--lines", type=int, default=30, help="most frequent removed lines to show")
    ap.add_argument("--sample", type=int, default=3, help="datelines/sources shown per outlet")
    args = ap.parse_args()
    cleaner = Cleaner()
    removed: collections.Counter[str] = collections.Counter()
    sentence_like: list[tuple[str, str]] = []
    per_outlet: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for item in read_inputs(args.paths):
        if isinstance(item, ReadError):
            print(f"read error: {item}")
            continue
        doc = cleaner(item)
        o = doc.source.outlet or "?"
        c = per_outlet[o]
        c["articles"] += 1
        c["dateline"] += doc.dateline is not None
        c["title"] += doc.title is not None
        c["sources"] += bool(doc.credits.sources)
        if doc.dateline:
            examples[o][f"dateline {doc.dateline.place!r}/{doc.dateline.agency!r}"] += 1
        for s in doc.credits.sources:
            examples[o][f"source {s}"] += 1
        for b in doc.boilerplate:
            removed[re.sub(r"\s+", " ", b)[:80]] += 1
            if len(b.split()) >= 8 and re.search(r"[.!?]\s*$", b):
                sentence_like.append((doc.id, b[:160]))
    for o, c in sorted(per_outlet.items()):
        top = ", ".join(f"{k} ({v})" for k, v in examples[o].most_common(args.sample))
        print(f"{o:20s} {dict(c)}  {top}")
    print("\nmost frequent removed lines:")
    for line, n in removed.most_common(args.lines):
        print(f"{n:6d}  {line}")
    print(f"\nremoved lines that read like sentences ({len(sentence_like)}):")
    shown = collections.Counter()
    for doc_id, line in sentence_like:
        key = line[:40]
        shown[key] += 1
        if shown[key] == 1:
            print(f"  {doc_id}: {line}")


if __name__ == "__main__":
    main()
