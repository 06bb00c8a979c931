"""The Database: opens SQLite or PostgreSQL, migrates it, hands out read and write sessions."""

from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from mediation_desk.storage import migrate, paths, secrets
from mediation_desk.storage.errors import (
    BookingOverlapError,
    DatabaseUnavailableError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
    is_overlap_violation,
    storage_error_of,
)

PRIVATE_FILE_MODE = 0o600  # the database holds personal data: only its owner reads it
DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another writer before giving up
PG_CONNECT_TIMEOUT = 5  # seconds
PG_WRITE_LOCK_KEY = 0x4D44_5752  # advisory lock serialising writers on PostgreSQL, like SQLite
_WRITE_OPTION = "mediation_desk_write"


class Database:
    """One database (a SQLite file or a PostgreSQL URL) with its engine; sessions last one user action."""

    def __init__(self, engine: Engine, *, sqlite_path: Path | None, busy_timeout: float) -> None:
        self.engine = engine
        self.sqlite_path = sqlite_path
        self.busy_timeout = busy_timeout
        self.last_backup: Path | None = None
        self._login: str | None = None
        self.commits = 0  # write transactions this program committed (a change watcher skips its own)
        self._writing = threading.local()  # a nested write() in one thread would wait for itself
        # same pool; on SQLite its transactions start with BEGIN IMMEDIATE
        self.write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        # readers see one snapshot (SQLite in WAL mode does so anyway)
        snapshot = {} if self.is_sqlite else {"isolation_level": "REPEATABLE READ"}
        self.read_engine = engine.execution_options(**snapshot)

    @classmethod
    def open(
        cls, target: str | None = None, *, migrate: bool = True, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> Database:
        """Open (and create, for SQLite) the database; bring its schema to the newest version."""
        url = resolve_url(target)
        if url.get_backend_name() == "sqlite":
            db = cls._open_sqlite(url, busy_timeout)
        elif url.get_backend_name() == "postgresql":
            db = cls._open_postgres(url, busy_timeout)
        else:
            raise DatabaseUnavailableError(
                f"unsupported database {url.get_backend_name()!r}: use SQLite or PostgreSQL"
            )
        if migrate:
            try:
                db.last_backup = _run_migrations(db)
            except BaseException:
                db.dispose()
                raise
        return db

    @classmethod
    def _open_sqlite(cls, url: URL, busy_timeout: float) -> Database:
        if not url.database or url.database == ":memory:":
            raise DatabaseUnavailableError("an in-memory SQLite database cannot be shared: give a file")
        path = Path(url.database).expanduser().resolve()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
                # SQLite writes its journal beside the file, even to read
                raise ReadOnlyDatabaseError(f"cannot open the database file {path}: the file or its folder "
                                            "is read-only (the database needs to write beside the file)")
            new = not path.exists()
            sqlite3.connect(path).close()  # fails early on an unwritable or invalid place
            if new:
                os.chmod(path, PRIVATE_FILE_MODE)  # the WAL and shared-memory files take its mode
        except OSError as exc:
            raise DatabaseUnavailableError(f"cannot open the database file {path}: "
                                           f"{exc.strerror or exc}") from exc
        except sqlite3.Error as exc:
            raise DatabaseUnavailableError(f"cannot open the database file {path}: {exc}") from exc
        engine = sa.create_engine(
            url.set(database=str(path)),
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )
        _install_sqlite_hooks(engine)
        migrate.remove_partial_backups(path)  # what an interrupted backup left beside the file
        db = cls(engine, sqlite_path=path, busy_timeout=busy_timeout)
        db._check_connects()
        return db

    @classmethod
    def _open_postgres(cls, url: URL, busy_timeout: float) -> Database:
        if url.password is None and url.username:
            password = secrets.postgres_password(url)
            if password is not None:
                url = url.set(password=password)
        engine = sa.create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": PG_CONNECT_TIMEOUT, "options": "-c timezone=UTC"},
        )
        db = cls(engine, sqlite_path=None, busy_timeout=busy_timeout)
        db._check_connects()
        return db

    def _check_connects(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except DBAPIError as exc:
            self.engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            if isinstance(storage_error_of(exc), DiskFullError) or (
                    self.sqlite_path is not None and shutil.disk_usage(self.sqlite_path.parent).free < 65536):
                reason = "the disk holding it is full"
            verb = "open" if self.is_sqlite else "connect to"
            raise DatabaseUnavailableError(f"cannot {verb} {self.describe()}: {reason}") from exc

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def login(self) -> str:
        """Who is acting: the PostgreSQL session's login, or on SQLite the operating-system account.

        On PostgreSQL the audit trail records the login whatever a program
        sends (a trigger); this is the same name, for what the window shows.
        """
        if self._login is None:
            if self.is_sqlite:
                self._login = os_account()
            else:
                with self.engine.connect() as conn:
                    self._login = str(conn.execute(sa.text("SELECT session_user")).scalar_one())
        return self._login

    def describe(self) -> str:
        """A short label for the status bar; never shows a password."""
        if self.sqlite_path is not None:
            return f"SQLite {self.sqlite_path}"
        url = self.engine.url
        port = f":{url.port}" if url.port else ""
        user = f"{url.username}@" if url.username else ""
        return f"PostgreSQL {user}{url.host or 'localhost'}{port}/{url.database}"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it changes is rolled back."""
        session = Session(self.read_engine, expire_on_commit=False, autoflush=False)
        try:
            with _translated_errors():
                yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        if getattr(self._writing, "active", False):
            raise StorageError("a write transaction is already open in this thread: pass its session down")
        session = Session(self.write_engine, expire_on_commit=False)
        self._writing.active = True
        try:
            with _translated_errors(), session.begin():
                if not self.is_sqlite:
                    _take_pg_write_lock(session, self.busy_timeout)
                yield session
            self.commits += 1
        finally:
            self._writing.active = False
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def os_account() -> str:
    """The operating-system account running the program (the one user of a SQLite file)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def resolve_url(target: str | None) -> URL:
    """A SQLAlchemy URL for a file path, a URL or None (the default file)."""
    text = (target or "").strip() or paths.default_target()
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseUnavailableError(f"not a database URL: {text!r}") from exc
    if url.drivername in ("postgres", "postgresql"):  # libpq-style URLs: use our driver
        url = url.set(drivername="postgresql+psycopg")
    return url


def _install_sqlite_hooks(engine: Engine) -> None:
    """WAL, foreign keys, and our own BEGIN (IMMEDIATE for writers): the pysqlite serializable recipe."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # pysqlite must not emit BEGIN/COMMIT on its own
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _take_pg_write_lock(session: Session, timeout: float) -> None:
    session.execute(sa.text(f"SET LOCAL lock_timeout = '{int(timeout * 1000)}ms'"))
    session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK_KEY})


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Driver errors become StorageErrors that say what happened, never the SQL or its parameters."""
    try:
        yield
    except IntegrityError as exc:
        if is_overlap_violation(exc):
            raise BookingOverlapError() from exc
        raise storage_error_of(exc) from exc
    except StatementError as exc:
        if isinstance(exc.orig, ValueError):  # a value our column types refuse, e.g. a naive datetime
            raise exc.orig from exc
        if isinstance(exc, DBAPIError):
            raise storage_error_of(exc) from exc
        raise
    except sqlite3.Error as exc:  # raised by the driver outside a statement (e.g. at COMMIT on some paths)
        raise storage_error_of(DBAPIError(None, None, exc)) from exc


def _run_migrations(db: Database) -> Path | None:
    try:
        return migrate.upgrade(db.write_engine, db.sqlite_path, check_engine=db.read_engine)
    except StorageError:
        raise
    except DBAPIError as exc:
        raise StorageError(f"cannot update the database schema of {db.describe()}: "
                           f"{storage_error_of(exc)}") from exc
