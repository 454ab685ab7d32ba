"""PLOVER event extraction: lexicon triggers + clause-local argument rules.

One pass over the article's tokens finds triggers (dictionary look-up of
generated surface forms); for each trigger, the clause around it gives the actor
(subject on the left, or the passive agent), the recipient (object or
prepositional phrase on the right), negation and hypothetical cues, the
temporal expression and the place. Participants come only from coded entity
mentions (the actors stage resolves pronouns and short names), so a trigger with
no codable participant yields no event.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..model import ActorRef, Document, Entity, Event, Mention, Span, Timex
from ..options import PipelineOptions
from ..timex import anaphoric_time, attributes_speech, closes_sentence, dates_statement, sentence_span
from .lexicon import Lexicon, TriggerEntry, headline_lexicon, load_lexicon
from .morph import english_participles

#: Numbers written with thousands dots or decimal commas ("1.200", "35.046.783", "2,5") are one
#: token: their dots close no clause ("menangkap 1.200 demonstran").
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]", re.UNICODE)
_SENT_RE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)|\n", re.MULTILINE)
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
#: Number words that stand between a preposition and its noun ("kepada 35 juta warga").
_NUMBER_WORDS = frozenset({"juta", "ribu", "miliar", "triliun", "ratus", "puluh", "belas", "ribuan", "jutaan"})


def _numeral(low: str) -> bool:
    """A number written in digits ("35", "1.200", "2,5") or a number word ("juta")."""
    return bool(_NUMBER_RE.fullmatch(low)) or low in _NUMBER_WORDS


#: Punctuation that closes a clause for argument search.
_BOUND_PUNCT = frozenset({";", ":", "“", "”", '"', "–", "—", "?", "!", "."})
_QUOTE_CHARS = frozenset({"“", "”", '"'})
#: Text allowed between two mentions of one compound participant ("A, B, dan C").
_CONJ_GAP = re.compile(r"^\s*(?:,|dan|serta|maupun|&|and|,\s*dan|,\s*serta|,\s*and|/)?\s*$", re.I)
#: A conjunction followed by a title ("dan Presiden Rusia Vladimir Putin").
_CONJ_TITLE_GAP = re.compile(r"^\s*,?\s*(?:dan|serta|maupun|and)\s+(?:[\w.-]+\s+){1,4}$", re.I)
_VERBISH = re.compile(r"^(?:meng|meny|mem|men|me[lrwy]|di|ber|be[lkr]|ter|te[r])[a-z]{3,}(?<!nya)$")
#: Types whose nominal trigger takes the following name as the one acted upon
#: ("penangkapan Herba"); for the others it is the doer ("serangan Israel").
_OBJECT_GENITIVE = frozenset({"COERCE", "SANCTION", "ACCUSE", "AID", "RETREAT", "CONCEDE", "ASSAULT"})
_COOP_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: Acts aimed at someone: a name after "at" ("fired at X", "threatened at X") is their target
#: (PLOVER ASSAULT/THREATEN recipient), not the place where it happened.
_AIM_TYPES = frozenset({"ASSAULT", "THREATEN"})
#: Acts whose ordering is the act itself ("memerintahkan pengusiran diplomat" is SANCTION).
_ORDER_CONTENT = frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "AID"})
#: Agentless passives that are acts of the state of the story's home country, with the
#: sector implied ("sel teror itu dibongkar", "wartawan itu dibebaskan").
_STATE_PASSIVE = {("COERCE", None): "COP", ("SANCTION", "convict"): "JUD", ("SANCTION", "expel"): "GOV",
                  ("ACCUSE", "investigate"): None, ("ACCUSE", "allege"): None, ("RETREAT", "release"): None,
                  ("CONCEDE", None): None, ("REJECT", None): "GOV"}
#: Agentless acts whose implicit doer is the law-enforcement body the story is about.
_LAW_PASSIVE = frozenset({("COERCE", None), ("ACCUSE", "investigate"), ("ACCUSE", "allege")})
#: Sectors of one government: a meeting among them alone is internal, not coded.
_AGAINST_TYPES = frozenset({"SANCTION", "THREATEN", "ASSAULT", "COERCE", "ACCUSE", "MOBILIZE"})
_INSTITUTIONS = frozenset({"gereja", "sekolah", "pesantren", "panti", "asrama", "lembaga", "kantor", "penjara",
                           "barak", "kamp", "universitas", "kampus", "biara", "seminari", "militer", "tentara"})
#: A release "setelah mengajukan banding" is the court's.
_COURT_WORDS = ("banding", "pengadilan", "hakim", "mahkamah", "kasasi", "grasi")
_SAME_GOVERNMENT = frozenset({"GOV", "LEG", None})
#: Agencies of one state: police coordinating with a ministry is internal work, not a consultation.
_STATE_SECTORS = _SAME_GOVERNMENT | {"COP", "JUD", "MIL"}
_PERSON_ANAPHORS = frozenset({"ia", "dia", "beliau", "dirinya", "pria", "wanita", "perempuan", "sosok", "politikus", "tokoh"})
_STATE_ANAPHORS = frozenset({"negara", "pemerintah"})
#: Acts whose content act right after them is not a second event ("sepakat untuk ...");
#: a protest's demand is its topic (PLOVER: demands made by demonstrating are PROTEST).
_EMBEDDING_PARENTS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "SUPPORT", "PROTEST"})
_GOV_ACTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                       "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE"})
#: Acts whose target is a suspect (a person with no office named as their target is ``CRM``).
_SUSPECT_ACTS = frozenset({("ACCUSE", "investigate"), ("ACCUSE", "allege"), ("SANCTION", "convict")})
#: The words before the year of a cited law or regulation ("UU Nomor 22 Tahun 2009", "Perpres No. 5/2024").
_CITATION_BEFORE = re.compile(r"\b(?:nomor|no\.?|number)\s*\d+[a-z]?\s*(?:tahun\s*|/\s*)?$", re.I)
#: "menampik tudingan tersebut": the thing denied or refused, and the act that made it.
_ANSWERED = {"tudingan": "ACCUSE", "tuduhan": "ACCUSE", "tuduhannya": "ACCUSE", "klaim": "ACCUSE",
             "kritik": "ACCUSE", "kecaman": "ACCUSE", "dakwaan": "ACCUSE", "laporan": "ACCUSE",
             "tuntutan": "REQUEST", "permintaan": "REQUEST", "desakan": "REQUEST", "seruan": "REQUEST",
             "permohonan": "REQUEST", "imbauan": "REQUEST", "ajakan": "REQUEST", "usulan": "REQUEST",
             "accusation": "ACCUSE", "accusations": "ACCUSE", "allegations": "ACCUSE", "claims": "ACCUSE",
             "demand": "REQUEST", "demands": "REQUEST", "request": "REQUEST", "call": "REQUEST"}
#: A paragraph that opens by pointing back at the statements before it.
_POINTS_BACK = re.compile(r"(?:Hal|Pernyataan|Ucapan|Permintaan|Penegasan|Keterangan)\s+(?:itu|tersebut|ini)\b")
#: The start of a background section ("Sebelumnya diberitakan, ...").
_BACKSTORY = re.compile(r"\b(?:Sebelumnya(?:\s+diberitakan)?|Seperti diberitakan(?:\s+sebelumnya)?|"
                        r"Sebagaimana diberitakan(?:\s+sebelumnya)?|(?:Seperti|Sebagaimana)\s+diketahui|"
                        r"Diketahui\s+sebelumnya)\s*,")
#: A person named by nationality right before a country name ("seorang pria asal Uzbekistan").
_NATIONALITY_OF = re.compile(r"\b(?:seorang|pria|wanita|perempuan|warga|warga negara|orang|asal|kelahiran|"
                             r"berkewarganegaraan|imigran|pengungsi|turis|wisatawan|citizen of|"
                             r"national of|born in)\s+$", re.I)
#: Acts a state carries out through its armed forces.
_MILITARY_ACTS = frozenset({"ASSAULT", "MOBILIZE"})
#: After a time: a span that runs to the present ("2007 sampai dengan sekarang"), no time of an act.
_UNTIL_NOW = re.compile(r"\s*,?\s*(?:sampai|hingga)(?:\s+dengan)?\s+(?:sekarang|kini|saat ini|hari ini)\b", re.I)
_NOW = re.compile(r"\b(?:hari ini|saat ini|sekarang|kini|today|now)\b", re.I)
_THIS_WEEK = re.compile(r"\b(?:pekan ini|minggu ini|this week)\b", re.I)
_SAY_AFTER = frozenset({"kata", "ujar", "ucap", "tutur", "jelas", "tambah", "ungkap", "imbuh", "tegas", "said"})
_TITLE_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])")
#: A week reference ("pekan ini", "minggu lalu"), not the weekday "Minggu (14/5)".
_WEEK_REF = re.compile(r"\b(?:pekan|minggu|week)\s+(?:ini|lalu|depan|kemarin|terakhir|mendatang|sebelumnya|"
                       r"this|last|next)\b|\b(?:this|last|next)\s+week\b")
#: Conjunctions whose clause shares the time of the clause before it: "saat/ketika" (the same
#: time) and "setelah/usai" (just after it: "tewas 16 Oktober lalu setelah militer menyerang").
_SAME_TIME = frozenset({"saat", "ketika", "sewaktu", "when", "setelah", "sesudah", "usai", "seusai", "after"})
_HEAD_ROLES = frozenset({"presiden", "perdana menteri", "kanselir", "raja", "ratu", "president", "prime minister",
                         "chancellor", "king", "queen"})
#: Words that make a meeting noun the circumstance of the sentence's subject ("dalam pertemuan di ...").
_CIRCUMSTANCE = frozenset({"dalam", "pada", "saat", "ketika", "sewaktu", "selama", "in", "during", "at"})
#: Words that may stand between a verb and its named object ("mendorong para kepala daerah").
_OBJ_DETERMINERS = frozenset({"para", "pihak", "semua", "seluruh", "segenap", "kedua", "setiap"})
#: Passive light verbs ("serangan dilancarkan X"): the agent after them does the noun's act.
_PASSIVE_LIGHT = frozenset({"dilancarkan", "dilakukan", "dilaksanakan", "digelar", "diadakan", "dijatuhkan",
                            "diberlakukan", "diterapkan", "dilayangkan", "disampaikan", "dilontarkan",
                            "diungkapkan", "dinyatakan", "diberikan", "disalurkan", "dikirimkan", "dikirim"})
#: "serangan ke wilayah X": words between a preposition and the country attacked.
_TERRITORY = frozenset({"wilayah", "kawasan", "daerah", "arah", "territory"})
#: "menjadi korban/sasaran serangan X": the subject underwent the act.
_VICTIM_NOUNS = frozenset({"korban", "sasaran", "target"})
#: Verbs besides the undergo cues (menghadapi, menuai, menerima ...) whose object is an act named
#: by a noun, so that a bare trigger form after them is that noun ("menanggapi kritik").
_NOUN_TAKERS = frozenset({"dihujani", "dibanjiri", "menanggapi", "menjawab"})
#: "saat akan/hendak ditangkap": a time clause of an act under way, narrated, not planned.
_WHEN_WORDS = frozenset({"saat", "ketika", "waktu", "sewaktu", "tatkala", "when"})
_ABOUT_TO = frozenset({"hendak", "akan", "mau"})
#: Passives that give a status ("ditetapkan tersangka"), and the statuses: the word after them
#: is the complement, never the agent.
_PREDICATIVE_PASSIVES = frozenset({"ditetapkan", "dijadikan", "dinyatakan", "ditetapkannya"})
_STATUS_WORDS = frozenset({"tersangka", "terdakwa", "terpidana", "saksi", "buron", "buronan", "dpo", "tahanan"})
#: verbs of finding and knowing after which colloquial 'jika' means 'bahwa' ("terungkap jika ...")
_THAT_VERBS = frozenset({"terungkap", "diketahui", "ternyata", "mengungkap", "mengungkapkan", "menyadari",
                         "mengaku", "mengakui", "mengetahui", "tahu", "menyebut", "menyebutkan", "menjelaskan"})
#: words of play; a document using several of them reports a match (``_match_report``), where
#: attacks, saves and shots are play. Not sentence cues: "babak baru kasus korupsi".
_MATCH_WORDS = frozenset({"gol", "kiper", "wasit", "penalti", "sundulan", "sepakan", "tendangan", "umpan",
                          "babak", "kuarter", "gelandang", "bek", "striker", "bola"})
#: Words between a negation and the act it denies ("tidak ada penolakan", "tak punya niat menyerang",
#: "tidak sampai menandatangani").
_NEGATION_BRIDGES = frozenset({"ada", "niat", "punya", "sampai"})
#: Words that count a group named after "dari" ("dari banyak pihak", "dari kalangan mahasiswa").
_GROUP_COUNTERS = frozenset({"banyak", "sebagian", "kalangan"})
#: Relations an apposition names ("X, istri Y,"): Y is not the subject.
_RELATIONS = frozenset({"istri", "suami", "anak", "putra", "putri", "ayah", "ibu", "ibunda", "ayahanda", "adik",
                        "kakak", "paman", "keponakan", "cucu", "menantu", "mertua", "pengacara", "kuasa hukum",
                        "penasihat hukum", "kekasih", "pacar", "mantan istri", "mantan suami", "ajudan", "sopir"})
#: Nouns after "kedua" that point back to a pair of parties ("kedua negara sepakat").
_PAIR_NOUNS = frozenset({"negara", "pihak", "belah", "menteri", "pemimpin", "kepala", "delegasi", "kubu",
                         "presiden", "pemerintah", "tim", "perdana", "menlu"})
#: "antara kedua negara": a pair named earlier, not a new participant.
_BOTH_SIDES = frozenset({"kedua negara", "kedua belah", "kedua pihak", "keduanya", "kedua kubu"})
#: Forms of English "be" (and "get") that make a following participle passive.
_EN_BE = frozenset({"was", "were", "been", "be", "is", "are", "being", "am", "get", "gets", "got", "gotten"})
#: Adverbs that may stand between "was" and its participle ("was reportedly shot").
_EN_ADVERBS = frozenset({"reportedly", "allegedly", "later", "also", "then", "already", "subsequently", "briefly",
                         "eventually", "finally", "recently", "apparently", "fatally", "seriously", "not", "never"})
#: One-sided acts that are made to whoever they are told to: a promise, a concession, a warning.
_TOLD_TYPES = frozenset({"AGREE", "CONCEDE", "THREATEN"})
_TELL_VERBS = frozenset({"menyampaikan", "memberitahu", "memberitahukan", "berkata", "menegaskan", "told",
                         "assured", "meyakinkan"})
#: Prepositions naming the target of an act noun, whose owner is hit ("serangan terhadap kapal X").
_AT_TARGET = frozenset({"terhadap", "kepada", "atas", "against", "on", "at"})
#: "negara itu", "pemerintah tersebut": a country named again as the one acted upon.
_COUNTRY_BACK = frozenset({"negara", "pemerintah", "country", "government"})
#: "menyetujui pinjaman untuk membantu X": aid meant to help X.
_HELP_VERBS = frozenset({"membantu", "menolong", "mendukung", "membiayai", "help", "support", "assist"})
_PURPOSE_WORDS = frozenset({"untuk", "guna", "demi", "to"})
#: "bantuan senilai 5 juta dolar untuk Vanuatu": the one aid is for.
_FOR_WORDS = frozenset({"untuk", "bagi", "for"})
_WINDOW = 12  # tokens searched right of a trigger for a recipient / agent
#: Speech verbs that voice a stance named by the noun after them ("menyatakan kecaman",
#: "menegaskan penolakan"), and the event types such a noun can have: the speaker does it.
_STANCE_SPEECH = frozenset({"menyatakan", "menegaskan", "mengungkapkan", "menyuarakan", "mengutarakan",
                            "mengumumkan", "menyerukan"})
#: Killing by the state: an agentless execution is the act of the state where it happens.
_EXECUTION_ROOTS = frozenset({"eksekusi", "eksekusi mati", "dihukum mati"})
#: Words after an event noun that call the act off ("pertemuan itu dibatalkan").
_CALLED_OFF = frozenset({"dibatalkan", "batal", "ditunda", "gagal", "diurungkan", "urung", "ditangguhkan"})
#: Speech words of an attribution set off by commas inside a clause (", kata X,").
_ASIDE_CUES = frozenset({"kata", "ujar", "lanjut", "imbuh", "terang", "tutur", "sambung", "tambah", "jelas", "ucap",
                         "papar", "tegas", "ungkap", "menurut"})
#: What "memberikan" may give that is no gift: the noun is an event of its own (SANCTION, ACCUSE ...).
_HOSTILE_GIVEN = frozenset({"sanksi", "teguran", "peringatan", "hukuman", "ancaman", "denda", "somasi", "larangan",
                            "tindakan", "tindak", "skorsing", "sp", "surat"})
#: Event types whose noun names a stance one voices (kecaman, dukungan, penolakan), as opposed to a deed.
_VOICED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "AGREE", "CONCEDE", "PROTEST", "THREATEN"})
_AFTER_WINDOW = 10  # tokens searched for an ``after`` constraint
_CLAIM_WINDOW = 5  # "menyebut X mendanai": the wrongdoing closely follows a claim verb


@dataclass
class _Group:
    """Consecutive mentions forming one (possibly compound) participant."""

    first: int  # token index of the first mention's first token
    last: int  # token index of the last mention's last token
    items: list[tuple[Mention, Entity]] = field(default_factory=list)


@dataclass
class _Trig:
    i: int  # first token
    j: int  # one past the last token
    entry: TriggerEntry
    sent: int


class EventExtractor:
    """The events stage: fills ``doc.events`` with PLOVER events and their ``explain`` data."""

    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.lex = {"id": load_lexicon("id"), "en": load_lexicon("en")}

    # ------------------------------------------------------------------ entry
    def __call__(self, doc: Document) -> Document:
        if not doc.text:
            return doc
        lang = "en" if doc.language == "en" else "id"
        run = _Run(self, doc, self.lex[lang], lang)
        events = run.extract()
        events += self._title_events(doc, lang, events)
        for n, ev in enumerate(events, 1):
            ev.id = f"ev{n}"
        doc.events = events
        return doc

    def _title_events(self, doc: Document, lang: str, body: list[Event]) -> list[Event]:
        """Events stated only in the title ("... usai pertemuan Kim-Putin"). The title has no
        offsets in ``doc.text``, so these events carry no spans and no date of their own."""
        title = (doc.title or "").strip()
        if not title or not doc.entities:
            return []
        text = _TITLE_HYPHEN.sub(" ", title)
        ents = []
        for e in doc.entities:
            if not e.code:
                continue
            forms = {m.text for m in e.mentions if m.kind != "pronoun" and (len(m.text) > 2 or m.text.isupper())
                     and len(m.text) > 1} | {e.name}
            if e.label == "PER":
                forms |= {w for w in e.name.replace("-", " ").split() if len(w) > 2 and w[0].isupper()}
            ms = []
            for f in sorted(forms, key=len, reverse=True):
                for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text):
                    if not any(x.start <= m.start() < x.end for x in ms):
                        ms.append(Mention(m.start(), m.end(), m.group(), "name"))
            if ms:
                ents.append(Entity(id=e.id, name=e.name, label=e.label, code=e.code, sector=e.sector,
                                   role=e.role, mentions=ms))
        if not ents:
            return []
        text = _lower_title_case(text, [m for e in ents for m in e.mentions], doc.text or "")
        tdoc = Document(id=doc.id, raw_text=text, text=text, language=doc.language, entities=ents,
                        published=None)
        out = []
        for ev in _Run(self, tdoc, headline_lexicon(lang), lang).extract():
            parts = _countries(ev)
            if any(b.type == ev.type and _overlap(_countries(b), parts) for b in body):
                continue  # the body restates it
            ev.date, ev.trigger, ev.location = None, None, None
            ev.explain["source"] = "title"
            ev.explain["title_evidence"] = ev.evidence.text if ev.evidence else title
            ev.evidence = None
            ev.confidence = round(ev.confidence * 0.8, 3)
            out.append(ev)
        return out


#: numbers and quantifiers that may stand between a preposition and its noun ("dari empat perusahaan")
_QUANTIFIERS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                          "sebelas", "belasan", "puluhan", "ratusan", "ribuan", "beberapa", "sejumlah", "para",
                          "seluruh", "semua", "sebuah", "seorang", "sekelompok"})
#: conjunctions that open a subordinate clause put before the main one ("Setelah ..., pihaknya ...")
_FRONTED_SUBORDINATORS = frozenset({"setelah", "sesudah", "sebelum", "ketika", "saat", "usai", "seusai", "sejak",
                                    "karena", "jika", "kalau", "apabila", "meski", "meskipun", "walaupun",
                                    "walau", "sementara", "selama", "begitu", "agar", "supaya"})
#: A bare comma between two names, or a comma and the second one's capitalised title (", PM ").
_COMMA_TITLE_GAP = re.compile(r"\s*,\s*(?:[A-Z][\w.-]*\s+){0,4}")
#: Words that open a fronted phrase whose closing comma is followed by the clause's subject
#: ("Dalam rapat dengan X, Y meminta ..."; "Bersama X, Y menangkap ...").
_FRONTING_WORDS = frozenset({"dalam", "bersama", "di", "pada", "usai", "seusai", "selain", "melalui", "lewat",
                             "untuk", "demi", "atas", "sebagai"})
#: words after which a clause begins, so that a pronoun after them is its subject
_CLAUSE_OPENERS = frozenset({"dan", "tetapi", "tapi", "namun", "lalu", "kemudian", "setelah", "sesudah", "sebelum",
                             "ketika", "saat", "sejak", "karena", "sebab", "jika", "kalau", "bila", "apabila",
                             "agar", "supaya", "sehingga", "bahwa", "maka", "jadi", "tadi", "nanti", "kini",
                             "sekarang", "akhirnya", "pun"})
#: personal pronouns that do the act in the object-focus construction ("pelaku kami tangkap")
_FOCUS_PRONOUNS = frozenset({"kami", "kita", "saya", "aku"})

_TITLE_WORD = re.compile(r"[^\W\d_]+")


#: Words that may follow "di/ke/dari" in a headline and are no place: "di Tengah", "ke Depan".
_TITLE_FUNCTION_WORDS = frozenset({"tengah", "depan", "balik", "bawah", "atas", "sini", "sana", "mana", "dalam",
                                   "luar", "antara", "sekitar", "hadapan", "samping", "akhir", "awal"})


def _body_capitals(body: str) -> frozenset[str]:
    """Words the body writes capitalised after a lower-case word and never lower-case: names
    ("di Serang", "warga Kendari"), whatever the KB knows of them."""
    caps, lows = set(), set()
    prev_low = False
    for m in _TITLE_WORD.finditer(body):
        w = m.group()
        if w[:1].isupper():
            if prev_low:
                caps.add(w.lower())
        else:
            lows.add(w)
        prev_low = w[:1].islower()
    return frozenset(caps - lows)


def _lower_title_case(title: str, mentions: list[Mention], body: str = "") -> str:
    """A Title Case headline ("Koalisi Sipil Kritik Telegram Panglima TNI") with every word
    outside the known names lower-cased; any other title as it is.

    Why: the rules read capitals as names ("Kritik" between two capitalised words is taken for
    part of a name, and a capitalised "Menangkap" is no verb), which holds in body text but not
    in headlines whose every word is capitalised. A title counts as Title Case when at least
    three quarters of its words of four letters or more begin with a capital; acronyms and the
    names the entities found keep their case."""
    words = [w for w in _TITLE_WORD.findall(title) if len(w) >= 4]
    if len(words) < 3 or sum(w[0].isupper() for w in words) * 4 < len(words) * 3:
        return title
    keep = [(m.start, m.end) for m in mentions]
    names = _body_capitals(body)
    out = list(title)
    prev = ""
    for m in _TITLE_WORD.finditer(title):
        w, after = m.group(), prev
        prev = w.lower()
        if (w.isupper() and len(w) > 1) or any(a <= m.start() < b for a, b in keep):
            continue
        if w.lower() in names or (after in ("di", "ke", "dari") and w.lower() not in _TITLE_FUNCTION_WORDS):
            continue  # "Jam Operasional di Serang": a place, not the verb 'di-serang'
        if len(w) > 1 and w[1:].lower() != w[1:]:
            continue  # "McDonald", "iPhone": a name's inner capitals
        low = w.lower()
        if len(low) == len(w):
            out[m.start():m.end()] = low
    return "".join(out)


class _Run:
    """State for one document (kept out of the stage object: no shared mutable state)."""

    def __init__(self, stage: EventExtractor, doc: Document, lex: Lexicon, lang: str):
        self.stage, self.doc, self.lex, self.lang = stage, doc, lex, lang
        text = doc.text
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        lowered = text.lower()
        if len(lowered) != len(text):  # a rare character whose lower case is longer
            self.low = [text[a:b].lower() for a, b in spans]
        else:
            self.low = [lowered[a:b] for a, b in spans]
        self.tstart = [a for a, _ in spans]
        self.tend = [b for _, b in spans]
        self.starts = self.tstart
        self.n = len(spans)
        c = lex.cue
        self.neg, self.hyp, self.modal = c(lang, "neg"), c(lang, "hyp"), c(lang, "modal")
        self.future, self.adv, self.loc = c(lang, "future"), c(lang, "adv"), c(lang, "loc")
        self.prep = c(lang, "prep") | c(lang, "rprep") | self.loc | c(lang, "agent")
        self.rprep, self.agent = c(lang, "rprep"), c(lang, "agent")
        self.bound, self.comp = c(lang, "bound"), c(lang, "comp")
        self.speech, self.selfp = c(lang, "speech"), c(lang, "self")
        self.light, self.nomref = c(lang, "light"), c(lang, "nomref")
        self.demo, self.purpose = c(lang, "demo"), c(lang, "purpose")
        self.undergo, self.classifier = c(lang, "undergo"), c(lang, "classifier")
        self.quant, self.notverb = c(lang, "quant"), c(lang, "notverb")
        self.plannoun, self.evaluate = c(lang, "plannoun"), c(lang, "evaluate")
        self.intent, self.anaphor = c(lang, "intent"), c(lang, "anaphor")
        self.allparties, self.causative = c(lang, "allparties"), c(lang, "causative")
        self.aimnoun, self.urge = c(lang, "aimnoun"), c(lang, "urge")
        self.officer = c(lang, "officer")
        self.nature, self.sport = c(lang, "nature"), c(lang, "sport")
        self._is_match_report: bool | None = None
        self.participles = english_participles() if lang == "en" else frozenset()
        self.det, self.aimprep = c(lang, "det"), c(lang, "aimprep")
        self._index_sentences()
        self._index_mentions()
        self.ref_date = self._reference_date()
        self.in_timex: set[int] = set()
        for tx in doc.temporal:
            a, b = bisect.bisect_left(self.starts, tx.start), bisect.bisect_left(self.starts, tx.end)
            self.in_timex.update(range(a, b))
        self.home = self._home_country()
        self.law_sector = self._law_sector()

    # ------------------------------------------------------------ indexing
    def _index_sentences(self) -> None:
        spans = sorted((s.start, s.end) for s in self.doc.sentences) or [
            (m.start(), m.end()) for m in _SENT_RE.finditer(self.doc.text) if m.group().strip()]
        self.sent_of_tok = [0] * self.n
        self.sent_bounds: list[tuple[int, int]] = []  # token ranges
        starts = [s for s, _ in spans]
        s_idx, n_s = 0, len(starts)
        for k, off in enumerate(self.tstart):  # both sorted: one merge pass
            while s_idx + 1 < n_s and starts[s_idx + 1] <= off:
                s_idx += 1
            self.sent_of_tok[k] = s_idx
        n = len(spans)
        first = [self.n] * n
        last = [-1] * n
        for k, s in enumerate(self.sent_of_tok):
            if first[s] > k:
                first[s] = k
            last[s] = k
        self.sent_bounds = [(first[s], last[s] + 1) if last[s] >= 0 else (0, 0) for s in range(n)]
        # a newline inside a sentence span (paragraph break) also separates sentences
        self.para_break = [False] * self.n
        text = self.doc.text
        for m in re.finditer("\n", text):
            k = bisect.bisect_left(self.tstart, m.start())
            if 0 < k < self.n:
                self.para_break[k] = True

    def _tok_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def _index_mentions(self) -> None:
        pairs = [(m, e) for e in self.doc.entities if e.code for m in e.mentions]
        pairs.sort(key=lambda p: (p[0].start, -(p[0].end - p[0].start)))
        self.mention_at: dict[int, int] = {}  # token index -> index into self.mentions
        self.mentions: list[tuple[int, int, Mention, Entity]] = []
        covered_until = -1
        #: clitic mentions inside a token ("ujar-nya", "membebaskan-nya"): token -> entity
        self.suffix_at: dict[int, Entity] = {}
        for m, e in pairs:
            if m.start < covered_until or m.end <= m.start or self.doc.text[m.end:m.end + 1] == "$":
                continue
            a = bisect.bisect_left(self.starts, m.start)
            if (a >= self.n or self.tstart[a] != m.start) and a > 0 and self.tend[a - 1] >= m.end:
                self.suffix_at[a - 1] = e
                continue
            b = bisect.bisect_left(self.starts, m.end)
            if a >= b:
                continue
            if self.mentions and e.label == "GPE":
                pa, pb, pm, pe = self.mentions[-1]
                if pb == a and pe.label == "ORG" and pe.code == e.code and self.doc.text[pm.end:m.start] == " ":
                    # "Komisi III DPR RI", "Kemenlu RI": the country names the body's state, it is
                    # no second participant
                    self.mentions[-1] = (pa, b, pm, pe)
                    for k in range(a, b):
                        self.mention_at[k] = len(self.mentions) - 1
                    covered_until = m.end
                    continue
            idx = len(self.mentions)
            self.mentions.append((a, b, m, e))
            for k in range(a, b):
                self.mention_at[k] = idx
            covered_until = m.end

    def _home_country(self) -> str | None:
        """The implicit state behind agentless arrests and sentences ("sembilan orang telah
        diamankan"): the home country the actors stage computed (``meta['home_country']``),
        unless it is Indonesia for a story that never names Indonesia while it names another
        country; else the country most of the article's coded mentions belong to."""
        counts: dict[str, int] = {}
        for _, _, _, e in self.mentions:
            if e.code and len(e.code) == 3 and e.code.isalpha():
                counts[e.code] = counts.get(e.code, 0) + 1
        best = max(counts, key=lambda c: counts[c]) if counts else None
        home = self.doc.meta.get("home_country") if isinstance(self.doc.meta, dict) else None
        if isinstance(home, str) and len(home) == 3 and home.isalpha() and home.isupper():
            if home == "IDN" and "IDN" not in counts and best:
                return best
            return home
        return best

    def _setting_abroad(self) -> str | None:
        """The foreign country the story is set in: a country other than the home country
        named after 'di'/'in' in the lead sentence ("Dua warga negara Indonesia di Arab Saudi
        terbebas ..."), or None."""
        if not hasattr(self, "_setting"):
            self._setting: str | None = None
            if self.sent_bounds and self.home:
                a, b = self.sent_bounds[0]
                for k in range(a, b - 1):
                    if self.low[k] in ("di", "in") and (k + 1) in self.mention_at:
                        _, _, _, en = self.mentions[self.mention_at[k + 1]]
                        if en.label == "GPE" and en.code and len(en.code) == 3 and en.code.isalpha() \
                                and en.code != self.home:
                            self._setting = en.code
                            break
        return self._setting

    def _law_sector(self) -> str | None:
        """The law-enforcement arm of the home country the article names most (``JUD`` for
        the KPK, prosecutors and courts, ``COP`` for the police): the implicit doer of an
        agentless arrest or summons in a story about its case. None when it names neither."""
        counts = {"JUD": 0, "COP": 0}
        for _, _, _, e in self.mentions:
            if e.code == self.home and e.sector in counts:
                counts[e.sector] += 1
        best = max(counts, key=lambda s: counts[s])
        return best if counts[best] else None

    def _reference_date(self) -> str | None:
        """The date of the article's current news: the latest day-precise date at most three
        days before publication that dates a statement ("kata X, Selasa (21/10/2025)") or
        closes its sentence ("Bayi itu ditemukan ..., Minggu (24/12)."), else publication. A
        date inside one clause ("pelaku serangan ... pada Selasa (31/10) adalah warga mereka"
        in a report of the next day) is that act's, not the time of the report."""
        pub = (self.doc.published.date if self.doc.published else None) or self.doc.meta_published
        pub = (pub or "")[:10] or None
        pub_d = _as_date(pub)
        if pub_d:
            days = [d for t in self.doc.temporal if t.kind != "relative" and len(t.value or "") >= 10
                    and (d := _as_date(t.value)) and pub_d - timedelta(days=3) <= d <= pub_d
                    and self._dates_statement(t)]
            if days:
                return max(days).isoformat()
        return pub

    def _dates_statement(self, tx: Timex) -> bool:
        """Whether ``tx`` dates a statement (see :func:`warta.timex.dates_statement`)."""
        lo = sentence_span(self.doc, tx.start).start
        return dates_statement(self.doc.text, tx.start, tx.end, lo) or closes_sentence(self.doc.text, tx.end)

    # ------------------------------------------------------------ triggers
    def _find_triggers(self) -> list[_Trig]:
        out: list[_Trig] = []
        low, trig, heads = self.low, self.lex.triggers, self.lex.heads
        n = self.n
        k = 0
        while k < n:
            found = None
            w = low[k]
            if k > 0 and low[k - 1] in _FOCUS_PRONOUNS and w in self.lex.object_focus:
                entry = self._pronoun_bare_verb(k)
                if entry and not self._inside_name(k, k + 1):
                    out.append(_Trig(k, k + 1, entry, self.sent_of_tok[k]))
                    k += 1
                    continue
            if w not in heads and not (w.endswith("nya") and w[:-3] in heads):
                k += 1
                continue
            for L in range(min(self.lex.max_len, n - k), 0, -1):
                key = tuple(low[k:k + L])
                if key in trig:
                    entry = self._choose(trig[key], k + L, k)
                    if entry:
                        found = (L, entry)
                        break
                if L == 1 and key[0].endswith("nya") and len(key[0]) > 5 and (key[0][:-3],) in trig:
                    entry = self._choose(trig[(key[0][:-3],)], k + 1, k)
                    if entry:
                        found = (1, entry)
            if found:
                L, entry = found
                if self.sent_of_tok[k] == self.sent_of_tok[k + L - 1] and not self._inside_name(k, k + L):
                    out.append(_Trig(k, k + L, entry, self.sent_of_tok[k]))
                k += L
            else:
                k += 1
        return out

    def _pronoun_bare_verb(self, k: int) -> TriggerEntry | None:
        """The entry of a bare verb right after a personal pronoun (token ``k``), in either of
        the two constructions of spoken Indonesian that quotes carry:

        - object focus, when a word of the clause comes before the pronoun ("tersangka sudah
          kami amankan", "barang bukti yang kami sita"): a passive whose doer is the pronoun;
        - colloquial active, when the pronoun opens its clause ("Kami bantu warga"): the verb
          without its prefix, the pronoun its subject.

        Either reading needs a name the actors stage found for the one acted upon (before the
        pronoun, or right after the verb): spoken asides ("setelah saya cek semua daerah") are
        no events.

        A row that lists the bare form itself (colloquial "minta") keeps its own reading."""
        focus = self.lex.object_focus[self.low[k]]
        if any(t.template == "0" for t in self.lex.triggers.get((self.low[k],), ())):
            return None
        a, _ = self.sent_bounds[self.sent_of_tok[k]]
        before = self.low[k - 2] if k - 2 >= a else ""
        nxt = self.low[k + 1] if k + 1 < self.n else ""
        object_follows = (k + 1) in self.mention_at or (
            nxt.isalpha() and nxt not in self.prep and nxt not in self.adv and nxt not in self.demo
            and nxt not in self.bound and nxt not in self.comp and nxt not in self.future and nxt not in self.neg
            and nxt not in _CLAUSE_OPENERS)
        if before and before.isalpha() and before not in self.bound and before not in _CLAUSE_OPENERS \
                and not object_follows:
            lo = self._clause_left(k - 1)
            if not any(j in self.mention_at for j in range(lo, k - 1)):
                return None  # the one acted upon is no name the actors stage found
            return self._choose(focus, k + 1, k)
        if (k + 1) not in self.mention_at:
            return None  # "setelah saya cek semua daerah": no named object, no act to code
        active = tuple(t for t in headline_lexicon(self.lang).triggers.get((self.low[k],), ())
                       if t.template.startswith("meN"))
        return self._choose(active, k + 1, k) if active else None

    def _is_verb(self, k: int) -> bool:
        """A lower-case word with a verbal prefix (menangkap, diperiksa, bertemu) that is not
        a known noun of that shape (tersangka, terdakwa, media)."""
        if k < 0 or k >= self.n:
            return False
        low = self.low[k]
        if low in self.notverb or not _VERBISH.match(low):
            return False
        return self.doc.text[self.tstart[k]:self.tstart[k] + 1].islower()

    def _inside_name(self, i: int, j: int) -> bool:
        """A trigger word that is part of a name ("Organisasi Pelarangan Senjata Kimia",
        "Razia Sultana") is not an event."""
        if any(k in self.mention_at for k in range(i, j)):
            return True
        tok = self.doc.text[self.tstart[i]:self.tend[i]]
        a, _ = self.sent_bounds[self.sent_of_tok[i]]
        if i > a and tok[:1].isupper() and not tok.isupper() and self.low[i - 1] not in _BOUND_PUNCT:
            nxt = self.doc.text[self.tstart[j]:self.tend[j]] if j < self.n else ""
            prv = self.doc.text[self.tstart[i - 1]:self.tend[i - 1]]
            return nxt[:1].isupper() or prv[:1].isupper()
        return False

    def _choose(self, entries: tuple[TriggerEntry, ...], after_idx: int, start: int) -> TriggerEntry | None:
        """The entry whose ``after`` constraint holds; constrained entries win over bare ones.
        A passive verb's object is its subject, so for passives the words just before count
        too ("uang tersebut tidak dikembalikan")."""
        units = self._units_right(after_idx, _AFTER_WINDOW)
        nxt = [w for u in units for w in u]
        window = " " + " ".join(nxt) + " "
        near = claim_near = " " + " ".join(w for u in units[:_CLAIM_WINDOW] for w in u) + " "
        if nxt and nxt[0] in (",", "bahwa", "that"):
            # "mengklaim, tak jarang pengantin ISIS menggunakan ... sebagai perisai": the claim's
            # content is a clause of its own, so its wrongdoing may come later in that clause
            clause = []
            for w in self.low[after_idx + 1:after_idx + 1 + _WINDOW]:
                if w in _BOUND_PUNCT:
                    break
                clause.append(w)
            claim_near = " " + " ".join(clause) + " "
        before = " " + " ".join(self.low[max(0, start - 5):start]) + " "
        head = " ".join(nxt[:3])
        generic = None
        for e in entries:
            # "!w" blocks w (or a word starting with it: "kesehatannya") right after the trigger
            if any(head.startswith(w) if " " in w else any(x.startswith(w) for x in nxt[:2])
                   for w in e.not_after):
                continue
            if e.after:
                if "verbnext" in e.flags and self._active_verb_at(self._skip_adverbs_right(after_idx)):
                    return e  # "petani didorong menjaga kebersihan lahan": the act urged follows
                if "claim" in e.flags or "near" in e.flags:
                    if any(" " + w + " " in (claim_near if "claim" in e.flags else near) for w in e.after):
                        return e
                    if "near" in e.flags and e.voice == "passive" and any(" " + w + " " in before for w in e.after):
                        return e  # "paket sembako yang dibagikan oleh Kapolres": the object before the passive
                elif any(" " + w + " " in window for w in e.after) or (
                        e.voice == "passive" and any(" " + w + " " in before for w in e.after)):
                    return e
            elif generic is None:
                generic = e
        return generic

    def _units_right(self, k: int, units: int) -> list[list[str]]:
        """The words from token ``k`` on, up to ``units`` units, a list per unit: a name (one
        mention) or a bracketed gloss ("( Persero )", "( FPI )") is one unit, and a comma counts
        as none (it opens the next unit), so a long object does not push the word a trigger needs
        out of reach ("menetapkan Direktur Utama PT Jasa Marga ( Persero ) Budi Santoso sebagai
        tersangka")."""
        out: list[list[str]] = []
        commas: list[str] = []
        while k < self.n and len(out) < units:
            low = self.low[k]
            if low == ",":
                commas.append(low)
                k += 1
                continue
            if k in self.mention_at:
                end = self.mentions[self.mention_at[k]][1]
            elif low == "(":
                end = next((x + 1 for x in range(k + 1, min(self.n, k + 6)) if self.low[x] == ")"), k + 1)
            else:
                end = k + 1
            out.append(commas + self.low[k:end])
            commas = []
            k = end
        if commas:  # the text ended after them
            out.append(commas)
        return out

    def _skip_adverbs_right(self, k: int) -> int:
        while k < self.n and k not in self.mention_at and self.low[k] in self.adv:
            k += 1
        return k

    def _active_verb_at(self, k: int) -> bool:
        """An active verb (meN-/ber-) at token ``k``: the content of an urging, as opposed to
        "didorong oleh ..." or "didorong faktor ..." (driven by)."""
        return self._is_verb(k) and self.low[k].startswith(("me", "ber", "be"))

    # ------------------------------------------------------------ clauses
    def _is_bound(self, k: int) -> bool:
        low = self.low[k]
        return low in _BOUND_PUNCT or low in self.bound

    def _clause_left(self, i: int) -> int:
        a, _ = self.sent_bounds[self.sent_of_tok[i]]
        k = i - 1
        while k >= a:
            if self._is_bound(k) and k not in self.mention_at:
                return k + 1
            if self.para_break[k + 1]:
                return k + 1
            k -= 1
        return a

    def _clause_right(self, j: int, stop_at_comp: bool = True) -> int:
        _, b = self.sent_bounds[self.sent_of_tok[min(j, self.n - 1)]] if j < self.n else (0, j)
        k = j
        while k < b:
            low = self.low[k]
            if k not in self.mention_at and (self._is_bound(k) or low == "yang" or (
                    stop_at_comp and (self._is_comp(k) or low in self.future))):
                return k
            if k > j and self.para_break[k]:
                return k
            k += 1
        return b

    def _is_comp(self, k: int) -> bool:
        """A complementiser at token ``k`` ("untuk", English infinitive "to"). English "to"
        is both the infinitive marker ("agreed to meet": the clause ends, what follows is a
        dependent act) and the preposition of the recipient ("sent aid to Sudan", "to the
        refugees"); it is the preposition when a name, a number, a capitalised word or a
        determiner follows."""
        low = self.low[k]
        if low not in self.comp:
            return False
        if self.lang != "en" or low != "to" or k + 1 >= self.n:
            return True
        nxt = k + 1
        if nxt in self.mention_at or self.low[nxt] in self.det or self.low[nxt][:1].isdigit():
            return False
        return not self._titlecase(nxt)

    def _group_ending_at(self, k: int, lo: int) -> _Group | None:
        """The compound participant whose last mention covers token ``k``."""
        if k not in self.mention_at:
            return None
        idx = self.mention_at[k]
        a, b, m, e = self.mentions[idx]
        g = _Group(a, b - 1, [(m, e)])
        text = self.doc.text
        while idx > 0:
            pa, pb, pm, pe = self.mentions[idx - 1]
            if pa >= lo and _holds_affiliation((pm, pe), g.items[0], text):
                g.first = pa  # "Direktur PT X Andi Wijaya mengatakan": Andi speaks, not PT X
                idx -= 1
                continue
            if pa < lo or not _conj_gap(text[pm.end:g.items[0][0].start]):
                break
            g.items.insert(0, (pm, pe))
            g.first = pa
            idx -= 1
        return g

    def _group_starting_at(self, k: int, hi: int) -> _Group | None:
        if k not in self.mention_at:
            return None
        idx = self.mention_at[k]
        a, b, m, e = self.mentions[idx]
        g = _Group(a, b - 1, [(m, e)])
        text = self.doc.text
        while idx + 1 < len(self.mentions):
            na, nb, nm, ne = self.mentions[idx + 1]
            if nb <= hi and _holds_affiliation(g.items[-1], (nm, ne), text):
                # "Direktur Utama PT Jasa Marga (Persero) Budi Santoso": the company names the
                # person's office; the person is the participant
                g.items[-1] = (nm, ne)
                g.last = nb - 1
                idx += 1
                continue
            if nb > hi or not _conj_gap(text[g.items[-1][0].end:nm.start]):
                break
            g.items.append((nm, ne))
            g.last = nb - 1
            idx += 1
        return g

    def _skip_adverbs_left(self, k: int, lo: int) -> int:
        while k >= lo and k not in self.mention_at and (
                self.low[k] in self.adv or self.low[k] in self.neg or self.low[k] in self.future
                or self.low[k] in self.modal or self.low[k] == ","):
            k -= 1
        return k

    def _subject(self, i: int, lo: int) -> tuple[_Group | None, str]:
        """The subject left of token ``i`` within ``[lo, i)``: nearest mention group not governed
        by a preposition and not the object of an earlier verb."""
        k = self._skip_adverbs_left(i - 1, lo)
        if k >= lo and self.low[k] == "yang" and k not in self.mention_at:
            h = self._skip_adverbs_left(k - 1, lo)
            g = self._group_ending_at(h, lo) if h >= lo else None
            return (g, "head of relative clause (X yang ...)") if g else (None, "relative clause without a coded head")
        if k - 1 >= lo and self.low[k] in self.demo and k not in self.mention_at \
                and (k - 1) not in self.mention_at and self.low[k - 1].isalpha():
            # "kekeringan ini telah mengancam": the subject is an uncoded noun phrase
            return None, f"uncoded subject '{self.low[k - 1]} {self.low[k]}' before the verb"
        words = 0
        next_to_verb = k
        while k >= lo:
            if k in self.mention_at:
                g = self._group_ending_at(k, lo)
                assert g is not None
                aside = self._attribution_aside(g)
                if aside is not None:
                    # "Tersangka, kata Kapolres X, ditangkap": X only tells it; the subject is before
                    return self._subject(aside, self._clause_left(aside)) if aside > 0 else (None, "")
                before = self.low[g.first - 1] if g.first - 1 >= lo else ""
                q = g.first - 1
                while q > lo and (self.low[q] in _QUANTIFIERS or _numeral(self.low[q])):
                    q -= 1  # "dari empat perusahaan": the number stands between the preposition and its noun
                if q < g.first - 1 and self.low[q] in self.prep:
                    before = self.low[q]
                if before == "dengan" and g.last == next_to_verb and (
                        g.first - 2 < lo or self.low[g.first - 2] == ","):
                    # ", dengan Bank Dunia menyetujui pinjaman": a clause opened by 'dengan' has
                    # its own subject right before its verb
                    return g, "subject of a clause opened by 'dengan'"
                if g.last == next_to_verb:
                    tail = self._after_fronted_phrase(g)
                    if tail is not None:
                        # "Bersama Kejaksaan Agung, KPK menangkap ...", "Dalam rapat dengan Komisi II,
                        # Basuki meminta ...": the comma closes a fronted phrase, its subject follows
                        return tail, "subject after a fronted prepositional phrase"
                if before in self.prep or self._governed_coordination(g, lo):
                    k = g.first - 2
                    continue
                if before and self._is_verb(g.first - 1) and before not in self.speech:
                    if before in self.causative or before in self.urge:
                        return g, f"the one made to act ('{before}' X ...)"
                    k = g.first - 2  # object of an earlier verb: keep looking for the shared subject
                    continue
                apposed, owner = self._apposed_relation(g, lo)
                if apposed:
                    # "Sandra Dewi, istri Harvey Moeis, meminta ...": Harvey only says whose wife
                    return owner, ("subject before an apposition naming a relation ('X, istri Y,')" if owner
                                   else "uncoded subject before an apposition naming a relation")
                return g, "subject left of the trigger"
            low = self.low[k]
            if low in self.selfp:
                return None, "self:" + low
            if low == "yang":
                h = self._skip_adverbs_left(k - 1, lo)
                if words and h >= lo and h in self.mention_at:
                    g = self._group_ending_at(h, lo)
                    if g is not None and (g.first == lo or self.low[g.first - 1] not in self.prep):
                        # "Seorang demonstran yang ikut unjuk rasa di Arab Saudi dieksekusi mati":
                        # the relative clause describes the subject, which comes before it
                        return g, "head of the relative clause before the verb"
                return None, "no subject before the relative 'yang'"
            if words and ((low in (",", ":", "bahwa") and k - 1 >= lo and (k - 1) not in self.mention_at
                           and self.low[k - 1] in self.speech)
                          or (low in self.speech and self._is_verb(k) and k + 1 < i
                              and self.low[k + 1] not in self.future and self.low[k + 1] not in self.intent)):
                # "Basuki menambahkan, seluruh aktivitas ilegal akan ditindak": the reported clause
                # has its own (uncoded) subject; the speaker is not it ("menyatakan kesiapan
                # negaranya untuk membantu" is no reported clause: the readiness is the speaker's own)
                return None, "uncoded subject of the reported clause"
            if low in self.urge and k < i - 1 and self._is_verb(k) and self._names_an_uncoded_object(k):
                # "mengajak semua umat Muslim untuk berkunjung": the one made or asked to act is
                # the act's subject; when no name was found for it, the act has no coded doer
                return None, f"uncoded: the one '{low}' names"
            if low not in self.adv and low not in self.neg and low not in self.future and low not in _BOUND_PUNCT \
                    and k not in self.in_timex and low.isalpha():
                words += 1
                if words > 8:
                    return None, "no subject near the trigger"
            k -= 1
        return None, "no subject in clause"

    def _after_fronted_phrase(self, g: _Group) -> _Group | None:
        """The part of ``g`` after the comma that closes a sentence-initial prepositional phrase
        ("Bersama Kejaksaan Agung, KPK ...", "Bersama Fiji, Tonga dan Vanuatu, Malaysia ..."), when
        ``g`` joined both across that comma; or None.

        The phrase opens the sentence with a preposition or "dalam"/"bersama", has no comma before
        the group, and ends at the group's last comma."""
        if len(g.items) < 2:
            return None
        s0, _ = self.sent_bounds[self.sent_of_tok[g.first]]
        if self.low[s0] not in self.prep and self.low[s0] not in _FRONTING_WORDS:
            return None
        if any(self.low[x] == "," for x in range(s0, g.first)):
            return None
        text = self.doc.text
        for j in range(len(g.items) - 1, 0, -1):
            if _COMMA_TITLE_GAP.fullmatch(text[g.items[j - 1][0].end:g.items[j][0].start]):
                rest = g.items[j:]
                return _Group(self._tok_at(rest[0][0].start), g.last, list(rest))
        return None

    def _apposed_relation(self, g: _Group, lo: int) -> tuple[bool, _Group | None]:
        """Whether ``g`` follows ", <relation>" ("Sandra Dewi, istri Harvey Moeis, ..."; "Budi,
        kuasa hukum Ani, ..."), where it only names whose relative or client the subject is;
        and the subject before the comma when the actors stage coded it."""
        q = g.first - 1
        steps = 0
        while q > lo and steps < 2 and self.low[q].isalpha() and q not in self.mention_at:
            if self.low[q] in _RELATIONS or " ".join(self.low[q:g.first]) in _RELATIONS:
                if q - 2 >= lo and self.low[q - 1] == "," and self._titlecase(q - 2):
                    owner = self._group_ending_at(q - 2, lo) if (q - 2) in self.mention_at else None
                    return True, owner
                return False, None
            q -= 1
            steps += 1
        return False, None

    def _attribution_aside(self, g: _Group) -> int | None:
        """The opening comma of an attribution set off inside a clause (", kata Kapolres X,",
        ", lanjut Veronica,") when ``g`` is its speaker; None otherwise."""
        if g.last + 1 >= self.n or self.low[g.last + 1] != ",":
            return None
        lo = self.sent_bounds[self.sent_of_tok[g.first]][0]
        k = g.first - 1
        steps = 0
        while k > lo and steps < 6 and self.low[k].isalpha() and self.low[k] not in _ASIDE_CUES:
            k -= 1  # the office or rank before the name ("kata Kapolres Bogor AKBP X", "kata juru bicara X")
            steps += 1
        if k > lo and self.low[k] in _ASIDE_CUES and self.low[k - 1] == ",":
            return k - 1
        return None

    def _names_an_uncoded_object(self, k: int) -> bool:
        """The urging verb at ``k`` is followed by its own object ("mengajak semua umat Muslim"),
        not by a conjunction ("memaksa dan tetap menolak") nor by the parties named around it
        ("menyerukan satu pihak untuk ...": one of those the sentence names)."""
        nxt = self.low[k + 1] if k + 1 < self.n else ""
        if not nxt.isalpha() or nxt in ("dan", "atau", "serta", "agar", "supaya", "untuk") or self._is_verb(k + 1):
            return False
        return not any(" ".join(self.low[k + 1:k + 1 + len(p.split())]) == p for p in self.allparties)

    def _governed_coordination(self, g: _Group, lo: int) -> bool:
        """"antara negara-negara Selatan, Amerika Serikat, dan Jepang": the coded conjuncts
        of a coordination whose first conjunct follows a preposition are not a subject."""
        k = g.first - 1
        if k < lo or self.low[k] not in (",", "dan", "serta"):
            return False
        has_conj = len(g.items) > 1
        steps = 0
        while k >= lo and steps < 6:
            low = self.low[k]
            if low in self.prep:
                return has_conj
            if low in ("dan", "serta"):
                has_conj = True
            elif self._is_verb(k) or low in _BOUND_PUNCT or low in self.bound:
                return False
            k -= 1
            steps += 1
        return False

    def _first_after(self, j: int, hi: int, skip_preps: frozenset[str],
                     group_hi: int | None = None) -> tuple[_Group | None, str]:
        """First mention group starting in ``[j, hi)`` (extending up to ``group_hi``) not
        governed by one of ``skip_preps``."""
        k = j
        while k < hi:
            if k in self.mention_at:
                g = self._group_starting_at(k, group_hi or hi)
                assert g is not None
                before = self.low[k - 1] if k - 1 >= 0 else ""
                if before in skip_preps:
                    k = g.last + 1
                    continue
                return g, ("object after '" + before + "'") if before in self.rprep else "object right of the trigger"
            k += 1
        return None, ""

    def _agent_after(self, j: int, hi: int, group_hi: int | None = None) -> tuple[_Group | None, str]:
        """The passive/nominal agent: "oleh X", or a name directly after the verb ("ditahan KPK")."""
        for k in range(j, hi):
            if self.low[k] in self.agent and k + 1 < hi and (k + 1) in self.mention_at:
                return self._group_starting_at(k + 1, group_hi or hi), "agent after 'oleh'"
            if self.low[k] in self.agent and k + 1 < hi:
                n = self._owner_mention(k + 1, hi)
                if n is not None:  # "diserang oleh kapal perang Fiji"
                    return self._group_starting_at(n, group_hi or hi), "agent after 'oleh' (whose people did it)"
                t = k + 1
                while t < min(hi, k + 9) and t not in self.mention_at and self._titlecase(t) and self.low[t].isalpha():
                    t += 1  # "ditolak oleh Presiden Prabowo Subianto": the office before the name
                if t > k + 1 and t < hi and t in self.mention_at:
                    return self._group_starting_at(t, group_hi or hi), "agent after 'oleh' and an office"
        k = j
        while k < hi and (self.low[k] in self.quant or self.low[k] in ("tim", "petugas")) and k not in self.mention_at:
            k += 1
        if k < hi and j > 0 and self.low[j - 1] in _PREDICATIVE_PASSIVES and self.low[k] in _STATUS_WORDS:
            return None, ""  # "Sopir itu ditetapkan tersangka": the status given, not who gave it
        titled = k
        while titled < min(hi, k + 8) and titled not in self.mention_at and (
                self._titlecase(titled) or (self.low[titled] in ("dan", "&") and titled > k)):
            titled += 1  # "dihadiri Wakil Menteri Desa ... Ahmad Riza Patria"
        for start in (k, titled):
            if start < hi and start in self.mention_at:
                return self._group_starting_at(start, group_hi or hi), "name directly after the verb"
        return None, ""

    def _owner_mention(self, k: int, hi: int) -> int | None:
        """"oleh kapal perang Fiji", "terhadap warga sipil Tonga": the token index of the name
        that ends a short noun phrase starting at ``k`` (up to three plain lower-case nouns or
        quantifiers before it, no preposition, verb, clause word, name or punctuation), or None."""
        n = k
        while n < min(hi, k + 4):
            if n in self.mention_at:
                return n
            low = self.low[n]
            if self._titlecase(n):
                return None  # an uncoded name ("Konsulat Jenderal RI") is the actors stage's to code
            if not low.isalpha() or low in self.prep or low in self.bound or low in self.comp or low in self.demo \
                    or low in ("yang", "dan", "atau", "serta", "and", "or", "which", "who") or self._is_verb(n) \
                    or low in self.speech or low in self.selfp or low in self.anaphor:
                return None
            n += 1
        return None

    def _titlecase(self, k: int) -> bool:
        return self.doc.text[self.tstart[k]:self.tstart[k] + 1].isupper()

    # ------------------------------------------------------------ extraction
    def extract(self) -> list[Event]:
        trigs = self._find_triggers()
        events: list[Event] = []
        prev: _Trig | None = None
        prev_ev: Event | None = None
        prev_kept_type: str | None = None
        bare_orders: list[Event] = []
        for t in trigs:
            if prev is not None and prev_ev is not None and self._object_of(prev, t):
                continue  # "mencabut larangan", "menerapkan sanksi": the noun is the verb's object
            embedded = None
            if prev is not None and prev.sent == t.sent and prev_kept_type in _EMBEDDING_PARENTS:
                embedded = self._embedding(prev, t, prev_kept_type)
            order = embedded == "hyp" and prev is not None and "order" in prev.entry.flags \
                and t.entry.type in _ORDER_CONTENT
            ev = self._event(t, None if order else embedded)
            if order and ev is not None:
                # "Kuwait memerintahkan pengusiran diplomat Iran": the order is the act itself,
                # done by the one who orders it
                if prev_ev is not None and prev_ev in events:
                    events.remove(prev_ev)
                    if prev_ev.actor:
                        ev.actor = prev_ev.actor
                        ev.recipient = [r for r in ev.recipient
                                        if not any(r.entity and r.entity == a.entity for a in ev.actor)]
                    # "masih dapat memerintahkan ... melakukan serangan": a possible order is a possible act
                    ev.hypothetical = ev.hypothetical or prev_ev.hypothetical
                    ev.negated = ev.negated or prev_ev.negated
                ev.explain["order"] = f"ordered by the subject of '{prev.entry.root}': the order is the act"
            prev = t
            prev_kept_type = t.entry.type if ev is not None or embedded != "drop" else prev_kept_type
            prev_ev = ev
            if ev is not None:
                if ev.type == "REJECT" and not ev.recipient:
                    self._answered(t, ev, events)
                events.append(ev)
                if "order" in t.entry.flags and ev.type == "REQUEST" and not ev.recipient:
                    bare_orders.append(ev)
        # an order that names no one ordered ("Kuwait memerintahkan ...") is only the frame of the
        # act ordered; kept this long so that act could take the orderer as its doer
        events = [ev for ev in events if not any(ev is b for b in bare_orders)]
        return _dedupe(events)

    def _answered(self, t: _Trig, ev: Event, earlier: list[Event]) -> None:
        """A denial or refusal of "the accusation" or "that demand" ("menampik tudingan
        tersebut") answers whoever made it: the doers of the latest earlier accusation (or
        request) by someone else become its recipients (PLOVER: the one rejected)."""
        k = self._skip_adverbs_right(t.j)
        if k >= self.n or self.low[k] not in _ANSWERED:
            return
        if not any(self.low[n] in ("itu", "tersebut", "ini") for n in range(k + 1, min(self.n, k + 4))):
            return
        want = _ANSWERED[self.low[k]]
        mine = {a.entity or a.code for a in ev.actor}
        for prior in reversed(earlier):
            if prior.type != want or prior.negated or prior.hypothetical:
                continue
            # a named accuser only: an implicit state agent is no one the text names
            doers = [a for a in prior.actor if a.entity and a.entity not in mine]
            if not doers:
                continue
            ev.recipient = [ActorRef(code=a.code, sector=a.sector, name=a.name, entity=a.entity) for a in doers]
            ev.explain["recipient"] = f"the one who made the {self.low[k]} answered (an earlier {want})"
            return
        if want == "ACCUSE" and t.sent > 0 and not ev.recipient:
            # "OPCW mengatakan sarin digunakan. Suriah menampik tudingan tersebut.": the claim
            # denied is what the one speaking in the sentence before said
            a, b = self.sent_bounds[t.sent - 1]
            g = self._sentence_subject(t.sent - 1, b)
            if g is None or not any(self.low[n] in self.speech or self.low[n] in _TELL_VERBS
                                    for n in range(g.last + 1, min(b, g.last + 4))):
                return
            said = [(m, en) for m, en in g.items if en.id not in mine and en.code not in {x.code for x in ev.actor}]
            if said:
                ev.recipient = _refs(said, as_actor=False, etype="REJECT", text=self.doc.text)
                ev.explain["recipient"] = f"the one whose claim the {self.low[k]} answered (speaker of the sentence before)"

    def _object_of(self, p: _Trig, t: _Trig) -> bool:
        """A nominal trigger that is the very word a verb trigger's ``after`` constraint asked
        for, close behind it in its clause ("mengimplementasikan secara penuh sanksi PBB",
        "mencabut larangan"): it names the thing the verb acts on, so the verb's event is the
        only one (the noun would otherwise give the sanction a second, wrong doer)."""
        if p.sent != t.sent or t.entry.voice != "nominal" or not p.entry.after:
            return False
        if p.entry.voice == "nominal" and t.i - p.j > 0:
            return False  # "penghentian kerja sama": a noun's object only right after it
        if t.i - p.j > _CLAIM_WINDOW or any(self._is_bound(k) for k in range(p.j, t.i)):
            return False
        return " ".join(self.low[t.i:t.j]) in p.entry.after or self.low[t.i] in p.entry.after

    def _embedding(self, p: _Trig, t: _Trig, ptype: str) -> str | None:
        """How a trigger depends on the act just before it: "sepakat untuk memperkuat kerja
        sama" (content of the agreement: dropped), "menyerukan ... untuk memberikan bantuan"
        (demanded, not done: hypothetical)."""
        if t.i - p.j > 8:
            return None
        lows = self.low[p.j:t.i]
        if any((x in _BOUND_PUNCT or x in self.bound) for x in lows):
            return None
        if ptype == "PROTEST" and t.entry.type in ("REQUEST", "REJECT", "ACCUSE"):
            # "mendatangi kantor bupati menuntut ...": what the crowd demands is the protest's
            # topic, not a second (verbal) event
            return "drop"
        if ptype == "SUPPORT" and any((p.j + n) in self.mention_at for n in range(len(lows))) and \
                not all((p.j + n) in self.mention_at or x in self.adv for n, x in enumerate(lows)):
            # "China mendukung upaya Korsel untuk memulai dialog dengan Korut": the effort backed is
            # someone else's act, reported in its own right
            return None
        linked = any(self._is_comp(p.j + n) or x in self.future for n, x in enumerate(lows))
        bare = all((p.j + n) in self.mention_at or x in self.adv or x in ("para", "pihak", "satu")
                   or self._title_before_mention(p.j + n, t.i) for n, x in enumerate(lows))
        if not (linked or bare):
            return None
        return "hyp" if ptype == "REQUEST" else "drop"

    def _title_before_mention(self, k: int, hi: int) -> bool:
        """Token ``k`` opens or continues a run of capitalised words that ends in a coded
        mention before ``hi``: a title the actors stage left outside the name ("mendesak
        *Presiden* Prabowo Subianto mencopot ...")."""
        while k < hi and k not in self.mention_at:
            if not (self._titlecase(k) and self.low[k].isalpha()):
                return False
            k += 1
        return k < hi and k in self.mention_at

    def _english_passive(self, t: _Trig) -> bool:
        """"was arrested by", "were reportedly shot", "has been withdrawn": a form of "be"
        (adverbs may stand between) before a past participle, regular ("-ed") or irregular
        (``verbs_en.tsv``); the subject is then the one acted upon."""
        k = t.i - 1
        while k >= 0 and k not in self.mention_at and self.low[k] in self.adv | _EN_ADVERBS:
            k -= 1
        if k < 0 or self.low[k] not in _EN_BE or k in self.mention_at:
            return False
        word = self.low[t.i]
        return word.endswith("ed") or word in self.participles

    def _not_an_actors_act(self, t: _Trig, lo: int, hi_sent: int) -> bool:
        """A force of nature as the subject ("badai itu mengancam Jepang") or a match report
        ("striker Korea menyerang pertahanan Jepang", "bola ... ditepis kiper"): attack, threat
        and rejection words that are not acts of actors."""
        saved = t.entry.type == "AID" and t.entry.root == "selamat"
        if t.entry.type not in ("ASSAULT", "THREATEN", "COERCE") and not saved and not (
                t.entry.type == "REJECT" and t.entry.root in ("tepis", "tangkis")):
            return False  # (a ban on a team is a state's act: "melarang keikutsertaan kesebelasan Israel")
        if t.entry.type not in ("REJECT", "AID") and any(self.low[k] in self.nature for k in range(max(lo, t.i - 4), t.i)):
            return True
        a, _ = self.sent_bounds[t.sent]
        if not saved and any(self.low[k] in self.sport for k in range(a, hi_sent)):
            return True
        if self._match_report():
            # a match report: "sepakan Sterling diselamatkan Nick Pope", "serangan balik" are play,
            # unless the sentence names a state, police, army or international body (a riot)
            named = (self.mentions[self.mention_at[k]][3] for k in range(a, hi_sent) if k in self.mention_at)
            return not any(en.sector in ("GOV", "COP", "MIL", "JUD") or (en.code or "").startswith("IGO")
                           for en in named)
        return False

    def _match_report(self) -> bool:
        """The document reports a match: at least four uses of at least three words of play (not
        "laga" or "pertandingan", which stories about sport politics use as much)."""
        if self._is_match_report is None:
            hits = [w for w in self.low if w in _MATCH_WORDS]
            self._is_match_report = len(hits) >= 4 and len(set(hits)) >= 3
        return self._is_match_report

    def _event(self, t: _Trig, embedded: str | None) -> Event | None:
        if embedded == "drop":
            return None
        e = t.entry
        if self._not_an_actors_act(t, self._clause_left(t.i), self.sent_bounds[t.sent][1]):
            return None
        etype, mode = e.type, [e.mode] if e.mode else []
        lo = self._clause_left(t.i)
        hi = self._clause_right(t.j)
        hi_sent = self.sent_bounds[t.sent][1]
        how: dict[str, Any] = {}
        voice = e.voice
        if self.lang == "en" and voice == "active" and self._english_passive(t):
            voice = "passive"
        elif self.lang == "en" and voice == "active" and t.i > 0 and t.i - 1 not in self.mention_at \
                and self.low[t.i - 1] in self.det and not self.low[t.i].endswith("ed"):
            # "condemned the attack on X": after a determiner the word is a noun, whose doer is
            # not the subject of the verb that talks about it
            voice = "nominal"
        elif voice == "active" and e.template == "0" and t.i > 0 and (
                self.low[t.i - 1] in self.undergo or self.low[t.i - 1] in _NOUN_TAKERS):
            # "menghadapi kritik keras dari Israel", "menuai protes": after a verb that takes a
            # noun, the bare form is the noun, whose doer follows 'dari'
            voice = "nominal"
        actor_g = rec_g = None
        light = None
        if "evaluative" in e.flags:
            # "Presiden Perancis menyebut krisis ini sebagai 'genosida'": the judgement is an
            # accusation by whoever voices it, against the one it names
            a_s = self.sent_bounds[t.sent][0]
            ev_k = next((k for k in range(t.i - 1, max(a_s, t.i - 12) - 1, -1)
                         if self.low[k] in self.evaluate and k not in self.mention_at), None)
            if ev_k is None:
                return None
            actor_g, how["actor"] = self._subject(ev_k, self._clause_left(ev_k))
            how["actor"] += f" (of '{self.low[ev_k]}')"
            rec_g, how["recipient"] = self._first_after(ev_k + 1, t.i, self.loc | self.agent)
            if rec_g is None:
                rec_g, how["recipient"] = self._first_after(t.j, min(hi, t.j + 6), self.loc | self.agent, hi)
            if actor_g is None and rec_g is None:
                return None
        elif voice == "active":
            actor_g, how["actor"] = self._subject(t.i, lo)
            if actor_g is None:
                actor_g, how["actor"] = self._anaphor_subject(t.i, lo, how["actor"])
            # "fired rockets at Israel": for attacks and threats "at" names the target, not a place
            skip = (self.loc - self.aimprep) if etype in _AIM_TYPES else self.loc
            rec_g, how["recipient"] = self._first_after(t.j, min(hi, t.j + _WINDOW), skip | self.agent
                                                         | frozenset({"sebagai", "oleh"}), hi)
            if rec_g is not None and rec_g.first > 0 and self.low[rec_g.first - 1] in self.aimprep:
                how["recipient"] = f"target after '{self.low[rec_g.first - 1]}'"
            if (etype == "THREATEN" or (etype == "AGREE" and "recip" not in e.flags)) and rec_g is None \
                    and hi + 1 < hi_sent and (
                    ((self.low[hi] in self.future or (etype == "AGREE" and self.low[hi] == "untuk"))
                     and self._is_verb(hi + 1))
                    or (self.lang == "en" and self._is_comp(hi))):
                # "mengancam akan menyerang Jepang", "threatened to strike at Israel": the
                # threatened is the object (or the target) of the act threatened
                v_hi = self._clause_right(hi + 2)
                rec_g, how["recipient"] = self._first_after(hi + 2, min(v_hi, hi + 2 + _WINDOW),
                                                             skip | self.agent | frozenset({"sebagai", "oleh"}),
                                                             v_hi)
                if rec_g is not None and etype == "AGREE" and rec_g.first > hi + 4:
                    rec_g = None  # a promise is made to the promised act's direct object only
                if rec_g is not None:
                    # "berjanji akan membantu Vanuatu": a promise is made to the one it is about
                    how["recipient"] = f"object of the {'threatened' if etype == 'THREATEN' else 'promised'} act " \
                                       f"'{self.low[hi + 1]}'"
            if etype == "CONSULT" and rec_g is None and t.i > lo:
                # "kata Kim kepada Guterres melalui telepon": the one spoken to just before the
                # means of the talk is its other party
                kk = self._skip_adverbs_left(t.i - 1, lo)
                pg = self._group_ending_at(kk, lo) if kk >= lo else None
                if pg is not None and pg.first > lo and self.low[pg.first - 1] in ("kepada", "dengan", "to", "with") \
                        and (actor_g is None or actor_g.last < pg.first):
                    rec_g, how["recipient"] = pg, f"the one spoken to ('{self.low[pg.first - 1]}') before the means of the talk"
            if etype == "REQUEST" and rec_g is None:
                # "meminta agar Polri dan KPK terus bersinergi": the ones asked are the subject
                # of the clause the request opens
                k = self._skip_adverbs_right(t.j)
                if k < hi_sent and self.low[k] in ("agar", "supaya"):
                    c_hi = self._clause_right(k + 1)
                    g, _ = self._first_after(k + 1, min(c_hi, k + 4), self.loc | self.agent, c_hi)
                    if g is not None:
                        rec_g, how["recipient"] = g, f"the one asked: subject of the '{self.low[k]}' clause"
            if etype in _AGAINST_TYPES and rec_g is not None and "terhadap" not in how["recipient"]:
                # "menerapkan sanksi PBB terhadap Korea Utara": the target follows 'terhadap'
                tg, _ = self._after_prep(rec_g.last + 1, min(hi, t.j + _WINDOW), ("terhadap", "against"))
                if tg is not None:
                    rec_g, how["recipient"] = tg, "target after 'terhadap'"
        elif voice == "passive" and "objfocus" in e.flags:
            # "tersangka sudah kami amankan": the pronoun before the verb is the doer (the speaker,
            # resolved below), the one named before the pronoun undergoes the act
            how["actor"] = "self:" + self.low[t.i - 1]
            rec_g, how["recipient"] = self._subject(t.i - 1, lo)
            if rec_g is None:
                rec_g, how["recipient"] = self._first_after(t.j, min(hi, t.j + 4), self.loc | self.agent, hi)
        elif voice == "passive":
            rec_g = None
            if embedded == "hyp":
                # "meminta Kapolri dicopot": the one asked for is the one the demanded act is done to
                k = self._skip_adverbs_left(t.i - 1, lo)
                rec_g = self._group_ending_at(k, lo) if k >= lo and k in self.mention_at else None
                how["recipient"] = "the one the request names, right before the demanded passive"
            if rec_g is None:
                rec_g, how["recipient"] = self._subject(t.i, lo)
            if rec_g is None:
                rec_g, how["recipient"] = self._anaphor_subject(t.i, lo, how["recipient"])
            actor_g, how["actor"] = self._agent_after(t.j, min(hi, t.j + _WINDOW), hi)
            if actor_g is None and etype == "REQUEST":
                # "diminta hadir ke Kejaksaan", "dipanggil ke Mabes Polri": the law body one is
                # summoned to is the one summoning
                c_hi = self._clause_right(t.j, stop_at_comp=False)
                body, _ = self._after_prep(t.j, min(c_hi, t.j + 5), ("ke", "to"))
                if body is not None and all(en.sector in ("JUD", "COP") for _, en in body.items):
                    actor_g, how["actor"] = body, "the law body one is summoned to"
            if rec_g is None:  # "akan diberikan kepada mitra ojol": the beneficiary
                rec_g, r_how = self._after_prep(t.j, min(hi, t.j + 5), ("kepada", "terhadap", "bagi", "to"))
                if rec_g is not None:
                    how["recipient"] = r_how.replace("doer", "target")
        else:  # nominal
            if self._nominal_reference(t):
                return None
            light = self._light_verb_before(t.i, lo, etype)
            gen = self._genitive(t.j, hi)
            actor_g, how["actor"] = self._agent_after_oleh(t.j, min(hi, t.j + _WINDOW))
            pl = t.j + 1 if t.j < self.n and self.low[t.j] in self.demo else t.j
            if actor_g is None and pl < hi and self.low[pl] in ("terhadap", "kepada", "atas", "untuk", "bagi"):
                # "Kecaman terhadap Israel dilontarkan oleh Menlu": past the target to the verb
                q = pl + 1
                while q < min(hi, pl + 7) and self.low[q] not in _PASSIVE_LIGHT and not self._is_bound(q) \
                        and self.low[q] != "yang" and not (self._is_verb(q) and q not in self.mention_at):
                    q += 1
                if q < hi and self.low[q] in _PASSIVE_LIGHT:
                    pl = q
            if actor_g is None and pl + 1 < hi and self.low[pl] in _PASSIVE_LIGHT:
                # "serangan dilancarkan militer Filipina", "penangkapan itu dilakukan Polres Bogor":
                # the noun is the subject of a passive light verb whose agent is the noun's doer
                actor_g, how["actor"] = self._agent_after(pl + 1, min(hi, pl + 1 + _WINDOW), hi)
                how["actor"] = (how["actor"] + f" (of '{self.low[pl]}')") if actor_g is not None else ""
            elif actor_g is None and pl + 2 < hi_sent and self.low[pl] == "yang" and self.low[pl + 1] in _PASSIVE_LIGHT:
                # "penembakan yang dilakukan oleh polisi terhadap warga": the relative clause names
                # the doer, and the noun phrase goes on past it
                ext = self._clause_right(pl + 2)
                actor_g, how["actor"] = self._agent_after(pl + 2, min(ext, pl + 2 + _WINDOW), ext)
                if actor_g is not None:
                    how["actor"] += f" (of 'yang {self.low[pl + 1]}')"
                    hi = max(hi, ext)
            undergo_g = None
            undergoing = False
            by_oleh = actor_g is not None and how.get("actor", "").startswith("agent after 'oleh'")
            if (actor_g is None or by_oleh) and light is not None and (self.low[light] in self.undergo or (
                    self.low[light] == "menjadi" and light + 1 < self.n and self.low[light + 1] in _VICTIM_NOUNS)):
                undergo_g, how["recipient"] = self._subject(light, lo)
                how["recipient"] += f" (who underwent it: '{self.low[light]}')"
                undergoing = True
                if not by_oleh:  # "menerima tudingan ... oleh jaksa": the agent is named already
                    actor_g, how["actor"] = self._after_prep(t.j, min(hi, t.j + _WINDOW), ("dari", "from"))
                if actor_g is None and gen is not None and undergo_g is not None and gen.first > undergo_g.last \
                        and {en.code for _, en in gen.items}.isdisjoint({en.code for _, en in undergo_g.items}):
                    # "Tonga menjadi korban serangan siber Fiji": the subject underwent the act, so
                    # the name after the noun is the one who did it
                    actor_g, how["actor"], gen = gen, "doer named after the noun", None
                inst = self._institution_after(t.j, hi) if actor_g is None else None
                if inst is not None:
                    # "menjadi korban pelecehan di gereja Katolik Australia": the institution
                    actor_g, how["actor"] = inst, "the institution where it happened"
            elif actor_g is None and light is not None and (self.low[light] in self.light or "recip" in e.flags
                                                             or (self.low[light] in _STANCE_SPEECH
                                                                 and etype in _VOICED_TYPES)):
                # "melakukan penangkapan": the doer of the light verb does the act; another verb
                # ("mengabulkan permohonan") is done to the act, except for joint acts
                actor_g, how["actor"] = self._subject(light, lo)
                how["actor"] += f" (of the verb '{self.low[light]}')"
            if actor_g is None and gen is not None and self._genitive_is_doer(e):
                actor_g, how["actor"], gen = gen, "doer named after the noun", None
            if actor_g is None and undergo_g is None and gen is None \
                    and (self._genitive_is_doer(e) or e.template == "peN-an") \
                    and etype not in ("RETREAT", "MOBILIZE") and "agentdari" not in e.flags:
                # "bantuan dari Fiji untuk Tonga", "kecaman dari Fiji": the result noun's doer
                # follows 'dari' (not a place left from: no retreat or deployment)
                k = t.j
                while k < min(hi, t.j + 3) and k not in self.mention_at and self.low[k].isalpha() \
                        and self.low[k] not in self.prep and not self._is_verb(k):
                    k += 1
                if k < hi and self.low[k] in ("dari", "from") and k + 1 < hi:
                    n = (k + 1) if (k + 1) in self.mention_at else self._owner_mention(k + 1, hi)
                    if n is not None:
                        actor_g, how["actor"] = self._group_starting_at(n, hi), "doer after 'dari'"
            if actor_g is None and t.j < self.n and self.low[t.j] in self.selfp:
                how["actor"] = "self:" + self.low[t.j]
            elif actor_g is None and t.i == lo:
                actor_g, how["actor"] = self._subject(t.i, lo)
            if undergo_g is not None:
                rec_g = undergo_g
            elif undergoing:
                rec_g, how["recipient"] = None, f"the one who underwent it ('{self.low[light]}') is not named"
            elif gen is not None:
                rec_g, how["recipient"] = gen, "named after the noun"
                if actor_g is not None and {en.code for _, en in gen.items} <= {en.code for _, en in actor_g.items}:
                    # "Menlu Retno menegaskan penolakan Indonesia terhadap klaim China": the name after
                    # the noun is the doer's own side, the target follows 'terhadap'
                    tg, _ = self._after_prep(gen.last + 1, min(hi, t.j + _WINDOW), ("terhadap", "atas", "against"))
                    if tg is not None:
                        rec_g, how["recipient"] = tg, "target after 'terhadap' (the name after the noun is the doer's side)"
            else:
                after_doer = actor_g.last + 1 if actor_g is not None and how["actor"] == "doer after 'dari'" else None
                rec_g, how["recipient"] = self._nominal_recipient(t, min(hi, t.j + _WINDOW), e.type, hi, after_doer)
            if actor_g is not None and rec_g is not None and rec_g.first <= actor_g.last and rec_g.last >= actor_g.first:
                rec_g, how["recipient"] = None, "none"
            if etype == "CONSULT" and actor_g is None and t.i > lo and self.low[t.i - 1] in _CIRCUMSTANCE:
                body = self._body_at(t.j, hi)
                subj = None
                if body is not None and t.i - 2 >= lo and self.low[t.i - 2] == "," and (t.i - 3) in self.mention_at:
                    # the one named just before the parenthesis (the nearest name of "Duta Besar AS
                    # untuk PBB Nikki Haley": the person, not the body in the title)
                    near_g = self._group_ending_at(t.i - 3, lo)
                    if near_g is not None:
                        m_last, en_last = near_g.items[-1]
                        subj = _Group(self._tok_at(m_last.start), near_g.last, [(m_last, en_last)])
                if subj is not None and body is not None:
                    # "Duta Besar AS untuk PBB Nikki Haley, dalam pertemuan di Dewan Keamanan, ...":
                    # the speaker takes part in a meeting held at a multilateral body
                    actor_g, how["actor"] = subj, "subject of the sentence, present at the meeting"
                    rec_g, how["recipient"] = body, "the multilateral body where the meeting was held"
        speaker = self._speaker(t.i)
        # first-person subjects inside a quote are the speaker
        actor_ent: list[tuple[Mention | None, Entity]] = [(m, en) for m, en in (actor_g.items if actor_g else [])]
        if not actor_ent and str(how.get("actor", "")).startswith("self:") and speaker is not None:
            actor_ent = [(None, speaker)]
            how["actor"] = f"first-person subject '{how['actor'][5:]}' = speaker {speaker.name}"
        elif not actor_ent and how.get("actor") == "self:pihaknya":
            # "Rachmat mengatakan, ... Pihaknya juga telah melakukan diskusi ...": "his side" is the
            # one who speaks, named as the subject earlier in the sentence or in the sentence before
            for s_idx, before in ((t.sent, t.i), (t.sent - 1, self.sent_bounds[t.sent - 1][1] if t.sent else 0)):
                g = self._sentence_subject(s_idx, before) if s_idx >= 0 else None
                if g is not None and g.last < t.i:
                    actor_ent = [(m, en) for m, en in g.items]
                    how["actor"] = "'pihaknya' = the one speaking, subject of " + (
                        "the sentence" if s_idx == t.sent else "the previous sentence")
                    break
        if not actor_ent and (voice == "active" or (voice == "nominal" and light is not None
                                                    and (self.low[light] in self.light or "recip" in e.flags))) \
                and "relative clause" not in str(how.get("actor", "")) and "uncoded" not in str(how.get("actor", "")):
            g = self._sentence_subject(t.sent, t.i)
            if g is not None:
                actor_ent = [(m, en) for m, en in g.items]
                how["actor"] = "subject of the sentence (fallback)"
        if rec_g is not None:
            spec = self._specified_generic(rec_g, hi)
            if spec is not None:
                rec_g, how["recipient"] = spec, str(how.get("recipient", "")) + " (its nationality named after it)"
        if "toauth" in e.flags and rec_g is not None and rec_g.first > 0 \
                and self.low[rec_g.first - 1] in ("ke", "kepada", "to") \
                and all(en.sector in ("COP", "JUD") for _, en in rec_g.items):
            # "korban melapor ke Polresta Mataram": the authority told is no one accused
            rec_g, how["recipient"] = None, "the authority reported to is not the one accused"
        rec_ent = [(m, en) for m, en in (rec_g.items if rec_g else [])]
        if not rec_ent and voice != "passive":
            parties = self._all_parties(t, actor_ent)
            if parties:
                rec_ent = parties
                how["recipient"] = "'semua pihak': the parties named in the sentence"
        if not rec_ent and voice != "passive" and "recip" not in e.flags:
            back = self._object_back_reference(t, hi_sent, etype, {en.code for _, en in actor_ent})
            if back is not None:
                rec_ent, how["recipient"] = [back[0]], back[1]
        if not rec_ent and etype in _TOLD_TYPES and actor_ent and "recip" not in e.flags:
            told = self._addressee(t, {en.code for _, en in actor_ent})
            if told is not None:
                rec_ent = [(m, en) for m, en in told.items]
                how["recipient"] = "the one the promise or warning was told to ('kepada' after the speech verb)"
        if "agentdari" in e.flags and voice == "nominal":
            # "kunjungan itu diiringi gelombang penolakan dari Cina": the one opposing follows
            # 'dari'; the one opposed is the subject of the sentence (the visitor), not a refuser
            dg, _ = self._after_prep(t.j, min(hi_sent, t.j + 4), ("dari", "from"))
            sg = self._sentence_subject(t.sent, t.i)
            actor_ent = [(m, en) for m, en in dg.items] if dg is not None else []
            rec_ent = [(m, en) for m, en in sg.items] if sg is not None else []
            how["actor"], how["recipient"] = "the one named after 'dari'", "subject of the sentence (the one opposed)"
        if etype == "MOBILIZE" and rec_ent and "terhadap" not in str(how.get("recipient", "")):
            rec_ent = []  # "meluncurkan rudal ke Laut Jepang": a place, not a recipient
            how["recipient"] = "a weapons test or deployment has no recipient unless aimed 'terhadap' someone"
        if not rec_ent and voice == "active" and (t.j - 1) in self.suffix_at:
            rec_ent = [(None, self.suffix_at[t.j - 1])]
            how["recipient"] = "object clitic '-nya' on the verb"
        if etype == "REQUEST" and voice == "active" and not actor_ent and (
                "relative clause without" in str(how.get("actor", "")) or "uncoded" in str(how.get("actor", ""))):
            # "kebijakan baru Cina, yang kemudian mendorong Trump untuk ...": a policy or a state
            # of affairs that moves someone to act asks nothing of them
            return None
        implicit: ActorRef | None = None
        state_key = (etype, e.mode) if (etype, e.mode) in _STATE_PASSIVE else (etype, None)
        if not actor_ent and etype == "ACCUSE" and speaker is not None and e.mode == "allege":
            # "Qatar diyakini mendanai teroris, menurut Arab Saudi": the one holding the claim
            actor_ent = [(None, speaker)]
            how["actor"] = f"the allegation is voiced by {speaker.name}"
        elif not actor_ent and voice == "passive" and self.home and "claim" not in e.flags \
                and "toauth" not in e.flags and not any(
                self.low[k] in self.agent for k in range(t.j, min(hi, t.j + _WINDOW))) and (
                (state_key in _STATE_PASSIVE and e.mode != "cyber" and (etype != "REJECT" or "passive" in e.flags)
                 and (etype != "RETREAT" or self._near(t.j, hi_sent, _COURT_WORDS)))
                or (etype == "REQUEST" and e.root == "panggil")
                or (etype == "ASSAULT" and e.root in _EXECUTION_ROOTS)):
            # agentless arrests, charges, questioning, releases, summonses and executions are the
            # acts of the state the story is about (or of the state where they happened)
            sector = "GOV" if etype == "ASSAULT" else _STATE_PASSIVE.get(state_key)
            if state_key in _LAW_PASSIVE or (etype == "REQUEST" and e.root == "panggil"):
                # arrests, questioning and summonses are done by whichever law-enforcement body
                # the story is about: the KPK or prosecutors (JUD), else the police (COP)
                sector = self.law_sector or sector
            if etype == "RETREAT":
                etype, mode, sector = "CONCEDE", [], "JUD"  # freed on appeal: the court's concession
                how["retype"] = "release by a court (appeal): CONCEDE"
            state = self.home
            place = self._location(lo, hi_sent)
            if place and place.get("country") and place["country"] != self.home and (
                    place["country"].isalpha() and len(place["country"]) == 3):
                # "dua WNI ditahan di Arab Saudi": the state where it happened acts, not the home state
                state = place["country"]
                if sector is not None and self.law_sector and sector == self.law_sector and etype != "ASSAULT":
                    sector = _STATE_PASSIVE.get(state_key)  # the home story's law body is not that state's
            elif (not place or not place.get("country")) and self._setting_abroad() and rec_ent and all(
                    en.code == self.home for _, en in rec_ent):
                # "Dua WNI di Arab Saudi terbebas dari hukuman mati. ... Mimin ditahan sejak 2012": the
                # home country's nationals held in the foreign country the story is set in
                state = self._setting_abroad()
                sector = "GOV" if etype == "ASSAULT" else _STATE_PASSIVE.get(state_key)
                how["setting"] = f"the story is set in {state} (its lead sentence)"
            implicit = ActorRef(code=state, sector=sector, name=None, entity=None)
            how["actor"] = f"implicit agent of an agentless '{e.root}': {state}" + (f".{sector}" if sector else "")
        # judicial retyping ("jaksa menuntut" is a charge, a court "membebaskan" is an acquittal)
        jt = e.retype_for_judicial()
        if jt and any(en.sector == "JUD" for _, en in actor_ent):
            etype, mode = jt[0], [jt[1]] if jt[1] else []
            how["retype"] = f"judicial actor: {e.type} -> {etype}"
        # flags
        negated, hypothetical, flag_how = self._flags(t, lo, hi_sent, light)
        if embedded == "hyp":
            hypothetical = True
            flag_how.append("demanded by the preceding request")
        fut_kind = self._future_before(t.i, lo)
        fut, kind = fut_kind if fut_kind else (None, None)
        if kind == "intent" and (etype not in _COOP_FUTURE_TO_AGREE or e.mode == "third-party" or etype == "AID"):
            # trying to arrest is not a promise, nor is an effort to help or bring someone home
            # (the effort still under way is a hypothetical AID); 'berupaya' alone stays a plan (hyp)
            fut = None
        if "futonly" in e.flags and not fut:
            return None
        if "futonly" in e.flags and etype == "AID" and any(w in _HOSTILE_GIVEN for w in self.low[t.j:t.j + 3]):
            return None  # "akan memberikan sanksi tegas kepada anggota": a penalty, coded by its own noun
        if fut and "futonly" in e.flags and etype == "THREATEN":
            flag_how.append(f"'{fut}' + threat: the threat is made")
        elif fut:
            if etype in _COOP_FUTURE_TO_AGREE:
                flag_how.append(f"future '{fut}' + {etype} -> AGREE")
                etype, mode = "AGREE", []
            elif etype == "RETREAT":
                flag_how.append(f"future '{fut}' + RETREAT -> CONCEDE")
                etype = "CONCEDE"
            elif etype not in ("AGREE", "CONCEDE"):
                hypothetical = True
                flag_how.append(f"future '{fut}': not reported as done")
        # participants
        actors = _refs(actor_ent, as_actor=True, etype=etype, text=self.doc.text)
        if etype in ("COERCE", "ASSAULT"):
            for a in actors:
                if a.sector == "GOV" and (a.name or "").lower() in self.officer:
                    # "petugas menangkap ...": unnamed officers who arrest or shoot are security forces
                    a.sector = "COP"
                    how["actor_sector"] = f"'{a.name}' making an arrest or using force: COP"
        actors += [implicit] if implicit else []
        recips = [r for r in _refs(rec_ent, as_actor=False, etype=etype, mode=mode[0] if mode else "",
                                   text=self.doc.text)
                  if not any(r.entity and r.entity == a.entity for a in actors)]
        if "recip" in e.flags and etype != "AGREE" or ("recip" in e.flags and etype == "AGREE" and e.type == "AGREE"):
            # everyone in a joint act is a doer of it (sectors as doers: "perang antara X dan Y")
            actors = _uniq(actors + [r for r in _refs(rec_ent, as_actor=True, etype=etype, text=self.doc.text)
                                     if not any(r.entity and r.entity == a.entity for a in actors)])
            recips = []
            how["reciprocal"] = True
        if etype == "RETREAT" and e.mode == "release" and any(a.sector == "GOV" for a in actors) and recips and \
                {r.code for r in recips} <= {a.code for a in actors}:
            etype, mode = "AID", []
            how["retype"] = "a government freeing its own national: rescue (AID)"
        if "need2" in e.flags and etype == "AGREE" and "recip" in e.flags and len(
                {(r.code, r.entity) for r in actors + recips}) < 2:
            # "Kami sepakat untuk bekerja sama dengan Amerika Serikat": the partner of the act
            # agreed on is a party to the agreement
            c_hi = self._clause_right(t.j, stop_at_comp=False)
            pg, _ = self._after_prep(t.j, min(c_hi, t.j + _WINDOW), ("dengan", "bersama", "with"))
            if pg is not None:
                actors = _uniq(actors + [r for r in _refs(pg.items, as_actor=True, etype=etype, text=self.doc.text)
                                         if not any(r.entity and r.entity == a.entity for a in actors)])
                how["partner"] = "the partner named in the act agreed on"
        if "need2" in e.flags and len({(r.code, r.entity) for r in actors + recips}) < 2:
            return None
        if etype == "CONSULT" and (voice == "passive" and not actor_g or any(
                r.sector == "MED" for r in actors + recips)):
            return None  # "saat ditemui wartawan": a press availability, not a meeting of actors
        named_partner = e.after and "near" in e.flags and light is not None and self.low[light] in self.light
        if etype == "CONSULT" and (not actors or (voice == "nominal" and not named_partner and len(
                {(r.code, r.entity) for r in actors + recips}) < 2)):
            # a visit needs a visitor; a meeting noun needs two named parties, unless a light verb
            # makes it the doer's act with a partner the text names ("melakukan diskusi dengan para petani")
            return None
        if etype == "CONSULT" and voice != "passive" and len({r.entity or r.name for r in actors + recips}) > 1 \
                and len({r.code for r in actors + recips}) == 1 and all(
                (r.sector if r.sector else None) in _STATE_SECTORS for r in actors + recips) and any(
                r.sector in ("GOV", "LEG") for r in actors + recips) and not self._leader_meets_lawmakers(
                actor_ent + rec_ent):
            return None  # ministers meeting the speaker of the house: internal to one government
        if etype == "THREATEN" and e.root == "ingat" and recips and {r.code for r in recips} <= (
                {a.code for a in actors} or {self.home}) and (actors or all(
                r.sector in ("GOV", "COP", "JUD", "MIL", "LEG") for r in recips)):
            etype = "REQUEST"  # a leader warning his own officials: an admonition, not a threat
            how["retype"] = "warning to the actor's own side: REQUEST"
        if "needrec" in e.flags and not recips and etype == e.type:  # a promise to help needs no one named
            return None
        if "objnext" in e.flags and (rec_g is None or rec_g.first > t.j + 2 or not all(
                self._titlecase(k) or self.low[k] in self.quant or self.low[k] in _OBJ_DETERMINERS
                for k in range(t.j, rec_g.first))):
            # "mendorong China untuk ...": the one urged is the verb's object, with at most a
            # determiner or title before it ("mendorong pertumbuhan ekonomi Indonesia" urges no one)
            return None
        if etype == "ASSAULT" and actors and not recips:
            place = self._attacked_country(t, hi_sent, {a.code for a in actors})
            if place is not None:
                # "pria asal Uzbekistan ... melepaskan tembakan di kelab malam di Istanbul": an attack
                # abroad targets the country where it happens
                recips = [ActorRef(code=place[0], sector="CVL", name=place[1], entity=None)]
                how["recipient"] = f"country of the place attacked '{place[1]}'"
        if not actors and not recips:
            return None
        if etype == "CONSULT" and not mode and any(r.code.startswith("IGO:") for r in actors + recips):
            mode = ["multilateral"]
        # date and place
        date, how["date"] = self._date(t, lo, self._clause_right(t.j, stop_at_comp=False))
        how["date_from_text"] = not how["date"].startswith("no date")
        how["date"] = how["date"].replace("no date of its own'", "'")
        if hypothetical and not how["date_from_text"]:
            date, how["date"] = None, "hypothetical act with no date of its own"
        location = self._location(lo, hi)
        ev_start = min([t.i] + ([actor_g.first] if actor_g else []) + ([rec_g.first] if rec_g else []))
        ev_end = max([t.j - 1] + ([actor_g.last] if actor_g else []) + ([rec_g.last] if rec_g else []))
        ev_start = max(ev_start, lo if lo <= t.i else t.i)
        s_char, e_char = self.tstart[ev_start], self.tend[ev_end]
        if e_char - s_char > 300:
            s_char = self.tstart[t.i]
            e_char = min(self.tend[ev_end], s_char + 300)
        text = self.doc.text
        trig_span = Span(self.tstart[t.i], self.tend[t.j - 1], text[self.tstart[t.i]:self.tend[t.j - 1]])
        conf = 0.75 if voice != "nominal" else 0.6
        if "fallback" in str(how.get("actor", "")):
            conf -= 0.15
        if not actors or not recips:
            conf -= 0.05
        how.update({"trigger": trig_span.text, "voice": voice,
                    "rule": {"root": e.root, "affix": e.template, "type": e.type, "mode": e.mode,
                             "lexicon_line": e.row, "lang": e.lang, "after": list(e.after)},
                    "flags": flag_how})
        return Event(id="", type=etype, actor=actors, recipient=recips, mode=mode, date=date,
                     location=location, negated=negated, hypothetical=hypothetical, trigger=trig_span,
                     evidence=Span(s_char, e_char, text[s_char:e_char]),
                     attributed_to=speaker.id if speaker is not None else None,
                     confidence=round(max(0.1, conf), 3), explain=how)

    def _addressee(self, t: _Trig, actor_codes: set[str]) -> _Group | None:
        """"Xi mengatakan kepada Moon bahwa negaranya berkomitmen ...": the one a statement is
        addressed to, when the act is reported in that statement (after 'bahwa' or a comma)."""
        a = self.sent_bounds[t.sent][0]
        for s_k in range(t.i - 1, a - 1, -1):
            if self.low[s_k] in self.speech or self.low[s_k] in _TELL_VERBS:
                break
        else:
            return None
        k = s_k + 1
        if k < t.i and self.low[k] in ("kepada", "to"):
            k += 1
        elif self.low[s_k] not in ("told", "assured", "meyakinkan", "memberitahu", "memberitahukan"):
            return None
        while k < t.i and k not in self.mention_at and (self._titlecase(k) or self.low[k] in self.quant):
            k += 1
        if k >= t.i or k not in self.mention_at:
            return None
        g = self._group_starting_at(k, t.i)
        if g is None or not any(self.low[c] in ("bahwa", "that", ",") for c in range(g.last + 1, t.i)):
            return None
        if any(en.code in actor_codes or en.sector == "MED" or not en.code or en.code == "UNK" for _, en in g.items):
            return None
        return g

    def _object_back_reference(self, t: _Trig, hi_sent: int, etype: str,
                               actor_codes: set[str]) -> tuple[tuple[Mention | None, Entity], str] | None:
        """The one acted upon when the text names it again only as "negara itu" ("menjatuhkan
        sanksi terhadap negara tersebut"), or, for aid, as the one the aid is meant to help
        ("menyetujui pinjaman untuk membantu Fiji / negara itu"): the object right after the
        trigger (or after 'kepada/terhadap', or after 'untuk membantu' for aid). A country
        pointed back at is the latest country named before the trigger that is not the doer."""
        k, stop = t.j, min(hi_sent, t.j + _WINDOW)
        while k < stop and self.low[k] not in _BOUND_PUNCT:
            at_object = k == t.j or self.low[k - 1] in self.rprep or (
                etype == "AID" and k - 2 >= t.j and self.low[k - 1] in _HELP_VERBS
                and self.low[k - 2] in _PURPOSE_WORDS) or (etype == "AID" and self.low[k - 1] in _FOR_WORDS)
            if k in self.mention_at and self.mentions[self.mention_at[k]][3].code in actor_codes:
                k = self.mentions[self.mention_at[k]][1]  # the doer named after the noun ("dari Fiji")
                continue
            if at_object and k in self.mention_at:
                if k == t.j or (self.low[k - 1] in self.rprep and self.low[k - 1] not in _FOR_WORDS):
                    return None  # a named object is the ordinary object rule's
                _, _, m, en = self.mentions[self.mention_at[k]]
                if en.code in actor_codes:
                    return None
                return (m, en), f"the one the aid is meant to help ('{self.low[k - 1]}')"
            if at_object and k + 1 < self.n and self.low[k] in _COUNTRY_BACK and self.low[k + 1] in self.demo:
                for a, _, m, en in reversed(self.mentions):
                    if a >= t.i:
                        continue
                    if a < self.sent_bounds[max(0, t.sent - 2)][0]:
                        break
                    if (en.label == "GPE" or (en.label == "ORG" and en.sector == "GOV")) and en.code \
                            and len(en.code) == 3 and en.code.isalpha() and en.code not in actor_codes:
                        return (m, en), f"'{self.low[k]} {self.low[k + 1]}' = the latest country named before"
                return None
            k += 1
        return None

    def _attacked_country(self, t: _Trig, hi_sent: int, actor_codes: set[str]) -> tuple[str, str] | None:
        """The country of a place named after 'di' in the trigger's sentence (an entity coded
        as a GPE/LOC, or a city/region of the actors KB), when it differs from the attacker's."""
        from ..actors.kb import alias_key, default_kb
        s_lo = self.sent_bounds[t.sent][0]
        kb = default_kb()
        for k in range(s_lo, hi_sent - 1):
            if self.low[k] not in ("di", "in", "ke", "into"):
                continue
            if self.low[k] in ("ke", "into") and k < t.j:
                continue  # only an attack carried 'ke' a place ("serangan ke wilayah X")
            if k + 2 < hi_sent and self.low[k + 1] in _TERRITORY:
                k += 1  # "ke wilayah Vanuatu", "di kawasan X": the place is the name after it
            code = name = None
            if (k + 1) in self.mention_at:
                _, _, m, en = self.mentions[self.mention_at[k + 1]]
                if en.label in ("GPE", "LOC") and en.code and len(en.code) == 3:
                    code, name = en.code, m.text
            elif self._titlecase(k + 1):
                for n in (3, 2, 1):
                    words = self.doc.text[self.tstart[k + 1]:self.tend[min(k + n, hi_sent - 1)]]
                    hits = [x for x in kb.entries.get(alias_key(words), [])
                            if x.label in ("LOC", "GPE") and x.code and len(x.code) == 3]
                    if hits:
                        code, name = kb.sovereign.get(hits[0].code, hits[0].code), words
                        break
            if code and code not in actor_codes:
                return code, name or code
        return None

    def _nominal_reference(self, t: _Trig) -> bool:
        """A noun that names a crime or a plan rather than telling an event: "tuduhan
        pembunuhan", "kasus penganiayaan", "perjanjian pengembalian", "bantuan ini"."""
        prev = self.low[t.i - 1] if t.i > 0 else ""
        if prev in self.nomref:
            return True
        if t.j < self.n and self.low[t.j] in self.demo:
            nxt = self.low[t.j + 1:t.j + 3]
            return not any(w in self.agent or w in _PASSIVE_LIGHT or w in ("dilakukan", "diberikan", "terjadi",
                                                                          "berlangsung") for w in nxt)
        return False

    def _light_verb_before(self, i: int, lo: int, etype: str | None = None) -> int | None:
        """The verb whose object the noun trigger is ("melakukan penangkapan", "menghadiri
        pertemuan", "mengomentari percakapan telepon"): its subject is the noun's doer."""
        w = i - 1
        if w >= lo and w not in self.mention_at and (self.low[w] in self.future or self.low[w] in self.intent) \
                and self._is_verb(w):
            return w  # "menginginkan kerja sama", "berupaya berdialog": the one who wants the act
        k = self._skip_adverbs_left(i - 1, lo)
        for _ in range(3):  # "menerima sejumlah pesan ucapan selamat", "melancarkan 20 serangan"
            if k >= lo and k not in self.mention_at and (self.low[k] in self.classifier or self.low[k] in _QUANTIFIERS
                                                         or _NUMBER_RE.fullmatch(self.low[k])):
                k = self._skip_adverbs_left(k - 1, lo)
        if k - 1 >= lo and self.low[k] in _VICTIM_NOUNS and self.low[k - 1] == "menjadi":
            return k - 1  # "menjadi korban pelecehan": the subject underwent it
        # "dimasukkan ke dalam daftar hitam": a directional phrase between an undergoing
        # verb and the noun it puts its subject into
        d = k
        if d >= lo and d not in self.mention_at and self.low[d] == "dalam":
            d -= 1
        if d - 1 >= lo and self.low[d] in ("ke", "into") and (d - 1) not in self.mention_at \
                and self.low[d - 1] in self.undergo:
            return d - 1
        if k >= lo and k not in self.mention_at:
            low = self.low[k]
            if low in self.light or low in self.undergo or (self._is_verb(k) and low not in self.speech):
                return k
            if low in _STANCE_SPEECH and k == self._skip_adverbs_left(i - 1, lo) \
                    and self.low[i - 1] not in (",", ":") and etype in _VOICED_TYPES:
                return k  # "menyatakan kecaman terhadap Israel": the stance voiced is the speaker's act
            if low == "dalam" and k - 1 >= lo and (k - 1) not in self.mention_at and self.low[k - 1] in self.light:
                return k - 1  # "terlibat dalam perundingan": taking part in the act is doing it
        return None

    @staticmethod
    def _genitive_is_doer(e: TriggerEntry) -> bool:
        """Whose act a name after an event noun names. Result nouns in -an belong to the doer
        ("serangan Israel", "gugatan petani", "bantuan AS"); process nouns in peN-an take the
        target ("penangkapan Budi", "pembunuhan Jamal"); otherwise it depends on the type."""
        if "agentgen" in e.flags or e.template == "-an":
            return True
        if e.template == "peN-an":
            return False
        return e.type not in _OBJECT_GENITIVE

    def _genitive(self, j: int, hi: int) -> _Group | None:
        """A name right after a noun trigger, allowing two modifiers ("pertemuan resmi
        Dewan Keamanan PBB")."""
        k = j
        while k < min(hi, j + 3):
            if k in self.mention_at:
                return self._group_starting_at(k, hi)
            low = self.low[k]
            if ((not low.isalpha() and not _NUMBER_RE.fullmatch(low)) or low in self.prep or low in self.bound
                    or low == "yang" or self._is_verb(k) or low in self.demo or low in self.selfp):
                return None
            k += 1
        return None

    def _nominal_recipient(self, t: _Trig, hi: int, etype: str, group_hi: int,
                           start: int | None = None) -> tuple[_Group | None, str]:
        """Recipient of a noun trigger: a name right after it (object genitive, for acts done
        to someone) or one introduced by a preposition (terhadap, kepada, dengan, antara ...).
        ``start``: where to look from, when the doer is named first ("permintaan dari X kepada Y")."""
        k = t.j if start is None else start
        while k < hi:
            low = self.low[k]
            if low == "antara" and k + 1 < self.n and " ".join(self.low[k + 1:k + 3]) in _BOTH_SIDES:
                both = self._two_named_before(t.i)
                if both is not None:
                    return both, "'antara kedua ...': the two parties named before"
            if low in self.rprep or low == "antara":
                n = k + 1
                while n < min(hi, k + 6) and n not in self.mention_at and (
                        self.low[n] in self.quant or _numeral(self.low[n])
                        or self.doc.text[self.tstart[n]:self.tstart[n] + 1].isupper()):
                    n += 1
                if n < hi and n not in self.mention_at and self.low[n].isalpha() and low in _AT_TARGET:
                    o = self._owner_mention(n, hi)  # "terhadap kapal Tonga": the one whose ship it is
                    n = o if o is not None else n
                if n < hi and n in self.mention_at:
                    return self._group_starting_at(n, group_hi), f"after '{low}'"
            k += 1
        return None, "none"

    def _two_named_before(self, i: int) -> _Group | None:
        """The last two different countries or bodies named before token ``i`` in its
        sentence or the one before ("diperebutkan oleh India dan Pakistan ... perang antara
        kedua negara"): "kedua negara" points back to a pair, so it needs exactly that pair."""
        sent = self.sent_of_tok[i]
        lo = self.sent_bounds[max(0, sent - 1)][0]
        picked: list[tuple[int, int, Mention, Entity]] = []
        codes: list[str] = []
        for a, b, m, en in reversed(self.mentions):
            if a >= i or a < lo:
                continue
            if en.label not in ("GPE", "ORG") or not en.code or en.code in codes:
                continue
            picked.insert(0, (a, b, m, en))
            codes.append(en.code)
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return None
        return _Group(picked[0][0], picked[-1][1] - 1, [(m, en) for _, _, m, en in picked])

    def _pair_before(self, k: int) -> _Group | None:
        """The two parties of different countries named last in the sentence before token ``k``
        ("Retno Marsudi bertemu Menlu Jepang Yoko Kamikawa di Tokyo"), people, bodies or
        countries; None unless exactly two countries are named there."""
        sent = self.sent_of_tok[k]
        if sent == 0:
            return None
        lo, hi = self.sent_bounds[sent - 1]
        picked: dict[str, tuple[int, int, Mention, Entity]] = {}
        for a, b, m, en in self.mentions:
            if lo <= a < hi and en.code and len(en.code.split(".")[0]) == 3 and en.label in ("PER", "ORG", "GPE"):
                code = en.code.split(".")[0]
                if code not in picked or (en.label == "PER" and picked[code][3].label != "PER"):
                    picked[code] = (a, b, m, en)  # a person of that country before a place of it
        if len(picked) != 2:
            return None
        items = sorted(picked.values(), key=lambda x: x[0])
        return _Group(items[0][0], items[-1][1] - 1, [(m, en) for _, _, m, en in items])

    def _after_prep(self, j: int, hi: int, preps: tuple[str, ...]) -> tuple[_Group | None, str]:
        for k in range(j, hi):
            if self.low[k] in preps:
                n = k + 1
                while n < min(hi, k + 5) and n not in self.mention_at and (
                        self.low[n] in self.quant or self.low[n] in _QUANTIFIERS or _numeral(self.low[n])
                        or self.low[n] in _GROUP_COUNTERS
                        or (self._titlecase(n) and self.low[n].isalpha()) or self._role_word_of_next(n)):
                    n += 1  # "dari para / sejumlah / ratusan ...", "dari Presiden Joko Widodo": a title the name follows
                if n < hi and n in self.mention_at:
                    return self._group_starting_at(n, hi), f"doer after '{self.low[k]}'"
        return None, ""

    def _role_word_of_next(self, n: int) -> bool:
        """Token ``n`` is the role word of the name right after it ("kepada warga Ponorogo": the
        actors stage names the group by its place, with the role "warga")."""
        if n + 1 not in self.mention_at:
            return False
        role = (self.mentions[self.mention_at[n + 1]][3].role or "").lower()
        return bool(role) and role == self.low[n]

    def _agent_after_oleh(self, j: int, hi: int) -> tuple[_Group | None, str]:
        for k in range(j, hi):
            if self.low[k] in self.agent and (k + 1) in self.mention_at:
                return self._group_starting_at(k + 1, hi), "agent after 'oleh'"
            if self.low[k] in self.agent and k + 1 < hi:
                n = self._owner_mention(k + 1, hi)
                if n is not None:
                    return self._group_starting_at(n, hi), "agent after 'oleh' (whose people did it)"
        return None, ""

    def _sentence_subject(self, sent: int, before: int) -> _Group | None:
        """The first mention group of the sentence not governed by a preposition; a fronted
        subordinate clause ("Setelah Lisa ditetapkan sebagai tersangka, pihaknya ...") is skipped
        up to its comma, since the subject of the sentence is the main clause's."""
        a, _ = self.sent_bounds[sent]
        if a < before and self.low[a] in _FRONTED_SUBORDINATORS:
            comma = next((k for k in range(a + 1, before) if self.low[k] == ","), None)
            if comma is not None:
                a = comma + 1
        k = a
        while k < before:
            if k in self.mention_at:
                g = self._group_starting_at(k, before)
                assert g is not None
                prev = self.low[k - 1] if k - 1 >= a else ""
                if prev not in self.prep and not (prev and self._is_verb(k - 1) and prev not in self.speech) \
                        and not self._governed_coordination(g, a):
                    return g
                k = g.last + 1
                continue
            k += 1
        return None

    def _anaphor_subject(self, i: int, lo: int, why: str) -> tuple[_Group | None, str]:
        """An uncoded pronoun or "X itu/tersebut" subject at the head of the clause ("Mereka
        dituduh ...", "Pria berusia 93 tahun itu menampik ..."): the entity it points back to.
        Persons ("ia", "pria ... itu") take the latest person named before, states ("negara
        itu") the latest country, others ("mereka") the previous sentence's subject."""
        if why.startswith("self:") or "relative" in why:
            return None, why
        k = lo
        while k < i and (self.low[k] in self.adv or self.low[k] == ","):
            k += 1
        if k >= i or k in self.mention_at:
            return None, why
        head = self.low[k]
        if head == "kedua" and k + 1 < i and self.low[k + 1] in _PAIR_NOUNS:
            # "Kedua negara sepakat ...", "kedua menteri menegaskan ...": the pair just named
            pair = self._pair_before(k)
            return (pair, f"'kedua {self.low[k + 1]}' = the two parties named before") if pair else (None, why)
        if head not in self.anaphor:
            return None, why
        if head not in ("ia", "dia", "beliau", "dirinya", "mereka", "keduanya"):
            # a noun phrase: "itu/tersebut" must close it before the verb, with no name inside
            close = next((n for n in range(k + 1, min(i, k + 7)) if self.low[n] in ("itu", "tersebut")), None)
            if close is None or any(n in self.mention_at or self.low[n] in self.speech for n in range(k, close)):
                return None, why
        sent = self.sent_of_tok[k]
        first_sent = self.sent_bounds[max(0, sent - 2)][0]
        if head in _PERSON_ANAPHORS or head in _STATE_ANAPHORS:
            want = ("PER",) if head in _PERSON_ANAPHORS else ("GPE",)
            prev_s = self._sentence_subject(sent - 1, self.sent_bounds[sent - 1][1]) if sent > 0 else None
            if prev_s is not None and all(en.label in want for _, en in prev_s.items):
                return prev_s, f"'{head}' = subject of the previous sentence"
            for idx in range(len(self.mentions) - 1, -1, -1):
                a, b, m, en = self.mentions[idx]
                if a < k and a >= first_sent and en.label in want and (head in _PERSON_ANAPHORS or en.code and len(en.code) == 3):
                    return _Group(a, b - 1, [(m, en)]), f"'{head}' = the latest {want[0]} named before"
            return None, why
        for s_idx in (sent - 1, sent - 2):
            if s_idx < 0:
                break
            g = self._sentence_subject(s_idx, self.sent_bounds[s_idx][1])
            if g is not None and head == "keduanya" and len({en.code for _, en in g.items}) < 2 and not (
                    len(g.items) >= 2 or all(en.source == "generic" for _, en in g.items)):
                # "keduanya" needs the two (or a generic plural: "kedua pelaku"): the pair met
                # before ("Retno bertemu Menlu Jepang ... Keduanya sepakat")
                pair = self._pair_before(k)
                return (pair, "'keduanya' = the two parties named before") if pair else (None, why)
            if g is not None:
                return g, f"'{head}' = subject of an earlier sentence"
        return None, why

    @staticmethod
    def _leader_meets_lawmakers(items: list[tuple[Mention | None, Entity]]) -> bool:
        """A head of state or government sitting down with legislators ("santap siang bersama
        para senator Partai Republik") is executive-legislative consultation, coded as CONSULT,
        unlike ministers meeting within one government."""
        roles = {(en.role or "").lower() for _, en in items}
        return bool(roles & _HEAD_ROLES) and any(en.sector == "LEG" for _, en in items)

    def _body_at(self, j: int, hi: int) -> _Group | None:
        """"pertemuan di Dewan Keamanan": an international body named right after a locative
        preposition following a meeting noun (its seat is where the parties meet)."""
        if j + 1 < hi and self.low[j] in ("di", "at", "in") and (j + 1) in self.mention_at:
            g = self._group_starting_at(j + 1, hi)
            if g is not None and g.items and all((en.code or "").startswith("IGO:") for _, en in g.items):
                return g
        return None

    def _specified_generic(self, g: _Group, hi: int) -> _Group | None:
        """A generic noun coded by default ("penumpang", "warga") followed within two words by
        a named country or body of another code ("penumpang maskapai Saudi Arabian Airlines",
        "warga negara Jepang"): the name says whose they are, so it is the participant."""
        if not g.items or any(en.source != "generic" for _, en in g.items):
            return None
        codes = {en.code for _, en in g.items}
        for k in range(g.last + 1, min(hi, g.last + 4)):
            if self._is_bound(k) or self.low[k] in self.prep or self.low[k] in ("yang", "which", "who"):
                return None
            if k in self.mention_at:
                h = self._group_starting_at(k, hi)
                own = [(m, en) for m, en in (h.items if h else [])
                       if en.code and en.code not in codes and en.source != "generic"]
                if h is None or not own:
                    return None
                return _Group(h.first, h.last, own)
        return None

    def _institution_after(self, j: int, hi: int) -> _Group | None:
        """"di gereja Katolik Australia" / "di sekolah X": an institution named right after the
        abuse noun (skipping one modifier such as "seksual") whose country runs it."""
        k = j
        if k < hi and k not in self.mention_at and self.low[k] not in ("di", "in", "oleh"):
            k += 1  # "pelecehan seksual di ..."
        if not (k < hi and self.low[k] in ("di", "in")):
            return None
        k += 1
        if k < hi and k in self.mention_at and self.mentions[self.mention_at[k]][3].label == "ORG":
            return self._group_starting_at(k, hi)
        if k < hi and self.low[k] in _INSTITUTIONS:
            for n in range(k + 1, min(hi, k + 6)):  # "sekolah paduan suara Katolik Jerman"
                if n in self.mention_at:
                    return self._group_starting_at(n, hi)
        return None

    def _all_parties(self, t: _Trig, actor_ent: list[tuple[Mention | None, Entity]]
                     ) -> list[tuple[Mention | None, Entity]]:
        """"meminta semua pihak untuk menahan diri": the parties are the others the sentence
        (or, failing that, the previous one) names."""
        nxt = " ".join(self.low[t.j:t.j + 4]) + " "
        if not any(nxt.startswith(p + " ") for p in self.allparties):
            return []
        mine = {en.id for _, en in actor_ent} | {en.code for _, en in actor_ent}
        for s_idx in (t.sent, t.sent - 1):
            if s_idx < 0:
                break
            a, b = self.sent_bounds[s_idx]
            out, seen = [], set()
            for ma, _, m, en in self.mentions:
                if a <= ma < b and en.id not in mine and en.code not in mine and en.code not in seen \
                        and en.label in ("GPE", "ORG", "PER"):
                    seen.add(en.code)
                    out.append((m, en))
            if out:
                return out
        return []

    def _future_before(self, i: int, lo: int) -> tuple[str, str] | None:
        """"akan" (kind ``future``) or an intent word ("upaya Seoul untuk memulai kembali
        dialog", kind ``intent``) before the trigger in its clause, not beyond a name (a new
        subject) unless the name belongs to the intent word ("upaya Seoul")."""
        k = i - 1
        received = False  # "Upaya ini turut mendapat dukungan dari X": support received is not intended
        while k >= max(lo, i - 10):
            if k in self.mention_at:
                a = self.mentions[self.mention_at[k]][0]
                if a > 0 and self.low[a - 1] in self.intent and not received:
                    return self.low[a - 1], "intent"
                if a == 0 or self.low[a - 1] not in self.prep:
                    return None  # a new subject
                k = a - 1
                continue
            low = self.low[k]
            if low in self.future:
                if k > 0 and self.low[k - 1] in _WHEN_WORDS:
                    return None  # "melawan saat akan ditangkap": the arrest under way, narrated
                return low, "future"
            if low in self.intent:
                return None if received else (low, "intent")
            received = received or low in self.undergo
            k -= 1
        return None

    def _flags(self, t: _Trig, lo: int, hi_sent: int, light: int | None = None) -> tuple[bool, bool, list[str]]:
        """Negation and hypothetical flags of the act at ``t``. ``light`` is the light verb a
        noun trigger is the object of ("tidak *melakukan* penangkapan"): the words before it
        modify the act as they would modify the verb."""
        how: list[str] = []
        negated = hypothetical = False
        k = t.i - 1
        if light is not None and light < t.i and (self.low[light] in self.light or self.low[light] in self.undergo):
            k = light - 1
        k, coordinated = self._skip_coordinated_verb(k, lo)
        while k >= lo and k not in self.mention_at:
            low = self.low[k]
            if low in self.neg:
                nxt = self.low[k + 1] if k + 1 < self.n else ""
                if nxt != "hanya":
                    negated = True
                    how.append(f"negation '{low}'" + (f" (shared with '{coordinated}')" if coordinated else ""))
                break
            if low in self.modal:
                hypothetical = True
                how.append(f"modal '{low}'")
            if low in self.adv or low in self.future or low in self.modal or low in self.intent \
                    or low in self.purpose or low in _NEGATION_BRIDGES:
                k -= 1  # "tidak berniat menyerang", "tidak ada penolakan": the negation reaches the act
                continue
            break
        for k in range(lo, t.i):
            if self.low[k] in self.purpose:
                hypothetical = True
                how.append(f"purpose '{self.low[k]}': not reported as done")
                break
        for k in range(lo, t.i):
            low = self.low[k]
            if low in self.intent and t.entry.type in _COOP_FUTURE_TO_AGREE and t.entry.type != "AID":
                continue  # intended cooperation is an AGREE, not a hypothetical act
            if low in self.hyp and not (k > 0 and self.low[k - 1] in self.speech) \
                    and not (low in _ABOUT_TO and k > 0 and self.low[k - 1] in _WHEN_WORDS):
                hypothetical = True
                how.append(f"conditional/plan '{low}' before the trigger")
                break
        if self._aimed_at(t.i, lo):
            hypothetical = True
            how.append("the aim of a step or means ('langkah ... untuk'): not reported as done")
        if t.i > 0 and self.low[t.i - 1] in self.plannoun:
            hypothetical = True
            how.append(f"'{self.low[t.i - 1]}': planned or threatened, not done")
        # a condition stated after the act: "bantuan militer ... jika terjadi invasi"; a
        # promise, demand or threat with a conditional content is still made
        after_range = () if t.entry.type in ("AGREE", "REQUEST", "THREATEN") else range(t.j, min(hi_sent, t.j + 14))
        for k in after_range:
            low = self.low[k]
            if low in self.bound or low in (";", "."):
                break
            if low in ("jika", "apabila", "bila", "seandainya", "if"):
                prev = self.low[k - 1]
                if low == "jika" and (prev in self.speech or prev in _THAT_VERBS):
                    break  # "terungkap jika pengemudi bukan polisi": 'jika' as 'bahwa', a reported fact
                hypothetical = True
                how.append(f"condition '{low}' after the trigger")
                break
        if t.entry.voice == "nominal" or "noun" in t.entry.flags:
            # "Pertemuan antara Fiji dan Tonga dibatalkan / batal digelar": the act called off
            for k in range(t.j, min(hi_sent, t.j + 10)):
                low = self.low[k]
                if low in self.bound or low in (";", ".", ","):
                    break
                if low in _CALLED_OFF:
                    negated = True
                    how.append(f"'{low}' after the act: called off")
                    break
                if self._is_verb(k) and k not in self.mention_at:
                    break
        return negated, hypothetical, how

    def _aimed_at(self, i: int, lo: int) -> bool:
        """The act at ``i`` is what a step or means is for: "langkah tepat untuk menertibkan
        ...", "cara untuk menekan ...". ANNOTATION.md codes reported acts; the aim of a step
        is neither reported as done nor as promised."""
        k = i - 1
        while k >= lo and (self.low[k] in self.adv or self.low[k] == "lebih"):
            k -= 1
        if k < lo or self.low[k] not in ("untuk", "guna", "demi") or k in self.mention_at:
            return False
        return any(self.low[w] in self.aimnoun for w in range(max(lo, k - 4), k))

    def _skip_coordinated_verb(self, k: int, lo: int) -> tuple[int, str | None]:
        """"belum menangkap atau menahan", "tidak bisa menangani kasus itu atau terlibat dalam
        pembicaraan": when the word left of an act (at ``k``) is a disjunction, the words that
        modify the left conjunct's verb modify both ("neither arrested nor detained"). The left
        conjunct is the verb right before the disjunction, or a negated verb further left in
        the same stretch (no name, punctuation or clause boundary between). Returns where to
        read the modifiers from and the verb they are shared with (None: no coordination).
        Only "atau"/"ataupun"/"maupun": with "dan" the negation often covers one act only."""
        if k - 1 < lo or k in self.mention_at or self.low[k] not in ("atau", "ataupun", "maupun", "or", "nor"):
            return k, None
        adjacent = k - 1 if (k - 1) not in self.mention_at and self._is_verb(k - 1) else None
        v = k - 1
        while v >= max(lo, k - 13):
            low = self.low[v]
            if v in self.mention_at or low in _BOUND_PUNCT or low in self.bound or low in self.comp or low == ",":
                break
            if self._is_verb(v):
                m = v - 1
                while m >= lo and m not in self.mention_at and (self.low[m] in self.adv or self.low[m] in self.modal):
                    m -= 1
                if m >= lo and m not in self.mention_at and self.low[m] in self.neg:
                    return v - 1, low
            v -= 1
        if adjacent is not None:
            return adjacent - 1, self.low[adjacent]
        return k, None

    def _speaker(self, i: int) -> Entity | None:
        """Who states the event: the speaker of the quote holding it, else the subject of a
        speech verb before it in the sentence ("X mengatakan bahwa ..."), else the name after
        a trailing cue (", kata X", "ujarnya")."""
        off = self.tstart[i]
        for q in self.doc.quotes:
            if q.span.start <= off < q.span.end and q.speaker and q.speaker.entity:
                return self.doc.entity(q.speaker.entity)
        a, b = self.sent_bounds[self.sent_of_tok[i]]
        for k in range(a, b):
            if self.low[k] in ("menurut", "according") and (k + 1) in self.mention_at:
                return self.mentions[self.mention_at[k + 1]][3]  # "..., menurut Arab Saudi"
        for k in range(i - 1, a - 1, -1):
            if self.low[k] in self.speech and k not in self.mention_at:
                g, _ = self._subject(k, a)
                if g is not None:
                    return g.items[0][1]
                break
        for k in range(i + 1, b):
            low = self.low[k]
            if low in _SAY_AFTER or low[:-3] in _SAY_AFTER and low.endswith("nya"):
                if k in self.suffix_at:
                    return self.suffix_at[k]
                if k + 1 < b and (k + 1) in self.mention_at:
                    return self.mentions[self.mention_at[k + 1]][3]
                break
        return None

    def _date(self, t: _Trig, lo: int, hi: int) -> tuple[str | None, str]:
        s_char = self.tstart[lo]
        e_char = self.tend[hi - 1] if hi - 1 >= lo else self.tend[t.j - 1]
        trig_off = self.tstart[t.i]
        best = None
        for tx in self.doc.temporal:
            if tx.value and tx.start >= s_char and tx.end <= e_char:
                if _CITATION_BEFORE.search(self.doc.text[max(0, tx.start - 40):tx.start]):
                    continue  # "Pasal 287 UU Nomor 22 Tahun 2009": the year of a law, not of the act
                if tx.start > trig_off and self._topic_between(t.j, tx.start):
                    continue  # "laporan terkait kasus ... pada tahun 2024": the topic's date
                if _UNTIL_NOW.match(self.doc.text, tx.end):
                    continue  # "selaku Komisaris Utama pada tahun 2007 sampai dengan sekarang": a tenure
                dist = abs(tx.start - trig_off)
                if best is None or dist < best[0]:
                    best = (dist, tx)
        if best is None and lo > self.sent_bounds[t.sent][0] and self.low[lo - 1] in _SAME_TIME:
            # "... pada November 2017 saat korban dan pelaku mengikat perjanjian": same time
            a = self._clause_left(lo - 1)
            s2, e2 = self.tstart[a], self.tstart[lo - 1]
            prior = [tx for tx in self.doc.temporal if tx.value and tx.start >= s2 and tx.end <= e2]
            if prior:
                best = (-1, prior[-1])  # -1: inherited from the clause before "saat/ketika"
        if best is None:
            then = self._anaphoric_date(t, e_char)
            if then is not None:
                return then.value, f"'{then.text}' is the time that the anaphoric 'then' points back to"
        if best is not None:
            tx = best[1]
            if (_NOW.search(tx.text) or _THIS_WEEK.search(tx.text)) and self.ref_date:
                weak = bool(_THIS_WEEK.search(tx.text))
                return self.ref_date, ("no date of its own" if weak else "") + \
                    f"'{tx.text}': the date of the article's statements"
            where = "of the clause it is the time of (saat/ketika)" if best[0] == -1 else "in the clause"
            value = _week_to_month(tx.value or "", tx.text)
            pub = (self.ref_date or "")[:10]
            if pub and value and value[:len(pub)] > pub[:len(value)]:
                # "menuntut kenaikan upah tahun depan": a time after the report is the time of
                # what is demanded, promised or planned, not of the demand itself
                return self.ref_date, f"'{tx.text}' lies after the report: date of the article's statements"
            return value, f"temporal expression '{tx.text}' {where}"
        narrative = self._narrative_date(t)
        if narrative is not None:
            return narrative.value, (f"no date in the sentence: '{narrative.text}' dates the narrative "
                                     "it continues")
        para = self._paragraph_statement_date(trig_off)
        if para is not None:
            return para.value, f"no date in the clause: '{para.text}' dates the statements of its paragraph"
        return self.ref_date, "no date in the clause: date of the article's current news"

    def _narrative_date(self, t: _Trig) -> Timex | None:
        """The past date of the narrative an undated sentence continues, or ``None``.

        Why: background paragraphs tell a story in order ("Pelaku pada 24 Februari 2024
        berdalih ... . Korban ditawarkan ... . Korban menyetujui ..."), dating it once; the
        undated acts that follow in the same paragraph happened then, not at publication.
        Only a written date (not a relative "9 tahun lalu", whose reach is its own clause)
        clearly before the report's own date counts (a statement's date is handled
        by :meth:`_paragraph_statement_date`), only within :data:`NARRATIVE_SENTENCES` sentences
        of the same paragraph, and not when the sentence speaks of now ("kini", "saat ini") or
        attributes speech ("Dia mengaku sedih karena ..." is the speaker's present statement).
        """
        text = self.doc.text
        a, b = self.sent_bounds[t.sent]
        if b <= a:
            return None
        s_lo, s_hi = self.tstart[a], self.tend[b - 1]
        if _NOW.search(text, s_lo, s_hi) or attributes_speech(text, s_lo, s_hi) or any(
                tx.value and s_lo <= tx.start < s_hi for tx in self.doc.temporal):
            return None
        para_lo = text.rfind("\n", 0, s_lo) + 1
        prior = [tx for tx in self.doc.temporal if tx.value and para_lo <= tx.start and tx.end <= s_lo]
        if not prior:
            return None
        tx = prior[-1]
        if tx.kind not in ("date", "weekday_date") or _NOW.search(tx.text) or _THIS_WEEK.search(tx.text) \
                or _CITATION_BEFORE.search(text[max(0, tx.start - 40):tx.start]):
            return None
        between = sum(1 for k in range(t.sent) if tx.end <= self.tstart[self.sent_bounds[k][0]] < s_lo
                      and self.sent_bounds[k][1] > self.sent_bounds[k][0])
        if between >= NARRATIVE_SENTENCES:
            return None
        ref = self.ref_date or ""
        value = tx.value or ""
        if not ref or not _clearly_before(value, ref):
            return None
        return tx

    def _anaphoric_date(self, t: _Trig, e_char: int) -> Timex | None:
        """The date an anaphoric "then" before the trigger points back to, or ``None``.

        Why: "Pada 2014 Jokowi maju sebagai calon presiden. Kala itu ia diusung koalisi PDIP"
        dates the second act in 2014, not at publication. The phrase ("saat itu", "kala itu",
        "at the time", ``statement.tsv``) must stand in the trigger's sentence before the end of
        its clause; the time is the last dated expression before the phrase in the same or the
        previous paragraph (not one that says "now").
        """
        lo_char = self.tstart[self.sent_bounds[t.sent][0]]
        m = anaphoric_time(self.doc.text, lo_char, e_char)
        if m is None:
            return None
        text = self.doc.text
        para = text.rfind("\n", 0, lo_char)
        para = text.rfind("\n", 0, max(0, para - 1)) + 1 if para > 0 else 0
        prior = [tx for tx in self.doc.temporal if tx.value and para <= tx.start and tx.end <= m.start()
                 and not _NOW.search(tx.text) and not _THIS_WEEK.search(tx.text)
                 and not _CITATION_BEFORE.search(text[max(0, tx.start - 40):tx.start])]
        return prior[-1] if prior else None

    def _paragraph_statement_date(self, offset: int) -> Timex | None:
        """A weekday+date pair ("Senin (20/10)") in the trigger's paragraph, nearest first.

        Why: news paragraphs date a statement once ("Prabowo meminta ... . Hal itu
        disampaikannya saat ..., Senin (20/10).") and the undated events around it share
        that date. Only recent pairs count (within 30 days before publication), so a
        background date in the same paragraph does not date today's news.
        """
        text = self.doc.text
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        found = self._statement_date_in(start, end, offset)
        if found is None and end < len(text):
            # "Prabowo meminta ... ¶ Hal itu diungkap Prabowo dalam sidang kabinet, Senin (20/10).":
            # a paragraph that opens by pointing back dates the statements before it
            nxt = end + 1 + (len(text[end + 1:]) - len(text[end + 1:].lstrip()))
            if _POINTS_BACK.match(text, nxt):
                n_end = text.find("\n", nxt)
                found = self._statement_date_in(nxt, len(text) if n_end < 0 else n_end, nxt)
        if found is None:
            # "Sebelumnya diberitakan, ... sidang ..., Rabu (15/10).": the background section
            # after such a marker is dated by its latest weekday date before the event
            marks = [m.end() for m in _BACKSTORY.finditer(text, 0, offset)]
            if marks:
                found = self._statement_date_in(marks[-1], offset, offset)
                if found is None and "\n" not in text[marks[-1]:offset].strip():
                    # "Seperti diketahui, X berjanji ... ¶ Janji itu diucapkan saat ... ¶ '...',
                    # ujar X, Senin (20/10).": the background told in the marker's paragraph is
                    # dated by the statement that follows it in the next two paragraphs
                    stop, seen = end, 0
                    for m in re.finditer(r"[^\n]+", text[end:]):
                        if m.group().strip():
                            seen += 1
                            stop = end + m.end()
                            if seen == 2:
                                break
                    found = self._statement_date_in(end, stop, end)
        return found

    def _statement_date_in(self, start: int, end: int, offset: int) -> Timex | None:
        """The weekday+date pair in ``[start, end)`` nearest ``offset``, within 30 days
        before publication, that dates a statement or closes its sentence (see
        :meth:`_dates_statement`)."""
        pub_d = _as_date(self.ref_date)
        best: tuple[int, Timex] | None = None
        for tx in self.doc.temporal:
            if tx.kind != "weekday_date" or not tx.value or len(tx.value) < 10 or not start <= tx.start < end:
                continue
            d = _as_date(tx.value)
            if pub_d and d and not (pub_d - timedelta(days=30) <= d <= pub_d):
                continue
            if not self._dates_statement(tx):
                continue  # "pelaku serangan ... pada Selasa (31/10) adalah ...": one clause's date
            dist = abs(tx.start - offset)
            if best is None or dist < best[0]:
                best = (dist, tx)
        return best[1] if best else None

    def _near(self, j: int, hi: int, words: tuple[str, ...]) -> bool:
        """One of ``words`` within eight tokens after ``j`` in the sentence."""
        return any(self.low[k] in words for k in range(j, min(hi, j + 8)))

    def _topic_between(self, j: int, offset: int) -> bool:
        k = j
        while k < self.n and self.tstart[k] < offset:
            if self.low[k] in self.nomref and self.low[k] != "sebagai":
                return True
            k += 1
        return False

    def _location(self, lo: int, hi: int) -> dict[str, Any] | None:
        for k in range(lo, hi):
            if self.low[k] in ("di", "in") and (k + 1) in self.mention_at:
                _, _, m, e = self.mentions[self.mention_at[k + 1]]
                if e.label in ("GPE", "LOC"):
                    code = e.code if e.code and len(e.code) == 3 else None
                    return {"name": m.text, "country": code}
        dl = self.doc.dateline
        if dl and dl.place:
            return {"name": dl.place, "country": None}
        return None


# ---------------------------------------------------------------- helpers
_GLOSS_GAP = re.compile(r"\s*(?:\(\s*[^()]{1,30}\s*\)\s*)?")


def _holds_affiliation(org: tuple[Mention, Entity], person: tuple[Mention, Entity], text: str) -> bool:
    """An organisation mention that only names the office of the person right after it
    ("Direktur Utama PT Jasa Marga (Persero) Budi Santoso"): the person's role holds it and
    nothing but space or a bracketed gloss stands between them."""
    (om, oe), (pm, pe) = org, person
    if oe.label != "ORG" or pe.label != "PER" or not pe.role or om.end > pm.start:
        return False
    return om.text in pe.role and _GLOSS_GAP.fullmatch(text[om.end:pm.start]) is not None


def _conj_gap(gap: str) -> bool:
    """Text between two conjoined participants: a comma/conjunction, possibly with a title.
    A bracket only closes or opens the short form of a name ("Korea Selatan (Korsel) dan
    Jepang", "Kepolisian Republik Indonesia (Polri) dan TNI"): a name and its bracketed short
    form are one participant, and after the bracket a conjunction or comma still joins the next.
    A name right after the bracket is not joined ("Badan Anggaran (Banggar) DPR RI" is one body)."""
    if gap.strip() == "(":
        return True
    if ")" in gap:
        bare = gap.replace("(", " ").replace(")", " ")
        return bool(bare.strip()) and _conj_gap(bare)
    if _CONJ_GAP.match(gap):
        return True
    if _CONJ_TITLE_GAP.match(gap + " "):
        return not any(w.islower() and _VERBISH.match(w) for w in gap.split()[1:])
    words = gap.replace(",", " , ").split()
    if 2 <= len(words) <= 8 and words[0].lower() in ("dan", "serta", "and") and all(
            w[:1].isupper() for w in words[1:]):
        return True  # "... dan Menteri Luar Negeri Amerika Serikat Rex Tillerson": a long title
    if words and words[0] == "," and 1 < len(words) <= 5 and all(w[:1].isupper() for w in words[1:]):
        return True  # "..., Gubernur Bali Wayan Koster": a listed name with its title
    return False


#: An undated sentence continues the narrative date of at most this many sentences before it.
NARRATIVE_SENTENCES = 3


def _clearly_before(value: str, ref: str) -> bool:
    """Whether ISO ``value`` (day, month or year) lies before ``ref``: more than three days
    before it for a day, an earlier month or year otherwise."""
    if len(value) >= 10:
        v, r = _as_date(value), _as_date(ref)
        return bool(v and r and v < r - timedelta(days=3))
    return value < ref[:len(value)]


def _as_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _week_to_month(value: str, text: str) -> str:
    """A week reference ("pekan ini") gives the month: ANNOTATION.md uses the day only
    when the text gives one."""
    low = text.lower()
    if _WEEK_REF.search(low) and len(value) >= 7:
        return value[:7]
    if "W" in value:  # ISO week value
        return value[:4]
    return value


def _country_sector(as_actor: bool, etype: str) -> str:
    """The sector of a country named as a participant, by what the event does with it.

    PLOVER codes a state by the arm that acts or is acted upon: a country that attacks or
    builds up forces acts through its military (``ISR.MIL``); the country an attack hits is
    hit in its people (``UKR.CVL``); a country that protests is its public; in every other
    act a named country acts, or is addressed, through its government (``PRK.GOV``).
    """
    if etype in _MILITARY_ACTS and as_actor:
        return "MIL"
    if etype == "ASSAULT" or (etype == "PROTEST" and as_actor):
        return "CVL"
    return "GOV"


def _person_sector(as_actor: bool, etype: str, mode: str) -> str | None:
    """The sector of a person with no known office, by what the event does to them.

    The one arrested, charged or convicted is a suspect (``CRM``, ANNOTATION.md: "a
    corruption suspect IDN.CRM"); the one helped, pardoned, freed or attacked is a member
    of the public (``CVL``). Otherwise the event says nothing about who the person is.
    """
    if as_actor:
        return None
    if (etype, mode) in _SUSPECT_ACTS or (etype == "COERCE" and mode in ("", "arrest", "seize", "deport")):
        return "CRM"
    if etype in ("AID", "CONCEDE", "RETREAT", "ASSAULT"):
        return "CVL"
    return None


def _refs(items: list[tuple[Mention | None, Entity]], as_actor: bool, etype: str,
          mode: str = "", text: str = "") -> list[ActorRef]:
    out = []
    for m, en in items:
        if not en.code:
            continue
        sector = en.sector
        if sector is None and en.label in ("GPE", "LOC") and len(en.code) == 3 and en.code.isalpha() \
                and en.code.isupper():
            if m is not None and _NATIONALITY_OF.search(text[max(0, m.start - 40):m.start]):
                # "seorang pria asal Uzbekistan menembak ...": a person of that country, not the state;
                # a private person who attacks or is arrested is a criminal, otherwise the public
                sector = "CRM" if (as_actor and etype in _MILITARY_ACTS) or (
                    not as_actor and etype in ("COERCE", "SANCTION")) else "CVL"
            else:
                sector = _country_sector(as_actor, etype)  # a bare country acting through one of its arms
        elif sector is None and en.label == "PER" and len(en.code) == 3 and en.code.isalpha():
            sector = _person_sector(as_actor, etype, mode)
        out.append(ActorRef(code=en.code, sector=sector, name=en.name, entity=en.id))
    return _uniq(out)


def _uniq(refs: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in refs:
        key = r.entity or (r.code, r.sector)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _countries(ev: Event) -> frozenset[str]:
    return frozenset(r.code.split(".")[0] for r in ev.actor + ev.recipient)


def _same_parties(a: Event, b: Event) -> bool:
    """Whether ``b`` may restate ``a`` given who does what to whom: not when their roles are
    swapped ("the police summoned X" and "X asked the police for another date" are two events,
    though both are IDN and IDN). Compared by country and sector, since in a domestic story
    every participant is IDN (ANNOTATION.md: one record per same type, same participants,
    same date). Measured: a sector-level subset test as well split restatements more often
    than it kept events apart (events F1 down on two held-out sets), so only swaps count."""
    if not (a.actor and b.actor and a.recipient and b.recipient):
        return True

    def full(refs: list[ActorRef]) -> set[tuple[str, str | None]]:
        return {(r.code.split(".")[0], r.sector) for r in refs}

    return not (full(a.actor).isdisjoint(full(b.actor)) and full(a.actor) & full(b.recipient)
                and full(b.actor) & full(a.recipient))


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def _dates_compatible(a: Event, b: Event) -> bool:
    """Dates that can belong to one event: equal up to precision, or one of them only the
    article's default date (no date in the clause)."""
    if not a.date or not b.date or not a.explain.get("date_from_text") or not b.explain.get("date_from_text"):
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _dates_compatible_values(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _dates_compatible_restatement(a: Event, b: Event) -> bool:
    """Dates that let two events with different participant sets be one: equal up to
    precision, or one of them only a context date (the narrative it continues) beside the
    other's default, since the context says nothing about that other statement."""
    if a.date == b.date or (a.date and b.date and _dates_compatible_values(a.date, b.date)):
        return True
    return {_date_strength(a), _date_strength(b)} == {0, 1}


def _date_strength(ev: Event) -> int:
    """How much the text says about an event's date: 2 a time expression in its clause, 1 the
    context (the narrative it continues, a "then", its paragraph's statement date), 0 only the
    article's default date."""
    if ev.explain.get("date_from_text"):
        return 2
    why = str(ev.explain.get("date") or "")
    return 0 if not why or "date of the article's current news" in why else 1


def _better_date(kept: Event, ev: Event) -> bool:
    """Whether a restatement's date should replace the kept one: the date the text gives more
    directly wins (an undated lead "Kejari menetapkan lima tersangka" takes the date its body
    gives the restatement, "penetapan tersangka dilakukan ... Senin (20/10)"; a narrative date
    is not replaced by a later restatement's default date only because that is a day); between
    equals, the more precise one."""
    if not ev.date:
        return False
    if not kept.date:
        return True
    ks, es = _date_strength(kept), _date_strength(ev)
    if es != ks:
        return es > ks
    return len(ev.date) > len(kept.date)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per distinct (type, participants, date): a restatement with the same or
    fewer participants and a compatible date is folded into the fuller record, which keeps
    the most precise date and the earliest position."""
    out: list[Event] = []
    for ev in events:
        merged = False
        for kept in out:
            if kept.type != ev.type or kept.negated != ev.negated or kept.hypothetical != ev.hypothetical:
                continue
            a, b = _countries(kept), _countries(ev)
            if not (a <= b or b <= a):
                continue
            if not _same_parties(kept, ev):
                continue
            if a == b and not _dates_compatible(kept, ev):
                continue
            if a != b and not _dates_compatible_restatement(kept, ev):
                continue
            # same participants or one a subset of the other: one event
            if b > a:
                # the fuller restatement's participants; a side it leaves empty keeps the kept
                # record's ("Pasukan Suriah mengambil alih markas ISIS" + "bersama Hizbullah dari
                # Libanon, Suriah ... meruntuhkan": ISIS stays the target)
                kept.actor, kept.recipient = ev.actor or kept.actor, ev.recipient or kept.recipient
            if _better_date(kept, ev):
                kept.date = ev.date
                kept.explain["date_from_text"] = ev.explain.get("date_from_text")
                kept.explain["date"] = ev.explain.get("date")
            for m in ev.mode:
                if m not in kept.mode:
                    kept.mode.append(m)
            kept.confidence = max(kept.confidence, ev.confidence)
            kept.explain.setdefault("merged", []).append(ev.evidence.text[:80] if ev.evidence else "")
            merged = True
            break
        if not merged:
            out.append(ev)
    for n, ev in enumerate(out, 1):
        ev.id = f"ev{n}"
    return out
