"""Events stage: from one document's sentences, temporal expressions and actor mentions to events.

A sentence yields an event when it holds a trigger from the lexicon (`data/triggers.yaml`). The
main-clause trigger wins: words inside quotations are what somebody said, not what happened, and
nouns in back-references ("during the meeting") name an event reported elsewhere. Who acted and
on whom comes from where the actors stand: before the verb (or after "by" in the passive) is the
source, after it the target. The date is the sentence's own temporal expression nearest the
trigger; without one, the paragraph's time: the story date the article opened with, else its
publication date, unless the sentence speaks of a standing state of affairs ("has vowed"), which
is left undated rather than guessed.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from timeline.knowledge import Knowledge, builtin, cameo_codes
from timeline.model import ActorMention, Document, Event, EventActor, Place, Source, Span, Timex, event_title
from timeline.places import find_location
from timeline.timex_lexicon import FUTURE_CUE, PAST_CUE


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=HasStart)
MAX_TRIGGER_TOKENS = 5
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
REFERENCE_BEFORE_NOUN = re.compile(
    r"\b(?:during|after|before|since|following|at|ahead of|on the sidelines of|of|from|in|into|about)\s+"
    r"(?:the|this|that|their|his|her|its|these|those)\s+(?:[\w-]+\s+){0,3}$",  # "in a phone call" is news
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is to|are to|plans? to|planning to|is expected to|are expected to|"
    r"is scheduled to|are scheduled to|is set to|are set to|is due to|are due to|intends? to|"
    r"going to)\s+(?:\w+\s+){0,2}$",
    re.I,
)
NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|refused to|declined to|failed to|no intention of|"
    r"no plans? to|no plans? for)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
HYPOTHETICAL = re.compile(
    r"\b(?:could|may|might|would|should|if|unless|threaten(?:s|ed)? to|"
    r"considering|consider|possible|possibly|reportedly)\s+(?:\w+\s+){0,3}$",
    re.I,
)
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:which|who|where|while|but|including|such as|adding|saying|as)\b|"
    r"\b(?:including|such as|because|although|whereas|since|until|when|where|which|who)\b",
    re.I,
)
PRONOUNS = re.compile(r"\b(?:he|she|He|She)\b")


@dataclass(frozen=True)
class Trigger:
    code: str
    type: str
    noun: bool
    not_followed_by: tuple[str, ...]
    not_preceded_by: tuple[str, ...]
    requires_object: bool = False


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    trigger: Trigger


@functools.cache
def trigger_table() -> dict[str, tuple[Trigger, ...]]:
    """Lower-case surface form -> the triggers it can be, from data/triggers.yaml."""
    table: dict[str, list[Trigger]] = {}
    for entry in builtin("triggers.yaml"):
        guards = (
            tuple(s.lower() for s in entry.get("not_followed_by") or ()),
            tuple(s.lower() for s in entry.get("not_preceded_by") or ()),
        )
        for key, noun in (("verbs", False), ("nouns", True)):
            for form in entry.get(key) or ():
                trigger = Trigger(
                    str(entry["code"]),
                    str(entry["type"]),
                    noun,
                    *guards,
                    requires_object=bool(entry.get("requires_object")),
                )
                table.setdefault(" ".join(str(form).lower().split()), []).append(trigger)
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def trigger_first_words() -> dict[str, int]:
    """First word of each trigger -> the most words a trigger starting with it has."""
    longest: dict[str, int] = {}
    for phrase in trigger_table():
        words = phrase.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


TIME_ADVERBIAL = frozenset({"on", "in", "last", "this", "late", "early", "earlier", "later"})
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december week month year weekend morning evening night""".split()
)
GAP_ADJECTIVE = re.compile(
    r"(?:new|fresh|further|more|long|first|historic|landmark|major|wide|sweeping|tough|harsh|broad|formal|"
    r"final|joint|rare|brief|direct|secret|separate|high|top|key|[a-z]+-[a-z-]+|[a-z]+(?:al|ic|ive|ous|ful|"
    r"ed|ing|est|ary|ant|ent))"
)


def phrase_candidates(
    text: str, words: list[re.Match[str]], lowered: list[str], i: int, longest: int
) -> list[tuple[str, int]]:
    """Ways the words from i can spell a trigger, best first: (phrase, index of its last word). Besides
    the words as written, a phrase may skip a time adverbial after its first word ("agreed on Wednesday
    to") or adjectives before its last word ("sealed a long-sought deal", "imposed sweeping sanctions")."""
    candidates = []
    for n in range(min(longest, len(words) - i), 0, -1):
        candidates.append((" ".join(lowered[i : i + n]), i + n - 1))
        if n < 2:
            continue
        skip = 0
        if i + 2 < len(words) and lowered[i + 1] in TIME_ADVERBIAL and lowered[i + 2] in TIME_WORDS:
            skip = 2
            while i + 1 + skip < len(words) and lowered[i + 1 + skip].isdigit():
                skip += 1  # "in March 2021"
        if skip and i + n - 1 + skip < len(words):
            candidates.append(
                (" ".join([lowered[i], *lowered[i + 1 + skip : i + n + skip]]), i + n - 1 + skip)
            )
        for gap in (1, 2):
            last = i + n - 1 + gap
            skipped = lowered[i + n - 1 : last]
            if last < len(words) and all(GAP_ADJECTIVE.fullmatch(w) for w in skipped):
                candidates.append((" ".join([*lowered[i : i + n - 1], lowered[last]]), last))
    return candidates


def find_triggers(text: str, span: Span) -> list[TriggerHit]:
    """Trigger words and phrases in a sentence, longest first at each position, not overlapping."""
    table = trigger_table()
    first_words = trigger_first_words()
    words = list(WORD.finditer(text, span.start, span.end))
    lowered = [w.group().lower() for w in words]
    hits: list[TriggerHit] = []
    i = 0
    while i < len(words):
        found = None
        longest = first_words.get(lowered[i], 0)  # most words a trigger starting here can have
        for phrase, last in phrase_candidates(text, words, lowered, i, longest):
            start, end = words[i].start(), words[last].end()
            if phrase not in table or (last > i and not re.fullmatch(r"[\w\s'’-]+", text[start:end])):
                continue
            # "the first-ever high-level meeting": after a determiner, a form that can be a noun is one.
            determiner = DETERMINER_BEFORE.search(text, max(span.start, start - 50), start)
            nominal = bool(determiner and ADJECTIVAL.fullmatch(determiner.group("between"))) or (
                start == span.start and text[start].isupper() and phrase.endswith("s")
            )  # "Sanctions were ..."
            readings = sorted(table[phrase], key=lambda t: t.noun != nominal)
            for trigger in readings:
                if guarded(text, start, end, trigger, span):
                    continue
                if nominal and not trigger.noun:
                    trigger = dataclasses.replace(trigger, noun=True)
                elif (
                    not trigger.noun
                    and ADJECTIVAL_PARTICIPLE.match(text, end)
                    and phrase.endswith("ed")
                    and PREPOSITION_BEFORE.search(text, max(span.start, start - 20), start)
                ):
                    continue  # "concerns over alleged abuses": an adjective, not a verb
                found = TriggerHit(start, end, trigger)
                break
            if found:
                break
        if found:
            hits.append(found)
            i += len(WORD.findall(text[found.start : found.end]))
        else:
            i += 1
    return hits


DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Nn]o|"
    r"[Ee]very|[Ee]ach|[Ww]hose)\s+(?P<between>(?:(?!(?:two|three|four|both|sides?|countries|nations)\b)"
    r"[\w’'-]+\s+){0,3})$"
)
# Words between a determiner and a verb form that make it a noun: "a Chinese attack", "a full-scale
# attack", "an unprovoked attack" (but not "the statement said").
ADJECTIVAL = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:ese|an|ish|i|ch)|[\w]+-[\w-]+|[a-z]+(?:al|ic|ive|ous|ful|ed|less|"
    r"ary))\s+){0,3}"
)
ADJECTIVAL_PARTICIPLE = re.compile(
    r"\s+[a-z][a-z-]+\s+(?:abuses|violations|crimes|attacks|activities|"
    r"actions|links|ties|involvement|role|plot|interference|[a-z]+s)\b"
)
PREPOSITION_BEFORE = re.compile(r"\b(?:over|of|about|for|on|against|into|with|the|an?|its|their|his|her)\s+$")
OBJECT_AFTER = re.compile(r"\s+(?!(?:to|with|in|on|at|by|for|from|of|about|over|that|and|or|but)\b)[\w“\"']")


def guarded(text: str, start: int, end: int, trigger: Trigger, span: Span) -> bool:
    """Whether a guard word sits right after or right before the trigger (on word boundaries)."""
    after = " " + " ".join(WORD.findall(text[end : min(span.end, end + 40)].lower())) + " "
    before = " " + " ".join(WORD.findall(text[max(span.start, start - 40) : start].lower())) + " "
    if trigger.requires_object and not OBJECT_AFTER.match(text, end, span.end):
        return True
    return any(after.startswith(f" {g} ") for g in trigger.not_followed_by) or any(
        before.endswith(f" {g} ") for g in trigger.not_preceded_by
    )


def quoted_spans(text: str, span: Span) -> list[tuple[int, int]]:
    """Stretches of the sentence inside quotation marks (what was said, not what happened)."""
    result = []
    for match in re.finditer(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]{4,}’", text[span.start : span.end]):
        result.append((span.start + match.start(), span.start + match.end()))
    return result


def inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def trigger_status(text: str, sentence: Span, hit: TriggerHit) -> str:
    before = text[max(sentence.start, hit.start - 60) : hit.start]
    if NEGATION.search(before):
        return "negated"
    if FUTURE.search(before):
        return "planned"
    if HYPOTHETICAL.search(before):
        return "hypothetical"
    return "reported"


# Events a statement can report as news in its own right: meetings and material acts. What a speaker
# says someone else said or criticised stays part of the statement.
MATERIAL_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


ANNOUNCED_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|new|[A-Z][\w-]*|[a-z]+-[a-z-]+)\s+){0,3}")


# "a friend he met in Hong Kong": a verb in a clause that describes a noun is not the news.
REDUCED_RELATIVE = re.compile(r"\b(?:a|an|the|one)\s+[a-z]+\s+(?:he|she|they|we|I|it)\s+$")


def rank_triggers(text: str, sentence: Span, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The sentence's candidate main events, best first: verbs outside quotes in order, then nouns
    that are not back-references to an event told elsewhere ("during the meeting")."""
    quotes = quoted_spans(text, sentence)
    usable = [
        h
        for h in hits
        if not inside(h.start, quotes)
        and not REDUCED_RELATIVE.search(text, max(sentence.start, h.start - 30), h.start)
    ]
    verbs = [h for h in usable if not h.trigger.noun]
    nouns = [
        h
        for h in usable
        if h.trigger.noun
        and not REFERENCE_BEFORE_NOUN.search(text[max(sentence.start, h.start - 60) : h.start])
    ]
    if verbs and verbs[0].trigger.code.startswith("01"):
        # "X said (that) Y imposed sanctions": the reported event is the news, the speaker its source.
        specific = [
            v
            for v in verbs[1:]
            if v.trigger.code[:2] in MATERIAL_ROOTS
            and not re.search(
                r"\bto\s+$", text[max(sentence.start, v.start - 4) : v.start]
            )  # "an attempt to invade"
        ]
        verbs = specific + [v for v in verbs if v not in specific]
        # "Trump announced the Emirati deal": what was announced is the news.
        announced = [
            n
            for n in nouns
            if not n.trigger.code.startswith("01")
            and n.start > verbs[0].end
            and ANNOUNCED_OBJECT.fullmatch(text, verbs[0].end, n.start)
        ]
        if not specific and announced:
            return announced[:1] + verbs + [n for n in nouns if n not in announced[:1]]
    return verbs + nouns


@dataclass(frozen=True)
class DateChoice:
    timex: Timex | None
    first: dt.date | None
    last: dt.date | None
    precision: str | None
    value: str | None
    origin: str


def timex_date(timex: Timex, origin: str) -> DateChoice:
    return DateChoice(timex, timex.first, timex.last, timex.precision, iso_value(timex), origin)


def iso_value(timex: Timex) -> str | None:
    """The event date string for a timex: its value at day, week, month or year precision."""
    if timex.first is None or timex.precision is None:
        return None
    if timex.precision == "day":
        return timex.first.isoformat()
    if timex.precision == "week":
        year, week, _ = timex.first.isocalendar()
        return f"{year}-W{week:02d}"
    if timex.precision == "month":
        return timex.first.strftime("%Y-%m")
    if timex.precision == "year":
        return str(timex.first.year)
    return timex.first.isoformat() if timex.first == timex.last else timex.first.strftime("%Y-%m")


EVENT_PRECISIONS = ("day", "week", "month", "quarter", "season", "year")


def datable(timex: Timex) -> bool:
    """Whether a timex can date an event: anchored, and no coarser than a year ("the 1990s" is
    background, not when something happened)."""
    return (
        timex.type in ("DATE", "TIME")
        and timex.first is not None
        and timex.last is not None
        and timex.precision in EVENT_PRECISIONS
    )


def within(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items (sorted by start offset) that start in [start, end)."""
    low = bisect.bisect_left(items, start, key=lambda item: item.start)
    high = bisect.bisect_left(items, end, lo=low, key=lambda item: item.start)
    return items[low:high]


def sentence_date(timexes: Sequence[Timex], sentence: Span, hit: TriggerHit) -> Timex | None:
    """The anchored date in the sentence nearest the trigger (preferring one before a clause break)."""
    inside_sentence = [t for t in within(timexes, sentence.start, sentence.end) if datable(t)]
    if hit.trigger.code.startswith("01"):
        # What a speaker said dates what they spoke of: "said China had not restored the channels it
        # cut last August" was said today. Only a date before the verb or right after it dates it.
        inside_sentence = [t for t in inside_sentence if t.end <= hit.start or t.start - hit.end <= 12]
    if not inside_sentence:
        return None
    return min(inside_sentence, key=lambda t: abs((t.start + t.end) / 2 - (hit.start + hit.end) / 2))


def retrospective(timexes: Sequence[Timex], published: dt.date | None) -> bool:
    """Whether a text tells of the past rather than the news: most of the dates it writes out lie
    years before it was published and few are near that day (a history, an anniversary piece)."""
    if published is None:
        return False
    written = [t for t in timexes if t.type == "DATE" and t.first is not None and not t.relative]
    if len(written) < 4:
        return False
    old = sum(1 for t in written if (published - t.first).days > 2 * 365)
    recent = sum(1 for t in timexes if t.first is not None and abs((published - t.first).days) <= 60)
    return old >= 0.7 * len(written) and recent <= 0.1 * len(written)


def story_time(doc: Document, timexes: Sequence[Timex]) -> DateChoice | None:
    """The time the article is about when a sentence gives none: a day-precise date in its lead
    sentence, else its publication date; none for a text about the past, where the publication date
    says nothing of when things happened."""
    if retrospective(timexes, doc.published):
        return None
    if doc.sentences:
        lead = doc.sentences[0]
        for timex in timexes:
            if lead.start <= timex.start < lead.end and datable(timex) and timex.precision == "day":
                return timex_date(timex, "story date")
    if doc.published:
        return DateChoice(
            None, doc.published, doc.published, "day", doc.published.isoformat(), "publication date"
        )
    return None


def describe_actor(mention: ActorMention, role: str) -> EventActor:
    return EventActor(mention.name, mention.kind, role, mention.country, mention.role)


TWO_COUNTRIES = re.compile(
    r"\b(?:the two|both)\s+(?:nations|countries|sides|governments|states|capitals)\b", re.I
)
TWO_PEOPLE = re.compile(
    r"\b(?:the two|both)(?:\s+(?:men|women|leaders|presidents|ministers|foreign ministers|"
    r"diplomats|officials|envoys|sides))?\b(?!\s+(?:nations|countries|governments|states))",
    re.I,
)


def recent_pair(
    mentions: Sequence[ActorMention],
    before: int,
    people: bool,
    previous: Sequence[Event] = (),
    family: str = "",
) -> list[ActorMention]:
    """'The two': the two counterparts (people or countries, of two countries) of the last event of
    the same kind that had them, else of any event, else the two most recently named."""
    ordered = [e for e in reversed(previous) if e.cameo[:2] == family] + [
        e for e in reversed(previous) if e.cameo[:2] != family
    ]
    named_last = last_named_pair(mentions, before, people)
    if named_last and (not previous or min(m.start for m in named_last) > previous[-1].sources[-1].end):
        return named_last  # named after the last event was told: "Biden and Putin agreed ... Their summit"
    for event in ordered:
        named = [
            a for a in event.actors if (a.kind == "person") == people and (people or a.kind == "country")
        ]
        if len(named) == 2 and (not people or named[0].country != named[1].country):
            wanted = {a.name for a in named}
            found: dict[str, ActorMention] = {}
            for mention in reversed(within(mentions, 0, before)):
                if mention.name in wanted:
                    found.setdefault(mention.name, mention)
                    if len(found) == len(wanted):
                        break
            return list(found.values())
    return named_last


def last_named_pair(mentions: Sequence[ActorMention], before: int, people: bool) -> list[ActorMention]:
    """The two people (or countries) named last before an offset."""
    found: dict[str, ActorMention] = {}
    for mention in reversed(within(mentions, 0, before)):
        if mention.start >= before:
            continue
        if (mention.kind == "person") == people and (people or mention.kind == "country"):
            found.setdefault(mention.name, mention)
            if len(found) == 2:
                break
    return list(found.values()) if len(found) == 2 else []


def clause_bounds(text: str, sentence: Span, hit: TriggerHit, own: Sequence[ActorMention]) -> tuple[int, int]:
    clause_start = sentence.start
    for brk in CLAUSE_BREAK.finditer(text, sentence.start, hit.start):
        if any(m.start <= brk.start() < m.end for m in own):
            continue
        if re.match(r",\s*(?:which|who|whose|where)\b", brk.group()) and "," in text[brk.end() : hit.start]:
            continue  # "The airline, which is the largest in China, signed": closed before the verb
        clause_start = brk.end()
    clause_end = sentence.end
    if brk_after := CLAUSE_BREAK.search(text, hit.end, sentence.end):
        clause_end = brk_after.start()
    return clause_start, clause_end


def arguments(
    text: str,
    sentence: Span,
    hit: TriggerHit,
    mentions: Sequence[ActorMention],
    previous: Sequence[Event] = (),
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Source and target actor mentions of a trigger, from where they stand in its clause."""
    quotes = quoted_spans(text, sentence)
    own = [m for m in within(mentions, sentence.start, sentence.end) if not inside(m.start, quotes)]
    clause_start, clause_end = clause_bounds(text, sentence, hit, own)
    before = [m for m in own if clause_start <= m.start and m.end <= hit.start]
    after = [m for m in own if hit.end <= m.start < clause_end]
    if hit.trigger.noun:
        return noun_arguments(text, sentence, hit, before, after, mentions, previous)
    passive = re.search(
        r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", text[sentence.start : hit.start]
    ) or re.match(r"(?:was|were|been|being|is|are)\s", text[hit.start : hit.end])  # "were ordered out"
    by_agent = re.match(r"[^.;]{0,40}?\bby\s+", text[hit.end : clause_end])
    if passive and by_agent:
        agent_at = hit.end + by_agent.end()
        return [m for m in after if m.start >= agent_at][:2], before[-2:]
    if passive and text[hit.start : hit.end].split()[0].lower().endswith(("ed", "en")):
        return [], subject_group(text, before)  # "Germany was blamed": the one acted on, by someone unnamed
    lead = text[clause_start : hit.start]
    attribution = FINAL_ATTRIBUTION.search(text, max(sentence.start, hit.start - 60), hit.start)
    if (
        attribution
        and hit.trigger.code.startswith("01")
        and SENTENCE_TAIL.fullmatch(text, hit.end, sentence.end)
    ):
        # "..., the statement said." The speaker is what stands between the comma and the verb.
        speaker = [m for m in own if m.start >= attribution.start("speaker")]
        if speaker:
            return speaker[:1], []
        if PRONOUNS.fullmatch(attribution.group("speaker").strip()):
            return recent_pair_or_one(mentions, sentence.start), []
        last = next((e for e in reversed(previous) if e.cameo.startswith("01")), None)
        return ([actor_mention(a) for a in last.actors if a.role == "source"] if last else []), []
    coordinated = re.search(r"(?:,\s*|\b)and\s+(?:then\s+|also\s+)?$", lead)  # "X said ... and warned"
    participle = (
        coordinated
        or text[hit.start : hit.end].split()[0].lower().endswith("ing")
        and not re.search(r"\b(?:is|are|was|were|be|been|am)\s+$", lead)
    )
    infinitive = re.search(r"\bto\s+$", lead) or text[hit.start : hit.end].lower().startswith("to ")
    if (participle or infinitive) and before:
        # "X took aim at Y, saying ...", "X ordered Y to shut down": the subject is the clause's
        # first actor, not the nearest name; a name between them is the one ordered.
        sources = leading_group(text, before)
        rest = [m for m in before if m not in sources]
        names = {m.name for m in sources}
        objects = object_group(text, after, hit.end)
        if infinitive and not objects and rest and [m for m in rest if m.name not in names]:
            # "X ordered Y to shut down": Y is the one acted on when the verb has no object of its own
            return sources, [m for m in subject_group(text, rest) if m.name not in names]
        if infinitive:
            return sources, objects
    else:
        sources = subject_group(text, before)
    if not sources and hit.trigger.code.startswith("01") and DOCUMENT_SUBJECT.search(lead):
        # "The statement said ...": the speaker of the statement the article already reported.
        last = next((e for e in reversed(previous) if e.cameo.startswith("01")), None)
        sources = [actor_mention(a) for a in last.actors if a.role == "source"] if last else []
    if not sources:
        if TWO_COUNTRIES.search(lead):
            sources = recent_pair(mentions, sentence.start, False, previous, hit.trigger.code[:2])
        elif TWO_PEOPLE.search(lead):
            sources = recent_pair(mentions, sentence.start, True, previous, hit.trigger.code[:2])
        elif PRONOUNS.search(lead):
            sources = [m for m in recent_pair_or_one(mentions, sentence.start)]
    if re.search(r"\s(?:over|about|on|regarding)$", text[hit.start : hit.end]):
        return sources, []  # "clashed over X": X is the topic
    if re.search(r"\s(?:over|about|on|regarding)$", text[hit.start : hit.end]):
        return sources, []  # "clashed over X": X is the topic
    # What a statement is about is in its complement ("said that Blinken opposed China's ..."); for
    # other verbs an actor after "over" or "in" is a topic or a place, not the one acted on.
    return sources, object_group(text, after, None if hit.trigger.code.startswith("01") else hit.end)


DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|a|its|their|his|her)\s+(?:joint\s+|official\s+|written\s+)?(?:statement|"
    r"readout|communiqu[eé]|release|press release|declaration)\s+$",
    re.I,
)
FINAL_ATTRIBUTION = re.compile(r"[,”\"]\s*(?P<speaker>(?:[\w.’'-]+\s+){1,5})$")
SENTENCE_TAIL = re.compile(r"\s*(?:(?:in|on|to|at)\s+(?:a|an|the)?\s*[\w\s]{0,30})?[\s.!?\"”’)]*")


def actor_mention(actor: EventActor) -> ActorMention:
    """An event's actor as a mention, for an event that repeats an earlier speaker."""
    return ActorMention(
        0, 0, actor.name, actor.name, actor.kind, actor.country, actor.title, "context", actor.name
    )


def recent_pair_or_one(mentions: Sequence[ActorMention], before: int) -> list[ActorMention]:
    """'He said': the last person named before the sentence."""
    person = next((m for m in reversed(within(mentions, 0, before)) if m.kind == "person"), None)
    return [person] if person else []


def noun_arguments(
    text: str,
    sentence: Span,
    hit: TriggerHit,
    before: list[ActorMention],
    after: list[ActorMention],
    mentions: Sequence[ActorMention],
    previous: Sequence[Event],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Participants of a nominal event: 'talks between X and Y', 'a meeting with X', 'X's visit',
    'the US-China talks', 'the two countries' summit'."""
    if light := LIGHT_VERB.search(text, max(sentence.start, hit.start - 60), hit.start):
        # "China staged its largest military exercises around the island": the doer is the subject.
        doers = [m for m in before if m.end <= light.start()]
        if doers:
            targets = (
                object_group(text, after, hit.end)
                or counterparts(text, hit, after)
                or [
                    m
                    for m in after
                    if re.match(
                        r"\s*(?:on|against|around|near|toward|towards|off)\s+(?:the\s+)?$",
                        text[hit.end : m.start] + " ",
                    )
                ][:1]
            )
            return subject_group(text, doers), targets
    modifiers = []
    for mention in reversed(before):  # "the US-China talks", "Biden's visit", "the G20 summit"
        gap = text[mention.end : (modifiers[0].start if modifiers else hit.start)]
        if re.fullmatch(r"(?:['’]s)?[\s-]*(?:[a-z-]+\s+){0,2}", gap) and not re.search(
            r"\b(?:of|in|on|at|to|for|and|was|were|is|are|said|by|the|a|an|this|that)\b", gap
        ):  # a determiner between them ("Netanyahu called the accord") means the actor does something to it
            modifiers.insert(0, mention)
        else:
            break
    following = text[hit.end : hit.end + 60]
    if passive := NOUN_PASSIVE.match(following):
        # "new sanctions were imposed by the Biden administration on Russia"
        agent_at = hit.end + passive.end()
        agents = [m for m in after if m.start >= agent_at][:1]
        if agents:
            agents = leading_group(text, [m for m in after if m.start >= agent_at][:3])[:2] or agents
            rest = [m for m in after if m not in agents and m.name not in {a.name for a in agents}]
            return agents, object_group(text, rest)[:2]
    participants = []
    if re.match(r"\s+(?:held\s+)?(?:between|with|among|involving|of|by)\b", following):
        participants = object_group(text, after)
        if not participants:
            if TWO_COUNTRIES.search(following):
                participants = recent_pair(mentions, sentence.start, False, previous, hit.trigger.code[:2])
            elif TWO_PEOPLE.search(following):
                participants = recent_pair(mentions, sentence.start, True, previous, hit.trigger.code[:2])
    if re.match(r"\s+(?:held\s+)?with\b", following) and before:
        return subject_group(text, before), participants
    return modifiers, participants or counterparts(text, hit, after)


def counterparts(text: str, hit: TriggerHit, after: list[ActorMention]) -> list[ActorMention]:
    """'... talks, followed by a dinner, with Foreign Minister Qin Gang': who a nominal event was with."""
    window = re.split(
        r",\s*(?:and|but|while|which|who|as)\b|\b(?:and|but)\s*,|;", text[hit.end : hit.end + 90]
    )[0]
    counterpart = re.search(r"\b(?:with|between)\s+", window)
    if counterpart is None:
        return []
    at = hit.end + counterpart.end()
    return object_group(text, [m for m in after if m.start >= at])


COORDINATION = re.compile(r"\s*(?:,|and|,\s*and|&|['’]s|\s)\s*(?:the\s+)?")


def leading_group(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The first actor of a clause and those coordinated with it."""
    group = [before[0]]
    for mention in before[1:]:
        if COORDINATION.fullmatch(text[group[-1].end : mention.start]):
            group.append(mention)
        else:
            break
    return group


LIGHT_VERB = re.compile(
    r"\b(?:staged|stages|held|holds|hold|holding|launched|launches|launching|conducted|conducts|carried out|"
    r"imposed|imposes|imposing|announced|announces|issued|issues|signed|signs|made|makes|paid|pays|gave|gives|"
    r"began|begins|started|starts|opened|opens|hosted|hosts|attended|attends|joined|joins|led|leads|announced|"
    r"announces|unveiled|unveils|confirmed|confirms|reached|reaches|sealed|seals|struck|strikes)\s+"
    r"(?:(?:a|an|the|its|their|his|her|new|fresh|further|more|largest|biggest|first|major|joint|[\w-]+est|[A-Z][\w-]+|"
    r"[\w]+-[\w-]+|[a-z]+(?:al|ic|ive|ous|ful|ed)|than|about|some|several|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|hours?|days?|rounds?|of)\s+){0,6}$"
)
NOUN_PASSIVE = re.compile(
    r"\s+(?:were|was|have been|has been|had been|are|is|will be)\s+(?:\w+ly\s+)?\w+(?:ed|en)"
    r"\s+(?:[^.;]{0,30}?\s)?by\s+"
)


MODIFYING_PREPOSITION = re.compile(r"\b(?:in|at|from|near|of|for|on|to|across|inside|outside)\s+(?:the\s+)?$")


def subject_group(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors just before the verb, with those joined to them by 'and' or commas. An actor in a
    prepositional phrase ("A Mexican embassy official in China said") modifies the subject and is
    never the subject."""
    while before and MODIFYING_PREPOSITION.search(text, max(0, before[-1].start - 12), before[-1].start):
        before = before[:-1]
    if not before:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = text[mention.end : group[0].start]
        if COORDINATION.fullmatch(gap) or re.fullmatch(r"['’]s\s+[\w\s]{0,30}", gap):
            group.insert(0, mention)
        else:
            break
    return group


TOPIC_GAP = re.compile(
    r"\b(?:over|about|regarding|concerning|of|in|within|during|amid|after|before|like|than)\b", re.I
)


def object_group(text: str, after: list[ActorMention], verb_end: int | None = None) -> list[ActorMention]:
    """The first actors after the verb, with those joined to them; an actor after 'over', 'about' or
    'in' is a topic or a place, not the one acted on."""
    if not after:
        return []
    if verb_end is not None:
        gap = text[verb_end : after[0].start]
        reaching = re.search(
            r"\b(?:with|between|to|against)\s+(?:the\s+)?$", gap
        )  # "... relations with the UAE"
        if len(gap) > (90 if reaching else 50) or TOPIC_GAP.search(gap) and not reaching:
            return []
        if re.search(r",\s*(?:and|but|while|which|who)\b|\b(?:and|but)\s*,|;", gap):
            return []  # the actor belongs to the next clause
    group = [after[0]]
    for mention in after[1:]:
        gap = text[group[-1].end : mention.start]
        if (
            len(gap) > 80
            or re.search(r"[;:]", gap)
            or "," in gap
            and not re.fullmatch(r",\s*(?:and\s+)?", gap)
        ):
            break  # "expel diplomats and close the consulate, Foreign Minister Lavrov said": a new clause
        group.append(mention)
        if len(group) >= 4:
            break
    return group


def event_actors(
    sources: list[ActorMention], targets: list[ActorMention], knowledge: Knowledge
) -> tuple[EventActor, ...]:
    """Event actors, each person's or national body's country beside it, without repeats."""
    result: dict[str, EventActor] = {}
    for role, group in (("source", sources), ("target", targets)):
        for mention in group:
            result.setdefault(mention.name, describe_actor(mention, role))
            if mention.kind != "country" and mention.country in knowledge.countries:
                country = knowledge.countries[mention.country]
                result.setdefault(country.name, EventActor(country.name, "country", role, country.code))
    return tuple(result.values())


def event_id(doc_id: str, start: int, code: str) -> str:
    digest = hashlib.sha1(f"{doc_id}:{start}:{code}".encode()).hexdigest()[:10]
    return f"e-{digest}"


def cameo_entry(code: str) -> dict[str, Any]:
    codes = cameo_codes()
    for candidate in (code, code[:3], code[:2]):
        if candidate in codes:
            return codes[candidate]
    return {"label": code, "goldstein": 0.0, "quad_class": 1}


def clause_tense(text: str, sentence: Span, hit: TriggerHit) -> str:
    """ "past", "perfect", "future" or "present" for the trigger's clause: the verb form and the
    auxiliaries before it decide, else the nearest tense cue in the sentence."""
    before = text[max(sentence.start, hit.start - 40) : hit.start].lower()
    if FUTURE.search(before):
        return "future"
    if re.search(
        r"\b(?:has|have|'ve)\s+(?:(?:\w+ly|long|also|not|never|already|since|now|yet)\s+)?(?:been\s+)?$",
        before,
    ):
        return "perfect"
    if re.search(r"\b(?:was|were|had|did|didn't)\s+(?:\w+\s+)?$", before):
        return "past"
    first_word = text[hit.start : hit.end].split()[0].lower()
    if not hit.trigger.noun and (first_word.endswith("ed") or PAST_CUE.fullmatch(first_word)):
        return "past"
    cues = [
        (abs(m.start() - hit.start), "past") for m in PAST_CUE.finditer(text, sentence.start, sentence.end)
    ]
    cues += [
        (abs(m.start() - hit.start), "future")
        for m in FUTURE_CUE.finditer(text, sentence.start, sentence.end)
    ]
    ed_verbs = re.finditer(r"\b[a-z]{3,}ed\b", text[sentence.start : sentence.end])
    cues += [(abs(sentence.start + m.start() - hit.start), "past") for m in ed_verbs]
    return min(cues)[1] if cues else "present"


LINK_LINE = re.compile(r"\s*(?:Read more|Related|See also|Also read|Read also|More on this)\b", re.I)
BACK_REFERENCE = re.compile(r"^\s*(?:The|That|This|the|that|this)\s+(?:[\w-]+\s+){0,2}$")


def extract_events(
    doc: Document, timexes: Sequence[Timex], mentions: Sequence[ActorMention], knowledge: Knowledge
) -> list[Event]:
    """The events one document reports, each with its evidence sentence."""
    text = doc.text
    events: list[Event] = []
    default = story_time(doc, timexes)
    for sentence in doc.sentences:
        if LINK_LINE.match(text, sentence.start):
            continue
        if DELEGATION.search(text, sentence.start, sentence.end):
            own = [m for m in mentions if sentence.start <= m.start < sentence.end]
            add_delegates(events, own, knowledge)
        candidates = rank_triggers(text, sentence, find_triggers(text, sentence))
        if not candidates:
            continue
        chosen: list[tuple[TriggerHit, list[ActorMention], list[ActorMention]]] = []
        for hit in candidates:
            sources, targets = arguments(text, sentence, hit, mentions, events)
            sources = [m for m in sources if m.kind != "media"]
            targets = [
                m for m in targets if m.kind != "media"
            ]  # "told Reuters" is not a dealing with Reuters
            actors = event_actors(sources, targets, knowledge)
            if actors and not diplomatic(hit, sources, actors, knowledge):
                # Troops of one country acting in another are international too ("British troops in Basra").
                place = find_location(doc, sentence, knowledge, near=hit.start)
                abroad = place is not None and place.country is not None
                if not (
                    abroad
                    and hit.trigger.code[:2] >= "14"
                    and any(a.country and a.country != place.country for a in actors if a.role == "source")
                ):  # type: ignore[union-attr]
                    continue
            elif not actors:
                continue
            if not chosen or another_event(text, sentence, hit, sources, chosen, timexes):
                chosen.append((hit, sources, targets))
        if not chosen:
            # "The meeting ... took place in Rome": a definite description tells more about the
            # event the article just reported; anything else without actors is noise.
            hit = candidates[0]
            if hit.trigger.noun and BACK_REFERENCE.match(text[sentence.start : hit.start]):
                enrich_previous(events, hit, find_location(doc, sentence, knowledge))
            continue
        for hit, sources, targets in sorted(chosen, key=lambda c: c[0].start):
            events.append(make_event(doc, sentence, hit, sources, targets, timexes, default, knowledge))
    return events


RELATIVE_CLAUSE = re.compile(r",\s*(?:where|which|who|whom|whose|when)\b")


POLITICAL_KINDS = frozenset({"country", "organisation", "party", "armed_group"})
# Kinds of event that are between states even when the text names one side: intent to cooperate,
# consultations and visits, diplomatic cooperation, military posture, cutting relations. (Aid and
# material cooperation need a recipient abroad: a bailout at home is not diplomacy.)
BETWEEN_STATES = frozenset({"03", "04", "05", "15", "16"})
# Roles that speak for a state ("Apple CEO" and "party chairman" do not).
POLITICAL_ROLE = re.compile(
    r"\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|diplomat|spokes(?:man|woman|person)|"
    r"senator|congress(?:man|woman)|lawmaker|governor|mayor|king|queen|prince|emir|sultan|sheikh|general|"
    r"admiral|commander|official|adviser|advisor|negotiator|commissioner|representative|leader|"
    r"chief of staff|head of state|prime minister|state councill?or|speaker)\b",
    re.I,
)


def diplomatic(
    hit: TriggerHit, sources: list[ActorMention], actors: Sequence[EventActor], knowledge: Knowledge
) -> bool:
    """Whether an event belongs on a timeline of international relations. It involves two countries
    or an international organisation; or it is inherently between states (a visit, a treaty, cutting
    relations: "Russia suspended its participation in New START") and a government acts. A statement
    needs a political speaker, not a company or a scientist quoted by the press."""
    if not actors:
        return False
    if hit.trigger.code.startswith("043") and not any(a.role == "target" for a in actors):
        return False  # hosting needs a guest: "welcomed a recommendation" is not hosting
    speaks = any(
        m.kind in POLITICAL_KINDS
        or m.kind == "person"
        and (m.name in knowledge.people or bool(m.role and POLITICAL_ROLE.search(m.role)))
        for m in sources
    )
    # A national body alone (a central bank meeting) is not diplomacy, though it may speak for its state.
    political = speaks and not all(m.kind == "organisation" and m.country for m in sources)
    # Acting alone for a state: a government or someone holding office, not a party or a company.
    state = any(
        m.kind == "organisation"
        and m.country
        and not hit.trigger.code.startswith("04")  # a ministry acting
        or m.kind == "country"
        or m.kind == "person"
        and m.name in knowledge.people
        or m.kind == "person"
        and bool(m.role and POLITICAL_ROLE.search(m.role))
        for m in sources
    )
    if hit.trigger.code.startswith("01") and not speaks:
        return False
    # A company's country makes an event international only when a government acts: a state banning
    # a foreign company is diplomacy, an airline buying aircraft is not.
    countries = {a.country for a in actors if a.country and (a.kind != "company" or political)}
    international_body = any(a.kind == "organisation" and not a.country for a in actors)
    return len(countries) >= 2 or international_body or state and hit.trigger.code[:2] in BETWEEN_STATES


def another_event(
    text: str,
    sentence: Span,
    hit: TriggerHit,
    sources: list[ActorMention],
    chosen: list[tuple[TriggerHit, list[ActorMention], list[ActorMention]]],
    timexes: Sequence[Timex],
) -> bool:
    """Whether a further trigger in a sentence reports an event of its own: a verb (or a noun after
    'staged', 'imposed'...) in another clause, with other doers or its own date ("Pelosi visited
    Taipei in August, and China staged drills ... and, on Aug. 5, suspended cooperation")."""
    main = chosen[0][0]
    if main.trigger.code.startswith("01") and hit.start > main.start:
        return False  # what a speaker said is the content of the statement, not another event
    if hit.trigger.noun and not LIGHT_VERB.search(text, max(sentence.start, hit.start - 60), hit.start):
        return False
    if RELATIVE_CLAUSE.search(text, main.end, hit.start):
        return False  # ", where a delegation slammed ...": a relative clause describes the main event
    for other, other_sources, _ in chosen:
        low, high = (
            sorted((other.end, hit.start)) if other.start < hit.start else sorted((hit.end, other.start))
        )
        if not re.search(r"[,;]|\b(?:after|before|while|when|then|as|and)\b", text[low:high]):
            return False  # same clause: "met and talked" is one event
        own_date = sentence_date(timexes, sentence, hit)
        other_date = sentence_date(timexes, sentence, other)
        different_doers = {m.name for m in sources} != {m.name for m in other_sources}
        if not different_doers and (own_date is None or own_date == other_date):
            return False
    return True


def previous_sentence_date(doc: Document, sentence: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The date the narrative stands at: the last date of the sentence before, in the same paragraph
    ("The two leaders met in Geneva in June 2021. They agreed to return their ambassadors.")."""
    index = bisect.bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    if index == 0:
        return None
    previous = doc.sentences[index - 1]
    if "\n\n" in doc.text[previous.end : sentence.start]:
        return None
    dates = [t for t in within(timexes, previous.start, previous.end) if datable(t)]
    return dates[-1] if dates else None


def make_event(
    doc: Document,
    sentence: Span,
    hit: TriggerHit,
    sources: list[ActorMention],
    targets: list[ActorMention],
    timexes: Sequence[Timex],
    default: DateChoice | None,
    knowledge: Knowledge,
) -> Event:
    text = doc.text
    actors = event_actors(sources, targets, knowledge)
    status = trigger_status(text, sentence, hit)
    tense = clause_tense(text, sentence, hit)
    if status == "reported" and tense == "future":
        status = "planned"
    timex = sentence_date(timexes, sentence, hit)
    when: DateChoice | None
    if timex is not None:
        when = timex_date(timex, "sentence")
    elif tense == "past" and status not in ("planned", "hypothetical"):
        earlier = previous_sentence_date(doc, sentence, timexes)
        # Follow the narrative's day ("On Sunday they met. They agreed to ..."), but not back into a
        # flashback: an article returns to its present after recalling last year.
        close = (
            earlier is not None
            and default is None
            or earlier is not None
            and default is not None
            and default.first is not None
            and earlier.first is not None
            and abs((default.first - earlier.first).days) <= 31
        )
        when = timex_date(earlier, "previous sentence") if earlier is not None and close else default
    else:
        when = None  # "has vowed to", "claims": a standing position, not an event on a day
    entry = cameo_entry(hit.trigger.code)
    return Event(
        id=event_id(doc.id, hit.start, hit.trigger.code),
        type=hit.trigger.type,
        cameo=hit.trigger.code,
        goldstein=float(entry.get("goldstein", 0.0)),
        quad_class=int(entry.get("quad_class", 1)),
        date=when.value if when else None,
        end_date=when.last.isoformat()
        if when and when.last and when.last != when.first and when.precision == "day"
        else None,
        precision=when.precision if when else None,
        first=when.first if when else None,
        last=when.last if when else None,
        actors=actors,
        location=find_location(
            doc, sentence, knowledge, trip=hit.trigger.code.startswith("042"), near=hit.start
        ),
        sources=(evidence(doc, sentence, hit, when),),
        confidence=confidence(when, sources, targets, doc),
        status=status,
        title=event_title(actors, hit.trigger.type, status),
        date_origin=when.origin if when else "none",
    )


def evidence(doc: Document, sentence: Span, hit: TriggerHit, when: DateChoice | None) -> Source:
    return Source(
        doc.id,
        doc.text[sentence.start : sentence.end],
        sentence.start,
        sentence.end,
        doc.text[hit.start : hit.end],
        hit.start,
        hit.end,
        when.timex.text if when and when.timex else None,
    )


DELEGATION = re.compile(
    r"\bdelegations?\b[^.;]{0,40}?\b(?:included|including|includes|led by|headed by|"
    r"comprising|comprised|consisting of|made up of)\b",
    re.I,
)


def add_delegates(events: list[Event], mentions: Sequence[ActorMention], knowledge: Knowledge) -> None:
    """'The US delegation, which included Blinken and Sullivan': they took part in the meeting the
    article is telling about."""
    people = [m for m in mentions if m.kind == "person"]
    for index in range(len(events) - 1, max(-1, len(events) - 4), -1):
        if events[index].cameo.startswith("04"):
            known = {a.name for a in events[index].actors}
            extra = [a for a in event_actors([], people, knowledge) if a.name not in known]
            extra = [dataclasses.replace(a, role="participant") for a in extra]
            events[index] = dataclasses.replace(events[index], actors=events[index].actors + tuple(extra))
            return


def enrich_previous(events: list[Event], hit: TriggerHit, location: Place | None) -> None:
    """Give the last event of the same family the place a back-reference names."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].cameo[:2] == hit.trigger.code[:2]:
            if location is not None and events[index].location is None:
                events[index] = dataclasses.replace(events[index], location=location)
            return


def confidence(
    when: DateChoice | None, sources: list[ActorMention], targets: list[ActorMention], doc: Document
) -> float:
    score = 0.5
    score += 0.2 if when is not None and when.origin == "sentence" else 0.05 if when is not None else 0.0
    score += 0.15 if sources else 0.0
    score += 0.1 if targets else 0.0
    score -= 0.1 if doc.published_inferred else 0.0
    return round(max(0.05, min(score, 0.95)), 2)
