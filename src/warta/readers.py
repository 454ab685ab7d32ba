"""Readers: turn paths (files, directories, ``-`` for stdin) into :class:`Document` objects.

Every input that cannot be read becomes a :class:`~warta.model.ReadError` with a
one-line message naming the file (and line, for JSONL), and the batch goes on:
``read_inputs`` never raises for bad input.

Formats
    * plain text (``.txt``, and any unknown extension after sniffing the content);
    * HTML (``.html``/``.htm``, or sniffed) through trafilatura, keeping its
      metadata (title, date, author, sitename);
    * JSON (one record or a list of records) and JSONL, records
      ``{id, url, outlet, published, title, text}``;
    * directories, recursively, in sorted (stable) order, hidden files skipped;
    * stdin (``-``), sniffed as JSONL, JSON, HTML or text.

Decoding: UTF-8 (with or without BOM) first, then charset detection
(charset-normalizer); mojibake (UTF-8 read as Latin-1, "Ã³", "Ø£Ù\\x8e") is
repaired with ftfy, only where ftfy's badness check says the text is damaged,
so correct text is never touched.

Size: a non-JSONL file over ``max_bytes`` (50 MB) is refused before it is
read. JSONL is streamed line by line, so a big corpus is fine; a single
record line over the limit is refused on its own.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from .model import Document, ReadError, Source

MAX_BYTES = 50 * 1024 * 1024
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
#: An HTML page whose extracted text is shorter than this has no article (menus, errors).
MIN_ARTICLE_WORDS = 15
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|div|p)\b", re.I)


class _DecodeError(ValueError):
    """Bytes that are not text we can decode sensibly."""


def content_id(text: str) -> str:
    """Stable id for an input without a name or record id."""
    return "sha-" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def repair(text: str) -> str:
    """Repair mojibake with ftfy, but only when the text looks damaged.

    Curly quotes and full-width characters are kept as they are: the body must
    stay faithful to the article (quotes are evidence)."""
    if not text:
        return text
    try:
        from ftfy import fix_text
        from ftfy.badness import is_bad
    except ImportError:  # pragma: no cover - ftfy is a dependency
        return text
    if not is_bad(text):
        return text
    return fix_text(text, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                    normalization="NFC")


def decode(data: bytes) -> str:
    """Bytes to text: BOMs, UTF-8, then detection; NUL bytes mean binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _DecodeError("undecodable UTF-16 text") from exc
    if b"\x00" in data[:65536]:
        raise _DecodeError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - detection must never crash a batch
        best = None
    if best is None or best.chaos > 0.3:
        raise _DecodeError("not valid UTF-8 and no sensible text encoding detected")
    enc = (best.encoding or "").lower()
    if enc.startswith(("cp125", "iso8859", "latin", "mac_", "windows")):
        # Single-byte Latin guesses on short texts are unreliable; for Indonesian and
        # English news Windows-1252 is by far the likeliest of them.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _fmt_of(path: Path, head: bytes) -> str:
    ext = path.suffix.lower()
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if ext in {".txt", ".text", ".md"}:
        return "text"
    return sniff(head)


def sniff(head: bytes) -> str:
    """Guess the format of content with no telling extension."""
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if s.startswith(b"{"):
        first, _, rest = s.partition(b"\n")
        if rest.strip().startswith(b"{") or first.rstrip().endswith(b"}"):
            try:
                json.loads(first)
                return "jsonl"
            except ValueError:
                return "json"
        return "json"
    if s.startswith(b"["):
        return "json"
    if _HTML_SNIFF.search(s[:4096]):
        return "html"
    return "text"


def _text_doc(text: str, name: str | None, path: str) -> Iterator[Document | ReadError]:
    text = repair(text)
    if not text.strip():
        yield ReadError(path, "empty input (no text)")
        return
    yield Document(id=name or content_id(text), raw_text=text, source=Source(path=path))


def _html_doc(html: str, name: str | None, path: str) -> Iterator[Document | ReadError]:
    try:
        import trafilatura
        res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura may choke on odd markup
        yield ReadError(path, f"HTML could not be parsed: {type(exc).__name__}")
        return
    if res is None:
        yield ReadError(path, "HTML page with no article text")
        return
    get = res.get if isinstance(res, dict) else (lambda k, d=None: getattr(res, k, d))
    text = get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        yield ReadError(path, "HTML page with no article text")
        return
    text = repair(text)
    meta: dict[str, Any] = {k: get(k) for k in ("author", "sitename", "hostname", "categories", "tags",
                                                  "description", "url", "language") if get(k)}
    title = get("title")
    doc = Document(id=name or content_id(text), raw_text=text,
                   source=Source(path=path, url=get("url"), outlet=get("sitename") or get("hostname")),
                   meta_title=repair(title) if title else None, meta_published=get("date") or None, meta=meta)
    yield doc


def record_document(rec: Any, path: str | None, line: int | None, fallback_id: str | None) -> Document | ReadError:
    """One JSON record ``{id, url, outlet, published, title, text}`` as a Document (or why not).

    Public because every reader of corpus records (the file readers here, the Spark runner)
    must build the same Document from the same record; ``path`` is None for a record that
    came without a file."""
    if not isinstance(rec, dict):
        return ReadError(path, f"JSON record is a {type(rec).__name__}, not an object", line)
    text = rec.get("text")
    if text is None:
        text = rec.get("body") if rec.get("body") is not None else rec.get("content")
    if not isinstance(text, str) or not text.strip():
        return ReadError(path, "record has no text", line)
    text = repair(text)
    rid = rec.get("id")
    rid = str(rid) if rid not in (None, "") else (fallback_id or content_id(text))
    title = rec.get("title")
    published = rec.get("published") or rec.get("date")
    meta = {k: v for k, v in rec.items() if k not in {"id", "text", "body", "content", "title", "published",
                                                        "date", "url", "outlet"} and v is not None}
    return Document(id=rid, raw_text=text,
                    source=Source(path=path, url=rec.get("url"), outlet=rec.get("outlet"), line=line),
                    meta_title=repair(title) if isinstance(title, str) and title.strip() else None,
                    meta_published=str(published) if published else None, meta=meta)


def _json_docs(text: str, name: str | None, path: str) -> Iterator[Document | ReadError]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield ReadError(path, f"malformed JSON: {exc}")
        return
    if isinstance(data, list):
        if not data:
            yield ReadError(path, "empty JSON list (no records)")
        for i, rec in enumerate(data):
            yield record_document(rec, path, None, f"{name}-{i}" if name else None)
    else:
        yield record_document(data, path, None, name)


def _jsonl_lines(lines: Iterable[bytes], path: str, max_bytes: int) -> Iterator[Document | ReadError]:
    seen = 0
    for i, raw in enumerate(lines, 1):
        if len(raw) > max_bytes:
            yield ReadError(path, f"record line over {max_bytes // (1024 * 1024)} MB, skipped", i)
            continue
        if not raw.strip():
            continue
        seen += 1
        try:
            line = decode(raw)
        except _DecodeError as exc:
            yield ReadError(path, str(exc), i)
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield ReadError(path, f"malformed JSON line: {exc.args[0] if exc.args else exc}", i)
            continue
        yield record_document(rec, path, i, None)
    if not seen:
        yield ReadError(path, "empty input (no records)")


def _limited_lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary stream, a line never longer than ``max_bytes + 1`` in memory."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
        yield line


def _from_bytes(data: bytes, fmt: str, name: str | None, path: str, max_bytes: int
                ) -> Iterator[Document | ReadError]:
    if fmt == "jsonl":
        yield from _jsonl_lines(io.BytesIO(data), path, max_bytes)
        return
    if not data.strip():
        yield ReadError(path, "empty input (no text)")
        return
    try:
        text = decode(data)
    except _DecodeError as exc:
        yield ReadError(path, str(exc))
        return
    if fmt == "json":
        yield from _json_docs(text, name, path)
    elif fmt == "html":
        yield from _html_doc(text, name, path)
    else:
        yield from _text_doc(text, name, path)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """All documents of one file (JSON/JSONL files may hold many)."""
    p = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8192)
            fmt = _fmt_of(path, head)
            if fmt == "jsonl":
                fh.seek(0)
                yield from _jsonl_lines(_limited_lines(fh, max_bytes), p, max_bytes)
                return
            if size > max_bytes:
                yield ReadError(p, f"file too large ({size / 1048576:.0f} MB > {max_bytes // 1048576} MB), skipped")
                return
            data = head + fh.read()
    except OSError as exc:
        yield ReadError(p, f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_bytes(data, fmt, path.stem or None, p, max_bytes)


class _Rejoined(io.RawIOBase):
    """A stream that replays bytes already read (the sniffed head) before the rest of ``fh``."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self.head, self.fh = head, fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.head:
            n = min(len(b), len(self.head))
            b[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        chunk = self.fh.read(len(b))
        b[: len(chunk)] = chunk
        return len(chunk)


def read_stdin(max_bytes: int = MAX_BYTES, stream: BinaryIO | None = None) -> Iterator[Document | ReadError]:
    """Documents from stdin, sniffing JSONL, JSON, HTML or text. JSONL is streamed line by line."""
    fh = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    if fh is None:  # a text stream (e.g. replaced in tests)
        fh = io.BytesIO(sys.stdin.read().encode("utf-8"))
    head = fh.read(8192)
    fmt = sniff(head)
    if fmt == "jsonl":
        joined = io.BufferedReader(_Rejoined(head, fh))
        yield from _jsonl_lines(_limited_lines(joined, max_bytes), "-", max_bytes)  # type: ignore[arg-type]
        return
    data = head + fh.read(max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        yield ReadError("-", f"stdin over {max_bytes // 1048576} MB, skipped")
        return
    yield from _from_bytes(data, fmt, None, "-", max_bytes)


def _walk(root: Path) -> list[Path]:
    """Files under ``root``, recursively, sorted by relative path; hidden files and folders skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def read_inputs(paths: Sequence[str], max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """Documents (or read errors) from files, directories and ``-`` (stdin), in order."""
    for p in paths:
        try:
            if p == "-":
                yield from read_stdin(max_bytes)
                continue
            path = Path(p)
            if path.is_dir():
                found = False
                for f in _walk(path):
                    found = True
                    yield from read_file(f, max_bytes)
                if not found:
                    yield ReadError(p, "directory holds no files")
            elif path.exists():
                yield from read_file(path, max_bytes)
            else:
                yield ReadError(p, "no such file or directory")
        except Exception as exc:  # last line of defence: never lose the batch
            yield ReadError(p, f"unexpected read failure: {type(exc).__name__}: {exc}")
