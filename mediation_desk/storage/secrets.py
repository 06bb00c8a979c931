"""PostgreSQL passwords from the system keyring (never from a file of ours)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

KEYRING_SERVICE = "mediation-desk"


def keyring_username(url: URL) -> str:
    """The keyring entry name of a PostgreSQL URL: ``user@host:port/db``."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def postgres_password(url: URL) -> str | None:
    """The stored password for this URL, or None when the keyring has none (or no keyring exists)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_username(url))
    except KeyringError:
        return None


def store_postgres_password(url: URL, password: str) -> None:
    """Save the password in the system keyring for later starts."""
    keyring.set_password(KEYRING_SERVICE, keyring_username(url), password)


class PasswordTargetError(ValueError):
    """Why a --db cannot take a keyring password: ``code`` is not_postgres, password_in_url or no_user."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def password_target(target: str) -> URL:
    """The PostgreSQL URL whose password may go to the keyring; PasswordTargetError says why not."""
    try:
        url = make_url(target)
    except ArgumentError:
        raise PasswordTargetError("not_postgres") from None  # a plain path: a SQLite file
    if not url.drivername.startswith("postgres"):
        raise PasswordTargetError("not_postgres")
    if url.password:
        raise PasswordTargetError("password_in_url")
    if not url.username:
        raise PasswordTargetError("no_user")
    return url
