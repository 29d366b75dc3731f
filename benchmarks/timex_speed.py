"""How fast the temporal tagger is, against dateparser's search_dates on the same texts.

Measures documents/second and words/second of
  - `timeline timexes` as a subprocess fed JSON Lines (what a scorer or a script sees),
  - the in-process `timeline.timex.tag` loop (the tagger alone, warm, no start-up cost),
  - `../shared/eval/baseline_dateparser.py` as a subprocess, run with this project's Python
    (it needs dateparser, which is a dependency here),
on the texts of ../shared/timex/meantime-en.jsonl, ../shared/timex/wikiwars.jsonl and each
../shared/corpus/t17/*/articles.jsonl topic, at most `--limit` documents per corpus.

The two subprocess rows include interpreter start-up and imports; each command is also run on
a one-sentence input, and the "net" columns subtract that fixed cost.

Target: the tagger is at least 3x faster than dateparser's search_dates (words/second, net of
start-up, CLI against CLI; the in-process ratio is printed too).

Run from the project root:  .venv/bin/python benchmarks/timex_speed.py [--limit N]
Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = SHARED / "eval" / "baseline_dateparser.py"
DEFAULT_LIMIT = 200
TARGET_RATIO = 3.0
TINY_RECORD = {"id": "tiny", "text": "They met on Friday.", "published": "2021-03-20"}


@dataclass(frozen=True)
class Corpus:
    name: str
    records: list[dict[str, object]]  # {"id", "text", "published"[, "domain"]}

    @property
    def words(self) -> int:
        return sum(len(str(r["text"]).split()) for r in self.records)

    def jsonl(self) -> str:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records)


@dataclass(frozen=True)
class Run:
    tool: str
    documents: int
    words: int
    seconds: float
    startup: float  # fixed cost of starting the tool, subtracted for the net rates
    timexes: int

    @property
    def net_seconds(self) -> float:
        return max(self.seconds - self.startup, 1e-9)

    def row(self) -> str:
        return (
            f"  {self.tool:<28} {self.documents:>5} {self.words:>8} {self.timexes:>7} {self.seconds:>8.2f}"
            f" {self.documents / self.seconds:>9.1f} {self.words / self.seconds:>10.0f}"
            f" {self.documents / self.net_seconds:>9.1f} {self.words / self.net_seconds:>10.0f}"
        )


HEADER = (
    f"  {'tool':<28} {'docs':>5} {'words':>8} {'timexes':>7} {'seconds':>8}"
    f" {'docs/s':>9} {'words/s':>10} {'net docs/s':>9} {'net words/s':>10}"
)


def read_corpus(name: str, path: Path, limit: int) -> Corpus:
    records: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            record: dict[str, object] = {"id": raw["id"], "text": raw["text"], "published": raw["published"]}
            if raw.get("domain"):
                record["domain"] = raw["domain"]
            records.append(record)
            if len(records) >= limit:
                break
    return Corpus(name, records)


def corpora(limit: int) -> list[Corpus]:
    found = [
        read_corpus("meantime-en", SHARED / "timex" / "meantime-en.jsonl", limit),
        read_corpus("wikiwars", SHARED / "timex" / "wikiwars.jsonl", limit),
    ]
    for topic in sorted((SHARED / "corpus" / "t17").glob("*/articles.jsonl")):
        found.append(read_corpus(f"t17/{topic.parent.name}", topic, limit))
    return found


def timeline_command() -> list[str]:
    script = Path(sys.executable).with_name("timeline")
    return [str(script), "timexes"] if script.exists() else [sys.executable, "-m", "timeline", "timexes"]


def run_command(command: list[str], stdin: str) -> tuple[float, list[str]]:
    """Seconds the command took on `stdin`, and its output lines."""
    started = time.perf_counter()
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds, [line for line in result.stdout.splitlines() if line.strip()]


def startup_seconds(command: list[str], repeats: int = 3) -> float:
    """The command's fixed cost (start-up, imports, lexicons): the fastest of a few one-sentence runs."""
    return min(run_command(command, json.dumps(TINY_RECORD) + "\n")[0] for _ in range(repeats))


def subprocess_run(tool: str, command: list[str], corpus: Corpus, startup: float) -> Run:
    seconds, lines = run_command(command, corpus.jsonl())
    if len(lines) != len(corpus.records):
        raise RuntimeError(f"{tool} wrote {len(lines)} lines for {len(corpus.records)} documents")
    timexes = sum(len(json.loads(line)["timexes"]) for line in lines)
    return Run(tool, len(corpus.records), corpus.words, seconds, startup, timexes)


def in_process_run(corpus: Corpus) -> Run:
    from timeline.timex import tag

    inputs = [
        (str(r["text"]), dt.date.fromisoformat(str(r["published"])[:10]), r.get("domain") == "narrative")
        for r in corpus.records
    ]
    started = time.perf_counter()
    timexes = sum(len(tag(text, anchor, narrative=narrative)) for text, anchor, narrative in inputs)
    seconds = time.perf_counter() - started
    return Run("timex.tag (in-process)", len(inputs), corpus.words, seconds, 0.0, timexes)


def ratio(fast: Run, slow: Run) -> float:
    return (fast.words / fast.net_seconds) / (slow.words / slow.net_seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help=f"at most this many documents per corpus (default {DEFAULT_LIMIT})")
    args = parser.parse_args(argv)
    if not SHARED.is_dir() or not BASELINE.exists():
        print(f"skipped: {SHARED} (shared corpora and the dateparser baseline) is not there")
        return 0

    from timeline.timex import tag

    tag("Warm-up on Friday, March 3, 2021.", dt.date(2021, 3, 20))  # loads the lexicons once, untimed

    tagger = timeline_command()
    baseline = [sys.executable, str(BASELINE)]
    tagger_startup = startup_seconds(tagger)
    baseline_startup = startup_seconds(baseline)
    print(f"start-up (one-sentence input): timeline timexes {tagger_startup:.2f} s, "
          f"dateparser baseline {baseline_startup:.2f} s (subtracted in the net columns)")

    totals: dict[str, list[Run]] = {}
    for corpus in corpora(args.limit):
        runs = [
            subprocess_run("timeline timexes (CLI)", tagger, corpus, tagger_startup),
            in_process_run(corpus),
            subprocess_run("dateparser baseline (CLI)", baseline, corpus, baseline_startup),
        ]
        print(f"\n{corpus.name}: {len(corpus.records)} documents, {corpus.words} words")
        print(HEADER)
        for run in runs:
            print(run.row())
            totals.setdefault(run.tool, []).append(run)
        cli, inproc, dateparser = runs
        print(f"  speed ratio (words/s, net): CLI {ratio(cli, dateparser):.1f}x, "
              f"in-process {ratio(inproc, dateparser):.1f}x dateparser")

    summed = {
        tool: Run(
            tool,
            sum(r.documents for r in runs),
            sum(r.words for r in runs),
            sum(r.seconds for r in runs),
            sum(r.startup for r in runs),
            sum(r.timexes for r in runs),
        )
        for tool, runs in totals.items()
    }
    print("\nall corpora")
    print(HEADER)
    for run in summed.values():
        print(run.row())
    cli_ratio = ratio(summed["timeline timexes (CLI)"], summed["dateparser baseline (CLI)"])
    inproc_ratio = ratio(summed["timex.tag (in-process)"], summed["dateparser baseline (CLI)"])
    verdict = "met" if cli_ratio >= TARGET_RATIO else "NOT met"
    print(f"  speed ratio (words/s, net): CLI {cli_ratio:.1f}x, in-process {inproc_ratio:.1f}x dateparser; "
          f"target >= {TARGET_RATIO:.0f}x: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
