"""The window for a team: the audit viewer, and what each role is offered (refusals come as sentences)."""

from __future__ import annotations

import dataclasses
import getpass
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediation_desk.services import requests
from mediation_desk.services import users as user_service
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.users import Role
from mediation_desk.ui.audit.audit_view import AuditView
from mediation_desk.ui.catalogue.projects_view import ProjectsView
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.preferences import UiSettings
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from mediation_desk.ui.settings.settings_view import SettingsView
from tests.factories import rome, small_service
from tests.ui.support import Clock, when_modal


def test_the_audit_view_finds_a_records_lines_with_who_did_them(window: MainWindow, qtbot: Any) -> None:
    db = window.context.db
    with db.read() as s:
        request = repository.get_request(s, "R00002")
    assert request is not None
    requests.update_request(db, dataclasses.replace(request, notes="citofono"), actor=window.context.actor,
                            now=rome(2026, 12, 3, 9))
    window.go_to("audit", "R00002")
    view = window.views["audit"]
    assert isinstance(view, AuditView)
    rows = [[view.model.data(view.model.index(r, c)) for c in range(5)] for r in range(view.model.rowCount())]
    assert [(r[1], r[2], r[3]) for r in rows] == [(getpass.getuser(), "update", "request R00002")]
    assert window.context.actor == getpass.getuser()  # SQLite: the operating-system account, not typed
    view.record.setText("R99999")
    view.show_lines()
    assert view.model.rowCount() == 0


@pytest.fixture
def team(pg_database: str, qapp: QApplication, tmp_path: Any) -> Iterator[dict[str, AppContext]]:
    """A shared database with a coordinator's and a finance officer's windows' contexts."""
    owner = Database.open(pg_database)
    with owner.write() as s:
        repository.replace_service(s, small_service())
    suffix = uuid.uuid4().hex[:10]
    contexts: dict[str, AppContext] = {}
    opened = [owner]
    for base, role in (("coord", Role.COORDINATOR), ("fin", Role.FINANCE), ("admin", Role.ADMIN)):
        login = f"{base}_{suffix}"
        user_service.add_user(owner, login, role, "pw", actor="", now=rome(2026, 12, 3, 9))
        db = Database.open(owner.engine.url.set(username=login, password="pw").render_as_string(
            hide_password=False))
        opened.append(db)
        settings = UiSettings(QSettings(str(tmp_path / f"{base}.ini"), QSettings.Format.IniFormat))
        contexts[base] = AppContext(db, settings, clock=Clock(rome(2026, 12, 3, 10)))
    yield contexts
    for db in opened:
        db.dispose()


@pytest.mark.postgres
def test_finance_is_not_offered_booking_and_a_coordinator_not_the_budget(
    team: dict[str, AppContext], qtbot: Any
) -> None:
    fin = MainWindow(team["fin"])
    qtbot.addWidget(fin)
    assert not fin.book_action.isEnabled() and not fin.new_request_action.isEnabled()
    assert "(amministrazione)" in fin.user_label.text()
    fin.go_to("requests")
    view = fin.views["requests"]
    assert isinstance(view, RequestsView)
    assert view.save_button.isHidden() and view.booking_buttons.isHidden()
    coord = MainWindow(team["coord"])
    qtbot.addWidget(coord)
    coord.go_to("projects")
    projects = coord.views["projects"]
    assert isinstance(projects, ProjectsView)
    assert not projects.form.budget.isEnabled() and projects.form.name.isEnabled()
    assert projects.new_button.isHidden()
    coord.go_to("settings")
    settings = coord.views["settings"]
    assert isinstance(settings, SettingsView)
    assert settings.shared_settings.users is None and not settings.shared_settings.mail.isEnabled()
    admin = MainWindow(team["admin"])
    qtbot.addWidget(admin)
    admin.go_to("settings")
    admin_settings = admin.views["settings"]
    assert isinstance(admin_settings, SettingsView) and admin_settings.shared_settings.users is not None
    listed = [admin_settings.shared_settings.users.list.item(i).text()
              for i in range(admin_settings.shared_settings.users.list.count())]
    assert any(text.startswith("coord_") and "coordinatore" in text for text in listed)


@pytest.mark.postgres
def test_a_refusal_of_the_database_is_an_italian_sentence(team: dict[str, AppContext], qtbot: Any) -> None:
    """What a modified window would send anyway: the database refuses, the user reads why."""
    context = team["coord"]
    with context.db.read() as s:
        project = repository.get_project(s, "LABIMPACT2")
    assert project is not None
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(qtbot, read_and_close, QMessageBox)
    changed = dataclasses.replace(project, hour_budget=5000.0)
    result = operations.save_project(parent, context, changed, new=False)
    assert result is None
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "Il tuo ruolo non permette questa modifica" in shown[0]
    assert "Traceback" not in shown[0]
