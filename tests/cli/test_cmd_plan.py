"""`mediation-desk plan`: import, plan, export of the DST week is valid per score.py; bad arguments exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mediation_desk.cli.main import main

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"


def test_plan_of_the_dst_week_round_trips_valid(
    tmp_path: Path, bench_scenario: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, target, db = bench_scenario("small", dst=True), tmp_path / "after.json", str(tmp_path / "x.db")
    assert main(["--db", db, "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "plan", "--from", "2026-10-22", "--to", "2026-10-28",
                 "--now", "2026-10-21T00:00:00+02:00", "--time-limit", "10", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert main(["--db", db, "export", str(target)]) == 0
    done = subprocess.run([sys.executable, str(BENCH / "score.py"), str(source), str(target)],
                          capture_output=True, text=True, timeout=300)
    figures = dict(item.split("=", 1) for item in done.stdout.strip().splitlines()[-1].split())
    assert done.returncode == 0 and figures["valid"] == "true"
    assert int(figures["coverage"]) == summary["coverage"] > 0
    assert figures["booked"] == f"{summary['booked']}/{summary['requests']}"
    exported = {b["id"] for b in json.loads(target.read_bytes())["bookings"]}
    assert {b["id"] for b in summary["bookings"]} <= exported


@pytest.mark.parametrize("args", [
    ["--from", "2026-12-13", "--to", "2026-12-07"],
    ["--from", "2026-12-07", "--to", "13/12/2026"],
    ["--from", "2026-12-07", "--to", "2026-12-13", "--time-limit", "-3"],
    ["--from", "2026-12-07", "--to", "2026-12-13", "--now", "2026-12-01T08:00"],
], ids=["reversed", "bad-date", "negative-limit", "naive-now"])
def test_bad_arguments_exit_2_and_touch_nothing(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    with pytest.raises(SystemExit) as stopped:
        status = main(["--db", str(db), "plan", *args])
        raise SystemExit(status)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip()
    assert not db.exists()
