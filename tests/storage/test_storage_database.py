"""Opening databases: default file, SQLite pragmas and locks, PostgreSQL URLs, keyring, clear errors."""

from __future__ import annotations

import socket
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend

from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database, resolve_url
from mediation_desk.storage.errors import DatabaseUnavailableError, StorageError
from mediation_desk.storage.secrets import KEYRING_SERVICE, keyring_username
from tests.keyring_support import install_keyring_for_tests


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG data folder is the Linux default")
def test_no_target_opens_the_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEDIATION_DESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = Database.open(None)
    expected = tmp_path / "data" / "mediation-desk" / "mediation-desk.db"
    assert db.is_sqlite and db.sqlite_path == expected and expected.exists()
    assert db.describe() == f"SQLite {expected}"
    db.dispose()


def test_environment_variable_overrides_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIATION_DESK_DB", str(tmp_path / "elsewhere.db"))
    db = Database.open(None)
    assert db.sqlite_path == tmp_path / "elsewhere.db"
    db.dispose()


def test_targets_resolve_to_urls(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "a.db")).database == str(tmp_path / "a.db")
    assert resolve_url(f"sqlite:///{tmp_path}/b.db").database == f"{tmp_path}/b.db"
    for libpq_style in ("postgres://u@h:5433/d", "postgresql://u@h:5433/d"):
        url = resolve_url(libpq_style)
        assert (url.drivername, url.username, url.host, url.port, url.database) == (
            "postgresql+psycopg",
            "u",
            "h",
            5433,
            "d",
        )
    with pytest.raises(DatabaseUnavailableError, match="not a database URL"):
        resolve_url("://nothing")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        assert s.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_write_takes_the_sqlite_write_lock_before_anything_is_written(sqlite_db: Database) -> None:
    assert sqlite_db.sqlite_path is not None
    other = sqlite3.connect(sqlite_db.sqlite_path, timeout=0, isolation_level=None)
    with sqlite_db.write() as s:
        repo.get_setting(s, "anything")  # only a read so far: BEGIN IMMEDIATE already holds the lock
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_readers_do_not_block_a_writer(db: Database) -> None:
    with db.read() as reader:
        assert repo.get_setting(reader, "x") is None
        with db.write() as s:
            repo.set_setting(s, "x", 1)
    with db.read() as s:
        assert repo.get_setting(s, "x") == 1


def test_a_reader_sees_one_snapshot_while_a_writer_commits(db: Database) -> None:
    with db.write() as s:
        repo.set_setting(s, "x", "before")
    with db.read() as reader:
        assert repo.get_setting(reader, "x") == "before"
        with db.write() as s:
            repo.set_setting(s, "x", "after")
            repo.set_setting(s, "y", "new")
        assert repo.get_setting(reader, "y") is None
    with db.read() as s:
        assert (repo.get_setting(s, "x"), repo.get_setting(s, "y")) == ("after", "new")


def test_a_nested_write_in_the_same_thread_is_refused_at_once(db: Database) -> None:
    with pytest.raises(StorageError, match="already open"), db.write() as s:
        repo.set_setting(s, "outer", 1)
        with db.write():
            pass
    with db.write() as s:
        assert repo.get_setting(s, "outer") is None


def test_bad_targets_are_refused_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder, not a database" * 100)
    with pytest.raises(DatabaseUnavailableError, match="cannot open the database file"):
        Database.open(str(blocker / "x.db"))
    with pytest.raises(DatabaseUnavailableError, match="cannot open SQLite .*: file is not a database"):
        Database.open(str(blocker))
    with pytest.raises(DatabaseUnavailableError, match="unsupported database"):
        Database.open("mysql://someone@localhost/service")
    with pytest.raises(DatabaseUnavailableError, match="in-memory"):
        Database.open("sqlite://")


def test_unreachable_postgres_server_is_reported_without_the_password() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again below: nobody listens there
    with pytest.raises(DatabaseUnavailableError) as refused:
        Database.open(f"postgresql+psycopg://coordinatore:segreta@127.0.0.1:{port}/servizio")
    message = str(refused.value)
    assert message.startswith(f"cannot connect to PostgreSQL coordinatore@127.0.0.1:{port}/servizio:")
    assert "segreta" not in message


@pytest.mark.postgres
def test_postgres_description_never_shows_the_password(pg_database: str) -> None:
    db = Database.open(pg_database.replace("postgres@", "postgres:segreta@"))
    assert not db.is_sqlite
    assert db.describe().startswith("PostgreSQL postgres@127.0.0.1:") and "segreta" not in db.describe()
    db.dispose()


@pytest.fixture
def temporary_keyring() -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    yield install_keyring_for_tests()
    keyring.set_keyring(previous)


@pytest.mark.postgres
def test_postgres_password_comes_from_the_keyring(
    pg_database: str, pg_admin: sa.Engine, temporary_keyring: KeyringBackend
) -> None:
    with pg_admin.connect() as conn:
        conn.execute(sa.text("DROP ROLE IF EXISTS md_secret"))
        conn.execute(sa.text("CREATE ROLE md_secret LOGIN SUPERUSER PASSWORD 'chiave-Ω-42'"))
    target = pg_database.replace("postgres@", "md_secret@")
    with pytest.raises(DatabaseUnavailableError, match="password"):
        Database.open(target)
    temporary_keyring.set_password(KEYRING_SERVICE, keyring_username(sa.make_url(target)), "chiave-Ω-42")
    db = Database.open(target)
    with db.write() as s:
        repo.set_setting(s, "who", "md_secret")
    assert "chiave" not in db.describe()
    db.dispose()
