"""Read speaker phrases around attribution cues, and resolve them to entities.

A speaker phrase is read from the text (after ``kata``, before ``mengatakan``, after
``menurut``); it is then resolved, in this order, to an entity of the actors stage
whose mention lies inside the phrase, to a longer name or an acronym's expansion
found in the article, or kept as written (a description such as "juru bicara Kemlu").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..model import Document, Entity
from .lexicon import Lexicon

TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
WORD_RE = re.compile(r"\w+(?:-\w+)*")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
GLUED_RE = re.compile(r"^[a-z]+[A-Z]")  # "kepadaTNT", "dilansirAntara": words run together
CONNECTORS = frozenset({"dan", "and", "of", "bin", "binti", "van", "de", "da", "al", "von", "der", "den", "la", "le"})
PERSON_LABELS = ("PER",)
#: expand_name: the capitalised words that continue a name, an acronym's "( ABC )" gloss
#: and the capitalised run before it
CONTINUATION_RE = re.compile(r"(?:(?:\s+|-)[A-Z][\w'’-]*){1,3}")
GLOSS_RE = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")
RUN_BEFORE_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,8})$")
#: prepositions of place: "Budi di Mataram mengatakan" names Budi, not Mataram
LOCATIVE = frozenset({"di", "dari", "ke"})


@dataclass
class Phrase:
    """A speaker as written: ``text`` at ``[start, end)``; ``anaphoric`` when it only
    points back ("ujarnya", "kata dia", "laporan itu")."""

    start: int
    end: int
    text: str
    anaphoric: bool = False
    #: a lowercase description read as a clause subject ("Seorang jenderal militer mengklaim")
    description: bool = False
    #: the subject of a clause whose verb is not a speech verb ("Budi meyakini ..."): the
    #: article's topic, a weaker clue to "-nya" than a speaker
    clause: bool = False


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() is False and tok[:1] in "’'" and tok[1:2].isupper())


@functools.lru_cache(maxsize=1)
def _stemmer() -> Any:
    """PySastrawi's stemmer (dictionary-backed), or None when it is not installed."""
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415
    except Exception:  # optional: without it descriptions just read a little further
        return None
    return StemmerFactory().create_stemmer()


def verb_like(word: str) -> bool:
    """A lowercase me-/di-/ber- word that is an affixed form ("mengawali", "ditemui",
    "berusia"), not a dictionary noun ("menteri", "direktur"): it ends a description."""
    w = word.lower()
    if not word[:1].islower() or not w.startswith(("me", "di", "ber")) or len(w) < 5:
        return False
    st = _stemmer()
    return st is not None and st.stem(w) != w


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, lo, hi)]


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def read_after(text: str, pos: int, hi: int, lex: Lexicon) -> Phrase | None:
    """The speaker phrase that starts at ``pos`` (just after a cue word).

    Reads up to two comma-separated segments ("pengacara Lisa, Jhony Boy Nababan,")
    and stops at a stop word (dalam, kepada, saat, a weekday...), a digit or punctuation.
    """
    toks = tokens(text, pos, min(hi, pos + 240))
    # '"...," tertulis di situs resmi Kemlu': prepositions before a document noun
    lead = 0
    while lead < len(toks) and lead < 3 and toks[lead][2].lower() in lex.source_fillers:
        lead += 1
    if 0 < lead < len(toks) and toks[lead][2].lower() in lex.source_nouns:
        toks = toks[lead:]
    segments: list[list[tuple[int, int, str]]] = [[]]
    closed = False  # the current segment's name has ended; a ", Name" may still follow
    first_described = False  # the first segment held lowercase words ("CEO dan founder X")
    i = 0
    while i < len(toks):
        s, e, t = toks[i]
        low = t.lower()
        if _is_word(t):
            if (t[:1].isdigit() and len(t) <= 2 and not closed and segments[-1]
                    and segments[-1][0][2].lower() in lex.role_heads and i + 1 < len(toks) and is_cap(toks[i + 1][2])):
                segments[-1].append((s, e, t))  # a numbered office: "Kasubdit 2 Ditsiber Polda Sulteng"
                i += 1
                continue
            office_word = (is_cap(t) and low in lex.stops and segments[-1] and not closed
                           and segments[-1][0][2].lower() in lex.role_heads)
            # "kata Menteri Dalam Negeri Pakistan, ...": a capitalised "Dalam"/"Luar" inside an office
            if (low in lex.stops and not office_word) or low.startswith(("dilansir", "dikutip")) \
                    or t[:1].isdigit() or GLUED_RE.match(t):
                if len(segments) == 1 and not closed:
                    named = _name_after_affiliation(toks, i, segments[0], lex)
                    if named:
                        return _phrase(text, named, lex, limit=12)
                break
            seg = segments[-1]
            if seg and low not in lex.name_links and verb_like(t):
                break  # "kata sang aktor mengawali pengumumannya": the description has ended
            if not closed and low in lex.demonstratives and seg and seg[0][2].lower() in lex.role_heads:
                segments[-1].append((s, e, t))  # "kata Ketua DPC partai itu": points back
                break
            if (not closed and not is_cap(t) and seg and seg[0][2].lower() in lex.role_heads
                    and _rank_ahead(toks, i, lex)):
                segments[-1].append((s, e, t))  # "Ketua tim SAR Zona C Kapten Catur Waluyo"
                i += 1
                continue
            if closed or (not is_cap(t) and any(is_cap(x) for _, _, x in seg) and seg[-1][2] != "-"
                          and not (low in CONNECTORS and i + 1 < len(toks) and is_cap(toks[i + 1][2]))):
                closed = True  # "Rini ditemui", "Ikhwan menambahkan": the name has ended
                if len(segments) > 1:
                    break
                i += 1
                continue
            segments[-1].append((s, e, t))
        elif (t == "(" and segments[-1] and not closed and i + 2 < len(toks) and toks[i + 2][2] == ")"
              and _is_word(toks[i + 1][2]) and is_cap(toks[i + 1][2]) and len(toks[i + 1][2]) <= 12):
            i += 3  # an acronym gloss inside the office: "Kepala Bidang Dinas Pertanian ( Distan ) DIY Sutarno"
            continue
        elif t == "-" and segments[-1] and i + 1 < len(toks) and _is_word(toks[i + 1][2]):
            segments[-1].append((s, e, t))  # "Ong - art Klampaiboon"
        elif (t == "." and segments[-1] and not closed and i + 1 < len(toks) and is_cap(toks[i + 1][2])
              and _is_word(toks[i + 1][2]) and (segments[-1][-1][2].lower() in lex.prefixes
                                                or re.fullmatch(r"[A-Z]", segments[-1][-1][2]))):
            pass  # "Prof. Budi", "H. Sutrisno": the dot of a title or an initial
        elif t == "," and segments[-1] and (len(segments) < 2 or (
                len(segments) == 2 and len(segments[1]) == 1 and is_cap(segments[1][0][2]) and not closed)):
            # (a third segment only after a lone place: "Ketua LBH Cabang Kencong, Jember, Mohammad Kholil")
            if len(segments) == 1:
                first_described = closed
            segments.append([])
            closed = False
        else:
            break
        i += 1
    segments = [seg for seg in segments if seg]
    if not segments:
        return None
    if len(segments) == 3:
        third = segments[2]
        if third[0][2].lower() in ("dan", "serta", "and"):
            # the commas listed parts of one office: "Kepala Pusat Data , Informasi , dan Humas BNPB Sutopo"
            return _phrase(text, segments[0] + segments[1] + third, lex, limit=12)
        if 2 <= len(third) <= 6 and all(is_cap(t) or t == "-" for _, _, t in third) and (
                segments[0][0][2].lower() in lex.role_heads or not is_cap(segments[0][0][2])):
            segments = [segments[0], third]
        else:
            segments = segments[:2]
    seg = segments[0]
    if len(segments) > 1:
        two = segments[1]
        described = first_described or not is_cap(seg[0][2]) or any(
            _is_word(t) and not is_cap(t) and (k == 0 or seg[k - 1][2] != "-") for k, (_, _, t) in enumerate(seg))
        all_cap = all(is_cap(t) or t == "-" for _, _, t in two)
        if described and all_cap and 2 <= len(two) <= 6:
            seg = two  # "jubir KPK, Budi Prasetyo,": the name follows the role
        elif all_cap and 1 <= len(two) <= 7 and (
                seg[0][2].lower() in lex.role_heads or two[0][2].lower() in lex.prefixes):
            seg = two  # "Direktur Penindakan Bareskrim Polri, Brigjen Toto Suharyanto,"
    return _phrase(text, seg, lex, limit=12)


def read_described(text: str, pos: int, hi: int, lex: Lexicon) -> Phrase | None:
    """A description that points back, right after a cue: "kata politikus PDIP itu",
    "ujar pria kelahiran 1970 tersebut", "tutur mantan ketua umum partai ini".

    It opens with a lowercase word (or a role head: "Ketua DPC partai itu"), runs without
    punctuation for at most ten tokens (digits allowed: a birth year) and ends with a
    demonstrative followed by punctuation, a stop word or the end. The phrase is anaphoric
    and a description: it names someone the article introduced before.
    """
    toks = tokens(text, pos, min(hi, pos + 160))
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2]
    low0 = first.lower()
    if (is_cap(first) and low0 not in lex.role_heads) or low0 in lex.pronouns or low0 in lex.stops \
            or low0 in lex.demonstratives or low0 in lex.source_nouns or low0 in lex.source_fillers:
        return None
    for k, (_, e, t) in enumerate(toks[:11]):
        low = t.lower()
        if k and low in lex.demonstratives:
            nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
            if nxt and _is_word(nxt) and nxt not in lex.stops:
                return None
            if nxt == "," and k + 2 < len(toks) and is_cap(toks[k + 2][2]) and _is_word(toks[k + 2][2]) \
                    and toks[k + 2][2].lower() not in lex.stops:
                return None  # "kata Ketua Tim penemu itu , Edho Okta": the name follows
            s = toks[0][0]
            return Phrase(s, e, text[s:e], True, True)
        if not (_is_word(t) or t == "-") or (k and (low in lex.stops or low in lex.pronouns)):
            return None
    return None


#: Prepositions that tie a described speaker to an institution before the name:
#: "kata peneliti pada Pusat Kajian X, Nama", "ujar dosen di Universitas Y, Nama".
_AFFILIATION_PREPS = frozenset({"di", "pada", "at"})
#: Last words that make a capitalised pair a place, not a person ("Jakarta Pusat").
_PLACE_TAILS = frozenset({"pusat", "utara", "selatan", "timur", "barat", "tengah", "raya", "daya", "laut"})


def _name_after_affiliation(toks: list[tuple[int, int, str]], i: int, seg: list[tuple[int, int, str]],
                            lex: Lexicon) -> list[tuple[int, int, str]] | None:
    """The name after "<description> di/pada <Institution>, <Name>", or None.

    A stop preposition normally ends the speaker phrase ("kata Cho di konferensi pers").
    When what came before it is a plain description with no name ("peneliti senior") and
    what follows is a capitalised institution, a comma and a capitalised name of two to
    six words that ends the clause, the speaker is that name, not the description."""
    if not seg or toks[i][2].lower() not in _AFFILIATION_PREPS or any(is_cap(t) for _, _, t in seg):
        return None
    j = i + 1
    inst = 0
    while j < len(toks) and inst < 10 and (is_cap(toks[j][2]) or toks[j][2] in ("-", "&")
                                           or (inst and toks[j][2].lower() in CONNECTORS)):
        j, inst = j + 1, inst + 1
    if (not inst or not is_cap(toks[j - 1][2]) or j >= len(toks) or toks[j][2] != ","
            or toks[i + 1][2].lower() in lex.place_nouns):
        return None  # "warga di Jalan Sudirman, Jakarta Pusat": an address, not an institution
    k = j + 1
    while k < len(toks) and _is_word(toks[k][2]) and is_cap(toks[k][2]) and toks[k][2].lower() not in lex.stops:
        k += 1
    name = toks[j + 1:k]
    if not 2 <= len(name) <= 6 or name[-1][2].lower() in _PLACE_TAILS:
        return None
    if k < len(toks) and _is_word(toks[k][2]) and toks[k][2].lower() not in lex.stops:
        return None  # the clause goes on: not a name closing the attribution
    return name


def _rank_ahead(toks: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    """A capitalised rank or title followed by a capitalised word within six tokens."""
    for k in range(i + 1, min(len(toks) - 1, i + 7)):
        t = toks[k][2]
        if not _is_word(t):
            return False
        if t[:1].isupper() and t.lower() in lex.prefixes and is_cap(toks[k + 1][2]):
            return True
    return False


def _phrase(text: str, seg: list[tuple[int, int, str]], lex: Lexicon, limit: int | None = None) -> Phrase | None:
    """The speaker phrase of a capitalised run; ``limit`` caps its length after ranks and
    titles are stripped (a long office "Kepala Subdirektorat ... Polda Metro Jaya Ajun
    Komisaris Besar Polisi Budiyanto" still yields the name at its end)."""
    low = [t.lower() for _, _, t in seg]
    for k, w in enumerate(low):
        if w in lex.name_links and k + 1 < len(seg):
            seg = seg[k + 1:]  # "salah satu penumpang bernama Zhang" -> "Zhang"
            low = low[k + 1:]
            break
    if len(seg) > 1 and low[0] in lex.source_nouns | lex.source_fillers:
        # "pernyataan pemerintah Spanyol", "bunyi keterangan tertulis Humas Polda"
        while len(seg) > 1 and low[0] in lex.source_nouns | lex.source_fillers:
            seg, low = seg[1:], low[1:]
    seg, low = strip_prefixes(seg, low, lex)
    if limit is not None:
        seg, low = seg[:limit], low[:limit]
    if not seg:
        return None
    s, e = seg[0][0], seg[-1][1]
    anaphoric = (len(seg) == 1 and low[0] in lex.pronouns) or (
        low[-1] in lex.demonstratives and (not is_cap(seg[0][2]) or low[0] in lex.role_heads))
    if len(seg) == 1 and low[0] in lex.demonstratives:
        anaphoric = True
    return Phrase(s, e, text[s:e], anaphoric)


def strip_prefixes(seg: list[tuple[int, int, str]], low: list[str],
                   lex: Lexicon) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Drop a rank, title or honorific and what precedes it from a capitalised name run:
    "Bu Sri" -> "Sri", "Kapolres Malang AKBP Budi Hermanto" -> "Budi Hermanto",
    "Irjen Pol Karyoto" -> "Karyoto". A prefix must be capitalised and followed by a
    capitalised word (lowercase "ibu Atim" is a relation, not an honorific)."""
    cut = -1
    for k in range(len(seg) - 1):
        if low[k] in lex.prefixes and seg[k][2][:1].isupper():
            n = k + 1
            while n < len(seg) - 1 and low[n] in lex.after_rank:
                n += 1
            if is_cap(seg[n][2]) and all(is_cap(t) or t in ("-", ".") for _, _, t in seg[n:]):
                cut = n
    if cut > 0:
        seg, low = seg[cut:], low[cut:]
    return seg, low


def read_subject(text: str, verb_start: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The subject of a speech verb at ``verb_start``: the capitalized run just before it
    (adverbs like "juga" skipped), or the name before a lowercase appositive
    ("Sansern Kaewkamnerd , juru bicara pemerintahan , mengatakan")."""
    toks = tokens(text, lo, verb_start)
    j = len(toks) - 1
    while j >= 0 and toks[j][2].lower() in lex.skips:
        j -= 1
    if j >= 0 and toks[j][2] == ",":
        # a parenthetical between subject and verb: ", juru bicara pemerintahan ,",
        # ", dalam pertemuan di Dewan Keamanan ,", ", yang juga menjabat ... ,",
        # ", Senin (3/3/2025) ,", ", Juru Bicara Kemlu ,"; or just "Indra, mengungkapkan"
        k = j - 1
        while k >= 0 and toks[k][2] != ",":
            k -= 1
        app = toks[k + 1:j]
        head = app[0][2] if app else ""
        paren = bool(app) and k >= 1 and _is_word(toks[k - 1][2]) and (
            not is_cap(head) or head.lower() in lex.stops or head.lower() in lex.not_names
            or head.lower() in lex.role_heads)
        if not paren and app and k >= 1 and all(is_cap(t) for _, _, t in app if _is_word(t)):
            # ", yang juga Menteri Perhubungan , Amerika Serikat ,": a capitalised segment that
            # only closes a parenthetical opened by a lowercase word two commas back
            k2 = k - 1
            while k2 >= 0 and toks[k2][2] != ",":
                k2 -= 1
            head2 = toks[k2 + 1][2] if k2 + 1 < k else ""
            if k2 >= 1 and _is_word(toks[k2 - 1][2]) and head2 and (
                    not is_cap(head2) or head2.lower() in lex.stops):
                paren, k = True, k2
        if paren:
            j = k - 1
        elif app and _is_word(app[-1][2]) and is_cap(app[-1][2]):
            j = j - 1
        else:
            return None
    if j < 0:
        return None
    if toks[j][2].lower() in lex.pronouns:
        s, e = toks[j][0], toks[j][1]
        return Phrase(s, e, text[s:e], True)
    run: list[tuple[int, int, str]] = []
    while j >= 0:
        t = toks[j][2]
        if _is_word(t) and is_cap(t) and t.lower() not in lex.stops and t.lower() not in lex.not_names:
            run.insert(0, toks[j])
        elif t == "-" and run and j > 0 and _is_word(toks[j - 1][2]):
            run.insert(0, toks[j])
        elif t.lower() in CONNECTORS and run and j > 0 and is_cap(toks[j - 1][2]) and _is_word(toks[j - 1][2]):
            run.insert(0, toks[j])  # a name particle inside the name: "Ahmed al - Asadi"
        else:
            break
        j -= 1
    if run and j >= 1 and toks[j][2].lower() in LOCATIVE and _is_word(toks[j - 1][2]) and is_cap(toks[j - 1][2]):
        # "R Agus Budi Santosa di Mataram , mengatakan": the run is the place of the name before
        before = read_subject(text, toks[j][0], lo, lex)
        if before is not None and not before.anaphoric and not before.description:
            return before
    if run and j >= 1 and toks[j][2].lower() in ("di", "ke", "dari") and toks[j - 1][2].lower().startswith("di"):
        # "Keterangan pers BMKG yang diterima di Jakarta, Senin, menyebutkan": the place where a
        # statement was received; the subject comes before the relative clause
        y = next((x for x in range(j - 1, max(-1, j - 6), -1) if toks[x][2].lower() == "yang"), None)
        found = read_subject(text, toks[y][0], lo, lex) if y is not None and y > 0 else None
        if found is not None and found.text.lower().split()[-1] in lex.source_nouns | {"pers", "press"}:
            return None  # "Siaran pers yang diterima di Jakarta": the document names no one
        return found
    if run and j >= 0 and (toks[j][2].lower() in lex.stops or toks[j][2].lower() in lex.place_nouns):
        # "Nikki Haley , dalam pertemuan di Dewan Keamanan mengatakan": the run follows a
        # preposition, so it closes a parenthetical whose second comma is missing; the
        # subject is the name before the comma that opened it
        k = j
        while k >= 0 and toks[k][2] != ",":
            k -= 1
        if k >= 1 and k + 1 <= j and not is_cap(toks[k + 1][2]):
            before = read_subject(text, toks[k][1], lo, lex) if toks[k - 1][2] != "," else None
            if before is not None and not before.anaphoric and not before.description:
                return before
    if not run:
        return _description(text, toks[:j + 1], lex)
    return _phrase(text, run[-8:], lex)


def _description(text: str, toks: list[tuple[int, int, str]], lex: Lexicon) -> Phrase | None:
    """A lowercase noun phrase that is the whole clause subject of a speech verb:
    "Seorang jenderal militer bahkan mengklaim", "Sementara itu, warga sekitar mengatakan".
    Only short phrases (at most five words) made of plain words, no stop word, no pronoun."""
    if toks and toks[-1][2].lower() == "yang":
        toks = toks[:-1]  # "seorang sumber yang (juga) mengatakan": a relative clause on the subject
    k = len(toks)
    while k > 0 and _is_word(toks[k - 1][2]):
        k -= 1
    if k > 0 and toks[k - 1][2] != ",":
        return None  # a bracket or a dash: not a plain clause subject
    for n in range(len(toks) - 1, k, -1):
        if toks[n - 1][2].lower().startswith("di") and verb_like(toks[n - 1][2]):
            k = n  # "Hal itu disampaikan seorang sumber": the agent after a passive verb
            break
    np = toks[k:]
    while np and (np[0][2].lower() in lex.not_names or np[0][2].lower() == "itu"):
        np = np[1:]
    low = [t.lower() for _, _, t in np]
    verbs = lex.before | lex.speech_acts | lex.skips | frozenset(lex.after)
    if (2 <= len(np) <= 9 and low[-1] in lex.demonstratives and np[0][2][:1].islower()
            and not any(w in lex.stops or w in lex.pronouns or w in verbs for w in low[:-1])):
        # "anggota DPR dari fraksi Gerindra itu memberikan": a description pointing back
        s, e = np[0][0], np[-1][1]
        return Phrase(s, e, text[s:e], True, True)
    if not 1 <= len(np) <= 5 or any(w in lex.stops or w in lex.pronouns or w in verbs for w in low):
        return None  # "menyatakan akan tetap": a predicate, not a subject
    if any(is_cap(t) for _, _, t in np[1:]):
        return None  # a capitalised word inside: not a plain description
    ph = _phrase(text, np, lex)
    if ph is not None and not ph.anaphoric:
        ph.description = True
    return ph


def nearest_subject(text: str, verb_start: int, lo: int, lex: Lexicon) -> Phrase | None:
    """When the verb has no subject right before it ("United Airlines mencoba menjelaskan
    ..., kemudian menyatakan"), the nearest capitalized run before it in the sentence that
    is followed by a lowercase word (a clause subject)."""
    toks = tokens(text, lo, verb_start)
    best = None
    k = 0
    while k < len(toks):
        if _is_word(toks[k][2]) and is_cap(toks[k][2]):
            r0 = k
            while k + 1 < len(toks) and _is_word(toks[k + 1][2]) and is_cap(toks[k + 1][2]):
                k += 1
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if nxt[:1].islower() and not (r0 == 0 and k == 0):
                best = toks[r0:k + 1]
        k += 1
    if not best:
        return None
    return _phrase(text, best[-8:], lex)


def entity_in(doc: Document, start: int, end: int) -> tuple[Entity | None, str | None]:
    """The entity that a speaker phrase ``[start, end)`` names, and its mention kind.

    A person's mention must end the phrase (the name follows the role); any other
    entity may sit anywhere in it ("seorang pejabat Kemlu Jepang" -> JPN).
    """
    found = [(m, e) for e in doc.entities for m in e.mentions if m.start < end and m.end > start]
    if not found:
        return None, None
    tail = [(m, e) for m, e in found if e.label in PERSON_LABELS and m.end >= end - 1 and m.kind != "pronoun"]
    if tail:
        m, e = max(tail, key=lambda p: p[0].end - p[0].start)
        return e, m.kind
    others = [(m, e) for m, e in found if e.label not in PERSON_LABELS and e.code]
    if others:
        m, e = max(others, key=lambda p: (p[0].end, p[0].end - p[0].start))
        return e, m.kind
    return None, None


def expand_name(text: str, name: str, pos: int, stops: frozenset[str] = frozenset()) -> str:
    """A fuller form of a short name from the article itself (no entities).

    "Cho" -> "Cho Tae-yul" (the capitalized run that continues after the token, nearest
    before ``pos``), "HNW" -> "Hidayat Nur Wahid" (the run before "(HNW)" whose initials
    match). Plain ``str.find`` and precompiled patterns: no regex is built per name.
    """
    words = name.split()
    if len(words) != 1:
        return name
    w = words[0]
    if ACRONYM_RE.match(w):
        for g in GLOSS_RE.finditer(text):
            if g.group(1) != w:
                continue
            m = RUN_BEFORE_RE.search(text, max(0, g.start() - 160), g.start())
            if m:
                run = m.group(1).split()
                for k in range(len(run)):
                    tail = run[k:]
                    if "".join(t[0] for t in tail).upper() == w:
                        return " ".join(tail)
            break
        return name
    before: str | None = None
    after: str | None = None
    at = text.find(w)
    while at != -1:
        nxt = text.find(w, at + 1)
        m = None
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            # (a spaced dash joins two names, "Deddy Mizwar - Ahmad Syaikhu", not parts of one)
            m = CONTINUATION_RE.match(text, at + len(w))
        if m is not None:
            parts = text[at:m.end()].split()
            while parts and parts[-1].lower() in stops:
                parts.pop()
            if len(parts) >= 2:
                if at < pos:
                    before = " ".join(parts)
                elif after is None:
                    after = " ".join(parts)
        at = nxt
    return before or after or name


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))
