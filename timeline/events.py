"""Events stage: from one document's sentences, temporal expressions and actor mentions to events.

A sentence yields an event when it holds a trigger (`timeline.triggers`) whose actors it names
(`timeline.arguments`), and the event is one between states (`diplomatic`). The date is the
sentence's own temporal expression nearest the trigger; without one, the narrative's day or the
paragraph's time: the story date the article opened with, else its publication date, unless the
sentence speaks of a standing state of affairs ("has vowed"), which is left undated rather than
guessed.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from timeline.actors import ENVOY_ROLE, ENVOY_WORDS, state_before_noun
from timeline.arguments import (
    CONFLICT_ROOTS,
    LIGHT_VERB,
    PASSIVE_BEFORE,
    POLITICAL_ROLE,
    actor_mention,
    arguments,
    event_actors,
    recent_pair,
    within,
)
from timeline.knowledge import Country, Knowledge, cameo_codes, words
from timeline.model import ActorMention, Document, Event, EventActor, Place, Source, Span, Timex, event_title
from timeline.places import SINCE_OPEN, find_location, lookup_place, place_events
from timeline.published import Summit
from timeline.summits import summit_of
from timeline.timex import DEADLINE
from timeline.timex_lexicon import SMALL_NUMBERS
from timeline.triggers import (
    JOINT_ROOTS,
    TriggerHit,
    clause_tense,
    find_triggers,
    rank_triggers,
    trigger_status,
)


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


SAID_CLAUSE = re.compile(
    r"\b(?:that|which|who|whether|because|while|as|if|had|has|have|was|were|would|will|is|are|could|"
    r"should|did|does|do)\b|,"
)
THAT_WHICH = re.compile(r"\b(?:that|which|who|whose|where)\b")
VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|met|held|made|took|gave|went|came|spoke|told|said|sent|began|broke)\b"
)
POSSESSED_TOLD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:in which|when|during which)\b")
EMBEDDED_CLAUSE = re.compile(
    r"(?:,\s*|\b(?:in|under|by|with) )(?:which|whom)\b|,\s*(?:who|whose|where)\b"
    # "offered to keep the old price if Ukraine signed up to market prices from April": the condition's
    r"|\b(?:if|unless|provided that)\b"
    # "a sober affair compared with the one in September"
    r"|\b(?:compared (?:with|to)|unlike|similar to)\b"
    # "met at the US mission, having opened the dialogue over a dinner on Sunday": what came before
    r"|,\s*(?:after\s+)?having\s+(?:\w+ly\s+)?\w+(?:ed|en|t|un|ne)\b"
    # "draft treaties that would pull its forces back to where they stood in 1997"
    r"|\b(?:that|which)\s+(?:would|will|could|might|should)\b|\bwhere\s+(?:they|it|he|she|we|you)\b"
    # "ordered sanctions, sharply escalating the row over the downing of a jet earlier this week": a
    # consequence told after a comma, with a date of what it speaks of
    r"|,\s+(?:sharply\s+|further\s+|dramatically\s+)?(?:escalating|deepening|worsening|heightening|"
    r"raising|fuelling|fueling|reviving|ending|capping|marking)\b"
)


PREMODIFIER = re.compile(
    r"(?:[-–][0-9]{2,4})?[ \t]+(?!(?:and|or|to|in|on|at|of|for|when|as|with|after|before)\b)[A-Za-z]"
)
DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[0-9]{4}[-–])?$", re.I)


def premodifier(text: str, timex: Timex) -> bool:
    """Whether a date stands before a noun as its modifier: "the 1953 armistice", "the 1950-53 war"."""
    return bool(
        PREMODIFIER.match(text, timex.end)
        and DETERMINER_END.search(text, max(0, timex.start - 12), timex.start)
    )


ANSWERED_HAPPENING = re.compile(
    r"\b(?:to|over|after|following|for|against)\s+(?:the|a|an|its|their|this|last)\s+[^,;.]{0,40}?\b"
    r"(?:clash|clashes|attack|attacks|killing|killings|crisis|incident|standoff|shooting|bombing|skirmish|"
    r"fighting|violence|collision|raid|strike|strikes|poisoning|arrest|execution|coup)\b[^,;.]{0,60}$"
)
DOCUMENT_OF = re.compile(
    r"\b(?:agreement|accord|accords|treaty|declaration|resolution|pact|protocol|convention|memorandum|"
    r"communique|armistice|charter|constitution|law|act|ruling|award)\s+of\s+$",
    re.I,
)


def in_closed_relative(text: str, sentence: Span, timex: Timex, hit: TriggerHit) -> bool:
    if timex.end > hit.start:
        return False
    opening = text.rfind(",", sentence.start, timex.start)
    closing = text.find(",", timex.end, hit.start)
    return opening >= 0 and closing >= 0 and bool(RELATIVE_WORD.search(text, opening, timex.start))


COORDINATED_VERB = re.compile(r"\s\band\s+(?:then\s+|later\s+|also\s+|\w+ly\s+)?$")
RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")


FIRST_TO = re.compile(r"\b(?:is|are|becomes|became)\s+the\s+first\b[^,;.]{0,60}?\bto\s+$")
FIRST_SINCE = re.compile(r"\b(?:first|last)\s+(?:time\s+)?since\b[^,;]*$")


def sentence_date(text: str, timexes: Sequence[Timex], sentence: Span, hit: TriggerHit) -> Timex | None:
    """The anchored date in the sentence nearest the trigger (preferring one before a clause break)."""
    inside_sentence = [
        t
        for t in within(timexes, sentence.start, sentence.end)
        # "told Russia had until the end of the following day": a deadline dates nothing that happened
        if datable(t)
        and not DEADLINE.search(text, max(sentence.start, t.start - 30), t.start)
        # "an agreement by January 2010" is due then ("by Friday morning ambassadors were being summoned"
        # were summoned on Friday)
        and not (t.precision != "day" and BY_DATE.search(text, max(sentence.start, t.start - 4), t.start))
    ]
    if hit.trigger.code.startswith("01"):
        # What a speaker said dates what they spoke of: "said China had not restored the channels it
        # cut last August" was said today. Only a date before the verb or right after it dates it.
        inside_sentence = [
            t
            for t in inside_sentence
            if t.end <= hit.start
            or t.start - hit.end <= 12
            # "announced the recognition in a televised address on Monday evening": an adjunct of the
            # announcement, not a date inside what was said
            or not SAID_CLAUSE.search(text, hit.end, t.start)
        ]
    # A date inside a clause that follows and describes something else is that clause's: "signed a
    # declaration in which they pledged to pursue talks this year" was not signed "this year".
    inside_sentence = [
        t for t in inside_sentence if t.end <= hit.start or not EMBEDDED_CLAUSE.search(text, hit.end, t.start)
    ]
    # "meeting ... for the first time since a summit in Berlin in October 2016": the date of what it was
    # the first since
    inside_sentence = [
        t
        for t in inside_sentence
        if t.end <= hit.start
        or not (
            FIRST_SINCE.search(text, hit.end, t.start)
            # "the first French head of state to travel to Rwanda since Nicolas Sarkozy in 2010"
            or SINCE_OPEN.search(text[hit.end : t.start])
            and re.search(r"\bfirst\b", text[max(sentence.start, hit.start - 60) : hit.start])
        )
    ]
    # So is one in a relative clause closed before the trigger: "Imran Khan, a former cricket
    # captain who took office in August 2018, warned ..." did not warn in August 2018.
    inside_sentence = [t for t in inside_sentence if not in_closed_relative(text, sentence, t, hit)]
    # "its sharpest response so far to the deadly clash between Indian and Chinese troops earlier this
    # month": the date of the happening the act answers, told after the act (a day at the end, "over
    # the poisoning on Monday", is the act's own)
    inside_sentence = [
        t
        for t in inside_sentence
        if t.start < hit.end or t.precision == "day" or not ANSWERED_HAPPENING.search(text, hit.end, t.start)
    ]
    # "including the Geneva agreement of 17 February 1966, and that the two would meet again": the
    # date of a document named, unless the document is the trigger
    inside_sentence = [
        t
        for t in inside_sentence
        if not (document := DOCUMENT_OF.search(text, max(sentence.start, t.start - 40), t.start))
        or hit.start <= document.start() < hit.end
    ]
    # "agreed to work towards Tuesday's summit", "did not sign a treaty to end the 1950-53 Korean
    # War": a date in the possessive or before a noun belongs to that noun.
    inside_sentence = [
        t
        for t in inside_sentence
        if not (text[t.end : t.end + 2] in ("'s", "’s") or premodifier(text, t))
        or t.end <= hit.start <= t.end + 40
        # "Tuesday's incident, in which a bomber was shot down": the day of what the clause tells
        or (told := POSSESSED_TOLD.match(text, t.end)) is not None and told.end() <= hit.start
    ]
    if (colon := text.rfind(":", sentence.start, hit.start)) >= 0:
        # "contacts: a conversation in Paris on November 30, a meeting in Bangkok on December 6, and
        # a trip to Islamabad": each item of the list has its own date, or none.
        item_start = max([colon, *(m.start() for m in ITEM_BREAK.finditer(text, colon, hit.start))])
        following = ITEM_BREAK.search(text, hit.end, sentence.end)
        item_end = following.start() if following else sentence.end
        own = [t for t in inside_sentence if item_start <= t.start < item_end]
        inside_sentence = own or [t for t in inside_sentence if t.end <= colon]
    if not inside_sentence:
        return None
    # "had met at a summit in Wuhan in April 2018, following a standoff in 2017, and met again in
    # October last year": a date between the same commas as the trigger is its own
    segment_start = max(
        text.rfind(",", sentence.start, hit.start), text.rfind(";", sentence.start, hit.start)
    )
    segment_end = min(
        (i for i in (text.find(",", hit.end, sentence.end), text.find(";", hit.end, sentence.end)) if i >= 0),
        default=sentence.end,
    )
    own_segment = [t for t in inside_sentence if segment_start < t.start and t.end <= segment_end]
    if not hit.trigger.noun and COORDINATED_VERB.search(text, max(sentence.start, hit.start - 20), hit.start):
        # "arrived on Monday and held talks on Tuesday": a date before "and" is the first verb's
        joined = text.rfind(" and ", sentence.start, hit.start)
        # (a date's own comma, "on May 14, 2018", does not end the verb's stretch)
        own_segment = [
            t
            for t in inside_sentence
            if t.start > joined and (t.start < segment_end or t.start - hit.end < 60)
        ] or own_segment
    # (not one in a clause on a noun after it: "signed a pact that takes effect on Jan. 1")
    later = [t for t in own_segment if t.start >= hit.end and not THAT_WHICH.search(text, hit.end, t.start)]
    if later:
        # "voted on Jan. 23 and Erdogan signed the measure two days later": a date told after a verb,
        # before "and", is the first clause's when the trigger's clause has its own
        own_segment = [
            t
            for t in own_segment
            if t in later
            or not re.search(r"\b(?:and|but)\s", text[t.end : hit.start])
            or not VERB_BEFORE.search(text, sentence.start, t.start)
        ]
    return min(
        own_segment or inside_sentence, key=lambda t: abs((t.start + t.end) / 2 - (hit.start + hit.end) / 2)
    )


def list_item(text: str, sentence: Span, hit: TriggerHit) -> bool:
    """Whether the trigger stands in a list after a colon ("a run of contacts: a conversation in
    Paris, a meeting in Bangkok and a trip to Islamabad")."""
    return text.rfind(":", sentence.start, hit.start) >= 0


ITEM_BREAK = re.compile(r"[,;]\s+(?:and\s+)?(?:a|an|the)\s")


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
        days = [
            timex
            for timex in timexes
            if lead.start <= timex.start < lead.end and datable(timex) and timex.precision == "day"
        ]
        # "ABUJA, Aug 11 - West African leaders on Thursday ordered ...": the day the lead tells of,
        # not the dateline's
        dash = DATELINE_DASH.search(doc.text, lead.start, min(lead.end, lead.start + 120))
        told = [t for t in days if dash is None or t.start > dash.start()]
        if told or days:
            return timex_date((told or days)[0], "story date")
        if (second := next_told_day(doc, timexes)) is not None:
            return timex_date(second, "story date")
    if doc.published:
        return DateChoice(
            None, doc.published, doc.published, "day", doc.published.isoformat(), "publication date"
        )
    return None


DATELINE_DASH = re.compile(r"\s[-—–]\s")


def next_told_day(doc: Document, timexes: Sequence[Timex]) -> Timex | None:
    """When the article opens with no day (a headline, a standfirst, a lead that says "have agreed"),
    the day the next sentences of its lead tell of, if it is one of the last days before publication
    ("Ethiopia and Somalia have agreed ... Abiy and Mohamud unveiled the declaration late on
    Wednesday")."""
    body = [s for s in doc.sentences[1:5] if not headline(doc, s)][:2]
    for timex in timexes:
        if (
            any(s.start <= timex.start < s.end for s in body)
            and datable(timex)
            and timex.precision == "day"
            and timex.first is not None
            and doc.published is not None
            and 0 <= (doc.published - timex.first).days <= 2
        ):
            return timex
    return None


def event_id(doc_id: str, start: int, code: str) -> str:
    digest = hashlib.sha1(f"{doc_id}:{start}:{code}".encode()).hexdigest()[:10]
    return f"e-{digest}"


def cameo_entry(code: str) -> dict[str, Any]:
    codes = cameo_codes()
    for candidate in (code, code[:3], code[:2]):
        if candidate in codes:
            return codes[candidate]
    return {"label": code, "goldstein": 0.0, "quad_class": 1}


CAPTION = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|centre|center|front|back)\)")
# "Read more", "(For full coverage of the flu outbreak, click (nFLU)) * ...": links and teasers
LINK_LINE = re.compile(
    r"\s*(?:Read more|Related|See also|Also read|Read also|More on this|\(?For full coverage)\b"
    # an editors' note: "atop a package of stories on ..., the EU travel warning and factboxes"
    r"|[^.]*\b(?:package of stories|factboxes)\b",
    re.I,
)


BACK_REFERENCE = re.compile(r"^\s*(?:The|That|This|the|that|this)\s+(?:[\w-]+\s+){0,2}$")


def extract_events(
    doc: Document, timexes: Sequence[Timex], mentions: Sequence[ActorMention], knowledge: Knowledge
) -> list[Event]:
    """The events one document reports, each with its evidence sentence."""
    text = doc.text
    events: list[Event] = []
    default = story_time(doc, timexes)
    for index, sentence in enumerate(doc.sentences):
        # What the sentence before said is context too ("... the treaty. Putin suspended it.")
        previous_start = doc.sentences[index - 1].start if index else sentence.start
        if LINK_LINE.match(text, sentence.start) or CAPTION.search(text, sentence.start, sentence.end):
            continue  # "Read more", or a photo caption: "Ban Ki-moon (R) listens to Margaret Chan (C)"
        if DELEGATION.search(text, sentence.start, sentence.end):
            own = [m for m in mentions if sentence.start <= m.start < sentence.end]
            add_delegates(events, own, knowledge)
        if ATTENDANCE.search(text, sentence.start, sentence.end):
            # "Kuwait's emir, Bahrain's crown prince and Oman's deputy prime minister also attended":
            # more participants of the meeting the article just told
            own = [m for m in mentions if sentence.start <= m.start < sentence.end and m.kind != "media"]
            add_attendees(events, own, knowledge, previous_start)
        people = [m for m in within(mentions, sentence.start, sentence.end) if m.kind == "person"]
        candidates = [
            hit
            for hit in rank_triggers(text, sentence, find_triggers(text, sentence))
            # "in the presence of Ban and Castro": a name, not a ban
            if not any(m.start <= hit.start and hit.end <= m.end for m in people)
            # "... Only serving politician to have spent 10 years in Jail Told the US VP": a verb
            # capitalised inside a sentence opens a list item run into it, with no subject of its own
            # ("the Foreign Ministers' Meeting" is a name)
            and not (
                hit.start > sentence.start
                and text[hit.start].isupper()
                and not hit.trigger.noun
                and not text[hit.start : hit.end].split()[0].endswith("ing")
            )
        ]
        if not candidates:
            continue
        chosen: list[tuple[TriggerHit, list[ActorMention], list[ActorMention]]] = []
        decided: set[TriggerHit] = set()
        for hit in candidates:
            sources, targets = arguments(text, sentence, hit, mentions, events)
            sources = [m for m in sources if m.kind != "media"]
            if hit.trigger.requires_doer and not any(doer_of(text, hit, m) for m in sources):
                continue
            if hit.trigger.type == "suspension from membership" and not suspended_from_body(
                text, sentence, hit, mentions
            ):
                continue  # "suspended flights from Paris": no body of states
            passive_infinitive = INFINITIVE_TO.search(text, max(0, hit.start - 4), hit.start)
            if text.startswith("be ", hit.start) and passive_infinitive:
                continue  # "push for the SADR to be suspended from the union": wanted, not done
            if not hit.trigger.noun and LET_DO.search(text, max(sentence.start, hit.start - 40), hit.start):
                continue  # "the pause was intended to let the two sides exchange prisoners": what it is for
            if TIME_TO_LEAVE.match(text, hit.start) and not ENVOY_ROLE.search(
                text, max(sentence.start, hit.start - 100), hit.start
            ):
                continue  # "citizens had 48 hours to leave": no envoy expelled
            if ACCUSED_OF.search(text, max(sentence.start, hit.start - 100), hit.start):
                continue  # "accuses Kigali of sending troops": what it is accused of is the accusation's
            if INVOLVED_IN.search(text, max(sentence.start, hit.start - 200), hit.start):
                continue  # "his widely believed but not proven involvement in - Several murders -- ..."
            if (
                (who := WHO_DID.search(text, max(sentence.start, hit.start - 40), hit.start)) is not None
                and OBJECT_ANTECEDENT.search(text, max(sentence.start, who.start() - 60), who.start())
                and not within(timexes, who.start(), sentence.end)  # (no date of its own)
                and clause_tense(text, sentence, hit) == "past"
            ):
                # "taking over from Muse Bihi Abdi, who signed the memorandum": who the person named last
                # is, not the news ("Erdogan, who hosted Abiy and Mohamud, told reporters" is)
                continue
            announced = not sources and decided_in_passive(text, sentence, hit)
            if announced:
                # "Lavrov told reporters that 60 American diplomats would be expelled": the speaker's
                # government decided it (and it is the news, not the telling)
                sources = announcer(text, sentence, hit, candidates, mentions, events, targets)
                announced = bool(sources)
            if hit.trigger.code == "174" and envoy_expelled(text, sentence, hit):
                # "23 Russian diplomats would be expelled", "India's high commissioner was expelled by
                # Islamabad": an envoy, so relations are cut
                hit = dataclasses.replace(
                    hit, trigger=dataclasses.replace(hit.trigger, code="161", type="diplomats expelled")
                )
            if hit.trigger.code[:2] in CONFLICT_ROOTS:
                if ALLEGED.search(text, max(sentence.start, hit.start - 80), hit.start):
                    continue  # "raised concerns about what it describes as systematic torture": alleged
                if SPORT_EVENT.search(text, sentence.start, sentence.end):
                    continue  # "India and Pakistan fought a pitched battle in the World Cup"
                targets = targets or attacked_country(text, hit, sentence, knowledge)
            if (
                sources
                and not targets
                and (hit.trigger.code[:2] in PRESSING_ROOTS | {"14"} or hit.trigger.code in ADDRESSED_ACTS)
                and (met := [c for c in chosen if c[0].trigger.code[:2] == "04" and c[0].start < hit.start])
            ):
                # "When the two leaders met ..., Abe lodged a strong protest": to the one he met
                party = {m.name for m in met[0][1] + met[0][2]}
                if {m.name for m in sources} <= party:
                    own = {m.country for m in sources}
                    targets = [m for m in met[0][1] + met[0][2] if m.country not in own]
            if hit.trigger.type == "resolution" and sources and not targets:
                # "adopted resolution 63/301, which condemned the coup in Honduras": the state it is on
                # (not past a semicolon: "...; the United States, Britain and Russia abstained")
                stop = text.find(";", hit.end, sentence.end)
                named = within(mentions, hit.end, stop if stop >= 0 else sentence.end)
                targets = [m for m in named if m.kind in ("country", "person")][:2]
            claimed = "responsib" in text[hit.start : hit.end + 20]  # not "acknowledged", "admitted"
            if hit.trigger.code == "015" and claimed and sources and not targets:
                # "the Houthis claimed responsibility the same day": for the attack just told, on its target
                targets = struck_by_last_attack(doc, index, events)
            if hit.trigger.type == "embassy closed" and not {m.country for m in targets} - {
                m.country for m in sources
            }:
                # "closing his embassy in Bogota", "closed the British embassy in Tehran": the host state
                targets = embassy_host(text, hit, sentence, knowledge) or targets
            if hit.trigger.code == "060" and sources and not targets:
                # "Modi opened a border terminal that lets Sikhs travel to a shrine in Pakistan"
                targets = other_state_in_view(doc, index, mentions, {m.country for m in sources}, knowledge)
            if hit.trigger.code[:2] == "15" and sources and not targets:
                # "ordered troops to its northern border": toward the neighbour the story is about
                targets = border_neighbour(doc, index, hit, mentions, {m.country for m in sources}, knowledge)
            targets = [
                m for m in targets if m.kind != "media"
            ]  # "told Reuters" is not a dealing with Reuters
            if hit.trigger.code.startswith("01") and sources and not targets:
                # "Trudeau said ... the jet had been brought down by an Iranian surface-to-air missile":
                # the state the statement speaks of
                speakers = {m.country for m in sources}
                targets = [
                    m
                    for m in within(mentions, hit.end, sentence.end)
                    if m.kind == "country"
                    and m.country not in speakers
                    and not PLACE_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
                    and not TOPIC_AFTER.match(text, m.end)
                ][:1]
            if (
                sources
                and PAIR_OBJECT.match(text, hit.end)
                and not [m for m in targets if m.country not in {s.country for s in sources}]
            ):
                # "Bush is to host both men", "received each of them separately": the pair just told
                targets = recent_pair(mentions, hit.start, True, events, hit.trigger.code[:2])
            if (
                sources
                and not targets
                and hit.trigger.code[:2] in REACTION_ROOTS
                and (referred := REFERRED_ACT.match(text, hit.end)) is not None
                # ("said it would": the speaker itself, in what it said)
                and not (hit.trigger.code.startswith("01") and referred.group().split()[0] in ("it", "them"))
            ):
                # "Bush condemned the blast", "denounced the exercise as a provocation": whoever did the
                # act the article just told
                targets = doers_of_last_act(doc, index, events, sources)
            elif (
                sources
                and not targets
                and hit.trigger.code[:2] in ("02", "10")
                and ALL_SIDES.match(text, hit.end, sentence.end)
            ):
                # "Beijing urged all sides to exercise restraint": the sides of the conflict just told
                targets = sides_of_last_conflict(doc, index, events, sources)
            elif (
                sources
                and not targets
                and hit.trigger.code[:2] == "13"
                and THREATENED_RESPONSE.match(text, hit.end, sentence.end)
            ):
                # "He warned of 'serious consequences' if the matter was not resolved": a warning is aimed
                # at whoever did the act the article just told
                targets = doers_of_last_act(doc, index, events, sources)
            if (
                hit.trigger.code.startswith("043")
                and targets
                and not sources
                and re.search(
                    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", text[max(0, hit.start - 25) : hit.start]
                )
            ):
                # "Trong was received at the White House": by the state where he was received
                sources = place_state(doc, sentence, hit, knowledge, {m.country for m in targets})
            unclaimed = not sources and not targets and unclaimed_attack(text, doc, index, hit)
            if hit.trigger.type == "embassy stormed" and not sources:
                # an embassy's state is struck whoever the crowd was ("broke into the embassy": the
                # embassy the article named)
                targets = [m for m in targets if m.country] or embassy_state(text, hit, knowledge)
                if not targets:
                    continue
                unclaimed = True
            elif unclaimed:
                # "Three car bombs exploded in Riyadh, killing at least five people": nobody is named,
                # but the attack struck a state (Riyadh, near Kirkuk, is in Iraq).
                targets = place_state(doc, sentence, hit, knowledge, set(), country_named=True) or (
                    struck_place(text, sentence, hit, knowledge)
                )
                if not targets:
                    continue
            actors = event_actors(sources, targets, knowledge)
            if hit.trigger.code == "010" and BULLETIN.search(text, sentence.start, sentence.end):
                continue  # "U.S. officials have reported 109 confirmed swine flu infections"
            reciprocal = bool(RECIPROCAL.search(text, hit.end, min(sentence.end, hit.end + 60)))
            if unclaimed:
                pass  # an attack on a state, or on its embassy, is between states by nature
            elif actors and not diplomatic(hit, sources, actors, knowledge, reciprocal):
                # Troops of one country acting in another are international too ("British troops in Basra").
                place = find_location(doc, sentence, knowledge, near=hit.start)
                abroad = place is not None and place.country is not None
                # ... and so are its troops attacked there ("a roadside bomb killed two British soldiers
                # near Basra").
                if not (
                    abroad
                    and hit.trigger.code[:2] >= "14"
                    and any(
                        a.country and a.country != place.country  # type: ignore[union-attr]
                        for a in actors
                        if a.role == "source" or hit.trigger.code[:2] in CONFLICT_ROOTS
                    )
                ):
                    continue
            elif not actors:
                continue
            elif (
                alone_at_home(actors)
                and not armed_conflict(hit, actors)
                and not abroad_context(text, Span(previous_start, sentence.end), mentions, actors)
                and not acts_abroad(doc, sentence, knowledge, hit, actors)
            ):
                # One state acting with nobody else in view ("Beijing offered subsidies", "Mexico's
                # factories vowed to defy the shutdown") is domestic news.
                continue
            elif hit.trigger.code.startswith("042") and len({a.country for a in actors if a.country}) <= 1:
                # A visit with one side named goes abroad: "Obama visited Mexico City", not "a
                # toddler visiting Texas".
                host = place_state(doc, sentence, hit, knowledge, {a.country for a in actors}) or (
                    returned_visit(text, hit, {a.country for a in actors}, events)
                )
                if not host:
                    continue
                if not targets:
                    targets = host  # "Modi's visit to Washington" is a visit to the United States.
            if announced:
                # what was told as decided is the news, in place of the telling
                chosen = [
                    c for c in chosen if not (c[0].trigger.code.startswith("01") and c[0].end <= hit.start)
                ]
                chosen.append((hit, sources, targets))
                decided.add(hit)
            elif (
                not chosen
                or another_event(text, sentence, hit, sources, targets, chosen, timexes)
                or first_summit(hit, [*sources, *targets], events)
            ):
                chosen.append((hit, sources, targets))
        if len(chosen) > 1 and chosen[0][0].trigger.code.startswith(SAID_IN_CONTACT) and any(
            told_in(text, sentence, hit, during=True)
            # (not a call still to come: "told Congress that he would raise it in a call next week")
            and trigger_status(text, sentence, hit) == "reported"
            and clause_tense(text, sentence, hit) != "future"
            for hit, _, _ in chosen[1:]
        ):
            # "In a phone call, Jaishankar told Wang that ...", "congratulated Barrow in a telephone
            # call": what was said in a call or meeting is that call's content, not a second event (a
            # warning or a demand in it still is one)
            chosen = chosen[1:]
        calls = [c for c in chosen if c[0].trigger.code.startswith("041") and not c[0].trigger.noun]
        if calls:
            # "had spoken by phone with Maduro and expressed support": what was said in the call
            callers = {m.country or m.name for c in calls for m in c[1]}
            chosen = [
                c
                for c in chosen
                if not (
                    c[0].trigger.code.startswith(SAID_IN_CONTACT)
                    and c[1]
                    and {m.country or m.name for m in c[1]} <= callers
                )
            ]
        if not chosen:
            # "The meeting ... took place in Rome": a definite description tells more about the
            # event the article just reported; anything else without actors is noise.
            hit = candidates[0]
            if hit.trigger.noun and BACK_REFERENCE.match(text[sentence.start : hit.start]):
                enrich_previous(events, hit, find_location(doc, sentence, knowledge))
            continue
        for hit, sources, targets in sorted(chosen, key=lambda c: c[0].start):
            if len(parties(targets)) > 1 and EACH_SEPARATELY.match(text, hit.end):
                # "he received each of them separately": one meeting with each
                for party in parties(targets):
                    event = make_event(doc, sentence, hit, sources, party, timexes, default, knowledge)
                    events.append(
                        dataclasses.replace(event, id=event_id(doc.id, party[0].start, hit.trigger.code))
                    )
                continue
            if len(parties(sources)) > 1 and SEPARATELY.search(
                text, max(sentence.start, hit.start - 25), min(sentence.end, hit.end + 15)
            ):
                # "Moon and Abe held separate meetings with Xi": one meeting each
                for party in parties(sources):
                    event = make_event(doc, sentence, hit, party, targets, timexes, default, knowledge)
                    events.append(
                        dataclasses.replace(event, id=event_id(doc.id, party[0].start, hit.trigger.code))
                    )
                continue
            event = make_event(
                doc, sentence, hit, sources, targets, timexes, default, knowledge, announced=hit in decided
            )
            events.append(event)
            if targets and hit.trigger.code.startswith("04"):
                # "spoke by telephone with Putin and, separately, with Zelenskiy": a second call
                # ... and "had separate meetings with the premier, Li Qiang, and with Zhao Leji"
                last_target = max(m.end for m in targets)
                other = SEPARATE_COUNTERPART.match(text, last_target, sentence.end) or (
                    SEPARATELY.search(text, max(sentence.start, hit.start - 25), hit.end)
                    and ALSO_WITH.match(text, last_target, sentence.end)
                )
                second = [m for m in mentions if other and m.start == other.end()]
                if second:
                    event = make_event(doc, sentence, hit, sources, second, timexes, default, knowledge)
                    events.append(
                        dataclasses.replace(event, id=event_id(doc.id, second[0].start, hit.trigger.code))
                    )
    return place_events(doc, [e for e in events if not told_again(doc, e, events)], knowledge)


# Acts a government does by deciding them, which its spokesmen tell in the passive: expelling diplomats
# or people, cutting ties, sanctions
DECIDED_CODES = ("16", "172", "174")
MAYBE = re.compile(r"\b(?:could|might|may|should|can)\b")
# between a statement's verb and what it told: a complement clause, not another sentence part
TOLD_THAT = re.compile(
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers|MPs|\w+\s+envoys?))?(?:\s+in\s+\w+)?"
    r"(?:\s+(?:on|last)\s+\w+)?\s+(?:that\s+)?[^,;:.]{0,100}$"
)


def envoy_expelled(text: str, sentence: Span, hit: TriggerHit) -> bool:
    """Whether the one an expulsion acts on is an envoy: the subject of a passive ("the ambassador was
    expelled") or the object ("expelled two of its consuls")."""
    before = text[max(sentence.start, hit.start - 40) : hit.start]
    after = text[hit.end : min(sentence.end, hit.end + 40)]
    return bool(
        ENVOY_ROLE.search(before) and PASSIVE_BEFORE.search(before)
        # (a finite verb: "expelling the envoy did not amount to a break" names the act, it is no news)
        or not text[hit.start : hit.end].split()[0].endswith("ing")
        and ENVOYS_AFTER.match(after)
    )


# "expelled two of its consuls"
ENVOYS_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{ENVOY_WORDS}\b", re.I)


def decided_in_passive(text: str, sentence: Span, hit: TriggerHit) -> bool:
    """Whether a trigger is a decided act told in the passive with no doer ("would be expelled",
    "were sanctioned")."""
    return (
        hit.trigger.code.startswith(DECIDED_CODES)
        and not hit.trigger.noun
        and PASSIVE_BEFORE.search(text, max(sentence.start, hit.start - 25), hit.start) is not None
        and not re.match(r"\s+by\b", text[hit.end : hit.end + 4])
    )


def announcer(
    text: str,
    sentence: Span,
    hit: TriggerHit,
    candidates: Sequence[TriggerHit],
    mentions: Sequence[ActorMention],
    events: Sequence[Event],
    targets: Sequence[ActorMention],
) -> list[ActorMention]:
    """Who announced a decided act the sentence tells in the passive: the government speaker of the
    statement whose content it is ("Lavrov told reporters that ... would be expelled"), unless they speak
    for its target ("Moscow said its diplomats had been expelled")."""
    for said in candidates:
        if not (
            said.trigger.code.startswith("01")
            and not said.trigger.noun
            and said.end <= hit.start
            and TOLD_THAT.match(text, said.end, hit.start)
        ):
            continue
        speakers, _ = arguments(text, sentence, said, mentions, events)
        targeted = {m.country for m in targets}
        if speakers and all(
            m.country and m.country not in targeted and m.kind in ("person", "country") for m in speakers
        ):
            return speakers
    return []


# Reactions to an act: statements, criticism, accusations, rejections, protests
REACTION_ROOTS = frozenset({"01", "11", "12", "14"})
REFERRED_ACT = re.compile(
    r"(?:\s+(?:(?:it|them)\b|(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(words("act_nouns"))
    + r")\b))",
    re.I,
)


# What a threat holds over its addressee: "warned of 'serious consequences'", "warned it would retaliate"
THREATENED_RESPONSE = re.compile(
    r"\s+(?:of\s+)?(?:an?\s+|the\s+)?[\"“]?"
    r"(?:(?:serious|grave|severe|dire|strong|firm|tough|swift|harsh|crushing)\s+)?"
    r"(?:consequences|retaliation|reprisals?|response|repercussions|punishment|countermeasures|revenge|"
    r"vengeance|retribution)\b|"
    r"\s+that\s+[\"“]?(?:(?:severe|harsh|crushing|forceful)\s+)?(?:revenge|retaliation|retribution|punishment)\b|"
    r"\s+(?:that\s+)?(?:it|they|he|she|[A-Z][\w-]+)\s+(?:would|will|could|might)\s+"
    r"(?:retaliate|respond|hit back|answer (?:it|them|with)|strike back|use force|"
    r"take (?:action|measures|steps))\b|"
    r"\s+(?:that\s+)?any\s+[^,;.]{0,40}?\s+would\s+be\s+(?:met|answered)\b"
)


ALL_SIDES = re.compile(
    r"\s+(?:all|both|the\s+two)\s+(?:sides|parties|countries|nations)\b|\s+all\s+concerned\b"
)
ADDRESSED_ACTS = frozenset({"018", "051", "055"})  # condolences, praise, an apology: to someone
HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})


def sides_of_last_conflict(
    doc: Document, index: int, events: Sequence[Event], speakers: Sequence[ActorMention]
) -> list[ActorMention]:
    """The states on both sides of the last hostile act the article told (within eight sentences), but
    the speaker's own."""
    own = {m.country for m in speakers if m.country}
    for event in recently_told(doc, index, events, 8):
        roles = {a.role for a in event.actors}
        if event.cameo[:2] in HOSTILE_ROOTS and {"source", "target"} <= roles:
            sides = [a for a in event.actors if a.kind == "country" and a.country not in own]
            return [actor_mention(a) for a in sides]
    return []


def recently_told(doc: Document, index: int, events: Sequence[Event], back: int) -> Iterator[Event]:
    """The events told in the `back` sentences before sentence `index`, latest first, up to the first
    one not reported as done (what was planned or denied is nothing to react to)."""
    earliest = doc.sentences[max(0, index - back)].start
    for event in reversed(events):
        if event.sources[0].start < earliest or event.status != "reported":
            return
        yield event


def doers_of_last_act(
    doc: Document, index: int, events: Sequence[Event], speakers: Sequence[ActorMention]
) -> list[ActorMention]:
    """Who did the last act the article told before a reaction to it, within the three sentences
    before: its doers, when they are not the reacting side."""
    own = {m.country for m in speakers if m.country} | {m.name for m in speakers}
    for event in recently_told(doc, index, events, 3):
        doers = [
            a for a in event.actors if a.role == "source" and a.kind in ("country", "person", "armed_group")
        ]
        if doers and not any(a.country in own or a.name in own for a in doers):
            return [actor_mention(a) for a in doers if a.kind != "person"][:2] or [actor_mention(doers[0])]
    return []


# Where a statement was made or what it is about, not whom: "a speech in Egypt", "travel to Mexico",
# "a trip to the United States and Canada" ("sent to Kosovo", "independence from Serbia" are states)
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|around|throughout|inside|outside|(?:travel|trip|visit|flights?)\s+to)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$"
)
# "the Iraq war": a country naming a topic
TOPIC_AFTER = re.compile(
    r"\s+(?:war|conflict|crisis|invasion|issue|question|policy|situation|outbreak|dossier)\b"
)
TIME_TO_LEAVE = re.compile(r"(?:hours|days)\s+to\s+leave\b", re.I)
# What makes an attack news when no one is named as its author: the dead and wounded it left.
CASUALTIES = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|dead|died|dies|deaths?|casualties)\b", re.I
)
# ... or the damage it did: "cutting 5.7 million barrels per day of Saudi output"
DAMAGE = re.compile(
    r"\b(?:damag(?:e|ed|ing)|destroy(?:s|ed|ing)?|knock(?:ed|ing) out|ablaze|on fire|set fire|"
    r"(?:cutting|halving|disrupting|disrupted)\s+(?:[\w.,-]+\s+){0,8}?(?:output|production|supplies|exports|power))\b",
    re.I,
)
# Bare words for an explosion: a gas blast in a mine is no attack.
EXPLOSION_WORDS = frozenset({"blast", "blasts", "explosion", "explosions"})


def state_mention(state: Country, start: int, end: int, written: str, how: str) -> ActorMention:
    """A state the text stands for where it names something else (a place, a description)."""
    return ActorMention(start, end, written, state.name, "country", state.code, None, how, written)


def embassy_state(text: str, hit: TriggerHit, knowledge: Knowledge) -> list[ActorMention]:
    """The state of the embassy last named up to the trigger ("the British embassy in Tehran")."""
    # (the hit of a gapped phrase is its verb: the embassy comes after it)
    told = state_before_noun(text, max(0, hit.start - 1500), hit.end + 60, "embassy|consulate", knowledge)
    if told is None:
        return []
    code, found = told
    state = knowledge.countries[code]
    start, end = found.span()
    return [state_mention(state, start, end, text[start:end], "description")]


EMBASSY_IN = re.compile(
    r"(?:[^,;.]|(?<=[A-Z])\.){0,40}?\b(?:embassy|embassies|consulate)\s+in\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def embassy_host(text: str, hit: TriggerHit, sentence: Span, knowledge: Knowledge) -> list[ActorMention]:
    """The state an embassy is in ("closing his embassy in Bogota": Colombia)."""
    match = EMBASSY_IN.match(text, hit.start, sentence.end)
    place = lookup_place(match["name"], knowledge) if match else None
    state = knowledge.countries.get(place.country) if place and place.country else None
    if match is None or state is None:
        return []
    start, end = match.span("name")
    written = text[start:end]
    return [state_mention(state, start, end, written, "place")]


BODY_WORDS = re.compile(
    r"\s*(?:the\s+)?(?:bloc|organi[sz]ation|union|alliance|commonwealth|league|group|body|grouping)\b"
)


def suspended_from_body(text: str, sentence: Span, hit: TriggerHit, mentions: Sequence[ActorMention]) -> bool:
    """Whether what a state is suspended from is a body of states: one named ("from the Organization of
    American States") or described ("from the bloc")."""
    if "membership" in text[hit.start : hit.end + 40]:
        return True  # "suspended Mali's membership"
    at = text.find(" from", hit.start, sentence.end)
    if at < 0:
        return False
    after = at + len(" from")
    if BODY_WORDS.match(text, after):
        return True
    return any(
        m.kind == "organisation" and re.fullmatch(r"\s*(?:the\s+)?", text[after : m.start])
        for m in within(mentions, after, sentence.end)
    )


def struck_by_last_attack(doc: Document, index: int, events: Sequence[Event]) -> list[ActorMention]:
    """Whom the last attack the article told (within the three sentences before) struck."""
    for event in recently_told(doc, index, events, 3):
        if event.cameo[:2] in CONFLICT_ROOTS:
            return [actor_mention(a) for a in event.actors if a.role == "target" and a.kind == "country"]
    return []


def struck_place(text: str, sentence: Span, hit: TriggerHit, knowledge: Knowledge) -> list[ActorMention]:
    """The state of a place struck in the passive, named as the subject ("Abqaiq and Khurais were struck
    by drones": Saudi Arabia)."""
    if not re.search(r"\b(?:was|were|been)\s+$", text[max(sentence.start, hit.start - 10) : hit.start]):
        return []
    for name in PROPER_NAME.finditer(text, sentence.start, hit.start):
        place = lookup_place(name.group(), knowledge)
        state = knowledge.countries.get(place.country) if place and place.country else None
        if state is not None:
            start, end, written = name.start(), name.end(), name.group()
            return [state_mention(state, start, end, written, "place")]
    return []


PROPER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*")


def unclaimed_attack(text: str, doc: Document, index: int, hit: TriggerHit) -> bool:
    """Whether a trigger reports an attack whose author the sentence does not name, with casualties
    told in its sentence or the next ("four car bombs killed 14 people", "Two missiles hit the station
    ... Officials said at least 50 people were killed")."""
    sentence = doc.sentences[index]
    told = doc.sentences[index + 1].end if index + 1 < len(doc.sentences) else sentence.end
    # Bombs and missiles only: a plain "attack" or "clash" is also what investors, gangs and police do.
    return (
        hit.trigger.code.startswith(("183", "195"))
        and text[hit.start : hit.end].lower() not in EXPLOSION_WORDS
        and bool(
            CASUALTIES.search(text, sentence.start, told)
            # (a strike from the air that set a plant ablaze; "the bombing of a shrine" alone is a reference)
            or hit.trigger.code.startswith("195")
            and DAMAGE.search(text, sentence.start, told)
        )
    )


def returned_visit(
    text: str, hit: TriggerHit, own: set[str | None], events: Sequence[Event]
) -> list[ActorMention]:
    """The state whose visit a return visit answers ("Abiy flew to Asmara ... Isaias returned the
    visit"): the visitor of the last visit to the returning side."""
    if "return" not in text[hit.start : hit.end].lower():
        return []
    for event in reversed(events):
        if event.cameo.startswith("042") and own & {a.country for a in event.actors if a.role == "target"}:
            return [
                ActorMention(hit.start, hit.start, "", a.name, a.kind, a.country, None, "event")
                for a in event.actors
                if a.role == "source" and a.kind == "country"
            ]
    return []


def place_state(
    doc: Document,
    sentence: Span,
    hit: TriggerHit,
    knowledge: Knowledge,
    own: set[str | None],
    country_named: bool = False,
) -> list[ActorMention]:
    """The state of the place the sentence puts an event in, when it is none of the actors' own (with
    `country_named`, the place may be the country itself: "killed in Iraq")."""
    place = find_location(doc, sentence, knowledge, trip=country_named, near=hit.start)
    if place is None or place.country is None or place.country in own:
        return []
    state = knowledge.countries.get(place.country)
    if state is None:
        return []
    return [state_mention(state, 0, 0, place.name, "context")]


SEPARATE_COUNTERPART = re.compile(
    r"[^,;.]{0,30}?,?\s+and,?\s+(?:then\s+|later\s+)?(?:separately|individually),?\s+(?:with|to)\s+(?:the\s+)?"
)
ALSO_WITH = re.compile(r"[^,;.]{0,30}?,?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:with|to)\s+(?:the\s+)?")
SEPARATELY = re.compile(r"\b(?:separate|separately|individually|in turn)\b")
# the pair an article just told, as the object: "host both men", "received each of them separately"
PAIR_OBJECT = re.compile(
    r"\s+(?:both\s+(?:men|women|leaders|of\s+them)|the\s+two\s+(?:men|women|leaders)|each\s+of\s+them|"
    r"the\s+pair)\b"
)
EACH_SEPARATELY = re.compile(
    r"\s+(?:each\s+of\s+them|both\s+men|both\s+leaders|them)?\s*(?:separately|individually|in\s+turn)\b"
)


def parties(sources: list[ActorMention]) -> list[list[ActorMention]]:
    """The sides among a verb's doers: each person with their state, and each state no person stands for."""
    people = [m for m in sources if m.kind == "person"]
    spoken_for = {m.country for m in people if m.country}
    sides = [[m, *[c for c in sources if c.kind != "person" and c.country == m.country]] for m in people]
    return sides + [[m] for m in sources if m.kind != "person" and m.country not in spoken_for] or [sources]


# Where an attack struck: "attacks on Mumbai", "a bombing in Baghdad"
ATTACKED_PLACE = re.compile(
    r"\s+(?:on|against|in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
)


def attacked_country(text: str, hit: TriggerHit, sentence: Span, knowledge: Knowledge) -> list[ActorMention]:
    """The state an attack struck when the text names only the place: "the attacks on Mumbai" struck
    India."""
    match = ATTACKED_PLACE.match(text, hit.end, sentence.end)
    place = lookup_place(match["name"], knowledge) if match else None
    country = knowledge.countries.get(place.country) if place and place.country else None
    if match is None or country is None:
        return []
    start, end = match.span("name")
    return [state_mention(country, start, end, text[start:end], "place")]


TO_BORDER = re.compile(
    r"(?:[^,;.]|(?<=[A-Z])\.){0,50}?\bto\s+(?:its|the|their|his|her)\s+(?:[a-z]+\s+)?(?:border|frontier)s?\b(?!\s+with)"
)


def border_neighbour(
    doc: Document,
    index: int,
    hit: TriggerHit,
    mentions: Sequence[ActorMention],
    own: set[str | None],
    knowledge: Knowledge,
) -> list[ActorMention]:
    """The state a force moved to a border faces, when the text does not name it: the one other state
    its sentence names (a person stands for theirs), else the sentence before's."""
    if not TO_BORDER.match(doc.text, hit.end, doc.sentences[index].end):
        return []
    return other_state_in_view(doc, index, mentions, own, knowledge)


def other_state_in_view(
    doc: Document, index: int, mentions: Sequence[ActorMention], own: set[str | None], knowledge: Knowledge
) -> list[ActorMention]:
    """The one other state than `own` the sentence names (a person stands for theirs), else the sentence
    before's."""
    for span in (doc.sentences[index], doc.sentences[index - 1] if index else None):
        if span is None:
            continue
        others = {m.country for m in within(mentions, span.start, span.end) if m.country not in own | {None}}
        if len(others) == 1:
            state = knowledge.countries.get(others.pop())
            if state is None:
                return []
            return [state_mention(state, 0, 0, state.name, "context")]
        if others:
            return []
    return []


def doer_of(text: str, hit: TriggerHit, mention: ActorMention) -> bool:
    """Whether a source is the doer of the verb itself: its subject ("Gunmen on Monday killed", "US
    troops killed") or its agent ("were killed by insurgents"), not the subject of a clause the verb
    hangs on ("the WHO is assessing an outbreak that has killed 149 people")."""
    if mention.end <= hit.start:
        return any(gap.fullmatch(text, mention.end, hit.start) for gap in (DOER_GAP, EARLIER_VERB_GAP))
    gap = text[hit.end : mention.start]
    if text[hit.start : hit.end].endswith(" by"):  # "was boarded by armed Iranian personnel"
        return bool(re.fullmatch(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", gap))
    return bool(re.fullmatch(r"\s+(?:[\w,-]+\s+){0,6}?by\s+(?:the\s+)?", gap))


# A verb the subject did first, then this one: "militants broke through the fence, killed 1,200 people"
EARLIER_VERB_GAP = re.compile(
    # ("Chinese coastguard crews armed with axes surrounded a boat, rammed ...": the subject's words first)
    r"(?:\s+(?!(?:that|which|who|and|but)\b)[\w'-]+){0,5}?"
    r"\s+(?:[a-z]+ed|broke|took|went|came|made|struck|fought|ran|held|seized|stormed|stole|shot|blew)\b"
    r"(?:\s+(?!(?:that|which|who|whom|when|after|before|because)\b)[\w'-]+){0,8},\s+(?:and\s+)?"
)
# Between a subject and its verb: a few words, no clause of their own ("US air strikes on Monday")
DOER_GAP = re.compile(r"(?:['’]s)?(?:\s+(?!(?:that|which|who|and|but|or|as|to)\b)[\w,-]+){0,4}\s+")


def told_again(doc: Document, event: Event, events: Sequence[Event]) -> bool:
    """Whether a headline's event is the one the body goes on to tell (same kind, day and parties)."""
    source = event.sources[0]
    if not headline(doc, Span(source.start, source.end)):
        return False
    names = {a.name for a in event.actors}
    return any(
        other is not event
        and other.cameo[:2] == event.cameo[:2]
        and other.date == event.date
        and names & {a.name for a in other.actors}
        for other in events
    )


def alone_at_home(actors: Sequence[EventActor]) -> bool:
    """Whether an event has one state's actors only: no target, no second country, no international body."""
    countries = {a.country for a in actors if a.country}
    bodies = [a for a in actors if a.kind == "organisation" and not a.country]
    # An armed group facing its government is a second party ("Colombia and the FARC signed").
    rebels_and_state = any(a.kind == "armed_group" for a in actors) and not all(
        a.kind == "armed_group" for a in actors
    )
    # A target of the same state is no second party ("Zardari agreed to reinstate the chief justice").
    return len(countries) == 1 and not bodies and not rebels_and_state and all(a.country for a in actors)


# Words that put a state's act in relations with others even when no other state is named.
INTERNATIONAL_WORDS = re.compile(
    r"\b(?:treat(?:y|ies)|accords?|pacts?|alliance|allies|border|borders|embassy|embassies|consulate|"
    r"ambassadors?|envoys?|diplomat\w*|summit|talks|negotiat\w+|troops|forces|drills|exercises|"
    r"missiles?|nuclear|sanctions?|war|invasion|ceasefire|truce|sovereignty|territor\w+|foreign|"
    r"abroad|international|bilateral|multilateral|overseas|strait|warships?|navy|air force|"
    r"military|peninsula|START|island|waters|Initiative|corridor)\b"
)


def acts_abroad(
    doc: Document, sentence: Span, knowledge: Knowledge, hit: TriggerHit, actors: Sequence[EventActor]
) -> bool:
    """Whether the sentence places the act in another country ("British officers visited a family in
    Basra to apologise")."""
    place = find_location(doc, sentence, knowledge, near=hit.start)
    return (
        place is not None and place.country is not None and place.country not in {a.country for a in actors}
    )


def abroad_context(
    text: str, sentence: Span, mentions: Sequence[ActorMention], actors: Sequence[EventActor]
) -> bool:
    """Whether the sentence speaks of other states or of international matters."""
    own = {a.country for a in actors if a.country}
    others = any(
        sentence.start <= m.start < sentence.end and (m.country not in own or m.kind == "organisation")
        for m in mentions
        if m.country or m.kind == "organisation"
    )
    return others or bool(INTERNATIONAL_WORDS.search(text, sentence.start, sentence.end))


LIST_ITEM = re.compile(r"(?:,|;)\s+(?:and\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
WHEN_AFTER_DATE = re.compile(r",\s*when\b")  # "in Cartagena in September, when the two men signed"
# Demands, accusations, rejections and threats: acts in words that stand as news of their own ("gave the
# ambassador 72 hours to leave ..., and warned that oil would stop flowing")
PRESSING_ROOTS = frozenset({"10", "11", "12", "13"})
ACTION_ROOTS = frozenset({"04", "05", "06", "07", "08", "15", "16", "17", "18", "19", "20"})
JOINED_VERB = re.compile(r",\s*and\s+(?:then\s+|also\s+|later\s+)?(?:it\s+|its\s+)?$")
AND_VERB = re.compile(r"\s+and\s+(?:then\s+|also\s+|later\s+)?$")
SEQUENCE = re.compile(
    r"\b(?:then|afterwards|subsequently|after that|later (?:that|in the) (?:day|morning|afternoon|evening)"
    r"|in the (?:morning|afternoon|evening))\b",
    re.I,
)
RELATIVE_CLAUSE = re.compile(r",\s*(?:where|which|who|whom|whose|when)\b")


POLITICAL_KINDS = frozenset({"country", "organisation", "party", "armed_group"})


# Kinds of event that are between states even when the text names one side: intent to cooperate,
# consultations and visits, diplomatic cooperation, military posture, cutting relations. (Aid and
# material cooperation need a recipient abroad: a bailout at home is not diplomacy.)
BETWEEN_STATES = frozenset({"03", "04", "05", "15", "16"})  # and 087, easing military pressure




BULLETIN = re.compile(r"\b(?:" + "|".join(words("bulletin_words")) + r")\b")
# "sparred with each other", "announced that the two countries would resume a dialogue"
RECIPROCAL = re.compile(
    r"\b(?:each other|one another|the two (?:countries|sides|nations|governments|states)|bilateral)\b"
)


def diplomatic(
    hit: TriggerHit,
    sources: list[ActorMention],
    actors: Sequence[EventActor],
    knowledge: Knowledge,
    reciprocal: bool = False,
) -> bool:
    """Whether an event belongs on a timeline of international relations. It involves two countries
    or an international organisation; or it is inherently between states (a visit, a treaty, cutting
    relations: "Russia suspended its participation in New START") and a government acts. A statement
    needs a political speaker, not a company or a scientist quoted by the press."""
    if not actors:
        return False
    if armed_conflict(hit, actors):
        return True
    if (hit.trigger.code.startswith(("043", "051")) or hit.trigger.type == "invitation") and not any(
        a.role == "target" for a in actors
    ):
        # hosting needs a guest ("welcomed a recommendation" is not hosting), an invitation someone
        # invited ("India has invited local drugmakers to submit plans"), praise someone praised ("the
        # White House praised lawmakers")
        return False
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
    bodies = [
        knowledge.organisations.get(a.name) for a in actors if a.kind == "organisation" and not a.country
    ]
    # An NGO (Amnesty, the Red Cross) is not a party to relations between states; an unknown body may be.
    international_body = any(body is None or body.type == "igo" for body in bodies)
    agencies = {body.name for body in bodies if body is not None and not body.forum}
    # Its staff speak for it: "WHO Director-General Margaret Chan" has no state of her own here.
    stateless = {a.name for a in actors if a.kind == "person" and not a.country}
    if agencies and {a.name for a in actors} <= agencies | stateless:
        # An agency acting alone ("the ECB meets on May 7", "the WHO warned of a pandemic") is not
        # states dealing with each other; a forum of states is ("NATO condemned the strikes").
        return False
    if hit.trigger.code == "010" and agencies and {m.name for m in sources} <= agencies | stateless:
        return False  # an agency's bulletin ("the WHO said Mexico has 2,895 cases"), not diplomacy
    if hit.trigger.code.startswith("01"):
        # A statement is between states when it speaks of another than the speakers' ("Ecuador and
        # Peru confirmed cases" are two speakers, not a dealing), or of or by an international
        # organisation about someone ("the WHO said cases rose" is a bulletin, not diplomacy).
        speakers = {a.country for a in actors if a.role == "source" and a.country}
        spoken_of = countries - speakers
        between = bool(spoken_of) and (bool(speakers) or len(spoken_of) >= 2)
        # A body's own staff are the body: "U.N. Secretary-General Ban Ki-moon told the briefing"
        # is the UN alone.
        parties = [a for a in actors if a.kind != "person" or a.country in knowledge.countries]
        return between or international_body and len(parties) >= 2 or reciprocal and len(speakers) >= 2
    if (
        hit.trigger.code[:2] not in JOINT_ROOTS
        and not reciprocal
        and not any(a.role == "target" for a in actors)
    ):
        # "Barbados and Grenada rebuffed a cruise ship": two states doing the same, not dealing with
        # each other.
        countries = set()
    # A government making peace with an armed group ("Colombia and the FARC signed the accord",
    # "Santos met Timochenko") is a peace process, not domestic news; their fighting is left out.
    rebels = {a.name for a in actors if a.kind == "armed_group"}
    peace_process = (
        bool(rebels)
        and hit.trigger.code[:2] in PEACE_ROOTS
        and any(
            a.kind == "country" or (a.kind == "person" and a.country) for a in actors if a.name not in rebels
        )
    )
    return (
        len(countries) >= 2
        or international_body
        or state
        and (hit.trigger.code[:2] in BETWEEN_STATES or hit.trigger.code.startswith("087"))
        or peace_process
    )


PEACE_ROOTS = frozenset({"03", "04", "05", "08"})


def armed_conflict(hit: TriggerHit, actors: Sequence[EventActor]) -> bool:
    """Whether an event is an armed group's attack or fighting with it. CAMEO codes both, and so does a
    timeline of a war ("Insurgents ambushed a US convoy", "troops clashed with FARC rebels")."""
    return hit.trigger.code[:2] in CONFLICT_ROOTS and any(a.kind == "armed_group" for a in actors)


# Sport words that war news does not use ("the final stage of the offensive", "a team of inspectors"
# and "an arms race" do)
WAR_TOO = frozenset(
    "final finals stage race tour team teams goal goals game games match matches climb medal medals".split()
)
SPORT_ONLY = [w for w in words("sport_words") if w not in WAR_TOO]
SPORT_EVENT = re.compile(r"\b(?:" + "|".join(SPORT_ONLY) + r")\b", re.I)
REFUSED = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining)\s+to\s+$")
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
REFUSALS = {"125": "refusal to meet", "120": "refusal"}


# Acts done in words, in a call or at a meeting that is an event too ("in a phone call in July, Xi warned")
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# what a call or meeting consists of: statements, praise and discussion ("congratulated him in a phone
# call", "discussed the crisis in a phone call")
SAID_IN_CONTACT = ("01", "051", "046")
BEFORE_STATEMENT = re.compile(
    r",\s*(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+after\s+(?:[\w'’-]+\s+){1,4}$"
)
SPEAKER_AGAIN = re.compile(r",\s+and\s+(?:he|she)\s+(?:also\s+|then\s+|later\s+)?$")
AFTER_CONTACT = re.compile(
    r"\b(?P<when>after|following|during|in|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.I
)
AT_GATHERING = re.compile(r"\bat\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$")


def told_in(text: str, sentence: Span, hit: TriggerHit, during: bool = False) -> bool:
    """Whether a trigger is the call or meeting something was said after or in ("said after a morning
    phone call with Trump"; with `during`, only in: "In a phone call, Jaishankar told Wang")."""
    contact = AFTER_CONTACT.search(text, max(sentence.start, hit.start - 40), hit.start)
    return (
        hit.trigger.noun
        and hit.trigger.code.startswith("04")
        and contact is not None
        and not (during and contact["when"].lower() in ("after", "following"))
    )


# a deal told with its own verb after it: "The accord was sealed in Vienna on July 14, 2015, by Iran"
NOUN_THEN_VERB = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:signed|sealed|reached|concluded|approved|"
    r"adopted|initialled|initialed|ratified|struck|clinched|finalised|finalized)\b"
)
WHO_DID = re.compile(r",\s*who\s+(?:had\s+|has\s+|also\s+)?(?:[a-z]+ed\s+(?:the\s+|a\s+|an\s+)?)?$")
# a person named as the object of a preposition, at the end of the clause before a "who"
OBJECT_ANTECEDENT = re.compile(
    r"\b(?:from|with|to|of|by|for|against|over|on|at|succeeding|replacing)\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*$"
)
INFINITIVE_TO = re.compile(r"\bto\s+$")
# "the pause was intended to let the two sides exchange prisoners": what it is for
LET_DO = re.compile(r"\bto\s+(?:let|allow|enable|permit|help)\s+(?:[\w-]+\s+){0,3}(?:to\s+)?$")
INTENDED = re.compile(
    r"\b(?:try|tries|tried|trying|attempt|attempts|attempted|seek|seeks|sought|hope|hopes|hoped|want|wants|"
    r"wanted|plan|plans|planned|aim|aims|aimed|intend|intends|intended|expect|expects|expected|need|needs|"
    r"needed|ready|willing|able|unable|bid|effort|efforts|hoping|seeking|aiming|planning)\s+to\s+$"
)


def another_event(
    text: str,
    sentence: Span,
    hit: TriggerHit,
    sources: list[ActorMention],
    targets: list[ActorMention],
    chosen: list[tuple[TriggerHit, list[ActorMention], list[ActorMention]]],
    timexes: Sequence[Timex],
) -> bool:
    """Whether a further trigger in a sentence reports an event of its own: a verb (or a noun after
    'staged', 'imposed'...) in another clause, with other doers or its own date ("Pelosi visited
    Taipei in August, and China staged drills ... and, on Aug. 5, suspended cooperation")."""
    main = chosen[0][0]
    if (
        hit.trigger.code[:2] == "14"
        and re.search(r"\bto\s+$", text[max(sentence.start, hit.start - 4) : hit.start])
        and any(c[0].trigger.code.startswith("114") for c in chosen)
    ):
        return False  # "summoned the Swiss charge d'affaires on Friday to protest": why it was summoned
    if not hit.trigger.noun and INTENDED.search(text, max(sentence.start, hit.start - 30), hit.start):
        # "agreed to open negotiations and to try to reach a deal": what they mean to do (but "waited
        # to greet the emir", "prompted Mexico to break off relations" tell what was done)
        return False
    if (main.trigger.code[:2] in VERBAL_ROOTS or main.trigger.code.startswith(SAID_IN_CONTACT)) and told_in(
        text, sentence, hit
    ):
        return True  # "Sheinbaum said after a morning phone call with Trump that ...": the call happened
    if main.trigger.code.startswith("01") and hit.start > main.start:
        # what a speaker said is the content of the statement, not another event; what happened before
        # the statement is ("announced the timing yesterday, a day after Israel's cabinet approved the deal")
        # ... and so is what the speaker then did in a clause of their own ("He said it was not credible,
        # and he accused Iran of failing in its duty")
        return not hit.trigger.noun and bool(
            BEFORE_STATEMENT.search(text, max(main.end, hit.start - 60), hit.start)
            or SPEAKER_AGAIN.search(text, max(main.end, hit.start - 30), hit.start)
        )
    if (
        hit.trigger.noun
        and ":" in text[sentence.start : main.start]
        and LIST_ITEM.search(text, max(sentence.start, hit.start - 40), hit.start)
    ):
        return True  # "a run of contacts: a conversation in Paris ..., a meeting in Bangkok ..., and a trip"
    if (
        hit.trigger.noun
        and AT_GATHERING.search(text, max(sentence.start, hit.start - 30), hit.start)
        and (own := sentence_date(text, timexes, sentence, hit)) is not None
        and own != sentence_date(text, timexes, sentence, main)
    ):
        return True  # "had tried at an informal summit in Wuhan in April 2018 ..., and met again in October"
    if (
        hit.trigger.noun
        and not LIGHT_VERB.search(text, max(sentence.start, hit.start - 60), hit.start)
        and not NOUN_THEN_VERB.match(text, hit.end)
    ):
        return False
    # ", which keeps troops there, and recalled its ambassadors": the clause closed before the verb
    joined = not hit.trigger.noun and JOINED_VERB.search(text, main.end, hit.start)
    # (", then went on to Dakar, where he was received by Sall": the clause tells of the next stop)
    if (
        not joined
        and (relative := RELATIVE_CLAUSE.search(text, main.end, hit.start))
        and not SEQUENCE.search(text, main.end, relative.start())
    ):
        # ", where a delegation slammed ...": a relative clause describes the main event, unless it
        # tells of another day (", who held talks with Trump on Monday", ", where earlier on Tuesday
        # he agreed a plan", "in September, when the two men signed").
        own_date = sentence_date(text, timexes, sentence, hit)
        when_clause = WHEN_AFTER_DATE.match(text, own_date.end) if own_date is not None else None
        if (
            own_date is None
            or own_date.start < relative.start()
            and not (when_clause and when_clause.end() <= hit.start)
            or own_date == sentence_date(text, timexes, sentence, main)
        ):
            return False
    for other, other_sources, other_targets in chosen:
        low, high = (
            sorted((other.end, hit.start)) if other.start < hit.start else sorted((hit.end, other.start))
        )
        if not re.search(r"[,;]|\b(?:after|before|while|when|then|as|and)\b", text[low:high]):
            return False  # same clause: "met and talked" is one event
        own_date = sentence_date(text, timexes, sentence, hit)
        other_date = sentence_date(text, timexes, sentence, other)
        different_doers = {m.name for m in sources} != {m.name for m in other_sources}
        # "held talks ..., and in the afternoon signed a declaration": a verb of another kind told
        # as coming next is a further event by the same doers.
        # So is a verb of a weightier kind joined by ", and": "revoked its military agreements with
        # France ..., and recalled its ambassadors".
        # ("and afterwards oversaw the signing of 15 agreements": a noun after its own verb counts too)
        own_verb = not hit.trigger.noun or bool(LIGHT_VERB.search(text, max(low, hit.start - 30), hit.start))
        other_kind = (
            own_verb
            and hit.trigger.code[:3] != other.trigger.code[:3]
            and (
                bool(SEQUENCE.search(text, low, high))
                and hit.trigger.code[:2] != other.trigger.code[:2]
                or not hit.trigger.noun
                and hit.start > other.start
                and (hit.trigger.code[:2] in ACTION_ROOTS or hit.trigger.code[:2] in PRESSING_ROOTS)
                and (
                    bool(JOINED_VERB.search(text, low, hit.start))
                    # "recalled its ambassador ... and summoned North Korea's envoy": a second act of
                    # another family, done to someone else ("freezing their assets and banning them"
                    # is one act told twice)
                    or hit.trigger.code[:2] != other.trigger.code[:2]
                    and not text[hit.start : hit.end].endswith("ing")
                    # ("recalled its ambassador from Bogota and ordered troops to its border": a
                    # military move is never the same act as a diplomatic one)
                    and (
                        bool(targets) and {m.name for m in targets} != {m.name for m in other_targets}
                        or "15" in (hit.trigger.code[:2], other.trigger.code[:2])
                    )
                    and bool(AND_VERB.search(text, low, hit.start))
                )
            )
        )
        # "..., announced he was closing his embassy in Bogota": an act a statement of its own tells
        announced_act = (
            not hit.trigger.noun
            and hit.trigger.code[:2] in ACTION_ROOTS
            and hit.trigger.code[:2] != other.trigger.code[:2]
            and ANNOUNCED_ACT.search(text, max(low, hit.start - 50), hit.start) is not None
        )
        if (
            not different_doers
            and not other_kind
            and not announced_act
            and (own_date is None or own_date == other_date)
        ):
            return False
    return True


ANNOUNCED_ACT = re.compile(
    r"\b(?:announced|announces|declared|declares|said|says)\s+(?:that\s+)?(?:he|she|it|they)\s+"
    r"(?:was|were|is|are|would|will|had)\s+(?:be\s+)?$"
)


_COUNT = r"(?P<n>a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})"
# "on Dec. 17, a day after they spoke": the event told after the offset came first.
OFFSET_BEFORE_EVENT = re.compile(
    rf"\b{_COUNT}\s+(?P<unit>days?|weeks?|months?)\s+(?P<way>after|before)\s+(?:[\w'’-]+\s+){{0,8}}$", re.I
)
# "spoke two days before the summit on May 5": the event told before the offset.
OFFSET_AFTER_EVENT = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,6}}?{_COUNT}\s+(?P<unit>days?|weeks?|months?)\s+(?P<way>after|before)\b", re.I
)


def first_summit(hit: TriggerHit, actors: Sequence[ActorMention], told: Sequence[Event]) -> bool:
    """Whether a sentence names a forum's summit the article has not told yet ("Mohammed bin Salman,
    chairing the 41st summit of the Gulf Cooperation Council, greeted Sheikh Tamim"): the gathering
    is an event beside what happened at it."""
    forums = {m.name for m in actors if m.kind == "organisation"}
    return (
        hit.trigger.type == "summit"
        and bool(forums)
        and not any(e.type == "summit" and forums & {a.name for a in e.actors} for e in told)
    )


# "The announcement came a day after the two leaders held a call", "Tuesday's raid came 12 days after a
# suicide bomber struck": the event told next is counted back from the subject's day.
CAME_AFTER = re.compile(
    rf"\b(?:came|comes|followed|follows|was made|took place)\s+(?:just\s+|only\s+)?{_COUNT}\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<way>after|before)\s",
    re.I,
)


def related_date(
    doc: Document, sentence: Span, hit: TriggerHit, timexes: Sequence[Timex]
) -> DateChoice | None:
    """The day of an event told after "X came two days after": X's day (a day named before the
    relation in this sentence, else in the sentence before) less the count."""
    relation = CAME_AFTER.search(doc.text, sentence.start, hit.start)
    if relation is None:
        return None
    days = [
        t
        for t in within(timexes, sentence.start, relation.start())
        if datable(t) and t.precision == "day" and t.first == t.last
    ]
    subject = days[-1] if days else previous_sentence_date(doc, sentence, timexes)
    if subject is None or subject.precision != "day" or subject.first is None:
        return None
    count = counted_days(relation) * (-1 if relation["way"].lower() == "after" else 1)
    day = subject.first + dt.timedelta(days=count)
    return DateChoice(subject, day, day, "day", day.isoformat(), "counted from the event told before")


def counted(match: re.Match[str]) -> int:
    """The number of a "two days", "a week", "three months" (group n)."""
    count = match["n"].lower()
    return int(count) if count.isdigit() else SMALL_NUMBERS.get(count, 1)


def counted_days(match: re.Match[str]) -> int:
    """The days a "two days" or "a week" (groups n and unit) counts."""
    return counted(match) * (7 if match["unit"].lower().startswith("week") else 1)


def offset_date(text: str, timex: Timex, hit: TriggerHit) -> DateChoice | None:
    """The day of an event placed a number of days from a dated one ("a day after they spoke"), or
    the month of one placed months from it ("initialled last week, two months after they signed")."""
    if timex.first is None:
        return None
    if timex.end <= hit.start:
        match = OFFSET_BEFORE_EVENT.search(text, timex.end, hit.start)
        sign = -1 if match and match["way"].lower() == "after" else 1
    else:
        match = OFFSET_AFTER_EVENT.match(text, hit.end, timex.start)
        sign = 1 if match and match["way"].lower() == "after" else -1
    if match is None:
        return None
    origin = "sentence, counted from another date"
    if match["unit"].lower().startswith("month"):
        months = timex.first.year * 12 + timex.first.month - 1 + sign * counted(match)
        first = dt.date(months // 12, months % 12 + 1, 1)
        last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
        return DateChoice(timex, first, last, "month", first.isoformat()[:7], origin)
    if timex.precision != "day" or timex.first != timex.last:
        return None
    day = timex.first + dt.timedelta(days=sign * counted_days(match))
    return DateChoice(timex, day, day, "day", day.isoformat(), origin)


# "came a day after Gazprom chief executive Alexei Miller and Oleh Dubyna, head of Naftogaz, signed"
COUNTED_FROM_STORY = re.compile(
    rf"\b(?:came|comes|followed|follows|was|is)\s+{_COUNT}\s+(?P<unit>days?|weeks?)\s+(?P<way>after|before)\s+"
    r"[^.;:]{0,120}$",
    re.I,
)


def just_before(doc: Document, sentence: Span, timex: Timex, opening: bool) -> bool:
    """Whether a date stands in the sentence right before ("... met in Cairo in July. Abiy was in
    the Egyptian capital for a summit"); with `opening`, only a date that opens it and sets the scene
    ("In August, Pompeo flew to Khartoum. Hamdok told him ..."): what someone said after a date told
    in passing ("agreed when Biden and Xi met last November. Blinken said") is the story's news."""
    index = bisect.bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    if index == 0 or timex.start < doc.sentences[index - 1].start:
        return False
    return not opening or len(doc.text[doc.sentences[index - 1].start : timex.start].split()) <= 2


def previous_sentence_date(doc: Document, sentence: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The date the narrative stands at: the last date of the sentences before, in the same paragraph
    ("The two leaders met in Geneva in June 2021. They agreed to return their ambassadors.")."""
    index = bisect.bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    following = sentence.start
    # ("Within hours, Iran warned ...": a paragraph that opens by going on from the one before)
    continues = bool(GOES_ON.match(doc.text, sentence.start))
    for previous in reversed(doc.sentences[max(0, index - 3) : index]):
        if "\n\n" in doc.text[previous.end : following] and not continues:
            return None
        # ("the Demilitarized Zone that has divided the peninsula since the 1950-53 Korean War": a date
        # naming a war or a treaty is not where the narrative stands)
        dates = [
            t
            for t in within(timexes, previous.start, previous.end)
            if datable(t)
            and not premodifier(doc.text, t)
            and not SINCE.search(doc.text, max(0, t.start - 12), t.start)
            # ("His nephew, who was arrested in 2012, was not among them": an aside about someone)
            and not ASIDE_BEFORE.search(doc.text[previous.start : t.start])
        ]
        if dates:
            return dates[-1]
        following = previous.start
    return None


SINCE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$")
ASIDE_BEFORE = re.compile(r",[^,;]*\b(?:who|whom|whose|which)\b[^,;]*$")
GOES_ON = re.compile(
    r"\s*(?:Within (?:hours|minutes|days)|(?:Hours|Minutes|Moments) later|Shortly (?:after|afterwards)|"
    r"Soon after|Later that (?:day|night|evening|morning)|That (?:evening|night|afternoon))\b"
)
EARLIER_RELATIVE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:he|she|they|it|we|I)\s+(?:had\s+)?(?:made|gave|signed|struck|took|reached|agreed)\b"
)
BY_DATE = re.compile(r"\bby\s+$")
HABITUAL = re.compile(
    r"\b(?:in the past|over the years|for years|for decades|repeatedly|routinely|traditionally|"
    r"in recent (?:years|months|decades)|"
    r"(?:has|have|had) long)\b"
)
HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")


def lead_sentence(doc: Document, sentence: Span) -> bool:
    """The first sentence after the headline: the one that tells the day's news."""
    body = [s for s in doc.sentences[:3] if not headline(doc, s)]
    return bool(body) and body[0] == sentence


def headline(doc: Document, sentence: Span) -> bool:
    """A Markdown heading, the article's title standing as its first line, or the standfirst under it
    (a page's description repeated as its first paragraph)."""
    if HEADING.match(doc.text, sentence.start):
        return True
    written = doc.text[sentence.start : sentence.end].strip()
    return bool(doc.title) and written == doc.title.strip() or len(written) > 20 and written in doc.summary


# What a report or a critic says happens: "concerns about what it describes as systematic torture"
ALLEGED = re.compile(
    r"\b(?:concerns?|allegations?|reports?|claims?|accusations?|evidence|fears?|describes?|described|"
    r"calls?|called|denounced?|condemned?|critici[sz]ed?)\s+(?:about|of|over|as)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
INVOLVED_IN = re.compile(r"\b(?:involvement|complicity)\s+in\b[^.;:]{0,200}$")
ACCUSED_OF = re.compile(
    r"\b(?:accus|suspect|blam)(?:e|es|ed|ing)\s+[^.;:]{1,60}?\s(?:of|for)\s+[^.;:,]{0,80}$"
)
# A feeling about an event the reader knows of: the event is not the day's news.
FELT_ABOUT = re.compile(
    r"\b(?:angered|angry|outraged|upset|incensed|alarmed|dismayed|offended|troubled|shocked|enraged|"
    r"frustrated|concerned|worried|furious|bitter|resentful|haunted|scarred)\s+(?:by|over|at|about)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$"
)


def make_event(
    doc: Document,
    sentence: Span,
    hit: TriggerHit,
    sources: list[ActorMention],
    targets: list[ActorMention],
    timexes: Sequence[Timex],
    default: DateChoice | None,
    knowledge: Knowledge,
    announced: bool = False,
) -> Event:
    """The event a trigger reports; `announced` when a government's spokesman told it as decided
    ("would be expelled": the decision is what happened that day)."""
    text = doc.text
    actors = event_actors(sources, targets, knowledge)
    status = trigger_status(text, sentence, hit)
    if (
        announced
        and status in ("planned", "hypothetical")
        and not MAYBE.search(text, max(sentence.start, hit.start - 40), hit.start)
    ):
        status = "reported"  # "would be expelled" as announced is decided; "could be" is not
    if (
        status == "negated"
        and hit.trigger.code[:2] in REFUSABLE_ROOTS
        and not SPORT_EVENT.search(text, sentence.start, sentence.end)
        and text[hit.start : hit.end].split()[0].lower() not in ("discuss", "comment", "confirm", "elaborate")
        and REFUSED.search(text, max(sentence.start, hit.start - 40), hit.start)
    ):
        # "Haftar declined to sign", "refused to meet him": the refusal is what happened (declining to
        # discuss or confirm something is no refusal of it)
        code = "125" if hit.trigger.code.startswith("04") else "120"
        hit = dataclasses.replace(
            hit, trigger=dataclasses.replace(hit.trigger, code=code, type=REFUSALS[code], noun=False)
        )
        status = "reported"
    tense = "past" if announced else clause_tense(text, sentence, hit)
    if status == "reported" and tense == "future":
        status = "planned"
    timex = sentence_date(text, timexes, sentence, hit)
    when: DateChoice | None
    if related := related_date(doc, sentence, hit, timexes):
        when = related
    elif timex is not None:
        when = offset_date(text, timex, hit) or timex_date(timex, "sentence")
    elif HABITUAL.search(text, sentence.start, sentence.end):
        when = None  # "have in the past accused each other": no one day
    elif hit.trigger.noun and FELT_ABOUT.search(text, max(sentence.start, hit.start - 60), hit.start):
        when = None  # "nations were angered by the invasions of Afghanistan and Iraq": long known
    elif list_item(text, sentence, hit):
        when = None  # an item the list gives no date of its own, nor a date before the colon
    elif hit.trigger.noun and EARLIER_RELATIVE.match(text, hit.end, sentence.end):
        when = None  # "follow through on a commitment he made with other G20 nations": made some time before
    elif headline(doc, sentence) and status == "reported":
        when = default  # a headline tells the day's news in the present: "Moon and Abe hold talks"
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
            and (
                abs((default.first - earlier.first).days) <= 31
                or just_before(doc, sentence, earlier, opening=hit.trigger.code.startswith("01"))
            )
        )
        when = timex_date(earlier, "previous sentence") if earlier is not None and close else default
    elif status == "reported" and FIRST_TO.search(text, max(sentence.start, hit.start - 80), hit.start):
        # "He is the first French head of state to travel to Rwanda since 2010": this trip, the story's
        when = default
    elif tense == "perfect" and status == "reported" and lead_sentence(doc, sentence):
        # "Mali has ordered France's ambassador to leave", "Morocco has said it regrets ...": the
        # lead's news, done that day
        when = default
    else:
        when = None  # "has vowed to", "claims": a standing position, not an event on a day
    if (
        timex is None
        and related is None  # (counted from the event it names already)
        and when is not None
        and when.precision == "day"
        and when.first is not None
        and (counted_back := COUNTED_FROM_STORY.search(text, sentence.start, hit.start))
    ):
        # "The restart came a day after Miller and Dubyna signed contracts": a day before the day told
        sign = -1 if counted_back["way"].lower() == "after" else 1
        day = when.first + dt.timedelta(days=sign * counted_days(counted_back))
        when = DateChoice(None, day, day, "day", day.isoformat(), "counted from the story's day")
    summit = None
    if when is not None and when.first is not None and when.last is not None:
        exact_day = when.precision == "day" and when.origin == "sentence"
        summit = summit_of(
            text, (sentence.start, sentence.end), (hit.start, hit.end), when.first, when.last, exact_day,
            knowledge.summits, speech=hit.trigger.code[:2] in VERBAL_ROOTS,
        )
        if summit is not None and not (when.precision == "day" and summit.start <= when.first <= summit.end):
            # "the NATO summit in Madrid in June", "Biden will travel to New Delhi next month for the
            # G20 summit": its days (a day the article gives within them stays)
            when = DateChoice(
                when.timex, summit.start, summit.end, "day", summit.start.isoformat(), "summit calendar"
            )
    if (
        when is not None
        and status in ("reported", "negated")
        and doc.published is not None
        and when.first is not None
        and when.last is not None
        and when.precision != "day"  # (talks running March 18-20 may be reported on the 19th)
        and when.first <= doc.published < when.last
    ):
        # "Earlier this month" in an article of Aug 11 is Aug 1-11: what happened is not after the
        # report (the date written stays the month)
        when = dataclasses.replace(when, last=doc.published)
    source = evidence(doc, sentence, hit, when)
    if status == "negated":
        when = None  # what did not happen has no place on the timeline (the evidence keeps its date)
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
            doc,
            sentence,
            knowledge,
            trip=hit.trigger.code.startswith("042"),
            near=hit.start,
            speech=hit.trigger.code[:2] in VERBAL_ROOTS,
            remote=hit.trigger.code.startswith("041"),
        )
        or host_city(summit, knowledge),
        sources=(source,),
        confidence=confidence(when, sources, targets, doc),
        status=status,
        title=event_title(actors, hit.trigger.type, status),
        date_origin=when.origin if when else "none",
    )


def host_city(summit: Summit | None, knowledge: Knowledge) -> Place | None:
    """Where a summit the calendar lists was held."""
    place = lookup_place(summit.city, knowledge) if summit is not None and summit.city else None
    return dataclasses.replace(place, origin="summit host city") if place is not None else None


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


ATTENDANCE = re.compile(
    r"\b(?:also\s+)?(?:attended|were (?:also\s+)?(?:present|in attendance|among the (?:guests|leaders))|"
    r"took part in the (?:summit|talks|meeting|conference)|were among those|"
    r"joined the (?:gathering|summit|meeting|talks|conference|leaders)|(?:was|were) represented by|"
    # "Those around the table included Clinton, Cameron and Merkel"
    r"(?:around the table|participants|attendees|those present|guests|leaders present) included)\b"
)


def countries_of(event: Event) -> set[str]:
    return {a.country for a in event.actors if a.country}


def add_attendees(
    events: list[Event], attendees: Sequence[ActorMention], knowledge: Knowledge, since: int
) -> None:
    """Add the people and states a sentence says attended to the summit or meeting the article told
    last: a summit or a gathering of a forum among the last events, else a meeting of three or more
    states told in this sentence or the one before (not two leaders' talks on the side)."""
    recent = [i for i in range(len(events) - 1, max(-1, len(events) - 8), -1) if events[i].cameo[:2] == "04"]
    gathering = next(
        (
            i
            for i in recent
            if events[i].type == "summit" or any(a.kind == "organisation" for a in events[i].actors)
        ),
        None,
    )
    nearby = next(
        (i for i in recent if events[i].sources[0].start >= since and len(countries_of(events[i])) >= 3), None
    )  # "Merkel hosted Putin, Erdogan and Macron. Conte also attended."
    index = gathering if gathering is not None else nearby
    if index is None or events[index].status != "reported":
        return
    event = events[index]
    known = {a.name for a in event.actors}
    extra = [a for a in event_actors([], list(attendees), knowledge) if a.name not in known]
    if extra:
        events[index] = dataclasses.replace(event, actors=(*event.actors, *extra))


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
