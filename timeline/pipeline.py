"""The whole pipeline: sources -> documents -> mentions -> events -> timeline -> files.

Everything up to events works one document at a time (`extract_document`), with the knowledge
passed in and no shared mutable state, so it can run in worker processes. Two steps see the whole
corpus: `date_from_corpus` gives an article without a date of its own the date of the dated reports
of the same events (and reads that article again with it, still one document at a time), and
`merge_events` makes one event of each happening.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from timeline.actors import find_actors
from timeline.corpus_dates import (
    Report,
    agreement,
    candidate_dates,
    guessed_year,
    index_by_actor,
    key,
    required_agreement,
)
from timeline.documents import prepare_document
from timeline.events import extract_events, retrospective
from timeline.export import actors_json, dumps, problem_json, timeline_json
from timeline.identity import canonical_people, rename_events, rename_mentions
from timeline.knowledge import Knowledge, load_knowledge
from timeline.load import ReadSettings, read_sources
from timeline.merge import add_salience, day_references, merge_events
from timeline.model import ActorMention, Document, Event, Timeline, Timex
from timeline.published import dateline_day
from timeline.timex import tag

PARALLEL_MIN_DOCUMENTS = 200  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Extraction:
    document: Document
    timexes: list[Timex]
    mentions: list[ActorMention]
    events: list[Event]


def extract_document(
    doc: Document, knowledge: Knowledge, default_published: dt.date | None = None
) -> Extraction:
    """Everything one document says: its dated expressions, actors and events."""
    doc = prepare_document(doc, default_published, knowledge.summits, knowledge.holdings)
    timexes = tag(doc.text, doc.published)
    if retrospective(timexes, doc.published):  # a history: dates anchor on each other, not on the day
        timexes = tag(doc.text, doc.published, narrative=True)
    mentions = find_actors(doc, knowledge)
    events = extract_events(doc, timexes, mentions, knowledge)
    return Extraction(doc, timexes, mentions, events)


def _extract_in_worker(args: tuple[Document, tuple[str, ...], dt.date | None]) -> Extraction:
    doc, actor_files, default_published = args
    return extract_document(doc, load_knowledge([Path(p) for p in actor_files]), default_published)


def extract_all(
    documents: Sequence[Document],
    actor_files: Sequence[Path],
    default_published: dt.date | None,
    workers: int | None,
) -> list[Extraction]:
    knowledge = load_knowledge(actor_files)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(documents) < PARALLEL_MIN_DOCUMENTS:
        return [extract_document(doc, knowledge, default_published) for doc in documents]
    files = tuple(str(p) for p in actor_files)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(
            pool.map(_extract_in_worker, [(d, files, default_published) for d in documents], chunksize=16)
        )


def date_from_corpus(extractions: Sequence[Extraction], knowledge: Knowledge) -> list[Extraction]:
    """Each article without a publication date (or with a dateline year only guessed) read again under
    the date the corpus's dated reports of the same events give it, when its events then agree with
    theirs (`timeline.corpus_dates`)."""
    # (an article whose year was itself guessed anchors no other)
    dated = [
        Report(x.document, x.events)
        for x in extractions
        if x.document.published is not None and not guessed_year(x.document)
    ]
    if not dated:
        return list(extractions)
    index = index_by_actor(dated)
    result = list(extractions)
    for position, extraction in enumerate(extractions):
        doc = extraction.document
        guessed = guessed_year(doc)
        if doc.published is not None and not guessed:
            continue
        day = dateline_day(doc.text)
        # (the events it dates only once anchored; a guessed year's events are all in question)
        open_events = {key(e) for e in extraction.events if e.first is None or guessed}
        best: tuple[int, Extraction] | None = None
        for published, report in candidate_dates(Report(doc, extraction.events), day, dated, index):
            if published == doc.published:
                continue
            anchored = extract_document(
                dataclasses.replace(
                    doc,
                    published=published,
                    published_inferred=True,
                    published_origin=f"dated reports of the same events in {report.document.id}",
                ),
                knowledge,
            )
            agreed = agreement(anchored.events, open_events, report)
            now = agreement(extraction.events, open_events, report)
            if agreed > now and agreed >= required_agreement(day) and (best is None or agreed > best[0]):
                best = (agreed, anchored)
        if best is not None:
            result[position] = best[1]
    return result


def build(
    paths: Iterable[Path | str] = (Path("sources"),),
    *,
    published: dt.date | None = None,
    actor_files: Sequence[Path | str] = (),
    top: int | None = None,
    workers: int | None = None,
    reading: ReadSettings | None = None,
) -> Timeline:
    """Read the articles under `paths` and return the merged, dated, sourced timeline."""
    documents, problems = read_sources((Path(p) for p in paths), reading)
    extra = [Path(p) for p in actor_files]
    knowledge = load_knowledge(extra)
    extractions = date_from_corpus(extract_all(documents, extra, published, workers), knowledge)
    references = day_references(
        [x.document for x in extractions], {x.document.id: x.timexes for x in extractions}
    )
    # One name per person across articles, then one event per happening.
    mentions = [m for x in extractions for m in x.mentions]
    names = canonical_people(mentions, knowledge)
    events = rename_events([e for x in extractions for e in x.events], names)
    events = add_salience(merge_events(events), references)
    if top is not None:
        keep = {e.id for e in sorted(events, key=lambda e: (-e.salience, e.id))[:top]}
        events = [e for e in events if e.id in keep]
    timexes = {x.document.id: x.timexes for x in extractions}
    undated = sum(1 for x in extractions for t in x.timexes if t.type == "DATE" and t.first is None)
    return Timeline(
        documents=[x.document for x in extractions],
        timexes=timexes,
        actors=actors_json(rename_mentions(mentions, names)),
        events=events,
        problems=problems,
        undated_mentions=undated,
    )


def write_atomic(path: Path, content: str) -> Path:
    """Write a file so that an interrupted build leaves the previous one whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_outputs(timeline: Timeline, out: Path, *, plotlyjs: str = "inline") -> list[Path]:
    """events.json, timeline.html and the actor graph (GraphML and GEXF) in `out`."""
    from timeline.exporters import FORMATS, export
    from timeline.render import plotly_js_source, render_html

    data = timeline_json(timeline)
    written = [write_atomic(out / "events.json", dumps(data))]
    written.append(write_atomic(out / "timeline.html", render_html(data, plotlyjs=plotlyjs)))
    if plotlyjs == "directory":
        written.append(write_atomic(out / "plotly.min.js", plotly_js_source()))
    for name in ("graphml", "gexf"):  # the actor network, dated from the data so rebuilds are identical
        written.append(write_atomic(out / FORMATS[name].filename, export(data, name)))
    written.append(write_report(timeline, out))
    return written


def write_report(timeline: Timeline, out: Path) -> Path:
    return write_atomic(out / "report.json", dumps(report(timeline)))


def read_status(timeline: Timeline) -> str:
    """ "complete" when every input was read, "partial" when some were skipped, "nothing" when none was."""
    if not timeline.documents:
        return "nothing"
    return "partial" if any(p.skipped for p in timeline.problems) else "complete"


def report(timeline: Timeline) -> dict[str, object]:
    """What was read and what was not, with each problem's file, line and reason."""
    reasons: dict[str, int] = {}
    for problem in timeline.problems:
        kind = re.split(r"[:(]| \d", problem.reason, maxsplit=1)[0].strip()
        reasons[kind] = reasons.get(kind, 0) + 1
    return {
        "format": "timeline-report/1",
        "status": read_status(timeline),
        "documents_read": len(timeline.documents),
        "files_read": len({d.path for d in timeline.documents}),
        "problems": [problem_json(p) for p in timeline.problems],
        "problems_by_reason": dict(sorted(reasons.items())),
    }
