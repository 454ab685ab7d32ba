"""The PySpark runner, run for real on a local Spark (started once for the module).

What must hold: Spark output equals the plain pipeline's output for the same inputs (records
compared whole, not hard-coded values); the flattened tables say what the records say; a bad
input becomes an error row and the others survive; the CLI writes the files, prints counts,
loads the store; without pyspark or Java the command says so in one line.
Spark tests skip when pyspark or Java is absent; the "missing" tests run everywhere.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from warta import spark as ws
from warta.model import Document
from warta.readers import read_inputs

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
JSONL = EXAMPLES / "berita.jsonl"
TXT = EXAMPLES / "pertemuan-menlu-indonesia-malaysia.txt"
HTML = EXAMPLES / "penangkapan-penyelundup-bogor.html"

runner = CliRunner()


def _has_pyspark() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One local Spark for the module (start-up costs ~15 s), stopped at the end."""
    try:
        ws.require_spark()
    except ws.SparkUnavailable as exc:
        pytest.skip(str(exc))
    session = ws.session("local[1]", partitions=2)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example records plus bad lines: malformed JSON (line 3), no text (line 4), a blank line."""
    d = tmp_path_factory.mktemp("spark-corpus")
    lines = JSONL.read_text(encoding="utf-8").splitlines()
    bad = ['{"id": "broken", "text": ', json.dumps({"id": "no-text", "title": "Judul", "text": "   "}), ""]
    (d / "corpus.jsonl").write_text("\n".join(lines[:2] + bad + lines[2:]) + "\n", encoding="utf-8")
    return d / "corpus.jsonl"


def _plain(paths: list[str], pipeline: Any) -> dict[str, dict[str, Any]]:
    """What ``warta extract`` produces for ``paths``: id -> record."""
    out = {}
    for item in read_inputs(paths):
        if isinstance(item, Document):
            out[item.id] = pipeline(item).to_record()
    return out


@pytest.fixture(scope="module")
def outputs(spark: Any, corpus: Path, pipeline: Any) -> dict[str, list[dict[str, Any]]]:
    """The five outputs of one Spark run over the corpus, the .txt and .html examples and a
    missing path, on two partitions, collected as dicts."""
    items = ws.read_corpus(spark, [str(corpus), str(TXT), str(HTML), "missing.jsonl"], partitions=2)
    result = ws.process(items, pipeline.options, spark=spark)
    try:
        got = {name: [r.asDict(recursive=True) for r in df.collect()] for name, df in result.tables().items()}
        got["counts"] = [result.counts()]
    finally:
        result.unpersist()
    return got


def test_spark_records_equal_the_plain_pipeline(outputs: dict[str, list[dict[str, Any]]], corpus: Path,
                                                pipeline: Any) -> None:
    expected = _plain([str(corpus), str(TXT), str(HTML)], pipeline)
    got = {row["id"]: json.loads(row["record"]) for row in outputs["articles"]}
    assert set(got) == set(expected) and len(outputs["articles"]) == len(expected), outputs["errors"]
    for aid, rec in expected.items():
        assert got[aid] == rec, aid
    assert any(rec["events"] for rec in expected.values())  # the comparison covers events


def test_article_columns_follow_the_record(outputs: dict[str, list[dict[str, Any]]]) -> None:
    for row in outputs["articles"]:
        rec = json.loads(row["record"])
        assert (row["language"], row["title"]) == (rec["language"], rec["title"])
        assert row["published"] == (rec["published"] or {}).get("date")
        assert (row["n_entities"], row["n_events"], row["n_quotes"]) == (
            len(rec["entities"]), len(rec["events"]), len(rec["quotes"]))
        assert row["path"] == rec["source"]["path"]
    lines = [row["line"] for row in outputs["articles"] if row["path"].endswith("corpus.jsonl")]
    assert sorted(lines) == [1, 2]  # the two good records of the corpus fixture
    assert [row["line"] for row in outputs["articles"] if not row["path"].endswith("corpus.jsonl")] == [None, None]


def _full(ref: dict[str, Any]) -> str:
    return f"{ref['code']}.{ref['sector']}" if ref.get("sector") else ref["code"]


def test_flattened_tables_say_what_the_records_say(outputs: dict[str, list[dict[str, Any]]]) -> None:
    records = {row["id"]: json.loads(row["record"]) for row in outputs["articles"]}
    events = sorted(outputs["events"], key=lambda r: (r["article_id"], r["seq"]))
    want_events = [(aid, ev["id"], ev["type"], ev["quad"], [_full(a) for a in ev["actor"]],
                    [_full(a) for a in ev["recipient"]], ev["date"], (ev["location"] or {}).get("name"),
                    ev["negated"], ev["hypothetical"], ev["confidence"], ev["evidence"]["text"] or None, ev["mode"],
                    records[aid]["published"]["date"] if records[aid]["published"] else None)
                   for aid in sorted(records) for ev in records[aid]["events"]]
    assert [(r["article_id"], r["event_id"], r["type"], r["quad"], r["actors"], r["recipients"], r["date"],
             r["place"], r["negated"], r["hypothetical"], r["confidence"], r["evidence"], r["mode"],
             r["article_published"]) for r in events] == want_events
    quotes = sorted(outputs["quotes"], key=lambda r: (r["article_id"], r["seq"]))
    assert [(r["article_id"], r["quote_id"], r["kind"], r["text"], r["speaker_name"], r["start"], r["end"])
            for r in quotes] == [
        (aid, q["id"], q["kind"], q["text"], (q["speaker"] or {}).get("name"), q["span"]["start"], q["span"]["end"])
        for aid in sorted(records) for q in records[aid]["quotes"]]
    entities = sorted(outputs["entities"], key=lambda r: (r["article_id"], r["entity_id"]))
    assert [(r["article_id"], r["entity_id"], r["name"], r["label"], r["code"], r["n_mentions"]) for r in entities] \
        == sorted((aid, e["id"], e["name"], e["label"], e["code"], len(e["mentions"]))
                  for aid in records for e in records[aid]["entities"])
    assert outputs["counts"] == [{"articles": len(records), "events": len(events), "quotes": len(quotes),
                                  "entities": len(entities), "errors": len(outputs["errors"])}]


def test_bad_inputs_are_error_rows_and_the_rest_survives(outputs: dict[str, list[dict[str, Any]]],
                                                         corpus: Path) -> None:
    errors = {(r["path"], r["line"]): r for r in outputs["errors"]}
    assert set(errors) == {(str(corpus), 3), (str(corpus), 4), ("missing.jsonl", None)}
    assert "malformed JSON" in errors[(str(corpus), 3)]["message"]
    assert errors[(str(corpus), 4)]["message"] == "record has no text"
    assert errors[(str(corpus), 4)]["id"] == "no-text"
    assert "no such file" in errors[("missing.jsonl", None)]["message"]
    assert all(r["stage"] == "read" for r in outputs["errors"])
    assert len(outputs["articles"]) == 4  # two JSONL records, the .txt and the .html


def test_a_dataframe_of_records_works_like_the_reader(spark: Any, pipeline: Any) -> None:
    recs = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [{k: r.get(k) for k in ("id", "url", "outlet", "published", "title", "text")} for r in recs]
    rows.append({"id": "kosong", "url": None, "outlet": None, "published": None, "title": "t", "text": None})
    df = spark.createDataFrame(rows, schema="id string, url string, outlet string, published string, "
                                            "title string, text string")
    result = ws.process(df, pipeline.options, spark=spark)
    try:
        got = {r["id"]: json.loads(r["record"]) for r in result.articles.collect()}
        errors = [r.asDict() for r in result.errors.collect()]
    finally:
        result.unpersist()
    expected = _plain([str(JSONL)], pipeline)
    assert set(got) == set(expected)
    for aid, rec in expected.items():
        rec["source"]["path"] = None  # a DataFrame row has no file behind it
        assert got[aid] == rec
    assert errors == [{"id": "kosong", "path": None, "line": None, "stage": "read",
                       "message": "record has no text"}]


def test_process_partition_keeps_going_after_a_bad_item(pipeline: Any) -> None:
    """The partition function itself, without Spark: one row per item, errors in between."""
    rec = json.loads(JSONL.read_text(encoding="utf-8").splitlines()[0])
    items = [{"_path": "x.jsonl", "_line": 1, "_json": "{nope"}, 42, rec, {"id": "e", "text": ""}]
    rows = list(ws.process_partition(items, ws.JobOptions.of(pipeline.options)))
    cols = [c for c, _ in ws.ROW_COLS]
    got = [dict(zip(cols, r)) for r in rows]
    assert [(g["id"], g["stage"]) for g in got] == [(None, "read"), (None, "read"), (rec["id"], None), ("e", "read")]
    assert json.loads(got[2]["record"]) == _plain([str(JSONL)], pipeline)[rec["id"]] | {
        "source": {"path": None, "url": rec["url"], "outlet": rec["outlet"]}}


def test_options_travel_as_plain_data() -> None:
    import pickle
    from datetime import date

    from warta.options import PipelineOptions

    opts = PipelineOptions(today=date(2024, 6, 21), use_ner=True)
    job = ws.JobOptions.of(opts)
    assert job.pipeline_options() == opts
    assert pickle.loads(pickle.dumps(job)).pipeline_options() == opts
    assert all(isinstance(v, (str, bool, int, float, type(None))) for _, v in job.values)


def test_records_rebuild_into_documents_for_the_store(pipeline: Any) -> None:
    for rec in _plain([str(JSONL), str(TXT), str(HTML)], pipeline).values():
        doc = ws.document_from_record(rec, "h" * 64, line=3)
        assert doc.to_record() == rec
        assert doc.content_hash == "h" * 64 and doc.source.line == 3


def _spark_cli(*args: str) -> Any:
    from warta.cli import app
    return runner.invoke(app, ["spark", *args])


def _part_lines(folder: Path) -> list[str]:
    return [line for f in sorted(folder.glob("part-*")) for line in f.read_text(encoding="utf-8").splitlines()]


def test_cli_writes_parquet_prints_counts_and_loads_the_store(spark: Any, corpus: Path, tmp_path: Path,
                                                             pipeline: Any) -> None:
    from warta.store import Store

    out, db = tmp_path / "out", tmp_path / "w.duckdb"
    r = _spark_cli(str(corpus), str(TXT), "--out", str(out), "--partitions", "1", "--db", str(db))
    assert r.exit_code == 0, r.output
    expected = _plain([str(corpus), str(TXT)], pipeline)
    for name in ws.TABLES:
        assert (out / name / "_SUCCESS").is_file() and list((out / name).glob("part-*.parquet")), name
    arts = spark.read.parquet(str(out / "articles")).collect()
    assert {a["id"]: json.loads(a["record"]) for a in arts} == expected
    n_events = sum(len(rec["events"]) for rec in expected.values())
    assert spark.read.parquet(str(out / "events")).count() == n_events
    assert spark.read.parquet(str(out / "errors")).count() == 2
    counts = dict(re.findall(r"^\s*(articles|events|errors)\s+(\d+)\s*$", r.output, re.M))
    assert counts == {"articles": str(len(expected)), "events": str(n_events), "errors": "2"}
    assert "malformed JSON line" in r.output  # the error lines are reported
    with Store(str(db), read_only=True) as store:
        assert {a.id for a in store.articles()} == set(expected)
        for aid, rec in expected.items():
            assert store.record(aid) == rec
        assert store.stats()["counts"]["events"] == n_events
        # the same content hashes `warta ingest` keys on: ingesting these inputs later adds nothing
        assert store.known_hashes() == {d.content_hash for d in read_inputs([str(corpus), str(TXT)])
                                        if isinstance(d, Document)}
    again = _spark_cli(str(corpus), str(TXT), "--out", str(out), "--partitions", "1", "--db", str(db),
                       "--format", "jsonl")
    assert again.exit_code == 0, again.output
    assert f"0 new, 0 replaced, {len(expected)} unchanged" in again.output
    # jsonl: the articles are exactly the lines `warta extract --format jsonl` prints
    assert sorted(_part_lines(out / "articles")) == sorted(json.dumps(rec, ensure_ascii=False)
                                                           for rec in expected.values())
    assert len(_part_lines(out / "errors")) == 2 and not list((out / "events").glob("*.parquet"))


def test_cli_with_nothing_processable_exits_1(spark: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    r = _spark_cli(str(bad), "--out", str(tmp_path / "o"))
    assert r.exit_code == 1
    assert "record has no text" in r.output and "nothing could be processed" in r.output


def _run_cli(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "WARTA_DB"}
    full.update(env or {})
    return subprocess.run([sys.executable, "-c", code, "spark", *args], capture_output=True, text=True,
                          env=full, timeout=300, cwd=REPO)


def test_without_pyspark_the_command_says_what_to_install(tmp_path: Path) -> None:
    # pyspark made unimportable (it is a third-party package, not ours); where it is really
    # absent this is the ordinary path
    code = "import sys; sys.modules['pyspark'] = None; from warta.cli import main; sys.argv[0] = 'warta'; main()"
    r = _run_cli(code, str(JSONL), "--out", str(tmp_path / "o"))
    assert r.returncode == 1
    assert r.stderr.strip() == "warta: pyspark is not installed: pip install 'warta[spark]'"
    assert not (tmp_path / "o").exists()


@pytest.mark.skipif(not _has_pyspark(), reason="pyspark not installed")
def test_without_java_the_command_says_so(tmp_path: Path) -> None:
    env = {"PATH": str(Path(sys.executable).parent), "JAVA_HOME": str(tmp_path / "no-java")}
    r = _run_cli("import sys; from warta.cli import main; main()", str(JSONL), "--out", str(tmp_path / "o"),
                 env=env)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "no Java runtime found" in r.stderr and "Traceback" not in r.stderr
