"""Hostile busy calendars are refused whole, within generous time and memory bounds.

Each file is read in a child process that the operating system holds to 60 s of CPU
and 1.5 GB of address space: a file that spins or balloons kills the child and
fails the test. The real figures are printed by benchmarks/bench_busy_hostile.py.
"""

from __future__ import annotations

import datetime as dt
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


def test_history_outside_the_period_is_dropped_before_parsing_without_changing_the_result() -> None:
    from mediation_desk.io.busy_ics import _prefilter, busy_events

    def event(uid: str, lines: str) -> str:
        return f"BEGIN:VEVENT\r\nUID:{uid}\r\n{lines}SUMMARY:{uid}\r\nEND:VEVENT\r\n"

    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            + event("past", "DTSTART:20200301T080000Z\r\nDTEND:20200301T090000Z\r\n")
            + event("future", "DTSTART;TZID=Europe/Rome:20300301T080000\r\n"
                    "DTEND;TZID=Europe/Rome:20300301T09\r\n 0000\r\n")  # a folded line
            + event("long", "DTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20260310\r\n")
            + event("duration", "DTSTART:20250101T080000Z\r\nDURATION:P500D\r\n")
            + event("weekly", "DTSTART:20200302T080000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=400\r\n")
            + event("inside", "DTSTART:20260302T080000Z\r\nDTEND:20260302T090000Z\r\n")
            + "END:VCALENDAR\r\n").encode()
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    end = start + dt.timedelta(days=30)
    kept = _prefilter(data, start, end)
    assert b"UID:past" not in kept and b"UID:future" not in kept
    assert all(f"UID:{uid}".encode() in kept for uid in ("long", "duration", "weekly", "inside"))
    found = {b.uid for b in busy_events(data, start=start, end=end)}
    assert found == {"long", "duration", "weekly", "inside"}


def test_the_bound_on_rule_steps_is_shared_by_the_documents_of_one_import() -> None:
    from mediation_desk.io.busy_ics import MAX_RULE_STEPS, BusyLimitError, StepBudget, busy_events

    # A DAILY rule from 1900 costs about 46,000 steps: alone it passes, ten in one collection do not.
    one = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d@x\r\nDTSTART:19000101T080000Z\r\n"
           b"DURATION:PT1H\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    end = start + dt.timedelta(days=10)
    assert len(busy_events(one, start=start, end=end)) == 10
    budget = StepBudget()
    with pytest.raises(BusyLimitError) as refused:
        for _ in range(MAX_RULE_STEPS // 40_000 + 1):
            busy_events(one, start=start, end=end, budget=budget)
    assert refused.value.code == "rule_too_costly"
