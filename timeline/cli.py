"""The command-line tool: parses arguments, calls the library, prints a summary. Nothing more."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from timeline.errors import TimelineError

BUILD_EXAMPLE = """\
example:
  timeline build sources/ --out output/
  timeline build articles/*.md --published 2021-10-31 --top 50
  timeline build scraped.jsonl --field text=body --field published=date
  cat article.txt | timeline build - --published 2024-03-01
"""

EXPORT_EXAMPLE = """\
example:
  timeline export csv                      # output/events.json -> output/events.csv
  timeline export timelinejs --out - > timelinejs.json
  timeline export ics --from runs/iraq/events.json
"""

TIMEXES_EXAMPLE = """\
example:
  echo '{"id": "a", "text": "They met on Friday.", "published": "2021-03-20"}' | timeline timexes
  prints
  {"id": "a", "timexes": [{"start": 13, "end": 19, "text": "Friday", "type": "DATE",
   "value": "2021-03-19"}]}   (one line)
"""


def export_formats() -> dict[str, object]:
    from timeline.exporters import FORMATS

    return dict(FORMATS)


def run_export(args: argparse.Namespace) -> int:
    from timeline.exporters import FORMATS, export
    from timeline.pipeline import write_atomic

    try:
        data = json.loads(args.source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {args.source}: {exc}", file=sys.stderr)
        return 1
    content = export(data, args.format)
    if args.out == Path("-"):
        sys.stdout.buffer.write(content.encode("utf-8"))
        return 0
    target = args.out or args.source.parent / FORMATS[args.format].filename
    print(f"wrote {write_atomic(target, content)}")
    return 0


def parse_field(text: str) -> tuple[str, str]:
    ours, sep, theirs = text.partition("=")
    if not sep or not ours.strip() or not theirs.strip():
        raise argparse.ArgumentTypeError(f"not a field mapping: {text!r} (expected KEY=NAME, e.g. text=body)")
    return ours.strip(), theirs.strip()


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


# What `timeline build` says by its exit code about how much it could read.
EXIT_CODES = {"complete": 0, "nothing": 1, "partial": 3}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles about diplomacy into a dated, sourced, interactive timeline.",
        epilog="Run 'timeline COMMAND --help' for each command's options and an example.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="read articles and write events.json, timeline.html and the actor graph",
        description="Read articles (files or folders of .txt, .md, .html, .json, .jsonl) and write "
        "DIR/events.json, DIR/timeline.html, DIR/actors.graphml and DIR/actors.gexf.",
        epilog=BUILD_EXAMPLE
        + "\nexit codes: 0 every input read, 3 some files or records skipped (see DIR/report.json),\n"
        "  1 nothing could be read",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument(
        "sources",
        nargs="*",
        type=Path,
        default=[Path("sources")],
        help="files or folders to read (default: sources/)",
    )
    build.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    build.add_argument(
        "--published",
        type=parse_date,
        default=None,
        help="publication date (YYYY-MM-DD) for articles whose metadata has none",
    )
    build.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        help="a YAML/JSON file of extra countries, organisations, people or offices",
    )
    build.add_argument("--top", type=int, default=None, help="keep only the N most salient events")
    build.add_argument(
        "--field",
        dest="fields",
        action="append",
        default=[],
        type=parse_field,
        metavar="KEY=NAME",
        help="read JSON records' KEY (text, published, id, title, url, source) from NAME, e.g. text=body",
    )
    build.add_argument(
        "--max-size",
        type=float,
        default=20,
        metavar="MB",
        help="skip input files larger than this many megabytes (default: 20)",
    )
    build.add_argument(
        "--format",
        dest="formats",
        action="append",
        default=[],
        choices=sorted(export_formats()),
        help="also write this export format into DIR (repeatable)",
    )
    build.add_argument(
        "--plotlyjs",
        choices=("inline", "cdn", "directory"),
        default="inline",
        help="how the page gets Plotly's JavaScript (default: inline, works offline)",
    )

    export = commands.add_parser(
        "export",
        help="convert a built events.json: CSV, JSON Lines, TimelineJS, GeoJSON, iCalendar, GEXF, GraphML",
        description="Read DIR/events.json written by 'timeline build' and write it in another format.",
        epilog=EXPORT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("format", choices=sorted(export_formats()), help="the format to write")
    export.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=Path("output") / "events.json",
        help="the events.json to read (default: output/events.json)",
    )
    export.add_argument(
        "--out",
        type=Path,
        default=None,
        help="file to write, or - for standard output (default: the format's file name beside events.json)",
    )

    timexes = commands.add_parser(
        "timexes",
        help="tag temporal expressions in JSON Lines (the TempEval-style protocol)",
        description='Read JSON Lines {"id", "text", "published"[, "domain": "narrative"]} from FILE or '
        'standard input and write {"id", "timexes": [{"start", "end", "text", "type", "value"}]} lines.',
        epilog=TIMEXES_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    timexes.add_argument("file", nargs="?", type=Path, help="JSON Lines input (default: standard input)")
    return parser


def run_timexes(lines: Iterable[str], out: TextIO, name: str) -> int:
    from timeline.timex import tag

    failures = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = str(record.get("text") or "")
            published = record.get("published")
            anchor = dt.date.fromisoformat(str(published)[:10]) if published else None
        except (ValueError, AttributeError) as exc:
            print(f"timeline timexes: {name}:{number}: skipped, {exc}", file=sys.stderr)
            failures += 1
            continue
        found = tag(text, anchor, narrative=record.get("domain") == "narrative")
        out.write(
            json.dumps({"id": record.get("id"), "timexes": [t.as_json() for t in found]}, ensure_ascii=False)
            + "\n"
        )
    return 1 if failures else 0


def run_build(args: argparse.Namespace) -> int:
    from timeline.load import ReadSettings
    from timeline.pipeline import build, read_status, write_outputs, write_report

    try:
        reading = ReadSettings(fields=dict(args.fields), max_bytes=int(args.max_size * 1_000_000))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = build(
        args.sources, published=args.published, actor_files=args.actors, top=args.top, reading=reading
    )
    if result.documents:
        written = write_outputs(result, args.out, plotlyjs=args.plotlyjs)
    else:  # the previous timeline stays; the report says why nothing replaced it
        written = [write_report(result, args.out)]
    if result.documents and args.formats:
        from timeline.export import timeline_json
        from timeline.exporters import FORMATS, export
        from timeline.pipeline import write_atomic

        data = timeline_json(result)
        for name in args.formats:
            written.append(write_atomic(args.out / FORMATS[name].filename, export(data, name)))
    dated = sum(1 for e in result.events if e.date)
    print(f"documents read: {len(result.documents)}")
    inferred = [d.id for d in result.documents if d.published_inferred]
    undated_docs = [d.id for d in result.documents if d.published is None]
    if inferred:
        print(f"publication date inferred: {', '.join(inferred)}")
    if undated_docs:
        print(f"no publication date: {', '.join(undated_docs)} (relative dates left unresolved)")
    print(f"events: {len(result.events)} ({dated} dated, {len(result.events) - dated} undated)")
    print(f"undated mentions: {result.undated_mentions}")
    print(f"actors: {len(result.actors)}")
    for problem in result.problems:
        print(f"{'skipped' if problem.skipped else 'warning'} {problem}")
    if result.problems:
        print(f"{len(result.problems)} problem(s), listed in {args.out / 'report.json'}")
    for path in written:
        print(f"wrote {path}")
    status = read_status(result)
    if status == "nothing":
        print("error: no article could be read", file=sys.stderr)
    elif status == "partial":
        print("some inputs were skipped (exit code 3)", file=sys.stderr)
    return EXIT_CODES[status]


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        if args.command == "export":
            return run_export(args)
        if args.command == "timexes":
            if args.file:
                with args.file.open(encoding="utf-8") as handle:
                    return run_timexes(handle, sys.stdout, str(args.file))
            return run_timexes(sys.stdin, sys.stdout, "<stdin>")
        return run_build(args)
    except (TimelineError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
