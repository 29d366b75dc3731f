"""One canonical name per person across articles.

Within an article, surnames and titles already resolve to the full name, and people the knowledge
base knows resolve to their canonical name. What is left are people the knowledge does not know,
spelt differently by different outlets ("Mohammed bin Zayed" and "Mohammed bin Zayed Al Nahyan",
"Volodymyr Zelenskiy" and "Volodymyr Zelensky"). This stage sees the whole corpus: it groups such
names by fuzzy similarity within blocks keyed by the start of the surname, so it never compares
every name with every other, and keeps the spelling used most.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from timeline.knowledge import Knowledge, fold
from timeline.model import ActorMention, Event

SIMILAR = 90  # rapidfuzz ratio (0-100) from which two full names are one person's spellings


def same_person(a: str, b: str) -> bool:
    folded_a, folded_b = fold(a).split(), fold(b).split()
    if len(folded_a) < 2 or len(folded_b) < 2:
        return False
    shorter, longer = sorted((folded_a, folded_b), key=len)
    if longer[: len(shorter)] == shorter:
        return True  # "Mohammed bin Zayed" / "Mohammed bin Zayed Al Nahyan"
    return (
        folded_a[0][:1] == folded_b[0][:1] and fuzz.ratio(" ".join(folded_a), " ".join(folded_b)) >= SIMILAR
    )


def block_key(name: str) -> str:
    parts = fold(name).split()
    return f"{parts[0][:1]}|{parts[1][:2]}" if len(parts) >= 2 else parts[0] if parts else ""


def canonical_people(mentions: Iterable[ActorMention], knowledge: Knowledge) -> dict[str, str]:
    """Name -> canonical name, for people written differently across articles."""
    counts: Counter[str] = Counter()
    countries: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.kind == "person" and mention.name not in knowledge.people:
            counts[mention.name] += 1
            if mention.country:
                countries[mention.name].add(mention.country)
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        blocks[block_key(name)].append(name)
    parent = {name: name for name in counts}

    def find(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for names in blocks.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                clash = countries[a] and countries[b] and not countries[a] & countries[b]
                if not clash and find(a) != find(b) and same_person(a, b):
                    parent[find(b)] = find(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[find(name)].append(name)
    mapping = {}
    for members in groups.values():
        if len(members) > 1:
            best = max(members, key=lambda n: (counts[n], len(n), n))
            mapping.update({n: best for n in members if n != best})
    return mapping


def rename_mentions(mentions: Sequence[ActorMention], mapping: Mapping[str, str]) -> list[ActorMention]:
    return [dataclasses.replace(m, name=mapping[m.name]) if m.name in mapping else m for m in mentions]


def rename_events(events: Sequence[Event], mapping: Mapping[str, str]) -> list[Event]:
    result = []
    for event in events:
        if any(a.name in mapping for a in event.actors):
            seen: set[str] = set()
            actors = []
            for actor in event.actors:
                actor = dataclasses.replace(actor, name=mapping.get(actor.name, actor.name))
                if actor.name not in seen:
                    seen.add(actor.name)
                    actors.append(actor)
            event = dataclasses.replace(event, actors=tuple(actors))
        result.append(event)
    return result
