"""Passwords go to a system keyring or nowhere: plaintext files and non-keyrings are refused."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from mediation_desk.cli.main import main
from mediation_desk.services import credentials
from mediation_desk.storage.secrets import keyring_problem, password_store
from tests.keyring_support import KeyringForTests


class FileInTmp(PlaintextKeyring):
    """keyrings.alt's plaintext keyring, its file kept in the test's folder."""

    folder = Path()

    @property
    def file_path(self) -> str:
        return str(self.folder / "keyring_pass.cfg")


class LowRanked(KeyringForTests):
    """Any backend keyring itself does not recommend (priority below 1)."""

    priority = 0.5  # type: ignore[assignment]


@pytest.fixture
def plaintext(tmp_path: Path) -> Iterator[FileInTmp]:
    previous = keyring.get_keyring()
    FileInTmp.folder = tmp_path
    backend = FileInTmp()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_the_plaintext_file_keyring_is_refused_and_nothing_is_written(plaintext: FileInTmp) -> None:
    assert keyring_problem() == credentials.KeyringRefusal("unsafe", "FileInTmp")
    with pytest.raises(credentials.KeyringUnavailableError, match="unencrypted"):
        credentials.set_password(credentials.SMTP_SERVICE, "coordinamento@smtp.example.org", "segreta")
    with pytest.raises(credentials.KeyringUnavailableError):
        credentials.get_password(credentials.SMTP_SERVICE, "coordinamento@smtp.example.org")
    assert not Path(plaintext.file_path).exists()


@pytest.mark.parametrize(
    ("backend", "kind"),
    [(fail.Keyring(), "missing"), (null.Keyring(), "missing"), (LowRanked(), "unsafe")],
    ids=["fail", "null", "low-priority"],
)
def test_no_keyring_or_a_not_recommended_one_is_refused(
    backend: KeyringBackend, kind: str, restore_keyring: None
) -> None:
    keyring.set_keyring(backend)
    problem = keyring_problem()
    assert problem is not None and problem.kind == kind
    with pytest.raises(credentials.KeyringUnavailableError):
        credentials.set_password(credentials.CALDAV_SERVICE, "u@host", "x")


def test_the_keyring_a_test_installs_is_taken(restore_keyring: None) -> None:
    backend = KeyringForTests()
    keyring.set_keyring(backend)
    assert keyring_problem() is None
    credentials.set_password(credentials.IMAP_SERVICE, "u@host:993", "segreta")
    assert credentials.get_password(credentials.IMAP_SERVICE, "u@host:993") == "segreta"
    assert backend.passwords == {(credentials.IMAP_SERVICE, "u@host:993"): "segreta"}


def test_a_chain_never_falls_back_to_the_file_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_keyring: None
) -> None:
    """keyring chains every backend it finds; passwords go to the fit one only, and with none, nowhere."""
    FileInTmp.folder = tmp_path
    system = KeyringForTests()
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [FileInTmp(), system])
    keyring.set_keyring(chainer.ChainerBackend())
    assert password_store() is system
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [FileInTmp(), fail.Keyring()])
    assert keyring_problem() == credentials.KeyringRefusal("unsafe", "FileInTmp")


def test_db_password_refuses_the_plaintext_keyring_and_says_what_to_do(
    plaintext: FileInTmp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Lodi-2026\n"))
    target = "postgresql+psycopg://coordinamento@db.example.org/mediazione"
    assert main(["--db", target, "db-password", "--password-stdin"]) == 1
    error = capsys.readouterr().err
    assert "would store passwords unencrypted" in error and "Install and unlock the system keyring" in error
    assert not Path(plaintext.file_path).exists()
