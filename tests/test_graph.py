"""The actor network and its GraphML and GEXF files, read back with NetworkX."""

from __future__ import annotations

import datetime as dt
import io

import networkx as nx

from timeline.export import event_json
from timeline.exporters import to_gexf, to_graphml
from timeline.graph import build_graph
from timeline.model import Event, EventActor, Source


def event(number: int, day: str, goldstein: float, *actors: EventActor, kind: str = "meeting") -> Event:
    date = dt.date.fromisoformat(day)
    return Event(
        id=f"e-{number:010d}",
        type=kind,
        cameo="040",
        goldstein=goldstein,
        quad_class=1,
        date=day,
        end_date=None,
        precision="day",
        first=date,
        last=date,
        actors=actors,
        location=None,
        sources=(Source("doc", "They met.", 0, 9),),
        confidence=0.8,
    )


BLINKEN = EventActor("Antony Blinken", "person", "source", "USA")
WANG = EventActor("Wang Yi", "person", "target", "CHN")
LAVROV = EventActor("Sergei Lavrov", "person", "target", "RUS")
EVENTS = [
    event(1, "2021-03-19", 1.0, BLINKEN, WANG),
    event(2, "2021-10-31", -2.0, BLINKEN, WANG, kind="criticism"),
    event(3, "2021-12-02", 1.0, BLINKEN, LAVROV),
]


def test_edges_count_events_and_keep_their_span_and_tone() -> None:
    graph = build_graph(EVENTS)
    edge = graph.edges["Antony Blinken", "Wang Yi"]
    assert edge["weight"] == 2
    assert edge["goldstein"] == -1.0
    assert (edge["first"], edge["last"]) == ("2021-03-19", "2021-10-31")
    assert edge["types"] == ["criticism", "meeting"]
    assert graph.nodes["Antony Blinken"]["events"] == 3


def test_sources_link_to_targets_not_to_each_other() -> None:
    both = event(4, "2021-01-01", 1.0, BLINKEN, EventActor("Jake Sullivan", "person", "source", "USA"), WANG)
    graph = build_graph([both])
    assert not graph.has_edge("Antony Blinken", "Jake Sullivan")
    assert graph.has_edge("Jake Sullivan", "Wang Yi")


def test_graphml_and_gexf_read_back() -> None:
    data = {
        "format": "timeline-events/1",
        "documents": [],
        "actors": [],
        "problems": [],
        "events": [event_json(e) for e in EVENTS],
    }
    graphml = nx.read_graphml(io.BytesIO(to_graphml(data).encode()))
    gexf = nx.read_gexf(io.BytesIO(to_gexf(data).encode()))
    for graph in (graphml, gexf):
        assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2
    assert graphml.edges["Antony Blinken", "Wang Yi"]["weight"] == 2
