"""Turning recognised temporal expressions into TIMEX3 values: the state a text carries and one resolver
per kind of expression.

`timex.tag` finds the spans; the functions here read each span's captured fields and give its type and
value, keeping track of the date in focus (the last one the text mentioned) for anaphora such as
"the next day" or "that year", and of the sentence's tense for bare months and weekdays.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline.timex_calendar import (
    day_value,
    easter,
    month_end,
    month_value,
    nth_weekday,
    quarter_value,
    shift_date,
    shift_month,
    unit_value,
    week_value,
    year_value,
)
from timeline.timex_lexicon import (
    ADJECTIVE_SLOT,
    CLAUSE_BREAK,
    DAY_NUMBER,
    DECADE_WORDS,
    FUTURE_CUE,
    MONTH,
    MONTHS,
    NON_FINITE_BEFORE,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_CUE,
    REPORTING_VERB,
    SEASON_START_MONTH,
    SEASONS,
    UNITS,
    WEEKDAYS,
    YEAR,
    S,
    format_number,
    parse_number,
)

TENSE_REACH = 250  # characters either side of an expression where its tense cues may stand


@dataclass
class Candidate:
    """A span one rule recognised, with the fields its pattern captured."""

    start: int
    end: int
    kind: str
    fields: dict[str, str | None]
    priority: int


@dataclass
class Focus:
    """The dates the text last mentioned, for anaphora: (year, month, day) with unknown parts None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    bc: bool = False
    last_day: dt.date | None = None  # the last day-precise date mentioned, whatever came after it

    def day_date(self) -> dt.date | None:
        if self.year and self.month and self.day and self.year > 0:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


@dataclass
class Context:
    text: str
    anchor: dt.date | None
    narrative: bool
    focus: Focus = field(default_factory=Focus)
    sentence_ends: list[int] = field(default_factory=list)
    named_days: list[tuple[int, dt.date]] = field(default_factory=list)  # (offset, day) of each day named
    scene_month: bool = False  # the month in focus opened its sentence ("In May, ...")
    scene_start: int = -1  # where the sentence of the date in focus starts
    sentence_start: int = -1  # where the sentence of the expression being resolved starts

    def reference(self) -> dt.date | None:
        """The day deictic expressions count from: the publication date, or in narrative the day in focus
        (the publication date only before the story has mentioned any date)."""
        if self.narrative:
            return self.focus.day_date() or (self.anchor if self.focus.year is None else None)
        return self.anchor

    def focus_day(self) -> dt.date | None:
        """The day anaphora ("the next day", "the same day") count from. A narrative moves on with every
        date it mentions; a news report keeps returning to the last day it named, else its own date."""
        if self.narrative:
            return self.focus.day_date()
        focus, last = self.focus, self.focus.last_day
        if (
            focus.day is None
            and focus.year is not None
            and focus.month is not None
            and last is not None
            and (
                (last.year, last.month) < (focus.year, focus.month)
                or self.scene_month
                # "carried to the region in January by envoys who held talks ... on the same day"
                or self.scene_start == self.sentence_start
            )
            and (self.anchor is None or (focus.year, focus.month) < (self.anchor.year, self.anchor.month))
        ):
            # "Rwanda cut ties with Belgium in March. A day later ...", "In May, the ambassador accused
            # Pretoria. He was summoned the next day": a day in that month
            return None
        return last or self.anchor

    def focus_year(self) -> int | None:
        if self.focus.year is not None:
            return self.focus.year
        return self.anchor.year if self.anchor else None

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentence_ends, offset)
        start = self.sentence_ends[index - 1] if index else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)
        return start, end

    def tense(self, start: int, end: int) -> str:
        """ "future", "past" or "" for the sentence around [start, end): the nearest tense cue decides."""
        sentence_start, sentence_end = self.sentence_bounds(start)
        # A cue further away than a long sentence belongs to another clause; the bound also keeps
        # tagging linear on text without sentence ends.
        sentence_start = max(sentence_start, start - TENSE_REACH)
        sentence_end = min(sentence_end, end + TENSE_REACH)
        best, best_distance = "", 10**9
        # "Biden, who spoke with them on Friday, will host them": a cue in the date's own stretch
        # between commas outranks one beyond a comma after it.
        segment_start = self.text.rfind(",", sentence_start, start) + 1 or sentence_start
        comma_after = self.text.find(",", end, sentence_end)
        own_cue = any(pattern.search(self.text, segment_start, start) for pattern in (FUTURE_CUE, PAST_CUE))
        for cue_pattern, label in ((FUTURE_CUE, "future"), (PAST_CUE, "past")):
            for cue in cue_pattern.finditer(self.text, sentence_start, sentence_end):
                if start <= cue.start() < end:
                    continue
                if (
                    label == "past"  # "will be held", "to be signed": a participle, not the past
                    and NON_FINITE_BEFORE.search(
                        self.text, max(sentence_start, cue.start() - 12), cue.start()
                    )
                ):
                    continue
                if (
                    label == "past"  # "behind closed doors", "the planned talks": an adjective
                    and cue.group().endswith("ed")
                    and ADJECTIVE_SLOT.search(self.text, max(sentence_start, cue.start() - 8), cue.start())
                ):
                    continue
                if (
                    REPORTING_VERB.match(cue.group())
                    and cue.end() <= start
                    and CLAUSE_BREAK.search(self.text, cue.end(), start)
                ):
                    continue
                if cue.start() >= end and LATER_CLAUSE.search(self.text, end, cue.start()):
                    continue  # "raised rates in December and will meet again": the cue is another clause's
                if cue.start() >= end and (
                    SPEECH_CLAUSE.search(self.text, end, cue.start()) or REPORTED_AFTER.match(self.text, end)
                ):
                    # "recalled him on Monday, saying he would stay home", "said on Monday that the US
                    # would defend Taiwan": what was said
                    continue
                if own_cue and comma_after != -1 and cue.start() > comma_after:
                    continue
                distance = start - cue.end() if cue.end() <= start else int((cue.start() - end) * 1.5)
                if distance < best_distance:
                    best, best_distance = label, distance
        return best


PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\b")
SPEECH_CLAUSE = re.compile(
    r",\s*(?:saying|adding|telling|warning|arguing|insisting|noting|stressing|explaining|vowing|promising)\b"
)
REPORTED_AFTER = re.compile(r",?\s+that\b")
# (not "and" inside a name: "Sao Tome and Principe also cut ties")
LATER_CLAUSE = re.compile(r"\b(?:and(?!\s+[A-Z])|but|while|whereas|although|though)\b|;")
# (not the point of "U.S. Ambassador", "John F. Kennedy" or "Mr. Putin")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"[.!?](?=[ \t]+[A-Z\"“‘'(]|[ \t]*\n|[ \t]*$)|\n"
)


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    relative: bool = False
    last: dt.date | None = None  # last day of a written range ("March 18-19")


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.]*)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,3}([A-Za-z][\w'’-]*)")


def word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return found.group(1) if found else ""


def word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.search(text[end : end + 30])
    return found.group(1) if found else ""


# ---------------------------------------------------------------- resolution helpers


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _int(text: str | None) -> int | None:
    digits = re.match(r"[0-9]+", text or "")
    return int(digits.group()) if digits else None


def _explicit_year(fields: dict[str, str | None], context: Context) -> int | None:
    """The year written in the expression, with BC years as astronomical years (0 = 1 BC)."""
    year = _int(fields.get("y"))
    if year is None:
        return None
    if fields.get("bc") in ("BC", "BCE", "B.C.", "B.C.E.") or fields.get("bc2"):
        return 1 - year
    return year


def _remember(context: Context, year: int | None, month: int | None = None, day: int | None = None) -> None:
    focus = Focus(year, month, day, last_day=context.focus.last_day)
    focus.last_day = focus.day_date() or focus.last_day
    context.focus = focus


def _year_for_month(month: int, context: Context, start: int, end: int) -> tuple[int | None, bool]:
    """The year a month without one belongs to, and whether it was resolved relative to an anchor."""
    written = _year_in_sentence(context, start, end)
    if written is not None:
        return written, False
    if context.narrative or context.anchor is None:
        return context.focus_year(), True
    anchor = context.anchor
    tense = context.tense(start, end)
    if tense == "past":
        return (anchor.year if month <= anchor.month else anchor.year - 1), True
    if tense == "future":
        return (anchor.year if month >= anchor.month else anchor.year + 1), True
    distance = month - anchor.month
    if distance > 6:
        return anchor.year - 1, True
    if distance < -6:
        return anchor.year + 1, True
    return anchor.year, True


_RANGE_YEAR = re.compile(
    rf"{S}?(?:[-–]|and|to|or|through|until|till){S}?(?:[0-9]{{1,2}}{S})?{MONTH}"
    rf"(?:{S}[0-9]{{1,2}}(?:st|nd|rd|th)?)?,?{S}(?P<y>{YEAR})(?![0-9])"
)
_YEAR_AFTER_OF = re.compile(rf"{S}of{S}(?P<rel>this|last|next|the{S}following|the{S}previous){S}year")


def _year_in_sentence(context: Context, start: int, end: int) -> int | None:
    """A year written just after ("April and June 2015") or earlier in the same sentence."""
    text = context.text
    ahead = _RANGE_YEAR.match(text, end, min(len(text), end + 40))
    if ahead:
        return int(ahead.group("y"))
    relative = _YEAR_AFTER_OF.match(text, end, min(len(text), end + 30))
    reference = context.reference()
    if relative and reference:
        offset = {"this": 0, "last": -1, "next": 1}.get(relative.group("rel"), 0)
        if "following" in relative.group("rel"):
            offset = 1
        elif "previous" in relative.group("rel"):
            offset = -1
        return reference.year + offset
    return None


def _weekday_date(weekday: int, context: Context, start: int, end: int, rel: str | None) -> dt.date | None:
    rel = (rel or "").lower()
    # "the following Tuesday", "that Thursday": counted from the day the story was at, not from today
    anaphoric = rel in ("following", "previous", "that", "the")  # "on the Saturday" of that weekend
    reference = context.reference() if not (context.narrative or anaphoric) else context.focus_day()
    if reference is None:
        return None
    if rel in ("that", "the"):
        return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return reference - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "following"):
        return reference + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return reference + dt.timedelta(days=weekday - reference.weekday())
    if context.narrative:
        return reference + dt.timedelta(days=ahead)
    tense = context.tense(start, end)
    if word_before(context.text, start).lower() in ("until", "till", "by"):
        # "markets stay closed until Friday", "have stayed closed until Friday" look ahead;
        # "the strike lasted until Wednesday" looks back
        sentence_start, _ = context.sentence_bounds(start)
        window = (context.text, max(sentence_start, start - TENSE_REACH), start)
        ongoing = PRESENT_PERFECT.search(*window) or FUTURE_CUE.search(*window)
        if tense != "past" or ongoing:
            tense = "future"
    if tense == "future":
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back)


UNKNOWN_VALUES = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX"}


def _unknown(unit: str) -> str:
    return UNKNOWN_VALUES.get(unit, "XXXX-XX-XX")


def _shift_value(reference: dt.date | None, amount: int, unit: str, focus: Focus | None = None) -> str:
    """The value of the unit `amount` units away from the reference day (unit D, W, M, Q, Y)."""
    if reference is None:
        if focus and focus.year is not None:
            if unit == "Y":
                return year_value(focus.year + amount)
            if unit == "M" and focus.month:
                year, month = shift_month(focus.year, focus.month, amount)
                return month_value(year, month)
            return year_value(focus.year) if not focus.month else month_value(focus.year, focus.month)
        return _unknown(unit)
    shifted = shift_date(reference, amount, unit)
    return unit_value(shifted, unit) if shifted else _unknown(unit)


# ---------------------------------------------------------------- resolvers, one per kind

Resolver = Callable[[Candidate, Context], Resolved | None]


def _resolve_iso(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    try:
        day = dt.date(int(fields["y"] or 0), int(fields["m"] or 0), int(fields["d"] or 0))
    except ValueError:
        return None
    _remember(context, day.year, day.month, day.day)
    if fields["hh"]:
        return Resolved("TIME", f"{day_value(day)}T{fields['hh']}:{fields['mm']}{'Z' if fields['z'] else ''}")
    return Resolved("DATE", day_value(day))


def _resolve_numeric(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    first, second, year = int(fields["a"] or 0), int(fields["b"] or 0), int(fields["y"] or 0)
    if len(fields["y"] or "") == 2:
        if fields["sep"] == ".":
            return None  # "1.2.10" is a version number more often than a date
        century = (context.anchor.year // 100 * 100) if context.anchor else 2000
        year = (
            century + year
            if century + year <= (context.anchor.year if context.anchor else 2099) + 1
            else century - 100 + year
        )
    month, day = (second, first) if fields["sep"] == "." or first > 12 else (first, second)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    _remember(context, date.year, date.month, date.day)
    return Resolved("DATE", day_value(date))


def _year_from_relative(yrel: str | None, context: Context) -> int | None:
    """The year of "of that year", "of the following year", "of next year"."""
    words = re.sub(r"\s+", " ", (yrel or "").lower())
    if not words:
        return None
    step = 1 if words.endswith(("following", "next")) else -1 if words.endswith(("previous", "last")) else 0
    deictic = words in ("this", "last", "next") and not context.narrative
    base = context.anchor.year if deictic and context.anchor else context.focus_year()
    return None if base is None else base + step


def _resolve_md(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    anchor = context.anchor
    if fields.get("month"):
        month = _month_number(fields["month"] or "")
    elif (
        anchor is not None
        and not context.narrative
        and (context.focus.year, context.focus.month) == (anchor.year, anchor.month)
    ):
        # "on the 5th" where the report names no other month: around its own date
        return _day_of_anchor_month(_int(fields["d1"]) or 0, candidate, context)
    elif context.focus.month:
        month = context.focus.month  # "the 12th of that month", "on the 13th"
    else:
        return None
    first_day = _int(fields["d1"]) or 0
    last_day = _int(fields.get("d2"))
    year = _explicit_year(fields, context) or _year_from_relative(fields.get("yrel"), context)
    relative = bool(fields.get("yrel")) or not fields.get("month")
    if not fields.get("month"):
        year = context.focus.year
    if year is None:
        year, relative = _year_for_month(month, context, candidate.start, candidate.end)
        if context.focus.bc and year is not None and year > 0 and context.narrative:
            year = context.focus.year
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{first_day:02d}")
    _remember(context, year, month, first_day)
    if year <= 0:
        context.focus.bc = True
        return Resolved("DATE", f"{year_value(year)}-{month:02d}-{first_day:02d}", relative)
    try:
        day = dt.date(year, month, first_day)
        last = dt.date(year, month, last_day) if last_day and last_day > first_day else None
    except ValueError:
        return None
    return Resolved("DATE", day_value(day), relative, last)


def _day_of_anchor_month(number: int, candidate: Candidate, context: Context) -> Resolved | None:
    """ "On the 5th" in a report with no month named: the 5th of the publication month, or of the
    month before when that day is still to come and the sentence tells the past (the month after
    when the day has gone and it tells the future)."""
    anchor = context.anchor
    assert anchor is not None
    year, month = anchor.year, anchor.month
    tense = context.tense(candidate.start, candidate.end)
    if tense == "past" and number > anchor.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif tense == "future" and number < anchor.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        day = dt.date(year, month, number)
    except ValueError:
        return None
    _remember(context, year, month, number)
    return Resolved("DATE", day_value(day), True)


def _resolve_partofdate(candidate: Candidate, context: Context) -> Resolved | None:
    """ "the night of 3 May 2011": the day, at that part of the day."""
    day = _resolve_md(candidate, context)
    part = PARTS_OF_DAY[(candidate.fields["part"] or "").lower()]
    return Resolved("TIME", f"{day.value}T{part}", day.relative) if day else None


def _resolve_monthyear(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    month = _month_number(fields["month"] or "")
    year = _explicit_year(fields, context)
    if year is None:
        return None
    _remember(context, year, month)
    context.focus.bc = year <= 0
    return Resolved("DATE", f"{year_value(year)}-{month:02d}")


def _resolve_month(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    month = _month_number(fields["month"] or "")
    rel = re.sub(r"\s+", " ", (fields["rel"] or "").lower()).removeprefix("the ")
    anaphoric = (
        context.narrative
        or rel in ("previous", "following", "same")
        or ((fields["rel"] or "").lower().startswith("the"))
    )
    base: tuple[int, int] | None = None
    if anaphoric and context.focus.year is not None:
        base = (context.focus.year, context.focus.month or month)
    elif not anaphoric and context.anchor:
        base = (context.anchor.year, context.anchor.month)
    year_written = _year_from_relative(fields.get("yrel"), context)
    if year_written is not None:
        year, relative = year_written, True
    elif rel and base:
        if rel in ("last", "past", "previous"):
            year = base[0] if month < base[1] else base[0] - 1
        elif rel in ("next", "coming", "following"):
            year = base[0] if month > base[1] else base[0] + 1
        else:
            year = base[0]
        relative = True
    else:
        year, relative = _year_for_month(month, context, candidate.start, candidate.end)
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}")
    _remember(context, year, month)
    return Resolved("DATE", f"{year_value(year)}-{month:02d}", relative)


def _resolve_year(candidate: Candidate, context: Context) -> Resolved | None:
    year = int(candidate.fields["y"] or 0)
    _remember(context, year)
    return Resolved("DATE", year_value(year))


def _resolve_shortyear(candidate: Candidate, context: Context) -> Resolved | None:
    short = int(candidate.fields["yy"] or 0)
    now = context.focus_year() if context.narrative else None
    now = now or (context.anchor.year if context.anchor else 2099)
    year = now // 100 * 100 + short
    if year > now:
        year -= 100
    _remember(context, year)
    return Resolved("DATE", year_value(year))


def _resolve_yearend(candidate: Candidate, context: Context) -> Resolved | None:
    """ "08" in "2007-08": the year after the range's first one that ends in those digits."""
    first = int(context.text[candidate.start - 5 : candidate.start - 1])
    year = first // 100 * 100 + int(candidate.fields["yy"] or 0)
    if year <= first:
        year += 100
    _remember(context, year)
    return Resolved("DATE", year_value(year))


def _resolve_bc(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    year = int(fields["y"] or 0)
    if fields.get("era") or fields.get("bc") in ("AD", "A.D.", "CE"):
        if year == 0:
            return None
    else:
        year = 1 - year
    _remember(context, year)
    context.focus.bc = year <= 0
    return Resolved("DATE", year_value(year))


def _resolve_decade(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    if fields["dec4"]:
        decade = int(fields["dec4"]) // 10
    else:
        tens = int(fields["dec2"]) // 10 if fields["dec2"] else DECADE_WORDS[(fields["decw"] or "").lower()]
        now = context.focus_year() or 1999
        decade = now // 100 * 10 + tens
        if decade * 10 > now:
            decade -= 10
    if fields.get("bc"):
        return Resolved("DATE", f"BC{decade:03d}")
    return Resolved("DATE", f"{decade:03d}")


def _resolve_century(candidate: Candidate, context: Context) -> Resolved | None:
    ordinal = (candidate.fields["ord"] or "").lower()
    number = ORDINALS.get(ordinal) or _int(ordinal)
    if not number or number < 1:
        return None
    if candidate.fields.get("bc") in ("BC", "BCE", "B.C."):
        return Resolved("DATE", f"BC{number - 1:02d}")
    return Resolved("DATE", f"{number - 1:02d}")


def _resolve_season(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    code = SEASONS[(fields["season"] or "").lower()]
    year = _explicit_year(fields, context)
    reference = context.reference() if not context.narrative else None
    rel = (fields["rel"] or fields["yrel"] or fields["the"] or "").lower()
    relative = year is None
    if year is None:
        anchor_year = reference.year if reference else context.focus_year()
        if anchor_year is None:
            return Resolved("DATE", f"XXXX-{code}")
        current = _season_year(reference) if reference else anchor_year
        if rel.startswith("next") or rel in ("following", "coming", "new") or "following" in rel:
            year = current + 1 if reference and _season_index(reference) >= _season_order(code) else current
            if not reference:
                year = anchor_year + 1 if rel.startswith("next") or "following" in rel else anchor_year
        elif rel in ("last", "previous") or "previous" in rel:
            passed = not reference or _season_index(reference) <= _season_order(code)
            year = current - 1 if passed else current
        elif rel == "this" and reference:
            year = reference.year - 1 if code == "WI" and reference.month <= 2 else reference.year
        elif reference and not context.narrative:
            tense = context.tense(candidate.start, candidate.end)
            season_start = dt.date(current, SEASON_START_MONTH[code], 1)
            year = current
            if tense == "past" and season_start > reference:
                year -= 1
            elif tense == "future" and month_end(*shift_month(current, season_start.month, 2)) < reference:
                year += 1
        else:
            year = anchor_year
    _remember(context, year, SEASON_START_MONTH[code] if code != "WI" else None)
    return Resolved("DATE", f"{year_value(year)}-{code}", relative)


def _season_order(code: str) -> int:
    return {"WI": 0, "SP": 1, "SU": 2, "FA": 3}[code]


def _season_index(day: dt.date) -> int:
    return {12: 4, 1: 0, 2: 0}.get(day.month, (day.month - 3) // 3 + 1)


def _season_year(day: dt.date) -> int:
    return day.year - 1 if day.month <= 2 else day.year


def _resolve_quarter(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    reference = context.reference()
    ordinal = (fields.get("ord") or "").lower()
    rel = (fields.get("rel") or "").lower()
    year = _explicit_year(fields, context)
    if fields.get("yy"):
        year = 2000 + int(fields["yy"] or 0)
    quarter = int(fields["q"]) if fields.get("q") else ORDINALS.get(ordinal) or _int(ordinal)
    if quarter == -1 or (not quarter and rel):
        if reference is None:
            return Resolved("DATE", "XXXX-QX")
        current = (reference.month - 1) // 3 + 1
        step = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "preceding": -1,
            "prior": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
        }.get(rel, 0)
        if quarter == -1 and not rel:
            step = -1
        year_shift, month = shift_month(reference.year, (current - 1) * 3 + 1, step * 3)
        return Resolved("DATE", quarter_value(year_shift, (month - 1) // 3 + 1), True)
    if not quarter or not 1 <= quarter <= 4:
        return None
    relative = False
    if year is None:
        yrel = (fields.get("yrel") or "").lower()
        if reference is None:
            return Resolved("DATE", f"XXXX-Q{quarter}")
        relative = True
        if yrel:
            year = reference.year + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(yrel, 0)
        else:
            year = reference.year
            first_month = (quarter - 1) * 3 + 1
            tense = context.tense(candidate.start, candidate.end)
            if tense == "future" and first_month + 2 < reference.month:
                year += 1  # a quarter already over is next year's
            elif tense == "past" and first_month > reference.month:
                year -= 1  # a quarter not yet begun is last year's
            elif not tense and first_month - reference.month > 4:
                year -= 1  # the nearest such quarter: "the fourth quarter" in March is last year's
    _remember(context, year)
    return Resolved("DATE", quarter_value(year, quarter), relative)


def _resolve_half(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    half = 1 if (fields["half"] or "").lower() == "first" else 2
    year = _explicit_year(fields, context)
    reference = context.reference()
    relative = year is None
    if year is None:
        if reference is None:
            return Resolved("DATE", f"XXXX-H{half}")
        year = reference.year + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(
            (fields["yrel"] or "").lower(), 0
        )
    return Resolved("DATE", f"{year_value(year)}-H{half}", relative)


def _resolve_weekofmonth(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    month = _month_number(fields["month"] or "")
    year = _explicit_year(fields, context)
    if year is None:
        year, _ = _year_for_month(month, context, candidate.start, candidate.end)
    if year is None or year <= 0:
        return None
    ordinal = ORDINALS.get((fields["ord"] or "").lower(), 1)
    if ordinal == -1:
        day = month_end(year, month) - dt.timedelta(days=6)  # the last full week
    else:
        day = dt.date(year, month, 1 + 7 * (ordinal - 1)) + dt.timedelta(days=3)
    return Resolved("DATE", week_value(day), True)


def _resolve_weekday(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    weekday = WEEKDAYS[(fields["wd"] or "").lower()]
    day = _weekday_date(weekday, context, candidate.start, candidate.end, fields["rel"])
    part = PARTS_OF_DAY.get((fields["part"] or "").lower())
    if day is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""))
    _remember(context, day.year, day.month, day.day)
    if part:
        return Resolved("TIME", f"{day_value(day)}T{part}", True)
    return Resolved("DATE", day_value(day), True)


def _resolve_relday(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    word = re.sub(r"\s+", " ", (fields["word"] or "").lower())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "before yesterday": -2,
        "after tomorrow": 2,
        "last": -1,
    }[word]
    part = PARTS_OF_DAY.get((fields.get("part") or "").lower()) or ("NI" if word == "tonight" else None)
    reference = context.focus_day() if context.narrative else context.reference()
    if reference is None:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""))
    day = reference + dt.timedelta(days=offset)
    _remember(context, day.year, day.month, day.day)
    if part:
        return Resolved("TIME", f"{day_value(day)}T{part}", True)
    return Resolved("DATE", day_value(day), True)


_UNIT_CODE = {
    "week": "W",
    "weekend": "W",
    "month": "M",
    "year": "Y",
    "quarter": "Q",
    "fortnight": "W",
    "decade": "DE",
    "century": "CE",
    "day": "D",
}


ANAPHORIC_RELATIONS = frozenset(
    (
        "that",
        "same",
        "very same",
        "previous",
        "following",
        "preceding",
        "prior",
        "entire",
        "whole",
        "full",
    )
)


def _resolve_relunit(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    unit = (fields["unit"] or "").lower()
    rel = re.sub(r"\s+", " ", (fields["rel"] or fields["the"] or "").lower())
    after = (fields.get("after") or "").lower()
    the = bool(fields["the"]) and fields["the"].lower() == "the"
    code = _UNIT_CODE[unit]
    if code in ("DE", "CE"):
        if rel in ("past", "last", "previous") and the:
            return Resolved("DURATION", "P10Y" if code == "DE" else "P1CE")
        return None
    if rel in ("past",) and the and not fields["bound"]:
        return Resolved("DURATION", f"P1{code}" if unit != "fortnight" else "P2W")
    counted_from_focus = after in ("before", "after", "earlier", "later", "previous", "prior")
    anaphoric = context.narrative or rel in ANAPHORIC_RELATIONS or counted_from_focus
    anaphoric = anaphoric or (the and rel == "next")  # "the next year"; "next year" counts from today
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "preceding": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
        "new": 1,
    }.get(rel, 0)
    if after in ("before", "earlier", "previous", "prior", "ago"):
        step = -1
    elif after in ("after", "later"):
        step = 1
    if unit == "fortnight":
        return Resolved("DURATION", "P2W")
    if anaphoric:
        focus = context.focus
        reference = context.focus_day()
        if code == "Y" and focus.year is not None and (focus.day is None or context.narrative):
            year = focus.year + step
            _remember(context, year)
            return Resolved("DATE", year_value(year), True)
        if code == "M" and focus.year is not None and focus.month:
            year, month = shift_month(focus.year, focus.month, step)
            _remember(context, year, month)
            return Resolved("DATE", month_value(year, month), True)
    else:
        reference = context.reference()
    if unit == "weekend":
        return _weekend(context, reference, step, candidate)
    if reference is None:
        return Resolved("DATE", _unknown(code))
    value = _shift_value(reference, step, code)
    if code in ("Y", "M"):
        shifted = shift_date(reference, step, code)
        if shifted and code == "Y":
            _remember(context, shifted.year)
        elif shifted and code == "M":
            _remember(context, shifted.year, shifted.month)
    return Resolved("DATE", value, True)


def _weekend(context: Context, reference: dt.date | None, step: int, candidate: Candidate) -> Resolved:
    if reference is None:
        return Resolved("DATE", "XXXX-WXX-WE")
    saturday = reference + dt.timedelta(days=5 - reference.weekday())
    if step == 0 and reference.weekday() < 5 and context.tense(candidate.start, candidate.end) != "future":
        step = -1
    saturday += dt.timedelta(weeks=step)
    return Resolved("DATE", week_value(saturday) + "-WE", True)


def _resolve_theday(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    rel = re.sub(r"\s+", " ", (fields.get("rel") or fields.get("the") or "").lower())
    after = (fields.get("after") or "").lower()
    if rel in ("final", "last", "first") or (rel in ("second", "third") and fields.get("the")):
        return None
    if rel in ORDINALS or fields.get("bound"):
        rel = "same"
    step = {"previous": -1, "preceding": -1, "prior": -1, "next": 1, "following": 1}.get(rel, 0)
    step = -1 if after in ("before", "earlier", "prior") else 1 if after in ("after", "later") else step
    reference = context.focus_day()
    if reference is None:
        focus = context.focus
        if focus.year is not None:
            unknown_day = f"-{focus.month:02d}-XX" if focus.month else "-XX-XX"
            return Resolved("DATE", year_value(focus.year) + unknown_day)
        return Resolved("DATE", "XXXX-XX-XX")
    day = reference + dt.timedelta(days=step)
    _remember(context, day.year, day.month, day.day)
    return Resolved("DATE", day_value(day), True)


def _resolve_streak(candidate: Candidate, context: Context) -> Resolved | None:
    """ "the third straight session", "a fourth consecutive week": the day, week... in focus."""
    unit = (candidate.fields["unit"] or "").lower()
    code = {"day": "D", "session": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[unit]
    reference, focus = context.focus_day(), context.focus
    # a year or month named last counts over the publication day: "in 2015, for the third straight year"
    named_last = focus.year is not None and (focus.day is None or context.narrative or reference is None)
    if code == "Y" and named_last:
        return Resolved("DATE", year_value(focus.year or 0), True)
    if code == "M" and named_last and focus.month:
        return Resolved("DATE", month_value(focus.year or 0, focus.month), True)
    if reference is None:
        return Resolved("DATE", _unknown(code))
    if code == "D":
        _remember(context, reference.year, reference.month, reference.day)
    return Resolved("DATE", unit_value(reference, code), True)


def _resolve_sameperiod(candidate: Candidate, context: Context) -> Resolved | None:
    """ "the same month a year ago": the unit in focus, a year back."""
    unit = (candidate.fields["unit"] or "").lower()
    focus = context.focus
    if focus.year is None:
        return Resolved("DATE", "XXXX")
    if unit == "day" and context.focus_day():
        day = shift_date(context.focus_day() or dt.date.min, -1, "Y")
        return Resolved("DATE", day_value(day), True) if day else None
    if unit in ("month", "period", "time") and focus.month:
        return Resolved("DATE", month_value(focus.year - 1, focus.month), True)
    return Resolved("DATE", year_value(focus.year - 1), True)


def _duration_value(number: float | None, unit: str) -> str:
    letter, is_time, multiplier = UNITS[unit]
    amount = "X" if number is None else format_number(number * multiplier)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _unit_name(text: str | None) -> str:
    unit = (text or "").lower()
    irregular = {"centurie": "century", "centuries": "century", "millennia": "millennium"}
    return irregular.get(unit, unit[:-1] if unit.endswith("s") and len(unit) > 1 else unit)


def _count(fields: dict[str, str | None]) -> float | None:
    raw = (fields.get("num") or "").strip()
    if not raw:
        return None
    return parse_number(raw)


def _resolve_duration(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    unit = _unit_name(fields["unit"])
    if unit not in UNITS:
        return None
    return Resolved("DURATION", _duration_value(_count(fields), unit))


def _counted_from_last_day(
    candidate: Candidate, context: Context, count: float | None, unit: str, direction: str
) -> Resolved | None:
    """ "Eight days after the attack, May told MPs": opening a sentence of a report, a count of days or
    weeks from an event is counted from the last day the text named (the attack's), if that day is
    the text's own and the result is not after publication."""
    sentence_start, _ = context.sentence_bounds(candidate.start)
    if count is None or count != int(count) or unit not in ("day", "week"):
        return None
    start = _day_of_named_event(candidate, context)
    if start is None and not context.text[sentence_start : candidate.start].strip(" \t\n\"“‘'"):
        start = context.focus.last_day
    if start is None:
        return None
    days = int(count) * (7 if unit == "week" else 1) * (1 if direction == "after" else -1)
    day = start + dt.timedelta(days=days)
    if context.anchor is not None and day > context.anchor:
        return None
    _remember(context, day.year, day.month, day.day)
    return Resolved("DATE", day.isoformat(), True)


# "Two days after the summons": the event a count starts from, named after it.
EVENT_AFTER_COUNT = re.compile(
    r"\s*(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:[a-z-]+|(?P<name>[A-Z][a-z]+))\s+){0,2}?"
    r"(?P<noun>[a-z]{4,})\b"
)


def _day_of_named_event(candidate: Candidate, context: Context) -> dt.date | None:
    """The day of the event a count starts from ("two days after the summons"): the day named in the
    last earlier sentence with a word of the noun's stem ("was summoned ... that evening"), else the
    day the story had reached by then."""
    noun = EVENT_AFTER_COUNT.match(context.text, candidate.end)
    if noun is None or not context.named_days:
        return None
    stem = noun["noun"].lower()[:4]
    sentence_start, _ = context.sentence_bounds(candidate.start)
    mentions = re.finditer(rf"\b{stem}", context.text[:sentence_start], re.I)
    told = max((mention.start() for mention in mentions), default=-1)
    if told < 0 and noun["name"]:
        # "the same day as the Budapest visit": the sentence that put the story in Budapest
        mentions = re.finditer(rf"\b{re.escape(noun['name'])}\b", context.text[:sentence_start])
        told = max((mention.start() for mention in mentions), default=-1)
    if told < 0:
        return None
    told_start, told_end = context.sentence_bounds(told)
    days = [day for offset, day in context.named_days if offset < told_end]
    own = [(abs(offset - told), day) for offset, day in context.named_days if told_start <= offset < told_end]
    if own:
        return min(own)[1]  # the day named nearest the word ("12 days after a suicide bomber struck")
    return days[-1] if days else None


CAME = re.compile(r"\b(?:came|comes|followed|follows|was made|took place)\s+(?:just\s+|only\s+)?$")


def _resolve_eventday(candidate: Candidate, context: Context) -> Resolved | None:
    """ "The day after the bombing", "on the day of that first summit": the day of the event the noun
    names, counted from the sentence that told it (none when the text told no such event). News
    only: a history refers back to battles told pages before."""
    if context.narrative:
        return None
    direction = (candidate.fields["dir"] or "").lower()
    if direction in ("of", "as"):  # "on the day of that first summit", "the same day as the Budapest visit"
        day = _day_of_named_event(candidate, context)
        if day is None or (context.anchor is not None and day > context.anchor):
            return None
        _remember(context, day.year, day.month, day.day)
        return Resolved("DATE", day.isoformat(), True)
    return _counted_from_last_day(candidate, context, 1, "day", direction)


def _resolve_shift(candidate: Candidate, context: Context) -> Resolved | None:
    """ "two days later", "a week ago", "three years earlier": a date counted from the reference or focus."""
    fields = candidate.fields
    unit = _unit_name(fields["unit"])
    direction = re.sub(r"\s+", " ", (fields["dir"] or "").lower())
    count = _count(fields)
    if unit not in UNITS:
        return None
    text = context.text
    punctuation_next = re.match(r"[ \t]*[,.;:)]", text[candidate.end : candidate.end + 3])
    followed_by_event = bool(word_after(text, candidate.end)) and not punctuation_next
    if (
        direction in ("before", "after")
        and followed_by_event
        and not context.narrative
        and (counted := _counted_from_last_day(candidate, context, count, unit, direction))
    ):
        return counted
    if direction in ("before", "after", "on") and followed_by_event and not context.narrative:
        # news: "a day after the union walked out" is a duration; narrative: a date counted from the focus
        if (
            CAME.search(text, max(0, candidate.start - 20), candidate.start)
            and count is not None
            and count == int(count)
            and unit in ("day", "week")
            and context.focus.last_day is not None
        ):
            # "Tuesday's raid came 12 days after a suicide bomber struck": the bombing's day, for a
            # later "the day after the bombing" (the expression itself stays a duration, as TimeML has it)
            days = int(count) * (7 if unit == "week" else 1) * (-1 if direction == "after" else 1)
            context.named_days.append((candidate.end, context.focus.last_day + dt.timedelta(days=days)))
        written = re.split(r"\s+(?:before|after|on)\b", text[candidate.start : candidate.end])[0]
        candidate.end = candidate.start + len(written)
        return Resolved("DURATION", _duration_value(count, unit))
    backwards = direction in ("ago", "earlier", "before", "previously", "prior", "back")
    if count is None or count != int(count):
        return Resolved("DATE", "PAST_REF" if backwards else "FUTURE_REF")
    letter, is_time, multiplier = UNITS[unit]
    amount = int(count * multiplier) * (-1 if backwards else 1)
    deictic = direction in ("ago", "hence", "from now", "back")
    reference = context.reference() if deictic else context.focus_day()
    code = {"S": "D", "H": "D", "CE": "Y"}.get(letter, letter)
    if letter == "M" and is_time:
        code = "D"
    if is_time:
        amount = 0
    if unit == "century":
        amount *= 100
    if reference is None or (not deictic and context.narrative and context.focus.day is None):
        value = _shift_value(None, amount, code, context.focus)
        return Resolved("DATE", value, True)
    day = shift_date(reference, amount, code)
    if day is None:
        return None
    precise = "D" if code == "W" else code
    if precise == "D":
        _remember(context, day.year, day.month, day.day)
    elif precise == "M":
        _remember(context, day.year, day.month)
    elif not deictic:
        _remember(context, day.year)
    return Resolved("TIME" if is_time else "DATE", unit_value(day, precise), True)


def _resolve_set(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    adverb = (fields.get("adverb") or "").lower()
    if adverb:
        value = {
            "annual": "P1Y",
            "annually": "P1Y",
            "yearly": "P1Y",
            "biannual": "P6M",
            "biannually": "P6M",
            "monthly": "P1M",
            "weekly": "P1W",
            "daily": "P1D",
            "hourly": "PT1H",
            "nightly": "P1D",
            "quarterly": "P3M",
        }[adverb]
        return Resolved("SET", value)
    if fields.get("wd"):
        part = PARTS_OF_DAY.get((fields.get("part") or "").lower())
        value = f"XXXX-WXX-{WEEKDAYS[(fields['wd'] or '').lower()] + 1}"
        return Resolved("SET", value + (f"T{part}" if part else ""))
    unit = _unit_name(fields["unit"])
    if unit == "weekend":
        return Resolved("SET", "XXXX-WXX-WE")
    if unit not in UNITS:
        return None
    count = _count(fields) or 1
    if fields.get("other"):
        count = 2 if (fields["other"] or "").lower() == "other" else 1
    return Resolved("SET", _duration_value(count, unit))


NAMED_TIMES = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}


def _resolve_time(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    if fields.get("named"):
        hour, minute = NAMED_TIMES[(fields["named"] or "").lower()]
    else:
        hour, minute = int(fields["h"] or 0), int(fields.get("min") or 0)
    ampm = (fields.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = fields.get("tz") or ""
    zone = "Z" if tz in ("UTC", "GMT", "Z") else ""
    day_word = fields.get("day")
    day: dt.date | None
    if day_word and day_word.lower() in WEEKDAYS:
        day = _weekday_date(WEEKDAYS[day_word.lower()], context, candidate.start, candidate.end, None)
    elif day_word:
        reference = context.reference()
        offset = {"yesterday": -1, "tomorrow": 1}.get(day_word.lower(), 0)
        day = reference + dt.timedelta(days=offset) if reference else None
    else:
        day = _date_just_after(context, candidate.end) or context.focus_day()
    date_part = day_value(day) if day else "XXXX-XX-XX"
    return Resolved("TIME", f"{date_part}T{hour:02d}:{minute:02d}{zone}", day is not None)


_DATE_AFTER_TIME = re.compile(
    rf",?{S}(?:(?:[A-Z][a-z]+{S}|local{S})time{S})?(?:on{S})?"  # "8:30 AM Tokyo time on May 2, 2016"
    rf"(?:(?P<month>{MONTH}){S}(?P<d1>{DAY_NUMBER})|(?P<d2>{DAY_NUMBER}){S}(?:of{S})?(?P<month2>{MONTH}))(?!\w)"
    rf"(?:,?{S}(?P<y>{YEAR}))?"
)


def _date_just_after(context: Context, end: int) -> dt.date | None:
    """The day of "16:15 UTC, June 1st": a date written right after a time."""
    found = _DATE_AFTER_TIME.match(context.text, end, min(len(context.text), end + 40))
    if not found:
        return None
    month = _month_number(found.group("month") or found.group("month2") or "")
    day = _int(found.group("d1") or found.group("d2")) or 0
    year = _int(found.group("y"))
    if year is None:
        year, _ = _year_for_month(month, context, found.start(), found.end())
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def _resolve_partofday(candidate: Candidate, context: Context) -> Resolved | None:
    fields = candidate.fields
    part = PARTS_OF_DAY[(fields["part"] or "").lower()]
    rel = re.sub(r"\s+", " ", (fields.get("rel") or "").lower())
    step = 1 if ("next" in rel or "following" in rel) else -1 if "previous" in rel else 0
    reference = context.reference() if rel.endswith("this") else context.focus_day()
    if reference is None:
        return Resolved("TIME", f"XXXX-XX-XXT{part}")
    day = reference + dt.timedelta(days=step)
    return Resolved("TIME", f"{day_value(day)}T{part}", True)


_REF_VALUES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "to this day": "PRESENT_REF",
    "to the present day": "PRESENT_REF",
    "modern day": "PRESENT_REF",
    "modern-day": "PRESENT_REF",
    "present day": "PRESENT_REF",
    "present-day": "PRESENT_REF",
}


def _resolve_ref(candidate: Candidate, context: Context) -> Resolved | None:
    word = (candidate.fields["word"] or "").lower()
    if word in _REF_VALUES:
        return Resolved("DATE", _REF_VALUES[word])
    if "future" in word or "term" in word or "soon" in word:
        return Resolved("DATE", "FUTURE_REF")
    return Resolved("DATE", "PAST_REF")


_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
}
# Feasts whose day moves with the year (Western Easter; US Thanksgiving). The weekend is Easter's own.
_MOVABLE_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "easter": easter,
    "easter sunday": easter,
    "easter day": easter,
    "easter monday": lambda year: easter(year) + dt.timedelta(days=1),
    "good friday": lambda year: easter(year) - dt.timedelta(days=2),
    "easter weekend": easter,
    "easter holiday weekend": easter,
    "thanksgiving": lambda year: nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: nth_weekday(year, 11, 3, 4),
}
_DATED_EVENTS = {"9/11": "2001-09-11"}


_US_NAMES = frozenset(
    ("american", "america's", "us", "u.s.", "usa", "united states'", "nation's", "country's")
)


def _names_another_country(before: str) -> bool:
    """Whether the word before a national holiday names a country other than the United States."""
    possessive = before.endswith(("'s", "’s"))
    proper = before[:1].isupper() and (possessive or before.endswith(("an", "ese", "ish", "i", "ic")))
    return (possessive or proper) and before.lower().replace("’", "'") not in _US_NAMES


def _resolve_holiday(candidate: Candidate, context: Context) -> Resolved | None:
    name = (candidate.fields["name"] or "").lower()
    if name in _DATED_EVENTS:
        return Resolved("DATE", _DATED_EVENTS[name])
    if name not in _HOLIDAYS and name not in _MOVABLE_HOLIDAYS:
        return None
    if name == "independence day" and _names_another_country(word_before(context.text, candidate.start)):
        return None  # "Ukraine's Independence Day", "Indian Independence Day": not the Fourth of July
    year = _explicit_year(candidate.fields, context)
    relative = year is None
    if name in _MOVABLE_HOLIDAYS:
        if year is None:
            year, _ = _year_for_month(
                _MOVABLE_HOLIDAYS[name](2000).month, context, candidate.start, candidate.end
            )
        if year is None:
            return None
        day = _MOVABLE_HOLIDAYS[name](year)
        if name.endswith("weekend"):
            return Resolved("DATE", week_value(day) + "-WE", relative)
        return Resolved("DATE", day.isoformat(), relative)
    month, day_of_month = _HOLIDAYS[name]
    if year is None:
        year, _ = _year_for_month(month, context, candidate.start, candidate.end)
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day_of_month:02d}")
    return Resolved("DATE", f"{year_value(year)}-{month:02d}-{day_of_month:02d}", relative)


RESOLVERS: dict[str, Resolver] = {
    "eventday": _resolve_eventday,
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "md": _resolve_md,
    "partofdate": _resolve_partofdate,
    "monthyear": _resolve_monthyear,
    "month": _resolve_month,
    "year": _resolve_year,
    "shortyear": _resolve_shortyear,
    "yearend": _resolve_yearend,
    "bc": _resolve_bc,
    "decade": _resolve_decade,
    "century": _resolve_century,
    "season": _resolve_season,
    "quarter": _resolve_quarter,
    "half": _resolve_half,
    "weekofmonth": _resolve_weekofmonth,
    "weekday": _resolve_weekday,
    "relday": _resolve_relday,
    "relunit": _resolve_relunit,
    "theday": _resolve_theday,
    "streak": _resolve_streak,
    "sameperiod": _resolve_sameperiod,
    "shift": _resolve_shift,
    "duration": _resolve_duration,
    "set": _resolve_set,
    "time": _resolve_time,
    "partofday": _resolve_partofday,
    "ref": _resolve_ref,
    "holiday": _resolve_holiday,
}
