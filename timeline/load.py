"""Sources stage: find input files and read each into Documents with their metadata.

Readers never raise on bad input: each file or record that cannot be read becomes a `Problem`
naming the file (and line) and the reason, and every other file is still read.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import yaml

from timeline.model import Document, Problem

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 20_000_000
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
TEXT_KEYS = ("text", "body", "content", "article")
DATE_KEYS = ("published", "date", "publication_date", "pubdate", "published_at")


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files to read under the given paths, in a stable order, and paths that do not exist."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    if child.suffix.lower() in READABLE_SUFFIXES:
                        files.append(child)
                    else:
                        problems.append(
                            Problem(str(child), f"skipped: unsupported file type {child.suffix!r}")
                        )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return files, problems


def read_sources(paths: Iterable[Path]) -> tuple[list[Document], list[Problem]]:
    """Every document in the given files and folders, and what could not be read."""
    files, problems = find_files(paths)
    documents: list[Document] = []
    for path in files:
        found, trouble = read_file(path)
        documents.extend(found)
        problems.extend(trouble)
    return unique_ids(documents, problems), problems


def unique_ids(documents: list[Document], problems: list[Problem]) -> list[Document]:
    """Documents keep their ids; a repeated id gets a numbered suffix, and the clash is reported."""
    seen: dict[str, int] = {}
    result = []
    for doc in documents:
        if doc.id in seen:
            seen[doc.id] += 1
            new_id = f"{doc.id}-{seen[doc.id]}"
            problems.append(Problem(doc.path, f"document id {doc.id!r} used twice; this one is {new_id!r}"))
            doc = Document(**{**doc.__dict__, "id": new_id})
        else:
            seen[doc.id] = 1
        result.append(doc)
    return result


def read_file(path: Path) -> tuple[list[Document], list[Problem]]:
    """The documents one file holds, and its problems."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [Problem(str(path), f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")]
        raw = path.read_bytes()
    except OSError as exc:
        return [], [Problem(str(path), f"cannot read: {exc.strerror or exc}")]
    if not raw.strip():
        return [], [Problem(str(path), "empty file")]
    if looks_binary(raw):
        return [], [Problem(str(path), "binary file, not text")]
    text = decode(raw)
    if not text.strip():
        return [], [Problem(str(path), "empty file (nothing but a byte-order mark or blank space)")]
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return read_json_records(path, text)
    if suffix in HTML_SUFFIXES:
        return read_html(path, text)
    return read_text(path, text)


def looks_binary(raw: bytes) -> bool:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    head = raw[:4096]
    return b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20


def decode(raw: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


def read_text(path: Path, text: str) -> tuple[list[Document], list[Problem]]:
    problems: list[Problem] = []
    meta: dict[str, object] = {}
    if match := FRONT_MATTER.match(text):
        body = text[match.end() :]
        try:
            # BaseLoader keeps every value a string: a bad date is then reported as a bad date.
            loaded = yaml.load(match.group(1), Loader=yaml.BaseLoader)
            if not isinstance(loaded, dict):
                raise ValueError("front matter is not a list of 'key: value' lines")
            meta = {str(k).lower(): v for k, v in loaded.items()}
        except (yaml.YAMLError, ValueError) as exc:
            reason = str(exc).splitlines()[0]
            problems.append(Problem(str(path), f"front matter unreadable ({reason}); read without metadata"))
        text = body
    doc, trouble = make_document(path, path.stem, text, meta)
    return ([doc] if doc else []), problems + trouble


def read_json_records(path: Path, text: str) -> tuple[list[Document], list[Problem]]:
    """JSON Lines (one record a line), or a JSON array or object of records."""
    records: list[tuple[int | None, object]] = []
    problems: list[Problem] = []
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = [(None, r) for r in json.loads(text)]
        except json.JSONDecodeError as exc:
            return [], [Problem(str(path), f"broken JSON: {exc}")]
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                if path.suffix.lower() == ".json" and number == 1:
                    try:  # a single pretty-printed object
                        records = [(None, json.loads(text))]
                        break
                    except json.JSONDecodeError:
                        pass
                problems.append(Problem(str(path), f"broken JSON: {exc.msg} at column {exc.colno}", number))
    if not records and not problems:
        return [], [Problem(str(path), "no JSON records")]
    documents = []
    for index, (number, record) in enumerate(records, 1):
        if not isinstance(record, dict):
            problems.append(Problem(str(path), "record is not a JSON object", number))
            continue
        meta = {str(k).lower(): v for k, v in record.items()}
        body = next((meta[k] for k in TEXT_KEYS if isinstance(meta.get(k), str)), "")
        doc_id = str(meta.get("id") or (f"{path.stem}-{number or index}"))
        doc, trouble = make_document(path, doc_id, str(body), meta, line=number)
        problems.extend(trouble)
        if doc:
            documents.append(doc)
    return documents, problems


class _ArticleText(HTMLParser):
    """Collects the visible paragraphs, the title and date meta tags of an HTML page."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button"}
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "article", "section", "tr", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
        elif tag == "link":
            values = {k.lower(): (v or "") for k, v in attrs}
            if values.get("rel") == "canonical" and values.get("href"):
                self.meta.setdefault("canonical", values["href"])
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def read_html(path: Path, text: str) -> tuple[list[Document], list[Problem]]:
    parser = _ArticleText()
    parser.feed(text)
    parser.close()
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in "".join(parser.parts).split("\n")]
    # Navigation and captions are short; the article is the run of real sentences.
    body = "\n\n".join(p for p in paragraphs if len(p) > 40 or re.search(r"[.!?\"”]$", p))
    meta: dict[str, object] = {
        "title": parser.meta.get("og:title") or html.unescape(parser.title.strip()),
        "url": parser.meta.get("og:url") or parser.meta.get("canonical"),
        "published": next(
            (
                parser.meta[k]
                for k in (
                    "article:published_time",
                    "datepublished",
                    "date",
                    "pubdate",
                    "dc.date",
                    "publish-date",
                )
                if k in parser.meta
            ),
            None,
        ),
    }
    doc, problems = make_document(path, path.stem, body, meta)
    return ([doc] if doc else []), problems


def parse_published(value: object) -> dt.date | None:
    """A date from metadata: a YAML date, or text starting with an ISO date. Raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := re.match(r"(\d{4})-(\d{2})-(\d{2})", text):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    import dateparser  # only for the rare metadata date not written in ISO form

    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise ValueError(f"unreadable date {text!r}")
    return parsed.date()


def make_document(
    path: Path, doc_id: str, text: str, meta: dict[str, object], line: int | None = None
) -> tuple[Document | None, list[Problem]]:
    """A Document from text and metadata, or None and the reason when there is no text."""
    problems = []
    if not text.strip():
        return None, [Problem(str(path), "no article text", line)]
    published = None
    value = next((meta[k] for k in DATE_KEYS if meta.get(k) not in (None, "")), None)
    try:
        published = parse_published(value)
    except (ValueError, OverflowError) as exc:
        problems.append(Problem(str(path), f"publication date ignored: {exc}", line))
    url = str(meta["url"]) if meta.get("url") else None
    return Document(
        id=doc_id,
        text=text,
        path=str(path),
        title=str(meta.get("title") or "").strip(),
        published=published,
        published_origin="metadata" if published else "",
        url=url,
        source=str(meta["source"]) if meta.get("source") else None,
        language=str(meta.get("language") or "en"),
    ), problems
