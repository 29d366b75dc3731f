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

from timeline.knowledge import words
from timeline.model import Document, Span
from timeline.published import Summit, infer_published

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
    return not (following[:1].islower())


def add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def prepare_document(
    doc: Document, default_published: dt.date | None = None, summits: Sequence[Summit] | None = None
) -> Document:
    """The document with its sentences and a publication date (given, defaulted or inferred; `summits`
    replaces the built-in list of multilateral summits the inference knows)."""
    published, origin, inferred = doc.published, doc.published_origin, False
    if published is None and default_published is not None:
        published, origin = default_published, "command line"
    if published is None:
        found = infer_published(doc.text, doc.title, summits=summits)
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
