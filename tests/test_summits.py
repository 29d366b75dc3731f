"""Events told at a summit the calendar lists take its days and host city."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events import events_of


def at_summit(text: str, published: dt.date) -> tuple[str | None, str | None, str | None, str | None]:
    event = next(e for e in events_of(text, published) if e.cameo.startswith("04"))
    place = event.location
    return event.date, event.end_date, place.name if place else None, place.origin if place else None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month the text gives narrows to the summit's days, and the summit's city is the place
        (
            "Allies hope to welcome Finland at NATO's summit in Madrid in June.",
            dt.date(2022, 5, 20),
            ("2022-06-28", "2022-06-30", "Madrid", "sentence"),
        ),
        (
            "Biden will travel to New Delhi next month for the Group of 20 summit.",
            dt.date(2023, 8, 20),
            ("2023-09-09", "2023-09-10", "New Delhi", "sentence"),
        ),
        # a day the text gives within the summit stays, and the host city places it
        (
            "Trump and Trudeau met on Friday on the sidelines of the G7 summit.",
            dt.date(2018, 6, 10),
            ("2018-06-08", None, "La Malbaie", "summit host city"),
        ),
    ],
)
def test_an_event_at_a_listed_summit_takes_its_days_and_city(
    text: str, published: dt.date, expected: tuple[str | None, ...]
) -> None:
    assert at_summit(text, published) == expected


def test_what_is_said_about_a_summit_and_a_summit_of_another_city_change_nothing() -> None:
    # the content of a statement is not where it was made
    (said,) = events_of(
        "Erdogan said he would like to meet Putin face to face at the climate summit in Paris.",
        dt.date(2015, 11, 28),
    )
    assert said.date == "2015-11-28"
    # the G7 summit in Hiroshima was in 2023: a date in 2022 is not moved onto another G7 summit
    date, _, _, origin = at_summit(
        "Japan's Kishida and South Korea's Yoon met on the sidelines of the G7 summit in Hiroshima in June.",
        dt.date(2022, 7, 1),
    )
    assert date == "2022-06" and origin == "sentence"
