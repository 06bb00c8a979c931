"""Passwords of the mail, CalDAV and IMAP accounts, kept only in the system keyring."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SMTP_SERVICE = "mediation-desk-smtp"
CALDAV_SERVICE = "mediation-desk-caldav"
IMAP_SERVICE = "mediation-desk-imap"


class KeyringUnavailableError(RuntimeError):
    """No usable system keyring: passwords can be neither stored nor read.

    The UI shows this state (``code``) and keeps offering to save .ics files.
    """

    code = "keyring_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(f"no usable system keyring: {detail}")
        self.detail = detail


def keyring_problem() -> str | None:
    """None when a real keyring backend is usable, else why not (for the status line)."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    if type(backend).__module__.startswith("keyring.backends.fail") or priority <= 0:
        return f"{type(backend).__name__} backend"
    return None


def get_password(service: str, username: str) -> str | None:
    """The stored password, None when none is stored; raises KeyringUnavailableError without a keyring."""
    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailableError(problem)
    try:
        return keyring.get_password(service, username)
    except KeyringError as exc:
        raise KeyringUnavailableError(str(exc) or type(exc).__name__) from exc


def set_password(service: str, username: str, password: str) -> None:
    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailableError(problem)
    try:
        keyring.set_password(service, username, password)
    except KeyringError as exc:
        raise KeyringUnavailableError(str(exc) or type(exc).__name__) from exc
