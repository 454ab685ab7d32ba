"""The one record type that flows through every stage.

A :class:`Document` is created by a reader, filled in place by each stage
(clean, nlp, actors, timex, quotes, events) and turned into the JSON record of
``spec/article.schema.json`` by :meth:`Document.to_record`. Every span is a
character offset into ``Document.text`` (the clean body), so evidence can always
be audited back to the sentence.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: PLOVER quad class per event type: 1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict.
QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


@dataclass
class Span:
    """A stretch of ``Document.text``: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Mention(Span):
    """One place an entity is named or referred to.

    ``kind`` says how: ``name`` (full or alias), ``short`` (surname, "Cho"),
    ``role`` ("Menlu"), ``pronoun`` ("ia", "dia", "-nya"), ``model`` (NER only).
    """

    kind: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass
class Entity:
    """A person, organisation, country or place, with its actor code."""

    id: str
    name: str
    label: str  # PER ORG GPE LOC EVT MISC
    code: str | None = None  # ISO3, IGO:X, NGO:X, MNC:X, UNK
    sector: str | None = None  # PLOVER sector: GOV MIL COP JUD LEG ...
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    source: str | None = None  # how it was found: kb, role-pattern, ner, ...

    @property
    def full_code(self) -> str | None:
        """``KOR.GOV`` style code, or just the country/body when no sector."""
        if not self.code:
            return None
        return f"{self.code}.{self.sector}" if self.sector else self.code

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "label": self.label, "code": self.code,
            "sector": self.sector, "role": self.role, "kb_id": self.kb_id,
            "source": self.source,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class ActorRef:
    """A participant of an event: its code and the entity behind it, if any."""

    code: str
    sector: str | None = None
    name: str | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector, "name": self.name, "entity": self.entity}


@dataclass
class Event:
    """One PLOVER event."""

    id: str
    type: str
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    date: str | None = None
    location: dict[str, Any] | None = None
    negated: bool = False
    hypothetical: bool = False
    trigger: Span | None = None
    evidence: Span | None = None
    attributed_to: str | None = None
    confidence: float = 0.5
    #: How the event was found: trigger rule, how each argument was chosen.
    explain: dict[str, Any] = field(default_factory=dict)

    @property
    def quad(self) -> int:
        return QUAD[self.type]

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "type": self.type, "mode": list(self.mode), "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "date": self.date, "location": self.location,
            "negated": self.negated, "hypothetical": self.hypothetical, "quad": self.quad,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "evidence": self.evidence.to_dict() if self.evidence else {"start": 0, "end": 0, "text": ""},
            "attributed_to": self.attributed_to,
            "confidence": round(float(self.confidence), 3),
        }
        if d["trigger"] is None:
            del d["trigger"]
        if explain:
            d["explain"] = self.explain
        return d


@dataclass
class Speaker:
    name: str | None = None
    entity: str | None = None
    code: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entity": self.entity, "code": self.code, "sector": self.sector}


@dataclass
class Quote:
    """A quotation: ``direct`` (attributed, 4+ words), ``partial`` or ``indirect``."""

    id: str
    text: str
    span: Span
    kind: str = "direct"
    speaker: Speaker | None = None
    cue: str | None = None
    #: Span of the speaker's mention that attributes the quote, if any.
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "span": self.span.to_dict(), "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None, "cue": self.cue,
        }


@dataclass
class Timex:
    """A temporal expression and its resolved ISO value (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``)."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str = "date"  # date | relative | weekday_date | time

    def to_dict(self) -> dict[str, Any]:
        return {"span": {"start": self.start, "end": self.end, "text": self.text},
                "value": self.value, "kind": self.kind}


@dataclass
class Dateline:
    place: str | None = None
    agency: str | None = None
    date_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency, "date_text": self.date_text}


@dataclass
class Credits:
    sources: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Published:
    date: str  # ISO 8601 date or datetime
    basis: str = "metadata"  # metadata | text | inferred

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "basis": self.basis}


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    line: int | None = None  # 1-based line in a JSONL input

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "outlet": self.outlet}


@dataclass
class ReadError:
    """An input that could not be read: reported, never fatal to the batch."""

    path: str
    message: str
    line: int | None = None  # 1-based line of a JSONL input

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Document:
    """One article on its way through the pipeline.

    Readers set ``id``, ``source``, ``raw_text`` and whatever metadata the input
    carries (``meta_title``, ``meta_published``, ``meta``). Stages fill the rest.
    """

    id: str
    raw_text: str
    source: Source = field(default_factory=Source)
    meta_title: str | None = None
    meta_published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # author, sitename, category...
    # clean
    title: str | None = None
    text: str = ""
    boilerplate: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    credits: Credits = field(default_factory=Credits)
    published: Published | None = None
    # nlp
    language: str = "und"
    language_confidence: float = 0.0
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    # actors / timex / events / quotes
    entities: list[Entity] = field(default_factory=list)
    temporal: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Stable hash of the input text and id: the key of idempotent ingest."""
        h = hashlib.sha256()
        h.update(self.id.encode("utf-8"))
        h.update(b"\0")
        h.update(self.raw_text.encode("utf-8", "replace"))
        return h.hexdigest()

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Entity mentions lying inside ``[start, end)``, in text order."""
        found = [(m, e) for e in self.entities for m in e.mentions if m.start >= start and m.end <= end]
        found.sort(key=lambda pair: (pair[0].start, -pair[0].end))
        return found

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence that holds character ``offset`` of ``text``."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_record(self, explain: bool = False) -> dict[str, Any]:
        """The JSON record of ``spec/article.schema.json``."""
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "language": self.language,
            "language_confidence": round(self.language_confidence, 4),
            "title": self.title,
            "text": self.text,
            "boilerplate": list(self.boilerplate),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "credits": self.credits.to_dict(),
            "published": self.published.to_dict() if self.published else None,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict(explain=explain) for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "temporal": [t.to_dict() for t in self.temporal],
            "warnings": list(self.warnings),
        }
