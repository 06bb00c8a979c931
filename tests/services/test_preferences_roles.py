"""What agencies state, under PostgreSQL's roles (real logins): a coordinator states a case's preferences and
the agency's, the audit line names the login, finance reads them and the server refuses its changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from mediation_desk.scheduling.model import MediatorId
from mediation_desk.services import preferences
from mediation_desk.services import users as user_service
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import NotAllowedError
from mediation_desk.storage.records import search_audit
from mediation_desk.storage.users import Role
from tests.scheduling.tiny_service import NOW, mediator, request, service

pytestmark = pytest.mark.postgres


@pytest.fixture
def owner(pg_database: str) -> Iterator[Database]:
    db = Database.open(pg_database)
    data = service(mediators=[mediator("M1"), mediator("M2")], requests=[request("R1", case="C-7")])
    with db.write() as s:
        repository.replace_service(s, data)
    yield db
    db.dispose()


def login(owner: Database, base: str, role: Role, opened: list[Database]) -> tuple[str, Database]:
    name = f"{base}_{uuid.uuid4().hex[:10]}"
    user_service.add_user(owner, name, role, "s3greta!", actor="owner", now=NOW)
    url = owner.engine.url.set(username=name, password="s3greta!")
    db = Database.open(url.render_as_string(hide_password=False))
    opened.append(db)
    return name, db


def test_a_coordinator_states_a_case_and_finance_only_reads_it(owner: Database) -> None:
    opened: list[Database] = []
    try:
        ana_name, ana = login(owner, "ana", Role.COORDINATOR, opened)
        _fin_name, fin = login(owner, "fin", Role.FINANCE, opened)
        saved = preferences.save_case_preferences(ana, "C-7", [MediatorId("M1")], [MediatorId("M2")],
                                                  actor="", now=NOW)
        assert saved.changes.requests == frozenset({"R1"})
        stated = preferences.case_preferences(fin, "C-7")
        assert (stated.preferred_mediators, stated.avoided_mediators) == (["M1"], ["M2"])
        with pytest.raises(NotAllowedError):
            preferences.save_case_preferences(fin, "C-7", [], [], actor="", now=NOW,
                                              read_version=stated.version)
        with ana.read() as s:
            lines = [e for e in search_audit(s, entity_id="C-7") if e.entity == "case_preferences"]
        assert [line.actor for line in lines if line.details.get("source") != "database"] == [ana_name]
    finally:
        for db in opened:
            db.dispose()
