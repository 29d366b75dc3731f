"""Publication dates inferred from an article's own words: datelines, summits, the latest past date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.published import Summit, infer_published, load_summits

ROME = Summit("G20", "G20 Rome Summit", dt.date(2021, 10, 30), dt.date(2021, 10, 31), "Rome", "ITA")
OSAKA = Summit("G20", "G20 Osaka Summit", dt.date(2019, 6, 28), dt.date(2019, 6, 29), "Osaka", "JPN")
ELMAU_2015 = Summit("G7", "G7 Elmau Summit 2015", dt.date(2015, 6, 7), dt.date(2015, 6, 8), "Elmau", "DEU")
ELMAU_2022 = Summit("G7", "G7 Elmau Summit 2022", dt.date(2022, 6, 26), dt.date(2022, 6, 28), "Elmau", "DEU")
SUMMITS = (ROME, OSAKA, ELMAU_2015, ELMAU_2022)


@pytest.mark.parametrize(("text", "expected"), [
    ("BEIJING, March 19 (Reuters) - China said the 2021 talks were the US's fault.", dt.date(2021, 3, 19)),
    ("NEW YORK, Oct 26, 2021 /PRNewswire/ -- Acme Corp announced results.", dt.date(2021, 10, 26)),
    ("Published on April 17, 2024\nThe minister met his counterpart.", dt.date(2024, 4, 17)),
    ("Updated: 2024-04-17 10:31\nThe minister met his counterpart.", dt.date(2024, 4, 17)),
    ("Rail strike ends\nJune 03, 2015\nThe union has called off its strike.", dt.date(2015, 6, 3)),
    ("Wednesday 23 February 2005 12.14 GMT The attorney general spoke.", dt.date(2005, 2, 23)),
    ("Flu update May 4, 2009 3:56 pm EDT MEXICO CITY (Reuters) - Schools stay shut.", dt.date(2009, 5, 4)),
])
def test_infer_published_reads_datelines(text: str, expected: dt.date) -> None:
    assert infer_published(text, summits=()) == (expected, "dateline")


def test_infer_published_gives_a_dateline_without_year_no_year_of_its_own() -> None:
    text = "BEIJING, March 19 (Reuters) - China said on Friday talks were tough."
    assert infer_published(text, summits=()) is None


def test_infer_published_takes_the_latest_day_reported_as_past_when_its_weekday_is_named() -> None:
    text = ("The ministers met on Tuesday, June 1, 2021 in Geneva. They had last met on March 3, 2020. "
            "On Tuesday they agreed to meet again.")
    assert infer_published(text, summits=()) == (dt.date(2021, 6, 1), "latest past date in text")


@pytest.mark.parametrize("text", [
    "The ministers will meet on Tuesday, June 1, 2021.",  # reported as future
    "The ministers met on March 3, 2020 in Geneva.",  # nothing says it is the news of the day
    "The treaty signed on Tuesday, June 1, 2021 will be reviewed in 2023, officials said in 2022.",
    "Talks were tense. Both sides blamed each other.",
])
def test_infer_published_does_not_guess_from_weak_evidence(text: str) -> None:
    assert infer_published(text, summits=()) is None


def test_infer_published_dates_an_article_by_the_summit_its_subjects_are_attending() -> None:
    text = ("The meeting took place in the Italian capital, Rome, where they are attending the G20 summit. "
            "Earlier, the two met in Alaska in March.")
    assert infer_published(text, summits=SUMMITS) == (dt.date(2021, 10, 31), "summit: G20 Rome Summit")


@pytest.mark.parametrize("text", [
    "Leaders are attending the G20 summit this weekend.",  # no host named
    "They first met at the G20 summit in Rome, and talk regularly since.",  # not in the present
    "Leaders are attending the G7 summit in Elmau.",  # held there twice
    "Leaders are attending the G20 summit in Rome, after the 2022 elections.",  # later than this summit
])
def test_infer_published_needs_one_summit_named_with_its_host_in_the_present(text: str) -> None:
    assert infer_published(text, summits=SUMMITS) is None


def test_infer_published_picks_between_summits_in_one_city_by_the_year_written() -> None:
    text = "Leaders are attending the G7 summit in Elmau, the first since the 2021 Cornwall meeting, in 2022."
    assert infer_published(text, summits=SUMMITS) == (dt.date(2022, 6, 28), "summit: G7 Elmau Summit 2022")


def test_infer_published_takes_a_host_country_only_as_the_place_of_the_summit() -> None:
    hosted = "Leaders are attending the G20 summit in Japan this week."
    named = "Leaders from Japan are attending the G20 summit this week."
    assert infer_published(hosted, summits=SUMMITS) == (dt.date(2019, 6, 29), "summit: G20 Osaka Summit")
    assert infer_published(named, summits=SUMMITS) is None


def test_infer_published_reads_the_title_too() -> None:
    assert infer_published("The minister met his counterpart.", "June 03, 2015", summits=()) == (
        dt.date(2015, 6, 3), "dateline")


def test_load_summits_returns_nothing_when_the_file_is_absent(tmp_path: Path) -> None:
    assert load_summits(tmp_path / "summits.yaml") == ()


def test_load_summits_reads_entries_and_skips_incomplete_ones(tmp_path: Path) -> None:
    path = tmp_path / "summits.yaml"
    path.write_text("- {series: G20, name: G20 Rome Summit, start: 2021-10-30, end: 2021-10-31, city: Rome, "
                    "country: ITA}\n- {series: G7, name: no dates}\n", encoding="utf-8")
    assert load_summits(path) == (ROME,)


def test_load_summits_reads_the_shipped_file_when_present() -> None:
    for summit in load_summits():
        assert summit.start <= summit.end
        assert summit.series and summit.name


def test_a_dateline_without_year_takes_it_from_a_dated_event_counted_back() -> None:
    text = (
        "AGRA, India, July 17 (Reuters) - The summit ended without a declaration. It was the first meeting "
        "since Vajpayee rode a bus to Lahore in February 1999, some two and a half years ago."
    )
    assert infer_published(text, summits=()) == (
        dt.date(2001, 7, 17),
        "dateline, year counted from a dated past event",
    )
    # a count in months is no count of years: the year stays the latest the text reports
    text = "AGRA, India, July 17 (Reuters) - They met in February 1999, some ten months ago."
    assert infer_published(text, summits=()) == (dt.date(1999, 7, 17), "dateline")


def test_a_dateline_year_ignores_a_named_law_and_a_lead_ends_at_its_quote() -> None:
    terms = [
        ("Donald Trump", dt.date(2017, 1, 20), dt.date(2021, 1, 20)),
        ("Mohammad Javad Zarif", dt.date(2013, 8, 15), dt.date(2021, 8, 25)),
    ]
    text = (
        'WASHINGTON, Jan 9 (Reuters) - Lawmakers on Thursday weighed Trump\'s decision, a day after he said '
        'Tehran "appears to be standing down."\n\nIn an address on Wednesday, Trump spoke of Zarif. Critics '
        "say the 1973 War Powers Resolution has done little."
    )
    assert infer_published(text, terms=terms) == (dt.date(2020, 1, 9), "dateline, year from who held office")
    # when the people named leave several years open, a law's year does not date the article
    undated = "WASHINGTON, Jan 9 (Reuters) - Trump weighed the 1973 War Powers Resolution."
    assert infer_published(undated, terms=terms[:1]) is None


def test_a_dateline_of_two_cities_dated_after_the_latest_month_the_text_reports() -> None:
    text = (
        "DAKAR/BANJUL, Jan 20 (Reuters) - West African forces held their positions on Friday. Jammeh "
        "accepted defeat in the December 2016 election, then reversed course."
    )
    assert infer_published(text, summits=()) == (dt.date(2017, 1, 20), "dateline")
    # a year reported with an earlier month keeps the dateline in that year
    text = "BANJUL, Jan 20 (Reuters) - The vote of January 2017 was upheld."
    assert infer_published(text, summits=()) == (dt.date(2017, 1, 20), "dateline")


def test_a_plan_in_the_present_tense_does_not_push_a_dateline_year_on() -> None:
    text = (
        "TBILISI, Aug 13 (Reuters) - Russia agreed to a ceasefire. Fighting began on Aug 7, 2008. NATO "
        "foreign ministers meet in December 2008."
    )
    assert infer_published(text, summits=()) == (dt.date(2008, 8, 13), "dateline")


def test_a_deadline_to_come_is_no_year_the_article_reports() -> None:
    text = (
        "GRANADA, Spain, Oct 5 (AFP) - Armenian Prime Minister Nikol Pashinyan met French Foreign Minister "
        "Catherine Colonna on Thursday. The separatist leader signed a decree last Thursday ordering all of "
        "its institutions to be dissolved by Jan. 1, 2024."
    )
    terms = [
        ("Catherine Colonna", dt.date(2022, 5, 20), dt.date(2024, 1, 11)),
        ("Nikol Pashinyan", dt.date(2018, 5, 8), None),
    ]
    published, origin = infer_published(text, summits=(), terms=terms) or (None, "")
    assert published == dt.date(2023, 10, 5) and "office" in origin
