"""Mutating services return what they changed (a ChangeSet), with the notices the coordinator must see."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import mediation_desk.services as services
from mediation_desk.scheduling.budget import BudgetLevel
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import candidates, catalog, changes, mail_settings
from mediation_desk.services.changes import Aspect, ChangeSet, Notice
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.calendar_support import configure_mail
from tests.factories import PROJECT, rome, small_service

NOW = rome(2026, 12, 3, 10)
SERVICES = Path(services.__file__).parent


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    with sqlite_db.write() as s:
        repository.replace_service(s, small_service())
    return sqlite_db


def _book_r00003(db: Database) -> lifecycle.BookingChange:
    best = candidates.candidates_for(db, "R00003", NOW).candidates[0]
    return lifecycle.book(db, "R00003", best.mediator.id, best.starts[0], actor="t", now=NOW)


def test_a_booking_names_its_booking_and_request_and_says_mail_is_not_set_up(db: Database) -> None:
    change = _book_r00003(db)
    assert change.changes.bookings == {change.booking.id}
    assert change.changes.requests == {"R00003"}
    assert not change.changes.outbox  # nothing was queued
    assert Notice("mail_not_configured") in change.changes.notices
    assert change.changes.touches({Aspect.REQUESTS}) and not change.changes.touches({Aspect.SETTINGS})


def test_with_mail_set_up_the_outbox_changes_and_no_notice_is_given(db: Database) -> None:
    configure_mail(db, 2525)
    change = _book_r00003(db)
    assert change.changes.outbox and change.changes.notices == ()


def test_a_booking_that_takes_a_project_past_80_percent_brings_the_budget_notice(db: Database) -> None:
    with db.write() as s:
        request = repository.get_request(s, "R00003")
        project = repository.get_project(s, PROJECT)
        assert request is not None and project is not None
        repository.save_request(s, dataclasses.replace(request, project=PROJECT))
        repository.save_project(s, dataclasses.replace(project, hour_budget=4.5))  # 3 h used + 1 h: 89 %
    change = _book_r00003(db)
    assert change.budget_level is BudgetLevel.WARN80
    assert change.changes.budgets == {PROJECT}
    assert Notice("budget_level", {"project": PROJECT, "level": "warn80"}) in change.changes.notices


def test_catalogue_and_settings_saves_say_so(db: Database) -> None:
    with db.read() as s:
        agency = repository.get_agency(s, "A001")
    assert agency is not None
    saved = catalog.save_agency(db, dataclasses.replace(agency, address="Via Roma 1"), new=False, actor="t",
                                now=NOW)
    assert saved.value.address == "Via Roma 1" and saved.changes.aspects == {Aspect.CATALOGUE}
    settings = mail_settings.MailSettings(host="localhost", port=2525, security="none", sender="a@b.it",
                                 organizer_email="a@b.it")
    assert Aspect.SETTINGS in mail_settings.save_settings(
        db, settings, password=None, now=NOW, actor="t"
    ).aspects


def test_change_sets_merge_and_everything_touches_every_aspect() -> None:
    merged = changes.of_requests(["R1"]) | ChangeSet(bookings=frozenset({"B1"}), notices=(Notice("x"),))
    assert merged.requests == {"R1"} and merged.bookings == {"B1"} and merged.notices == (Notice("x"),)
    assert changes.EVERYTHING.aspects == frozenset(Aspect)
    assert not changes.NOTHING and not changes.NOTHING.touches(Aspect)


def _returns_changes(annotation: str, with_changes: set[str]) -> bool:
    base = annotation.split("[")[0].split(".")[-1]
    return base in {"ChangeSet", "Changed"} | with_changes


def test_every_service_that_opens_a_write_transaction_returns_what_it_changed() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in SERVICES.glob("*.py")}
    with_changes = {  # result classes that carry a ``changes`` property
        node.name
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(isinstance(item, ast.FunctionDef) and item.name == "changes" for item in node.body)
    }
    offenders = []
    for path, tree in trees.items():
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            writes = any(
                isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "write"
                and isinstance(sub.func.value, ast.Name) and sub.func.value.id == "db"
                for sub in ast.walk(node)
            )
            annotation = ast.unparse(node.returns) if node.returns is not None else "None"
            if writes and not _returns_changes(annotation, with_changes):
                offenders.append(f"{path.name}:{node.name} -> {annotation}")
    assert offenders == []
