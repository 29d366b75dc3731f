"""How far the timeline's day selection on a Timeline17 topic could go, and where it stands.

The date F1 of ../shared/eval/score_dates.py ranks the days of the project's day-precise events by
salience and compares the top k with the k days of a journalists' reference timeline. This script
prints, for ../shared/corpus/t17/IraqWar_guardian by default:

- reference days: how many days the reference timeline holds (k);
- reported with their date: reference days that some article names as a day in a sentence sharing
  at least two content words with that day's reference summary (the corpus tells the event and
  its day; the rest the corpus never reports, or only by its publication date);
- mentioned at all: reference days the tagger finds as a day anywhere in the corpus;
- the project: its day-precise event days, how many are reference days, and its date F1;
- the best F1 possible with the project's days (every reference day it has ranked first) and
  with the days reported with their date.

Run from the project root:  .venv/bin/python benchmarks/date_selection_ceiling.py [TOPIC_DIR]
Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
from pathlib import Path

from timeline.documents import split_sentences
from timeline.model import Document
from timeline.pipeline import build, write_outputs
from timeline.timex import tag

ROOT = Path(__file__).resolve().parent.parent
TOPIC = ROOT.parent / "shared" / "corpus" / "t17" / "IraqWar_guardian"
STOP = frozenset(
    "the a an of in to and for on at by with as is are was were be has have had that this from after over "
    "into its it his her their they he she said says".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in STOP}


def f1(hits: int, predicted: int, reference: int) -> float:
    return 2 * hits / (predicted + reference) if predicted + reference else 0.0


def main() -> None:
    topic = Path(sys.argv[1]) if len(sys.argv) > 1 else TOPIC
    if not topic.exists():
        print(f"skipped: {topic} is absent")
        return
    reference = json.loads((topic / "reference.json").read_text())["timelines"][0]
    summaries = {entry["date"]: " ".join(entry["summary"]) for entry in reference}
    days = set(summaries)
    reported: set[str] = set()
    mentioned: set[str] = set()
    for line in (topic / "articles.jsonl").read_text().splitlines():
        article = json.loads(line)
        published = dt.date.fromisoformat(article["published"][:10])
        text = article["text"]
        doc = Document(article["id"], text, published=published, sentences=split_sentences(text))
        for timex in tag(doc.text, published):
            if timex.precision != "day" or timex.first is None or timex.first.isoformat() not in days:
                continue
            day = timex.first.isoformat()
            mentioned.add(day)
            sentence = next((s for s in doc.sentences if s.start <= timex.start < s.end), None)
            told = content_words(text[sentence.start : sentence.end]) if sentence else set()
            if len(told & content_words(summaries[day])) >= 2:
                reported.add(day)
    with tempfile.TemporaryDirectory() as out:
        timeline = build([topic / "articles.jsonl"])
        write_outputs(timeline, Path(out), plotlyjs="cdn")
        events = json.loads((Path(out) / "events.json").read_text())["events"]
    salience: dict[str, float] = {}
    for event in events:
        if len(event.get("date") or "") == 10 and event.get("end_date") in (None, "", event["date"]):
            salience[event["date"]] = max(salience.get(event["date"], 0.0), float(event.get("salience") or 0))
    ranked = sorted(salience, key=lambda d: (-salience[d], d))[: len(days)]
    ours = set(salience)
    k = len(days)
    print(f"topic: {topic.name}")
    print(f"reference days: {k}")
    print(f"reported with their date in the corpus: {len(reported)}")
    print(f"mentioned as a day anywhere in the corpus: {len(mentioned)}")
    print(f"project day-precise event days: {len(ours)}, of them reference days: {len(ours & days)}")
    print(f"project date F1@k: {f1(len(set(ranked) & days), len(ranked), k):.3f}")
    print(f"best F1 with the project's days: {f1(len(ours & days), min(len(ours), k), k):.3f}")
    best = f1(len(reported), len(reported), k)
    print(f"best F1 with exactly the days the corpus reports with their date: {best:.3f}")


if __name__ == "__main__":
    main()
