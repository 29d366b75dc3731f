"""A publication date inferred from an article's own words, for articles that come without one.

Evidence, strongest first:

1. a dateline: "BEIJING, March 19 (Reuters) -", "Oct 26, 2021 /PRNewswire/", "Published on April 17,
   2024", or a line holding nothing but a full date near the top;
2. a recurring multilateral summit the text places in the present ("where they are attending the G20
   summit") together with its host city or country ("in the Italian capital, Rome"): the summit's
   last day, from `timeline/data/summits.yaml`;
3. the latest full date (day and year written out) the text reports in the past tense: an article
   cannot report as past something after its own date.

Years written in the text ("in March 2021") are evidence too: they give a dateline its year, pick
between summits held in the same city, and rule out a summit older than what the text reports. So
are the office holders the text names: a dateline without a year ("TBILISI, Aug 13") takes the year
from then on when most of them held office ("Presidents Medvedev, Sarkozy and Bush": 2008).
When the evidence does not pin a date down, the answer is None: a wrong date would mislead every
relative date in the article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from timeline.timex import tag, tense_at
from timeline.timex_lexicon import FUTURE_CUE, MONTH, SMALL_NUMBERS, YEAR

__all__ = ["Summit", "dateline_day", "infer_published", "load_summits", "series_pattern"]

_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{MONTH}\s+{_DAY}(?:,?\s+{YEAR})?"
    rf"|{_DAY}\s+{MONTH}(?:,?\s+{YEAR})?|{YEAR}-[01][0-9]-[0-3][0-9])"
)
_AGENCY = r"(?:\((?:[A-Z][\w.&' -]{0,30})\)|/\s*[A-Za-z][\w -]{0,25}/)"
DATELINES = (
    # "BEIJING, March 19 (Reuters) -" and "WASHINGTON (AP) March 19, 2021 —"
    re.compile(
        rf"(?m)^[ \t]*[A-Z][A-Za-z.'’ /-]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.' -]{{1,30}})?"
        rf"(?:[ \t]*{_AGENCY})?,?[ \t]+(?P<date>{_DATE})[ \t]*(?:{_AGENCY}[ \t]*)?[-–—:]"
    ),
    # "Oct 26, 2021 /PRNewswire/ --"
    re.compile(rf"(?m)^[ \t]*(?:[A-Z][A-Za-z.' -]{{1,40}},[ \t]*)?(?P<date>{_DATE})[ \t]*{_AGENCY}"),
    # "Published on April 17, 2024", "Updated: 2024-04-17 10:31"
    re.compile(
        rf"(?i:published|posted|updated|last updated|first published|date)(?:[ \t]+(?:on|at))?[ \t]*:?"
        rf"[ \t]*(?P<date>{_DATE})"
    ),
    # "Wednesday 23 February 2005 12.14 GMT", "May 4, 2009 3:56 pm EDT": a date stamped with a time
    re.compile(
        rf"(?P<date>{_DATE}),?[ \t]+[0-9]{{1,2}}[.:][0-9]{{2}}[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?"
        r"(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET)\b"
    ),
    # a line that is only a date, near the top
    re.compile(
        rf"(?m)^[ \t]*(?P<date>{_DATE})(?:[ \t]+[0-9:]+(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
        rf"(?:[ \t]+[A-Z]{{2,4}})?)?[ \t]*$"
    ),
)
DATELINE_WINDOW = 600  # characters from the top where a dateline may stand
_FULL_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_PARTIAL_DAY = re.compile(r"^XXXX-([0-9]{2})-([0-9]{2})$")


@dataclass(frozen=True)
class Summit:
    """One meeting of a recurring multilateral summit."""

    series: str
    name: str
    start: dt.date
    end: dt.date
    city: str
    country: str = ""


@functools.cache
def load_summits(path: Path | None = None) -> tuple[Summit, ...]:
    """The summits in a YAML file (default timeline/data/summits.yaml); none when the file does not exist.

    Entries: {series, name, start, end, city, country}, as a list or under a `summits` key.
    """
    try:
        if path is None:
            text = resources.files("timeline").joinpath("data/summits.yaml").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
    except OSError:
        return ()
    data = yaml.load(text, Loader=yaml.CSafeLoader)
    entries = data.get("summits", []) if isinstance(data, dict) else data or []
    summits = []
    for entry in entries:
        try:
            summits.append(
                Summit(
                    str(entry["series"]),
                    str(entry.get("name") or entry["series"]),
                    _as_date(entry["start"]),
                    _as_date(entry.get("end") or entry["start"]),
                    str(entry.get("city") or ""),
                    str(entry.get("country") or ""),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # an entry without series or dates cannot date anything
    return tuple(summits)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@functools.cache
def _country_names() -> dict[str, tuple[str, ...]]:
    """ISO alpha-3 code -> the country's name and aliases, from timeline/data/countries.yaml."""
    try:
        text = resources.files("timeline").joinpath("data/countries.yaml").read_text(encoding="utf-8")
    except OSError:
        return {}
    names: dict[str, tuple[str, ...]] = {}
    for entry in yaml.load(text, Loader=yaml.CSafeLoader) or []:
        if isinstance(entry, dict) and entry.get("code") and entry.get("name"):
            names[str(entry["code"])] = (str(entry["name"]), *map(str, entry.get("aliases") or ()))
    return names


# One office holder the text names: (name, first day in office, last day or None).
Term = tuple[str, dt.date, dt.date | None]


def infer_published(
    text: str,
    title: str = "",
    *,
    summits: Sequence[Summit] | None = None,
    terms: Sequence[Term] = (),
) -> tuple[dt.date, str] | None:
    """A publication date inferred from the text and the reason ("dateline", "latest past date in text",
    "summit: G20 Rome Summit"), or None when the text does not pin one down. `terms` are the terms in
    office of the people the text names: they give a dateline without a year ("Aug 13") its year."""
    full_text = f"{title}\n{text}" if title else text
    timexes = tag(full_text, None)
    reported = _reported_dates(full_text, timexes)
    years = [day.year for day, _ in reported]
    # (only what the text tells in the past tense can push a dateline's year on: "meet in December
    # 2008" is a plan)
    told = [day for day, tense in reported if tense == "past"]
    dateline = _dateline(full_text, years, terms, max(told, default=None))
    if dateline:
        return dateline
    latest = _latest_past_day(full_text, timexes)
    summit = _summit(full_text, load_summits() if summits is None else summits, years, latest)
    if summit:
        return summit.end, f"summit: {summit.name}"
    if latest and _reported_as_recent(full_text, latest, years):
        return latest, "latest past date in text"
    return None


def _dateline(
    text: str, years: list[int], terms: Sequence[Term] = (), latest: dt.date | None = None
) -> tuple[dt.date, str] | None:
    """The dateline's day; a dateline without a year takes it from the office holders the text names
    or from the latest year it reports ("Jan 20" after "the December 2016 election" is 2017)."""
    for value in _dateline_values(text):
        if _FULL_DAY.match(value):
            return dt.date.fromisoformat(value), "dateline"
        partial = _PARTIAL_DAY.match(value)
        if partial:
            month, day = int(partial.group(1)), int(partial.group(2))
            if counted := _counted_year(text, month, day):
                return counted, "dateline, year counted from a dated past event"
            if held := _year_in_office(month, day, years, terms, text):
                return held, "dateline, year from who held office"
            if years and terms and not any(
                start.year <= max(years) <= (end.year if end else max(years)) for _, start, end in terms
            ):
                continue  # "the 1973 War Powers Resolution" beside Trump and Zarif: not the year
            if years:
                try:
                    written = dt.date(max(years), month, day)
                    if latest and written < latest:
                        written = dt.date(written.year + 1, month, day)
                except ValueError:
                    continue
                if written <= dt.date.today():
                    return written, "dateline"
    return None


def dateline_day(text: str) -> tuple[int, int] | None:
    """The month and day of a dateline written without a year ("MOSCOW, March 29 (Reuters) -")."""
    for value in _dateline_values(text):
        if partial := _PARTIAL_DAY.match(value):
            return int(partial.group(1)), int(partial.group(2))
    return None


def _dateline_values(text: str) -> Iterator[str]:
    """The TimeML values of the dates the datelines near the top of a text write."""
    for pattern in DATELINES:
        for found in pattern.finditer(text[:DATELINE_WINDOW]):
            values = [t.value for t in tag(found.group("date"), None)]
            if len(values) == 1:
                yield values[0]


def _year_in_office(
    month: int, day: int, years: list[int], terms: Sequence[Term], text: str
) -> dt.date | None:
    """The day in the year when most of the office holders the text names were in office, from the
    latest year the text reports on (an article is not older than what it reports). On a tie, a year
    in which the text's weekdays fit (the day or the day before is a weekday it names: "on Thursday");
    none if several years remain. "Aug 13" with Presidents Medvedev, Sarkozy and Bush is 2008."""
    if not terms:
        return None
    # The weekday the lead names ("said on Thursday") is the dateline's day or the day before; later
    # weekdays ("on Monday expelled") tell of other days.
    # (a sentence may end inside quotes, and a paragraph ends the lead)
    lead = re.split(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“])|\n\s*\n", text.strip(), maxsplit=1)[0]
    weekdays = set(WEEKDAY_NAME.findall(lead)) or set(WEEKDAY_NAME.findall(text))
    first = max(years) if years else min(start.year for _, start, _ in terms)
    scored: list[tuple[int, int, dt.date]] = []
    for year in range(first, dt.date.today().year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February
        holding = {
            name for name, start, end in terms if start <= candidate and (end is None or candidate <= end)
        }
        # the day itself fits best, the day before ("said on Monday" in Tuesday's paper) next
        fits = (
            2
            if candidate.strftime("%A") in weekdays
            else int((candidate - ONE_DAY).strftime("%A") in weekdays)
        )
        if holding:
            scored.append((len(holding), fits, candidate))
    if not scored:
        return None
    best = max(score[:2] for score in scored)
    winners = [candidate for *score, candidate in scored if tuple(score) == best]
    # One long-serving minister fits many years: better no date than a wrong year.
    return winners[0] if len(winners) == 1 else None


ONE_DAY = dt.timedelta(days=1)
# "in February 1999, some two and a half years ago": the article is that long after the date
YEARS_AGO = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)?"
    r"\s*(?P<year>(?:19|20)[0-9]{2}),?\s+(?:some|about|around|nearly|almost|more than|just over|roughly)?\s*"
    r"(?P<count>[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a)"
    r"(?P<half>\s+and\s+a\s+half)?\s+years?\s+(?:ago|earlier|before)\b"
)


def _counted_year(text: str, month: int, day: int) -> dt.date | None:
    """The dateline's year from a dated event the text says was so many years ago ("in February
    1999, some two and a half years ago": July 2001)."""
    found = YEARS_AGO.search(text)
    if found is None:
        return None
    count = found["count"]
    years = int(count) if count.isdigit() else SMALL_NUMBERS.get(count, 1)
    then_month = list(calendar.month_name).index(found["month"]) if found["month"] else 7
    months = then_month + 12 * (int(found["year"]) + years) + (6 if found["half"] else 0)
    # the dateline's month within a few months of that count fixes the year
    for year in range(int(found["year"]) + years - 1, int(found["year"]) + years + 2):
        if abs(12 * year + month - months) <= 4:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|deadline(?:\s+of)?|no later than)\s+$")
WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _reported_dates(text: str, timexes: Sequence[Any]) -> list[tuple[dt.date, str]]:
    """The first days of the dates written out with their year outside future-tense sentences ("in
    December 2016", "since 2019"), each with the tense of its sentence."""
    days = []
    for timex in timexes:
        found = re.match(r"^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?", timex.value)
        if timex.type != "DATE" or not found or timex.relative:
            continue
        tense = tense_at(text, timex.start, timex.end)
        if tense == "future" or FUTURE_CUE.search(text[max(0, timex.start - 30) : timex.start]):
            continue
        if DEADLINE_BEFORE.search(text, max(0, timex.start - 20), timex.start):
            continue  # "ordering its institutions to be dissolved by Jan. 1, 2024": a deadline to come
        try:
            day = dt.date(int(found[1]), int(found[2] or 1), int(found[3] or 1))
        except ValueError:
            continue
        if day <= dt.date.today():  # (what is still to come is no year the article reports)
            days.append((day, tense))
    return days


def _latest_past_day(text: str, timexes: Sequence[Any]) -> dt.date | None:
    days = [
        dt.date.fromisoformat(t.value)
        for t in timexes
        if t.type == "DATE"
        and not t.relative
        and _FULL_DAY.match(t.value)
        and tense_at(text, t.start, t.end) == "past"
    ]
    today = dt.date.today()
    days = [day for day in days if day <= today]
    return max(days) if days else None


def _reported_as_recent(text: str, day: dt.date, years: list[int]) -> bool:
    """Whether the latest past date looks like the news of the day rather than background: the text names
    its weekday ("on Tuesday") and reports no later year. Without this check one guess in four on real news
    was off by more than two days (articles recalling an old event with its full date)."""
    if any(year > day.year for year in years):
        return False
    return re.search(rf"\b{day.strftime('%A')}\b", text) is not None


_PRESENT = re.compile(
    r"\b(?:(?:is|are|am|were|was)\s+(?:now\s+|currently\s+)?(?:attending|taking\s+part|participating|gathered"
    r"|"
    r"gathering|meeting|hosting|holding|in\s+town)|on\s+the\s+sidelines\s+of|this\s+week(?:end)?'s|"
    r"(?:under\s?way|ongoing|currently|now\s+under\s?way)|where\s+(?:they|he|she|leaders)\s+(?:are|is))\b",
    re.IGNORECASE,
)


@functools.cache
def series_pattern(series: str) -> re.Pattern[str]:
    """ "G20" also matches "G-20", "G 20" and "Group of 20/Twenty"."""
    spaced = re.sub(r"(?<=[A-Za-z])(?=[0-9])", "[- ]?", re.escape(series))
    variants = [spaced]
    number = re.fullmatch(r"G-?([0-9]+)", series)
    if number:
        words = {"7": "Seven", "8": "Eight", "20": "Twenty"}.get(number.group(1), number.group(1))
        variants.append(rf"Group\s+of\s+(?:{number.group(1)}|{words})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(variants)})(?![\w-])")


def _summit(text: str, summits: Sequence[Summit], years: list[int], latest: dt.date | None) -> Summit | None:
    """The one summit the text names with its host and places in the present, if exactly one fits."""
    if not summits or not _PRESENT.search(text):
        return None
    named = []
    for summit in summits:
        series = series_pattern(summit.series).search(text)
        if not series or not _PRESENT.search(_sentence(text, series.start())):
            continue
        if latest and summit.end < latest:
            continue  # the article reports as past a day after this summit
        if years and summit.end.year < max(years):
            continue
        named.append(summit)
    # The host city decides; a host country only counts as a place ("in Italy"), since news about
    # summits names the countries taking part everywhere.
    matches = [s for s in named if s.city and _names(text, s.city)]
    if not matches:
        matches = [
            s
            for s in named
            if any(_names(text, name, located=True) for name in _country_names().get(s.country, ()))
        ]
    if len(matches) > 1 and years:
        matches = [s for s in matches if s.start.year in years or s.end.year in years]
    return matches[0] if len(matches) == 1 else None


def _names(text: str, name: str, *, located: bool = False) -> bool:
    """Whether the text names a place, or with `located` names it as where something happens."""
    place = re.escape(name)
    if located:
        place = rf"(?:\bin\s+(?:the\s+)?|\bhosted\s+by\s+(?:the\s+)?){place}(?!\w)|(?<!\w){place}-hosted"
        return re.search(place, text) is not None
    return re.search(rf"(?<!\w){place}(?!\w)", text) is not None


def _sentence(text: str, offset: int) -> str:
    start = max(text.rfind(mark, 0, offset) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, offset) for mark in ".!?\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)]
