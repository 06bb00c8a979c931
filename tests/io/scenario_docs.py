"""Scenario documents for the io tests: made by ../shared/bench/gen.py (run by path), read back as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

GEN = Path(__file__).resolve().parents[3] / "shared" / "bench" / "gen.py"


def generate(out_dir: Path, preset: str, *, dst: bool = False, seed: int = 1) -> Path:
    """Write the benchmark scenario of a preset into ``out_dir`` and return its path."""
    out = out_dir / f"{preset}{'-dst' if dst else ''}-{seed}.json"
    if not out.exists():
        cmd = [sys.executable, str(GEN), "--preset", preset, "--seed", str(seed), "--out", str(out)]
        subprocess.run(cmd + (["--dst"] if dst else []), check=True, capture_output=True)
    return out


def load(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
