"""Quotes stage: who said what.

Fills ``doc.quotes`` (see ``spec/ANNOTATION.md``, Quotes):

* ``direct``: text in quotation marks of four words or more that is speech: attributed
  by a cue ("kata Cho", "ujarnya", 'Cho mengatakan: "'), standing as its own sentence, or
  sentence-shaped. Unattributed ones keep ``speaker`` None.
* ``partial``: scare quotes, names, titles, short phrases (< 4 words, or a phrase
  embedded mid-sentence with no speech verb and no sentence shape).
* ``indirect``: "X mengatakan bahwa ...", "Menurut X, ..." (the reported clause).

Speakers are resolved to the actors stage's entities when it found them, else to the
fullest form of the name the article gives; "ujarnya" and "kata dia" point back to the
last speaker (a quote's speaker or the subject of a speech verb).
"""
from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Document, Entity, Quote, Span, Speaker
from ..options import PipelineOptions
from .lexicon import Lexicon, load_lexicon
from .words import WordFinder
from .marks import RawQuote, find_double, find_single, paragraphs
from .speakers import (ACRONYM_RE, Phrase, entity_in, expand_name, nearest_subject, read_after, read_described,
                       read_subject, tokens, verb_like, word_count)

__all__ = ["QuoteExtractor"]


def _same_last(a: str, b: str) -> bool:
    """Two names for one person: the last word of one is a word of the other."""
    x, y = a.lower().split(), b.lower().split()
    return bool(x and y) and (x[-1] in y or y[-1] in x)

SENT_END_RE = re.compile(r"[.!?](?:\s+|$)")
SHAPE_END = (".", "!", "?", "…")


@dataclass
class _Found:
    """A quote on its way to a :class:`Quote`: marks, kind, cue and speaker phrase."""

    raw: RawQuote
    text: str
    kind: str = "direct"
    cue: str | None = None
    cue_at: int | None = None
    phrase: Phrase | None = None
    after_cue: bool = False
    speaker: Speaker | None = None
    speaker_span: Span | None = None
    standalone: bool = False
    parts: list[str] = field(default_factory=list)


def _resolver() -> Callable[[Document, int], Entity | None] | None:
    """``warta.actors.resolve_at`` when the actors stage offers it."""
    try:
        mod = importlib.import_module("warta.actors")
    except Exception:  # the actors stage is optional for this one
        return None
    fn = getattr(mod, "resolve_at", None)
    return fn if callable(fn) else None


class QuoteExtractor:
    """Find quotations, classify them and name their speakers (one pass, data loaded once)."""

    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.lex: Lexicon = load_lexicon()
        after = sorted(self.lex.after, key=len, reverse=True)
        self.after_re = re.compile(r"\s*[,.:]?\s*(" + "|".join(map(re.escape, after)) + r")\b", re.I)
        # cue words anywhere in the text: word scans with set look-ups (the same matches as one
        # big alternation regex, several times faster)
        self.before_re = WordFinder(self.lex.before)
        self.act_re = WordFinder(self.lex.before | self.lex.speech_acts)
        self.after_any_re = WordFinder(after)
        self.menurut_re = re.compile(r"(?<![\w-])(menurut|according to)\s+", re.I)
        self.passive_re = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(self.lex.passive)))
                                     + r")\s+(?:oleh\s+)?", re.I)
        self.en_after_re = re.compile(
            r"\s*[,.]?\s*((?:he|she|they)|(?:[A-Z][\w'’-]*\s+){1,4}?)\s*(said|says|told|added|explained|wrote)\b")
        # '"...," ia mengatakan.' / '"...," Prabowo menambahkan kepada wartawan.': the translated
        # order of wire copy, subject before the speech verb, the verb closing the attribution
        self.id_subj_after_re = re.compile(
            r"\s*,?\s*((?:[Ii]a|[Dd]ia|[Bb]eliau)|(?:[A-Z][\w'’-]*\s+){1,4}?)\s*(mengatakan|menambahkan|"
            r"menjelaskan|menegaskan|mengungkapkan|menuturkan|menyebutkan|berkata|menerangkan|memaparkan)"
            r"(?=\s*[.,;]|\s+(?:kepada|dalam|saat|di|pada|usai|seusai|ketika)\b)")
        self.en_desc_re = re.compile(
            r"\s*[,.]?\s*([Tt]he)\s+((?:[\w'’-]+\s+){0,3}?[a-z0-9][\w'’-]*)\s+"
            r"(said|says|told|added|explained|wrote|noted|insisted|warned)\b")
        self.resolve_at = _resolver()
        self.cue_words = frozenset(self.lex.after) | frozenset({"said", "says", "told", "added"})

    # ------------------------------------------------------------------ stage
    def __call__(self, doc: Document) -> Document:
        text = doc.text or ""
        if not text.strip():
            doc.quotes = []
            return doc
        raws = find_double(text, self.cue_words)
        taken = [(r.open_at if r.open_at is not None else r.start,
                  r.close_end if r.close_end is not None else r.end) for r in raws]
        raws += find_single(text, taken)
        raws.sort(key=lambda r: r.start)
        paras = paragraphs(text)
        found = [self._classify(text, r, paras) for r in raws]
        quote_spans = [(f.raw.start, f.raw.end) for f in found]
        subjects = self._speech_subjects(text, quote_spans)
        self._attribute(doc, text, found, subjects, paras)
        found = self._merge(text, found)
        quotes: list[Quote] = []
        for f in found:
            s, e = f.raw.start, f.raw.end
            quotes.append(Quote(id="", text=f.text, span=Span(s, e, text[s:e]), kind=f.kind,
                                speaker=f.speaker, cue=f.cue, speaker_span=f.speaker_span))
        quotes += self._indirect(doc, text, quote_spans)
        quotes.sort(key=lambda q: q.span.start)
        for i, q in enumerate(quotes, 1):
            q.id = f"q{i}"
        doc.quotes = quotes
        return doc

    # ------------------------------------------------------------ classification
    def _clause_start(self, text: str, r: RawQuote, plo: int) -> int:
        """Where the sentence holding the opening mark begins (paragraph start at most)."""
        at = r.open_at if r.open_at is not None else r.start
        lo = plo
        for m in SENT_END_RE.finditer(text, plo, at):
            lo = m.end()
        return lo

    def _classify(self, text: str, r: RawQuote, paras: list[tuple[int, int]]) -> _Found:
        body = " ".join(text[s:e] for s, e in r.segments)
        body = body.rstrip(" ,;:").strip()
        f = _Found(raw=r, text=body)
        plo, phi = paras[r.para]
        at = r.open_at if r.open_at is not None else r.start
        lo = self._clause_start(text, r, plo)
        before = text[lo:at]
        f.standalone = not before.strip() or before.rstrip()[-1:] in (":",)
        n = word_count(body)
        # a cue right after the closing mark (or at the head of the next paragraph when the
        # quote is left open at the end of its paragraph: '" Skema ... ,' / 'kata Paisan')
        self._cue_after(text, f, paras)
        if f.cue is None:
            self._cue_before(text, f, lo, at)
        if f.cue is None and n >= 4:
            self._cue_sentence_end(text, f, paras)
        if n < 4:
            f.kind = "partial"  # still said by someone when a cue follows ("Enggak hadir," kata X)
            if not f.after_cue:
                f.cue = f.cue_at = f.phrase = None
            return f
        tail = [t for _, _, t in tokens(text, max(plo, at - 40), at)]
        words_before = [t.lower() for t in tail if t[:1].isalnum()]
        if words_before and words_before[-1] in self.lex.titles and not f.after_cue:
            f.kind = "partial"
            f.cue = f.cue_at = f.phrase = None
            return f
        if f.cue is not None or f.standalone:
            f.kind = "direct"
            return f
        shaped = body.endswith(SHAPE_END) or body.endswith(tuple(s + " " for s in SHAPE_END))
        words = [w for w in re.findall(r"\w+", body)]
        titlecase = sum(1 for w in words if w[:1].isupper()) >= 0.7 * len(words)
        if r.single and not shaped:
            f.kind = "partial"
        elif shaped and not titlecase:
            f.kind = "direct"
        else:
            f.kind = "partial"
            f.cue = f.cue_at = f.phrase = None
        return f

    def _cue_after(self, text: str, f: _Found, paras: list[tuple[int, int]]) -> None:
        r = f.raw
        if r.close_end is not None:
            pos, hi = r.close_end, paras[r.last_para][1]
        elif r.last_para + 1 < len(paras) and not text[r.end:paras[r.last_para][1]].strip():
            pos, hi = paras[r.last_para + 1]  # the attribution opens the next paragraph
        else:
            return
        m = self.after_re.match(text, pos, hi)
        if m:
            cue = m.group(1)
            if cue[:1].isupper() and text[pos:m.start(1)].strip() == "." :
                return  # "... ." Kata itu ... : a new sentence, not a cue
            f.cue, f.cue_at, f.after_cue = cue, m.start(1), True
            if cue.lower() in self.lex.anaphoric:
                f.phrase = Phrase(m.start(1), m.end(1), cue, True)
            else:
                f.phrase = (read_described(text, m.end(1), hi, self.lex)
                            or read_after(text, m.end(1), hi, self.lex))
                ph = f.phrase
                if (ph is not None and not ph.anaphoric and ph.text.islower()
                        and (ph.text.split()[0] in self.lex.person_nouns or ph.text.split()[0] == "sang")):
                    # "tambah pria yang bekerja sebagai konsultan", "ujar sang menteri": someone
                    # already introduced ("sang" is the definite article of a person)
                    f.phrase = Phrase(ph.start, ph.end, ph.text, True, True)
            return
        m = self.id_subj_after_re.match(text, pos, hi) if r.close_end is not None else None
        if m and (text[max(0, pos - 3):pos].rstrip("\"”’' ").endswith(",") or text[pos:m.start(1)].strip() == ","):
            subj = m.group(1).strip()
            f.cue, f.cue_at, f.after_cue = m.group(2), m.start(2), True
            s = m.start(1)
            f.phrase = Phrase(s, s + len(subj), subj, subj.lower() in self.lex.pronouns)
            return
        m = self.en_after_re.match(text, pos, hi)
        if m:
            subj = m.group(1).strip()
            f.cue, f.cue_at, f.after_cue = m.group(2), m.start(2), True
            s = m.start(1)
            f.phrase = Phrase(s, s + len(subj), subj, subj.lower() in self.lex.pronouns)
            return
        m = self.en_desc_re.match(text, pos, hi)
        if m:
            # '"...," the minister said', '"...," the 55-year-old added': someone already named
            f.cue, f.cue_at, f.after_cue = m.group(3), m.start(3), True
            f.phrase = Phrase(m.start(1), m.end(2), text[m.start(1):m.end(2)], True, True)

    def _cue_sentence_end(self, text: str, f: _Found, paras: list[tuple[int, int]]) -> None:
        """'Ratzinger bisa " disalahkan karena tidak melihat " kekerasan itu , kata Weber .':
        a quotation inside a sentence that closes with ", <cue> <Name>" is that speaker's."""
        r = f.raw
        if r.close_end is None:
            return
        hi = paras[r.last_para][1]
        stop = SENT_END_RE.search(text, r.close_end, hi)
        end = stop.start() if stop else hi
        if '"' in text[r.close_end:end] or "“" in text[r.close_end:end] or end - r.close_end > 200:
            return
        for m in self.after_any_re.finditer(text, r.close_end, end):
            if not text[max(r.close_end, m.start() - 3):m.start()].rstrip().endswith(","):
                continue
            if m.group(1).lower() in self.lex.anaphoric:
                ph = Phrase(m.start(1), m.end(1), m.group(1), True)
            else:
                ph = read_after(text, m.end(1), end, self.lex)
                if ph is None or not ph.text[:1].isupper() and ph.text.lower() not in self.lex.pronouns:
                    continue
                if ph.text.lower() in self.lex.pronouns:
                    ph.anaphoric = True
            rest = text[ph.end:end] if not ph.anaphoric or ph.end == m.end(1) else text[ph.end:end]
            if len(re.findall(r"\w+", rest)) > 8:
                continue  # the cue is not the sentence's closing attribution
            f.cue, f.cue_at, f.phrase, f.after_cue = m.group(1), m.start(1), ph, True
            return

    def _cue_before(self, text: str, f: _Found, lo: int, at: int) -> None:
        # never read a subject inside an earlier quotation of the sentence:
        # '"... Aedes nigripes ...," kata Alfredsson, seraya menambahkan bahwa "..."'
        closing = max(text.rfind(m, lo, at) for m in ('"', "”", "“"))
        if closing >= lo:
            lo = closing + 1
        before = text[lo:at]
        if not before.strip():
            return
        stripped = before.rstrip().rstrip(",:").rstrip()
        end = lo + len(stripped)
        # 'kata Cho: "...'  (inverted cue right before the mark)
        last = None
        for m in self.after_any_re.finditer(text, lo, end):
            last = m
        if last is not None and last.group(1).lower() not in self.lex.anaphoric:
            ph = read_after(text, last.end(1), end, self.lex)
            if ph is not None and not text[ph.end:end].strip():
                f.cue, f.cue_at, f.phrase = last.group(1), last.start(1), ph
                return
        # 'Menurut X, "...'
        for m in self.menurut_re.finditer(text, lo, end):
            ph = read_after(text, m.end(), end, self.lex)
            if ph is not None:
                f.cue, f.cue_at, f.phrase = m.group(1), m.start(1), ph
                return
        # 'yang disebut korban layaknya "...', 'Hal itu disampaikan Kapolres Budi: "...': the
        # agent of a passive speech verb, written between the verb and the mark
        last = None
        for m in self.passive_re.finditer(text, lo, end):
            last = m
        if last is not None:
            tail = re.sub(r"\s+(?:sebagai|layaknya|seperti|bahwa|dengan)$", "", text[last.end():end], flags=re.I)
            ph = read_after(text, last.end(), last.end() + len(tail), self.lex) if tail.strip() else None
            if ph is not None and not text[ph.end:last.end() + len(tail)].strip() and len(ph.text.split()) <= 8:
                ph.description = ph.description or ph.text[:1].islower()
                f.cue, f.cue_at, f.phrase = last.group(1), last.start(1), ph
                return
        # 'X mengatakan: "...', 'Bhumibol sendiri mengakui bahwa CPB ... "unik dan agak misterius"'
        verb = None
        for m in self.before_re.finditer(text, lo, end):
            verb = m
        if verb is not None and len(re.findall(r"\w+", text[verb.end(1):end])) <= 7:
            ph = read_subject(text, verb.start(1), lo, self.lex) or nearest_subject(
                text, verb.start(1), lo, self.lex)
            f.cue, f.cue_at, f.phrase = verb.group(1), verb.start(1), ph

    # ---------------------------------------------------------------- speakers
    def _speech_subjects(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, Phrase]]:
        """Named subjects of speech verbs outside quotes ("Kombes Susatyo menjelaskan"):
        the people "ujarnya" may point back to."""
        out: list[tuple[int, Phrase]] = []
        inside = sorted(spans)

        def quoted(pos: int) -> bool:
            return any(a <= pos < b for a, b in inside)

        cues: list[int] = []  # every speech cue, for _clause_subjects
        for m in self.act_re.finditer(text):
            cues.append(m.start())
            if quoted(m.start()):
                continue
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
            for sm in SENT_END_RE.finditer(text, lo, m.start()):
                lo = sm.end()
            ph = read_subject(text, m.start(1), lo, self.lex)
            if ph is not None and not ph.anaphoric:
                out.append((m.start(), ph))
        for m in self.after_any_re.finditer(text):
            cues.append(m.start())
            # mid-sentence "..., kata Prabowo, akan ..."
            if quoted(m.start()) or m.group(1).lower() in self.lex.anaphoric:
                continue
            prev = text[max(0, m.start() - 3):m.start()]
            if "," not in prev:
                continue
            ph = read_after(text, m.end(1), min(len(text), m.end(1) + 120), self.lex)
            if ph is not None and not ph.anaphoric and ph.text[:1].isupper():
                out.append((m.start(), ph))
        for m in self.passive_re.finditer(text):
            # "Dijelaskan oleh peneliti BRIN, Erma Yulihastin bahwa ...": the agent speaks
            if quoted(m.start()):
                continue
            if re.search(r"(?<![\w-])(?:yang|seperti|sebagaimana)\s+$", text[max(0, m.start() - 15):m.start()], re.I):
                continue  # "seperti yang disebutkan oleh Fahri": a reference, not the speaker
            hi = min(len(text), m.end() + 240)
            stop = SENT_END_RE.search(text, m.end(), hi)
            hi = stop.start() if stop else hi
            that = re.search(r"\s(bahwa|that)\s", text[m.end():hi])
            # the agent ends right before "bahwa" however long its office ("Dijelaskan oleh
            # Profesor Riset ..., Pusat Riset ..., Prof Erma Yulihastin bahwa ...")
            ph = (read_subject(text, m.end() + that.start(1), m.end(), self.lex) if that
                  else read_after(text, m.end(), hi, self.lex))
            if ph is not None and not ph.anaphoric and ph.text[:1].isupper():
                out.append((m.start(), ph))
        for m in self.menurut_re.finditer(text):
            cues.append(m.start())
            # "Menurut Apoteker Noel Wicks, ...": the one whose words are reported
            if quoted(m.start()):
                continue
            ph = read_after(text, m.end(), min(len(text), m.end() + 160), self.lex)
            if ph is not None and not ph.anaphoric and ph.text[:1].isupper():
                out.append((m.start(), ph))
        # a clause subject matters only before the first quotation (no speaker yet) or in a
        # quotation's own paragraph: only those stretches are read
        ranges: list[tuple[int, int]] = []
        for a, _ in inside:
            lo = 0 if not ranges else text.rfind("\n", 0, a) + 1
            if ranges and lo <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], a))
            else:
                ranges.append((lo, a))
        if ranges:
            end = ranges[-1][1]
            starts = [0] + sorted({m.end() for m in SENT_END_RE.finditer(text, 0, end)}
                                  | {m.end() for m in re.finditer(r"\n", text[:end])})
            cues.sort()
            for lo, hi in ranges:
                out += self._clause_subjects(text, quoted, cues, starts, lo, hi)
        out.sort(key=lambda p: p[0])
        return out

    def _clause_subjects(self, text: str, quoted: Callable[[int], bool], cues: list[int],
                         starts: list[int], lo: int, hi: int) -> list[tuple[int, Phrase]]:
        """Names that are the subject of a clause, whatever its verb: "Saifullah Yusuf
        meyakini ...", "hakim Budi pun geleng-geleng ...", "Dian yang sedang bekerja melihat
        ...". The article's current topic, which "-nya" in the next quote points back to more
        often than a name that was only the object of a verb or of a preposition."""
        # (a few words past ``hi`` so that a subject right before it still finds its verb)
        toks = tokens(text, lo, min(len(text), hi + 80))
        out: list[tuple[int, Phrase]] = []
        n = len(toks)
        # ``starts`` are sentence starts and ``cues`` speech cues: a subject after a cue in its
        # own sentence is inside reported speech ("Di sisi lain, lanjut Budi, Andi menerima ..."),
        # not the topic
        i = 0
        while i < n:
            t = toks[i][2]
            if not (t[:1].isupper() and t[:1].isalpha()):
                i += 1
                continue
            j = i
            while j + 1 < n:
                nxt = toks[j + 1][2]
                if (nxt[:1].isupper() and nxt[:1].isalpha()) or (
                        (nxt == "-" or nxt.lower() in ("al", "bin", "binti", "van", "de"))
                        and j + 2 < n and toks[j + 2][2][:1].isupper()):
                    j += 1
                else:
                    break
            run = toks[i:j + 1]
            start_i, i = i, j + 1
            while run and (run[0][2].lower() in self.lex.not_names or run[0][2].lower() in self.lex.stops
                           or run[0][2].lower() in self.lex.pronouns or run[0][2].lower() in self.lex.subordinators):
                run = run[1:]
            if not run or len(run) > 8 or run[0][0] >= hi or quoted(run[0][0]):
                continue
            prev = toks[start_i - 1][2] if start_i > 0 else ""
            if prev.lower() in self.lex.stops or prev.lower() in self.lex.subordinators:
                # the object of a preposition ("kepada Budi"), or the subject of a subordinate
                # clause ("sementara Korea Selatan memegang")
                continue
            k = j + 1
            if prev == "," and k < n and toks[k][2] == ",":
                k += 1  # a name in apposition: "Penggemar lainnya , Filippo , segera berlindung"
            while k < n and toks[k][2].lower() in self.lex.skips:
                k += 1
            if k > j + 1 and toks[k - 1][2] != "," and k < n and toks[k][2][:1].islower() and toks[k][2].lower() not in self.lex.stops:
                pass  # "Budi pun geleng-geleng kepala": an adverb stands between subject and predicate
            elif k < n and toks[k][2].lower() == "yang" and not (prev[:1].islower() and prev.lower() not in self.lex.not_names):
                # (not after a lowercase noun: "sebagai calon Wakil Gubernur yang akan ...")
                # "Dian yang sedang membersihkan gereja itu melihat": a verb in the relative clause
                rel = []
                for x in toks[k + 1:k + 7]:
                    if not x[2][:1].isalpha():
                        break
                    rel.append(x[2])
                if not any(verb_like(w) for w in rel):
                    continue
            elif k >= n or not (verb_like(toks[k][2]) or toks[k][2].lower() in self.lex.before
                                or toks[k][2].lower() in self.lex.speech_acts):
                continue
            if prev[:1].islower() and verb_like(prev):
                continue  # the object of a verb: "menemui Budi membahas ..."
            sent = starts[bisect.bisect_right(starts, run[0][0]) - 1]
            c = bisect.bisect_left(cues, sent)
            if c < len(cues) and cues[c] < run[0][0]:
                continue
            ph = read_after(text, run[0][0], run[-1][1], self.lex)
            if ph is not None and not ph.anaphoric:
                ph.clause = True
                out.append((toks[k][0], ph))
        return out

    def _speaker_of(self, doc: Document, text: str, ph: Phrase) -> tuple[Speaker, Span]:
        """A speaker phrase as a :class:`Speaker`.

        A person entity counts only when its mention ends the phrase (Indonesian puts the
        name after the role: "Juru Bicara KPK Budi Prasetyo"); a short name ("Cho", "Bu Sri"
        after the honorific is dropped) becomes the full name the article introduced with that
        word ("Cho Tae-yul"), with that person's code. Organisations and countries give the
        code, the phrase stays the name ("pemerintah Spanyol", "seorang pejabat Kemlu Jepang").
        """
        span = Span(ph.start, ph.end, text[ph.start:ph.end])
        written = re.sub(r"\s+-\s+", "-", " ".join(ph.text.split()))
        if ph.description and written[:1].isupper() and written[1:2].islower():
            written = written[0].lower() + written[1:]  # sentence-initial "Seorang jenderal"
        expanded = re.sub(r"\s+-\s+", "-", expand_name(text, written, ph.start, self.lex.stops))
        ent, kind = entity_in(doc, ph.start, ph.end) if doc.entities else (None, None)
        words = ph.text.split()
        if (ent is None or ent.label != "PER") and len(words) > 2:
            # "Melki Ketua DPD Partai Golkar Provinsi NTT": the name, then the office
            lead = [(m, e) for e in doc.entities if e.label == "PER" for m in e.mentions
                    if m.start == ph.start and m.kind in ("name", "short") and m.end < ph.end]
            if lead:
                m, e = max(lead, key=lambda p: p[0].end)
                nxt = text[m.end:ph.end].split()
                if nxt and nxt[0].lower() in self.lex.role_heads:
                    return self._person(doc, e), Span(m.start, m.end, m.text)
        if ent is not None and ent.label == "PER" and len(words) > 1 and any(
                w in self.lex.relational for w in words[:-1]) and not words[0][:1].isupper():
            # "istri Atim", "kuasa hukum Hendrogiarto": someone related to the person named,
            # by name when the article wrote it next to the relation ("istri Atim , Sanya ,")
            at = min((m.start for m in ent.mentions if ph.start < m.start < ph.end), default=ph.end)
            rel = " ".join(text[ph.start:at].split()) or " ".join(words[:-1])
            named = None
            for who in sorted({m.text for m in ent.mentions if m.kind != "pronoun"} | {ent.name}, key=len,
                              reverse=True):
                named = self._named_as(doc, text, f"{rel} {who}", ph.start)
                if named is not None:
                    break
            if named is not None and not _same_last(named[0].name or "", ent.name):
                return named[0], span
            return Speaker(written, None, ent.code, None), span
        short = len(written.split()) == 1 and written[:1].isupper() and not ACRONYM_RE.match(written)
        ent_name = self._unprefixed(ent.name) if ent is not None and ent.label == "PER" else ""
        if short and (ent is None or (ent.label == "PER" and len(ent_name.split()) == 1)):
            # a lone name word: the person of the article whose full name holds it
            full = self._person_with(doc, expanded if len(expanded.split()) > 1 else written, ph.start)
            if full is None and len(expanded.split()) > 1:
                # "Pop" -> "Pop Life Class" is only the words after it; the person "Iggy Pop" holds it
                full = self._person_with(doc, written, ph.start)
            if full is not None:
                return self._person(doc, full, expanded), span
            holder = _office_holder(doc, ph.start, expanded, written)
            if holder is not None:  # "kata Kanit": the one person given that office
                return self._person(doc, holder), span
            if len(expanded.split()) > 1:
                return Speaker(expanded, None, None, None), span
        if ent is not None and ent.label == "PER" and kind != "pronoun":
            if kind in ("name", "role", None) or expanded == written or _same_last(expanded, ent.name):
                # a role mention ("JPU" after "Jaksa Penuntut Umum (JPU) Tegar ..."): the actors
                # stage already tied the office to its holder
                return self._person(doc, ent, expanded), span
            other = next((e for e in doc.entities if e.label == "PER" and e.name == expanded), None)
            if other is not None:
                return self._person(doc, other, expanded), span
            return Speaker(expanded, None, None, None), span
        if ent is None or ent.label != "PER":
            holder = _office_holder(doc, ph.start, expanded, written)
            if holder is not None:
                # "kata Kanit (Reskrim Polsek Sako)" after "Kanit Reskrim Polsek Sako Iptu Apriansyah":
                # the office named alone is the one person the article gave it to
                return self._person(doc, holder), span
        if ent is not None and ent.label != "PER":
            return Speaker(written, ent.id, ent.code, ent.sector), span
        parts = expanded.split()
        cut = max((k for k, w in enumerate(parts[:-2]) if ACRONYM_RE.match(w)), default=-1)
        if cut >= 0 and not ph.description and all(w[:1].isupper() and not ACRONYM_RE.match(w)
                                                   for w in parts[cut + 1:]):
            # no entity: "Jaksa KPK Eko Prasetyo", "Dubes AS untuk PBB Nikki Haley" -> the name
            # after the last acronym (a body's short name) when two capitalised words follow
            expanded = " ".join(parts[cut + 1:])
        return Speaker(expanded, None, None, None), span

    def _person(self, doc: Document, ent: Entity, written: str = "") -> Speaker:
        """A person entity as a speaker, its name cleaned of what is not the name: a rank or
        honorific ("Mbak Dewi"), a place or body glued in front ("Riau Abdul Wahid" when
        Riau is an entity of the article, "Menhub Budi Karya")."""
        name = self._unprefixed(ent.name)
        words = name.split()
        role = (ent.role or "").split()
        if len(words) == 1 and role and role[-1][:1].isupper() and role[-1].lower() not in self.lex.role_heads:
            # the actors stage left the first name at the end of the office ("Wakil Ketua MPR
            # Lestari" + "Moerdijat"): when the text writes them together, they are one name
            text = doc.text or ""
            places = [(m.start, m.end) for o in doc.entities if o.label != "PER" for m in o.mentions]
            for m in ent.mentions:
                before = re.search(r"(?<![\w-])" + re.escape(role[-1]) + r"\s+$", text[max(0, m.start - 40):m.start])
                if m.kind != "name" or before is None:
                    continue
                at = max(0, m.start - 40) + before.start()
                if not any(a <= at < b for a, b in places):  # not "Gubernur Jawa Barat" + "Dedi"
                    words = [role[-1]] + words
                    break
        others = {o.name.lower() for o in doc.entities if o.label != "PER"}
        others |= {m.text.lower() for o in doc.entities if o.label != "PER" for m in o.mentions}
        changed = True
        while changed and len(words) > 2 and all(w[:1].isupper() for w in words):
            changed = False
            for k in range(len(words) - 2, 0, -1):
                head = " ".join(words[:k]).lower()
                if head in others or (k == 1 and head in self.lex.role_heads and words[1].lower() != "kota"):
                    # ("Wali Kota Bogor" is one office: "Kota Bogor" is no one's name)
                    words, changed = words[k:], True
                    break
        return Speaker(" ".join(words), ent.id, ent.code, ent.sector)

    def _unprefixed(self, name: str) -> str:
        """A name without the honorifics and ranks in front ("Mbak Dewi" -> "Dewi")."""
        words = name.split()
        while len(words) > 1 and (words[0].lower().rstrip(".") in self.lex.prefixes
                                  or words[0].lower() in self.lex.after_rank):
            words = words[1:]
        return " ".join(words)

    @staticmethod
    def _person_with(doc: Document, name: str, pos: int) -> Entity | None:
        """The person entity with a multi-word name that is ``name`` or holds its word,
        named nearest before ``pos`` (else first after it)."""
        want = name.lower().split()
        best: tuple[int, Entity] | None = None
        for e in doc.entities:
            parts = e.name.lower().split()
            if e.label != "PER" or len(parts) < 2:
                continue
            if parts != want and not (len(want) == 1 and want[0] in parts):
                continue
            starts = [m.start for m in e.mentions if m.kind != "pronoun"]
            before = [x for x in starts if x < pos]
            rank = max(before) if before else -(min(starts) if starts else 10 ** 9)
            if best is None or rank > best[0]:
                best = (rank, e)
        return best[1] if best else None

    def _attribute(self, doc: Document, text: str, found: list[_Found],
                   subjects: list[tuple[int, Phrase]], paras: list[tuple[int, int]]) -> None:
        """Give every direct quote its speaker; anaphors go to the latest speaker before it."""
        history: list[tuple[int, Speaker, Span]] = []  # quote speakers, by position
        para_first: dict[int, _Found] = {}
        for f in found:
            if f.kind == "partial" and not f.after_cue:
                continue
            r = f.raw
            ph = f.phrase
            if ph is not None and not ph.anaphoric and self._is_role_only(doc, ph):
                self._role_only(doc, text, f, ph, history, subjects)
            elif ph is not None and not ph.anaphoric and self._again_unknown(doc, text, ph):
                # "kata Bu Titik lagi": "again" says this person spoke before; a name the
                # article never wrote elsewhere is a familiar name of the current speaker
                self._anaphor(doc, text, f, history, subjects)
            elif ph is not None and not ph.anaphoric:
                f.speaker, f.speaker_span = self._speaker_of(doc, text, ph)
            elif ph is not None and ph.description and self._described(doc, text, f, ph, subjects):
                pass  # "kata politikus PDIP itu": the person the article described that way
            elif ph is not None or f.cue is not None:
                self._anaphor(doc, text, f, history, subjects)
                if f.speaker is None and ph is not None and ph.description:
                    # nobody to point back to: the description as written ("sang aktor")
                    f.speaker, f.speaker_span = Speaker(ph.text, None, None, None), Span(ph.start, ph.end, ph.text)
            else:
                # an unattributed paragraph right after a paragraph that opens with an
                # attributed quote goes on with the same speaker (news convention)
                prev = para_first.get(r.para - 1)
                plo = paras[r.para][0]
                if prev is not None and prev.speaker is not None and f.standalone and r.start - plo <= 2:
                    f.speaker, f.speaker_span = prev.speaker, prev.speaker_span
                elif (prev is None and f.standalone and r.start - plo <= 2 and r.para > 0
                      and self._reports_speech(text, paras[r.para - 1], found)):
                    # a quotation paragraph right after a paragraph of reported speech
                    # ("..., kata Siswono. / Walau demikian, kata dia, ... ." then '"..."'):
                    # the reporter goes on with the same speaker's own words
                    self._anaphor(doc, text, f, history, subjects)
            if f.speaker is not None:
                history.append((f.cue_at if f.cue_at is not None else r.start, f.speaker,
                                f.speaker_span or Span(r.start, r.start, "")))
            plo = paras[r.para][0]
            start = r.open_at if r.open_at is not None else r.start
            if not text[plo:start].strip():
                para_first[r.last_para] = f
        for n, f in enumerate(found):
            if f.speaker is not None or not f.standalone or f.kind != "direct":
                continue
            nxt = next((g for g in found[n + 1:] if g.kind != "partial" or g.after_cue), None)
            if nxt is None or nxt.raw.para != f.raw.last_para + 1 or nxt.speaker is None \
                    or nxt.phrase is None or nxt.phrase.anaphoric:
                continue
            nstart = nxt.raw.open_at if nxt.raw.open_at is not None else nxt.raw.start
            if not text[paras[nxt.raw.para][0]:nstart].strip():
                # '"...".' then '"...," kata Budi.': the reporter opens with the words and names
                # the speaker in the next paragraph's quotation
                f.speaker, f.speaker_span = nxt.speaker, nxt.speaker_span

    def _is_role_only(self, doc: Document, ph: Phrase) -> bool:
        """A speaker phrase that is an office without a name: a bare role head ("Kapolres"),
        an office of at most five capitalised words that opens with one ("Ketua Majelis
        Hakim", "Gubernur Jawa Barat") or an acronym that is not a known body ("JPU")."""
        words = ph.text.split()
        if not words:
            return False
        if ph.text.lower() in self.lex.role_heads:
            return True
        ent, _ = entity_in(doc, ph.start, ph.end) if doc.entities else (None, None)
        if ent is not None and ent.label == "PER":
            return False
        if len(words) == 1:
            return bool(ACRONYM_RE.match(words[0])) and ent is None
        return (words[0].lower() in self.lex.role_heads and len(words) <= 5
                and all(w[:1].isupper() or w.lower() in ("dan", "untuk") for w in words))

    def _role_holder(self, doc: Document, text: str, ph: Phrase, by_intro: bool = True,
                     by_role: bool = True) -> Entity | None:
        """The person an office names, introduced before it: the office written shortly before
        the person's name ("Kapolres Bogor AKBP Rio ...", "Jaksa Penuntut Umum (JPU) Tegar"),
        else the person whose role opens with the office or whose role's initials spell it
        ("Jaksa Penuntut Umum" for "JPU"). The one named last before the phrase wins."""
        intro = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(ph.text) + r"(?![\w-])", text)
                 if m.start() < ph.start] if by_intro else []
        pers = [(m.start, e) for e in doc.entities if e.label == "PER" and e.source != "generic"
                for m in e.mentions  # "terdakwa" named after "hakim" is no holder of the office
                if m.kind == "name" and m.start < ph.start
                and any((0 < m.start - a <= 80 and "\n" not in text[a:m.start])
                        # "AKP Boby Kusumawardhana , Kapolsek Tambun ,": the office after the name
                        or (m.end <= a and not text[m.end:a].strip(" ,")) for a in intro)]
        if pers:
            return max(pers, key=lambda p: p[0])[1]
        if not by_role:
            return None
        want = ph.text.lower().split()
        acro = ph.text if ACRONYM_RE.match(ph.text) else None
        best: tuple[int, Entity] | None = None
        for e in doc.entities:
            if e.label != "PER" or not e.role:
                continue
            role = re.sub(r"\([^)]*\)", " ", e.role).split()
            initials = "".join(w[0] for w in role if w[:1].isupper())
            if role[:len(want)] != [] and [w.lower() for w in role[:len(want)]] == want or (
                    acro is not None and initials == acro):
                starts = [m.start for m in e.mentions if m.kind != "pronoun" and m.start < ph.start]
                if starts and (best is None or max(starts) > best[0]):
                    best = (max(starts), e)
        return best[1] if best else None

    def _modifier_run(self, text: str, ph: Phrase) -> bool:
        """An unlinked capitalised run right after a plain lowercase noun modifies it ("Para
        mahasiswa Papua juga antusias": the subject is the students, not Papua); a role or
        person noun before a name ("hakim Budi", "pria Dian") does not count."""
        prev = re.search(r"([\w-]+)\s+$", text[max(0, ph.start - 30):ph.start])
        if prev is None or not prev.group(1)[:1].islower():
            return False
        w = prev.group(1).lower()
        return not (w in self.lex.role_heads or w in self.lex.person_nouns or w in self.lex.not_names
                    or w in self.lex.skips or w in self.lex.relational)

    def _again_unknown(self, doc: Document, text: str, ph: Phrase) -> bool:
        """A one-word name followed by "lagi" that the article writes nowhere else and no
        person entity holds."""
        words = ph.text.split()
        if len(words) != 1 or not words[0][:1].isupper() or not re.match(r"\s+lagi\b", text[ph.end:ph.end + 8]):
            return False
        w = words[0]
        if len(re.findall(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)) > 1:
            return False
        return not any(w.lower() in e.name.lower().split() for e in doc.entities if e.label == "PER"
                       and not any(m.start == ph.start for m in e.mentions))

    def _reports_speech(self, text: str, para: tuple[int, int], found: list[_Found]) -> bool:
        """A paragraph that holds no quotation marks but a speech cue ("kata dia", "ujar
        Budi", "Budi mengatakan")."""
        lo, hi = para
        if any(lo <= f.raw.start < hi for f in found):
            return False
        for m in self.after_any_re.finditer(text, lo, hi):
            if m.group(1).lower() in self.lex.anaphoric:
                return True
            ph = read_after(text, m.end(1), hi, self.lex)
            if ph is not None and (ph.text.lower() in self.lex.pronouns or ph.text[:1].isupper()):
                return True
        for m in self.before_re.finditer(text, lo, hi):
            sub = lo
            for sm in SENT_END_RE.finditer(text, lo, m.start()):
                sub = sm.end()
            ph = read_subject(text, m.start(1), sub, self.lex)
            if ph is not None and not ph.description and (
                    ph.text.lower() in self.lex.pronouns or (not ph.anaphoric and ph.text[:1].isupper())):
                return True  # a person reports ("Dia mengatakan", "Budi menjelaskan"), not a document
        return False

    def _role_only(self, doc: Document, text: str, f: _Found, ph: Phrase,
                   history: list[tuple[int, Speaker, Span]], subjects: list[tuple[int, Phrase]]) -> None:
        """A role without a name ("kata Kapolres", "tegas JPU") names the person the article
        gave that role (:meth:`_role_holder`), else for a bare role head the last speaker when
        the actors stage puts the role in that speaker's sector; else the phrase as read."""
        span = Span(ph.start, ph.end, text[ph.start:ph.end])
        bare = ph.text.lower() in self.lex.role_heads
        holder = self._role_holder(doc, text, ph, by_role=not bare)
        if holder is not None:
            f.speaker, f.speaker_span = self._person(doc, holder), span
            return
        if not bare:
            f.speaker, f.speaker_span = self._speaker_of(doc, text, ph)
            return
        ent, _ = entity_in(doc, ph.start, ph.end) if doc.entities else (None, None)
        probe = _Found(raw=f.raw, text=f.text)
        self._anaphor(doc, text, probe, history, subjects)
        last = doc.entity(probe.speaker.entity) if probe.speaker is not None else None
        if (last is not None and last.label == "PER" and ent is not None and ent.sector
                and last.sector == ent.sector):
            f.speaker, f.speaker_span = probe.speaker, probe.speaker_span or span
            return
        holder = self._role_holder(doc, text, ph, by_intro=False)
        if holder is not None:
            f.speaker, f.speaker_span = self._person(doc, holder), span
            return
        code, sector = (ent.code, ent.sector) if ent is not None else (None, None)
        f.speaker, f.speaker_span = Speaker(ph.text, None, code, sector), span

    def _named_as(self, doc: Document, text: str, desc: str, before: int) -> tuple[Speaker, Span] | None:
        """The person the article introduced with the description ``desc`` before offset
        ``before``: a name right after it ("istri Atim , Sanya ,", "politikus PDIP Budi
        Santoso") or a person's name right before it ("Budi Santoso , politikus PDIP ,")."""
        words = desc.split()
        if not words or len(desc) < 4:
            return None
        pat = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.I)
        occ = [m for m in pat.finditer(text, 0, before)]
        for m in reversed(occ):
            hi = text.find("\n", m.end())
            hi = hi if hi != -1 else len(text)
            gap = re.match(r"\s*,?\s*", text[m.end():hi])
            at = m.end() + (gap.end() if gap else 0)
            ph = read_after(text, at, hi, self.lex) if at < hi and text[at:at + 1].isupper() else None
            if ph is not None and ph.start == at and not ph.anaphoric and not ph.description:
                sp, span = self._speaker_of(doc, text, ph)
                ent = doc.entity(sp.entity)
                if (ent is not None and ent.label == "PER") or (ent is None and len(words) > 1):
                    return sp, span
            lead = text[max(0, m.start() - 4):m.start()]
            if "," in lead:
                pers = [(mm, e) for e in doc.entities if e.label == "PER" for mm in e.mentions
                        if mm.kind != "pronoun" and 0 <= m.start() - mm.end <= 4]
                if pers:
                    mm, e = pers[0]
                    return self._person(doc, e), Span(mm.start, mm.end, mm.text)
        return None

    def _described(self, doc: Document, text: str, f: _Found, ph: Phrase,
                   subjects: list[tuple[int, Phrase]]) -> bool:
        """Resolve a describing anaphor ("kata politikus PDIP itu") to the person introduced
        with that description, else to an unnamed speaker described so before ("Seorang
        jenderal militer mengklaim ... '...,' tutur seorang jenderal tersebut"); False when
        the article never wrote the description next to a name or a speech verb."""
        words = ph.text.split()
        if words and words[-1].lower() in self.lex.demonstratives:
            words = words[:-1]
        if words and words[0].lower() == "the":
            words = words[1:]  # "the minister" is described as "Minister Penny Wong"
        found = self._named_as(doc, text, " ".join(words), ph.start)
        if found is None:
            want = [w.lower() for w in words]
            for pos, sp in reversed(subjects):
                have = sp.text.lower().split()
                if pos < ph.start and sp.description and have[:len(want)] == want:
                    found = self._speaker_of(doc, text, sp)
                    break
        if found is None:
            return False
        f.speaker, f.speaker_span = found
        return True

    def _anaphor(self, doc: Document, text: str, f: _Found, history: list[tuple[int, Speaker, Span]],
                 subjects: list[tuple[int, Phrase]]) -> None:
        at = f.raw.start
        best_pos, best = -1, None
        for pos, sp, span in history:
            if pos < at and pos > best_pos:
                best_pos, best = pos, (sp, span)
        # an organisation as subject ("KPK menyebut"), or a description or a lone unlinked word
        # outside the quote's paragraph ("Korban menanyakan ..."): only when no person is found
        weak, weak_pos = None, -1
        para_lo = text.rfind("\n", 0, at) + 1
        topic: tuple[int, tuple[Speaker, Span]] | None = None  # the last clause subject
        for pos, ph in reversed(subjects):
            if not ph.clause or pos >= at:
                continue
            cand = self._speaker_of(doc, text, ph)
            ent = doc.entity(cand[0].entity)
            office = (cand[0].name or "").split()[:1]
            if office and office[0].lower() in self.lex.role_heads:
                continue  # an office read as a person ("Wakil Gubernur Jatim"): not a topic
            if (ent is not None and ent.label == "PER") or (
                    ent is None and not any(ACRONYM_RE.match(w) for w in ph.text.split())
                    and not self._is_role_only(doc, ph) and not self._modifier_run(text, ph)
                    and not any(m.start < ph.end and m.end > ph.start for e in doc.entities for m in e.mentions)):
                topic = (pos, cand)
                break
        for pos, ph in subjects:
            if ph.clause:
                continue
            if pos < at and pos > best_pos:
                cand = self._speaker_of(doc, text, ph)
                ent = doc.entity(cand[0].entity)
                lone = ent is None and len(ph.text.split()) == 1 and cand[0].name == ph.text
                if ((ent is not None and ent.label != "PER") or ACRONYM_RE.match(cand[0].name or "")
                        or (ent is None and any(ACRONYM_RE.match(w) for w in ph.text.split()))
                        or ((ph.description or lone) and pos < para_lo)):
                    weak, weak_pos = cand, pos
                    continue
                best_pos, best = pos, cand
        best_ent = doc.entity(best[0].entity) if best is not None else None
        topic_ent = doc.entity(topic[1][0].entity) if topic is not None else None
        if topic is not None and ((best is None and topic[0] > weak_pos)
                                  or (best is not None and topic[0] > best_pos and topic[0] >= para_lo)
                                  # a known person on stage after an unlinked name: the person
                                  or (best is not None and topic[0] > best_pos
                                      and (best_ent is None or best_ent.label != "PER")
                                      and topic_ent is not None and topic_ent.label == "PER")):
            # no speaker yet ("Budi meyakini ... . '...,' ujarnya"), or a person put on stage
            # in the quote's own paragraph after the last speaker ("Hakim Budi pun geleng-geleng
            # kepala. '...,' ujarnya"): the clause subject is the one talking
            best = topic[1]
        if best is None:
            best = weak
        if best is not None:
            f.speaker, f.speaker_span = best
            return
        ent = None
        if self.resolve_at is not None:
            try:
                ent = self.resolve_at(doc, at)
            except Exception:
                ent = None
        if ent is None:
            pers = [(m.start, e) for e in doc.entities if e.label == "PER" for m in e.mentions if m.start < at]
            if pers:
                ent = max(pers, key=lambda p: p[0])[1]
        if ent is not None:
            f.speaker = self._person(doc, ent) if ent.label == "PER" else Speaker(ent.name, ent.id, ent.code, ent.sector)

    # ------------------------------------------------------------------ merging
    def _merge(self, text: str, found: list[_Found]) -> list[_Found]:
        """Join '"X," kata Cho, "Y."': one statement split by its attribution, one paragraph."""
        out: list[_Found] = []
        for f in found:
            prev = out[-1] if out else None
            if (prev is not None and f.kind == "direct" and prev.kind == "direct"
                    and prev.raw.last_para == f.raw.para and prev.after_cue
                    and prev.raw.close_end is not None and f.raw.open_at is not None
                    and (f.cue is None or (f.phrase is not None and f.phrase.anaphoric)
                         or (f.speaker is not None and prev.speaker is not None
                             and f.speaker.name == prev.speaker.name))
                    and f.raw.open_at - prev.raw.close_end <= 160):
                gap = text[prev.raw.close_end:f.raw.open_at]
                if gap.count('"') + gap.count("“") == 0:
                    prev.raw.segments.extend(f.raw.segments)
                    prev.raw.close_at, prev.raw.close_end = f.raw.close_at, f.raw.close_end
                    prev.raw.last_para = f.raw.last_para
                    prev.text = prev.text + " " + f.text
                    continue
            out.append(f)
        return out

    # ----------------------------------------------------------------- indirect
    def _indirect(self, doc: Document, text: str, spans: list[tuple[int, int]]) -> list[Quote]:
        """'X mengatakan bahwa <clause>' and 'Menurut X, <clause>' outside quotation marks."""
        out: list[Quote] = []
        inside = sorted(spans)

        def quoted(a: int, b: int) -> bool:
            return any(a < y and b > x for x, y in inside)

        for m in self.before_re.finditer(text):
            rest = re.match(r"\s*(?:,\s*)?(bahwa|that)\s+", text[m.end():m.end() + 40], re.I)
            if not rest:
                continue
            cs = m.end() + rest.end()
            end_m = SENT_END_RE.search(text, cs)
            nl = text.find("\n", cs)
            ce = end_m.start() + 1 if end_m else len(text)
            if nl != -1 and nl < ce:
                ce = nl
            if ce - cs < 10 or quoted(cs, ce) or '"' in text[cs:ce] or "“" in text[cs:ce]:
                continue
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
            for sm in SENT_END_RE.finditer(text, lo, m.start()):
                lo = sm.end()
            ph = read_subject(text, m.start(1), lo, self.lex)
            speaker = span = None
            if ph is not None and not ph.anaphoric:
                speaker, span = self._speaker_of(doc, text, ph)
            out.append(Quote(id="", text=text[cs:ce], span=Span(cs, ce, text[cs:ce]), kind="indirect",
                             speaker=speaker, cue=m.group(1), speaker_span=span))
        return out


def _office_holder(doc: Document, before: int, *offices: str) -> Entity | None:
    """The one person named before ``before`` whose office is the first of ``offices`` (as
    expanded, then as written) that one person holds: a quotation attributed to the office alone
    ('"...," kata Kanit Reskrim Polsek Sako', '"...," kata Kanit'); or None."""
    for office in dict.fromkeys(offices):
        key = " ".join(office.lower().split())
        if len(key) < 3:
            continue

        def holds(role: str, key: str = key) -> bool:  # the whole office, or its first word alone
            r = " ".join(role.lower().split())
            return r == key or (" " not in key and r.partition(" ")[0] == key)

        found = [e for e in doc.entities
                 if e.label == "PER" and e.role and holds(e.role) and any(m.start < before for m in e.mentions)]
        if len(found) == 1:
            return found[0]
    return None
