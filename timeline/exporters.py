"""Export a built timeline (the events.json dict) to the formats other tools read.

Each exporter is a plain function from the events.json dict to the file's text; `FORMATS` names
them with the file name to write and a one-line description, and `export(data, fmt)` picks one.
Every output is deterministic: the same input gives the same bytes (nothing reads the clock, and
collections are written in input order or sorted). CSV and iCalendar use CRLF line endings, as
their RFCs say, so write the text without newline translation (`write_atomic` does).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple
from xml.etree import ElementTree

from timeline.errors import InputError, TimelineError
from timeline.export import FORMAT, ISO_WEEK, written_span
from timeline.model import Event, EventActor, Place, Source
from timeline.render import MONTH_NAMES

Data = Mapping[str, Any]
EventData = Mapping[str, Any]

# What an exporter needs from each event, actor and source (the schema's required fields).
EVENT_KEYS = ("id", "date", "end_date", "precision", "type", "cameo", "actors", "location", "sources")
ACTOR_KEYS = ("name", "kind", "role")
SOURCE_KEYS = ("document", "sentence")

# English month names whatever the locale (calendar.month_name follows the locale), by number.
MONTHS = ("", *MONTH_NAMES)
SEASONS = {
    12: "Winter",
    1: "Winter",
    2: "Winter",
    3: "Spring",
    4: "Spring",
    5: "Spring",
    6: "Summer",
    7: "Summer",
    8: "Summer",
    9: "Autumn",
    10: "Autumn",
    11: "Autumn",
}


class Exporter(NamedTuple):
    function: Callable[[Data], str]
    filename: str
    description: str


# ---------------------------------------------------------------------------------------------
# Reading the events.json dict


def events_of(data: Data) -> list[EventData]:
    """The events of an events.json dict, checked for the fields the exporters rely on."""
    if not isinstance(data, Mapping):
        raise InputError("expected the events.json object (a JSON object with an 'events' list)")
    if data.get("format", FORMAT) != FORMAT:
        raise InputError(f"unsupported events format {data.get('format')!r} (expected {FORMAT!r})")
    events = data.get("events")
    if not isinstance(events, list):
        raise InputError("events.json has no 'events' list")
    for number, event in enumerate(events):
        if not isinstance(event, Mapping):
            raise InputError(f"event #{number} is not an object")
        name = event.get("id", f"#{number}")
        missing = [key for key in EVENT_KEYS if key not in event]
        if missing:
            raise InputError(f"event {name} lacks {', '.join(missing)}")
        for key, required in (("actors", ACTOR_KEYS), ("sources", SOURCE_KEYS)):
            items = event[key]
            if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
                raise InputError(f"event {name}: {key} must be a list of objects")
            for item in items:
                lacking = [k for k in required if k not in item]
                if lacking:
                    raise InputError(f"event {name}: an entry of {key} lacks {', '.join(lacking)}")
        location = event["location"]
        if location is not None and (not isinstance(location, Mapping) or "name" not in location):
            raise InputError(f"event {name}: location must be null or an object with a name")
    return events


def parse_day(text: str, event_id: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"event {event_id}: not a day: {text!r}") from None


def date_span(text: str, precision: str | None, event_id: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO date at its precision covers ("2021-W43", "2021-03", "2021")."""
    span = written_span(text, precision)
    if span is None:
        raise InputError(f"event {event_id}: not an ISO date: {text!r}")
    return span


def event_days(event: EventData) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day an event covers, or None when it is undated.

    events.json gives them as `first`/`last`; older or hand-made files may only have `date` and
    `end_date`, from which they follow.
    """
    event_id = str(event["id"])
    first = parse_day(str(event["first"]), event_id) if event.get("first") else None
    last = parse_day(str(event["last"]), event_id) if event.get("last") else None
    if (first is None or last is None) and event.get("date"):
        from_date = date_span(str(event["date"]), event.get("precision"), event_id)
        end = event.get("end_date")
        first = first or from_date[0]
        last = last or (date_span(str(end), None, event_id)[1] if end else from_date[1])
    first, last = first or last, last or first
    if first is None or last is None:
        return None
    return first, max(first, last)


def title_of(event: EventData) -> str:
    title = str(event.get("title") or "")
    if title:
        return title
    kind = str(event["type"])
    return kind[:1].upper() + kind[1:]


def document_ids(event: EventData) -> list[str]:
    """The documents reporting an event, each once, in the order of its sources."""
    return list(dict.fromkeys(str(s["document"]) for s in event["sources"]))


def evidence_sentences(event: EventData) -> list[str]:
    return list(dict.fromkeys(str(s["sentence"]) for s in event["sources"]))


def coordinates(event: EventData) -> tuple[float, float] | None:
    """(longitude, latitude) of the event's place, when known and on the globe."""
    location = event["location"]
    if not location:
        return None
    latitude, longitude = location.get("latitude"), location.get("longitude")
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        return None
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return float(longitude), float(latitude)


def place_name(event: EventData) -> str | None:
    location = event["location"]
    return str(location["name"]) if location else None


def actor_labels(event: EventData) -> list[str]:
    return [f"{a['name']} ({a['role']})" for a in event["actors"]]


# ---------------------------------------------------------------------------------------------
# JSON Lines


def script_safe_json(value: Any, indent: int | None = None) -> str:
    """JSON that stays one line per record and can sit inside an HTML <script> element.

    U+2028/U+2029 are legal in JSON strings but split lines for str.splitlines() and break older
    JavaScript parsers; <, > and & would let a string close the script element.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    for char in ("<", ">", "&", "\u2028", "\u2029"):
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def to_jsonl(data: Data) -> str:
    """JSON Lines: one event object a line, exactly as in events.json."""
    return "".join(script_safe_json(dict(event)) + "\n" for event in events_of(data))


# ---------------------------------------------------------------------------------------------
# CSV

CSV_COLUMNS = (
    "id",
    "date",
    "end_date",
    "precision",
    "type",
    "cameo",
    "cameo_label",
    "goldstein",
    "quad_class",
    "status",
    "title",
    "actors",
    "location",
    "latitude",
    "longitude",
    "sources",
    "evidence",
    "confidence",
    "salience",
)
# A cell a spreadsheet would read as a formula (OWASP's list, with tab and carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str | int | float:
    """A cell value: numbers as numbers, text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value  # negative numbers start with "-" and must stay numbers
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(data: Data) -> str:
    """One row per event for spreadsheets (RFC 4180: comma-separated, CRLF, quoted when needed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events_of(data):
        location = event["location"] or {}
        sentences = evidence_sentences(event)
        row = {
            **{key: event.get(key) for key in CSV_COLUMNS},
            "title": title_of(event),
            "actors": "; ".join(actor_labels(event)),
            "location": location.get("name"),
            "latitude": location.get("latitude"),
            "longitude": location.get("longitude"),
            "sources": "; ".join(document_ids(event)),
            "evidence": sentences[0] if sentences else "",
        }
        writer.writerow([csv_cell(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# TimelineJS3


def display_date(precision: str | None, first: dt.date, last: dt.date, date: str) -> str | None:
    """How a date coarser than a day reads ("March 2021", "Week 43, 2021"); None for days."""
    if precision == "day":
        return None
    if precision == "week":
        week_match = ISO_WEEK.fullmatch(date)
        year, week = (int(week_match[1]), int(week_match[2])) if week_match else first.isocalendar()[:2]
        return f"Week {week}, {year}"
    if precision == "month":
        return f"{MONTHS[first.month]} {first.year}"
    if precision == "quarter":
        return f"Q{(first.month - 1) // 3 + 1} {first.year}"
    if precision == "season":
        years = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        return f"{SEASONS[first.month]} {years}"
    if first.year == last.year:
        return str(first.year)
    return f"{first.year}–{last.year}"


def timelinejs_dates(
    precision: str | None, first: dt.date, last: dt.date
) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS start and end dates with only the fields the precision knows."""

    def day(value: dt.date) -> dict[str, int]:
        return {"year": value.year, "month": value.month, "day": value.day}

    if precision in ("day", "week"):
        return day(first), (day(last) if last != first else None)
    if precision == "month":
        return {"year": first.year, "month": first.month}, None
    if precision in ("quarter", "season"):
        return {"year": first.year, "month": first.month}, {"year": last.year, "month": last.month}
    end = {"year": last.year} if last.year != first.year else None
    return {"year": first.year}, end


def timelinejs_text(event: EventData) -> str:
    """The slide's HTML body: evidence with its documents, actors and place, all escaped."""
    paragraphs = [
        f"{html.escape(str(s['sentence']))} <em>({html.escape(str(s['document']))})</em>"
        for s in event["sources"]
    ]
    if event["actors"]:
        paragraphs.append("Actors: " + html.escape(", ".join(actor_labels(event))))
    if name := place_name(event):
        paragraphs.append("Place: " + html.escape(name))
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def to_timelinejs(data: Data) -> str:
    """TimelineJS3 JSON (a title slide and one slide per dated event; undated events are left out)."""
    events = events_of(data)
    slides: list[dict[str, Any]] = []
    for event in events:
        days = event_days(event)
        if days is None:
            continue
        precision = event.get("precision")
        start, end = timelinejs_dates(precision, *days)
        slide: dict[str, Any] = {"start_date": start}
        if end is not None:
            slide["end_date"] = end
        slide["text"] = {"headline": html.escape(title_of(event)), "text": timelinejs_text(event)}
        slide["group"] = html.escape(str(event["type"]))
        slide["unique_id"] = str(event["id"])
        shown = display_date(precision, *days, str(event.get("date") or ""))
        if shown is not None:
            slide["display_date"] = shown
        slides.append(slide)
    documents = len(data.get("documents") or [])
    summary = f"{len(slides)} dated events" + (f" from {documents} articles" if documents else "")
    title = {"text": {"headline": "Timeline", "text": f"<p>{html.escape(summary)}</p>"}}
    return script_safe_json({"title": title, "events": slides}, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------
# The actor network: GEXF and GraphML

# Characters XML 1.0 cannot carry at all, not even as references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    return XML_ILLEGAL.sub("", str(value))


def event_from_json(event: EventData) -> Event:
    """The Event dataclass back from its events.json object (dates from `event_days`)."""
    days = event_days(event)
    location = event["location"]
    return Event(
        id=str(event["id"]),
        type=str(event["type"]),
        cameo=str(event["cameo"]),
        goldstein=float(event.get("goldstein") or 0.0),
        quad_class=int(event.get("quad_class") or 1),
        date=event["date"],
        end_date=event["end_date"],
        precision=event["precision"],
        first=days[0] if days else None,
        last=days[1] if days else None,
        actors=tuple(
            EventActor(str(a["name"]), str(a["kind"]), str(a["role"]), a.get("country"), a.get("title"))
            for a in event["actors"]
        ),
        location=None
        if location is None
        else Place(
            str(location["name"]),
            location.get("country"),
            location.get("latitude"),
            location.get("longitude"),
            str(location.get("origin") or "sentence"),
        ),
        sources=tuple(
            Source(
                str(s["document"]),
                str(s["sentence"]),
                int(s.get("start") or 0),
                int(s.get("end") or 0),
                str(s.get("trigger") or ""),
                int(s.get("trigger_start") or 0),
                int(s.get("trigger_end") or 0),
                s.get("date_text"),
            )
            for s in event["sources"]
        ),
        confidence=float(event.get("confidence") or 0.0),
        status=str(event.get("status") or "reported"),
        title=str(event.get("title") or ""),
        date_origin=str(event.get("date_origin") or ""),
        salience=float(event.get("salience") or 0.0),
    )


class Network(NamedTuple):
    """The actor network with scalar attributes only, in a fixed order, ready to serialise."""

    nodes: list[tuple[str, dict[str, Any]]]  # id (the canonical name), attributes
    edges: list[tuple[str, str, dict[str, Any]]]


def actor_network(data: Data) -> Network:
    """Actors linked through the events they share (`timeline.graph.build_graph`), with time spans.

    Nodes and edges get `start`/`end`: the first and last day of the dated events they appear in,
    so Gephi's timeline can replay the network; those only in undated events get none.
    """
    from timeline.graph import build_graph

    events = [event_from_json(e) for e in events_of(data)]
    graph = build_graph(events)
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for event in events:
        if event.first is None:
            continue
        last = event.last or event.first
        for actor in event.actors:
            start, end = spans.get(actor.name, (event.first, last))
            spans[actor.name] = (min(start, event.first), max(end, last))
    nodes = []
    for name, attributes in sorted(graph.nodes(data=True)):
        node = {
            "kind": xml_text(attributes["kind"]),
            "country": xml_text(attributes["country"]),
            "events": int(attributes["events"]),
        }
        if name in spans:
            node["start"], node["end"] = (day.isoformat() for day in spans[name])
        nodes.append((xml_text(name), node))
    edges = []
    for a, b, attributes in sorted(graph.edges(data=True), key=lambda e: tuple(sorted(e[:2]))):
        edge = {
            "weight": int(attributes["weight"]),
            "goldstein": float(attributes["goldstein"]),
            "types": xml_text("; ".join(attributes["types"])),
            "events": xml_text("; ".join(attributes["events"])),
        }
        if attributes["first"]:
            edge["start"], edge["end"] = attributes["first"], attributes["last"]
        first, second = sorted((a, b))
        edges.append((xml_text(first), xml_text(second), edge))
    return Network(nodes, edges)


def last_day_in(data: Data) -> dt.date | None:
    """The latest day the data speaks of (publication dates, event days): a stamp not read from the clock."""
    days = [event_days(e) for e in events_of(data)]
    latest = [span[1] for span in days if span]
    for document in data.get("documents") or []:
        published = document.get("published") if isinstance(document, Mapping) else None
        if published:
            latest.append(parse_day(str(published)[:10], str(document.get("id"))))
    return max(latest, default=None)


GEXF_NAMESPACE = "http://gexf.net/1.3"
GEXF_SCHEMA = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
GEXF_NODE_ATTRIBUTES = (("kind", "string"), ("country", "string"), ("events", "integer"))
GEXF_EDGE_ATTRIBUTES = (("goldstein", "double"), ("types", "string"), ("events", "string"))


def gexf_attributes(parent: ElementTree.Element, owner: str, declared: Sequence[tuple[str, str]]) -> None:
    element = ElementTree.SubElement(parent, "attributes", {"class": owner, "mode": "static"})
    for name, kind in declared:
        ElementTree.SubElement(element, "attribute", {"id": name, "title": name, "type": kind})


def gexf_values(
    parent: ElementTree.Element, values: Mapping[str, Any], declared: Iterable[tuple[str, str]]
) -> None:
    element = ElementTree.SubElement(parent, "attvalues")
    for name, _ in declared:
        ElementTree.SubElement(element, "attvalue", {"for": name, "value": str(values[name])})


def to_gexf(data: Data) -> str:
    """The actor network as GEXF 1.3, dynamic, with dates as time format (for Gephi's timeline)."""
    network = actor_network(data)
    root = ElementTree.Element(
        "gexf",
        {
            "xmlns": GEXF_NAMESPACE,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": GEXF_SCHEMA,
            "version": "1.3",
        },
    )
    latest = last_day_in(data)
    meta = ElementTree.SubElement(root, "meta", {"lastmodifieddate": latest.isoformat()} if latest else {})
    ElementTree.SubElement(meta, "creator").text = "timeline"
    ElementTree.SubElement(meta, "description").text = "Actors linked through the events they share"
    graph = ElementTree.SubElement(
        root, "graph", {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"}
    )
    gexf_attributes(graph, "node", GEXF_NODE_ATTRIBUTES)
    gexf_attributes(graph, "edge", GEXF_EDGE_ATTRIBUTES)
    nodes = ElementTree.SubElement(graph, "nodes")
    for name, attributes in network.nodes:
        spans: dict[str, str] = {k: attributes[k] for k in ("start", "end") if k in attributes}
        node = ElementTree.SubElement(nodes, "node", {"id": name, "label": name, **spans})
        gexf_values(node, attributes, GEXF_NODE_ATTRIBUTES)
    edges = ElementTree.SubElement(graph, "edges")
    for number, (source, target, attributes) in enumerate(network.edges):
        edge_spans: dict[str, str] = {k: attributes[k] for k in ("start", "end") if k in attributes}
        edge = ElementTree.SubElement(
            edges,
            "edge",
            {
                "id": str(number),
                "source": source,
                "target": target,
                "weight": str(attributes["weight"]),
                **edge_spans,
            },
        )
        gexf_values(edge, attributes, GEXF_EDGE_ATTRIBUTES)
    ElementTree.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def to_graphml(data: Data) -> str:
    """The actor network as GraphML (undirected, with the same attributes and date spans as GEXF)."""
    import networkx as nx

    network = actor_network(data)
    graph = nx.Graph()
    for name, attributes in network.nodes:
        graph.add_node(name, label=name, **attributes)
    for source, target, attributes in network.edges:
        graph.add_edge(source, target, **attributes)
    return "\n".join(nx.generate_graphml(graph)) + "\n"


# ---------------------------------------------------------------------------------------------
# GeoJSON


def to_geojson(data: Data) -> str:
    """RFC 7946 FeatureCollection: one Point ([longitude, latitude]) per event with a known place."""
    features = []
    for event in events_of(data):
        where = coordinates(event)
        if where is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": str(event["id"]),
                "geometry": {"type": "Point", "coordinates": list(where)},
                "properties": {
                    "id": str(event["id"]),
                    "title": title_of(event),
                    "date": event["date"],
                    "end_date": event["end_date"],
                    "precision": event["precision"],
                    "type": event["type"],
                    "cameo": event["cameo"],
                    "quad_class": event.get("quad_class"),
                    "place": place_name(event),
                    "country": (event["location"] or {}).get("country"),
                    "sources": len(event["sources"]),
                },
            }
        )
    return script_safe_json({"type": "FeatureCollection", "features": features}, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------
# iCalendar

ICS_LINE_OCTETS = 75
# TEXT may hold no control characters but tab (RFC 5545 3.3.11); line breaks are escaped first.
ICS_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
# How the status of a report reads as an event's status in a calendar.
ICS_STATUS = {
    "reported": "CONFIRMED",
    "planned": "TENTATIVE",
    "hypothetical": "TENTATIVE",
    "negated": "CANCELLED",
}


def ics_text(value: object) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma and line breaks."""
    text = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = re.sub(r"\r\n|\r|\n", r"\\n", text)
    return ICS_CONTROL.sub("", text)


def ics_fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character."""
    pieces: list[str] = []
    current, size, limit = "", 0, ICS_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size, limit = "", 0, ICS_LINE_OCTETS - 1  # a continuation starts with a space
        current += char
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces) + "\r\n"


def ics_float(value: float) -> str:
    """RFC 5545 FLOAT: digits with an optional point, never an exponent."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def ics_event(event: EventData, days: tuple[dt.date, dt.date], stamp: str) -> list[str]:
    first, last = days
    sentences = [f"{s['sentence']} ({s['document']})" for s in event["sources"]]
    description = "\n".join(dict.fromkeys(sentences)) + "\n\nSources: " + ", ".join(document_ids(event))
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ics_text(str(event['id']) + '@timeline')}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}",  # exclusive
        f"SUMMARY:{ics_text(title_of(event))}",
        f"DESCRIPTION:{ics_text(description)}",
        f"CATEGORIES:{ics_text(event['type'])}",
    ]
    if name := place_name(event):
        lines.append(f"LOCATION:{ics_text(name)}")
    if where := coordinates(event):
        lines.append(f"GEO:{ics_float(where[1])};{ics_float(where[0])}")
    if status := ICS_STATUS.get(str(event.get("status") or "reported")):
        lines.append(f"STATUS:{status}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]  # all-day news events do not make anyone busy
    return lines


def to_ics(data: Data) -> str:
    """iCalendar (RFC 5545): each dated event as an all-day VEVENT spanning the days its date covers."""
    events = events_of(data)
    latest = last_day_in(data)
    stamp = f"{latest:%Y%m%d}T000000Z" if latest else "19700101T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//timeline export//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Timeline",
    ]
    for event in events:
        if days := event_days(event):
            lines += ics_event(event, days, stamp)
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) for line in lines)


# ---------------------------------------------------------------------------------------------
# The registry

FORMATS: dict[str, Exporter] = {
    "jsonl": Exporter(to_jsonl, "events.jsonl", "JSON Lines, one event object a line"),
    "csv": Exporter(to_csv, "events.csv", "one row per event for spreadsheets"),
    "timelinejs": Exporter(to_timelinejs, "timelinejs.json", "TimelineJS3 JSON of the dated events"),
    "gexf": Exporter(to_gexf, "actors.gexf", "actor network with time spans for Gephi (GEXF 1.3)"),
    "graphml": Exporter(to_graphml, "actors.graphml", "actor network as GraphML"),
    "geojson": Exporter(to_geojson, "events.geojson", "located events as GeoJSON points"),
    "ics": Exporter(to_ics, "events.ics", "dated events as an iCalendar of all-day events"),
}


def export(data: Data, fmt: str) -> str:
    """The events.json dict in format `fmt` (a key of FORMATS)."""
    exporter = FORMATS.get(fmt)
    if exporter is None:
        raise TimelineError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return exporter.function(data)
