"""Mediators' answers to invitations (iTIP REPLY): accept, decline, and the alerts a decline raises.

A decline cancels the booking as not billable (the mediator never accepted it),
puts the request back among the pending ones once it has no active booking left,
and records an alert for the coordinator. No CANCEL mail is sent: the mediator
already removed the event by declining it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.io.itip_reply import MAX_REPLY_BYTES, ReplyItem, ReplyParseError, parse_message
from mediation_desk.scheduling.model import (
    Booking,
    BookingStatus,
    CancelParty,
    Outcome,
    ReplyStatus,
    RequestStatus,
)
from mediation_desk.services import calendar_objects, changes, invites
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.mail_settings import get_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import AuditRow, BookingRow

PARTSTAT = {
    "ACCEPTED": ReplyStatus.ACCEPTED,
    "DECLINED": ReplyStatus.DECLINED,
    "TENTATIVE": ReplyStatus.TENTATIVE,
}
ALERT_PREFIX = "alert."
DISMISSED_KEY = "alerts.dismissed"
# Answers refused: never applied, each listed for the coordinator as an alert.
REFUSED = frozenset(
    {"unknown_event", "wrong_attendee", "wrong_sender", "wrong_sequence", "stale", "unreadable", "too_large"}
)


RECORDED = frozenset({"accepted", "declined", "tentative"})  # outcomes that change a booking


@dataclass(frozen=True)
class ReplyOutcome:
    """What one answer did; ``code`` is accepted, declined, tentative or no_change when applied,
    else one of ``REFUSED``."""

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
    """The bookings an answer is about and the SEQUENCE of the last invitation they are in.

    None when the UID is not one we gave out: a guessed ``booking-<id>@domain`` names
    nothing unless that very UID was sent before its token existed.
    """
    ref = calendar_objects.resolve(s, item.uid, domain)
    if ref is None:
        return None
    sequence = calendar_objects.sequence_of(s, ref.kind, ref.entity_id)
    if ref.kind == "booking":
        booking = repository.get_booking(s, ref.entity_id)
        return ([booking], sequence) if booking is not None else None
    layout = invites.series_layout(s, ref.entity_id)
    if layout is None:
        return None
    if item.recurrence_id is None:
        return [b for b in layout.bookings if b.active], sequence
    wanted = item.recurrence_id
    if wanted.tzinfo is None:
        return None
    booking = layout.by_slot.get(wanted.astimezone(layout.tz))
    return ([booking] if booking is not None else []), sequence


def _apply(
    s: Session, item: ReplyItem, *, source: str, sender: str | None, now: dt.datetime, actor: str
) -> ReplyOutcome:
    """Apply one answer when it is authentic: our UID, the booked mediator as attendee and as sender,
    the SEQUENCE of the invitation last sent. Anything else is refused and changes nothing."""
    settings = get_settings(s)
    found = _targets(s, item, settings.uid_domain)
    if found is None:
        return ReplyOutcome(source, "unknown_event", item.uid)
    bookings, sequence = found
    answer = PARTSTAT.get(item.partstat)
    ids = tuple(b.id for b in bookings)
    if not bookings:
        return ReplyOutcome(source, "unknown_event", item.uid, ids, "no occurrence at this RECURRENCE-ID")
    mediator = repository.get_mediator(s, bookings[0].mediator)
    address = mediator.email.strip().lower() if mediator is not None else ""
    if not address or address != item.attendee:
        return ReplyOutcome(source, "wrong_attendee", item.uid, ids, item.attendee)
    if sender is not None and sender != address:
        return ReplyOutcome(source, "wrong_sender", item.uid, ids, sender)
    if item.sequence < sequence:
        return ReplyOutcome(source, "stale", item.uid, ids, f"SEQUENCE {item.sequence} < {sequence}")
    if item.sequence > sequence:
        return ReplyOutcome(source, "wrong_sequence", item.uid, ids, f"SEQUENCE {item.sequence} > {sequence}")
    if answer is None:
        return ReplyOutcome(source, "no_change", item.uid, ids, item.partstat)
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


def _list_refusals(s: Session, outcomes: list[ReplyOutcome], *, now: dt.datetime, actor: str) -> None:
    """Every refused answer becomes an alert for the coordinator (who sent it, why, which event)."""
    entries = [
        (ALERT_PREFIX + "reply_refused", "reply", o.source,
         {"code": o.code, "uid": o.uid, "bookings": list(o.booking_ids), "detail": o.detail[:300]})
        for o in outcomes if o.code in REFUSED
    ]
    if entries:
        repository.add_audits(s, at=now, actor=actor, entries=entries)


def apply_replies(
    db: Database,
    items: Iterable[ReplyItem],
    *,
    source: str,
    now: dt.datetime,
    actor: str,
    sender: str | None = None,
) -> ReplyOutcomes:
    """Record the answers of one message in one transaction; refusals are listed as alerts.

    ``sender`` is the From address of an e-mail; None for a file the coordinator chose
    (an .ics has no sender: the attendee, UID token and SEQUENCE are still checked).
    """
    with db.write() as s:
        outcomes = ReplyOutcomes(_apply(s, item, source=source, sender=sender, now=now, actor=actor)
                                 for item in items)
        _list_refusals(s, outcomes, now=now, actor=actor)
        return outcomes


def record_unreadable(db: Database, outcome: ReplyOutcome, *, now: dt.datetime, actor: str) -> ReplyOutcomes:
    with db.write() as s:
        _list_refusals(s, [outcome], now=now, actor=actor)
    return ReplyOutcomes([outcome])


def read_reply_data(
    db: Database, data: bytes, *, source: str, now: dt.datetime, actor: str, is_mail: bool | None = None
) -> ReplyOutcomes:
    """Apply the answers of one file or message; a bad one is reported, never raised.

    An e-mail must come from the booked mediator (``is_mail`` True requires a From
    address; None decides by the data: an .ics document has none).
    """
    try:
        reply = parse_message(data)
    except ReplyParseError as exc:
        outcome = ReplyOutcome(source, "unreadable", detail=str(exc))
        return record_unreadable(db, outcome, now=now, actor=actor)
    if is_mail and reply.sender is None:
        outcome = ReplyOutcome(source, "wrong_sender", detail="no single From address")
        return record_unreadable(db, outcome, now=now, actor=actor)
    return apply_replies(db, reply.items, source=source, now=now, actor=actor, sender=reply.sender)


def read_reply_files(
    db: Database, paths: Iterable[Path], *, now: dt.datetime, actor: str
) -> ReplyOutcomes:
    """Read .ics and .eml files one by one; a bad file is reported and the others still applied."""
    outcomes = ReplyOutcomes()
    for path in paths:
        try:
            if path.stat().st_size > MAX_REPLY_BYTES:
                outcome = ReplyOutcome(str(path), "too_large", detail=f"{path.stat().st_size} bytes")
                outcomes.extend(record_unreadable(db, outcome, now=now, actor=actor))
                continue
            data = path.read_bytes()
        except OSError as exc:
            outcomes.append(ReplyOutcome(str(path), "unreadable", detail=exc.strerror or str(exc)))
            continue
        is_mail = path.suffix.lower() == ".eml" or None
        outcomes.extend(read_reply_data(db, data, source=str(path), now=now, actor=actor, is_mail=is_mail))
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
