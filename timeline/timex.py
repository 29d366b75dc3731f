"""Temporal expressions in English news and narrative text, normalised to TIMEX3 values.

Recognition: compiled regular expressions (one per kind of expression, built from the words in
`timex_lexicon`) propose candidate spans; overlapping candidates are settled longest first, so
"the first quarter of 2016" wins over "2016". Spans follow TimeML: determiners and modifiers inside
("the previous day", "early June"), prepositions outside ("on Friday" -> "Friday").

Normalisation walks the chosen spans in text order. Deictic expressions ("yesterday", "last
week", "on Friday") resolve against the publication date in news and against the date in focus in
narrative; anaphoric ones ("the next day", "that year", "two days later") always resolve against the
date in focus, the last date the text mentioned. A bare month or weekday takes the year or week its
sentence's tense points to: "met in March" looks back, "will meet in March" looks ahead.

Without an anchor, partial dates keep X placeholders ("XXXX-03", "XXXX-WXX-5") and relative days
read "XXXX-XX-XX" (weeks "XXXX-WXX", months "XXXX-XX", years "XXXX"): TIMEX3 values with the unknown
digits left unknown, and with no precision or days covered. Vague shifts ("years ago", "a few days
later") read PAST_REF / FUTURE_REF.

Modules: `timex_lexicon` (words and regex fragments), `timex_resolve` (the state a text carries and
one resolver per kind of expression), `timex_calendar` (TIMEX3 values and the days they cover).
Every pattern is a bounded alternation anchored at a word boundary and every look-around is short, so
tagging is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from timeline.model import Timex
from timeline.timex_calendar import (
    interval,
)
from timeline.timex_lexicon import (
    BC,
    BOUNDARY,
    COUNT_NOUNS,
    DAY_NUMBER,
    DECADE_WORDS,
    DURATION_MODIFIER,
    MODIFIER,
    MONTH,
    MONTH_WORD,
    NUMBER,
    ORDINAL,
    PREFIX,
    REL,
    RELDAY,
    SEASON,
    TZ,
    UNIT,
    UNIT_ADJECTIVE,
    VAGUE,
    WEEKDAY,
    YEAR,
    S,
)
from timeline.timex_resolve import (
    RESOLVERS,
    SENTENCE_END,
    Candidate,
    Context,
    Focus,
    Resolved,
    word_after,
    word_before,
)

__all__ = ["tag", "tense_at"]


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    priority: int = 0
    needs: tuple[str, ...] = ()  # lower-case strings one of which a text must hold for the rule to apply


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_STEMS = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "centur",
    "millenni",
)
# Which words each kind of expression cannot do without: rules whose words a text lacks are not run.
_NEEDS: dict[str, tuple[str, ...]] = {
    "md": (*_MONTH_STEMS, "st", "nd", "rd", "th"),  # "on the 5th" names no month
    "mdrange": _MONTH_STEMS,
    "monthyear": _MONTH_STEMS,
    "month": _MONTH_STEMS,
    "weekofmonth": _MONTH_STEMS,
    "partofdate": _MONTH_STEMS,
    "decade": ("0s", "0's", "0’s", "ties"),
    "century": ("centur",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "half": ("half",),
    "weekday": ("day",),
    "eventday": ("day",),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "last night"),
    "relunit": ("week", "month", "year", "decade", "centur", "fortnight"),
    "theday": ("day",),
    "streak": ("straight", "consecutive", "successive", "trading"),
    "sameperiod": ("same",),
    "shift": _UNIT_STEMS,
    "duration": _UNIT_STEMS,
    "set": (*_UNIT_STEMS, "annual", "ly"),
    "partofday": ("morning", "afternoon", "evening", "night"),
    "bc": ("bc", "b.c", "ad", "a.d", "ce"),
    "holiday": (
        "christmas",
        "new year",
        "boxing day",
        "halloween",
        "valentine",
        "independence day",
        "thanksgiving",
        "easter",
        "good friday",
        "9/11",
    ),
}


def _rule(kind: str, pattern: str, priority: int = 0) -> _Rule:
    # Every expression starts at a word boundary; saying so lets the scan skip the inside of words fast.
    compiled = re.compile(pattern if pattern.startswith("(?<") else rf"\b{pattern}")
    return _Rule(kind, compiled, priority, _NEEDS.get(kind, ()))


# Fragments used by several rules below.
YEAR_WRITTEN = rf"(?P<y>{YEAR}|[0-9]{{1,3}}(?={S}B))(?![0-9]){BC}"  # "1941", "480 BC"
OF_YEAR = (
    rf"{S}(?:of{S})?(?P<yrel>that|the{S}same|the{S}following|the{S}previous|the{S}next|this|last|next)"
    rf"{S}year(?!['’]s)"
)
OF_MONTH = rf"(?P<mrel>{S}of{S}(?:that|the{S}same|this){S}month)"
PART = r"(?P<part>morning|afternoon|evening|night)"
PART_OF = (
    rf"(?:[Ee]arly{S}in{S})?(?:[Tt]he{S})?(?:(?:early|late){S})?{PART}(?:{S}hours)?{S}of{S}"
    rf"(?:(?P<wd>{WEEKDAY}),?{S})?"
)
AMPM = r"(?P<ampm>[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M|a\.m|p\.m)"
ON_DAY = rf"(?:{S}(?:on{S})?(?P<day>{WEEKDAY}|{RELDAY}))?"  # "12:00 UTC Monday"
NOT_NUMBER_AFTER = r"(?![\w%$£€]|[.,][0-9]|[-/][01][0-9][-/])"
DAY_RANGE = rf"(?:{S}?(?:[-–]|and|or|to|&){S}?(?P<d2>{DAY_NUMBER}))?"
REF_WORDS = (
    r"[Nn]ow|[Cc]urrently|[Rr]ight now|[Aa]t present|[Pp]resently|[Nn]owadays|[Tt]hese days|[Aa]t the moment"
    r"|[Tt]he time being|[Tt]he present(?! \w+ing)|[Rr]ecently|[Mm]ore recently|[Rr]ecent(?= [a-z])|[Ll]ately"
    r"|[Tt]he past|[Ii]n the past|[Tt]he (?:near |distant |foreseeable )?future|[Ii]n future"
    r"|[Tt]he (?:near|short|long|medium)[- ]term|[Ss]hort-term|[Tt]o this day|[Tt]o the present day"
    # "soon" alone mostly orders events ("soon became"); intensified, it points at the future
    r"|(?:[Vv]ery|[Qq]uite|[Rr]eally|[Rr]elatively)[ \t]+soon"
    r"|[Mm]odern[- ]day|[Pp]resent[- ]day|[Ff]ormer(?= [a-z])"
)

# What a rate counts: "15 million barrels a day", "12 ships a year", "40,000 people a year"
RATE_NOUN = (
    r"(?:(?!(?:was|is|has|its|this|his|hers|as|us|thus|less|yes|years|months|weeks|days)\b)[a-z]{2,}s"
    r"|million|billion|thousand|hundred|percent|per{S}cent|people|men|women|children|staff|more|new|extra)"
)

RULES: tuple[_Rule, ...] = (
    _rule(
        "iso",
        r"(?<![\w-])(?P<y>[12][0-9]{3})(?P<sep>[-/])(?P<m>[01][0-9])(?P=sep)(?P<d>[0-3][0-9])"
        r"(?:[T ](?P<hh>[012][0-9]):(?P<mm>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?(?P<z>Z)?)?"
        r"(?![\w-])",
        9,
    ),
    _rule(
        "numeric",
        r"(?<![\w/.:-])(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?P=sep)"
        r"(?P<y>[0-9]{4}|[0-9]{2})(?![\w/]|[.:-][0-9])",
        8,
    ),
    # "Friday, March 19, 2021", "March 18-19", "July 5 of that year"
    _rule(
        "md",
        rf"(?<![\w$£€])(?:(?P<wd>{WEEKDAY}),?{S})?(?P<month>{MONTH}){S}(?P<d1>{DAY_NUMBER})(?![0-9])"
        rf"(?![:.,][0-9])(?:{S}?(?:[-–]|to){S}?(?P<d2>{DAY_NUMBER})(?![0-9:]))?"
        rf"(?:,?{S}{YEAR_WRITTEN}|{OF_YEAR}|{OF_MONTH})?(?!\w)",
        7,
    ),
    # "19 March 2021", "the 25th of August", "12-14 May 2015" (split in two by tag())
    _rule(
        "mdrange",
        rf"(?<![\w$£€.,])(?:(?P<wd>{WEEKDAY}),?{S})?(?:[Tt]he{S})?(?P<d1>{DAY_NUMBER})"
        rf"{DAY_RANGE}{S}(?:of{S})?(?P<month>{MONTH})(?:,?{S}{YEAR_WRITTEN}|{OF_YEAR})?(?!\w)",
        7,
    ),
    # "the 12th of that month", "on the 13th"
    _rule(
        "md",
        rf"[Tt]he{S}(?P<d1>[0-9]{{1,2}}(?:st|nd|rd|th)){S}of{S}(?P<mrel>that|the{S}same|this){S}"
        r"month(?!\w)",
        6,
    ),
    _rule(
        "md",
        rf"(?<=\b[Oo]n )(?:[Tt]he{S})(?P<d1>[0-9]{{1,2}}(?:st|nd|rd|th))"
        # "on the 5th in response", not "on the 5th floor"
        r"(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:and|or|but|in|at|when|after|before|as|with|to|for|during|amid|"
        r"while|following|because|over|against)\b)",
        3,
    ),
    # "the night of 3 May 2011"
    _rule(
        "partofdate",
        rf"{PART_OF}(?P<month>{MONTH}){S}(?P<d1>{DAY_NUMBER})(?![0-9])"
        rf"(?:,?{S}(?P<y>{YEAR}))?(?!\w)",
        8,
    ),
    _rule(
        "partofdate",
        rf"{PART_OF}(?:the{S})?(?P<d1>{DAY_NUMBER}){S}(?:of{S})?(?P<month>{MONTH})"
        rf"(?:,?{S}(?P<y>{YEAR}))?(?!\w)",
        8,
    ),
    _rule(
        "monthyear",
        rf"{PREFIX}(?P<month>{MONTH})(?:,|{S}of)?{S}(?P<y>{YEAR}|[0-9]{{1,3}}(?={S}B))"
        rf"(?![0-9]|[.,][0-9]){BC}(?!\w)",
        6,
    ),
    _rule(
        "month",
        rf"{PREFIX}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Cc]oming|[Pp]ast"
        rf"|(?:[Tt]he{S})?(?:previous|following|next|same)){S})?(?P<month>{MONTH_WORD})(?:{OF_YEAR})?"
        # "November's pledge" is a month; "May's" and "June's" are more often people's
        r"(?!\w|-[0-9]|['’](?!s\b)|(?<=May)['’]|(?<=June)['’]|(?<=April)['’])",
        3,
    ),
    _rule(
        "weekofmonth",
        rf"(?:[Tt]he{S})?(?P<ord>first|second|third|fourth|last|final){S}week{S}(?:of|in){S}"
        rf"(?P<month>{MONTH})(?:,?{S}(?P<y>{YEAR}))?(?!\w)",
        6,
    ),
    _rule(
        "year",
        rf"(?<![\w$£€#.,/:-])"
        rf"(?:(?P<mod>{MODIFIER}|{BOUNDARY}|mid-|[Ee]arly{S}in{S}|[Ll]ate{S}in{S})"
        rf"|(?P<fiscal>[Ff]iscal{S}|FY{S}?))?(?P<y>{YEAR}){NOT_NUMBER_AFTER}",
        2,
    ),
    _rule("year", rf"(?<![\w$£€#.,/:-])(?P<y>{YEAR})(?=[-–](?:{YEAR}|[0-9]{{2}})(?![\w%]|[.,][0-9]))", 2),
    _rule("year", rf"(?<=[0-9]{{4}}[-–])(?P<y>{YEAR}){NOT_NUMBER_AFTER}", 2),
    # "2007-08", "the 2017/18 season"
    _rule("yearend", r"(?<=(?:1[0-9]|20)[0-9]{2}[-–/])(?P<yy>[0-9]{2})(?![\w%/]|[.,][0-9])", 1),
    _rule("shortyear", r"(?<![\w'’])['’](?P<yy>[0-9]{2})(?![\w'’%])", 1),
    _rule(
        "bc",
        rf"(?<![\w$£€.,])(?:(?P<mod>{MODIFIER}|{BOUNDARY}))?(?P<y>[0-9]{{1,4}})"
        rf"(?:{S}?(?P<bc>BC|BCE|B\.C\.|B\.C\.E\.|AD|A\.D\.|CE)(?!\w)"
        rf"|(?={S}?[-–]{S}?[0-9]{{1,4}}{S}?(?P<bc2>BC|BCE|B\.C\.)))",
        5,
    ),
    _rule("bc", r"(?<![\w.])(?P<era>AD|A\.D\.)[ \t]+(?P<y>[0-9]{1,4})(?![\w.])", 5),
    _rule(
        "decade",
        rf"(?<![\w$£€'’])(?:(?P<the>[Tt]he){S})?(?:(?P<mod>{MODIFIER}))?"
        rf"(?:(?P<dec4>1[0-9]{{2}}0|20[0-9]0|[1-9][0-9]0(?=s{S}B))['’]?s|['’]?(?P<dec2>[0-9]0)['’]?s"
        rf"|(?P<decw>{'|'.join(DECADE_WORDS)})){BC}(?!\w)",
        5,
    ),
    _rule(
        "century",
        rf"(?:(?:[Tt]he){S})?(?:(?P<mod>{MODIFIER}|{BOUNDARY}))?(?P<ord>{ORDINAL})[- ]"
        rf"centur(?:y|ies){BC}(?!\w)",
        6,
    ),
    _rule(
        "season",
        rf"(?:(?P<the>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat){S})?"
        rf"(?:(?P<mod>{MODIFIER}|[Ee]arly{S}in{S}|[Ll]ate{S}in{S}))?(?:(?P<rel>{REL}|next|[Nn]ew){S})?"
        rf"(?P<season>{SEASON})(?:(?:{S}of|,)?{S}(?P<y>{YEAR}|[0-9]{{1,3}}(?={S}B)"
        rf"|(?P<yrel>this|last|next|that|the{S}(?:same|following|previous|next)){S}year)(?![0-9]))?"
        rf"{BC}(?!\w)",
        4,
    ),
    _rule(
        "quarter",
        rf"(?:[Tt]he{S})?(?:(?P<rel>{REL}){S})?"
        rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd"
        rf"|3rd|4th|First|Second|Third|Fourth)[- ](?:fiscal[- ]|financial[- ])?quarter"
        rf"(?:{S}of{S}(?:(?:fiscal{S})?(?P<y>{YEAR})|(?:the{S})?(?P<yrel>{REL})?{S}?"
        rf"(?:fiscal{S}|financial{S})?year))?(?![\w-])",
        6,
    ),
    _rule(
        "quarter",
        rf"(?<![\w-])Q(?P<q>[1-4])(?:(?:{S}|-|/)(?P<y>{YEAR})|['’](?P<yy>[0-9]{{2}}))?"
        r"(?!\w)",
        6,
    ),
    _rule("quarter", rf"(?:[Tt]he{S})?(?P<rel>{REL}){S}quarter(?![\w-])", 5),
    _rule(
        "half",
        rf"(?:[Tt]he{S})?(?P<half>first|second|latter|last|First|Second){S}half{S}of{S}"
        rf"(?:(?P<y>{YEAR})|(?:the{S})?(?:(?P<yrel>{REL}){S})?year)(?!\w)",
        6,
    ),
    _rule(
        "weekday",
        rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Cc]oming|[Pp]ast|[Pp]revious"
        rf"|[Ff]ollowing|(?<=[Oo]n )the){S})?"
        rf"(?P<wd>{WEEKDAY})(?:{S}{PART})?(?![\w-])",
        4,
    ),
    _rule(
        "relday",
        rf"(?:(?P<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate){S}(?:in{S})?)?(?P<word>{RELDAY})"
        rf"(?:{S}{PART})?(?!\w)",
        5,
    ),
    _rule("relday", rf"[Tt]he{S}day{S}(?P<word>before{S}yesterday|after{S}tomorrow)(?!\w)", 6),
    _rule("relday", rf"(?P<word>[Ll]ast){S}(?P<part>night)(?!\w)", 6),
    _rule(
        "relunit",
        rf"(?:(?P<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)(?:{S}in)?{S})?"
        rf"(?:(?P<bound>{BOUNDARY}))?"
        rf"(?:(?P<the>[Tt]he|[Tt]his|[Tt]hat){S})?"
        rf"(?:(?P<rel>{REL}|(?:very{S})?same|new|entire|whole|full){S})?"
        rf"(?P<unit>week|weekend|month|year|decade|century|fortnight)"
        rf"(?:{S}(?P<after>before|after|earlier|later|previous|prior|ago))?(?![\w-])",
        3,
    ),
    _rule(
        "sameperiod",
        rf"[Tt]he{S}same{S}(?P<unit>day|week|month|quarter|period|time){S}(?:of{S})?"
        rf"(?:(?:a|one){S}year{S}(?:ago|earlier|before)|last{S}year|the{S}previous{S}year"
        rf"|a{S}year{S}previously)(?!\w)",
        6,
    ),
    # "the third straight session", "a fourth consecutive week": the latest of a run, the unit in focus
    _rule(
        "streak",
        rf"(?:[Aa]|[Tt]he){S}"
        rf"(?P<rel>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth){S}"
        rf"(?:straight|consecutive|successive|trading){S}(?P<unit>day|session|week|month|quarter|year)"
        r"(?!\w)",
        5,
    ),
    _rule(
        "theday",
        rf"(?P<bound>{BOUNDARY}|(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier){S}in{S})(?P<the>the){S}"
        r"(?P<unit>day)(?!\w)",
        4,
    ),
    _rule(
        "theday",
        rf"(?:(?P<the>[Tt]he|[Tt]hat|[Tt]his){S})?(?:(?P<rel>previous|next|following|same|very"
        rf"|preceding|prior|very{S}same|same|final|last|second|third|first){S})?(?P<unit>day)"
        rf"(?:{S}(?P<after>before|after|earlier|later|prior))?(?![\w-])",
        3,
    ),
    # "the day after the bombing", "on the day of that first summit": the day of an event told before
    _rule(
        "eventday",
        rf"(?P<the>[Tt]he){S}(?:(?:same|very){S})?day{S}(?P<dir>after|before|of|as)"
        rf"(?={S}(?:the|that|this|its|their|his|her){S})",
        6,
    ),
    # "two days later", "a week ago", "three years earlier"
    _rule(
        "shift",
        rf"(?<![\w/-])(?:(?P<mod>{DURATION_MODIFIER}){S})?"
        rf"(?P<num>{NUMBER}|{VAGUE}|(?=[A-Za-z]+s{S}))"
        rf"(?:{S})?(?:(?:{UNIT_ADJECTIVE}){S})?(?P<unit>{UNIT})s?{S}(?:or{S}so{S})?"
        rf"(?P<dir>ago|earlier|later|before|after|afterwards?|previously|prior|hence|on|back|from{S}now)"
        r"(?!\w)",
        6,
    ),
    _rule(
        "duration",
        rf"(?<![\w/-])(?:(?P<mod>{DURATION_MODIFIER}){S})?(?P<num>{NUMBER}|{VAGUE})(?:{S}|-)"
        rf"(?:(?:{UNIT_ADJECTIVE})(?:{S}|-))?(?P<unit>{UNIT})s?"
        rf"(?P<old>-long|-old|{S}old|{S}of{S}age)?(?![\w-])",
        4,
    ),
    # "for years", "in recent months": a plural unit with no count
    _rule(
        "duration",
        rf"(?i:(?:for|in|over|within|after|of|than|take|took|takes|lasted|last){S}"
        rf"(?:(?:recent|several|many|the{S}(?:recent|coming|intervening|past|next|following|"
        rf"ensuing|subsequent|last|first|final)){S})?)(?P<t>(?P<unit>year|month|week|day|hour|"
        r"minute|decade|centurie)s)(?![\w-])",
        2,
    ),
    _rule(
        "duration",
        rf"(?:(?P<vague>[Rr]ecent|[Cc]oming|[Ii]ntervening|[Ee]nsuing){S})"
        r"(?P<unit>year|month|week|day|decade)s(?![\w-])",
        3,
    ),
    _rule(
        "duration",
        rf"(?:[Oo]ver|[Tt]hrough|[Dd]uring){S}the{S}(?P<unit>year|month|week|decade|centurie)s"
        r"(?![\w-])",
        3,
    ),
    _rule(
        "duration",
        r"(?<![\w-])(?P<unit>[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|[Hh]our|[Dd]ecade|[Cc]enturie)"
        r"s-long"
        r"(?![\w-])",
        3,
    ),
    # "between 30 and 45 days": the first count takes the unit of the second
    _rule(
        "duration",
        rf"(?<![\w.,])(?P<t>(?P<num>[0-9]+)){S}?(?:and|or|to|-|–){S}?"
        rf"(?=[0-9]+{S}(?P<unit>{UNIT})s(?!\w))",
        3,
    ),
    _rule(
        "set",
        rf"(?:[Ee]very|[Ee]ach|[Pp]er)(?:{S}(?P<other>other|single))?(?:{S}(?P<num>{NUMBER}))?{S}"
        rf"(?P<unit>{UNIT}|weekend)s?(?!\w)",
        7,
    ),
    _rule(
        "set",
        rf"(?:[0-9](?:[0-9,.]*[0-9])?%?|once|twice|thrice|times|dozen){S}(?:{RATE_NOUN}{S}){{0,3}}"
        rf"(?P<t>(?:a|an){S}(?P<unit>{UNIT}))(?!\w)",
        7,
    ),
    # "every Monday", "each Friday morning", "on Sundays"
    _rule(
        "set",
        rf"(?:[Ee]very|[Ee]ach){S}(?P<wd>{WEEKDAY})(?:{S}{PART})?(?![\w-])",
        7,
    ),
    _rule("set", rf"(?<=\b[Oo]n ){S}?(?P<wd>{WEEKDAY})s(?![\w-])", 7),
    _rule(
        "set",
        r"(?<![\w-])(?P<adverb>[Aa]nnual(?:ly)?|[Yy]early|[Bb]iannual(?:ly)?|[Mm]onthly|[Ww]eekly"
        r"|[Dd]aily"
        r"|[Hh]ourly|[Nn]ightly|[Qq]uarterly)(?![\w-])",
        3,
    ),
    _rule(
        "time",
        rf"(?<![\w:.,])(?P<h>[01]?[0-9]|2[0-3])(?P<sep>[:.])(?P<min>[0-5][0-9])(?![0-9]|[.:][0-9])"
        rf"(?:{S}?{AMPM}(?!\w))?(?:{S}?{TZ}(?!\w))?{ON_DAY}",
        6,
    ),
    _rule("time", rf"(?<![\w:.,])(?P<h>1[0-2]|0?[1-9]){S}?{AMPM}(?!\w|\.\w)(?:{S}?{TZ}(?!\w))?{ON_DAY}", 6),
    # "at 1645 GMT", "at 0600 hours": a clock time, not a year or a count of hours
    _rule(
        "time",
        rf"(?<![\w:.,])(?P<h>[01][0-9]|2[0-3])(?P<min>[0-5][0-9])(?:{S}?{TZ}|{S}hours|{S}local{S}time)(?!\w){ON_DAY}",
        6,
    ),
    _rule("time", rf"(?<!\w)(?P<named>noon|midnight|midday)(?!\w){ON_DAY}", 5),
    _rule(
        "partofday",
        rf"(?P<rel>[Tt]his|[Tt]hat|[Ee]arly{S}this|[Ee]arly{S}that|[Tt]he{S}(?:next|following"
        rf"|same|previous)|[Ee]arly{S}the{S}(?:next|following)){S}{PART}(?!\w)",
        5,
    ),
    # market reports: "in afternoon trading", "during late morning deals" (the part of the trading day)
    _rule(
        "partofday",
        rf"(?:(?<=\bin )|(?<=\bduring )|(?<=\bby )|(?<=\bthrough ))(?:(?:early|late|mid)[- ])?"
        rf"(?P<part>morning|afternoon|evening)(?={S}(?:trading|trade|deals|dealings|session)\b)",
        2,
    ),
    _rule("ref", rf"(?<![\w-])(?P<word>{REF_WORDS})(?![\w-])", 2),
    # the September 11 attacks, named by their date
    _rule("holiday", r"(?<![\w/.])(?P<name>9/11)(?![\w/]|[.-][0-9])", 5),
    _rule(
        "holiday",
        rf"(?P<name>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Boxing Day|Halloween"
        rf"|Valentine's Day|Independence Day|Thanksgiving(?: Day)?|Good Friday"
        rf"|Easter(?:{S}(?:Sunday|Monday|Day|weekend|holiday weekend))?)(?:,?{S}(?P<y>{YEAR}))?(?!\w)",
        5,
    ),
)


def tag(text: str, anchor: dt.date | None, *, narrative: bool = False) -> list[Timex]:
    """All temporal expressions in text, in order, non-overlapping."""
    candidates: list[Candidate] = []
    lowered = text.lower()
    for rule in RULES:
        if rule.needs and not any(word in lowered for word in rule.needs):
            continue
        for found in rule.pattern.finditer(text):
            start, end = found.span("t") if "t" in rule.pattern.groupindex else found.span()
            if end <= start or not _plausible(rule.kind, found, text, start, end, narrative):
                continue
            fields = found.groupdict()
            if rule.kind == "relunit" and fields["after"] and (fields["the"] or "").lower() == "this":
                # "earlier this month before a regional summit": "before" starts what follows
                end, fields = found.end("unit"), {**fields, "after": None}
            if rule.kind == "mdrange" and fields["d2"]:
                # "12-14 May 2015" is two dates, as TimeML annotates it: "12" and "14 May 2015"
                first_day = Candidate(start, found.end("d1"), "md", {**fields, "d2": None}, rule.priority)
                candidates.append(first_day)
                start, fields = found.start("d2"), {**fields, "d1": fields["d2"], "d2": None, "wd": None}
            candidates.append(
                Candidate(start, end, "md" if rule.kind == "mdrange" else rule.kind, fields, rule.priority)
            )
    chosen = _settle_overlaps(candidates)
    context = Context(text, anchor, narrative, sentence_ends=[m.end() for m in SENTENCE_END.finditer(text)])
    if anchor and not narrative:
        context.focus = Focus(anchor.year, anchor.month, anchor.day, last_day=anchor)
    timexes = []
    for candidate in chosen:
        focus_before = context.focus
        context.sentence_start = context.sentence_bounds(candidate.start)[0]
        resolved = RESOLVERS[candidate.kind](candidate, context)
        if resolved is None:
            continue
        deadline = DEADLINE.search(text, max(0, candidate.start - 30), candidate.start)
        timex = _make_timex(text, candidate, resolved)
        if (
            narrative
            and _digression(candidate, context, focus_before)
            or deadline
            or named_past(text, timex, anchor, narrative)
        ):
            # "told Russia had until the end of the following day": a deadline is not a day the
            # story reached
            context.focus = focus_before
        if context.focus is not focus_before:
            sentence_start, _ = context.sentence_bounds(candidate.start)
            if context.scene_month and sentence_start == context.scene_start and timex.precision != "day":
                # "In May, Brigety accused Pretoria of loading arms last December. He was summoned the
                # next day": the month that opened the sentence stays its scene
                context.focus = focus_before
            else:
                context.scene_month = (
                    timex.precision == "month" and len(text[sentence_start : candidate.start].split()) <= 1
                )
                context.scene_start = sentence_start
        if timex.precision == "day" and timex.first and not deadline:
            context.named_days.append((timex.start, timex.first))
        timexes.append(timex)
    return timexes


NAMING_OF = re.compile(r"\bof\s+$")
NAMING_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:and|or|but|when|while|to|in|on|at|of|for|with|as|that|which|the|a|an|was|is|were)\b)[a-z]+\b"
)


def named_past(text: str, timex: Timex, anchor: dt.date | None, narrative: bool) -> bool:
    """Whether, in a report of today, a long-past day names an event ("the attack of Dec. 7, 1941", "the
    Dec. 7, 1941 raid"): no day the story moved to, so "Earlier in the day" is still today's."""
    return (
        not narrative
        and anchor is not None
        and timex.precision == "day"
        and timex.first is not None
        and (anchor - timex.first).days > 365
        and bool(
            NAMING_OF.search(text, max(0, timex.start - 6), timex.start)
            or NAMING_BEFORE_NOUN.match(text, timex.end)
            and re.search(r"\b[Tt]he\s+$", text[max(0, timex.start - 5) : timex.start])
        )
    )


DEADLINE = re.compile(
    r"\b(?:until|till|deadline(?:\s+of)?|(?:by|before)\s+the\s+end\s+of)\s+(?:the\s+end\s+of\s+)?$", re.I
)


def tense_at(text: str, start: int, end: int) -> str:
    """The tense ("past", "future" or "") of the sentence around text[start:end], from its nearest cue."""
    context = Context(text, None, False, sentence_ends=[m.end() for m in SENTENCE_END.finditer(text)])
    return context.tense(start, end)


FOCUS_JUMP_YEARS = 15  # a narrative that jumps further is digressing ("as Napoleon found in 1812")


def _digression(candidate: Candidate, context: Context, before: Focus) -> bool:
    """Whether a date a narrative mentions leaves the story's timeline where it was: a far jump, the end
    of a range ("1975-1976"), a year in parentheses or a year used as a modifier ("the 1812 campaign")."""
    after = context.focus
    if after is before or after.year is None:
        return False
    if before.year is not None and abs(after.year - before.year) > FOCUS_JUMP_YEARS:
        return True
    if candidate.kind not in ("year", "yearend"):
        return False
    text = context.text
    preceding = text[max(0, candidate.start - 6) : candidate.start]
    following = text[candidate.end : candidate.end + 3]
    if re.search(r"[-–]$", preceding) or (preceding.endswith("(") and following.startswith(")")):
        return True
    return (
        bool(re.search(r"\b(?:the|a|an|its|his|her|their)\s$", preceding, re.IGNORECASE))
        and bool(re.match(r"\s[A-Za-z]", following))
        and not re.match(r"\s(?:and|or|to|until|when|with)\b", following)
    )


def _settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates (then the highest priority, then the earliest) that overlap no kept one."""
    candidates.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    kept: list[Candidate] = []
    for candidate in candidates:
        index = bisect.bisect_left(starts, candidate.start)
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        starts.insert(index, candidate.start)
        kept.insert(index, candidate)
    return kept


def _make_timex(text: str, candidate: Candidate, resolved: Resolved) -> Timex:
    precision = first = last = None
    if resolved.type in ("DATE", "TIME"):
        covered = interval(resolved.value)
        if covered:
            precision, first, last = covered
            if resolved.last and resolved.last > last:
                last = resolved.last
            elif precision in ("month", "year") and (part := PART.match(candidate.fields.get("mod") or "")):
                first, last = part_of(first, last, part.lastgroup or "")
    return Timex(
        candidate.start,
        candidate.end,
        text[candidate.start : candidate.end],
        resolved.type,
        resolved.value,
        precision,
        first,
        last,
        resolved.relative,
    )


# "early March", "the end of 2022": the value stays the month or year (TimeML marks the part with a
# modifier); the days it covers narrow to the third it names
PART = re.compile(
    r"(?i)(?:very\s+)?(?:(?P<early>early|the\s+(?:very\s+)?(?:beginning|start|early\s+part|first\s+days))"
    r"|(?P<mid>mid|the\s+middle)"
    r"|(?P<late>late|the\s+(?:very\s+)?(?:end|close|latter\s+part|last\s+days)))\b"
)


def part_of(first: dt.date, last: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The early, middle or late third of a month (days 1-10, 11-20, 21 to the end) or of a year
    (January-April, May-August, September-December) from `first` to `last`."""
    if first.year == last.year and first.month == last.month:
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[part]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    end = dt.date(first.year + (months[1] == 12), months[1] % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(first.year, months[0], 1), end


# ---------------------------------------------------------------- plausibility (look-alikes)

MAY_CONTEXT = frozenset(
    (
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
        "every",
        "and",
        "or",
        "between",
        "around",
        "on",
        "each",
    )
)
WEEKDAY_NAMES = frozenset(
    (
        "Black",
        "Cyber",
        "Bloody",
        "Good",
        "Holy",
        "Easter",
        "Ash",
        "Super",
        "Palm",
        "Maundy",
        "Shrove",
        "Blue",
        "Giving",
        "Manic",
    )
)
WEEKDAY_LEAD = frozenset(
    (
        "On",
        "By",
        "Last",
        "Next",
        "This",
        "Since",
        "Until",
        "Till",
        "From",
        "Before",
        "After",
        "Through",
        "And",
        "Or",
        "Every",
        "Each",
        "Early",
        "Late",
        "That",
        "Coming",
        "Past",
        "Previous",
        "Following",
        "Between",
    )
)
NOT_A_YEAR_AFTER = frozenset(
    (
        "no.",
        "number",
        "flight",
        "route",
        "room",
        "model",
        "page",
        "pp.",
        "p.",
        "section",
        "resolution",
        "resolutions",
        "article",
        "chapter",
        "paragraph",
        "code",
        "version",
        "highway",
        "interstate",
        "bus",
    )
)
# "Russell 2000 Index", "the Sunday Times": names that hold a year or a weekday
NAME_AFTER_NUMBER = frozenset(("index", "series", "model", "class"))
NEWSPAPERS = frozenset(
    (
        "Times",
        "Telegraph",
        "Express",
        "Mirror",
        "Herald",
        "Post",
        "Observer",
        "Mail",
        "Star",
        "Independent",
        "Tribune",
        "Sport",
        "Age",
    )
)
# "The Mail on Sunday", "the Independent on Sunday", "The Sun on Sunday": titles, not days
SUNDAY_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent|Sun)[ \t]+on[ \t]+$")
# "1600 Pennsylvania Avenue", "221 Baker Street": a house number, not a year
STREET_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place"
    r"|Square|Way|Court|Terrace|Parkway|Highway)\b"
)
AGE_OWNERS = frozenset(
    (
        "his",
        "her",
        "their",
        "its",
        "my",
        "our",
        "your",
        "mid",
        "low",
        "high",
        "upper",
    )
)
ARTICLE_DURATION_BEFORE = frozenset(
    (
        "for",
        "in",
        "within",
        "after",
        "over",
        "than",
        "about",
        "around",
        "nearly",
        "almost",
        "just",
        "only",
        "of",
        "take",
        "took",
        "takes",
        "taking",
        "last",
        "lasted",
        "lasts",
        "spent",
        "spend",
        "spends",
        "spending",
        "half",
        "least",
        "under",
        "barely",
    )
)
TRADING_DAY_BEFORE = frozenset(
    (
        "end",
        "ended",
        "ending",
        "finish",
        "finished",
        "finishing",
        "for",
        "close",
        "closed",
        "closing",
        "during",
        "throughout",
        "in",
        "start",
    )
)
DEMONSTRATIVES = ("this", "This", "that", "That")


def _plausible(kind: str, found: re.Match[str], text: str, start: int, end: int, narrative: bool) -> bool:
    """Reject look-alikes: the modal "may", counts that look like years, names that look like days."""
    fields = found.groupdict()
    before = word_before(text, start)
    if kind == "month":
        return _plausible_month(fields, text, start, end, before)
    if kind == "year":
        return _plausible_year(text, start, end, before)
    if kind == "shortyear":
        return before.lower() in (
            "since",
            "in",
            "of",
            "from",
            "to",
            "by",
            "until",
            "and",
            "summer",
            "spring",
            "autumn",
            "fall",
            "winter",
            "class",
            "late",
            "early",
            "mid",
        )
    if kind == "decade" and fields["dec2"] and not fields["the"]:
        return before.lower() not in AGE_OWNERS  # "in his 80s"
    if kind == "weekday":
        if fields["rel"] is None and before in WEEKDAY_NAMES:
            return False  # "Black Monday"
        newspaper = re.match(r"[ \t]+([A-Z][a-z]+)", text[end : end + 16])
        if newspaper and newspaper.group(1) in NEWSPAPERS and not fields["part"]:
            return False  # "the Sunday Times"
        return fields["rel"] is not None or not SUNDAY_PAPER_BEFORE.search(text, max(0, start - 16), start)
    if kind == "season":
        return _plausible_season(fields, text, end, before)
    if kind == "relday" and fields["word"] == "Today" and not fields["mod"]:
        return _starts_clause(text, start)  # not "BBC Radio 4's Today programme", "USA Today"
    if kind == "duration":
        return _plausible_duration(fields, text, start, end)
    if kind == "ref" and fields["word"].lower() == "former":
        return narrative  # TIMEX2 narratives tag "former"; TimeML news does not
    if kind == "theday":
        return _plausible_day(fields, text, start, end)
    if kind == "relunit" and not (fields["rel"] or fields["bound"] or fields["the"] in DEMONSTRATIVES):
        # "the weekend", "the year before"; "the year" alone is no date
        anaphoric = fields["unit"] == "weekend" or fields["after"] in ("before", "previous")
        return bool(fields["the"]) and anaphoric
    return not (kind == "time" and fields.get("sep") == "." and not fields.get("ampm"))  # "3.45" is a number


PERSON_MAY = re.compile(r"\b(?:Theresa|Mrs\.?|Ms\.?|Mr\.?|Minister|Brian)\s+May\b")


def _plausible_month(fields: dict[str, str | None], text: str, start: int, end: int, before: str) -> bool:
    month = fields["month"] or ""
    if fields["mod"] or fields["rel"]:
        return True
    if month.lower() == "may":
        if (
            before.lower() in ("to", "with", "by", "for", "from", "and", "told", "called", "met", "urged")
            and PERSON_MAY.search(text)
            and not re.match(r"[ \t]+[0-9]", text[end : end + 4])
        ):
            return False  # "Trump spoke to May" in an article about Theresa May
        # the modal: May is the month only after a preposition or in a range ("May-August")
        return before.lower() in MAY_CONTEXT or bool(
            re.match(
                r"[ \t]*[-–][ \t]*[A-Z]|[ \t]+(?:and|or|to|through|until)[ \t]+[A-Z]", text[end : end + 12]
            )
        )
    if month in ("March", "MARCH"):
        # the noun and the verb: "the Long March", "March for Our Lives", "March on Rome"
        following = text[end : end + 12]
        if re.match(r"\s+(?:on|to|against|for|through|from)\b|\s+of\s+(?![0-9])|\s+[A-Z][a-z]", following):
            return before.lower() in MAY_CONTEXT - {"to", "on", "from", "through"}
        return before.lower() not in ("the", "a", "his", "her", "their", "its") and not (
            before[:1].isupper() and before not in WEEKDAY_LEAD and not _sentence_starts_before(text, start)
        )
    return True


# A plan, a fair or a tournament named with its year: "Vision 2030", "Expo 2020", "Euro 2024"
NAME_BEFORE_YEAR = re.compile(
    r"\b(?:Vision|Agenda|Expo|Euro|Horizon|Strategy|Windows|Olympics|Paralympics)\s$"
)


def _plausible_year(text: str, start: int, end: int, before: str) -> bool:
    """A four-digit number is a year unless it counts something, is money, a phone number or a score."""
    if before.lower() in NOT_A_YEAR_AFTER:
        return False
    after = re.match(
        r"[ \t]+(?:more[ \t]+|new[ \t]+|of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?)?([a-z]+)",
        text[end : end + 40],
    )
    if (after and after.group(1) in COUNT_NOUNS) or text[end : end + 1] in "%$":
        return False
    named = re.match(r"[ \t]+([A-Za-z]+)", text[end : end + 12])
    if named and named.group(1).lower() in NAME_AFTER_NUMBER and named.group(1)[0].isupper():
        return False
    if STREET_AFTER.match(text, end, min(len(text), end + 60)):
        return False
    if NAME_BEFORE_YEAR.search(text, max(0, start - 20), start):
        return False  # "Vision 2030", "Expo 2020", "Euro 2024": a name
    if re.search(r"(?:^|[^0-9])[0-9]{1,3}[- ]$", text[max(0, start - 5) : start]):
        return False  # phone numbers ("555-2001")
    if re.search(r"[$£€]\s?$", text[max(0, start - 2) : start]):
        return False  # money ("$ 2000")
    return not (
        re.match(r"[ \t]*[-–][ \t]*[0-9]{1,3}(?![0-9])", text[end : end + 6])
        and not re.match(r"[-–][0-9]{2}(?![0-9])", text[end : end + 4])
    )  # "1500-200", but "2007-08"


def _plausible_season(fields: dict[str, str | None], text: str, end: int, before: str) -> bool:
    word = fields["season"] or ""
    if word.lower() == "fall":
        if not (fields["the"] or fields["mod"] or fields["rel"] or fields["y"]):
            return False  # the verb
        if not fields["y"] and re.match(r"\s+of\s+(?![0-9])", text[end : end + 8]):
            return False  # "the fall of Saigon"
    # "Arab Spring", "Prague Spring": a name, not a season
    named = word[0].isupper() and before[:1].isupper() and before not in WEEKDAY_LEAD
    if word[:1].isupper() and re.match(
        r"[ \t]+(?:Olympics?|Paralympics|Games|Festival)\b", text[end : end + 14]
    ):
        return False  # "the Winter Olympics", "the Summer Games", "the Spring Festival": a name
    return not (named and not fields["the"])


def _plausible_duration(fields: dict[str, str | None], text: str, start: int, end: int) -> bool:
    """ "a day" is a duration after "for", "within", "took"...; "a quarter of" is a fraction."""
    number = (fields.get("num") or "").lower()
    unit = fields.get("unit") or ""
    if unit == "quarter" and (
        number in ("a", "an", "one", "three", "single") or text[end : end + 3] == " of"
    ):
        return bool(re.search(r"(?:consecutive|straight|successive)", text[start:end]))
    if number in ("a", "an", "single") and re.search(r"s(?:-long)?$", text[start:end]):
        return False  # "a months-long trek": the count belongs to the noun
    if number in ("a", "an", "single") and not fields.get("mod") and not fields.get("old"):
        if unit == "second":
            return False  # "a second term"
        hyphenated = text[start:end].count("-") > 0
        return hyphenated or word_before(text, start).lower() in ARTICLE_DURATION_BEFORE
    return True


def _sentence_starts_before(text: str, start: int) -> bool:
    """Whether only a sentence start lies between the previous word and `start` ("... ended. March saw")."""
    return bool(re.search(r"(?:^|[.!?\n])[\s\"“‘'(]*\w+[\s,]*$", text[max(0, start - 40) : start]))


def _starts_clause(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or clause (after ". ", ": ", a quote or a line break)."""
    return bool(re.search(r"(?:^|[.!?:;\n])[\s\"“‘'(`]*$", text[max(0, start - 12) : start]))


def _plausible_day(fields: dict[str, str | None], text: str, start: int, end: int) -> bool:
    """ "the previous day", "that day", "the day before" are dates; "the day" alone only as a trading day."""
    rel, the = fields.get("rel"), fields.get("the")
    if fields.get("bound") or fields.get("unit") == "session" or (rel and not the):
        return True
    if fields.get("rel") in ("final", "last", "second", "third", "first"):
        return bool(fields.get("the")) and word_after(text, end).lower() in ("of", "")
    if fields.get("rel") or fields.get("the") in ("that", "That", "this", "This"):
        return bool(the) or rel in ("previous", "next", "following", "same", "preceding")
    if not fields.get("the"):
        return False
    if fields.get("after"):
        return bool(re.match(r"[ \t]*(?:[,.;:)!?'\"”]|$|(?:and|but)\b)", text[end : end + 8]))
    return word_before(text, start).lower() in TRADING_DAY_BEFORE
