"""The actor network: actors linked through the events they share.

Nodes are canonical actors (with kind, country and number of events); an edge joins the source
and target of an event (or its participants when no direction is known), weighted by how many
events link them, with their event types, net Goldstein score and first and last dates, so tools
such as Gephi can filter and replay it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import networkx as nx

from timeline.model import Event


def pairs(event: Event) -> list[tuple[str, str]]:
    """Who dealt with whom in an event: sources with targets, else every two participants."""
    sources = [a.name for a in event.actors if a.role == "source"]
    targets = [a.name for a in event.actors if a.role == "target"]
    if sources and targets:
        found = [(s, t) for s in sources for t in targets if s != t]
    else:
        found = list(itertools.combinations([a.name for a in event.actors], 2))
    return sorted({tuple(sorted(p)) for p in found})  # type: ignore[misc]


def build_graph(events: Sequence[Event]) -> nx.Graph:
    graph = nx.Graph()
    for event in events:
        for actor in event.actors:
            if actor.name not in graph:
                graph.add_node(actor.name, kind=actor.kind, country=actor.country or "", events=0)
            graph.nodes[actor.name]["events"] += 1
        for a, b in pairs(event):
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, weight=0, goldstein=0.0, types=[], events=[], first="", last="")
            edge = graph.edges[a, b]
            edge["weight"] += 1
            edge["goldstein"] = round(edge["goldstein"] + event.goldstein, 2)
            edge["types"] = sorted({*edge["types"], event.type})
            edge["events"] = [*edge["events"], event.id]
            if event.first:
                first, last = event.first.isoformat(), (event.last or event.first).isoformat()
                edge["first"] = min(edge["first"] or first, first)
                edge["last"] = max(edge["last"] or last, last)
    return graph
