"""iMIP mail through a real SMTP server on loopback: MIME tree, METHOD, DST-correct times, outbox."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage, MIMEPart
from pathlib import Path
from typing import Any

import keyring
import pytest
import recurring_ical_events
import vobject
from calendar_support import (
    ACTOR,
    NOW,
    SmtpServer,
    book,
    calendar_uid,
    configure_mail,
    id_in_uid,
    seed,
)
from factories import ROME, rome
from icalendar import Calendar
from keyring.backends import fail
from keyring_support import install_keyring_for_tests

from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, MediatorId, RequestId
from mediation_desk.services import credentials, feeds, mail_outbox, mail_sending, mail_settings, replies
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import SeriesRow


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _keyring(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    yield
    keyring.set_keyring(previous)


def _booking(number: int, start: dt.datetime, minutes: int = 90, **kw: Any) -> Booking:
    return Booking(
        BookingId(f"B9{number:04d}"),
        RequestId("R00001"),
        MediatorId("M001"),
        start,
        start + dt.timedelta(minutes=minutes),
        **kw,
    )


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _tree(msg: MIMEPart) -> object:
    if msg.is_multipart():
        return (msg.get_content_type(), [_tree(part) for part in msg.iter_parts()])
    return msg.get_content_type()


def _calendar_part(msg: EmailMessage) -> tuple[str, bytes]:
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return str(part.get_param("method")), payload


def test_invitations_on_both_dst_days_arrive_with_right_times(sqlite_db: Database, smtp: SmtpServer) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    book(sqlite_db, _booking(1, rome(2026, 3, 29, 10)))
    book(sqlite_db, _booking(2, rome(2026, 10, 25, 10)))
    report = mail_sending.send_outbox(sqlite_db, now=NOW)
    assert (report.sent, report.retry, report.failed) == (2, 0, 0)
    assert len(smtp.mailbox.messages) == 2
    expected_utc = {
        "B90001": dt.datetime(2026, 3, 29, 8, tzinfo=dt.UTC),
        "B90002": dt.datetime(2026, 10, 25, 9, tzinfo=dt.UTC),
    }
    for sender, recipients, raw in smtp.mailbox.messages:
        assert sender == "coordinamento@example.org" and recipients == ["amina@example.org"]
        msg = _parse(raw)
        assert _tree(msg) == (
            "multipart/mixed",
            [("multipart/alternative", ["text/plain", "text/calendar"]), "application/ics"],
        )
        method, body = _calendar_part(msg)
        cal = vobject.readOne(body.decode())
        assert method == cal.method.value == "REQUEST"
        attachment = next(p for p in msg.walk() if p.get_content_type() == "application/ics")
        assert attachment.get_filename() == "invite.ics" and attachment.get_payload(decode=True) == body
        event = cal.vevent
        booking_id = id_in_uid(event.uid.value)
        assert event.dtstart.value.astimezone(ROME).hour == 10
        assert event.dtstart.value.astimezone(dt.UTC) == expected_utc[booking_id]
        assert event.dtstart.value.tzinfo is not None and "Comune di Lodi" in event.summary.value
        [occurrence] = recurring_ical_events.of(Calendar.from_ical(body)).between(
            expected_utc[booking_id] - dt.timedelta(days=1), expected_utc[booking_id] + dt.timedelta(days=1)
        )
        assert occurrence.decoded("DTSTART").astimezone(dt.UTC) == expected_utc[booking_id]
        text = msg.get_body(("plain",))
        assert text is not None and "10:00-11:30 (ora italiana)" in text.get_content()
        assert "Marocco" not in raw.decode(errors="replace")  # nationality of the person assisted
    with sqlite_db.read() as s:
        assert mail_outbox.counts(s) == {"sent": 2}


def test_reschedule_and_cancel_keep_uid_and_raise_sequence(sqlite_db: Database, smtp: SmtpServer) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    first = _booking(3, rome(2026, 12, 11, 9))
    book(sqlite_db, first)
    moved = replace(first, start=rome(2026, 12, 11, 10), end=rome(2026, 12, 11, 11, 30), sequence=1)
    book(sqlite_db, moved, "updated")
    cancelled = replace(moved, status=BookingStatus.CANCELLED, cancelled_at=NOW, sequence=2)
    book(sqlite_db, cancelled, "cancelled")
    mail_sending.send_outbox(sqlite_db, now=NOW)
    events = []
    for _, _, raw in smtp.mailbox.messages:
        method, body = _calendar_part(_parse(raw))
        cal = vobject.readOne(body.decode())
        assert method == cal.method.value
        events.append((method, cal.vevent.uid.value, int(cal.vevent.sequence.value), cal.vevent.status.value))
    uid = calendar_uid(sqlite_db, "booking", "B90003")
    assert events == [
        ("REQUEST", uid, 0, "CONFIRMED"),
        ("REQUEST", uid, 1, "CONFIRMED"),
        ("CANCEL", uid, 2, "CANCELLED"),
    ]


def test_series_is_one_recurring_event_with_exdate_and_moved_occurrence(
    sqlite_db: Database, smtp: SmtpServer
) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    with sqlite_db.write() as s:
        s.add(
            SeriesRow(
                id="S00001",
                request_id="R00001",
                mediator_id="M001",
                rrule="FREQ=WEEKLY;COUNT=4",
                dtstart=rome(2026, 3, 23, 9),
                duration_min=90,
                exdates=[],
                extra={},
            )
        )
    occurrences = [
        _booking(11, rome(2026, 3, 23, 9), series="S00001"),
        _booking(12, rome(2026, 3, 30, 9), series="S00001", status=BookingStatus.CANCELLED),
        _booking(13, rome(2026, 4, 7, 14), series="S00001"),  # moved from Monday 6 April 9:00
        _booking(14, rome(2026, 4, 13, 9), series="S00001"),
    ]
    for booking in occurrences[:-1]:
        book(sqlite_db, booking)
    book(sqlite_db, occurrences[-1])
    mail_sending.send_outbox(sqlite_db, now=NOW)
    assert len(smtp.mailbox.messages) == 1  # each new occurrence superseded the unsent series mail
    method, body = _calendar_part(_parse(smtp.mailbox.messages[0][2]))
    assert method == "REQUEST"
    cal = Calendar.from_ical(body)
    found = recurring_ical_events.of(cal).between(dt.date(2026, 3, 1), dt.date(2026, 6, 1))
    starts = sorted(e.decoded("DTSTART").astimezone(dt.UTC) for e in found)
    assert starts == [
        dt.datetime(2026, 3, 23, 8, tzinfo=dt.UTC),
        dt.datetime(2026, 4, 7, 12, tzinfo=dt.UTC),
        dt.datetime(2026, 4, 13, 7, tzinfo=dt.UTC),
    ]
    assert {str(e["UID"]) for e in found} == {calendar_uid(sqlite_db, "series", "S00001")}
    parsed = vobject.readOne(body.decode())
    assert len(parsed.vevent_list) == 2  # the master and the moved occurrence
    assert parsed.vevent.rruleset is not None


def test_server_down_three_bookings_arrive_exactly_once(db: Database, smtp: SmtpServer) -> None:
    seed(db)
    configure_mail(db, smtp.port)
    smtp.stop()
    for number, day in enumerate((14, 15, 16)):
        book(db, _booking(20 + number, rome(2026, 12, day, 9)))
        report = mail_sending.send_outbox(db, now=NOW)  # the app tries at once: the server is down
        assert report.sent == 0 and report.error
    with db.read() as s:
        queued = mail_outbox.list_outbox(s, "queued")
    assert len(queued) == 3 and all(e.last_error and e.next_attempt_at for e in queued)
    smtp.start()
    later = NOW + dt.timedelta(hours=1)
    assert mail_sending.send_outbox(db, now=later).sent == 3
    assert mail_sending.send_outbox(db, now=later + dt.timedelta(hours=1), force=True).sent == 0
    ids = [_parse(raw)["Message-ID"] for _, _, raw in smtp.mailbox.messages]
    uids = sorted(
        vobject.readOne(_calendar_part(_parse(raw))[1].decode()).vevent.uid.value
        for _, _, raw in smtp.mailbox.messages
    )
    assert len(ids) == len(set(ids)) == 3
    assert uids == sorted(calendar_uid(db, "booking", f"B9{n:04d}") for n in (20, 21, 22))
    with db.read() as s:
        assert mail_outbox.counts(s) == {"sent": 3}


def test_without_keyring_sending_says_so_and_ics_files_still_save(
    sqlite_db: Database, smtp: SmtpServer, tmp_path: Path
) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port, user="coord")
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(credentials.KeyringUnavailableError):
        mail_settings.save_settings(
            sqlite_db,
            mail_settings.MailSettings(host="h", sender="a@b.it", organizer_email="a@b.it"),
            password="secret",
            now=NOW,
            actor=ACTOR,
        )
    assert credentials.keyring_problem() is not None
    book(sqlite_db, _booking(30, rome(2026, 12, 11, 9)))
    with pytest.raises(credentials.KeyringUnavailableError):
        mail_sending.send_outbox(sqlite_db, now=NOW)
    with sqlite_db.read() as s:
        assert [e.status for e in mail_outbox.list_outbox(s)] == ["queued"]
    target = tmp_path / "B90030.ics"
    feeds.save_booking_ics(sqlite_db, "B90030", target, now=NOW)
    uid = vobject.readOne(target.read_text()).vevent.uid.value
    assert uid == calendar_uid(sqlite_db, "booking", "B90030")
    assert smtp.mailbox.messages == []


def test_password_goes_to_the_keyring_only(sqlite_db: Database, smtp: SmtpServer) -> None:
    settings = mail_settings.MailSettings(
        host="127.0.0.1",
        port=smtp.port,
        security="none",
        user="coord",
        sender="c@example.org",
        organizer_email="c@example.org",
    )
    mail_settings.save_settings(sqlite_db, settings, password="s3cret", now=NOW, actor=ACTOR)
    assert credentials.get_password(credentials.SMTP_SERVICE, settings.keyring_username) == "s3cret"
    with sqlite_db.read() as s:
        assert ("s3cret" not in repr(mail_settings.get_settings(s))
                and mail_settings.get_settings(s) == settings)


def test_nothing_is_queued_when_mail_is_not_configured(sqlite_db: Database) -> None:
    seed(sqlite_db)
    book(sqlite_db, _booking(40, rome(2026, 12, 11, 9)))
    with sqlite_db.read() as s:
        assert mail_outbox.list_outbox(s) == []


def test_booking_lifecycle_services_queue_request_update_and_cancel(
    sqlite_db: Database, smtp: SmtpServer
) -> None:
    from mediation_desk.services import booking as lifecycle
    from mediation_desk.services import booking_outcomes as outcomes

    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    created = lifecycle.book(sqlite_db, "R00002", "M002", rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    lifecycle.reschedule(sqlite_db, created.booking.id, rome(2026, 12, 9, 11), actor=ACTOR, now=NOW)
    outcomes.cancel(sqlite_db, created.booking.id, "ente: rinviato", actor=ACTOR, now=NOW)
    assert mail_sending.send_outbox(sqlite_db, now=NOW).sent == 3
    seen = []
    for _, _, raw in smtp.mailbox.messages:
        method, body = _calendar_part(_parse(raw))
        event = vobject.readOne(body.decode()).vevent
        seen.append(
            (method, event.uid.value, event.sequence.value, event.dtstart.value.astimezone(ROME).hour)
        )
    uid = calendar_uid(sqlite_db, "booking", created.booking.id)
    assert seen == [("REQUEST", uid, "0", 10), ("REQUEST", uid, "1", 11), ("CANCEL", uid, "2", 11)]
    moved = _parse(smtp.mailbox.messages[1][2])
    text = moved.get_body(("plain",))
    assert text is not None and str(moved["Subject"]).startswith("Spostato: ")
    assert "Spostato l'intervento di mer 09/12/2026 10:00-" in text.get_content()
    assert "ora mer 09/12/2026 11:00-" in text.get_content()


def test_connection_check_and_mediator_without_address(sqlite_db: Database, smtp: SmtpServer) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    assert mail_sending.check_connection(sqlite_db) is None
    smtp.stop()
    assert mail_sending.check_connection(sqlite_db)  # says why: connection refused
    with sqlite_db.write() as s:
        mediator = repository.get_mediator(s, "M001")
        assert mediator is not None
        repository.save_mediator(s, replace(mediator, email=""))
    book(sqlite_db, _booking(50, rome(2026, 12, 14, 9)))
    with sqlite_db.read() as s:
        assert mail_outbox.list_outbox(s) == []
    [alert] = replies.list_alerts(sqlite_db)
    assert (alert.code, alert.entity_id) == ("no_email", "B90050")


def test_refused_recipient_fails_or_retries_and_can_be_queued_again(
    sqlite_db: Database, smtp: SmtpServer
) -> None:
    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    smtp.mailbox.refuse["amina@example.org"] = "450 mailbox busy, try later"
    book(sqlite_db, _booking(60, rome(2026, 12, 14, 9)))
    assert mail_sending.send_outbox(sqlite_db, now=NOW).retry == 1
    with sqlite_db.read() as s:
        [entry] = mail_outbox.list_outbox(s)
    assert entry.status == "queued" and "450" in entry.last_error and entry.next_attempt_at is not None
    assert mail_sending.send_outbox(sqlite_db, now=NOW).sent == 0  # backing off: not due yet
    smtp.mailbox.refuse["amina@example.org"] = "550 no such user"
    assert mail_sending.send_outbox(sqlite_db, now=entry.next_attempt_at).failed == 1
    with sqlite_db.read() as s:
        [entry] = mail_outbox.list_outbox(s)
    assert entry.status == "failed" and entry.attempts == 2
    del smtp.mailbox.refuse["amina@example.org"]
    assert mail_outbox.requeue(sqlite_db, [entry.id], now=NOW).value == 1
    assert mail_sending.send_outbox(sqlite_db, now=NOW).sent == 1
    assert len(smtp.mailbox.messages) == 1


def test_handing_a_booking_to_another_mediator_says_who_in_both_mails(
    sqlite_db: Database, smtp: SmtpServer
) -> None:
    from mediation_desk.services import booking as lifecycle

    seed(sqlite_db)
    configure_mail(sqlite_db, smtp.port)
    created = lifecycle.book(sqlite_db, "R00002", "M002", rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    with sqlite_db.write() as s:  # a colleague with the same languages, areas and hours
        first = repository.get_mediator(s, "M002")
        assert first is not None
        repository.save_mediator(s, replace(first, id=MediatorId("M009"), name="Selam Tesfay",
                                            email="selam@example.org"))
    lifecycle.reschedule(sqlite_db, created.booking.id, rome(2026, 12, 9, 10), new_mediator="M009",
                         actor=ACTOR, now=NOW)
    assert mail_sending.send_outbox(sqlite_db, now=NOW).sent == 3
    texts = {}
    for _, recipients, raw in smtp.mailbox.messages[1:]:
        msg = _parse(raw)
        method, _body = _calendar_part(msg)
        body = msg.get_body(("plain",))
        assert body is not None
        texts[method] = (recipients, body.get_content())
    assert texts["CANCEL"][0] == [first.email] and texts["REQUEST"][0] == ["selam@example.org"]
    assert "L'intervento è stato affidato a Selam Tesfay." in texts["CANCEL"][1]
    assert f"L'intervento ti è affidato al posto di {first.name}." in texts["REQUEST"][1]
