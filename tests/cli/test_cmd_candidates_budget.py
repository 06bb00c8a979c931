"""`mediation-desk candidates` and `mediation-desk budget` on a stored service, text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.scheduling.model import (
    Interval,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    RequestStatus,
)
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import at, booking, mediator, request, service


@pytest.fixture
def stored(tmp_path: Path) -> str:
    """A SQLite file with a December request far enough in the future for any test day."""
    path = tmp_path / "desk.db"
    ti = [LanguageSkill(LanguageCode("ti"), LanguageLevel.NATIVE)]
    away = Interval(at("2030-01-07", "00:00"), at("2030-01-08", "00:00"))
    data = service(
        [mediator("M1"), mediator("M2", languages=ti), mediator("M3", absences=[away])],
        [request("R1", day="2030-01-07"), request("R0", day="2026-06-01", status=RequestStatus.BOOKED)],
        [booking("B0", "R0", "M1", at("2026-06-01", "09:00"), 60)], budget_hours=30.0)
    for p in data.projects:
        p.end = p.end.replace(year=2030)
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, data)
    db.dispose()
    return str(path)


def test_candidates_text_names_the_free_mediator_and_why_the_others_cannot(
    stored: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", stored, "candidates", "R1"]) == 0
    out = capsys.readouterr().out
    assert "1. Mediator M1 (M1)" in out and "free at Mon 07/01/2030 09:00" in out
    # the sentences of the interface (texts/violations), in English
    assert "Mediator M2 (M2): Does not speak Arabo" in out
    assert "Mediator M3 (M3): Absent from 07/01/2030 00:00 to 08/01/2030 00:00" in out


def test_candidates_json_and_an_unknown_request(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", stored, "candidates", "R1", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["mediator"] for c in doc["candidates"]] == ["M1"]
    assert doc["candidates"][0]["starts"][0] == "2030-01-07T09:00:00+01:00"
    assert {e["mediator"]: e["violations"][0]["code"] for e in doc["excluded"]} == {
        "M2": "language", "M3": "absent"}
    assert main(["--db", stored, "candidates", "R404"]) == 1
    assert "R404 not found" in capsys.readouterr().err


def test_budget_table_and_json(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", stored, "budget"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("P1") and "30.0" in out
    assert main(["--db", stored, "budget", "--json"]) == 0
    (doc,) = json.loads(capsys.readouterr().out)
    assert (doc["project"], doc["budget_h"], doc["committed_h"], doc["level"]) == ("P1", 30.0, 1.0, "ok")
