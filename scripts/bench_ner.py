#!/usr/bin/env python3
"""NER throughput on one CPU core: tokens/second of ``NerTagger.pipe_spans`` (spaCy
tokenizer + tok2vec + NER) over the text of ../shared/corpora/indosum-dev.jsonl.

Skips with a message (exit 0) when ../shared or the shipped model is absent.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
             "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--docs", type=int, default=500, help="number of articles to tag")
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    args = ap.parse_args(argv)

    corpus = Path(args.shared) / "corpora" / "indosum-dev.jsonl"
    if not corpus.is_file():
        print(f"bench-ner: {corpus} not found, skipped")
        return 0
    from warta.nlp.ner import NerTagger

    t0 = time.perf_counter()
    tagger = NerTagger.load(args.model) if args.model else NerTagger.load_default()
    load_s = time.perf_counter() - t0
    if tagger is None:
        print("bench-ner: no NER model shipped, skipped")
        return 0
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                text = json.loads(line).get("text") or ""
            except json.JSONDecodeError:
                continue
            if text.strip():
                texts.append(text)
            if len(texts) >= args.docs:
                break
    tagger.pipe_spans(texts[:20])  # warm-up
    n_tokens = sum(len(d) for d in tagger.nlp.tokenizer.pipe(texts))
    t0 = time.perf_counter()
    spans = tagger.pipe_spans(texts)
    dt = time.perf_counter() - t0
    n_ents = sum(len(s) for s in spans)
    print(f"NER: {n_tokens / dt:,.0f} tokens/s on one core "
          f"({len(texts)} articles, {n_tokens:,} tokens, {n_ents:,} entities in {dt:.1f}s; model load {load_s:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
