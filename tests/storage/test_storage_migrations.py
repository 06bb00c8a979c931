"""Alembic: an old database is upgraded at start-up (SQLite backed up first), data intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factories import small_service

from mediation_desk.storage import convert, migrate
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import MigrationError
from mediation_desk.storage.orm import (
    AgencyRow,
    AreaRow,
    Base,
    BookingRow,
    LanguageRow,
    MediatorRow,
    ProjectRow,
    RequestRow,
)
from mediation_desk.storage.records import next_id

FIRST = "0001"


def _fill_first_revision(db: Database) -> None:
    """Insert the factory service with nothing but the tables of revision 0001."""
    data = small_service()
    tables: tuple[tuple[type[Base], Callable[[Any], dict[str, Any]], list[Any]], ...] = (
        (AreaRow, convert.area_values, data.areas),
        (LanguageRow, convert.language_values, data.languages),
        (ProjectRow, convert.project_values, data.projects),
        (AgencyRow, convert.agency_values, data.agencies),
        (MediatorRow, convert.mediator_values, data.mediators),
        (RequestRow, convert.request_values, data.requests),
        (BookingRow, convert.booking_values, data.bookings),
    )
    with db.write() as s:
        for row, values, items in tables:
            table: Any = row.__table__  # Core, and only the columns revision 0001 has: later ones come later
            present = {c["name"] for c in sa.inspect(s.connection()).get_columns(table.name)}
            rows = [{k: v for k, v in {**values(item), "pos": pos}.items() if k in present}
                    for pos, item in enumerate(items)]
            s.execute(sa.insert(table), rows)


def _old_database(target: str) -> None:
    old = Database.open(target, migrate=False)
    migrate.upgrade(old.engine, None, FIRST)
    assert migrate.current_revision(old.engine) == FIRST
    _fill_first_revision(old)
    old.dispose()


def _assert_upgraded_with_data(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision() != FIRST
    expected = small_service()
    with db.read() as s:
        loaded = repo.load_service(s)
    assert [m.id for m in loaded.mediators] == [m.id for m in expected.mediators]
    assert loaded.mediators[0].absences[0].start == expected.mediators[0].absences[0].start
    assert loaded.bookings[1].extra == {"room": "stanza 2"}
    with db.write() as s:
        assert next_id(s, "booking") == "B00003"
        repo.set_setting(s, "late_cancellation_hours", 24)


def test_old_sqlite_file_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(str(path))
    db = Database.open(str(path))
    try:
        _assert_upgraded_with_data(db)
        assert db.last_backup is not None and db.last_backup.parent == tmp_path
        assert db.last_backup.name.startswith("old-backup-") and db.last_backup.name.endswith(f"-{FIRST}.db")
        backup = sqlite3.connect(db.last_backup)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
        assert backup.execute("SELECT count(*) FROM bookings").fetchone() == (2,)
        backup.close()
    finally:
        db.dispose()


def test_up_to_date_sqlite_file_is_not_backed_up(sqlite_db: Database) -> None:
    assert sqlite_db.sqlite_path is not None
    again = Database.open(str(sqlite_db.sqlite_path))
    assert again.last_backup is None
    assert list(sqlite_db.sqlite_path.parent.glob("*-backup-*")) == []
    again.dispose()


@pytest.mark.postgres
def test_old_postgres_database_is_upgraded(pg_url: str, pg_admin: sa.Engine) -> None:
    with pg_admin.connect() as conn:
        conn.execute(sa.text("CREATE DATABASE md_old_revision"))
    target = pg_url.rsplit("/", 1)[0] + "/md_old_revision"
    try:
        _old_database(target)
        db = Database.open(target)
        _assert_upgraded_with_data(db)
        assert db.last_backup is None
        db.dispose()
    finally:
        with pg_admin.connect() as conn:
            conn.execute(sa.text("DROP DATABASE md_old_revision WITH (FORCE)"))


def test_schema_newer_than_the_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Database.open(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(MigrationError, match="newer than this program"):
        Database.open(str(path))


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(MigrationError, match="not Mediation Desk's"):
        Database.open(str(path))


def test_migrations_create_exactly_the_orm_tables(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
