"""The mail (SMTP) account's settings: what they hold, how they are checked, read and saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.services import changes, credentials, settings_store
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

SETTINGS_KEY = "mail"
SECURITY = ("none", "starttls", "ssl")


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


def stored_settings(db: Database) -> MailSettings:
    with db.read() as s:
        return get_settings(s)


def stored_settings_and_version(db: Database) -> tuple[MailSettings, int]:
    """The stored settings and their version (0: never saved), read together for an editor."""
    with db.read() as s:
        return get_settings(s), repository.setting_version(s, SETTINGS_KEY)
