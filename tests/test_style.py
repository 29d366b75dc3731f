"""The code stays ruff clean and the public API stays what __all__ says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "check", "timeline", "tests", "benchmarks"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]


def test_public_api_is_sorted_and_complete() -> None:
    assert timeline.__all__ == sorted(timeline.__all__)
    for name in timeline.__all__:
        assert hasattr(timeline, name), name
