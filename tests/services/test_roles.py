"""Roles enforced by PostgreSQL: real logins of each role, each permission allowed and refused by the server.

The program's own checks are not what is tested: every refusal below comes
from the database (GRANTs, row-level security on settings, a trigger on the
mediators' rate) as NotAllowedError, so a modified client gets the same answer.
"""

from __future__ import annotations

import dataclasses
import io
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from mediation_desk.cli.main import main
from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.services import booking, catalog, finance, requests
from mediation_desk.services import users as user_service
from mediation_desk.services.budget import budget_report
from mediation_desk.services.business_settings import BusinessSettings, save_business_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import DatabaseUnavailableError, NotAllowedError
from mediation_desk.storage.users import Role
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

pytestmark = pytest.mark.postgres


@pytest.fixture
def owner(pg_database: str) -> Iterator[Database]:
    """The database's owner (the superuser that migrated it), with a small service in it."""
    db = Database.open(pg_database)
    with db.write() as s:
        repository.replace_service(s, service(mediators=[mediator("M1"), mediator("M2")],
                                              requests=[request("R1"), request("R2")]))
    yield db
    db.dispose()


class Logins:
    """Fresh logins of each role (role names are per server: numbered per test) and their Databases."""

    def __init__(self, owner: Database) -> None:
        self.owner = owner
        self.opened: list[Database] = []
        self.suffix = uuid.uuid4().hex[:10]

    def name(self, base: str) -> str:
        return f"{base}_{self.suffix}"

    def add(self, base: str, role: Role) -> Database:
        login = self.name(base)
        user_service.add_user(self.owner, login, role, "s3greta!", actor="owner", now=NOW)
        return self.open(login)

    def open(self, login: str) -> Database:
        url = self.owner.engine.url.set(username=login, password="s3greta!")
        db = Database.open(url.render_as_string(hide_password=False))
        self.opened.append(db)
        return db


@pytest.fixture
def logins(owner: Database) -> Iterator[Logins]:
    made = Logins(owner)
    yield made
    for db in made.opened:
        db.dispose()


def test_a_coordinator_books_and_edits_the_catalogue_but_not_money(owner: Database, logins: Logins) -> None:
    ana = logins.add("ana", Role.COORDINATOR)
    assert user_service.current_role(ana) is Role.COORDINATOR
    change = booking.book(ana, "R1", "M1", at("2026-12-07", "09:00"), actor="ignored", now=NOW)
    with ana.read() as s:
        line = repository.list_audit(s, "booking", change.booking.id)[-1]
        m1, p1 = repository.get_mediator(s, "M1"), repository.get_project(s, "P1")
    assert line.actor == logins.name("ana")  # the login, whatever the program said
    assert m1 is not None and p1 is not None
    catalog.save_mediator(ana, dataclasses.replace(m1, max_minutes_per_week=900), new=False, actor="",
                          now=NOW)
    p1 = catalog.save_project(ana, dataclasses.replace(p1, name="FAMI"), new=False, actor="", now=NOW).value
    with pytest.raises(NotAllowedError) as refused:
        catalog.save_project(ana, dataclasses.replace(p1, hour_budget=9999), new=False, actor="", now=NOW)
    assert refused.value.table == "projects"
    with ana.read() as s:
        m1 = repository.get_mediator(s, "M1")
    assert m1 is not None
    with pytest.raises(NotAllowedError):
        catalog.save_mediator(ana, dataclasses.replace(m1, hourly_rate=99.0), new=False, actor="", now=NOW)
    with pytest.raises(NotAllowedError):  # a new mediator with a rate: the trigger says no
        catalog.save_mediator(ana, dataclasses.replace(mediator("M9"), hourly_rate=30.0), new=True, actor="",
                              now=NOW)
    with pytest.raises(NotAllowedError):  # row-level security on settings
        finance.set_billing_rule(ana, "P1", BillingRule(), actor="", now=NOW)
    with pytest.raises(NotAllowedError):
        save_business_settings(ana, BusinessSettings("Servizio", 48), actor="", now=NOW)
    with pytest.raises(NotAllowedError):
        user_service.add_user(ana, logins.name("eve"), Role.ADMIN, "x", actor="", now=NOW)
    with owner.read() as s:
        assert repository.get_project(s, "P1").hour_budget == 100.0  # type: ignore[union-attr]
        assert repository.get_mediator(s, "M1").hourly_rate is None  # type: ignore[union-attr]


def test_finance_edits_budgets_rates_and_billing_but_cannot_book(owner: Database, logins: Logins) -> None:
    fin = logins.add("fin", Role.FINANCE)
    assert user_service.current_role(fin) is Role.FINANCE
    with fin.read() as s:
        p1, m1 = repository.get_project(s, "P1"), repository.get_mediator(s, "M1")
        r1 = repository.get_request(s, "R1")
    assert p1 is not None and m1 is not None and r1 is not None  # reads everything
    catalog.save_project(fin, dataclasses.replace(p1, hour_budget=200.0), new=False, actor="", now=NOW)
    m1 = catalog.save_mediator(fin, dataclasses.replace(m1, hourly_rate=25.0), new=False, actor="",
                               now=NOW).value
    finance.set_billing_rule(fin, "P1", BillingRule(), actor="", now=NOW)
    assert [b.project.code for b in budget_report(fin, NOW)] == ["P1"]
    with pytest.raises(NotAllowedError) as refused:
        booking.book(fin, "R1", "M1", at("2026-12-07", "09:00"), actor="", now=NOW)
    assert refused.value.table in ("id_counters", "bookings")
    with pytest.raises(NotAllowedError):
        requests.update_request(fin, dataclasses.replace(r1, notes="x"), actor="", now=NOW)
    with pytest.raises(NotAllowedError):
        catalog.save_mediator(fin, dataclasses.replace(m1, max_minutes_per_week=1), new=False, actor="",
                              now=NOW)
    with pytest.raises(NotAllowedError):
        save_business_settings(fin, BusinessSettings("Servizio", 48), actor="", now=NOW)
    with owner.read() as s:
        assert repository.list_bookings(s) == []
        assert repository.get_project(s, "P1").hour_budget == 200.0  # type: ignore[union-attr]


def test_an_admin_changes_settings_and_manages_users(owner: Database, logins: Logins) -> None:
    adm = logins.add("adm", Role.ADMIN)
    assert user_service.current_role(adm) is Role.ADMIN
    save_business_settings(adm, BusinessSettings("Mediazione Lodi", 48), actor="", now=NOW)
    user_service.add_user(adm, logins.name("bea"), Role.COORDINATOR, "s3greta!", actor="", now=NOW)
    bea = logins.open(logins.name("bea"))
    booking.book(bea, "R1", "M1", at("2026-12-07", "09:00"), actor="", now=NOW)
    listed = {u.login: (u.role, u.can_login) for u in user_service.list_users(adm)}
    assert listed[logins.name("bea")] == (Role.COORDINATOR, True)
    assert listed[logins.name("adm")] == (Role.ADMIN, True)
    user_service.disable_user(adm, logins.name("bea"), actor="", now=NOW)
    bea.dispose()
    with pytest.raises(DatabaseUnavailableError):
        logins.open(logins.name("bea"))
    with adm.read() as s:
        actions = [(e.actor, e.action, e.entity_id) for e in repository.list_audit(s, "user")]
    assert (logins.name("adm"), "disable_user", logins.name("bea")) in actions


def test_a_modified_client_writing_sql_itself_is_refused_too(owner: Database, logins: Logins) -> None:
    fin = logins.add("raw", Role.FINANCE)
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"), fin.engine.begin() as conn:
        conn.execute(sa.text("UPDATE bookings SET status = 'cancelled'"))
    with pytest.raises(sa.exc.DBAPIError, match="row-level security"), fin.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO settings (key, value) VALUES ('mail', '{}')"))
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"), fin.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log"))


def test_users_command_adds_with_the_password_from_stdin_and_lists(
    owner: Database, logins: Logins, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = owner.engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("iniziale-1\n"))
    assert main(["--db", url, "users", "add", logins.name("carla"), "--role", "finance"]) == 0
    assert main(["--db", url, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{logins.name('carla')}" in out and "finance" in out
    carla = logins.open(logins.name("carla"))
    assert user_service.current_role(carla) is Role.FINANCE
    assert main(["--db", url, "users", "add", "Not Valid!", "--role", "finance"]) == 2
    assert main(["--db", url, "users", "disable", logins.name("carla")]) == 0
