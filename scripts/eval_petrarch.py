#!/usr/bin/env python3
"""Measure warta's English event extraction on PETRARCH's validation suite (`make eval-en`).

Why this suite: it is the one public, licensed (MIT) set of English sentences with expected
CAMEO events (source, target, code), so it gives English a measuring stick next to the
Indonesian gold of `make eval`. It is a measuring stick, not a training set: rules are written
for general English constructions, never for one of its sentences.

Protocol
  * Each ``<Sentence>`` becomes a tiny English article (its text, published on the record's
    ``date``) run through the whole warta pipeline.
  * Expected CAMEO codes are mapped to PLOVER types with ``resources/events/cameo_plover.tsv``
    (longest listed prefix; the PLOVER manual's table). Codes the manual drops (01, 02) and the
    suite's private test codes (9xx, not CAMEO) are out of scope: such records are counted,
    not scored.
  * Event type P/R/F1: per record, the expected set of PLOVER types against the set of types
    of warta's non-negated events (micro-averaged over the records in scope).
  * Detection: type-blind, per record: does warta find any event where one is expected?
  * Records the suite marks ``noevents`` or with an ``error`` coding (sentence/story discards,
    bad parses) should produce no event: the records with any warta event are false positives.
  * Country agreement: for expected events whose type warta also found, is the expected
    source (target) country among the actor (recipient) codes of warta's events of that type?
    PETRARCH codes start with a 3-letter country (ISO3-like) followed by agents (GOV, MIL...),
    mapped to PLOVER sectors for the sector figure.
  * The suite's actors are mostly fictional (Arnor, Gondor...), which no real KB knows. By
    default the suite's own actor dictionary (``PETR.Validate.actors.txt``, read at run time,
    never copied) is added to a private copy of warta's KB, as PETRARCH itself is run with it;
    ``--no-suite-actors`` measures with warta's KB alone.

Skips with a message (exit 0) when the suite is absent.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import csv
import html
import json
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SUITE_DIR = Path("peer-tests") / "petrarch"
RECORDS = "PETR.UnitTest.records.xml"
ACTORS = "PETR.Validate.actors.txt"

#: PETRARCH/CAMEO agent codes -> PLOVER sectors (PLOVER manual, sector code table and its
#: note that CAMEO's MED (media) is now JRN and HLH (health) is MED; warta's KB still writes
#: media as MED, so both are accepted for media).
AGENT_SECTOR: dict[str, tuple[str, ...]] = {
    "GOV": ("GOV",), "MIL": ("MIL",), "COP": ("COP",), "JUD": ("JUD",), "LEG": ("LEG",),
    "REB": ("REB",), "SPY": ("SPY",), "BUS": ("BUS",), "EDU": ("EDU",), "CVL": ("CVL",),
    "CIV": ("CVL",), "OPP": ("OPP",), "REF": ("REF",), "LAB": ("LAB",), "AGR": ("AGR",),
    "CRM": ("CRM",), "ELI": ("ELI",), "MED": ("JRN", "MED"), "HLH": ("MED",), "REL": ("REL",),
    "UAF": ("UAF",), "PTY": ("PTY",), "UNK": ("UNK",),
}


# ----------------------------------------------------------------------------- parsing
@dataclass
class Coding:
    """One expected event of a record (or a no-event / error marker)."""

    source: str | None = None
    target: str | None = None
    code: str | None = None
    noevents: bool = False
    error: str | None = None


@dataclass
class Record:
    """One ``<Sentence>`` of the suite."""

    id: str
    date: str | None  # ISO YYYY-MM-DD
    category: str
    text: str
    codings: list[Coding] = field(default_factory=list)

    @property
    def no_event(self) -> bool:
        """The suite expects nothing here: a ``noevents`` or ``error`` coding and no event code."""
        return not any(c.code for c in self.codings) and any(c.noevents or c.error for c in self.codings)


_SENT_RE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR_RE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING_RE = re.compile(r"<EventCoding\b([^>]*)>", re.S)
_TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def _iso(d: str | None) -> str | None:
    d = (d or "").strip()
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if re.fullmatch(r"\d{8}", d) else None


def parse_records(xml_text: str) -> list[Record]:
    """The records of a PETRARCH validation file.

    A regex reader rather than an XML parser because the file is not strict XML everywhere
    (attributes written ``noevents = "True"``, free text in comments); comments are removed
    first, so commented-out records are not read."""
    out: list[Record] = []
    for m in _SENT_RE.finditer(_COMMENT_RE.sub("", xml_text)):
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        body = m.group(2)
        t = _TEXT_RE.search(body)
        text = " ".join(html.unescape(t.group(1)).split()) if t else ""
        codings = []
        for c in _CODING_RE.finditer(body):
            a = {k.lower(): v for k, v in _ATTR_RE.findall(c.group(1))}
            codings.append(Coding(source=a.get("sourcecode"), target=a.get("targetcode"),
                                  code=a.get("eventcode"), noevents=a.get("noevents", "").lower() == "true",
                                  error=a.get("error")))
        out.append(Record(id=attrs.get("id", f"rec{len(out) + 1}"), date=_iso(attrs.get("date")),
                          category=attrs.get("category", ""), text=text, codings=codings))
    return out


def load_cameo_map(path: Path | None = None) -> dict[str, str]:
    """CAMEO prefix -> PLOVER type ('' = dropped by the manual), from ``cameo_plover.tsv``."""
    if path is None:
        text = resources.files("warta.resources").joinpath("events", "cameo_plover.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r["cameo"].strip(): r["plover"].strip() for r in csv.DictReader(lines, delimiter="\t")}


def cameo_to_plover(code: str | None, cmap: dict[str, str]) -> str | None:
    """PLOVER type of a CAMEO code by its longest listed prefix; ``''`` when the manual drops
    the category; ``None`` when the code is not CAMEO (the suite's 9xx test codes)."""
    code = (code or "").strip()
    for n in range(len(code), 1, -1):
        if code[:n] in cmap:
            return cmap[code[:n]]
    return None


def split_actor(code: str | None) -> tuple[str | None, tuple[str, ...]]:
    """PETRARCH actor code -> (3-letter country or None, PLOVER sectors of its agents).

    ``USAGOV`` -> (USA, (GOV,)); ``---GOV`` -> (None, (GOV,)): the country is unknown."""
    code = (code or "").strip().upper()
    if len(code) < 3:
        return None, ()
    country = code[:3] if code[:3].isalpha() else None
    sectors: list[str] = []
    for k in range(3, len(code) - 2, 3):
        sectors.extend(AGENT_SECTOR.get(code[k:k + 3], ()))
    return country, tuple(sectors)


# ----------------------------------------------------------------------------- suite actors
def parse_actor_dictionary(text: str) -> list[tuple[str, str]]:
    """(name, code) pairs of a TABARI/PETRARCH actor dictionary: each head line with its
    ``+synonyms`` and the first code block that has no date restriction (else the first)."""
    text = _COMMENT_RE.sub("", text)
    pairs: list[tuple[str, str]] = []
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        if names and codes:
            plain = [c for c in codes if not re.search(r"[<>\d]", c)]
            code = (plain or codes)[0].split()[0]
            code = code.split("/")[0]
            if code.isalpha():
                pairs.extend((n, code.upper()) for n in names)
        names.clear()
        codes.clear()

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        blocks = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in (" ", "\t") and not head:
            codes.extend(b.strip() for b in blocks)
            continue
        if head.startswith("+"):
            names.append(head[1:].strip())
            codes.extend(b.strip() for b in blocks)
            continue
        flush()
        if head:
            names.append(head)
        codes.extend(b.strip() for b in blocks)
    flush()
    return pairs


def _surface(name: str) -> list[str]:
    """Surface forms of a dictionary name. A name without a final underscore matches as a
    word stem in TABARI ("ERIADOR" also matches "Eriadorian"), so common English
    demonym/plural endings are added."""
    exact = name.endswith("_")
    base = name.strip("_").replace("_", " ").strip()
    if not base or not any(ch.isalpha() for ch in base):
        return []
    words = base.split()
    title = " ".join(w if (len(w) <= 3 and w.isupper() and "." in w) or w in ("U.S.", "U.N.") else w.capitalize()
                     for w in words)
    forms = {title}
    if len(base) <= 5 and base.replace(".", "").isalpha() and base.isupper():
        forms.add(base)  # acronyms: USA, PLO, UAE
    if not exact and len(words) == 1 and len(base) > 3:
        for suf in ("n", "ns", "ian", "ians", "ese", "i", "is", "s", "an", "ans"):
            forms.add(title + suf)
    return sorted(forms)


def suite_kb(actor_text: str):
    """A private copy of warta's KB with the suite's actors added as countries/bodies."""
    from warta.actors.kb import Entry, load_kb

    kb = load_kb()
    for name, code in parse_actor_dictionary(actor_text):
        country, sectors = split_actor(code)
        if country is None:
            continue
        sector = sectors[0] if sectors else None
        for form in _surface(name):
            if sector is None and len(code) == 3:
                entry = Entry("country", form, form, country, None, "GPE", False, "cap", "petrarch-suite")
            else:
                entry = Entry("org", form, form, country, sector, "ORG", False, "cap", "petrarch-suite")
            kb.add(form, entry)
    return kb


# ----------------------------------------------------------------------------- running
def build_pipeline(actor_text: str | None):
    from warta.actors import ActorLinker
    from warta.pipeline import Pipeline

    pipe = Pipeline()
    if actor_text is not None:
        kb = suite_kb(actor_text)
        pipe.stages = [(n, ActorLinker(options=pipe.options, kb=kb) if n == "actors" else s)
                       for n, s in pipe.stages]
    return pipe


def run_record(pipe, rec: Record) -> dict[str, Any]:
    from warta.model import Document

    doc = Document(id=rec.id, raw_text=rec.text, meta_published=rec.date)
    doc = pipe(doc)
    events = [{"type": e.type, "negated": e.negated, "hypothetical": e.hypothetical,
               "actor": [(a.code, a.sector) for a in e.actor],
               "recipient": [(r.code, r.sector) for r in e.recipient],
               "trigger": e.trigger.text if e.trigger else None} for e in doc.events]
    return {"language": doc.language, "events": events, "warnings": list(doc.warnings),
            "entities": [(e.name, e.code, e.sector) for e in doc.entities]}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(records: list[Record], preds: dict[str, dict[str, Any]], cmap: dict[str, str],
          iso3: frozenset[str] = frozenset()) -> dict[str, Any]:
    """All figures of the report (see the module docstring for their definitions)."""
    tp = fp = fn = 0
    det_tp = det_fp = det_fn = 0
    n_scope = n_dropped = n_private = n_noevent = fp_noevent = 0
    n_noevents_only = fp_noevents_only = 0
    agree = {"source": [0, 0], "target": [0, 0], "source_iso": [0, 0], "target_iso": [0, 0],
             "sector": [0, 0]}
    misses: list[dict[str, Any]] = []
    not_en = 0
    for rec in records:
        pred = preds[rec.id]
        if pred["language"] != "en":
            not_en += 1
        evs = [e for e in pred["events"] if not e["negated"]]
        got = {e["type"] for e in evs}
        if rec.no_event:
            n_noevent += 1
            n_noevents_only += any(c.noevents for c in rec.codings)
            if evs:
                fp_noevent += 1
                if any(c.noevents for c in rec.codings):
                    fp_noevents_only += 1
                det_fp += 1
                misses.append({"id": rec.id, "kind": "false positive on a no-event record",
                               "text": rec.text, "predicted": sorted(got)})
            continue
        mapped = [(c, cameo_to_plover(c.code, cmap)) for c in rec.codings if c.code]
        if not mapped:
            continue
        if any(t is None for _, t in mapped) and not any(t for _, t in mapped):
            n_private += 1
            continue
        if not any(t for _, t in mapped):
            n_dropped += 1
            continue
        n_scope += 1
        want = {t for _, t in mapped if t}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        if evs:
            det_tp += 1
        else:
            det_fn += 1
        for c, t in mapped:
            if not t or t not in got:
                continue
            same = [e for e in evs if e["type"] == t]
            for side, key in (("source", "actor"), ("target", "recipient")):
                country, sectors = split_actor(getattr(c, side))
                if country is None:
                    continue
                codes = {x[0] for e in same for x in e[key] if x[0]}
                hit = country in codes
                agree[side][0] += hit
                agree[side][1] += 1
                if country in iso3:
                    agree[side + "_iso"][0] += hit
                    agree[side + "_iso"][1] += 1
                if side == "source" and sectors:
                    secs = {x[1] for e in same for x in e[key] if x[0] == country}
                    agree["sector"][0] += bool(secs & set(sectors))
                    agree["sector"][1] += 1
        if want != got:
            misses.append({"id": rec.id, "kind": "type mismatch", "text": rec.text,
                           "expected": sorted(want), "predicted": sorted(got),
                           "codes": [c.code for c, _ in mapped],
                           "events": [f"{e['type']} {e['trigger']!r} {e['actor']} -> {e['recipient']}" for e in evs]})
    p, r, f = _prf(tp, fp, fn)
    dp, dr, df = _prf(det_tp, det_fp, det_fn)
    return {
        "records": len(records), "in_scope": n_scope, "dropped_by_plover": n_dropped,
        "private_test_codes": n_private, "no_event_records": n_noevent,
        "false_positives_on_no_event": fp_noevent,
        "noevents_records": n_noevents_only, "false_positives_on_noevents": fp_noevents_only, "not_detected_as_english": not_en,
        "type": {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
        "detection": {"precision": round(dp, 3), "recall": round(dr, 3), "f1": round(df, 3)},
        "agreement": {k: {"agree": v[0], "of": v[1], "rate": round(v[0] / v[1], 3) if v[1] else None}
                      for k, v in agree.items()},
        "misses": misses,
    }


def _iso3_codes() -> frozenset[str]:
    from warta.actors.kb import kb_dir

    with (kb_dir() / "countries.tsv").open(encoding="utf-8") as fh:
        return frozenset(r["code"] for r in csv.DictReader(fh, delimiter="\t"))


def print_table(s: dict[str, Any], out=sys.stdout) -> None:
    t, d, a = s["type"], s["detection"], s["agreement"]

    def rate(k: str) -> str:
        return f"{a[k]['rate']:.3f} ({a[k]['agree']}/{a[k]['of']})" if a[k]["of"] else "n/a"

    rows = [
        ("records (in scope / dropped by PLOVER / 9xx test codes / no-event)",
         f"{s['records']} ({s['in_scope']} / {s['dropped_by_plover']} / {s['private_test_codes']} / {s['no_event_records']})"),
        ("event type P / R / F1", f"{t['precision']:.3f} / {t['recall']:.3f} / {t['f1']:.3f}  (tp {t['tp']}, fp {t['fp']}, fn {t['fn']})"),
        ("detection (type-blind) P / R / F1", f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f}"),
        ("false positives on no-event records (all / 'noevents' only)",
         f"{s['false_positives_on_no_event']} of {s['no_event_records']}  /  "
         f"{s['false_positives_on_noevents']} of {s['noevents_records']}"),
        ("source country agreement (all / ISO3 only)", f"{rate('source')}  /  {rate('source_iso')}"),
        ("target country agreement (all / ISO3 only)", f"{rate('target')}  /  {rate('target_iso')}"),
        ("source sector agreement", rate("sector")),
        ("records not identified as English", str(s["not_detected_as_english"])),
    ]
    w = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared directory")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the misses")
    ap.add_argument("--no-suite-actors", action="store_true",
                    help="do not add the suite's actor dictionary to the KB (warta's KB alone)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N records (quick runs)")
    args = ap.parse_args(argv)
    suite = args.shared / SUITE_DIR
    if not (suite / RECORDS).is_file():
        print(f"eval-en: {suite / RECORDS} not found, skipped", file=sys.stderr)
        return 0
    records = parse_records((suite / RECORDS).read_text(encoding="utf-8", errors="replace"))
    if args.limit:
        records = records[:args.limit]
    actor_text = None if args.no_suite_actors else (suite / ACTORS).read_text(encoding="utf-8", errors="replace")
    pipe = build_pipeline(actor_text)
    preds = {r.id: run_record(pipe, r) for r in records}
    s = score(records, preds, load_cameo_map(), _iso3_codes())
    s["suite_actors"] = actor_text is not None
    if args.json:
        if not args.verbose:
            s = {k: v for k, v in s.items() if k != "misses"}
        json.dump(s, sys.stdout, indent=2)
        print()
        return 0
    print(f"PETRARCH validation suite ({'with' if actor_text else 'without'} the suite's actor dictionary)")
    print_table(s)
    if args.verbose:
        for m in s["misses"]:
            print(f"\n[{m['id']}] {m['kind']}: expected {m.get('expected', [])} got {m['predicted']}"
                  f" codes {m.get('codes', '')}\n  {m['text']}")
            for e in m.get("events", []):
                print(f"    {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
