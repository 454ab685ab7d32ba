"""Nicknames and the article's topic in coreference (warta.actors.coref), through the real
pipeline: invented people, so no KB alias can answer for the rule."""
from __future__ import annotations

import pytest

from warta.actors.coref import honorifics, topic_person
from warta.model import Document, Entity, Mention
from warta.pipeline import Pipeline

QUOTE = '"Sasaran pembelajaran tidak lagi sebatas menghafal saja," '


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def speakers(pipe: Pipeline, text: str) -> list[str | None]:
    doc = pipe(Document(id="n", raw_text=text))
    return [q.speaker.name if q.speaker else None for q in doc.quotes if q.kind == "direct"]


@pytest.mark.parametrize("intro,nick", [
    ("Sudarto Wibisono yang akrab disapa Darto", "Darto"),
    ("Sudarto Wibisono, akrab disapa Kang Darto,", "Kang Darto"),
    ("Sudarto Wibisono dengan sapaan akrab Darto", "Darto"),
    ("Sudarto Wibisono atau yang akrab disapa Darto", "Darto"),
    ("Sudarto Wibisono yang lebih dikenal dengan nama Darto", "Darto"),
    ("Sudarto Wibisono yang biasa dipanggil Darto", "Darto"),
])
def test_nickname_after_the_name(pipe, intro, nick):
    text = f"Anggota DPRD {intro} membuka lokakarya guru di Demak.\n{QUOTE}tutup {nick}."
    [name] = speakers(pipe, text)
    assert name is not None and name.endswith("Wibisono")


def test_nickname_before_the_name(pipe):
    text = f"Cak Darto, sapaan akrab Sudarto Wibisono, membuka lokakarya guru di Demak.\n{QUOTE}kata Cak Darto."
    assert speakers(pipe, text) == ["Sudarto Wibisono"]


def test_nickname_of_the_topic_person(pipe):
    text = ("Calon Bupati Sleman Sudarto Wibisono meyakini isu mundurnya Hendra Kusumo tidak berpengaruh.\n\n"
            "Kang Darto , sapaan akrabnya , mengaku menunggu kepastian partai.\n\n"
            f"{QUOTE}kata Kang Darto.")
    assert speakers(pipe, text) == ["Sudarto Wibisono"]


def test_topic_person_is_the_last_clause_subject_not_the_last_name():
    text = "Sudarto Wibisono meyakini isu mundurnya Hendra Kusumo tidak berpengaruh. Kang Darto"
    a = Entity("e1", "Sudarto Wibisono", "PER", mentions=[Mention(0, 16, "Sudarto Wibisono")])
    i = text.index("Hendra")
    b = Entity("e2", "Hendra Kusumo", "PER", mentions=[Mention(i, i + 13, "Hendra Kusumo")])
    assert topic_person(text, [a, b], text.index("Kang")) is a


@pytest.mark.parametrize("word", sorted(honorifics()))
def test_every_honorific_is_not_a_nickname_word(pipe, word):
    """'<Honorific> Darto, sapaan akrab Sudarto Wibisono': the honorific alone must not become a
    name of that person ('kata <Honorific> Rina' is someone else)."""
    hon = word.capitalize()
    text = (f"{hon} Darto, sapaan akrab Sudarto Wibisono, membuka lokakarya guru.\n"
            f"{hon} Rina Marlina juga hadir di sana.\n{QUOTE}kata {hon} Rina.")
    doc = pipe(Document(id="n", raw_text=text))
    sud = [e for e in doc.entities if e.name == "Sudarto Wibisono"]
    assert sud and not any(m.text == hon for m in sud[0].mentions)


def test_a_group_noun_gives_no_short_name(pipe):
    """'pengguna jalan' (road users) is a group, not a name: a capitalised 'Jalan' of a street
    later on is not a mention of them."""
    text = ("Lumpur di jalan itu mengganggu pengguna jalan.\n\n"
            "Kementerian Sosial juga bekerja di ruas Jalan Kota Kuala Simpang dengan mengerahkan ratusan petugas.")
    doc = pipe(Document(id="n", raw_text=text))
    users = [e for e in doc.entities if e.name.lower() == "pengguna jalan"]
    assert all(m.text.lower() == "pengguna jalan" for e in users for m in e.mentions)


def test_a_quoted_dia_is_not_the_one_quoted(pipe):
    """'"Dia juga menyerang warga lain," lanjutnya': a speaker does not call himself 'dia'; the
    quoted 'dia' is the suspect named before."""
    text = ("Polisi menangkap Sutrisno Hadiwijoyo di Bogor, Senin (3/3/2025).\n\n"
            "Kapolres Bogor AKBP Mulyadi Santosa menjelaskan kronologi penangkapan itu.\n\n"
            '"Dia juga menyerang warga lain," lanjutnya.')
    doc = pipe(Document(id="n", raw_text=text))
    at = text.index('"Dia') + 1
    owner = [e.name for e in doc.entities for m in e.mentions if m.start == at]
    assert owner == ["Sutrisno Hadiwijoyo"], owner
