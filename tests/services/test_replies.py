"""Mediators' answers: an invitation turned into a REPLY by a calendar client, accepted or declined."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import sqlalchemy as sa
from calendar_support import ACTOR, NOW, book, client_reply, configure_mail, seed
from factories import rome

from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    Outcome,
    ReplyStatus,
    RequestId,
    RequestStatus,
    SeriesId,
)
from mediation_desk.services import replies
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow, SeriesRow

LATER = NOW + dt.timedelta(days=1)


def _invite(db: Database, booking_id: str) -> bytes:
    """The calendar of the last invitation queued for the booking, as the mediator receives it."""
    with db.read() as s:
        raw = s.scalars(
            sa.select(OutboxRow.raw).where(OutboxRow.booking_id == booking_id).order_by(OutboxRow.id.desc())
        ).first()
    assert raw is not None
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def _as_email(calendar: bytes, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "coordinamento@example.org", "Rifiutato"
    msg.set_content("Mi dispiace, quel giorno non posso.")
    msg.add_alternative(calendar.decode(), subtype="calendar", params={"method": "REPLY"})
    return msg.as_bytes()


def _setup(db: Database) -> Booking:
    seed(db)
    configure_mail(db, 25)
    booking = Booking(
        BookingId("B00050"),
        RequestId("R00002"),
        MediatorId("M002"),
        rome(2026, 12, 8, 10),
        rome(2026, 12, 8, 11),
    )
    with db.write() as s:
        request = repository.get_request(s, "R00002")
        assert request is not None
        request.status = RequestStatus.BOOKED
        repository.save_request(s, request)
    book(db, booking)
    return booking


def _mediator_email(db: Database, mediator_id: str) -> str:
    with db.read() as s:
        mediator = repository.get_mediator(s, mediator_id)
        assert mediator is not None
        return mediator.email


def test_accept_from_ics_file_is_recorded(db: Database, tmp_path: Path) -> None:
    booking = _setup(db)
    path = tmp_path / "reply.ics"
    path.write_bytes(client_reply(_invite(db, booking.id), "ACCEPTED"))
    [outcome] = replies.read_reply_files(db, [path], now=LATER, actor=ACTOR)
    assert (outcome.code, outcome.booking_ids) == ("accepted", ("B00050",))
    with db.read() as s:
        saved = repository.get_booking(s, "B00050")
        audit = repository.list_audit(s, "booking", "B00050")
    assert (
        saved is not None and saved.reply is ReplyStatus.ACCEPTED and saved.status is BookingStatus.CONFIRMED
    )
    assert "booking_reply_accepted" in [a.action for a in audit]
    again = replies.read_reply_files(db, [path], now=LATER, actor=ACTOR)
    assert again[0].code == "no_change"
    assert replies.list_alerts(db) == []


def test_decline_by_mail_cancels_unbillable_and_alerts(db: Database, tmp_path: Path) -> None:
    booking = _setup(db)
    path = tmp_path / "reply.eml"
    answer = client_reply(_invite(db, booking.id), "DECLINED")
    path.write_bytes(_as_email(answer, _mediator_email(db, "M002")))
    [outcome] = replies.read_reply_files(db, [path], now=LATER, actor=ACTOR)
    assert outcome.code == "declined"
    with db.read() as s:
        saved = repository.get_booking(s, "B00050")
        request = repository.get_request(s, "R00002")
    assert saved is not None and saved.status is BookingStatus.CANCELLED
    assert saved.outcome is Outcome.CANCELLED and saved.reply is ReplyStatus.DECLINED
    assert request is not None and request.status is RequestStatus.PENDING
    [alert] = replies.list_alerts(db)
    assert (alert.code, alert.entity_id, alert.details["request"]) == ("booking_declined", "B00050", "R00002")
    replies.dismiss_alert(db, alert.id, now=LATER, actor=ACTOR)
    assert replies.list_alerts(db) == []


def test_answers_of_someone_else_or_of_an_old_version_change_nothing(
    sqlite_db: Database, tmp_path: Path
) -> None:
    booking = _setup(sqlite_db)
    old_invite = _invite(sqlite_db, booking.id)
    stranger = tmp_path / "stranger.ics"
    stranger.write_bytes(client_reply(old_invite, "DECLINED", attendee="someone@example.net"))
    moved = Booking(
        booking.id,
        booking.request,
        booking.mediator,
        rome(2026, 12, 8, 11),
        rome(2026, 12, 8, 12),
        sequence=1,
    )
    book(sqlite_db, moved, "updated")
    stale = tmp_path / "stale.ics"
    stale.write_bytes(client_reply(old_invite, "DECLINED"))
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"Subject: hello\r\n\r\nno calendar here\r\n")
    codes = [
        o.code
        for o in replies.read_reply_files(
            sqlite_db, [stranger, stale, junk, tmp_path / "missing.ics"], now=LATER, actor=ACTOR
        )
    ]
    assert codes == ["wrong_attendee", "stale", "unreadable", "unreadable"]
    with sqlite_db.read() as s:
        saved = repository.get_booking(s, booking.id)
    assert (
        saved is not None
        and saved.status is BookingStatus.CONFIRMED
        and saved.reply is ReplyStatus.NEEDS_ACTION
    )


def test_declining_one_occurrence_of_a_series_cancels_only_that_one(
    sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, 25)
    with sqlite_db.write() as s:
        s.add(
            SeriesRow(
                id="S00002",
                request_id="R00002",
                mediator_id="M002",
                rrule="FREQ=WEEKLY;COUNT=3",
                dtstart=rome(2026, 10, 19, 10),
                duration_min=60,
                exdates=[],
                extra={},
            )
        )
    for number, day in enumerate((19, 26)):
        start = rome(2026, 10, day, 10)
        book(
            sqlite_db,
            Booking(
                BookingId(f"B0006{number}"),
                RequestId("R00002"),
                MediatorId("M002"),
                start,
                start + dt.timedelta(hours=1),
                series=SeriesId("S00002"),
            ),
        )
    start = rome(2026, 11, 2, 10)
    book(
        sqlite_db,
        Booking(
            BookingId("B00062"),
            RequestId("R00002"),
            MediatorId("M002"),
            start,
            start + dt.timedelta(hours=1),
            series=SeriesId("S00002"),
        ),
    )
    reply = client_reply(_invite(sqlite_db, "B00062"), "DECLINED").decode()
    # A client declining one occurrence answers with its RECURRENCE-ID (the Monday after the DST change).
    reply = reply.replace(
        "RRULE:FREQ=WEEKLY;COUNT=3\r\n", "RECURRENCE-ID;TZID=Europe/Rome:20261026T100000\r\n"
    )
    path = tmp_path / "one.ics"
    path.write_text(reply)
    assert _mediator_email(sqlite_db, "M002") in reply
    [outcome] = replies.read_reply_files(sqlite_db, [path], now=LATER, actor=ACTOR)
    assert (outcome.code, outcome.booking_ids) == ("declined", ("B00061",))
    with sqlite_db.read() as s:
        statuses = {b: repository.get_booking(s, b).status for b in ("B00060", "B00061", "B00062")}  # type: ignore[union-attr]
    assert statuses == {
        "B00060": BookingStatus.CONFIRMED,
        "B00061": BookingStatus.CANCELLED,
        "B00062": BookingStatus.CONFIRMED,
    }
