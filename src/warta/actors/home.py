"""The article's home country: the country a bare "polisi" or "warga" belongs to.

A small, documented heuristic (weights are points, the highest total wins):

* dateline place (``doc.dateline.place``) resolved through the KB (capital/city/country): 3,
  but 1 for an Indonesian place (Indonesian outlets put their Jakarta desk on foreign news);
* every country, capital or city name and every national body (Polri, KPK, DPR ...) in the
  title and the first three sentences (the lead): 2 each; later in the text: 0.5 each;
  names inside the dateline itself ("Jakarta, CNN Indonesia --") do not count;
* the first country named in the first sentence (after the dateline): 1.5 more, since a lead
  opens with the story's main actor;
* an Indonesian outlet (detik, kompas, antara, cnn indonesia ... in the outlet or URL): 1
  for IDN, so that an Indonesian outlet's report on Mexico's prisons still has home MEX;
* a foreign-news section in the URL (``/internasional/``, ``/dunia/``, ``/world/``,
  ``internasional.kompas.com``): the outlet and dateline points for IDN are dropped and
  Indonesia's own points are halved, unless the title or lead is about Indonesians abroad
  (WNI, TKI, KBRI, "warga Indonesia" ...) or has Indonesia's own foreign ministry act (Kemlu);
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
    r"idntimes|inews|cnbcindonesia|jawapos|mediaindonesia|metrotv|rimanews|poskota", re.I)
#: URL path sections and sub-domains of Indonesian outlets that carry foreign news
FOREIGN_SECTION = re.compile(
    r"/(?:internasional|international|dunia|world|global|mancanegara|luar-negeri|foreign)(?:/|$)"
    r"|//(?:[\w-]+\.)?(?:internasional|international|dunia|world|global)\.", re.I)
#: the story is about Indonesians abroad: Indonesia stays a candidate home
ABROAD_CUES = re.compile(
    r"\b(?:WNI|TKI|PMI|KBRI|KJRI|TKW|jemaah haji|jemaah umrah|warga (?:negara )?Indonesia|"
    r"pekerja migran Indonesia|diaspora Indonesia|pemerintah Indonesia|Pemerintah RI|"
    r"Kemlu|Kemenlu|Kementerian Luar Negeri RI|Menlu RI|Presiden RI)\b", re.I)
#: "Jakarta , CNN Indonesia - -" / "Jakarta, Kompas.com -" / "Rimanews -": the desk line
DATELINE_RE = re.compile(r"\A\s*[^\n]{0,80}?\s(?:-\s*-|--|—|–|-)\s")


def dateline_end(doc: Document) -> int:
    """Character offset where the dateline prefix of ``doc.text`` ends (0 when none).

    Only a prefix that contains the dateline's place or agency counts, so a hyphen in
    an ordinary first sentence is not taken for a dateline."""
    text = doc.text or ""
    if not doc.dateline or not (doc.dateline.place or doc.dateline.agency):
        return 0
    m = DATELINE_RE.match(text[:120])
    if not m:
        return 0
    head = m.group(0).lower()
    for part in (doc.dateline.place, doc.dateline.agency):
        if part and part.lower() in head:
            return m.end()
    return 0


#: Words before a country that make it a person's nationality ("turis asal Rusia", "WNA
#: Jepang"), which says nothing of where the story happens.
NATIONALITY_BEFORE = re.compile(r"\b(?:asal|warga negara|WNA?|berkewarganegaraan|kebangsaan|kelahiran|"
                                r"keturunan|berpaspor)\s+$", re.I)


def _foreign_nationality(text: str, start: int, code: str | None) -> bool:
    """The country at ``start`` is a foreigner's nationality ("turis asal Rusia"). An Indonesian
    one is not discounted: "warga negara Indonesia di Arab Saudi" is an Indonesian story."""
    return code != "IDN" and bool(NATIONALITY_BEFORE.search(text[max(0, start - 30):start]))


def foreign_section(doc: Document) -> bool:
    """Is the article filed under a foreign-news section of its outlet (by URL)?"""
    url = (doc.source.url if doc.source else None) or str(doc.meta.get("url") or "")
    return bool(url and FOREIGN_SECTION.search(url))


def _code(item: Item) -> str | None:
    for e in item.entries:
        if e.kind in ("country", "capital", "city") and e.code:
            return e.code
        if e.kind == "org" and e.code and len(e.code) == 3 and not e.generic:
            return e.code
    return None


def home_country(doc: Document, toks, items: list[Item], kb: KB) -> str | None:
    scores: dict[str, float] = {}
    text = doc.text or ""

    def add(code: str | None, w: float) -> None:
        if code and ":" not in code and code != "UNK":
            scores[code] = scores.get(code, 0.0) + w

    foreign = foreign_section(doc)
    lead_end = doc.sentences[2].end if len(doc.sentences) > 2 else min(len(text), 600)
    abroad = False
    if foreign:
        abroad = bool(ABROAD_CUES.search(doc.title or "") or ABROAD_CUES.search(text[:lead_end]))
    if doc.dateline and doc.dateline.place:
        for e in kb.entries.get(alias_key(doc.dateline.place), []):
            if e.kind in ("country", "capital", "city") and e.code:
                # "Jakarta, CNN Indonesia -" is the desk, not the story: it counts little
                if not (foreign and e.code == "IDN"):
                    add(e.code, 1 if e.code == "IDN" else 3)
                break
    outlet = " ".join(filter(None, [doc.source.outlet if doc.source else None,
                                    doc.source.url if doc.source else None,
                                    str(doc.meta.get("sitename") or "")]))
    if outlet and INDONESIAN_OUTLETS.search(outlet) and not foreign:
        add("IDN", 1)
    if doc.title:
        for it in match(doc.title, kb)[1]:
            code = _code(it)
            add(code, 0.5 if _foreign_nationality(doc.title, it.start, code) else 2)
    dl_end = dateline_end(doc)
    first_end = doc.sentences[0].end if doc.sentences else min(len(text), 300)
    opener = None
    for it in items:
        if it.end <= dl_end:
            continue
        code = _code(it)
        if code and _foreign_nationality(text, it.start, code):
            add(code, 0.5)  # "influencer asal Rusia diculik di Sanur": not where the story is
            continue
        add(code, 2 if it.start < lead_end else 0.5)
        if opener is None and code and it.start < first_end:
            opener = code
    if opener:
        # news leads open with the main actor ("Kuwait memerintahkan pengusiran diplomat Iran"):
        # the first country of the first sentence outweighs one mentioned as often
        add(opener, 1.5)
    if foreign and not abroad and "IDN" in scores and len(scores) > 1:
        scores["IDN"] *= 0.5
    if doc.meta.get("debug_home"):
        doc.meta["home_scores"] = dict(scores)
    if scores:
        return max(scores.items(), key=lambda kv: (kv[1], kv[0] == "IDN"))[0]
    return "IDN" if doc.language in ("id", "und", "") else None
