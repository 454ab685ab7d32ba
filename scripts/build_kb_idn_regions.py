#!/usr/bin/env python3
"""Generate ``idn_regions.tsv`` under ``src/warta/resources/kb/``: the names of Indonesia's
provinces, regencies (kabupaten) and cities (kota), from the administrative register packaged
by ``areaid`` (MIT, https://github.com/harigro/areaid).

Why: a regional office is written "Bupati <regency> <holder>" ("Bupati Kolaka Timur Abdul
Azis", "Gubernur Sumatera Selatan Herman Deru"), and "Gubernur Herman Deru" has no region at
all. Knowing the ~550 region names tells the two apart: a run that opens with a known region
is region + holder, one that does not is the holder's name alone. The names are not actors or
places of the KB by themselves (many are ordinary words: Batu, Bone, Pati); the linker reads
them only after a regional office.

Re-run after upgrading areaid:  ``.venv/bin/python scripts/build_kb_idn_regions.py``
(areaid is a training/maintenance dependency, not needed at run time).
"""
from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "warta" / "resources" / "kb" / "idn_regions.tsv"
_PREFIXES = ("Adm. ", "Kabupaten ", "Kota ", "Kab. ", "Provinsi ")


#: Curated: the spellings and short forms news uses that the register does not write
#: ("Sumatera Selatan" beside its "Sumatra Selatan"; "Jabar", "DKI", "Solo", "Kukar").
CURATED: tuple[tuple[str, str, str], ...] = (
    ("Sumatera Barat", "province", "Sumatra Barat"), ("Sumatera Selatan", "province", "Sumatra Selatan"),
    ("Sumatera Utara", "province", "Sumatra Utara"), ("Jakarta", "province", "Daerah Khusus Ibukota Jakarta"),
    ("DKI", "province", "Daerah Khusus Ibukota Jakarta"), ("DKI Jakarta", "province", "Daerah Khusus Ibukota Jakarta"),
    ("DIY", "province", "Daerah Istimewa Yogyakarta"), ("Jogja", "city", "Daerah Istimewa Yogyakarta"),
    ("Yogya", "city", "Daerah Istimewa Yogyakarta"), ("Jabar", "province", "Jawa Barat"),
    ("Jateng", "province", "Jawa Tengah"), ("Jatim", "province", "Jawa Timur"), ("Sumut", "province", "Sumatra Utara"),
    ("Sumbar", "province", "Sumatra Barat"), ("Sumsel", "province", "Sumatra Selatan"), ("Sulsel", "province", "Sulawesi Selatan"),
    ("Sulut", "province", "Sulawesi Utara"), ("Sulteng", "province", "Sulawesi Tengah"),
    ("Sultra", "province", "Sulawesi Tenggara"), ("Sulbar", "province", "Sulawesi Barat"),
    ("Kalbar", "province", "Kalimantan Barat"), ("Kalteng", "province", "Kalimantan Tengah"),
    ("Kalsel", "province", "Kalimantan Selatan"), ("Kaltim", "province", "Kalimantan Timur"),
    ("Kaltara", "province", "Kalimantan Utara"), ("NTB", "province", "Nusa Tenggara Barat"),
    ("NTT", "province", "Nusa Tenggara Timur"), ("Babel", "province", "Kepulauan Bangka Belitung"),
    ("Bangka Belitung", "province", "Kepulauan Bangka Belitung"), ("Kepri", "province", "Kepulauan Riau"),
    ("Malut", "province", "Maluku Utara"), ("Solo", "city", "Jawa Tengah"), ("Kukar", "regency", "Kalimantan Timur"),
    ("OKI", "regency", "Sumatra Selatan"), ("OKU", "regency", "Sumatra Selatan"), ("Koltim", "regency", "Sulawesi Tenggara"),
    ("Flotim", "regency", "Nusa Tenggara Timur"), ("Abdya", "regency", "Aceh"), ("Jaksel", "city", "Daerah Khusus Ibukota Jakarta"),
    ("Jakbar", "city", "Daerah Khusus Ibukota Jakarta"), ("Jaktim", "city", "Daerah Khusus Ibukota Jakarta"),
    ("Jakut", "city", "Daerah Khusus Ibukota Jakarta"), ("Jakpus", "city", "Daerah Khusus Ibukota Jakarta"),
    ("Tangsel", "city", "Banten"), ("KBB", "regency", "Jawa Barat"),
)


def _names(raw: str) -> list[str]:
    out = []
    for part in re.split(r"[()/]", raw or ""):
        name = " ".join(part.split())
        while name.startswith(_PREFIXES):  # "Kota Adm. Jakarta Pusat" -> "Jakarta Pusat"
            name = name[len(next(p for p in _PREFIXES if name.startswith(p))):]
        if len(name) > 1:
            out.append(name)
    return out


def rows() -> list[tuple[str, str, str, str]]:
    root = importlib.resources.files("areaid") / "data"
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        for prov in json.loads(path.read_text(encoding="utf-8")):
            pname = (prov.get("provinsi") or "").strip()
            for name in _names(pname):
                out.setdefault((name.lower(), "province"), (name.title() if name.isupper() else name, "province", pname))
            for kab in prov.get("kabupaten", ()):
                level = "city" if (kab.get("kab_kota") or "").startswith("Kota ") else "regency"
                for name in _names(kab.get("kab_kota", "")):
                    out.setdefault((name.lower(), level), (name, level, pname))
    data = [(n, level, prov, "areaid") for n, level, prov in out.values()]
    seen = {(n.lower(), level) for n, level, _ in out.values()}
    data += [(n, level, prov, "curated") for n, level, prov in CURATED if (n.lower(), level) not in seen]
    return sorted(data, key=lambda r: (r[0].lower(), r[1]))


def main() -> None:
    data = rows()
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("name\tlevel\tprovince\tsource\n")
        for name, level, prov, source in data:
            fh.write(f"{name}\t{level}\t{prov}\t{source}\n")
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
