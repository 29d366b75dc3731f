"""How the interactive page copes with 10,000 events: file size, load, first chart, filtering.

Builds a synthetic events.json-shaped timeline (checked against timeline/data/events.schema.json
when jsonschema is installed): 10,000 events dated over five years at mixed precisions (day, week,
month, year, some undated), 200 actors (real countries, office holders and organisations from
timeline/data), a dozen diplomatic event types with their CAMEO codes, and one to eight sources
per event, each with an evidence sentence and its trigger. Renders it with
`timeline.render.render_html` (Plotly inline), writes it to a temporary folder and prints:

  - the page's size,
  - in headless Debian Chromium (Playwright): the time to the DOMContentLoaded and load events,
    and until the Plotly chart has been drawn and painted (the chart's `.plot-container` exists
    and two animation frames have passed),
  - the time a filter change takes: a search word typed into the search box until the event count
    updates (this includes the page's own typing pause before it filters), the same done key by
    key through Playwright, clearing it again, and choosing an event type.

Targets: the page opens and draws 10,000 events in a few seconds; a filter change feels immediate
(well under a second beyond the typing pause).

Run from the project root:  .venv/bin/python benchmarks/page_10k.py [--events N] [--out DIR]
Skips (exit 0) when Playwright or /usr/bin/chromium is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page, ViewportSize

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT: ViewportSize = {"width": 1400, "height": 900}
DEFAULT_EVENTS = 10_000
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 5 * 365
DOCUMENTS = 3_000
REPEATS = 3
# (precision, share of events); the rest of 1.0 is undated
PRECISIONS = (("day", 0.72), ("week", 0.07), ("month", 0.12), ("year", 0.04))
STATUSES = (("reported", 0.86), ("planned", 0.07), ("hypothetical", 0.04), ("negated", 0.03))
EVENT_TYPES = (  # diplomatic event types from the trigger lexicon, with how common they are
    ("statement", 20), ("meeting", 14), ("talks", 10), ("visit", 9), ("phone call", 7), ("criticism", 6),
    ("accusation", 6), ("agreement", 6), ("sanction", 5), ("warning", 4), ("threat", 3),
    ("praise", 3), ("expulsion", 2), ("summit", 2),
)
OUTLETS = ("Reuters", "The Guardian", "Associated Press", "Al Jazeera", "BBC News", "Xinhua", "Le Monde")
ATTRIBUTIONS = (
    "officials said",
    "according to a statement from the foreign ministry",
    "state media reported",
    "diplomats familiar with the matter said",
    "a spokesperson told reporters",
    "the two sides said in a joint communique",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    country: str | None
    title: str | None


@dataclass(frozen=True)
class EventType:
    type: str
    cameo: str
    cameo_label: str
    goldstein: float
    quad_class: int
    verb: str | None  # a past-tense trigger, or None when only nouns signal this type
    noun: str | None


# ---------------------------------------------------------------------------------------------
# The synthetic timeline


def choose(rng: Random, shares: tuple[tuple[str, float], ...]) -> str | None:
    roll = rng.random()
    for value, share in shares:
        if roll < share:
            return value
        roll -= share
    return None


def pick_actors(rng: Random) -> list[Actor]:
    """200 actors: 60 countries, 120 people who held an office, 20 organisations."""
    from timeline.knowledge import load_knowledge

    knowledge = load_knowledge()
    countries = rng.sample(sorted(knowledge.countries.values(), key=lambda c: c.code), 60)
    codes = {country.code for country in countries}
    people = sorted(
        (p for p in knowledge.people.values() if p.country in codes and p.holdings), key=lambda p: p.name
    )
    if len(people) < 120:
        people += sorted(
            (p for p in knowledge.people.values() if p.country not in codes and p.holdings),
            key=lambda p: p.name,
        )
    organisations = sorted(knowledge.organisations.values(), key=lambda o: o.name)
    return (
        [Actor(c.name, "country", c.code, None) for c in countries]
        + [Actor(p.name, "person", p.country, p.holdings[0].title) for p in rng.sample(people, 120)]
        + [Actor(o.name, o.kind, o.country, None) for o in rng.sample(organisations, 20)]
    )


def event_types() -> list[tuple[EventType, int]]:
    from timeline.knowledge import builtin, cameo_codes

    codes = cameo_codes()
    entries: dict[str, dict[str, Any]] = {}
    for trigger in builtin("triggers.yaml"):
        entries.setdefault(str(trigger["type"]), trigger)
    found: list[tuple[EventType, int]] = []
    for name, weight in EVENT_TYPES:
        entry = entries.get(name)
        if entry is None:
            continue
        code = str(entry["code"])
        verbs = [str(v) for v in entry.get("verbs") or []]
        past = next((v for v in verbs if v.endswith("ed")), verbs[2] if len(verbs) > 2 else None)
        nouns = [str(n) for n in entry.get("nouns") or []]
        cameo = codes.get(code, {})
        found.append((
            EventType(
                name, code, str(cameo.get("label", "")), float(cameo.get("goldstein", 0.0)),
                int(cameo.get("quad_class", 1)), past, nouns[0] if nouns else None,
            ),
            weight,
        ))
    if len(found) < 6:
        raise RuntimeError("the trigger lexicon no longer holds the benchmark's event types")
    return found


def places(rng: Random) -> list[dict[str, Any]]:
    from timeline.knowledge import load_knowledge

    knowledge = load_knowledge()
    unique = {p.name: p for p in knowledge.places.values() if p.latitude is not None}
    chosen = rng.sample(sorted(unique), min(80, len(unique)))
    return [
        {"name": name, "country": unique[name].country, "latitude": unique[name].latitude,
         "longitude": unique[name].longitude}
        for name in chosen
    ]


def date_fields(rng: Random) -> tuple[dict[str, Any], str]:
    """The event's date fields at a random precision, and the words a sentence would date it with."""
    precision = choose(rng, PRECISIONS)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    if precision == "day":
        first = last = day
        value = day.isoformat()
        words = rng.choice((f"on {day.day} {MONTH_NAMES[day.month - 1]} {day.year}",
                            f"on {WEEKDAY_NAMES[day.weekday()]}"))
    elif precision == "week":
        first = day - dt.timedelta(days=day.weekday())
        last = first + dt.timedelta(days=6)
        year, week, _ = first.isocalendar()
        value = f"{year}-W{week:02d}"
        words = rng.choice(("last week", "earlier this week", "this week"))
    elif precision == "month":
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        value = f"{first.year}-{first.month:02d}"
        words = f"in {MONTH_NAMES[first.month - 1]}"
    elif precision == "year":
        first, last = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        value = str(day.year)
        words = f"in {day.year}"
    else:
        return {"date": None, "end_date": None, "precision": None, "first": None, "last": None,
                "date_origin": "none"}, ""
    return {"date": value, "end_date": None, "precision": precision, "first": first.isoformat(),
            "last": last.isoformat(), "date_origin": rng.choice(("sentence", "story date"))}, words


def actor_phrase(actor: Actor) -> str:
    return f"{actor.title} {actor.name}" if actor.title else actor.name


def sentence(rng: Random, kind: EventType, source: Actor, target: Actor | None, place: dict[str, Any] | None,
             date_words: str) -> tuple[str, int, int, str]:
    """An evidence sentence, with the trigger's offsets into it and the trigger itself."""
    where = f" in {place['name']}" if place else ""
    when = f" {date_words}" if date_words else ""
    tail = f", {rng.choice(ATTRIBUTIONS)}."
    if kind.verb and (target or not kind.noun):
        head = f"{actor_phrase(source)} "
        rest = f" {actor_phrase(target)}" if target else ""
        text = head + kind.verb + rest + where + when + tail
        return text, len(head), len(head) + len(kind.verb), kind.verb
    noun = kind.noun or kind.type
    between = f" between {actor_phrase(source)} and {actor_phrase(target)}" if target else \
        f" announced by {actor_phrase(source)}"
    head = "The "
    text = head + noun + between + where + " took place" + when + tail
    return text, len(head), len(head) + len(noun), noun


def synthetic_timeline(count: int, seed: int) -> dict[str, Any]:
    """An events.json-shaped timeline of `count` events, the same for the same seed."""
    rng = Random(seed)
    actors = pick_actors(rng)
    actor_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]  # a few actors dominate
    kinds = event_types()
    locations = places(rng)
    documents = []
    for number in range(DOCUMENTS):
        published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS + 30))
        outlet = rng.choice(OUTLETS)
        documents.append({
            "id": f"article-{number:05d}",
            "title": f"{rng.choice(actors).name} and {rng.choice(actors).name}: "
                     f"{rng.choice(kinds)[0].type} ({outlet}, {published.isoformat()})",
            "path": f"articles/article-{number:05d}.md",
            "url": f"https://news.example.org/{published:%Y/%m/%d}/article-{number:05d}",
            "source": outlet,
            "published": published.isoformat(),
            "published_inferred": False,
            "published_origin": "metadata",
            "timexes": [],
            "durations": [],
        })
    events = []
    mentions: Counter[str] = Counter()
    for number in range(count):
        kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        chosen = rng.choices(actors, weights=actor_weights, k=4)
        source = chosen[0]
        target = next((a for a in chosen[1:] if a != source), None) if rng.random() < 0.8 else None
        involved = [(source, "source")] + ([(target, "target")] if target else [])
        for actor, role in list(involved):  # a person's country is an actor of the event too
            country = next((a for a in actors if a.kind == "country" and a.country == actor.country), None)
            if actor.kind == "person" and country and all(country != a for a, _ in involved):
                involved.append((country, role))
        place = rng.choice(locations) if rng.random() < 0.55 else None
        dates, date_words = date_fields(rng)
        source_count = rng.choices(range(1, 9), weights=(60, 18, 9, 5, 3, 2, 2, 1))[0]
        sources = []
        for document in rng.sample(documents, source_count):
            text, trigger_start, trigger_end, trigger = sentence(rng, kind, source, target, place, date_words)
            start = rng.randrange(0, 4000)
            sources.append({
                "document": document["id"], "sentence": text, "start": start, "end": start + len(text),
                "trigger": trigger,
                "trigger_start": start + trigger_start,
                "trigger_end": start + trigger_end,
                "date_text": date_words.removeprefix("on ").removeprefix("in ") or None,
            })
        mentions.update(actor.name for actor, _ in involved)
        events.append({
            "id": "e-" + hashlib.sha1(f"{seed}-{number}".encode()).hexdigest()[:10],
            "title": f"{source.name}{' and ' + target.name if target else ''}: {kind.type}",
            **dates,
            "type": kind.type, "cameo": kind.cameo, "cameo_label": kind.cameo_label,
            "goldstein": kind.goldstein, "quad_class": kind.quad_class,
            "status": choose(rng, STATUSES) or "reported",
            "actors": [
                {"name": a.name, "kind": a.kind, "role": role, "country": a.country, "title": a.title}
                for a, role in involved
            ],
            "location": place,
            "sources": sources,
            "confidence": round(rng.uniform(0.5, 0.95), 2),
            "salience": round(math.log1p(source_count) + rng.random(), 4),
        })
    actor_entries = [
        {"id": re.sub(r"[^a-z0-9]+", "-", a.name.lower()).strip("-"), "name": a.name, "kind": a.kind,
         "country": a.country, "aliases": [], "roles": [a.title] if a.title else [], "resolutions": [],
         "mentions": mentions[a.name]}
        for a in sorted(actors, key=lambda a: (a.kind, a.name))
    ]
    return {"format": "timeline-events/1", "documents": documents, "actors": actor_entries, "events": events,
            "problems": []}


def check_schema(data: dict[str, Any]) -> str:
    try:
        import jsonschema  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return "not checked (jsonschema is not installed)"
    from timeline.export import schema

    jsonschema.validate(data, schema())
    return "valid against timeline/data/events.schema.json"


# ---------------------------------------------------------------------------------------------
# The browser

# Runs in the page: changes a filter the way a reader does and resolves once the event count
# has changed (the page redraws chart and lists in the same task, before observers run) and two
# animation frames have passed (the new chart is on screen).
FILTER_CHANGE_JS = """
async ([kind, value]) => {
  const count = document.getElementById("count");
  const before = count.textContent;
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (count.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(count, {childList: true, characterData: true, subtree: true});
  });
  const control = document.getElementById(kind === "text" ? "filter-text" : "filter-type");
  const started = performance.now();
  control.value = value;
  control.dispatchEvent(new Event(kind === "text" ? "input" : "change", {bubbles: true}));
  const updated = await changed;
  const painted = await new Promise((resolve) => requestAnimationFrame(() =>
    requestAnimationFrame(() => resolve(performance.now()))));
  return {count: count.textContent, updated: updated - started, painted: painted - started};
}
"""

# Installed before the page's own scripts: notes when the parser reaches each <script> (a
# microtask checkpoint runs just before a parser-inserted script executes) and when the chart's
# container first exists (just after the page script's first draw).
MILESTONES_JS = """
window.__benchmark = {scripts: [], chart: null};
new MutationObserver((records, observer) => {
  const now = performance.now();
  const marks = window.__benchmark;
  const scripts = document.getElementsByTagName("script").length;
  while (marks.scripts.length < scripts) marks.scripts.push(now);
  if (marks.chart === null && document.querySelector("#chart .plot-container")) {
    marks.chart = now;
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

PAINTED_JS = """
() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
  resolve(performance.now()))))
"""

NAVIGATION_JS = """
() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const memory = performance.memory ? performance.memory.usedJSHeapSize : null;
  const chart = document.getElementById("chart");
  const probe = document.createElement("canvas");
  return {
    response_end: nav.responseEnd, marks: window.__benchmark || null,
    dom_content_loaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, heap: memory,
    webgl: !!(probe.getContext("webgl") || probe.getContext("experimental-webgl")),
    canvases: chart.querySelectorAll("canvas").length,
    points: chart.querySelectorAll(".point").length,
    no_webgl_message: /WebGL is not supported/i.test(chart.textContent),
    count: document.getElementById("count").textContent,
  };
}
"""


def typing_pause_ms() -> int | None:
    """How long the page waits after a keystroke before it filters (read from timeline.js)."""
    source = (ROOT / "timeline" / "assets" / "timeline.js").read_text(encoding="utf-8")
    found = re.search(r"state\.text = textInput\.value\.trim\(\); update\(\); \}, (\d+)\)", source)
    return int(found.group(1)) if found else None


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_load(facts: dict[str, Any], loaded: float, painted_at: float, drawn: float) -> None:
    def line(label: str, ms: float, note: str = "") -> None:
        print(f"  {label:<26} {ms / 1000:>5.2f} s{'  (' + note + ')' if note else ''}")

    print("  times from navigation start")
    line("file read (responseEnd)", facts["response_end"])
    marks = facts["marks"]
    if marks and len(marks["scripts"]) >= 3 and marks["chart"] is not None:
        # scripts: [0] plotly.js, [1] the page model (JSON), [2] the page script
        line("plotly.js reached", marks["scripts"][0])
        line("page script starts", marks["scripts"][2], "plotly.js has run")
        line("chart container made", marks["chart"], "page model parsed and prepared, Plotly starts drawing")
    line("DOMContentLoaded", facts["dom_content_loaded"], "page script and Plotly's first drawing done")
    line("load event", facts["load"], f"page.goto wall clock {loaded:.2f} s")
    line("chart drawn and painted", painted_at, f"wall clock {drawn:.2f} s")
    print(f"  WebGL available: {facts['webgl']}; chart canvases: {facts['canvases']}; SVG bar marks (chart "
          f"and range slider): {facts['points']}; Plotly's 'no WebGL' message: {facts['no_webgl_message']}")
    if facts["heap"]:
        print(f"  JS heap in use after load  {facts['heap'] / 1e6:.0f} MB")
    print(f"  count shown: {facts['count']}")


def measure_filters(page: Page, search_word: str, event_type: str) -> None:
    pause = typing_pause_ms()
    pause_note = f"includes the page's {pause} ms typing pause" if pause else "includes the typing pause"
    print(f"\nfilter changes (median of {REPEATS}; ms until the count updated / the new chart is painted)")
    changes = (
        (f"search {search_word!r}", "text", search_word),
        ("clear the search", "text", ""),
        (f"event type {event_type!r}", "type", event_type),
        ("all event types", "type", ""),
    )
    results: dict[str, list[dict[str, Any]]] = {label: [] for label, _, _ in changes}
    for _ in range(REPEATS):
        for label, kind, value in changes:
            results[label].append(page.evaluate(FILTER_CHANGE_JS, [kind, value]))
    for label, kind, _ in changes:
        runs = results[label]
        updated = median([r["updated"] for r in runs])
        painted = median([r["painted"] for r in runs])
        print(f"  {label:<26} {updated:>6.0f} / {painted:>6.0f}  -> {runs[-1]['count']}")
        if kind == "text" and pause:
            print(f"  {'':<26} {updated - pause:>6.0f} / {painted - pause:>6.0f}  beyond the typing pause")

    # The same search typed key by key, timed from the first key to the count changing.
    before = page.inner_text("#count")
    started = time.perf_counter()
    page.locator("#filter-text").press_sequentially(search_word)
    page.wait_for_function("(before) => document.getElementById('count').textContent !== before",
                           arg=before, timeout=60_000)
    typed = time.perf_counter() - started
    print(f"  typed key by key           {typed * 1000:>6.0f} ms wall clock from the first of "
          f"{len(search_word)} keys to the new count ({pause_note})")


def measure_page(page_path: Path, search_word: str, event_type: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.add_init_script(MILESTONES_JS)
            errors: list[str] = []
            warnings: list[str] = []
            page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
            page.on("console", lambda message: (errors if message.type == "error" else warnings).append(
                message.text) if message.type in ("error", "warning") else None)

            started = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="load", timeout=120_000)
            loaded = time.perf_counter() - started
            page.wait_for_selector("#chart .plot-container", state="attached", timeout=120_000)
            painted_at = page.evaluate(PAINTED_JS)
            drawn = time.perf_counter() - started
            facts = page.evaluate(NAVIGATION_JS)
            print(f"\nChromium {browser.version}, headless, {VIEWPORT['width']}x{VIEWPORT['height']}")
            print_load(facts, loaded, painted_at, drawn)
            measure_filters(page, search_word, event_type)
            print(f"\nconsole: {len(errors)} errors, {len(warnings)} warnings (WebGL driver notes are "
                  "expected without a GPU)")
            for error in errors[:10]:
                print(f"  {error}")
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="how many events (default 10000)")
    parser.add_argument("--seed", type=int, default=17, help="random seed of the synthetic timeline")
    parser.add_argument("--out", type=Path, default=None, help="keep the page in this folder (default: temp)")
    args = parser.parse_args(argv)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        print("skipped: Playwright is not installed (pip install playwright)")
        return 0
    if not CHROMIUM.exists():
        print(f"skipped: {CHROMIUM} is missing (apt-get install chromium)")
        return 0

    from timeline.render import embed_json, page_model, render_html

    started = time.perf_counter()
    data = synthetic_timeline(args.events, args.seed)
    made = time.perf_counter() - started
    events = data["events"]
    dated = sum(1 for e in events if e["date"])
    precisions = Counter(e["precision"] or "undated" for e in events)
    print(f"synthetic timeline: {len(events)} events ({dated} dated; "
          + ", ".join(f"{p} {n}" for p, n in precisions.most_common()) + f"), {len(data['actors'])} actors, "
          f"{len({e['type'] for e in events})} event types, {sum(len(e['sources']) for e in events)} sources "
          f"from {len(data['documents'])} documents; made in {made:.1f} s")
    print(f"  schema: {check_schema(data)}")

    started = time.perf_counter()
    page = render_html(data)
    rendered = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="timeline-page-bench-") as temporary:
        folder = args.out or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        page_path = folder / "timeline.html"
        page_path.write_text(page, encoding="utf-8")
        size = page_path.stat().st_size
        print(f"render_html: {rendered:.2f} s; page {size / 1e6:.2f} MB "
              f"({len(embed_json(page_model(data))) / 1e6:.2f} MB of it the embedded page model)")

        top_person = Counter(a["name"] for e in events for a in e["actors"] if a["kind"] == "person")
        search_word = top_person.most_common(1)[0][0].split()[-1].lower()
        top_type = Counter(e["type"] for e in events).most_common(2)[-1][0]
        measure_page(page_path, search_word, top_type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
