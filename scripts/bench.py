#!/usr/bin/env python3
"""Throughput of extract + ingest over ../shared/corpora/indosum-dev.jsonl.

Prints articles/second (extract alone and extract + store), peak memory, and the
share of extract time spent in each pipeline stage, checked against the budgets
the issues set: entity recognition (the ``actors`` stage, which runs the NER model)
at most 20 % of extract time, events at most 30 %; and what the NER model itself adds to
extract time (at most 20 %). Then runs scripts/bench_ner.py
when it exists. Skips with a message (exit 0) when ../shared is absent.

    python scripts/bench.py --shared ../shared [--limit 500] [--tracemalloc]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

#: stage -> largest share of extract time it may take (the issues' budgets).
BUDGETS = {"actors": 0.20, "events": 0.30}


class Timed:
    """A stage wrapped with a stopwatch (the stage itself is untouched)."""

    def __init__(self, name: str, stage: Callable, totals: dict[str, float]):
        self.name, self.stage, self.totals = name, stage, totals
        if callable(getattr(stage, "pipe", None)):
            self.pipe = self._pipe  # the pipeline hands such a stage whole batches

    def _pipe(self, docs):
        t = time.perf_counter()
        try:
            return self.stage.pipe(docs)
        finally:
            self.totals[self.name] += time.perf_counter() - t

    def __call__(self, doc):
        t = time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.totals[self.name] += time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--corpus", default=None, help="JSONL input (default: <shared>/corpora/indosum-dev.jsonl)")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    ap.add_argument("--no-ner", action="store_true", help="leave the NER model out (it is on by default)")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    ap.add_argument("--skip-ner-bench", action="store_true", help="do not run scripts/bench_ner.py")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus) if args.corpus else Path(args.shared) / "corpora" / "indosum-dev.jsonl"
    if not corpus.is_file():
        print(f"bench: {corpus} not found, skipped")
        return 0

    from warta.model import Document, ReadError
    from warta.options import PipelineOptions
    from warta.pipeline import Pipeline
    from warta.readers import read_inputs
    from warta.store import Store

    if args.tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    pipe = Pipeline(options=PipelineOptions(use_ner=not args.no_ner))
    load_s = time.perf_counter() - t0
    totals: dict[str, float] = defaultdict(float)
    tagger = getattr(dict(pipe.stages).get("actors"), "ner", None)
    if tagger is not None:  # time the model's calls inside the actors stage
        model_calls = tagger.pipe_spans

        def timed_pipe_spans(texts, *a, **kw):
            t = time.perf_counter()
            try:
                return model_calls(texts, *a, **kw)
            finally:
                totals["(NER model)"] += time.perf_counter() - t

        tagger.pipe_spans = timed_pipe_spans
    pipe.stages = [(name, Timed(name, stage, totals)) for name, stage in pipe.stages]

    t = time.perf_counter()
    docs: list[Document] = []
    errors = 0
    for item in read_inputs([str(corpus)]):
        if isinstance(item, ReadError):
            errors += 1
            continue
        docs.append(item)
        if args.limit and len(docs) >= args.limit:
            break
    read_s = time.perf_counter() - t

    t = time.perf_counter()
    done = list(pipe.pipe(docs))  # in batches, as warta extract/ingest run it
    extract_s = time.perf_counter() - t
    warned = sum(bool(d.warnings) for d in done)

    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        t = time.perf_counter()
        with Store(os.path.join(tmp, "bench.duckdb")) as store:
            for i in range(0, len(done), 200):
                store.add(done[i:i + 200])
            store_s = time.perf_counter() - t
            t = time.perf_counter()
            fts = store.refresh_search()
            index_s = time.perf_counter() - t
            counts = store.stats()["counts"]

    n = len(done)
    total_s = read_s + extract_s + store_s + index_s
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(f"bench: {n} articles from {corpus} ({errors} read errors, {warned} with stage warnings)")
    print(f"  pipeline load      {load_s:8.1f} s")
    print(f"  read               {read_s:8.1f} s")
    print(f"  extract            {extract_s:8.1f} s   {n / extract_s if extract_s else 0:8.1f} articles/s")
    print(f"  store              {store_s:8.1f} s   {n / store_s if store_s else 0:8.1f} articles/s")
    print(f"  search index       {index_s:8.1f} s   ({'FTS' if fts else 'no FTS: substring fallback'})")
    print(f"  extract + ingest   {total_s:8.1f} s   {n / total_s if total_s else 0:8.1f} articles/s")
    print(f"  peak memory (RSS)  {peak_rss_mb:8.0f} MB")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"  peak Python heap   {peak / 1048576:8.0f} MB (tracemalloc)")
    print(f"  stored: {counts['articles']} articles, {counts['entities']} entities, {counts['events']} events, "
          f"{counts['quotes']} quotes")
    ner_model_s = totals.pop("(NER model)", 0.0)
    stage_sum = sum(totals.values()) or 1.0
    print("  share of extract time per stage:")
    over = []
    for name, _ in pipe.stages:
        share = totals[name] / stage_sum
        budget = BUDGETS.get(name)
        mark = ""
        if budget is not None:
            ok = share <= budget
            mark = f"  (budget <= {budget:.0%}: {'ok' if ok else 'OVER'})"
            if not ok:
                over.append(name)
        print(f"    {name:<8} {totals[name]:8.2f} s  {share:6.1%}  {1000 * totals[name] / max(n, 1):7.1f} ms/article{mark}")
    if tagger is not None:
        added = ner_model_s / max(stage_sum - ner_model_s, 1e-9)
        print(f"  NER model (inside actors) {ner_model_s:5.2f} s  {ner_model_s / stage_sum:6.1%}  "
              f"{1000 * ner_model_s / max(n, 1):7.1f} ms/article; it adds {added:.1%} to extract time "
              f"(budget <= 20%: {'ok' if added <= 0.20 else 'OVER'})")
    else:
        print("  NER model: off (--no-ner, or no model shipped)")
    if over:
        print(f"  over budget: {', '.join(over)}")

    ner_bench = ROOT / "scripts" / "bench_ner.py"
    if ner_bench.is_file() and not args.skip_ner_bench:
        print("\nbench_ner.py:", flush=True)
        sys.stdout.flush()
        subprocess.run([sys.executable, str(ner_bench), "--shared", args.shared], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
