"""Through the window: the agency form states a preferred and an excluded mediator, the candidates panel
shows the order and the reasons; the request's "obbligatorio" level excludes; a case's own preferences."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mediation_desk.scheduling.model import LanguageCode, LanguageLevel, LanguageSkill, MediatorId
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.catalogue.agencies_view import AgenciesView
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.case_preferences_dialog import CasePreferencesDialog
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import small_service
from tests.ui.support import when_modal

FATIMA = MediatorId("M009")


@pytest.fixture
def loaded_db(sqlite_db: Database) -> Database:
    """The small service plus a second Arabic speaker (fluent), so that R00003 has two candidates."""
    data = small_service()
    amina = data.mediators[0]
    data.mediators.append(dataclasses.replace(
        amina, id=FATIMA, name="Fatima Zahra", email="fatima@example.org",
        languages=[LanguageSkill(LanguageCode("ar"), LanguageLevel.FLUENT)], absences=[]))
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    return sqlite_db


Rows = list[tuple[str, str]]


def candidates_of(
    qtbot: Any, window: MainWindow, request_id: str, names: list[str]
) -> tuple[RequestsView, Rows]:
    """(the view, [(name, why)] of the candidates in their order) once the panel lists ``names``."""
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    view.show_item(request_id)
    model = view.candidates.model

    def rows() -> Rows:
        return [(model.row_at(r).mediator.name, model.index(r, 3).data()) for r in range(model.rowCount())]

    def listed() -> None:
        assert view.candidates.result is not None and view.candidates.result.request.id == request_id
        assert [name for name, _why in rows()] == names

    qtbot.waitUntil(listed, timeout=10_000)
    return view, rows()


def excluded_of(view: RequestsView) -> dict[str, str]:
    tree = view.candidates.excluded
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.text(0): item.text(1) for item in items if item is not None}


def pick(editor: Any, mediator_id: str) -> None:
    editor.picker.setCurrentIndex(editor.picker.findData(mediator_id))


def test_agency_preferences_order_the_candidates_and_exclude_with_the_reason(
    window: MainWindow, qtbot: Any
) -> None:
    candidates_of(qtbot, window, "R00003", ["Amina El Idrissi", "Fatima Zahra"])  # Arabic, a woman, A002
    window.go_to("agencies", "A002")
    agencies = window.views["agencies"]
    assert isinstance(agencies, AgenciesView)
    editor = agencies.form.preferences
    pick(editor, FATIMA)
    qtbot.mouseClick(editor.prefer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(agencies.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stored = repository.get_agency(s, "A002")
    assert stored is not None and stored.preferred_mediators == [FATIMA]
    view, after = candidates_of(qtbot, window, "R00003", ["Fatima Zahra", "Amina El Idrissi"])
    assert after[0][1].startswith("preferito dall'ente")
    window.go_to("agencies", "A002")
    editor = agencies.form.preferences  # the form was built again with the new catalogue
    pick(editor, "M001")
    qtbot.mouseClick(editor.avoid_button, Qt.MouseButton.LeftButton)
    assert editor.values() == ([FATIMA], ["M001"])
    qtbot.mouseClick(agencies.save_button, Qt.MouseButton.LeftButton)
    view, _last = candidates_of(qtbot, window, "R00003", ["Fatima Zahra"])
    assert excluded_of(view)["Amina El Idrissi"] == "L'ente chiede di non inviare Amina El Idrissi"


def test_a_required_level_excludes_the_fluent_speaker(window: MainWindow, qtbot: Any) -> None:
    view, _rows = candidates_of(qtbot, window, "R00003", ["Amina El Idrissi", "Fatima Zahra"])
    requirements = view.form.requirements
    assert not requirements.level_required.isEnabled()  # no level chosen yet
    requirements.level.setCurrentIndex(requirements.level.findData(LanguageLevel.NATIVE.value))
    assert requirements.level_required.isEnabled()
    requirements.level_required.setChecked(True)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stored = repository.get_request(s, "R00003")
    assert stored is not None and (stored.min_level, stored.level_required) == (LanguageLevel.NATIVE, True)
    view, rows = candidates_of(qtbot, window, "R00003", ["Amina El Idrissi"])
    assert excluded_of(view)["Fatima Zahra"] == (
        "Parla Arabo a livello Fluente, la richiesta esige Madrelingua")


def test_the_case_dialog_prefers_a_mediator_for_that_case_only(window: MainWindow, qtbot: Any) -> None:
    view, _rows = candidates_of(qtbot, window, "R00003", ["Amina El Idrissi", "Fatima Zahra"])
    qtbot.keyClicks(view.form.case, "C-0042")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    def prefer_fatima(dialog: Any) -> None:
        assert isinstance(dialog, CasePreferencesDialog)
        pick(dialog.editor, FATIMA)
        dialog.editor.prefer_button.click()
        dialog.save()

    when_modal(qtbot, prefer_fatima, QDialog, "Preferenze per il caso C-0042")
    qtbot.mouseClick(view.form.requirements.case_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stated = repository.get_case_preferences(s, "C-0042")
    assert stated is not None and stated.preferred_mediators == [FATIMA]
    _view, rows = candidates_of(qtbot, window, "R00003", ["Fatima Zahra", "Amina El Idrissi"])
    assert rows[0][1].startswith("preferito per questo caso")
