"""`close --people …` from the command line: the people assisted recorded with the close, bad counts refused.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from mediation_desk.cli.main import main
from mediation_desk.scheduling.model import BookingId, BookingStatus, RequestStatus
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import monitoring
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import booking, request, service


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    status = main(list(argv))
    out = capsys.readouterr()
    doc = json.loads(out.out) if "--json" in argv and out.out.strip() else out.out
    return status, doc, out.err


@pytest.fixture
def target(sqlite_db: Database) -> str:
    past = dt.datetime(2026, 1, 12, 8, tzinfo=dt.UTC)  # 09:00 in Rome, long gone
    data = service(requests=[request("R1", "2026-01-12", status=RequestStatus.BOOKED)],
                   bookings=[booking("B1", "R1", "M1", past)])
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    return str(sqlite_db.sqlite_path)


def test_close_records_the_people_assisted(target: str, sqlite_db: Database,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, doc, err = _run(capsys, "--db", target, "close", "B1", "--start", "09:10", "--end", "10:25",
                            "--people", "3", "--women", "2", "--minors", "1", "--nationality", "Senegal",
                            "--json")
    assert status == 0 and doc["change"] == "closed", err
    assert monitoring.assisted(sqlite_db, BookingId("B1")) == PeopleAssisted(3, 2, 0, 1, 0, "Senegal")
    status, _, err = _run(capsys, "--db", target, "close", "B1", "--start", "09:10", "--end", "10:30")
    assert status == 0, err  # times corrected, the people recorded stay
    assert monitoring.assisted(sqlite_db, BookingId("B1")) == PeopleAssisted(3, 2, 0, 1, 0, "Senegal")


@pytest.mark.parametrize(("extra", "says"), [
    (["--people", "2", "--women", "2", "--men", "1"], "more than the people assisted"),
    (["--people", "0"], "At least one person"),
    (["--women", "1"], "give --people too"),
])
def test_bad_counts_are_refused_and_nothing_is_closed(target: str, sqlite_db: Database,
                                                      capsys: pytest.CaptureFixture[str], extra: list[str],
                                                      says: str) -> None:
    argv: list[Any] = ["--db", target, "close", "B1", "--start", "09:10", "--end", "10:25", *extra]
    status, _, err = _run(capsys, *argv)
    assert status == 2 and says in err
    with sqlite_db.read() as s:
        still = repository.get_booking(s, "B1")
    assert still is not None and still.status is BookingStatus.CONFIRMED
    assert monitoring.assisted(sqlite_db, BookingId("B1")) is None
