"""`mediation-desk plan`: import, plan, export of the DST week is valid per score.py; bad arguments exit 2."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from tests.bench import require_bench


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
    done = subprocess.run([sys.executable, str(require_bench() / "score.py"), str(source), str(target)],
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


def _stored_week(tmp_path: Path) -> Path:
    """Three January requests: one bookable, one in Tigrinya (nobody speaks it), one on a spent project."""
    from mediation_desk.scheduling.model import LanguageCode, Project, ProjectCode
    from mediation_desk.storage import repository
    from mediation_desk.storage.db import Database
    from tests.scheduling.tiny_service import mediator, request, service

    data = service([mediator("M1"), mediator("M2")], [
        request("R1", day="2030-01-07"), request("R2", day="2030-01-07", language=LanguageCode("ti")),
        request("R3", day="2030-01-08", project=ProjectCode("P2"))])
    for project in data.projects:
        project.end = project.end.replace(year=2030)
    data.projects.append(Project(ProjectCode("P2"), "Piano di Zona", "Comune", dt.date(2026, 1, 1),
                                 dt.date(2030, 12, 31), 0.5, []))
    path = tmp_path / "desk.db"
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, data)
    db.dispose()
    return path


def test_dry_run_prints_the_plan_and_the_reasons_and_leaves_the_file_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _stored_week(tmp_path)
    before = path.read_bytes()
    args = ["--db", str(path), "plan", "--from", "2030-01-07", "--to", "2030-01-08",
            "--now", "2030-01-01T08:00:00+01:00", "--time-limit", "10", "--dry-run"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "dry run, nothing booked" in out
    assert re.search(r"R1  07/01/2030 (09|10|11):\d\d-\d\d:\d\d  Mediator M\d  Comune di Lodi  ar", out)
    assert "R2  Nobody speaks Tigrino." in out
    assert "R3  The hours of project Piano di Zona are used up (bookable only with a budget override)." in out
    assert path.read_bytes() == before
    assert main([*args, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [b["request"] for b in doc["bookings"]] == ["R1"] and doc["bookings"][0]["budget_min"] == 90
    assert {u["request"]: u["reason"] for u in doc["unbooked"]} == {"R2": "no_speaker", "R3": "budget"}
    assert path.read_bytes() == before
    assert main(args[:-1]) == 0  # the real run books what the dry run showed, and lists the same reasons
    out = capsys.readouterr().out
    assert "1 of 3 pending requests booked" in out and "R2  Nobody speaks Tigrino." in out
    assert path.read_bytes() != before
