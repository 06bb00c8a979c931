"""Where the planning benchmark lives (../shared/bench), for the few tests that compare with it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def require_bench() -> Path:
    """The benchmark folder; without it the test is skipped, or fails under CI=true (CI has it beside us)."""
    if (BENCH / "score.py").is_file():
        return BENCH
    reason = f"needs the planning benchmark in {BENCH} (beside the project, not part of it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)
