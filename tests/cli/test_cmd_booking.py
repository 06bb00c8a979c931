"""`book`, `move`, `cancel`, `close` from the command line: the window's services, text or JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from mediation_desk.cli.main import main
from mediation_desk.scheduling.model import BookingStatus, CancelParty, Outcome, RequestStatus
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import booking, mediator, request, service


@pytest.fixture
def target(sqlite_db: Database) -> str:
    data = service(mediators=[mediator("M1"), mediator("M2")],
                   requests=[request("R1", "2027-01-11"), request("R2", "2027-01-11")])
    data.projects[0].end = dt.date(2027, 12, 31)
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    return str(sqlite_db.sqlite_path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(list(argv))
    out = capsys.readouterr()
    doc = json.loads(out.out) if "--json" in argv and out.out.strip() else out.out
    return status, doc, out.err


def test_book_move_reassign_cancel_in_json(target: str, sqlite_db: Database,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, doc, _ = _run(capsys, "--db", target, "book", "R1", "M1", "2027-01-11T09:00", "--json")
    assert status == 0 and doc["change"] == "created" and doc["start"] == "2027-01-11T08:00:00+00:00"
    booking = doc["booking"]
    status, doc, _ = _run(capsys, "--db", target, "move", booking, "2027-01-11T10:00", "--json")
    assert status == 0 and doc["change"] == "moved" and doc["local_start"] == "2027-01-11T10:00:00+01:00"
    status, doc, _ = _run(capsys, "--db", target, "move", booking, "2027-01-11T10:00", "--mediator", "M2",
                          "--json")
    assert status == 0 and doc["change"] == "reassigned" and doc["replaced"] == booking
    second = doc["booking"]
    status, doc, _ = _run(capsys, "--db", target, "cancel", second, "--by", "mediator", "--json")
    assert status == 0 and doc["status"] == "cancelled"
    with sqlite_db.read() as s:
        cancelled = repository.get_booking(s, second)
        assert cancelled is not None and cancelled.cancelled_by is CancelParty.MEDIATOR
        assert cancelled.cancel_reason == "rinuncia del mediatore"
        assert repository.get_request(s, "R1").status is RequestStatus.PENDING  # type: ignore[union-attr]
        assert [e.action for e in repository.list_audit(s, "booking")] == [
            "book", "reschedule", "reassign", "cancel"]


def test_a_refusal_says_why_in_a_sentence(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", target, "book", "R1", "M1", "2027-01-11T09:00"]) == 0
    status, text, err = _run(capsys, "--db", target, "book", "R2", "M1", "2027-01-11T09:30")
    assert status == 1 and err.startswith("book: refused: ") and "Traceback" not in err
    status, doc, err = _run(capsys, "--db", target, "book", "R2", "M1", "2027-01-11T09:30", "--json")
    assert status == 1 and doc["ok"] is False and doc["violations"][0]["code"] == "overlap"
    status, _, err = _run(capsys, "--db", target, "cancel", "B99999", "--by", "agency")
    assert status == 1 and err.strip() == "cancel: The booking no longer exists."
    status, _, err = _run(capsys, "--db", target, "book", "R2", "M1", "tomorrow")
    assert status == 2 and "not a date and time" in err


def test_close_records_the_delivered_hours(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    past = dt.datetime(2026, 1, 12, 8, tzinfo=dt.UTC)  # 09:00 in Rome, long gone
    data = service(requests=[request("R1", "2026-01-12", status=RequestStatus.BOOKED)],
                   bookings=[booking("B1", "R1", "M1", past)])
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    target = str(sqlite_db.sqlite_path)
    status, doc, err = _run(capsys, "--db", target, "close", "B1", "--start", "09:10", "--end", "10:25",
                            "--json")
    assert status == 0 and doc["change"] == "closed", err
    assert doc["actual_start"] == "2026-01-12T08:10:00+00:00"
    assert doc["actual_end"] == "2026-01-12T09:25:00+00:00"
    with sqlite_db.read() as s:
        closed = repository.get_booking(s, "B1")
    assert closed is not None and closed.status is BookingStatus.DONE and closed.outcome is Outcome.DELIVERED
    status, _, err = _run(capsys, "--db", target, "close", "B1", "--start", "9h", "--end", "10:25")
    assert status == 2 and "not a time" in err


def test_a_booking_prints_the_notices_the_window_shows(sqlite_db: Database,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = service(mediators=[mediator("M1")], requests=[request("R1", "2027-01-11")], budget_hours=1.7)
    data.projects[0].end = dt.date(2027, 12, 31)
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    status, text, _ = _run(capsys, "--db", str(sqlite_db.sqlite_path), "book", "R1", "M1", "2027-01-11T09:00")
    assert status == 0
    notes = [line for line in text.splitlines() if line.startswith("note: ")]
    assert f"note: Project {data.projects[0].code}: over 80% of the hour budget is used." in notes
    assert "note: Mail is not set up (Settings): tell the mediator yourself, no invitation was queued." \
        in notes
