"""What the calendar of recurring summits (`timeline/data/summits.yaml`) tells about an event.

An event told at a summit the calendar knows ("met on the sidelines of the G20 summit", "the NATO
summit in Madrid in June", "at the close of the three-day summit in Johannesburg") takes the summit's
days when the text gives none finer, and its host city when the sentence names no place. The summit is
the one of the series or host city the sentence names whose days meet the event's date; when none or
several do, nothing changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline.places import same_clause
from timeline.published import Summit, series_pattern

# (how far a date the sentence does not give, such as the story's day, may lie from the summit's days)
NEAR_DAYS = 3
GATHERING = (
    r"(?:summit|summits|leaders['’]?\s+meeting|conference|dialogue|forum|annual\s+meeting|general\s+assembly)"
)
# The act is at the gathering: "at", "during", "on the sidelines of", "for", "attended" ... the summit
# (not "ahead of", "before", "after" or "since" it).
AT_GATHERING = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|for|attend(?:ed|ing|s)?|in)\s+"
    r"(?:(?:the|a|an|its|their|this|next|last)\s+)?(?:(?:week|month|year)['’]s\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?" + GATHERING + r"\b",
    re.I,
)
GATHERING_WORD = re.compile(r"\b" + GATHERING + r"\b", re.I)
CLAUSE_BREAK = re.compile(r"[;:]|\b(?:ahead\s+of|before|after|since|until)\b", re.I)
REACH = 120  # characters between the act's trigger and the gathering it happened at
NAMING_REACH = 50  # characters around a gathering's word where its series or host city stands


def summit_of(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    first: dt.date,
    last: dt.date,
    exact_day: bool,
    summits: Sequence[Summit],
    speech: bool = False,
) -> Summit | None:
    """The summit the act told at `trigger` took place at, when the sentence puts it at one the calendar
    lists. `exact_day`: the sentence itself gives the day, which must then fall within the summit;
    `speech`: the act is a statement, told at a summit only right after its verb ("said on the sidelines
    of the summit"), not in what was said ("said he would like to meet Putin at the climate summit")."""
    low, high = sentence
    start, end = trigger
    if GATHERING_WORD.fullmatch(text, start, end):
        gathering: tuple[int, int] | None = (start, end)
    else:
        gathering = next(
            (
                (match.start(), match.end())
                for match in AT_GATHERING.finditer(text, low, high)
                if match.start() - REACH <= end
                and start - REACH <= match.end()
                and not CLAUSE_BREAK.search(text, min(end, match.start()), max(start, match.start()))
                # (in the act's own clause, and not in what a statement says: the test places use)
                and same_clause(text, start, match.start(), match.start(), speech)
            ),
            None,
        )
    if gathering is None:
        return None
    # The gathering's own words: "At its Bucharest summit in April", "the G20 summit in Bali", "the first
    # summit of Quad leaders", up to a comma ("an ASEAN summit, following an encounter in New York")
    before = text.rfind(",", max(low, gathering[0] - NAMING_REACH), gathering[0]) + 1 or max(
        low, gathering[0] - NAMING_REACH
    )
    after = text.find(",", gathering[1], min(high, gathering[1] + NAMING_REACH))
    named_by = text[before : after if after >= 0 else min(high, gathering[1] + NAMING_REACH)]
    series = {name for name in {s.series for s in summits} if series_pattern(name).search(named_by)}
    cities = {
        city
        for city in {s.city for s in summits if s.city}
        if re.search(rf"(?<!\w){re.escape(city)}(?!\w)", named_by)
    }
    slack = dt.timedelta(days=0 if exact_day else NEAR_DAYS)
    # (the calendar gives the UN General Assembly the day its debate opens, not the days of its
    # high-level week, so it dates nothing told at it)
    fitting = [
        s
        for s in summits
        if s.series != "UNGA"
        and s.start - slack <= last
        and first <= s.end + slack
        and (s.end - s.start).days < 31
    ]
    named = [s for s in fitting if s.series in series]
    hosted = [s for s in fitting if s.city in cities]
    if cities and series and not [s for s in named if s in hosted]:
        return None  # "the G7 summit in Hiroshima" on a date of another G7 summit: the date is wrong
    candidates = [s for s in named if s in hosted] or named or hosted
    return candidates[0] if len(candidates) == 1 else None
