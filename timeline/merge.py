"""Timeline stage: events from all documents merged into one event per happening.

Two reports are the same event when they are of the same family (CAMEO root), their dates overlap
at their precision, and they share actors: a person when both name people, else at least two
countries or organisations. Candidates are found through blocks keyed by (family, ISO week,
actor), so no event is compared with every other. The merged event keeps every source and the
narrowest date its reports agree on ("met in Alaska in March" adopts the day another article gives).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline.model import PLACE_ORIGINS, PRECISIONS, Document, Event, EventActor, Timex, event_title
from timeline.places import remote
from timeline.triggers import JOINT_ROOTS

MAX_WEEKS_PER_EVENT = 60  # a year-precise event is blocked under each of its weeks


# Expelling a state's people ("expelled 60 Russians it described as intelligence officers") is how
# another report tells expelling its diplomats; a ban ("banning trade with Pyongyang", 172) is how
# another tells sanctions (163), an act apart from cutting ties or expelling envoys.
FAMILY_OF = {"174": "16", "163": "sanctions", "172": "sanctions"}


def family(event: Event) -> str:
    return FAMILY_OF.get(event.cameo[:3], event.cameo[:2])


def block_keys(event: Event) -> Iterable[tuple[str, ...]]:
    if event.first is None or event.last is None:
        return
    people = [a.name for a in event.actors if a.kind == "person"]
    others = sorted(a.name for a in event.actors if a.kind != "person")
    # (a lone state is a key even beside people: "Mohamad Nizan was called home" and "Malaysia
    # recalled its ambassador" are one recall)
    keys = people + ["|".join(pair) for pair in itertools.combinations(others, 2)]
    if len(others) == 1:
        keys += others
    weeks = set()
    day = event.first
    while day <= event.last and len(weeks) < MAX_WEEKS_PER_EVENT:
        weeks.add(day.isocalendar()[:2])
        day += dt.timedelta(days=7)
    weeks.add(event.last.isocalendar()[:2])
    # one article telling its event again with fewer actors ("Algeria cut ties with Morocco ... Algeria
    # was cutting ties 'as of today'")
    keys += [f"{source.document}|{event.cameo}" for source in event.sources]
    for week in weeks:
        for key in keys:
            yield (family(event), f"{week[0]}-{week[1]}", key)


@dataclass
class Cast:
    """Who a report (or a group of merged reports) names: people with their states, the other actors,
    and every state among them."""

    people: dict[str, str | None]
    others: set[str]
    countries: set[str]

    def names(self) -> set[str]:
        return set(self.people) | self.others

    def join(self, other: Cast) -> None:
        self.people.update(other.people)
        self.others |= other.others
        self.countries |= other.countries


def cast_of(event: Event) -> Cast:
    return Cast(
        {x.name: x.country for x in event.actors if x.kind == "person"},
        {x.name for x in event.actors if x.kind != "person"},
        {x.country for x in event.actors if x.country},
    )


def actors_match(a: Cast, b: Cast) -> bool:
    """Whether two reports (or groups of reports) can be about the same actors."""
    if a.people and b.people:
        # Blinken meeting Wang and Blinken meeting Lavrov on one day are two meetings.
        shared_people = a.people.keys() & b.people.keys()
        return bool(shared_people) and (
            len(shared_people) >= 2
            or a.people.keys() <= b.people.keys()
            or b.people.keys() <= a.people.keys()
            or other_delegates(a, b, shared_people)
        )
    shared = a.others & b.others
    return len(shared) >= 2 or (len(shared) == 1 and len(a.others) == 1 and len(b.others) == 1)


def other_delegates(a: Cast, b: Cast, shared: set[str]) -> bool:
    """Whether two reports sharing a person name different delegates of the same states: "Manalo met
    Kihara" and "Teodoro and Manalo held talks" of one Japan-Philippines meeting (each report's other
    people are of states the other report names, and not of the same state: Tillerson meeting Lavrov
    and Tillerson received by Putin are two meetings)."""
    states_a = {a.people[name] for name in a.people.keys() - shared}
    states_b = {b.people[name] for name in b.people.keys() - shared}
    known_a = {state for state in states_a if state}
    known_b = {state for state in states_b if state}
    # (someone of no known state could be anyone's delegate)
    return (
        known_a == states_a
        and known_b == states_b
        and not known_a & known_b
        and known_a <= b.countries
        and known_b <= a.countries
    )


def compatible_status(a: str, b: str) -> bool:
    """A plan that came true is the same event as its report; a denial never is."""
    return a == b or "negated" not in (a, b)


def same_event(a: Event, b: Event) -> bool:
    if family(a) != family(b) or not compatible_status(a.status, b.status):
        return False
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return False
    if a.first > b.last or b.first > a.last:
        return False
    one_document = {s.document for s in a.sources} & {s.document for s in b.sources}
    if one_document and a.precision == b.precision == "day" and a.first != b.first:
        return False
    if {remote(a), remote(b)} == {True, False} and (in_person(a) or in_person(b)):
        return False  # Modi phoning Sharif in the morning and meeting him in Lahore that day: two events
    if family(a) not in JOINT_ROOTS and not doers(a) & doers(b) and doers(a) and doers(b):
        return False  # Blinken saying one thing and Wang telling him another are two statements
    if one_document and family(a) not in ("04", "05") and a.cameo[:3] != b.cameo[:3]:
        return False  # sanctions on Pelosi and a suspension of cooperation, told by one article: two acts
    if one_document and speaking_people(a) != speaking_people(b) and family(a) not in ("04", "05"):
        # An article that names people for one report and only countries for another tells two (a
        # statement by Biden, one by "the United States"); a meeting or a signing restated as "the
        # two countries met", "Colombia and the FARC signed" is still one, and so is an act of the
        # same states told again with the person it went to ("handed their applications to
        # Stoltenberg").
        return False
    if (host_a := host_states(a)) and (host_b := host_states(b)) and not host_a & host_b:
        return False  # Kagame in Paris earlier this month, and Kagame receiving Macron in Kigali
    if one_document and told_again_with_fewer(a, b):
        return True
    return actors_match(cast_of(a), cast_of(b)) and not other_counterparts(a, b)


def host_states(event: Event) -> set[str]:
    """The states a visit went to or a hosting took place in: a visit's targets, a host's sources."""
    side = {"042": "target", "043": "source"}.get(event.cameo[:3])
    return {a.country for a in event.actors if side and a.role == side and a.country}


def told_again_with_fewer(a: Event, b: Event) -> bool:
    """Whether one article tells the same act twice on one day, once with fewer actors."""
    names_a, names_b = {x.name for x in a.actors}, {x.name for x in b.actors}
    # (the same doers: an attack nobody claims is no retelling of one somebody made)
    return (
        bool(doers(a) & doers(b))
        and a.cameo == b.cameo
        and (a.first, a.last) == (b.first, b.last)
        and a.precision == b.precision
        and bool(names_a & names_b)
        and (names_a <= names_b or names_b <= names_a)
    )




def doers(event: Event) -> set[str]:
    return {a.name for a in event.actors if a.role == "source"}


def speaking_people(event: Event) -> bool:
    return any(a.kind == "person" and a.role == "source" for a in event.actors)


IN_PERSON_WORDS = ("meet", "met", "shook", "shak", "summit", "visit", "talks", "trip", "host")


def in_person(event: Event) -> bool:
    """A visit, hosting, a meeting abroad, or a report that says they met, shook hands or held talks."""
    return event.cameo[:3] in ("042", "043", "044") or any(
        source.trigger.lower().startswith(IN_PERSON_WORDS) for source in event.sources
    )


def other_counterparts(a: Event, b: Event) -> bool:
    """Whether two reports sharing a person deal with different others: Zelensky sitting with NATO
    and Zelensky meeting Biden (the one report names NATO, the other a man of another state), Modi
    visiting Afghanistan and Modi meeting Sharif of Pakistan."""
    for one, two in ((a, b), (b, a)):
        names_one = {x.name for x in one.actors}
        countries_one = {x.country for x in one.actors if x.country}
        newcomers = [x for x in two.actors if x.kind == "person" and x.name not in names_one]
        # (a body's own staff, "NATO" or "UN" where a state's code would be, belong to no state)
        foreign = {x.country for x in newcomers if state_code(x.country) and x.country not in countries_one}
        names_two = {x.name for x in two.actors}
        unmatched = [
            x for x in one.actors if x.kind in ("organisation", "country") and x.name not in names_two
        ]
        if foreign and unmatched:
            return True
    return False


def state_code(code: str | None) -> bool:
    """Whether an actor's country is a state's ISO alpha-3 code, not a body's ("NATO", "UN", "EU")."""
    return bool(code) and len(code or "") == 3 and (code or "").isalpha() and (code or "").isupper()


@dataclass
class Group:
    """What a growing group of merged reports agrees on: a date window and its actors."""

    first: dt.date
    last: dt.date
    cast: Cast
    documents: set[str]

    def accepts(self, other: Group) -> bool:
        mine, theirs = self.cast.names(), other.cast.names()
        # (an act one article tells again with fewer actors joins it; across articles that would let
        # a report naming only one country bridge two events)
        retold = len(self.documents | other.documents) == 1 and bool(mine & theirs) and (
            mine <= theirs or theirs <= mine
        )
        return max(self.first, other.first) <= min(self.last, other.last) and (
            actors_match(self.cast, other.cast) or retold
        )

    def absorb(self, other: Group) -> None:
        self.first, self.last = max(self.first, other.first), min(self.last, other.last)
        self.cast.join(other.cast)
        self.documents |= other.documents


def merge_events(events: Sequence[Event]) -> list[Event]:
    """One event per happening, each with all its sources, in date order."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # A join must leave a day every member agrees with, and actors every member can share: without
    # this, a report naming only countries would bridge two meetings with different people.
    groups = [
        Group(e.first, e.last, cast_of(e), {s.document for s in e.sources})
        if e.first and e.last
        else None
        for e in events
    ]
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        for key in block_keys(event):
            blocks[key].append(index)
    for members in blocks.values():
        # Each report is compared with one report per group already formed in the block, so a block
        # of k reports of one event costs k comparisons, not k squared.
        anchors: list[int] = []
        for j in members:
            joined = False
            for i in anchors:
                root_i, root_j = find(i), find(j)
                if root_i == root_j:
                    joined = True
                    break
                group_i, group_j = groups[root_i], groups[root_j]
                if group_i and group_j and same_event(events[i], events[j]) and group_i.accepts(group_j):
                    parent[root_j] = root_i
                    group_i.absorb(group_j)
                    joined = True
                    break
            if not joined:
                anchors.append(j)
    merged: dict[int, list[Event]] = defaultdict(list)
    for index, event in enumerate(events):
        merged[find(index)].append(event)
    return sorted((combine(group) for group in merged.values()), key=sort_key)


def place_origin(event: Event) -> str:
    origin = event.location.origin if event.location else ""
    return origin if origin in PLACE_ORIGINS else PLACE_ORIGINS[-1]


def precision_rank(event: Event) -> int:
    return PRECISIONS.index(event.precision) if event.precision in PRECISIONS else len(PRECISIONS)


def combine(group: list[Event]) -> Event:
    """One event from reports of the same happening."""
    if len(group) == 1:
        return group[0]
    # The date: the narrowest report, preferring dates written in the sentence over inherited ones.
    best = min(
        group,
        key=lambda e: (
            precision_rank(e),
            e.date_origin != "sentence",
            (e.last - e.first).days if e.first and e.last else 9999,
            e.id,
        ),
    )
    # The type: the most specific code reported, then the most frequent.
    code_counts: dict[str, int] = defaultdict(int)
    for event in group:
        code_counts[event.cameo] += 1
    typed = max(group, key=lambda e: (len(e.cameo), code_counts[e.cameo], -int(e.cameo or 0)))
    actors: dict[str, EventActor] = {}
    for event in sorted(group, key=lambda e: -e.confidence):
        for actor in event.actors:
            actors.setdefault(actor.name, actor)
    sources = sorted({s for e in group for s in e.sources}, key=lambda s: (s.document, s.start))
    # The place: one a report's sentence names before one found from the rest of an article.
    location = next(
        (
            e.location
            for e in sorted(group, key=lambda e: (PLACE_ORIGINS.index(place_origin(e)), -e.confidence))
            if e.location
        ),
        None,
    )
    ordered_actors = tuple(
        sorted(
            actors.values(),
            key=lambda a: ({"source": 0, "target": 1}.get(a.role, 2), a.kind != "person", a.name),
        )
    )
    documents = {s.document for s in sources}
    # What happened outranks what was planned or thought possible.
    status = min((e.status for e in group), key=["reported", "planned", "hypothetical", "negated"].index)
    return dataclasses.replace(
        typed,
        id=min(e.id for e in group),
        date=best.date,
        end_date=best.end_date,
        precision=best.precision,
        first=best.first,
        last=best.last,
        date_origin=best.date_origin,
        actors=ordered_actors,
        location=location,
        sources=tuple(sources),
        confidence=round(min(0.99, max(e.confidence for e in group) + 0.05 * (len(documents) - 1)), 2),
        status=status,
        title=event_title(ordered_actors, typed.type, status),
    )


def sort_key(event: Event) -> tuple[object, ...]:
    return (event.first or dt.date.max, precision_rank(event), event.id)


def day_references(documents: Sequence[Document], timexes: Mapping[str, Sequence[Timex]]) -> Counter[dt.date]:
    """How much the corpus points at each day: the documents that name it as a day that has come
    (not a future one), and those published the day after it (a daily paper reports yesterday)."""
    references: Counter[dt.date] = Counter()
    for doc in documents:
        named = {
            t.first
            for t in timexes.get(doc.id, ())
            if t.type == "DATE"
            and t.precision == "day"
            and t.first is not None
            and (doc.published is None or t.first <= doc.published)
        }
        references.update(named)
        if doc.published is not None and not doc.published_inferred:
            references[doc.published - dt.timedelta(days=1)] += 1
    return references


def add_salience(events: Sequence[Event], references: Mapping[dt.date, int] | None = None) -> list[Event]:
    """Salience: independent sources, how central the actors are, and how often the corpus refers to
    the event's day (documents naming it, documents published the day after)."""
    references = references or {}
    actor_counts: dict[str, int] = defaultdict(int)
    for event in events:
        for actor in event.actors:
            actor_counts[actor.name] += 1
    top = max(actor_counts.values(), default=1)
    most_referenced = max(references.values(), default=0) or 1
    result = []
    for event in events:
        documents = len({s.document for s in event.sources})
        centrality = sum(actor_counts[a.name] for a in event.actors) / (top * max(1, len(event.actors)))
        dated = 1.0 if event.precision == "day" else 0.5 if event.precision else 0.0
        status = 1.0 if event.status == "reported" else 0.5
        referred = (
            references.get(event.first, 0) / most_referenced
            if event.precision == "day" and event.first
            else 0
        )
        salience = (documents + centrality + 0.5 * dated + 10 * referred) * status * event.confidence
        result.append(dataclasses.replace(event, salience=round(salience, 4)))
    return result
