"""Every export format read back with a real parser for it, on made-up events and on a real build."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import html
import io
import json
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import jsonschema
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError, TimelineError
from timeline.export import FORMAT, schema, timeline_json
from timeline.exporters import CSV_COLUMNS, FORMATS, export, ics_fold, ics_text, to_csv

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = 'He said "no", then, \nwalked out; </script><script>alert(1)</script> \\ & done'
FORMULA = "=cmd|' /C calc'!A0"


def event(
    id: str,
    *,
    date: str | None,
    precision: str | None,
    first: str | None,
    last: str | None,
    end_date: str | None = None,
    title: str = "A meets B: meeting",
    type: str = "meeting",
    actors: list[dict[str, Any]] | None = None,
    location: dict[str, Any] | None = None,
    sentences: tuple[tuple[str, str], ...] = (("doc-a", "A met B."),),
    goldstein: float = 1.0,
    status: str = "reported",
) -> dict[str, Any]:
    return {
        "id": id,
        "title": title,
        "date": date,
        "end_date": end_date,
        "precision": precision,
        "first": first,
        "last": last,
        "date_origin": "sentence" if date else "none",
        "type": type,
        "cameo": "036",
        "cameo_label": "express intent to meet or negotiate",
        "goldstein": goldstein,
        "quad_class": 1,
        "status": status,
        "actors": actors
        if actors is not None
        else [
            {"name": "Alice Ames", "kind": "person", "role": "source", "country": "ITA", "title": None},
            {"name": "Bob Brown", "kind": "person", "role": "target", "country": "FRA", "title": None},
        ],
        "location": location,
        "sources": [
            {
                "document": doc,
                "sentence": sentence,
                "start": 0,
                "end": len(sentence),
                "trigger": "met",
                "trigger_start": 0,
                "trigger_end": 3,
                "date_text": None,
            }
            for doc, sentence in sentences
        ],
        "confidence": 0.8,
        "salience": 1.5,
    }


ROME = {"name": "Rome", "country": "ITA", "latitude": 41.9, "longitude": 12.5}


def sample() -> dict[str, Any]:
    """A small events.json with every date precision, an undated event and hostile text."""
    events = [
        event(
            "e-0000000001",
            date="2021-03-19",
            precision="day",
            first="2021-03-19",
            last="2021-03-19",
            location=ROME,
            sentences=(("doc-a", "A met B in Rome, on Friday."), ("doc-b", "They met.")),
        ),
        event(
            "e-0000000002",
            date="2021-03",
            precision="month",
            first="2021-03-01",
            last="2021-03-31",
            type="visit",
            title="Alice Ames → Bob Brown: visit",
        ),
        event("e-0000000003", date="2021-W43", precision="week", first="2021-10-25", last="2021-10-31"),
        event(
            "e-0000000004",
            date="2020",
            precision="year",
            first="2020-01-01",
            last="2020-12-31",
            location={"name": "Somewhere", "country": None, "latitude": None, "longitude": None},
        ),
        event(
            "e-0000000005",
            date=None,
            precision=None,
            first=None,
            last=None,
            actors=[
                {"name": "Carla Cruz", "kind": "person", "role": "source", "country": None, "title": None}
            ],
        ),
        event(
            "e-0000000006",
            date="2021-06-01",
            end_date="2021-06-03",
            precision="day",
            first="2021-06-01",
            last="2021-06-03",
            type="sanction",
            goldstein=-5.0,
            status="planned",
            location={"name": "Washington", "country": "USA", "latitude": 38.9, "longitude": -77.04},
        ),
        event(
            "e-0000000007",
            date="2021-12",
            precision="season",
            first="2021-12-01",
            last="2022-02-28",
            type="talks",
        ),
        event(
            "e-0000000008",
            date="2022-05-02",
            precision="day",
            first="2022-05-02",
            last="2022-05-02",
            title=FORMULA,
            type="statement",
            location={**ROME, "name": HOSTILE},
            actors=[
                {"name": HOSTILE, "kind": "person", "role": "source", "country": None, "title": None},
                {"name": "Bob Brown", "kind": "person", "role": "target", "country": "FRA", "title": None},
            ],
            sentences=((HOSTILE, HOSTILE + " " + "é" * 100),),
        ),
    ]
    documents: list[dict[str, Any]] = [
        {
            "id": "doc-a",
            "title": "A",
            "path": "a.txt",
            "url": None,
            "source": None,
            "published": "2022-05-03",
            "published_inferred": False,
            "published_origin": "metadata",
            "timexes": [],
            "durations": [],
        },
    ]
    return {"format": FORMAT, "documents": documents, "actors": [], "events": events, "problems": []}


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in data["events"]}


def test_sample_is_a_valid_events_json() -> None:
    jsonschema.validate(sample(), schema())


# --- the registry ----------------------------------------------------------------------------


def test_registry_names_every_format_with_a_file_name_and_description() -> None:
    assert set(FORMATS) == {"jsonl", "csv", "timelinejs", "gexf", "graphml", "geojson", "ics"}
    names = [exporter.filename for exporter in FORMATS.values()]
    assert len(set(names)) == len(names)
    for exporter in FORMATS.values():
        assert callable(exporter.function) and exporter.description


def test_unknown_format_is_refused_naming_the_allowed_ones() -> None:
    with pytest.raises(TimelineError) as caught:
        export(sample(), "pdf")
    for name in FORMATS:
        assert name in str(caught.value)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_input_gives_the_same_bytes(fmt: str) -> None:
    data = sample()
    assert export(data, fmt) == export(copy.deepcopy(data), fmt)
    assert data == sample()  # the input is left alone


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_no_events_still_gives_a_readable_file(fmt: str) -> None:
    text = export({**sample(), "events": []}, fmt)
    assert isinstance(text, str)


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"format": FORMAT}, "events"),
        ({"format": "other/2", "events": []}, "format"),
        ({"events": [{"id": "e-0000000001"}]}, "lacks"),
        (
            {"events": [event("e-0000000001", date="2021-13-45", precision="day", first=None, last=None)]},
            "2021-13-45",
        ),
    ],
)
@pytest.mark.parametrize("fmt", ["ics", "gexf", "csv"])
def test_malformed_input_is_an_input_error(data: dict[str, Any], complaint: str, fmt: str) -> None:
    if complaint == "2021-13-45" and fmt == "csv":
        return  # CSV copies dates as written and never parses them
    with pytest.raises(InputError, match=complaint):
        export(data, fmt)


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_has_one_event_object_a_line() -> None:
    data = sample()
    lines = export(data, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == data["events"]


def test_jsonl_cannot_close_a_script_element() -> None:
    assert "</script" not in export(sample(), "jsonl")


# --- CSV -------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_event_with_the_documented_columns() -> None:
    text = export(sample(), "csv")
    assert text.splitlines()[0].split(",") == list(CSV_COLUMNS)
    rows = read_csv(text)
    assert [r["id"] for r in rows] == [e["id"] for e in sample()["events"]]
    first = rows[0]
    assert first["actors"] == "Alice Ames (source); Bob Brown (target)"
    assert first["sources"] == "doc-a; doc-b"
    assert first["evidence"] == "A met B in Rome, on Friday."
    assert (first["location"], float(first["latitude"]), float(first["longitude"])) == ("Rome", 41.9, 12.5)
    assert first["cameo"] == "036" and first["cameo_label"] == "express intent to meet or negotiate"


def test_csv_keeps_negative_numbers_as_numbers() -> None:
    row = read_csv(export(sample(), "csv"))[5]
    assert row["goldstein"] == "-5.0" and float(row["longitude"]) == -77.04
    assert row["end_date"] == "2021-06-03" and row["status"] == "planned"


def test_csv_defuses_formulas_and_keeps_hostile_text_whole() -> None:
    row = read_csv(export(sample(), "csv"))[7]
    assert row["title"] == "'" + FORMULA
    assert row["location"] == HOSTILE
    assert row["actors"] == f"{HOSTILE} (source); Bob Brown (target)"
    assert row["evidence"] == HOSTILE + " " + "é" * 100


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_guards_every_formula_start(start: str) -> None:
    data = sample()
    data["events"][0]["title"] = start + "SUM(A1:A9)"
    assert read_csv(to_csv(data))[0]["title"] == "'" + start + "SUM(A1:A9)"


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"])))
def test_csv_round_trips_any_text(text: str) -> None:
    data = sample()
    data["events"][0]["sources"][0]["sentence"] = text
    expected = "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
    assert read_csv(to_csv(data))[0]["evidence"] == expected


# --- TimelineJS ------------------------------------------------------------------------------

# The TimelineJS3 JSON format as documented (timeline.knightlab.com/docs/json-format.html).
TLJS_DATE = {
    "type": "object",
    "required": ["year"],
    "additionalProperties": False,
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"},
        "minute": {"type": "integer"},
        "second": {"type": "integer"},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "dependentRequired": {"day": ["month"]},
}
TLJS_TEXT = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
}
TLJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "object", "properties": {"text": TLJS_TEXT}},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],
                "additionalProperties": False,
                "properties": {
                    "start_date": TLJS_DATE,
                    "end_date": TLJS_DATE,
                    "text": TLJS_TEXT,
                    "media": {"type": "object"},
                    "group": {"type": "string"},
                    "display_date": {"type": "string"},
                    "background": {"type": "object"},
                    "autolink": {"type": "boolean"},
                    "unique_id": {"type": "string"},
                },
            },
        },
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
}


def timelinejs() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(export(sample(), "timelinejs"))
    jsonschema.validate(data, TLJS_SCHEMA)
    return data


def test_timelinejs_has_the_documented_shape_and_leaves_out_undated_events() -> None:
    slides = {s["unique_id"]: s for s in timelinejs()["events"]}
    dated = [e["id"] for e in sample()["events"] if e["date"]]
    assert sorted(slides) == sorted(dated)
    assert all(s["group"] == by_id(sample())[i]["type"] for i, s in slides.items())


def test_timelinejs_dates_say_no_more_than_the_precision() -> None:
    slides = {s["unique_id"]: s for s in timelinejs()["events"]}
    day = slides["e-0000000001"]
    assert day["start_date"] == {"year": 2021, "month": 3, "day": 19}
    assert "end_date" not in day and "display_date" not in day
    month = slides["e-0000000002"]
    assert month["start_date"] == {"year": 2021, "month": 3} and month["display_date"] == "March 2021"
    week = slides["e-0000000003"]
    assert week["display_date"] == "Week 43, 2021"
    assert (week["start_date"]["day"], week["end_date"]["day"]) == (25, 31)
    assert slides["e-0000000004"]["start_date"] == {"year": 2020}
    assert slides["e-0000000004"]["display_date"] == "2020"
    assert slides["e-0000000006"]["end_date"] == {"year": 2021, "month": 6, "day": 3}
    winter = slides["e-0000000007"]
    assert winter["end_date"] == {"year": 2022, "month": 2} and winter["display_date"] == "Winter 2021–2022"


def test_timelinejs_escapes_text_it_renders_as_html() -> None:
    raw = export(sample(), "timelinejs")
    assert "</script" not in raw and "<script" not in raw
    slide = next(s for s in timelinejs()["events"] if s["unique_id"] == "e-0000000008")
    assert html.unescape(slide["text"]["headline"]) == FORMULA
    body = slide["text"]["text"]
    assert "<script>" not in body and html.escape(HOSTILE) in body
    # the markup the exporter adds is the only markup: stripping it leaves the escaped text
    assert HOSTILE in html.unescape(re.sub(r"</?(p|em)>", "", body))


# --- GEXF and GraphML ------------------------------------------------------------------------


def test_gexf_is_a_dynamic_graph_networkx_reads() -> None:
    text = export(sample(), "gexf")
    root = ElementTree.fromstring(text.encode("utf-8"))
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph_element = root.find("{http://gexf.net/1.3}graph")
    assert graph_element is not None
    assert (graph_element.get("mode"), graph_element.get("timeformat")) == ("dynamic", "date")
    graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert set(graph) == {"Alice Ames", "Bob Brown", "Carla Cruz", HOSTILE}
    alice = graph.nodes["Alice Ames"]
    # Alice's dated events run from the 2020 (year) event to the end of the winter of 2021-22
    assert (alice["start"], alice["end"]) == ("2020-01-01", "2022-02-28")
    assert (alice["kind"], alice["country"], alice["events"]) == ("person", "ITA", 6)
    assert "start" not in graph.nodes["Carla Cruz"]  # only in an undated event
    edge = graph.edges["Alice Ames", "Bob Brown"]
    assert edge["weight"] == 6 and (edge["start"], edge["end"]) == ("2020-01-01", "2022-02-28")
    assert edge["goldstein"] == pytest.approx(0.0)
    assert "sanction" in edge["types"] and "e-0000000006" in edge["events"]
    hostile = graph.edges[HOSTILE, "Bob Brown"]
    assert (hostile["start"], hostile["end"]) == ("2022-05-02", "2022-05-02")


def test_gexf_does_not_read_the_clock() -> None:
    root = ElementTree.fromstring(export(sample(), "gexf").encode("utf-8"))
    meta = root.find("{http://gexf.net/1.3}meta")
    assert meta is not None and meta.get("lastmodifieddate") == "2022-05-03"  # the latest publication


def test_graphml_holds_the_same_network_as_gexf() -> None:
    graphml = nx.read_graphml(io.StringIO(export(sample(), "graphml")))
    gexf = nx.read_gexf(io.BytesIO(export(sample(), "gexf").encode("utf-8")))
    assert set(graphml) == set(gexf)
    assert {frozenset(e) for e in graphml.edges} == {frozenset(e) for e in gexf.edges}
    for node in graphml:
        for key in ("kind", "country", "events", "start", "end"):
            assert graphml.nodes[node].get(key) == gexf.nodes[node].get(key), (node, key)
    assert graphml.edges["Alice Ames", "Bob Brown"]["weight"] == 6


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1))
def test_any_actor_name_survives_gexf_and_graphml(name: str) -> None:
    data = sample()
    data["events"][0]["actors"][0]["name"] = name
    gexf = nx.read_gexf(io.BytesIO(export(data, "gexf").encode("utf-8")))
    graphml = nx.read_graphml(io.StringIO(export(data, "graphml")))
    assert name in gexf and name in graphml


# --- GeoJSON ---------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_located_events_longitude_first() -> None:
    collection = json.loads(export(sample(), "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    # e-..04 has a place without coordinates and e-..05 none at all
    assert sorted(features) == ["e-0000000001", "e-0000000006", "e-0000000008"]
    for feature in features.values():
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    rome = features["e-0000000001"]
    assert rome["geometry"]["coordinates"] == pytest.approx([12.5, 41.9])
    assert rome["properties"] == {
        "id": "e-0000000001",
        "title": "A meets B: meeting",
        "date": "2021-03-19",
        "end_date": None,
        "precision": "day",
        "type": "meeting",
        "cameo": "036",
        "quad_class": 1,
        "place": "Rome",
        "country": "ITA",
        "sources": 2,
    }
    assert features["e-0000000006"]["geometry"]["coordinates"] == pytest.approx([-77.04, 38.9])
    assert features["e-0000000008"]["properties"]["place"] == HOSTILE


def test_geojson_leaves_out_coordinates_off_the_globe() -> None:
    data = sample()
    data["events"][0]["location"] = {**ROME, "latitude": 120.0}
    ids = [f["id"] for f in json.loads(export(data, "geojson"))["features"]]
    assert "e-0000000001" not in ids


# --- iCalendar -------------------------------------------------------------------------------

Component = dict[str, Any]  # {"name": ..., "properties": [(name, params, value)], "components": [...]}
CONTENT_LINE = re.compile(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:\"]*)*):(.*)")


def parse_ics(text: str) -> Component:
    """A strict RFC 5545 reader: CRLF only, lines of at most 75 octets, balanced components."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    logical: list[str] = []
    for line in physical:
        assert "\r" not in line and "\n" not in line, repr(line)
        assert len(line.encode("utf-8")) <= 75, line
        if line.startswith((" ", "\t")):
            assert logical, "a continuation before any line"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    stack: list[Component] = [{"name": "", "properties": [], "components": []}]
    for line in logical:
        match = CONTENT_LINE.fullmatch(line)
        assert match, f"not a content line: {line!r}"
        name, raw_params, value = match[1].upper(), match[2], match[3]
        params = dict(p.split("=", 1) for p in raw_params.split(";")[1:])
        if name == "BEGIN":
            component: Component = {"name": value, "properties": [], "components": []}
            stack[-1]["components"].append(component)
            stack.append(component)
        elif name == "END":
            assert stack[-1]["name"] == value, f"END:{value} closes {stack[-1]['name']}"
            stack.pop()
        else:
            stack[-1]["properties"].append((name, params, value))
    assert len(stack) == 1, "unclosed component"
    (calendar,) = stack[0]["components"]
    return calendar  # type: ignore[no-any-return]


def unescape_text(value: str) -> str:
    """An RFC 5545 TEXT value back to text; unescaped , or ; (a list, not one text) is an error."""
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            following = value[index + 1]
            out.append({"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}[following])
            index += 2
            continue
        assert char not in ",;", f"unescaped {char!r} in {value!r}"
        out.append(char)
        index += 1
    return "".join(out)


def vevents() -> dict[str, dict[str, tuple[dict[str, str], str]]]:
    calendar = parse_ics(export(sample(), "ics"))
    assert calendar["name"] == "VCALENDAR"
    head = {name: value for name, _, value in calendar["properties"]}
    assert head["VERSION"] == "2.0" and head["PRODID"]
    found = {}
    for component in calendar["components"]:
        assert component["name"] == "VEVENT"
        properties = {name: (params, value) for name, params, value in component["properties"]}
        found[properties["UID"][1]] = properties
    return found


def test_ics_has_an_all_day_event_per_dated_event() -> None:
    found = vevents()
    dated = [e["id"] + "@timeline" for e in sample()["events"] if e["date"]]
    assert sorted(found) == sorted(dated)
    rome = found["e-0000000001@timeline"]
    assert rome["DTSTART"] == ({"VALUE": "DATE"}, "20210319")
    assert rome["DTEND"] == ({"VALUE": "DATE"}, "20210320")  # exclusive
    assert unescape_text(rome["SUMMARY"][1]) == "A meets B: meeting"
    description = unescape_text(rome["DESCRIPTION"][1])
    assert "A met B in Rome, on Friday." in description and "doc-a, doc-b" in description
    assert rome["GEO"][1] == "41.9;12.5" and unescape_text(rome["LOCATION"][1]) == "Rome"


def test_ics_spans_the_whole_month_week_year_and_range() -> None:
    found = vevents()
    spans = {uid.split("@")[0]: (p["DTSTART"][1], p["DTEND"][1]) for uid, p in found.items()}
    assert spans["e-0000000002"] == ("20210301", "20210401")
    assert spans["e-0000000003"] == ("20211025", "20211101")
    assert spans["e-0000000004"] == ("20200101", "20210101")
    assert spans["e-0000000006"] == ("20210601", "20210604")
    assert spans["e-0000000007"] == ("20211201", "20220301")


def test_ics_stamp_comes_from_the_data_not_the_clock() -> None:
    stamps = {p["DTSTAMP"][1] for p in vevents().values()}
    assert stamps == {"20220503T000000Z"}


def test_ics_escapes_and_folds_hostile_text() -> None:
    hostile = vevents()["e-0000000008@timeline"]
    assert unescape_text(hostile["SUMMARY"][1]) == FORMULA
    assert unescape_text(hostile["LOCATION"][1]) == HOSTILE
    assert unescape_text(hostile["DESCRIPTION"][1]).startswith(HOSTILE + " " + "é" * 100)


def test_ics_derives_days_when_first_and_last_are_missing() -> None:
    data = sample()
    for item in data["events"]:
        item.pop("first"), item.pop("last")
    assert export(data, "ics") == export(sample(), "ics")


@settings(max_examples=80, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"])))
def test_ics_text_round_trips_through_escaping_and_folding(text: str) -> None:
    folded = ics_fold("DESCRIPTION:" + ics_text(text))
    calendar = parse_ics("BEGIN:VCALENDAR\r\n" + folded + "END:VCALENDAR\r\n")
    ((_, _, value),) = calendar["properties"]
    expected = re.sub(r"\r\n|\r|\n", "\n", text)
    expected = re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", expected)
    assert unescape_text(value) == expected


def test_ics_reads_back_with_the_icalendar_package() -> None:
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(export(sample(), "ics"))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 7
    rome = events["e-0000000001@timeline"]
    assert rome.decoded("DTSTART") == dt.date(2021, 3, 19) and rome.decoded("DTEND") == dt.date(2021, 3, 20)
    hostile = events["e-0000000008@timeline"]
    assert str(hostile["SUMMARY"]) == FORMULA and str(hostile["LOCATION"]) == HOSTILE


# --- a real build ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built() -> dict[str, Any]:
    from timeline.pipeline import build

    return timeline_json(build([ROOT / "sources"], workers=1))


def test_a_real_build_exports_to_every_format_readably(built: dict[str, Any]) -> None:
    dated = [e for e in built["events"] if e["date"]]
    assert dated, "the sample articles give dated events"
    assert len(export(built, "jsonl").splitlines()) == len(built["events"])
    assert len(read_csv(export(built, "csv"))) == len(built["events"])
    slides = json.loads(export(built, "timelinejs"))
    jsonschema.validate(slides, TLJS_SCHEMA)
    assert len(slides["events"]) == len(dated)
    gexf = nx.read_gexf(io.BytesIO(export(built, "gexf").encode("utf-8")))
    graphml = nx.read_graphml(io.StringIO(export(built, "graphml")))
    assert len(gexf) == len(graphml) > 0
    located = json.loads(export(built, "geojson"))["features"]
    for feature in located:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    calendar = parse_ics(export(built, "ics"))
    assert len(calendar["components"]) == len(dated)
