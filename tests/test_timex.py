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
    ("The brewer's profits fell in the first quarter of 2015.", "the first quarter of 2015", "2015-Q1"),
    ("Sales rose in Q3 2020.", "Q3 2020", "2020-Q3"),
    ("It happened in the summer of 2010.", "the summer of 2010", "2010-SU"),
    ("Fighting resumed in the spring of 1916.", "the spring of 1916", "1916-SP"),
    ("Cars were boxy in the 1990s.", "the 1990s", "199"),
    ("The empire rose in the 19th century.", "the 19th century", "18"),
    ("Athens fell in 480 BC.", "480 BC", "BC0480"),
    ("Ticket sales recovered in the second half of 2013.", "the second half of 2013", "2013-H2"),
    ("The stadium was finished by early June 2012.", "early June 2012", "2012-06"),
    ("The striker retired on December 30, 2016 after the final.", "December 30, 2016", "2016-12-30"),
    ("The probe landed at 18:00 UTC on 2014-11-12.", "2014-11-12", "2014-11-12"),
])
def test_tag_normalises_written_out_dates(text: str, span: str, value: str) -> None:
    timex = found(text)[span]
    assert (timex.type, timex.value, timex.relative) == ("DATE", value, False)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("China on Friday said the talks were the US's fault.", SATURDAY, "Friday", "2021-03-19"),
    ("The ministers will meet on Friday.", SATURDAY, "Friday", "2021-03-26"),
    ("The border will stay closed until Friday.", dt.date(2019, 3, 14), "Friday", "2019-03-15"),
    ("The league announced on Monday a new format.", dt.date(2015, 6, 8), "Monday", "2015-06-08"),
    ("The two met in Alaska in March.", SUNDAY, "March", "2021-03"),
    ("The two met in Alaska in March.", dt.date(2021, 2, 15), "March", "2020-03"),
    ("The two will meet in March.", SUNDAY, "March", "2022-03"),
    ("Earlier this week, the US ordered China Telecom out.", SUNDAY, "Earlier this week", "2021-W43"),
    ("Earlier this month, officials confirmed it.", SUNDAY, "Earlier this month", "2021-10"),
    ("Profits fell last year.", SUNDAY, "last year", "2020"),
    ("The deal will close next month.", SUNDAY, "next month", "2021-11"),
    ("The coach spoke last week.", dt.date(2014, 11, 26), "last week", "2014-W47"),
    ("The airline announced today that it would cut routes.", dt.date(2013, 6, 12), "today", "2013-06-12"),
    ("The former senator died yesterday in Boston.", dt.date(2012, 8, 26), "yesterday", "2012-08-25"),
    ("The talks resume tomorrow.", SUNDAY, "tomorrow", "2021-11-01"),
    ("The envoys met a week ago.", dt.date(2017, 5, 19), "a week ago", "2017-05-12"),
    ("It was bought two years ago.", SUNDAY, "two years ago", "2019"),
    ("The bank's shares fell in the fourth quarter.", dt.date(2013, 3, 12), "the fourth quarter", "2012-Q4"),
    ("Profits rose in the third quarter.", SUNDAY, "the third quarter", "2021-Q3"),
    ("The visit is planned for this summer.", dt.date(2021, 3, 1), "this summer", "2021-SU"),
    ("The store is now smaller.", SUNDAY, "now", "PRESENT_REF"),
    ("Prices have risen recently.", SUNDAY, "recently", "PAST_REF"),
    ("It will change in the future.", SUNDAY, "the future", "FUTURE_REF"),
    ("Exports fell 12% in January, compared with the same month a year ago.", dt.date(2015, 2, 4),
     "the same month a year ago", "2014-01"),
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
    timex = found("The rocket lifted off Tuesday at 18:00 UTC.", dt.date(2018, 2, 7))["18:00 UTC"]
    assert (timex.type, timex.value, timex.precision) == ("TIME", "2018-02-06T18:00Z", "day")


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
    values = [(t.text, t.value) for t in tag("The talks (12-14 May 2015) failed.", None, narrative=True)]
    assert values == [("12", "2015-05-12"), ("14 May 2015", "2015-05-14")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("China Telecom must shut down within 60 days.", "60 days", "P60D"),
    ("They met for a 15-minute session.", "15-minute", "PT15M"),
    ("They met again after 4 years.", "4 years", "P4Y"),
    ("It ended a two-decade-old operation.", "two-decade-old", "P20Y"),
    ("The stadium's opening has been pushed back several years.", "several years", "PXY"),
    ("The carmaker will close plants over the next four years.", "the next four years", "P4Y"),
    ("The metro line opened 18 months behind schedule.", "18 months", "P18M"),
    ("The bridge is almost two and a half years overdue.", "almost two and a half years", "P2.5Y"),
    ("The walkout comes a day after talks collapsed.", "a day", "P1D"),
    ("The review will take between 30 and 45 days.", "30", "P30D"),
    ("The rally faded in thirty minutes.", "thirty minutes", "PT30M"),
    ("It has struggled in recent years.", "recent years", "PXY"),
])
def test_tag_reads_durations(text: str, span: str, value: str) -> None:
    timex = found(text)[span]
    assert (timex.type, timex.value, timex.first) == ("DURATION", value, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Inspections happen every week.", "every week", "P1W"),
    ("The report is published annually.", "annually", "P1Y"),
    ("The yard launches 15 a year.", "a year", "P1Y"),
    ("The board meets each month.", "each month", "P1M"),
    ("Weekly claims rose.", "Weekly", "P1W"),
    ("Arrivals averaged 300 a day.", "a day", "P1D"),
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
    "The A320 and the 737 compete.",
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

# ---------------------------------------------------------------- news on other topics and years

THURSDAY = dt.date(2019, 3, 14)
ELECTION_NIGHT = dt.date(2016, 11, 9)  # a Wednesday
JULY_FIRST = dt.date(2024, 7, 1)  # a Monday


def values(text: str, anchor: dt.date | None = THURSDAY, *,
           narrative: bool = False) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, anchor, narrative=narrative)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Leaders gathered in Quebec on 8 June 2018.", "8 June 2018", "2018-06-08"),
    ("Voters went to the polls on Nov. 6, 2012.", "Nov. 6, 2012", "2012-11-06"),
    ("The merger closed on 2015/07/01.", "2015/07/01", "2015-07-01"),
    ("Troops crossed the border on 24.02.2022.", "24.02.2022", "2022-02-24"),
    ("The accord was signed on 25/12/2019.", "25/12/2019", "2019-12-25"),
    ("Fireworks lit the sky on the 4th of July, 2016.", "the 4th of July, 2016", "2016-07-04"),
    ("POSTED SEPTEMBER 5, 2016 BY STAFF", "SEPTEMBER 5, 2016", "2016-09-05"),
    ("The club was sold in Sept. 2014.", "Sept. 2014", "2014-09"),
    ("The ruling was handed down on Thursday, 14 March 2013.", "Thursday, 14 March 2013", "2013-03-14"),
    ("Chelsea beat Arsenal 4-1 on 29 May 2019 in Baku.", "29 May 2019", "2019-05-29"),
    ("Trump won the 2016 election.", "2016", "2016"),
    ("Brexit talks ran from June 2017 to October 2019.", "October 2019", "2019-10"),
])
def test_tag_reads_dates_written_in_many_formats(text: str, span: str, value: str) -> None:
    timex = found(text, THURSDAY)[span]
    assert (timex.type, timex.value, timex.relative) == ("DATE", value, False)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("Clinton conceded on Tuesday, Nov. 8.", ELECTION_NIGHT, "Tuesday, Nov. 8", "2016-11-08"),
    ("Parliament voted last Thursday.", THURSDAY, "last Thursday", "2019-03-07"),
    ("The team plays next Saturday.", THURSDAY, "next Saturday", "2019-03-16"),
    ("The vote will take place this Friday.", THURSDAY, "this Friday", "2019-03-15"),
    ("Merkel will visit Washington on Friday.", THURSDAY, "Friday", "2019-03-15"),
    ("Merkel visited Washington on Friday.", THURSDAY, "Friday", "2019-03-08"),
    ("Exports fell last month.", THURSDAY, "last month", "2019-02"),
    ("The tariffs take effect next year.", THURSDAY, "next year", "2020"),
    ("The league expands next week.", THURSDAY, "next week", "2019-W12"),
    ("The strike began last weekend.", THURSDAY, "last weekend", "2019-W10-WE"),
    ("The club signed him last summer.", THURSDAY, "last summer", "2018-SU"),
    ("The stadium opens next spring.", THURSDAY, "next spring", "2020-SP"),
    ("Negotiators met last March in Geneva.", THURSDAY, "last March", "2018-03"),
    ("Talks resume next January.", THURSDAY, "next January", "2020-01"),
    ("The minister will visit Tokyo this September.", THURSDAY, "this September", "2019-09"),
    ("The ambassador arrived three days ago.", THURSDAY, "three days ago", "2019-03-11"),
    ("The treaty expires two years from now.", THURSDAY, "two years from now", "2021"),
    ("The referendum is due on June 23.", dt.date(2016, 6, 1), "June 23", "2016-06-23"),
    ("Polls open tomorrow morning.", THURSDAY, "tomorrow morning", "2019-03-15TMO"),
    ("The coalition collapsed earlier this year.", THURSDAY, "earlier this year", "2019"),
    ("Results are expected later this month.", THURSDAY, "later this month", "2019-03"),
])
def test_tag_resolves_last_next_and_this_against_the_publication_date(text: str, anchor: dt.date, span: str,
                                                                      value: str) -> None:
    timex = found(text, anchor)[span]
    assert (timex.value, timex.relative) == (value, True)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("The firm said profits rose in the second quarter.", THURSDAY, "the second quarter", "2018-Q2"),
    ("The firm expects growth in the second quarter.", THURSDAY, "the second quarter", "2019-Q2"),
    ("Officials said the fourth quarter would be weak.", THURSDAY, "the fourth quarter", "2019-Q4"),
    ("Sales jumped in Q4 2023.", THURSDAY, "Q4 2023", "2023-Q4"),
    ("Earnings beat forecasts in the first half of the year.", JULY_FIRST, "the first half of the year",
     "2024-H1"),
    ("Shipments will rise in the second half of next year.", JULY_FIRST, "the second half of next year",
     "2025-H2"),
])
def test_tag_gives_a_quarter_or_half_without_a_year_the_year_its_tense_points_to(
        text: str, anchor: dt.date, span: str, value: str) -> None:
    assert found(text, anchor)[span].value == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Inflation was high in the 1980s.", "the 1980s", "198"),
    ("Grunge peaked in the '90s.", "the '90s", "199"),
    ("Growth was rapid in the early 2000s.", "the early 2000s", "200"),
    ("Tensions peaked in the mid-1990s.", "the mid-1990s", "199"),
])
def test_tag_reads_decades(text: str, span: str, value: str) -> None:
    timex = found(text, THURSDAY)[span]
    assert (timex.type, timex.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "anchor", "narrative", "expected"), [
    ("The talks ended on March 3, 2015. The following week the envoys returned.", None, True,
     [("March 3, 2015", "DATE", "2015-03-03"), ("The following week", "DATE", "2015-W11")]),
    ("The bill cleared the Senate on 3 April 2013. The following month it became law.", None, True,
     [("3 April 2013", "DATE", "2013-04-03"), ("The following month", "DATE", "2013-05")]),
    ("The strike started on 2 May 2013. Two days later the mines closed.", None, True,
     [("2 May 2013", "DATE", "2013-05-02"), ("Two days later", "DATE", "2013-05-04")]),
    ("Fighting resumed on 1 October 2020 and the next day the capital was shelled.", None, True,
     [("1 October 2020", "DATE", "2020-10-01"), ("the next day", "DATE", "2020-10-02")]),
    ("The envoy landed on Monday. He had left Paris the previous day.", THURSDAY, False,
     [("Monday", "DATE", "2019-03-11"), ("the previous day", "DATE", "2019-03-10")]),
    ("The envoy landed on Monday. The previous week he was in Rome.", THURSDAY, False,
     [("Monday", "DATE", "2019-03-11"), ("The previous week", "DATE", "2019-W10")]),
])
def test_tag_counts_previous_following_and_later_from_the_date_in_focus(
        text: str, anchor: dt.date | None, narrative: bool, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, anchor, narrative=narrative) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit runs from May to July.", [("May", "DATE", "2019-05"), ("July", "DATE", "2019-07")]),
    ("Prices rose between 2014 and 2016.", [("2014", "DATE", "2014"), ("2016", "DATE", "2016")]),
    ("The ministers met on June 18-19.", [("June 18-19", "DATE", "2018-06-18")]),
    ("The talks, held June 3 to June 5, ended badly.",
     [("June 3", "DATE", "2018-06-03"), ("June 5", "DATE", "2018-06-05")]),
    ("The 2019-20 season was cut short.", [("2019", "DATE", "2019"), ("20", "DATE", "2020")]),
    ("The team finished the 2017/18 season unbeaten.", [("2017", "DATE", "2017"), ("18", "DATE", "2018")]),
    ("The strike lasted from Monday until Wednesday.",
     [("Monday", "DATE", "2019-03-11"), ("Wednesday", "DATE", "2019-03-13")]),
])
def test_tag_reads_both_ends_of_a_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


def test_tag_reads_a_range_with_a_present_perfect_until_as_looking_ahead() -> None:
    assert values("Officials have kept the border shut until Friday.") == [("Friday", "DATE", "2019-03-15")]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("The debate will start at 3 p.m. Tuesday.", THURSDAY, [("3 p.m. Tuesday", "TIME", "2019-03-19T15:00")]),
    ("The polls closed at 8 p.m. Tuesday.", ELECTION_NIGHT, [("8 p.m. Tuesday", "TIME", "2016-11-08T20:00")]),
    ("Trading opened at 9:30 a.m. EST.", THURSDAY, [("9:30 a.m. EST", "TIME", "2019-03-14T09:30")]),
    ("Votes will be counted from 7am to 10pm.", THURSDAY,
     [("7am", "TIME", "2019-03-14T07:00"), ("10pm", "TIME", "2019-03-14T22:00")]),
    ("The flight leaves at 0630 GMT.", THURSDAY, [("0630 GMT", "TIME", "2019-03-14T06:30Z")]),
    ("Troops moved at 0600 hours.", THURSDAY, [("0600 hours", "TIME", "2019-03-14T06:00")]),
    ("Shelling resumed at 2100 local time.", THURSDAY, [("2100 local time", "TIME", "2019-03-14T21:00")]),
    ("The match kicked off at 7.45pm.", THURSDAY, [("7.45pm", "TIME", "2019-03-14T19:45")]),
])
def test_tag_reads_clock_times_on_their_day(text: str, anchor: dt.date,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The coach was suspended for six months.", "six months", "P6M"),
    ("They held a 90-minute meeting.", "90-minute", "PT90M"),
    ("He signed a three-year contract.", "three-year", "P3Y"),
    ("She won a second four-year term.", "four-year", "P4Y"),
    ("The ceasefire held for 48 hours.", "48 hours", "PT48H"),
    ("Inflation has doubled over the past decade.", "the past decade", "P10Y"),
    ("After ten hard years in opposition, the party won.", "ten hard years", "P10Y"),
    ("Negotiators spent two tough weeks in Vienna.", "two tough weeks", "P2W"),
    ("A 45-year-old man was arrested.", "45-year-old", "P45Y"),
])
def test_tag_reads_durations_in_news(text: str, span: str, value: str) -> None:
    timex = found(text, THURSDAY)[span]
    assert (timex.type, timex.value) == ("DURATION", value)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The board meets twice a week.", "a week", "P1W"),
    ("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),
    ("The envoy meets the press each Friday morning.", "each Friday morning", "XXXX-WXX-5TMO"),
    ("On Mondays the market is shut.", "Mondays", "XXXX-WXX-1"),
    ("Reports are filed every year.", "every year", "P1Y"),
    ("Saudi Arabia pumps 10 million barrels a day.", "a day", "P1D"),
    ("The yard builds 12 ships a year.", "a year", "P1Y"),
])
def test_tag_reads_recurring_times_as_sets(text: str, span: str, value: str) -> None:
    timex = found(text, THURSDAY)[span]
    assert (timex.type, timex.value, timex.first) == ("SET", value, None)


@pytest.mark.parametrize("text", [
    "Thousands of protesters march through the capital.",
    "Protesters will march on parliament.",
    "The Sun newspaper reported the deal.",
    "The Mail on Sunday reported the deal.",
    "Trump hosted Xi at Mar-a-Lago.",
    "Mar Roxas lost the race to Rodrigo Duterte.",
    "United won 3-1 at home.",
    "The bill passed the House 218-212.",
    "The hotline is open 24/7.",
    "Inflation hit 10.1% as the index fell 2.4%.",
    "The club paid $2,019 million and £2015 for the fee.",
    "Call +44 20 7946 0958 or 1-800-555-2024 for tickets.",
    "Apple released iOS 17 and Microsoft dropped Windows 10.",
    "The prime minister left 10 Downing Street.",
    "Protesters gathered outside 1600 Pennsylvania Avenue.",
    "The man, aged 45, was arrested.",
    "The striker scored in the 89th minute.",
    "The F-16 and the Boeing 747 flew over Route 66.",
    "The old regime is history, he said.",
    "The regime soon collapsed.",
    "Prices rose 3% year-on-year.",
])
def test_tag_finds_no_date_in_news_look_alikes(text: str) -> None:
    assert [t.text for t in tag(text, THURSDAY) if t.type in ("DATE", "TIME")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices may fall in May.", [("May", "DATE", "2019-05")]),
    ("The Sun reported on Sunday that the deal collapsed.", [("Sunday", "DATE", "2019-03-10")]),
    ("He scored 2000 points in 2012.", [("2012", "DATE", "2012")]),
    ("Boeing delivered 806 planes in 2018, up from 763.", [("2018", "DATE", "2018")]),
    ("The Olympics were held in Tokyo in the summer of 2021.", [("the summer of 2021", "DATE", "2021-SU")]),
])
def test_tag_tells_dates_from_their_look_alikes_in_one_sentence(text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", ["Security was tightened after 9/11.", "The 9/11 attacks changed US policy.",
                                  "In the post-9/11 years, budgets grew."])
def test_tag_reads_9_11_as_the_day_of_the_attacks(text: str) -> None:
    timex = found(text, THURSDAY)["9/11"]
    assert (timex.type, timex.value, timex.first) == ("DATE", "2001-09-11", dt.date(2001, 9, 11))


def test_tag_takes_the_tense_of_a_date_from_its_own_clause() -> None:
    text = "The Fed raised rates in December and will meet again in mid-March."
    assert values(text, dt.date(2017, 1, 5)) == [("December", "DATE", "2016-12"),
                                                  ("mid-March", "DATE", "2017-03")]


def test_tag_reads_before_after_this_month_as_what_follows() -> None:
    text = "They held a call earlier this month before a summit. They met the week before."
    assert values(text, dt.date(2019, 11, 23)) == [
        ("earlier this month", "DATE", "2019-11"),
        ("the week before", "DATE", "2019-W46"),
    ]


def test_tag_dates_the_same_day_as_an_event_by_the_sentence_that_told_it() -> None:
    text = (
        "Kristersson flew to Budapest on Feb. 23, and the bid was approved by lawmakers on Feb. 26. On the "
        "same day as the Budapest visit, the EU adopted sanctions."
    )
    assert values(text, dt.date(2024, 3, 8))[-1] == ("the same day as", "DATE", "2024-02-23")


def test_tag_leaves_what_was_said_after_a_date_out_of_its_tense() -> None:
    friday = dt.date(2023, 8, 11)
    said = "Biden said at a news conference on Monday that the US would defend Taiwan."
    assert values(said, friday) == [("Monday", "DATE", "2023-08-07")]
    will = "Biden will announce on Monday that the US would defend Taiwan."
    assert values(will, friday) == [("Monday", "DATE", "2023-08-14")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The index has risen for the fourth consecutive week.", "the fourth consecutive week", "2019-W11"),
    ("Shares fell for a third straight session.", "a third straight session", "2019-03-14"),
    ("The economy shrank in 2015 for the third consecutive year.", "the third consecutive year", "2015"),
])
def test_tag_dates_the_latest_of_a_run_by_the_unit_in_focus(text: str, span: str, value: str) -> None:
    assert found(text, THURSDAY)[span].value == value


def test_tag_reads_the_part_of_the_trading_day() -> None:
    assert values("Shares fell in early trading and rallied in late afternoon trading.") == [
        ("late afternoon", "TIME", "2019-03-14TAF")]


def test_tag_reads_an_intensified_soon_as_the_future() -> None:
    assert values("Talks will resume very soon.") == [("very soon", "DATE", "FUTURE_REF")]


def test_tag_keeps_by_outside_a_modified_date() -> None:
    assert values("By late 2023 the deal was done; by mid-March it was signed.") == [
        ("late 2023", "DATE", "2023"), ("mid-March", "DATE", "2019-03")]

@pytest.mark.parametrize(("text", "expected"), [
    ("Fireworks marked Independence Day in Boston.", [("Independence Day", "DATE", "2018-07-04")]),
    ("Ukraine's Independence Day parade was cancelled.", []),
    ("Indian Independence Day was marked with a speech.", []),
])
def test_tag_dates_independence_day_as_the_fourth_of_july_only_for_the_united_states(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected



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


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A day of the month alone is around the report's own date, as its tense says.
        ("Moscow expelled two diplomats on the 5th in response.", "the 5th", "2024-03-05"),
        ("They met on the 21st.", "the 21st", "2024-02-21"),
        ("They will meet on the 2nd.", "the 2nd", "2024-04-02"),
        ("The vote will be held on the 20th.", "the 20th", "2024-03-20"),
        ("They met in January and again on the 20th.", "the 20th", "2024-01-20"),
        # "will be held" is a participle, not the past: March is this year's.
        ("The summit will be held in March.", "March", "2024-03"),
    ],
)
def test_tag_reads_a_day_of_the_month_alone(text: str, span: str, value: str) -> None:
    assert found(text, dt.date(2024, 3, 15))[span].value == value


def test_tag_leaves_floors_and_rankings_alone() -> None:
    assert tag("The office is on the 5th floor.", dt.date(2024, 3, 15)) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("They met over the Easter weekend.", dt.date(2018, 4, 27), "2018-W13-WE"),
        ("It was signed on Good Friday.", dt.date(1998, 4, 20), "1998-04-10"),
        ("Talks resume after Easter Monday 2016.", dt.date(2016, 1, 5), "2016-03-28"),
        ("He flew home for Thanksgiving.", dt.date(2019, 12, 2), "2019-11-28"),
    ],
)
def test_tag_places_feasts_that_move_with_the_year(text: str, anchor: dt.date, value: str) -> None:
    assert [t.value for t in tag(text, anchor) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In May last year, Washington took Cuba off its list.", "May last year", "2015-05"),
        ("They met in March last year.", "March last year", "2015-03"),
        ("They will meet in June next year.", "June next year", "2017-06"),
    ],
)
def test_tag_reads_a_month_of_last_or_next_year_as_one_date(text: str, span: str, value: str) -> None:
    assert found(text, dt.date(2016, 3, 21))[span].value == value


def test_tag_counts_a_weekday_told_as_part_of_the_story_from_the_day_it_was_at() -> None:
    text = (
        "The deadline was 13 March. On the Saturday, the ambassador was called in. Putin was re-elected "
        "the next day, and the following Tuesday Trump phoned him. At a summit that Thursday, leaders agreed."
    )
    values = [(t.text, t.value) for t in tag(text, dt.date(2018, 3, 30)) if t.type == "DATE"]
    assert ("the Saturday", "2018-03-17") in values
    assert ("following Tuesday", "2018-03-20") in values
    assert ("that Thursday", "2018-03-22") in values


def test_tag_counts_days_after_an_event_from_the_last_day_named() -> None:
    text = "Sergei Skripal was found on 4 March. Eight days after the attack, May told MPs."
    assert found(text, dt.date(2018, 3, 30))["Eight days after"].value == "2018-03-12"


def test_tag_reads_the_winter_olympics_as_a_name() -> None:
    text = "Kim Yo Jong came south for the Winter Olympics."
    assert [t.text for t in tag(text, dt.date(2018, 4, 27))] == []


def test_tag_counts_days_after_a_named_event_from_the_day_it_was_told() -> None:
    text = (
        "On 12 March the ambassador was summoned. On 13 March Donald Trump called Theresa May. "
        "May announced expulsions two days after the summons."
    )
    assert found(text, dt.date(2018, 3, 30))["two days after"].value == "2018-03-14"


def test_tag_dates_the_day_after_or_of_an_event_told_before_and_nothing_else() -> None:
    text = (
        "A suicide bomber struck a convoy in Pulwama on Feb. 14. The day after the bombing, New Delhi "
        "withdrew trade status. At a first summit on Feb. 17, leaders met. On the day of that first summit, "
        "Deby flew to Niamey. On the day of the parade, nobody came."
    )
    found_here = found(text, dt.date(2019, 2, 26))
    assert found_here["The day after"].value == "2019-02-15"
    assert found_here["the day of"].value == "2019-02-17"
    assert [t.text for t in tag(text, dt.date(2019, 2, 26))].count("the day of") == 1


def test_tag_counts_a_day_after_a_month_that_opened_its_sentence_within_that_month() -> None:
    text = (
        "Xi arrived on Monday, Aug. 21, for talks. In June, Ramaphosa led African leaders to Kyiv. The "
        "following day they went to St Petersburg. Trump met Xi on Friday, after talks collapsed in March. "
        "The next day he left."
    )
    found_here = found(text, dt.date(2023, 8, 25))
    assert found_here["The following day"].value == "2023-06-XX"
    assert found_here["The next day"].value == "2023-08-26"  # Friday the 25th, not March


def test_hitting_back_is_told_in_the_past() -> None:
    found_here = found(
        "Seoul hit back in late August by announcing it would let the pact expire.", dt.date(2019, 11, 23)
    )
    assert found_here["late August"].value == "2019-08"


def test_a_month_told_inside_a_sentence_opened_by_another_leaves_that_sentence_its_month() -> None:
    text = (
        "Xi held talks on Tuesday. In May, U.S. Ambassador Reuben Brigety accused South Africa of loading "
        "weapons onto a ship last December. He was summoned the next day. In October, ministers barred him "
        "from the summit, agreed in April, and leaders met later that month."
    )
    found_here = found(text, dt.date(2023, 8, 25))
    assert found_here["the next day"].value == "2023-05-XX"
    assert found_here["later that month"].value == "2022-10"  # the October before August


def test_a_months_possessive_is_the_month_but_mays_is_theresa_mays() -> None:
    anchor = dt.date(2009, 6, 12)
    assert values("The WTO report came after November's pledge by the G20.", anchor) == [
        ("November", "DATE", "2008-11")
    ]
    assert values("May's deal failed and June's talks ended.", anchor) == []


def test_an_adjective_in_ed_is_no_past_tense() -> None:
    text = "The Security Council will discuss the crisis behind closed doors on Tuesday, diplomats said."
    (tuesday,) = [t for t in tag(text, dt.date(2020, 9, 28)) if t.text == "Tuesday"]
    assert tuesday.value == "2020-09-29"


def test_a_year_naming_a_plan_or_a_fair_is_no_date() -> None:
    text = "The prince is pushing Vision 2030 and the kingdom hosts Expo 2030."
    assert values(text, dt.date(2023, 4, 6)) == []


def test_the_same_day_after_a_month_in_its_sentence_is_a_day_of_that_month() -> None:
    text = (
        "Saturday's meeting followed a round in Brussels. The plan was carried to the region in January by "
        "envoys, who held talks in Belgrade and in Pristina on the same day."
    )
    assert values(text, dt.date(2023, 3, 19))[-1] == ("the same day", "DATE", "2023-01-XX")


def test_a_long_past_day_naming_an_event_is_no_day_the_report_moves_to() -> None:
    text = (
        "Abe stood with Obama at the USS Arizona on Tuesday. Wreaths were laid at the memorial to the attack "
        "of Dec. 7, 1941. Earlier in the day the two held talks. The Dec. 7, 1941 raid killed 2,400. Later "
        "that day they left."
    )
    tags = found(text, dt.date(2016, 12, 28))
    assert tags["Earlier in the day"].value == "2016-12-27"
    assert tags["that day"].value == "2016-12-27"
    # a history told as such still moves on
    story = found("On Dec. 7, 1941, Japan attacked. Later that day Roosevelt spoke.", dt.date(2016, 12, 28))
    assert story["that day"].value == "1941-12-07"
