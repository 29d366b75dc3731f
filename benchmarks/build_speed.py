"""How long a whole build takes: `timeline.build()` + `write_outputs()` on real news topics.

For ../shared/corpus/t17/IraqWar_guardian (344 articles) and ../shared/corpus/t17/H1N1_reuters
(207 articles), once with the default workers (one process per core) and once with workers=1
(single core, for per-core throughput), prints documents, events, seconds for build and for
writing, documents per minute, CPU seconds, peak memory (resource.getrusage maxrss of the build
process and of its largest worker) and the size of each output file.

Each measurement runs in a fresh Python process, so that knowledge loading, imports and the
peak memory belong to that run alone, as they would for one `timeline build` command.

Target: 350 articles well under a minute (whole build and writing, all cores).

Run from the project root:  .venv/bin/python benchmarks/build_speed.py
Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TOPICS = ("IraqWar_guardian", "H1N1_reuters")
TARGET_SECONDS_FOR_350 = 60.0


def measure(articles: Path, workers: int | None) -> dict[str, Any]:
    """One build and write of `articles`, timed, in this process."""
    import timeline

    with tempfile.TemporaryDirectory(prefix="timeline-build-bench-") as out:
        started = time.perf_counter()
        result = timeline.build([articles], workers=workers)
        built = time.perf_counter()
        written = timeline.write_outputs(result, Path(out))
        finished = time.perf_counter()
        sizes = {path.name: path.stat().st_size for path in written}
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is in kilobytes on Linux; RUSAGE_CHILDREN reports the largest finished worker.
    return {
        "documents": len(result.documents),
        "events": len(result.events),
        "dated": sum(1 for event in result.events if event.date),
        "build_seconds": built - started,
        "write_seconds": finished - built,
        "cpu_seconds": own.ru_utime + own.ru_stime + workers_usage.ru_utime + workers_usage.ru_stime,
        "peak_rss_mb": own.ru_maxrss / 1024,
        "worker_peak_rss_mb": workers_usage.ru_maxrss / 1024,
        "sizes": sizes,
    }


def measure_in_fresh_process(articles: Path, workers: int | None) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(articles)]
    if workers is not None:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"measuring {articles} failed: {result.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    figures["process_seconds"] = time.perf_counter() - started
    return figures


def megabytes(size: int) -> str:
    return f"{size / 1e6:.2f} MB"


def report(topic: str, label: str, figures: dict[str, Any]) -> None:
    total = figures["build_seconds"] + figures["write_seconds"]
    print(f"\n{topic}, {label}")
    print(f"  documents            {figures['documents']}")
    print(f"  events               {figures['events']} ({figures['dated']} dated)")
    print(f"  build()              {figures['build_seconds']:.2f} s")
    print(f"  write_outputs()      {figures['write_seconds']:.2f} s")
    print(f"  build + write        {total:.2f} s  ({figures['documents'] / total * 60:.0f} documents/minute)")
    print(f"  whole process        {figures['process_seconds']:.2f} s  (with start-up and imports)")
    print(f"  CPU time             {figures['cpu_seconds']:.2f} s  (all processes, with start-up; "
          "steadier than wall time on a busy machine)")
    worker = figures["worker_peak_rss_mb"]
    print(f"  peak memory          {figures['peak_rss_mb']:.0f} MB main process"
          + (f", {worker:.0f} MB largest worker" if worker else ""))
    for name, size in sorted(figures["sizes"].items()):
        print(f"  {name:<20} {megabytes(size)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one run, in a fresh process
    parser.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.workers)))
        return 0

    topics = [SHARED / "corpus" / "t17" / topic / "articles.jsonl" for topic in TOPICS]
    if not all(path.exists() for path in topics):
        print(f"skipped: the t17 topics are not under {SHARED / 'corpus' / 't17'}")
        return 0

    cores = os.cpu_count() or 1
    seconds_per_350: dict[str, float] = {}  # build + write, all cores, scaled to 350 articles
    for path in topics:
        topic = path.parent.name
        for workers, label in ((None, f"default workers ({cores} cores)"), (1, "workers=1 (single core)")):
            figures = measure_in_fresh_process(path, workers)
            report(topic, label, figures)
            if workers is None:
                total = figures["build_seconds"] + figures["write_seconds"]
                seconds_per_350[topic] = total / figures["documents"] * 350
    met = all(seconds < TARGET_SECONDS_FOR_350 for seconds in seconds_per_350.values())
    scaled = "; ".join(f"{topic} {seconds:.1f} s" for topic, seconds in seconds_per_350.items())
    print(f"\ntarget: 350 articles well under {TARGET_SECONDS_FOR_350:.0f} s (all cores), scaled from each "
          f"topic: {scaled} -> {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
