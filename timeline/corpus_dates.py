"""Publication dates for undated articles, from the dated articles in the corpus that report the same news.

A wire story pasted without its year ("MOSCOW, March 29 (Reuters) -") or an analysis that says only
"on Tuesday" cannot date itself. When the corpus holds dated reports of the same events, the undated
article takes the date under which its own undated events line up with theirs: the dateline's day in
the year of the dated report, or else the dated report's own day. Each undated article is compared
only with the few dated articles that share the most actors with it (found through an index by
actor name, not by comparing every pair), and a date is taken only when, under it, events the
article could not date before are the same acts, on the same day, by the same actors, in the same
place as theirs: one with a dateline, two without. So is an article whose dateline's year was only
guessed from its text, when another year makes more of its events agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.merge import same_event
from timeline.model import Document, Event
from timeline.published import dateline_day

CANDIDATE_REPORTS = 3  # dated articles tried per undated one, those sharing the most actors first
MIN_SHARED_ACTORS = 2
DATELINE_REACH = dt.timedelta(days=14)  # a dateline's day lies this close to a dated report of its news


@dataclass(frozen=True)
class Report:
    """What one article says, as the corpus dating needs it."""

    document: Document
    events: Sequence[Event]


def actor_names(events: Sequence[Event]) -> set[str]:
    return {actor.name for event in events for actor in event.actors}


def guessed_year(doc: Document) -> bool:
    """Whether a document's date is a dateline's day whose year was read from the rest of the text."""
    dateline = doc.published_origin.startswith("dateline")
    return doc.published_inferred and dateline and bool(dateline_day(doc.text))


def candidate_dates(
    undated: Report, day: tuple[int, int] | None, dated: Sequence[Report], index: Mapping[str, Sequence[int]]
) -> list[tuple[dt.date, Report]]:
    """Publication dates to try for an undated article whose dateline gives `day` (month, day) or
    nothing, each with the dated report it comes from. `index` maps an actor's name to the positions
    in `dated` of the reports naming it."""
    shared: Counter[int] = Counter()
    for name in actor_names(undated.events):
        shared.update(index.get(name, ()))
    reports = [i for i, count in shared.most_common() if count >= MIN_SHARED_ACTORS][:CANDIDATE_REPORTS]
    candidates: list[tuple[dt.date, Report]] = []
    for i in reports:
        report = dated[i]
        published = report.document.published
        if published is None:
            continue
        if day is None:
            candidates.append((published, report))
            continue
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                written = dt.date(year, *day)
            except ValueError:  # 29 February
                continue
            if abs(written - published) <= DATELINE_REACH:
                candidates.append((written, report))
    return candidates


def agreement(anchored: Sequence[Event], undated_before: set[tuple[int, str]], report: Report) -> int:
    """How many of the events an article dates only once anchored (`undated_before`: their evidence
    offset and trigger) are the same day's same events, in the same place, in the dated report."""
    return sum(
        1
        for event in anchored
        if event.precision == "day"
        and key(event) in undated_before
        and any(
            other.precision == "day" and same_event(event, other) and same_place(event, other)
            for other in report.events
        )
    )


def same_place(a: Event, b: Event) -> bool:
    """Whether two reports do not put an event in different places (Bali is not Anchorage): places their
    sentences name, not ones inferred from the rest of an article."""
    told_a = a.location if a.location and a.location.origin == "sentence" else None
    told_b = b.location if b.location and b.location.origin == "sentence" else None
    return told_a is None or told_b is None or told_a.name == told_b.name


def required_agreement(day: tuple[int, int] | None) -> int:
    """A dateline's day already says when: one event in common confirms its year. Without one, the
    date rests on the events alone, and one in common could be another meeting of the same people."""
    return 1 if day else 2


def key(event: Event) -> tuple[int, str]:
    source = event.sources[0]
    return (source.trigger_start, source.trigger)


def index_by_actor(dated: Sequence[Report]) -> dict[str, list[int]]:
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(dated):
        for name in actor_names(report.events):
            index[name].append(i)
    return dict(index)
