"""Shared fixtures: where ../shared is, builds of the seeds and the sample articles, and a browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skip the test when it is absent, but fail under CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI must provide ../shared")
        pytest.skip(f"{path} is not here")
    return path


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
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            )
        except Exception as exc:  # a chromium that cannot start here is a matter of the machine
            give_up(f"chromium does not start: {exc}")
        yield chromium
        chromium.close()
