"""Several processes at once, and processes killed with SIGKILL mid-write: the database stays consistent.

Small and quick versions; ``benchmarks/bench_crash.py`` runs the long ones and prints the figures.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.scheduling.model import WeeklyWindow
from mediation_desk.services.demo import load_demo
from mediation_desk.services.import_export import export_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.crash_support import NOW, check_consistent
from tests.scheduling.tiny_service import mediator, request, service

WORKER = str(Path(__file__).resolve().parents[1] / "crash_support.py")


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, WORKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _wait_lines(proc: subprocess.Popen[str], lines: int, timeout: float = 120) -> list[str]:
    assert proc.stdout is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while len(seen) < lines and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    return seen


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "service.db"
    db = Database.open(str(path))
    try:
        load_demo(db, now=NOW, actor="test")
    finally:
        db.dispose()
    yield path


def test_two_processes_booking_one_slot_only_one_lands(tmp_path: Path) -> None:
    """Two coordinators book the same mediator at the same time for two requests: one booking, one refusal."""
    path = tmp_path / "two.db"
    db = Database.open(str(path))
    always = [WeeklyWindow(d, 0, 1440) for d in range(7)]
    with db.write() as s:
        repository.replace_service(s, service(
            mediators=[mediator("M1", availability=always)],
            requests=[request("R1", "2026-12-14"), request("R2", "2026-12-14")]))
    db.dispose()
    runs = [subprocess.Popen([sys.executable, "-m", "mediation_desk", "--db", str(path), "book", rid, "M1",
                              "2026-12-14T09:00", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for rid in ("R1", "R2")]
    results = [(p.wait(timeout=120), p.stdout.read() if p.stdout else "", p.stderr.read() if p.stderr else "")
               for p in runs]
    assert sorted(status for status, _, _ in results) == [0, 1], results
    refused = next(json.loads(out) for status, out, _ in results if status == 1)
    assert refused["error"] == "refused" and refused["violations"][0]["code"] == "overlap"
    assert all("Traceback" not in err for _, _, err in results)
    assert check_consistent(path) == []


def test_a_booking_burst_killed_with_sigkill_leaves_a_consistent_database(demo: Path) -> None:
    workers = [_start("burst", str(demo), str(seed), "400") for seed in (1, 2)]
    try:
        for worker in workers:
            assert len(_wait_lines(worker, 15)) == 15
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
    assert check_consistent(demo) == []
    survivor = _start("burst", str(demo), "3", "10")  # and the database goes on working
    assert survivor.wait(timeout=120) == 0
    assert check_consistent(demo) == []


def test_an_import_killed_with_sigkill_leaves_the_old_or_the_new_service(demo: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    db = Database.open(str(demo))
    try:
        export_scenario(db, source)
        with db.write() as s:  # a smaller service in the database, so that old and new differ
            repository.replace_service(s, service())
    finally:
        db.dispose()
    doc = json.loads(source.read_text())
    new = (len(doc["mediators"]), len(doc["requests"]))
    for delay in (0.05, 0.2, 0.4, 0.8):
        worker = _start("import", str(demo), str(source))
        assert _wait_lines(worker, 1) == ["importing"]
        time.sleep(delay)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        assert check_consistent(demo) == []
        db = Database.open(str(demo))
        try:
            with db.read() as s:
                counts = (len(repository.list_mediators(s)), len(repository.list_requests(s)))
        finally:
            db.dispose()
        assert counts in ((1, 1), new), counts  # all of the old service or all of the new
        if counts == new:
            db = Database.open(str(demo))
            with db.write() as s:
                repository.replace_service(s, service())
            db.dispose()
