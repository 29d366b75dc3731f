"""Sentences and publication dates of documents."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import named_terms, prepare_document, split_sentences
from timeline.knowledge import load_knowledge
from timeline.model import Document


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and China met. They talked.", ["The U.S. and China met.", "They talked."]),
        (
            "Mr. Blinken spoke on Jan. 5 in Washington. He left.",
            ["Mr. Blinken spoke on Jan. 5 in Washington.", "He left."],
        ),
        ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
        ("Headline here\n\nFirst paragraph.", ["Headline here", "First paragraph."]),
        ("Talks with J. Smith went well. Next!", ["Talks with J. Smith went well.", "Next!"]),
    ],
)
def test_split_sentences_respects_abbreviations_and_paragraphs(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@given(st.text(max_size=400))
def test_sentence_spans_lie_inside_the_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end


def test_metadata_date_wins_over_command_line_date() -> None:
    doc = Document("a", "They met.", published=dt.date(2021, 3, 20), published_origin="metadata")
    prepared = prepare_document(doc, dt.date(2000, 1, 1))
    assert prepared.published == dt.date(2021, 3, 20) and not prepared.published_inferred


def test_command_line_date_fills_a_missing_one() -> None:
    prepared = prepare_document(Document("a", "They met on Friday."), dt.date(2021, 3, 20))
    assert prepared.published == dt.date(2021, 3, 20)
    assert prepared.published_origin == "command line" and not prepared.published_inferred


def test_date_is_inferred_from_a_dateline_and_marked() -> None:
    prepared = prepare_document(Document("a", "GENEVA, June 16, 2021 (Wire) - The two presidents met."))
    assert prepared.published == dt.date(2021, 6, 16) and prepared.published_inferred


def test_no_evidence_leaves_the_date_unknown() -> None:
    prepared = prepare_document(Document("a", "The ministers met on Friday and agreed to talk again."))
    assert prepared.published is None and not prepared.published_inferred


def in_office_year(text: str) -> Document:
    knowledge = load_knowledge()
    return prepare_document(Document("a", text), None, knowledge.summits, knowledge.holdings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Medvedev (president from May 2008), Sarkozy (to May 2012) and Bush (to January 2009).
        (
            "TBILISI, Aug 13 (Wire) - French President Nicolas Sarkozy flew in from Moscow, where "
            "Dmitry Medvedev had accepted his plan. George W. Bush called for restraint.",
            dt.date(2008, 8, 13),
        ),
        # A year written in the text is a floor (2018), Imran Khan took office in August 2018.
        (
            "NEW DELHI, Feb 26 (Wire) - India said it struck a camp in Pakistan. Prime Minister Imran "
            "Khan, who took office in August 2018, called a meeting on Tuesday.",
            dt.date(2019, 2, 26),
        ),
        # 2014 and 2015 both fit Kerry, Zarif and Obama; only in 2015 was April 2 a Thursday.
        (
            "LAUSANNE, April 2 (Wire) - John Kerry and Mohammad Javad Zarif reached a framework on "
            "Thursday after talks that began in 2013. Barack Obama welcomed it.",
            dt.date(2015, 4, 2),
        ),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_who_held_office(text: str, expected: dt.date) -> None:
    prepared = in_office_year(text)
    assert prepared.published == expected
    assert prepared.published_origin == "dateline, year from who held office"


def test_one_long_serving_minister_does_not_pick_a_year() -> None:
    # Lavrov has been foreign minister since 2004: many years fit, so the article stays undated
    # rather than be put in the wrong one.
    prepared = in_office_year(
        "MOSCOW, March 29 (Wire) - Russia will expel 60 U.S. diplomats, Foreign Minister Sergei Lavrov "
        "said on Thursday. The United States on Monday expelled 60 Russians."
    )
    assert prepared.published is None


def test_former_office_holders_do_not_date_the_article() -> None:
    knowledge = load_knowledge()
    terms = named_terms("Former president George W. Bush spoke; Barack Obama listened.", knowledge.holdings)
    assert {name for name, _, _ in terms} == {"Barack Obama"}


def test_a_clock_time_does_not_end_a_sentence() -> None:
    text = (
        "Gazprom cut the pressure at 10 a.m. Moscow time on Sunday. The pause took effect at 7 a.m. "
        "(0500 GMT) on Friday. They met at 9 a.m. The talks ended."
    )
    assert [text[s.start : s.end][:12] for s in split_sentences(text)] == [
        "Gazprom cut ",
        "The pause to",
        "They met at ",
        "The talks en",
    ]
