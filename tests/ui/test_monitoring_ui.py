"""FAMI monitoring through the window: counts typed when closing, corrected later, in the report's sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mediation_desk.scheduling.model import BookingId
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import monitoring
from mediation_desk.ui.bookings.booking_actions import CloseDialog
from mediation_desk.ui.bookings.monitoring_fields import PeopleAssistedDialog
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.monitoring_sheet import BLOCK_TITLES, read_sheet
from tests.ui.support import Clock, when_modal


def requests_on(window: MainWindow, request_id: str) -> RequestsView:
    window.go_to("requests", request_id)
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def close_with_people(window: MainWindow, qtbot: Any, seen: dict[str, Any]) -> RequestsView:
    view = requests_on(window, "R00001")

    def type_counts(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDialog)
        box, ok = dialog.assisted, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["proposed"] = box.nationality.text()
        seen["recorded_at_first"] = box.isChecked()
        fw.set_instant(dialog.actual_start, rome(2026, 12, 7, 9, 5))
        fw.set_instant(dialog.actual_end, rome(2026, 12, 7, 10, 40))
        box.setChecked(True)
        box.people.setValue(4)
        box.women.setValue(5)
        seen["refused"] = (ok.isEnabled(), box.problem.text())
        box.women.setValue(2)
        box.men.setValue(1)
        box.minors.setValue(1)
        box.adults.setValue(3)
        box.nationality.setText("Marocco")
        seen["unknown"] = (box.gender_unknown.text(), box.age_unknown.text())
        seen["accepted"] = ok.isEnabled()
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, type_counts)
    qtbot.mouseClick(view.booking_buttons.close_button, Qt.MouseButton.LeftButton)
    return view


def test_closing_an_intervention_records_the_people_assisted(window: MainWindow, qtbot: Any,
                                                             clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 12)
    seen: dict[str, Any] = {}
    view = close_with_people(window, qtbot, seen)
    assert seen["recorded_at_first"] is False  # optional: not recorded until ticked
    ok_enabled, problem = seen["refused"]
    assert not ok_enabled and "Donne (5)" in problem and "persone assistite (4)" in problem
    assert seen["unknown"] == ("non indicato: 1", "non indicato: 0")
    assert seen["accepted"]
    stored = monitoring.assisted(window.context.db, BookingId("B00002"))
    assert stored == PeopleAssisted(4, 2, 1, 1, 3, "Marocco")
    button = view.booking_buttons.assisted_button
    assert button.isEnabled() and "4" in button.toolTip()


def test_the_people_assisted_can_be_corrected_or_left_not_recorded(window: MainWindow, qtbot: Any,
                                                                   clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 12)
    view = close_with_people(window, qtbot, {})

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, PeopleAssistedDialog)
        assert dialog.box.isChecked() and dialog.box.people.value() == 4
        dialog.box.people.setValue(6)
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, correct)
    qtbot.mouseClick(view.booking_buttons.assisted_button, Qt.MouseButton.LeftButton)
    corrected = monitoring.assisted(window.context.db, BookingId("B00002"))
    assert corrected == PeopleAssisted(6, 2, 1, 1, 3, "Marocco")

    def untick(dialog: QWidget) -> None:
        assert isinstance(dialog, PeopleAssistedDialog)
        dialog.box.setChecked(False)
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, untick)
    qtbot.mouseClick(view.booking_buttons.assisted_button, Qt.MouseButton.LeftButton)
    assert monitoring.assisted(window.context.db, BookingId("B00002")) is None


def test_the_report_exported_from_the_window_has_the_monitoring_sheet(
    window: MainWindow, qtbot: Any, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 12, 7, 12)
    close_with_people(window, qtbot, {})
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    out = tmp_path / "report.xlsx"
    view.export_report(str(out))
    qtbot.waitUntil(lambda: out.exists() and str(out) in view.summary.text(), timeout=30_000)
    blocks, rows = read_sheet(out)
    assert list(blocks) == list(BLOCK_TITLES)
    total = blocks["Per mese e progetto"][("Totale", "")]
    # one intervention in December: 4 people (shown), 2 women, 1 man, 1 minor hidden; 3 adults and
    # 0 not stated would give the minor away, so one of them is hidden too
    assert total["interventions"] == "<3" and total["people"] == 4
    assert (total["women"], total["men"], total["gender_unknown"], total["minors"]) == ("<3",) * 4
    assert "x" in (total["adults"], total["age_unknown"])
    assert blocks["Per nazionalità"][("Marocco", "")]["people"] == 4
    for row in rows:
        assert not any(isinstance(v, int | float) and not isinstance(v, bool) and v in (1, 2) for v in row)
