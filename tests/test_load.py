"""Reading sources: every readable article becomes a Document, every bad one a Problem."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.load import read_file, read_sources


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_gives_title_date_and_url(tmp_path: Path) -> None:
    path = write(
        tmp_path / "talks.md",
        "---\ntitle: Talks in Geneva\npublished: 2021-06-16\n"
        "url: https://example.org/a\nsource: Wire\n---\nThe leaders met on Wednesday.\n",
    )
    (doc,), problems = read_file(path)
    assert problems == []
    assert doc.id == "talks"
    assert doc.title == "Talks in Geneva"
    assert doc.published == dt.date(2021, 6, 16)
    assert doc.url == "https://example.org/a"
    assert doc.source == "Wire"
    assert doc.text == "The leaders met on Wednesday.\n"


def test_text_without_front_matter_has_no_date(tmp_path: Path) -> None:
    (doc,), problems = read_file(write(tmp_path / "bare.txt", "China said on Friday it was ready.\n"))
    assert problems == [] and doc.published is None and doc.title == ""


def test_broken_front_matter_is_reported_and_text_still_read(tmp_path: Path) -> None:
    (doc,), problems = read_file(write(tmp_path / "x.md", "---\ntitle: [unclosed\n---\nThe talks ended.\n"))
    assert "front matter unreadable" in problems[0].reason
    assert doc.text.strip() == "The talks ended."


def test_impossible_date_is_reported_not_used(tmp_path: Path) -> None:
    (doc,), problems = read_file(write(tmp_path / "x.md", "---\npublished: 2021-02-30\n---\nThey met.\n"))
    assert doc.published is None
    assert "publication date ignored" in problems[0].reason


def test_jsonl_reads_each_record_and_reports_the_broken_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "One.", "published": "2021-01-02"}),
        "{broken",
        json.dumps({"id": "b", "body": "Two.", "date": "2021-01-03"}),
    ]
    docs, problems = read_file(write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[1].text == "Two." and docs[1].published == dt.date(2021, 1, 3)
    assert len(problems) == 1 and problems[0].line == 2 and "broken JSON" in problems[0].reason


def test_json_array_of_records(tmp_path: Path) -> None:
    docs, problems = read_file(write(tmp_path / "a.json", json.dumps([{"id": "x", "text": "Hello there."}])))
    assert [d.id for d in docs] == ["x"] and problems == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.md", "   \n\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("only-meta.md", "---\ntitle: x\n---\n\n", "no article text"),
    ],
)
def test_bad_files_are_reported_with_a_reason(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    docs, problems = read_file(write(tmp_path / name, content))
    assert docs == []
    assert reason in problems[0].reason and problems[0].path.endswith(name)


def test_folder_reads_good_files_and_reports_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "The ministers met in Rome.")
    write(tmp_path / "bad.bin", b"\x00\x01")
    write(tmp_path / "empty.md", "")
    docs, problems = read_sources([tmp_path, tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["good"]
    reasons = " | ".join(str(p) for p in problems)
    assert "unsupported file type" in reasons and "empty file" in reasons and "no such file" in reasons


def test_html_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    page = """<html><head><title>Leaders meet</title>
    <meta property="article:published_time" content="2023-11-15T10:00:00Z">
    <link rel="canonical" href="https://example.org/leaders"></head>
    <body><nav>Home | World | Sport</nav><script>var x = 1;</script>
    <p>President Joe Biden met Chinese President Xi Jinping near San Francisco on Wednesday.</p>
    <p>The two leaders agreed to resume military communications, officials said.</p>
    <footer>Copyright</footer></body></html>"""
    (doc,), problems = read_file(write(tmp_path / "page.html", page))
    assert doc.title == "Leaders meet" and doc.published == dt.date(2023, 11, 15)
    assert doc.url == "https://example.org/leaders"
    assert "Xi Jinping" in doc.text and "var x" not in doc.text and "Home | World" not in doc.text


def test_windows_1252_and_crlf_are_decoded(tmp_path: Path) -> None:
    (doc,), _ = read_file(write(tmp_path / "w.txt", "Café talks “ended”.\r\nNext.".encode("cp1252")))
    assert doc.text == "Café talks “ended”.\nNext."


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_never_crash_the_readers(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    for suffix in (".txt", ".md", ".jsonl", ".json", ".html"):
        docs, problems = read_file(write(folder / f"f{suffix}", data))
        assert docs or problems
