"""The audit trail on PostgreSQL is kept by the database: the actor is the login, lines cannot change.

On SQLite the actor is the operating-system account the program runs as.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass

import pytest
import sqlalchemy as sa

from mediation_desk.services import requests
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import small_service

LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def filled(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, small_service())
    return db


def test_the_actor_of_a_sqlite_file_is_the_operating_system_account(sqlite_db: Database) -> None:
    assert sqlite_db.login == getpass.getuser()


@pytest.mark.postgres
def test_a_forged_actor_and_time_are_replaced_by_the_login_and_the_server_clock(filled: Database) -> None:
    if filled.is_sqlite:
        pytest.skip("one PC, one user: SQLite records what the program writes")
    with filled.read() as s:
        before = repository.get_request(s, "R00002")
    assert before is not None
    requests.update_request(filled, dataclasses.replace(before, notes="x"), actor="somebody else",
                            now=LONG_AGO)
    with filled.read() as s:
        (line,) = [e for e in repository.list_audit(s, "request", "R00002") if e.action == "update"]
        server_now = s.scalar(sa.text("SELECT now()"))
    assert line.actor == filled.login == "postgres"
    assert abs((line.at - server_now).total_seconds()) < 600


@pytest.mark.postgres
def test_audit_lines_cannot_be_changed_or_deleted(filled: Database) -> None:
    if filled.is_sqlite:
        pytest.skip("PostgreSQL only")
    with filled.write() as s:
        repository.add_audit(s, at=LONG_AGO, actor="x", action="note", entity="request", entity_id="R00001",
                             details={})
    for statement in ("UPDATE audit_log SET actor = 'nobody'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DBAPIError, match="cannot be changed"), filled.engine.begin() as conn:
            conn.execute(sa.text(statement))
    with filled.read() as s:
        assert [e.action for e in repository.list_audit(s, "request", "R00001")][-1] == "note"


@pytest.mark.postgres
def test_a_change_made_around_the_program_is_recorded_with_its_login(filled: Database) -> None:
    """A client that writes rows without an audit line of its own still leaves one, by the database."""
    if filled.is_sqlite:
        pytest.skip("PostgreSQL only")
    with filled.engine.begin() as conn:
        conn.execute(sa.text("UPDATE requests SET notes = 'scritto a mano', duration_min = 135 "
                             "WHERE id = 'R00003'"))
    with filled.read() as s:
        line = repository.list_audit(s, "request", "R00003")[-1]
    assert (line.actor, line.action) == ("postgres", "update")
    assert line.details == {"source": "database", "changed": ["duration_min", "notes"]}


@pytest.mark.postgres
def test_a_change_the_program_audits_gets_no_second_line(filled: Database) -> None:
    if filled.is_sqlite:
        pytest.skip("PostgreSQL only")
    with filled.read() as s:
        before = repository.get_request(s, "R00002")
        count = len(repository.list_audit(s, "request", "R00002"))
    assert before is not None
    requests.update_request(filled, dataclasses.replace(before, notes="y"), actor="x", now=LONG_AGO)
    with filled.read() as s:
        lines = repository.list_audit(s, "request", "R00002")
    assert len(lines) == count + 1
    assert (lines[-1].action, lines[-1].details) == ("update", {"changed": ["notes"]})
