"""Event triggers: the words and phrases of the lexicon (`data/triggers.yaml`) found in a sentence,
which of them is the sentence's main event, and what tense, negation and modality surround it.

Matching is a dictionary lookup over words, longest phrase first, with first-word pruning so it stays
linear in the text; a phrase may skip a time adverbial ("agreed on Wednesday to") or adjectives
("imposed sweeping sanctions").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.knowledge import builtin
from timeline.model import Span
from timeline.timex_lexicon import FUTURE_CUE, PAST_CUE

MAX_TRIGGER_TOKENS = 5


WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


REFERENCE_BEFORE_NOUN = re.compile(
    r"(?:\b(?:during|after|before|since|following|at|ahead of|on the sidelines of|of|from|in|into|about)\s+"
    r"(?:the|this|that|their|his|her|its|these|those)"
    # "voted to punish North Korea for its announced nuclear test"
    r"|\bfor\s+(?:their|his|her|its))"
    r"\s+(?!(?:[\w-]+\s+){0,2}?(?:first|inaugural|maiden)\b)"
    r"(?:[\w-]+\s+){0,3}$",  # "in a phone call", "at the first meeting of" are news
    re.I,
)
# "travelled to Tokyo for talks, the first such visit in 12 years": the event just told
SUCH_BEFORE_NOUN = re.compile(r"\bsuch\s+$", re.I)


OWN_DATE_AFTER_NOUN = re.compile(
    r"\s+(?:in|on|last)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b\s*,"
)


# "raised the abduction of Japanese citizens", "talked about sanctions": a topic, not an event.
ADDRESSED_GATHERING = re.compile(
    r"\baddress(?:ed|es|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|summit|conference|session|assembly|gathering|forum|rally|parliament)$",
    re.I,
)
TOPIC_BEFORE_NOUN = re.compile(
    r"\b(?:raised|raise|raises|raising|discussed|discuss|discusses|discussing|addressed|mentioned|"
    r"brought up|bring up|talked about|spoke about|about|regarding|concerning)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:issue|question|matter|subject|topic)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is to|are to|plans? to|planning to|is expected to|are expected to|"
    r"is scheduled to|are scheduled to|is set to|are set to|is due to|are due to|intends? to|"
    r"going to)\s+(?:\w+\s+){0,2}$"
    # what someone announced they would do is a plan: "Pyongyang announced that it would suspend"
    r"|\b(?:announced|announces|pledged|pledges|promised|promises|declared|declares|confirmed|confirms|"
    r"vowed|vows|said|says|saying|announcing|vowing|pledging|promising|told\s+\w+)\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){1,5}?would\s+(?:\w+\s+){0,2}$",
    re.I,
)


NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|refused to|declined to|failed to|no intention of|"
    r"(?:stopped|stops|stopping|fell|falls) short of|no plans? to|no plans? for|yet to)\s+"
    r"(?:\w+\s+){0,3}$"
    # "called off a planned meeting": what was cancelled did not happen
    r"|\b(?:called off|call off|calls off|calling off|cancelled|canceled|cancels|cancel|cancelling|canceling|"
    r"scrapped|scraps|scrap)\s+(?:(?:a|an|the|his|her|their|its|planned|scheduled|proposed|expected|"
    r"upcoming)\s+){1,3}$"
    # "was not, for now, cutting ties"
    r"|\b(?:not|never),\s+(?:\w+\s+){0,3}\w+,\s+(?:\w+\s+)?$"
    # "there was no sign on Tuesday of either reopening embassies"
    # (not "no sign of a breakthrough when Pompeo met Lavrov": the meeting is another clause's)
    r"|\bno\s+(?:sign|indication|word)\s+(?:on\s+\w+\s+)?of\s+(?:(?!when|as|after|while|before|in|at|with)\w+\s+){0,5}$"
    r"|\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|halt|halts|halted)\s+$"  # "to stop supplying"
    r"|\b(?:end|ends|ended|ending)\s+(?:(?:the|a|its|their|[A-Z][\w-]*)\s+){0,2}$",  # "ends Qatar boycott"
    re.I,
)


HYPOTHETICAL = re.compile(
    r"\b(?:could|(?-i:may)|might|would|should|must|if|unless|threaten(?:s|ed)? to|"  # not Theresa May
    r"considering|consider|possible|possibly|reportedly)\s+(?:\w+\s+){0,3}$"
    # the content of an invitation or a plan: "an invitation for Lavrov to visit London was withdrawn"
    r"|\b(?:invitation|invitations|offer|proposal|bid|attempt|request|hopes?)\s+(?:for\s+(?:[\w’'-]+\s+){1,3})?to\s+$"
    # "will watch closely whether NATO troops are deployed on Swedish soil": an open question
    r"|\bwhether\b[^,;.]{0,60}$"
    # "would have been allowed to stay had he said sorry": a condition that was not met
    r"|\bhad\s+(?:he|she|they|it|we|I)\s+(?:\w+\s+){0,2}$",
    re.I,
)


@dataclass(frozen=True)
class Trigger:
    code: str
    type: str
    noun: bool
    not_followed_by: tuple[str, ...]
    not_preceded_by: tuple[str, ...]
    requires_object: bool = False
    requires_doer: bool = False  # "killed" needs a killer in the text: a flu kills too


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
                    requires_doer=bool(entry.get("requires_doer")),
                )
                table.setdefault(" ".join(str(form).lower().split()), []).append(trigger)
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def gapped_triggers() -> dict[str, tuple[tuple[tuple[str, ...], Trigger], ...]]:
    """First word -> (words, trigger) of the lexicon's phrases with a gap, "ordered ... diplomats out",
    where "..." stands for a few words (the object: "ordered ten U.S. diplomats out")."""
    result: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for phrase, triggers in trigger_table().items():
        words = tuple(phrase.split())
        if GAP in words:
            for trigger in triggers:
                result.setdefault(words[0], []).append((words, trigger))
    return {k: tuple(v) for k, v in result.items()}


GAP = "..."
MAX_GAP_WORDS = 4
# Words a gap does not cross: they start another clause ("ordered the army to move out").
GAP_STOP = frozenset({"to", "but", "that", "who", "which", "after", "before", "as", "when"})
# an object named again between commas: "declared Canada's ambassador, Dennis Horak, persona non grata"
GAP_APPOSITIVE = re.compile(
    r"\s+[\w'’.-]+(?:\s+[\w'’.-]+)?,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,(?:\s+[a-z-]+)*\s+"
)
# "and", "or" and commas join only a list of modifiers inside a gap: "cut diplomatic, trade and travel
# ties with" (not "ordered the army out and the diplomats out")
GAP_LIST = re.compile(
    # (no verb in it: "cut taxes and strengthened ties with")
    r"\s*(?:the\s+|all\s+|its\s+|their\s+)?[a-z-]+(?:\s*,\s*[a-z-]+)*,?\s+(?:and|or)(?:\s+(?![a-z-]*ed\b)[a-z-]+)+\s*"
)


def gapped_end(lowered: list[str], i: int, pattern: tuple[str, ...]) -> int | None:
    """Index of the last word when the words from i spell a gapped phrase, else None."""
    if not pattern:
        return i - 1
    if i >= len(lowered):
        return None
    if pattern[0] == GAP:
        for skip in range(MAX_GAP_WORDS + 1):
            if skip and lowered[i + skip - 1] in GAP_STOP:
                return None
            end = gapped_end(lowered, i + skip, pattern[1:])
            if end is not None:
                return end
            if i + skip >= len(lowered):
                return None
        return None
    return gapped_end(lowered, i + 1, pattern[1:]) if lowered[i] == pattern[0] else None


def gapped_hit(
    text: str, words: list[re.Match[str]], lowered: list[str], i: int, span: Span
) -> TriggerHit | None:
    """A gapped phrase starting at word i, the one reaching furthest ("called the president a liar"
    is criticism, not a call). The hit is its first word, the verb, so that the object in the gap is
    still found after it."""
    best: tuple[int, Trigger] | None = None
    for pattern, trigger in gapped_triggers().get(lowered[i], ()):
        last = gapped_end(lowered, i + 1, pattern[1:])
        gap = text[words[i].end() : words[last].start()] if last is not None else ""
        if last is None or (
            re.search(r"[,;:!?()\"“”]|\b(?:and|or)\b", gap)
            and not GAP_LIST.fullmatch(gap)
            and not GAP_APPOSITIVE.fullmatch(gap)
        ):
            continue
        if (best is None or last > best[0]) and not guarded(
            text, words[i].start(), words[i].end(), trigger, span
        ):
            best = (last, trigger)
    return TriggerHit(words[i].start(), words[i].end(), best[1]) if best else None


@functools.cache
def trigger_first_words() -> dict[str, int]:
    """First word of each trigger -> the most words a trigger starting with it has."""
    longest: dict[str, int] = {}
    for phrase in trigger_table():
        words = phrase.split()
        if GAP in words:
            continue
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


TIME_ADVERBIAL = frozenset({"on", "in", "last", "this", "late", "early", "earlier", "later"})


ONE_WORD_ADVERBIALS = frozenset(
    "today yesterday tonight again also briefly separately privately jointly formally publicly".split()
)
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
        elif i + 1 < len(words) and lowered[i + 1] in ONE_WORD_ADVERBIALS:
            skip = 1  # "spoke today with President Xi", "met separately with"
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
        found = gapped_hit(text, words, lowered, i, span)
        longest = 0 if found else first_words.get(lowered[i], 0)  # most words a trigger here can have
        for phrase, last in phrase_candidates(text, words, lowered, i, longest):
            start, end = words[i].start(), words[last].end()
            if phrase not in table or (last > i and not re.fullmatch(r"[\w\s'’-]+", text[start:end])):
                continue
            # "the first-ever high-level meeting": after a determiner, a form that can be a noun is one.
            determiner = DETERMINER_BEFORE.search(text, max(span.start, start - 50), start)
            nominal = (
                bool(determiner and ADJECTIVAL.fullmatch(determiner.group("between")))
                or (
                    start == span.start and text[start].isupper() and phrase.endswith("s")
                )  # "Sanctions were"
                or (
                    phrase.endswith("s") and bool(SUBJECT_NOUN_AFTER.match(text, end))
                )  # "sanctions would stay"
                or bool(POSSESSOR_BEFORE.search(text, max(span.start, start - 40), start))  # "NATO's bombing"
                or bool(  # "a Group of 20 meeting", "the G7 meeting"
                    determiner
                    and phrase.endswith("ing")
                    and NAMED_MODIFIER.fullmatch(determiner.group("between"))
                )
            )
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
            if (
                found.trigger.code == "040"
                and not found.trigger.noun
                and BY_PHONE.match(text, found.end, span.end)
            ):
                # "had spoken with Trump in a 20-minute phone call": a meeting held by phone is a call.
                found = dataclasses.replace(
                    found, trigger=dataclasses.replace(found.trigger, code="041", type="phone call")
                )
            hits.append(found)
            i += len(WORD.findall(text[found.start : found.end]))
        else:
            i += 1
    return hits


BY_PHONE = re.compile(
    r"[^.;,]{0,60}?\b(?:by (?:tele)?phone|on the (?:tele)?phone|(?:tele)?phone (?:call|conversation)|video "
    r"(?:call|link|conference)|videoconference)\b"
)


DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Nn]o|"
    r"[Ee]very|[Ee]ach|[Ww]hose)\s+(?P<between>(?:(?!(?:two|three|four|both|sides?|countries|nations|[Tt]he|an?|its|his|her|their)\b)"
    r"[\w’'-]+,?\s+){0,3})$"
)


SUBJECT_NOUN_AFTER = re.compile(
    r"\s+(?:would|will|could|should|may|might|must|were|are|have|had|remain|remained|stay|stayed|"
    r"continue|continued)\b"
)
NAMED_MODIFIER = re.compile(r"(?:(?:[A-Z][\w-]*|of|[0-9]+)\s+){1,3}")
# Words between a determiner and a verb form that make it a noun: "a Chinese attack", "a full-scale
# attack", "an unprovoked attack" (but not "the statement said").
ADJECTIVAL = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:ese|an|ish|i|ch)|[\w]+-[\w-]+|[\w]+['’]s|[a-z]+(?:al|ic|ive|ous|ful|ed|less|"
    r"ary|ly)|first|second|third|fourth|fifth|last|latest|next|new|recent|rare|brief|surprise|state|"
    r"long|short|two|three|four|five|several|upcoming),?\s+){0,3}"
)
# "NATO's bombing", "Beijing's sweeping sanctions": a possessive makes what follows a noun
POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w.-]*['’]s\s+" + ADJECTIVAL.pattern + "$")


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
    passive = re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[max(span.start, start - 10) : start])
    if trigger.requires_object and not passive and not OBJECT_AFTER.match(text, end, span.end):
        return True  # (a passive has its object before it: "the ambassador was summoned to ...")
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
    if HYPOTHETICAL.search(before) or (
        text[hit.start : hit.end].split()[0].endswith("ing")
        and GERUND_SUBJECT_BEFORE.search(before)
        and MODAL_AFTER.match(text, hit.end, sentence.end)
    ):
        # "argued that sending weapons to Ukraine would not end the conflict": a thought, not an act
        return "hypothetical"
    if DEMANDED_THAT.search(before) and not re.match(r"\w+(?:ed|s)\b", text[hit.start : hit.end]):
        return "hypothetical"  # "insisted that Washington lift the blockade": what was demanded
    return "reported"


# "said government shelling": an -ing form right after a speech verb and a word or two is a noun
SAID_GERUND = re.compile(
    r"\b(?:said|says|say|told|reported|claimed|alleged|insisted)\s+(?:that\s+)?(?:[a-z][\w-]*\s+){1,3}$"
)
DEMANDED_THAT = re.compile(
    r"\b(?:insist|demand|urg|ask|call|press|propos|suggest|recommend|request)\w*\s+that\s+"
    r"(?:[\w’'.-]+\s+){1,4}$",
    re.I,
)


GERUND_SUBJECT_BEFORE = re.compile(r"(?:\bthat|,|^)\s*$")
MODAL_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:would|could|will|might|may|should|can|cannot|can't|won't)\b")


# Kinds of event that states named together do with each other ("Israel and the UAE signed",
# "Indian and Chinese troops clashed"), told from either side.
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "08", "19"})
# Events a statement can report as news in its own right: meetings and material acts. What a speaker
# says someone else said or criticised stays part of the statement.
MATERIAL_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


ANNOUNCED_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|new|[A-Z][\w-]*|[a-z]+-[a-z-]+|[a-z]+(?:al|ic|ive|ous|ate|ary|ful|less))\s+){0,3}"
)


# "a friend he met in Hong Kong": a verb in a clause that describes a noun is not the news.
REDUCED_RELATIVE = re.compile(r"\b(?:a|an|the|one)\s+[a-z]+\s+(?:he|she|they|we|I|it)\s+$")


def bare_participle(text: str, sentence: Span, hit: TriggerHit) -> bool:
    """An -ing form with no auxiliary before it ("ministers meeting in Paris", not "were meeting")."""
    first = text[hit.start : hit.end].split()[0].lower()
    return first.endswith("ing") and not re.search(
        r"\b(?:is|are|was|were|be|been|am|'s|'re)\s+(?:\w+ly\s+)?$",
        text[max(sentence.start, hit.start - 30) : hit.start],
    )


RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")


# (not "told reporters he wanted to": whom one told, then a verb of one's own)
ORDERED_TO = re.compile(
    r"\b(?:told|tells|instructed|instructs|directed|directs|ordered|orders)\s+"
    r"(?:(?!(?:reporters|journalists|he|she|it|they|we|was|were|is|wanted|would|had)\b)[\w'’-]+\s+){1,4}to\s+$"
)


def rank_triggers(text: str, sentence: Span, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The sentence's candidate main events, best first: verbs outside quotes in order, then nouns
    that are not back-references to an event told elsewhere ("during the meeting")."""
    quotes = quoted_spans(text, sentence)
    usable = [
        h
        for h in hits
        if not inside(h.start, quotes)
        and not REDUCED_RELATIVE.search(text, max(sentence.start, h.start - 30), h.start)
        and not SUCH_BEFORE_NOUN.search(text, max(sentence.start, h.start - 12), h.start)
    ]
    verbs = [h for h in usable if not h.trigger.noun]
    # "EU foreign ministers meeting in Paris agreed": a bare participle describes the subject; the
    # finite verb after it is the news.
    finite = [v for v in verbs if not bare_participle(text, sentence, v)]
    verbs = finite + [v for v in verbs if v not in finite] if finite else verbs
    # "Kinshasa, which accuses Kigali of ..., broke off relations": the verb after the aside is the news.
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(text, sentence.start, sentence.end)]
    described = [
        v
        for v in verbs
        if any(low < v.start < high and any(w.start > high for w in finite) for low, high in asides)
    ]
    verbs = [v for v in verbs if v not in described] + described
    nouns = [
        h
        for h in usable
        if h.trigger.noun
        and (
            not REFERENCE_BEFORE_NOUN.search(text[max(sentence.start, h.start - 60) : h.start])
            # "At its Bucharest summit in April, NATO ...": dated, it is told here
            or OWN_DATE_AFTER_NOUN.match(text, h.end, sentence.end) is not None
        )
        and not (
            TOPIC_BEFORE_NOUN.search(text, max(sentence.start, h.start - 60), h.start)
            # "addressed a meeting of foreign ministers": a gathering one spoke at, not a topic
            and not ADDRESSED_GATHERING.search(text, max(sentence.start, h.start - 30), h.end)
        )
    ]
    def told_act(v: TriggerHit) -> bool:
        return (
            v.trigger.code[:2] in MATERIAL_ROOTS
            # "said government shelling carried on": a noun in what was said
            and not (bare_participle(text, sentence, v) and SAID_GERUND.search(text, sentence.start, v.start))
            and trigger_status(text, sentence, v) not in ("hypothetical", "negated")  # what might be is said
            and (
                not re.search(r"\bto\s+$", text[max(sentence.start, v.start - 4) : v.start])  # "to invade"
                # ... but "told his defence minister to move ten battalions" is an order carried out
                or ORDERED_TO.search(text, max(sentence.start, v.start - 60), v.start) is not None
            )
        )

    if verbs and verbs[0].trigger.code.startswith("01"):
        # "X said (that) Y imposed sanctions": the reported event is the news, the speaker its source.
        specific = [v for v in verbs[1:] if told_act(v)]
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
    else:
        # "..., and the ministry announced that it was severing all military contact": the act told right
        # after a later statement comes before it
        ordered: list[TriggerHit] = []
        for i, v in enumerate(verbs):
            following = verbs[i + 1] if i + 1 < len(verbs) else None
            if (
                v.trigger.code.startswith("01")
                and following is not None
                and told_act(following)
                and not re.search(r"[;:]", text[v.end : following.start])
            ):
                ordered.append(following)
            if v not in ordered:
                ordered.append(v)
        verbs = ordered
    first_verb = min((v.start for v in verbs), default=0)
    leading = [n for n in nouns if n.start < first_verb]
    if leading and not any(
        not bare_participle(text, sentence, v)
        and not re.search(r"\bto\s+$", text[max(0, v.start - 4) : v.start])
        for v in verbs
    ):
        # "The deal was unveiled after a phone call between Trump, Netanyahu and Sheikh Mohammed, with
        # Israel agreeing to suspend plans to annex ...": no verb of the sentence's own is an event; the
        # nouns before the verbs tell what happened.
        return leading + verbs + [n for n in nouns if n not in leading]
    return verbs + nouns


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
