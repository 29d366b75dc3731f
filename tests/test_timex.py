"""The temporal tagger: spans, TIMEX3 values, anchoring, tense, narrative focus and look-alikes."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import PRECISIONS, Timex
from timeline.timex import tag, tense_at
from timeline.timex_calendar import interval, is_timex3_value

SUNDAY = dt.date(2021, 10, 31)  # the Rome G20 article
SATURDAY = dt.date(2021, 3, 20)  # the day after the Anchorage talks


def found(text: str, anchor: dt.date | None = SUNDAY, *, narrative: bool = False) -> dict[str, Timex]:
    return {t.text: t for t in tag(text, anchor, narrative=narrative)}


def only(text: str, anchor: dt.date | None = SUNDAY, *, narrative: bool = False) -> Timex:
    timexes = tag(text, anchor, narrative=narrative)
    assert len(timexes) == 1, [t.text for t in timexes]
    return timexes[0]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("They met on March 19, 2021 in Anchorage.", "March 19, 2021", "2021-03-19"),
    ("They met on 19 March 2021 in Anchorage.", "19 March 2021", "2021-03-19"),
    ("They met on 2021-03-19 in Anchorage.", "2021-03-19", "2021-03-19"),
    ("They met on Mar. 19, 2021.", "Mar. 19, 2021", "2021-03-19"),
    ("They met on 3/19/2021.", "3/19/2021", "2021-03-19"),
    ("They met on 19.03.2021.", "19.03.2021", "2021-03-19"),
    ("They met on Friday, March 19, 2021.", "Friday, March 19, 2021", "2021-03-19"),
    ("It ended on the 19th of March, 2021.", "the 19th of March, 2021", "2021-03-19"),
    ("They met in March 2021.", "March 2021", "2021-03"),
    ("The treaty was signed in 1991.", "1991", "1991"),
    ("Profits fell in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1"),
    ("Sales rose in Q3 2020.", "Q3 2020", "2020-Q3"),
    ("It happened in the summer of 2010.", "the summer of 2010", "2010-SU"),
    ("Fighting resumed in the spring of 1916.", "the spring of 1916", "1916-SP"),
    ("Cars were boxy in the 1990s.", "the 1990s", "199"),
    ("The empire rose in the 19th century.", "the 19th century", "18"),
    ("Athens fell in 480 BC.", "480 BC", "BC0480"),
    ("Growth slowed in the second half of 2008.", "the second half of 2008", "2008-H2"),
    ("It was built by early June 2009.", "early June 2009", "2009-06"),
    ("He was hanged on December 30, 2006 after the trial.", "December 30, 2006", "2006-12-30"),
    ("The plane landed at 18:00 UTC on 2009-12-15.", "2009-12-15", "2009-12-15"),
])
def test_tag_normalises_written_out_dates(text: str, span: str, value: str) -> None:
    timex = found(text)[span]
    assert (timex.type, timex.value, timex.relative) == ("DATE", value, False)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("China on Friday said the talks were the US's fault.", SATURDAY, "Friday", "2021-03-19"),
    ("The ministers will meet on Friday.", SATURDAY, "Friday", "2021-03-26"),
    ("Markets will stay closed until Friday.", dt.date(2008, 9, 18), "Friday", "2008-09-19"),
    ("Apple announced on Monday a new phone.", dt.date(2007, 3, 19), "Monday", "2007-03-19"),
    ("The two met in Alaska in March.", SUNDAY, "March", "2021-03"),
    ("The two met in Alaska in March.", dt.date(2021, 2, 15), "March", "2020-03"),
    ("The two will meet in March.", SUNDAY, "March", "2022-03"),
    ("Earlier this week, the US ordered China Telecom out.", SUNDAY, "Earlier this week", "2021-W43"),
    ("Earlier this month, officials confirmed it.", SUNDAY, "Earlier this month", "2021-10"),
    ("Profits fell last year.", SUNDAY, "last year", "2020"),
    ("The deal will close next month.", SUNDAY, "next month", "2021-11"),
    ("He spoke last week.", dt.date(2004, 11, 24), "last week", "2004-W47"),
    ("Ryanair announced today that it would buy jets.", dt.date(2005, 6, 13), "today", "2005-06-13"),
    ("Jobs died yesterday at the age of 56.", dt.date(2011, 10, 6), "yesterday", "2011-10-05"),
    ("The talks resume tomorrow.", SUNDAY, "tomorrow", "2021-11-01"),
    ("They met a week ago.", dt.date(2011, 3, 18), "a week ago", "2011-03-11"),
    ("It was bought two years ago.", SUNDAY, "two years ago", "2019"),
    ("The shares fell in the fourth quarter.", dt.date(2007, 3, 13), "the fourth quarter", "2006-Q4"),
    ("Profits rose in the third quarter.", SUNDAY, "the third quarter", "2021-Q3"),
    ("The visit is planned for this summer.", dt.date(2021, 3, 1), "this summer", "2021-SU"),
    ("The store is now smaller.", SUNDAY, "now", "PRESENT_REF"),
    ("Prices have risen recently.", SUNDAY, "recently", "PAST_REF"),
    ("It will change in the future.", SUNDAY, "the future", "FUTURE_REF"),
    ("Sales fell 35% in January, compared to the same month a year ago.", dt.date(2009, 2, 3),
     "the same month a year ago", "2008-01"),
])
def test_tag_resolves_relative_dates_against_the_publication_date(text: str, anchor: dt.date, span: str,
                                                                  value: str) -> None:
    timex = found(text, anchor)[span]
    assert timex.value == value
    assert timex.relative or value.endswith("_REF")


def test_tag_gives_a_written_range_its_first_day_as_value_and_both_days_as_interval() -> None:
    timex = found("The talks were held in Anchorage on March 18-19.", SUNDAY)["March 18-19"]
    assert (timex.value, timex.first, timex.last) == ("2021-03-18", dt.date(2021, 3, 18),
                                                      dt.date(2021, 3, 19))


def test_tag_gives_earlier_this_week_the_iso_week_of_the_publication_date() -> None:
    timex = found("Earlier this week, the US ordered China Telecom out.", SUNDAY)["Earlier this week"]
    assert (timex.precision, timex.first, timex.last) == ("week", dt.date(2021, 10, 25),
                                                          dt.date(2021, 10, 31))


def test_tag_counts_the_previous_day_from_the_day_last_mentioned() -> None:
    timex = found("On Friday the minister said they had met the previous day.", SATURDAY)["the previous day"]
    assert timex.value == "2021-03-18"


def test_tag_reads_a_time_on_the_day_in_focus() -> None:
    timex = found("The 787 made its first flight Tuesday at 18:00 UTC.", dt.date(2009, 12, 16))["18:00 UTC"]
    assert (timex.type, timex.value, timex.precision) == ("TIME", "2009-12-15T18:00Z", "day")


def test_tag_reads_tonight_as_the_night_of_the_publication_date() -> None:
    assert found("He will speak tonight.", SUNDAY)["tonight"].value == "2021-10-31TNI"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("On 3 June 1944 the army landed. Two days later it took the town.", "Two days later", "1944-06-05"),
    ("The war began in 1941. The following year brought defeat.", "The following year", "1942"),
    ("Germany attacked in May 1940. In June, France fell.", "June", "1940-06"),
    ("Paris fell on June 14, 1940. The next day the army retreated.", "The next day", "1940-06-15"),
    ("Fighting began in August 1914. Later that month the line broke.", "Later that month", "1914-08"),
    ("The siege began on 12 March 1915. On the 20th, the fort fell.", "the 20th", "1915-03-20"),
    ("They fought in 1776. In the winter, the army starved.", "the winter", "1776-WI"),
    ("The army moved in 1950 and, as in 1812, winter came. In August, it attacked.", "August", "1950-08"),
])
def test_tag_anchors_narrative_on_the_last_date_mentioned(text: str, span: str, value: str) -> None:
    assert found(text, None, narrative=True)[span].value == value


def test_tag_splits_a_day_first_range_into_its_two_days() -> None:
    values = [(t.text, t.value) for t in tag("The battle (23-28 March 1951) was won.", None, narrative=True)]
    assert values == [("23", "1951-03-23"), ("28 March 1951", "1951-03-28")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("China Telecom must shut down within 60 days.", "60 days", "P60D"),
    ("They met for a 15-minute session.", "15-minute", "PT15M"),
    ("They met again after 4 years.", "4 years", "P4Y"),
    ("It ended a two-decade-old operation.", "two-decade-old", "P20Y"),
    ("Delivery has been pushed back several years.", "several years", "PXY"),
    ("Airbus will cut jobs over the next four years.", "the next four years", "P4Y"),
    ("It arrived 18 months behind schedule.", "18 months", "P18M"),
    ("It is almost two and a half years late.", "almost two and a half years", "P2.5Y"),
    ("GM's move comes a day after Chrysler filed.", "a day", "P1D"),
    ("The process will take between 60 and 90 days.", "60", "P60D"),
    ("Shares fell in thirty minutes.", "thirty minutes", "PT30M"),
    ("It has struggled in recent years.", "recent years", "PXY"),
])
def test_tag_reads_durations(text: str, span: str, value: str) -> None:
    timex = found(text)[span]
    assert (timex.type, timex.value, timex.first) == ("DURATION", value, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Inspections happen every week.", "every week", "P1W"),
    ("The report is published annually.", "annually", "P1Y"),
    ("They deliver 15 a year.", "a year", "P1Y"),
    ("The board meets each month.", "each month", "P1M"),
    ("Weekly claims rose.", "Weekly", "P1W"),
    ("Attacks averaged 30 a day.", "a day", "P1D"),
])
def test_tag_reads_sets(text: str, span: str, value: str) -> None:
    timex = found(text)[span]
    assert (timex.type, timex.value) == ("SET", value)


@pytest.mark.parametrize("text", [
    "Tensions may rise between the two sides.",
    "Tensions between the two countries May intensify.",
    "We will see what happens.",
    "The score was 6-2 at half time.",
    "Only 5 of 12 members voted.",
    "The fund raised 100M dollars.",
    "A man aged 45 was arrested.",
    "Call 555-2001 for details.",
    "They sent 1500 troops and 2000 tanks.",
    "The Arab Spring changed the region.",
    "They joined the Long March across China.",
    "After the fall of Saigon the war ended.",
    "Prices will fall sharply.",
    "The A380 and the 747 compete.",
    "He paid $2000 for it.",
    "The Security Council passed Resolution 1441.",
    "The Russell 2000 Index fell.",
    "The Sunday Times ran the story.",
    "Theresa May's government fell.",
    "He is in his 80s.",
    "He told BBC Radio 4's Today programme.",
])
def test_tag_finds_no_date_in_look_alikes(text: str) -> None:
    assert [t.text for t in tag(text, SUNDAY) if t.type in ("DATE", "TIME")] == []


def test_tag_never_takes_a_hyphenated_duration_for_a_date() -> None:
    assert [(t.text, t.type) for t in tag("a 15-minute call and a two-decade-old deal", SUNDAY)] == [
        ("15-minute", "DURATION"), ("two-decade-old", "DURATION")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The two met in Alaska in March.", "March", "XXXX-03"),
    ("China on Friday blamed the US.", "Friday", "XXXX-WXX-5"),
    ("Jobs died yesterday.", "yesterday", "XXXX-XX-XX"),
    ("He spoke last week.", "last week", "XXXX-WXX"),
    ("Profits fell last year.", "last year", "XXXX"),
    ("They met on March 19.", "March 19", "XXXX-03-19"),
])
def test_tag_leaves_unknown_digits_unknown_without_an_anchor(text: str, span: str, value: str) -> None:
    timex = found(text, None)[span]
    assert (timex.value, timex.precision, timex.first, timex.last) == (value, None, None, None)


def test_tag_keeps_prepositions_outside_and_modifiers_inside_spans() -> None:
    spans = [t.text for t in tag("On Friday, early June and the previous day were named.", SATURDAY)]
    assert spans == ["Friday", "early June", "the previous day"]


@pytest.mark.parametrize(("text", "tense"), [
    ("The ministers met in March.", "past"),
    ("The ministers will meet in March.", "future"),
    ("He said they would meet in March.", "future"),
    ("Officials said the firm wants to cut dealers by early June.", ""),
])
def test_tense_at_follows_the_nearest_cue(text: str, tense: str) -> None:
    start = text.index(" in March") + 4 if "March" in text else text.index("early June")
    assert tense_at(text, start, start + 5) == tense


def test_tag_runs_in_linear_time_on_adversarial_text() -> None:
    nasty = ("the the early mid- 12 - 12 - 1999 - March 3 , , of the year " * 4000) + ("9" * 5000)
    started = time.perf_counter()
    tag(nasty, SUNDAY)
    assert time.perf_counter() - started < 10


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from([
    "March", "May", "may", "19", "2021", "1999", "the", "last", "next", "week", "Friday", "on", "in", "early",
    "mid-", "-", "–", "/", ".", ",", "days", "two", "ago", "later", "year", "summer", "fall", "quarter",
    "third",
    "18-19", "3/19/2021", "2021-03-19", "BC", "1990s", "'82", "century", "19th", "at", "18:00", "UTC", "p.m.",
    "yesterday", "today", "every", "a", "annual", "same", "previous", "day", "half", "of", "\n", "We", "6-2",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, anchor=ANCHORS, narrative=st.booleans())
def test_tag_returns_ordered_well_formed_timexes_for_any_text(text: str, anchor: dt.date | None,
                                                              narrative: bool) -> None:
    timexes = tag(text, anchor, narrative=narrative)
    previous_end = 0
    for timex in timexes:
        assert previous_end <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert is_timex3_value(timex.value), timex.value
        if timex.precision is not None:
            assert timex.precision in PRECISIONS
            assert timex.first is not None and timex.last is not None and timex.first <= timex.last
        previous_end = timex.end


FULL_DATE_FORMATS = ("{month} {day}, {year}", "{day} {month} {year}", "{iso}")


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31)), anchor=ANCHORS,
       narrative=st.booleans(), form=st.sampled_from(FULL_DATE_FORMATS))
def test_tag_normalises_a_full_date_to_itself_whatever_the_anchor(day: dt.date, anchor: dt.date | None,
                                                                  narrative: bool, form: str) -> None:
    written = form.format(month=day.strftime("%B"), day=day.day, year=day.year, iso=day.isoformat())
    timex = only(f"It happened on {written}.", anchor, narrative=narrative)
    assert (timex.text, timex.value, timex.first, timex.last) == (written, day.isoformat(), day, day)


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-03", ("month", dt.date(2021, 3, 1), dt.date(2021, 3, 31))),
    ("2021-W43", ("week", dt.date(2021, 10, 25), dt.date(2021, 10, 31))),
    ("2021-Q2", ("quarter", dt.date(2021, 4, 1), dt.date(2021, 6, 30))),
    ("2010-SU", ("season", dt.date(2010, 6, 1), dt.date(2010, 8, 31))),
    ("2010-WI", ("season", dt.date(2010, 12, 1), dt.date(2011, 2, 28))),
    ("199", ("decade", dt.date(1990, 1, 1), dt.date(1999, 12, 31))),
    ("20", ("century", dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    ("2021-03-19T15:00", ("day", dt.date(2021, 3, 19), dt.date(2021, 3, 19))),
    ("XXXX-03", None),
    ("P60D", None),
    ("PRESENT_REF", None),
])
def test_interval_gives_the_days_a_value_covers(value: str,
                                                expected: tuple[str, dt.date, dt.date] | None) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize("value", [
    "2021-13", "March", "P", "2021-W", "PT15", "20211", "XXXX-3", "2021-03-19T", "2021-02-32", "2021-W54",
])
def test_is_timex3_value_rejects_malformed_values(value: str) -> None:
    assert not is_timex3_value(value)
