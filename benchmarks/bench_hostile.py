"""Hostile scenario documents: how long each refusal takes and how much memory it needs (figures only).

    .venv/bin/python benchmarks/bench_hostile.py

The documents are the demo service changed the way tests/io/test_scenario_hostile.py changes it,
plus a few large ones: a 100,000-level nesting, a 50 MB string, a million-item unknown array.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediation_desk.io.scenario import ScenarioError, decode_scenario, dump_scenario  # noqa: E402
from mediation_desk.services.demo import build_demo  # noqa: E402
from tests.io.test_scenario_hostile import HOSTILE  # noqa: E402


def _decode(raw: bytes) -> str:
    try:
        decode_scenario(raw)
    except ScenarioError as exc:
        return f"{exc.problems[0].path}: {exc.problems[0].message}"[:70]
    return "accepted"


def measure(raw: bytes) -> tuple[float, float, str]:
    """Time of one refusal, then its peak of Python memory in a second run (tracing slows it down)."""
    started = time.perf_counter()
    verdict = _decode(raw)
    took = time.perf_counter() - started
    tracemalloc.start()
    _decode(raw)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return took, peak / 1e6, verdict


def main() -> None:
    doc = json.loads(dump_scenario(build_demo(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC))))
    base = json.dumps(doc).encode()
    print(f"base       demo document {len(base) / 1e3:.0f} KB: {measure(base)[0] * 1000:.0f} ms")
    large = {
        "nesting of 100,000 levels": b'{"areas": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "a 50 MB name": json.dumps({**doc, "mediators": [{**doc["mediators"][0], "name": "x" * 50_000_000}]
                                    + doc["mediators"][1:]}).encode(),
        "a million-item unknown field": json.dumps({**doc, "note": list(range(1_000_000))}).encode(),
    }
    cases = [(name, make(doc)) for name, make, _, _ in HOSTILE] + list(large.items())
    for name, raw in cases:
        took, peak_mb, verdict = measure(raw)
        print(f"{name:<34} {len(raw) / 1e6:7.2f} MB  {took * 1000:8.0f} ms  peak {peak_mb:7.1f} MB  "
              f"{verdict}")


if __name__ == "__main__":
    main()
