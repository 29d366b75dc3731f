"""Checks of the CAMEO codebook (timeline/data/cameo.yaml) and the trigger lexicon (triggers.yaml).

These files are knowledge, not code: the tests pin them to the CAMEO 1.1b3 codebook, GDELT's
Goldstein and QuadClass conventions, and the lexicon's own contract (explicit surface forms, one
entry per form unless guards separate the senses).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "timeline" / "data"
ROOTS = [f"{n:02d}" for n in range(1, 21)]
TRIGGER_KEYS = {
    "code",
    "type",
    "verbs",
    "nouns",
    "requires_object",
    "requires_doer",
    "not_followed_by",
    "not_preceded_by",
}
GUARD_KEYS = ("not_followed_by", "not_preceded_by")
WORD = r"[a-z]+(?:['’-][a-z]+)*"
PHRASE = re.compile(rf"{WORD}(?: (?:{WORD}|\.\.\.))*")  # "..." is a gap of a few words
MAX_TRIGGER_WORDS = 5  # the longest phrase the matcher tries (timeline.events.MAX_TRIGGER_TOKENS)


@cache
def codebook() -> tuple[dict[str, Any], ...]:
    return tuple(yaml.safe_load((DATA / "cameo.yaml").read_text(encoding="utf-8")))


@cache
def lexicon() -> tuple[dict[str, Any], ...]:
    return tuple(yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8")))


def codes() -> dict[str, dict[str, Any]]:
    return {entry["code"]: entry for entry in codebook()}


def forms(entry: dict[str, Any]) -> list[str]:
    return [*entry.get("verbs", []), *entry.get("nouns", [])]


def entries_with(form: str) -> list[dict[str, Any]]:
    return [entry for entry in lexicon() if form in forms(entry)]


def is_guarded(entry: dict[str, Any]) -> bool:
    return any(entry.get(key) for key in GUARD_KEYS)


def gdelt_quad_class(code: str) -> int:
    """GDELT's QuadClass by root: 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


# --- codebook -------------------------------------------------------------------------------


def test_codebook_entries_have_exactly_the_documented_fields() -> None:
    for entry in codebook():
        assert set(entry) == {"code", "label", "goldstein", "quad_class"}, entry
        assert isinstance(entry["code"], str), entry
        assert isinstance(entry["label"], str) and entry["label"].strip() == entry["label"] != "", entry
        assert isinstance(entry["goldstein"], float), entry
        assert isinstance(entry["quad_class"], int), entry


def test_codebook_codes_are_unique_digit_strings_of_two_to_four_digits() -> None:
    all_codes = [entry["code"] for entry in codebook()]
    assert len(all_codes) == len(set(all_codes))
    assert all(re.fullmatch(r"\d{2,4}", code) for code in all_codes)


def test_codebook_is_the_full_cameo_verb_codebook() -> None:
    by_code = codes()
    assert set(ROOTS) <= set(by_code)
    assert len(by_code) >= 300
    # every base code 0x0..0x9 a root defines, e.g. all of 010-019 and 180-186
    assert {f"01{d}" for d in range(10)} <= set(by_code)
    assert {f"18{d}" for d in range(7)} <= set(by_code)


def test_every_sub_code_has_its_parent_in_the_codebook() -> None:
    by_code = codes()
    for code in by_code:
        if len(code) > 2:
            assert code[:-1] in by_code or (len(code) == 3 and code[:2] in by_code), code
        if len(code) == 4:
            assert code[:3] in by_code, code


def test_goldstein_values_lie_on_the_scale() -> None:
    for entry in codebook():
        assert -10.0 <= entry["goldstein"] <= 10.0, entry


def test_quad_class_follows_gdelt_root_ranges() -> None:
    for entry in codebook():
        assert entry["quad_class"] == gdelt_quad_class(entry["code"]), entry


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [
        ("010", 0.0),
        ("016", -2.0),
        ("036", 4.0),
        ("040", 1.0),
        ("041", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("044", 2.5),
        ("046", 7.0),
        ("057", 8.0),
        ("0874", 10.0),
        ("112", -2.0),
        ("13", -6.0),
        ("130", -4.4),
        ("138", -7.0),
        ("163", -8.0),
        ("172", -5.0),
        ("182", -9.5),
        ("1821", -9.0),
        ("190", -10.0),
    ],
)
def test_goldstein_values_match_gdelts_table(code: str, goldstein: float) -> None:
    assert codes()[code]["goldstein"] == goldstein


@pytest.mark.parametrize(
    ("code", "goldstein"), [("155", -7.2), ("176", -7.0), ("1834", -10.0), ("1951", -10.0), ("1952", -10.0)]
)
def test_codes_missing_from_gdelts_table_take_their_parents_value(code: str, goldstein: float) -> None:
    assert codes()[code]["goldstein"] == goldstein


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("04", "consult"),
        ("036", "express intent to meet or negotiate"),
        ("041", "discuss by telephone"),
        ("042", "make a visit"),
        ("051", "praise or endorse"),
        ("057", "sign formal agreement"),
        ("105", "demand that target yields, not specified"),
        ("108", "demand mediation"),
        ("138", "threaten with military force, not specified"),
        ("161", "reduce or break diplomatic relations"),
        ("163", "impose embargo, boycott, or sanctions"),
        ("172", "impose administrative sanctions, not specified"),
        ("1246", "refuse to de-escalate military engagement"),
    ],
)
def test_labels_follow_the_cameo_1_1b3_codebook(code: str, label: str) -> None:
    assert codes()[code]["label"] == label


def test_protest_is_material_conflict_and_diplomatic_cooperation_is_verbal() -> None:
    by_code = codes()
    assert by_code["14"]["quad_class"] == 4
    assert by_code["057"]["quad_class"] == 1
    assert by_code["09"]["quad_class"] == 3


# --- trigger lexicon ------------------------------------------------------------------------


def test_trigger_entries_have_the_documented_fields_and_types() -> None:
    for entry in lexicon():
        assert {"code", "type", "verbs", "nouns"} <= set(entry) <= TRIGGER_KEYS, entry
        assert isinstance(entry["code"], str) and isinstance(entry["type"], str) and entry["type"], entry
        assert forms(entry), entry
        for key in ("verbs", "nouns", *GUARD_KEYS):
            # unquoted YAML words like on/off/no would load as booleans
            assert all(isinstance(item, str) and item for item in entry.get(key, [])), (key, entry)
        for key in GUARD_KEYS:
            if key in entry:
                assert entry[key], (key, entry)
        if "requires_object" in entry:
            assert entry["requires_object"] is True, entry
            assert entry["verbs"], entry


def test_lexicon_size_is_in_the_planned_range() -> None:
    assert 120 <= len(lexicon()) <= 240


def test_every_trigger_code_exists_in_the_codebook() -> None:
    by_code = codes()
    assert [entry["code"] for entry in lexicon() if entry["code"] not in by_code] == []


def test_lexicon_covers_all_twenty_roots() -> None:
    assert {entry["code"][:2] for entry in lexicon()} == set(ROOTS)


def test_triggers_and_guards_are_lowercase_words_a_matcher_can_see() -> None:
    """The file's contract: words of letters (internal hyphen or apostrophe), single spaces.

    A matcher reads the text word by word, skipping punctuation and digits, so "leaders' summit",
    "u.n." or "5g" as written could never match.
    """
    for entry in lexicon():
        for key in ("verbs", "nouns", *GUARD_KEYS):
            for item in entry.get(key, []):
                assert PHRASE.fullmatch(item), (key, item, entry["code"])


def test_trigger_phrases_have_at_most_five_words() -> None:
    # (a gap, "...", is matched word by word apart from the phrase's own words)
    for entry in lexicon():
        for form in forms(entry):
            assert len([w for w in form.split() if w != "..."]) <= MAX_TRIGGER_WORDS, (form, entry["code"])


def test_no_entry_lists_a_form_twice() -> None:
    for entry in lexicon():
        for key in ("verbs", "nouns", *GUARD_KEYS):
            items = entry.get(key, [])
            assert len(items) == len(set(items)), (key, entry["code"], entry["type"])


def test_a_form_shared_by_entries_is_separated_by_guards() -> None:
    holders: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in lexicon():
        for form in set(forms(entry)):
            holders[form].append(entry)
    for form, entries in holders.items():
        unguarded = [entry for entry in entries if not is_guarded(entry)]
        assert len(unguarded) <= 1, (form, [(e["code"], e["type"]) for e in entries])


def test_verb_paradigms_are_written_out() -> None:
    """Where an event kind lists a base and its -s form, it also lists the -ing and a past form.

    Guards sometimes split one verb's forms over entries of the same code and type ("signed" is
    unguarded, "sign" needs guards against the noun), so the paradigm is checked over those.
    """
    verbs_of: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in lexicon():
        verbs_of[entry["code"], entry["type"]] += [verb for verb in entry["verbs"] if " " not in verb]
    for (code, event_type), verbs in verbs_of.items():
        for base in verbs:
            third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
            if base.endswith("s") or third not in verbs:
                continue
            stem = base[:-1] if base.endswith("e") else base
            ing = [verb for verb in verbs if verb.endswith("ing") and verb.startswith(stem)]
            past = [verb for verb in verbs if verb not in {base, third, *ing} and not verb.endswith("s")]
            assert ing, (base, code, event_type)
            assert past, (base, code, event_type)


@pytest.mark.parametrize(
    ("form", "code", "event_type", "label_word"),
    [
        ("said", "010", "statement", "statement"),
        ("declined to comment", "011", "no comment", "decline comment"),
        ("denied", "016", "denial", "deny"),
        ("urged", "020", "appeal", "appeal"),
        ("called on", "020", "appeal", "appeal"),
        ("pledged", "030", "pledge", "intent to cooperate"),
        ("agreed to meet", "036", "offer to meet", "meet or negotiate"),
        ("invited", "036", "invitation", "meet or negotiate"),
        ("met", "040", "meeting", "consult"),
        ("meeting", "040", "meeting", "consult"),
        ("summit", "040", "summit", "consult"),
        ("phone call", "041", "phone call", "telephone"),
        ("telephoned", "041", "phone call", "telephone"),
        ("virtual meeting", "041", "video call", "telephone"),
        ("visited", "042", "visit", "visit"),
        ("hosted", "043", "host", "host"),
        ("met on the sidelines", "044", "meeting", "third"),
        ("brokered", "045", "mediation", "mediate"),
        ("held talks", "046", "talks", "negotiation"),
        ("negotiations", "046", "talks", "negotiation"),
        ("praised", "051", "praise", "praise"),
        ("apologized", "055", "apology", "apologize"),
        ("signed", "057", "agreement", "sign formal agreement"),
        ("struck a deal", "057", "agreement", "sign formal agreement"),
        ("treaty", "057", "agreement", "sign formal agreement"),
        ("joint military exercises", "062", "joint exercise", "cooperate militarily"),
        ("humanitarian aid", "073", "humanitarian aid", "humanitarian aid"),
        ("lifted sanctions", "085", "sanctions relief", "ease economic sanctions"),
        ("ceasefire", "0871", "ceasefire", "ceasefire"),
        ("investigation", "090", "investigation", "investigate"),
        ("demanded", "100", "demand", "demand"),
        ("condemned", "111", "criticism", "criticize"),
        ("accused", "112", "accusation", "accuse"),
        ("summoned", "114", "envoy summoned", "complain officially"),
        ("indicted", "115", "charges", "lawsuit"),
        ("rejected", "120", "rejection", "reject"),
        ("refused to negotiate", "125", "talks rejected", "reject proposal to meet"),
        ("vetoed", "129", "veto", "veto"),
        ("threatened", "130", "threat", "threaten"),
        ("threatened sanctions", "1312", "sanctions threat", "sanctions"),
        ("threatened military action", "138", "military threat", "military force"),
        ("ultimatum", "139", "ultimatum", "ultimatum"),
        ("protesters", "141", "protest", "demonstrate"),
        ("military drills", "150", "military drills", "military"),
        ("deployed", "154", "troop deployment", "armed forces"),
        ("recalled its ambassador", "161", "ambassador recalled", "diplomatic relations"),
        ("expelled diplomats", "161", "diplomats expelled", "diplomatic relations"),
        ("sanctions", "163", "sanction", "sanctions"),
        ("suspended talks", "164", "talks halted", "halt negotiations"),
        ("to shut down", "172", "ban", "administrative sanctions"),
        ("revoked", "172", "ban", "administrative sanctions"),
        ("arrested", "173", "arrest", "arrest"),
        ("deported", "174", "expulsion", "deport"),
        ("cyberattack", "176", "cyberattack", "cybernetically"),
        ("assassinated", "186", "assassination", "assassinate"),
        ("invaded", "190", "invasion", "military force"),
        ("shelling", "194", "shelling", "artillery"),
        ("airstrike", "195", "airstrike", "aerial"),
        ("drone strike", "1952", "drone strike", "remotely piloted"),
        ("massacre", "202", "massacre", "mass killings"),
    ],
)
def test_spot_checked_triggers_map_to_the_right_code_and_type(
    form: str, code: str, event_type: str, label_word: str
) -> None:
    assert (code, event_type) in [(entry["code"], entry["type"]) for entry in entries_with(form)]
    assert label_word in codes()[code]["label"]


@pytest.mark.parametrize(
    ("form", "guard", "blocked"),
    [
        ("said", "not_followed_by", "to be"),
        ("deal", "not_followed_by", "with"),
        ("charge", "not_preceded_by", "in"),
        ("strike", "not_followed_by", "a deal"),
        ("met", "not_followed_by", "with criticism"),
        ("welcomed", "not_followed_by", "the decision"),
        ("agreement", "not_preceded_by", "in"),
        ("demands", "not_preceded_by", "oil"),
        ("sanctioned", "not_preceded_by", "state"),
        ("accused", "not_preceded_by", "the"),
    ],
)
def test_known_false_readings_are_guarded(form: str, guard: str, blocked: str) -> None:
    (entry,) = entries_with(form)
    assert blocked in entry[guard]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("strike a deal", "057"),
        ("welcomed the decision", "051"),
        ("rejected the allegations", "016"),
        ("lifted the ban", "081"),
        ("violated the ceasefire", "196"),
        ("scathing attacks", "111"),
        ("clashed over", "110"),
        ("declared a state of emergency", "1724"),
        ("expelled diplomats", "161"),
    ],
)
def test_longer_phrases_take_the_other_sense_of_a_guarded_word(phrase: str, code: str) -> None:
    assert [entry["code"] for entry in entries_with(phrase)] == [code]


@pytest.mark.parametrize(
    "word", ["states", "state", "free", "pound", "march", "shell", "demand", "tour", "fighting"]
)
def test_words_that_are_mostly_something_else_are_not_triggers(word: str) -> None:
    assert entries_with(word) == []
