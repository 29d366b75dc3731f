"""One canonical name per person across articles."""

from __future__ import annotations

from timeline.identity import canonical_people, same_person
from timeline.knowledge import assemble
from timeline.model import ActorMention

KNOWLEDGE = assemble({})


def person(name: str, country: str | None = None) -> ActorMention:
    return ActorMention(0, len(name), name, name, "person", country, None, "new", name)


def test_spelling_variants_and_longer_forms_are_one_person() -> None:
    mentions = [
        person("Volodymyr Zelenskiy", "UKR"),
        person("Volodymyr Zelenskiy", "UKR"),
        person("Volodymyr Zelensky", "UKR"),
        person("Mohammed bin Zayed"),
        person("Mohammed bin Zayed Al Nahyan", "ARE"),
    ]
    mapping = canonical_people(mentions, KNOWLEDGE)
    assert mapping == {
        "Volodymyr Zelensky": "Volodymyr Zelenskiy",
        "Mohammed bin Zayed": "Mohammed bin Zayed Al Nahyan",
    }


def test_different_people_with_similar_names_stay_apart() -> None:
    assert not same_person("John Sullivan", "Jake Sullivan")
    assert not same_person("Kim Jong Un", "Kim Yong Chol")
    mapping = canonical_people([person("Ahmed Hassan", "EGY"), person("Ahmad Hassan", "IRQ")], KNOWLEDGE)
    assert mapping == {}
