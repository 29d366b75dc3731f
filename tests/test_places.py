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
        # a city's name opening the name of a building is not that city
        ("Xi held talks with Ramaphosa at the Union Buildings in Pretoria.", "Pretoria"),
        ("They argued at the Union Buildings.", None),
        ("The leaders met at Kabul airport.", "Kabul"),
        # where things are, listed, is no one act's place
        ("The ministers agreed to reopen embassies in Riyadh and Tehran.", None),
    ],
)
def test_place_of_the_sentence(text: str, expected: str | None) -> None:
    assert place(text) == expected


def test_a_country_is_the_place_of_a_trip() -> None:
    assert place("Modi visited Japan on Monday.", trip=True) == "Japan"


def test_dateline_places_the_lead() -> None:
    assert place("GENEVA, June 16 (Wire) - The presidents talked for hours.") == "Geneva"
    # a small town is a dateline's place when its country follows
    assert place("OHRID, North Macedonia — The leaders of Serbia and Kosovo talked for hours.") == "Ohrid"


def test_coordinates_come_with_cities() -> None:
    text = "The ministers met in Rome."
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge())
    assert found is not None and found.country == "ITA"
    assert found.latitude is not None and 41 < found.latitude < 42.5


def test_a_country_is_never_a_citys_other_name() -> None:
    # geonames lists "Egypt" among the names of Goodyear, Arizona
    assert place("The ministers met in Egypt.") is None


def located(text: str, published: str = "2017-04-13") -> list[tuple[str, str | None, str | None]]:
    """(trigger, place, how the place was found) of each event the pipeline finds in the text."""
    import datetime as dt

    from timeline.pipeline import extract_document

    doc = Document("d", text, published=dt.date.fromisoformat(published))
    return [
        (
            event.sources[0].trigger,
            event.location.name if event.location else None,
            event.location.origin if event.location else None,
        )
        for event in extract_document(doc, load_knowledge()).events
    ]


def place_near(text: str, word: str, speech: bool = False) -> str | None:
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge(), near=text.index(word), speech=speech)
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "word", "speech", "expected"),
    [
        # a preposition opening the sentence, a described city, a region word before the name
        ("In New York, Russia vetoed the draft on Wednesday.", "vetoed", False, "New York"),
        ("The pact was signed in the Red Sea city of Jeddah.", "signed", False, "Jeddah"),
        ("Tillerson spent the morning with Lavrov at a house in central Moscow.", "spent", False, "Moscow"),
        ("Xi and Duterte met at the Great Hall of the People.", "met", False, "Great Hall of the People"),
        # where people came from or went is not where the act was, unless they travelled there for it
        ("Malaysia recalled its ambassador from Pyongyang.", "recalled", False, None),
        ("Riyadh expelled Canada's ambassador to Saudi Arabia.", "expelled", False, None),
        ("Pompeo flew to Pyongyang for talks with Kim.", "talks", False, "Pyongyang"),
        ("Ramaphosa led the leaders to Kyiv, where they met Zelensky.", "met", False, "Kyiv"),
        # another act's place, in a clause of its own
        ("Sudan expelled the Iranian envoy, while the UAE lowered its representation in Tehran.", "expelled",
         False, None),
        ("Moscow froze the hotline, hours after ships in the Mediterranean fired.", "froze", False, None),
        # ... but the same doer going on after "but" is the same act's place
        ("Nuland held talks in Niamey on Monday, but said she was not allowed to see Bazoum.", "said", True,
         "Niamey"),
        # what a statement says is not where it was said
        ("Putin accused unnamed forces of preparing attacks near Damascus.", "accused", True, None),
        ("Zhao told reporters in Beijing that India must stop.", "told", True, "Beijing"),
        ("Ramaphosa announced it at the close of the three-day summit in Johannesburg.", "announced", True,
         "Johannesburg"),
        ("Trump issued a statement from the White House.", "issued", True, "White House"),
    ],
)
def test_the_place_of_the_act_in_the_sentence(
    text: str, word: str, speech: bool, expected: str | None
) -> None:
    assert place_near(text, word, speech) == expected


def test_a_state_acting_alone_acts_from_its_capital() -> None:
    events = located("Bahrain cut diplomatic relations with Iran on Monday.")
    assert ("cut diplomatic relations", "Manama", "capital of the acting state") in events


def test_what_a_state_says_at_the_security_council_is_said_in_new_york() -> None:
    events = located("Russia rejected the charges at the U.N. Security Council on Wednesday.")
    assert [place for _, place, _ in events] == ["New York"]


def test_a_dateline_in_the_acting_state_beats_its_capital() -> None:
    events = located("ANKARA/JERUSALEM (Wire) - Turkey ordered Israel's ambassador to leave on Tuesday.\n\n"
                     "Turkey also recalled its own envoy from Tel Aviv on Tuesday, the ministry said.")
    assert {place for _, place, _ in events} == {"Ankara"}


def test_a_body_acts_at_its_seat() -> None:
    events = located("The European Union imposed sanctions on Belarus on Monday.")
    assert [(place, origin) for _, place, origin in events] == [("Brussels", "seat of the acting body")]


def test_an_event_of_the_same_day_and_people_lends_its_place() -> None:
    events = located(
        "Chinese President Xi Jinping met Philippine President Rodrigo Duterte in Beijing on Thursday.\n\n"
        "Xi also praised Duterte on Thursday for his decision to restore ties."
    )
    assert ("praised", "Beijing", "same occasion") in events


def test_the_dateline_places_the_news_of_the_day() -> None:
    events = located("MOSCOW (Wire) - Prices rose again this week.\n\n"
                     "Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi "
                     "on Thursday.", published="2020-09-11")
    assert ("met", "Moscow", "dateline") in events


def test_a_call_and_what_did_not_happen_have_no_place() -> None:
    events = located("Biden spoke by phone with Xi Jinping on Monday. Biden did not meet Putin on Monday.")
    assert all(place is None for _, place, _ in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town too small to take on its name alone, sure with its country after it
        ("Kurti and Vucic met in Ohrid, North Macedonia, on March 18.", "Ohrid"),
        ("Kurti and Vucic met in Ohrid on March 18.", None),
        # a word describing the place is not the place
        ("The deal came after a week of talks in the Red Sea city.", None),
        # a city's other spelling is not the start of a longer name
        ("Maduro and Ali met at Argyle international airport on Thursday.", None),
    ],
)
def test_towns_descriptions_and_longer_names(text: str, expected: str | None) -> None:
    assert place(text) == expected


def test_a_chamber_that_meets_meets_at_its_seat() -> None:
    events = located("The UN Security Council met behind closed doors at Guyana's request on Friday.")
    assert [place for _, place, _ in events] == ["New York"]


def test_the_schema_lists_every_way_a_place_is_found() -> None:
    import json
    from pathlib import Path

    from timeline.model import PLACE_ORIGINS

    schema = json.loads((Path(__file__).parents[1] / "timeline" / "data" / "events.schema.json").read_text())
    location = schema["properties"]["events"]["items"]["properties"]["location"]["oneOf"][1]
    assert location["properties"]["origin"]["enum"] == list(PLACE_ORIGINS)


def test_a_capital_named_in_what_was_said_is_not_where_it_was_said() -> None:
    text = (
        "The Guards said the operation punished Israel for the strike that flattened the consular building "
        "beside Iran's embassy in the Syrian capital, killing seven members."
    )
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge(), near=text.index("said"), speech=True)
    assert found is None
    assert place("The meeting took place in the Italian capital.") == "Rome"


def test_a_persons_possessive_is_no_place_and_where_after_from_places_the_clause() -> None:
    text = "Obama and Castro shook hands at Nelson Mandela's memorial service in Johannesburg last year."
    assert place(text) == "Johannesburg"
    text = "He flew to the Afghan capital from Moscow, where he held a summit with Putin."
    doc = Document("d", text, sentences=split_sentences(text))
    found = find_location(doc, doc.sentences[0], load_knowledge(), near=text.index("summit"))
    assert found is not None and found.name == "Moscow"
