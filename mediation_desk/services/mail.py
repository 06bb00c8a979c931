"""Mail outbox: SMTP settings, queueing inside the caller's transaction, sending with retries."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.services import changes, credentials, settings_store
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow

SETTINGS_KEY = "mail"
SECURITY = ("none", "starttls", "ssl")
MAX_ATTEMPTS = 8  # per message, for errors the server gives about that message
BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=6)
SMTP_TIMEOUT = 20.0


@dataclass(frozen=True)
class MailSettings:
    """Business settings of the mail account (database); the password lives in the keyring."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # none, starttls, ssl
    user: str = ""
    sender: str = ""  # envelope and From address
    organizer_name: str = ""
    organizer_email: str = ""  # ORGANIZER of the invitations: replies go there
    domain: str = ""  # of UIDs and Message-IDs; default the sender's domain
    ca_file: str = ""  # extra certificate authority (PEM) for a server with an internal CA

    @property
    def uid_domain(self) -> str:
        if self.domain:
            return self.domain
        address = self.organizer_email or self.sender
        return address.rpartition("@")[2] or "mediation-desk.invalid"

    @property
    def keyring_username(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


@dataclass(frozen=True)
class OutgoingMail:
    booking_id: str | None
    to_addr: str
    subject: str
    raw: bytes


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
class MailFailure:
    """Why a message did not go out, as a code and what it involves (sentences are made in texts/).

    Codes: host_unknown, refused, no_answer, unreachable, tls, login_refused,
    recipient_refused, server_said, keyring, other. Stored in the outbox's
    ``last_error`` as one JSON object so that the sentence is made when shown.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def encode(self) -> str:
        return json.dumps({"code": self.code, **self.params}, ensure_ascii=False)[:500]

    @classmethod
    def decode(cls, text: str) -> MailFailure | None:
        """The failure stored in ``text``; an older free-text error becomes code "other"."""
        if not text:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict) and isinstance(value.get("code"), str):
            return cls(value.pop("code"), value)
        return cls("other", {"detail": text})


@dataclass(frozen=True)
class SendReport:
    sent: int
    retry: int  # still queued, to retry later
    failed: int  # given up: the UI can queue them again
    error: str = ""  # why the server could not be used at all (MailFailure.encode)

    @property
    def failure(self) -> MailFailure | None:
        return MailFailure.decode(self.error)

    @property
    def changes(self) -> ChangeSet:
        return changes.OUTBOX


@dataclass(frozen=True)
class MailStatus:
    """What the coordinator must know about invitations where they book: can they go out, are they stuck."""

    configured: bool
    queued: int
    failed: int
    waiting: int  # queued messages already tried at least once (the server refused or did not answer)
    last_failure: MailFailure | None  # of the most recent message that did not go
    stuck_bookings: frozenset[str]  # bookings whose newest message failed or waits for a retry


@dataclass(frozen=True)
class MailProblem:
    """Why the SMTP settings cannot be used, as a code and its parameters (sentences are made in texts/)."""

    code: str  # host_missing, port_out_of_range, bad_security, sender_not_address, organizer_not_address
    params: dict[str, Any] = field(default_factory=dict)


class MailSettingsError(ValueError):
    """The SMTP settings are incomplete or wrong; ``problems`` names each reason."""

    def __init__(self, problems: Sequence[MailProblem]) -> None:
        super().__init__("; ".join(p.code for p in problems))
        self.problems = list(problems)


def get_settings(s: Session) -> MailSettings:
    stored: dict[str, Any] = repository.get_setting(s, SETTINGS_KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in MailSettings.__dataclass_fields__}
    return MailSettings(**known)


def save_settings(
    db: Database, settings: MailSettings, *, password: str | None, now: dt.datetime, actor: str,
    read_version: int | None = None,
) -> ChangeSet:
    """Store the settings; the password (when given) goes to the keyring first, so a keyring
    failure (KeyringUnavailableError) leaves the settings untouched. ``read_version`` (from
    stored_settings_and_version; None: not checked) refuses with StaleEditError settings saved
    by someone else since they were read."""
    problems = validate(settings)
    if problems:
        raise MailSettingsError(problems)
    return settings_store.save_settings(
        db, {SETTINGS_KEY: asdict(settings)}, action="mail_settings_saved",
        audit_details={"host": settings.host, "user": settings.user}, now=now, actor=actor,
        password=password,
        keyring=settings_store.KeyringEntry(credentials.SMTP_SERVICE, settings.keyring_username),
        read_versions=None if read_version is None else {SETTINGS_KEY: read_version},
    ) | changes.OUTBOX  # the outbox says whether mail is set up


def validate(settings: MailSettings) -> list[MailProblem]:
    """Every reason the settings cannot be used; empty when they can."""
    problems = []
    if not settings.host:
        problems.append(MailProblem("host_missing"))
    if not 0 < settings.port < 65536:
        problems.append(MailProblem("port_out_of_range", {"port": settings.port}))
    if settings.security not in SECURITY:
        problems.append(MailProblem("bad_security", {"security": settings.security, "choices": SECURITY}))
    if "@" not in settings.sender:
        problems.append(MailProblem("sender_not_address", {"address": settings.sender}))
    if "@" not in settings.organizer_email:
        problems.append(MailProblem("organizer_not_address", {"address": settings.organizer_email}))
    return problems


def mail_configured(s: Session) -> bool:
    return not validate(get_settings(s))


def enqueue_many(s: Session, mails: Sequence[OutgoingMail], *, now: dt.datetime, actor: str) -> list[int]:
    """Queue ``mails`` in the caller's transaction with one flush and one audit insert; their outbox ids."""
    rows = [
        OutboxRow(
            booking_id=m.booking_id,
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
    entries = [("mail_queued", "booking", r.booking_id or "", {"outbox": r.id, "to": r.to_addr})
               for r in rows]
    repository.add_audits(s, at=now, actor=actor, entries=entries)
    return [row.id for row in rows]


def drop_queued(s: Session, booking_ids: Sequence[str], *, now: dt.datetime, actor: str, reason: str) -> int:
    """Remove never-attempted queued messages of these bookings that a newer one replaces (audited)."""
    rows = list(
        s.scalars(
            sa.select(OutboxRow).where(
                OutboxRow.booking_id.in_(booking_ids), OutboxRow.status == "queued", OutboxRow.attempts == 0
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


def stored_settings(db: Database) -> MailSettings:
    with db.read() as s:
        return get_settings(s)


def stored_settings_and_version(db: Database) -> tuple[MailSettings, int]:
    """The stored settings and their version (0: never saved), read together for an editor."""
    with db.read() as s:
        return get_settings(s), repository.setting_version(s, SETTINGS_KEY)


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


def backoff(attempts: int) -> dt.timedelta:
    return min(BACKOFF_FIRST * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


def _connect(settings: MailSettings, password: str | None) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=settings.ca_file or None)
    smtp: smtplib.SMTP
    if settings.security == "ssl":
        smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=SMTP_TIMEOUT, context=context)
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT)
        if settings.security == "starttls":
            smtp.starttls(context=context)
    try:
        if settings.user:
            smtp.login(settings.user, password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def check_connection(db: Database) -> MailFailure | None:
    """Connect and log in once (the settings dialog's "Prova"); None when it works, else why not.

    Raises MailSettingsError when the stored settings cannot be used at all.
    """
    with db.read() as s:
        settings = get_settings(s)
    problems = validate(settings)
    if problems:
        raise MailSettingsError(problems)
    try:
        password = (
            credentials.get_password(credentials.SMTP_SERVICE, settings.keyring_username)
            if settings.user
            else None
        )
        smtp = _connect(settings, password)
    except credentials.KeyringUnavailableError:
        return MailFailure("keyring", {"host": settings.host})
    except (OSError, smtplib.SMTPException) as exc:
        return failure_of(exc, settings)
    with contextlib.suppress(OSError, smtplib.SMTPException):
        smtp.quit()
    return None


def _due_ids(db: Database, now: dt.datetime, force: bool) -> list[int]:
    with db.read() as s:
        query = sa.select(OutboxRow.id).where(OutboxRow.status == "queued").order_by(OutboxRow.id)
        if not force:
            query = query.where(sa.or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now))
        return list(s.scalars(query))


def _note_failure(
    row: OutboxRow, error: str, now: dt.datetime, *, permanent: bool, server_down: bool = False
) -> None:
    """Count the attempt; give up on a message the server refuses, never because it is down."""
    row.attempts += 1
    row.last_error = error[:500]
    if permanent or (row.attempts >= MAX_ATTEMPTS and not server_down):
        row.status = "failed"
        row.next_attempt_at = None
    else:
        row.next_attempt_at = now + backoff(max(row.attempts, 1))


def send_outbox(db: Database, *, now: dt.datetime, force: bool = False) -> SendReport:
    """Send the due queued messages; each is marked sent in the transaction that sent it.

    A server that cannot be reached leaves every message queued with ``last_error``
    and a later ``next_attempt_at``. Raises KeyringUnavailableError when the account
    needs a password and no keyring can give it.
    """
    with db.read() as s:
        settings = get_settings(s)
    problems = validate(settings)
    if problems:
        raise MailSettingsError(problems)
    password = (
        credentials.get_password(credentials.SMTP_SERVICE, settings.keyring_username)
        if settings.user
        else None
    )
    ids = _due_ids(db, now, force)
    if not ids:
        return SendReport(0, 0, 0)
    try:
        smtp = _connect(settings, password)
    except (OSError, smtplib.SMTPException) as exc:
        error = _describe(exc, settings)
        with db.write() as s:
            for row in s.scalars(sa.select(OutboxRow).where(OutboxRow.id.in_(ids))):
                _note_failure(row, error, now, permanent=False, server_down=True)
        return SendReport(0, len(ids), 0, error)
    sent = retry = failed = 0
    try:
        for outbox_id in ids:
            outcome = _send_one(db, smtp, settings, outbox_id, now)
            sent += outcome == "sent"
            retry += outcome == "queued"
            failed += outcome == "failed"
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return SendReport(sent, retry, failed)


def _send_one(
    db: Database, smtp: smtplib.SMTP, settings: MailSettings, outbox_id: int, now: dt.datetime
) -> str:
    """Send one message holding its row: marked sent in the same transaction as the SMTP success."""
    with db.write() as s:
        query = sa.select(OutboxRow).where(OutboxRow.id == outbox_id, OutboxRow.status == "queued")
        if not db.is_sqlite:
            query = query.with_for_update(skip_locked=True)  # another sender has it: skip
        row = s.scalars(query).one_or_none()
        if row is None:
            return "skipped"
        try:
            smtp.sendmail(settings.sender, [row.to_addr], row.raw)
        except smtplib.SMTPRecipientsRefused as exc:
            _note_failure(row, _describe(exc, settings), now, permanent=_permanent(exc))
        except smtplib.SMTPResponseException as exc:
            _note_failure(row, _describe(exc, settings), now, permanent=exc.smtp_code >= 500)
        except (OSError, smtplib.SMTPException) as exc:
            _note_failure(row, _describe(exc, settings), now, permanent=False)
        else:
            row.status, row.sent_at, row.last_error, row.next_attempt_at = "sent", now, "", None
            row.attempts += 1
        return row.status


def _permanent(exc: smtplib.SMTPRecipientsRefused) -> bool:
    return all(code >= 500 for code, _ in exc.recipients.values())


def _describe(exc: BaseException, settings: MailSettings | None = None) -> str:
    return failure_of(exc, settings).encode()


def failure_of(exc: BaseException, settings: MailSettings | None = None) -> MailFailure:
    """Classify what went wrong talking to the server, naming the server (never the exception's class)."""
    host = settings.host if settings is not None else ""
    port = settings.port if settings is not None else 0
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailFailure("login_refused", {"host": host, "user": settings.user if settings else ""})
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        ((to, (code, _)), *_rest) = exc.recipients.items() or [("", (0, b""))]
        return MailFailure("recipient_refused", {"to": to, "code": code})
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        detail = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
        return MailFailure("server_said", {"host": host, "code": exc.smtp_code, "detail": detail[:200]})
    if isinstance(exc, socket.gaierror):
        return MailFailure("host_unknown", {"host": host})
    if isinstance(exc, ConnectionRefusedError):
        return MailFailure("refused", {"host": host, "port": port})
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailFailure("no_answer", {"host": host})
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailFailure("certificate", {"host": host, "detail": str(exc.verify_message or exc)[:200]})
    if isinstance(exc, ssl.SSLError):
        return MailFailure("tls", {"host": host})
    if isinstance(exc, smtplib.SMTPServerDisconnected | OSError):
        return MailFailure("unreachable", {"host": host})
    return MailFailure("other", {"host": host, "detail": str(exc)[:200]})


def mail_status(s: Session) -> MailStatus:
    """Whether invitations can go out and which bookings' invitations are stuck (failed or retried)."""
    configured = mail_configured(s)
    rows = s.execute(sa.select(OutboxRow.id, OutboxRow.booking_id, OutboxRow.status, OutboxRow.attempts,
                               OutboxRow.last_error)
                     .where(OutboxRow.status != "sent").order_by(OutboxRow.id)).all()
    queued = sum(1 for r in rows if r.status == "queued")
    failed = sum(1 for r in rows if r.status == "failed")
    trying = [r for r in rows if r.status == "failed" or r.attempts > 0]
    last = MailFailure.decode(trying[-1].last_error) if trying else None
    stuck = frozenset(str(r.booking_id) for r in trying if r.booking_id)
    return MailStatus(configured, queued, failed, sum(1 for r in rows if r.status == "queued" and r.attempts),
                      last, stuck)
