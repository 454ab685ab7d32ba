"""Cleaning: from a reader's ``raw_text`` to the clean article body and its metadata.

The :class:`Cleaner` stage fills ``text``, ``title``, ``boilerplate``, ``dateline``,
``credits`` and ``published`` (from metadata only; the timex stage infers it from
the text when the input has none).

How site chrome is found (a general method, not a list of one site's lines):

* line patterns from ``resources/clean/chrome.tsv`` (read-time notes, share rows,
  comment counters, "ADVERTISEMENT", "SCROLL TO CONTINUE", tags, breadcrumbs ...);
* prefix patterns for long-ish chrome lines ("Baca juga: ...", "Tonton juga video ...");
* a vocabulary rule: a short line without sentence punctuation made mostly of UI
  words (``ui_words.txt``) is chrome ("More From Author");
* blocks: a "related"/"you may also like" header line takes the headline-like
  lines after it with it, and headline-like lines after the article's closing
  credit line ("Sumber: Yonhap") are chrome.

Credit lines ("Sumber: Yonhap", "Pewarta: X", "Editor: Y", "(AFP/Reuters)") leave the
body and become ``credits``; agencies credited inside sentences ("dikutip AFP",
"dilansir Antara", "kepada Reuters", "Xinhua melaporkan") become credited sources but
stay in the body. The publishing outlet itself is never a credited source.

Datelines ("Washington (ANTARA) –", "Jakarta , CNN Indonesia - -", "SEOUL, June 21
(Yonhap) --", "Suara.com -", "JAKARTA -") are read from the head of the body and cut
from it. ``text`` keeps the input's paragraph breaks ("\\n" or "\\n\\n").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources

from .model import Credits, Dateline, Document, Published
from .options import PipelineOptions

# ---------------------------------------------------------------------------------------------
# data files


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file under resources/clean (comments and blank lines skipped)."""
    text = resources.files("warta.resources").joinpath("clean", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class ChromeRule:
    kind: str  # line | prefix | marker | header
    max_words: int
    pattern: str
    example: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    kind: str


@lru_cache(maxsize=1)
def chrome_rules() -> tuple[ChromeRule, ...]:
    out = []
    for kind, max_words, pattern, example in _rows("chrome.tsv"):
        if kind in ("prefix", "marker"):
            rx = re.compile(r"(?:" + pattern + r")", re.I)
        else:
            rx = re.compile(r"(?:" + pattern + r")\s*[:.!]?", re.I)
        out.append(ChromeRule(kind, int(max_words), pattern, example, rx))
    return tuple(out)


@lru_cache(maxsize=1)
def ui_words() -> frozenset[str]:
    text = resources.files("warta.resources").joinpath("clean", "ui_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def dateline_places() -> frozenset[str]:
    text = resources.files("warta.resources").joinpath("clean", "places.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def credit_labels() -> tuple[tuple[str, str, str], ...]:
    return tuple((field, label, example) for field, label, example in _rows("credit_labels.tsv"))


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    return tuple(Agency(name, tuple(a for a in aliases.split("|") if a), kind)
                 for name, aliases, kind in _rows("agencies.tsv"))


@lru_cache(maxsize=1)
def source_cues() -> tuple[tuple[str, str, str], ...]:
    return tuple((pos, pat, ex) for pos, pat, ex in _rows("source_cues.tsv"))


# ---------------------------------------------------------------------------------------------
# helpers

_SENT_END = re.compile(r"[.!?…\"”’'»)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.U)
_DASH = r"(?:\s*-\s*-\s*|\s*--+\s*|\s*[–—]+\s*|\s+-\s*|\s*-\s+)"
_CAPWORD = r"(?:[A-Z][\w'’.]*|(?:de|da|del|di|la|el|al|an|bin|van|von|der|du|le)(?=\s))"
_PLACE = rf"{_CAPWORD}(?:[ -]{_CAPWORD}){{0,4}}"
_MONTHS = (r"(?:Jan(?:uary|uari)?|Feb(?:ruary|ruari)?|Mar(?:ch|et)?|Apr(?:il)?|May|Mei|June?|Juni|July?|Juli|"
           r"Aug(?:ust)?|Agu(?:stus)?|Agt|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|"
           r"Dec(?:ember)?|Des(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTHS}\s+\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"
         rf"|\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?)")
_AGENCY_TEXT = r"[A-Za-z][\w.&'’]*(?:\s+[A-Za-z][\w.&'’]*){0,3}"
# "Washington (ANTARA) –", "SEOUL, June 21 (Yonhap) --", "Malang ( ANTARA News ) -"
_DL_PAREN = re.compile(rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}})\s*,?\s*(?:(?P<date>{_DATE})\s*,?\s*)?\(\s*(?P<agency>[^()\n]{{2,40}}?)\s*\)"
                       rf"(?:\s*,?\s*(?P<date2>{_DATE}))?{_DASH}")
# "Jakarta , CNN Indonesia - -", "JAKARTA, KOMPAS.com -", "JUARA.NET , NEW YORK -"
_DL_COMMA = re.compile(rf"^(?P<a>{_PLACE}|{_AGENCY_TEXT})\s*,\s*(?P<b>{_AGENCY_TEXT})\s*(?:,\s*(?P<date>{_DATE}))?{_DASH}")
# "Suara.com -", "Rimanews -", "JAKARTA -", "Jakarta -"
_DL_ONE = re.compile(rf"^(?P<a>{_AGENCY_TEXT})\s*(?:,\s*(?P<date>{_DATE}))?{_DASH}")
_DOMAIN = re.compile(r"\.(?:com|net|org|co|id|co\.id|tv|news)\b", re.I)
_INITIALS = re.compile(r"(?:^|\s)[(\[]\s*[a-z]{1,8}(?:\s*[/,]\s*[a-z]{1,8})*\s*[)\]]\s*$")
_AGENCY_CODE = re.compile(r"^\(\s*[\w. ]{1,20}-\s*[\w. ]{1,12}/\s*[A-Z]?\d{2,4}\s*\)$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|/|;|&|\bdan\b|\band\b)\s*")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def _outlet_key(s: str) -> str:
    """Comparable key for an outlet name: "CNNIndonesia.com" ~ "cnn indonesia", "detikcom" ~ "detik.com"."""
    k = _norm(re.sub(r"\.(com|net|org|co\.id|id|co)\b", "", s, flags=re.I))
    for suffix in ("com", "news", "online"):
        if k.endswith(suffix) and len(k) > len(suffix) + 2:
            k = k[: -len(suffix)]
    return k


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_sentence(line: str) -> bool:
    """A line that reads as running text: long enough, or ending like a sentence."""
    s = line.strip()
    return len(s.split()) > 20 or bool(_SENT_END.search(s) and len(s.split()) >= 4)


def _headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 20 and not _is_sentence(s)


def published_from_meta(value: str | None) -> Published | None:
    """Metadata date -> ``Published``: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` when a time is given."""
    if not value:
        return None
    v = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", v)
    if m:
        y, mo, d, hh, mm = m.groups()
        try:
            datetime(int(y), int(mo), int(d))
        except ValueError:
            return None
        return Published(f"{y}-{mo}-{d}" + (f"T{hh}:{mm}" if hh else ""), "metadata")
    try:
        import dateparser
        dt = dateparser.parse(v, languages=["id", "en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    except Exception:
        dt = None
    return Published(dt.strftime("%Y-%m-%d"), "metadata") if dt else None


# ---------------------------------------------------------------------------------------------
# the stage


class Cleaner:
    """Clean text dumps: body, title, chrome, dateline, credits, metadata date."""

    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.rules = chrome_rules()
        self.ui = ui_words()
        self.places = dateline_places()
        labels = credit_labels()
        self.credit_re = [(field, re.compile(rf"^\s*(?:{label})\s*:\s*(?P<v>\S.*?)\s*$", re.I))
                          for field, label, _ in labels]
        # "Diadaptasi oleh X" / "Diterjemahkan oleh X" read as label lines without a colon
        for field, label, _ in labels:
            phrases = [p for p in label.split("|") if " " in p and p.split()[-1] in ("oleh", "by")]
            if phrases:
                self.credit_re.append((field, re.compile(
                    rf"^\s*(?i:{'|'.join(phrases)})\s+(?P<v>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|dan|and|,))*)\s*\.?$")))
        self.agencies = agencies()
        alias_to_name: dict[str, str] = {}
        for a in self.agencies:
            for alias in a.aliases:
                alias_to_name[alias] = a.name
        self.alias_to_name = alias_to_name
        self.alias_key = {_outlet_key(k): v for k, v in alias_to_name.items()}
        alts = "|".join(re.escape(a) for a in sorted(alias_to_name, key=len, reverse=True))
        self.agency_alt = alts
        # An agency alone in a credit line or at the end of the last paragraph: "(AFP/Reuters)".
        self.agency_line = re.compile(rf"^\(?\s*(?P<v>(?:{alts})(?:\s*[/,]\s*(?:{alts}))*)\s*\)?\s*[.]?$")
        self.agency_tail = re.compile(rf"\s*\(\s*(?P<v>(?:{alts})(?:\s*[/,]\s*(?:{alts}))*)\s*\)\s*$")
        medium = (r"(?:(?:kantor berita|agensi berita|media|situs|laman|harian|surat kabar|stasiun televisi|news agency)"
                  r"\s+)?(?:the\s+)?")  # "dikutip dari laman the Guardian"
        name = rf"(?P<ag>(?:{alts})(?![\w]))"  # no left boundary: "dilansirAntara" occurs
        generic = r"(?P<gen>(?<=kantor berita )[A-Z][A-Za-z]{1,15})"
        before = "|".join(p for pos, p, _ in source_cues() if pos == "before")
        after = "|".join(p for pos, p, _ in source_cues() if pos == "after")
        self.cue_before = re.compile(rf"\b(?i:{before})\s*{'(?i:' + medium + ')'}(?:{name}|{generic})")
        self.cue_after = re.compile(rf"(?<![\w.]){'(?i:' + medium + ')'}?{name}\s+(?i:{after})\b")

    # -- line classification --------------------------------------------------------------
    def chrome_kind(self, line: str) -> str | None:
        """``chrome`` or ``header`` for a line of site furniture, else None."""
        s = _SPACES.sub(" ", line.strip())
        if not s:
            return None
        if s[0] in "[(" and s[-1] in "])" and len(s) > 2:
            s = s[1:-1].strip()  # "[ Baca juga : Djarot Minta Satpol PP ... ]": a bracketed link line
        n = len(s.split())
        for r in self.rules:
            if r.kind in ("prefix", "marker"):
                m = r.regex.match(s)
                if m and (r.max_words == 0 or n <= r.max_words):
                    rest = s[m.end():].strip()
                    if r.kind == "marker" and len(rest.split()) >= 12 and re.search(r"[.]['\"”’]?$", rest):
                        return "marker"  # "Baca_Juga Namun , Yon tak lagi ..." : the text after it is real
                    return "chrome"
            elif n <= 15 and r.regex.fullmatch(s):
                return "header" if r.kind == "header" else "chrome"
        if n <= 6 and not _SENT_END.search(s):
            ws = [w.lower() for w in _words(s)]
            if ws and sum(w in self.ui for w in ws) * 2 > len(ws) and not any(c.isdigit() for c in s[:1]):
                return "chrome"
        return None

    def split_marker(self, line: str) -> tuple[str, str]:
        """("Baca_Juga", "Namun , Yon ...") for a chrome marker glued to a real sentence."""
        s = _SPACES.sub(" ", line.strip())
        for r in self.rules:
            if r.kind == "marker":
                m = r.regex.match(s)
                if m:
                    return s[: m.end()].strip(), s[m.end():].strip()
        return "", line

    def credit_of(self, line: str) -> tuple[str, list[str]] | None:
        """``(field, names)`` for a credit line ("Sumber: Yonhap", "(AFP/Reuters)"), else None."""
        s = _SPACES.sub(" ", line.strip())
        if not s or len(s.split()) > 14:
            return None
        m = self.agency_line.match(s)
        if m:
            return "sources", [self.alias_to_name.get(x.strip(), x.strip()) for x in re.split(r"[/,]", m["v"])]
        for field, rx in self.credit_re:
            m = rx.match(s)
            if m:
                value = re.split(r"\s+\.\s+|\.\s+(?=[A-Z][\w ]{0,30}:)", m["v"])[0]  # "TechCrunch . Gambar header : Pixabay ."
                value = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", value).strip(" .")
                names = [x.strip(" .") for x in _SPLIT_NAMES.split(value) if x.strip(" .")]
                if field == "sources":
                    names = [self.alias_to_name.get(x, x) for x in names]
                return (field, names) if names else None
        return None

    # -- dateline ----------------------------------------------------------------------------
    def _agency_like(self, s: str, outlet: str | None) -> bool:
        s = s.strip()
        key = _outlet_key(s)
        if not key:
            return False
        if s in self.alias_to_name or key in self.alias_key or _DOMAIN.search(s):
            return True
        if outlet and key == _outlet_key(outlet):
            return True
        first = s.split()[0]
        return len(first) >= 2 and first.isupper() and any(w[:1].islower() or not w.isupper() for w in s.split()[1:]) \
            if len(s.split()) > 1 else False

    def _paren_agency_like(self, agency: str, place: str, outlet: str | None) -> bool:
        """"Washington (ANTARA)" but not "Komisi Pemberantasan Korupsi (KPK)" or "Joko Widodo (Jokowi)"."""
        a = _SPACES.sub(" ", agency.strip())
        if a in self.alias_to_name or _outlet_key(a) in self.alias_key or _DOMAIN.search(a):
            return True
        if outlet and _outlet_key(a) == _outlet_key(outlet):
            return True
        if any(a.startswith(alias) for alias in self.alias_to_name if len(alias) >= 4):
            return True  # "AntaraKL", "ANTARA News Sumbar"
        return bool(re.fullmatch(r"[A-Z]{2,}(?: [A-Z][a-z]+)?", a)) and len(place.split(",")[0].split()) <= 2

    def _place_like(self, s: str) -> bool:
        parts = [x.strip() for x in s.split(",") if x.strip()]
        return bool(parts) and all(re.fullmatch(_PLACE, x) for x in parts) and not any(ch.isdigit() for ch in s)

    def dateline_of(self, para: str, outlet: str | None) -> tuple[Dateline, int] | None:
        """The dateline at the head of the first paragraph and where the body starts after it."""
        head = para[:120]
        m = _DL_PAREN.match(head)
        if m and self._place_like(m["place"]) and self._paren_agency_like(m["agency"], m["place"], outlet):
            return Dateline(re.sub(r"\s*,\s*", ", ", m["place"].strip()), _SPACES.sub(" ", m["agency"]).strip(),
                            m["date"] or m["date2"]), m.end()
        m = _DL_COMMA.match(head)
        if m:
            a, b = m["a"].strip(), m["b"].strip()
            if self._place_like(a) and self._agency_like(b, outlet) and not self._agency_like(a, outlet):
                return Dateline(a, b, m["date"]), m.end()
            if self._agency_like(a, outlet) and self._place_like(b):
                return Dateline(b, a, m["date"]), m.end()
            if self._place_like(a) and self._agency_like(b, outlet):
                return Dateline(a, b, m["date"]), m.end()
        m = _DL_ONE.match(head)
        if m and m.end() < len(para):
            a = m["a"].strip()
            rest = para[m.end():m.end() + 1]
            if self._agency_like(a, outlet) and (_DOMAIN.search(a) or (outlet and _outlet_key(a) == _outlet_key(outlet))
                                                 or a in self.alias_to_name):
                return Dateline(None, a, m["date"]), m.end()
            if (self._place_like(a) and len(a.split()) <= 4 and (rest[:1].isupper() or rest[:1] in "\"“'‘")
                    and ((a.isupper() and len(a) >= 4) or a.lower() in self.places)):  # not "GO - JEK"
                return Dateline(a, None, m["date"]), m.end()
        elif m and m.end() >= len(para.rstrip()) and self._agency_like(m["a"], outlet):
            return Dateline(None, m["a"].strip(), m["date"]), len(para)  # a dateline alone on its line
        return None

    # -- in-text sources ----------------------------------------------------------------------
    def text_sources(self, text: str) -> list[str]:
        found: list[tuple[int, str]] = []
        for rx in (self.cue_before, self.cue_after):
            for m in rx.finditer(text):
                ag = m.groupdict().get("ag") or m.groupdict().get("gen")
                if ag:
                    found.append((m.start("ag") if m.groupdict().get("ag") else m.start("gen"),
                                  self.alias_to_name.get(ag, ag)))
        found.sort()
        return [name for _, name in found]

    # -- the stage ----------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        raw = (doc.raw_text or "").replace("\r\n", "\n").replace("\r", "\n")
        lines = [ln.rstrip() for ln in raw.split("\n")]
        boiler: list[str] = []
        credits = Credits()
        keep = [True] * len(lines)

        # title: metadata, else the first line of a text dump when it looks like one
        title = (doc.meta_title or "").strip() or None
        first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
        if first is not None:
            fl = _SPACES.sub(" ", lines[first].strip())
            if title and _norm(fl) == _norm(title):
                keep[first] = False
            elif (not title and first + 1 < len(lines) and not lines[first + 1].strip() and len(fl) <= 200
                  and 2 <= len(fl.split()) <= 25 and not re.search(r"[.!?,;:…\"”]$", fl)
                  and not self.chrome_kind(fl) and not self.credit_of(fl)
                  and not self.dateline_of(fl + " X", doc.source.outlet)):
                title = fl
                keep[first] = False

        # chrome, credit lines, headed blocks
        in_block = False
        last_credit = -1
        for i, ln in enumerate(lines):
            if not keep[i] or not ln.strip():
                continue
            kind = self.chrome_kind(ln)
            if kind == "marker":
                marker, rest = self.split_marker(ln)
                boiler.append(marker)
                lines[i] = rest
                kind = None
            if kind:
                keep[i] = False
                boiler.append(ln.strip())
                in_block = kind == "header"
                continue
            if in_block and _headline_like(ln):
                keep[i] = False
                boiler.append(ln.strip())
                continue
            in_block = False
            cr = self.credit_of(ln)
            if cr:
                keep[i] = False
                getattr(credits, cr[0]).extend(cr[1])
                last_credit = i
                continue
            s = ln.strip()
            if _AGENCY_CODE.match(s) or _INITIALS.fullmatch(" " + s):
                keep[i] = False
                boiler.append(s)
        # headline-like leftovers after the closing credit line are chrome too
        if last_credit >= 0:
            rest = [i for i in range(last_credit + 1, len(lines)) if keep[i] and lines[i].strip()]
            if rest and all(_headline_like(lines[i]) for i in rest):
                for i in rest:
                    keep[i] = False
                insert_at = len(boiler)
                # keep boilerplate in document order
                later = [lines[i].strip() for i in rest]
                boiler[insert_at:insert_at] = later
                boiler = self._order(lines, boiler)

        body_lines = [ln for ln, k in zip(lines, keep) if k]
        body = "\n".join(body_lines)
        body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", body).strip()

        # dateline at the head of the body
        dateline = None
        if body:
            para_end = body.find("\n")
            para = body if para_end < 0 else body[:para_end]
            dl = self.dateline_of(para, doc.source.outlet)
            if dl:
                dateline, cut = dl
                body = body[cut:].lstrip()

        # trailing credits at the very end of the body: "(AFP/Reuters)", "( les )"
        for _ in range(3):
            m = self.agency_tail.search(body)
            if m and len(body) - m.start() < 60:
                credits.sources.extend(self.alias_to_name.get(x.strip(), x.strip()) for x in re.split(r"[/,]", m["v"]))
                body = body[: m.start()].rstrip()
                continue
            m = _INITIALS.search(body)
            if m and not _INITIALS.fullmatch(body):
                boiler.append(body[m.start():].strip())
                body = body[: m.start()].rstrip()
                continue
            break

        # an author from the input's metadata (HTML byline) is a credit too
        meta_author = (doc.meta or {}).get("author")
        if isinstance(meta_author, str) and meta_author.strip():
            credits.authors[:0] = [x.strip() for x in re.split(r"\s*[;|]\s*|\s*,\s*(?=[A-Z])", meta_author) if x.strip()]

        # in-text credited sources, without the publisher itself
        credits.sources.extend(self.text_sources(body))
        exclude = {_outlet_key(x) for x in (doc.source.outlet, doc.meta.get("sitename") if doc.meta else None,
                                           dateline.agency if dateline else None) if x}
        exclude |= {_outlet_key(self.alias_key.get(k, "")) for k in list(exclude) if k in self.alias_key}
        credits.sources = self._dedupe([s for s in credits.sources if _outlet_key(s) not in exclude])
        for f in ("authors", "editors", "translators"):
            setattr(credits, f, self._dedupe(getattr(credits, f)))

        doc.title = title
        doc.text = body
        doc.boilerplate = boiler
        doc.dateline = dateline
        doc.credits = credits
        if doc.published is None:
            doc.published = published_from_meta(doc.meta_published)
        return doc

    @staticmethod
    def _dedupe(items: list[str]) -> list[str]:
        seen: set[str] = set()
        out = []
        for x in items:
            k = _norm(x)
            if k and k not in seen:
                seen.add(k)
                out.append(x)
        return out

    @staticmethod
    def _order(lines: list[str], boiler: list[str]) -> list[str]:
        """Boilerplate lines in the order they appear in the input."""
        pos: dict[str, list[int]] = {}
        for i, ln in enumerate(lines):
            pos.setdefault(ln.strip(), []).append(i)
        used: dict[str, int] = {}
        keyed = []
        for b in boiler:
            k = used.get(b, 0)
            idx = pos.get(b, [10**9])
            keyed.append((idx[min(k, len(idx) - 1)], b))
            used[b] = k + 1
        return [b for _, b in sorted(keyed, key=lambda t: t[0])]
