"""Documents stage: split a document into sentences and settle its publication date.

The publication date comes from metadata; else from the date the user gave on the command line;
else it is inferred from the text (datelines, the latest date reported as past, a summit the text
places us at) and marked as inferred. When nothing supports a date, it stays unknown: relative
expressions are then left unresolved rather than guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from timeline.knowledge import Holding, fold, words
from timeline.model import Document, Span
from timeline.published import Summit, Term, infer_published

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(words("abbreviations"))
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n(?=\s*[\[(A-Z\"“])")
LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")


def split_sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans over the text, trimmed of surrounding space, in order."""
    spans: list[Span] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith((".", "!", "?")) and not ends_sentence(text, start, match.start()):
            continue
        add_trimmed(spans, text, start, end)
        start = end
    add_trimmed(spans, text, start, len(text))
    return tuple(spans)


def ends_sentence(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at `stop` ends a sentence (not 'U.S.' or 'Mr.' or 'Jan.')."""
    if text[stop] != ".":
        return True
    word = LAST_WORD.search(text, start, stop + 1)
    if not word:
        return True
    token = word.group(1).rstrip(".").lower()
    if token in ABBREVIATIONS:
        return False
    # Initials such as "J." or "U.S" and a following lower-case word mean the sentence goes on.
    if len(token) == 1 and token.isalpha():
        return False
    following = text[stop + 1 : stop + 40].lstrip()
    if token in ("a.m", "p.m") and CLOCK_GOES_ON.match(following):
        return False  # "at 7 a.m. (0500 GMT) on Friday", "at 10 a.m. Moscow time on Sunday"
    return not (following[:1].islower())


CLOCK_GOES_ON = re.compile(r"\(|(?:[A-Z][a-z]+\s+)?(?:time|GMT|UTC|EST|EDT|CET|BST)\b|[A-Z]{2,4}\b")


def add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


FORMER = re.compile(r"\b(?:former|late|ex-|then-|then)\s*$")
OFFICE_WORDS = re.compile(
    r"(?:\b(?:president|prime minister|foreign minister|minister|secretary of state|secretary|leader)\s*)+$"
)


def named_terms(text: str, holdings: Sequence[Holding]) -> list[Term]:
    """The terms in office of the office holders the text names by full name ("Dmitry Medvedev", or
    "Tayyip Erdogan" for Recep Tayyip Erdogan), not as former holders ("former president Bush")."""
    folded = fold(text)
    terms: list[Term] = []
    for holding in holdings:
        tokens = fold(holding.name).split()
        for variant in (" ".join(tokens), " ".join(tokens[-2:])):  # the full name first
            if len(tokens) < 2 or variant not in folded:
                continue
            named = re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", folded)
            if named:
                before = OFFICE_WORDS.sub("", folded[max(0, named.start() - 40) : named.start()]).rstrip()
                if not FORMER.search(before):
                    terms.append((holding.name, holding.start, holding.end))
                break
    return terms


def prepare_document(
    doc: Document,
    default_published: dt.date | None = None,
    summits: Sequence[Summit] | None = None,
    holdings: Sequence[Holding] = (),
) -> Document:
    """The document with its sentences and a publication date (given, defaulted or inferred; `summits`
    replaces the built-in list of multilateral summits the inference knows, `holdings` are the offices
    and their holders it may date a dateline's year by)."""
    published, origin, inferred = doc.published, doc.published_origin, doc.published_inferred
    if published is None and default_published is not None:
        published, origin = default_published, "command line"
    if published is None:
        terms = named_terms(f"{doc.title}\n{doc.text}", holdings)
        found = infer_published(doc.text, doc.title, summits=summits, terms=terms)
        if found:
            published, origin = found
            inferred = True
    return dataclasses.replace(
        doc,
        sentences=split_sentences(doc.text),
        published=published,
        published_origin=origin,
        published_inferred=inferred,
    )
