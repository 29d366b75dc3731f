"""Who did what to whom: the source and target actors of a trigger, from where they stand in its
clause (subject before the verb, object after it, the agent after "by" in a passive, the
participants of "talks between X and Y"), and references back ("the two", "he", "the statement").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol, TypeVar

from timeline.actors import ENVOY_ROLE, build_lexicon, pick_entry
from timeline.knowledge import Knowledge, Organisation, words
from timeline.model import ActorMention, Event, EventActor, Span
from timeline.triggers import SAID_GERUND, TriggerHit, inside, quoted_spans


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=HasStart)


CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:which|who|where|while|but|including|such as|adding|saying|as)\b|"
    r",\s*(?:even|just)\s+(?:as|though|if|when)\b|"  # "..., even as protesters accused him"
    r",\s*(?=(?:it|he|she|they|we|there)\s)|"  # "Though the CIA claimed ..., it is thought Khan visited"
    r"\b(?:including|such as|because|although|whereas|since|until|when|where|which|who)\b",
    re.I,
)


DREW_BEFORE = re.compile(
    r"\b(?:drew|draws|drawing|drawn|prompted|prompting|provoked|provoking|sparked|sparking|triggered|"
    r"triggering|earned|earning|received|receiving)\s+(?:(?:an?|the|sharp|angry|strong|fierce|swift|furious)\s+)*$"
)
REDUCED_PASSIVE_NOUN = re.compile(
    r"\b(?:accords?|agreements?|deals?|treaty|treaties|protocols?|declarations?|plans?|ceasefire|truce|pacts?|"
    r"communiques?|memorandum|statements?|sanctions|resolutions?|talks|meetings?|summits?|conferences?|"
    r"negotiations)\s+(?:in\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+)?$"
)
# "Vucic and his Kosovo counterpart, Isa Mustafa,": the two are joined
COUNTERPART_GAP = (
    r"\s*,?\s*and\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:counterparts?|opposite numbers?),?\s*"
)
# "the members of the Gulf Cooperation Council, joined by Egypt, signed": both signed
JOINED_BY = r"\s*,\s*(?:joined|accompanied) by\s+(?:the\s+)?"
AGENT_END = re.compile(r"[,;]|\b(?:after|before|when|while|since|because|following|until)\b")
BE_FORMS = frozenset({"was", "were", "been", "being", "is", "are"})
OBJECT_IT = re.compile(r"\s+(it|them)\b")
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b")
HE_AND = re.compile(r"\b(?:he|she)\s+and\s+(?:the\s+)?$")
SERIAL_VERB = re.compile(r"\b[a-z]{3,}ed\b[^,;]{1,80},\s*$")
SHARED_SUBJECT = re.compile(r"(?:,\s*(?:but|yet)|\b(?:and|but)\s*,[^,;]{1,80},)\s*$")
# "Blinken, speaking alongside Kuleba at the State Department, said": an aside about the subject
CLOSED_PARTICIPLE = re.compile(r",\s*(?:[a-z]+ly\s+)?[a-z]+ing\b[^,;]*,")
CLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
# "Swaraj and Sartaj Aziz, Sharif's adviser on foreign affairs, announced": whose adviser he is
CLOSED_POSSESSIVE = re.compile(r",\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+[a-z][\w -]{2,50},")


# "Oleh Dubyna, head of Ukraine's Naftogaz, signed": what he heads describes him
CLOSED_ROLE_OF = re.compile(r",\s*(?:the\s+)?[a-z][\w -]{2,40}?\s+(?:of|at)\s+[^,;]{2,50},")


PAIR_SUBJECT = re.compile(
    r"\b(?:the two|both)\s+(?P<who>sides|countries|nations|governments|leaders|men|presidents|ministers)\s+"
    r"(?:(?:\w+ly|have|had|also|then|later)\s+)?$",
    re.I,
)


PRONOUNS = re.compile(r"\b(?:he|she|He|She)\b")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
JOINED_TO_PASSIVE = re.compile(r"\b(?:was|were|been|is|are)\s+\w+ed\b[^.;]*\band\s+$")
# a passive joined to a verb before it, sharing its subject: "he met Bush and was received by Putin"
ELIDED_PASSIVE = re.compile(r"\w\s+and\s+(?:then\s+|later\s+)?(?:(?:was|were)\s+(?:\w+ly\s+)?)?$")
PRONOUN_SUBJECT = re.compile(r"\b(he|she)\s+(?:\w+ly\s+|also\s+|had\s+|has\s+)?$")
# a relative clause whose verb is the trigger: "that had ordered", "which has recalled"
RELATIVE_VERB = re.compile(
    r"\b(?:that|who|which)\s+(?:(?:had|has|have|did|also|then|later|\w+ly)\s+){0,2}$"
)
RELATIVE_PRONOUN = re.compile(r"\b(?:who|that|which)\s+(?:\w+\s+){0,2}(?:he|she)\b")
# "X led a group of African leaders to Kyiv, where they ...", "X led a delegation to Y, where they"
LED_GROUP = re.compile(
    r"(?P<leader>\S)\s+led\s+(?:a|an|the|his|her)\s+[^;.]{0,160}?\b(?:to|in)\s+[^,;]{1,40},\s*(?:where|when)\s*$"
)
THEY_SUBJECT = re.compile(
    r"\b[Tt]hey\s+(?:(?:\w+ly|have|had|also|then|later|both|all|first|last|once|again|since)\s+)*$"
)


FRONTED_CLAUSE = re.compile(
    r"\s*(?:(?:hours|days|minutes|weeks|shortly|just|only|soon|even|long|moments)\s+)?"
    r"(?:before|after|when|while|as|since|until|once|though|although|if|because)\s+[^,;]{3,120}?\b"
    r"(?:[a-z]{3,}ed|left|met|held|made|took|came|went|gave|sent|flew|spoke|was|were|is|are|had|has)\b[^,;]{0,80},",
    re.I,
)
SUBORDINATOR = re.compile(
    r"\b(?:after|before|once|until)\s+(?=(?:the\s+|a\s+)?[\w-]+\s+(?:[\w-]+\s+){0,6}?[a-z]+ed\b)"
)


def within(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items (sorted by start offset) that start in [start, end)."""
    low = bisect.bisect_left(items, start, key=lambda item: item.start)
    high = bisect.bisect_left(items, end, lo=low, key=lambda item: item.start)
    return items[low:high]


def describe_actor(mention: ActorMention, role: str) -> EventActor:
    return EventActor(mention.name, mention.kind, role, mention.country, mention.role)


TWO_COUNTRIES = re.compile(
    r"\b(?:the two|both)\s+(?:nations|countries|sides|governments|states|capitals|armies|militaries|navies|"
    r"delegations)\b",
    re.I,
)


# "The two met", "both leaders", "both agreed" (but not "both the government and the army").
TWO_PEOPLE = re.compile(
    r"\b(?:the two|both)(?:\s+(?:men|women|leaders|presidents|ministers|foreign ministers|"
    r"diplomats|officials|envoys|sides)\b|\s+of them\b|(?<=two)\b(?!\s+(?:nations|countries|governments|"
    r"states|capitals|armies|militaries|navies|delegations))|(?=\s+(?:have|had|has|were|are|will|would|met|said|say|spoke|[a-z]+ed)\b))",
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
        # (two people of two known states: "the two leaders" are not Obama and a survivor he greeted)
        states = {a.country for a in named}
        if len(named) == 2 and (not people or len(states) == 2 and None not in states):
            wanted = {a.name for a in named}
            found: dict[str, ActorMention] = {}
            for mention in reversed(within(mentions, 0, before)):
                if mention.name in wanted:
                    found.setdefault(mention.name, mention)
                    if len(found) == len(wanted):
                        break
            # A country the article named only through its people ("South Korean President Moon")
            return [found.get(a.name) or actor_mention(a) for a in named]
    return named_last


def sentence_pair(mentions: Sequence[ActorMention], document: Sequence[ActorMention]) -> list[ActorMention]:
    """'The two delegations met' after a sentence naming exactly two states ("Lavrov said Kyiv's
    proposals, made when the two delegations met"): the two states, as the article names them."""
    codes = {m.country for m in mentions if m.country and m.kind in ("country", "person")}
    if len(codes) != 2:
        return []
    states = {m.country: m for m in reversed(document) if m.kind == "country" and m.country in codes}
    return list(states.values()) if len(states) == 2 else []


SMALL_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
LEADERS_WORD = re.compile(r"\b(?:leaders|presidents|premiers|heads of (?:state|government))\b", re.I)
PEOPLE_GROUP = re.compile(
    r"\b(?:the|all|all the)\s+(?P<n>three|four|five|six|seven|eight)(?:\s+(?:[a-z]+\s+)?(?:leaders|"
    r"presidents|ministers|men|women|heads of (?:state|government)|premiers|envoys|diplomats|negotiators)\b|"
    r"\s+of them\b|"
    r"(?=\s+(?:have|had|were|are|will|would|met|said|agreed|[a-z]+ed)\b))",
    re.I,
)


LEADER_TITLE = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|"
    r"head of (?:state|government))",
    re.I,
)


def event_group(
    previous: Sequence[Event], count: int, kind: str, leaders: bool = False
) -> list[ActorMention]:
    """The people (or countries) of the latest event that had exactly `count` of them; "the four
    leaders" are four who lead their states (not the envoys who signed a deal with one of them)."""
    for event in reversed(previous):
        group = [a for a in event.actors if a.kind == kind]
        # (a title that is no leader's rules a group out; a name alone does not)
        leading = all(LEADER_TITLE.search(a.title or "leader") for a in group)
        if len(group) == count and (not leaders or leading):
            return [actor_mention(a) for a in group]
    return []


def last_named_people(mentions: Sequence[ActorMention], before: int, count: int) -> list[ActorMention]:
    """The last `count` different people named before an offset, or none if fewer were."""
    found: dict[str, ActorMention] = {}
    for mention in reversed(within(mentions, 0, before)):
        if mention.kind == "person":
            found.setdefault(mention.name, mention)
            if len(found) == count:
                return list(reversed(found.values()))
    return []


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
        if (
            re.match(r",\s*(?:which|who|whose|where|including)\b", brk.group())
            and "," in text[brk.end() : hit.start]
        ):
            # "The airline, which is the largest in China, signed", "Twenty Indian soldiers, including
            # a colonel, were killed": closed before the verb
            continue
        clause_start = brk.end()
    # "Hours before Yoon's plane left Seoul, North Korea fired a missile": a subordinate clause that
    # opens the sentence holds no subject of the main verb
    if (fronted := FRONTED_CLAUSE.match(text, sentence.start, hit.start)) is not None:
        clause_start = max(clause_start, fronted.end())
    # "destroying a Libyan army vehicle shortly after world leaders meeting in Paris agreed": the verb's
    # subject follows the conjunction
    for sub in SUBORDINATOR.finditer(text, clause_start, sentence.end):
        if sub.end() <= hit.start and "," not in text[sub.end() : hit.start]:
            clause_start = sub.end()
            break
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
    """Source and target actor mentions of a trigger, from where they stand in its clause; a reaction
    to an event the article told ("condemned the launch") is aimed at whoever did it."""
    sources, targets = clause_arguments(text, sentence, hit, mentions, previous)
    if hit.trigger.code[:2] in CONFLICT_ROOTS:
        # "the 2008 attacks on Mumbai by Pakistan-based militants": who attacked
        agent = ATTACK_AGENT.match(text, hit.end, sentence.end)
        doers = [m for m in mentions if agent and m.start == agent.end()]
        if doers:
            sources = doers
            targets = list(within(mentions, hit.end, doers[0].start))[:2]
        # "Two British soldiers were killed by a roadside bomb": those the attack befell
        victims = [m for m in sources if m.end <= hit.start and VICTIM.match(text, m.end, hit.start)]
        sources = [m for m in sources if m not in victims]
        targets = victims + [m for m in targets if m not in victims]
        if not targets and (struck := STRUCK.match(text, hit.end, sentence.end)):
            # "A roadside bomb killed two British soldiers": those it killed
            _, clause_end = clause_bounds(text, sentence, hit, within(mentions, sentence.start, sentence.end))
            targets = object_group(text, list(within(mentions, struck.end(), clause_end)))[:2]
        # "the strikes were retaliation for the killing of Soleimani": what they answered, not whom
        # they struck
        if (answered := RETALIATION_FOR.search(text, hit.end, sentence.end)) is not None:
            targets = [m for m in targets if m.start < answered.start()]
    if hit.trigger.code.startswith("042") and (
        by := re.match(r"\s+by\s+(?:a|an|the)\s+", text[hit.end : hit.end + 12])
    ):
        # "the first White House visit by a Philippine leader": the visitor after "by", the host before
        visitors = [m for m in mentions if m.start == hit.end + by.end()]
        if visitors:
            hosts = [m for m in sources + targets if m.end <= hit.start and m.country != visitors[0].country]
            sources, targets = visitors, hosts or targets
    first = min(sources, key=lambda m: m.start) if sources else None
    if (
        first
        and first.start < hit.start
        and HE_AND.search(text, max(sentence.start, first.start - 12), first.start)
    ):
        # "Moscow, where earlier on Tuesday he and Medvedev agreed a plan": he is the person the
        # sentence is about.
        named = [m for m in within(mentions, sentence.start, first.start) if m.kind == "person"]
        sources = (named[:1] or pronoun_antecedent(text, mentions, sentence.start)) + sources
    if DREW_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start) and (
        source_at := re.match(r"\s+from\s+", text[hit.end : hit.end + 12])
    ):
        # "the alliance declined ... and drew an angry rebuke from Kyiv": Kyiv rebuked the alliance.
        givers = [m for m in mentions if m.start == hit.end + source_at.end()]
        if givers:
            return givers, [m for m in sources if m.name != givers[0].name]
    if hit.trigger.code.startswith("114") and targets and not sources:
        # "the British ambassador was called in and told ...": by the state the story was just about
        # ("Moscow hit back that weekend.")
        # (the state named most in the last lines, the latest on a tie: "accused South Africa of loading
        # weapons onto a Russian ship. He was summoned by the foreign ministry" is South Africa's)
        theirs = {m.country for m in targets if m.country}
        near = [
            m
            for m in within(mentions, max(0, sentence.start - 300), sentence.end)
            if m.kind == "country" and m.country not in theirs and m.start < hit.start
        ]
        named = Counter(m.country for m in near)
        host = max(reversed(near), key=lambda m: named[m.country], default=None)
        sources = [host] if host else []
    if (
        sources
        and not any(m.kind == "person" for m in targets)  # "told her economy secretary, Ebrard": her own
        and (OBJECT_PRONOUN.match(text, hit.end) or re.search(r"\b(?:him|her)$", text[hit.start : hit.end]))
    ):
        # "Putin was re-elected, and the following Tuesday Trump phoned him": the last other person
        # ("inviting him to the North": him, not where to)
        names = {m.name for m in sources}
        others = [
            m
            for m in within(mentions, max(0, sentence.start - 400), hit.start)
            if m.kind == "person" and m.name not in names
        ]
        # "did not meet her": a woman, when the article has named one
        pronoun = "her" if re.search(r"\bher\b", text[hit.start : hit.end + 5]) else "him"
        targets = ([m for m in others if surely(pronoun, m)] or others)[-1:] or targets
    if sources and not targets and hit.trigger.code.startswith(("085", "16", "17")):
        # "scrapped its decades-old boycott of Israel", "lifted the curbs on Iran": whom the measure is on
        _, clause_end = clause_bounds(text, sentence, hit, within(mentions, sentence.start, sentence.end))
        targets = [
            m
            for m in within(mentions, hit.end, min(clause_end, hit.end + 70))
            if MEASURE_ON.search(text, max(hit.end, m.start - 12), m.start)
        ][:1]
    countries = {m.country for m in sources if m.country}
    if sources and not targets and hit.trigger.code[:2] in CONFLICT_ROOTS:
        # "Indian warplanes bombed what New Delhi described as a camp of Jaish-e-Mohammed inside
        # Pakistan": whoever of another state the strike's clause names was struck, or where.
        _, clause_end = clause_bounds(text, sentence, hit, within(mentions, sentence.start, sentence.end))
        # (not "... attack on the world's energy supply and that there was no evidence it had come from
        # Yemen": another thing said)
        if (said_next := re.search(r",?\s+and\s+that\b", text[hit.end : clause_end])) is not None:
            clause_end = hit.end + said_next.start()
        struck = [
            m for m in within(mentions, hit.end, clause_end) if m.country and m.country not in countries
        ]
        targets = struck[:2]
    if (
        sources
        and not targets
        and hit.trigger.code[:2] == "13"
        and (that := THAT_CLAUSE.match(text, hit.end, sentence.end))
    ):
        # "warning that energy shipments would be at risk if the United States made a wrong move": at
        # the other state the warning names
        targets = [
            m for m in within(mentions, that.end(), sentence.end) if m.country and m.country not in countries
        ][:2]
    if targets and hit.trigger.code[:2] in ("11", "13") and all(m.country in countries for m in targets):
        # "Khan warned that Pakistan would retaliate if attacked": a warning about one's own state
        # is aimed at the other state in the sentence ("if India shared evidence").
        others = [
            m
            for m in within(mentions, sentence.start, sentence.end)
            if m.country not in countries
            and m.kind in ("country", "person", "organisation")
            and (m.country or m.kind == "person")  # "teach Haftar a lesson"
        ]
        if others:
            targets = [min(others, key=lambda m: abs(m.start - hit.start))]
    if not sources or targets or not hit.trigger.code.startswith(REACTION_CODES):
        return sources, targets
    names = {m.name for m in sources}
    countries = {m.country for m in sources if m.country}
    if cause := CAUSE.search(text, hit.end, sentence.end):
        # "Japan lodged a protest after five Chinese missiles landed in its waters": at their owner.
        others = [
            m
            for m in within(mentions, cause.end(), sentence.end)
            if m.name not in names and not (m.country and m.country in countries)
        ]
        if others:
            return sources, others[:1]
    # "rejected the allegations" names the earlier event in the trigger itself
    if EARLIER_EVENT.match(text, hit.end, sentence.end) or EARLIER_EVENT.search(text, hit.start, hit.end):
        for event in reversed(previous):
            doers = [a for a in event.actors if a.role == "source"]
            if doers and not any(a.name in names or (a.country and a.country in countries) for a in doers):
                return sources, [actor_mention(a) for a in doers]
    return sources, targets


MEASURE_ON = re.compile(
    r"\b(?:boycott|sanctions|embargo|curbs|restrictions|ban|measures)\s+(?:on|of|against)\s+(?:the\s+)?$"
)


# Assault, fighting and mass violence (CAMEO 18-20)
CONFLICT_ROOTS = frozenset({"18", "19", "20"})
THAT_CLAUSE = re.compile(r"\s+(?:[\w,]+\s+){0,4}?that\b")
ATTACK_AGENT = re.compile(r"\s+(?:(?:on|against|in|at)\s+[^,;.]{1,40}?\s+)?by\s+(?:the\s+)?")
# What an attack did to those named after it: "a roadside bomb [near Basra] killed [two British soldiers]"
STRUCK = re.compile(
    r"(?:\s+[\w,-]+){0,4}?\s+(?:killed|kills|kill|killing|wounded|wounding|injured|injuring|hit|hits|"
    r"struck|strikes|targeted|targeting|ripped through|tore through|ambushed|ambushing)\b"
)
# What befell the people named before it: "[Two British] soldiers were killed", "[US] marines died"
VICTIM = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:(?:were|was|are|is|have been|has been|had been|being)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|kidnapped|abducted|shot|seized|captured|ambushed|attacked|targeted|"
    r"taken hostage)|died|die|dies)\b"
)


# Kinds of event that answer another: criticism, rejection, threats, protests, reducing relations,
# coercion.
REACTION_CODES = ("11", "12", "13", "14", "16", "17", "016", "051")  # and denials: "rejected the allegations"


RETALIATION_FOR = re.compile(r"\b(?:retaliation|revenge|reprisal|reprisals|response)\s+(?:for|to)\b")
CAUSE = re.compile(r"\b(?:after|following|in response to|in retaliation for)\s+")


# "... the launch", "... this move", "... Moscow's decision": an event the article already told.
EARLIER_EVENT = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?)?\s*(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch|launches|test|tests|move|moves|decision|measures?|steps?|suspension|attacks?|strikes?|"
    r"sanctions|expulsions?|announcement|actions?|deployment|drills|exercises|incursion|violation|"
    r"remarks|comments|statement|annexation|invasion|shooting|seizure|arrest|ban|allegations?|"
    r"accusations?|charges?|claims?|criticism|demands?|ultimatum|agreements?|accords?|deals?|ceasefire|truce|"
    r"offers?|proposals?|plans?|requests?|invitations?|"
    r"ruling|award|verdict|resolution|vote)\b"
)


def clause_arguments(
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
    # "Finland, which applied together with Sweden, became ...": a closed relative clause describes
    # the subject; its actors are not the subject.
    closed = [
        match.span()
        for pattern in (CLOSED_RELATIVE, CLOSED_PARTICIPLE)
        for match in pattern.finditer(text, clause_start, hit.start)
    ]
    named_ends = {m.end for m in own if m.kind == "person"}
    closed += [  # an appositive after a name, not a subject after an opening phrase
        match.span()
        for pattern in (CLOSED_POSSESSIVE, CLOSED_ROLE_OF)
        for match in pattern.finditer(text, clause_start, hit.start)
        if match.start() in named_ends
    ]
    before = [
        m
        for m in own
        if clause_start <= m.start
        and m.end <= hit.start
        and not any(low < m.start < high for low, high in closed)
    ]
    after = [m for m in own if hit.end <= m.start < clause_end]
    antecedent_subject: list[ActorMention] = []
    # (the relative clause may itself hold a clause break: "Kim, who had not left his country since
    # taking power, made a trip")
    relative = re.search(r",\s*(who|which)\b[^,;]*$", text[sentence.start : clause_start])
    if not before and relative:
        # "Joe Biden, who spoke by phone with Niinisto on Friday, will ...": the one the clause is about;
        # "Kinshasa, which accuses Kigali": the government named right before "which".
        antecedent = [m for m in own if m.end <= sentence.start + relative.start()]
        if relative[1] == "which":
            antecedent = [m for m in antecedent if m.end == sentence.start + relative.start()]
        # ("the host for Secretary of State Mike Pompeo, who flew to Pyongyang": Pompeo flew)
        before = (subject_group(text, antecedent[-2:]) or antecedent[-1:]) if antecedent else []
        antecedent_subject = before
    shared = SHARED_SUBJECT.search(text, sentence.start, hit.start)
    serial = (
        # "crews surrounded two Philippine boats, rammed and boarded them": a verb in a series
        not hit.trigger.noun
        and text[hit.start : hit.end].split()[0].endswith("ed")
        and not re.match(r"\s+by\b", text[hit.end : hit.end + 4])
        and SERIAL_VERB.search(text, sentence.start, hit.start)
    )
    if serial and not shared and not [m for m in before if m.start >= serial.end() - 2]:
        before = subject_before(text, sentence.start, serial.start(), own) or before
    elif shared and not [m for m in before if m.start >= shared.start()]:
        # "Khan offered to act ..., but warned that ...", "Biden met Zelensky and, in a speech later,
        # said ...": the verb shares the sentence's subject.
        before = subject_before(text, sentence.start, shared.start(), own)
    if hit.trigger.noun:
        return noun_arguments(text, sentence, hit, before, after, mentions, previous)
    # ("were ordered out": the trigger holds its auxiliary)
    passive = PASSIVE_BEFORE.search(text, sentence.start, hit.start) or re.match(
        r"(?:was|were|been|being|is|are)\s", text[hit.start : hit.end]
    )
    # ("was received by": the trigger ends with its "by")
    agent_gap = r"" if text[hit.start : hit.end].endswith(" by") else r"[^.;]{0,40}?\bby\s+"
    by_agent = re.match(agent_gap, text[hit.end : clause_end])
    # "a 15-point accord initialled in Brussels in April 2013 by Thaci and Dacic": a participle after
    # its noun, with its agent ("ministers meeting in Paris agreed" has none: a finite verb)
    reduced = (
        by_agent
        and text[hit.start : hit.end].endswith("ed")
        and REDUCED_PASSIVE_NOUN.search(text, max(sentence.start, hit.start - 30), hit.start)
    )
    # "was sealed in Vienna by Iran and six world powers and endorsed by the Security Council": a
    # participle joined to a passive is passive too
    joined_passive = (
        by_agent
        and text[hit.start : hit.end].endswith("ed")
        and JOINED_TO_PASSIVE.search(text, sentence.start, hit.start)
    )
    if (passive or reduced or joined_passive) and by_agent:
        agent_at = hit.end + by_agent.end()
        # "initialled by technical teams last week, two months after Wagner signed": the agent ends
        # where another clause begins
        limit = AGENT_END.search(text, agent_at, clause_end)
        agents = [m for m in after if agent_at <= m.start < (limit.start() if limit else clause_end)][:2]
        if not agents and (colon := text.find(":", agent_at, sentence.end)) >= 0:
            # "signed by the contact group that has handled previous talks: Leonid Kuchma, ..."
            agents = [m for m in own if m.start > colon][:4]
        if ELIDED_PASSIVE.search(text, clause_start, hit.start):
            # "he met Bush on Thursday and was received by Putin": who met was received
            lead_pronoun = re.match(r"\s*(he|she)\b", text[clause_start : hit.start], re.I)
            if lead_pronoun:
                before = pronoun_referent(text, mentions, own, sentence, clause_start, lead_pronoun[1])
            else:
                before = leading_group(text, before) or before
            return agents, before[:2]
        if not before and (
            received := re.search(r"\b([Hh]e|[Ss]he)\s+(?:\w+\s+){0,2}$", text[clause_start : hit.start])
        ):
            # "..., where he was received by Sall": he is the one the sentence is about ("He was met on
            # the tarmac by Rodriguez": the one the sentence before was about)
            before = pronoun_referent(text, mentions, own, sentence, clause_start, received[1])
        return agents, before[-2:]
    trigger_words = text[hit.start : hit.end].lower().split()
    participle = (
        trigger_words[1] if trigger_words[0] in BE_FORMS and len(trigger_words) > 1 else trigger_words[0]
    )
    if passive and participle.endswith(("ed", "en")):
        acted_on = subject_group(text, before)
        if hit.trigger.code.startswith("114") and (to := re.match(r"\s+to\s+(?:the\s+)?", text[hit.end :])):
            # "The Chinese ambassador was summoned to the Foreign Office": the ministry summoned
            summoner = [m for m in after if m.start == hit.end + to.end()]
            return summoner, acted_on
        recalled = re.search(r"recalled|called home", text[hit.start : hit.end])
        if hit.trigger.code.startswith("161") and recalled:
            # "Algeria's ambassador was recalled from Rabat": the envoy's state called its envoy home
            subject = text[max(clause_start, (acted_on[0].start if acted_on else hit.start) - 30) : hit.start]
            envoy = ENVOY_ROLE.search(subject) or any(ENVOY_ROLE.search(m.role or "") for m in acted_on)
            if not envoy or re.search(r"\b(?:said|says|told)\b", subject):
                return [], []  # "Pogba was recalled to the squad", "diplomats said troops were recalled"
            home = re.match(r"\s+from\s+(?:the\s+)?", text[hit.end :])
            left = [m for m in after if home and m.start >= hit.end + home.end()][:2]
            return acted_on, [m for m in left if m.name not in {a.name for a in acted_on}]
        if hit.trigger.code.startswith("15"):
            return acted_on, object_group(text, after, hit.end)  # "Turkish troops to be deployed to Qatar"
        if hit.trigger.type == "suspension from membership":
            # "Honduras was suspended from the Organization of American States": by that body
            body = [m for m in after if re.fullmatch(r"\s*(?:the\s+)?", text[hit.end : m.start])]
            return body[:1], acted_on
        return [], acted_on  # "Germany was blamed": the one acted on, by someone unnamed
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
            return pronoun_antecedent(text, mentions, sentence.start), []
        last = next((e for e in reversed(previous) if e.cameo.startswith("01")), None)
        return ([actor_mention(a) for a in last.actors if a.role == "source"] if last else []), []
    stop = re.search(r"[,;]", text[hit.end : clause_end])
    end = hit.end + stop.start() if stop else clause_end
    speaker = [m for m in after if m.start < end][:1]
    if (
        hit.trigger.code.startswith("01")
        and not hit.trigger.noun
        and re.search(r"[,”\"]\s*$", lead)
        and not shared
        and (speaker or SPEAKER_ONLY.fullmatch(text, hit.end, end))
        and not (speaker and text[speaker[0].end : end].strip(' .”"'))
        and not (speaker and not SPEAKER_LEAD.fullmatch(text, hit.end, speaker[0].start))
    ):
        # "..., said Guan Yi, a virologist": the speaker follows the verb and ends at the next comma;
        # what comes before the comma is what was said, and whom it spoke of. ("The spokesman, Asif
        # Ghafoor, said Indian aircraft had ..." is not inverted: more than a name follows.)
        spoken_of = [m for m in before if not locative(text, m) and m.name not in {s.name for s in speaker}]
        return speaker, spoken_of[:3]
    coordinated = re.search(
        r"(?:,\s*|\b)(?:and|but)\s+(?:then\s+|also\s+)?$", lead
    )  # "X said ... and warned"
    participle = (
        coordinated
        or text[hit.start : hit.end].split()[0].lower().endswith("ing")
        and not re.search(r"\b(?:is|are|was|were|be|been|am)\s+$", lead)
    )
    infinitive = (
        re.search(r"\bto\s+$", lead)
        or text[hit.start : hit.end].lower().startswith("to ")
        # "gave the US ambassador, Patrick Duddy, 72 hours to leave": like "ordered him to leave"
        or re.match(r"(?:hours|days)\s+to\s+leave", text[hit.start : hit.end].lower())
    )
    if participle and not coordinated and SAID_GERUND.search(lead):
        return [], []  # "rebels said government shelling carried on": a noun in what was said
    if infinitive and re.search(r"\b(?:was|were|been|being)\s+given\b", lead):
        return [], subject_group(text, before)  # "Belgian diplomats were given 48 hours to leave"
    if (participle or infinitive) and before:
        # "X took aim at Y, saying ...", "X ordered Y to shut down": the subject is the clause's
        # first actor, not the nearest name; a name between them is the one ordered.
        sources = leading_group(text, before)
        if not coordinated and sources:
            # "Calderon visited Beijing and Chinese President Hu came to Mexico in 2005 promising more
            # investment": the subject of the clause the participle ends is the last one begun by "and"
            # (not "cut ties with Qatar and Libya, accusing them": one object of two names)
            restarted = [
                m
                for m, last in zip(before[1:], before, strict=False)
                if m.start > sources[-1].end
                and re.search(r"\band\s+$", text[max(0, m.start - 5) : m.start])
                and not COORDINATION.fullmatch(text, last.end, m.start)
            ]
            if restarted:
                sources = leading_group(text, [m for m in before if m.start >= restarted[-1].start])
        if PRONOUN_FIRST.match(lead):
            # "He will brief Moon and hold talks with ...": he, not Moon, holds the talks.
            sources = pronoun_antecedent(text, mentions, sentence.start) or sources
        rest = [m for m in before if m not in sources]
        names = {m.name for m in sources}
        objects = object_group(text, after, hit.end)
        if infinitive:  # ("gave Duddy 72 hours to leave, said he was recalling Alvarez": another clause)
            objects = [m for m in objects if not re.search(r"[,;]", text[hit.end : m.start])]
        if infinitive and not objects and rest and [m for m in rest if m.name not in names]:
            # "X ordered Y to shut down": Y is the one acted on when the verb has no object of its own
            return sources, [m for m in subject_group(text, rest) if m.name not in names]
        if infinitive:
            return sources, objects
    elif pair := PAIR_SUBJECT.search(lead):
        # "..., and the two sides agreed to ...": the two named just before, in this sentence too.
        people_first = pair.group("who").lower() in ("leaders", "men", "presidents", "ministers")
        # ("The two men later held talks": the two of the event just told, not the last two named)
        sources = (
            recent_pair(mentions, hit.start, people_first, previous, hit.trigger.code[:2])
            or last_named_pair(mentions, hit.start, not people_first)
            or subject_group(text, before)
        )
    elif not antecedent_subject and (relative := RELATIVE_VERB.search(lead)):
        # "measures against every country that had ordered Russian diplomats out": the subject is what
        # stands right before the relative pronoun, an actor or not
        sources = subject_group(
            text, [m for m in before if not text[m.end : clause_start + relative.start()].strip(" ,")]
        )
    else:
        # (the one a relative clause is about is its subject, whatever preposition stood before it:
        # "harsh words for Israel's foreign minister, Yair Lapid, who travelled to Morocco")
        sources = antecedent_subject or subject_group(text, before)
    if (
        before
        and (pronoun := PRONOUN_SUBJECT.search(lead))
        and re.search(r"[,;]\s*(?:and|but|yet|while)\b", text[before[-1].end : hit.start])
    ):
        # "Milei called Sánchez a coward, and on Tuesday he told La Nación": he is the first clause's
        # subject, not the last name before him
        same_sex = [m for m in before if m.kind == "person" and maybe(pronoun[1], m)]
        sources = same_sex[:1] or sources
    if not sources and hit.trigger.code.startswith("01") and DOCUMENT_SUBJECT.search(lead):
        # "The statement said ...": the speaker of the statement the article already reported.
        last = next((e for e in reversed(previous) if e.cameo.startswith("01")), None)
        sources = [actor_mention(a) for a in last.actors if a.role == "source"] if last else []
    if not sources:
        if group := PEOPLE_GROUP.search(lead):
            # "the four leaders discussed": the four of an event the article told, else the last four
            # people named.
            count = SMALL_COUNTS[group["n"].lower()]
            sources = (
                event_group(previous, count, "person", bool(LEADERS_WORD.search(group.group())))
                or last_named_people(mentions, sentence.start, count)
                or event_group(previous, count, "country")
            )
        elif TWO_COUNTRIES.search(lead):
            sources = sentence_pair(within(mentions, sentence.start, hit.start), mentions) or recent_pair(
                mentions, sentence.start, False, previous, hit.trigger.code[:2]
            )
        elif TWO_PEOPLE.search(lead):
            sources = sentence_people(text, sentence, hit, mentions) or recent_pair(
                mentions, sentence.start, True, previous, hit.trigger.code[:2]
            )
        elif (
            # ("He has since called on Brazil": the pronoun opens the sentence, before "since" cut the lead)
            PRONOUNS.search(lead) or not before and PRONOUN_FIRST.match(text, sentence.start)
        ) and not RELATIVE_PRONOUN.search(text, sentence.start, hit.start):
            # (not "A doctor who knew he was infected traveled": he is the doctor, not the last man named)
            # "Beijing sent State Councillor Tang as its envoy: he met Bush": the person the sentence
            # named before the pronoun's clause, else the one the sentence before was about
            pronoun = PRONOUNS.search(lead) or PRONOUNS.match(text, sentence.start)
            sources = (
                pronoun_referent(text, mentions, own, sentence, clause_start, pronoun.group())
                if pronoun
                else pronoun_antecedent(text, mentions, sentence.start)
            )
        elif IT_SUBJECT.search(lead):
            # "Gazprom halted supplies on New Year's Day. On January 7 it stopped all transit flows"
            sources = it_antecedent(text, mentions, sentence.start)
        elif THEY_SUBJECT.search(lead) and (
            led := LED_GROUP.search(text, sentence.start, max(sentence.start, clause_start))
        ):
            # "Ramaphosa led a group of African leaders to Kyiv, where they met Zelensky": he and his group
            sources = [m for m in own if m.kind == "person" and m.end <= led.end("leader")][-1:]
        elif THEY_SUBJECT.search(lead):
            # "They met face to face in Panama": the two the article was just telling of.
            sources = recent_pair(mentions, sentence.start, True, previous, hit.trigger.code[:2]) or (
                recent_pair(mentions, sentence.start, False, previous, hit.trigger.code[:2])
            )
    if re.search(r"\s(?:over|about|on|regarding)$", text[hit.start : hit.end]) and not re.search(
        r"\bcall(?:s|ed|ing)? on$", text[hit.start : hit.end]
    ):
        return sources, []  # "clashed over X": X is the topic ("called on X" is addressed to X)
    # What a statement is about is in its complement ("said that Blinken opposed China's ..."), but
    # not a place in it ("confirmed 125 cases in Japan"); for other verbs an actor after "over" or
    # "in" is a topic or a place, not the one acted on.
    if hit.trigger.code.startswith("01"):
        return sources, object_group(text, [m for m in after if not locative(text, m)])
    if participle and (pronoun := OBJECT_IT.match(text, hit.end)):
        # "cut ties with Qatar, accusing it of being too close to Iran": it is the state just acted on
        names = {m.name for m in sources}
        acted_on = [m for m in before if m.name not in names and m.kind != "person"]
        return sources, acted_on[-1:] if pronoun[1] == "it" else subject_group(text, acted_on)
    return sources, object_group(text, after, hit.end)


def locative(text: str, mention: ActorMention) -> bool:
    window = max(0, mention.start - 30)
    return bool(LOCATIVE.search(text, window, mention.start)) and not ORIGIN.search(
        text, window, mention.start
    )


# Where something comes from is a party to it: "a nerve agent developed in Russia".
ORIGIN = re.compile(r"\b(?:developed|made|produced|manufactured|built|designed|supplied)\s+(?:in|by)\s+$")


# A place, not a party: "cases in Japan", "flights from Mexico", "spread to Taiwan", "a man who flew
# via the Chinese mainland".
LOCATIVE = re.compile(
    r"(?:\b(?:in|from|outside|inside|across|throughout|at|near|into|via|through|within|around)|"
    r"\b(?:spread|spreads|spreading|travel\w*|flew|flown|fly|flying|arriv\w+|returned|returning|went|"
    r"gone|going|came|coming|moved|exported|shipped|sent)\s+(?:back\s+)?(?:to|from))\s+(?:the\s+)?$"
)


DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|a|its|their|his|her)\s+(?:joint\s+|official\s+|written\s+)?(?:statement|"
    r"readout|communiqu[eé]|release|press release|declaration)\s+$",
    re.I,
)


FINAL_ATTRIBUTION = re.compile(r"[,”\"]\s*(?P<speaker>(?:[\w.’'-]+\s+){1,5})$")


SENTENCE_TAIL = re.compile(
    r"\s*(?:(?:in|on|to|at)\s+(?:a|an|the)?\s*[\w\s]{0,30}|yesterday|today|tonight|last\s+night|earlier)?"
    r"[\s.!?\"”’)]*"
)


def actor_mention(actor: EventActor) -> ActorMention:
    """An event's actor as a mention, for an event that repeats an earlier speaker."""
    return ActorMention(
        0, 0, actor.name, actor.name, actor.kind, actor.country, actor.title, "context", actor.name
    )


def pronoun_referent(
    text: str,
    mentions: Sequence[ActorMention],
    own: Sequence[ActorMention],
    sentence: Span,
    clause_start: int,
    pronoun: str,
) -> list[ActorMention]:
    """Whom 'he' or 'she' opening a clause stands for: the first person of that sex the sentence named
    before the clause ("Beijing sent Tang as its envoy: he met Bush"), else the one the sentence before
    was about."""
    earlier = [m for m in own if m.kind == "person" and m.end <= clause_start and maybe(pronoun, m)]
    return earlier[:1] or pronoun_antecedent(text, mentions, sentence.start)


def pronoun_antecedent(text: str, mentions: Sequence[ActorMention], before: int) -> list[ActorMention]:
    """'He said': the person the previous sentence was about (its first person not after a
    preposition: "In March, Kim made a trip, visiting Xi ... He has also met Moon" is Kim), else the
    last person named."""
    people = [m for m in within(mentions, max(0, before - 1500), before) if m.kind == "person"]
    pronoun = re.search(r"\b(he|she)\b", text[before : before + 300], re.I)
    if pronoun:
        # "she" is not Silvio Berlusconi, "he" not Angela Merkel
        people = [m for m in people if maybe(pronoun[1], m)]
    if not people:
        return []
    previous_start = previous_sentence_start(text, before)
    for person in people:
        if person.start >= previous_start and not OBJECT_PREPOSITION.search(
            text, max(previous_start, person.start - 14), person.start
        ):
            return [person]
    return [people[-1]]


SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s")


def previous_sentence_start(text: str, before: int) -> int:
    """Where the sentence before offset `before` starts (a sentence may end inside its closing quote:
    'changed." He did not')."""
    ends = [m.end() for m in SENTENCE_STOP.finditer(text, max(0, before - 1500), max(0, before - 2))]
    return max(ends[-1] if ends else 0, text.rfind("\n", 0, max(0, before - 2)) + 1)
IT_SUBJECT = re.compile(
    r"(?:^|[,.;]\s*|\b(?:and|but|then)\s+|^\s*(?:[A-Z][\w ]{0,30}\s)?)\bit\s+(?:\w+ly\s+|also\s+|then\s+)?$"
)


def it_antecedent(text: str, mentions: Sequence[ActorMention], before: int) -> list[ActorMention]:
    """'It': the state, body or company that opens the sentence before ("Gazprom halted supplies on
    New Year's Day. On January 7 it stopped all transit flows")."""
    previous_start = previous_sentence_start(text, before)
    opening = [m for m in within(mentions, previous_start, before) if m.kind != "person"]
    return opening[:1] if opening and opening[0].start - previous_start < 40 else []


def sentence_people(
    text: str, sentence: Span, hit: TriggerHit, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """'The two' after a clause naming them: "Yoon did not meet her, but the two held a call" is Yoon
    and the woman named before; "Moon and Abe ... the two agreed" the two named."""
    named: dict[str, ActorMention] = {}
    for mention in within(mentions, sentence.start, hit.start):
        if mention.kind == "person":
            named.setdefault(mention.name, mention)
    if len(named) == 2:
        return list(named.values())
    pronoun = re.search(r"\b(him|her)\b", text[sentence.start : hit.start])
    if len(named) != 1 or pronoun is None:
        return []
    earlier = [
        m
        for m in within(mentions, max(0, sentence.start - 1500), sentence.start)
        if m.kind == "person" and m.name not in named and maybe(pronoun[1], m)
    ]
    # (a name known to be of the pronoun's sex before the last one of unknown sex: "Pelosi met Speaker
    # Kim Jin-pyo. Yoon did not meet her")
    earlier = [m for m in earlier if surely(pronoun[1], m)] or earlier
    return [*named.values(), earlier[-1]] if earlier else []


FEMALE_NAMES = frozenset(words("female_given_names"))
MALE_NAMES = frozenset(words("male_given_names"))


def sexes(pronoun: str) -> tuple[frozenset[str], frozenset[str]]:
    """The given names of the pronoun's sex, and of the other."""
    female = pronoun.lower() in ("she", "her")
    return (FEMALE_NAMES, MALE_NAMES) if female else (MALE_NAMES, FEMALE_NAMES)


def maybe(pronoun: str, person: ActorMention) -> bool:
    """Whether the pronoun can stand for the person: "she" is not Silvio Berlusconi."""
    return (person.name.split() or [""])[0] not in sexes(pronoun)[1]


def surely(pronoun: str, person: ActorMention) -> bool:
    """Whether the person's given name is known to be of the pronoun's sex."""
    return (person.name.split() or [""])[0] in sexes(pronoun)[0]
OBJECT_PREPOSITION = re.compile(
    r"\b(?:with|by|to|of|for|from|and|visiting|meeting|met|told|called|urged|invited|than|beside|alongside|"
    r"behind)\s+(?:the\s+)?$",
    re.I,
)
PRONOUN_FIRST = re.compile(r"\s*(?:He|She|he|she)\s")


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
    if (opening := OPENING_POSSESSIVE.match(text[sentence.start : hit.start])) and (
        comma := PHRASE_END.match(text, hit.end, sentence.end)
    ):
        # "At its Bucharest summit in April, NATO held back": whose summit the subject says
        owner = [m for m in after if m.start == comma.end()]
        if owner:
            # "In a phone call on Monday, Biden warned Xi": and whom the subject then addressed
            addressed = [
                m
                for m in after
                if m.start > owner[0].end
                and VERB_THEN_OBJECT.fullmatch(text, owner[0].end, m.start)
                and not opening.group().rstrip().endswith(("its", "their"))
            ]
            # "After a meeting with Putin in Moscow, Xi said": whom the opening names
            met = [
                m for m in after if m.end <= comma.end() and re.search(r"\bwith\s+$", text[hit.end : m.start])
            ]
            return owner, met or addressed[:1]
    if light := LIGHT_VERB.search(text, max(sentence.start, hit.start - 60), hit.start):
        # "China staged its largest military exercises around the island": the doer is the subject.
        doers = [m for m in before if m.end <= light.start()]
        just_before = text[max(sentence.start, light.start() - 30) : light.start()]
        if not doers and COORDINATED.search(text, max(sentence.start, light.start() - 30), light.start()):
            # "The two leaders held talks ..., and afterwards oversaw the signing": the sentence's subject
            just_before = text[sentence.start : min(light.start(), sentence.start + 30)]
        if TWO_PEOPLE.search(just_before) or (not doers and THEY_BEFORE_VERB.search(just_before)):
            # "He met Moon on April 27, and the two held a second meeting there on May 26"
            pair = sentence_people(text, sentence, hit, mentions) or recent_pair(
                mentions, light.start(), True, previous, hit.trigger.code[:2]
            )
            if pair:
                return pair, []
        pronoun = PRONOUN_SUBJECT.search(text, sentence.start, light.start())
        if doers and pronoun and pronoun.start() >= doers[-1].end:
            # "Zelenska was welcomed by Biden, a day after she held talks with Blinken": the pronoun is
            # the subject, the sentence's first person of its sex
            named = [
                m
                for m in within(mentions, sentence.start, pronoun.start())
                if m.kind == "person" and maybe(pronoun[1], m)
            ]
            doers = named[:1] or doers
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
        if not doers and re.search(
            r"\b(?:he|she)\s+(?:\w+ly\s+|also\s+|had\s+|has\s+)?$", text[sentence.start : light.start()]
        ):
            # "He had flown to Kabul from Moscow, where he held his annual summit with Putin"
            named = [m for m in within(mentions, sentence.start, light.start()) if m.kind == "person"]
            doers = named[:1] or pronoun_antecedent(text, mentions, sentence.start)
            if doers:
                names = {m.name for m in doers}
                return doers, [
                    m
                    for m in object_group(text, after, hit.end) or counterparts(text, hit, after)
                    if m.name not in names
                ]
        if TWO_COUNTRIES.search(text, max(sentence.start, light.start() - 60), light.start()):
            # "Trade officials from both countries then held their first policy dialogue"
            pair = recent_pair(mentions, sentence.start, False, previous, hit.trigger.code[:2])
            if pair:
                return pair, []
    modifiers = []
    for mention in reversed(before):  # "the US-China talks", "Biden's visit", "the G20 summit"
        gap = text[mention.end : (modifiers[0].start if modifiers else hit.start)]
        if (
            re.fullmatch(r"(?:['’]s)?[\s-]*(?:[a-z-]+\s+){0,2}", gap)
            and not re.search(
                r"\b(?:of|in|on|at|to|for|and|was|were|is|are|said|by|the|a|an|this|that|both|all|these|"
                r"those|their|its|his|her|each|every|any)\b",
                gap,
            )
        ):  # a determiner between them ("Netanyahu called the accord", "the Palestinians denounced
            # both deals") means the actor does something to it
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
    if hit.trigger.code.startswith("042") and (
        traveller := re.match(r"\s+to\s+[^,;.]{1,40}?\s+by\s+", following)
    ):
        # "a trip to Islamabad by Sushma Swaraj": who travelled; the place says where to.
        return [m for m in after if m.start == hit.end + traveller.end()][:1], []
    if re.match(r"\s+(?:held\s+)?(?:between|with|among|involving|of|by)\b", following):
        participants = object_group(text, after)
        if not participants:
            if TWO_COUNTRIES.search(following):
                participants = recent_pair(mentions, sentence.start, False, previous, hit.trigger.code[:2])
            elif TWO_PEOPLE.search(following):
                participants = recent_pair(mentions, sentence.start, True, previous, hit.trigger.code[:2])
    if re.match(r"\s+(?:held\s+)?with\b", following) and before:
        return subject_group(text, before), participants
    if participants and not modifiers and re.match(r"\s+by\b", following):
        return participants, []  # "November's pledge by the G20": the G20 pledged
    participants = participants or counterparts(text, hit, after)
    if (
        not modifiers
        and not participants
        and before
        and not hit.trigger.code.startswith("01")  # "said in a statement": the verb tells who spoke
        and CIRCUMSTANCE.search(text, sentence.start, hit.start)
    ):
        # "Biden and Putin agreed in a phone call", "Clinton handed Lavrov a button at a meeting":
        # the event is where the clause's doer and the one it dealt with met.
        doers = leading_group(text, before)
        names = {m.name for m in doers}
        return doers, [m for m in before if m.name not in names][:2]
    if (
        not modifiers
        and not participants
        and hit.trigger.code.startswith("04")
        and (
            THEY_CLAUSE.search(text, sentence.start, hit.start)
            # "Their only previous public encounter was a brief handshake"
            or THEIR_NOUN.match(text, sentence.start, hit.end)
        )
    ):
        # "When they last spoke, in a phone call in July, Xi warned": the two the article is about
        pair = recent_pair(mentions, sentence.start, True, previous, hit.trigger.code[:2])
        if pair:
            return pair, []
    return modifiers, participants


# "..., but they held a 15-minute telephone call": the two the sentence named
COORDINATED = re.compile(r",?\s+and\s+(?:then\s+|afterwards\s+|later\s+|also\s+)?$")
THEY_BEFORE_VERB = re.compile(r"\bthey\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|had\s+)?$")
THEIR_NOUN = re.compile(r"\s*Their\s+(?:[\w-]+\s+){0,4}(?:encounter|meeting|talks|call|summit)\b")
THEY_CLAUSE = re.compile(
    r"\b(?:[Ww]hen|[Aa]s|[Tt]he last time)\s+they\s+(?:\w+ly\s+|last\s+|first\s+)?[a-z]+\b"
)


PHRASE_END = re.compile(r"[^,;]{0,40},\s*")  # the rest of an opening phrase, to its comma
# Between a subject and the one its verb addresses: "Biden warned Xi", "Lavrov told Blinken"
VERB_THEN_OBJECT = re.compile(r"\s+(?:also\s+|then\s+)?[a-z]+(?:\s+(?:with|to))?\s+")
# "At its Bucharest summit in April, NATO ...", "In a phone call on Monday, Biden ..."
OPENING_POSSESSIVE = re.compile(
    r"\s*(?:At|During|In|After|Before|On)\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,3}$"
)
CIRCUMSTANCE = re.compile(
    r"\b[a-z]+\s+(?:[^,;:]{0,40}\s)?(?:in|at|during|by|over|via)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$"
)


def counterparts(text: str, hit: TriggerHit, after: list[ActorMention]) -> list[ActorMention]:
    """'... talks, followed by a dinner, with Foreign Minister Qin Gang': who a nominal event was with."""
    window = re.split(  # "... the chill that followed Russia's war with Georgia" is another event's
        r",\s*(?:and|but|while|which|who|as)\b|\b(?:and|but)\s*,|;|\b(?:that|which|who)\b",
        text[hit.end : hit.end + 90],
    )[0]
    counterpart = re.search(r"\b(?:with|between)\s+", window)
    if counterpart is None:
        return []
    at = hit.end + counterpart.end()
    return object_group(text, [m for m in after if m.start >= at])


COORDINATION = re.compile(
    r"\s*(?:,|and|,\s*and|&|['’]s|\s)\s*(?:the\s+)?"
    # "Joe Biden and the leaders of Japan and South Korea"
    r"(?:(?:leaders?|presidents?|prime ministers?|heads of (?:state|government)|foreign ministers?)\s+of\s+"
    r"(?:the\s+)?)?"
)


SUBJECT_START = re.compile(r"\s*(?:(?:the|a|an|The|A|An)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


def subject_before(text: str, start: int, end: int, own: Sequence[ActorMention]) -> list[ActorMention]:
    """The subject of the clause a coordinated verb shares: going back comma by comma from `end`, the
    first stretch that opens with an actor ("China staged drills ... and, on Aug. 5, suspended")."""
    stop = end
    while stop > start:
        comma = text.rfind(",", start, stop)
        opening = comma + 1 if comma >= 0 else start
        inside = [m for m in own if opening <= m.start and m.end <= stop]
        if inside and SUBJECT_START.match(text[opening : inside[0].start]):
            return leading_group(text, inside)
        if comma < 0:
            break
        stop = comma
    return []


def leading_group(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The first actor of a clause and those coordinated with it; an actor in a prepositional phrase
    ("The only death outside Mexico was a toddler visiting Texas") is not a subject."""
    before = [m for m in before if not PLACE_PREPOSITION.search(text, max(0, m.start - 12), m.start)]
    if not before:
        return []
    group = [before[0]]
    for mention in before[1:]:
        if COORDINATION.fullmatch(text[group[-1].end : mention.start]) or re.fullmatch(
            JOINED_BY, text[group[-1].end : mention.start]
        ):
            group.append(mention)
        else:
            break
    return group


LIGHT_VERB = re.compile(
    r"\b(?:staged|stages|held|holds|hold|holding|launched|launches|launching|conducted|conducts|carried out|"
    r"imposed|imposes|imposing|announced|announces|issued|issues|signed|signs|made|makes|paid|pays|gave|gives|"
    r"began|begins|started|starts|opened|opens|hosted|hosts|attended|attends|joined|joins|led|leads|announced|"
    r"oversaw|oversees|witnessed|witnesses|presided over|presides over|"
    r"announces|unveiled|unveils|confirmed|confirms|reached|reaches|sealed|seals|struck|strikes|"
    r"stage|launch|conduct|impose|announce|issue|sign|make|pay|give|begin|start|open|host|attend|join|"
    r"lead|unveil|confirm|reach|seal|strike|skipped|skip|boycotted|boycott|had|has|have|having|managed|"
    r"slapped|slaps|slap|slapping|ordered|orders|ordering|decreed|introduced|introduces|used|uses|using|"
    r"adopted|adopts|adopting|approved|approves|approving|passed|unleashed|addressed|addresses|addressing|"
    r"manages|manage|sat down for|sit down for|sits down for|met for|meet for|"
    # "Abe lodged a strong protest", "Obama expressed his sincere condolences"
    r"lodged|lodges|lodge|lodging|filed|files|expressed|expresses|express|expressing|voiced|voices|voicing|"
    r"conveyed|conveys|convey|delivered|delivers|deliver|extended|extends|registered|registers|offered|offers|"
    # "ended more than seven hours of talks without a breakthrough": the talks were held
    r"ended|ends|concluded|concludes|wrapped up|wraps up|resumed|resumes|"
    r"(?:answered|answers|responded|responds|retaliated|retaliates|replied|hit back)"
    r"\b[^.;:]{0,50}?\bwith)\s+"
    r"(?:(?:a|an|the|its|their|his|her|new|fresh|further|landmark|breakthrough|key|rare|tentative|interim|"
    r"final|framework|sweeping|more|largest|biggest|first|second|third|fourth|fifth|last|latest|major|joint|only|just|policy|trade|security|peace|border|defen[cs]e|climate|arms|emergency|crisis|snap|urgent|return|state|working|surprise|secret|"
    r"strong|sincere|stern|formal|official|heartfelt|solemn|deep|"
    # "held what is expected to be their last meeting"
    r"what\s+(?:is|was)\s+(?:expected|likely|billed|described|set)\s+(?:to\s+be|as)|"
    r"[\w-]+est|[A-Z][\w-]+|"
    r"[\w]+-[\w-]+|[a-z]+(?:al|ic|ive|ous|ful|ed|less|ate|ary)|than|about|some|several|ever|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|hours?|days?|rounds?|of|raft|series|set|package|wave|slew|batch|range|"
    r"[a-z]+ly),?\s+){0,6}$"
)


NOUN_PASSIVE = re.compile(  # "sanctions [on Iran] were announced by the EU"
    r"(?:\s+(?:on|against)\s+[^.;,]{1,40}?)?"
    r"(?:,\s*(?:called|known as|dubbed|named)\s+[^.;,]{1,30},)?"  # "The pact, called AUKUS, was unveiled by"
    r"\s+(?:were|was|have been|has been|had been|are|is|will be)\s+(?:\w+ly\s+)?\w+(?:ed|en)"
    r"\s+(?:[^.;]{0,30}?\s)?by\s+"
)


# "Dozens of insurgents attacked": a number of them is still them
HOW_MANY_OF = re.compile(
    r"\b(?:dozens|hundreds|thousands|scores|millions|groups|bands|units|"
    r"a (?:group|band|handful|number|squad|unit))"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|across|inside|outside)\s+(?:the\s+)?$")


MODIFYING_PREPOSITION = re.compile(r"\b(?:in|at|from|near|of|for|on|to|across|inside|outside)\s+(?:the\s+)?$")


# Roles that speak for a state ("Apple CEO" and "party chairman" do not).
POLITICAL_ROLE_WORDS = (
    r"minister|president|premier|chancellor|secretary|ambassador|envoy|diplomat|spokes(?:man|woman|person)|"
    r"senator|congress(?:man|woman)|lawmaker|governor|mayor|king|queen|prince|emir|sultan|sheikh|general|"
    r"admiral|commander|official|adviser|advisor|negotiator|commissioner|representative|leader|"
    r"chief of staff|head of state|prime minister|state councill?or|speaker"
)
POLITICAL_ROLE = re.compile(
    rf"\b(?:{POLITICAL_ROLE_WORDS})\b|"
    # "the director of the Taiwan Affairs Office", "head of the Federal Security Service": a state body
    r"\b(?:director|head|chief|chairman|chairwoman|chair)\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:Office|Ministry|Department|Agency|Bureau|Council|Commission|Administration|Service|Directorate))\b",
    re.I,
)

# Between "said" and its speaker only a description: "said a spokesman for the State Department",
# not a clause ("said he would no longer meet Lavrov").
SPEAKER_LEAD = re.compile(
    rf"\s*(?:(?:the|a|an|its|his|her|their|of|for|at|to|[A-Z][\w.’'-]*|{POLITICAL_ROLE_WORDS}|"
    r"senior|top|chief|deputy|former|foreign|defen[cs]e|ministry|department|office|government|press)\s+)*"
)


# "..., said a spokesman." (and not "..., announced that the two countries would resume ...")
SPEAKER_ONLY = re.compile(SPEAKER_LEAD.pattern + r"[\w.’'-]*[\s.!?\"”’]*")


# "The president of France", "the government of Iraq": who speaks for the state after "of"; "senior
# advisers to U.S. President Donald Trump": whom they speak for.
STATE_HEAD = re.compile(
    rf"\b(?:(?:{POLITICAL_ROLE_WORDS}|government|ministry|foreign office|embassy|delegation|parliament|army|"
    r"members?|member states?|member countries|member nations|"
    r"military|armed forces|navy|air force)s?\s+of|(?:advis[eo]rs?|aides?|spokes(?:man|woman|person))\s+to|"
    r"(?:ministry|government|authorities|leadership)\s+in|"
    r"(?:nation|country|state|kingdom|republic|island|islands|archipelago|emirate|monarchy)\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)


# "The chairman and founder of India's Jet Airways": a private person of a state or body.
PRIVATE_HEAD = re.compile(
    r"\b(?:" + "|".join(words("private_people")) + r")(?:\s+and\s+[a-z]+)?\s+(?:of|at|for)\s+(?:the\s+)?$"
)


def subject_group(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors just before the verb, with those joined to them by 'and' or commas. An actor in a
    prepositional phrase ("A Mexican embassy official in China said") modifies the subject and is
    never the subject."""
    while (
        before
        and MODIFYING_PREPOSITION.search(text, max(0, before[-1].start - 12), before[-1].start)
        and not STATE_HEAD.search(text, max(0, before[-1].start - 40), before[-1].start)
        and not HOW_MANY_OF.search(text, max(0, before[-1].start - 30), before[-1].start)
    ):
        before = before[:-1]
    if not before:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = text[mention.end : group[0].start]
        if mention.kind == "country" and re.fullmatch(
            r"(?:\s*(?:,|and)\s+[A-Z][\w-]*)*\s+(?:counterparts?|opposite numbers?),?\s*", gap
        ):
            continue  # "his Kosovo counterpart, Isa Mustafa", "his Venezuelan counterpart Nicolás Maduro"
        if mention.name == group[0].name and re.fullmatch(r"\s*\(\s*", gap):
            group[0] = mention  # "the Revolutionary Armed Forces of Colombia (FARC)": one name, twice
        elif COORDINATION.fullmatch(gap) or re.fullmatch(
            # "Panama's vice-president and foreign minister, Isabel de Saint Malo": whose she is
            r"['’]s\s+[\w\s-]{0,50},?\s*|" + COUNTERPART_GAP + "|" + JOINED_BY,
            gap,
        ):
            group.insert(0, mention)
        else:
            break
    if PRIVATE_HEAD.search(text, max(0, group[0].start - 40), group[0].start):
        return []  # the subject is someone who works there, not the state or body
    return group


MEASURE = re.compile(
    r"\s+of\s+(?:up\s+to\s+)?[\d.,]+\s*(?:per\s*cent|percent|%)"  # "duties of 25% on"
    # "on C$155 billion of U.S. goods"
    r"|\s+(?:[A-Z]{0,2}\$|€|£)[\d.,]+\s*(?:trillion|billion|million|bn|m)?(?:\s+(?:worth\s+)?of)?"
)
# whom the people of a state stand for: "telephoned the leaders of China, South Korea and Japan"
LEADERS_OF = re.compile(
    r"\b(?:leaders?|heads?(?:\s+of\s+state)?|presidents?|prime\s+ministers?|premiers?|kings?|"
    r"foreign\s+ministers?|governments?|ambassadors?|envoys?|representatives?|delegations?)\s+of\s+(?:the\s+)?$"
)
TOPIC_GAP = re.compile(
    r"\b(?:over|about|regarding|concerning|of|in|within|during|amid|after|before|like|than|despite)\b", re.I
)


def object_group(text: str, after: list[ActorMention], verb_end: int | None = None) -> list[ActorMention]:
    """The first actors after the verb, with those joined to them; an actor after 'over', 'about' or
    'in' is a topic or a place, not the one acted on."""
    if not after:
        return []
    if verb_end is not None:
        # "duties of 80.5 per cent on Australian barley": a rate is not a topic
        gap = MEASURE.sub(" ", text[verb_end : after[0].start])
        reaching = re.search(
            r"\b(?:with|between|to|against)\s+(?:the\s+)?$", gap
        ) or LEADERS_OF.search(gap)  # "... relations with the UAE", "telephoned the leaders of China"
        # "called for the arrest of two British soldiers": a phrase ending in its noun takes its patient
        # with "of"
        reaching = reaching or (
            re.search(r"\bthe\s+[a-z]+$", text[max(0, verb_end - 30) : verb_end])
            and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}", gap)
        )
        if len(gap) > (90 if reaching else 60) or TOPIC_GAP.search(gap) and not reaching:
            return []
        if re.search(r",\s*(?:and|but|while|which|who)\b|\b(?:and|but)\s*,|;", gap):
            return []  # the actor belongs to the next clause
        if NEXT_VERB_IN_GAP.search(gap):
            return []  # ("break off relations and drew condemnation from Washington")
        if "," in gap and SPEECH_AFTER.match(text, after[0].end):
            return []  # "welcomed the award, its spokesman Le Hai Binh said": the speaker, not an object
        if re.search(r"\b(?:and|but)\s+$", gap) and NEXT_VERB.match(text, after[0].end):
            return []  # "freed hostages on Friday and Israel released prisoners": the next clause's subject
    group = [after[0]]
    for mention in after[1:]:
        gap = text[group[-1].end : mention.start]
        if (
            mention.kind == "person"
            and group[-1].kind == "country"
            and mention.country in (None, group[-1].country)
            and re.fullmatch(r"\s+[a-z][a-z -]{2,40},\s*", gap)
        ):
            group.append(mention)  # "her Japanese counterpart, Toshimitsu Motegi,": the person named
            continue
        if (
            len(gap) > 80
            or re.search(r"[;:]", gap)
            or "," in gap
            and not re.fullmatch(r",\s*(?:and\s+)?", gap)
        ):
            break  # "expel diplomats and close the consulate, Foreign Minister Lavrov said": a new clause
        if verb_end is not None and OBJECT_CLAUSE_GAP.search(gap):
            break  # "with Trump in a call and that the president had raised ...": another clause
        if verb_end is not None and re.search(r"\bto\s+(?!the\b|an?\b|its\b|their\b)[a-z]+\s+$", gap):
            break  # "called on Brazil to hand Zelaya over": the one an infinitive acts on
        if "," in gap and SPEECH_AFTER.match(text, mention.end):
            break  # "... tanks to Ukraine, Chancellor Olaf Scholz announced": the speaker, not an object
        if PLACE_PREPOSITION.search(text, max(0, mention.start - 12), mention.start):
            break  # "with the UAE and Bahrain at the White House": where, not with whom
        group.append(mention)
        if len(group) >= 12:  # "joined by Putin, Erdogan, Macron, Johnson, Conte, ..."
            break
    return group


NEXT_VERB_IN_GAP = re.compile(
    r"\b(?:and|but)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|drew|sent|took|made|gave|met|held|said|told|went|came|left)\b"
)
NEXT_VERB = re.compile(
    r"\s+(?:(?:also|then|later|quickly|swiftly)\s+)?(?:[a-z]{3,}ed|said|met|sent|held|gave|took)\b"
)
OBJECT_CLAUSE_GAP = re.compile(
    r"\b(?:that|which|who|whose|had|has|have|was|were|is|are|will|would|said|says)\b"
)
SPEECH_AFTER = re.compile(
    r"\s+(?:said|says|announced|announces|told|tells|added|adds|wrote|tweeted|declared)\b"
)


def event_actors(
    sources: list[ActorMention], targets: list[ActorMention], knowledge: Knowledge
) -> tuple[EventActor, ...]:
    """Event actors, each person's or national body's country beside it, without repeats."""
    result: dict[str, EventActor] = {}
    # A company's home is a party when someone else acts on the company ("the US ordered China
    # Telecom out"), not when companies deal with each other ("talks with Airbus" are not with France).
    companies_alone = all(m.kind == "company" for m in sources)
    for role, group in (("source", sources), ("target", targets)):
        for mention in group:
            result.setdefault(mention.name, describe_actor(mention, role))
            if mention.kind == "company" and companies_alone:
                continue
            if mention.kind == "person" and (body := affiliation(mention, knowledge)) is not None:
                # "FARC commander Rodrigo Londoño", "Hamas leader Ismail Haniyeh": the body is a party.
                result.setdefault(body.name, EventActor(body.name, body.kind, role, body.country))
            if (
                mention.kind != "country"
                and mention.resolution != "description"  # Iraqi insurgents are not Iraq
                and mention.country in knowledge.countries
            ):
                country = knowledge.countries[mention.country]
                result.setdefault(country.name, EventActor(country.name, "country", role, country.code))
    return tuple(result.values())


def affiliation(mention: ActorMention, knowledge: Knowledge) -> Organisation | None:
    """The armed group or party a person's title names ("FARC commander", "Hamas political chief")."""
    if not mention.role:
        return None
    lexicon = build_lexicon(knowledge)
    words = mention.role.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            entry = pick_entry(lexicon, re.sub(r"['’]s$", "", " ".join(words[start : start + size])))
            if entry is not None and entry.kind in ("armed_group", "party"):
                return knowledge.organisations.get(entry.name)
            # "Gazprom chief executive Alexei Miller": a state company he runs acts for its state
            body = knowledge.organisations.get(entry.name) if entry is not None else None
            if body is not None and body.state_owned:
                return body
    return None
