"""The whole pipeline on real articles: the seeds' gold, the bare seeds, the schema, determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, shared_path

from timeline.cli import main
from timeline.export import schema

SEEDS_BAR = [
    "--min-recall",
    "1",
    "--min-precision",
    "0.8",
    "--max-duplicates",
    "0",
    "--min-precise-dates",
    "0.8",
    "--min-actor-f1",
    "0.8",
]


def build(tmp_path: Path, *sources: Path | str, extra: tuple[str, ...] = ()) -> dict:
    assert main(["build", *map(str, sources), "--out", str(tmp_path), *extra]) == 0
    return json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))


def score(events: Path, gold: Path, *bar: str) -> subprocess.CompletedProcess[str]:
    scorer = shared_path("eval", "score_events.py")
    return subprocess.run(
        [sys.executable, str(scorer), str(events), str(gold), *bar],
        capture_output=True,
        text=True,
        check=False,
    )


def test_seeds_pass_the_core_bar(tmp_path: Path) -> None:
    build(tmp_path, shared_path("corpus", "seeds"))
    result = score(tmp_path / "events.json", shared_path("corpus", "seeds.gold.json"), *SEEDS_BAR)
    assert result.returncode == 0, result.stdout


def test_anchorage_talks_are_one_event_with_both_sources(tmp_path: Path) -> None:
    data = build(tmp_path, shared_path("corpus", "seeds"))
    meetings = [
        e for e in data["events"] if e["cameo"].startswith("04") and (e["date"] or "").startswith("2021-03")
    ]
    assert len(meetings) == 1
    assert {s["document"] for s in meetings[0]["sources"]} == {
        "rome-g20-meeting",
        "anchorage-talks-aftermath",
    }
    assert meetings[0]["date"] == "2021-03-19"


def test_misspelt_and_mistranslated_names_are_resolved_and_recorded(tmp_path: Path) -> None:
    data = build(tmp_path, shared_path("corpus", "seeds"))
    actors = {a["name"]: a for a in data["actors"]}
    assert "Anthony Blanken" in actors["Antony Blinken"]["aliases"]
    assert {"written": "Cheng Yi", "how": "office"} in actors["Wang Yi"]["resolutions"]
    assert "Cheng Yi" not in actors


def test_bare_seeds_infer_the_rome_date_and_date_nothing_wrongly(tmp_path: Path) -> None:
    data = build(tmp_path, shared_path("corpus", "seeds-bare"))
    documents = {d["id"]: d for d in data["documents"]}
    rome = documents["rome-g20-meeting"]
    assert rome["published_inferred"] is True
    assert rome["published"] in {"2021-10-29", "2021-10-30", "2021-10-31", "2021-11-01", "2021-11-02"}
    result = score(tmp_path / "events.json", shared_path("corpus", "seeds.gold.json"), "--json")
    report = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    rows = {row["gold"]: row for row in report["gold"]}
    for gold in ("rome-meeting", "china-telecom-order", "taiwan-troops-confirmed"):
        assert rows[gold]["matched"] and rows[gold]["precise"], gold
    for event in data["events"]:
        documents = {s["document"] for s in event["sources"]}
        if event["date"] and documents == {"anchorage-talks-aftermath"}:
            pytest.fail(f"the undated article dated an event: {event['title']} {event['date']}")
        if event["date"] and "rome-g20-meeting" in documents:
            assert event["first"] >= "2021-03-01" and event["last"] <= rome["published"], event


def test_output_matches_the_schema(tmp_path: Path) -> None:
    data = build(tmp_path, shared_path("corpus", "seeds"), ROOT / "sources")
    jsonschema.validate(data, schema())


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build(first, ROOT / "sources")
    build(second, ROOT / "sources")
    for name in ("events.json", "timeline.html", "actors.graphml", "actors.gexf"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_sample_articles_build_a_timeline(tmp_path: Path) -> None:
    data = build(tmp_path, ROOT / "sources")
    assert len(data["documents"]) >= 8
    dated = [e for e in data["events"] if e["date"]]
    assert len(dated) >= 30
    assert all(e["sources"] and e["actors"] for e in data["events"])


def test_exit_code_says_whether_everything_something_or_nothing_was_read(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "bad.txt").write_bytes(b"\x00\x01\x02")
    assert main(["build", str(source), "--out", str(out)]) == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "nothing" and report["problems"][0]["path"].endswith("bad.txt")
    assert not (out / "events.json").exists()

    (source / "good.md").write_text(
        "---\npublished: 2021-03-20\n---\nChina said on Friday that the talks failed.\n", encoding="utf-8"
    )
    assert main(["build", str(source), "--out", str(out)]) == 3
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["status"] == "partial"
    assert (out / "events.json").exists()

    # A warning about an input that was still read is not a skip.
    (source / "bad.txt").unlink()
    (source / "future.md").write_text(
        "---\npublished: 2999-01-01\n---\nJapan said on Friday that it would send aid.\n", encoding="utf-8"
    )
    assert main(["build", str(source), "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "complete"
    assert [p["skipped"] for p in report["problems"]] == [False]


@pytest.mark.parametrize("command", [[], ["build"], ["timexes"], ["export"]])
def test_every_command_has_help_with_an_example(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage:" in out and ("example" in out or not command)


def test_python_dash_m_runs_the_tool() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0 and "build" in result.stdout


def test_timexes_command_speaks_the_scorer_protocol(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "They met on Friday.", "published": "2021-03-20"})
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "timexes"],
        input=line + "\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    record = json.loads(result.stdout)
    assert record == {
        "id": "a",
        "timexes": [{"start": 12, "end": 18, "text": "Friday", "type": "DATE", "value": "2021-03-19"}],
    }


def test_meantime_value_f1_clears_the_first_bar() -> None:
    gold = shared_path("timex", "meantime-en.jsonl")
    scorer = shared_path("eval", "score_timex.py")
    result = subprocess.run(
        [
            sys.executable,
            str(scorer),
            str(gold),
            "--cmd",
            f"{sys.executable} -m timeline timexes",
            "--min-value-f1",
            "0.55",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-500:] + result.stderr[-500:]


def test_user_knowledge_file_adds_offices_and_people(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(
        "---\npublished: 2024-05-11\n---\nRuritanian Foreign Secretary Anna Varga met US Secretary of State "
        "Alex Stone in Geneva on Friday.\n",
        encoding="utf-8",
    )
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "countries:\n  - {code: RUR, name: Ruritania, demonyms: [Ruritanian], capital: Strelsau}\n"
        "offices:\n"
        "  - country: RUR\n    category: foreign_minister\n    title: Foreign Secretary\n"
        "    holders: [{name: Anna Vargova, from: 2023-01-01}]\n"
        "  - country: USA\n    category: foreign_minister\n    title: Secretary of State\n"
        "    holders: [{name: Alex Stone, from: 2024-01-20}]\n",
        encoding="utf-8",
    )
    data = build(tmp_path / "out", tmp_path / "in", extra=("--actors", str(extra)))
    (event,) = data["events"]
    assert {a["name"] for a in event["actors"]} >= {
        "Anna Vargova",
        "Alex Stone",
        "Ruritania",
        "United States",
    }
    assert event["date"] == "2024-05-10" and event["location"]["name"] == "Geneva"


def test_broken_user_knowledge_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("people: [unclosed\n", encoding="utf-8")
    assert main(["build", str(ROOT / "sources"), "--out", str(tmp_path / "out"), "--actors", str(extra)]) == 1
    assert "mine.yaml" in capsys.readouterr().err


def test_top_keeps_the_most_salient_events(tmp_path: Path) -> None:
    everything = build(tmp_path / "all", ROOT / "sources")
    top = build(tmp_path / "top", ROOT / "sources", extra=("--top", "5"))
    assert len(top["events"]) == 5
    best = sorted(everything["events"], key=lambda e: (-e["salience"], e["id"]))[:5]
    assert {e["id"] for e in top["events"]} == {e["id"] for e in best}


def test_export_command_and_build_formats_write_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(tmp_path, ROOT / "sources", extra=("--format", "csv", "--format", "ics"))
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("id,")
    assert (tmp_path / "events.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert main(["export", "geojson", "--from", str(tmp_path / "events.json")]) == 0
    geojson = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    capsys.readouterr()
    assert main(["export", "jsonl", "--from", str(tmp_path / "events.json"), "--out", "-"]) == 0


def test_export_of_a_missing_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "csv", "--from", str(tmp_path / "nothing.json")]) == 1
    assert "nothing.json" in capsys.readouterr().err


def test_own_annotated_articles_stay_above_their_bar(tmp_path: Path) -> None:
    """The sample articles' gold (tests/gold/sources.gold.json): a regression bar, not the goal."""
    build(tmp_path, ROOT / "sources")
    result = score(
        tmp_path / "events.json",
        ROOT / "tests" / "gold" / "sources.gold.json",
        "--min-recall",
        "0.75",
        "--min-precision",
        "0.92",
        "--max-duplicates",
        "3",
        "--min-precise-dates",
        "0.9",
        "--min-actor-f1",
        "0.8",
    )
    assert result.returncode == 0, result.stdout[-1500:]


LOCATION_BAR = 0.45


@pytest.mark.parametrize(
    ("corpus", "recall", "precision"),
    [
        ("dev-a", "0.55", "0.75"),
        ("dev-b", "0.6", "0.7"),
        ("dev-c", "0.55", "0.75"),
        ("dev-d", "0.65", "0.8"),
        ("dev-e", "0.7", "0.65"),
        ("dev-f", "0.75", "0.75"),
        ("dev-g", "0.7", "0.7"),
        ("dev-h", "0.5", "0.65"),
        ("dev-i", "0.75", "0.75"),
        ("dev-j", "0.55", "0.85"),
        ("dev-k", "0.65", "0.8"),
        ("dev-l", "0.5", "0.85"),
        ("dev-m", "0.5", "0.7"),
        ("dev-n", "0.55", "0.65"),
        ("dev-o", "0.65", "0.7"),
        ("dev-p", "0.65", "0.6"),
        ("dev-q", "0.7", "0.7"),
        ("dev-r", "0.65", "0.65"),
        ("dev-s", "0.6", "0.65"),
        ("dev-t", "0.55", "0.65"),
        ("dev-u", "0.65", "0.6"),
        ("dev-v", "0.5", "0.65"),
        ("dev-w", "0.45", "0.8"),
        ("dev-x", "0.7", "0.7"),
        ("dev-y", "0.4", "0.55"),
        ("dev-z", "0.6", "0.8"),
        ("dev-aa", "0.6", "0.7"),
        ("dev-ab", "0.55", "0.6"),
        ("dev-ac", "0.5", "0.55"),
        ("dev-ad", "0.55", "0.65"),
        ("dev-ae", "0.6", "0.7"),
        ("dev-af", "0.55", "0.55"),
        ("dev-ag", "0.5", "0.75"),
        ("dev-ah", "0.55", "0.65"),
        ("dev-ai", "0.6", "0.6"),
        ("dev-aj", "0.5", "0.65"),
        ("dev-ak", "0.5", "0.65"),
        ("dev-al", "0.5", "0.55"),
        ("dev-am", "0.5", "0.5"),
        ("dev-an", "0.6", "0.55"),
        ("dev-ao", "0.65", "0.7"),
        ("dev-ap", "0.6", "0.75"),
        ("dev-aq", "0.6", "0.75"),
        ("dev-ar", "0.7", "0.75"),
        ("dev-as", "0.65", "0.75"),
        ("dev-at", "0.6", "0.8"),
        ("dev-au", "0.75", "0.7"),
        ("dev-av", "0.45", "0.7"),
        ("dev-aw", "0.7", "0.7"),
    ],
)
def test_articles_written_apart_from_the_code_stay_above_their_bar(
    tmp_path: Path, corpus: str, recall: str, precision: str
) -> None:
    """Articles and gold written by a session that did not see the code (tests/corpus/dev-*): a
    development set for what the seeds and samples do not cover, with datelines without a year."""
    build(tmp_path, ROOT / "tests" / "corpus" / corpus)
    gold = ROOT / "tests" / "gold" / f"{corpus}.gold.json"
    result = score(tmp_path / "events.json", gold, "--min-recall", recall, "--min-precision", precision)
    assert result.returncode == 0, result.stdout[-1500:]
    # where the matched events took place: every set was at 0.50 or more when places came from the whole
    # article (0.08 to 0.71 from the sentence alone)
    located = re.search(r"locations=([\d.]+)", result.stdout)
    assert located and float(located[1]) >= LOCATION_BAR, result.stdout[-300:]
