"""Issue 16, points 1 and 6 through the window: the budget override worded where the coordinator looks,
destructive confirmations defaulting to the safe answer, Ctrl+Q asking about unsaved edits."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediation_desk.services import changes
from mediation_desk.services.budget import budget_report
from mediation_desk.storage import repository
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.settings_view import SettingsView
from tests.ui.support import when_modal
from tests.ui.test_first_week import answer_unsaved, requests_view, stored_reason, wait_for_candidates


def press_enter_on_confirmation(qtbot: Any, seen: list[str]) -> None:
    """Answer the next confirmation the way a hurried coordinator does: Enter."""

    def enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text().replace("&", ""))
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_modal(qtbot, enter, QMessageBox)


def everything(window: MainWindow) -> tuple[list[Any], list[Any]]:
    with window.context.db.read() as s:
        return repository.list_requests(s), repository.list_bookings(s)


def test_a_mediator_kept_out_only_by_the_budget_is_shown_bookable_with_an_override(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    with window.context.db.read() as s:
        request = repository.get_request(s, "R00002")
    assert request is not None and request.project is not None
    (status,) = [b for b in budget_report(window.context.db, window.context.now())
                 if b.project.code == request.project]
    with window.context.db.write() as s:  # what is billed already uses the whole budget
        project = repository.get_project(s, request.project)
        assert project is not None
        repository.save_project(s, dataclasses.replace(project, hour_budget=status.used_min / 60))
    window.context.apply(changes.CATALOGUE)
    view.show_item("R00002")
    wait_for_candidates(qtbot, view)
    texts = [view.candidates.excluded.topLevelItem(i).text(1)
             for i in range(view.candidates.excluded.topLevelItemCount())]
    assert texts and view.candidates.model.rowCount() == 0
    overridable = [t for t in texts if t.startswith("Prenotabile solo con deroga al monte ore; ")]
    assert overridable and all("Monte ore del progetto" in t for t in overridable)


def test_replacing_the_service_with_the_demo_defaults_to_no(window: MainWindow, qtbot: Any) -> None:
    before = everything(window)
    seen: list[str] = []
    press_enter_on_confirmation(qtbot, seen)
    window.demo_action.trigger()
    assert seen == ["No"]
    assert everything(window) == before  # Enter replaced nothing


def test_erasing_a_case_defaults_to_no(window: MainWindow, qtbot: Any) -> None:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    panel = view.shared_settings.privacy
    panel.case.setText("C-0017")
    before = everything(window)
    seen: list[str] = []
    press_enter_on_confirmation(qtbot, seen)
    panel.erase_button.click()
    assert seen == ["No"]
    assert everything(window) == before


def test_ctrl_q_with_unsaved_edits_asks_and_saving_keeps_them(window: MainWindow, qtbot: Any) -> None:
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    view = requests_view(window)
    view.show_item("R00001")
    view.form.reason.setText("colloquio con la famiglia")
    seen: list[str] = []
    answer_unsaved(qtbot, "Annulla", seen)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)
    assert window.isVisible() and view.form.reason.text() == "colloquio con la famiglia"
    assert sorted(seen[0].split(" / ")) == ["Annulla", "Non salvare", "Salva"]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    window.activateWindow()  # back at the window, as the coordinator is after answering
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    answer_unsaved(qtbot, "Salva", seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert stored_reason(window, "R00001") == "colloquio con la famiglia"
