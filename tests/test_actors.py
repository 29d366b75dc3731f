"""Actor mentions and their resolution, on a small knowledge base built in the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.actors import find_actors
from timeline.documents import split_sentences
from timeline.knowledge import Knowledge, assemble, load_knowledge
from timeline.model import Document

SECTIONS = {
    "countries": [
        {
            "code": "USA",
            "name": "United States",
            "aliases": ["US", "U.S.", "America"],
            "demonyms": ["American", "Americans"],
            "capital": "Washington",
            "government_aliases": ["White House"],
        },
        {"code": "CHN", "name": "China", "aliases": ["PRC"], "demonyms": ["Chinese"], "capital": "Beijing"},
        {
            "code": "RUS",
            "name": "Russia",
            "demonyms": ["Russian"],
            "capital": "Moscow",
            "government_aliases": ["Kremlin"],
        },
        {
            "code": "JOR",
            "name": "Jordan",
            "demonyms": ["Jordanian"],
            "capital": "Amman",
            "ambiguous_aliases": ["Jordan"],
        },
    ],
    "organisations": [
        {
            "name": "State Department",
            "aliases": ["US State Department"],
            "country": "USA",
            "type": "government_body",
        },
        {"name": "China Telecom", "kind": "company", "country": "CHN", "type": "company"},
        {"name": "G20", "aliases": ["G-20", "Group of Twenty"]},
    ],
    "offices": [
        {
            "country": "USA",
            "category": "foreign_minister",
            "title": "Secretary of State",
            "holders": [
                {"name": "Antony Blinken", "from": dt.date(2021, 1, 26), "to": dt.date(2025, 1, 20)},
                {"name": "Mike Pompeo", "from": dt.date(2018, 4, 26), "to": dt.date(2021, 1, 20)},
            ],
        },
        {
            "country": "CHN",
            "category": "foreign_minister",
            "title": "Foreign Minister",
            "holders": [
                {"name": "Wang Yi", "from": dt.date(2013, 3, 16), "to": dt.date(2022, 12, 30)},
                {"name": "Qin Gang", "from": dt.date(2022, 12, 30), "to": dt.date(2023, 7, 25)},
            ],
        },
        {
            "country": "CHN",
            "category": "foreign_ministry_spokesperson",
            "title": "Foreign Ministry spokesperson",
            "holders": [{"name": "Zhao Lijian", "from": dt.date(2020, 2, 24), "to": dt.date(2023, 1, 9)}],
        },
    ],
    "titles": [
        {"category": "foreign_minister", "titles": ["foreign minister", "secretary of state"]},
        {
            "category": "foreign_ministry_spokesperson",
            "titles": ["foreign ministry spokesman", "spokesman", "spokeswoman"],
        },
        {"category": "head_of_state", "titles": ["president"]},
    ],
}


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return assemble(SECTIONS)


def actors(
    text: str, knowledge: Knowledge, published: dt.date = dt.date(2021, 10, 31)
) -> list[tuple[str, str]]:
    doc = Document("t", text, published=published, sentences=split_sentences(text))
    return [(m.text, m.name) for m in find_actors(doc, knowledge)]


def test_misspelt_name_with_title_resolves_by_fuzzy_match(knowledge: Knowledge) -> None:
    found = actors("US Secretary of State Anthony Blanken met officials. Blanken left.", knowledge)
    assert ("US Secretary of State Anthony Blanken", "Antony Blinken") in found
    assert ("Blanken", "Antony Blinken") in found


def test_mistranslated_name_resolves_to_the_office_holder_on_the_date(knowledge: Knowledge) -> None:
    found = actors("He met Chinese Foreign Minister Cheng Yi in Rome.", knowledge)
    assert ("Chinese Foreign Minister Cheng Yi", "Wang Yi") in found


def test_the_office_holder_depends_on_the_date(knowledge: Knowledge) -> None:
    found = actors("He met Chinese Foreign Minister Cheng Gang in Rome.", knowledge, dt.date(2023, 3, 1))
    assert ("Chinese Foreign Minister Cheng Gang", "Qin Gang") in found


def test_an_unknown_person_with_an_unrelated_name_stays_themselves(knowledge: Knowledge) -> None:
    found = actors("Chinese Foreign Minister Li Zhaoxing spoke.", knowledge)
    assert ("Chinese Foreign Minister Li Zhaoxing", "Li Zhaoxing") in found


def test_a_former_office_holder_is_not_forced_onto_the_current_one(knowledge: Knowledge) -> None:
    found = dict(actors("Former Chinese Foreign Minister Tang Yi spoke.", knowledge))
    assert "Wang Yi" not in found.values()


def test_surname_and_given_name_alone_resolve_within_the_article(knowledge: Knowledge) -> None:
    text = "Foreign Ministry spokesman Zhao Lijian spoke in Beijing. Lijian said more. Zhao left."
    found = actors(text, knowledge)
    assert ("Lijian", "Zhao Lijian") in found and ("Zhao", "Zhao Lijian") in found


def test_capital_stands_for_the_government_only_when_it_acts(knowledge: Knowledge) -> None:
    assert ("Beijing", "China") in actors("Beijing said the move was wrong.", knowledge)
    assert ("Beijing", "China") not in actors("The talks were held in Beijing.", knowledge)
    assert ("Washington", "United States") in actors("Washington's allies were worried.", knowledge)


def test_countries_demonyms_acronyms_and_organisations(knowledge: Knowledge) -> None:
    found = actors(
        "The U.S. ordered China Telecom to stop. American and Chinese officials at the G-20 "
        "and the Kremlin disagreed.",
        knowledge,
    )
    names = [name for _, name in found]
    assert names == ["United States", "China Telecom", "United States", "China", "G20", "Russia"]


def test_lower_case_words_are_not_acronym_countries(knowledge: Knowledge) -> None:
    assert actors("Let us meet and talk with them.", knowledge) == []


def test_ambiguous_country_names_need_more_than_the_word(knowledge: Knowledge) -> None:
    assert ("Jordan", "Jordan") not in actors("Michael Jordan said it was fine.", knowledge)


def test_person_before_a_speech_verb_is_found_without_a_title(knowledge: Knowledge) -> None:
    assert ("Maria Ortiz", "Maria Ortiz") in actors("Maria Ortiz said the talks failed.", knowledge)


def test_a_person_is_found_by_what_only_people_have(knowledge: Knowledge) -> None:
    found = actors("Jets struck Omar Qaddour's forces. The leader's son, Saif Qaddour, spoke.", knowledge)
    assert ("Omar Qaddour", "Omar Qaddour") in found
    assert ("Saif Qaddour", "Saif Qaddour") in found
    # a city's possessions are not a person's
    assert not [
        name
        for _, name in actors("New York's government and Abu Dhabi's forces met.", knowledge)
        if name in ("New York", "Abu Dhabi")
    ]
    assert actors("The Grand Hotel's staff left.", knowledge) == []


def test_ambiguous_country_names_count_in_a_country_context(knowledge: Knowledge) -> None:
    assert ("Jordan", "Jordan") in actors("The king of Jordan met them. Jordan said no.", knowledge)


def test_a_dateline_city_is_where_not_who(knowledge: Knowledge) -> None:
    found = actors("BEIJING, March 19 (Wire) - China said the talks failed.", knowledge)
    assert [name for _, name in found] == ["China"]
    assert ("China", "China") in actors("China, the largest buyer, said no.", knowledge)


def test_a_title_after_the_name_gives_role_and_office(knowledge: Knowledge) -> None:
    doc_text = "Cheng Yi, China's foreign minister, said the talks were useful."
    doc = Document("t", doc_text, published=dt.date(2021, 10, 31), sentences=split_sentences(doc_text))
    (mention,) = [m for m in find_actors(doc, knowledge) if m.kind == "person"]
    assert (
        mention.name == "Wang Yi" and mention.role == "China's foreign minister" and mention.country == "CHN"
    )


def test_a_title_alone_is_the_person_who_holds_it_in_the_article(knowledge: Knowledge) -> None:
    found = actors("Chinese Foreign Minister Wang Yi arrived. Later the foreign minister said no.", knowledge)
    assert ("foreign minister", "Wang Yi") in found


def test_title_case_acronyms_are_organisations() -> None:
    knowledge = assemble(
        {"organisations": [{"name": "NATO", "aliases": ["North Atlantic Treaty Organization"]}]}
    )
    assert ("Nato", "NATO") in actors("Nato said it would respond.", knowledge)


def test_names_with_particles_and_honorifics(knowledge: Knowledge) -> None:
    found = actors(
        "Bahraini Foreign Minister Abdullatif al-Zayani and Sheikh Tamim bin Hamad said so.", knowledge
    )
    names = {name for _, name in found}
    assert "Abdullatif al-Zayani" in names


def test_a_full_name_is_not_an_earlier_namesake(knowledge: Knowledge) -> None:
    text = "National security adviser Jake Sullivan spoke. The ambassador, John Sullivan, left."
    doc = Document("t", text, published=dt.date(2021, 6, 16), sentences=split_sentences(text))
    john = text.index("John Sullivan") + len("John ")
    assert all(m.name != "Jake Sullivan" for m in find_actors(doc, knowledge) if m.start <= john < m.end)


@pytest.mark.parametrize(
    "text",
    [
        "Air China flew on.",
        "Officials at Russia Today disagreed.",
        "It cost US$ 5 million.",
        "China Eastern Airlines said so.",
    ],
)
def test_a_country_inside_another_name_or_a_currency_is_not_the_country(
    text: str, knowledge: Knowledge
) -> None:
    assert not [name for _, name in actors(text, knowledge) if name in ("China", "Russia", "United States")]


def test_the_un_agency_is_the_agency_named_before_not_the_un() -> None:
    knowledge = assemble(
        {
            "organisations": [
                {"name": "United Nations", "aliases": ["U.N."], "forum": True},
                {"name": "World Health Organization", "aliases": ["WHO"]},
            ]
        }
    )
    text = "The World Health Organization raised its alert. The U.N. agency said Mexico had 1,626 cases."
    names = [name for _, name in actors(text, knowledge, dt.date(2009, 5, 4))]
    assert names == ["World Health Organization", "World Health Organization"]
    assert [name for _, name in actors("The U.N. agency said cases rose.", knowledge)] == []
    assert [name for _, name in actors("The U.N. said cases rose.", knowledge)] == ["United Nations"]


def test_mr_and_a_surname_is_the_person_named_in_full_or_the_office_holder_of_the_day() -> None:
    knowledge = assemble(
        {
            "offices": [
                {
                    "country": "GBR",
                    "category": "head_of_government",
                    "title": "Prime Minister",
                    "holders": [{"name": "Tony Blair", "from": "1997-05-02", "to": "2007-06-27"}],
                },
                {
                    "country": "USA",
                    "category": "other",
                    "title": "Director of National Intelligence",
                    "holders": [{"name": "Dennis Blair", "from": "2009-01-29", "to": "2010-08-28"}],
                },
            ]
        }
    )
    found = actors("Mr Blair said he had no regrets.", knowledge, dt.date(2005, 3, 1))
    assert found == [("Blair", "Tony Blair")]
    found = actors("Viktor Yushchenko said he was ready. Later Mr Yushchenko appealed to Nato.", knowledge)
    assert [name for _, name in found] == ["Viktor Yushchenko", "Viktor Yushchenko"]
    assert actors("Mr Ortiz said the talks failed.", knowledge) == [("Ortiz", "Ortiz")]


def test_a_place_named_after_someone_is_not_a_person_and_western_given_names_come_first(
    knowledge: Knowledge,
) -> None:
    assert actors("She studied at Queen Mary College in London.", knowledge) == []
    taiwan = assemble(
        {
            "offices": [
                {
                    "country": "TWN",
                    "category": "foreign_minister",
                    "title": "Foreign Minister",
                    "holders": [{"name": "Mark Chen", "from": "2004-05-20", "to": "2006-01-25"}],
                }
            ]
        }
    )
    assert actors("Mark the DJ tackles Watergate, the strip said.", taiwan, dt.date(2005, 3, 1)) == []


def test_the_north_is_north_korea_only_beside_north_korea() -> None:
    builtin = load_knowledge()
    text = "North Korea freed three detainees the North had held. The North Atlantic council met up north."
    found = actors(text, builtin)
    assert ("the North", "North Korea") in found
    assert [name for _, name in found].count("North Korea") == 2
    assert ("the North", "North Korea") not in actors("Rebels in the North clashed with troops.", builtin)


def test_the_rebels_are_the_one_armed_group_the_article_names() -> None:
    builtin = load_knowledge()
    text = "The FARC signed the accord in 2016. Negotiators for the government and the rebels met in Havana."
    assert ("rebels", "FARC") in actors(text, builtin)
    # with no group named, rebels stay rebels
    assert ("rebels", "FARC") not in actors("Negotiators for the government and the rebels met.", builtin)


def test_a_states_security_council_is_its_own_not_the_uns() -> None:
    full = load_knowledge()
    found = actors(
        "Russia's Security Council met. The Russian Security Council met again. The Security Council then "
        "voted on Syria; the UN Security Council had met before.",
        full,
    )
    assert found == [
        ("Russia", "Russia"),
        ("Security Council", "Security Council of Russia"),
        ("Russian Security Council", "Security Council of Russia"),
        ("Security Council", "United Nations Security Council"),
        ("Syria", "Syria"),
        ("UN Security Council", "United Nations Security Council"),
    ]


def test_a_surname_alone_is_the_one_named_last_but_not_a_relative_told_in_passing() -> None:
    full = load_knowledge()
    found = actors(
        "Government spokesman Col. Abdoulaye Maïga read the statement. Prime Minister Choguel Kokalla Maïga "
        "accused France. Maïga said more.",
        full,
        dt.date(2022, 2, 1),
    )
    assert [name for written, name in found if "Maïga" in written] == [
        "Abdoulaye Maïga",
        "Choguel Kokalla Maïga",
        "Choguel Kokalla Maïga",
    ]
    found = actors(
        "Its foreign minister, Gabrielius Landsbergis, is the grandson of Vytautas Landsbergis. In May, "
        "Landsbergis quit the forum.",
        full,
        dt.date(2021, 11, 22),
    )
    assert ("Landsbergis", "Gabrielius Landsbergis") in found


def test_a_short_name_inside_a_longer_one_is_not_the_uns_body() -> None:
    found = actors(
        "The move came after a meeting of the High Security Council chaired by President Abdelmadjid "
        "Tebboune. The Security Council met later.",
        load_knowledge(),
        dt.date(2021, 8, 24),
    )
    assert [name for _, name in found] == ["Abdelmadjid Tebboune", "United Nations Security Council"]


def test_the_highest_office_among_namesakes_and_a_uns_body_in_a_states_hands() -> None:
    full = load_knowledge()
    found = actors(
        "Antony Blinken met Chinese Foreign Minister Wang Yi in Rome on Sunday. Foreign ministry spokesman "
        "Wang Wenbin said the talks were candid. Wang warned Blinken about Taiwan.",
        full,
    )
    assert ("Wang", "Wang Yi") in found
    found = actors("Britain's Security Council envoy spoke. Russia's Security Council veto angered us.", full)
    assert [name for written, name in found if written == "Security Council"] == [
        "United Nations Security Council",
        "United Nations Security Council",
    ]


def test_brussels_is_belgium_in_a_story_about_belgium_and_the_eu_otherwise() -> None:
    full = load_knowledge()
    about_belgium = actors("Rwanda cut ties with Belgium. Its envoys were expelled by Brussels.", full)
    assert ("Brussels", "Belgium") in about_belgium
    assert ("Brussels", "European Union") in actors("Brussels warned Hungary over its veto.", full)


def test_his_security_council_is_the_leaders_states() -> None:
    found = actors(
        "On Sunday, President Vladimir Putin told a meeting of his Security Council that Georgia had erred.",
        load_knowledge(),
        dt.date(2006, 10, 3),
    )
    assert ("Security Council", "Security Council of Russia") in found


def test_an_ambiguous_demonym_before_a_government_noun_is_the_state() -> None:
    full = load_knowledge()
    assert ("Georgian", "Georgia") in actors("Georgian police detained four Russian officers.", full)
    assert actors("The Georgian peach harvest was poor.", full) == []


def test_an_untitled_person_is_known_by_a_given_name_or_a_surname_used_alone() -> None:
    full = load_knowledge()
    found = actors(
        "Leaders flew to Banjul to talk Yahya Jammeh into handing power. Jammeh took power in 1994.", full
    )
    assert ("Yahya Jammeh", "Yahya Jammeh") in found and ("Jammeh", "Yahya Jammeh") in found
    recurring = actors("The crowd cheered Ousman Badjie in Banjul. Later Badjie spoke.", full)
    assert ("Ousman Badjie", "Ousman Badjie") in recurring
    # a capitalised phrase that is neither stays unnamed, and so does a body's name
    assert actors("Staff at Jet Airways went on strike. Airways bosses left.", full) == []
    assert actors("Relief Works Agency staff arrived.", full) == []


def test_a_body_is_named_by_a_description_in_any_case() -> None:
    full = load_knowledge()
    assert ("Gulf Arab leaders", "Gulf Cooperation Council") in actors("Gulf Arab leaders signed it.", full)
    assert ("Six world powers", "P5+1") in actors("Six world powers met Iran.", full)


def test_an_envoy_named_after_where_he_is_posted_and_turkey_after_a_verb() -> None:
    full = load_knowledge()
    found = actors("Armenia's ambassador to Russia, Vardan Toghanyan, accused Turkey of lying.", full)
    assert ("Armenia's ambassador to Russia, Vardan Toghanyan", "Vardan Toghanyan") in found
    assert ("Turkey", "Turkey") in found
    assert actors("The chef roasted turkey for Thanksgiving.", full) == []


def test_family_names_written_first_make_a_name_but_not_the_end_of_a_full_name() -> None:
    full = load_knowledge()
    found = actors("Kim Jong Nam was killed at the airport. Police want Ri Jong Chol.", full)
    assert ("Kim Jong Nam", "Kim Jong Nam") in found and ("Ri Jong Chol", "Ri Jong Chol") in found
    later = actors("French Foreign Minister Jean-Yves Le Drian spoke. Le Drian said it was a lie.", full)
    assert {name for _, name in later} == {"Jean-Yves Le Drian"}


def test_full_names_after_an_honorific_or_a_possessive_and_names_that_are_not_people() -> None:
    full = load_knowledge()
    assert ("Peter Wilson", "Peter Wilson") in actors("Mr. Peter Wilson met Sergei Lavrov.", full)
    assert ("Peter Wilson", "Peter Wilson") in actors("Britain's Peter Wilson met Sergei Lavrov.", full)
    assert actors("The fine was 5,000 Swiss francs.", full) == []
    assert ("Georgia", "Georgia") not in actors("Trump accused Georgia officials of fraud.", full)
    gulf = actors("Saudi Arabia and other Gulf Arab states cut ties with Qatar.", full)
    assert "Gulf Cooperation Council" not in {name for _, name in gulf}
    assert actors("They toured Victoria Falls. Falls were high.", full) == []


def test_a_known_surname_in_another_spelling_is_its_holder() -> None:
    full = load_knowledge()
    assert ("Zelenskiy", "Volodymyr Zelensky") in actors("Erdogan spoke with Zelenskiy on Monday.", full)
    assert ("Zelenskyy", "Volodymyr Zelensky") in actors("Zelenskyy thanked Erdogan.", full)
    # an Arabic article before the surname is written el-, al-, El- or not at all
    for written in ("El-Sissi", "El-Sisi", "al-Sisi", "Sisi"):
        found = actors(f"On Wednesday, {written} received the Somali president in Cairo.", full)
        assert (written, "Abdel Fattah el-Sisi") in found, written


def test_somaliland_is_a_party_of_its_own() -> None:
    text = (
        "Ethiopia's prime minister, Abiy Ahmed, and Somaliland's president, Muse Bihi Abdi, signed a "
        "memorandum of understanding in Addis Ababa."
    )
    doc = Document("t", text, published=dt.date(2024, 1, 2), sentences=split_sentences(text))
    found = {m.name: m.country for m in find_actors(doc, load_knowledge())}
    assert found["Muse Bihi Abdi"] == "XSL" and found["Abiy Ahmed"] == "ETH"


def test_capitals_an_envoy_is_recalled_from_are_their_governments() -> None:
    full = load_knowledge()
    found = actors(
        "Niger's junta seized power in July. Earlier this month, the junta recalled its ambassadors from "
        "Paris, Washington, Abuja and Lome.",
        full,
    )
    expected = {("the junta", "Niger"), ("Paris", "France"), ("Lome", "Togo")}
    assert expected <= set(found)
    # the ambassador's title names a country, not a government acting
    assert ("Havana", "Cuba") not in actors("Rubio vowed to block an ambassador to Havana.", full)
