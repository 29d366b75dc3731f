"""Knowledge the tool needs, read from the data files in `timeline/data/` and the user's own files.

Countries, organisations, offices and their holders, places and summits are plain YAML lists
(documented in `timeline/data/README.md`). They are loaded once per process and shared read-only;
a user file given with `--actors` adds entries under the same top-level keys.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from timeline.errors import KnowledgeError
from timeline.published import Summit

try:
    YAML_LOADER: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    YAML_LOADER = yaml.SafeLoader


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """A key for comparing names: no accents, no case, single spaces, no dots in acronyms."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", text.casefold()).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()
    government_aliases: tuple[str, ...] = ()
    capital_metonym: bool = True
    ambiguous_aliases: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    context_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str = "organisation"
    aliases: tuple[str, ...] = ()
    country: str | None = None
    type: str = "igo"
    forum: bool = False  # its meetings are meetings of member states (NATO, the G20), not of staff
    ambiguous_aliases: tuple[str, ...] = ()  # also people's names or words ("Wagner", "Fed")
    state_owned: bool = False  # a company that acts for its state (Gazprom cutting gas to Ukraine)
    descriptions: tuple[str, ...] = ()  # phrases that name it, in any case ("six world powers")
    seat: str | None = None  # where it sits and acts ("New York" for the Security Council)
    chamber: bool = False  # states speak, vote and veto in it (the Security Council)


@dataclass(frozen=True)
class Holding:
    """One person in one office for a period."""

    name: str
    country: str
    category: str
    title: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    holdings: tuple[Holding, ...] = ()


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str
    country: str | None
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one instance per loaded set
class Knowledge:
    """Everything the extraction stages look up, indexed for fast lookup."""

    countries: dict[str, Country]  # by ISO alpha-3
    organisations: dict[str, Organisation]  # by canonical name
    people: dict[str, Person]  # by canonical name
    holdings: tuple[Holding, ...]
    titles: dict[str, str]  # lower-case generic title -> office category
    office_titles: dict[str, tuple[str, str]]  # lower-case specific title -> (country, category)
    places: dict[str, PlaceEntry]  # folded name or alias -> place
    summits: tuple[Summit, ...]
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country code
    country_names: dict[str, str] = field(default_factory=dict)  # folded name/alias -> code

    def holders(self, country: str, category: str, day: dt.date) -> list[Holding]:
        return [h for h in self.holdings if h.country == country and h.category == category and h.covers(day)]


def read_data_file(path: Path | str, text: str | None = None) -> Any:
    """A YAML or JSON data file's content; errors name the file."""
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
        if str(path).endswith(".json"):
            return json.loads(text)
        return yaml.load(text, Loader=YAML_LOADER)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read knowledge file: {exc}") from exc


def builtin(name: str) -> list[dict[str, Any]]:
    """A list file shipped in timeline/data (empty when the file is absent)."""
    resource = resources.files("timeline") / "data" / name
    if not resource.is_file():
        return []
    content = read_data_file(name, resource.read_text(encoding="utf-8"))
    if not isinstance(content, list):
        raise KnowledgeError(f"timeline/data/{name}: expected a list of entries")
    return content


def as_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{where}: not an ISO date: {value!r}") from None


def strings(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def make_country(entry: dict[str, Any]) -> Country:
    return Country(
        code=str(entry["code"]),
        name=str(entry["name"]),
        aliases=strings(entry.get("aliases")),
        demonyms=strings(entry.get("demonyms")),
        capital=entry.get("capital"),
        capital_aliases=strings(entry.get("capital_aliases")),
        government_aliases=strings(entry.get("government_aliases")),
        capital_metonym=bool(entry.get("capital_metonym", True)),
        ambiguous_aliases=strings(entry.get("ambiguous_aliases")),
        latitude=entry.get("latitude"),
        longitude=entry.get("longitude"),
        context_aliases=strings(entry.get("context_aliases")),
    )


def make_holdings(entry: dict[str, Any], where: str) -> list[tuple[Holding, dict[str, Any]]]:
    result = []
    for holder in entry.get("holders") or []:
        start = as_date(holder.get("from"), f"{where}: {holder.get('name')}")
        if start is None:
            raise KnowledgeError(f"{where}: holder {holder.get('name')!r} has no 'from' date")
        holding = Holding(
            name=str(holder["name"]),
            country=str(entry["country"]),
            category=str(entry.get("category") or "other"),
            title=str(entry.get("title") or ""),
            start=start,
            end=as_date(holder.get("to"), f"{where}: {holder.get('name')}"),
        )
        result.append((holding, holder))
    return result


def assemble(sections: dict[str, list[dict[str, Any]]], where: str = "timeline/data") -> Knowledge:
    """Index the entries of every section into a Knowledge; later entries extend earlier ones."""
    try:
        countries = {c.code: c for c in map(make_country, sections.get("countries", []))}
        organisations = {}
        for entry in sections.get("organisations", []):
            org = Organisation(
                name=str(entry["name"]),
                kind=str(entry.get("kind") or "organisation"),
                aliases=strings(entry.get("aliases")),
                country=entry.get("country"),
                type=str(entry.get("type") or "igo"),
                forum=entry.get("forum") in (True, "true", "yes"),
                state_owned=entry.get("state_owned") in (True, "true", "yes"),
                ambiguous_aliases=strings(entry.get("ambiguous_aliases")),
                descriptions=strings(entry.get("descriptions")),
                seat=entry.get("seat"),
                chamber=entry.get("chamber") in (True, "true", "yes"),
            )
            organisations[org.name] = org
        holdings: list[Holding] = []
        people_aliases: dict[str, set[str]] = {}
        people_holdings: dict[str, list[Holding]] = {}
        people_country: dict[str, str] = {}
        title_owners: dict[str, set[tuple[str, str]]] = {}
        for entry in sections.get("offices", []):
            for holding, holder in make_holdings(entry, where):
                holdings.append(holding)
                people_aliases.setdefault(holding.name, set()).update(strings(holder.get("aliases")))
                people_holdings.setdefault(holding.name, []).append(holding)
                people_country.setdefault(holding.name, holding.country)
            for title in (entry.get("title"), *strings(entry.get("title_aliases"))):
                if title:
                    title_owners.setdefault(str(title).lower(), set()).add(
                        (str(entry["country"]), str(entry["category"]))
                    )
        # A title names a country only when one country has it and it is not a generic title
        # ("Secretary of State" is American; "Foreign Minister" and "Crown Prince" are everyone's).
        generic = {str(t).lower() for e in sections.get("titles", []) for t in strings(e.get("titles"))}
        office_titles = {
            t: next(iter(o)) for t, o in title_owners.items() if len(o) == 1 and t not in generic
        }
        for entry in sections.get("people", []):
            name = str(entry["name"])
            people_aliases.setdefault(name, set()).update(strings(entry.get("aliases")))
            if entry.get("country"):
                people_country[name] = str(entry["country"])
        people = {
            name: Person(
                name, tuple(sorted(aliases)), people_country.get(name), tuple(people_holdings.get(name, ()))
            )
            for name, aliases in people_aliases.items()
        }
        titles = {}
        for entry in sections.get("titles", []):
            for title in strings(entry.get("titles")):
                titles[title.lower()] = str(entry["category"])
        places = {}
        for entry in sections.get("places", []):
            place = PlaceEntry(
                str(entry["name"]),
                str(entry.get("kind") or "place"),
                entry.get("country"),
                entry.get("latitude"),
                entry.get("longitude"),
                strings(entry.get("aliases")),
            )
            for name in (place.name, *place.aliases):
                places[fold(name)] = place
        summits = tuple(
            Summit(
                str(e["series"]),
                str(e["name"]),
                as_date(e["start"], where) or dt.date.min,
                as_date(e.get("end") or e["start"], where) or dt.date.min,
                str(e.get("city") or ""),
                str(e.get("country") or ""),
            )
            for e in sections.get("summits", [])
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeError(
            f"{where}: an entry lacks a required key or has the wrong shape: {exc!r}"
        ) from exc
    demonyms = {fold(d): c.code for c in countries.values() for d in c.demonyms}
    country_names = {fold(n): c.code for c in countries.values() for n in (c.name, *c.aliases)}
    return Knowledge(
        countries,
        organisations,
        people,
        tuple(holdings),
        titles,
        office_titles,
        places,
        summits,
        demonyms,
        country_names,
    )


SECTIONS = {
    "countries": "countries.yaml",
    "organisations": "organisations.yaml",
    "offices": "offices.yaml",
    "titles": "titles.yaml",
    "places": "places.yaml",
    "summits": "summits.yaml",
}


@functools.cache
def builtin_sections() -> dict[str, list[dict[str, Any]]]:
    return {section: builtin(name) for section, name in SECTIONS.items()}


def load_knowledge(extra_files: Sequence[Path] = ()) -> Knowledge:
    """The built-in knowledge, extended by the user's files (same sections, as top-level keys)."""
    return _load_knowledge(tuple(str(p) for p in extra_files))


@functools.cache
def _load_knowledge(extra_files: tuple[str, ...]) -> Knowledge:
    sections = {k: list(v) for k, v in builtin_sections().items()}
    sections.setdefault("people", [])
    for path in extra_files:
        content = read_data_file(path)
        if not isinstance(content, dict):
            raise KnowledgeError(
                f"{path}: expected top-level keys such as 'people:', 'countries:', 'offices:'"
            )
        unknown = set(content) - set(sections)
        if unknown:
            raise KnowledgeError(f"{path}: unknown sections {sorted(unknown)}; allowed: {sorted(sections)}")
        for key, entries in content.items():
            if not isinstance(entries, list):
                raise KnowledgeError(f"{path}: section {key!r} must be a list of entries")
            sections[key].extend(entries)
    return assemble(sections, ", ".join(("timeline/data", *extra_files)))


@functools.cache
def cameo_codes() -> dict[str, dict[str, Any]]:
    """CAMEO code -> {label, goldstein, quad_class}."""
    return {str(e["code"]): e for e in builtin("cameo.yaml")}


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """A word list from data/words.yaml."""
    resource = resources.files("timeline") / "data" / "words.yaml"
    content = read_data_file("words.yaml", resource.read_text(encoding="utf-8"))
    return tuple(str(content[name]).split())


@functools.cache
def armed_group_descriptions() -> dict[str, str]:
    """Words describing an armed group ("gunmen", "insurgent") -> the group's canonical name."""
    resource = resources.files("timeline") / "data" / "words.yaml"
    content = read_data_file("words.yaml", resource.read_text(encoding="utf-8"))
    return {
        word.replace("-", " "): str(name)
        for name, written in dict(content["armed_group_descriptions"]).items()
        for word in str(written).split()
    }
