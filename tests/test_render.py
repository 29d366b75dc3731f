"""The HTML timeline page: self-contained, complete, and safe with hostile article text."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.render import (
    NETWORK_MAX_ACTORS,
    coordinates,
    date_label,
    embed_json,
    network_model,
    page_model,
    parse_day,
    plotly_cdn_url,
    plotly_js_source,
    render_html,
    safe_url,
    spring_positions,
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
    # the page's code, the world map for the map view, and Plotly itself
    assert "'unsafe-inline'" not in script_src and script_src.count("'sha256-") == 3
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
    assert model["problems"] == [
        {"path": "sources/photo.bin", "line": None, "reason": "binary file", "skipped": True}
    ]
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


class OpenedPage:
    """A page opened from a file, recording dialogs (alert), script errors, console errors and every
    request it makes; requests to the network are refused."""

    def __init__(self, browser: Any, path: Path, viewport: tuple[int, int] = (1400, 1000),
                 hash_part: str = "") -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.page.route(re.compile(r"^https?://"), lambda route: route.abort())
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text)
                     if "Content Security Policy" in message.text else None)
        self.page.on("console", lambda message: self.console_errors.append(message.text)
                     if message.type == "error" else None)
        self.page.goto(path.as_uri() + hash_part)


def open_page(browser: Any, tmp_path: Path, data: dict[str, Any], plotlyjs: str = "inline",
              viewport: tuple[int, int] = (1400, 1000), hash_part: str = "") -> OpenedPage:
    path = tmp_path / "timeline.html"
    path.write_text(render_html(data, plotlyjs=plotlyjs), encoding="utf-8")
    return OpenedPage(browser, path, viewport, hash_part)


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


# ---------------------------------------------------------------------------------------------
# The actor network and the map, in the page model


def many_actor_data(actors: int) -> dict[str, Any]:
    """Actor n takes part in n + 1 events with actor 0 (so the ranking by events is known)."""
    data = sample_data()
    met = "Blinken met Wang Yi in Rome on Sunday."
    data["events"] = [
        event(f"e-{n:05x}{k:05x}", f"Meeting {n}.{k}", "2021-10-31", "day", "2021-10-31", "2021-10-31", 1,
              [source("rome-meeting", met, "met")],
              [actor("Hub", "source", "USA"), actor(f"Actor {n:03d}", "target", "CHN")])
        for n in range(1, actors) for k in range(n + 1)
    ]
    return data


def test_network_keeps_the_actors_with_the_most_events_and_says_how_many_there_were() -> None:
    network = page_model(many_actor_data(NETWORK_MAX_ACTORS + 30))["network"]
    assert network["actors_total"] == NETWORK_MAX_ACTORS + 30
    assert network["actors_shown"] == len(network["nodes"]) == NETWORK_MAX_ACTORS
    names = [node["name"] for node in network["nodes"]]
    assert names[0] == "Hub" and "Actor 179" in names and "Actor 001" not in names
    events = [node["events"] for node in network["nodes"]]
    assert events == sorted(events, reverse=True)
    assert network["links_shown"] == NETWORK_MAX_ACTORS - 1 < network["links_total"]


def test_network_nodes_carry_kind_size_and_a_hover_text() -> None:
    network = page_model(sample_data())["network"]
    nodes = {node["name"]: node for node in network["nodes"]}
    assert set(nodes) == {"Antony Blinken", "Wang Yi", "Russia"}
    assert nodes["Russia"]["kind"] == "country" and nodes["Antony Blinken"]["kind"] == "person"
    assert nodes["Antony Blinken"]["events"] == 4
    assert nodes["Antony Blinken"]["size"] > nodes["Russia"]["size"]
    hovers = {name: text for trace in network["traces"] if "customdata" in trace
              for name, text in zip(trace["customdata"], trace["hovertext"], strict=True)}
    assert "Person · United States" in hovers["Antony Blinken"] and "4 events" in hovers["Antony Blinken"]


def test_links_are_coloured_by_net_goldstein_and_list_their_events() -> None:
    data = sample_data()
    data["events"][1]["goldstein"] = -4.0  # Wang Yi -> Russia: a warning
    data["events"][2]["goldstein"] = -8.0  # Blinken -> Russia: sanctions
    network = page_model(data)["network"]
    lines = [trace for trace in network["traces"] if trace["mode"] == "lines"]
    colours = {trace["line"]["color"] for trace in lines}
    assert colours == {"#0072B2", "#D55E00"}
    hover = link_hover(network, "Antony Blinken", "Wang Yi")
    assert "2 events · net Goldstein +2.0 (cooperative)" in hover
    assert "31 Oct 2021: Antony Blinken meets Wang Yi" in hover
    assert "undated: Blinken and Wang talk again" in hover
    assert "(conflictual)" in link_hover(network, "Antony Blinken", "Russia")


def link_hover(network: dict[str, Any], a: str, b: str) -> str:
    """The hover text of the link between two actors (the markers in the middle of the links)."""
    middles = [trace for trace in network["traces"]
               if trace["mode"] == "markers" and "customdata" not in trace]
    return next(text for trace in middles for text in trace["hovertext"] if f"{a} — {b}" in text)


def test_link_hover_lists_at_most_ten_events() -> None:
    data = sample_data()
    day = data["events"][0]
    data["events"] = [{**day, "id": f"e-{n:010x}", "title": f"Meeting number {n}"} for n in range(14)]
    hover = link_hover(page_model(data)["network"], "Antony Blinken", "Wang Yi")
    assert hover.count("Meeting number") == 10 and "… and 4 more" in hover


def test_network_layout_is_the_same_on_every_build_and_for_any_event_order() -> None:
    data = many_actor_data(40)
    first = network_model(page_model(data)["events"])
    data["events"].reverse()
    again = network_model(page_model(data)["events"])
    assert first["nodes"] == again["nodes"]
    assert render_html(sample_data()) == render_html(sample_data())


def test_hostile_actor_names_are_escaped_in_network_text(hostile_page: str) -> None:
    network = embedded_model(hostile_page)["network"]
    texts = [text for trace in network["traces"] for key in ("text", "hovertext")
             for text in trace.get(key, [])]
    assert any("&lt;b onmouseover" in text for text in texts)
    for text in texts:
        assert set(re.findall(r"<[^>]*>", text)) <= {"<b>", "</b>", "<br>"}


@settings(max_examples=30)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), max_size=30), st.integers(1, 13))
def test_spring_layout_places_every_node_inside_the_unit_square(links: list[tuple[int, int]],
                                                                 count: int) -> None:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(f"n{i}" for i in range(count))
    for a, b in links:
        if a < count and b < count and a != b:
            graph.add_edge(f"n{a}", f"n{b}", events=[{}])
    positions = spring_positions(graph, seed=7)
    assert set(positions) == set(graph.nodes)
    for x, y in positions.values():
        assert -1.0 <= x <= 1.0 and -1.0 <= y <= 1.0
    assert positions == spring_positions(graph, seed=7)


@pytest.mark.parametrize(("location", "expected"), [
    ({"name": "Rome", "latitude": 41.9, "longitude": 12.5}, (41.9, 12.5)),
    ({"name": "Nowhere", "latitude": None, "longitude": 12.5}, (None, None)),
    ({"name": "Off the globe", "latitude": 95.0, "longitude": 12.5}, (None, None)),
    ({"name": "Text", "latitude": "41.9", "longitude": "12.5"}, (None, None)),
])
def test_only_places_with_coordinates_on_the_globe_are_mapped(
        location: dict[str, Any], expected: tuple[float | None, float | None]) -> None:
    assert coordinates(location) == expected


def test_located_events_get_a_map_hover_with_title_date_and_place() -> None:
    data = sample_data()
    data["events"][1]["location"] = None
    model = page_model(data)
    assert model["located"] == 4
    events = {e["id"]: e for e in model["events"]}
    assert events["e-0000000002"]["map_hover"] is None
    hover = events["e-0000000001"]["map_hover"]
    for expected in ("<b>Antony Blinken meets Wang Yi</b>", "Sun 31 Oct 2021 (day)", "Place: Rome, Italy",
                     "2 sources"):
        assert expected in hover


# ---------------------------------------------------------------------------------------------
# The views in a browser

POINT_ON_SCREEN = """([id, key, words]) => {
    // Where a drawn point is on the screen: found by its customdata or by words of its hover text.
    const gd = document.getElementById(id);
    for (const trace of gd.data) {
        if (trace.hoverinfo === 'skip') continue;
        const i = key ? (trace.customdata || []).indexOf(key)
                      : (trace.hovertext || []).findIndex(t => words.every(w => t.includes(w)));
        if (i === -1) continue;
        const box = gd.getBoundingClientRect();
        if (trace.type === 'scattergeo') {
            const [x, y] = gd._fullLayout.geo._subplot.projection([trace.lon[i], trace.lat[i]]);
            return {x: box.left + x, y: box.top + y};
        }
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        return {x: box.left + xa._offset + xa.l2p(xa.d2l(trace.x[i])),
                y: box.top + ya._offset + ya.l2p(ya.d2l(trace.y[i]))};
    }
    return null;
}"""


def hover_text_at(page: Any, chart: str, key: str | None = None, words: tuple[str, ...] = ()) -> str:
    """Moves the mouse onto a point and returns the hover label Plotly shows."""
    where = page.evaluate(POINT_ON_SCREEN, [chart, key, list(words)])
    assert where is not None, (chart, key, words)
    if not 40 <= where["y"] <= page.viewport_size["height"] - 40:  # the mouse cannot reach off screen
        page.evaluate("y => window.scrollBy(0, y - window.innerHeight / 2)", where["y"])
        where = page.evaluate(POINT_ON_SCREEN, [chart, key, list(words)])
    page.mouse.move(where["x"] - 30, where["y"] - 30)
    page.mouse.move(where["x"], where["y"], steps=4)
    label = page.locator(f"#{chart} .hoverlayer .hovertext")
    label.first.wait_for(timeout=5_000)
    return label.first.text_content() or ""


def drawn_timeline_marks(page: Any) -> int:
    """Points and bars of the main plot (the range slider draws a small copy of them)."""
    return int(page.locator("#chart .cartesianlayer .point").count())


def timeline_data(dated: int, undated: int) -> dict[str, Any]:
    data = sample_data()
    day, month, none = data["events"][0], data["events"][2], data["events"][4]
    events = []
    for n in range(dated):
        template = month if n % 5 == 0 else day
        first = f"2021-{n % 12 + 1:02d}-{n % 28 + 1:02d}" if template is day else f"2020-{n % 12 + 1:02d}-01"
        last = first if template is day else first[:8] + "28"
        events.append({**template, "id": f"e-{n:010x}", "first": first, "last": last, "date": first,
                       "quad_class": n % 4 + 1})
    events += [{**none, "id": f"e-{n + dated:010x}"} for n in range(undated)]
    data["events"] = events
    return data


def test_page_loads_with_no_console_error_and_no_network_request(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    for view in ("network", "map", "timeline"):
        page.click(f"#tab-{view}")
        page.wait_for_selector(f"#panel-{view} .main-svg", timeout=10_000)
    hover_text_at(page, "chart", "e-0000000001")
    assert opened.requests and all(url.startswith("file://") for url in opened.requests), opened.requests
    assert opened.console_errors == [] and opened.errors == []


def test_every_event_is_drawn_once(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, timeline_data(dated=37, undated=3))
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert drawn_timeline_marks(page) == 37
    assert page.locator("#undated-list .event-link").count() == 3
    assert page.text_content("#event-list-title") == "Events shown, by date (37)"
    page.click("#tab-map")
    page.wait_for_selector("#map .main-svg", timeout=10_000)
    assert page.locator("#map .scattergeo .point").count() == 40  # every event here is in Rome


def test_hovering_an_event_shows_its_evidence(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    hover = hover_text_at(page, "chart", "e-0000000001")
    assert "Blinken met Wang Yi in Rome on Sunday." in hover
    assert "Antony Blinken meets Wang Yi" in hover and "2 sources in 2 documents" in hover
    bold = page.evaluate("""() => Array.from(document.querySelectorAll('#chart .hoverlayer tspan'))
        .filter(t => (t.getAttribute('style') || '').includes('bold')).map(t => t.textContent)""")
    assert "met" in bold  # the trigger word stands out in the evidence


def test_a_filter_hides_what_it_should_everywhere_and_the_count_changes(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert drawn_timeline_marks(page) == 4
    page.uncheck("#quad-1")  # verbal cooperation: the Rome meeting and the undated talk
    assert (page.text_content("#count") or "").startswith("3 of 5 events shown")
    assert drawn_timeline_marks(page) == 3
    assert page.evaluate("document.getElementById('chart').data.flatMap(t => t.customdata || [])"
                         ".includes('e-0000000001')") is False
    page.click("#tab-map")
    page.wait_for_selector("#map .main-svg", timeout=10_000)
    assert page.locator("#map .scattergeo .point").count() == 3
    assert (page.text_content("#map-note") or "").startswith("3 of 3 events shown")
    page.select_option("#filter-type", "sanction")
    assert page.locator("#map .scattergeo .point").count() == 1
    assert "view=map" in page.evaluate("location.hash") and "type=sanction" in page.evaluate("location.hash")
    assert opened.errors == []


def count_text(page: Any) -> str:
    return str(page.text_content("#count") or "")


def option_text(page: Any, select: str, value: str) -> str:
    return str(page.locator(f"{select} option[value='{value}']").text_content())


def test_country_date_and_actor_filters_combine_count_and_live_in_the_hash(
    browser: Any, tmp_path: Path
) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    # Country: an actor's country or the place's.
    assert option_text(page, "#filter-country", "Russia") == "Russia (2)"
    page.select_option("#filter-country", "Russia")
    assert count_text(page).startswith("2 of 5 events shown")
    assert drawn_timeline_marks(page) == 2
    # The options count what each would give with the other filters.
    page.select_option("#filter-type", "sanction")
    assert option_text(page, "#filter-country", "China") == "China (0)"
    assert option_text(page, "#filter-type", "statement") == "Statement (1)"
    page.select_option("#filter-type", "")
    # Dates: events whose days overlap the range; the week of 25-31 October does, March does not.
    page.fill("#filter-from", "2021-10-01")
    page.wait_for_function("location.hash.includes('from=2021-10-01')")
    assert count_text(page).startswith("1 of 5 events shown")
    assert "country=Russia" in page.evaluate("location.hash")

    # A link with the hash opens the same view.
    again = OpenedPage(browser, tmp_path / "timeline.html", hash_part="#country=Russia&from=2021-10-01")
    again.page.wait_for_selector("#chart .main-svg", timeout=20_000)
    assert count_text(again.page).startswith("1 of 5 events shown")
    assert again.page.input_value("#filter-country") == "Russia"
    assert again.page.input_value("#filter-from") == "2021-10-01"

    page.click("#clear-filters")
    assert count_text(page).startswith("5 of 5 events shown")
    page.fill("#filter-to", "2021-06-30")  # March and the year 2021; the undated event cannot be placed
    page.wait_for_function("document.getElementById('count').textContent.startsWith('2 of 5')")
    page.click("#clear-filters")
    assert page.input_value("#filter-to") == ""

    # The actor list narrows as one types; Enter picks the match, a chip removes it.
    page.fill("#filter-actor-search", "wang")
    visible = page.evaluate(
        "Array.from(document.getElementById('filter-actors').options)"
        ".filter(o => !o.hidden).map(o => o.value)"
    )
    assert visible == ["Wang Yi"]
    page.press("#filter-actor-search", "Enter")
    assert count_text(page).startswith("3 of 5 events shown")
    assert "actor=Wang+Yi" in page.evaluate("location.hash")
    assert page.input_value("#filter-actor-search") == ""
    chip = page.locator("#actor-chips button")
    assert chip.count() == 1 and chip.get_attribute("aria-label") == "Remove Wang Yi from the actor filter"
    chip.click()
    assert count_text(page).startswith("5 of 5 events shown")
    assert page.locator("#actor-chips button").count() == 0
    assert opened.errors == [] and again.errors == []


def test_network_view_draws_actors_and_links_with_their_hover_text(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data(), hash_part="#view=network")
    page = opened.page
    page.wait_for_selector("#network .main-svg", timeout=20_000)
    assert page.get_attribute("#tab-network", "aria-selected") == "true"
    assert page.is_hidden("#panel-timeline")
    assert page.locator("#network .scatterlayer .point").count() == 3 + 3  # actors, link middles
    hover = hover_text_at(page, "network", "Wang Yi")
    assert "Wang Yi" in hover and "Person · China" in hover and "3 events" in hover
    page.mouse.move(5, 5)
    hover = hover_text_at(page, "network", None, ("Antony Blinken — Wang Yi",))
    assert "2 events" in hover and "31 Oct 2021: Antony Blinken meets Wang Yi" in hover
    assert "3 actors and the 3 links" in (page.text_content("#network-note") or "")
    assert opened.errors == []


def test_map_view_draws_located_events_with_their_hover_text(browser: Any, tmp_path: Path) -> None:
    data = sample_data()
    data["events"][2]["location"] = {"name": "Washington", "country": "USA", "latitude": 38.9,
                                     "longitude": -77.04}
    data["events"][3]["location"] = None
    opened = open_page(browser, tmp_path, data, hash_part="#view=map")
    page = opened.page
    page.wait_for_selector("#map .main-svg", timeout=20_000)
    assert page.locator("#map .scattergeo .point").count() == 4
    hover = hover_text_at(page, "map", "e-0000000003")
    assert "United States sanctions Russia" in hover and "March 2021 (month)" in hover
    assert "Place: Washington, United States" in hover
    page.mouse.click(*page.evaluate(POINT_ON_SCREEN, ["map", "e-0000000003", []]).values())
    page.wait_for_function("location.hash.includes('event=e-0000000003')")
    assert page.locator("#details h2").text_content() == "United States sanctions Russia"
    assert opened.errors == [] and opened.console_errors == []


def test_clicking_an_actor_node_filters_the_timeline(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data(), hash_part="#view=network")
    page = opened.page
    page.wait_for_selector("#network .main-svg", timeout=20_000)
    where = page.evaluate(POINT_ON_SCREEN, ["network", "Russia", []])
    page.mouse.move(where["x"], where["y"], steps=3)
    page.mouse.click(where["x"], where["y"])
    page.wait_for_function("location.hash.includes('actor=Russia')")
    assert (page.text_content("#count") or "").startswith("2 of 5 events shown")
    assert page.get_attribute("#tab-timeline", "aria-selected") == "true"
    assert page.is_visible("#chart .main-svg") and drawn_timeline_marks(page) == 2
    assert page.evaluate("Array.from(document.getElementById('filter-actors').selectedOptions)"
                         ".map(o => o.value)") == ["Russia"]
    assert "view=" not in page.evaluate("location.hash")
    # The keyboard's way: the list of actors under the network.
    page.click("#tab-network")
    page.click("#network-list-box summary")
    page.locator("#network-list .actor-link", has_text="Wang Yi").press("Enter")
    page.wait_for_function("location.hash.includes('actor=Wang+Yi')")
    assert (page.text_content("#count") or "").startswith("3 of 5 events shown")
    assert opened.errors == []


def test_tabs_and_controls_work_from_the_keyboard_and_have_names(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, sample_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    page.focus("#clear-filters")
    page.keyboard.press("Tab")  # from the last control to the selected tab
    assert page.evaluate("document.activeElement.id") == "tab-timeline"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-network"
    page.wait_for_selector("#network .main-svg", timeout=10_000)
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.id") == "tab-map"
    assert page.is_visible("#panel-map") and "view=map" in page.evaluate("location.hash")
    page.keyboard.press("ArrowRight")  # wraps round
    assert page.evaluate("document.activeElement.id") == "tab-timeline"
    page.keyboard.press("Tab")  # one tab stop for the tab list: the next stop is the panel
    assert page.evaluate("document.activeElement.id") == "panel-timeline"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    unnamed = page.evaluate("""() => Array.from(document.querySelectorAll('button, select, input, summary'))
        .filter(node => !node.closest('.js-plotly-plot'))
        .filter(node => !(node.getAttribute('aria-label') || (node.labels && node.labels.length)
                          || node.textContent.trim()))
        .map(node => node.outerHTML.slice(0, 80))""")
    assert unnamed == []
    assert opened.errors == []


@pytest.mark.parametrize("view", ["timeline", "network", "map"])
def test_each_view_fits_a_phone_screen(browser: Any, tmp_path: Path, view: str) -> None:
    opened = open_page(browser, tmp_path, sample_data(), viewport=(375, 667), hash_part=f"#view={view}")
    page = opened.page
    chart = {"timeline": "chart", "network": "network", "map": "map"}[view]
    page.wait_for_selector(f"#{chart} .main-svg", timeout=20_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.locator(f"#{chart}").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert page.locator("#controls-box").get_attribute("open") is None  # folded away on a phone
    page.click("#controls-box summary")
    assert page.is_visible("#filter-type")
    for tab in ("#tab-timeline", "#tab-network", "#tab-map"):
        tab_box = page.locator(tab).bounding_box()
        assert tab_box is not None and tab_box["x"] + tab_box["width"] <= 375
    assert opened.errors == []


def test_hostile_articles_run_no_script_in_any_view(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, tmp_path, hostile_data())
    page = opened.page
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    hover_text_at(page, "chart", "e-0000000001")
    page.click("#tab-network")
    page.wait_for_selector("#network .main-svg", timeout=10_000)
    hostile_name = "<b onmouseover=alert(1)>Blinken</b>"
    assert hostile_name in hover_text_at(page, "network", hostile_name)
    assert "<b onmouseover=alert(1)>Bli" in (page.text_content("#network .textpoint") or "") + "".join(
        page.locator("#network .textpoint").all_text_contents())
    page.click("#network-list-box summary")
    assert page.locator("#network-list .actor-link", has_text=hostile_name).count() == 1
    page.click("#tab-map")
    page.wait_for_selector("#map .main-svg", timeout=10_000)
    assert HOSTILE_TITLE in hover_text_at(page, "map", "e-0000000001")
    assert page.locator("img").count() == 0
    assert page.locator("[onmouseover], [onerror]").count() == 0
    assert opened.dialogs == [] and opened.errors == []


def test_an_events_countries_are_its_actors_and_its_place() -> None:
    model = page_model(sample_data())
    countries = {event["id"]: event["countries"] for event in model["events"]}
    assert countries["e-0000000002"] == ["China", "Italy", "Russia"]
    assert countries["e-0000000004"] == ["Italy", "United States"]


def test_a_place_the_sentence_does_not_name_says_how_it_was_found() -> None:
    from timeline.render import page_event

    event = {
        "id": "e-00000000aa",
        "title": "Bahrain → Iran: ties cut",
        "type": "ties cut",
        "date": "2016-01-04",
        "precision": "day",
        "first": "2016-01-04",
        "last": "2016-01-04",
        "actors": [],
        "sources": [],
        "location": {"name": "Manama", "country": "BHR", "origin": "capital of the acting state"},
    }
    shown = page_event(event, {"BHR": "Bahrain"})
    assert shown["place_origin"] == "capital of the acting state"
    assert "Manama, Bahrain (capital of the acting state)" in shown["hover"]
    told = page_event({**event, "location": {"name": "Manama", "origin": "sentence"}}, {})
    assert told["place_origin"] == "" and "(" not in told["hover"].split("Place: ")[1].split("<br>")[0]
