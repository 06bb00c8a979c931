"""Passwords of the mail, CalDAV and IMAP accounts, kept only in the system keyring.

Which keyring is fit for them (never a plaintext file) is decided in ``storage.secrets``.
"""

from __future__ import annotations

from keyring.errors import KeyringError

from mediation_desk.storage.secrets import (
    KeyringRefusal,
    KeyringUnavailableError,
    keyring_problem,
    password_store,
)

__all__ = [
    "CALDAV_SERVICE",
    "IMAP_SERVICE",
    "SMTP_SERVICE",
    "KeyringRefusal",
    "KeyringUnavailableError",
    "get_password",
    "keyring_problem",
    "set_password",
]

SMTP_SERVICE = "mediation-desk-smtp"
CALDAV_SERVICE = "mediation-desk-caldav"
IMAP_SERVICE = "mediation-desk-imap"


def get_password(service: str, username: str) -> str | None:
    """The stored password, None when none is stored; raises KeyringUnavailableError without a keyring."""
    store = password_store()
    try:
        return store.get_password(service, username)
    except KeyringError as exc:  # a locked keyring whose unlock was refused, a D-Bus failure
        raise KeyringUnavailableError(KeyringRefusal("failed", f"{type(store).__name__} ({exc})")) from exc


def set_password(service: str, username: str, password: str) -> None:
    store = password_store()
    try:
        store.set_password(service, username, password)
    except KeyringError as exc:
        raise KeyringUnavailableError(KeyringRefusal("failed", f"{type(store).__name__} ({exc})")) from exc
