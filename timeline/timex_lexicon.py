"""Words and regular-expression fragments the temporal tagger is built from.

Kept apart from `timex.py` so the recognizer reads as rules and this file as vocabulary. Every
fragment is a plain alternation of literals or a bounded repetition, so no pattern assembled from
them can backtrack catastrophically.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# First month of each season; winter starts in December of its year.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
    "midday": "MI",
}

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
    "an": 1,
    "single": 1,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
    "final": -1,
    "last": -1,
    "latter": -1,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
# unit word -> (TIMEX3 duration letter, is a time-of-day unit, multiplier applied to the count)
UNITS: dict[str, tuple[str, bool, float]] = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("CE", False, 1),
    "millennium": ("Y", False, 1000),
}
# Vague quantities give an X in the value: "several years" -> PXY.
VAGUE_QUANTITIES = frozenset(
    {
        "several",
        "a few",
        "few",
        "many",
        "a couple of",
        "couple of",
        "some",
        "a number of",
        "dozens of",
        "hundreds of",
        "the",
        "numerous",
        "various",
    }
)

# Words that make a four-digit number a count, not a year ("2000 troops").
COUNT_NOUNS = frozenset(
    (
        "troops",
        "soldiers",
        "men",
        "women",
        "people",
        "persons",
        "children",
        "civilians",
        "casualties",
        "dead",
        "deaths",
        "killed",
        "wounded",
        "prisoners",
        "refugees",
        "workers",
        "jobs",
        "employees",
        "members",
        "votes",
        "seats",
        "tanks",
        "aircraft",
        "planes",
        "ships",
        "guns",
        "rifles",
        "vehicles",
        "units",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "feet",
        "ft",
        "yards",
        "tons",
        "tonnes",
        "pounds",
        "kg",
        "dollars",
        "euros",
        "yuan",
        "rubles",
        "barrels",
        "cars",
        "homes",
        "houses",
        "points",
        "times",
        "copies",
        "words",
        "pages",
        "rounds",
        "shells",
        "rockets",
        "missiles",
        "bombs",
        "mines",
        "hectares",
        "acres",
        "sorties",
        "villages",
        "cases",
        "infections",
        "patients",
        "students",
        "residents",
        "protesters",
        "demonstrators",
        "fighters",
        "rebels",
        "militants",
        "police",
        "officers",
        "delegates",
    )
)

# Sentence cues for tense. Future wins ties; "-ed" forms are checked by a separate pattern.
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|wo n't|going to|gonna|plans? to|planning to|planned to|intends? to|"
    r"is to|are to|set to|scheduled|slated|(?:is|are) due (?:to|in|on)|expected to|poised to|"
    r"upcoming|next|tomorrow|would|hopes? to|aims? to|coming|forthcoming|later this|"
    # a trip or a meeting in the present with a day is on the schedule: "Rice arrives in Tokyo on
    # Wednesday", "the summit opens on Monday"
    r"arrives|flies|travels|departs|convenes|opens)\b|'ll\b",
    re.IGNORECASE,
)
PAST_CUE = re.compile(
    # "In December X also cut ties", "Seoul hit back in late August": rarely the present in news
    r"\b(?:cut (?:ties|relations|off)|hit back|"
    r"was|were|had|did|said|told|ago|last|earlier|yesterday|previously|met|held|made|took|"
    r"came|went|gave|saw|began|left|won|lost|sent|spoke|wrote|became|fell|rose|struck|"
    r"led|fought|broke|drove|ran|sought|thought|brought|bought|built|caught|felt|found|got|heard|"
    r"kept|knew|meant|paid|sat|sold|stood|taught|understood|withdrew|overthrew|arose|"
    r"began|shook|forbade|swore|stole|tore|wore|froze|chose|rode|woke|flew|drew|grew|threw|"
    r"recently|already)\b"
    r"|\b[a-z]{2,}(?<!need)(?<!feed)(?<!speed)(?<!seed)(?<!deed)(?<!bleed)(?<!breed)(?<!greed)"
    r"(?<!exceed)(?<!proceed)(?<!succeed)(?<!hundred)(?<!bed)(?<!red)(?<!shed)(?<!embed)ed\b",
)
# Reporting verbs set the tense of the report, not of what is reported after "that" or "to".
REPORTING_VERB = re.compile(
    r"^(?:said|told|stated|announced|added|reported|confirmed|revealed|noted|explained|argued|claimed|"
    r"insisted|warned|agreed|decided|promised|vowed|pledged|threatened|hoped|expected|planned)$"
)
CLAUSE_BREAK = re.compile(r"\b(?:that|to|would|will|it|they|he|she|we)\b|,")
# "-ed" words right after these are passive or infinitive, not past tense.
NON_FINITE_BEFORE = re.compile(
    r"\b(?:be|being|is|are|am|to|will|would|shall|could|should|can|may|might|must)\s+$"
)
# "-ed" words right after these describe a noun: "behind closed doors", "the planned talks"
ADJECTIVE_SLOT = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those|behind)\s+$", re.I)


def words(*names: str) -> str:
    """An alternation matching any of the names, longest first so no shorter one shadows it."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def title_or_upper(*names: str) -> str:
    """Alternation of each name in Title case and UPPER case (months are never lower-case in news)."""
    forms = [n.capitalize() for n in names] + [n.upper() for n in names]
    return words(*forms)


_MONTH_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBR = [m for m in MONTHS if m not in _MONTH_FULL]
MONTH = rf"(?:{title_or_upper(*_MONTH_FULL)}|(?:{title_or_upper(*_MONTH_ABBR)})\.?)"
MONTH_NAMED = rf"(?P<month>{MONTH})"
WEEKDAY = rf"(?:{title_or_upper(*WEEKDAYS)})"
DAY_NUMBER = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
ORDINAL = rf"(?:{words(*ORDINALS)}|[0-9]{{1,2}}(?:st|nd|rd|th))"
SEASON = rf"(?:{words(*SEASONS)}|{title_or_upper(*SEASONS)})"
PART_OF_DAY = rf"(?:{words(*PARTS_OF_DAY)})"

_NUMBER_WORD = words(*(n for n in SMALL_NUMBERS if n not in ("a", "an", "single")))
# "twenty-five", "two and a half", "1,460", "2.5", "a", "several"
NUMBER = (
    rf"(?i:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?"
    rf"|half an?|an?|single)(?: and (?:a )?half)?"
)
VAGUE = rf"(?i:{words(*(q for q in VAGUE_QUANTITIES if q != 'the'))})"
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))"
)
# Adjectives that describe a stretch of time, between a count and its unit: "ten hard years".
UNIT_ADJECTIVE = words(
    # how the stretch is counted
    "straight", "consecutive", "successive", "trading", "business", "working", "school", "calendar",
    "full", "whole", "long", "short", "more", "additional", "further", "extra", "remaining",
    # what it was like
    "hard", "tough", "difficult", "painful", "bitter", "bloody", "brutal", "intense", "gruelling",
    "grueling", "turbulent", "tumultuous", "stormy", "eventful", "busy", "hectic", "frantic", "tense",
    "anxious", "agonising", "agonizing", "harrowing", "dark", "bleak", "lean", "lost", "quiet",
    "peaceful", "calm", "happy", "fruitful", "productive", "crucial", "critical", "key", "decisive",
    "fateful", "historic", "frustrating", "exhausting", "terrible", "devastating",
)
DURATION_MODIFIER = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|just|only|over|more than|less than|"
    r"under|up to|at least|at most|fewer than|close to|barely|a little (?:more|less|over|under) than|"
    r"another|an additional|the (?:next|past|last|previous|first|final|following|coming|remaining|"
    r"better part of the|entire|whole))"
)


def parse_number(text: str) -> float | None:
    """The number a count phrase names ("twenty-five" -> 25, "two and a half" -> 2.5); None if vague."""
    phrase = text.lower().replace(",", "").strip()
    half = 0.0
    if phrase.endswith("half"):
        head, _, _ = phrase.rpartition(" and ")
        if head:
            phrase, half = head.strip(), 0.5
        elif phrase in ("a half", "half"):
            return 0.5
    if phrase.startswith("half a") or phrase == "half an":
        return 0.5
    try:
        return float(phrase) + half
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[- ]+", phrase):
        if part in SMALL_NUMBERS:
            value = SMALL_NUMBERS[part]
            total = total * value if value == 100 and total else total + value
        elif part in ("and", ""):
            continue
        else:
            return None
    return total + half if total or half else None


def format_number(number: float) -> str:
    """A count as TIMEX3 writes it: 4 -> "4", 2.5 -> "2.5"."""
    return str(int(number)) if number == int(number) else f"{number:g}"


# Fragments the recognizer and the resolvers share.
S = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # whitespace holding at most one line break
BC = rf"(?:{S}(?P<bc>BC|BCE|B\.C\.|B\.C\.E\.))?"
MODIFIER = r"(?:[Vv]ery[ \t]+)?(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|[ \t]+)"
BOUNDARY = (
    rf"[Tt]he{S}(?:very{S})?(?:beginning|start|end|middle|close|turn|early{S}part|latter{S}part|"
    rf"rest|remainder|first{S}days|last{S}days|first{S}weeks|last{S}weeks|first{S}months)(?:{S}of)?{S}"
)
PREFIX = rf"(?:(?P<mod>{MODIFIER}|{BOUNDARY}|[Ee]arly{S}in{S}|[Ll]ate{S}in{S}))?"
REL = (
    r"(?:this|last|next|past|previous|coming|following|current|same|that|preceding|prior|"
    r"This|Last|Next|Past|Previous|Coming|Following|Current|Same|That)"
)
TZ = r"(?P<tz>UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST|MSK|hrs|h)"
RELDAY = r"(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|TODAY|YESTERDAY|TOMORROW)"
MONTH_WORD = title_or_upper(
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
