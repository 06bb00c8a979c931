"""FAMI monitoring under PostgreSQL's roles: a coordinator records the people assisted, finance reads them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.scheduling.model import BookingId
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import booking, booking_outcomes, finance, monitoring
from mediation_desk.services import users as user_service
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import NotAllowedError
from mediation_desk.storage.users import Role
from tests.monitoring_sheet import read_sheet
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

pytestmark = pytest.mark.postgres
LATER = NOW + dt.timedelta(days=30)


@pytest.fixture
def owner(pg_database: str) -> Iterator[Database]:
    db = Database.open(pg_database)
    with db.write() as s:
        repository.replace_service(s, service(mediators=[mediator("M1")], requests=[request("R1")]))
    yield db
    db.dispose()


def login(owner: Database, base: str, role: Role, opened: list[Database]) -> tuple[str, Database]:
    name = f"{base}_{uuid.uuid4().hex[:10]}"
    user_service.add_user(owner, name, role, "s3greta!", actor="owner", now=NOW)
    url = owner.engine.url.set(username=name, password="s3greta!")
    db = Database.open(url.render_as_string(hide_password=False))
    opened.append(db)
    return name, db


def test_a_coordinator_records_the_people_and_finance_reads_them_only(owner: Database,
                                                                        tmp_path: Path) -> None:
    opened: list[Database] = []
    try:
        ana_name, ana = login(owner, "ana", Role.COORDINATOR, opened)
        _fin_name, fin = login(owner, "fin", Role.FINANCE, opened)
        made = booking.book(ana, "R1", "M1", at("2026-12-07", "09:00"), actor="", now=NOW).booking
        booking_outcomes.close(ana, made.id, made.start, made.end, actor="", now=LATER,
                               assisted=PeopleAssisted(5, 3, 2, 2, 3, "Perù"))
        assert monitoring.assisted(fin, BookingId(made.id)) == PeopleAssisted(5, 3, 2, 2, 3, "Perù")
        with pytest.raises(NotAllowedError) as refused:  # finance cannot change what the desk recorded
            monitoring.record(fin, BookingId(made.id), PeopleAssisted(9), actor="", now=LATER)
        assert refused.value.table == "booking_monitoring"
        with ana.read() as s:
            line = [e for e in repository.list_audit(s, "booking", made.id) if e.action == "close"][-1]
        assert line.actor == ana_name
        out = tmp_path / "report.xlsx"
        finance.export_report(fin, dt.date(2026, 12, 1), dt.date(2026, 12, 31), out, now=LATER)
        blocks, _rows = read_sheet(out)
        assert blocks["Per nazionalità"][("Perù", "")]["people"] == 5
    finally:
        for db in opened:
            db.dispose()
