"""Screenshots of a built page for the README: the timeline, the actor network and the map.

    timeline build sources/ --out output/
    python scripts/screenshots.py output/timeline.html

Needs Playwright and Debian's Chromium (/usr/bin/chromium), as the browser tests do. Writes
screenshot.png, screenshot-network.png and screenshot-map.png beside the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

VIEWS = {"timeline": "screenshot.png", "network": "screenshot-network.png", "map": "screenshot-map.png"}
CHART = {"timeline": "#chart", "network": "#network", "map": "#map"}


def main(page_path: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        for view, name in VIEWS.items():
            page.goto(page_path.resolve().as_uri() + ("" if view == "timeline" else f"#view={view}"))
            page.reload()  # a hash-only change does not reload the page
            page.wait_for_selector(f"{CHART[view]} .main-svg", timeout=30_000)
            page.wait_for_timeout(500)  # let Plotly finish drawing
            target = page_path.parent / name
            page.screenshot(path=str(target))
            print(f"wrote {target}")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "output/timeline.html"))
