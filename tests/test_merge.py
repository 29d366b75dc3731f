"""Merging reports of the same event across documents, and keeping different events apart."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline.merge import add_salience, merge_events
from timeline.model import Event, EventActor, Source

US = EventActor("United States", "country", "source", "USA")
CN = EventActor("China", "country", "target", "CHN")
BLINKEN = EventActor("Antony Blinken", "person", "source", "USA")
WANG = EventActor("Wang Yi", "person", "target", "CHN")
LAVROV = EventActor("Sergei Lavrov", "person", "target", "RUS")


def event(
    doc: str,
    first: str,
    last: str | None = None,
    *,
    code: str = "040",
    precision: str = "day",
    actors: tuple[EventActor, ...] = (BLINKEN, WANG, US, CN),
    origin: str = "sentence",
    start: int = 0,
) -> Event:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)
    date = first if precision == "day" else first[:7] if precision == "month" else first[:4]
    return Event(
        id=f"e-{doc[:4]}{start:06d}"[:12].ljust(12, "0"),
        type="meeting",
        cameo=code,
        goldstein=1.0,
        quad_class=1,
        date=date,
        end_date=None,
        precision=precision,
        first=a,
        last=b,
        actors=actors,
        location=None,
        sources=(Source(doc, "They met.", start, start + 9),),
        confidence=0.7,
        date_origin=origin,
    )


def test_month_report_merges_with_day_report_and_adopts_its_date() -> None:
    merged = merge_events(
        [
            event("rome", "2021-03-01", "2021-03-31", precision="month"),
            event("anchorage", "2021-03-19", origin="story date"),
        ]
    )
    assert len(merged) == 1
    assert merged[0].date == "2021-03-19" and merged[0].precision == "day"
    assert {s.document for s in merged[0].sources} == {"rome", "anchorage"}


def test_different_days_stay_apart() -> None:
    merged = merge_events([event("a", "2021-03-19"), event("b", "2021-10-31")])
    assert len(merged) == 2


def test_different_families_on_one_day_stay_apart() -> None:
    merged = merge_events([event("a", "2021-03-19"), event("b", "2021-03-19", code="010")])
    assert len(merged) == 2


def test_meetings_with_different_people_stay_apart() -> None:
    merged = merge_events([event("a", "2021-03-19"), event("b", "2021-03-19", actors=(BLINKEN, LAVROV))])
    assert len(merged) == 2


def test_countries_only_report_merges_when_two_countries_are_shared() -> None:
    merged = merge_events([event("a", "2021-03-19"), event("b", "2021-03-19", actors=(US, CN))])
    assert len(merged) == 1
    merged = merge_events([event("a", "2021-03-19"), event("b", "2021-03-19", actors=(US,))])
    assert len(merged) == 2


def test_undated_events_are_kept_and_never_merged() -> None:
    undated = Event(
        id="e-0000000001",
        type="meeting",
        cameo="040",
        goldstein=1.0,
        quad_class=1,
        date=None,
        end_date=None,
        precision=None,
        first=None,
        last=None,
        actors=(BLINKEN, WANG),
        location=None,
        sources=(Source("a", "They met.", 0, 9),),
        confidence=0.5,
    )
    merged = merge_events([undated, undated.__class__(**{**undated.__dict__, "id": "e-0000000002"})])
    assert len(merged) == 2


def test_a_chain_of_reports_cannot_stretch_beyond_a_common_date() -> None:
    merged = merge_events(
        [
            event("a", "2021-03-01", "2021-03-31", precision="month"),
            event("b", "2021-03-02"),
            event("c", "2021-03-28"),
        ]
    )
    assert len(merged) == 2


def test_salience_grows_with_independent_sources() -> None:
    merged = add_salience(
        merge_events(
            [
                event("a", "2021-03-19"),
                event("b", "2021-03-19", start=5),
                event("c", "2021-05-01", actors=(BLINKEN, LAVROV)),
            ]
        )
    )
    by_docs = sorted(merged, key=lambda e: len(e.sources))
    assert by_docs[0].salience < by_docs[1].salience


def test_a_meeting_restated_with_countries_only_in_the_same_article_is_one_event() -> None:
    merged = merge_events([event("a", "2021-10-31"), event("a", "2021-10-31", actors=(US, CN), start=50)])
    assert len(merged) == 1


def test_a_named_statement_and_a_countries_only_statement_in_one_article_stay_apart() -> None:
    merged = merge_events(
        [
            event("a", "2021-10-31", code="010"),
            event("a", "2021-10-31", code="010", actors=(US, CN), start=50),
        ]
    )
    assert len(merged) == 2


def test_one_person_meeting_an_alliance_and_a_foreign_leader_are_two_meetings() -> None:
    zelensky = EventActor("Volodymyr Zelensky", "person", "source", "UKR")
    ukraine = EventActor("Ukraine", "country", "source", "UKR")
    nato = EventActor("NATO", "organisation", "target", None)
    biden = EventActor("Joe Biden", "person", "source", "USA")
    with_nato = event("vilnius", "2023-07-12", actors=(zelensky, ukraine, nato))
    with_biden = event("vilnius", "2023-07-12", actors=(biden, US, zelensky, ukraine), start=400)
    assert len(merge_events([with_nato, with_biden])) == 2
    # The same meeting told twice, once with the alliance's leader named, is still one.
    stoltenberg = EventActor("Jens Stoltenberg", "person", "target", None)
    again = event("other", "2023-07-12", actors=(zelensky, ukraine, stoltenberg, nato))
    assert len(merge_events([with_nato, again])) == 1


def test_a_call_and_a_meeting_of_the_same_people_on_one_day_stay_apart() -> None:
    call = event("doc", "2015-12-25", code="041")
    meeting = event("doc", "2015-12-25", start=50)
    met = dataclasses.replace(meeting, sources=(dataclasses.replace(meeting.sources[0], trigger="met"),))
    assert len(merge_events([call, met])) == 2
    # "They spoke" may be the call itself
    assert len(merge_events([call, meeting])) == 1


def test_a_visit_to_one_country_and_a_meeting_with_a_man_of_another_stay_apart() -> None:
    afghanistan = EventActor("Afghanistan", "country", "target", "AFG")
    visit = event("doc", "2015-12-25", code="042", actors=(BLINKEN, US, afghanistan))
    meeting = event("doc", "2015-12-25", actors=(BLINKEN, WANG, US, CN), start=50)
    assert len(merge_events([visit, meeting])) == 2


def test_statements_by_different_speakers_stay_apart_but_a_meeting_told_from_either_side_merges() -> None:
    wang_speaks = (
        dataclasses.replace(WANG, role="source"),
        dataclasses.replace(CN, role="source"),
        dataclasses.replace(BLINKEN, role="target"),
        dataclasses.replace(US, role="target"),
    )
    blinken_says = event("a", "2023-06-19", code="010", actors=(BLINKEN, US, CN), start=10)
    wang_tells = event("a", "2023-06-19", code="010", actors=wang_speaks, start=200)
    assert len(merge_events([blinken_says, wang_tells])) == 2
    blinken_meets = event("a", "2023-06-19", code="040", actors=(BLINKEN, US, WANG, CN), start=10)
    wang_meets = event("b", "2023-06-19", code="040", actors=wang_speaks)
    assert len(merge_events([blinken_meets, wang_meets])) == 1


def test_one_article_telling_an_act_again_with_its_recipient_is_one_event() -> None:
    finland = EventActor("Finland", "country", "source", "FIN")
    sweden = EventActor("Sweden", "country", "source", "SWE")
    nato = EventActor("NATO", "organisation", "target", None)
    stoltenberg = EventActor("Jens Stoltenberg", "person", "target", "NATO")
    applied = event("a", "2022-05-18", code="0213", actors=(finland, sweden, nato))
    handed = event("a", "2022-05-18", code="0213", actors=(finland, sweden, stoltenberg), start=300)
    assert len(merge_events([applied, handed])) == 1


def test_one_article_telling_two_acts_of_one_family_keeps_them_apart() -> None:
    china = EventActor("China", "country", "source", "CHN")
    us = EventActor("United States", "country", "target", "USA")
    sanctions = event("a", "2022-08-05", code="163", actors=(china, us))
    suspension = event("a", "2022-08-05", code="160", actors=(china, us), start=300)
    assert len(merge_events([sanctions, suspension])) == 2
    # two articles reporting one act in different words still merge
    reported = event("b", "2022-08-05", code="163", actors=(china, us))
    assert len(merge_events([sanctions, reported])) == 1


def test_an_act_told_again_with_fewer_actors_in_one_article_is_one_event() -> None:
    algeria = EventActor("Algeria", "country", "source", "DZA")
    morocco = EventActor("Morocco", "country", "target", "MAR")
    told = event("a", "2021-08-24", code="161", actors=(algeria, morocco))
    again = event("a", "2021-08-24", code="161", actors=(algeria,), start=300)
    assert len(merge_events([told, again])) == 1
    # another article's one-sided report, or another day, is not that restatement
    assert len(merge_events([told, event("b", "2021-08-24", code="161", actors=(algeria,))])) == 2
    assert len(merge_events([told, event("a", "2021-08-23", code="161", actors=(algeria,), start=300)])) == 2


def test_expelling_a_states_people_and_expelling_its_diplomats_are_one_act() -> None:
    russia = EventActor("Russia", "country", "target", "RUS")
    people = event("wire", "2018-03-26", code="174", actors=(US, russia))
    diplomats = event("paper", "2018-03-26", code="161", actors=(US, russia))
    assert len(merge_events([people, diplomats])) == 1
    # another kind of coercion (a ban) on the same day stays apart
    assert len(merge_events([diplomats, event("wire", "2018-03-26", code="172", actors=(US, russia))])) == 2


def test_a_lone_state_report_merges_with_one_naming_its_envoy() -> None:
    malaysia = EventActor("Malaysia", "country", "source", "MYS")
    envoy = EventActor("Mohamad Nizan Mohamad", "person", "source", "MYS")
    named = event("analysis", "2017-02-20", code="161", actors=(envoy, malaysia))
    bare = event("wire", "2017-02-20", code="161", actors=(malaysia,))
    assert len(merge_events([named, bare])) == 1
    # the lone state does not join a report of another state's recall
    korea = EventActor("North Korea", "country", "source", "PRK")
    assert len(merge_events([named, event("wire", "2017-02-20", code="161", actors=(korea,))])) == 2


def test_reports_naming_different_delegates_of_the_same_two_states_are_one_meeting() -> None:
    japan = EventActor("Japan", "country", "source", "JPN")
    philippines = EventActor("Philippines", "country", "target", "PHL")
    manalo = EventActor("Enrique Manalo", "person", "target", "PHL")
    kihara = EventActor("Minoru Kihara", "person", "source", "JPN")
    teodoro = EventActor("Gilberto Teodoro", "person", "target", "PHL")
    one = event("guardian", "2024-07-08", actors=(kihara, manalo, japan, philippines))
    other = event("aljazeera", "2024-07-08", code="046", actors=(manalo, teodoro, japan, philippines))
    assert len(merge_events([one, other])) == 1
    # two people of one state in two reports sharing a guest are two meetings (Lavrov, then Putin)
    russia = EventActor("Russia", "country", "target", "RUS")
    putin = EventActor("Vladimir Putin", "person", "target", "RUS")
    tillerson = EventActor("Rex Tillerson", "person", "source", "USA")
    with_lavrov = event("wire", "2017-04-12", actors=(tillerson, LAVROV, US, russia))
    with_putin = event("paper", "2017-04-12", code="043", actors=(putin, tillerson, russia, US))
    assert len(merge_events([with_lavrov, with_putin])) == 2


def test_a_ban_and_sanctions_by_one_body_on_one_day_are_one_act() -> None:
    reports = [
        event("reuters", "2006-10-14", code="172", actors=(US, CN)),
        event("observer", "2006-10-14", code="163", actors=(US, CN)),
    ]
    assert len(merge_events(reports)) == 1


def test_a_visit_and_a_hosting_in_different_states_stay_apart() -> None:
    kagame = EventActor("Paul Kagame", "person", "source", "RWA")
    rwanda = EventActor("Rwanda", "country", "source", "RWA")
    macron = EventActor("Emmanuel Macron", "person", "target", "FRA")
    france = EventActor("France", "country", "target", "FRA")
    hosted = event("kigali", "2021-05-27", code="043", actors=(kagame, rwanda, macron, france))
    # "Kagame was back in Paris earlier this month": he went to France
    went = event(
        "kigali", "2021-05-01", "2021-05-27", code="042", precision="month", start=500,
        actors=(kagame, rwanda, dataclasses.replace(france, role="target")),
    )
    assert len(merge_events([hosted, went])) == 2
    # Macron's visit to Rwanda is Kagame's hosting
    visited = event(
        "paris", "2021-05-27", code="042",
        actors=(dataclasses.replace(macron, role="source"), dataclasses.replace(france, role="source"),
                dataclasses.replace(rwanda, role="target")),
    )
    assert len(merge_events([hosted, visited])) == 1
