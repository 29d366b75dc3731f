"""Where events happened: prepositions, descriptions, datelines and the gazetteer."""

from __future__ import annotations

import pytest

from timeline.documents import split_sentences
from timeline.knowledge import load_knowledge
from timeline.model import Document
from timeline.places import find_location


def place(text: str, trip: bool = False) -> str | None:
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge(), trip=trip)
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides met in Anchorage, Alaska, on Thursday.", "Anchorage"),
        ("The meeting took place in the Italian capital, Rome.", "Rome"),
        ("The meeting took place in the Italian capital.", "Rome"),
        ("Spokesman Zhao spoke at a Beijing press conference.", "Beijing"),
        ("Russia will close the consulate in St Petersburg.", "Saint Petersburg"),
        ("They criticised abuses in China.", None),
        # another spelling of a city in the gazetteer
        ("A roadside bomb exploded near Basra on Monday.", "Basrah"),
        ("Marines fought street by street in Fallujah.", "Al Fallūjah"),
    ],
)
def test_place_of_the_sentence(text: str, expected: str | None) -> None:
    assert place(text) == expected


def test_a_country_is_the_place_of_a_trip() -> None:
    assert place("Modi visited Japan on Monday.", trip=True) == "Japan"


def test_dateline_places_the_lead() -> None:
    assert place("GENEVA, June 16 (Wire) - The presidents talked for hours.") == "Geneva"


def test_coordinates_come_with_cities() -> None:
    text = "The ministers met in Rome."
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge())
    assert found is not None and found.country == "ITA"
    assert found.latitude is not None and 41 < found.latitude < 42.5


def test_a_country_is_never_a_citys_other_name() -> None:
    # geonames lists "Egypt" among the names of Goodyear, Arizona
    assert place("The ministers met in Egypt.") is None
