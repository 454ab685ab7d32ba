"""Bad input at the command line: one clear line per problem naming the file (and
line), the rest of the batch processed and stored, no traceback, and a non-zero
exit only when nothing at all could be processed. Run as real subprocesses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOOD = REPO / "examples" / "pertemuan-menlu-indonesia-malaysia.txt"

GOOD_LINE_1 = {"id": "ok-1", "title": "Presiden bertemu menteri",
               "text": "Jakarta - Presiden bertemu menteri luar negeri di istana untuk membahas kerja sama "
                       "ekonomi kedua negara pada hari Senin pagi, kata juru bicara istana."}
GOOD_LINE_3 = {"id": "ok-3", "title": "Polisi menangkap dua tersangka",
               "text": "Bekasi - Polisi menangkap dua tersangka pencurian sepeda motor pada Selasa malam "
                       "setelah menerima laporan warga setempat, kata kepala kepolisian sektor."}


def warta(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "WARTA_DB"}
    return subprocess.run([sys.executable, "-m", "warta", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One good article among every kind of bad input."""
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\n\t\n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x10\xff" * 500)
    (d / "invalid-utf8.txt").write_bytes(
        "Jakarta - Presiden bertemu menteri luar negeri di istana untuk membahas kerja sama ekonomi pada "
        "Senin.".encode() + b" \xff\xfe\xc3\x28 caf\xe9 \x80\x81")
    (d / "malformed.jsonl").write_text(
        json.dumps(GOOD_LINE_1) + "\n" + '{"id": "broken", "text": "unterminated\n' + json.dumps(GOOD_LINE_3) + "\n",
        encoding="utf-8")
    (d / "noarticle.html").write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Beranda</a> | <a href='/x'>Indeks</a>"
        "</nav><footer>© 2025</footer></body></html>", encoding="utf-8")
    with (d / "huge.txt").open("wb") as fh:  # 100 MB, sparse: instant to create
        fh.truncate(100 * 1024 * 1024)
    (d / "good.txt").write_bytes(GOOD.read_bytes())
    return d


BAD_FILES = ["empty.txt", "blank.txt", "binary.txt", "image.html", "noarticle.html", "huge.txt"]


def _messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warta: ")]


def _check_messages(stderr: str, bad_dir: Path, missing: Path) -> None:
    assert "Traceback" not in stderr
    lines = _messages(stderr)
    for name in BAD_FILES:
        hits = [x for x in lines if str(bad_dir / name) in x]
        assert len(hits) == 1, (name, lines)
    assert any(f"{bad_dir / 'malformed.jsonl'}:2:" in x for x in lines), lines
    assert any(str(missing) in x for x in lines), lines
    assert not any("good.txt" in x for x in lines)


@pytest.fixture(scope="module")
def ingested(bad_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("db") / "bad.duckdb"
    missing = bad_dir.parent / "does-not-exist.txt"
    r = warta("ingest", str(bad_dir), str(missing), "--db", str(db), "--no-progress")
    return r, db, missing


def test_ingest_reports_each_bad_input_on_one_line_and_stores_the_rest(ingested, bad_dir: Path):
    r, db, missing = ingested
    assert r.returncode == 0, r.stderr
    _check_messages(r.stderr, bad_dir, missing)
    ids = {a["id"] for a in json.loads(warta("articles", "--db", str(db), "-o", "json", "-n", "0").stdout)}
    assert {"good", "ok-1", "ok-3"} <= ids
    assert not ids & {"empty", "blank", "binary", "image", "noarticle", "huge", "broken"}
    # invalid UTF-8 is either decoded (and stored) or reported, never a crash
    assert "invalid-utf8" in ids or any("invalid-utf8.txt" in x for x in _messages(r.stderr))


def test_extract_reports_each_bad_input_and_writes_the_rest(bad_dir: Path):
    missing = bad_dir / "nope.jsonl"
    r = warta("extract", str(bad_dir), str(missing), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    _check_messages(r.stderr, bad_dir, missing)
    ids = [json.loads(line)["id"] for line in r.stdout.splitlines()]
    assert {"good", "ok-1", "ok-3"} <= set(ids)


def test_nothing_processable_exits_non_zero(bad_dir: Path, tmp_path: Path):
    only_bad = [str(bad_dir / n) for n in BAD_FILES] + [str(tmp_path / "missing.html")]
    for cmd in (["extract", *only_bad], ["ingest", *only_bad, "--db", str(tmp_path / "x.duckdb"), "--no-progress"]):
        r = warta(*cmd)
        assert r.returncode == 1
        assert "Traceback" not in r.stderr
        assert len(_messages(r.stderr)) == len(only_bad) + 1  # one per input + "nothing could be processed"
        assert r.stderr.strip().splitlines()[-1].startswith("warta: nothing could be processed")


def test_empty_directory_exits_non_zero(tmp_path: Path):
    (tmp_path / "in").mkdir()
    r = warta("extract", str(tmp_path / "in"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert any(str(tmp_path / "in") in x for x in _messages(r.stderr))


@pytest.mark.parametrize("where", ["parent-is-a-file", "no-such-dir", "a-directory", "not-a-database"])
def test_unwritable_db_is_one_line_and_non_zero(tmp_path: Path, where: str):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "notdb.duckdb").write_text("hello\n" * 1000)
    db = {"parent-is-a-file": tmp_path / "afile" / "w.duckdb", "no-such-dir": tmp_path / "a" / "b" / "w.duckdb",
          "a-directory": tmp_path, "not-a-database": tmp_path / "notdb.duckdb"}[where]
    r = warta("ingest", str(GOOD), "--db", str(db), "--no-progress")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warta: ") and str(db) in lines[0]


def test_usage_errors_have_no_traceback():
    r = warta("events", "--limit", "many")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = warta("no-such-command")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_stdin_garbage_is_reported():
    r = warta("extract", "-", stdin="")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert _messages(r.stderr)[0].startswith("warta: -")
