"""Real-world and broken inputs: saved pages, feeds, scraper JSON, encodings, stdin, globs, and a
mixed folder of good and bad files built in one command with nothing lost."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.load import ReadSettings, read_file, read_sources

ARTICLE = (
    "President Joe Biden met Chinese President Xi Jinping near San Francisco on Wednesday, the White "
    "House said. The two leaders agreed to resume military communications, officials said."
)
PAGE = f"""<!doctype html><html><head><title>Leaders meet | Example News</title>
<meta property="og:title" content="Biden and Xi meet near San Francisco">
<meta property="article:published_time" content="2023-11-16T08:00:00Z">
<link rel="canonical" href="https://news.example.org/biden-xi"></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> |
<a href="/sport">Sport</a></nav></header>
<article><h1>Biden and Xi meet near San Francisco</h1><p>{ARTICLE}</p>
<p>It was their first meeting in a year, after months of tension over Taiwan and trade.</p></article>
<aside>Most read: ten recipes for the weekend</aside>
<section class="comments"><p>Comment by reader42: great article!</p></section>
<footer>Copyright Example News</footer></body></html>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Biden and Xi meet</title><link>https://wire.example.org/1</link>
<pubDate>Thu, 16 Nov 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;President Joe Biden met Chinese President Xi Jinping on Wednesday.&lt;/p&gt;
</description></item>
<item><title>Sanctions</title><link>https://wire.example.org/2</link>
<pubDate>Fri, 17 Nov 2023 08:00:00 GMT</pubDate>
<description>The European Union imposed sanctions on Belarus on Thursday.</description></item>
</channel></rss>"""
TODAY = dt.date(2024, 1, 1)


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_saved_page_gives_the_article_without_boilerplate(tmp_path: Path) -> None:
    (doc,), problems = read_file(write(tmp_path / "page.html", PAGE))
    assert problems == []
    assert "Xi Jinping" in doc.text and "first meeting in a year" in doc.text
    for junk in ("Home", "Sport", "recipes", "reader42", "Copyright"):
        assert junk not in doc.text
    assert (
        doc.published == dt.date(2023, 11, 16) and doc.published_origin == "html meta article:published_time"
    )
    assert doc.url == "https://news.example.org/biden-xi" and "Biden and Xi" in doc.title


def test_page_without_date_meta_is_dated_by_htmldate_and_says_so(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2023-11-16T08:00:00Z">', "")
    page = page.replace("<article>", '<article><time datetime="2023-11-17">17 November 2023</time>')
    (doc,), _ = read_file(write(tmp_path / "page.html", page), ReadSettings(today=TODAY))
    assert doc.published == dt.date(2023, 11, 17)
    assert doc.published_origin == "html page (htmldate)"


def test_page_without_article_text_is_reported(tmp_path: Path) -> None:
    docs, problems = read_file(write(tmp_path / "empty.html", "<html><body><nav>Home</nav></body></html>"))
    assert docs == [] and problems[0].reason == "HTML page with no article text"


def test_feed_gives_one_document_per_entry_marked_when_summary_only(tmp_path: Path) -> None:
    docs, problems = read_file(write(tmp_path / "wire.rss", FEED), ReadSettings(today=TODAY))
    assert problems == []
    assert [d.id for d in docs] == ["wire-1", "wire-2"]
    assert docs[0].url == "https://wire.example.org/1" and docs[0].published == dt.date(2023, 11, 16)
    assert docs[0].text == "President Joe Biden met Chinese President Xi Jinping on Wednesday."
    assert docs[0].notes == ("feed entry with a summary only",) and docs[0].source == "Example Wire"


def test_scraper_json_with_other_field_names(tmp_path: Path) -> None:
    record = {"uuid": "a1", "body": ARTICLE, "date": "2023-11-16", "headline": "Leaders meet"}
    path = write(tmp_path / "scraped.json", json.dumps([record]))
    fields = {"id": "uuid", "text": "body", "published": "date", "title": "headline"}
    (doc,), problems = read_file(path, ReadSettings(fields=fields, today=TODAY))
    assert problems == [] and (doc.id, doc.title, doc.published) == (
        "a1",
        "Leaders meet",
        dt.date(2023, 11, 16),
    )


def test_unknown_field_mapping_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field 'body'"):
        ReadSettings(fields={"body": "text"})


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_text_in_common_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Le ministre a rencontré son homologue à Genève ; « accord » signé.\r\nNext line."
    (doc,), problems = read_file(write(tmp_path / "a.txt", text.encode(encoding)))
    assert problems == []
    assert doc.text == text.replace("\r\n", "\n")


def test_stray_control_characters_are_cleaned(tmp_path: Path) -> None:
    text = "The foreign ministers met in Geneva on Friday and talked for three hours. " * 3
    (doc,), _ = read_file(write(tmp_path / "a.txt", "Talks\x0bended\x1f today. " + text))
    assert doc.text.startswith("Talks ended  today. ")


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 5000)
    docs, problems = read_file(path, ReadSettings(max_bytes=1000))
    assert docs == [] and "too large" in problems[0].reason


def test_future_publication_date_is_reported_and_not_used(tmp_path: Path) -> None:
    (doc,), problems = read_file(
        write(tmp_path / "a.md", "---\npublished: 2099-01-01\n---\nThey met."), ReadSettings(today=TODAY)
    )
    assert doc.published is None and "in the future" in problems[0].reason


def test_globs_and_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.md", "One.")
    write(tmp_path / "b.md", "Two.")
    write(tmp_path / "c.txt", "Three.")
    docs, problems = read_sources([Path(str(tmp_path / "*.md"))])
    assert [d.id for d in docs] == ["a", "b"] and problems == []
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "Four."}\n{"id": "s2", "text": "Five."}\n'))
    monkeypatch.setattr(sys, "stdin", stdin)
    docs, _ = read_sources([Path("-")])
    assert [d.id for d in docs] == ["s1", "s2"]


def hostile_corpus(folder: Path) -> dict[str, str]:
    """Good and bad files side by side; returns each bad file's expected reason."""
    folder.mkdir()
    write(folder / "page.html", PAGE)
    write(folder / "wire.rss", FEED)
    write(
        folder / "scraped.jsonl",
        "\n".join(
            [
                json.dumps({"uuid": "j1", "body": ARTICLE, "date": "2023-11-16"}),
                "{not json",
                json.dumps(
                    {
                        "uuid": "j2",
                        "body": "The European Union imposed sanctions on Belarus on Thursday.",
                        "date": "2021-02-30",
                    }
                ),
            ]
        ),
    )
    write(folder / "latin.txt", "Les ministres se sont rencontrés à Genève.".encode("latin-1"))
    write(folder / "utf16.txt", "Japan protested to China over the incident.".encode("utf-16"))
    write(folder / "good.md", f"---\npublished: 2023-11-16\n---\n{ARTICLE}\n")
    write(folder / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(folder / "empty.md", "")
    write(folder / "broken.md", "---\ntitle: [unclosed\n---\nChina said on Friday the talks failed.\n")
    write(folder / "nav.html", "<html><body><nav>Home | World</nav></body></html>")
    write(folder / "future.md", "---\npublished: 2099-05-01\n---\nThe ministers met on Friday.\n")
    write(folder / "notes.docx", b"PK\x03\x04")
    return {
        "scraped.jsonl": "broken JSON",
        "image.txt": "binary",
        "empty.md": "empty file",
        "broken.md": "front matter unreadable",
        "nav.html": "no article text",
        "future.md": "in the future",
        "notes.docx": "unsupported file type",
    }


def test_mixed_folder_builds_in_one_command_and_nothing_is_lost(tmp_path: Path) -> None:
    expected = hostile_corpus(tmp_path / "in")
    assert (
        main(
            [
                "build",
                str(tmp_path / "in"),
                "--out",
                str(tmp_path / "out"),
                "--field",
                "id=uuid",
                "--field",
                "text=body",
                "--field",
                "published=date",
            ]
        )
        == 3  # some inputs were skipped
    )
    data = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))
    ids = {d["id"] for d in data["documents"]}
    assert {"page", "wire-1", "wire-2", "j1", "j2", "latin", "utf16", "good", "broken", "future"} <= ids
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    reasons: dict[str, str] = {}
    for problem in report["problems"]:
        name = Path(problem["path"]).name
        reasons[name] = reasons.get(name, "") + " | " + problem["reason"]
    for name, reason in expected.items():
        assert reason in reasons.get(name, ""), (name, reasons.get(name))
    assert "day is out of range" in reasons["scraped.jsonl"]
    broken_line = [p for p in report["problems"] if p["path"].endswith("scraped.jsonl") and p["line"] == 2]
    assert broken_line, "the broken JSON line is reported with its number"
    assert report["documents_read"] == len(data["documents"])
    assert report["status"] == "partial"
    warned = {Path(p["path"]).name for p in report["problems"] if not p["skipped"]}
    assert {"broken.md", "future.md"} <= warned  # read, with a warning
    assert not warned & {"image.txt", "empty.md", "nav.html", "notes.docx"}


def test_an_interrupted_build_leaves_the_previous_outputs_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    write(tmp_path / "in" / "a.md", f"---\npublished: 2023-11-16\n---\n{ARTICLE}\n")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    write(tmp_path / "in" / "b.md", "---\npublished: 2023-11-17\n---\nJapan protested to China on Friday.\n")

    import timeline.render

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(timeline.render, "render_html", interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["build", str(tmp_path / "in"), "--out", str(out)])
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after["timeline.html"] == before["timeline.html"]
    json.loads(after["events.json"])  # whole, whichever build wrote it
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(["id", "text", "published", "title", "url", "x"]), children, max_size=5
            )
        ),
        max_leaves=12,
    )
)
def test_any_json_never_crashes_the_reader(tmp_path: Path, value: object) -> None:
    for name in ("a.json", "a.jsonl"):
        docs, problems = read_file(write(tmp_path / name, json.dumps(value)))
        assert docs or problems


def test_a_file_that_vanishes_during_the_build_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.md", "The ministers met.")
    write(tmp_path / "b.md", "The leaders talked.")
    import timeline.load

    listed = timeline.load.find_files

    def list_then_delete(paths: object) -> tuple[list[Path], list[object]]:
        files, problems = listed(paths)  # type: ignore[arg-type]
        (tmp_path / "b.md").unlink()
        return files, problems

    monkeypatch.setattr(timeline.load, "find_files", list_then_delete)
    docs, problems = read_sources([tmp_path])
    assert [d.id for d in docs] == ["a"]
    assert problems[0].path.endswith("b.md") and "cannot read" in problems[0].reason
