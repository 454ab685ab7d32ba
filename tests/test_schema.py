"""Every record follows the contract: ``spec/article.schema.json`` when ../shared is
present (seed + the 40 dev articles), and a built-in structural check everywhere
(the bundled examples), including that every span really is ``text[start:end]``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warta.model import PLOVER_TYPES, Document
from warta.readers import read_inputs

REPO = Path(__file__).resolve().parents[1]
REQUIRED = ("id", "language", "text", "dateline", "credits", "published", "entities", "events", "quotes")


def records(pipeline, paths: list[str]) -> list[dict[str, Any]]:
    docs = [d for d in read_inputs(paths) if isinstance(d, Document)]
    assert docs, paths
    return [pipeline(d).to_record() for d in docs]


def spans(rec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for e in rec["entities"]:
        for m in e["mentions"]:
            yield f"entity {e['id']}", m
    for ev in rec["events"]:
        if ev.get("trigger"):
            yield f"event {ev['id']} trigger", ev["trigger"]
        if ev["evidence"]["end"] > 0:
            yield f"event {ev['id']} evidence", ev["evidence"]
    for q in rec["quotes"]:
        yield f"quote {q['id']}", q["span"]
    for t in rec.get("temporal", []):
        yield "timex", t["span"]


def check_structure(rec: dict[str, Any]) -> list[str]:
    """Problems with a record, without the JSON Schema (so it runs on a fresh clone)."""
    problems = [f"missing {k}" for k in REQUIRED if k not in rec]
    if problems:
        return problems
    text = rec["text"]
    if not isinstance(rec["id"], str) or not rec["id"]:
        problems.append("id")
    if not isinstance(text, str):
        problems.append("text")
    if not isinstance(rec["credits"].get("sources"), list):
        problems.append("credits.sources")
    if rec["published"] is not None and not isinstance(rec["published"].get("date"), str):
        problems.append("published.date")
    ids = {e["id"] for e in rec["entities"]}
    if len(ids) != len(rec["entities"]):
        problems.append("duplicate entity ids")
    for ev in rec["events"]:
        if ev["type"] not in PLOVER_TYPES:
            problems.append(f"event type {ev['type']}")
        for ref in ev["actor"] + ev["recipient"]:
            if not ref.get("code"):
                problems.append(f"event {ev['id']}: participant without code")
            if ref.get("entity") is not None and ref["entity"] not in ids:
                problems.append(f"event {ev['id']}: unknown entity {ref['entity']}")
        if not isinstance(ev["negated"], bool) or not isinstance(ev["hypothetical"], bool):
            problems.append(f"event {ev['id']}: flags")
    for what, sp in spans(rec):
        if not (0 <= sp["start"] <= sp["end"] <= len(text)) or text[sp["start"]:sp["end"]] != sp["text"]:
            problems.append(f"{what}: span {sp['start']}-{sp['end']} is not text[start:end]")
    return problems


def test_examples_have_the_record_structure(pipeline):
    for rec in records(pipeline, [str(REPO / "examples")]):
        assert check_structure(rec) == [], rec["id"]
        json.dumps(rec)  # serialisable


def test_structure_check_catches_a_bad_span():
    rec = {k: [] for k in ("entities", "events", "quotes")} | {
        "id": "x", "language": "id", "text": "Presiden bertemu menteri.", "dateline": None,
        "credits": {"sources": []}, "published": None}
    assert check_structure(rec) == []
    rec["quotes"] = [{"id": "q1", "span": {"start": 0, "end": 8, "text": "Menteri!"}}]
    assert check_structure(rec) == ["quote q1: span 0-8 is not text[start:end]"]


@pytest.fixture(scope="module")
def validator(shared: Path):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = shared / "spec" / "article.schema.json"
    if not schema_path.is_file():
        pytest.skip("no article.schema.json in ../shared")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_seed_and_dev_records_validate_against_the_schema(validator, pipeline, seed_path: Path, shared: Path):
    dev = shared / "corpora" / "gold-dev-articles.jsonl"
    paths = [str(seed_path)] + ([str(dev)] if dev.is_file() else [])
    recs = records(pipeline, paths)
    assert len(recs) >= 1 + (40 if dev.is_file() else 0)
    failures = []
    for rec in recs:
        errs = sorted(validator.iter_errors(rec), key=lambda e: list(e.absolute_path))
        failures += [f"{rec['id']}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errs[:3]]
        failures += [f"{rec['id']}: {p}" for p in check_structure(rec)]
    assert failures == []
    assert recs[0]["id"] == seed_path.stem  # a file's id is its name without the extension
