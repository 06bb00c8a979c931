"""Sending the outbox over SMTP, and the failure codes of what went wrong (sentences are made in texts/)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from mediation_desk.services import changes, credentials
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.mail_settings import MailSettings, MailSettingsError, get_settings, validate
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow

MAX_ATTEMPTS = 8  # per message, for errors the server gives about that message
BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=6)
SMTP_TIMEOUT = 20.0


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
