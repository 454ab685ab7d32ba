"""The actors stage: who is who in the article, with codes, sectors, roles and every mention.

Steps, each cheap and rule-based (so every decision can be explained):

1. gazetteer items from the KB trie (countries, bodies, roles, titles, generic nouns, people);
2. the article's *home country* (see :mod:`warta.actors.home`);
3. role appositions "[jabatan] [lembaga/negara] [gelar] Nama" and "Nama, [jabatan] ...",
   initials of suspects ("tersangka RN", "SR (30)"), companies ("PT ..."), bodies,
   countries, capitals used as actors, and generic common-noun actors ("polisi Meksiko");
4. optional NER spans fill the gaps (persons the patterns did not see);
5. coreference: short names, role-only mentions and pronouns (:mod:`warta.actors.coref`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Document, Entity, Mention, Span
from ..options import PipelineOptions
from .coref import SPEECH_WORDS, resolve_coreference
from .home import dateline_end, home_country
from .kb import KB, Entry, default_kb, norm_token
from .matcher import CURRENCY_WORDS, Item, match

#: capitalised words that start sentences or clauses but never names
STOP_CAP = frozenset("""
pada dalam menurut sementara namun saat ketika setelah sebelum kami saya kita ia dia mereka
beliau itu ini hal para selain sedangkan adapun bahkan meski meskipun walaupun jika kalau karena
sebab oleh untuk dengan dari di ke dan atau tetapi tapi lalu kemudian akhirnya sehingga maka
selasa senin rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember hari pekan bulan tahun the a an in on at of for and but
he she it they we i this that his her baca simak tonton lihat foto video berita sumber editor
penulis reporter sekitar hingga sejak sampai tak tidak bukan ada apa siapa bagaimana mengapa
kenapa kapan dimana begitu juga pun yang sebagai selaku terkait soal tentang atas bagi antara
polisi warga pihak kasus kata ujar menurutnya sebelumnya selanjutnya kini saat ini
rp us$ usd pt cv tbk persero perum inisial berinisial dirinya mereka kamu anda islam kristen katolik hindu buddha
sunni syiah undang undang-undang pasal
awalnya mulanya semula ternyata rupanya sayangnya untungnya sekarang dulu dahulu apalagi padahal
terpisah kemarin besok tadi diketahui sebelumnya adapun terbaru terkini teranyar faktanya
""".split())


def _opens_written_name(toks, i: int) -> bool:
    """The capital letter(s) at ``i`` open a person's written-out name ("I Made Parwita", "Ni Luh
    Putu", "M Yusuf"), not initials standing for one: a capitalised word follows."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    return len(nxt) >= 3 and nxt[:1].isupper() and not nxt.isupper() and nxt.isalpha() and nxt.lower() not in STOP_CAP


#: fields of an office ("Kepala Dinas Sosial Kota Mataram Budi"): never the first word of the
#: holder's name. Most are no pe-/ke-...-an nouns; the three that are also stand here for when no
#: stemmer is loaded
OFFICE_FIELDS = frozenset({"sosial", "pajak", "pariwisata", "koperasi", "olahraga", "lingkungan", "hidup",
                           "agama", "hukum", "bea", "cukai", "imigrasi", "sipil", "tenaga", "kerja", "pangan",
                           "energi", "kominfo", "perhubungan", "kesehatan", "pendidikan"})
#: words between a noun and the initials it introduces ("korban berinisial MK", "bocah yakni KT")
INITIALS_LEADS = frozenset({"berinisial", "inisial", "bernama", "yakni", "yaitu", "seorang", ","})
#: nouns that name a victim or kin, never a suspect, when initials follow them
VICTIMS_AND_KIN = frozenset({"korban", "saksi", "pelapor", "ibu", "ayah", "anak", "bocah", "balita", "istri",
                             "suami", "cucu", "adik", "kakak", "putri", "putra"})
#: abbreviated name words written with a dot ("Tb. Hasanuddin" for Tubagus, "Moh. Mahfud")
NAME_ABBREVIATIONS = frozenset({"tb", "moh", "muh", "moch", "mochd", "mhd", "abd", "sy", "hj"})
PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "de", "der", "da", "von", "dos", "la", "le"})
#: words that continue a role phrase between its parts ("Direktur Perlindungan WNI dan Badan Hukum")
ROLE_GLUE = frozenset({"dan", "bidang", "pada", "untuk", "urusan", "se", "di", "&", "/", "wilayah", "kota", "kabupaten", "provinsi"})
#: words that qualify an office and belong to it: "Presiden sementara Jose Jeri", "Presiden terpilih ..."
ROLE_QUALIFIERS = frozenset({"sementara", "terpilih", "interim", "nonaktif"})
#: place-name continuations after a regional body: "Polres Metro Bekasi", "PN Jakarta Selatan"
#: bodies implied by a role that exist once per region, so the role may be followed by the
#: region's name ("Kapolres Metro Depok", "Kajati Sumut"); a national body's role ("Wakil Ketua
#: MPR Lestari Moerdijat") is followed by the holder's name, never by a place
REGIONAL_BODIES = frozenset({"Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Kejati", "Kejari",
                             "Kodam", "Kodim", "Korem", "Koramil", "Lanud", "Lantamal", "Pengadilan Negeri",
                             "Pengadilan Tinggi", "DPRD"})
PLACE_TAIL = frozenset({"pusat", "selatan", "utara", "barat", "timur", "tengah", "raya", "jaya", "kota", "besar", "lampung", "bekasi"})
PLACE_HEAD = frozenset({"metro", "kota", "kabupaten", "bandar", "tanjung", "kepulauan", "sumatera", "jawa", "kalimantan",
                        "sulawesi", "nusa", "jakarta", "daerah", "kuala", "pangkal", "tanah", "labuhan"})
#: words that continue a regency's name: "Lampung Selatan", "Ogan Komering Ilir", "Seram Bagian Barat"
REGION_TAIL = PLACE_TAIL | frozenset({"tenggara", "daya", "hulu", "hilir", "ilir", "ulu", "kepulauan", "bagian", "komering"})
#: nouns that give a nationality, not a status ("warga Polandia bernama ...")
NATIONALITY_NOUNS = frozenset({"warga", "warga negara", "penduduk", "wni", "wna"})
#: words that make an office a past one
FORMER = frozenset({"mantan", "eks", "bekas", "former"})
#: offices that say little about the sector: the body named with them decides
#: ("Pemimpin Mayoritas Senat" is LEG, "pejabat Kejaksaan" JUD)
WEAK_OFFICES = frozenset({"pemimpin", "pejabat"})
#: words that start a region's name ("Kabupaten Demak", "Kota Padangsidimpuan")
REGION_WORDS = frozenset({"kota", "kabupaten", "kecamatan", "desa", "kelurahan", "provinsi", "kab"})
INITIAL_CUES = frozenset({"tersangka", "inisial", "berinisial", "pelaku", "korban", "terdakwa", "saksi", "pelapor", "terlapor", "sdr", "saudara"})
#: Prepositions that place a person somewhere without saying where they are from.
POSTED_AT = frozenset({"di", "ke", "menuju", "dekat", "at", "in", "to"})
#: Words that name a region as a level of government ("Kabupaten Karawang", "Kota Bekasi").
REGION_GOVERNMENTS = frozenset({"kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov"})
#: Regional offices whose holder is often named without the region ("Gubernur Herman Deru").
ELECTED_REGIONAL = frozenset({"Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur"})
#: offices held at a place, whose "di X" is part of the office ("Duta Besar RI di Washington",
#: "Konsul Jenderal RI di Jeddah"); after any other office "di X" says where something happened
POSTED_ROLES = frozenset({"Duta Besar", "Konsul Jenderal", "Konsul", "Atase", "pejabat konsuler",
                          "Kepala Perwakilan", "Wakil Tetap", "Kuasa Usaha"})
#: words after "di" that name a building or an occasion, not a jurisdiction ("di Istana Merdeka")
VENUE_WORDS = frozenset({"istana", "gedung", "kantor", "hotel", "bandara", "markas", "kompleks", "wisma", "balai",
                         "rumah", "kediaman", "stadion", "lapangan", "pangkalan", "pelabuhan", "ruang", "aula",
                         "sela-sela", "sela", "acara", "sidang", "lokasi", "tempat", "sana", "sini", "hadapan"})
#: facilities whose names follow them: the name is a place, not a person ("pangkalan udara Al Shayrat")
FACILITIES = frozenset({"pangkalan", "kamp", "masjid", "bandara", "penjara", "barak", "pelabuhan", "stadion"})
LOCATIVE = frozenset({"di", "ke", "dari", "menuju", "dekat", "kota", "at", "in", "to", "from", "sekitar", "wilayah", "kawasan", "asal", "ibu"})
ACTOR_VERB_WORDS = frozenset({"akan", "telah", "sudah", "juga", "tidak", "tak", "belum", "masih", "pun", "terus", "kembali", "sendiri",
                              # modals and states a government is said to be in ("Tokyo khawatir", "Beijing siap")
                              "khawatir", "ingin", "siap", "harus", "perlu", "enggan", "setuju", "sepakat", "yakin",
                              "bisa", "dapat", "ikut", "turut", "segera", "kerap", "selalu", "tetap", "justru"})
#: nouns after which a generic word is a modifier, not an actor ("bantuan militer")
NOUN_MODIFIED = frozenset({"bantuan", "kerja", "sama", "latihan", "operasi", "kekuatan", "kendaraan", "pangkalan",
                           "kebijakan", "program", "anggaran", "proyek", "rumah", "kantor", "pesawat", "kapal",
                           "ancaman", "aksi", "serangan", "alat", "peralatan", "senjata", "sekolah", "kampus",
                           "rezim", "junta", "sistem", "lembaga", "institusi", "badan", "kelompok", "posisi"})
#: words before a country that make it a person's birthplace or descent, not an actor
BIRTHPLACE_WORDS = frozenset({"kelahiran", "keturunan", "berdarah", "born", "descent"})
#: entity sources that only guessed the code (home country): a later role/KB reading overrides
WEAK_SOURCES = frozenset({"capitalized", "speech-pattern", "ner", "title-pattern"})
#: words before a capitalised run that make it a place, not a person, for the NER gate
NER_SKIP_BEFORE = frozenset({"di", "ke", "menuju", "sekitar", "kawasan", "wilayah", "jalan", "jl", "kota",
                             "kabupaten", "desa", "kecamatan", "provinsi", "film", "lagu", "album", "buku",
                             "novel", "serial", "klub", "tim", "merek"})
#: demonstratives that make "negara Teluk itu" / "negeri tersebut" point back to a country
ANAPHOR_DEMONSTRATIVES = frozenset({"itu", "tersebut"})
SPEECH_BEFORE = frozenset({"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "tambah", "imbuh", "sebut", "papar",
                           "terang", "lanjut", "tandas", "pungkas", "said"})
SPEECH_AFTER = frozenset({"mengatakan", "menyatakan", "mengungkapkan", "menjelaskan", "menegaskan", "menyebut", "menyebutkan",
                          "berkata", "mengaku", "menuturkan", "menilai", "meminta", "mendesak", "menambahkan", "said", "says"})


@dataclass
class _Builder:
    """Collects entities while the stage walks the text; merges by (label, code, key)."""

    doc: Document
    entities: list[Entity] = field(default_factory=list)
    by_key: dict[tuple, Entity] = field(default_factory=dict)
    covered: list[tuple[int, int]] = field(default_factory=list)
    initials: dict[str, Entity] = field(default_factory=dict)  # "CD" -> Chrisna Damayanto
    items: list[Item] = field(default_factory=list)  # gazetteer items in text order
    item_end: dict[int, Item] = field(default_factory=dict)  # end token -> item
    home: str | None = None

    mask: bytearray = field(default_factory=bytearray)  # 1 per character already used

    def __post_init__(self) -> None:
        self.mask = bytearray(len(self.doc.text or "") + 1)

    def cover(self, start: int, end: int) -> None:
        self.covered.append((start, end))
        self.mask[start:end] = b"\x01" * max(0, end - start)

    def is_covered(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1

    def add(self, key: tuple, name: str, label: str, code: str | None, sector: str | None,
            start: int, end: int, kind: str = "name", role: str | None = None,
            kb_id: str | None = None, source: str = "kb") -> Entity:
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(id=f"e{len(self.entities) + 1}", name=name, label=label, code=code,
                         sector=sector, role=role, kb_id=kb_id, source=source)
            self.entities.append(ent)
            self.by_key[key] = ent
        elif ent.source in WEAK_SOURCES and source in ("role-pattern", "kb") and code:
            # a role apposition or the KB knows better than a bare capitalised run or a
            # speech cue that only guessed the article's home country
            ent.code, ent.sector, ent.source = code, sector, source
            if role:
                ent.role = role
        else:
            if role and not ent.role:
                ent.role = role
            if len(name) > len(ent.name) and label == "PER" and ent.source != "kb":
                ent.name = name
        if not any(m.start == start and m.end == end for m in ent.mentions):
            ent.mentions.append(Mention(start, end, self.doc.text[start:end], kind))
        self.cover(start, end)
        return ent


#: an acronym in brackets inside an office ("Jaksa Penuntut Umum (JPU)"): not part of the role
_ACRONYM_GLOSS = re.compile(r"\s*\(\s*[A-Z]{2,6}\s*\)?\s*$|\s*\(\s*[A-Z]{2,6}\s*\)(?=\s)")


_CAP_NAME = r"(?:[A-Z][\w'’-]*\.?\s*){1,5}"
#: a status noun right before a name or a list of names: "terdakwa Budi", "tersangka Ani, Budi, dan "
_BEFORE_CUE = re.compile(r"\b((?i:tersangka|terdakwa|terpidana|narapidana|buronan|saksi))\s+"
                         r"(?:(?i:berinisial|bernama|saudara|sdr\.?)\s+)?"
                         rf"(?:{_CAP_NAME}(?:\([A-Z]{{1,5}}\)\s*)?(?:,\s*(?:dan\s+)?|dan\s+))*$")
#: "Budi ditetapkan sebagai tersangka", "Budi (BD) selaku terdakwa", "Budi yang kini berstatus terpidana"
_AFTER_CUE = re.compile(r"\s*(?:\(\s*[A-Z]{1,5}\s*\)\s*)?,?\s*(?:yang\s+)?(?:(?:telah|sudah|resmi|juga|kini|pun|"
                        r"akhirnya|kemudian|lalu)\s+)*(?:ditetapkan|menjadi|jadi|berstatus|sebagai|selaku|merupakan)\s+"
                        r"(?:sebagai\s+)?(?:(?:salah\s+satu|salah\s+seorang|seorang)\s+)?(tersangka|terdakwa|terpidana)\b",
                        re.I)
#: "Budi, tersangka kasus ..."
_APPOS_CUE = re.compile(r"\s*(?:\(\s*[A-Z]{1,5}\s*\)\s*)?,\s*(?:(?:yang\s+merupakan|salah\s+satu)\s+)?"
                        r"(tersangka|terdakwa|terpidana)\b", re.I)
#: "Budi didakwa ...", "Budi yang divonis ..."
_VERB_CUE = re.compile(r"\s*(?:\(\s*[A-Z]{1,5}\s*\)\s*)?,?\s*(?:yang\s+)?(?:(?:telah|sudah|juga|kemudian|akhirnya|pun|"
                       r"sebelumnya)\s+)*(didakwa|divonis)\b", re.I)


_WORD = re.compile(r"[^\W_]+")
#: an office that is a status: "tersangka", "para terdakwa"
_SUSPECT_ROLE = re.compile(r"(?:para\s+)?(?:tersangka|terdakwa|terpidana)\b", re.I)
#: any status word: an article without one skips the status rules
_CUE_WORDS = ("tersangka", "terdakwa", "terpidana", "narapidana", "buronan", "saksi", "didakwa", "divonis")
#: the end of a sentence or paragraph, not a list number ("1. ") and not a colon before a list
_CLAUSE_END = re.compile(r"(?<![\d:])[.!?][\"”]?\s|(?<!:)\n(?!\s*\d)")
#: a suspect noun that may introduce a list of names
_LIST_CUE = re.compile(r"\b(?:tersangka|terdakwa|terpidana)\b", re.I)
#: words between the noun and a name that show the name is not in its list
_LIST_BREAK = re.compile(r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|mengatakan|menyebut|menjelaskan|memeriksa|diperiksa|"
                         r"memanggil|dipanggil|saksi|kuasa|pengacara|penasihat|advokat|penyidik|jaksa|hakim|oleh|"
                         r"bersama|terhadap|kepada|dengan|melaporkan|dilaporkan|korban)\b|[\"“”]", re.I)
#: a lawyer's office: "kuasa hukum X", "pengacara X"
_COUNSEL = re.compile(r"(?:kuasa|tim)\s+hukum|pengacara|advokat|penasihat\s+hukum|lawyer", re.I)


def _norm_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", name.lower()).split())


#: the NER windows of one document are joined by a blank line into one text for the model
_NER_SEP = "\n\n"


@dataclass
class _LinkState:
    """One document between the two phases of ``ActorLinker.pipe``."""

    doc: Document
    toks: list
    items: list[Item]
    home: str | None
    date: str | None
    builder: _Builder
    windows: list[tuple[int, int]] = field(default_factory=list)
    ner_text: str = ""


#: pe-/ke- prefixes and the root's first letter that a nasal prefix replaces ("penandatanganan" <- tanda tangan)
_CIRCUMFIX_PREFIXES = (("per", ""), ("peng", ""), ("peng", "k"), ("peny", "s"), ("pem", ""), ("pem", "p"),
                       ("pen", ""), ("pen", "t"), ("pe", ""), ("ke", ""))


def _circumfix_roots(word: str) -> list[str]:
    """The roots a pe-/ke-...-an noun may be built on, without the stemmer's dictionary."""
    if not word.endswith("an"):
        return []
    return [first + word[len(pre):-2] for pre, first in _CIRCUMFIX_PREFIXES if word.startswith(pre)]


#: A definite description that states a nationality: "Pria asal Portugal itu", "bintang
#: kelahiran Brasil tersebut" points back to the person last named.
_DESCRIBED_NATIONALITY = re.compile(
    r"\b(?:pria|wanita|perempuan|pemain|bintang|pelatih|penyerang|gelandang|striker|kiper|aktor|aktris|"
    r"penyanyi|sosok|politikus|politisi|petenis|pebalap|atlet|pesepak ?bola|pebulu ?tangkis)\s+"
    r"(?:asal|berkebangsaan|kelahiran|berpaspor)\s+", re.IGNORECASE)
#: what may stand between a person's name and the country it says the person is from
_NATIONALITY_AFTER = re.compile(
    r"\s*(?:\(\s*|,?\s*(?:asal|dari|warga negara|berkewarganegaraan|berkebangsaan|kebangsaan|"
    r"kewarganegaraan|WN)\s+)")


class ActorLinker:
    """Fill ``doc.entities``: people, bodies, countries and generic actors with codes."""

    def __init__(self, options: PipelineOptions | None = None, kb: KB | None = None):
        self.options = options or PipelineOptions()
        self.kb = kb or default_kb()
        #: lower-cased head words that open a company or agency pattern (``_free_patterns``)
        self._pattern_heads = frozenset(self.kb.company_heads) | frozenset(self.kb.agency_heads)
        self._ner = None
        self._ner_loaded = False
        self._ner_tagger()  # load once with the stage, not inside the first document
        self._cue_words = self._load_cue_words() if self._ner is not None else frozenset()
        try:  # Indonesian morphology for the capitalised-run fallback ("Pelayanan Publik" is no name)
            from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415
            self._stemmer = StemmerFactory().create_stemmer()
            self._dictionary = self._stemmer.delegatedStemmer.dictionary
        except Exception:
            self._stemmer = self._dictionary = None

    # -- NER (optional, lazily imported: the model may not be shipped) -----------------
    @property
    def ner(self):
        """The NER tagger this stage uses (a ``warta.nlp.ner.NerTagger``), or None when the
        options leave it out or no model is shipped."""
        return self._ner_tagger()

    def _ner_tagger(self):
        if not self._ner_loaded:
            self._ner_loaded = True
            if self.options.use_ner:
                try:
                    from ..nlp.ner import NerTagger  # noqa: PLC0415
                    self._ner = NerTagger.load_default()
                except Exception:  # no model, no spaCy: the KB and patterns still work
                    self._ner = None
        return self._ner

    @staticmethod
    def _load_cue_words() -> frozenset[str]:
        """Words that make a sentence worth the NER model: speech verbs and the first words
        of the events stage's triggers (a person the model finds elsewhere rarely acts in an
        event or a quote). Without the events lexicon, speech words alone."""
        words = set(SPEECH_BEFORE | SPEECH_AFTER | SPEECH_WORDS)
        try:
            from ..events.lexicon import load_lexicon  # noqa: PLC0415
            for lang in ("id", "en"):
                words |= set(load_lexicon(lang).heads)
        except Exception:
            pass
        return frozenset(words)

    def _sentence_has_cue(self, doc: Document, toks, k: int) -> bool:
        """Does the sentence around token ``k`` quote someone or hold an event trigger?"""
        if not self._cue_words:
            return True
        sent = doc.sentence_of(toks[k][0])
        lo, hi = (sent.start, sent.end) if sent is not None else (max(0, toks[k][0] - 300), toks[k][1] + 300)
        # the sentence before counts too: "Berikut daftar saksi yang diperiksa: 1. ... 2. Nama"
        prev = doc.sentence_of(lo - 1) if lo > 0 else None
        seg = doc.text[prev.start if prev is not None else lo:hi]
        if any(q in seg for q in '"“”'):
            return True
        return any(w in self._cue_words for w in seg.lower().split())

    # -- main ---------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Link a batch of documents; each comes out as ``__call__`` would leave it.

        Why a batch: the NER model's cost is mostly per call (~3-5 ms inside the pipeline,
        whatever the length of the text), so the windows of all documents of a batch go to
        the model in one ``pipe_spans`` call (about a tenth of the time). Each document is
        linked in two phases around that call (``_start``: KB, patterns, the windows worth
        the model; ``_finish``: the model's persons, initials, coreference, sectors); the
        documents are only written to in ``_finish``, so the stage stays a pure function of
        each document."""
        states = [self._start(doc) for doc in docs]
        wanted = [n for n, st in enumerate(states) if st is not None and st.ner_text]
        found: dict[int, list[tuple[int, int, str]]] = {}
        tagger = self._ner_tagger()
        if wanted and tagger is not None:
            try:
                spans = tagger.pipe_spans([states[n].ner_text for n in wanted])
                found = dict(zip(wanted, spans))
            except Exception as exc:  # a broken model must not cost the articles their actors
                for n in wanted:
                    docs[n].warnings.append(f"actors: NER failed: {type(exc).__name__}")
        return [self._finish(st, found.get(n, [])) if st is not None else doc
                for n, (doc, st) in enumerate(zip(docs, states))]

    def _start(self, doc: Document) -> _LinkState | None:
        """Phase one: everything the KB and the patterns find, and the text for the model."""
        text = doc.text or ""
        if not text.strip():
            return None
        date = doc.published.date[:10] if doc.published and doc.published.date else None
        toks, items = match(text, self.kb)
        # "Saudara AS", "tersangka berinisial RI": a person's initials that spell a country's
        # short name do not tell where the story is
        home = home_country(doc, toks, [it for it in items if not self._is_initials(text, toks, it)], self.kb)
        b = _Builder(doc)
        b.items, b.item_end, b.home = items, {it.j: it for it in items}, home
        item_at = {it.i: it for it in items}
        self._walk(doc, toks, items, item_at, home, date, b)
        st = _LinkState(doc=doc, toks=toks, items=items, home=home, date=date, builder=b)
        if self._ner_tagger() is not None:
            st.windows = self._ner_windows(doc, toks, item_at, b)
            st.ner_text = _NER_SEP.join(text[ws:we] for ws, we in st.windows)
        return st

    def _finish(self, st: _LinkState, ner_spans: list[tuple[int, int, str]]) -> Document:
        """Phase two: the model's persons, then initials, coreference and sectors."""
        doc, toks, b, home = st.doc, st.toks, st.builder, st.home
        if ner_spans:
            self._ner_persons(doc, st.windows, ner_spans, home, b)
        self._merge_initials(b, toks)
        resolve_coreference(doc, toks, st.items, b.entities, b.covered, self.kb, st.date, home)
        self._described_nationality(doc.text, st.items, b.entities, home)
        self._status_sectors(doc, b)
        for ent in b.entities:
            ent.mentions.sort(key=lambda m: m.start)
            if ent.label == "ORG" and ent.source == "kb" and ent.mentions:
                surfaces = [m.text for m in ent.mentions if m.kind == "name"]
                if surfaces and ent.name not in surfaces and not any(ent.name in s_ for s_ in surfaces):
                    ent.name = max(surfaces, key=len)
        doc.entities = [e for e in b.entities if e.mentions]
        for n, ent in enumerate(doc.entities, 1):
            ent.id = f"e{n}"
        doc.meta.setdefault("home_country", home)
        return doc

    @staticmethod
    def _described_nationality(text: str, items, entities: list[Entity], home: str | None) -> None:
        """"Jose Mourinho ... Pria asal Portugal itu ...": a definite description that states a
        nationality points back to the person last named, whose code was only guessed from the
        story's home country (a name the KB does not know); that person takes the country.
        Why: ANNOTATION.md codes people by the country they belong to, and a foreign name in
        an Indonesian story otherwise comes out IDN."""
        low = (text or "").lower()
        if not any(w in low for w in ("asal", "kebangsaan", "kelahiran", "berpaspor")):
            return  # the common case, without the case-blind scan (it cost 0.3 ms an article)
        for m in _DESCRIBED_NATIONALITY.finditer(text or ""):
            it = next((x for x in items if x.start == m.end()), None)
            country = it.first("country") if it is not None else None
            if country is None or not country.code or country.code == home:
                continue
            if not re.match(r"\s+(?:itu|tersebut|ini)\b", text[it.end:it.end + 12]):
                continue
            best: tuple[int, Entity] | None = None
            for e in entities:
                if e.label != "PER" or e.source == "kb" or e.code != home:
                    continue
                for mm in e.mentions:
                    if mm.kind != "pronoun" and mm.end <= m.start() and m.start() - mm.end <= 600 \
                            and (best is None or mm.end > best[0]):
                        best = (mm.end, e)
            if best is not None:
                best[1].code = country.code

    def _holder_without_region(self, toks, item_at, k: int, e: int, role_entry: Entry, home: str | None) -> bool:
        """"Gubernur Herman Deru": in an Indonesian story an elected regional office followed by a
        short run that the register does not open (checked before) names its holder, not a region.
        Not when the run opens with a place head, a sentence word, an acronym or a KB item."""
        first = toks[k][2]
        return (home == "IDN" and role_entry.name in ELECTED_REGIONAL and e - k <= 3
                and first.lower() not in self.kb.place_heads | REGION_WORDS | STOP_CAP
                and not first.isupper() and item_at.get(k) is None)

    @staticmethod
    def _region_acts(text: str, toks, k: int, j: int) -> bool:
        """Does the region named at ``[k, j)`` act or take part, rather than locate? After a
        partner's or addressee's preposition ("dengan", "kepada", "oleh"), or as a subject: at a
        clause's start with an active or passive verb right after it."""
        prev = toks[k - 1][2].lower() if k > 0 else "."
        if prev in ("dengan", "kepada", "oleh", "bersama", "antara"):
            return True
        nxt = toks[j][2].lower() if j < len(toks) else ""
        opens = k == 0 or prev in (".", ",", ";", ":", '"', "“") or "\n" in text[toks[k - 1][1]:toks[k][0]]
        return opens and nxt.startswith(("me", "ber", "di")) and len(nxt) > 4 and nxt not in ("dilanda", "diguyur")

    def _known_region_end(self, toks, item_at, k: int, e: int) -> int | None:
        """End token of a region name at ``k`` (inside ``[k, e)``) that Indonesia's register of
        provinces, regencies and cities ("Kolaka Timur") or the KB ("Tokyo") knows; or None."""
        for x in range(min(e, k + 4), k, -1):
            if "".join(toks[y][2].lower() for y in range(k, x)) in self.kb.idn_regions and not (
                    x == k + 1 and toks[k][2].lower() in self.kb.place_heads):
                return x  # "Tanjungbalai" and "Tanjung Balai" alike; "Puncak" may open "Puncak Jaya"
        it = item_at.get(k)
        if it is not None and it.j <= e and it.first("city", "capital", "region") and not it.first("person"):
            return it.j
        return None

    def _region_end(self, toks, k: int, e: int) -> int:
        """End token of a regency/city name at ``k`` inside the run ``[k, e)``: one word, two
        after a head word ("Gunung Kidul", "Kota Batu"), plus direction words ("Selatan")."""
        j = k + 1
        while toks[j - 1][2].lower() in self.kb.place_heads and j < e - 1:
            j += 1  # "Kabupaten Mandailing Natal", "Kabupaten Gunung Kidul"
        while j < e - 1 and toks[j][2].lower() in REGION_TAIL:
            j += 1
        return j

    def _derived_noun(self, word: str) -> bool:
        """A capitalised pe-/ke-/per- ... -an noun built on a dictionary root ("Pendidikan" <-
        didik, "Kesehatan" <- sehat): the field of an office or a body, never a name."""
        w = word.lower()
        if len(w) <= 6 or self._stemmer is None or not w.endswith("an") or not w.startswith(("pe", "ke")):
            return False
        stem = self._stemmer.stem(w)
        if stem != w and len(stem) >= 3 and self._dictionary.contains(stem):
            return True
        return any(self._closed_compound(root) for root in _circumfix_roots(w))

    def _closed_compound(self, root: str) -> bool:
        """Two dictionary words written closed up, as a two-word root is under a circumfix:
        "keretaapi" (Perkeretaapian), "dayaguna" (Pendayagunaan), "tanggungjawab"
        (Pertanggungjawaban). The stemmer's dictionary has no such roots."""
        return len(root) >= 7 and any(self._dictionary.contains(root[:k]) and self._dictionary.contains(root[k:])
                                      for k in range(3, len(root) - 2))

    def _all_common(self, toks, k: int, j: int) -> bool:
        """Every longer word of toks[k:j] is a dictionary word or derived from one: a term
        ("Bantuan Langsung Tunai (BLT)", "Surat Edaran (SE)"), not a person's name, even when
        an acronym of its initials follows."""
        if self._dictionary is None:
            return False
        words = [toks[x][2].lower() for x in range(k, j) if toks[x][2].isalpha() and len(toks[x][2]) > 3]
        stems = [self._stemmer.stem(w) for w in words]  # slow, but this runs only before "(ACR)"
        # and one of them derived ("Bantuan", "Penerimaan"): "Putri Ayu Lestari (PAL)" is all root
        # words, and a name
        return bool(words) and all(self._dictionary.contains(w) or self._dictionary.contains(st)
                                   for w, st in zip(words, stems)) and any(st != w for w, st in zip(words, stems))

    def _common_word(self, word: str) -> bool:
        """A dictionary word or a derived form of one ("Pembangunan" <- bangun), not a name."""
        w = word.lower()
        if len(w) <= 3 or self._dictionary is None:
            return False
        if self._dictionary.contains(w):
            return True
        if len(w) > 6 and w.startswith(("pe", "ke", "pen", "per")) and w.endswith("an"):
            stem = self._stemmer.stem(w)
            return stem != w and self._dictionary.contains(stem)
        return False

    # -- sectors from the words of an office and from a person's status ---------------------
    def _keyword_sector(self, role_text: str | None) -> str | None:
        """The sector the first telling word of an office gives ("Ketua Majelis Hakim" -> JUD,
        "Kepala Seksi Intel Kejari Lembata" -> JUD), for offices whose head says nothing."""
        if not role_text:
            return None
        for w in _WORD.findall(role_text.lower()):
            sec = self.kb.role_keywords.get(w) or ("BUS" if w in self.kb.company_tails else None)
            if sec:
                return sec
        return None

    def _status_sector(self, text: str, m: Mention) -> str | None:
        """The sector a status word next to one mention gives: "terdakwa Budi", "Budi
        ditetapkan sebagai tersangka", "Budi, terdakwa kasus ...", "Budi didakwa ..." -> CRM;
        "saksi Budi" -> CVL. A list after the cue counts ("terdakwa Ani, Budi, dan Cici")."""
        cues = self.kb.status_cues
        before = text[max(0, m.start - 160):m.start]
        bm = _BEFORE_CUE.search(before)
        if bm and (bm.group(1).lower(), "before") in cues:
            return cues[(bm.group(1).lower(), "before")]
        after = text[m.end:m.end + 90]
        am = _AFTER_CUE.match(after) or _APPOS_CUE.match(after)
        if am and (am.group(1).lower(), "after") in cues:
            return cues[(am.group(1).lower(), "after")]
        vm = _VERB_CUE.match(after)
        if vm and (vm.group(1).lower(), "verb") in cues:
            return cues[(vm.group(1).lower(), "verb")]
        return None

    @staticmethod
    def _listed_as_suspect(doc: Document, m: Mention) -> bool:
        """Is the name enumerated after a suspect noun earlier in its sentence or in a list
        the sentence before introduces ("Empat terdakwa itu ialah: 1. X selaku ...", "Tiga
        tersangka lainnya dari pihak swasta X, Y, dan Z")? A speech verb or a second clause
        between the noun and the name ends the list."""
        seg = doc.text[max(0, m.start - 300):m.start]
        ends = list(_CLAUSE_END.finditer(seg))
        if ends:
            seg = seg[ends[-1].end():]
        cue = None
        for cue in _LIST_CUE.finditer(seg):
            pass
        if cue is None:
            return False
        between = seg[cue.end():]
        return not _LIST_BREAK.search(between)

    def _status_sectors(self, doc: Document, b: _Builder) -> None:
        """People the article calls suspects, defendants or convicts are CRM whatever their
        office (ANNOTATION.md: "a corruption suspect IDN.CRM"; a company director on trial is
        CRM); a witness with no other sector is CVL; a person whose office gave no sector takes
        the one its words give."""
        text = doc.text
        low = text.lower()
        cues = []  # positions of status words; most articles have none (substring search is fast)
        for w in _CUE_WORDS:
            x = low.find(w)
            while x != -1:
                cues.append(x)
                x = low.find(w, x + 1)
        cues.sort()

        def near(m: Mention, before: int, after: int) -> bool:
            x = bisect.bisect_left(cues, m.start - before)
            return x < len(cues) and cues[x] < m.end + after

        for ent in b.entities:
            if ent.label != "PER" or ent.source in ("generic", "initials") or ent.code is None:
                continue
            status = None
            for m in ent.mentions:
                if m.kind in ("name", "short") and near(m, 160, 90):
                    status = self._status_sector(text, m)
                    if status == "CRM":
                        break
            if status is None and ent.sector not in ("JUD", "COP", "MIL") and not (
                    ent.role and _COUNSEL.match(ent.role)) and any(
                    m.kind == "name" and near(m, 300, 0) and self._listed_as_suspect(doc, m) for m in ent.mentions):
                status = "CRM"
            if status == "CRM" or (ent.role and _SUSPECT_ROLE.match(ent.role)):
                ent.sector = "CRM"
            elif ent.sector is None:
                ent.sector = self._keyword_sector(ent.role) or status

    # -- token helpers --------------------------------------------------------------------
    @staticmethod
    def _is_cap_word(tok: str) -> bool:
        return tok[:1].isupper() and tok[:1].isalpha()

    def _read_name(self, text: str, toks, item_at, k: int, limit: int = 6,
                   places: bool = False) -> tuple[int, int]:
        """Read a personal name from token ``k``: returns (k, end_token) with end > k if any.

        Capitalised words, single-letter initials (with or without a dot), hyphen or
        apostrophe joins without spaces ("Tae-yul", "Ma'ruf") and name particles ("bin").
        The start moves past an acronym that closes the body named before it ("Kemenko
        IPK Rachmat Wibowo": the name starts at "Rachmat"), so callers must use it.
        """
        n = len(toks)
        if self._closing_acronym(text, toks, item_at, k):
            k += 1
        j = k
        words = 0
        while j < n and words < limit:
            s, e, t = toks[j]
            if j > k and text[toks[j - 1][1]:s].count("\n"):
                break
            it = item_at.get(j)
            if it is not None and "person" not in it.kinds() and j > k and not (len(t) == 1 and t.isupper()) \
                    and not (places and it.kinds() == {"city"} and it.j == j + 1 and t.lower() not in PLACE_HEAD
                             and text[toks[j - 1][1]:s] == " "):
                # a region's name inside a name ("Sabah Khaled al-Sabah") does not end it
                break
            if j > k and t.isupper() and len(t) >= 2:
                break  # an acronym ends a name: "Inisial RN", "Budi KPK"
            initial = len(t) == 1 and t.isupper() and j + 1 < n and toks[j + 1][2] == "." and toks[j + 1][0] == e
            if self._is_cap_word(t) and (t.lower() not in STOP_CAP or (j > k and len(t) > 1 and t.lower() not in ("dan", "di"))
                                         or (j > k and initial)):  # "Mohammad A. Rahman", "Armand Mel I. Hukom"
                if j == k and t.lower() in STOP_CAP:
                    break
                j += 1
                words += 1
                # glue: hyphen/apostrophe directly between two word pieces
                while j + 1 < n and toks[j][2] in "-'’" and toks[j + 1][2][:1].isalpha() and (
                        (toks[j][0] == toks[j - 1][1] and toks[j + 1][0] == toks[j][1])
                        or (toks[j + 1][2].islower() and len(toks[j + 1][2]) <= 4)):  # "Ong - art" in tokenised text
                    j += 2
                if j < n and toks[j][2] == "." and toks[j][0] == toks[j - 1][1] and (
                        len(toks[j - 1][2]) == 1 or toks[j - 1][2].lower() in NAME_ABBREVIATIONS):
                    j += 1  # initial "P.", "Tb. Hasanuddin", "Moh. Hatta"
                continue
            if j > k and t.lower() in PARTICLES and j + 1 < n and self._is_cap_word(toks[j + 1][2]) and text[e:toks[j + 1][0]] == " ":
                j += 1
                continue
            if j > k and t.lower() in PARTICLES and j + 2 < n and toks[j + 1][2] == "-" \
                    and toks[j + 1][0] == e and toks[j + 2][0] == toks[j + 1][1] and self._is_cap_word(toks[j + 2][2]):
                j += 3  # "al-Sabah", "el-Sisi", "bin-Salman"
                words += 1
                continue
            break
        while j > k and toks[j - 1][2].lower() in PARTICLES:
            j -= 1
        return k, j

    def _gloss_of(self, toks, item_at, start: int, k: int) -> bool:
        """Is token ``k`` (inside brackets) the short form of the capitalised run from ``start``?

        All capitals ("JPU", "BGN"), or a mixed-case abbreviation ("Menpar", "Ikahi",
        "Kemenpar") whose first letter opens one of the run's capitalised words and that is
        no person or place the KB knows ("Menteri ... (Yogyakarta)" is not a gloss)."""
        t = toks[k][2]
        if not t.isalpha() or not 2 <= len(t) <= 10 or not t[:1].isupper():
            return False
        if t.isupper():
            return len(t) <= 6
        if len(t) < 3 or t[1:].isupper():
            return False
        it = item_at.get(k)
        if it is not None and it.first("person", "country", "city", "capital", "region"):
            return False
        first = t[0].lower()
        return any(toks[x][2][:1].isupper() and toks[x][2][0].lower() == first for x in range(start, k - 1))

    def _closing_acronym(self, text: str, toks, item_at, k: int) -> bool:
        """Is token ``k`` an acronym that ends the organisation before it, not a name's start?

        An all-caps word of 2+ letters right after a capitalised word (the body: "Kemenko",
        "Polda") and right before a capitalised word ("Kemenko IPK Rachmat ..."). Acronyms
        the KB knows as titles ("AKBP") or countries ("RI") are read by their own rules."""
        n = len(toks)
        if k <= 0 or k + 1 >= n:
            return False
        t = toks[k][2]
        if not (t.isupper() and t.isalpha() and len(t) >= 2):
            return False
        it = item_at.get(k)
        if it is not None and (it.first("title", "country", "person", "role") or it.j != k + 1):
            return False
        prev, nxt = toks[k - 1][2], toks[k + 1][2]
        return (text[toks[k - 1][1]:toks[k][0]] == " " and text[toks[k][1]:toks[k + 1][0]] == " "
                and self._is_cap_word(prev) and self._is_cap_word(nxt) and not nxt.isupper()
                and item_at.get(k + 1) is None)

    def _body_run(self, text: str, toks, item_at, k: int) -> int:
        """End token of the capitalised run from a body's head word at ``k`` ("Partai Harapan
        Bangsa Siti Rahmawati"): up to 8 words, stopping at KB items, lowercase words and punctuation."""
        n, j = len(toks), k + 1
        while j < n and j - k < 8 and text[toks[j - 1][1]:toks[j][0]] == " " and item_at.get(j) is None \
                and (self._is_cap_word(toks[j][2]) or toks[j][2].isupper()) and toks[j][2].lower() not in STOP_CAP:
            j += 1
        return j if j > k + 1 else k

    def _split_body_person(self, text: str, toks, item_at, k: int, e: int) -> int:
        """Where the holder's name starts inside a run "<body> <name>" after a role, or ``e``.

        Nothing in the text marks where an unknown body's name ends ("Yayasan Cahaya Negeri
        Andi Wijaya"). The rule: a company tail word ("Tbk") ends the body when 2+ words
        follow it; otherwise, when the run has 4+ words (head, at least one word of the body,
        two of the name), the last two are the person, who is read as the body's office holder
        (Indonesian names are mostly two words; a third, first word is lost, the surname kept).
        A shorter run, or a last pair with an acronym or a name-blocker word, is all body and
        no person: better no actor than one named "Partai Harapan Bangsa Siti"."""
        for x in range(k + 1, e - 2):
            if toks[x][2].lower() in self.kb.company_tails:
                return x + 1
        if e - k < 4:
            return e
        if e + 1 < len(toks) and toks[e][2] == ",":
            # "Direktur Utama PT Sinar Abadi Jaya, Hendra Wijaya, ...": the name comes after
            # the comma, so the whole run is the body
            _, e2 = self._read_name(text, toks, item_at, e + 1)
            if e2 - (e + 1) >= 2:
                return e
        last2 = [toks[x][2] for x in (e - 2, e - 1)]
        if any(w.isupper() or w.lower() in self.kb.name_blockers or w.lower() in self.kb.company_tails
               or w.lower() in PLACE_HEAD for w in last2):
            return e
        return e - 2

    def _skip_titles(self, toks, item_at, k: int) -> tuple[int, list[str], str | None]:
        titles, sector = [], None
        while k < len(toks):
            it = item_at.get(k)
            if it is None:
                break
            t = it.first("title")
            if t is None:
                break
            titles.append(it.text)
            sector = sector or t.sector
            k = it.j
            if k < len(toks) and toks[k][2] == "." and toks[k][0] == toks[k - 1][1]:
                k += 1
            # "Kombes Pol", "Brigjen TNI"
            if k < len(toks) and toks[k][2] in ("Pol", "TNI", "Pol."):
                k += 1
        return k, titles, sector

    def _place_tail(self, text: str, toks, item_at, k: int) -> int:
        """Tokens of a place name after a regional body ("Metro Bekasi", "Bandar Lampung")."""
        n = len(toks)
        if k >= n or not self._is_cap_word(toks[k][2]) or text[toks[k - 1][1]:toks[k][0]] != " ":
            return k
        it = item_at.get(k)
        if it is not None and it.first("city", "country", "capital") and not it.first("title", "role"):
            j = it.j
        elif it is not None:
            return k
        else:
            j = k + 1
            if toks[k][2].lower() in PLACE_HEAD and j < n and self._is_cap_word(toks[j][2]):
                nx = item_at.get(j)
                if nx is None:
                    j += 1
                elif nx.first("city", "country") and not nx.first("title", "role", "org"):
                    j = nx.j
        while j < n and toks[j][2].lower() in PLACE_TAIL and self._is_cap_word(toks[j][2]) and item_at.get(j) is None:
            j += 1
        return j

    # -- the walk ------------------------------------------------------------------------------
    def _walk(self, doc, toks, items, item_at, home, date, b: _Builder) -> None:
        text = doc.text
        n = len(toks)
        consumed_until = -1
        dl_place = (doc.dateline.place or "").lower() if doc.dateline and doc.dateline.place else None
        dl_end = dateline_end(doc)  # "Jakarta , CNN Indonesia - -": the desk, not an actor
        for it in items:
            if it.i < consumed_until or it.end <= dl_end:
                continue
            kinds = it.kinds()
            prev = toks[it.i - 1][2].lower() if it.i > 0 else ""
            # 1. a role starting an apposition -----------------------------------------------
            if "role" in kinds or ("title" in kinds and "person" not in kinds):
                done = self._role_phrase(doc, toks, item_at, it, home, date, b)
                if done:
                    consumed_until = done
                    continue
            # 2. people from the KB --------------------------------------------------------------
            if "person" in kinds and it.j == it.i + 1 and it.i > 0 and self._is_cap_word(toks[it.i - 1][2]) \
                    and text[toks[it.i - 1][1]:it.start] == " " and toks[it.i - 1][2].lower() not in STOP_CAP \
                    and (b.item_end.get(it.i) is None or not b.item_end[it.i].first("role", "title")):
                # "Hari Prabowo": a one-word alias ("Prabowo") as the last word of another
                # person's name is not that person; the name is read as a whole later
                continue
            if "person" in kinds and self._name_goes_on(text, toks, item_at, it):
                continue  # "Budi Santoso Harjono" is not the Budi Santoso the KB knows
            if "person" in kinds:
                e = it.first("person")
                self._add_kb_person(doc, b, e.name, it.start, it.end, date, role_text=None)
                consumed_until = it.j
                continue
            # 3. bodies ---------------------------------------------------------------------------
            org = self._org_reading(toks, item_at, b.item_end, it)
            if org is not None:
                # "MA (30)" / "tersangka MA": initials, not Mahkamah Agung
                if org.mode == "upper" and (self._initials_context(text, toks, it.i, it.j) or self._in_initials_list(toks, it.i)):
                    consumed_until = self._add_initials(doc, toks, it.i, home, b)
                    continue
                consumed_until = self._add_org(doc, toks, item_at, it, org, home, b)
                continue
            # 4. generic actors ------------------------------------------------------------------
            gen = it.first("generic")
            if gen is not None:
                consumed_until = self._generic(doc, toks, item_at, it, gen, home, b)
                continue
            # 5. countries -----------------------------------------------------------------------
            ctry = it.first("country")
            if ctry is not None:
                if dl_place and it.start < 80 and it.text.lower() == dl_place:
                    continue
                if prev in BIRTHPLACE_WORDS:
                    # "warga Uzbekistan kelahiran Kyrgyzstan": a birthplace or descent describes
                    # the person, who acts for the first country; it is not a participant
                    b.cover(it.start, it.end)
                    continue
                if self._is_initials(text, toks, it):
                    consumed_until = self._add_initials(doc, toks, it.i, home, b)
                    continue
                cname = self.kb.country_names.get(ctry.code, it.text)
                b.add(("GPE", ctry.code), cname, "GPE", ctry.code, None, it.start, it.end, source="kb")
                continue
            cap = it.first("capital")
            if cap is not None:
                if dl_place and it.start < 80:
                    continue
                if self._actor_use(toks, it) or self._coordinated_actor_use(toks, item_at, it):
                    b.add(("CAP", cap.code, it.text.lower()), it.text, "GPE", cap.code, "GOV",
                          it.start, it.end, source="kb-metonym")
                continue
        # second pass: initials, companies and "Nama, jabatan" appositions outside items
        self._free_patterns(doc, toks, item_at, home, date, b)

    @staticmethod
    def _merge_initials(b: _Builder, toks) -> None:
        """"CD" met alone before or after "Chrisna Damayanto (CD)" is the same person."""
        for ent in b.entities:
            target = b.initials.get(ent.name)
            if ent.source == "initials" and target is not None and target is not ent:
                for m in ent.mentions:
                    target.mentions.append(Mention(m.start, m.end, m.text, "short"))
                ent.mentions = []
        if b.initials:
            for s, e, t in toks:
                target = b.initials.get(t)
                if target is not None and not b.is_covered(s, e):
                    target.mentions.append(Mention(s, e, t, "short"))
                    b.cover(s, e)

    def _org_reading(self, toks, item_at, item_end, it):
        """The body an alias names. An acronym with several readings ("PBB": the UN or
        Partai Bulan Bintang) is read as a party after "Partai" or in a list ("PKS, PAN,
        PBB dan Gerindra") whose neighbour is a party; otherwise its first reading."""
        orgs = [e for e in it.entries if e.kind == "org"]
        if len(orgs) < 2:
            return orgs[0] if orgs else None
        party = next((e for e in orgs if e.sector == "PTY"), None)
        if party is None or orgs[0] is party:
            return orgs[0]
        n = len(toks)
        prev_word = toks[it.i - 1][2].lower() if it.i > 0 else ""
        neighbours = []
        if it.i >= 2 and prev_word in (",", "dan", "/", "serta"):
            neighbours.append(item_end.get(it.i - 1))
        if it.j + 1 < n and toks[it.j][2].lower() in (",", "dan", "/", "serta"):
            neighbours.append(item_at.get(it.j + 1))
        if prev_word == "partai" or any(
                nb is not None and any(e.kind == "org" and e.sector == "PTY" for e in nb.entries) for nb in neighbours):
            return party
        return orgs[0]

    def _name_goes_on(self, text: str, toks, item_at, it: Item) -> bool:
        """Does a KB person's name run on into another name word ("Budi Santoso *Harjono*")?
        Then the text names someone else whose name starts the same. The next word must be
        capitalised, right after a space, and neither a stop word, a dictionary word (a
        headline's "Resmikan") nor the start of something the KB knows ("Jakarta")."""
        j = it.j
        if j >= len(toks) or text[it.end:toks[j][0]] != " ":
            return False
        w = toks[j][2]
        if not (w[:1].isupper() and w.isalpha() and not w.isupper()) or w.lower() in STOP_CAP \
                or item_at.get(j) is not None:
            return False
        if self._common_word(w):
            return False
        if self._stemmer is not None and len(w) > 5:
            stem = self._stemmer.stem(w.lower())  # "Resmikan" -> resmi: a headline's verb
            if stem != w.lower() and self._dictionary.contains(stem):
                return False
        return True

    def _is_initials(self, text: str, toks, it) -> bool:
        """An all-caps alias of 1-4 letters used as a person's initials ("Saudara AS", "AS (30)")."""
        return it.text.isupper() and it.text.isalpha() and len(it.text) <= 4 and (
            self._initials_context(text, toks, it.i, it.j) or self._in_initials_list(toks, it.i))

    def _in_initials_list(self, toks, i: int) -> bool:
        """"MAM, NN, VS, HJE, S, APN, Z, I, dan MA": a run of 3+ short all-caps tokens
        joined by commas/"dan" in a sentence that speaks of suspects or initials."""
        def caps(t: str) -> bool:
            return t.isupper() and t.isalpha() and len(t) <= 4
        lo = i
        while lo - 2 >= 0 and toks[lo - 1][2] in (",", "dan") and caps(toks[lo - 2][2]):
            lo -= 2
        if lo - 3 >= 0 and toks[lo - 1][2] == "dan" and toks[lo - 2][2] == "," and caps(toks[lo - 3][2]):
            lo -= 3
            while lo - 2 >= 0 and toks[lo - 1][2] in (",", "dan") and caps(toks[lo - 2][2]):
                lo -= 2
        hi = i
        while hi + 2 < len(toks) and toks[hi + 1][2] in (",", "dan") and caps(toks[hi + 2][2]):
            hi += 2
        if hi + 3 < len(toks) and toks[hi + 1][2] == "," and toks[hi + 2][2] == "dan" and caps(toks[hi + 3][2]):
            hi += 3
        count = sum(1 for x in range(lo, hi + 1) if caps(toks[x][2]))
        if count < 3:
            return False
        window = {t[2].lower() for t in toks[max(0, lo - 12):lo]}
        return bool(window & INITIAL_CUES)

    def _add_org(self, doc, toks, item_at, it: Item, org: Entry, home, b: _Builder) -> int:
        text = doc.text
        if True:
            if True:
                j = it.j
                name = org.name
                if org.extend:
                    j = self._place_tail(text, toks, item_at, it.j)
                    if j > it.j:
                        name = f"{org.name} {text[toks[it.j][0]:toks[j - 1][1]]}"
                code = org.code
                if code == "UNK" or not code or org.generic:
                    # "Mahkamah Agung", "Kementerian Luar Negeri": every state has one; the
                    # article's home unless the phrase says which (below)
                    code = home or "UNK"
                if org.extend and j > it.j and code == "IDN":
                    # "Pemerintah Provinsi Western Cape": the place says which country
                    pc = self._country_of_place(text[toks[it.j][0]:toks[j - 1][1]])
                    if pc and pc != "IDN" and org.name.startswith(("Pemerintah", "Pengadilan", "Kejaksaan")):
                        code = pc
                # "Kementerian Luar Negeri Jepang": a foreign country right after a body
                c2 = item_at.get(j)
                if org.code == "IDN" and c2 is not None and c2.first("country") and text[toks[j - 1][1]:c2.start] == " ":
                    cc = c2.first("country").code
                    if cc != "IDN" or org.generic:
                        code, name, j = cc, f"{name} {c2.text}", c2.j
                elif org.generic:
                    ac, aj = None, j
                    if j < len(toks) and text[toks[j - 1][1]:toks[j][0]] == " ":
                        # "Mahkamah Agung negara Teluk itu": the country the article spoke of last
                        ac, aj = self._anaphor_country(toks, j, b)
                    if ac:
                        code, name, j = ac, text[it.start:toks[aj - 1][1]], aj
                    else:
                        # "Kementerian Agama di Arab Saudi", "Sedangkan di Indonesia, Kementerian Agama"
                        code = self._locative_country(doc, toks, item_at, it, j, b) or code
                end = toks[j - 1][1]
                # a generic-named body of another state is another entity ("Kementerian Agama"
                # of Saudi Arabia and of Indonesia in one article)
                key = ("ORG", _norm_name(name), code) if org.generic else ("ORG", _norm_name(name))
                b.add(key, name, org.label, code, org.sector, it.start, end, source="kb")
                return j

    def _company_at(self, text, toks, k: int) -> int:
        """End token of a company name starting at ``k`` ("PT Loco Montrado"), or ``k``."""
        n = len(toks)
        t = toks[k][2]
        if t.lower() in self.kb.company_heads and t[:1].isupper() and (len(t) > 2 or t.isupper()) and k + 1 < n \
                and (self._is_cap_word(toks[k + 1][2]) or toks[k + 1][2].isupper()):
            j = k + 1
            while j < n and j - k < 9:
                if toks[j][2] in "-–" and j + 1 < n and toks[j][0] == toks[j - 1][1] and toks[j + 1][0] == toks[j][1] \
                        and (self._is_cap_word(toks[j + 1][2]) or toks[j + 1][2].isupper()) and j > k + 1:
                    j += 2  # "PT MAM Energindo Jateng-DIY": a hyphenated region in the name
                    continue
                if not ((self._is_cap_word(toks[j][2]) or toks[j][2].isupper())
                        and text[toks[j - 1][1]:toks[j][0]] == " " and toks[j][2].lower() not in STOP_CAP
                        and toks[j][2].lower() not in self.kb.company_heads):
                    break
                j += 1
            return j if j > k + 1 else k
        return k

    def _agency_at(self, text, toks, k: int) -> int:
        """End token of a named public body starting at ``k``, or ``k``.

        A capitalised head word from ``agency_heads.tsv`` followed by capitalised words, which
        may be joined by "dan"/"serta" ("Badan Pengawas Obat dan Makanan"); up to ten tokens.
        """
        n = len(toks)
        t = toks[k][2]
        if t.lower() not in self.kb.agency_heads or not t[:1].isupper() or k + 1 >= n \
                or not self._is_cap_word(toks[k + 1][2]):
            return k
        j, last = k + 1, k
        while j < n and j - k < 10 and text[toks[j - 1][1]:toks[j][0]] == " ":
            w = toks[j][2]
            if self._is_cap_word(w) or w.isupper():
                last = j
            elif not (w in ("dan", "serta", "&") and j + 1 < n and self._is_cap_word(toks[j + 1][2])):
                break
            j += 1
        return last + 1 if last > k else k

    def _company_country(self, name: str, home: str | None) -> str:
        """A company named after a country belongs to it ("Saudi Arabian Airlines" -> SAU,
        "China Eastern" -> CHN); any other company to the story's home country."""
        for it in match(name, self.kb)[1]:
            for e in it.entries:
                if e.code and len(e.code) == 3 and (e.kind in ("country", "capital")
                                                    or (e.kind == "org" and not e.generic)):
                    return e.code
        return home or "UNK"

    def _company_tail_run(self, text, toks, k: int, j: int) -> bool:
        """A capitalised run ending with a company word: "Wilmar Group", "United Airlines"."""
        return j - k >= 2 and toks[j - 1][2].lower() in self.kb.company_tails

    def _actor_use(self, toks, it: Item) -> bool:
        """A capital used as an actor: "Washington menolak", not "di Washington"."""
        if it.i > 0 and toks[it.i - 1][2].lower() in LOCATIVE:
            return False
        if it.j >= len(toks):
            return False
        nxt = toks[it.j][2]
        low = nxt.lower()
        if not nxt.isalpha() or nxt[:1].isupper():
            return False
        return low in ACTOR_VERB_WORDS or low.startswith(("me", "ber", "mem", "men", "meng"))

    def _coordinated_actor_use(self, toks, item_at, it: Item) -> bool:
        """"Tokyo dan Washington memiliki ...": a capital joined by "dan"/"serta" to another
        capital or country that is used as an actor is one too."""
        j = it.j
        if it.i > 0 and toks[it.i - 1][2].lower() in LOCATIVE:
            return False
        if j + 1 >= len(toks) or toks[j][2].lower() not in ("dan", "serta"):
            return False
        other = item_at.get(j + 1)
        if other is None or not other.first("capital", "country"):
            return False
        return self._actor_use(toks, other)

    def _initials_context(self, text, toks, i, j) -> bool:
        tok = toks[i][2]
        if not (tok.isupper() and 1 <= len(tok) <= 4 and j == i + 1):
            return False
        if _opens_written_name(toks, i):
            return False  # "AKBP I Made Parwita", "Kompol M Yusuf": the letter opens a written-out name
        prev = toks[i - 1][2].lower() if i > 0 else ""
        if prev in INITIAL_CUES:
            return True
        if prev in (",", "dan") and i >= 3 and toks[i - 2][2].isupper() and toks[i - 2][2].isalpha() \
                and len(toks[i - 2][2]) <= 4 and toks[i - 3][2].lower() in INITIAL_CUES:
            return True  # "berinisial BP dan MRS"
        return j + 1 < len(toks) and toks[j][2] == "(" and toks[j + 1][2].isdigit()

    def _add_initials(self, doc, toks, i, home, b, sector: str | None = None, role: str | None = None) -> int:
        tok = toks[i]
        prev = toks[i - 1][2].lower() if i > 0 else ""
        if sector is None:
            # "korban berinisial MK", "ibu korban berinisial MK", "bocah berinisial KT": a victim or
            # kin named by initials; anyone else so named is a suspect
            k = i - 1
            while k >= max(0, i - 4) and toks[k][2].lower() in INITIALS_LEADS:
                k -= 1
            who = toks[k][2].lower() if k >= 0 else ""
            if who in VICTIMS_AND_KIN:
                sector, prev = "CVL", who
            else:
                sector = "CRM"
        role = role or ({"CRM": "tersangka", "CVL": prev or None}.get(sector))
        b.add(("PER", tok[2]), tok[2], "PER", home or "UNK", sector, tok[0], tok[1], role=role,
              source="initials")
        return i + 1

    def _add_kb_person(self, doc, b, name, start, end, date, role_text, kind="name") -> Entity:
        p = self.kb.person_at(name, date)
        if p is None:
            return b.add(("PER", _norm_name(name)), name, "PER", None, None, start, end, kind)
        role = role_text or p.role
        ent = b.add(("PER", _norm_name(p.name)), p.name, "PER", p.country, p.sector, start, end, kind,
                    role=role, kb_id=f"kb:{_norm_name(p.name).replace(' ', '_')}", source="kb")
        if role_text:
            ent.role = role_text
        return ent

    @staticmethod
    def _serving_as(toks, j: int) -> int:
        """The token of "sebagai" in ", yang (juga|kini|saat ini) menjabat sebagai" starting at ``j``,
        else ``j`` itself: a relative clause that says the office the person holds."""
        x = j + 1 if j < len(toks) and toks[j][2] == "," else j
        if x < len(toks) and toks[x][2].lower() == "yang":
            x += 1
            while x < len(toks) and toks[x][2].lower() in ("juga", "kini", "saat", "ini", "sekarang", "masih"):
                x += 1
            if x + 1 < len(toks) and toks[x][2].lower() in ("menjabat", "bertugas", "bekerja") \
                    and toks[x + 1][2].lower() == "sebagai":
                return x + 1
        return j

    def _holder_after_comma(self, text, toks, item_at, e: int) -> bool:
        """A name set off by commas right after token ``e`` ("..., Suharyanto, mengatakan"):
        the holder of the office before it, so the capitalised words before the comma belong
        to the body. One word counts unless it is a day, a month or a known place or body."""
        n = len(toks)
        if e + 1 >= n or toks[e][2] != ",":
            return False
        _, e2 = self._read_name(text, toks, item_at, e + 1)
        if e2 >= n or toks[e2][2] != "," or e2 <= e + 1:
            return False
        one = toks[e + 1][2]
        return e2 - (e + 1) >= 2 or (len(one) >= 4 and item_at.get(e + 1) is None and one.lower() not in STOP_CAP)

    def _role_phrase(self, doc, toks, item_at, it: Item, home, date, b: _Builder) -> int | None:
        """[jabatan] [lembaga/negara/kata] [gelar] Nama -> a person; returns end token or None."""
        text = doc.text
        n = len(toks)
        role_entry = it.first("role")
        k = it.j
        orgs: list[Entry] = []
        countries: list[str] = []
        places: list[str] = []
        host_from: int | None = None
        host_orgs: int | None = None  # orgs named before "untuk": "Duta Besar AS untuk PBB"
        title_sector = None
        last_item_end = it.j
        gloss_end = it.j  # after "(JPU)": the bracket is not trailing glue
        # extend the role phrase
        steps = 0
        # a title alone ("Sheikh", "Irjen") goes straight to the name: "Sheikh Sabah" is a
        # person, not the Malaysian state
        while role_entry is not None and k < n and steps < 14:
            steps += 1
            gap = text[toks[k - 1][1]:toks[k][0]]
            if "\n" in gap or (gap.strip() and gap.strip() not in ("(", ")")):
                break
            nxt = item_at.get(k)
            if nxt is not None and "person" in nxt.kinds() and "role" not in nxt.kinds():
                break
            if nxt is not None and nxt.first("title") and not nxt.first("role", "org"):
                break
            if nxt is not None and nxt.first("role") and toks[k - 1][2].lower() == "dan":
                break  # "Presiden Prancis dan Menteri Luar Negeri Bangladesh": two offices
            if nxt is not None and role_entry is not None and nxt.first("generic") and not nxt.first("person", "role", "org") \
                    and self.kb.role_keywords.get(toks[k][2].lower()) and (
                        toks[k][2][:1].isupper() or (nxt.j < n and (toks[nxt.j][2] == "," or self._is_cap_word(toks[nxt.j][2])))):
                # "Kepala Polisi Iligan Roy Gunawan": a capitalised group noun names the body
                k = last_item_end = nxt.j
                _, re_ = self._read_name(text, toks, item_at, k)
                if re_ - k >= 3 and item_at.get(k) is None:
                    k = last_item_end = self._region_end(toks, k, re_)
                continue
            if nxt is not None and (nxt.first("role") or nxt.first("org") or nxt.first("country") or nxt.first("city")
                                    or nxt.first("capital")):
                o = nxt.first("org")
                if o is not None:
                    orgs.append(o)
                    k = self._place_tail(text, toks, item_at, nxt.j) if o.extend else nxt.j
                else:
                    c = nxt.first("country")
                    if c is not None:
                        countries.append(c.code)
                    elif nxt.first("capital", "city") and nxt.first("capital", "city").code:
                        places.append(nxt.first("capital", "city").code)
                    k = nxt.j
                last_item_end = k
                continue
            t = toks[k][2]
            cj = self._company_at(text, toks, k)
            head_sector = None
            if cj <= k and t.lower() in self.kb.body_heads | self.kb.agency_heads and t[:1].isupper():
                # "Wakil Ketua Umum Partai Harapan Bangsa Siti Rahmawati": a body the KB does not know
                cj = self._body_run(text, toks, item_at, k)
                head_sector = self.kb.body_heads.get(t.lower()) or self.kb.agency_heads.get(t.lower())
            if cj > k:  # "Direktur PT Makassar Tene"
                apposed = it.i > 0 and toks[it.i - 1][2].lower() in ("selaku", "sebagai", "merangkap")
                # "X selaku Direktur PT A B C D": the holder was named before, all of it is the body
                pj = cj if apposed else self._split_body_person(text, toks, item_at, k, cj)
                if pj < cj and self._holder_after_comma(text, toks, item_at, cj):
                    pj = cj  # "Ketua Serikat Pekerja Taru Martani, Suharyanto,": all of it is the body
                name_c = text[toks[k][0]:toks[pj - 1][1]]
                code_c = self._company_country(name_c, home)
                sector_c = head_sector or "BUS"
                b.add(("ORG", _norm_name(name_c)), name_c, "ORG", code_c, sector_c, toks[k][0],
                      toks[pj - 1][1], source="company-pattern" if head_sector is None else "role-pattern")
                orgs.append(Entry("org", name_c, name_c, code_c, sector_c, "ORG"))
                k = last_item_end = pj
                if pj < cj:
                    break  # the name follows the body
                continue
            if t == "(" and k + 2 < n and toks[k + 2][2] == ")" and self._gloss_of(toks, item_at, it.i, k + 1):
                # the short form of the office or body just named: "Jaksa Penuntut Umum (JPU) Tegar
                # Djati", "Menteri Pariwisata (Menpar) Widiyanti", "Ikatan Hakim Indonesia (Ikahi)"
                k = last_item_end = gloss_end = k + 3
                continue
            if t.lower() == "ke" and k + 1 < n and (toks[k + 1][2].isdigit() or (
                    toks[k + 1][2] == "-" and k + 2 < n and toks[k + 2][2].isdigit())):
                # "Presiden ke-2 RI Soeharto": the office's ordinal, the holder follows
                k = last_item_end = k + (2 if toks[k + 1][2].isdigit() else 3)
                continue
            if t.lower() in ("periode", "tahun", "sejak", "masa") and k + 1 < n and toks[k + 1][2].isdigit() and orgs:
                # "Direktur Utama PT SPR periode 2010-2015 Rahman Akil": the term of office
                k += 2
                while k + 1 < n and toks[k][2] in ("-", "–", "/", "hingga", "sampai") and toks[k + 1][2].isdigit():
                    k += 2
                last_item_end = k
                continue
            if t.lower() == "di" and (role_entry is None or role_entry.name not in POSTED_ROLES) and (
                    countries or orgs or (k + 1 < n and toks[k + 1][2].lower() in VENUE_WORDS)):
                # "bertemu Presiden di Istana", "Menlu Malaysia di Kuala Lumpur": where something
                # happened, once the office has its country or body (or a building follows);
                # "Kepala Kejaksaan Negeri di Bali" keeps its jurisdiction
                break
            if t.lower() in ROLE_QUALIFIERS and k + 1 < n and self._is_cap_word(toks[k + 1][2]):
                k = last_item_end = k + 1  # part of the office, not glue to strip
                continue
            if t.lower() in ROLE_GLUE or t in ("(", ")") or (t in "/&" and k + 1 < n):
                if t.lower() in ("untuk", "di") and countries and host_from is None:
                    host_from = len(countries)  # "Duta Besar Indonesia untuk Arab Saudi": the sender codes
                    host_orgs = len(orgs)
                k += 1
                continue
            if self._is_cap_word(t) and t.lower() not in STOP_CAP:
                # a capitalised run: part of the role if the phrase continues after it
                s0, e = self._read_name(text, toks, item_at, k)
                tail = next((x for x in range(k + 1, e - 1) if toks[x][2].lower() in self.kb.company_tails), None)
                if s0 == k and tail is not None:
                    # "Juru bicara United Airlines Jonathan Guerin": the company ends at its tail word
                    cname = text[toks[k][0]:toks[tail][1]]
                    ccode = self._company_country(cname, home)
                    b.add(("ORG", _norm_name(cname)), cname, "ORG", ccode, "BUS", toks[k][0], toks[tail][1],
                          source="company-pattern")
                    orgs.append(Entry("org", cname, cname, ccode, "BUS", "ORG"))
                    k = last_item_end = tail + 1
                    break
                if s0 > k:  # "Deputi Polda XYZ Rachmat": the acronym closes the body before it
                    k = last_item_end = s0
                    continue
                if e > k:
                    nx = item_at.get(e)
                    cont = e < n and text[toks[e - 1][1]:toks[e][0]] == " " and (
                        (nx is not None and (nx.first("org", "country", "role", "city") and not nx.first("person")))
                        or (toks[e][2].lower() in ("dan", "bidang")
                            # "... Rahman Akil dan Direktur Keuangan ...": a second office, a second person
                            and not (e + 1 < n and item_at.get(e + 1) is not None and item_at[e + 1].first("role")))
                        # "Direktur Keuangan PT SPR ...": the office's field, then its company
                        or (toks[e][2].lower() in self.kb.company_heads and self._company_at(text, toks, e) > e))
                    if not cont and e + 3 < n and toks[e][2] == "(" and toks[e + 2][2] == ")" \
                            and self._gloss_of(toks, item_at, k, e + 1) \
                            and (self._is_cap_word(toks[e + 3][2]) or item_at.get(e + 3) is not None
                                 or (toks[e + 3][2] == "," and e + 4 < n and self._is_cap_word(toks[e + 4][2])
                                     and not (item_at.get(e + 4) is not None and item_at[e + 4].first("role", "title")))):
                        # "Kepala Badan Narkotika Nasional (BNN) Marthinus Hukom": the run glossed
                        # by an acronym is the body's name, the holder comes after the bracket
                        hk = k - 1 if toks[k - 1][2].lower() in self.kb.agency_heads | self.kb.body_heads else k
                        body = text[toks[hk][0]:toks[e - 1][1]]
                        acr = item_at.get(e + 1)
                        o = acr.first("org") if acr is not None else None
                        if o is not None:
                            orgs.append(o)
                        else:
                            sec = (self.kb.agency_heads.get(toks[hk][2].lower()) or self.kb.body_heads.get(toks[hk][2].lower())
                                   or self._keyword_sector(body))
                            b.add(("ORG", _norm_name(body)), body, "ORG", home or "UNK", sec, toks[hk][0],
                                  toks[e - 1][1], source="role-pattern")
                            orgs.append(Entry("org", body, body, home or "UNK", sec, "ORG"))
                        b.cover(toks[k][0], toks[e + 2][1])
                        k = last_item_end = gloss_end = e + 3
                        continue
                    if not cont and e < n and self._closing_acronym(text, toks, item_at, e):
                        # "Deputi Kemenko IPK Rachmat Wibowo": an unknown body closed by its acronym
                        body = text[toks[k][0]:toks[e][1]]
                        b.add(("ORG", _norm_name(body)), body, "ORG", home or "UNK", None, toks[k][0],
                              toks[e][1], source="role-pattern")
                        k = last_item_end = e + 1
                        continue
                    if not cont and e + 1 < n and toks[e][2] == "," and role_entry is not None \
                            and self._dictionary is not None \
                            and all(self._common_word(toks[x][2]) for x in range(k, e)):
                        # "Pakar Hukum dan Pembangunan, Hardjuno Wiwoho": common words are the
                        # office's field, the name follows the comma
                        _, e2 = self._read_name(text, toks, item_at, e + 1)
                        if e2 - (e + 1) >= 2:
                            k = last_item_end = e
                            break
                    if not cont and not orgs and e + 1 < n and toks[e][2] == "," and role_entry is not None \
                            and role_entry.sector not in ("CRM", "CVL"):
                        _, e2 = self._read_name(text, toks, item_at, e + 1)
                        if e2 - (e + 1) >= 2 and e2 < n and toks[e2][2] == ",":
                            cont = True  # "Koordinator Gabdem, Guntur Harahap,": Gabdem is the body
                            body = text[toks[k][0]:toks[e - 1][1]]
                            b.add(("ORG", _norm_name(body)), body, "ORG", home or "UNK", None, toks[k][0],
                                  toks[e - 1][1], source="role-pattern")
                    if cont:
                        k = e
                        continue
                break
            break
        if role_entry is not None and role_entry.implies and not orgs:
            # "Kapolres Metro Depok": the role names its own body and place
            self._implied_org(doc, toks, item_at, it, role_entry, home, b, orgs)
            if k == it.j and role_entry.implies in REGIONAL_BODIES:
                k = max(k, self._place_tail(text, toks, item_at, it.j))
        # strip trailing glue (not the closing bracket of an acronym gloss)
        while k > max(it.j, gloss_end) and toks[k - 1][2].lower() in ROLE_GLUE | {"(", ")"}:
            k -= 1
        k2, titles, title_sector = self._skip_titles(toks, item_at, k)
        comma_name = False
        if k2 == k and k < n - 1 and toks[k][2] == "," and role_entry is not None \
                and not (item_at.get(k + 1) is not None and item_at[k + 1].first("role")):
            # "kata jubir KPK, Budi Prasetyo, kepada wartawan": role, comma, name, comma (not
            # "anggota Komisi III DPR, Kapolri Listyo Sigit": a second office opens a second person)
            k3, titles3, ts3 = self._skip_titles(toks, item_at, k + 1)
            _, e3 = self._read_name(text, toks, item_at, k3)
            after = toks[e3][2].lower() if e3 < n else "."
            if e3 > k3 and (e3 - k3 >= 2 or titles3 or len(toks[k3][2]) >= 4) and (
                    after in (",", ".", "di", "kepada", "saat", "ketika", "dalam", "(", ")", "pada", "usai", "seusai")
                    or after in SPEECH_AFTER or (after.startswith("me") and len(after) > 5)):
                # "Kepala Kejaksaan Negeri X, Baharuddin menegaskan ...": a verb after the name
                k2, titles, title_sector, comma_name = k3, titles3, ts3, True
        if k2 == k and k + 1 < n and toks[k][2] == "(" and role_entry is not None and (countries or orgs):
            # "Menlu Australia ( Julie Bishop )": the holder's name in brackets
            _, e4 = self._read_name(text, toks, item_at, k + 1)
            if e4 - (k + 1) >= 2 and e4 < n and toks[e4][2] == ")":
                k2 = k + 1
        if k2 < n and k2 > 0 and "\n" in text[toks[k2 - 1][1]:toks[k2][0]]:
            return None
        for o_it in (item_at.get(x) for x in range(it.j, k)):
            if o_it is not None and o_it.first("org") and not o_it.first("person"):
                self._add_org(doc, toks, item_at, o_it, o_it.first("org"), home, b)
        # the name
        nm_it = item_at.get(k2)
        role_start = it.start
        role_end = toks[k - 1][1] if k > it.i else it.end
        # the country at the end of a role is the code, not the role: "Menteri Luar Negeri (Korea Selatan)"
        x = k - 1
        while x >= it.j:
            c_it = next((item_at[y] for y in range(max(it.j, x - 3), x + 1) if y in item_at and item_at[y].j == x + 1), None)
            if c_it is None or not c_it.first("country") or c_it.first("org", "role"):
                break
            if c_it.i > 0 and toks[c_it.i - 1][2].lower() in ("untuk", "di", "ke"):
                break  # "Dubes RI untuk Arab Saudi": the host country is part of the office
            role_end = toks[c_it.i - 1][1]
            x = c_it.i - 1
        role_text = _ACRONYM_GLOSS.sub("", text[role_start:role_end]).strip(" ()")
        if role_entry is None and titles == [] and it.first("title"):
            k2, titles, title_sector = self._skip_titles(toks, item_at, it.i)
            role_text = None
        if role_entry is None and k2 < n and toks[k2][2].isupper() and toks[k2][2].isalpha() and len(toks[k2][2]) <= 4 \
                and not _opens_written_name(toks, k2):
            return self._add_initials(doc, toks, k2, home, b)
        if nm_it is not None and "person" in nm_it.kinds() and role_entry is not None \
                and role_entry.name == "Kuasa Hukum" and k2 == it.j:
            # "Kuasa hukum Setnov, Maqdir Ismail": the client keeps his own office; the
            # lawyer is the name after the comma, or the phrase itself when none follows
            e = nm_it.first("person")
            client = self._add_kb_person(doc, b, e.name, nm_it.start, nm_it.end, date, None)
            j = nm_it.j
            if j + 1 < n and toks[j][2] == ",":
                _, e2 = self._read_name(text, toks, item_at, j + 1)
                if e2 - (j + 1) >= 2 or self._holder_after_comma(text, toks, item_at, j):
                    lname = text[toks[j + 1][0]:toks[e2 - 1][1]]
                    b.add(("PER", _norm_name(lname)), lname, "PER", client.code or home or "UNK", "CVL",
                          toks[j + 1][0], toks[e2 - 1][1], role=text[it.start:nm_it.end], source="role-pattern")
                    self._absorb(b, it.start, nm_it.start)
                    return e2
            rel = text[it.start:nm_it.end]
            b.add(("GEN", _norm_name(rel)), rel, "PER", client.code or home or "UNK", "CVL",
                  it.start, nm_it.end, role=role_entry.name, source="role-pattern")
            return j
        if nm_it is not None and "person" in nm_it.kinds() and self._name_goes_on(text, toks, item_at, nm_it):
            nm_it = None  # a longer name that starts like a known person's: read as a new name below
        if nm_it is not None and "person" in nm_it.kinds():
            e = nm_it.first("person")
            ent = self._add_kb_person(doc, b, e.name, nm_it.start, nm_it.end, date, role_text)
            self._absorb(b, it.start, nm_it.start)
            return nm_it.j
        if k2 < n and role_entry is not None and self._initials_context(text, toks, k2, k2 + 1) is False \
                and toks[k2][2].isupper() and 1 <= len(toks[k2][2]) <= 4 and role_entry.sector in ("CRM", "CVL") \
                and (nm_it is None or nm_it.j == k2 + 1):
            # "tersangka SR", "korban AS"? only when the acronym is not a country
            if nm_it is None or not nm_it.first("country"):
                return self._add_initials(doc, toks, k2, home, b, role_entry.sector, role_entry.name)
        if nm_it is not None and nm_it.first("org") and not nm_it.first("person"):
            return None
        k2, e = self._read_name(text, toks, item_at, k2, places=True)
        if e - k2 >= 3 and toks[k2][2].lower() in REGION_WORDS and role_entry is not None \
                and role_entry.sector not in ("CVL", "CRM"):
            # "Ketua DPRD Kabupaten Demak Endang Susilowati": the region, then the holder
            pj = self._region_end(toks, k2, e)
            role_text = text[it.start:toks[pj - 1][1]]
            self._absorb(b, it.start, toks[pj - 1][1])
            k2 = pj
        if e - k2 == 1 and role_entry is not None and role_entry.name in self.kb.regional_roles and k2 == k == it.j \
                and it.i > 1 and toks[it.i - 1][2].lower() in ("selaku", "sebagai") \
                and (self._is_cap_word(toks[it.i - 2][2]) or toks[it.i - 2][2] == ")"):
            return None  # "Juliyatmono selaku Bupati Karanganyar": the region, the holder came before
        known_region = None
        if role_entry is not None and role_entry.name in self.kb.regional_roles and k2 == k == it.j \
                and not (countries or places or orgs) and e > k2:
            known_region = self._known_region_end(toks, item_at, k2, e)
            if known_region is not None and known_region >= e and not titles:
                # "KPK menangkap Bupati Kolaka Timur": the office of a region, no name
                return self._role_only(doc, toks, item_at, it, known_region, role_entry, [], [home or "IDN"],
                                       home, date, b)
        if known_region is not None:
            # "Bupati Kolaka Timur Abdul Azis": the region the register knows, then the holder
            role_text = text[it.start:toks[known_region - 1][1]]
            self._absorb(b, it.start, toks[known_region - 1][1])
            k2 = known_region
        elif role_entry is not None and role_entry.name in self.kb.regional_roles and k2 == k == it.j \
                and not (countries or places or orgs) and e - k2 >= 2 \
                and not self._holder_without_region(toks, item_at, k2, e, role_entry, home):
            # "Bupati Karanganyar Juliyatmono": a region the KB does not know comes first
            pj = self._region_end(toks, k2, e)
            if pj < e:
                role_text = text[it.start:toks[pj - 1][1]]
                self._absorb(b, it.start, toks[pj - 1][1])
                k2 = pj
        if e > k2 and toks[k2][2].lower() in self.kb.name_blockers:
            return None  # "warga Desa Air Paoh", "Peraturan Presiden Nomor 16": a place or a reference
        if e > k2 and (self._derived_noun(toks[k2][2]) or toks[k2][2].lower() in OFFICE_FIELDS):
            # "Kepala Dinas Pendidikan Garut Ahmad Subagja": the office's field ("Pendidikan",
            # a pe-...-an noun, never a name; "Sosial", "Pajak") and its region come before the
            # holder's name
            x = k2
            while x < e and (self._derived_noun(toks[x][2]) or toks[x][2].lower() in self.kb.name_blockers
                             or toks[x][2].lower() in OFFICE_FIELDS):
                x += 1
            while x < e:
                if item_at.get(x) is not None and item_at[x].first("city", "country", "capital"):
                    x = item_at[x].j
                    continue
                rx = self._known_region_end(toks, item_at, x, e)
                if rx is None or e - rx < 2:
                    break
                x = rx  # "Kadis Kesehatan Lombok Barat Erni Suryana": the register's regency
            if e - x < 2:
                return None  # no name of two words or more after the field: an office alone
            role_text = text[it.start:toks[x - 1][1]]
            self._absorb(b, it.start, toks[x - 1][1])
            k2 = x
        elif e > k2 and role_entry is not None and role_entry.sector not in ("CVL", "CRM") and not places:
            # "Anggota DPRD Bone Adriani Alimuddin": a regency the register knows, then a name of
            # two words or more, is the office's region
            rx = self._known_region_end(toks, item_at, k2, e)
            if rx is not None and e - rx >= 2 and item_at.get(k2) is None:
                role_text = text[it.start:toks[rx - 1][1]]
                self._absorb(b, it.start, toks[rx - 1][1])
                k2 = rx
        if e - k2 <= 1 and not titles and it.i >= 2 and toks[it.i - 1][2] == "," and it.text[:1].islower() \
                and self._is_cap_word(toks[it.i - 2][2]) and toks[it.i - 2][2].lower() not in STOP_CAP:
            return None  # "kata Matthew Prince, direktur utama CloudFlare": an apposition, read later
        if e <= k2:
            return self._role_only(doc, toks, item_at, it, k, role_entry, countries, places, home, date, b)
        if e - k2 == 1 and not titles:
            w = toks[k2][2]
            # a lone capitalised word after a role is a name only when it looks like one
            if len(w) < 3 or w.isupper():
                return None
            if w in text and re.search(rf"\b(?:PT|CV|Perum|PD|Persero)\.?\s+{re.escape(w)}\b", text):
                return None  # "mantan pejabat Antam" where the article names "PT Antam": the company
            if e < n and text[toks[e - 1][1]:toks[e][0]] == " " and toks[e][2][:1].isupper():
                return None
        name = text[toks[k2][0]:toks[e - 1][1]]
        if role_entry is not None and role_entry.name == "Kuasa Hukum" and k2 == it.j and e + 1 < n and toks[e][2] == ",":
            _, e2 = self._read_name(text, toks, item_at, e + 1)
            if e2 - (e + 1) >= 2 or self._holder_after_comma(text, toks, item_at, e):
                # "pengacara Lisa Mariana, Jhony Boy Nababan, ...": the client, then the lawyer
                client = self._known_person(b, name) or b.add(
                    ("PER", _norm_name(name)), name, "PER", home or "UNK", None, toks[k2][0], toks[e - 1][1],
                    source="role-pattern")
                # the client named inside the lawyer's office is no mention of an actor of the
                # sentence ("kata pengacara Lisa, Jhony ...": Jhony speaks)
                lname = text[toks[e + 1][0]:toks[e2 - 1][1]]
                lawyer = b.add(("PER", _norm_name(lname)), lname, "PER", client.code or home or "UNK", "CVL",
                               toks[e + 1][0], toks[e2 - 1][1], role=text[it.start:toks[e - 1][1]],
                               source="role-pattern")
                # the office phrase refers to the lawyer too ("pengacara Lisa" is the lawyer)
                lawyer.mentions.append(Mention(it.start, toks[e - 1][1], text[it.start:toks[e - 1][1]], "role"))
                b.cover(it.start, toks[e - 1][1])
                return e2
        if role_entry is not None and role_entry.sector == "CVL" and k2 == it.j and not titles \
                and role_entry.name != "saksi":
            other = self._known_person(b, name)
            if other is not None:
                # "kuasa hukum Hendrogiarto": Hendrogiarto's lawyer, not Hendrogiarto
                rel = text[it.start:toks[e - 1][1]]
                b.add(("GEN", _norm_name(rel)), rel, "PER", other.code or home or "UNK", role_entry.sector,
                      it.start, toks[e - 1][1], role=role_entry.name, source="role-pattern")
                return e
        # sector and code
        sector = None
        role_sector = role_entry.sector if role_entry else None
        org = orgs[-1] if orgs else None
        if role_sector in ("CRM", "CVL", "BUS", "EDU", "MED", "REL") and role_sector != "BUS":
            sector = role_sector
        elif org is not None and org.sector and role_sector not in ("GOV", "COP", "MIL", "JUD", "LEG", "SPY"):
            sector = org.sector
        elif role_sector and not (role_entry.name.lower() in WEAK_OFFICES and self._keyword_sector(role_text)):
            sector = role_sector
        elif (kw := self._keyword_sector(role_text)) is not None:
            sector = kw  # "Ketua Majelis Hakim", "Kepala Polisi Iligan": the office's words say it
        elif org is not None:
            sector = org.sector
        elif title_sector:
            sector = title_sector
        elif role_entry is None:
            sector = None  # "Prof Budi Hartono", "Pak Slamet": a title says nothing of the sector
        else:
            sector = "GOV"
        if host_from and org is not None and org.code and org.code.startswith(("IGO:", "NGO:")) \
                and host_orgs is not None and len(orgs) > host_orgs:
            # "Duta Besar AS untuk PBB Nikki Haley": the envoy acts for the sending state
            code, sector = countries[host_from - 1], role_sector or "GOV"
        elif org is not None and org.code and org.code.startswith(("IGO:", "NGO:")):
            code = org.code
            sector = None
        elif countries:
            code = countries[host_from - 1] if host_from else countries[-1]
        elif places and not (org is not None and org.code == "IDN"):
            code = places[-1]
        elif org is not None and org.code and org.code != "UNK":
            code = org.code
        else:
            code = home or "UNK"
        if role_text is None and title_sector:
            role_text = " ".join(titles)
        if role_entry is not None and toks[it.i - 1][2].lower() == "dan" if it.i > 0 else False:
            # "Wakil Perdana Menteri dan Menteri Luar Negeri Kuwait Sheikh X": one person, two offices
            first = b.item_end.get(it.i - 1)
            if first is not None and first.first("role") and not b.is_covered(first.start, first.end):
                role_start = first.start
                role_text = _ACRONYM_GLOSS.sub("", text[role_start:role_end]).strip(" ()")
                b.cover(first.start, first.end)
        ent = b.add(("PER", _norm_name(name)), name, "PER", code, sector, toks[k2][0], toks[e - 1][1],
                    role=role_text, source="role-pattern" if role_entry is not None else "title-pattern")
        if ent.code is None:
            ent.code, ent.sector = code, sector
        self._absorb(b, it.start, toks[k2][0])
        return self._gloss(toks, e, ent, b)

    @staticmethod
    def _known_person(b: _Builder, name: str) -> Entity | None:
        key = _norm_name(name)
        for ent in b.entities:
            if ent.label == "PER" and ent.source != "generic" and (
                    _norm_name(ent.name) == key or key in _norm_name(ent.name).split()):
                return ent
        return None

    def _role_only(self, doc, toks, item_at, it: Item, k: int, role_entry: Entry | None, countries, places,
                   home, date, b: _Builder) -> int | None:
        """A role with a country or place and no name: "Presiden Prancis", "Gubernur Jakarta".

        The office holder at the article's date when the KB knows them, else an entity
        named by the role itself (so that events can still code its country)."""
        if role_entry is None or k <= it.j or not (countries or places):
            return None
        text = doc.text
        code = countries[-1] if countries else places[-1]
        role_text = text[it.start:toks[k - 1][1]]
        holders = self.kb.holders(role_entry.name, code, date) if countries else []
        if len(holders) == 1:
            p = holders[0]
            b.add(("PER", _norm_name(p.name)), p.name, "PER", p.country, p.sector, it.start, toks[k - 1][1],
                  kind="role", role=p.role, kb_id=f"kb:{_norm_name(p.name).replace(' ', '_')}", source="kb")
            return k
        b.add(("ROLE", _norm_name(role_text)), role_text, "PER", code,
              role_entry.sector or self._keyword_sector(role_text) or "GOV",
              it.start, toks[k - 1][1], kind="role", role=role_entry.name, source="role-pattern")
        return k

    def _implied_org(self, doc, toks, item_at, it: Item, role_entry: Entry, home, b: _Builder, orgs: list) -> None:
        from .kb import alias_key
        text = doc.text
        org = next((e for e in self.kb.entries.get(alias_key(role_entry.implies), []) if e.kind == "org"), None)
        if org is None:
            return
        orgs.append(org)
        j = self._place_tail(text, toks, item_at, it.j) if org.extend else it.j
        name = org.name + (f" {text[toks[it.j][0]:toks[j - 1][1]]}" if j > it.j else "")
        if org.extend and j == it.j:
            return  # "Kapolres" alone: which Polres is unknown
        b.add(("ORG", _norm_name(name)), name, org.label, org.code or home or "UNK", org.sector,
              it.start, toks[j - 1][1], kind="role", source="kb")

    def _gloss(self, toks, e: int, ent: Entity, b: _Builder) -> int:
        """"Bambang Hartono (BH)": remember the initials as the person's short name."""
        n = len(toks)
        if e + 2 < n and toks[e][2] == "(" and toks[e + 2][2] == ")":
            ini = toks[e + 1]
            if ini[2].isupper() and ini[2].isalpha() and 2 <= len(ini[2]) <= 5 and ini[2][0] == ent.name[:1]:
                if not any(m.start == ini[0] for m in ent.mentions):
                    ent.mentions.append(Mention(ini[0], ini[1], ini[2], "short"))
                b.cover(ini[0], ini[1])
                b.initials[ini[2]] = ent
                return e + 3
        return e

    def _absorb(self, b: _Builder, start: int, end: int) -> None:
        """Mark a role phrase as used so its words do not become separate actors."""
        b.cover(start, end)

    def _generic(self, doc, toks, item_at, it: Item, gen: Entry, home, b: _Builder) -> int:
        text = doc.text
        j = it.j
        prev = toks[it.i - 1][2].lower() if it.i > 0 else ""
        if prev in NOUN_MODIFIED and it.text[:1].islower():
            return it.j  # "bantuan militer", "kerja sama militer": a modifier, not an actor
        nx = item_at.get(j)
        if nx is not None and (nx.first("role", "person")) and gen.sector == "GOV":
            # "Pemerintahan Presiden Yoon": the person carries the actor; "pemerintahan
            # Donald Trump" is also the government, coded by that person's country
            pe = nx.first("person")
            if pe is not None and not nx.first("role") and text[it.end:nx.start] == " " \
                    and gen.name.lower() in ("pemerintah", "pemerintahan", "rezim", "kabinet"):
                date = self._doc_date(doc)
                p = self.kb.person_at(pe.name, date)
                if p is not None:
                    name = text[it.start:nx.end]
                    b.add(("GEN", _norm_name(name)), name, "ORG", p.country, "GOV", it.start, nx.end,
                          source="generic")
            return it.j
        if nx is not None and text[it.end:nx.start] == " " and gen.alias[:1].islower() and (
                nx.first("person") or ((o := nx.first("org")) is not None and o.sector == gen.sector)):
            # "maskapai Garuda Indonesia", "pedagang <KB person>": the noun classifies the
            # name that follows, it is not a second actor (the name carries the code)
            return it.j
        if it.text[:1].isupper() and it.j == it.i + 1 and gen.alias[:1].islower() \
                and self._known_person(b, it.text) is not None:
            return it.j  # "Geng menegaskan" after "Geng Shuang": the short name, not a gang
        if gen.code == "-":
            return it.j  # "masyarakat internasional": a group of no one country, no actor code
        code = gen.code or home or "UNK"  # "WNI", "TKI": Indonesians wherever the story is
        name = it.text
        n = len(toks)
        # "polisi Meksiko", "pemerintah Rusia", "warga negara Polandia", "hacker asal Rusia"
        k = j
        if k < n and toks[k][2].lower() in ("asal", "negara", "dari", "in", "of") and text[toks[k - 1][1]:toks[k][0]] == " ":
            k += 1
        c = item_at.get(k)
        ac, aj = self._anaphor_country(toks, j, b) if j < n and text[toks[j - 1][1]:toks[j][0]] == " " else (None, j)
        if c is not None and (c.first("country") or c.first("capital")) and text[toks[k - 1][1]:c.start] == " ":
            cc = (c.first("country") or c.first("capital")).code
            code, j = gen.code or cc, c.j  # "TKI Hong Kong": Indonesian workers in Hong Kong
            name = text[it.start:c.end]
        elif ac:  # "kepolisian negara itu", "parlemen negara Teluk itu"
            code, j = ac, aj
            name = text[it.start:toks[aj - 1][1]]
        elif gen.name.lower() in ("kementerian", "departemen", "pemerintah", "pemerintahan", "delegasi", "parlemen", "militer", "pengadilan") \
                and k < n and self._is_cap_word(toks[k][2]) and text[toks[k - 1][1]:toks[k][0]] == " " \
                and item_at.get(k) is None:
            # "Kementerian Luar Negeri Jepang", "Pemerintah Provinsi Western Cape", "pengadilan Tabuk"
            s0, e = self._read_name(text, toks, item_at, k, limit=6)
            if s0 > k:  # "Kementerian PUPR Rachmat ...": the acronym is the body's, the rest a name
                e = s0
            c2 = item_at.get(e)
            if c2 is not None and c2.first("country") and text[toks[e - 1][1]:c2.start] == " ":
                code, e = c2.first("country").code, c2.j
            elif e > k:
                last = toks[e - 1][2]
                cc = self._country_of_place(text[toks[k][0]:toks[e - 1][1]])
                if cc:
                    code = cc
            if e > k:
                j = e
                name = text[it.start:toks[e - 1][1]]
        sector = gen.sector
        if sector in ("CVL", "CRM") and j + 1 < n and toks[j][2] == ",":
            # "seorang warga negara Indonesia, Siti Aisyah": the noun phrase is the person's role
            _, e = self._read_name(text, toks, item_at, j + 1)
            if e - (j + 1) >= 2 and (e >= n or toks[e][2] in (",", ".") or toks[e][2].islower()):
                pname = text[toks[j + 1][0]:toks[e - 1][1]]
                b.add(("PER", _norm_name(pname)), pname, "PER", code, sector, toks[j + 1][0], toks[e - 1][1],
                      role=name, source="role-pattern")
                b.cover(it.start, toks[j - 1][1])
                return e
        if gen.name.lower() in ("penyidik",) and code == "IDN":
            sector = "COP"
        if gen.name.lower() == "kementerian" and text[it.start:it.end][0].isupper():
            name = name
        b.add(("GEN", _norm_name(name)), name, "ORG" if sector not in ("CVL", "CRM") else "PER", code, sector,
              it.start, toks[j - 1][1], source="generic")
        return j

    def _anaphor_country(self, toks, j: int, b: _Builder) -> tuple[str | None, int]:
        """"negara itu", "negara Teluk itu", "negeri tersebut" at token ``j``: the article's
        home country when it was named before, else the country named last before it. Returns (code, end token),
        or (None, j) when there is no such phrase. "negara-negara Teluk" is a group: no."""
        n = len(toks)
        if j >= n or toks[j][2].lower() not in ("negara", "negeri"):
            return None, j
        for x in range(j + 1, min(n, j + 4)):
            w = toks[x][2]
            if w.lower() in ANAPHOR_DEMONSTRATIVES:
                # the story's own country when it was named before, else the last one named
                if b.home and any(it.start < toks[j][0] and (c := it.first("country")) is not None
                                  and c.code == b.home for it in b.items):
                    return b.home, x + 1
                return self._last_country(b, toks[j][0]) or b.home, x + 1
            if not w.isalpha() or toks[x][0] - toks[x - 1][1] != 1:
                break
        return None, j

    @staticmethod
    def _locative_country(doc: Document, toks, item_at, it: Item, j: int, b: _Builder) -> str | None:
        """The country of a locative phrase that places a generic-named body: right after it
        ("Kementerian Agama di Arab Saudi") or earlier in its sentence ("Di Jepang, Mahkamah
        Agung ..."). None when there is none."""
        n = len(toks)
        if j + 1 < n and toks[j][2].lower() == "di":
            c = item_at.get(j + 1)
            if c is not None and c.first("country"):
                return c.first("country").code
        sent = doc.sentence_of(it.start)
        lo = sent.start if sent is not None else max(0, it.start - 200)
        found = None
        for x in b.items:
            if x.start >= it.start:
                break
            if x.start < lo or x.i == 0 or toks[x.i - 1][2].lower() != "di":
                continue
            c = x.first("country")
            if c is not None and c.code:
                found = c.code
        return found

    @staticmethod
    def _last_country(b: _Builder, pos: int) -> str | None:
        """The code of the last country name before character ``pos``."""
        for it in reversed(b.items):
            if it.start >= pos:
                continue
            c = it.first("country")
            if c is not None and c.code:
                return c.code
        return None

    @staticmethod
    def _doc_date(doc: Document) -> str | None:
        return doc.published.date[:10] if doc.published and doc.published.date else None

    def _country_of_place(self, place: str) -> str | None:
        from .kb import alias_key
        for e in self.kb.entries.get(alias_key(place), []):
            if e.kind in ("country", "capital", "city"):
                return e.code
        return None

    def _free_patterns(self, doc, toks, item_at, home, date, b: _Builder) -> None:
        """Initials with cues, companies, and "Nama, jabatan" appositions."""
        text = doc.text
        n = len(toks)
        heads = self._pattern_heads
        k = 0
        while k < n:
            s, e, t = toks[k]
            # most tokens are lower-case words that open no pattern below: this loop sees every
            # token, so they are passed over before any other test
            if not t[:1].isupper() and t.lower() not in heads:
                k += 1
                continue
            if b.is_covered(s, e):
                k += 1
                continue
            low = t.lower()
            # companies: "PT Antam", "PT Loco Montrado" (the head-word test first: this loop sees every token)
            j = self._company_at(text, toks, k) if low in self.kb.company_heads else k
            if j > k:
                name = text[s:toks[j - 1][1]]
                b.add(("ORG", _norm_name(name)), name, "ORG", self._company_country(name, home), "BUS", s,
                      toks[j - 1][1], source="company-pattern")
                k = j
                continue
            # named public bodies: "Dinas Lingkungan Hidup DKI Jakarta", "Badan Pengawas Obat dan Makanan"
            j = self._agency_at(text, toks, k) if low in self.kb.agency_heads else k
            if j > k:
                name = text[s:toks[j - 1][1]]
                b.add(("ORG", _norm_name(name)), name, "ORG", self._company_country(name, home),
                      self.kb.agency_heads[low], s, toks[j - 1][1], source="agency-pattern")
                k = j
                continue
            # a regency, city or province acting as its government: "bekerja sama dengan Kabupaten
            # Karawang", "Kabupaten Sukabumi meminta ..." (not "banjir melanda Kabupaten Karawang")
            if low in REGION_GOVERNMENTS and t[:1].isupper() and k + 1 < n and not b.is_covered(s, e):
                j = self._known_region_end(toks, item_at, k + 1, min(n, k + 5))
                if j is not None and not b.is_covered(toks[k + 1][0], toks[j - 1][1]) \
                        and self._region_acts(text, toks, k, j):
                    name = text[s:toks[j - 1][1]]
                    b.add(("ORG", _norm_name(name)), name, "ORG", "IDN", "GOV", s, toks[j - 1][1],
                          source="region-government")
                    k = j
                    continue
            # initials: "RN (30)", "tersangka berinisial SR", "MAM, NN, VS, dan MA"
            if t.isupper() and t.isalpha() and 1 <= len(t) <= 4 and item_at.get(k) is None \
                    and (self._initials_context(text, toks, k, k + 1) or self._in_initials_list(toks, k)):
                self._add_initials(doc, toks, k, home, b)
                k += 1
                continue
            # "Nama, jabatan ...": a capitalised run followed by ", <role>"
            start_item = item_at.get(k)
            if start_item is not None and start_item.kinds() == {"city"} and start_item.j == k + 1 \
                    and k + 1 < n and self._is_cap_word(toks[k + 1][2]) and item_at.get(k + 1) is None \
                    and text[e:toks[k + 1][0]] == " " and k > 0 and toks[k - 1][2].lower() not in LOCATIVE:
                start_item = None  # "Sabah Khaled al-Sabah, Menteri ...": a name that starts like a region
            if self._is_cap_word(t) and start_item is None and t.lower() not in STOP_CAP:
                s0, j = self._read_name(text, toks, item_at, k, places=True)
                if s0 > k:  # "Kemenko IPK Rachmat Wibowo": the acronym closes the body before it
                    k = s0
                    continue
                prevw = toks[k - 1][2].lower() if k > 0 else ""
                # "Chrisna Damayanto (CD) selaku ...": a name glossed by its initials
                if j > k + 1 and j + 2 < n and toks[j][2] == "(" and toks[j + 2][2] == ")" \
                        and toks[j + 1][2].isupper() and toks[j + 1][2].isalpha() and 2 <= len(toks[j + 1][2]) <= 5 \
                        and toks[j + 1][2][0] == t[0] and not b.is_covered(s, toks[j - 1][1]) \
                        and prevw not in CURRENCY_WORDS and not self._all_common(toks, k, j):
                    self._named_with_initials(doc, toks, item_at, k, j, home, date, b)
                    k = j + 3
                    continue
                # "kata Matthew Prince, direktur utama CloudFlare": the apposition gives the office
                if j > k and prevw in SPEECH_BEFORE and j + 1 < n and toks[j][2] == "," and len(t) >= 3 \
                        and not b.is_covered(s, toks[j - 1][1]):
                    r = item_at.get(j + 1)
                    if r is not None and r.first("role") and not b.is_covered(r.start, r.end) \
                            and self._apposition(doc, toks, item_at, k, j, r, home, date, b) is not None:
                        k = j
                        continue
                # "ujar Indra", "kata Budi Hidayat": the name after a speech word is a person
                if j > k and prevw in SPEECH_BEFORE and not b.is_covered(s, toks[j - 1][1]) and len(t) >= 3:
                    name = text[s:toks[j - 1][1]]
                    code = self._stated_nationality(text, b.items, toks[j - 1][1]) or home or "UNK"
                    b.add(("PER", _norm_name(name)), name, "PER", code, None, s, toks[j - 1][1],
                          source="speech-pattern")
                    k = j
                    continue
                # "korban, Indra menceritakan" / "korban bernama Indra"
                if j > k and (prevw in ("bernama", "berinama") or (prevw == "," and k >= 2 and toks[k - 2][2].lower() in ("korban", "pelaku", "tersangka", "pelapor", "saksi"))) \
                        and not b.is_covered(s, toks[j - 1][1]):
                    cue = toks[k - 2][2].lower() if prevw == "," else (toks[k - 2][2].lower() if k >= 2 else "")
                    sector = {"korban": "CVL", "pelapor": "CVL", "saksi": "CVL", "pelaku": "CRM", "tersangka": "CRM"}.get(cue)
                    if sector is None and prevw in ("bernama", "berinama"):
                        # "kedua jemaah itu diketahui bernama X": the group noun of the clause
                        for x in range(k - 2, max(-1, k - 7), -1):
                            gi = b.item_end.get(x + 1)
                            if toks[x][2] in ",.;:\"“”":
                                break
                            if gi is not None and (ge := gi.first("generic", "role")) is not None and ge.sector:
                                if gi.text.lower() not in NATIONALITY_NOUNS and not (
                                        gi.i > 0 and toks[gi.i - 1][2].lower() in FORMER):
                                    # "warga Polandia bernama X" says a nationality, "mantan pejabat
                                    # bernama X" a past office: neither is X's sector now
                                    sector, cue = ge.sector, gi.text.lower()
                                break
                    code = self._country_near(toks, item_at, k) or home or "UNK"
                    name = text[s:toks[j - 1][1]]
                    b.add(("PER", _norm_name(name)), name, "PER", code, sector, s, toks[j - 1][1],
                          role=cue or None, source="role-pattern")
                    k = j
                    continue
                # "Rahmat Bagja selaku ketua Bawaslu", "Arif Budiman beliau sebagai Pejabat Pengadaan"
                jj = j + 1 if j < n and toks[j][2].lower() == "beliau" else j
                # "Jose Jeri, yang (kini) menjabat sebagai presiden sementara": the same apposition
                jj = self._serving_as(toks, jj)
                if j > k and jj + 1 < n and toks[jj][2].lower() in ("selaku", "sebagai") and not b.is_covered(s, toks[j - 1][1]):
                    r = item_at.get(jj + 1)
                    if r is not None and r.first("role"):
                        ent = self._apposition(doc, toks, item_at, k, j, r, home, date, b)
                        if ent is not None:
                            k = j
                            continue
                if j > k and j + 1 < n and toks[j][2] == "," and (j - k >= 2 or len(t) >= 4):
                    r = item_at.get(j + 1)
                    if r is not None and r.first("role") and not b.is_covered(s, toks[j - 1][1]):
                        ent = self._apposition(doc, toks, item_at, k, j, r, home, date, b)
                        if ent is not None:
                            k = j
                            continue
                # "Nama mengatakan": a person by the speech verb ("Kepala Sekolah mengatakan" is an office)
                if j > k and j < n and toks[j][2].lower() in SPEECH_AFTER and not b.is_covered(s, toks[j - 1][1]) \
                        and (j - k >= 2 or len(t) >= 4) and t.lower() not in self.kb.name_blockers:
                    name = text[s:toks[j - 1][1]]
                    code = self._stated_nationality(text, b.items, toks[j - 1][1]) or home or "UNK"
                    b.add(("PER", _norm_name(name)), name, "PER", code, None, s, toks[j - 1][1],
                          source="speech-pattern")
                    k = j
                    continue
                if self._company_tail_run(text, toks, k, j) and not b.is_covered(s, toks[j - 1][1]):
                    name = text[s:toks[j - 1][1]]
                    b.add(("ORG", _norm_name(name)), name, "ORG", self._company_country(name, home), "BUS", s,
                          toks[j - 1][1], source="company-pattern")
                    k = j
                    continue
                # fallback: a 2-4 word capitalised run in mid-sentence that looks like a name
                if 2 <= j - k <= 4 and self._looks_like_name(text, toks, item_at, k, j, b):
                    name = text[s:toks[j - 1][1]]
                    code = self._stated_nationality(text, b.items, toks[j - 1][1]) or home or "UNK"
                    b.add(("PER", _norm_name(name)), name, "PER", code, None, s, toks[j - 1][1],
                          source="capitalized")
                    k = j
                    continue
                k = max(j, k + 1)
                continue
            k += 1

    def _looks_like_name(self, text, toks, item_at, k: int, j: int, b: _Builder) -> bool:
        """Capitalised-run person fallback (used when no NER model is shipped).

        Mid-sentence (after a lowercase word or a comma), no word from ``name_blockers.tsv``,
        no KB item inside, not followed by another capitalised word or a digit, not covered."""
        if b.is_covered(toks[k][0], toks[j - 1][1]):
            return False
        prev = toks[k - 1][2] if k > 0 else ""
        aged = j + 2 < len(toks) and toks[j][2] == "(" and toks[j + 1][2].isdigit() and toks[j + 2][2] == ")" \
            and 1 <= len(toks[j + 1][2]) <= 2
        if not (prev == "," or (prev.isalpha() and prev.islower())
                or (aged and (k == 0 or prev in ".!?\"“" or "\n" in text[toks[k - 1][1]:toks[k][0]]))):
            # a sentence opens with any capital; there, only a name given an age is one
            # ("Endang Sulastri (41) alias Mami ditemukan tewas")
            return False
        before = prev.lower()
        if before in LOCATIVE or before in ("di", "ke", "dari", "jalan", "kota") or before in FACILITIES \
                or (before == "udara" and k >= 2 and toks[k - 2][2].lower() == "pangkalan"):
            return False  # "pangkalan udara Al Shayrat", "kamp Ain Issa": a place
        words = [toks[x][2] for x in range(k, j) if toks[x][2].isalpha()]
        if any(w.lower() in self.kb.name_blockers or w.lower() in STOP_CAP for w in words):
            return False
        if any(item_at.get(x) is not None for x in range(k, j)):
            return False
        if any(w.isupper() and len(w) > 1 for w in words):
            return False
        age = j + 2 < len(toks) and toks[j][2] == "(" and toks[j + 1][2].isdigit() and toks[j + 2][2] == ")" \
            and 1 <= len(toks[j + 1][2]) <= 2
        if j < len(toks) and (toks[j][2][:1].isdigit() or toks[j][2] == "(") and not age:
            return False  # "Piala AFF 2016", "Badan X (BX)"; but "Hadi Sukma (73)" gives an age
        if self._stemmer is not None:
            low = [w.lower() for w in words if len(w) > 2]
            # a run made only of dictionary words ("Merah Putih", "Sistem Elektronik")
            if low and all(self._dictionary.contains(w) for w in low):
                return False
            # a noun with the pe-an / ke-an confix ("Pelayanan", "Kepresidenan"); the stemmer
            # (slow) only confirms words that already have the shape
            if any(len(w) > 6 and w.startswith(("pe", "ke")) and w.endswith("an")
                   and not self._dictionary.contains(w) and self._stemmer.stem(w) != w for w in low):
                return False
        return True

    def _country_near(self, toks, item_at, k: int) -> str | None:
        """A country named right before "bernama"/a name: "warga Polandia bernama ..." (not one
        after "di": "koresponden Fairfax di Indonesia bernama X" is posted there, not from there)."""
        for x in range(max(0, k - 4), k):
            it = item_at.get(x)
            if it is not None and it.first("country") and not (x > 0 and toks[x - 1][2].lower() in POSTED_AT):
                return it.first("country").code
        for x in range(max(0, k - 5), k):
            it = item_at.get(x)
            o = it.first("org") if it is not None else None
            if o is not None and o.code and len(o.code) == 3 and not o.generic:
                return o.code  # "koresponden Fairfax di Indonesia bernama X": the employer's country
        return None

    def _named_with_initials(self, doc, toks, item_at, k, j, home, date, b: _Builder) -> Entity:
        """"Gunardi Wantjik (GW), Direktur PT Melanton Pratama": person + initials alias.

        Sector: CRM when the sentence speaks of suspects/defendants, else from a following
        role ("selaku ..." or ", jabatan"), else unknown."""
        text = doc.text
        name = text[toks[k][0]:toks[j - 1][1]]
        sent = doc.sentence_of(toks[k][0])
        lo = sent.start if sent else max(0, toks[k][0] - 200)
        hi = sent.end if sent else toks[j][1] + 200
        window = text[lo:hi].lower()
        role = None
        m = re.match(r"\s*\)\s*(?:,|selaku|sebagai)\s*([^,.;\n]{3,100})", text[toks[j + 2][0]:])
        if m:
            role = m.group(1).strip()
        sector = None
        if re.search(r"\b(tersangka|terdakwa|terpidana|pelaku|ditahan|ditangkap)\b", window):
            sector = "CRM"
        elif role:
            ritems = [item_at.get(x) for x in range(j + 3, min(len(toks), j + 12))]
            for r in ritems:
                if r is not None and r.first("role", "org"):
                    e = r.first("role") or r.first("org")
                    sector = e.sector
                    break
        ent = b.add(("PER", _norm_name(name)), name, "PER", home or "UNK", sector, toks[k][0], toks[j - 1][1],
                    role=role, source="role-pattern")
        ini = toks[j + 1]
        ent.mentions.append(Mention(ini[0], ini[1], ini[2], "short"))
        b.cover(ini[0], ini[1])
        b.initials[ini[2]] = ent
        return ent

    def _apposition(self, doc, toks, item_at, k, j, r: Item, home, date, b: _Builder) -> Entity | None:
        text = doc.text
        name = text[toks[k][0]:toks[j - 1][1]]
        role_entry = r.first("role")
        nxt = toks[r.j][2] if r.j < len(toks) else ""
        if role_entry.sector in ("CRM", "CVL") and nxt.islower() and nxt.startswith(("me", "ber", "di", "ter")):
            return None  # "Kyle York, pelaku menggunakan ...": the noun starts the next clause
        # the role phrase runs to the next comma/stop
        m = re.match(r"[^,.;\n\"“”]{0,120}", text[r.start:])
        role_text = m.group(0).strip() if m else r.text
        sector = role_entry.sector
        code = None
        # find bodies / countries inside the role phrase
        end = r.start + len(role_text)
        org = None
        for it2 in (item_at.get(x) for x in range(r.i, len(toks)) if toks[x][0] < end):
            if it2 is None:
                continue
            if it2.first("org") and org is None:
                org = it2.first("org")
            c = it2.first("country")
            if c is not None and code is None:
                code = c.code
        if sector not in ("CRM", "CVL") and org is not None and org.sector and sector not in ("GOV", "COP", "MIL", "JUD", "LEG"):
            sector = org.sector
        sector = sector or (org.sector if org else None) or self._keyword_sector(role_text) or "GOV"
        if org is not None and org.code and org.code.startswith(("IGO:", "NGO:")):
            code, sector = org.code, None
        if code is None and org is not None and org.sector == "PTY" and org.code == "IDN" and home and home != "IDN":
            code = home  # "wakil ketua Partai Demokrat" in a Thai story: that country's party of the name
        code = code or (org.code if org and org.code not in (None, "UNK") else None) or home or "UNK"
        b.cover(r.start, end)
        return b.add(("PER", _norm_name(name)), name, "PER", code, sector, toks[k][0], toks[j - 1][1],
                     role=role_text, source="role-pattern")

    def _ner_candidate(self, text: str, toks, k: int, j: int) -> bool:
        """Could the capitalised run ``[k, j)`` be a person the model should look at?

        Only model persons of two or more words are used, so a run is not worth the model's
        time when it is a place ("di Pasar Koja", "ke Jakarta Selatan"), contains a word that
        marks a place, building, body or event (``name_blockers.tsv``, company words), starts
        a line (headlines of related articles), or is made only of dictionary words ("Tarif
        Cukai", "Tindak Pidana Korupsi")."""
        if "\n" in text[toks[k - 1][1]:toks[k][0]] or toks[k - 1][2].lower() in NER_SKIP_BEFORE:
            return False
        words = [toks[x][2].lower() for x in range(k, j)]
        kb = self.kb
        for x, w in enumerate(words):
            if w in kb.name_blockers or w in kb.company_tails or w in kb.company_heads or w in STOP_CAP:
                # "Rully Firmansyah Warehouse Manager PT ...": the words before may still be a name
                words = words[:x]
                break
        if len(words) < 2:
            return False
        if self._dictionary is not None:
            low = [w for w in words if len(w) > 3]
            if len(low) >= 2 and all(self._dictionary.contains(w) for w in low):
                return False
        return True

    def _ner_windows(self, doc, toks, item_at, b: _Builder) -> list[tuple[int, int]]:
        """Short windows (character spans) around the capitalised runs that the KB, the
        patterns and the fallback left unexplained: only these go to the model. It costs
        ~10x the rest of this stage per character, so it must not see the whole text
        (budget: actors <= 20 % of extract time)."""
        text = doc.text
        windows: list[tuple[int, int]] = []
        n = len(toks)
        k = 1
        while k < n:
            t0 = toks[k][2]
            if t0[:1].isupper() and t0.isalpha() and not t0.isupper() and t0.lower() not in STOP_CAP \
                    and not b.is_covered(toks[k][0], toks[k][1]) and toks[k - 1][2] not in ".!?\n" \
                    and item_at.get(k) is None:
                j = k
                # the run stops at a KB item: "Jakarta Selatan", "Polres OKU" are explained
                while j < n and toks[j][2][:1].isupper() and toks[j][2].isalpha() \
                        and not b.is_covered(toks[j][0], toks[j][1]) and item_at.get(j) is None:
                    j += 1
                if j - k >= 2 and self._ner_candidate(text, toks, k, j) and self._sentence_has_cue(doc, toks, k):
                    ws, we = toks[max(0, k - 3)][0], toks[min(n - 1, j + 1)][1]
                    if windows and ws <= windows[-1][1]:
                        windows[-1] = (windows[-1][0], we)
                    else:
                        windows.append((ws, we))
                k = j + 1
                continue
            k += 1
        return windows

    def _ner_persons(self, doc, windows: list[tuple[int, int]], found: list[tuple[int, int, str]],
                     home: str | None, b: _Builder) -> None:
        """Add the model's persons (spans in the windows joined by ``_NER_SEP``) that nothing
        else explained. Only persons of two or more words are kept."""
        starts: list[int] = []
        pos = 0
        for ws, we in windows:
            starts.append(pos)
            pos += (we - ws) + len(_NER_SEP)
        spans: list[tuple[int, int, str]] = []
        for s0, e0, lab in found:
            w = bisect.bisect_right(starts, s0) - 1
            if w < 0:
                continue
            ws, we = windows[w]
            off = starts[w]
            if e0 - off > we - ws:
                continue  # a span across two windows
            spans.append((ws + s0 - off, ws + e0 - off, lab))
        for s, e, label in spans:
            if label != "PER" or b.is_covered(s, e):
                continue
            name = doc.text[s:e].strip()
            if len(name) < 3 or name.lower() in STOP_CAP or len(name.split()) < 2:
                continue  # one-word model persons are too often places ("Tambun") to trust
            code = self._stated_nationality(doc.text, b.items, s + len(name)) or home or "UNK"
            b.add(("PER", _norm_name(name)), name, "PER", code, None, s, s + len(name),
                  kind="name", source="ner")

    @staticmethod
    def _stated_nationality(text: str, items, end: int) -> str | None:
        """The country a person's name is followed by: "Bojan Malisic (Serbia)", "Shohei
        Matsunaga asal Jepang", "On In Kyun dari Korea Selatan", "..., warga negara Malaysia".
        Why: the model finds persons the KB does not know, and the story's home country is
        wrong for the foreign ones; ANNOTATION.md codes people by the country they belong to."""
        m = _NATIONALITY_AFTER.match(text, end)
        if m is None:
            return None
        at = m.end()
        for it in items:
            if it.start == at:
                e = it.first("country", "city")
                bracketed = m.group(0).strip().startswith("(")
                if e is not None and e.code and (not bracketed or text[it.end:it.end + 3].lstrip().startswith(")")):
                    return e.code  # a bracket must close right after the country: "(Serbia)"
        return None
