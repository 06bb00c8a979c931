"""PostgreSQL passwords from the system keyring (never from a file of ours)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL

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
