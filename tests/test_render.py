"""The HTML timeline page: self-contained, complete, and safe with hostile article text."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.render import (
    date_label,
    embed_json,
    page_model,
    parse_day,
    plotly_cdn_url,
    plotly_js_source,
    render_html,
    safe_url,
    trigger_in_sentence,
    word_wrap,
)

HOSTILE_TITLE = "</script><script>alert(1)</script>"
HOSTILE_SENTENCE = "Officials said <img src=x onerror=alert(1)> they met\u2028again \u202eevil\u202c \u200f"
HOSTILE_URL = "javascript:alert(1)"


def actor(name: str, role: str, country: str | None, kind: str = "person", title: str | None = None
          ) -> dict[str, Any]:
    return {"name": name, "kind": kind, "role": role, "country": country, "title": title}


def source(document: str, sentence: str, trigger: str, offset: int = 100) -> dict[str, Any]:
    at = sentence.index(trigger)
    return {"document": document, "sentence": sentence, "start": offset, "end": offset + len(sentence),
            "trigger": trigger, "trigger_start": offset + at, "trigger_end": offset + at + len(trigger),
            "date_text": None}


def event(event_id: str, title: str, date: str | None, precision: str | None, first: str | None,
          last: str | None, quad: int, sources: list[dict[str, Any]], actors: list[dict[str, Any]],
          event_type: str = "meeting", status: str = "reported") -> dict[str, Any]:
    return {"id": event_id, "title": title, "date": date, "end_date": None, "precision": precision,
            "first": first, "last": last, "type": event_type, "cameo": "040",
            "cameo_label": "consult, not specified", "goldstein": 1.0, "quad_class": quad, "status": status,
            "actors": actors,
            "location": {"name": "Rome", "country": "ITA", "latitude": 41.9, "longitude": 12.5},
            "sources": sources, "confidence": 0.8, "salience": 2.5, "date_origin": "sentence"}


def sample_data() -> dict[str, Any]:
    """Events of each precision, an undated one, a document with an inferred date, a problem."""
    blinken = actor("Antony Blinken", "source", "USA", title="Secretary of State")
    wang = actor("Wang Yi", "target", "CHN", title="Foreign Minister")
    russia = actor("Russia", "target", "RUS", kind="country")
    met = "Blinken met Wang Yi in Rome on Sunday."
    warned = "The ministry warned Russia over troop movements."
    sanctions = "Washington imposed sanctions on Moscow in March."
    return {
        "format": "timeline-events/1",
        "documents": [
            {"id": "rome-meeting", "title": "Ministers meet in Rome", "published": "2021-10-31",
             "published_inferred": False, "url": "https://news.example.org/rome", "source": "Example News",
             "timexes": []},
            {"id": "undated-wire", "title": "Wire report", "published": "2021-11-02",
             "published_inferred": True, "url": None, "source": None, "timexes": []},
        ],
        "actors": [
            {"id": "antony-blinken", "name": "Antony Blinken", "kind": "person", "country": "USA",
             "aliases": [], "roles": ["Secretary of State"]},
            {"id": "china", "name": "China", "kind": "country", "country": "CHN", "aliases": [], "roles": []},
        ],
        "events": [
            event("e-0000000001", "Antony Blinken meets Wang Yi", "2021-10-31", "day", "2021-10-31",
                  "2021-10-31", 1,
                  [source("rome-meeting", met, "met"), source("undated-wire", met, "met", offset=7)],
                  [blinken, wang]),
            event("e-0000000002", "Ministry warns Russia", "2021-W43", "week", "2021-10-25", "2021-10-31", 3,
                  [source("undated-wire", warned, "warned")], [wang, russia], event_type="statement"),
            event("e-0000000003", "United States sanctions Russia", "2021-03", "month", "2021-03-01",
                  "2021-03-31", 4, [source("rome-meeting", sanctions, "imposed sanctions")],
                  [blinken, russia], event_type="sanction"),
            event("e-0000000004", "Trade talks planned", "2021", "year", "2021-01-01", "2021-12-31", 2,
                  [source("rome-meeting", met, "met")], [blinken], event_type="agreement", status="planned"),
            event("e-0000000005", "Blinken and Wang talk again", None, None, None, None, 1,
                  [source("undated-wire", met, "met")], [blinken, wang]),
        ],
        "problems": [{"path": "sources/photo.bin", "line": None, "reason": "binary file"}],
    }


def hostile_data() -> dict[str, Any]:
    data = sample_data()
    data["documents"][0]["url"] = HOSTILE_URL
    data["documents"][0]["title"] = HOSTILE_TITLE
    for item in data["events"]:
        item["title"] = HOSTILE_TITLE
        item["sources"][0]["sentence"] = HOSTILE_SENTENCE
        item["sources"][0]["trigger"] = "met"
        item["actors"][0]["name"] = "<b onmouseover=alert(1)>Blinken</b>"
    data["problems"][0]["path"] = "<script>alert(1)</script>.txt"
    return data


class TagCollector(HTMLParser):
    """Start tags with their attributes, and the text of each <script> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None


def parse(page: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector


def embedded_model(page: str) -> dict[str, Any]:
    blobs = [text for attrs, text in parse(page).scripts if attrs.get("type") == "application/json"]
    assert len(blobs) == 1
    return json.loads(blobs[0])


def page_without_data(page: str) -> str:
    return re.sub(r'(<script type="application/json" id="timeline-data">).*?(</script>)', r"\1\2", page,
                  flags=re.S)


@pytest.fixture(scope="module")
def inline_page() -> str:
    return render_html(sample_data())


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return render_html(hostile_data())


def test_inline_page_is_one_file_without_external_scripts_or_links(inline_page: str) -> None:
    tags = parse(inline_page).tags
    for tag, attrs in tags:
        for attribute in ("src", "href"):
            value = attrs.get(attribute) or ""
            assert not value.lower().startswith(("http:", "https:", "//")), (tag, attrs)
    assert any(tag == "script" and not attrs for tag, attrs in tags)
    assert plotly_js_source()[:200] in inline_page  # Plotly itself is inlined
    assert inline_page.startswith("<!DOCTYPE html>")


def test_page_allows_only_its_own_inline_scripts(inline_page: str) -> None:
    policies = [attrs.get("content") or "" for tag, attrs in parse(inline_page).tags
                if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert len(policies) == 1
    script_src = next(part for part in policies[0].split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and script_src.count("'sha256-") == 2
    assert "default-src 'none'" in policies[0]


def test_every_event_id_is_in_the_embedded_json(inline_page: str) -> None:
    model = embedded_model(inline_page)
    assert {e["id"] for e in model["events"]} == {e["id"] for e in sample_data()["events"]}


def test_embedded_model_keeps_precision_and_spans_whole_periods(inline_page: str) -> None:
    events = {e["id"]: e for e in embedded_model(inline_page)["events"]}
    day, week, month, year, undated = (events[f"e-000000000{n}"] for n in range(1, 6))
    assert (day["span"], day["x_end"]) == (False, "2021-11-01")
    assert (week["span"], week["first"], week["x_end"]) == (True, "2021-10-25", "2021-11-01")
    assert (month["span"], month["first"], month["x_end"]) == (True, "2021-03-01", "2021-04-01")
    assert year["span"] and year["date_label"] == "2021 (year)"
    assert month["date_label"] == "March 2021 (month)"
    assert undated["first"] is None and undated["date_label"] == "undated"


def test_inferred_publication_date_and_problems_reach_the_page(inline_page: str) -> None:
    model = embedded_model(inline_page)
    assert model["documents"]["undated-wire"]["inferred"] is True
    assert model["documents"]["rome-meeting"]["inferred"] is False
    assert model["problems"] == [{"path": "sources/photo.bin", "line": None, "reason": "binary file"}]
    assert model["summary"]["undated"] == 1 and model["summary"]["inferred_documents"] == 1


def test_evidence_is_split_around_the_trigger_word(inline_page: str) -> None:
    events = {e["id"]: e for e in embedded_model(inline_page)["events"]}
    assert events["e-0000000003"]["sources"][0]["parts"] == [
        "Washington ", "imposed sanctions", " on Moscow in March."]


def test_lanes_are_given_for_type_actor_and_country_pair(inline_page: str) -> None:
    events = {e["id"]: e for e in embedded_model(inline_page)["events"]}
    lanes = events["e-0000000001"]["lanes"]
    assert lanes["type"] == ["Meeting"]
    assert lanes["actor"] == ["Antony Blinken", "Wang Yi"]
    assert lanes["pair"] == ["China – United States"]


def test_hover_text_holds_date_actors_place_type_evidence_and_source_count(inline_page: str) -> None:
    hover = {e["id"]: e for e in embedded_model(inline_page)["events"]}["e-0000000001"]["hover"]
    for expected in ("Antony Blinken meets Wang Yi", "31 Oct 2021",
                     "Antony Blinken (source, Secretary of State)", "Place: Rome, Italy", "CAMEO 040",
                     "<b>met</b>", "2 sources in 2 documents"):
        assert expected in hover


def test_hostile_text_never_becomes_markup(hostile_page: str, inline_page: str) -> None:
    hostile_tags = [tag for tag, _ in parse(hostile_page).tags]
    assert hostile_tags == [tag for tag, _ in parse(inline_page).tags]
    outside = page_without_data(hostile_page)
    assert "alert(1)" not in outside
    assert "<img" not in outside.lower()
    assert "\u2028" not in hostile_page and "\u2029" not in hostile_page


def test_hostile_text_survives_as_data(hostile_page: str) -> None:
    model = embedded_model(hostile_page)
    titles = {e["title"] for e in model["events"]}
    assert titles == {HOSTILE_TITLE}
    first = model["events"][0]
    assert "".join(first["sources"][0]["parts"]) == HOSTILE_SENTENCE
    assert first["sources"][0]["parts"][1] == "met"
    assert model["problems"][0]["path"] == "<script>alert(1)</script>.txt"


def test_hover_text_is_escaped_for_plotly(hostile_page: str) -> None:
    hover = embedded_model(hostile_page)["events"][0]["hover"]
    assert "&lt;/script&gt;&lt;script&gt;" in hover
    assert "&lt;img src=x" in hover
    assert "<img" not in hover and "<script" not in hover and "<b onmouseover" not in hover
    assert set(re.findall(r"<[^>]*>", hover)) <= {"<b>", "</b>", "<br>"}


def test_javascript_url_never_becomes_a_link(hostile_page: str) -> None:
    assert embedded_model(hostile_page)["documents"]["rome-meeting"]["url"] is None
    assert HOSTILE_URL not in hostile_page
    for _, attrs in parse(hostile_page).tags:
        assert not (attrs.get("href") or "").lower().startswith("javascript")


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                                 "vbscript:x", "//evil.example/x", "ftp://example.org/a", "https://",
                                 "http://a b/\n"])
def test_only_http_urls_are_kept(url: str) -> None:
    assert safe_url(url) is None


def test_http_urls_are_kept() -> None:
    assert safe_url("https://example.org/a?b=1#c") == "https://example.org/a?b=1#c"
    assert safe_url("HTTP://example.org") == "HTTP://example.org"


def test_cdn_mode_loads_plotly_from_the_cdn() -> None:
    page = render_html(sample_data(), plotlyjs="cdn")
    sources = [attrs.get("src") for tag, attrs in parse(page).tags if tag == "script" and attrs.get("src")]
    assert sources == [plotly_cdn_url()]
    assert re.fullmatch(r"https://cdn\.plot\.ly/plotly-\d+\.\d+\.\d+\.min\.js", plotly_cdn_url())
    assert plotly_js_source()[:200] not in page


def test_directory_mode_loads_plotly_from_beside_the_page() -> None:
    page = render_html(sample_data(), plotlyjs="directory")
    sources = [attrs.get("src") for tag, attrs in parse(page).tags if tag == "script" and attrs.get("src")]
    assert sources == ["plotly.min.js"]
    assert "Plotly" in plotly_js_source()


def test_unknown_plotlyjs_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="plotlyjs"):
        render_html(sample_data(), plotlyjs="remote")


def test_empty_export_renders_a_page() -> None:
    page = render_html({"format": "timeline-events/1", "documents": [], "actors": [], "events": [],
                        "problems": []}, plotlyjs="cdn")
    model = embedded_model(page)
    assert model["events"] == [] and model["summary"]["first"] is None


def test_missing_or_odd_fields_still_render() -> None:
    data = sample_data()
    odd = copy.deepcopy(data["events"][0])
    for key in ("title", "quad_class", "location", "actors", "goldstein", "precision"):
        odd.pop(key)
    odd.update(id="e-00000000ff", first="2021-11-05", last="2021-11-03", sources=[{"document": "gone"}])
    data["events"].append(odd)
    events = {e["id"]: e for e in page_model(data)["events"]}
    fixed = events["e-00000000ff"]
    assert (fixed["first"], fixed["last"], fixed["quad"]) == ("2021-11-03", "2021-11-05", 0)
    assert fixed["title"] == "Meeting" and fixed["lanes"]["actor"] == ["No actor named"]


@pytest.mark.parametrize(("first", "last", "precision", "expected"), [
    ("2021-10-31", "2021-10-31", "day", "Sun 31 Oct 2021 (day)"),
    ("2021-10-30", "2021-11-01", "day", "30 Oct – 1 Nov 2021 (days)"),
    ("2021-10-25", "2021-10-31", "week", "week 43 of 2021, 25–31 Oct 2021 (week)"),
    ("2021-10-01", "2021-12-31", "quarter", "Q4 2021, Oct – Dec (quarter)"),
    ("2021-06-21", "2021-09-22", "season", "21 Jun – 22 Sep 2021 (season)"),
    ("2020-01-01", "2029-12-31", "decade", "2020–2029 (decade)"),
])
def test_date_labels_say_how_precise_the_date_is(first: str, last: str, precision: str,
                                                 expected: str) -> None:
    assert date_label(parse_day(first), parse_day(last), precision, "") == expected


def test_trigger_offsets_into_the_sentence_are_accepted_too() -> None:
    found = trigger_in_sentence({"sentence": "They met twice.", "start": 500, "trigger": "met",
                                 "trigger_start": 5, "trigger_end": 8})
    assert found == (5, 8)
    assert trigger_in_sentence({"sentence": "No trigger here.", "trigger": "sanctions"}) is None


@given(st.text(max_size=400), st.integers(min_value=5, max_value=80))
def test_word_wrap_covers_the_text_in_order_within_the_width(text: str, width: int) -> None:
    lines = word_wrap(text, width)
    if not text.strip():
        assert lines == []
        return
    assert "".join(text[a:b] for a, b in lines) == text
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert end <= start
    for a, b in lines:
        assert len(text[a:b].rstrip()) <= width


BASELINE_TAGS = [tag for tag, _ in parse(render_html(sample_data(), plotlyjs="cdn")).tags]
json_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(title=json_text, sentence=json_text, name=json_text, url=json_text)
def test_any_text_round_trips_through_the_page_without_becoming_markup(
        title: str, sentence: str, name: str, url: str) -> None:
    data = sample_data()
    data["events"][0]["title"] = title or "x"
    data["events"][0]["sources"][0]["sentence"] = sentence
    data["events"][0]["actors"][0]["name"] = name
    data["documents"][0]["url"] = url
    page = render_html(data, plotlyjs="cdn")
    model = embedded_model(page)
    assert model["events"][0]["title"] == (title or "x")
    assert "".join(model["events"][0]["sources"][0]["parts"]) == sentence
    assert [tag for tag, _ in parse(page).tags] == BASELINE_TAGS
    assert set(re.findall(r"<[^>]*>", model["events"][0]["hover"])) <= {"<b>", "</b>", "<br>"}
    kept = model["documents"]["rome-meeting"]["url"]
    assert kept is None or kept.lower().startswith(("http://", "https://"))


def test_embedded_json_escapes_what_could_end_the_script() -> None:
    text = embed_json({"a": "</script><!-- & \u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


def test_lone_surrogates_from_the_input_do_not_break_the_page() -> None:
    data = sample_data()
    data["events"][0]["title"] = json.loads('"bad \\ud800 title"')
    page = render_html(data, plotlyjs="cdn")
    page.encode("utf-8")
    assert embedded_model(page)["events"][0]["title"] == "bad \ufffd title"


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium through Playwright; the browser tests skip when either is missing, except
    under CI, which installs both."""
    give_up = pytest.fail if os.environ.get("CI") == "true" else pytest.skip
    try:
        from playwright import sync_api
    except ImportError:
        give_up("playwright is not installed")
    if not CHROMIUM.exists():
        give_up("no /usr/bin/chromium")
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--no-first-run"])
        except Exception as exc:  # a chromium that cannot start here is a matter of the machine
            give_up(f"chromium does not start: {exc}")
        yield chromium
        chromium.close()


class OpenedPage:
    """A page opened from a file, recording dialogs (alert) and script errors; no network at all."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.page.route(re.compile(r"^https?://"), lambda route: route.abort())
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text)
                     if "Content Security Policy" in message.text else None)
        self.page.goto(path.as_uri())


def open_page(browser: Any, tmp_path: Path, data: dict[str, Any], plotlyjs: str = "inline") -> OpenedPage:
    path = tmp_path / "timeline.html"
    path.write_text(render_html(data, plotlyjs=plotlyjs), encoding="utf-8")
    return OpenedPage(browser, path)


def test_page_draws_filters_and_shows_sources_in_a_browser(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, hostile_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert page.text_content("#count") == "5 of 5 events shown (1 undated, listed below the chart)"
    page.select_option("#filter-type", "sanction")
    assert (page.text_content("#count") or "").startswith("1 of 5 events shown")
    assert "type=sanction" in page.evaluate("location.hash")
    page.click("#clear-filters")
    page.fill("#filter-text", "russia")
    page.wait_for_function("document.getElementById('count').textContent.startsWith('2 of 5')")
    page.click("#clear-filters")
    page.click("#undated-list .event-link")
    details = page.locator("#details")
    assert details.locator("h2").text_content() == HOSTILE_TITLE
    assert details.locator("mark").first.text_content() == "met"
    assert details.locator("a").count() == 0  # the javascript: URL is not a link
    assert "(inferred)" in (details.text_content() or "")
    page.evaluate("""() => {
        const gd = document.getElementById('chart');
        gd.emit('plotly_click', {points: [{customdata: 'e-0000000001'}]});
    }""")
    assert "event=e-0000000001" in page.evaluate("location.hash")
    assert page.locator("#details .sources li").count() == 2
    assert page.locator("img").count() == 0
    assert opened.dialogs == [] and opened.errors == []


def test_filter_state_is_read_back_from_the_url_hash(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "timeline.html"
    path.write_text(render_html(sample_data()), encoding="utf-8")
    opened = OpenedPage(browser, path)
    page = opened.page
    page.goto(path.as_uri() + "#lanes=actor&quad=3,4&actor=Russia")
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert (page.text_content("#count") or "").startswith("2 of 5 events shown")
    assert page.input_value("#lane-mode") == "actor"
    assert not page.is_checked("#quad-1") and page.is_checked("#quad-4")
    ticks = page.evaluate("document.getElementById('chart').layout.yaxis.ticktext")
    assert "Russia" in ticks and "Antony Blinken" in ticks
    page.goto(path.as_uri() + "#q=TROOP%20Movements")  # words of the evidence, any case
    page.wait_for_function("document.getElementById('count').textContent.startsWith('1 of 5')")
    assert page.input_value("#filter-text") == "TROOP Movements"
    assert opened.errors == []


def test_scripts_the_page_did_not_ship_are_refused(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    opened.page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert opened.errors == []
    opened.page.evaluate("""() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.appendChild(script);
    }""")
    assert opened.page.evaluate("window.injected === undefined")
    assert any("Content Security Policy" in error for error in opened.errors)


def test_many_events_are_drawn_with_webgl(browser: Any, tmp_path: Path) -> None:
    data = sample_data()
    day = data["events"][0]
    data["events"] = [{**day, "id": f"e-{n:010x}"} for n in range(1100)]
    opened = open_page(browser, tmp_path, data)
    opened.page.wait_for_selector("#chart .main-svg", timeout=30_000)
    types = opened.page.evaluate("document.getElementById('chart').data.map(t => t.type)")
    assert "scattergl" in types and "scatter" in types  # the plain scatter is the legend swatch
    assert opened.errors == []


def test_page_without_plotly_still_lists_events(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data(), plotlyjs="cdn")  # the CDN request is aborted
    page = opened.page
    page.wait_for_function("document.getElementById('count').textContent.length > 0")
    assert "could not be loaded" in (page.text_content("#chart-empty") or "")
    assert page.locator("#undated-list .event-link").count() == 1
    assert opened.errors == []
