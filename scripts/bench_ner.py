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
    t0 = time.perf_counter()
    import spacy  # noqa: F401  (import cost reported apart from the model load)
    from warta.nlp.ner import NerTagger

    import_s = time.perf_counter() - t0
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
    tagger.pipe_spans(texts[:10])  # warm-up (model weights in cache)
    rest = texts[10:]
    # The timed pass is exactly what ``pipe_spans`` does (tokenizer + tok2vec + ner, spans
    # out), counting tokens on the way; the tokenizer's cache starts cold for these texts.
    w0, c0 = time.perf_counter(), time.process_time()
    n_tokens = n_ents = 0
    for doc in tagger.nlp.pipe(rest, batch_size=64):
        n_tokens += len(doc)
        n_ents += len(tagger._doc_spans(doc))
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    # CPU time of this (single-threaded) process = time on one core, robust to other load
    # on a shared machine; wall-clock is printed too (equal on an idle machine).
    print(f"NER: {n_tokens / cpu:,.0f} tokens/s on one core (CPU time; wall-clock {n_tokens / wall:,.0f}/s) "
          f"- {len(rest)} articles, {n_tokens:,} tokens, {n_ents:,} entities in {cpu:.1f}s CPU; "
          f"model load {load_s:.2f}s (+ spaCy import {import_s:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
