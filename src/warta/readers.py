"""Minimal readers (placeholder; the foundation issue replaces this)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .model import Document, Source


def read_paths(paths: list[str]) -> Iterator[Document]:
    for p in paths:
        path = Path(p)
        if path.suffix == ".jsonl":
            for i, line in enumerate(path.open(encoding="utf-8"), 1):
                if line.strip():
                    r = json.loads(line)
                    yield Document(id=str(r.get("id")), raw_text=r.get("text") or "", meta_title=r.get("title"),
                                   meta_published=r.get("published"),
                                   source=Source(path=str(path), url=r.get("url"), outlet=r.get("outlet"), line=i))
        else:
            yield Document(id=path.stem, raw_text=path.read_text(encoding="utf-8"), source=Source(path=str(path)))
