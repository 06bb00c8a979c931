"""The outbox: queueing messages, dropping superseded ones, and what the UI reads of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.services import changes
from mediation_desk.services.changes import Changed
from mediation_desk.services.mail_sending import MailFailure
from mediation_desk.services.mail_settings import mail_configured
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow

INVITATION = "invitation"  # the mediator's iMIP mail: a newer one replaces a queued one
AGENCY = "agency"  # the agency told of its booking (services.agency_mail): never replaced


@dataclass(frozen=True)
class OutgoingMail:
    booking_id: str | None
    to_addr: str
    subject: str
    raw: bytes
    kind: str = INVITATION


@dataclass(frozen=True)
class OutboxEntry:
    """A row of the outbox as the UI lists it."""

    id: int
    booking_id: str | None
    to_addr: str
    subject: str
    status: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    next_attempt_at: dt.datetime | None


@dataclass(frozen=True)
class MailStatus:
    """What the coordinator must know about invitations where they book: can they go out, are they stuck."""

    configured: bool
    queued: int
    failed: int
    waiting: int  # queued messages already tried at least once (the server refused or did not answer)
    last_failure: MailFailure | None  # of the most recent message that did not go
    stuck_bookings: frozenset[str]  # bookings whose newest message failed or waits for a retry


def enqueue_many(s: Session, mails: Sequence[OutgoingMail], *, now: dt.datetime, actor: str) -> list[int]:
    """Queue ``mails`` in the caller's transaction with one flush and one audit insert; their outbox ids."""
    rows = [
        OutboxRow(
            booking_id=m.booking_id,
            kind=m.kind,
            to_addr=m.to_addr,
            subject=m.subject,
            raw=m.raw,
            status="queued",
            attempts=0,
            last_error="",
            created_at=now,
            sent_at=None,
            next_attempt_at=now,
        )
        for m in mails
    ]
    s.add_all(rows)
    s.flush()
    entries = [("mail_queued", "booking", r.booking_id or "",
                {"outbox": r.id, "to": r.to_addr, **({"kind": r.kind} if r.kind != INVITATION else {})})
               for r in rows]
    repository.add_audits(s, at=now, actor=actor, entries=entries)
    return [row.id for row in rows]


def drop_queued(s: Session, booking_ids: Sequence[str], *, now: dt.datetime, actor: str, reason: str) -> int:
    """Remove never-attempted queued invitations of these bookings that a newer one replaces (audited).

    The agencies' mails stay: each tells of a change the agency must hear about."""
    rows = list(
        s.scalars(
            sa.select(OutboxRow).where(
                OutboxRow.booking_id.in_(booking_ids), OutboxRow.status == "queued", OutboxRow.attempts == 0,
                OutboxRow.kind == INVITATION,
            )
        )
    )
    for row in rows:
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action="mail_superseded",
            entity="booking",
            entity_id=row.booking_id or "",
            details={"outbox": row.id, "reason": reason},
        )
        s.delete(row)
    s.flush()
    return len(rows)


def list_outbox(s: Session, status: str | None = None, limit: int = 500) -> list[OutboxEntry]:
    query = sa.select(OutboxRow).order_by(OutboxRow.id.desc()).limit(limit)
    if status is not None:
        query = query.where(OutboxRow.status == status)
    return [
        OutboxEntry(
            r.id,
            r.booking_id,
            r.to_addr,
            r.subject,
            r.status,
            r.attempts,
            r.last_error,
            r.created_at,
            r.sent_at,
            r.next_attempt_at,
        )
        for r in s.scalars(query)
    ]


def counts(s: Session) -> dict[str, int]:
    rows = s.execute(sa.select(OutboxRow.status, sa.func.count()).group_by(OutboxRow.status))
    return {status: int(n) for status, n in rows}


@dataclass(frozen=True)
class OutboxOverview:
    """What the outbox window and `mail-status` show: the latest messages, the counts, whether mail is set."""

    entries: list[OutboxEntry]
    counts: dict[str, int]
    configured: bool


def outbox_overview(db: Database, status: str | None = None, limit: int = 500) -> OutboxOverview:
    with db.read() as s:
        return OutboxOverview(list_outbox(s, status, limit), counts(s), mail_configured(s))


def ready_to_send(db: Database) -> bool:
    """Mail is configured and something waits in the queue."""
    with db.read() as s:
        return mail_configured(s) and bool(counts(s).get("queued"))


def requeue(db: Database, ids: list[int], *, now: dt.datetime) -> Changed[int]:
    """Put failed messages back in the queue (the UI's "retry"); how many were."""
    with db.write() as s:
        result = s.execute(
            sa.update(OutboxRow)
            .where(OutboxRow.id.in_(ids), OutboxRow.status == "failed")
            .values(status="queued", attempts=0, next_attempt_at=now)
        )
        return Changed(int(getattr(result, "rowcount", 0) or 0), changes.OUTBOX)


def mail_status(s: Session) -> MailStatus:
    """Whether invitations can go out and which bookings' invitations are stuck (failed or retried)."""
    configured = mail_configured(s)
    rows = s.execute(sa.select(OutboxRow.id, OutboxRow.booking_id, OutboxRow.status, OutboxRow.attempts,
                               OutboxRow.last_error, OutboxRow.kind)
                     .where(OutboxRow.status != "sent").order_by(OutboxRow.id)).all()
    queued = sum(1 for r in rows if r.status == "queued")
    failed = sum(1 for r in rows if r.status == "failed")
    trying = [r for r in rows if r.status == "failed" or r.attempts > 0]
    last = MailFailure.decode(trying[-1].last_error) if trying else None
    stuck = frozenset(str(r.booking_id) for r in trying if r.booking_id and r.kind == INVITATION)
    return MailStatus(configured, queued, failed, sum(1 for r in rows if r.status == "queued" and r.attempts),
                      last, stuck)
