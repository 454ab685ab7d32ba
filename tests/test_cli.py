"""The ``warta`` command line, run for real: subprocesses for the entry point (ingest,
exit codes, stderr, environment) and Typer's runner in-process for the rest, handing
the session's pipeline to the commands so the stages load once."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import SUBAPPS, app

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
TXT = EXAMPLES / "pertemuan-menlu-indonesia-malaysia.txt"
JSONL = EXAMPLES / "berita.jsonl"


def warta(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
          stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m warta ARGS`` in a subprocess."""
    full_env = {k: v for k, v in os.environ.items() if k != "WARTA_DB"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "warta", *args], cwd=cwd or REPO, env=full_env, input=stdin,
                          capture_output=True, text=True, timeout=900)


runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples ingested once into a fresh file."""
    path = tmp_path_factory.mktemp("cli") / "ex.duckdb"
    r = warta("ingest", str(EXAMPLES), "--db", str(path), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return path


def _n_examples() -> int:
    from warta.model import Document
    from warta.readers import read_inputs
    return sum(isinstance(d, Document) for d in read_inputs([str(EXAMPLES)]))


def test_version_via_python_m_warta():
    from warta import __version__
    r = warta("version")
    assert r.returncode == 0 and r.stdout.strip() == __version__


def test_ingest_stores_the_examples_and_a_second_run_adds_nothing(db: Path):
    n = _n_examples()
    s = json.loads(warta("stats", "--db", str(db), "-o", "json").stdout)
    assert s["counts"]["articles"] == s["counts"]["documents"] == n
    again = warta("ingest", str(EXAMPLES), "--db", str(db), "--no-progress")
    assert again.returncode == 0, again.stderr
    assert "nothing new" in again.stdout
    assert json.loads(warta("stats", "--db", str(db), "-o", "json").stdout)["counts"] == s["counts"]


def test_changed_input_replaces_the_article(db: Path, tmp_path: Path, pipeline):
    copy = tmp_path / TXT.name  # same id (file name), different text
    copy.write_text(TXT.read_text(encoding="utf-8") + "\nKalimat tambahan di akhir berita.\n", encoding="utf-8")
    tmpdb = tmp_path / "copy.duckdb"
    tmpdb.write_bytes(db.read_bytes())
    r = runner.invoke(app, ["ingest", str(copy), "--db", str(tmpdb), "--no-progress"], obj={"pipeline": pipeline})
    assert r.exit_code == 0, r.output
    assert "nothing new" not in r.stdout
    s = json.loads(runner.invoke(app, ["stats", "--db", str(tmpdb), "-o", "json"]).stdout)
    assert s["counts"]["articles"] == _n_examples()
    rows = query("articles", "--db", str(tmpdb), "--search", "kalimat tambahan")
    assert [a["id"] for a in rows] == [TXT.stem]


def query(*args: str) -> list[dict]:
    r = runner.invoke(app, [*args, "-o", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_query_outputs_json_csv_table(db: Path):
    rows = query("articles", "--db", str(db), "-n", "0")
    assert {r["id"] for r in rows} >= {TXT.stem, "contoh-demo-buruh", "example-asean-maritime"}
    assert all(set(r) >= {"id", "title", "published", "language", "n_events"} for r in rows)
    out = runner.invoke(app, ["articles", "--db", str(db), "-o", "csv", "-n", "2"]).stdout
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 2 and "title" in table[0]
    r = runner.invoke(app, ["articles", "--db", str(db), "-o", "table"])
    assert r.exit_code == 0 and "articles" in r.stdout
    for cmd in ("events", "quotes"):
        assert isinstance(query(cmd, "--db", str(db)), list)
        r = runner.invoke(app, [cmd, "--db", str(db), "-o", "csv"])
        assert r.exit_code == 0 and r.stdout.splitlines()[0].count(",") >= 3


def test_query_filters_reach_the_store(db: Path):
    assert [r["id"] for r in query("articles", "--db", str(db), "--since", "2025-11")] == ["contoh-demo-buruh"]
    assert [r["id"] for r in query("articles", "--db", str(db), "--until", "2025-08-31")] == ["example-asean-maritime"]
    rows = query("articles", "--db", str(db), "--search", "Selat Malaka")
    assert rows and rows[0]["id"] == TXT.stem
    rows = query("articles", "--db", str(db), "--search", "coast guard hotline")
    assert rows and rows[0]["id"] == "example-asean-maritime"
    ev = query("events", "--db", str(db), "-n", "0")
    for t in {e["type"] for e in ev}:
        got = query("events", "--db", str(db), "-n", "0", "--type", t)
        assert got and {e["type"] for e in got} == {t}
    for e in ev:
        for a in e["actor"][:1]:
            code = a["code"] + (f".{a['sector']}" if a["sector"] else "")
            got = query("events", "--db", str(db), "-n", "0", "--actor", code)
            assert (e["article_id"], e["event_id"]) in {(x["article_id"], x["event_id"]) for x in got}


def test_bad_filter_values_are_one_line_errors(db: Path):
    for args in (["events", "--since", "last week"], ["events", "--quad", "7"]):
        r = warta(*args, "--db", str(db))
        assert r.returncode == 2
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_query_on_a_missing_db_says_so(tmp_path: Path):
    r = warta("events", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2
    assert "none.duckdb" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_warta_db_environment_variable(db: Path, tmp_path: Path):
    r = warta("stats", "-o", "json", cwd=tmp_path, env={"WARTA_DB": str(db)})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["db"] == str(db)


# -- extract, in-process ---------------------------------------------------------------------


def test_extract_one_input_is_one_json_object(pipeline):
    r = runner.invoke(app, obj={"pipeline": pipeline}, args=["extract", str(TXT)])
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert isinstance(rec, dict) and rec["id"] == TXT.stem


def test_extract_several_inputs_is_a_json_array_and_jsonl_is_one_per_line(pipeline):
    r = runner.invoke(app, obj={"pipeline": pipeline}, args=["extract", str(TXT), str(JSONL)])
    assert r.exit_code == 0, r.output
    recs = json.loads(r.stdout)
    assert [x["id"] for x in recs] == [TXT.stem, "contoh-demo-buruh", "example-asean-maritime"]
    r = runner.invoke(app, obj={"pipeline": pipeline}, args=["extract", str(JSONL), "--format", "jsonl"])
    lines = r.stdout.strip().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["contoh-demo-buruh", "example-asean-maritime"]


def test_extract_reads_stdin(pipeline):
    r = runner.invoke(app, obj={"pipeline": pipeline}, args=["extract", "-", "--format", "jsonl"],
                      input=TXT.read_text(encoding="utf-8"))
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout.strip().splitlines()[0])
    assert "Selat Malaka" in rec["text"]


def test_extract_explain_keeps_the_record_shape(pipeline):
    r = runner.invoke(app, obj={"pipeline": pipeline},
                      args=["extract", str(JSONL), "--explain", "--format", "jsonl"])
    assert r.exit_code == 0
    for line in r.stdout.strip().splitlines():
        rec = json.loads(line)
        assert all("explain" in e for e in rec["events"])


def test_extract_pretty_names_the_article(pipeline):
    r = runner.invoke(app, obj={"pipeline": pipeline}, args=["extract", str(JSONL), "--format", "pretty"])
    assert r.exit_code == 0, r.output
    assert "contoh-demo-buruh" in r.stdout and "example-asean-maritime" in r.stdout


@pytest.mark.parametrize("module", sorted(SUBAPPS))
def test_optional_sub_apps_are_registered_when_present(module: str):
    name = SUBAPPS[module][1]
    if importlib.util.find_spec(module) is None:
        r = runner.invoke(app, [name, "--help"])
        assert r.exit_code != 0  # absent module: no command, the rest of the CLI works
        assert runner.invoke(app, ["version"]).exit_code == 0
    else:
        assert runner.invoke(app, [name, "--help"]).exit_code == 0
