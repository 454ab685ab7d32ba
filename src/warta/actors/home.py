"""The article's home country: the country a bare "polisi" or "warga" belongs to.

A small, documented heuristic (weights are points, the highest total wins):

* dateline place (``doc.dateline.place``) resolved through the KB (capital/city/country): 3,
  but 1 for an Indonesian place (Indonesian outlets put their Jakarta desk on foreign news);
* every country, capital or city name and every national body (Polri, KPK, DPR ...) in the
  title and the first three sentences (the lead): 2 each; later in the text: 0.5 each;
* an Indonesian outlet (detik, kompas, antara, cnn indonesia ... in the outlet or URL): 1
  for IDN, so that an Indonesian outlet's report on Mexico's prisons still has home MEX;
* nothing found: IDN for Indonesian text, else None.
IGO codes never win (an article about the UN still happens somewhere).
"""
from __future__ import annotations

import re

from ..model import Document
from .kb import KB, alias_key
from .matcher import Item, match

INDONESIAN_OUTLETS = re.compile(
    r"detik|kompas|antara|cnnindonesia|cnn indonesia|tempo\.co|liputan6|okezone|tribun|republika|"
    r"sindonews|kumparan|viva\.co|merdeka\.com|suara\.com|jpnn|bisnis\.com|katadata|beritasatu|"
    r"idntimes|inews|cnbcindonesia|jawapos|mediaindonesia|metrotv", re.I)


def _code(item: Item) -> str | None:
    for e in item.entries:
        if e.kind in ("country", "capital", "city") and e.code:
            return e.code
        if e.kind == "org" and e.code and len(e.code) == 3:
            return e.code
    return None


def home_country(doc: Document, toks, items: list[Item], kb: KB) -> str | None:
    scores: dict[str, float] = {}

    def add(code: str | None, w: float) -> None:
        if code and ":" not in code and code != "UNK":
            scores[code] = scores.get(code, 0.0) + w

    if doc.dateline and doc.dateline.place:
        for e in kb.entries.get(alias_key(doc.dateline.place), []):
            if e.kind in ("country", "capital", "city") and e.code:
                # "Jakarta, CNN Indonesia -" is the desk, not the story: it counts little
                add(e.code, 1 if e.code == "IDN" else 3)
                break
    outlet = " ".join(filter(None, [doc.source.outlet if doc.source else None,
                                    doc.source.url if doc.source else None,
                                    str(doc.meta.get("sitename") or "")]))
    if outlet and INDONESIAN_OUTLETS.search(outlet):
        add("IDN", 1)
    if doc.title:
        for it in match(doc.title, kb)[1]:
            add(_code(it), 2)
    lead_end = doc.sentences[2].end if len(doc.sentences) > 2 else min(len(doc.text), 600)
    for it in items:
        add(_code(it), 2 if it.start < lead_end else 0.5)
    if scores:
        return max(scores.items(), key=lambda kv: (kv[1], kv[0] == "IDN"))[0]
    return "IDN" if doc.language in ("id", "und", "") else None
