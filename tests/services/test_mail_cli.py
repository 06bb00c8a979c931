"""The calendar subcommands, run as the command line runs them, on a SQLite file."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import vobject
from calendar_support import book, configure_mail, free_port, seed
from factories import rome
from keyring_support import install_keyring_for_tests

from mediation_desk.cli import cmd_calendar
from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, RequestId
from mediation_desk.storage.db import Database


def _run(db_path: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="mediation-desk")
    parser.add_argument("--db")
    cmd_calendar.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--db", str(db_path), *argv])
    status: int = args.func(args)
    return status


@pytest.fixture
def db_file(sqlite_db: Database, tmp_path: Path) -> Iterator[Path]:
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    seed(sqlite_db)
    configure_mail(sqlite_db, free_port())  # nobody listens there
    yield tmp_path / "mediation-desk.db"
    keyring.set_keyring(previous)


def test_ics_for_a_mediator_and_a_booking(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed, invite = tmp_path / "m001.ics", tmp_path / "b2.ics"
    assert _run(db_file, "ics", "--mediator", "M001", "--out", str(feed)) == 0
    assert _run(db_file, "ics", "--booking", "B00002", "--out", str(invite)) == 0
    cal = vobject.readOne(feed.read_text())
    assert cal.method.value == "PUBLISH" and len(cal.vevent_list) >= 1
    assert vobject.readOne(invite.read_text()).method.value == "REQUEST"
    assert _run(db_file, "ics", "--booking", "B99999", "--out", str(invite)) == 1
    assert "B99999 not found" in capsys.readouterr().err


def test_mail_commands_report_an_unreachable_server(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_file, "mail-status") == 0
    assert "outbox empty" in capsys.readouterr().out
    assert _run(db_file, "mail-send") == 0  # nothing queued: the server is not even contacted
    database = Database.open(str(db_file))
    start = rome(2026, 12, 14, 9)
    book(
        database,
        Booking(
            BookingId("B00070"),
            RequestId("R00001"),
            MediatorId("M001"),
            start,
            start + dt.timedelta(minutes=90),
        ),
    )
    database.dispose()
    assert _run(db_file, "mail-send") == 1
    err = capsys.readouterr().err
    assert "The mail server 127.0.0.1 refuses connections on port" in err and "Error" not in err
    assert _run(db_file, "mail-status", "--status", "queued") == 0
    assert "queued 1" in capsys.readouterr().out


def test_replies_reports_unreadable_files(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.ics"
    junk.write_text("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")
    assert _run(db_file, "replies", str(junk)) == 1
    assert "unreadable" in capsys.readouterr().out


def test_before_mail_is_set_up_a_booking_ics_is_a_plain_event(sqlite_db: Database, tmp_path: Path) -> None:
    seed(sqlite_db)
    target = tmp_path / "b2.ics"
    assert _run(tmp_path / "mediation-desk.db", "ics", "--booking", "B00002", "--out", str(target)) == 0
    cal = vobject.readOne(target.read_text())
    assert cal.method.value == "PUBLISH"
    event = cal.vevent
    assert not hasattr(event, "organizer") and not hasattr(event, "attendee")
    assert event.dtstart.value.tzinfo is not None and event.uid.value.startswith("booking-B00002-")
