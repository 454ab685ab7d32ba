"""The KB data files: every row is loaded and does what it says (parametrized per row)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from warta.actors.kb import default_kb, explain, kb_dir, load_kb, map_role
from warta.actors.matcher import match

KB_DIR = kb_dir()


def rows(name: str) -> list[dict[str, str]]:
    with (KB_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _whole(alias: str, kind: str):
    """The entries of ``kind`` for a single match that covers the whole alias."""
    _, items = match(alias, default_kb())
    assert len(items) == 1 and items[0].start == 0 and items[0].end == len(alias.rstrip(".")) or \
        (len(items) == 1 and items[0].text == alias), (alias, [(i.text, i.kinds()) for i in items])
    return [e for e in items[0].entries if e.kind == kind]


def test_every_file_has_a_source_column():
    for f in sorted(KB_DIR.glob("*.tsv")):
        header = f.read_text(encoding="utf-8").splitlines()[0].split("\t")
        assert "source" in header, f.name
        for r in rows(f.name):
            assert r["source"], (f.name, r)


@pytest.mark.parametrize("row", rows("countries.tsv"), ids=lambda r: f"{r['code']}:{r['alias']}")
def test_country_names(row):
    codes = {e.code for e in _whole(row["alias"], "country")}
    if not codes:  # a curated alias may give the same name a different reading (capital, body)
        pytest.skip(f"{row['alias']} is read otherwise")
    sovereign = {r["territory"]: r["sovereign"] for r in rows("sovereign.tsv")}
    assert sovereign.get(row["code"], row["code"]) in codes


@pytest.mark.parametrize("row", rows("country_aliases.tsv"), ids=lambda r: f"{r['code']}:{r['alias']}")
def test_country_aliases(row):
    kind = row["kind"] if row["kind"] in ("capital", "city") else "country"
    entries = _whole(row["alias"], kind)
    assert row["code"] in {e.code for e in entries}


@pytest.mark.parametrize("row", rows("institutions.tsv"), ids=lambda r: r["alias"])
def test_institutions(row):
    entries = _whole(row["alias"], "org")
    assert any(e.name == row["name"] and (e.code or "") == row["code"] and (e.sector or "") == row["sector"]
               for e in entries)


@pytest.mark.parametrize("row", rows("roles.tsv"), ids=lambda r: r["alias"])
def test_roles(row):
    entries = _whole(row["alias"], "role")
    assert any(e.name == row["role"] and (e.sector or "") == row["sector"] for e in entries)


@pytest.mark.parametrize("row", rows("titles.tsv"), ids=lambda r: r["title"])
def test_titles(row):
    assert _whole(row["title"], "title")


@pytest.mark.parametrize("row", rows("generic.tsv"), ids=lambda r: r["noun"])
def test_generic_nouns(row):
    entries = _whole(row["noun"], "generic")
    assert any((e.sector or "") == row["sector"] for e in entries)


@pytest.mark.parametrize("row", rows("people.tsv") + rows("people_wikidata.tsv"),
                         ids=lambda r: f"{r['name']}:{r['role']}:{r['start']}")
def test_people_hold_their_office_in_their_dates(row):
    kb = default_kb()
    day = row["start"] or "2000-01-01"
    names = [p.name for p in kb.holders(row["role"], row["country"], day)]
    assert row["name"] in names
    for alias in filter(None, row["aliases"].split(",")):
        assert any(p.name == row["name"] for p in kb.person_rows(alias))


@pytest.mark.parametrize("row", rows("role_map.tsv"), ids=lambda r: r["example"])
def test_role_map_examples(row):
    assert map_role(row["example"]) == (row["role"], row["sector"])


def test_lookup_menlu_korsel_by_date():
    kb = default_kb()
    assert explain(kb, "Menlu Korsel", "2024-06-21").answer == "Cho Tae-yul"
    assert explain(kb, "Menlu Korsel", "2022-06-01").answer == "Park Jin"
    assert explain(kb, "Menteri Luar Negeri Korea Selatan", "2024-06-21").answer == "Cho Tae-yul"


def test_lookup_unknown_says_so():
    res = explain(default_kb(), "zzqx", None)
    assert res.answer is None and res.reasons


def test_cli_lookup():
    from typer.testing import CliRunner

    from warta.cli.kb import kb_app

    out = CliRunner().invoke(kb_app, ["lookup", "Menlu Korsel", "--date", "2024-06-21"])
    assert out.exit_code == 0 and "Cho Tae-yul" in out.output
    out = CliRunner().invoke(kb_app, ["lookup", "Menlu Korsel", "--date", "2022-06-01"])
    assert "Park Jin" in out.output


WIKIDATA = {"head": {"vars": ["personLabel", "positionLabel", "iso3", "start", "end"]},
            "results": {"bindings": [
                {"personLabel": {"value": "Ana Testova"}, "positionLabel": {"value": "Minister of Foreign Affairs"},
                 "iso3": {"value": "EST"}, "start": {"value": "2021-01-26T00:00:00Z"}},
                {"personLabel": {"value": "Q123"}, "positionLabel": {"value": "President"}, "iso3": {"value": "EST"}},
            ]}}
CIA = {"p1": {"datatypeProperties": {"http://xmlns.com/foaf/0.1/name": "Jaan TAMMEKIVI"},
              "objectProperties": [{"http://williamrobertfunk.com/ontologies/world-leaders#appointedGovernmentOffice": {
                  "http://www.w3.org/2000/01/rdf-schema#label": "The Office of Prime Minister (Estonia)"}}]}}
PHOENIX = """# test dictionary
ESTONIA_  [EST]
+TALLINN_
KARL_MUSTKIVI_  # a test person
+MUSTKIVI_
\t[ESTGOV 160101-200101]
\t[ESTELI >200101]
"""


@pytest.mark.parametrize("fmt,payload", [("wikidata", json.dumps(WIKIDATA)), ("cia", json.dumps(CIA)),
                                         ("phoenix", PHOENIX)])
def test_cli_import(tmp_path: Path, fmt: str, payload: str):
    from typer.testing import CliRunner

    from warta.cli.kb import kb_app

    src = tmp_path / f"in.{fmt}"
    src.write_text(payload, encoding="utf-8")
    out = CliRunner().invoke(kb_app, ["import", str(src), "--format", fmt, "--kb-dir", str(tmp_path),
                                      "--as-of", "2019-06-04"])
    assert out.exit_code == 0, out.output
    kb = load_kb(tmp_path)
    expected = {"wikidata": ("Ana Testova", "Menteri Luar Negeri", "2021-02-01"),
                "cia": ("Jaan Tammekivi", "Perdana Menteri", "2019-07-01"),
                "phoenix": ("Karl Mustkivi", "GOV", "2017-01-01")}[fmt]
    name, role, day = expected
    assert [p.name for p in kb.holders(role, "EST", day)] == [name]
    if fmt == "wikidata":
        assert not any(p.name == "Q123" for p in kb.people)
    if fmt == "phoenix":
        assert kb.person_at("Mustkivi", "2021-01-01").sector == "ELI"
    # importing twice adds nothing
    again = CliRunner().invoke(kb_app, ["import", str(src), "--format", fmt, "--kb-dir", str(tmp_path),
                                        "--as-of", "2019-06-04"])
    assert "0 new rows" in again.output


def test_regions_are_places_of_their_country():
    """Every generated region row is matched as a place of its country (one loop: ~2,300 rows),
    unless a curated entry (body, person, country) gives the same words another reading."""
    kb = default_kb()
    checked = 0
    for r in rows("regions.tsv"):
        _, items = match(r["alias"], kb)
        if len(items) == 1 and items[0].text == r["alias"] and items[0].first("city"):
            assert r["code"] in {e.code for e in items[0].entries if e.kind == "city"}, r
            checked += 1
    assert checked > 0.9 * len(rows("regions.tsv"))


@pytest.mark.parametrize("row", rows("name_blockers.tsv"), ids=lambda r: r["word"])
def test_name_blockers_stop_the_capitalised_fallback(row):
    from warta.actors import ActorLinker
    from warta.model import Document
    from warta.options import PipelineOptions

    word = row["word"].capitalize()
    text = f"Kemarin warga melihat {word} Wirasena Pratama di sana."
    doc = Document(id="t", raw_text=text)
    doc.text = text
    ActorLinker(PipelineOptions(use_ner=False))(doc)
    assert not any(word in e.name for e in doc.entities if e.label == "PER")
    # and the same run without the blocker is taken for a person
    text2 = "Kemarin warga melihat Wirasena Pratama di sana."
    doc2 = Document(id="t", raw_text=text2)
    doc2.text = text2
    ActorLinker(PipelineOptions(use_ner=False))(doc2)
    assert any(e.name == "Wirasena Pratama" for e in doc2.entities)


@pytest.mark.parametrize("row", rows("company_words.tsv"), ids=lambda r: r["word"])
def test_company_words_make_companies(row):
    from warta.actors import ActorLinker
    from warta.model import Document
    from warta.options import PipelineOptions

    w = row["word"]
    name = f"{w} Sinar Wirasena" if row["position"] in ("head", "body") else f"Sinar Wirasena {w}"
    linker = ActorLinker(PipelineOptions(use_ner=False))
    if row["position"] != "body":  # heads of other bodies ("Partai") are read only after a role
        text = f"Polisi memeriksa {name} kemarin."
        doc = Document(id="t", raw_text=text)
        doc.text = text
        linker(doc)
        assert any(e.name == name and e.sector == "BUS" for e in doc.entities), [(e.name, e.sector) for e in doc.entities]
    if row["position"] == "tail":
        return
    # after a role: the body with its sector, and its holder
    text = f"Ketua {name} Andi Pratama mengatakan hal itu."
    doc = Document(id="t", raw_text=text)
    doc.text = text
    linker(doc)
    got = [(e.name, e.sector) for e in doc.entities]
    assert (name, row["sector"]) in got and ("Andi Pratama", row["sector"]) in got, got


@pytest.mark.parametrize("row", rows("agency_heads.tsv"), ids=lambda r: r["word"])
def test_agency_heads_make_named_public_bodies(row):
    from warta.actors import ActorLinker
    from warta.model import Document
    from warta.options import PipelineOptions

    name = f"{row['word']} Pengawas Sinar dan Wirasena"
    text = f"Polisi bersama {name} memeriksa gudang itu kemarin."
    doc = Document(id="t", raw_text=text)
    doc.text, doc.language = text, "id"
    ActorLinker(PipelineOptions(use_ner=False))(doc)
    found = {e.name: e for e in doc.entities}
    assert name in found, list(found)
    assert found[name].sector == row["sector"] and found[name].code == "IDN"


def test_a_lowercase_word_ends_a_named_body():
    from warta.actors import ActorLinker
    from warta.model import Document
    from warta.options import PipelineOptions

    text = "Dinas Lingkungan Hidup menyegel pabrik itu dan Badan Pengawas Obat dan Makanan menyita obat."
    doc = Document(id="t", raw_text=text)
    doc.text, doc.language = text, "id"
    ActorLinker(PipelineOptions(use_ner=False))(doc)
    names = {e.name for e in doc.entities if e.source == "agency-pattern"}
    assert names == {"Dinas Lingkungan Hidup", "Badan Pengawas Obat dan Makanan"}


@pytest.mark.parametrize("row", rows("sovereign.tsv"), ids=lambda r: r["territory"])
def test_dependent_territories_take_their_sovereign_code(row):
    kb = default_kb()
    names = [r["alias"] for r in rows("countries.tsv") if r["code"] == row["territory"]]
    assert names, f"no name for {row['territory']} in countries.tsv"
    for name in names:
        assert explain(kb, name).code == row["sovereign"], name
    assert kb.country_names.get(row["sovereign"]) not in names  # the state keeps its own name
