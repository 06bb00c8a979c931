"""Alembic run from the program: upgrade to the newest schema, backing up a SQLite file first."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import time
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
KEEP_BACKUPS = 5  # backups made before migrations that are kept beside the database
PARTIAL_SUFFIX = ".partial"  # a backup being written; renamed when complete
PARTIAL_IDLE_SECONDS = 60.0  # a partial backup nobody has written to for this long was interrupted


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


def backup_sqlite(path: Path, revision: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the live SQLite file (WAL included) next to it: ``NAME-backup-YYYYMMDD-HHMMSS-REV.db``.

    The copy is written under a temporary name and renamed once complete, so a
    backup interrupted halfway (a crash, a full disk) never looks like a good
    one; such leftovers are removed, and only the newest ``keep`` backups stay.
    """
    remove_partial_backups(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}-backup-{stamp}-{revision}{path.suffix or '.db'}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.stem}-backup-{stamp}-{revision}-{number}{path.suffix or '.db'}")
    partial = backup.with_name(backup.name + PARTIAL_SUFFIX)
    try:
        source = sqlite3.connect(path)
        try:
            target = sqlite3.connect(partial)
            try:
                os.chmod(partial, 0o600)  # a copy of personal data: its owner's only, like the database
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, backup)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):  # on a read-only folder there is nothing to remove
            partial.unlink(missing_ok=True)
        raise MigrationError(f"cannot back up the database before updating it: {_reason(exc)}") from exc
    prune_backups(path, keep)
    return backup


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in str(exc):
        return "the disk is full"
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or (
            "unable to open" in str(exc) or "readonly" in str(exc)):
        return "the folder cannot be written"
    return str(exc)


def backups_of(path: Path) -> list[Path]:
    """The complete backups of ``path``, oldest first."""
    found = [p for p in path.parent.glob(f"{path.stem}-backup-*{path.suffix or '.db'}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def remove_partial_backups(path: Path, *, idle: float = PARTIAL_IDLE_SECONDS) -> list[Path]:
    """Delete the leftovers of interrupted backups of ``path``; returns them.

    Only those untouched for ``idle`` seconds: another process starting at the
    same moment may be writing its own.
    """
    now = time.time()
    leftovers = []
    for leftover in path.parent.glob(f"{path.stem}-backup-*{PARTIAL_SUFFIX}*"):  # with its -journal
        try:
            if now - leftover.stat().st_mtime >= idle:
                leftover.unlink()
                leftovers.append(leftover)
        except OSError:
            continue  # gone meanwhile, or a folder we may not write: it stays a leftover, not an error
    return leftovers


def prune_backups(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``path``; returns the deleted ones."""
    old = backups_of(path)[:-keep] if keep > 0 else []
    for backup in old:
        backup.unlink(missing_ok=True)
    return old
