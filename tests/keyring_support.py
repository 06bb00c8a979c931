"""The keyring of the tests: passwords in this process's memory, never on disk, installed only by a test.

The app refuses file keyrings (keyrings.alt) and the fail/null backends as a password store
(storage/secrets.py); tests cannot use the machine's own keyring, so they install this one
explicitly with ``install_keyring_for_tests()``. It is registered nowhere else (no entry point),
so outside a test that installs it the app never sees it.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class KeyringForTests(KeyringBackend):
    """A real keyring backend over a dict; ranks like a system keyring (priority 1) so the app takes it."""

    priority = 1.0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(f"no password for {username} in {service}")


def install_keyring_for_tests() -> KeyringForTests:
    """A new, empty test keyring, installed as the process keyring (restore the previous one after)."""
    backend = KeyringForTests()
    keyring.set_keyring(backend)
    return backend
