"""Mediators' answers to invitations (iTIP REPLY): accept, decline, and the alerts a decline raises.

A decline cancels the booking as not billable (the mediator never accepted it),
puts the request back among the pending ones once it has no active booking left,
and records an alert for the coordinator. No CANCEL mail is sent: the mediator
already removed the event by declining it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.io.itip_reply import ReplyItem, ReplyParseError, parse_reply
from mediation_desk.scheduling.model import (
    Booking,
    BookingStatus,
    CancelParty,
    Outcome,
    ReplyStatus,
    RequestStatus,
)
from mediation_desk.services import changes, credentials, invites, settings_store
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.mail import get_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import AuditRow, BookingRow

UID_PATTERN = re.compile(r"^(booking|series)-(?P<id>[^@]+)@(?P<domain>.+)$")
PARTSTAT = {
    "ACCEPTED": ReplyStatus.ACCEPTED,
    "DECLINED": ReplyStatus.DECLINED,
    "TENTATIVE": ReplyStatus.TENTATIVE,
}
ALERT_PREFIX = "alert."
DISMISSED_KEY = "alerts.dismissed"
IMAP_KEY = "imap"


RECORDED = frozenset({"accepted", "declined", "tentative"})  # outcomes that change a booking


@dataclass(frozen=True)
class ReplyOutcome:
    """What one answer did; ``code`` is accepted, declined, tentative, unknown_event,
    wrong_attendee, stale, no_change or unreadable."""

    source: str
    code: str
    uid: str = ""
    booking_ids: tuple[str, ...] = ()
    detail: str = ""


class ReplyOutcomes(list[ReplyOutcome]):
    """The outcomes of the answers read, in order, and what recording them changed."""

    @property
    def changes(self) -> ChangeSet:
        """The bookings whose reply was recorded (a decline also puts its request back among the pending);
        the outbox window, which lists the replies read and the alerts."""
        recorded = [o for o in self if o.code in RECORDED]
        return ChangeSet(bookings=frozenset(b for o in recorded for b in o.booking_ids), outbox=bool(self))


@dataclass(frozen=True)
class Alert:
    id: int
    at: dt.datetime
    code: str  # e.g. booking_declined
    entity: str
    entity_id: str
    details: dict[str, Any] = field(default_factory=dict)


def _targets(s: Session, item: ReplyItem, domain: str) -> tuple[list[Booking], int] | None:
    """The bookings an answer is about and the SEQUENCE of the invitation they are in."""
    match = UID_PATTERN.match(item.uid)
    if match is None or match["domain"].lower() != domain.lower():
        return None
    if item.uid.startswith("booking-"):
        booking = repository.get_booking(s, match["id"])
        return ([booking], booking.sequence) if booking is not None else None
    layout = invites.series_layout(s, match["id"])
    if layout is None:
        return None
    sequence = sum(b.sequence for b in layout.bookings)
    if item.recurrence_id is None:
        return [b for b in layout.bookings if b.active], sequence
    wanted = item.recurrence_id
    if not isinstance(wanted, dt.datetime) or wanted.tzinfo is None:
        return None
    booking = layout.by_slot.get(wanted.astimezone(layout.tz))
    return ([booking] if booking is not None else []), sequence


def _apply(s: Session, item: ReplyItem, *, source: str, now: dt.datetime, actor: str) -> ReplyOutcome:
    settings = get_settings(s)
    found = _targets(s, item, settings.uid_domain)
    if found is None:
        return ReplyOutcome(source, "unknown_event", item.uid)
    bookings, sequence = found
    answer = PARTSTAT.get(item.partstat)
    ids = tuple(b.id for b in bookings)
    if answer is None or not bookings:
        return ReplyOutcome(source, "no_change", item.uid, ids, item.partstat)
    mediator = repository.get_mediator(s, bookings[0].mediator)
    if mediator is None or mediator.email.strip().lower() != item.attendee:
        return ReplyOutcome(source, "wrong_attendee", item.uid, ids, item.attendee)
    if item.sequence < sequence:
        return ReplyOutcome(source, "stale", item.uid, ids, f"SEQUENCE {item.sequence} < {sequence}")
    changed = [b for b in bookings if b.active and b.reply is not answer]
    for booking in changed:
        _record(s, booking, answer, item, now=now, actor=actor)
    if not changed:
        return ReplyOutcome(source, "no_change", item.uid, ids, item.partstat)
    return ReplyOutcome(source, answer.value, item.uid, tuple(b.id for b in changed))


def _record(
    s: Session, booking: Booking, answer: ReplyStatus, item: ReplyItem, *, now: dt.datetime, actor: str
) -> None:
    booking.reply = answer
    details = {"partstat": item.partstat, "attendee": item.attendee, "comment": item.comment}
    if answer is ReplyStatus.DECLINED:
        booking.status = BookingStatus.CANCELLED
        booking.outcome = Outcome.CANCELLED
        booking.cancelled_at = now
        booking.cancel_reason = "declined by the mediator"
        booking.cancelled_by = CancelParty.MEDIATOR
    repository.save_booking(s, booking)
    repository.add_audit(
        s,
        at=now,
        actor=actor,
        action=f"booking_reply_{answer.value}",
        entity="booking",
        entity_id=booking.id,
        details=details,
    )
    if answer is ReplyStatus.DECLINED:
        back = _back_to_pending(s, booking.request)
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action=ALERT_PREFIX + "booking_declined",
            entity="booking",
            entity_id=booking.id,
            details={
                **details,
                "request": booking.request,
                "mediator": booking.mediator,
                "start": booking.start.isoformat(),
                "request_pending": back,
            },
        )


def _back_to_pending(s: Session, request_id: str) -> bool:
    active = s.scalar(
        sa.select(sa.func.count())
        .select_from(BookingRow)
        .where(BookingRow.request_id == request_id, BookingRow.status != BookingStatus.CANCELLED.value)
    )
    request = repository.get_request(s, request_id)
    if request is None or active or request.status is RequestStatus.CANCELLED:
        return False
    request.status = RequestStatus.PENDING
    repository.save_request(s, request)
    return True


def apply_replies(
    db: Database, items: Iterable[ReplyItem], *, source: str, now: dt.datetime, actor: str
) -> ReplyOutcomes:
    """Record the answers of one message in one transaction."""
    with db.write() as s:
        return ReplyOutcomes(_apply(s, item, source=source, now=now, actor=actor) for item in items)


def read_reply_data(
    db: Database, data: bytes, *, source: str, now: dt.datetime, actor: str
) -> ReplyOutcomes:
    try:
        items = parse_reply(data)
    except ReplyParseError as exc:
        return ReplyOutcomes([ReplyOutcome(source, "unreadable", detail=str(exc))])
    return apply_replies(db, items, source=source, now=now, actor=actor)


def read_reply_files(
    db: Database, paths: Iterable[Path], *, now: dt.datetime, actor: str
) -> ReplyOutcomes:
    """Read .ics and .eml files; a file that cannot be read is reported, the others still applied."""
    outcomes = ReplyOutcomes()
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            outcomes.append(ReplyOutcome(str(path), "unreadable", detail=str(exc)))
            continue
        outcomes.extend(read_reply_data(db, data, source=str(path), now=now, actor=actor))
    return outcomes


def save_imap_settings(
    db: Database,
    *,
    host: str,
    port: int,
    user: str,
    folder: str,
    ssl: bool,
    password: str | None,
    now: dt.datetime,
    actor: str,
) -> ChangeSet:
    """The mailbox the organizer's replies arrive in; the password goes to the keyring first."""
    if not host or not user:
        raise ValueError("IMAP host and user are required")
    return settings_store.save_settings(
        db, {IMAP_KEY: {"host": host, "port": port, "user": user, "folder": folder, "ssl": ssl}},
        action="imap_settings_saved", audit_details={"host": host, "user": user, "folder": folder},
        now=now, actor=actor, password=password,
        keyring=settings_store.KeyringEntry(credentials.IMAP_SERVICE, f"{user}@{host}:{port}"),
    )


def imap_settings(db: Database) -> dict[str, Any]:
    """The stored mailbox settings (host, port, user, folder, ssl); {} when none are set."""
    with db.read() as s:
        value = repository.get_setting(s, IMAP_KEY, {})
    return value if isinstance(value, dict) else {}


def fetch_imap_replies(db: Database, *, now: dt.datetime, actor: str) -> ReplyOutcomes:
    """Read the unseen messages of the configured IMAP folder; each read message is marked seen."""
    conf = imap_settings(db)
    host, user = str(conf.get("host", "")), str(conf.get("user", ""))
    if not host or not user:
        raise ValueError("no IMAP account configured")
    port = int(conf.get("port", 993))
    password = credentials.get_password(credentials.IMAP_SERVICE, f"{user}@{host}:{port}") or ""
    imap = imaplib.IMAP4_SSL(host, port) if conf.get("ssl", True) else imaplib.IMAP4(host, port)
    outcomes = ReplyOutcomes()
    try:
        imap.login(user, password)
        imap.select(str(conf.get("folder", "INBOX")))
        _status, found = imap.search(None, "UNSEEN")
        for number in found[0].split():
            _status, parts = imap.fetch(number, "(RFC822)")
            raw = next((p[1] for p in parts if isinstance(p, tuple)), b"")
            outcomes.extend(read_reply_data(db, raw, source=f"imap:{number.decode()}", now=now, actor=actor))
            imap.store(number, "+FLAGS", "\\Seen")
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            imap.logout()
    return outcomes


def list_alerts(db: Database, *, include_dismissed: bool = False) -> list[Alert]:
    """Alerts for the coordinator (declined invitations...), newest first."""
    with db.read() as s:
        dismissed = set(repository.get_setting(s, DISMISSED_KEY, []) or [])
        rows = s.scalars(
            sa.select(AuditRow).where(AuditRow.action.startswith(ALERT_PREFIX)).order_by(AuditRow.id.desc())
        )
        return [
            Alert(r.id, r.at, r.action[len(ALERT_PREFIX) :], r.entity, r.entity_id, dict(r.details or {}))
            for r in rows
            if include_dismissed or r.id not in dismissed
        ]


def dismiss_alert(db: Database, alert_id: int, *, now: dt.datetime, actor: str) -> ChangeSet:
    with db.write() as s:
        dismissed = list(repository.get_setting(s, DISMISSED_KEY, []) or [])
        if alert_id not in dismissed:
            repository.set_setting(s, DISMISSED_KEY, [*dismissed, alert_id])
            repository.add_audit(
                s,
                at=now,
                actor=actor,
                action="alert_dismissed",
                entity="alert",
                entity_id=str(alert_id),
                details={},
            )
    return changes.OUTBOX
