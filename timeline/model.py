"""Plain data passed between the stages of the pipeline.

Every stage is a function from these dataclasses to these dataclasses. Character offsets always
point into `Document.text`, so any mention or event can be traced back to the words it came from.
Dates carry their precision: a month stays a month ("2021-03"), never a fake first-of-the-month day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

# How precisely a date is known, from finest to coarsest.
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century")


@dataclass(frozen=True)
class Span:
    """A slice [start, end) of a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True)
class Document:
    """One article: its text, its metadata and where its sentences are."""

    id: str
    text: str
    path: str = ""
    title: str = ""
    summary: str = ""  # the standfirst under the headline, when metadata gives it (a page's description)
    published: dt.date | None = None
    published_inferred: bool = False
    published_origin: str = ""  # "metadata", "command line", "dateline", "latest date in text", ...
    url: str | None = None
    source: str | None = None
    language: str = "en"
    sentences: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()  # what a reader should know: "feed entry with a summary only"

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding a character offset (the whole text when none does)."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return Span(0, len(self.text))


@dataclass(frozen=True)
class Timex:
    """A temporal expression with its TIMEX3 type and value.

    `value` follows TimeML ("2021-03-19", "2021-03", "2021-W43", "2021", "PRESENT_REF", "P60D",
    "XXXX-03" when nothing anchors a partial date). `first`/`last` give the calendar days a DATE
    covers when it is anchored, which is what events are dated with.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    precision: str | None = None  # one of PRECISIONS for anchored dates, else None
    first: dt.date | None = None
    last: dt.date | None = None
    relative: bool = False  # resolved against an anchor ("on Friday"), not written out in full

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


@dataclass(frozen=True)
class ActorMention:
    """A place in the text that names an actor, resolved to its canonical name."""

    start: int
    end: int
    text: str
    name: str  # canonical
    kind: str  # person, country, organisation
    country: str | None = None  # ISO 3166 alpha-3 of the actor's country, when known
    role: str | None = None  # "Secretary of State", "Foreign Ministry spokesman", ...
    resolution: str = "exact"  # exact, alias, surname, fuzzy, office, capital, demonym, title, description
    as_written: str = ""


# How a place was found, surest first: the evidence sentence names it, the article's dateline, an event
# of the same day and people the article placed, the seat of the body acting alone, the capital of the
# state acting alone.
PLACE_ORIGINS = (
    "sentence",
    "summit host city",
    "dateline",
    "same occasion",
    "seat of the acting body",
    "capital of the acting state",
)


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    origin: str = "sentence"  # how the place was found: one of PLACE_ORIGINS


@dataclass(frozen=True)
class Source:
    """Where an event is reported: the document and the evidence sentence's offsets."""

    document: str
    sentence: str
    start: int
    end: int
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    date_text: str | None = None


@dataclass(frozen=True)
class EventActor:
    name: str
    kind: str
    role: str  # source, target or participant
    country: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened (or was planned, denied...) with its date, actors and evidence."""

    id: str
    type: str
    cameo: str
    goldstein: float
    quad_class: int
    date: str | None  # ISO at its precision: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD
    end_date: str | None
    precision: str | None
    first: dt.date | None
    last: dt.date | None
    actors: tuple[EventActor, ...]
    location: Place | None
    sources: tuple[Source, ...]
    confidence: float
    status: str = "reported"  # reported, planned, negated, hypothetical
    title: str = ""
    date_origin: str = ""  # "sentence", "previous sentence", "publication date", ...
    salience: float = 0.0


def join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def event_title(actors: Sequence[EventActor], kind: str, status: str) -> str:
    """'Antony Blinken → Wang Yi: meeting', 'United States → Russia: sanction (planned)', '→ Iraq: car
    bombing'."""

    def names(role: str) -> list[str]:
        group = [a for a in actors if a.role == role]
        people = [a.name for a in group if a.kind != "country"]
        return (people or [a.name for a in group])[:2]

    sources, targets = names("source"), names("target")
    if not targets:  # a meeting's participants stand beside those who met, not opposite them
        sources = (sources + names("participant"))[:3]
    if sources and targets:
        title = f"{join(sources)} → {join(targets)}: {kind}"
    elif sources:
        title = f"{join(sources)}: {kind}"
    elif targets:  # an attack nobody is named as doing: "→ Iraq: car bombing"
        title = f"→ {join(targets)}: {kind}"
    else:
        title = kind[:1].upper() + kind[1:]
    return title if status == "reported" else f"{title} ({status})"


@dataclass(frozen=True)
class Problem:
    """An input that could not be (fully) read, and why. `skipped` is False for a warning about an
    input that was still read (a bad publication date, broken front matter, a repeated id)."""

    path: str
    reason: str
    line: int | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class Timeline:
    """The result of a build: documents, canonical actors, merged events and what went wrong."""

    documents: list[Document] = field(default_factory=list)
    timexes: dict[str, list[Timex]] = field(default_factory=dict)
    actors: list[dict[str, object]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    undated_mentions: int = 0
