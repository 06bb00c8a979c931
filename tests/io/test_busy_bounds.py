"""Hostile busy calendars are refused whole, within generous time and memory bounds.

Each file is read in a child process that the operating system holds to 60 s of CPU
and 1.5 GB of address space: a file that spins or balloons kills the child and
fails the test. The real figures are printed by benchmarks/bench_busy_hostile.py.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_busy import CASES

CPU_SECONDS = 60
ADDRESS_SPACE = 1536 * 1024 * 1024
CHILD = """
import datetime as dt, json, sys
from mediation_desk.io.busy_ics import BusyLimitError, busy_events
data = open(sys.argv[1], "rb").read()
start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
try:
    found = busy_events(data, start=start, end=start + dt.timedelta(days=180))
    print(json.dumps({"blocks": len(found)}))
except BusyLimitError as exc:
    print(json.dumps({"refused": exc.code}))
"""
EXPECTED = {
    "secondly_since_1900": "rule_too_costly",
    "minutely_since_1900": "rule_too_costly",
    "yearly_exploding": "rule_too_costly",
    "200_minutely_events": "too_many_blocks",
    "25000_single_events": "too_many_blocks",
    "11_MB_file": "file_too_large",
}


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_calendar_is_refused_within_bounds(case: str, tmp_path: Path) -> None:
    path = tmp_path / f"{case}.ics"
    path.write_bytes(CASES[case]())
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                          preexec_fn=_limits, timeout=CPU_SECONDS * 3)
    assert done.returncode == 0, f"{case}: killed or failed ({done.returncode}): {done.stderr[-500:]}"
    assert json.loads(done.stdout) == {"refused": EXPECTED[case]}
