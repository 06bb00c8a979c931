"""`db-password` keeps a shared database's password in the keyring, and the next start finds it."""

from __future__ import annotations

import io
from collections.abc import Iterator

import keyring
import pytest
import sqlalchemy as sa

from mediation_desk.cli.main import main
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import DatabaseUnavailableError
from tests.keyring_support import KeyringForTests, install_keyring_for_tests


@pytest.fixture
def keyring_for_tests() -> Iterator[KeyringForTests]:
    previous = keyring.get_keyring()
    yield install_keyring_for_tests()
    keyring.set_keyring(previous)


@pytest.mark.postgres
def test_saved_password_opens_the_shared_database(
    pg_database: str, pg_admin: sa.Engine, keyring_for_tests: KeyringForTests,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    with pg_admin.connect() as conn:
        # the one role the test server asks a password of (tests/conftest.py)
        conn.execute(sa.text("DROP ROLE IF EXISTS md_secret"))
        conn.execute(sa.text("CREATE ROLE md_secret LOGIN SUPERUSER PASSWORD 'Lodi-2026'"))
    target = pg_database.replace("postgres@", "md_secret@")
    with pytest.raises(DatabaseUnavailableError):
        Database.open(target)
    monkeypatch.setattr("sys.stdin", io.StringIO("Lodi-2026\n"))
    assert main(["--db", target, "db-password", "--password-stdin"]) == 0
    assert "saved the password" in capsys.readouterr().out
    db = Database.open(target)
    assert "Lodi-2026" not in db.describe()
    db.dispose()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (None, "give the database with --db"),
        ("/tmp/some.db", "only PostgreSQL databases have a password"),
        ("postgresql+psycopg://u:secret@localhost/x", "leave the password out of the URL"),
        ("postgresql+psycopg://localhost/x", "names no user"),
    ],
)
def test_refuses_what_has_no_password_to_keep(
    target: str | None, message: str, keyring_for_tests: KeyringForTests, capsys: pytest.CaptureFixture[str],
) -> None:
    argv = (["--db", target] if target else []) + ["db-password", "--password-stdin"]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
