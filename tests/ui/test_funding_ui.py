"""The right fund for each request, in the window: the project proposed, the waiting list, the hours freed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.scheduling.model import AgencyKind, Project, ProjectCode, RequestStatus
from mediation_desk.services import catalog, requests
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.catalogue.projects_view import ProjectsView
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.dashboard.dashboard_view import DashboardView
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.request_table_model import COL_STATUS
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import PROJECT, rome

NOW = rome(2026, 12, 3, 10)


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def set_budget(db: Database, hours: float) -> None:
    with db.read() as s:
        project = repository.get_project(s, PROJECT)
    assert project is not None
    catalog.save_project(db, dataclasses.replace(project, hour_budget=hours), new=False, actor="test",
                         now=NOW)


def type_request(view: RequestsView, qtbot: Any, agency: str = "A002") -> None:
    view.new_request()
    form = view.form
    form.agency.setCurrentIndex(form.agency.findData(agency))
    form.language.setCurrentIndex(form.language.findData("ar"))


def test_a_new_request_is_proposed_the_project_with_hours(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    type_request(view, qtbot)
    form = view.form
    qtbot.waitUntil(lambda: form.project.currentData() == PROJECT, timeout=5_000)
    note = view.fund_chooser.note.text()
    assert note.startswith("Proposto: LABIMPACT2 — ") and "h libere, termina il " in note
    assert not form.waiting_funds
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stored = repository.get_request(s, "R00005")
    assert stored is not None and stored.project == PROJECT and not stored.waiting_funds


def test_with_no_hours_the_request_goes_on_the_waiting_list(
    loaded_db: Database, window: MainWindow, qtbot: Any
) -> None:
    set_budget(loaded_db, 1.0)  # less than what is delivered and committed already
    view = requests_view(window)
    type_request(view, qtbot)
    form = view.form
    qtbot.waitUntil(lambda: form.waiting_funds, timeout=5_000)
    assert form.project.currentData() == ""
    assert "In attesa di fondi: nessun progetto idoneo ha ore libere" in form.warnings.text()
    assert "Nessun progetto" not in form.warnings.text()  # the waiting list says it better
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stored = repository.get_request(s, "R00005")
    assert stored is not None and stored.waiting_funds and stored.status is RequestStatus.PENDING
    qtbot.waitUntil(lambda: form.heading.text() == "Richiesta R00005 — In attesa di fondi", timeout=5_000)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).id == "R00005")
    assert view.model.index(row, COL_STATUS).data() == "In attesa di fondi"
    view.status_filter.setCurrentIndex(view.status_filter.findText("In attesa di fondi"))
    assert view.proxy.rowCount() == 1
    qtbot.waitUntil(lambda: view.candidates.result is not None, timeout=10_000)
    assert "In attesa di fondi" in view.candidates.blocking.text()


def test_choosing_a_project_that_may_not_fund_the_request_warns_why(
    loaded_db: Database, window: MainWindow, qtbot: Any
) -> None:
    with loaded_db.write() as s:
        repository.save_project(s, Project(ProjectCode("SCUOLE"), "Scuole", "Regione", dt.date(2026, 1, 1),
                                           dt.date(2026, 12, 31), 50.0, agency_kinds=[AgencyKind.SCHOOL]))
    window.context.forget_cached()
    view = requests_view(window)
    view.refresh()
    type_request(view, qtbot, agency="A001")  # the Comune di Lodi
    form = view.form
    qtbot.waitUntil(lambda: form.project.currentData() == PROJECT, timeout=5_000)
    form.project.setCurrentIndex(form.project.findData("SCUOLE"))
    assert ("Il progetto SCUOLE non può finanziare questa richiesta: non finanzia enti di tipo Comune."
            in form.warnings.text())


def waiting_request(db: Database, window: MainWindow) -> str:
    """A request stored on the waiting list, as the form saves it when no project has the hours."""
    with db.read() as s:
        r = repository.get_request(s, "R00003")  # Arabic, Crema, urgent, no project
    assert r is not None
    typed = dataclasses.replace(r, id="", project=None, waiting_funds=True, status=RequestStatus.PENDING,
                                received_at=None)
    created = requests.create_request(db, typed, actor="test", now=NOW)  # type: ignore[arg-type]
    window.context.apply(created.changes)
    return created.value.id


def test_the_dashboard_says_when_a_budget_increase_frees_hours_and_assigns_them(
    loaded_db: Database, window: MainWindow, qtbot: Any
) -> None:
    set_budget(loaded_db, 1.0)
    window.go_to("dashboard")
    rid = waiting_request(loaded_db, window)
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    box = view.funding_box
    qtbot.waitUntil(lambda: box.waiting.count() > 0 and rid in box.waiting.item(0).text(), timeout=5_000)
    assert box.waiting.count() == 1
    assert box.offers.count() == 0 and not box.assign_button.isVisible()
    with loaded_db.read() as s:
        project = repository.get_project(s, PROJECT)
    assert project is not None
    change = catalog.save_project(loaded_db, dataclasses.replace(project, hour_budget=10.0), new=False,
                                  actor="test", now=NOW)
    window.context.apply(change.changes)  # as the project form's save does
    qtbot.waitUntil(lambda: box.offers.count() == 1, timeout=5_000)
    text = box.offers.item(0).text()
    assert text.startswith("Si sono liberate ") and text.endswith(
        " h sul progetto LABIMPACT2: 1 richiesta in attesa può essere finanziata")
    assert box.assign_button.isVisible() and box.assign_button.isEnabled()
    assert box.assign_button.text() == "Assegna LABIMPACT2 a questa richiesta"
    qtbot.mouseClick(box.assign_button, Qt.MouseButton.LeftButton)
    with loaded_db.read() as s:
        stored = repository.get_request(s, rid)
    assert stored is not None and stored.project == PROJECT and not stored.waiting_funds
    qtbot.waitUntil(lambda: box.offers.count() == 0, timeout=5_000)
    assert box.waiting.item(0).text() == "Nessuna richiesta è in attesa di fondi."
    assert "Progetto LABIMPACT2 assegnato alla richiesta in attesa." in window.statusBar().currentMessage()


def test_the_project_form_says_what_a_project_funds_and_the_request_form_follows(
    window: MainWindow, qtbot: Any
) -> None:
    window.go_to("projects", PROJECT)
    view = window.views["projects"]
    assert isinstance(view, ProjectsView)
    form = view.form
    fw.set_checked(form.kinds, [AgencyKind.SCHOOL.value])
    fw.set_checked(form.languages, ["ar"])
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_project(s, PROJECT)
    assert saved is not None and saved.agency_kinds == [AgencyKind.SCHOOL] and saved.languages == ["ar"]
    requests_view_ = requests_view(window)
    type_request(requests_view_, qtbot, agency="A001")  # a municipality: this project does not fund it
    qtbot.waitUntil(lambda: requests_view_.form.waiting_funds, timeout=5_000)
    requests_view_.form.project.setCurrentIndex(requests_view_.form.project.findData(PROJECT))
    assert not requests_view_.form.waiting_funds  # the coordinator's choice takes it off the list...
    assert ("Il progetto LABIMPACT2 non può finanziare questa richiesta: non finanzia enti di tipo Comune."
            in requests_view_.form.warnings.text())  # ...with the reason it does not fit
