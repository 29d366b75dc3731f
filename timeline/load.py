"""Sources stage: find input files and read each into Documents with their metadata.

Accepted: plain text and Markdown with optional front matter, JSON Lines and JSON arrays (field
names mapped with `ReadSettings.fields`), saved HTML pages (article text by trafilatura), RSS and
Atom feeds (feedparser), in any common encoding (charset-normalizer), from files, folders, globs
or standard input (`-`). Readers never raise on bad input: each file or record that cannot be read
becomes a `Problem` naming the file (and line) and the reason, and every other file is still read.
"""

from __future__ import annotations

import datetime as dt
import glob
import html
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from timeline.model import Document, Problem

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
MAX_FILE_BYTES = 20_000_000
STDIN = "-"
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
TEXT_KEYS = ("text", "body", "content", "article")
DATE_KEYS = ("published", "date", "publication_date", "pubdate", "published_at")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ReadSettings:
    """How inputs are read. `fields` maps the tool's keys (text, published, id, title, url) to the
    keys a scraper's JSON uses; `today` is the day after which a publication date is impossible."""

    fields: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = MAX_FILE_BYTES
    today: dt.date | None = None

    def __post_init__(self) -> None:
        allowed = {"text", "published", "id", "title", "url", "source"}
        unknown = set(self.fields) - allowed
        if unknown:
            raise ValueError(f"unknown field {sorted(unknown)[0]!r}; allowed: {', '.join(sorted(allowed))}")
        if self.max_bytes <= 0:
            raise ValueError(f"the size limit must be positive, not {self.max_bytes}")


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files to read under the given paths (folders recursively, globs expanded, `-` for standard
    input), in a stable order, and paths that match nothing."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if str(path) == STDIN:
            files.append(path)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    if child.suffix.lower() in READABLE_SUFFIXES:
                        files.append(child)
                    else:
                        problems.append(Problem(str(child), f"unsupported file type {child.suffix!r}"))
        elif path.is_file():
            files.append(path)
        elif any(ch in str(path) for ch in "*?[") and (
            matches := sorted(glob.glob(str(path), recursive=True))
        ):
            found, trouble = find_files(Path(m) for m in matches)
            files.extend(found)
            problems.extend(trouble)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return files, problems


def read_sources(
    paths: Iterable[Path], settings: ReadSettings | None = None
) -> tuple[list[Document], list[Problem]]:
    """Every document in the given files and folders, and what could not be read."""
    settings = settings or ReadSettings()
    files, problems = find_files(paths)
    documents: list[Document] = []
    for path in files:
        found, trouble = read_file(path, settings)
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
            problems.append(
                Problem(doc.path, f"document id {doc.id!r} used twice; this one is {new_id!r}", skipped=False)
            )
            doc = Document(**{**doc.__dict__, "id": new_id})
        else:
            seen[doc.id] = 1
        result.append(doc)
    return result


def read_bytes(path: Path, limit: int) -> bytes:
    if str(path) == STDIN:
        return sys.stdin.buffer.read(limit + 1)
    size = path.stat().st_size
    if size > limit:
        raise ValueError(f"file too large ({size} bytes, limit {limit})")
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def read_file(path: Path, settings: ReadSettings | None = None) -> tuple[list[Document], list[Problem]]:
    """The documents one file holds, and its problems."""
    settings = settings or ReadSettings()
    try:
        raw = read_bytes(path, settings.max_bytes)
    except OSError as exc:
        return [], [Problem(str(path), f"cannot read: {exc.strerror or exc}")]
    except ValueError as exc:
        return [], [Problem(str(path), str(exc))]
    if len(raw) > settings.max_bytes:
        return [], [Problem(str(path), f"input too large (over {settings.max_bytes} bytes)")]
    if not raw.strip():
        return [], [Problem(str(path), "empty file")]
    encoding = utf16_without_bom(raw)
    if encoding is None and looks_binary(raw):
        return [], [Problem(str(path), "binary file, not text")]
    text = decode(raw, encoding)
    if not text.strip():
        return [], [Problem(str(path), "empty file (nothing but a byte-order mark or blank space)")]
    suffix = path.suffix.lower()
    head = text.lstrip()[:600].lower()
    if suffix in FEED_SUFFIXES or head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
        return read_feed(path, text, settings)
    if suffix in JSON_SUFFIXES or str(path) == STDIN and head.startswith(("{", "[")):
        return read_json_records(path, text, settings)
    if suffix in HTML_SUFFIXES or str(path) == STDIN and head.startswith(("<!doctype html", "<html")):
        return read_html(path, text, settings)
    return read_text(path, text, settings)


def utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark (every other byte
    of ASCII letters is zero), else None."""
    head = raw[:4000]
    if len(head) < 4 or raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(raw: bytes) -> bool:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    head = raw[:4096]
    return b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20


def decode(raw: bytes, encoding: str | None = None) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, else what charset-normalizer finds
    (Windows-1252 when it cannot tell), with Windows line endings and control characters cleaned."""
    if encoding:
        text = raw.decode(encoding, errors="replace")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = detect_and_decode(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub(" ", text)


def detect_and_decode(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding not in ("utf_8",):
        return str(best)
    return raw.decode("cp1252", errors="replace")


def read_text(path: Path, text: str, settings: ReadSettings) -> tuple[list[Document], list[Problem]]:
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
            problems.append(
                Problem(
                    str(path), f"front matter unreadable ({reason}); read without metadata", skipped=False
                )
            )
        text = body
    doc, trouble = make_document(path, stem(path), text, meta, settings)
    return ([doc] if doc else []), problems + trouble


def stem(path: Path) -> str:
    return "stdin" if str(path) == STDIN else path.stem


def mapped(record: Mapping[str, Any], fields: Mapping[str, str]) -> dict[str, object]:
    """A record's metadata under the tool's key names ('--field text=body' reads 'body' as the text)."""
    meta = {str(k).lower(): v for k, v in record.items()}
    for ours, theirs in fields.items():
        if theirs.lower() in meta:
            meta[ours] = meta[theirs.lower()]
    return meta


def read_json_records(path: Path, text: str, settings: ReadSettings) -> tuple[list[Document], list[Problem]]:
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
                if number == 1 and stripped.startswith("{"):
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
        meta = mapped(record, settings.fields)
        body = next((meta[k] for k in TEXT_KEYS if isinstance(meta.get(k), str)), "")
        doc_id = str(meta.get("id") or (f"{stem(path)}-{number or index}"))
        doc, trouble = make_document(path, doc_id, str(body), meta, settings, line=number)
        problems.extend(trouble)
        if doc:
            documents.append(doc)
    return documents, problems


class _PageText(HTMLParser):
    """Collects the visible paragraphs, the title and the meta tags of an HTML page or fragment."""

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

    def paragraphs(self) -> str:
        lines = [re.sub(r"\s+", " ", p).strip() for p in "".join(self.parts).split("\n")]
        return "\n\n".join(line for line in lines if line)


def page_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry), paragraphs apart."""
    parser = _PageText()
    parser.feed(fragment)
    parser.close()
    return parser.paragraphs()


PAGE_DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date")


def read_html(path: Path, text: str, settings: ReadSettings) -> tuple[list[Document], list[Problem]]:
    """A saved web page: the article by trafilatura (no navigation, boilerplate or comments), its
    title, address and publication date from the page's metadata."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False
    )
    found = (
        extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else extracted or {}
    )
    body = "\n\n".join(line.strip() for line in str(found.get("text") or "").splitlines() if line.strip())
    if len(body.split()) < 5:  # a menu or a caption is not an article
        return [], [Problem(str(path), "HTML page with no article text")]
    parser = _PageText()
    parser.feed(text)
    parser.close()
    date_key = next((k for k in PAGE_DATE_KEYS if parser.meta.get(k)), None)
    if date_key:
        published, origin = parser.meta[date_key], f"html meta {date_key}"
    else:  # trafilatura asks htmldate, which also reads JSON-LD, <time> elements and the URL
        published, origin = found.get("date"), "html page (htmldate)"
    meta: dict[str, object] = {
        "title": found.get("title") or parser.meta.get("og:title") or html.unescape(parser.title.strip()),
        "url": found.get("url") or parser.meta.get("og:url") or parser.meta.get("canonical"),
        "published": published,
        "summary": parser.meta.get("description") or parser.meta.get("og:description"),
    }
    doc, problems = make_document(path, stem(path), body, meta, settings, origin=origin)
    return ([doc] if doc else []), problems


def read_feed(path: Path, text: str, settings: ReadSettings) -> tuple[list[Document], list[Problem]]:
    """An RSS or Atom feed: one document per entry, with its link and date. An entry that carries
    only a summary is used as such, and its document says so in its notes."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = (
            f"not a readable feed ({feed.bozo_exception})" if feed.get("bozo") else "feed with no entries"
        )
        return [], [Problem(str(path), reason)]
    documents, problems = [], []
    for number, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        full = next((c.get("value") for c in content if c.get("value")), None)
        body = page_text(full or entry.get("summary") or "")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        meta: dict[str, object] = {
            "title": html.unescape(entry.get("title") or ""),
            "url": entry.get("link"),
            "published": dt.date(*parsed[:3]).isoformat() if parsed else entry.get("published"),
            "source": feed.feed.get("title"),
        }
        doc, trouble = make_document(
            path, f"{stem(path)}-{number}", body, meta, settings, line=number, origin="feed entry"
        )
        problems.extend(trouble)
        if doc is not None:
            if full is None:
                doc = Document(**{**doc.__dict__, "notes": ("feed entry with a summary only",)})
            documents.append(doc)
    return documents, problems


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
    path: Path,
    doc_id: str,
    text: str,
    meta: Mapping[str, object],
    settings: ReadSettings,
    line: int | None = None,
    origin: str = "metadata",
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
        problems.append(Problem(str(path), f"publication date ignored: {exc}", line, skipped=False))
    today = settings.today or dt.date.today()
    if published is not None and published > today:
        problems.append(
            Problem(
                str(path), f"publication date {published} is in the future; not used", line, skipped=False
            )
        )
        published = None
    url = str(meta["url"]) if meta.get("url") else None
    return Document(
        id=doc_id,
        text=text,
        path=str(path),
        title=str(meta.get("title") or "").strip(),
        summary=str(meta.get("summary") or meta.get("description") or "").strip(),
        published=published,
        published_origin=origin if published else "",
        url=url,
        source=str(meta["source"]) if meta.get("source") else None,
        language=str(meta.get("language") or "en"),
    ), problems
