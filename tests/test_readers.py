"""Readers over real files written by the tests: every format and every kind of bad input."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta.model import Document, ReadError
from warta.readers import read_inputs, read_stdin, sniff

BODY = ("Jakarta - Presiden meresmikan jembatan baru yang menghubungkan dua kabupaten di Kalimantan Timur "
        "pada Jumat pagi. Jembatan sepanjang dua kilometer itu dibangun selama tiga tahun dengan dana negara.")


def docs(items):
    return [x for x in items if isinstance(x, Document)]


def errors(items):
    return [x for x in items if isinstance(x, ReadError)]


def test_text_file_id_is_file_stem(tmp_path: Path):
    p = tmp_path / "000_abc.txt"
    p.write_text("Judul\n\n" + BODY, encoding="utf-8")
    [d] = list(read_inputs([str(p)]))
    assert isinstance(d, Document)
    assert d.id == "000_abc"
    assert d.raw_text.startswith("Judul\n\n")
    assert d.source.path == str(p)


def test_unknown_extension_is_sniffed(tmp_path: Path):
    (tmp_path / "a.dat").write_text(json.dumps({"id": "r1", "text": BODY}) + "\n"
                                    + json.dumps({"id": "r2", "text": BODY}) + "\n", encoding="utf-8")
    (tmp_path / "b.dat").write_text(BODY, encoding="utf-8")
    out = list(read_inputs([str(tmp_path / "a.dat"), str(tmp_path / "b.dat")]))
    assert [d.id for d in docs(out)] == ["r1", "r2", "b"]


def test_html_with_metadata(tmp_path: Path):
    html = ("<html><head><title>Jembatan Baru Diresmikan</title>"
            '<meta property="article:published_time" content="2024-06-21T08:00:00+07:00">'
            '<meta property="og:site_name" content="Kabar Contoh">'
            "</head><body><nav>Beranda | Berita</nav><article><h1>Jembatan Baru Diresmikan</h1>"
            f"<p>{BODY}</p><p>Warga menyambut gembira peresmian itu karena perjalanan kini jauh lebih singkat "
            "dan murah bagi para pedagang di kedua kabupaten.</p></article></body></html>")
    p = tmp_path / "berita.html"
    p.write_text(html, encoding="utf-8")
    [d] = list(read_inputs([str(p)]))
    assert isinstance(d, Document), d
    assert d.id == "berita"
    assert d.meta_title == "Jembatan Baru Diresmikan"
    assert d.meta_published and d.meta_published.startswith("2024-06-21")
    assert "Presiden meresmikan jembatan" in d.raw_text
    assert "Beranda" not in d.raw_text


def test_html_without_article_is_an_error(tmp_path: Path):
    p = tmp_path / "menu.htm"
    p.write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>")
    [e] = list(read_inputs([str(p)]))
    assert isinstance(e, ReadError) and "no article" in e.message and e.path == str(p)


def test_json_single_record_and_list(tmp_path: Path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "url": "https://contoh.id/a", "outlet": "contoh", "published": "2025-10-21",
                               "title": "Judul", "text": BODY}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY}, {"id": "y2", "text": BODY}]), encoding="utf-8")
    out = docs(read_inputs([str(one), str(many)]))
    assert [d.id for d in out] == ["x1", "many-0", "y2"]
    assert out[0].source.url == "https://contoh.id/a" and out[0].source.outlet == "contoh"
    assert out[0].meta_title == "Judul" and out[0].meta_published == "2025-10-21"


def test_jsonl_malformed_line_is_reported_and_reading_goes_on(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": BODY}),
        '{"id": "b", "text": ',  # broken
        json.dumps({"id": "c", "text": ""}),  # no text
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "text": BODY, "category": "Hukum"}),
    ]) + "\n", encoding="utf-8")
    out = list(read_inputs([str(p)]))
    assert [d.id for d in docs(out)] == ["a", "d"]
    errs = errors(out)
    assert [e.line for e in errs] == [2, 3, 4]
    assert all(e.path == str(p) for e in errs)
    assert "malformed JSON" in errs[0].message
    assert f"{p}:2" in str(errs[0])
    d = docs(out)[1]
    assert d.source.line == 5 and d.meta.get("category") == "Hukum"


def test_directory_recursive_sorted_hidden_skipped(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY)
    (tmp_path / "b" / "a.txt").write_text(BODY)
    (tmp_path / "c.txt").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    ids = [d.id for d in docs(read_inputs([str(tmp_path)]))]
    assert ids == ["a", "z", "c"]


def test_empty_dir_and_missing_path(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    out = list(read_inputs([str(tmp_path / "empty"), str(tmp_path / "nope.txt")]))
    assert [type(x) for x in out] == [ReadError, ReadError]
    assert "no such file" in out[1].message and out[1].path.endswith("nope.txt")


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files(tmp_path: Path, content: bytes, needle: str):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    [e] = list(read_inputs([str(p)]))
    assert isinstance(e, ReadError) and needle in e.message
    assert "\n" not in str(e)


def test_legacy_encoding_is_decoded(tmp_path: Path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café di São Paulo menjual kopi terbaik di kota itu, kata pemiliknya José.".encode("cp1252"))
    [d] = list(read_inputs([str(p)]))
    assert "Café" in d.raw_text and "São" in d.raw_text and "José" in d.raw_text


def test_undecodable_bytes_are_an_error(tmp_path: Path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(128, 256)) * 40)
    [e] = list(read_inputs([str(p)]))
    assert isinstance(e, ReadError)


def test_mojibake_is_repaired(tmp_path: Path):
    good = "Asociación Padel Argentino didirikan di Buenos Aires, luasnya 100 km², kata panitia."
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"id": "m", "text": good.encode("utf-8").decode("latin-1")}) + "\n", encoding="utf-8")
    [d] = list(read_inputs([str(p)]))
    assert d.raw_text == good


def test_correct_text_is_untouched(tmp_path: Path):
    text = "“Kami sepakat,” kata Cho – Menlu Korsel – di Seoul. Harga naik 2,5±1% tahun ini."
    p = tmp_path / "ok.txt"
    p.write_text(text, encoding="utf-8")
    [d] = list(read_inputs([str(p)]))
    assert d.raw_text == text


def test_huge_file_is_refused_without_reading(tmp_path: Path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:  # sparse-ish: size checked before any read
        fh.truncate(3 * 1024 * 1024)
    [e] = list(read_inputs([str(p)], max_bytes=1024 * 1024))
    assert isinstance(e, ReadError) and "too large" in e.message


def test_huge_jsonl_line_is_skipped_but_others_read(tmp_path: Path):
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "big", "text": "x " * 5000}) + "\n" + json.dumps({"id": "ok", "text": BODY}) + "\n")
    out = list(read_inputs([str(p)], max_bytes=2000))
    assert [d.id for d in docs(out)] == ["ok"]
    assert errors(out)[0].line == 1


def test_stdin_text_and_jsonl():
    out = list(read_stdin(stream=io.BytesIO(BODY.encode("utf-8"))))
    assert len(out) == 1 and out[0].id.startswith("sha-") and out[0].source.path == "-"
    again = list(read_stdin(stream=io.BytesIO(BODY.encode("utf-8"))))
    assert again[0].id == out[0].id  # stable content hash
    lines = (json.dumps({"id": "s1", "text": BODY}) + "\n" + json.dumps({"id": "s2", "text": BODY}) + "\n").encode()
    assert [d.id for d in read_stdin(stream=io.BytesIO(lines))] == ["s1", "s2"]


def test_stdin_dash_through_a_real_process():
    code = ("import sys; from warta.readers import read_inputs\n"
            "for d in read_inputs(['-']): print(type(d).__name__, getattr(d, 'id', ''), getattr(d, 'message', ''))")
    html = f"<html><head><title>T</title></head><body><article><p>{BODY}</p></article></body></html>"
    res = subprocess.run([sys.executable, "-c", code], input=html.encode(), capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.decode().startswith("Document sha-")


@pytest.mark.parametrize("head,fmt", [
    (b'{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}\n', "jsonl"),
    (b'{\n "id": 1,\n "text": "a"\n}', "json"),
    (b'[{"id": 1}]', "json"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"Judul berita\n\nIsi berita.", "text"),
])
def test_sniff(head: bytes, fmt: str):
    assert sniff(head) == fmt


def test_seed_reads(seed_path: Path):
    [d] = list(read_inputs([str(seed_path)]))
    assert d.id == "000_cc3337a1328a7a6f"
    assert "Washington (ANTARA)" in d.raw_text


def test_stdin_jsonl_is_streamed_past_the_size_limit():
    lines = b"".join((json.dumps({"id": f"r{i}", "text": BODY}) + "\n").encode() for i in range(60))
    assert len(lines) > 5000
    out = list(read_stdin(max_bytes=5000, stream=io.BytesIO(lines)))
    assert [d.id for d in out] == [f"r{i}" for i in range(60)]


def test_stdin_text_over_the_limit_is_refused():
    [e] = list(read_stdin(max_bytes=100, stream=io.BytesIO(BODY.encode() * 5)))
    assert isinstance(e, ReadError) and e.path == "-"


def test_stdin_replaced_by_a_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(BODY))
    [d] = list(read_inputs(["-"]))
    assert isinstance(d, Document) and d.raw_text == BODY
