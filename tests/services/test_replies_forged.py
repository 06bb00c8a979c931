"""Forged and broken answers: refused, listed for the coordinator, never applied; the batch goes on.

Files and mails are read from disk and from a real IMAP server (Dovecot on loopback).
"""

from __future__ import annotations

import datetime as dt
import imaplib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import keyring
import pytest
from calendar_support import ACTOR, NOW, book, client_reply, configure_mail, seed
from factories import rome
from imap_support import ImapServer, imap_server  # noqa: F401  (fixture)
from keyring_support import install_keyring_for_tests
from test_replies import _invite, _mediator_email

from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    ReplyStatus,
    RequestId,
    RequestStatus,
)
from mediation_desk.services import imap_replies, replies
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import CalendarObjectRow

LATER = NOW + dt.timedelta(days=1)


def _book(db: Database, number: int, day: int) -> Booking:
    booking = Booking(BookingId(f"B0007{number}"), RequestId("R00002"), MediatorId("M002"),
                      rome(2026, 12, day, 10), rome(2026, 12, day, 11))
    with db.write() as s:
        request = repository.get_request(s, "R00002")
        assert request is not None
        repository.save_request(s, request.__class__(**{**request.__dict__, "status": RequestStatus.BOOKED}))
    book(db, booking)
    return booking


@pytest.fixture
def service(sqlite_db: Database) -> Database:
    seed(sqlite_db)
    configure_mail(sqlite_db, 25)
    return sqlite_db


def _mail(calendar: bytes, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "coordinamento@example.org", "Risposta"
    msg.set_content("Risposta all'invito.")
    msg.add_alternative(calendar.decode(), subtype="calendar", params={"method": "REPLY"})
    return msg.as_bytes()


def _state(db: Database, booking_id: str) -> tuple[BookingStatus, ReplyStatus]:
    with db.read() as s:
        booking = repository.get_booking(s, booking_id)
    assert booking is not None
    return booking.status, booking.reply


def _refusal_alerts(db: Database) -> list[str]:
    return [str(a.details.get("code")) for a in replies.list_alerts(db) if a.code == "reply_refused"]


def test_a_strangers_mail_naming_the_mediator_as_attendee_is_refused(
    service: Database, tmp_path: Path
) -> None:
    booking = _book(service, 1, 8)
    forged = tmp_path / "forged.eml"
    forged.write_bytes(_mail(client_reply(_invite(service, booking.id), "DECLINED"), "mallory@example.net"))
    [outcome] = replies.read_reply_files(service, [forged], now=LATER, actor=ACTOR)
    assert outcome.code == "wrong_sender" and outcome.detail == "mallory@example.net"
    assert _state(service, booking.id) == (BookingStatus.CONFIRMED, ReplyStatus.NEEDS_ACTION)
    assert _refusal_alerts(service) == ["wrong_sender"]


def test_a_guessed_uid_names_no_booking(service: Database, tmp_path: Path) -> None:
    booking = _book(service, 2, 9)
    invite = _invite(service, booking.id).decode()
    real_uid = next(line[4:] for line in invite.splitlines() if line.startswith("UID:"))
    assert real_uid.startswith(f"booking-{booking.id}-")  # the id is there, with a token beside it
    guessed = tmp_path / "guessed.eml"
    legacy_form = f"booking-{booking.id}@example.org"
    forged_ics = client_reply(invite.replace(real_uid, legacy_form).encode(), "DECLINED")
    guessed.write_bytes(_mail(forged_ics, _mediator_email(service, "M002")))
    wrong_token = tmp_path / "token.eml"
    other = real_uid.replace(real_uid.split("-")[2][:4], "0000")
    wrong_token.write_bytes(_mail(client_reply(invite.replace(real_uid, other).encode(), "DECLINED"),
                                  _mediator_email(service, "M002")))
    outcomes = replies.read_reply_files(service, [guessed, wrong_token], now=LATER, actor=ACTOR)
    codes = [o.code for o in outcomes]
    assert codes == ["unknown_event", "unknown_event"]
    assert _state(service, booking.id) == (BookingStatus.CONFIRMED, ReplyStatus.NEEDS_ACTION)


def test_a_sequence_higher_than_sent_is_refused(service: Database, tmp_path: Path) -> None:
    booking = _book(service, 3, 10)
    invite = _invite(service, booking.id).decode().replace("SEQUENCE:0", "SEQUENCE:99999")
    path = tmp_path / "future.eml"
    path.write_bytes(_mail(client_reply(invite.encode(), "DECLINED"), _mediator_email(service, "M002")))
    [outcome] = replies.read_reply_files(service, [path], now=LATER, actor=ACTOR)
    assert outcome.code == "wrong_sequence"
    assert _state(service, booking.id) == (BookingStatus.CONFIRMED, ReplyStatus.NEEDS_ACTION)


def test_malformed_files_are_reported_and_the_batch_goes_on(service: Database, tmp_path: Path) -> None:
    first, second = _book(service, 4, 14), _book(service, 5, 15)
    mediator = _mediator_email(service, "M002")
    good_one = tmp_path / "1-good.eml"
    good_one.write_bytes(_mail(client_reply(_invite(service, first.id), "ACCEPTED"), mediator))
    bad_sequence = tmp_path / "2-sequence.ics"
    bad_sequence.write_text(client_reply(_invite(service, second.id), "DECLINED").decode()
                            .replace("SEQUENCE:0", "SEQUENCE:abc"))
    bad_recurrence = tmp_path / "3-recurrence.ics"
    bad_recurrence.write_text(client_reply(_invite(service, second.id), "DECLINED").decode()
                              .replace("SEQUENCE:0", "SEQUENCE:0\r\nRECURRENCE-ID:2026-13-45T99")
                              )
    not_calendar = tmp_path / "4-garbage.ics"
    not_calendar.write_bytes(b"BEGIN:VCALENDAR\r\n\xff\xfe\x00garbage")
    too_big = tmp_path / "5-big.eml"
    too_big.write_bytes(b"From: x@example.org\r\n\r\n" + b"A" * (replies.MAX_REPLY_BYTES + 1))
    good_two = tmp_path / "6-good.eml"
    good_two.write_bytes(_mail(client_reply(_invite(service, second.id), "TENTATIVE"), mediator))
    paths = [good_one, bad_sequence, bad_recurrence, not_calendar, too_big, good_two]
    outcomes = replies.read_reply_files(service, paths, now=LATER, actor=ACTOR)
    assert [o.code for o in outcomes] == ["accepted", "unreadable", "unreadable", "unreadable", "too_large",
                                          "tentative"]
    assert "SEQUENCE" in outcomes[1].detail or "abc" in outcomes[1].detail
    assert _state(service, first.id)[1] is ReplyStatus.ACCEPTED
    assert _state(service, second.id)[1] is ReplyStatus.TENTATIVE
    assert sorted(_refusal_alerts(service)) == ["too_large", "unreadable", "unreadable", "unreadable"]


def test_a_uid_sent_before_tokens_still_works_and_is_checked_all_the_same(
    service: Database, tmp_path: Path
) -> None:
    legacy = "booking-B00079@example.org"
    with service.write() as s:  # what migration 0003 records for a booking announced before it
        s.add(CalendarObjectRow(uid=legacy, kind="booking", entity_id="B00079", sequence=2, fingerprint="",
                                state={}, updated_at=NOW))
    booking = _book(service, 9, 16)
    invite = _invite(service, booking.id).decode()
    assert f"UID:{legacy}" in invite and "SEQUENCE:3" in invite  # rises from what was sent before
    mediator = _mediator_email(service, "M002")
    stale = tmp_path / "stale.eml"
    stale.write_bytes(_mail(client_reply(invite.replace("SEQUENCE:3", "SEQUENCE:2").encode(), "DECLINED"),
                            mediator))
    stranger = tmp_path / "stranger.eml"
    stranger.write_bytes(_mail(client_reply(invite.encode(), "DECLINED"), "mallory@example.net"))
    good = tmp_path / "good.eml"
    good.write_bytes(_mail(client_reply(invite.encode(), "ACCEPTED"), mediator))
    outcomes = replies.read_reply_files(service, [stale, stranger, good], now=LATER, actor=ACTOR)
    codes = [o.code for o in outcomes]
    assert codes == ["stale", "wrong_sender", "accepted"]


# ---- over IMAP, against Dovecot ----------------------------------------------------------------
@pytest.fixture
def mailbox(service: Database, imap_server: ImapServer, tmp_path: Path) -> Iterator[imaplib.IMAP4]:  # noqa: F811
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    imap_replies.save_imap_settings(service, host=imap_server.host, port=imap_server.port,
                                    user=imap_server.user, folder="INBOX", ssl=False,
                                    password=imap_server.password, now=NOW, actor=ACTOR)
    client = imaplib.IMAP4(imap_server.host, imap_server.port)
    client.login(imap_server.user, imap_server.password)
    client.select("INBOX")
    # Empty the folder, then leave a gap in the UIDs: sequence numbers and UIDs now differ.
    if client.search(None, "ALL")[1][0]:
        client.store("1:*", "+FLAGS", "(\\Deleted)")
        client.expunge()
    client.append("INBOX", None, None, b"From: x@example.org\r\nSubject: gap\r\n\r\nto be expunged\r\n")
    client.store("1:*", "+FLAGS", "(\\Deleted)")
    client.expunge()
    yield client
    client.logout()
    keyring.set_keyring(previous)


def _flags(client: imaplib.IMAP4) -> dict[int, set[str]]:
    client.select("INBOX")
    _status, data = client.uid("FETCH", "1:*", "(FLAGS)")
    found: dict[int, set[str]] = {}
    for line in data:
        text = line.decode() if isinstance(line, bytes) else ""
        if "UID" in text:
            uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
            flags = text.split("FLAGS (")[1].split(")")[0]
            found[uid] = set(flags.split())
    return found


def test_imap_replies_are_read_by_uid_and_bad_ones_flagged_not_read_again(
    service: Database, mailbox: imaplib.IMAP4
) -> None:
    first, second = _book(service, 6, 17), _book(service, 7, 18)
    mediator = _mediator_email(service, "M002")
    messages = [
        _mail(client_reply(_invite(service, first.id), "ACCEPTED"), mediator),
        _mail(client_reply(_invite(service, second.id), "DECLINED"), "mallory@example.net"),
        _mail(client_reply(_invite(service, second.id), "DECLINED").replace(b"SEQUENCE:0", b"SEQUENCE:abc"),
              mediator),
        _mail(client_reply(_invite(service, second.id), "TENTATIVE"), mediator),
    ]
    for raw in messages:
        mailbox.append("INBOX", None, None, raw)
    outcomes = imap_replies.fetch_imap_replies(service, now=LATER, actor=ACTOR)
    assert [o.code for o in outcomes] == ["accepted", "wrong_sender", "unreadable", "tentative"]
    assert [o.source.rsplit("/", 1)[1] for o in outcomes] == ["2", "3", "4", "5"]  # UIDs, not 1-4
    flags = _flags(mailbox)
    assert {uid for uid, f in flags.items() if "\\Flagged" in f} == {3, 4}
    assert all("\\Seen" in f for f in flags.values())
    assert _state(service, first.id)[1] is ReplyStatus.ACCEPTED
    assert _state(service, second.id) == (BookingStatus.CONFIRMED, ReplyStatus.TENTATIVE)
    assert imap_replies.fetch_imap_replies(service, now=LATER, actor=ACTOR) == []  # nothing read twice
