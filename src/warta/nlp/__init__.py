"""Language, sentences and tokens: the :class:`Analyzer` stage.

* Language: py3langid restricted to the languages this project can meet (Indonesian,
  Malay, English and a few others), with its normalised probability as the
  confidence. py3langid often hesitates between Indonesian and Malay, so when those
  two lead, a lexical tie-breaker counts spellings that belong to one standard only
  (``bahwa``/``bahawa``, ``uang``/``wang``, ``polisi``/``polis``; see
  ``resources/nlp/lang_markers.tsv``).
* Tokens: spaCy's blank ``id`` (or ``en``) tokenizer, with our abbreviations
  (``resources/nlp/abbreviations.tsv``: "Jl.", "Brigjen.", "S.H.", "M.Si." ...) as
  special cases, and with intra-word hyphens kept whole: "Jong-un", "Tae-yul",
  "negara-negara" and also "AS-Jepang" are one token each (a later stage that wants
  the parts of a compound can split the token text itself; keeping names whole
  matters more for entity matching than splitting compounds).
* Sentences: a rule-based splitter over the tokens of each paragraph. A sentence ends
  at ".", "!", "?" or "…" when the next token opens a sentence (capital letter, digit,
  opening quote); closing quotes and brackets after the mark stay with the sentence;
  abbreviations, decimal numbers and dates such as "(21/10/2025)" are single tokens,
  so they never end a sentence by themselves; a line break always ends a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Document, Span
from ..options import PipelineOptions

#: Languages py3langid may choose from: what Indonesian/English news sites carry.
LANGUAGES: tuple[str, ...] = ("id", "ms", "en", "jv", "tl", "nl", "de", "fr", "es", "pt", "it",
                              "ar", "zh", "ja", "ko", "th", "vi", "ru")
#: Languages warta extracts events from: a short text the model is unsure about is decided
#: between these by their function words.
SUPPORTED: tuple[str, ...] = ("en", "id")
#: Below this confidence the model's answer is checked against the function words.
LOW_CONFIDENCE = 0.6
#: Characters of text given to the language identifier (enough for a stable answer).
LANGID_CHARS = 3000

_END_PUNCT = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "....."}
_CLOSERS = {"”", "’", ")", "]", "»", "'", '"', "」"}
_OPENERS = {"“", "‘", "(", "[", "«", '"', "'", "「"}
_PARA = re.compile(r"[^\n]+")
_WORDS = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]")


@dataclass(frozen=True)
class Abbrev:
    text: str
    lang: str
    final: bool


def _rows(name: str) -> list[list[str]]:
    text = resources.files("warta.resources").joinpath("nlp", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def abbreviations() -> tuple[Abbrev, ...]:
    return tuple(Abbrev(a, lang, final == "1") for a, lang, final in _rows("abbreviations.tsv"))


@lru_cache(maxsize=1)
def lang_markers() -> dict[str, str]:
    return {w.lower(): lang for w, lang in _rows("lang_markers.tsv")}


@lru_cache(maxsize=1)
def function_words() -> dict[str, str]:
    """Word -> language (``en``/``id``) from ``resources/nlp/function_words.tsv``."""
    return {w.strip().lower(): lang.strip() for w, lang in _rows("function_words.tsv")}


@lru_cache(maxsize=4)
def _identifier(langs: tuple[str, ...]) -> Any:
    """The py3langid model (read-only once its language set is fixed), loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(langs))
    return ident


def _build_tokenizer(lang: str, abbrevs: tuple[Abbrev, ...]) -> Any:
    """A blank spaCy pipeline whose tokenizer keeps hyphenated words and our abbreviations whole."""
    import spacy
    from spacy.util import compile_infix_regex

    if lang == "id":
        # spaCy's own Indonesian tokenizer loads ~15,600 hyphenated special cases (10-15 s per
        # process); the lean one from .ner drops them, and the infix change below keeps every
        # hyphenated word whole anyway
        from .ner import register_components
        register_components()
        nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})
    else:
        nlp = spacy.blank(lang)
    # drop the infix rules that split words around a hyphen ("Jong-un" -> Jong - un);
    # a rule is dropped when it fires inside one of these hyphenated words
    hyphenated = ("Jong-un", "AS-Jepang", "negara-negara", "COVID-19", "ke-3", "Al-Baqarah")
    kept = [p for p in nlp.Defaults.infixes if not any(re.search(p, w) for w in hyphenated)]
    nlp.tokenizer.infix_finditer = compile_infix_regex(kept).finditer
    for a in abbrevs:
        if a.lang in (lang, "any"):
            for variant in {a.text, a.text.lower(), a.text.upper(), a.text[:1].upper() + a.text[1:]}:
                if variant.endswith(".") and not variant[:-1].isdigit():
                    nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
    return nlp


class Analyzer:
    """Language ID, tokens and sentences for ``doc.text``."""

    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.ident = _identifier(LANGUAGES)
        self.markers = lang_markers()
        self.fwords = function_words()
        abbrevs = abbreviations()
        self.abbrev_all = {a.text for a in abbrevs} | {a.text.lower() for a in abbrevs}
        self.abbrev_final = {a.text for a in abbrevs if a.final} | {a.text.lower() for a in abbrevs if a.final}
        self.nlp = {"id": _build_tokenizer("id", abbrevs), "en": _build_tokenizer("en", abbrevs)}

    # -- language ----------------------------------------------------------------------------
    def identify(self, text: str) -> tuple[str, float]:
        """(ISO 639-1 code, confidence) of ``text``; ``("und", 0.0)`` when there are no words."""
        sample = text[:LANGID_CHARS]
        if len(_WORDS.findall(sample)) < 2:
            return "und", 0.0
        # a Latin-script article quoting Arabic verses or Chinese names is judged on its Latin
        # text: the other script otherwise drags the model to a neighbouring language
        other = sum(ch.isalpha() for ch in _NON_LATIN.findall(sample))
        if other and other * 2 < sum(ch.isalpha() for ch in sample):
            sample = _NON_LATIN.sub(" ", sample)
        ranked = self.ident.rank(sample)
        lang, prob = ranked[0]
        probs = dict(ranked)
        if prob < LOW_CONFIDENCE and lang not in SUPPORTED + ("ms",):
            # a short headline-like sentence is mostly names, which pull the character n-gram
            # model anywhere ("Colombia denounced Venezuela on Friday." -> Spanish); its few
            # function words are a surer sign of the two languages warta reads
            counts = {k: 0 for k in SUPPORTED}
            for w in _WORDS.findall(sample.lower()):
                m = self.fwords.get(w)
                if m in counts:
                    counts[m] += 1
            best = max(counts, key=lambda k: counts[k])
            if counts[best] >= 2 and all(counts[best] > 2 * v for k, v in counts.items() if k != best):
                # the confidence of a fallback stays below the model's threshold: the share of
                # the function words that agree, scaled to LOW_CONFIDENCE
                return best, LOW_CONFIDENCE * counts[best] / sum(counts.values())
        if lang in ("id", "ms") and probs.get("id", 0.0) + probs.get("ms", 0.0) > 0.5:
            counts = {"id": 0, "ms": 0}
            for w in _WORDS.findall(sample.lower()):
                m = self.markers.get(w)
                if m:
                    counts[m] += 1
            other = "ms" if lang == "id" else "id"
            # the lexicon overrules the model only when it is clearly on the other side
            if counts[other] >= 2 and counts[other] > 2 * counts[lang]:
                lang = other
                prob = max(probs.get(other, 0.0), counts[other] / (counts["id"] + counts["ms"]))
        return lang, float(prob)

    # -- tokens and sentences ------------------------------------------------------------------
    def _opens_sentence(self, tok: str) -> bool:
        c = tok[:1]
        return c.isupper() or c.isdigit() or tok in _OPENERS or c in "“‘\"'(["

    def segment(self, text: str, lang: str = "id") -> tuple[list[Span], list[Span]]:
        """(sentences, tokens) of ``text``: character spans; sentences never cross a line break."""
        nlp = self.nlp["en" if lang == "en" else "id"]
        paras = [(m.start(), m.group()) for m in _PARA.finditer(text) if m.group().strip()]
        sentences: list[Span] = []
        tokens: list[Span] = []
        for (off, para), pdoc in zip(paras, nlp.tokenizer.pipe(p for _, p in paras)):
            toks = [(t.idx + off, t.idx + off + len(t.text), t.text) for t in pdoc if not t.is_space]
            if not toks:
                continue
            tokens.extend(Span(s, e, t) for s, e, t in toks)
            start_i = 0
            dq = 0  # straight double quotes seen in this paragraph (parity tells open from close)
            i = 0
            n = len(toks)
            while i < n:
                t = toks[i][2]
                if t == '"':
                    dq += 1
                end_here = False
                initial = (t == "." and i > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2].isupper()
                           and toks[i - 1][1] == toks[i][0])  # "Susilo B. Yudhoyono"
                if initial:
                    pass
                elif t in _END_PUNCT or (t.endswith(".") and len(t) > 1 and t in self.abbrev_final):
                    end_here = True
                    # closing quotes/brackets right after the mark belong to this sentence
                    j = i + 1
                    while j < n and toks[j][2] in _CLOSERS:
                        if toks[j][2] == '"':
                            if dq % 2 == 0:  # an even count means this quote opens a new one
                                break
                            dq += 1
                        j += 1
                    if j < n and not self._opens_sentence(toks[j][2]):
                        end_here = False
                    elif j < n and t in self.abbrev_final and not toks[j][2][:1].isupper():
                        end_here = False
                    if end_here:
                        i = j - 1
                if end_here or i == n - 1:
                    s, e = toks[start_i][0], toks[i][1]
                    sentences.append(Span(s, e, text[s:e]))
                    start_i = i + 1
                i += 1
        return sentences, tokens

    def __call__(self, doc: Document) -> Document:
        sample = doc.text if doc.text else (doc.title or "")
        if doc.title and len(doc.text) < 400:
            sample = doc.title + "\n" + sample
        doc.language, doc.language_confidence = self.identify(sample)
        doc.sentences, doc.tokens = self.segment(doc.text, doc.language)
        return doc
