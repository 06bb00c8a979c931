"""Helpers of the calendar tests: a real SMTP server on loopback, seeded databases."""

from __future__ import annotations

import datetime as dt
import socket

import vobject
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from factories import small_service

from mediation_desk.scheduling.model import Booking
from mediation_desk.services import calendar_objects, mail_settings, notify
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
ACTOR = "tester"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Mailbox:
    """An aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: dict[str, str] = {}  # address -> SMTP reply, e.g. "550 no such user"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        self.messages.append((str(envelope.mail_from), list(envelope.rcpt_tos), bytes(content)))
        return "250 Message accepted"


class SmtpServer:
    """A real SMTP server on a fixed loopback port that can be stopped and started again."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.mailbox = Mailbox()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def seed(db: Database) -> None:
    with db.write() as s:
        repository.replace_service(s, small_service())


def configure_mail(db: Database, port: int, *, user: str = "") -> None:
    settings = mail_settings.MailSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        user=user,
        sender="coordinamento@example.org",
        organizer_name="Coordinamento Mediazione",
        organizer_email="coordinamento@example.org",
        domain="example.org",
    )
    mail_settings.save_settings(db, settings, password=None, now=NOW, actor=ACTOR)


def book(db: Database, booking: Booking, change: str = "created", *, now: dt.datetime = NOW) -> None:
    """What the booking lifecycle does: save the booking and notify, in one transaction."""
    with db.write() as s:
        repository.save_booking(s, booking)
        notify.booking_changed(s, booking, change, now=now, actor=ACTOR)


def client_reply(invite: bytes, partstat: str, *, attendee: str | None = None) -> bytes:
    """What a calendar client sends back: METHOD:REPLY, the event, only the attendee's answer."""
    cal = vobject.readOne(invite.decode())
    cal.method.value = "REPLY"
    for event in cal.vevent_list:
        for person in event.attendee_list:
            person.params["PARTSTAT"] = [partstat]
            person.params.pop("RSVP", None)
            if attendee is not None:
                person.value = f"mailto:{attendee}"
        for name in ("description", "location"):
            if hasattr(event, name):
                event.remove(getattr(event, name))
    return str(cal.serialize()).encode()


def calendar_uid(db: Database, kind: str, entity_id: str, domain: str = "example.org") -> str:
    """The UID the app gives the booking or series (with its keyed token)."""
    with db.read() as s:
        return calendar_objects.uid_for(s, kind, entity_id, domain)


def id_in_uid(uid: str) -> str:
    """The booking or series id inside one of our UIDs (``booking-B1-<token>@domain`` -> ``B1``)."""
    ref = calendar_objects.TOKEN_UID.match(uid)
    assert ref is not None, uid
    return ref["id"]
