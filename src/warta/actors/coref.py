"""Coreference inside one article: short names, role-only mentions and pronouns.

Why rules: in news prose the referent of "Cho", "Menlu" or "ujarnya" is nearly always the
last-named person who fits, and a rule can be audited. Each resolved reference becomes a
:class:`~warta.model.Mention` of the entity with kind ``short``, ``role`` or ``pronoun``.
"""
from __future__ import annotations

import functools
import re

from ..model import Document, Entity, Mention

PRONOUNS = frozenset({"ia", "dia", "beliau"})
#: speech verbs whose "-nya" names the speaker: "ujarnya", "katanya", "tambahnya"
NYA_VERBS = frozenset("""ujar kata tambah jelas ucap tutur imbuh ungkap terang papar sebut tegas lanjut
tandas pungkas kilah aku sambung timpal tulis harap pinta klaim duga nilai""".split())
#: a whole token (``kb.TOKEN_RE``: a run of letters and digits) that is one of PRONOUNS, or
#: one of NYA_VERBS + "nya" ("ujarnya"); one regex pass instead of a test of every token
_PRONOUN_RE = re.compile(
    r"(?<![^\W_])(?:" + "|".join(sorted(PRONOUNS, key=len, reverse=True))
    + r"|(?P<verb>" + "|".join(sorted(NYA_VERBS, key=len, reverse=True)) + r")nya)(?![^\W_])",
    re.IGNORECASE)
QUOTE_RE = re.compile(r"[“\"]([^”\"\n]{3,}?)[”\"]")
#: A nickname introduced right after a person's name: "Lestari Moerdijat atau akrab disapa
#: Rerie", "Bambang Soesatyo alias Bamsoet", "Lestari atau Rerie", "Joko Widodo (Jokowi)".
#: One or two capitalised words, not an all-caps acronym (a party or office in brackets).
NICK = r"(?P<nick>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
_CALLED = (r"(?:(?:akrab|biasa|lebih|juga|kerap|sering|karib)\s+)?"
           r"(?:disapa|dipanggil|dikenal(?:\s+dengan)?(?:\s+(?:nama|sebutan|panggilan|sapaan))?|disebut"
           r"|dijuluki|berjuluk|bersapaan)\s+")
NICKNAME_RE = re.compile(
    r"\s*(?:\(\s*"
    r"|,?\s+(?:atau|alias)\s+(?:yang\s+)?(?:" + _CALLED + r")?"
    r"|,?\s+(?:yang\s+)?" + _CALLED +  # "X yang akrab disapa Y", "X, akrab disapa Y"
    # "X dengan sapaan (akrab) Y", "X, sapaan akrabnya Y" (but "Y, sapaan akrab X": NICK_FIRST_RE)
    r"|,?\s+(?:dengan\s+(?:sapaan|panggilan|julukan)(?:\s+(?:akrab|karib))?"
    r"|(?:sapaan|panggilan|julukan)(?:\s+(?:akrab|karib))?nya)\s+)"
    + NICK + r"(?P<close>\s*\))?")
#: The nickname written first: "Gus Ipul, sapaan akrab Saifullah Yusuf, ..." (``who`` is
#: where the full name starts) or "Gus Ipul, sapaan akrabnya, ..." (the person the article
#: is about: ``nya``).
NICK_FIRST_RE = re.compile(
    r"(?<![\w-])" + NICK + r"\s*,\s*(?:yang\s+(?:merupakan\s+)?)?(?:nama\s+)?(?:sapaan|panggilan|julukan)"
    r"(?:\s+(?:akrab|karib))?(?:(?P<nya>nya)\s*[,.]|\s+(?P<who>[A-Z]))")
@functools.lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Honorifics written before a (nick)name ("Gus Ipul", "Cak Imin"): never a name word
    themselves. The honorific rows of the quotes stage's ``name_prefixes.tsv``, one list for both."""
    from ..quotes.lexicon import read_rows  # noqa: PLC0415 - data file of the quotes stage

    return frozenset(r[0].lower() for r in read_rows("name_prefixes") if r[2:3] == ["honorific"])
SHORT_STOP = frozenset({"dan", "bin", "binti", "al", "van", "de", "muhammad", "mohammad", "m", "abdul", "ahmad", "the"})


def topic_person(text: str, people: list[Entity], pos: int) -> Entity | None:
    """The person an article is about at ``pos``: the last one named before it as the subject
    of a clause ("Saifullah Yusuf meyakini ..."), else the first person the article names.
    "-nya" in "Gus Ipul, sapaan akrabnya," points at this person, not at the last name."""
    from ..quotes.speakers import verb_like  # noqa: PLC0415 - shared affix test, no cycle at import

    best: tuple[int, Entity] | None = None
    first: tuple[int, Entity] | None = None
    for e in people:
        for m in e.mentions:
            if m.start >= pos or m.kind == "pronoun":
                continue
            if first is None or m.start < first[0]:
                first = (m.start, e)
            nxt = re.match(r"\s+(?:(?:juga|pun|sendiri|kemudian|lalu|telah|sudah)\s+)*([a-z][\w-]*)", text[m.end:m.end + 60])
            if nxt and verb_like(nxt.group(1)) and (best is None or m.start > best[0]):
                best = (m.start, e)
    return (best or first or (0, None))[1]


def _contains_run(words: list[str], run: list[str]) -> bool:
    """``run`` occurs in ``words`` as consecutive words."""
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


def quote_regions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def _inside(regions, pos: int) -> tuple[int, int] | None:
    for s, e in regions:
        if s <= pos < e:
            return (s, e)
    return None


def _per_mentions(entities: list[Entity]) -> list[tuple[Mention, Entity]]:
    out = [(m, e) for e in entities if e.label == "PER" and e.source != "generic" for m in e.mentions]
    out.sort(key=lambda p: p[0].start)
    return out


SPEECH_WORDS = frozenset("""kata ujar ucap tutur ungkap jelas tegas tambah imbuh sebut papar terang lanjut
mengatakan menyatakan mengungkapkan menjelaskan menegaskan menambahkan menyebut menyebutkan menuturkan
berkata mengaku menilai said says""".split())


def is_speaker_like(text: str, m: Mention) -> bool:
    """A mention right after "kata"/"ujar" or right before "mengatakan": the person talking."""
    before = text[max(0, m.start - 12):m.start].lower().split()
    after = text[m.end:m.end + 40].lower().replace(",", " ").split()
    return bool((before and before[-1] in SPEECH_WORDS) or any(w in SPEECH_WORDS for w in after[:3]))


_CUE_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:(?:" + "|".join(sorted(NYA_VERBS, key=len, reverse=True))
                              + r")nya|(?:kata|ujar|ucap|tutur|tambah|imbuh|lanjut|jelas|tegas|sebut)\s+(?:dia|ia|beliau))\b",
                              re.IGNORECASE)
_CUE_NAME_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:kata|ujar|ucap|tutur|tambah|imbuh|lanjut|jelas|tegas|sebut|"
                                   r"papar|terang|ungkap)\s", re.IGNORECASE)


def _quote_speaker(entities: list[Entity], regions, text: str, q: tuple[int, int]) -> Entity | None:
    """Who says the quotation ``q``: the person named in the attribution right after it ("...,"
    kata Kapolres Mustofa), or for an anaphoric one ("...," lanjutnya) the last person shown
    talking before it; None when the text does not say."""
    qs, qe = q
    if _CUE_AFTER_QUOTE.match(text, qe):
        return nearest_person(entities, qs, regions, text=text, speaker=True)
    m = _CUE_NAME_AFTER_QUOTE.match(text, qe)
    if m:
        hi = min(len(text), m.end() + 60)
        for mm, en in _per_mentions(entities):
            if m.end() <= mm.start < hi and mm.kind != "pronoun":
                return en
    return None


def nearest_person(entities: list[Entity], offset: int, regions=None, max_dist: int = 800,
                   text: str | None = None, speaker: bool = False,
                   mentions: list[tuple[Mention, Entity]] | None = None) -> Entity | None:
    """The person mentioned last before ``offset`` (skipping mentions inside quotations
    when ``offset`` itself is outside them). With ``speaker``, the last person shown
    talking wins if there is one within reach ("…," tambahnya -> the last speaker)."""
    here = _inside(regions or [], offset)
    best = best_speaker = None
    for m, e in (mentions if mentions is not None else _per_mentions(entities)):
        if m.start >= offset:
            break
        q = _inside(regions or [], m.start)
        if q is not None and q != here:
            continue
        if speaker and text and offset - m.end <= 2 * max_dist and (m.kind == "pronoun" or is_speaker_like(text, m)):
            best_speaker = e
        if offset - m.end > max_dist:
            continue
        best = e
    return best_speaker or best


def resolve_coreference(doc: Document, toks, items, entities: list[Entity], covered, kb, date,
                        home: str | None = None) -> None:
    text = doc.text
    mask = bytearray(len(text) + 1)
    for a, b in covered:
        mask[a:b] = b"\x01" * max(0, b - a)

    class _Taken:
        @staticmethod
        def append(span: tuple[int, int]) -> None:
            mask[span[0]:span[1]] = b"\x01" * max(0, span[1] - span[0])

    taken = _Taken()

    def free(s: int, e: int) -> bool:
        return mask.find(1, s, e) == -1

    people = [e for e in entities if e.label == "PER" and e.source != "initials"]
    # merge single-word people into the one longer name that holds the word ("Rano" -> ...)
    by_token: dict[str, list[Entity]] = {}
    for e in people:
        words = [w for w in re.split(r"[\s]+", e.name) if w]
        if len(words) < 2 or e.source == "generic":
            continue  # "pengguna jalan" is a group, not a name: its "jalan" is no short name
        for w in words:
            if not w[:1].isupper():
                continue  # only a name's capitalised words stand for it ("bin", "van" do not)
            lw = w.lower().strip(".,")
            if len(lw) >= 3 and lw not in SHORT_STOP:
                by_token.setdefault(lw, []).append(e)
    for e in list(people):
        if " " not in e.name.strip():
            cands = by_token.get(e.name.lower(), [])
            if len(cands) == 1 and cands[0] is not e:
                target = cands[0]
                for m in e.mentions:
                    target.mentions.append(Mention(m.start, m.end, m.text, "short"))
                if not target.role and e.role:
                    target.role = e.role
                e.mentions = []
    # a one-word name written after a rank or title ("Kapolres Ponorogo, AKBP Susatyo,") stands for
    # its person wherever it recurs, as a longer name's words do ("Susatyo mengimbau ..."); the
    # title is the evidence that the word is a name ("Kasi Datun" is an office, "Mirai" a program)
    title_ends = {it.end for it in items if it.first("title") is not None}

    def after_title(m: Mention) -> bool:
        k = m.start
        while k > 0 and text[k - 1] == " ":
            k -= 1
        return k in title_ends

    for e in people:
        name = e.name.strip()
        if " " in name or e.source == "generic" or name.isupper():
            continue
        lw = name.lower().strip(".,")
        if (len(lw) >= 4 and name[:1].isupper() and lw.isalpha() and lw not in SHORT_STOP
                and any(after_title(m) for m in e.mentions)):
            by_token.setdefault(lw, []).append(e)
    # a shorter multi-word name inside exactly one longer one ("Ade Ary" in "Ade Ary Syam Indradi")
    # is that person
    for e in list(people):
        words = e.name.lower().split()
        if len(words) < 2 or not e.mentions or e.source == "generic":
            continue
        longer = [p for p in people if p is not e and p.mentions and len(p.name.split()) > len(words)
                  and _contains_run(p.name.lower().split(), words)]
        if len(longer) == 1:
            target = longer[0]
            target.mentions.extend(Mention(m.start, m.end, m.text, "short") for m in e.mentions)
            if not target.role and e.role:
                target.role = e.role
            e.mentions = []
    # nicknames: "X atau (akrab disapa) Y", "X alias Y", "X (Y)": Y becomes a short name of X
    nick_of: dict[str, Entity] = {}  # a nickname (honorific dropped) -> its person
    honor = honorifics()

    def bare(name: str) -> str:
        words = name.lower().split()
        while len(words) > 1 and words[0] in honor:
            words = words[1:]
        return " ".join(words)

    def person_over(s: int, e: int) -> Entity | None:
        return next((p for p in people for m in p.mentions if m.start < e and m.end > s), None)

    def learn(ent: Entity, nick: str, ns: int, ne: int) -> None:
        if not free(ns, ne):
            other = person_over(ns, ne)
            if other is None:
                return  # an organisation or place the KB already knows ("(PDIP)", "(Golkar)")
            if other is ent:
                return
        nick_of[bare(nick)] = ent
        for w in nick.split():
            if w.lower() not in SHORT_STOP and w.lower() not in honor and w.lower() not in by_token:
                by_token[w.lower()] = [ent]

    def learn_nickname(ent: Entity, end: int) -> None:
        nm = NICKNAME_RE.match(text, end)
        if nm is None or (text[end:nm.start("nick")].lstrip().startswith("(") and not nm.group("close")):
            return
        learn(ent, nm.group("nick"), *nm.span("nick"))

    for ent in people:
        for m in list(ent.mentions):
            learn_nickname(ent, m.end)
    # "Gus Ipul, sapaan akrab Saifullah Yusuf" / "Gus Ipul, sapaan akrabnya,"
    for nm in NICK_FIRST_RE.finditer(text):
        ns, ne = nm.span("nick")
        if nm.group("who"):
            at = nm.start("who")
            ent = next((e for e in people for m in e.mentions if m.start == at and m.kind == "name"), None)
        else:
            ent = topic_person(text, [p for p in people if person_over(ns, ne) is not p], ns)
        if ent is not None:
            learn(ent, nm.group("nick"), ns, ne)
    # a person the actors stage read from the nickname itself ("Kang Darto") is the same person
    for e in people:
        target = nick_of.get(bare(e.name))
        if target is not None and target is not e and e.mentions:
            target.mentions.extend(Mention(m.start, m.end, m.text, "short") for m in e.mentions)
            e.mentions = []
            for w, cands in by_token.items():
                if any(c is e for c in cands):
                    by_token[w] = [target] if w not in honor else [c for c in cands if c is not e]
    # short names: a capitalised word that is part of exactly one person's name
    for s, e, t in [x for x in toks if x[2][:1].isupper() and len(x[2]) >= 3]:
        cands = by_token.get(t.lower())
        if not cands or not free(s, e):
            continue
        # no glued continuation: "Cho" but not the "Cho" of "Cho-something"
        if e < len(text) and text[e:e + 1] in "-'’" and e + 1 < len(text) and text[e + 1].isalpha():
            continue
        uniq = {id(c): c for c in cands}
        if len(uniq) > 1:
            # several people share the word: prefer the one mentioned last before it
            prior = [c for c in uniq.values() if any(m.start < s for m in c.mentions)]
            if len(prior) != 1:
                last = nearest_person(prior, s) if prior else None
                if last is None:
                    continue
                target = last
            else:
                target = prior[0]
        else:
            target = next(iter(uniq.values()))
        target.mentions.append(Mention(s, e, t, "short"))
        taken.append((s, e))
        learn_nickname(target, e)
    # role-only mentions: "Presiden", "Menlu" not followed by a name
    item_at = {x.i: x for x in items}
    for it in items:
        role = it.first("role")
        if role is None or not free(it.start, it.end) or not it.text[:1].isupper():
            continue
        nxt = [item_at[it.j]] if it.j in item_at else []
        if nxt and nxt[0].first("org", "country", "capital") or (it.j < len(toks) and toks[it.j][2][:1].isupper()):
            continue  # "Presiden Dewan Keamanan PBB", "Presiden Rusia": another office
        target = None
        for m, ent in reversed([p for p in _per_mentions(entities) if p[0].start < it.start]):
            r = (ent.role or "").lower()
            if r and (role.name.lower() in r or it.text.lower() in r):
                target = ent
                break
        if target is None and home and kb is not None and it.text[:1].isupper():
            # a bare office of the home country ("Presiden" in an Indonesian story): its holder
            # at the article's date, when the KB knows exactly one
            holders = kb.holders(role.name, home, date) if date else []
            if len(holders) == 1:
                p = holders[0]
                key = " ".join(p.name.lower().split())
                target = next((e for e in entities if e.label == "PER" and " ".join(e.name.lower().split()) == key), None)
                if target is None:
                    target = Entity(id=f"e{len(entities) + 1}", name=p.name, label="PER", code=p.country,
                                    sector=p.sector, role=p.role, kb_id=f"kb:{key.replace(' ', '_')}", source="kb")
                    entities.append(target)
        if target is not None:
            target.mentions.append(Mention(it.start, it.end, it.text, "role"))
            taken.append((it.start, it.end))
    # pronouns
    regions = quote_regions(text)
    for pm in _PRONOUN_RE.finditer(text):  # the tokens that are PRONOUNS or NYA_VERBS + "nya"
        s, e = pm.span()
        is_nya = pm.group("verb") is not None
        span = (e - 3, e) if is_nya else (s, e)
        if not free(*span):
            continue
        target = nearest_person(entities, span[0], regions, text=text, speaker=is_nya)
        q = _inside(regions, span[0]) if not is_nya else None
        if target is not None and q is not None and target is _quote_speaker(entities, regions, text, q):
            # '"Dia juga menyerang warga lain," lanjutnya': a speaker does not call himself "dia";
            # the quoted "dia" is someone else the story named before
            others = [(m, en) for m, en in _per_mentions(entities) if en is not target]
            target = nearest_person(entities, span[0], regions, text=text, mentions=others)
        if target is not None:
            target.mentions.append(Mention(span[0], span[1], text[span[0]:span[1]], "pronoun"))
            taken.append(span)
