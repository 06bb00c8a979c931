"""Every start the candidates offer on the two 2026 daylight-saving days books, through the services
and the command line, for its real duration; each invitation re-parses to the stored instant."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import recurring_ical_events
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from mediation_desk.cli.main import main
from mediation_desk.scheduling.model import Booking, WeeklyWindow
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import mail_settings
from mediation_desk.services.candidates import candidates_for
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow
from tests.scheduling.tiny_service import ROME, mediator, request, service

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)  # before both change days
CHANGE_DAYS = ("2026-03-29", "2026-10-25")
ACTOR = "coordinatrice"


def _load(db: Database, day: str, duration: int, first: str = "00:00", last: str = "06:00") -> None:
    always = [WeeklyWindow(d, 0, 1440) for d in range(7)]
    data = service(mediators=[mediator("M1", availability=always, max_minutes_per_week=6000)],
                   requests=[request("R1", day, first, last, duration_min=duration)], budget_hours=10_000)
    with db.write() as s:
        repository.replace_service(s, data)
    mail_settings.save_settings(db, mail_settings.MailSettings(
        host="127.0.0.1", port=2525, security="none", user="", sender="coordinamento@example.org",
        organizer_name="Coordinamento", organizer_email="coordinamento@example.org", domain="example.org"),
        password=None, now=NOW, actor=ACTOR)


def _offered(db: Database) -> list[dt.datetime]:
    found = candidates_for(db, "R1", NOW)
    [candidate] = [c for c in found.candidates if c.mediator.id == "M1"]
    return list(candidate.starts)


def _invitation(db: Database, booking_id: str) -> bytes:
    """The .ics of the newest queued invitation of a booking."""
    import sqlalchemy as sa

    with db.read() as s:
        raw = s.scalars(sa.select(OutboxRow.raw).where(OutboxRow.booking_id == booking_id)
                        .order_by(OutboxRow.id.desc())).first()
    assert raw is not None, f"no invitation queued for {booking_id}"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def _check_invitation(db: Database, booking: Booking, duration: int) -> None:
    assert (booking.end - booking.start).total_seconds() == duration * 60  # real elapsed time
    body = _invitation(db, booking.id)
    event = vobject.readOne(body.decode()).vevent
    assert event.dtstart.value.astimezone(dt.UTC) == booking.start.astimezone(dt.UTC)
    assert event.dtend.value.astimezone(dt.UTC) == booking.end.astimezone(dt.UTC)
    [occurrence] = recurring_ical_events.of(Calendar.from_ical(body)).between(
        booking.start - dt.timedelta(hours=12), booking.start + dt.timedelta(hours=12))
    assert occurrence.decoded("DTSTART").astimezone(dt.UTC) == booking.start.astimezone(dt.UTC)
    assert occurrence.decoded("DTEND").astimezone(dt.UTC) == booking.end.astimezone(dt.UTC)


def _book_every_offer(db: Database, duration: int, book: Callable[[dt.datetime], str]) -> int:
    offered = _offered(db)
    assert offered, "the candidates offer no start"
    for start in offered:
        booking_id = book(start)
        with db.read() as s:
            stored = repository.get_booking(s, booking_id)
        # compared in UTC: Python never equates a repeated-hour time with one of another zone (PEP 495)
        assert stored is not None and stored.start.astimezone(dt.UTC) == start.astimezone(dt.UTC)
        _check_invitation(db, stored, duration)
        outcomes.cancel(db, booking_id, "prova", actor=ACTOR, now=NOW, close_request=False)  # free again
    return len(offered)


def _by_service(db: Database) -> Callable[[dt.datetime], str]:
    return lambda start: lifecycle.book(db, "R1", "M1", start, actor=ACTOR, now=NOW).booking.id


def _by_command_line(db: Database, capsys: pytest.CaptureFixture[str]) -> Callable[[dt.datetime], str]:
    def book(start: dt.datetime) -> str:
        assert db.sqlite_path is not None
        capsys.readouterr()
        status = main(["--db", str(db.sqlite_path), "book", "R1", "M1", start.isoformat(), "--json"])
        out = json.loads(capsys.readouterr().out)
        assert status == 0, out
        assert dt.datetime.fromisoformat(out["start"]) == start.astimezone(dt.UTC)
        booking_id: str = out["booking"]
        return booking_id
    return book


@pytest.mark.parametrize("day", CHANGE_DAYS)
@pytest.mark.parametrize("duration", [45, 60])
def test_every_offered_start_books_through_the_services(sqlite_db: Database, day: str, duration: int) -> None:
    _load(sqlite_db, day, duration)
    count = _book_every_offer(sqlite_db, duration, _by_service(sqlite_db))
    # 00:00-06:00 is 5 real hours on 29/3 and 7 on 25/10: every quarter hour that still fits
    assert count == (5 * 60 if day == CHANGE_DAYS[0] else 7 * 60) // 15 - duration // 15 + 1


@pytest.mark.parametrize("day", CHANGE_DAYS)
def test_every_offered_start_books_through_the_command_line(
    sqlite_db: Database, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sqlite_db, day, 60)
    _book_every_offer(sqlite_db, 60, _by_command_line(sqlite_db, capsys))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.sampled_from(CHANGE_DAYS), duration=st.sampled_from([15, 30, 45, 60, 75, 90, 120]),
       first=st.integers(0, 8), span=st.integers(1, 4), via_cli=st.booleans())
def test_property_any_window_on_a_change_day(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
    day: str, duration: int, first: int, span: int, via_cli: bool,
) -> None:
    """Any window around the change, any duration: each offered start books and re-parses."""
    path = tmp_path_factory.mktemp("dst") / "dst.db"
    db = Database.open(str(path))
    try:
        last = min(24, first + span + duration // 60 + 1)
        _load(db, day, duration, f"{first:02d}:00", f"{last:02d}:00" if last < 24 else "23:45")
        if not _offered(db):
            return
        _book_every_offer(db, duration, _by_command_line(db, capsys) if via_cli else _by_service(db))
    finally:
        db.dispose()


def test_the_repeated_hour_is_sent_in_utc(sqlite_db: Database) -> None:
    """02:00 CET on 25/10 (01:00Z) must not read as the first 02:00 (CEST) in a calendar."""
    _load(sqlite_db, CHANGE_DAYS[1], 60)
    second_two = dt.datetime(2026, 10, 25, 2, 0, tzinfo=ROME, fold=1)
    change = lifecycle.book(sqlite_db, "R1", "M1", second_two, actor=ACTOR, now=NOW)
    body = _invitation(sqlite_db, change.booking.id).decode()
    assert "DTSTART:20261025T010000Z" in body and "DTEND:20261025T020000Z" in body
    first_two = dt.datetime(2026, 10, 25, 2, 0, tzinfo=ROME, fold=0)
    moved = lifecycle.reschedule(sqlite_db, change.booking.id, first_two, actor=ACTOR, now=NOW).booking
    body = _invitation(sqlite_db, moved.id).decode()
    assert "DTSTART:20261025T000000Z" in body and "DTEND:20261025T010000Z" in body
    assert (moved.end - moved.start).total_seconds() == 3600


def test_command_line_asks_which_repeated_hour_and_refuses_a_skipped_one(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sqlite_db, CHANGE_DAYS[1], 60)
    target = str(sqlite_db.sqlite_path)
    assert main(["--db", target, "book", "R1", "M1", "2026-10-25T02:30"]) == 2
    err = capsys.readouterr().err
    assert "happens twice" in err and "2026-10-25T02:30+02:00" in err and "2026-10-25T02:30+01:00" in err
    assert main(["--db", target, "book", "R1", "M1", "2026-03-29T02:15"]) == 2
    assert "does not exist" in capsys.readouterr().err
    with sqlite_db.read() as s:
        assert repository.list_bookings(s) == []
    assert main(["--db", target, "book", "R1", "M1", "2026-10-25T02:30+01:00", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["start"] == "2026-10-25T01:30:00+00:00" and out["end"] == "2026-10-25T02:30:00+00:00"


def test_the_installed_command_books(sqlite_db: Database) -> None:
    """One real process, as a script would run it."""
    _load(sqlite_db, CHANGE_DAYS[0], 60)
    done = subprocess.run(
        [sys.executable, "-m", "mediation_desk", "--db", str(sqlite_db.sqlite_path), "book", "R1", "M1",
         "2026-03-29T01:30", "--json"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["local_start"] == "2026-03-29T01:30:00+01:00"
    assert out["local_end"] == "2026-03-29T03:30:00+02:00"
    assert Path(str(sqlite_db.sqlite_path)).exists()
