#!/usr/bin/env python3
"""Score warta's NER model on the published test sets (`make eval-ner`).

Entity-level exact-match precision/recall/F1 (conlleval/seqeval semantics, implemented in
``warta.nlp.ner.prf``) per label and overall, on
  - idner-news-2k test.txt (labelled test split of the MIT set), and
  - NERGrit test_preprocess.txt (IndoNLU; in ../shared it carries gold labels, so it is
    the reported test; IndoNLU's published baselines are on the same split).
Protocol: the model runs on the gold tokenisation (as the benchmarks do). ``--raw`` adds
an end-to-end score: sentences are detokenised, tagged through ``NerTagger.spans`` with
spaCy's own tokenizer, and compared as character spans.
Skips with a message (exit 0) when ../shared/ner is absent.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta.nlp.ner import (  # noqa: E402
    MODEL_DIR, NerTagger, bio_to_spans, guess_spaces, predict_token_spans, prf, read_conll,
)

TESTS = {
    "idner-news-2k test": ("idner-news-2k", "test.txt"),
    "NERGrit test": ("nergrit", "test_preprocess.txt"),
}
DEVS = {
    "idner-news-2k dev": ("idner-news-2k", "dev.txt"),
    "NERGrit valid": ("nergrit", "valid_preprocess.txt"),
}


def raw_spans(tagger: NerTagger, sents) -> tuple[list, list]:
    """Gold and predicted character spans when the text is detokenised and re-tokenised."""
    texts, golds = [], []
    for words, tags in sents:
        spaces = guess_spaces(words)
        starts, pos = [], 0
        parts = []
        for w, sp in zip(words, spaces):
            starts.append(pos)
            parts.append(w + (" " if sp else ""))
            pos += len(w) + (1 if sp else 0)
        texts.append("".join(parts))
        golds.append([(starts[s], starts[e - 1] + len(words[e - 1]), lab) for s, e, lab in bio_to_spans(tags)])
    return golds, tagger.pipe_spans(texts)


def table(name: str, res: dict) -> str:
    lines = [f"{name}", f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for lab, s in res.items():
        lines.append(f"  {lab:6} {s['p']:6.2f} {s['r']:6.2f} {s['f1']:6.2f} {s['gold']:6d} {s['pred']:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--model", default=str(MODEL_DIR), help="model directory (default: the shipped one)")
    ap.add_argument("--dev", action="store_true", help="also score the dev/valid splits")
    ap.add_argument("--raw", action="store_true", help="also score end-to-end on detokenised text")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = ap.parse_args(argv)

    ner_dir = Path(args.shared) / "ner"
    if not ner_dir.is_dir():
        print(f"eval-ner: {ner_dir} not found, skipped")
        return 0
    if not (Path(args.model) / "config.cfg").is_file():
        print(f"eval-ner: no model at {args.model} (run `make train-ner`), skipped")
        return 0
    tagger = NerTagger.load(args.model)
    sets = dict(TESTS)
    if args.dev:
        sets.update(DEVS)
    out: dict[str, dict] = {}
    for name, (sub, fn) in sets.items():
        path = ner_dir / sub / fn
        if not path.is_file():
            print(f"eval-ner: {path} missing, skipped")
            continue
        sents = read_conll(path)
        gold = [bio_to_spans(t) for _, t in sents]
        out[name] = prf(gold, predict_token_spans(tagger.nlp, sents))
        if args.raw:
            g, p = raw_spans(tagger, sents)
            out[name + " (raw text)"] = prf(g, p)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"model: {args.model}")
        print("entity-level exact match, gold tokenisation unless marked (raw text)\n")
        for name, res in out.items():
            print(table(name, res) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
