"""Passwords live in the system keyring only: which keyring may hold them, and the PostgreSQL ones.

A keyring that would keep passwords in a plain file (keyrings.alt's file backends, anything keyring
itself ranks below 1, "not recommended") or that is no keyring at all (the fail and null backends)
is refused: the mail, CalDAV, IMAP and database passwords are then neither saved nor read, and the
interface says why and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

KEYRING_SERVICE = "mediation-desk"
# keyring's own scale: the system keyrings rank 4.8-5, the file and plaintext ones below 1
MIN_PRIORITY = 1.0
NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")
UNSAFE_MODULES = ("keyrings.alt",)  # file keyrings: plaintext, or a master password typed in a terminal


@dataclass(frozen=True)
class KeyringRefusal:
    """Why no password may be kept: ``kind`` "missing" (no keyring), "unsafe" (a plain file), "failed"."""

    kind: str
    backend: str

    def __str__(self) -> str:
        if self.kind == "unsafe":
            return f"{self.backend} backend, which would store passwords unencrypted"
        return f"{self.backend} backend"


class KeyringUnavailableError(RuntimeError):
    """No keyring fit for passwords: they can be neither stored nor read.

    The UI shows this state (``code``) and keeps offering to save .ics files.
    """

    code = "keyring_unavailable"

    def __init__(self, refusal: KeyringRefusal) -> None:
        super().__init__(f"no usable system keyring: {refusal}")
        self.refusal = refusal
        self.detail = str(refusal)


def refusal_of(backend: KeyringBackend) -> KeyringRefusal | None:
    """None when ``backend`` may hold passwords, else why not."""
    kind = type(backend)
    if kind.__module__.startswith(NO_KEYRING_MODULES):
        return KeyringRefusal("missing", kind.__name__)
    try:
        priority = float(backend.priority)
    except Exception:  # keyrings.alt's encrypted file raises when its crypto library is missing
        priority = 0.0
    if kind.__module__.startswith(UNSAFE_MODULES) or priority < MIN_PRIORITY:
        return KeyringRefusal("unsafe", kind.__name__)
    return None


def password_store() -> KeyringBackend:
    """The keyring passwords go to and come from; raises KeyringUnavailableError when none is fit.

    keyring's chainer (several backends installed) would fall back to a file keyring when the system
    one refuses: only its fit members are used, the best first.
    """
    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        fit = [b for b in chained if refusal_of(b) is None]
        if fit:
            return fit[0]
        refusal = refusal_of(chained[0]) if chained else KeyringRefusal("missing", type(backend).__name__)
        raise KeyringUnavailableError(refusal or KeyringRefusal("missing", type(backend).__name__))
    refusal = refusal_of(backend)
    if refusal is not None:
        raise KeyringUnavailableError(refusal)
    return backend


def keyring_problem() -> KeyringRefusal | None:
    """None when passwords can be kept, else why not (for the notices)."""
    try:
        password_store()
    except KeyringUnavailableError as exc:
        return exc.refusal
    return None


def keyring_username(url: URL) -> str:
    """The keyring entry name of a PostgreSQL URL: ``user@host:port/db``."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def postgres_password(url: URL) -> str | None:
    """The stored password for this URL, or None when the keyring has none (or no fit keyring exists)."""
    try:
        return password_store().get_password(KEYRING_SERVICE, keyring_username(url))
    except (KeyringError, KeyringUnavailableError):
        return None


def store_postgres_password(url: URL, password: str) -> None:
    """Save the password in the system keyring for later starts; KeyringUnavailableError without one."""
    password_store().set_password(KEYRING_SERVICE, keyring_username(url), password)


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
