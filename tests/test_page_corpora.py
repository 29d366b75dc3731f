"""The page built from real corpora (the seeds, the sample articles, IraqWar_guardian) opens in
Chromium with no error and no network request, and draws every dated event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, shared_path

from timeline.cli import main


@pytest.mark.parametrize("corpus", ["seeds", "sources", "iraqwar"])
def test_page_of_a_real_corpus_opens_offline_and_draws_its_events(
    browser: Any, tmp_path: Path, corpus: str
) -> None:
    source = {
        "seeds": lambda: shared_path("corpus", "seeds"),
        "sources": lambda: ROOT / "sources",
        "iraqwar": lambda: shared_path("corpus", "t17", "IraqWar_guardian", "articles.jsonl"),
    }[corpus]()
    assert main(["build", str(source), "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    dated = sum(1 for e in data["events"] if e["date"])
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    network: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on(
        "request",
        lambda request: (
            network.append(request.url) if not request.url.startswith(("file:", "data:", "blob:")) else None
        ),
    )
    page.goto((tmp_path / "timeline.html").as_uri())
    page.wait_for_selector("#chart .main-svg", timeout=30_000)
    count = page.text_content("#count") or ""
    assert count.startswith(f"{len(data['events'])} of {len(data['events'])} events shown"), count
    drawn = page.evaluate("""() => {
        const chart = document.getElementById('chart');
        const ids = new Set();
        for (const trace of chart.data || []) {
            for (const id of trace.customdata || []) { if (typeof id === 'string') ids.add(id); }
        }
        return ids.size;
    }""")
    assert drawn == dated
    for tab in ("#tab-network", "#tab-map"):
        page.click(tab)
        page.wait_for_timeout(500)
    assert errors == [] and network == []
    page.close()
