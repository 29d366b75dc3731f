"""The JSON export: a stable, documented shape (schema in `timeline/data/events.schema.json`).

The same input gives byte-identical output: keys keep a fixed order, lists are sorted, and
nothing depends on the clock or on the order files were listed in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from timeline.model import ActorMention, Event, Problem, Timeline

FORMAT = "timeline-events/1"
DATING = ("DATE", "TIME")  # what can date an event; durations and sets are listed apart


# Months a "YYYY-MM" date covers when its precision is coarser than its text (quarter, season).
MONTHS_COVERED = {"quarter": 3, "season": 3}
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
ISO_YEAR = re.compile(r"\d{4}")


def written_span(text: str, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date at its precision covers ("2021-W43", "2021-03", "2021"), or
    None when the text is no such date."""
    try:
        if ISO_DAY.fullmatch(text):
            day = dt.date.fromisoformat(text)
            return day, day
        if match := ISO_WEEK.fullmatch(text):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match := ISO_MONTH.fullmatch(text):
            first = dt.date(int(match[1]), int(match[2]), 1)
            index = first.year * 12 + first.month - 1 + MONTHS_COVERED.get(precision or "", 1)
            return first, dt.date(index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)
        if ISO_YEAR.fullmatch(text):
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except ValueError:
        pass
    return None


def event_dates(event: Event) -> tuple[str | None, str | None]:
    """`date` and `end_date` as written: the date at its precision, or, when the text narrows it to
    fewer days than its period ("earlier this month" in an article of Aug 10, "late January"), those
    days (precision stays what the text gave)."""
    period = written_span(event.date, event.precision) if event.date and event.precision != "day" else None
    if period is None or event.first is None or event.last is None or (event.first, event.last) == period:
        return event.date, event.end_date
    if not (period[0] <= event.first <= event.last <= period[1]):
        return event.date, event.end_date
    last = event.last.isoformat() if event.last != event.first else None
    return event.first.isoformat(), last


def event_json(event: Event) -> dict[str, Any]:
    from timeline.knowledge import cameo_codes

    date, end_date = event_dates(event)
    return {
        "id": event.id,
        "title": event.title,
        "date": date,
        "end_date": end_date,
        "precision": event.precision,
        "first": event.first.isoformat() if event.first else None,
        "last": event.last.isoformat() if event.last else None,
        "date_origin": event.date_origin,
        "type": event.type,
        "cameo": event.cameo,
        "cameo_label": str(cameo_codes().get(event.cameo, {}).get("label", "")),
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "status": event.status,
        "actors": [
            {"name": a.name, "kind": a.kind, "role": a.role, "country": a.country, "title": a.title}
            for a in event.actors
        ],
        "location": None
        if event.location is None
        else {
            "name": event.location.name,
            "country": event.location.country,
            "latitude": event.location.latitude,
            "longitude": event.location.longitude,
            "origin": event.location.origin,
        },
        "sources": [
            {
                "document": s.document,
                "sentence": s.sentence,
                "start": s.start,
                "end": s.end,
                "trigger": s.trigger,
                "trigger_start": s.trigger_start,
                "trigger_end": s.trigger_end,
                "date_text": s.date_text,
            }
            for s in event.sources
        ],
        "confidence": event.confidence,
        "salience": event.salience,
    }


def actors_json(mentions: Iterable[ActorMention]) -> list[dict[str, Any]]:
    """One entry per canonical actor with the names it was written as and how they were resolved."""
    actors: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        entry = actors.setdefault(
            mention.name,
            {
                "id": slug(mention.name),
                "name": mention.name,
                "kind": mention.kind,
                "country": mention.country,
                "aliases": set(),
                "roles": set(),
                "resolutions": set(),
                "mentions": 0,
            },
        )
        entry["mentions"] += 1
        entry["country"] = entry["country"] or mention.country
        written = mention.as_written or mention.text
        if written != mention.name:
            entry["aliases"].add(written)
            entry["resolutions"].add((written, mention.resolution))
        if mention.role:
            entry["roles"].add(mention.role)
    return [
        {
            **a,
            "aliases": sorted(a["aliases"]),
            "roles": sorted(a["roles"]),
            "resolutions": [{"written": w, "how": h} for w, h in sorted(a["resolutions"])],
        }
        for a in sorted(actors.values(), key=lambda a: (a["kind"], a["name"]))
    ]


def slug(name: str) -> str:
    from timeline.knowledge import slug as make_slug

    return make_slug(name)


def problem_json(problem: Problem) -> dict[str, Any]:
    return {"path": problem.path, "line": problem.line, "reason": problem.reason, "skipped": problem.skipped}


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "path": d.path,
                "url": d.url,
                "source": d.source,
                "published": d.published.isoformat() if d.published else None,
                "published_inferred": d.published_inferred,
                "notes": list(d.notes),
                "published_origin": d.published_origin,
                "timexes": [t.as_json() for t in timeline.timexes.get(d.id, []) if t.type in DATING],
                "durations": [t.as_json() for t in timeline.timexes.get(d.id, []) if t.type not in DATING],
            }
            for d in timeline.documents
        ],
        "actors": timeline.actors,
        "events": [event_json(e) for e in timeline.events],
        "problems": [problem_json(p) for p in timeline.problems],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of events.json."""
    text = (resources.files("timeline") / "data" / "events.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]
