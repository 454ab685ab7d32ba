"""Which event words of Indonesian news does the trigger lexicon miss?

Runs warta's own stages (clean, nlp, timex, actors) over unlabelled news records (JSONL with
``text``), keeps the sentences that name at least two distinct actors (``--min-actors``), and
counts the lower-case words in them that no trigger surface form covers, grouped by their
PySastrawi root. A root is listed with its count, the affixed forms seen and example
sentences, so that one can go down the list and decide, from ANNOTATION.md and the PLOVER
manual, which roots denote events.

Analysis only: the corpora are read at run time (e.g. ``../shared/corpora/*.jsonl``), nothing
is written into the package.

    .venv/bin/python scripts/trigger_coverage.py ../shared/corpora/indosum-dev.jsonl \
        ../shared/corpora/detik-2025.jsonl --limit 1500 --top 400 > /tmp/coverage.txt
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from warta.events.lexicon import load_lexicon
from warta.pipeline import Pipeline
from warta.readers import ReadError, record_document

#: Words with a verbal or nominal affix of the shapes event words take (meN-, di-, ber-, ter-,
#: peN-an, per-an, ke-an, memper-, -an, -kan, -i).
AFFIXED = re.compile(r"^(me|di|ber|be|ter|pe|per|ke)[a-z]{3,}$|^[a-z]{4,}(an|kan)$")
#: Frequent function and reporting words that are never triggers (keeps the list readable).
SKIP = frozenset("""
yang dan di ke dari untuk dengan pada dalam itu ini tersebut akan telah sudah juga tidak tak belum
bahwa karena oleh sebagai atau namun tetapi saat ketika setelah sebelum hingga sampai agar supaya
mengatakan menyatakan menjelaskan mengungkapkan menuturkan menegaskan menambahkan berkata katanya
ujarnya tuturnya kata ujar tutur jelas jelasnya tambahnya menurut menurutnya adalah merupakan
menjadi memiliki mempunyai terdapat terjadi dilakukan melakukan berada ada para sejumlah
""".split())


def covered_words(lang: str = "id") -> tuple[set[str], set[str]]:
    """(surface words that are a one-word trigger or the head of a longer one, lexicon roots)."""
    lex = load_lexicon(lang)
    words: set[str] = set()
    roots: set[str] = set()
    for surf, entries in lex.triggers.items():
        if len(surf) == 1:
            words.add(surf[0])
        for e in entries:
            roots.add(e.root)
    return words, roots


def read_records(paths: list[str], limit: int):
    for p in paths:
        n = 0
        with open(p, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if n >= limit:
                    break
                rec = json.loads(line)
                doc = record_document(rec, str(p), i, None)
                if isinstance(doc, ReadError):
                    continue
                n += 1
                yield doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--limit", type=int, default=1500, help="records read per file")
    ap.add_argument("--top", type=int, default=400)
    ap.add_argument("--min-actors", type=int, default=2)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--json", help="also write the counts as JSON here")
    args = ap.parse_args(argv)

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    stem = functools_cache(StemmerFactory().create_stemmer().stem)
    words, roots = covered_words()
    pipe = Pipeline(stages=("clean", "nlp", "timex", "actors"))

    count: collections.Counter[str] = collections.Counter()  # root -> tokens in qualifying sentences
    docs_of: dict[str, set[str]] = collections.defaultdict(set)
    forms: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n_docs = n_sents = 0
    for doc in read_records(args.paths, args.limit):
        doc = pipe(doc)
        if doc.language != "id":
            continue
        n_docs += 1
        for s in doc.sentences:
            ents = {e.id for m, e in doc.mentions_in(s.start, s.end)}
            if len(ents) < args.min_actors:
                continue
            n_sents += 1
            sent = doc.text[s.start:s.end]
            for tok in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", sent):
                if not tok.islower() or len(tok) < 4 or tok in SKIP:
                    continue
                w = tok[:-3] if tok.endswith("nya") and len(tok) > 6 else tok
                if w in words or not AFFIXED.match(w):
                    continue
                root = stem(w)
                if not root or root == w and not w.endswith("an"):
                    continue
                key = root + ("" if root not in roots else " (root known, form missing)")
                count[key] += 1
                docs_of[key].add(doc.id)
                forms[key][w] += 1
                if len(examples[key]) < args.examples and len(sent) < 400:
                    examples[key].append(sent.replace("\n", " "))
        if n_docs % 200 == 0:
            print(f"... {n_docs} documents", file=sys.stderr)

    print(f"# {n_docs} Indonesian documents, {n_sents} sentences naming >= {args.min_actors} actors")
    print("# rank\tcount\tdocs\troot\tforms")
    rows = []
    for rank, (key, c) in enumerate(count.most_common(args.top), 1):
        fs = ", ".join(f"{f}:{k}" for f, k in forms[key].most_common(6))
        print(f"{rank}\t{c}\t{len(docs_of[key])}\t{key}\t{fs}")
        for ex in examples[key]:
            print(f"\t\t\t| {ex[:300]}")
        rows.append({"root": key, "count": c, "docs": len(docs_of[key]), "forms": dict(forms[key]),
                     "examples": examples[key]})
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def functools_cache(fn):
    import functools
    return functools.lru_cache(maxsize=None)(fn)


if __name__ == "__main__":
    raise SystemExit(main())
