"""Refreshing the people of the KB from public sources.

Three readers, each returning :class:`~warta.actors.kb.Person` rows that ``warta kb
import`` appends to ``people_imported.tsv`` (never to the hand-curated ``people.tsv``):

* **Wikidata** query results (CC0). The JSON the Query Service downloads for::

      SELECT ?person ?personLabel ?positionLabel ?iso3 ?start ?end WHERE {
        VALUES ?class { wd:Q48352 wd:Q2285706 wd:Q7330070 wd:Q83307 }  # head of state, head of
        ?position wdt:P279* ?class .                                    # government, foreign and
        ?person p:P39 ?st . ?st ps:P39 ?position .                      # other ministers
        ?position wdt:P1001|wdt:P17 ?country . ?country wdt:P298 ?iso3 .
        OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
        FILTER(!BOUND(?end) || ?end > "2010-01-01"^^xsd:dateTime)
        SERVICE wikibase:label { bd:serviceParam wikibase:language "id,en". }
      }

  Both the full SPARQL JSON (``{"results": {"bindings": [...]}}``) and the simplified
  list of flat objects are accepted.
* **CIA World Leaders** JSON (public domain): ``persons.json`` of the cia-world-leaders
  scraper, where each person has ``foaf:name`` and an ``appointedGovernmentOffice``
  labelled "The Office of <title> (<country>)". The snapshot has no dates, so rows get
  ``start = as_of`` (the snapshot date you pass) and no end.
* **Phoenix** actor dictionaries (MIT): ``NAME_`` lines, ``+ALIAS_`` lines and
  ``[RUSGOV 000507-080507]`` / ``[USAGOV >170120]`` code lines.

English office titles are mapped to our roles with ``resources/kb/role_map.tsv``.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from .kb import KB, Person, alias_key, map_role

PEOPLE_HEADER = ["name", "aliases", "country", "sector", "role", "start", "end", "source"]


def _iso3(kb: KB, country: str) -> str | None:
    country = (country or "").strip()
    if re.fullmatch(r"[A-Z]{3}", country):
        return country
    for e in kb.entries.get(alias_key(country), []):
        if e.kind == "country" and e.code:
            return e.code
    try:
        import pycountry  # noqa: PLC0415
        return pycountry.countries.lookup(country).alpha_3
    except Exception:
        return None


def _val(x: Any) -> str:
    if isinstance(x, dict):
        return str(x.get("value", ""))
    return "" if x is None else str(x)


def read_wikidata(path: Path, kb: KB) -> list[Person]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = data.get("results", {}).get("bindings", []) if isinstance(data, dict) else data
    out: list[Person] = []
    for r in rows:
        name = _val(r.get("personLabel"))
        title = _val(r.get("positionLabel"))
        iso3 = _val(r.get("iso3")) or _iso3(kb, _val(r.get("countryLabel")))
        mapped = map_role(title) if title else None
        if not name or not iso3 or not mapped or re.fullmatch(r"Q\d+", name):
            continue
        role, sector = mapped
        out.append(Person(name, (), iso3, sector, role, _val(r.get("start"))[:10] or None,
                          _val(r.get("end"))[:10] or None, "wikidata"))
    return out


def _cia_name(raw: str) -> str:
    """"Ajilon NASIU" -> "Ajilon Nasiu"; "KANG Kyung-wha" -> "Kang Kyung-wha"."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in raw.split())


def read_cia(path: Path, kb: KB, as_of: str | None = None) -> list[Person]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    objs = data.values() if isinstance(data, dict) else data
    out: list[Person] = []
    for p in objs:
        if not isinstance(p, dict):
            continue
        props = p.get("datatypeProperties") or {}
        name = next((v for k, v in props.items() if k.endswith("/name")), None) or p.get(
            "http://www.w3.org/2000/01/rdf-schema#label")
        if not name:
            continue
        for op in p.get("objectProperties") or []:
            for key, office in op.items():
                if not key.endswith("appointedGovernmentOffice") or not isinstance(office, dict):
                    continue
                label = office.get("http://www.w3.org/2000/01/rdf-schema#label", "")
                m = re.match(r"The Office of (.+) \((.+)\)\s*$", label)
                if not m:
                    continue
                mapped = map_role(m.group(1))
                iso3 = _iso3(kb, m.group(2))
                if mapped and iso3:
                    out.append(Person(_cia_name(name), (), iso3, mapped[1], mapped[0], as_of, None,
                                      "cia-world-leaders"))
    return out


def _phoenix_date(s: str) -> str:
    yy, mm, dd = int(s[:2]), s[2:4], s[4:6]
    year = 1900 + yy if yy >= 30 else 2000 + yy
    return f"{year}-{mm}-{dd}"


def read_phoenix(path: Path, kb: KB) -> list[Person]:
    out: list[Person] = []
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str, str | None, str | None]] = []

    def flush() -> None:
        if name and codes:
            for code, start, end in codes:
                iso3, sector = code[:3], code[3:6] or None
                if not sector:
                    continue  # country-level blocks are not people
                out.append(Person(name, tuple(aliases), iso3, sector, sector, start, end, "phoenix"))

    def clean(raw: str) -> str:
        return " ".join(w.capitalize() for w in raw.strip().strip("_").replace("_", " ").split())

    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith("+"):
            if name:
                aliases.append(clean(body[1:]))
            continue
        m = re.search(r"\[([A-Z]{3}[A-Z]{0,3})\s*([<>]?\d{6})?(?:-(\d{6}))?\]", body)
        if body[:1].isspace() or body.lstrip().startswith("["):
            if m and name:
                d1, d2 = m.group(2), m.group(3)
                start = end = None
                if d1 and d1.startswith(">"):
                    start = _phoenix_date(d1[1:])
                elif d1 and d1.startswith("<"):
                    end = _phoenix_date(d1[1:])
                elif d1:
                    start = _phoenix_date(d1)
                    end = _phoenix_date(d2) if d2 else None
                codes.append((m.group(1), start, end))
            continue
        flush()
        head = body.split("[")[0]
        name, aliases, codes = clean(head), [], []
        if m:  # "NAME_ [USAGOV]" on one line
            codes.append((m.group(1), None, None))
    flush()
    return out


def write_people(rows: list[Person], path: Path) -> int:
    """Append rows not already present to a people TSV (header written when new)."""
    path = Path(path)
    existing: set[tuple[str, str, str, str | None]] = set()
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                existing.add((r["name"], r["country"], r["role"], r["start"] or None))
    new = [p for p in rows if (p.name, p.country, p.role, p.start) not in existing]
    write_header = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        if write_header:
            w.writerow(PEOPLE_HEADER)
        for p in new:
            w.writerow([p.name, ",".join(p.aliases), p.country, p.sector or "", p.role, p.start or "",
                        p.end or "", p.source])
            existing.add((p.name, p.country, p.role, p.start))
    return len(new)
