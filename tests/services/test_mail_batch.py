"""Announcing many bookings at once queues the very messages announcing them one by one would."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage, MIMEPart
from pathlib import Path

import pytest
import sqlalchemy as sa
from calendar_support import ACTOR, NOW, book, configure_mail, free_port, seed
from factories import rome

from mediation_desk.io.vtimezone import shared_vtimezone, vtimezone
from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, MediatorId, RequestId
from mediation_desk.services import notify
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow, SeriesRow


def _booking(number: int, request: str, mediator: str, start: dt.datetime, **kw: object) -> Booking:
    end = start + dt.timedelta(minutes=90)
    return Booking(BookingId(f"B9{number:04d}"), RequestId(request), MediatorId(mediator), start, end, **kw)  # type: ignore[arg-type]


SERIES_FIRST = _booking(20, "R00004", "M001", rome(2026, 3, 23, 9), series="S00001")
BATCH = [
    _booking(1, "R00001", "M001", rome(2026, 3, 29, 9)),  # the day summer time starts
    _booking(2, "R00002", "M002", rome(2026, 10, 25, 1, 30)),  # the night it ends
    _booking(3, "R00003", "M003", rome(2026, 4, 2, 10)),  # M003 has no e-mail address
    replace(SERIES_FIRST, sequence=1, start=SERIES_FIRST.start + dt.timedelta(hours=1),
            end=SERIES_FIRST.end + dt.timedelta(hours=1)),
    _booking(4, "R00001", "M002", rome(2026, 4, 8, 15), sequence=2),
    _booking(21, "R00004", "M001", rome(2026, 3, 30, 9), series="S00001"),
    _booking(5, "R00002", "M001", rome(2026, 4, 9, 11), status=BookingStatus.CANCELLED, sequence=1),
]


@pytest.fixture
def twin(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    target = tmp_path / "twin.db"
    shutil.copyfile(_sqlite_template, target)
    db = Database.open(str(target))
    yield db
    db.dispose()


def _prepare(db: Database) -> None:
    """The small service with mail, a series with its first occurrence queued, M003 without address."""
    seed(db)
    configure_mail(db, free_port())
    with db.write() as s:
        mediator = repository.get_mediator(s, "M003")
        assert mediator is not None
        repository.save_mediator(s, replace(mediator, email=""))
        s.add(SeriesRow(id="S00001", request_id="R00004", mediator_id="M001", rrule="FREQ=WEEKLY;COUNT=4",
                        dtstart=rome(2026, 3, 23, 9), duration_min=90, exdates=[], extra={}))
    book(db, SERIES_FIRST)


def _one_by_one(db: Database, bookings: list[Booking]) -> None:
    with db.write() as s:
        for booking in bookings:
            repository.save_booking(s, booking)
            notify.booking_changed(s, booking, "created", now=NOW, actor=ACTOR)


def _all_at_once(db: Database, bookings: list[Booking]) -> None:
    with db.write() as s:
        for booking in bookings:
            repository.save_booking(s, booking)
        notify.bookings_changed(s, bookings, "created", now=NOW, actor=ACTOR)


def _outbox(db: Database) -> list[tuple[str | None, str, str, str, bytes]]:
    with db.read() as s:
        rows = s.scalars(sa.select(OutboxRow).order_by(OutboxRow.id))
        return [(r.booking_id, r.to_addr, r.subject, r.status, r.raw) for r in rows]


def _audit(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        entries = repository.list_audit(s, "booking")
        return sorted((a.action, a.entity_id, a.details.get("reason", "")) for a in entries)


def _normalized(raw: bytes) -> bytes:
    """The message with its random parts (Message-ID, MIME boundaries) replaced by fixed ones."""
    stripped, found = re.subn(rb"\r\nMessage-ID: <[^>\r\n]+>\r\n", b"\r\nMessage-ID: <same>\r\n", raw)
    assert found == 1
    for number, boundary in enumerate(re.findall(rb'boundary="([^"]+)"', stripped)):
        stripped = stripped.replace(boundary, b"boundary-%d" % number)
    return stripped


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _tree(msg: MIMEPart) -> object:
    if msg.is_multipart():
        return (msg.get_content_type(), [_tree(part) for part in msg.iter_parts()])
    return msg.get_content_type()


def test_batch_queues_the_same_messages_as_one_by_one(sqlite_db: Database, twin: Database) -> None:
    for db in (sqlite_db, twin):
        _prepare(db)
    _one_by_one(sqlite_db, BATCH)
    _all_at_once(twin, BATCH)
    single, batch = _outbox(sqlite_db), _outbox(twin)
    # singles in order (B90003 has no address), the series once by its last occurrence listed
    assert [row[0] for row in batch] == ["B90001", "B90002", "B90004", "B90021", "B90005"]
    assert [row[:4] for row in batch] == [row[:4] for row in single]
    for (*_, one), (*_, many) in zip(single, batch, strict=True):
        one_msg, many_msg = _parse(one), _parse(many)
        assert one_msg["Message-ID"] != many_msg["Message-ID"]
        assert _tree(many_msg) == _tree(one_msg) == (
            "multipart/mixed", [("multipart/alternative", ["text/plain", "text/calendar"]), "application/ics"]
        )
        assert _normalized(many) == _normalized(one)
    subjects = [row[2] for row in batch]
    assert subjects[2].startswith("Aggiornato: ") and subjects[4].startswith("Annullato: ")
    assert subjects[3].endswith("(serie)")


def test_batch_keeps_the_alert_and_drops_the_superseded_mail(sqlite_db: Database, twin: Database) -> None:
    for db in (sqlite_db, twin):
        _prepare(db)
    _one_by_one(sqlite_db, BATCH)
    _all_at_once(twin, BATCH)
    batch_audit = _audit(twin)
    assert ("alert.no_email", "B90003", "") in batch_audit
    assert ("mail_superseded", "B90020", "superseded: series S00001") in batch_audit
    # one by one, every occurrence also superseded the series mail queued by the one before it
    assert set(batch_audit) == set(_audit(sqlite_db))


def test_booking_changed_refuses_an_unknown_change_and_a_batch_needs_mail(sqlite_db: Database) -> None:
    seed(sqlite_db)
    with sqlite_db.write() as s:
        with pytest.raises(ValueError, match="unknown booking change"):
            notify.bookings_changed(s, BATCH[:1], "moved", now=NOW, actor=ACTOR)
        notify.bookings_changed(s, BATCH, "created", now=NOW, actor=ACTOR)  # mail not configured
    assert _outbox(sqlite_db) == []


def test_the_shared_vtimezone_is_built_once_and_left_unchanged_by_calendars(sqlite_db: Database) -> None:
    shared = shared_vtimezone("Europe/Rome")
    assert shared_vtimezone("Europe/Rome") is shared
    zone = vtimezone("Europe/Rome").to_ical()
    assert shared.to_ical() == zone
    _prepare(sqlite_db)
    _all_at_once(sqlite_db, BATCH)
    for row in _outbox(sqlite_db):
        [attachment] = _parse(row[4]).iter_attachments()
        ics = attachment.get_content()
        assert isinstance(ics, bytes) and zone in ics
    assert shared.to_ical() == zone
