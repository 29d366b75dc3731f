"""Actor mentions: people (with titles and roles), countries and organisations, each resolved to one
canonical actor.

Recognition is a dictionary scan over tokens (names, aliases, demonyms and capitals from the
knowledge files), plus patterns for people the knowledge does not know ("Foreign Ministry
spokesman Zhao Lijian", "Ms. Ortiz said"). Resolution, in order of trust: exact name or alias;
a surname or given name alone that an earlier full name in the same article explains; a fuzzy
match guarded by role, country and date ("US Secretary of State Anthony Blanken" is Antony
Blinken); the holder of the office named by the title on the article's date ("Chinese Foreign
Minister Cheng Yi" in 2021 is Wang Yi). Unknown people stay themselves.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from timeline.knowledge import Country, Knowledge, Organisation, Person, armed_group_descriptions, fold, words
from timeline.model import ActorMention, Document
from timeline.places import city_table
from timeline.timex_lexicon import SMALL_NUMBERS
from timeline.triggers import RELATIVE_ASIDE

TOKEN = re.compile(r"[^\W_]+(?:(?:[.&-]|['’](?![sS]\b))[^\W_]+)*")
MAX_PHRASE_TOKENS = 7
# Capitalised words that start sentences or headings and are never names.
NOT_NAMES = frozenset(words("not_names"))
# Months that are surnames too: "May" alone is Theresa May once the article has named her in full.
MONTH_SURNAMES = frozenset({"May", "June", "April"})
DAY_AND_MONTH_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Yesterday Today Tonight".split()
)
MONTH_CONTEXT = re.compile(
    r"\b(?:in|on|of|since|until|till|by|early|late|mid|last|next|this|that|from|through|between)\s+$", re.I
)
WESTERN_GIVEN_NAMES = frozenset(words("western_given_names"))
PLACE_NAME_WORDS = frozenset(words("place_name_words"))
ORGANISATION_NAME_WORDS = frozenset(words("organisation_name_words"))
SPEECH_VERBS = (
    r"(?:said|says|told|added|stated|noted|warned|stressed|argued|insisted|announced|wrote|tweeted)"
)
COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her|their|its)\s+(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+"
    r"(?:counterparts?|opposite numbers?),\s*$"
)
PERSON_POSSESSION = re.compile(rf"['’]s\s+(?:own\s+)?(?:{'|'.join(words('person_possessions'))})\b")
ROLE_AFTER = re.compile(
    r",\s*(?:the\s+|a\s+)?(?:(?:deputy|former|acting|chief|senior|top)\s+)?(?:head|chief|leader|director|"
    r"chairman|chairwoman|chair|president|minister|secretary|spokesman|spokeswoman|spokesperson|ambassador|"
    r"envoy|commander|governor|mayor|adviser|advisor|negotiator|executive)\s+(?:of|at|for|to)\s"
)
RELATIVE_BEFORE = re.compile(
    r"\b(?:grand)?(?:son|daughter|father|mother)s?(?:-in-law)?(?:\s+of|,)?\s+$|"
    r"\b(?:wife|husband|widow|brother|sister|nephew|niece|cousin|uncle|aunt)(?:\s+of|,)?\s+$"
)
OFFICE_AFTER = re.compile(
    r",\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?:president|premier|prime minister|chancellor|leader|minister|"
    r"foreign secretary|secretary of state|ambassador|envoy|king|queen|emir|crown prince|commander|"
    r"general(?!\s+(?:manager|counsel|partner|director|public|assembly|election))|"
    r"spokes(?:man|woman|person)|diplomat|negotiator|mediator|governor|senator|lawmaker)\b"
)
KIN_BEFORE = re.compile(rf"['’]s\s+(?:{'|'.join(words('kin_words'))}),\s*$")
PERSON_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lady", "lord", "sheikh", "gen", "general"})


@dataclass(frozen=True)
class Entry:
    """What a phrase in the dictionary stands for."""

    name: str
    kind: str
    country: str | None
    resolution: str  # exact, alias, demonym, capital, government
    exact_case: bool = False  # acronyms such as "US" match only as written
    ambiguous: bool = False  # also a common name or word ("Jordan", "Chad"): needs context


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[str, tuple[Entry, ...]]
    titles: dict[str, str]  # lower-case title -> office category
    title_words: dict[str, int]  # first word of a title -> the most words a title starting with it has
    people_names: tuple[str, ...]
    people_folded: tuple[str, ...]


def is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return len(letters) <= 5 and letters.isupper()


@functools.cache
def build_lexicon(knowledge: Knowledge) -> Lexicon:
    """The phrase dictionary and title patterns for a knowledge base, built once."""
    phrases: dict[str, list[Entry]] = {}

    def add(alias: str, entry: Entry) -> None:
        key = alias if entry.exact_case else fold(alias)
        bucket = phrases.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    for country in knowledge.countries.values():
        ambiguous = {fold(a) for a in country.ambiguous_aliases}
        for alias in (country.name, *country.aliases):
            kind = "alias" if alias != country.name else "exact"
            add(
                alias,
                Entry(
                    country.name, "country", country.code, kind, is_acronym(alias), fold(alias) in ambiguous
                ),
            )
        for demonym in country.demonyms:
            add(
                demonym,
                Entry(country.name, "country", country.code, "demonym", False, fold(demonym) in ambiguous),
            )
        for alias in country.government_aliases:
            add(alias, Entry(country.name, "country", country.code, "government"))
        if country.capital_metonym and country.capital:
            for alias in (country.capital, *country.capital_aliases):
                add(alias, Entry(country.name, "country", country.code, "capital"))
    for org in knowledge.organisations.values():
        ambiguous = {fold(a) for a in org.ambiguous_aliases}
        # a state-owned company acts for its state, as a ministry does
        kind = "organisation" if org.state_owned else org.kind
        for alias in (org.name, *org.aliases):
            clean = re.sub(r"^the\s+", "", alias, flags=re.I)
            if is_acronym(clean) and len(clean) >= 4 and clean.isalpha():
                # Some newspapers write longer acronyms in title case: "Nato", "Asean", "Opec".
                add(clean.title(), Entry(org.name, kind, org.country, "alias", True))
            add(
                clean,
                Entry(
                    org.name,
                    kind,
                    org.country,
                    "exact" if alias == org.name else "alias",
                    is_acronym(clean),
                    fold(clean) in ambiguous,
                ),
            )
    # Places that contain a country's name ("Latin America", "South China Sea") are not that country.
    for place in {id(p): p for p in knowledge.places.values()}.values():
        for alias in (place.name, *place.aliases):
            if fold(alias) not in phrases:
                add(alias, Entry(place.name, "place", place.country, "place"))
    for person in knowledge.people.values():
        for alias in (person.name, *person.aliases):
            add(
                alias,
                Entry(person.name, "person", person.country, "exact" if alias == person.name else "alias"),
            )

    titles = sorted(
        {**knowledge.titles, **{t: c for t, (_, c) in knowledge.office_titles.items()}}.items(),
        key=lambda item: -len(item[0]),
    )
    title_words: dict[str, int] = {}
    for title, _ in titles:
        first, count = title.split()[0], len(title.split())
        title_words[first] = max(title_words.get(first, 0), count)
    names = tuple(sorted(knowledge.people))
    return Lexicon(
        {k: tuple(v) for k, v in phrases.items()},
        dict(titles),
        title_words,
        names,
        tuple(fold(n) for n in names),
    )


@dataclass
class _Token:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def joins_name(text: str, left: _Token, right: _Token) -> bool:
    """Whether two tokens are parts of one name: "Kayikwamba Wagner", "Mohammed bin-Salman", and
    after an initial, "George W. Bush"."""
    gap = text[left.end : right.start]
    return gap in (" ", "-") or gap == ". " and len(left.text) == 1 and left.text.isupper()


def capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def find_actors(doc: Document, knowledge: Knowledge) -> list[ActorMention]:
    """Every actor mention in the document, resolved, in text order, non-overlapping."""
    lexicon = build_lexicon(knowledge)
    text = doc.text
    tokens = tokenize(text)
    day = doc.published
    mentions: list[ActorMention] = []
    taken = [False] * len(tokens)
    # The dateline opens the body, after the title when the text starts with it.
    body = len(doc.title) if doc.title and text.startswith(doc.title) else 0
    body += len(text[body:]) - len(text[body:].lstrip())
    if dateline := DATELINE_PLACE.match(text, body):
        # "SINGAPORE, June 12 -", "BOGOTA, Colombia -": where the article was filed, not who acted
        # ... and "(Reuters)", the agency's credit: everything up to the dash that ends the dateline.
        dash = re.search(r"\s[-—–]+\s", text[dateline.end() : dateline.end() + 80])
        mark(tokens, taken, dateline.start("place"), dateline.end() + (dash.start() if dash else 0))
    # 1. Titled people: "[Chinese|US|China's] [Foreign Ministry] spokesman Zhao Lijian".
    bare_titles = []
    for match in find_titles(text, tokens, lexicon):
        mention = titled_person(text, tokens, match, knowledge, lexicon, day)
        if mention is not None:
            mentions.append(mention)
            mark(tokens, taken, mention.start, mention.end)
        elif re.search(
            r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}$", text[max(0, match.start() - 30) : match.start()]
        ):
            bare_titles.append(match)

    # 2. Dictionary phrases: countries, organisations, known people.
    index = 0
    while index < len(tokens):
        if taken[index] or not capitalised(tokens[index].text):
            index += 1
            continue
        found = longest_phrase(text, tokens, index, lexicon, taken)
        if found is None:
            index += 1
            continue
        stop, entry, end = found
        surface = text[tokens[index].start : end]
        if (
            entry.kind == "place"
            or entry.resolution == "capital"
            and not capital_stands_for_government(text, end, tokens[index].start)
            or entry.resolution == "demonym"
            and not GOVERNMENT_NOUN.match(text, end)
            and not the_nationals(text, tokens[index].start, end, fold(surface[:-1]) in knowledge.demonyms)
            or entry.ambiguous
            and entry.kind == "country"
            and not ambiguous_name_fits(text, tokens, index, end)
            # "Georgian police", "Georgian troops": a demonym describing the state's own people
            and not (entry.resolution == "demonym" and GOVERNMENT_NOUN.match(text, end))
            or entry.ambiguous
            and entry.kind != "country"
            and inside_person_name(text, tokens, index, stop)
            or entry.kind == "country"
            and entry.resolution in ("exact", "alias")
            and inside_other_name(text, tokens, index, stop)
        ):
            if entry.kind == "place" or entry.resolution == "capital":
                for i in range(index, stop):  # a place ("at the Elysee Palace") is nobody's name either
                    taken[i] = True
            index = stop
            continue
        mentions.append(
            ActorMention(
                tokens[index].start,
                end,
                surface,
                entry.name,
                entry.kind,
                entry.country,
                None,
                entry.resolution,
                surface,
            )
        )
        for i in range(index, stop):
            taken[i] = True
        index = stop

    # 3. Bodies named by a description: "Iran and six world powers", "Gulf Arab leaders".
    mentions.extend(described_bodies(text, tokens, taken, knowledge))
    # 4. Untitled people: "Mr. Ortiz said", "Jake Sullivan said", "Sullivan, the adviser".
    mentions.extend(untitled_people(text, tokens, taken, knowledge, lexicon, day))
    # 5. Armed groups described, not named: "insurgents", "Iraqi gunmen", "a suicide bomber".
    mentions.extend(described_armed_groups(text, tokens, taken, knowledge))
    # 6. Forces a state leads, ships it flags: "a Saudi-led military coalition", "a British-flagged tanker".
    mentions.extend(led_or_flagged(text, tokens, taken, knowledge))

    mentions.sort(key=lambda m: m.start)
    mentions = national_bodies(text, mentions, knowledge)
    mentions = resolve_short_names(text, tokens, taken, mentions, knowledge, day)
    mentions = attach_appositives(text, mentions, knowledge, lexicon, day)
    mentions = [dated_country(m, knowledge, day) for m in mentions]
    mentions = envoys_told_before(text, mentions, knowledge)
    if dateline and (home := dateline_country(text, dateline, lexicon)):
        # "BOGOTA - President Juan Manuel Santos": a national office with no country named is the
        # country the article was filed from.
        officials = {
            m.name
            for m in mentions
            if m.kind == "person"
            and m.country is None
            and m.role
            and title_category(m.role, lexicon) not in (None, "title", "other")
            # "Greece was not invited, and Prime Minister Mitsotakis warned": another country is in view
            and not any(
                o.kind == "country" and o.end <= m.start and o.start >= sentence_start(text, m.start)
                for o in mentions
            )
        }
        mentions = [
            dataclasses.replace(m, country=home) if m.name in officials and m.country is None else m
            for m in mentions
        ]
    mentions = governments(text, agencies_named_by_description(text, mentions, knowledge), knowledge)
    mentions = given_names(text, described_owners(text, mentions, lexicon), knowledge, lexicon)
    # (a bare title stands for the person as finally resolved: "the king" after "King Salman")
    mentions = [
        dated_country(m, knowledge, day)
        for m in resolve_bare_titles(text, bare_titles, mentions, knowledge, lexicon, day)
    ]
    mentions = context_aliases(text, juntas(doc, mentions, knowledge, lexicon), knowledge)
    mentions = capital_of_the_story(mentions, knowledge)
    return the_named_group(text, mentions)


NATIONAL_OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})(?:['’]s)?\s+$")


# (a Commonwealth state's envoy is its high commissioner; the UN's High Commissioner for Refugees is none)
ENVOY_WORDS = (
    r"(?:ambassadors?|envoys?|diplomats?|charg[ée]s? d['’]affaires|consuls?|attach[ée]s?|"
    r"high commissioners?(?!\s+for\b))"
)
ENVOY_ROLE = re.compile(rf"\b{ENVOY_WORDS}\b", re.I)


def envoys_told_before(text: str, mentions: list[ActorMention], knowledge: Knowledge) -> list[ActorMention]:
    """An ambassador named without a state is the envoy of the state the article just named as having
    one there ("Mali ordered France's ambassador to leave. Ambassador Joël Meyer was summoned")."""
    result = []
    for mention in mentions:
        if mention.kind == "person" and mention.country is None and ENVOY_ROLE.search(mention.role or ""):
            told = state_before_noun(text, max(0, mention.start - 600), mention.start, ENVOY_WORDS, knowledge)
            if told is not None:
                mention = dataclasses.replace(mention, country=told[0])
        result.append(mention)
    return result


@functools.cache
def owned_noun(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s|(?P<demonym>[A-Z][\w.]*))\s+"
        rf"(?:top\s+)?(?i:{noun})\b"
    )


def state_before_noun(
    text: str, start: int, end: int, noun: str, knowledge: Knowledge
) -> tuple[str, re.Match[str]] | None:
    """The state of the last "<State>'s <noun>" or "<demonym> <noun>" in text[start:end] that names a
    state ("France's ambassador", "the British embassy", "the US Embassy"), with its match."""
    for found in reversed(list(owned_noun(noun).finditer(text, start, end))):
        written = fold(found["owner"] or found["demonym"])
        code = knowledge.country_names.get(written) or knowledge.demonyms.get(written)
        if code in knowledge.countries:
            return code, found
    return None


# "the Danes leave", "the Russians said", "told the French.": a people standing for its state
SPORT = re.compile(r"\b(?:" + "|".join(words("sport_words")) + r")\b", re.I)
NATIONALS_AFTER = re.compile(
    r"\s*(?:[,.;:)]|\s(?:and|or|had|have|has|were|are|would|will|could|did|do|also|then|still|now|"
    r"of|to|for|with|over|about|said|says|say|told|tell|leave|left|refused|agreed|insisted|expelled|"
    r"sanctioned|recalled|summoned|warned|demanded|rejected|protested|threatened|announced|signed|imposed|"
    r"retaliated|responded|denied|condemned|withdrew|offered|proposed|urged|insist|want|wanted|accused|"
    r"accuse|blamed|criticised|criticized|attacked|invaded|recognised|recognized|backed|opposed)\b)"
)


# "expelled 60 Russians", "dozens of Britons": people of a state counted
COUNTED = re.compile(
    r"\b(?:[0-9][0-9,]*|" + "|".join(SMALL_NUMBERS) + r"|dozens of|hundreds of|thousands of|several)"
    r"(?:\s+(?:more|other))?\s+$",
    re.I,
)


def the_nationals(text: str, start: int, end: int, plural: bool = True) -> bool:
    """ "The Danes", "the Russians said", "expelled 60 Russians" (`plural`: the word is a demonym's
    plural): a people for its state, though not its team ("the Germans thrashed the Brazilians in the
    final")."""
    stop = text.find(".", end)
    sentence = text[text.rfind(".", 0, start) + 1 : stop if stop >= 0 else len(text)]
    before = text[max(0, start - 20) : start]
    return (
        (
            bool(re.search(r"\b[Tt]he\s+$", before)) and bool(NATIONALS_AFTER.match(text, end))
            # (a plural of a demonym: "60 Russians", not "5,000 Swiss francs")
            or plural and text[end - 1] == "s" and bool(COUNTED.search(before))
        )
        and not SPORT.search(sentence)
    )


def national_bodies(text: str, mentions: list[ActorMention], knowledge: Knowledge) -> list[ActorMention]:
    """ "Russia's Security Council", "the Russian Security Council": a state's own body, not the
    international one whose short name it shares (the UN's is "the Security Council" only alone)."""
    result = []
    for mention in mentions:
        body = knowledge.organisations.get(mention.name) if mention.kind == "organisation" else None
        if body is None or body.country is not None or not short_name(mention.text, body):
            result.append(mention)
            continue
        owner = NATIONAL_OWNER.search(text, max(0, mention.start - 40), mention.start)
        code = None
        # ("Russia's Security Council veto", "Britain's Security Council envoy": its part in the UN's)
        if owner is not None and not UN_PART_AFTER.match(text, mention.end):
            words = owner["owner"].split()
            code = knowledge.demonyms.get(fold(words[-1])) or next(
                (c for i in range(len(words)) if (c := country_named(" ".join(words[i:]), knowledge))), None
            )
        if code is None and re.search(r"\b(?:his|her)\s+$", text[max(0, mention.start - 6) : mention.start]):
            # "Putin told a meeting of his Security Council": the body of the leader's state
            people = [m for m in result if m.kind == "person" and m.country and m.end <= mention.start]
            code = people[-1].country if people else None
        state = knowledge.countries.get(code) if code else None
        if state is None and LONGER_NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            continue  # "the High Security Council chaired by Tebboune": another body, not the UN's
        if state is None:
            result.append(mention)
            continue
        own = next(
            (
                o
                for o in knowledge.organisations.values()
                if o.country == state.code
                and any(fold(mention.text) in fold(n) for n in (o.name, *o.aliases))
            ),
            None,
        )
        if own is None:
            result.append(mention)  # no such body of that state is known: the international one
            continue
        result.append(
            dataclasses.replace(mention, name=own.name, country=state.code, resolution="national body")
        )
    return result


# A capitalised word that makes a short name part of a longer one ("High", "Supreme", "National")
LONGER_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]+\s+$"
)


UN_PART_AFTER = re.compile(
    r"\s+(?:veto|vetoes|resolution|resolutions|seat|envoy|ambassador|member|membership|presidency|vote|votes|"
    r"mandate|representative)\b"
)


def short_name(written: str, body: Organisation) -> bool:
    """Whether a body was written by the short form of a longer name ("Security Council" of "UN
    Security Council"): words other bodies and states use too."""
    return any(fold(alias).endswith(" " + fold(written)) for alias in (body.name, *body.aliases))


def country_named(written: str, knowledge: Knowledge) -> str | None:
    return knowledge.country_names.get(fold(written))


@functools.cache
def capital_table(knowledge: Knowledge) -> dict[str, Country]:
    return {fold(c.capital): c for c in knowledge.countries.values() if c.capital}


def capital_of_the_story(mentions: list[ActorMention], knowledge: Knowledge) -> list[ActorMention]:
    """A body's capital ("Brussels" for the EU) is its own state's government in an article about that
    state and not the body ("Rwandan envoys were expelled by Brussels" in a story about Belgium)."""
    capitals = capital_table(knowledge)
    named = {m.name for m in mentions}
    result = []
    for mention in mentions:
        state = capitals.get(fold(mention.text)) if mention.kind == "organisation" else None
        if (
            state is not None
            and state.name in named
            and not any(m.name == mention.name and fold(m.text) != fold(mention.text) for m in mentions)
        ):
            mention = dataclasses.replace(
                mention, name=state.name, kind="country", country=state.code, resolution="capital"
            )
        result.append(mention)
    return result


def the_named_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'The rebels' in an article that names one armed group are that group ("The FARC signed ...
    Negotiators for the government and the rebels reworked the text")."""
    named = {m.name: m for m in mentions if m.kind == "armed_group" and m.resolution != "description"}
    if len(named) != 1:
        return mentions
    group = next(iter(named.values()))
    return [
        dataclasses.replace(m, name=group.name, country=group.country, resolution="description")
        if m.kind == "armed_group"
        and m.resolution == "description"
        and m.start > min(n.start for n in mentions if n.name == group.name)
        and re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start], re.I)
        else m
        for m in mentions
    ]


def context_aliases(text: str, mentions: list[ActorMention], knowledge: Knowledge) -> list[ActorMention]:
    """'The North' is North Korea in an article that names North Korea: a name that is a country's
    only beside the country ("returned with detainees the North had agreed to release")."""
    named = {m.country for m in mentions if m.kind == "country"}
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for code in named:
        country = knowledge.countries.get(code or "")
        for alias in country.context_aliases if country else ():
            # "the North", not "the north" or "the North Atlantic"
            pattern = rf"\b(?i:{re.escape(alias[0])}){re.escape(alias[1:])}\b(?!\s+[A-Z])"
            for match in re.finditer(pattern, text):
                if not any(start < match.end() and match.start() < end for start, end in taken):
                    written = match.group()
                    found.append(
                        ActorMention(
                            match.start(),
                            match.end(),
                            written,
                            country.name,
                            "country",
                            code,
                            None,
                            "context",
                            written,
                        )
                    )
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


ARMED_GROUP = re.compile(
    r"\b(?:(?P<demonym>[A-Z][a-z]+)(?:-based)?\s+)?(?P<word>"
    + "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"[\s-]+") for w in armed_group_descriptions()),
            key=len,
            reverse=True,
        )
    )
    + r")\b(?!-)(?:\s+(?P<next>[a-z]+))?",
    re.IGNORECASE,
)
ARMED_GROUP_MODIFIED = frozenset(words("armed_group_modified"))


def described_armed_groups(
    text: str, tokens: list[_Token], taken: list[bool], knowledge: Knowledge
) -> list[ActorMention]:
    """Armed groups the text describes without naming them ("Insurgents ambushed a convoy", "Iraqi
    militants", "a suicide bomber"): one canonical group per description, with the country of a
    demonym before it. A word describing something else ("a militant group", "the insurgent leader
    Abu Musab al-Zarqawi") is not the fighters."""
    groups = armed_group_descriptions()
    found = []
    for match in ARMED_GROUP.finditer(text):
        word = match["word"]
        if (
            word[0].isupper()
            and match.start("word") > 0
            and not re.search(
                r"(?:^|[.!?:\"“]\s*)$", text[max(0, match.start("word") - 3) : match.start("word")]
            )
        ):
            continue  # "the Islamic Militant Movement": part of a name
        if (match["next"] or "").lower() in ARMED_GROUP_MODIFIED or (
            not word.lower().endswith(("s", "men")) and re.match(r"\s+[A-Z]", text[match.end("word") :])
        ):
            continue
        at = token_at(tokens, match.start("word"))
        if at < len(tokens) and taken[at]:
            continue
        if (
            at > 0
            and taken[at - 1]
            and re.fullmatch(r"(?:['’]s)?\s+", text[tokens[at - 1].end : match.start("word")])
        ):
            continue  # "FARC rebels", "Sadr's militia": the group is named
        if (led := LED_BY_GROUP.search(text, max(0, match.start("word") - 40), match.start("word"))) and (
            leader := organisation_by_name(knowledge).get(fold(led["owner"]))
        ):
            # "Hamas-led militants": the group that leads them
            found.append(
                ActorMention(
                    led.start("owner"),
                    match.end("word"),
                    text[led.start("owner") : match.end("word")],
                    leader.name,
                    leader.kind,
                    leader.country,
                    None,
                    "description",
                    text[led.start("owner") : match.end("word")],
                )
            )
            continue
        name = groups[re.sub(r"[\s-]+", " ", word.lower())]
        demonym_at = token_at(tokens, match.start("demonym")) if match["demonym"] else len(tokens)
        country = (
            # "Iraqi insurgents", "Pakistan-based militants"
            knowledge.demonyms.get(fold(match["demonym"]))
            or knowledge.country_names.get(fold(match["demonym"]))
            if match["demonym"] and match["demonym"][0].isupper() and not taken[demonym_at]
            else None
        )
        start = match.start("demonym") if country else match.start("word")
        if country:
            demonyms = knowledge.countries[country].demonyms
            name = f"{demonyms[0] if demonyms else match['demonym']} {name.lower()}"
        found.append(
            ActorMention(
                start,
                match.end("word"),
                text[start : match.end("word")],
                name,
                "armed_group",
                country,
                None,
                "description",
                text[start : match.end("word")],
            )
        )
    return found


# "Saudi-led", "Hamas-led" (not "The Saudi-led": the article is no owner)
LED_BY = r"\b(?!(?:The|A|An)\b)(?P<owner>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-led\s+"
LED_FORCES = re.compile(
    LED_BY + r"(?:(?:military|international|multinational|naval|"
    r"western|Western|Arab|peacekeeping|air)\s+)*(?:coalition|coalitions|forces|troops|alliance|mission|"
    r"operation|offensive|force|blockade|campaign|occupation|invasion|war|administration)\b"
)


# "a British-flagged oil tanker", "the Liberian-flagged Mesdar": the flag state's ship
FLAGGED_SHIP = re.compile(
    r"\b(?!(?:The|A|An)\b)(?P<owner>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-(?:flagged|registered)\s+"
    r"(?:(?:[a-z-]+\s+){0,2}(?:tankers?|ships?|vessels?|freighters?|carriers?|boats?|trawlers?)\b|(?=[A-Z]))"
)


def led_or_flagged(
    text: str, tokens: list[_Token], taken: list[bool], knowledge: Knowledge
) -> list[ActorMention]:
    """ "A Saudi-led military coalition", "US-led forces": the state that leads them acts; "a
    British-flagged tanker" is the flag state's."""
    found = []
    for match in [*LED_FORCES.finditer(text), *FLAGGED_SHIP.finditer(text)]:
        at = token_at(tokens, match.start())
        owner = match["owner"]
        code = knowledge.demonyms.get(fold(owner)) or country_named(owner, knowledge)
        state = knowledge.countries.get(code) if code else None
        if state is None or (at < len(tokens) and taken[at]):
            continue
        if fold(owner) in {fold(a) for a in state.ambiguous_aliases}:
            continue  # "a Jordan-led offensive" on a basketball court
        written = match.group().rstrip()
        found.append(
            ActorMention(
                match.start(), match.start() + len(written), written, state.name, "country", state.code, None,
                "description", written,
            )
        )
    return found


@functools.cache
def body_descriptions(knowledge: Knowledge) -> tuple[re.Pattern[str] | None, dict[str, Organisation]]:
    table = {d.lower(): o for o in knowledge.organisations.values() for d in o.descriptions}
    if not table:
        return None, table
    alternatives = "|".join(re.escape(d) for d in sorted(table, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.I), table


def described_bodies(
    text: str, tokens: list[_Token], taken: list[bool], knowledge: Knowledge
) -> list[ActorMention]:
    """Bodies the text names by a description their entry lists ("six world powers": the P5+1)."""
    pattern, table = body_descriptions(knowledge)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        at = token_at(tokens, match.start())
        body = table[match.group().lower()]
        if at < len(tokens) and taken[at]:
            continue
        mark(tokens, taken, match.start(), match.end())
        found.append(
            ActorMention(
                match.start(), match.end(), match.group(), body.name, body.kind, body.country, None,
                "description", match.group(),
            )
        )
    return found


@functools.cache
def organisation_by_name(knowledge: Knowledge) -> dict[str, Organisation]:
    return {fold(n): o for o in knowledge.organisations.values() for n in (o.name, *o.aliases)}


LED_BY_GROUP = re.compile(LED_BY + "$")


# "North Korea's delegate, Vice Foreign Minister Kim Kye-gwan": whose delegate he is
OWNER_BEFORE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$"
)


def described_owners(text: str, mentions: list[ActorMention], lexicon: Lexicon) -> list[ActorMention]:
    """A person of no known country described first as a country's ("North Korea's delegate, Vice
    Foreign Minister Kim Kye-gwan") is that country's."""
    result = []
    for mention in mentions:
        if mention.kind == "person" and mention.country is None:
            described = OWNER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            owner = country_ending(described["owner"], lexicon) if described else None
            if owner is not None:
                mention = dataclasses.replace(mention, country=owner)
        result.append(mention)
    # and so is "Kim" later, the same person
    countries = {m.name: m.country for m in result if m.kind == "person" and m.country}
    return [
        dataclasses.replace(m, country=countries[m.name])
        if m.kind == "person" and m.country is None and m.name in countries
        else m
        for m in result
    ]


# Honorifics followed by a given name, not a family name: "Prince Mohammed", "Sheikh Tamim".
GIVEN_NAME_HONORIFIC = re.compile(
    r"(?:Crown\s+)?(?:Prince|Princess|Sheikh|Sheikha|King|Queen|Emir|Sultan)\s+(?P<given>\S+)$"
)


def given_names(
    text: str, mentions: list[ActorMention], knowledge: Knowledge, lexicon: Lexicon
) -> list[ActorMention]:
    """ "Prince Mohammed" after "Saudi Crown Prince Mohammed bin Salman" is him, not a minister whose
    family name is Mohammed: an honorific and a given name are the person the article named with it,
    else the one known by them ("King Salman")."""
    result: list[ActorMention] = []
    for mention in mentions:
        honoured = GIVEN_NAME_HONORIFIC.search(mention.text) if mention.kind == "person" else None
        if honoured and (mention.resolution == "new" or not mention.name.startswith(honoured["given"])):
            named = next(
                (
                    m
                    for m in reversed(result)
                    if m.kind == "person"
                    and (
                        m.name.split()[0] == honoured["given"]
                        # written "Mohammed bin Zayed", known as "Mohamed bin Zayed"
                        or re.search(
                            rf"\b{re.escape(honoured['given'])}\s+(?:bin|ibn|al|[A-Z])", m.as_written
                        )
                        is not None
                    )
                ),
                None,
            )
            known = pick_entry(lexicon, honoured.group())
            if named is not None:
                mention = dataclasses.replace(
                    mention, name=named.name, country=named.country, resolution="surname"
                )
            elif known is not None and known.kind == "person":
                country = person_country(known.name, knowledge)
                mention = dataclasses.replace(mention, name=known.name, country=country, resolution="alias")
        result.append(mention)
    return result


RULERS = r"(?:(?:military|ruling)\s+)?(?:junta|coup leaders|military rulers|putschists)"
NAME = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}"
# "Niger's junta", "the Niger junta", "the junta in Niger": whose rulers "the junta" is
JUNTA_OF = re.compile(
    rf"(?P<owner>{NAME})(?:['’]s)?\s+{RULERS}\b|\b{RULERS}\s+(?:in|of)\s+(?:the\s+)?(?P<place>{NAME})"
)
THE_JUNTA = re.compile(rf"\b[Tt]he\s+{RULERS}\b(?!\s+(?:leader|chief|head|spokesman)\b)")


def juntas(
    doc: Document, mentions: list[ActorMention], knowledge: Knowledge, lexicon: Lexicon
) -> list[ActorMention]:
    """'The junta', 'the coup leaders': the country whose junta the article names ("Niger junta digs
    in", "the junta in Niger"), when it names one country's only."""
    text = doc.text
    if not THE_JUNTA.search(text):
        return mentions
    ruled = set()
    for written in (doc.title or "", text):
        for match in JUNTA_OF.finditer(written):
            # ("Niger's junta": the owner's name without its possessive)
            owner = re.sub(r"['’]s$", "", match["owner"] or match["place"])
            if code := country_ending(owner, lexicon):
                ruled.add(code)
    if len(ruled) != 1 or (country := knowledge.countries.get(ruled.pop())) is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    found = [
        ActorMention(
            match.start(),
            match.end(),
            match.group(),
            country.name,
            "country",
            country.code,
            None,
            "government",
            match.group(),
        )
        for match in THE_JUNTA.finditer(text)
        if not any(start < match.end() and match.start() < end for start, end in taken)
    ]
    return sorted([*mentions, *found], key=lambda m: m.start)


UN_AGENCY = re.compile(r"\s+(?:[a-z'’-]+\s+){0,2}agency\b")


# "The alliance", "the bloc": the forum of states the article named last (NATO, the EU, ASEAN).
# "The council": the council of states named last (the Security Council, the Gulf Cooperation Council).
FORUM_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?:\d+|[a-z]+)-(?:nation|member|country|state)\s+|(?:western|regional)\s+)?"
    r"(?P<word>alliance|bloc|grouping|council)\b(?!\s+(?:of|between|with|for|on|in)\b)"
)


def described_as(word: str, body: Organisation) -> bool:
    """Whether "the alliance" or "the council" can be this forum: an alliance is a treaty
    organisation (NATO, the CSTO; not the EU), a council has "Council" in its name."""
    names = " ".join((body.name, *body.aliases)).lower()
    if word == "council":
        return "council" in body.name.lower()
    if word == "alliance":
        return "alliance" in names or "treaty" in names
    return True


def agencies_named_by_description(
    text: str, mentions: list[ActorMention], knowledge: Knowledge
) -> list[ActorMention]:
    """ "The U.N. agency" is not the United Nations: it is the agency the article named before (the WHO),
    or an agency it does not name, left out. "The alliance" and "the bloc" are the forum of states
    named last; "the council" the last council of states."""
    described = []
    for match in FORUM_DESCRIPTION.finditer(text):
        forum = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= match.start()
                and m.kind == "organisation"
                and (body := knowledge.organisations.get(m.name)) is not None
                and body.forum
                and described_as(match["word"].lower(), body)
            ),
            None,
        )
        if forum is not None and not any(m.start < match.end() and match.start() < m.end for m in mentions):
            described.append(
                dataclasses.replace(
                    forum,
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    resolution="description",
                    as_written=match.group(),
                )
            )
    mentions = sorted([*mentions, *described], key=lambda m: m.start) if described else mentions
    result: list[ActorMention] = []
    for mention in mentions:
        if mention.name == "United Nations" and UN_AGENCY.match(text, mention.end):
            agency = next(
                (
                    m
                    for m in reversed(result)
                    if m.kind == "organisation"
                    and (body := knowledge.organisations.get(m.name)) is not None
                    and body.type == "igo"
                    and not body.forum
                ),
                None,
            )
            if agency is None:
                continue
            mention = dataclasses.replace(mention, name=agency.name, resolution="description")
        result.append(mention)
    return result


def dated_country(mention: ActorMention, knowledge: Knowledge, day: dt.date | None) -> ActorMention:
    """A known person's country on the article's date: Federica Mogherini spoke for Italy in 2014
    and for the European Union from November 2014."""
    person = knowledge.people.get(mention.name) if mention.kind == "person" else None
    if person is None or not person.holdings or day is None:
        return mention
    current = [h for h in person.holdings if h.covers(day)]
    past = [h for h in person.holdings if h.start <= day]
    holding = current[0] if current else max(past, key=lambda h: h.start) if past else person.holdings[0]
    return (
        mention
        if holding.country == mention.country
        else dataclasses.replace(mention, country=holding.country)
    )


APPOSITIVE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?\s+)?"
    r"(?P<title>[a-z][a-z -]{2,60}?)"
    r"(?=\s*,|\s+(?:said|says|told|added|warned|who|of)\b|\.)"
)


ROLE_OF_OWNER = re.compile(
    r",\s+(?P<role>(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:head|chief|leader|director|chairman|chairwoman|president|"
    r"minister|secretary|executive|ambassador|envoy|commander)\s+of\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}))"
)
# "Pakistan's chief military spokesman, Major General Asif Ghafoor, said": the title before the name.
TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?['’]s)\s+(?P<title>[a-z][a-z -]{2,50}?),\s*"
    r"(?:[A-Z][a-z]+\.?\s+){0,2}$"
)


def title_category(role: str, lexicon: Lexicon) -> str | None:
    """The office category of a role as written ("China's top diplomat" -> foreign_minister)."""
    words = role.lower().split()
    # (and the title a description begins with: "interim president installed after the coup")
    for end in range(len(words), 0, -1):
        for start in range(end):
            category = lexicon.titles.get(" ".join(words[start:end]))
            if category is not None:
                return category
    return None


def attach_appositives(
    text: str, mentions: list[ActorMention], knowledge: Knowledge, lexicon: Lexicon, day: dt.date | None
) -> list[ActorMention]:
    """'Wang Yi, China's top diplomat, said': the title after a name is the person's role, and for
    someone the knowledge does not know, it can name the office holder they are."""
    result = []
    for mention in mentions:
        match = APPOSITIVE.match(text, mention.end) if mention.kind == "person" and not mention.role else None
        if match is None and mention.kind == "person" and mention.country is None:
            match = TITLE_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        category = title_category(match["title"], lexicon) if match else None
        if match and set(match["title"].split()) & {
            "who",
            "which",
            "that",
            "is",
            "was",
            "are",
            "has",
            "had",
            "not",
        }:
            category = None  # "John Sullivan, who is not related to the adviser": a clause, not a title
        headed = ROLE_OF_OWNER.match(text, mention.end) if mention.kind == "person" else None
        # ("Zhang Zhijun, the director of the Taiwan Affairs Office": the title goes on to its owner)
        of_owner = headed is not None and match is not None and text.startswith(" of", match.end())
        if match is None or category is None or of_owner and mention.country is None:
            if headed and mention.country is None:
                # "Oleh Dubyna, head of Ukraine's Naftogaz,": of the state whose body he heads
                owner = headed["owner"]
                country = country_ending(re.sub(r"['’]s\b.*$", "", owner), lexicon) or next(
                    (e.country for e in [pick_entry(lexicon, owner)] if e is not None and e.country), None
                )
                mention = dataclasses.replace(mention, country=country, role=headed["role"].strip())
            result.append(mention)
            continue
        owner = (match["owner"] or "").strip()
        entry = pick_entry(lexicon, re.sub(r"['’]s$", "", owner)) if owner else None
        country = entry.country if entry is not None else mention.country
        name, resolution = mention.name, mention.resolution
        if resolution == "new":
            name, resolution = resolve_person(
                mention.as_written or mention.text, country, category, day, knowledge, lexicon
            )
        role = " ".join(f"{owner} {match['title']}".split())
        result.append(
            dataclasses.replace(
                mention,
                name=name,
                resolution=resolution,
                role=role,
                country=person_country(name, knowledge) or country,
            )
        )
    return result


def held_office(
    knowledge: Knowledge,
    name: str,
    category: str,
    day: dt.date | None,
    *,
    country: str | None = None,
    word: str = "",
) -> bool:
    """Whether someone held that kind of office that day (of that country, under a title with that
    word in it)."""
    person = knowledge.people.get(name)
    return person is not None and any(
        h.category == category
        and (country is None or h.country == country)
        and (day is None or h.covers(day))
        and word.lower() in h.title.lower()
        for h in person.holdings
    )


def title_owner(text: str, match: TitleMatch, lexicon: Lexicon) -> str | None:
    """The country named between 'the' and a bare title ("the US president", "the North Korean leader")."""
    owner = re.search(
        r"\b[Tt]he\s+(?P<words>(?:[A-Z][\w.-]*\s+){1,2})$", text[max(0, match.start() - 30) : match.start()]
    )
    entry = pick_entry(lexicon, owner["words"].strip()) if owner else None
    words = match.group().split()
    for size in (2, 1):  # the title itself may begin with its country ("US president")
        if entry is None and len(words) > size:
            entry = pick_entry(lexicon, " ".join(words[:size]))
    return entry.country if entry is not None else None


def same_title_and_country(
    text: str, match: TitleMatch, mentions: list[ActorMention], lexicon: Lexicon
) -> ActorMention | None:
    """'The North Korean leader': the person of that country last named with that title."""
    country = title_owner(text, match, lexicon)
    if country is None:
        return None
    word = match.group().split()[-1].lower()
    compatriots = [
        m for m in mentions if m.kind == "person" and m.end <= match.start() and m.country == country
    ]
    titled = next((m for m in reversed(compatriots) if m.role and word in m.role.lower()), None)
    if titled is None and word == "leader":
        # "Kim Jong Un ... the North Korean leader": the known compatriot named last leads.
        titled = next((m for m in reversed(compatriots) if m.resolution != "new"), None)
    return titled


def resolve_bare_titles(
    text: str,
    titles: list[TitleMatch],
    mentions: list[ActorMention],
    knowledge: Knowledge,
    lexicon: Lexicon,
    day: dt.date | None,
) -> list[ActorMention]:
    """'The foreign minister said': the person with that office named last before in the article."""
    added = []
    for match in titles:
        person = title_holder(text, match, mentions, knowledge, lexicon, day)
        if person is not None:
            added.append(
                dataclasses.replace(
                    person,
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    resolution="title",
                    as_written=match.group(),
                )
            )
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    return sorted(kept + added, key=lambda m: m.start)


def title_holder(
    text: str,
    match: TitleMatch,
    mentions: list[ActorMention],
    knowledge: Knowledge,
    lexicon: Lexicon,
    day: dt.date | None,
) -> ActorMention | None:
    """The person named earlier whom a bare title stands for."""
    category = lexicon.titles.get(" ".join(match.group().lower().split()))
    if category in (None, "title", "other"):
        return same_title_and_country(text, match, mentions, lexicon)
    before = [m for m in reversed(mentions) if m.kind == "person" and m.end <= match.start()]
    owner = title_owner(text, match, lexicon)
    word = match.group().split()[-1]
    person = next(
        (
            m
            for m in before
            if m.role
            and title_category(m.role, lexicon) == category
            and (owner is None or m.country == owner)  # "the US president" is not Moon
            # a queen is not "the president", a prime minister not "the chancellor", though each
            # pair holds the same kind of office
            and word.lower() in m.role.lower()
        ),
        None,
    )
    if person is None and owner is None:
        # "Trump spoke to the prime minister": the head of government the article named, untitled
        person = next(
            (
                m
                for m in before
                if day is not None and held_office(knowledge, m.name, category, day, word=word)
            ),
            None,
        )
    if person is None and (office := knowledge.office_titles.get(" ".join(match.group().lower().split()))):
        # "The North Korean leader": someone the article named who held that office that day.
        country, office_category = office
        person = next(
            (m for m in before if held_office(knowledge, m.name, office_category, day, country=country)), None
        )
    return person


def governments(text: str, mentions: list[ActorMention], knowledge: Knowledge) -> list[ActorMention]:
    """'The Biden administration', 'Netanyahu's government': the leader's country acts."""
    result = []
    for mention in mentions:
        if (
            mention.kind == "person"
            and mention.country in knowledge.countries
            and re.match(
                r"(?:['’]s)?\s+(?:administration|government|cabinet)\b", text[mention.end : mention.end + 20]
            )
        ):
            country = knowledge.countries[mention.country]
            mention = ActorMention(
                mention.start,
                mention.end,
                mention.text,
                country.name,
                "country",
                country.code,
                None,
                "government",
                mention.as_written or mention.text,
            )
        result.append(mention)
    return result


def sentence_start(text: str, offset: int) -> int:
    """Roughly where the sentence holding an offset begins (after the last full stop or line break)."""
    return max(text.rfind(". ", 0, offset) + 2, text.rfind("\n", 0, offset) + 1, 0)


def dateline_country(text: str, dateline: re.Match[str], lexicon: Lexicon) -> str | None:
    """The country of the place an article was filed from ("BOGOTA, Colombia -", "KABUL -")."""
    for surface in (
        text[dateline.end() : dateline.end() + 40].split("-")[0].strip(" ,"),
        dateline["place"].title(),
    ):
        entry = pick_entry(lexicon, surface) if surface else None
        if entry is not None and entry.country:
            return entry.country
    return None


DATELINE_PLACE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?=(?:,\s*[A-Z][\w .]+?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)| \(| [-—–] ))"
)


def token_at(tokens: list[_Token], position: int) -> int:
    """Index of the first token starting at or after a character offset."""
    return bisect.bisect_left(tokens, position, key=lambda t: t.start)


def mark(tokens: list[_Token], taken: list[bool], start: int, end: int) -> None:
    for i in range(token_at(tokens, start), len(tokens)):
        if tokens[i].end > end:
            break
        taken[i] = True


def longest_phrase(
    text: str, tokens: list[_Token], index: int, lexicon: Lexicon, taken: list[bool]
) -> tuple[int, Entry, int] | None:
    """The longest dictionary phrase starting at token `index`: (stop token, entry, end offset)."""
    best = None
    for stop in range(index + 1, min(len(tokens), index + MAX_PHRASE_TOKENS) + 1):
        if taken[stop - 1]:
            break
        start, end = tokens[index].start, tokens[stop - 1].end
        if stop - 1 > index and "\n" in text[tokens[stop - 2].end : tokens[stop - 1].start]:
            break
        surfaces = [text[start:end]]
        if text[end : end + 1] == "." and "." in text[start:end]:
            surfaces.insert(0, text[start : end + 1])  # "U.S."
        for surface in surfaces:
            entry = pick_entry(lexicon, surface)
            if entry is not None:
                best = (stop, entry, start + len(surface))
                break
    return best


def pick_entry(lexicon: Lexicon, surface: str) -> Entry | None:
    for entry in lexicon.phrases.get(surface, ()):
        if entry.exact_case:
            return entry
    folded = fold(surface)
    for entry in lexicon.phrases.get(folded, ()):
        if not entry.exact_case:
            # A one-word lower-case match ("china" the material) is not a name.
            return entry if surface[:1].isupper() or surface[:1].isdigit() else None
    return None


def inside_other_name(text: str, tokens: list[_Token], index: int, stop: int) -> bool:
    """'Air Canada', 'Singapore Airlines', 'China Eastern', 'Japan Times': a country's name inside the
    proper name of something else (a capitalised word touching it that is no title or known name)."""
    if index > 0 and text[tokens[index - 1].end : tokens[index].start] == " ":
        previous = tokens[index - 1].text
        # (not "On Sunday Ecuador recalled": a day or a month is no part of a name)
        if (
            previous[:1].isupper()
            and previous not in CLAUSE_WORDS
            and previous not in DAY_AND_MONTH_NAMES
            and not previous.isupper()
        ):
            return True
    if re.match(r"\$|\s*(?:dollars?|cents?)\b", text[tokens[stop - 1].end : tokens[stop - 1].end + 9]):
        return True  # "US$ 199 million", "US dollars": money, not a state
    if stop < len(tokens) and text[tokens[stop - 1].end : tokens[stop].start] == " ":
        following = tokens[stop].text
        if following[:1].isupper() and following not in NOT_NAMES:
            return True
    return False


def inside_person_name(text: str, tokens: list[_Token], index: int, stop: int) -> bool:
    """Whether a name that is also a body's ("Wagner", "Shell") is part of a person's: "Therese
    Kayikwamba Wagner"."""
    if index > 0:
        previous = tokens[index - 1]
        if (
            text[previous.end : tokens[index].start] == " "
            and previous.text[:1].isupper()
            and previous.text not in NOT_NAMES
            and previous.text not in CLAUSE_WORDS
        ):
            return True
    if stop < len(tokens):
        following = tokens[stop]
        if text[tokens[stop - 1].end : following.start] == " " and following.text[:1].isupper():
            return True
    # "Wagner said" after "Congo's Therese Kayikwamba Wagner": her surname alone
    alone = re.escape(text[tokens[index].start : tokens[stop - 1].end])
    return any(
        earlier["given"] not in NOT_NAMES and earlier["given"] not in CLAUSE_WORDS
        for earlier in re.compile(rf"\b(?P<given>[{UPPER}][\w'’-]+) {alone}\b").finditer(
            text, 0, tokens[index].start
        )
    )


def ambiguous_name_fits(text: str, tokens: list[_Token], index: int, end: int) -> bool:
    """'Jordan' the country, not 'Michael Jordan': no name just before it, and a country's context
    (a preposition or possessive before, a verb of state action or a possessive after)."""
    if index > 0:
        previous = tokens[index - 1]
        gap = text[previous.end : tokens[index].start]
        if gap == " " and previous.text[:1].isupper() and previous.text not in NOT_NAMES:
            return False
    before = text[max(0, tokens[index].start - 12) : tokens[index].start].lower()
    return bool(
        re.search(
            r"\b(?:in|to|from|of|and|with|by|visit|visited|against|between|for|across|into|inside|"
            r"throughout|toward|towards|invaded|attacked|bombed)\s+$",
            before,
        )
        # a verb acting on the state itself: "accused Turkey of", not "accused Georgia officials"
        or re.search(r"\b(?:[a-z]{3,}(?:ed|es)|told|urge|warn|accuse)\s+$", before)
        and STATE_OBJECT_AFTER.match(text, end)
        or capital_stands_for_government(text, end)
    )


STATE_OBJECT_AFTER = re.compile(r"\s*(?:[,.;]|\s(?:of|on|in|over|for|to|and|with|after|at|by|that)\b)")


# What a demonym must describe to stand for a state: "Chinese officials", "the Russian side", not
# "a Vietnamese newspaper" or "Mexican companies" ("Chinese Foreign Minister" is a title, read apart).
GOVERNMENT_NOUN = re.compile(
    r"(?:\s*(?:,|and|or)\s+[A-Z][\w-]+)*"  # "American and Chinese officials"
    # ("the Saudi Foreign Ministry")
    # ("an Iranian surface-to-air missile")
    r"\s+(?:[a-z]+(?:-[a-z]+)*\s+|(?:Foreign|Defen[cs]e|Interior|Finance|Trade|Justice|Information)\s+)?"
    r"(?:[A-Z][\w-]*\d[\w-]*\s+)?(?:officials?|authorities|government|governments|administration|delegations?|delegates|"
    r"diplomats?|envoys?|ambassadors?|charg[ée]s? d['’]affaires|embassy|Embassy|consulate|ministry|Ministry|"
    r"ministers?|leaders?|leadership|"
    r"president|President|premier|side|troops|soldiers|forces|army|navy|military|warships?|warplanes?|"
    r"fighter jets|jets|aircraft|artillery|"
    r"planes|drones?|airstrikes?|air strikes?|missiles?|police|coast guard|coastguard|regime|"
    r"negotiators?|mediators?|counterparts?|"
    r"lawmakers|personnel|judges?|magistrates?|courts?|prosecutors?|judiciary|"
    r"parliament|politicians|rulers|royals|royal family|"
    r"state|State|foreign|defen[cs]e|security|intelligence|spy|agents|spokes(?:man|woman|person)|sanctions|"
    r"counterpart|team|position|stance|demands?|proposals?|decisions?|moves?|requests?|offers?|officers?|guards?|border|nuclear|tanks?|vessels?|"
    r"ships?|tankers?|freighters?|fighters?|bombers?|satellites?|hackers|election|elections|people|citizens|nationals|prisoners|"
    r"detainees|hostages|captives|"
    r"columns|convoys?|units|battalions?|brigades?|divisions?|paratroopers|marines|sailors|commandos|"
    r"peacekeepers|gunboats|submarines?|boats?|supply boats?|"
    # "duties on Australian barley": the exporting state
    r"goods|imports|exports|products|steel|aluminium|aluminum|barley|wine|beef|pork|coal|timber|soybeans|"
    r"prime minister|Prime Minister|foreign minister|Foreign Minister|counterpart)\b"
)
GOVERNMENT_CONTEXT = re.compile(
    r"^(?:['’]s\b(?!\s+(?:[a-z]+\s+){0,2}(?:subway|metro|streets?|airport|residents|mayor|hospitals?|schools?|"
    r"neighbou?rhoods?|districts?|suburbs?|population|traffic|skyline|stock exchange|markets?|restaurants?|"
    r"hotels?|university|stadium|police|city|old town|outskirts|centre|center|port|river|stations?))|"
    r"\s+(?:has|have|had|is|was|will|would|could|should|must|said|says|say|told|warned|accused|"
    r"blamed|called|urged|denied|rejected|insisted|responded|announced|imposed|ordered|condemned|criticised|"
    r"criticized|hit|slammed|vowed|wants|wanted|sees|saw|and|sought|seeks|believes|accuses|claims|claimed|"
    r"hopes|considers|agreed|refused|threatened|expelled|retaliated|protested|summoned|slapped|levied|"
    r"banned|barred|blocked|halted|suspended|froze|recalled|recognised|recognized|"
    r"(?:took|withdrew|broke|struck|cut|sent|gave|shut|froze|drew|made|threw|sought|put|set)\s+(?!place\b)"
    r"(?:[A-Z][\w-]*|the|its|a|an|off|out|up|down|back)\b|"
    r"[a-z]+(?:-[a-z]+)?ed\s+(?:[a-z]+\s+)?(?:the|its|a|to|on|that|against|with)\b|"
    r"[a-z]{3,}ed\s+[A-Z][a-z])|"  # "Washington sanctioned Turkey's ministers"
    # "Kinshasa, which accuses Kigali of ...": a government's stance
    r",\s*which\s+(?:has\s+|had\s+|also\s+|long\s+)?(?:accuse|claim|den[iy]|insist|reject|consider|regard|"
    r"view|want|say|said|warn|demand|blame|refuse|oppose|back|support)[a-z]*\b)"
)


def capital_stands_for_government(text: str, end: int, start: int | None = None) -> bool:
    """'Beijing said', 'Washington's allies', 'imposed by Moscow', 'warned Manila' speak of the
    government; 'in Beijing' is the city."""
    if (
        start is not None
        and DEMANDED_OF.search(text, max(0, start - 45), start)
        and re.match(r"\s+[a-z]", text[end:])
    ):
        return True  # "insisted that Washington apologise": the subject of what was demanded
    if start is not None and BODY_IN.search(text, max(0, start - 40), start):
        return True  # "the defence ministry in Moscow announced": the government there
    if start is not None and ENVOYS_POSTED.search(text, max(0, start - 80), start):
        return True  # "recalled its ambassadors from Paris, Washington, Abuja and Lome": those governments
    if start is not None and re.search(
        r"\b(?:in|at|near|outside|inside|into|via)\s+$", text[max(0, start - 8) : start]
    ):
        return False  # "ministers meeting in Paris agreed": where they met
    if (
        start is not None
        and re.search(r"\b(?:by|between|with|against|and)\s+$", text[max(0, start - 9) : start])
        and not re.match(r"\s*,\s*[A-Z]", text[end : end + 4])
    ):
        return True
    if start is not None and ADDRESSED.search(text, max(0, start - 24), start):
        return True
    if start is not None and REACTION_FROM.search(text, max(0, start - 30), start):
        return True  # "a rebuke from Kyiv"
    if start is not None and MEASURE_ON.search(text, max(0, start - 30), start):
        return True  # "sanctions on Tehran"
    if aside := RELATIVE_ASIDE.match(text, end):
        end = aside.end()  # "Kinshasa, which is angry, broke off relations": the verb after the aside
    return bool(GOVERNMENT_CONTEXT.match(text[end : end + 40]))


DEMANDED_OF = re.compile(
    r"\b(?:demanded|demands|insisted|insists|urged|urges|asked|asks|said|says|warned|warns|hoped|hopes|"
    r"argued|argues|believed|believes|accepted|accepts)(?:\s+(?:on|in|last|this)\s+\w+)?\s+that\s+$"
)
REACTION_FROM = re.compile(
    r"\b(?:rebukes?|criticism|condemnation|protests?|response|reaction|warnings?|objections?|anger|fury|"
    r"backlash|complaints?|demands?|pressure|praise|retaliation|threats?)\s+from\s+$"
)
BODY_IN = re.compile(
    r"\b(?:the\s+)(?:[a-z]+\s+)?(?:ministry|government|authorities|leadership)\s+in\s+$", re.I
)
ENVOYS_POSTED = re.compile(
    rf"\b(?:recall\w*|withdr[ae]w\w*|call\w*\s+home)\s+(?:its|their|the)\s+{ENVOY_WORDS}\s+(?:from|in)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|,?\s+and\s+))*$"
)
MEASURE_ON = re.compile(
    r"\b(?:sanctions|embargo|curbs|restrictions|tariffs|duties|pressure|ban|measures)\s+(?:on|against)\s+$"
)
# Verbs whose object is someone addressed or acted on, never a place: "Beijing warned Manila".
ADDRESSED = re.compile(
    r"\b(?:warn|warned|warns|urged|urges|accused|accuses|critici[sz]ed|critici[sz]es|condemned|condemns|"
    r"blamed|blames|pressed|presses|pressured|thanked|praised|rebuked|summoned|threatened|threatens|"
    r"sanctioned|invited|welcomed|backed|slammed|slams|lashed out at|hit back at|called on|calls on|"
    r"told|tells|asked|asks|rejected|rejects|defied|defies|snubbed)\s+$"
)


# Capital letters with accents ("Londoño" is a name, "Ñ", "Š", "Ł" start one).
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
NAME_TOKEN = re.compile(
    rf"(?:[{UPPER}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?|(?:al|el|bin|ibn|bint|de|da|di|du|van|von|der|den|la|le)(?:-[A-Z][\w'’-]*)?)$"
)
# Lower-case particles inside names ("Abdullatif al-Zayani", "Ursula von der Leyen"); never a name alone.
HONORIFICS = frozenset(
    "Sheikh Sheik Sir Dame Dr Mr Mrs Ms Prince Princess Emir King Queen Lord Lady "
    "Col Gen Lt Maj Capt Brig Adm Cmdr Sgt Gov Sen Rep".split()  # ranks and offices, abbreviated
)
NAME_PARTICLES = frozenset("al el bin ibn bint abu de da di du van von der den la le mac st".split())
# Capitalised words that begin a clause, not a title ("After House Speaker Nancy Pelosi visited").
CLAUSE_WORDS = frozenset(
    "After Before When While Since Until As And But Or If Then Earlier Later Meanwhile However Also In On At "
    "By For With From Of To The A An During Following Despite Although Because".split()
)


def name_after(text: str, tokens: list[_Token], position: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The span of a person's name (capitalised tokens and particles) starting right after `position`,
    past an honorific ("Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan")."""
    first = token_at(tokens, position)
    if first >= len(tokens) or text[position : tokens[first].start].strip(" ,") != "":
        return None
    if "," in text[position : tokens[first].start] and tokens[first].text in NOT_NAMES:
        return None
    while first + 1 < len(tokens) and tokens[first].text.rstrip(".") in HONORIFICS:
        first += 1
    stop = first
    while stop < len(tokens) and stop - first < 6:
        token = tokens[stop].text
        known = stop > first and pick_entry(lexicon, text[tokens[first].start : tokens[stop].end])
        if (
            not NAME_TOKEN.match(token)
            or (token in NOT_NAMES and not known)
            or stop == first
            and token[0].islower()
        ):
            break  # "Prime Minister Theresa May" goes on: the whole is a known name
        if stop > first and not joins_name(text, tokens[stop - 1], tokens[stop]):
            break
        surface = text[tokens[first].start : tokens[stop].end]
        entry = pick_entry(lexicon, surface) if stop == first else None
        if entry is not None and entry.kind != "person":
            break
        stop += 1
    if stop == first:
        return None
    return tokens[first].start, tokens[stop - 1].end


TITLE_PREFIX = re.compile(r"(?:(?P<former>former|ex-|then-|late)\s+)?$", re.I)


@dataclass(frozen=True)
class TitleMatch:
    """Where a title ("Foreign Ministry spokesman") stands in the text."""

    begin: int
    stop: int
    title: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.title


def find_titles(text: str, tokens: list[_Token], lexicon: Lexicon) -> list[TitleMatch]:
    """Titles in the text, longest first at each token, by dictionary lookup (linear in the text)."""
    found = []
    lowered = [t.text.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        longest = lexicon.title_words.get(lowered[i], 0)
        step = 1
        for n in range(min(longest, len(tokens) - i), 0, -1):
            if n > 1 and any(
                not text[tokens[k].end : tokens[k + 1].start].isspace() for k in range(i, i + n - 1)
            ):
                continue
            if " ".join(lowered[i : i + n]) in lexicon.titles:
                start, end = tokens[i].start, tokens[i + n - 1].end
                found.append(TitleMatch(start, end, text[start:end]))
                step = n
                break
        i += step
    return found


# where an envoy is posted, between the title and the name: "ambassador to Russia, Vardan Toghanyan"
POSTED_TO = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,")


def titled_person(
    text: str,
    tokens: list[_Token],
    match: TitleMatch,
    knowledge: Knowledge,
    lexicon: Lexicon,
    day: dt.date | None,
) -> ActorMention | None:
    """A person introduced by a title, with the title's country and office resolved."""
    title = match.group()
    category = lexicon.titles.get(" ".join(title.lower().split()), "other")
    span = name_after(text, tokens, match.end(), lexicon)
    if span is None and (posted := POSTED_TO.match(text, match.end())):
        # "Armenia's ambassador to Russia, Vardan Toghanyan"
        span = name_after(text, tokens, posted.end(), lexicon)
    if span is None:
        return None
    name_start, name_end = span
    written = text[name_start:name_end]
    if written.split()[-1] in PLACE_NAME_WORDS:
        return None  # "Queen Mary College", "King Abdullah Bridge": a place named after someone
    # The title's country: a demonym, name or organisation just before it ("Chinese", "US", "China's").
    before = text[max(0, match.start() - 80) : match.start()]
    country, start = title_country(before, match.start(), knowledge, lexicon)
    specific = knowledge.office_titles.get(title.lower())
    if country is None and specific is not None:
        country = specific[0]
    former = bool(re.search(r"\b(?:former|ex-|then-|late)\s*$", text[max(0, start - 12) : start], re.I))
    role = text[start : match.end()].strip()
    name, resolution = resolve_person(written, country, category, day, knowledge, lexicon, former)
    if resolution == "new" and " " not in written and category == "title":
        return None  # "Secretary Blanken": a surname the article explains elsewhere, or nobody
    if resolution != "new":
        country = person_country(name, knowledge) or country  # a known person keeps their own country
    return ActorMention(
        start,
        name_end,
        text[start:name_end],
        name,
        "person",
        country or person_country(name, knowledge),
        role,
        resolution,
        written,
    )


def title_country(
    before: str, title_start: int, knowledge: Knowledge, lexicon: Lexicon
) -> tuple[str | None, int]:
    """The country named just before a title, and where the title phrase (with it) starts."""
    words = list(re.finditer(r"[A-Z][\w.’'-]*(?:['’]s)?", before))
    country = None
    start = title_start
    # Walk back over capitalised words touching the title: "Chinese Foreign Ministry", "US", "China's".
    cursor = len(before)
    for word in reversed(words):
        gap = before[word.end() : cursor]
        if gap.strip() or "\n" in gap or word.group().endswith(".") and word.group().count(".") == 1:
            break  # not touching the title, or the end of the previous sentence
        surface = re.sub(r"['’]s$", "", word.group())
        entry = pick_entry(lexicon, surface) or pick_entry(lexicon, surface.rstrip("."))
        phrase_start = word.start()
        index = words.index(word)
        for extra in (1, 2) if entry is None else ():  # "Abu Dhabi's crown prince": several words
            if index - extra < 0:
                break
            entry = pick_entry(
                lexicon, re.sub(r"['’]s$", "", before[words[index - extra].start() : word.end()])
            )
            if entry is not None:
                phrase_start = words[index - extra].start()
                break
        if entry is not None and entry.kind == "country":
            country = entry.country
        elif entry is not None and entry.country:
            country = country or entry.country
        elif surface not in NOT_NAMES or surface in CLAUSE_WORDS:
            break  # "After House Speaker Nancy Pelosi ...": the title starts after "After"
        start = title_start - (len(before) - phrase_start)
        cursor = phrase_start
        if country:
            break
    return country, start


def person_country(name: str, knowledge: Knowledge) -> str | None:
    person = knowledge.people.get(name)
    return person.country if person else None


def resolve_person(
    written: str,
    country: str | None,
    category: str | None,
    day: dt.date | None,
    knowledge: Knowledge,
    lexicon: Lexicon,
    former: bool = False,
) -> tuple[str, str]:
    """Canonical name and how it was found, for a name as written with its title's country and office."""
    entry = pick_entry(lexicon, written)
    if entry is not None and entry.kind == "person":
        return entry.name, entry.resolution
    known = surname_index(knowledge).get(written) if " " not in written else None
    if known is not None and (country is None or known.country == country) and in_office_near(known, day):
        return known.name, "surname"  # "President Biden"
    holders = []
    if country and category and day and not former:
        holders = [h.name for h in knowledge.holders(country, category, day)]
    if lexicon.people_names and len(written.split()) >= 2:
        best = process.extractOne(fold(written), lexicon.people_folded, scorer=fuzz.ratio, score_cutoff=80)
        if best is not None:
            candidate = lexicon.people_names[best[2]]
            close = best[1] >= 92 or one_transposition(fold(written), best[0])  # "Imran Kahn"
            if candidate in holders or close and plausible(candidate, country, day, knowledge):
                return candidate, "fuzzy"
    if len(holders) == 1 and shares_name_part(written, holders[0]):
        return holders[0], "office"
    if len(written.split()) == 1 and country and category:
        # "former US President Trump": the one holder of that office with that surname.
        same = {
            h.name
            for h in knowledge.holdings
            if h.country == country and h.category == category and fold(h.name.split()[-1]) == fold(written)
        }
        if len(same) == 1:
            return same.pop(), "surname"
    return written, "new"


def one_transposition(written: str, name: str) -> bool:
    """Whether two spellings differ only by two neighbouring letters swapped, the commonest typo."""
    if len(written) != len(name) or written == name:
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, name, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and written[differ[0]] == name[differ[1]]
        and (written[differ[1]] == name[differ[0]])
    )


def plausible(name: str, country: str | None, day: dt.date | None, knowledge: Knowledge) -> bool:
    """A fuzzy match without a title is accepted only for someone in office near the date."""
    person = knowledge.people.get(name)
    if person is None or (country and person.country and person.country != country):
        return False
    if day is None or not person.holdings:
        return True
    return any(h.start.year - 2 <= day.year <= (h.end or dt.date.max).year + 2 for h in person.holdings)


def shares_name_part(written: str, name: str) -> bool:
    """'Cheng Yi' and 'Wang Yi' share a part; a mistranslation keeps at least that much."""
    parts = {fold(p) for p in written.split()}
    return bool(parts & {fold(p) for p in name.split()}) or fuzz.ratio(fold(written), fold(name)) >= 60


GIVEN_NAMES = frozenset(words("male_given_names")) | frozenset(words("female_given_names"))
FAMILY_NAMES_FIRST = frozenset(words("family_names_first"))


def end_of_full_name(text: str, written: str) -> bool:
    """Whether the text also gives this name with a given name before it ("Jean-Yves Le Drian" for
    "Le Drian"), not merely after an honorific, a possessive or a word opening the sentence ("Mr. Peter
    Wilson", "Britain's Peter Wilson", "Later Peter Wilson")."""
    for found in re.finditer(rf"([A-Z][\w'’.-]*)[\s-]+{re.escape(written)}\b", text):
        word = found[1].rstrip(".")
        opens_sentence = re.search(r"(?:^|[.!?][\"”’]?\s+)$", text[max(0, found.start() - 4) : found.start()])
        if (
            word.lower() in PERSON_TITLE_WORDS
            or word in HONORIFICS
            or re.search(r"['’]s$", word)
            or word in NOT_NAMES
            or opens_sentence
            and word not in GIVEN_NAMES
        ):
            continue
        return True
    return False


def used_alone(text: str, name: str, start: int) -> bool:
    """Whether the last word of a name stands alone elsewhere in the text ("Jammeh, who took power",
    "Later Badjie said"), not beside another capitalised word ("World Health Organization") nor after
    the name's own first words ("De Gucht")."""
    words = name.split()
    surname, own = words[-1], words[-2] if len(words) > 1 else ""
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        if start <= found.start() < start + len(name):
            continue
        before = re.search(
            r"(^|[.!?]\s*[\"“]?|\s)([\w'’.-]+)\s+$", text[max(0, found.start() - 40) : found.start()]
        )
        after = re.match(r"\s+([\w'’-]+)", text[found.end() : found.end() + 40])
        if after is not None and after[1][:1].isupper():
            continue
        if re.search(r"\b(?:the|a|an)\s+$", text[max(0, found.start() - 5) : found.start()]):
            continue  # "the Mirror", "the Yankees": a thing's name
        # (a capitalised word opening the sentence, "Later", is no part of the name)
        if (
            before is not None
            and before[2][:1].isupper()
            and (before[2] == own or not re.match(r"^$|[.!?]", before[1]))
        ):
            continue
        return True
    return False


def untitled_people(
    text: str,
    tokens: list[_Token],
    taken: list[bool],
    knowledge: Knowledge,
    lexicon: Lexicon,
    day: dt.date | None,
) -> list[ActorMention]:
    """People named without a title: before a speech verb, after Mr./Ms., or known by fuzzy match."""
    found = []
    i = 0
    while i < len(tokens):
        if (
            taken[i]
            or not NAME_TOKEN.match(tokens[i].text)
            or tokens[i].text in NOT_NAMES
            # ("al-Sisi": a known surname after its article)
            or tokens[i].text[0].islower() and tokens[i].text not in surname_index(knowledge)
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and not taken[j + 1]
            and j - i < 3
            and NAME_TOKEN.match(tokens[j + 1].text)
            and tokens[j + 1].text not in NOT_NAMES
            and joins_name(text, tokens[j], tokens[j + 1])
        ):
            j += 1
        start, end = tokens[i].start, tokens[j].end
        written = text[start:end]
        prefix = text[max(0, start - 5) : start].strip().rstrip(".").lower()
        after = text[end : end + 40]
        titled = prefix.split()[-1:] and prefix.split()[-1] in PERSON_TITLE_WORDS
        counterpart = COUNTERPART_BEFORE.search(text, max(0, start - 60), start)
        titled = titled or bool(counterpart)  # "his Kosovo counterpart, Isa Mustafa"
        speaks = re.match(r"\s*(?:,[^,]{0,60},\s*)?" + SPEECH_VERBS + r"\b", after)
        # "Muammar Gaddafi's forces", "the leader's son, Saif al-Islam Gaddafi,": only a person has them
        owned = (
            PERSON_POSSESSION.match(after)
            or KIN_BEFORE.search(text, max(0, start - 30), start)
            or ROLE_AFTER.match(after)  # "Oleh Dubyna, head of Ukraine's Naftogaz,"
            or OFFICE_AFTER.match(text, end)  # "Roberto Micheletti, the interim president installed"
        )
        if owned and j > i and fold(written) not in city_table():
            titled = True
        # "Congo's Therese Kayikwamba Wagner", "the Australian television anchor Cheng Lei": a
        # country's person
        state = possessing_country(text, start, lexicon) or described_national(text, start, knowledge)
        if state is not None and not speaks and fold(written) in city_table():
            state = None  # "Brazilian champions Sao Paulo": a city's name, here a football club
        titled = titled or state is not None
        if tokens[j].text in ORGANISATION_NAME_WORDS | PLACE_NAME_WORDS:
            titled = speaks = False  # "India's Jet Airways said": a company
        named = (
            j > i
            and fold(written) not in city_table()
            # (not "GMT Hadi Saleh", "EDT GENEVA", "Sun Apr": capitals and abbreviations are no names)
            and not any(t.text.isupper() or t.text in NOT_NAMES for t in tokens[i : j + 1])
            and tokens[j].text not in ORGANISATION_NAME_WORDS | PLACE_NAME_WORDS
            # ("Gulf Arab leaders": a people's name recurs alone, and is no surname; nor does a name
            # begin with one)
            and fold(tokens[i].text) not in knowledge.demonyms
            and fold(tokens[j].text) not in knowledge.demonyms
            and fold(tokens[j].text) not in knowledge.country_names
        )
        # "to talk Yahya Jammeh into handing power": a given name, or a surname the text uses alone
        # ("Jammeh, who took power in 1994"), makes a name of a person nobody titled
        if (
            j > i
            and tokens[i].text not in GIVEN_NAMES | FAMILY_NAMES_FIRST
            and re.search(r"(?:^|[.!?][\"”’]?\s+|\n)$", text[max(0, start - 4) : start])
            and not (titled or speaks)
        ):
            i += 1  # "Yet Rice said", "Now Bush": a word opening the sentence before a name
            continue
        if j > i and end_of_full_name(text, written):
            i = j + 1  # "Le Drian said" after "Jean-Yves Le Drian": the end of a full name, left to surnames
            continue
        known_name = named and (
            tokens[i].text in GIVEN_NAMES
            or used_alone(text, written, start)
            or tokens[i].text in FAMILY_NAMES_FIRST and j - i <= 2
        )
        if j > i and (titled or speaks or known_name or fuzzy_known(written, lexicon)):
            name, resolution = resolve_person(written, None, None, day, knowledge, lexicon)
            if resolution == "new" and not (titled or speaks or known_name):
                i = j + 1
                continue
            owner = pick_entry(lexicon, counterpart["owner"]) if counterpart else None
            found.append(
                ActorMention(
                    start,
                    end,
                    written,
                    name,
                    "person",
                    person_country(name, knowledge) or (owner.country if owner else state),
                    " ".join(counterpart.group().strip(" ,").split()[1:]) if counterpart else None,
                    resolution,
                    written,
                )
            )
            for k in range(i, j + 1):
                taken[k] = True
        elif j == i and titled:
            # "Mr Blair": the person the article names in full (resolved with the other surnames
            # later), else the one Blair in office on the day, else someone new.
            named_in_full = any(
                m.group(1).rstrip(".") not in HONORIFICS and m.group(1).rstrip(".") not in PERSON_TITLE_WORDS
                for m in re.finditer(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(written)}\b", text)
            )
            if not named_in_full:
                owner = surname_holder(knowledge, written, day)
                name, resolution = (owner.name, "surname") if owner else (written, "new")
                country = owner.country if owner else None
                found.append(
                    ActorMention(start, end, written, name, "person", country, None, resolution, written)
                )
                taken[i] = True
        i = j + 1
    return found


# "the Australian television anchor", "British-Iranian aid worker": a demonym and what the person does
DESCRIBED_NATIONAL = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)(?:-[A-Z][a-z]+)?\s+(?:[a-z-]+\s+){1,3}$")


def described_national(text: str, start: int, knowledge: Knowledge) -> str | None:
    """The country of a demonym describing the person named next ("the Australian writer Yang
    Hengjun")."""
    described = DESCRIBED_NATIONAL.search(text, max(0, start - 50), start)
    if described is None or re.search(
        r"\b(?:and|or|of|in|at|to|from|by|with|for|said|told|the|a|an|who|that|which|had|has|was|were|near|"
        r"outside|inside|into|onto|across|around|over|on|off|through|toward|towards|against|after|before|"
        r"under|during|between|beyond|behind)\s",
        described.group(),
    ):
        return None
    return knowledge.demonyms.get(fold(described["demonym"]))


def possessing_country(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The country whose possessive stands right before a name: "Rwanda's" in "Rwanda's Olivier
    Nduhungirehe"."""
    owner = re.search(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s$", text[max(0, start - 40) : start])
    return country_ending(owner[1], lexicon) if owner else None


def country_ending(written: str, lexicon: Lexicon) -> str | None:
    """The country the last words of a capitalised phrase name: "South Africa" in "On Friday South
    Africa", "Niger" in "the Niger"; none when they name something else."""
    words = written.split()
    for first in range(len(words)):
        entry = pick_entry(lexicon, " ".join(words[first:]))
        if entry is not None:
            return entry.country if entry.kind == "country" else None
    return None


def fuzzy_known(written: str, lexicon: Lexicon) -> bool:
    best = process.extractOne(fold(written), lexicon.people_folded, scorer=fuzz.ratio, score_cutoff=88)
    return best is not None


@functools.cache
def surname_index(knowledge: Knowledge) -> dict[str, Person]:
    """Family names that belong to exactly one known person."""
    owners: dict[str, list[Person]] = {}
    for person in knowledge.people.values():
        for surname in family_names(person):
            if surname[:1].isupper() or ARABIC_ARTICLE.match(surname):
                owners.setdefault(surname, []).append(person)
    return {surname: people[0] for surname, people in owners.items() if len(people) == 1}


def surname_holder(knowledge: Knowledge, surname: str, day: dt.date | None) -> Person | None:
    """The one known person with this surname who held office on the day ("Mr Blair" in 2005)."""
    if day is None:
        return surname_index(knowledge).get(surname)
    holders = [
        person
        for person in knowledge.people.values()
        if surname in family_names(person) and any(h.covers(day) for h in person.holdings)
    ]
    return holders[0] if len(holders) == 1 else None


FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})


def family_name(person: Person) -> str | None:
    """The name a person is called by alone: the last part, or the first for Chinese, Korean and
    Cambodian names ("Xi Jinping" is Xi) unless they go by a Western given name ("Mark Chen")."""
    parts = person.name.split()
    if len(parts) < 2:
        return None
    family_first = person.country in FAMILY_NAME_FIRST and parts[0] not in WESTERN_GIVEN_NAMES
    return parts[0] if family_first else parts[-1]


ARABIC_ARTICLE = re.compile(r"(?:al|el|Al|El)-(?=[A-Z])")


def family_names(person: Person) -> list[str]:
    """The family name and its other spellings: an alias that differs from the name only there
    ("Volodymyr Zelenskiy" gives "Zelenskiy")."""
    own = family_name(person)
    if own is None:
        return []
    names = [own]
    rest = [part.casefold() for part in person.name.split() if part != own]
    for alias in person.aliases:
        parts = alias.split()
        other = [part for part in parts if part.casefold() not in rest]
        if len(parts) == len(person.name.split()) and len(other) == 1 and other[0] not in names:
            names.append(other[0])
    for name in list(names):
        if particle := ARABIC_ARTICLE.match(name):
            # "el-Sisi" is also written "El-Sisi" (opening a sentence), "al-Sisi" and "Sisi"
            bare = name[particle.end() :]
            names += [v for v in (*(f"{p}-{bare}" for p in ("al", "el", "Al", "El")), bare) if v not in names]
    return names


def in_office_near(person: Person, day: dt.date | None) -> bool:
    """Whether a known person held an office within a few years of the date (any time, undated)."""
    if day is None:
        return True
    return any(h.start.year - 1 <= day.year <= (h.end or dt.date.max).year + 3 for h in person.holdings)


# Short surnames that are also English words or shared by many: never a leader on their own ("May").
SHORT_WORDS = frozenset(word.lower() for word in words("short_surname_words"))


def leads_state_on(person: Person, day: dt.date | None) -> bool:
    """Whether the person led a state on that day: a short surname alone ("Xi", "Abe") is then them."""
    return day is not None and any(
        h.category in ("head_of_state", "head_of_government") and h.covers(day) for h in person.holdings
    )


def part_of_longer_name(text: str, tokens: list[_Token], index: int) -> bool:
    """Whether a capitalised token stands beside another name word ("Abdullah Abu Azzam")."""
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(tokens):
            other = tokens[neighbour]
            gap = text[min(other.end, tokens[index].end) : max(other.start, tokens[index].start)]
            if gap == " " and NAME_TOKEN.match(other.text) and other.text not in NOT_NAMES:
                return True
    return False


OFFICE_RANK = {
    "head_of_state": 6,
    "head_of_government": 5,
    "foreign_minister": 4,
    "defence_minister": 3,
    "finance_minister": 3,
    "national_security_adviser": 3,
    "foreign_ministry_spokesperson": 2,
}


def office_rank(mention: ActorMention, knowledge: Knowledge) -> int:
    """How high an office a person mention holds, as its title says (0 for none)."""
    category = title_category(mention.role, build_lexicon(knowledge)) if mention.role else None
    rank = OFFICE_RANK.get(category or "", 1 if category else 0)
    # someone the knowledge lists as holding an office ranks as a minister at least
    return max(rank, 3) if mention.name in knowledge.people else rank


ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar|ul)[-‐]([A-Z][\w'’-]+)$")


def name_parts(words: list[str]) -> list[str]:
    """The words a person may be called by alone: "Jubeir" for "Adel al-Jubeir" as well."""
    return words + [found[1] for word in words if (found := ARTICLE_PREFIX.match(word))]


def resolve_short_names(
    text: str,
    tokens: list[_Token],
    taken: list[bool],
    mentions: list[ActorMention],
    knowledge: Knowledge,
    day: dt.date | None,
) -> list[ActorMention]:
    """A surname or given name alone ("Blinken", "Lijian", "Blanken") is the person named in full earlier
    in the article (or later, for a headline that uses the surname first); failing that, the one
    person the knowledge has with that surname who held office around the article's date ("Putin")."""
    # each name part with the people it was part of, in text order (several for namesakes)
    parts: dict[str, list[tuple[int, str]]] = {}
    relatives: set[str] = set()  # parts only a relative told in passing has so far
    people: dict[str, ActorMention] = {}
    for mention in mentions:
        if mention.kind == "person":
            people.setdefault(mention.name, mention)
            for part in name_parts((mention.as_written or mention.text).split() + mention.name.split()):
                if (
                    len(part) >= 2
                    and part[:1].isupper()
                    and part[1:2].islower()
                    and (part not in NOT_NAMES or part in MONTH_SURNAMES)
                    and part.lower() not in NAME_PARTICLES
                ):
                    named = parts.setdefault(part, [])
                    # a relative told in passing ("the grandson of Vytautas Landsbergis") is not who
                    # the surname goes on to mean, unless no one else has it
                    relative = bool(RELATIVE_BEFORE.search(text, max(0, mention.start - 25), mention.start))
                    if named and relative:
                        continue
                    if named and part in relatives:
                        named.clear()
                    if relative:
                        relatives.add(part)
                    else:
                        relatives.discard(part)
                    if not named or named[-1][1] != mention.name:
                        named.append((mention.start, mention.name))
    extra = []
    known = surname_index(knowledge)
    for i, token in enumerate(tokens):
        if taken[i]:
            continue
        if token.text not in parts:
            person = known.get(token.text)
            if (
                person is None
                or token.text in NOT_NAMES
                or len(token.text) < 4
                and not (token.text.lower() not in SHORT_WORDS and leads_state_on(person, day))
                or not in_office_near(person, day)
                or part_of_longer_name(text, tokens, i)
            ):
                continue
            extra.append(
                ActorMention(
                    token.start,
                    token.end,
                    token.text,
                    person.name,
                    "person",
                    person.country,
                    None,
                    "surname",
                    token.text,
                )
            )
            continue
        named = parts[token.text]
        told = [(start, n) for start, n in named if start < token.start]
        # the highest office among those who share the name, then the one named last: "Wang" after
        # Wang Yi and the spokesman Wang Wenbin is the minister; "Maïga" after the spokesman and
        # then the prime minister is the prime minister
        name = (
            max(told, key=lambda item: (office_rank(people[item[1]], knowledge), item[0]))[1]
            if told
            else named[0][1]
        )
        source = people[name]
        if (
            token.text in MONTH_SURNAMES
            and MONTH_CONTEXT.search(text, max(0, token.start - 12), token.start)
            or (token.text in MONTH_SURNAMES and re.match(r"\s+[0-9]", text[token.end : token.end + 3]))
        ):
            continue  # "in May", "May 5": the month, though the article is about Theresa May
        if part_of_longer_name(text, tokens, i) and not any(
            t.text in name.split() for t in tokens[max(0, i - 1) : i + 2] if t is not token
        ):
            continue  # "John Sullivan" is not the "Jake Sullivan" named earlier
        extra.append(
            ActorMention(
                token.start,
                token.end,
                token.text,
                name,
                "person",
                source.country,
                source.role,  # "Londoño" is still the FARC commander named before
                "surname",
                token.text,
            )
        )
    return sorted(mentions + extra, key=lambda m: m.start)
