"""Alembic run from the program: upgrade to the newest schema, backing up a SQLite file first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Engine

from mediation_desk.storage.errors import MigrationError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x4D44_4D47  # PostgreSQL advisory lock held while migrating


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic configuration without any ini file; env.py uses the given connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("no migration scripts found")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine, sqlite_path: Path | None, revision: str = "head", *, check_engine: Engine | None = None,
) -> Path | None:
    """Bring the schema to ``revision``; return the backup made of the SQLite file, if any.

    The version is first read through ``check_engine`` (a plain reader): when
    it is already the target, no write lock is taken at all, so the app and
    every read-only command start while another process is writing.
    """
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(check_engine or engine)
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    if current is not None and _unknown(script, current):
        raise MigrationError(
            f"the database has schema version {current}, newer than this program knows: update Mediation Desk"
        )
    if current is None and _has_foreign_tables(engine):
        raise MigrationError(
            "the database already holds tables that are not Mediation Desk's: choose another one"
        )
    backup = backup_sqlite(sqlite_path, current) if sqlite_path is not None and current is not None else None
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # two programs starting at once: one migrates, one waits
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            if MigrationContext.configure(conn).get_current_revision() != target:
                command.upgrade(alembic_config(conn), revision)
    except CommandError as exc:
        raise MigrationError(f"cannot update the database schema: {exc}") from exc
    return backup


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except CommandError:
        return True


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = set(sa.inspect(conn).get_table_names())
    return bool(names - {"alembic_version"})


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the live SQLite file (WAL included) next to it: ``NAME-backup-YYYYMMDD-HHMMSS-REV.db``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}-backup-{stamp}-{revision}{path.suffix or '.db'}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.stem}-backup-{stamp}-{revision}-{number}{path.suffix or '.db'}")
    source = sqlite3.connect(path)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    except sqlite3.Error as exc:
        raise MigrationError(f"cannot back up {path} before updating it: {exc}") from exc
    finally:
        target.close()
        source.close()
    return backup
