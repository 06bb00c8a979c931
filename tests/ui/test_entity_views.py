"""Mediators, agencies and projects: edit forms save through the catalogue services; projects show budgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.scheduling.model import AgencyKind
from mediation_desk.storage import repository
from mediation_desk.ui.catalogue.agencies_view import AgenciesView
from mediation_desk.ui.catalogue.mediators_view import MediatorsView
from mediation_desk.ui.catalogue.project_table_model import COL_USED
from mediation_desk.ui.catalogue.projects_view import ProjectsView
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from tests.factories import rome


def test_a_mediator_edit_saves_cap_and_a_new_absence(window: MainWindow, qtbot: Any) -> None:
    window.go_to("mediators", "M002")
    view = window.views["mediators"]
    assert isinstance(view, MediatorsView)
    form = view.form
    assert form.name.text() == "Yonas Tesfaye"
    form.cap.setValue(12)
    form.absences.add_row([rome(2026, 12, 21, 0), rome(2026, 12, 28, 0), "ferie"])
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_mediator(s, "M002")
    assert saved is not None and saved.max_minutes_per_week == 720
    assert [(a.start, a.end, a.reason) for a in saved.absences] == [
        (rome(2026, 12, 21, 0), rome(2026, 12, 28, 0), "ferie")
    ]
    assert [(sk.code, sk.level.value) for sk in saved.languages] == [("ti", "native"), ("ar", "working")]
    assert view.status.text() == "Salvato."


def test_a_mediator_without_languages_cannot_be_saved(window: MainWindow) -> None:
    window.go_to("mediators", "M002")
    view = window.views["mediators"]
    assert isinstance(view, MediatorsView)
    view.form.languages.set_values([])
    assert not view.save_button.isEnabled()
    assert "Aggiungi almeno una lingua." in view.form.problems.text()


def test_a_new_agency_with_its_contact_person_is_stored(window: MainWindow, qtbot: Any) -> None:
    window.go_to("agencies")
    view = window.views["agencies"]
    assert isinstance(view, AgenciesView)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    qtbot.keyClicks(form.code, "A003")
    qtbot.keyClicks(form.name, "ASST Lodi - Consultorio")
    fw.set_combo(form.kind, AgencyKind.HEALTH.value)
    fw.set_combo(form.area, "LODI")
    qtbot.mouseClick(form.place.comune, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.place.comune, "Lodi (LO)")  # a new agency is placed by its comune
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Escape)
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Return)
    qtbot.keyClicks(form.address, "Via Fissiraga 15, Lodi")
    form.contacts.add_row(["ostetrica Verdi", "ostetrica", "0371 5871", "verdi@asst-lodi.it"])
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_agency(s, "A003")
    assert saved is not None and saved.kind is AgencyKind.HEALTH and saved.area == "LODI"
    assert [(c.name, c.email) for c in saved.contacts] == [("ostetrica Verdi", "verdi@asst-lodi.it")]
    assert view.model.rowCount() == 3


def test_a_project_shows_its_hours_left_and_charts(window: MainWindow, qtbot: Any) -> None:
    window.go_to("projects", "LABIMPACT2")
    view = window.views["projects"]
    assert isinstance(view, ProjectsView)
    qtbot.waitUntil(lambda: view.burn_down.data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: view.project_model.index(0, COL_USED).data() != "", timeout=10_000)
    assert view.project_model.index(0, COL_USED).data() == "3,3"  # 95 min billed as 105 + 90 booked
    assert view.summary.text().startswith("Monte ore 1200,0 h")
    data = view.burn_down.data
    assert data is not None and data.budget_hours == 1200.0
    assert [day.isoformat() for day, _used in data.used] == ["2026-11-30", "2026-12-07"]
    assert [label for label, _hours in view.by_language.bars] == ["Arabo"]
    assert [label for label, _hours in view.by_kind.bars] == ["Comune"]
    assert view.burn_down.grab().width() > 0
