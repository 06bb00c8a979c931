"""Dashboard items lead to their request or booking; imports, reports and planning run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk.scheduling.model import RequestStatus
from mediation_desk.services import changes
from mediation_desk.storage import repository
from mediation_desk.ui.dashboard.dashboard_view import TARGET_ROLE, DashboardView
from mediation_desk.ui.data import menu_actions
from mediation_desk.ui.data.menu_actions import PlanDialog
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.planning.plan_preview_dialog import PlanPreviewDialog
from mediation_desk.ui.reports.reports_view import ReportsView
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import Clock, when_modal


def dashboard(window: MainWindow, qtbot: Any) -> DashboardView:
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: "…" not in view.budget_list.item(0).text(), timeout=10_000)
    return view


def test_urgent_requests_come_first_and_open_in_the_requests_view(window: MainWindow, qtbot: Any) -> None:
    view = dashboard(window, qtbot)
    first = view.unfilled_list.item(0)
    assert first.text().startswith("Urgente · R00003")
    assert view.unfilled_list.item(1).text().startswith("Alta · R00002")
    view.unfilled_list.itemActivated.emit(first)
    assert window.current_view_name() == "requests"
    requests = window.views["requests"]
    assert isinstance(requests, RequestsView)
    assert requests.form.current is not None and requests.form.current.id == "R00003"


def test_an_unanswered_invitation_opens_its_week_in_the_calendar(window: MainWindow, qtbot: Any) -> None:
    view = dashboard(window, qtbot)
    item = view.unanswered_list.item(0)
    assert item.data(TARGET_ROLE) == ("calendar", "B00002") and "In attesa di risposta" in item.text()
    view.unanswered_list.itemActivated.emit(item)
    calendar = window.views["calendar"]
    assert calendar.calendar.selected_id == "B00002"  # type: ignore[attr-defined]
    assert calendar.days()[0].isoformat() == "2026-12-07"  # type: ignore[attr-defined]


def test_today_lists_the_interventions_of_the_day(window: MainWindow, qtbot: Any, clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 8)
    window.context.apply(changes.EVERYTHING)
    view = dashboard(window, qtbot)
    assert (
        view.today_list.item(0).text()
        == "09:00–10:30 · Amina El Idrissi · Arabo · Comune di Lodi · Confermato"
    )


def test_a_refused_scenario_lists_its_problems_and_changes_nothing(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "rotto.json"
    bad.write_text('{"format": "mediation-desk/1", "timezone": "Europe/Rome", "areas": [{"code": 1}]}')
    messages: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(
        qtbot,
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),  # type: ignore
        QMessageBox,
        "Sostituire il servizio",
    )
    when_modal(qtbot, read, QMessageBox, "Importazione rifiutata")
    menu_actions.import_scenario(window, str(bad))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "$.areas[0]" in messages[0]
    with window.context.db.read() as s:
        assert len(repository.list_mediators(s)) == 3


def test_the_month_report_shows_billed_hours_and_exports_timesheets(
    window: MainWindow, qtbot: Any, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 11, 30, 15)
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Amina El Idrissi"  # type: ignore
    target = tmp_path / "fogli.xlsx"
    view.export_timesheets(str(target))
    qtbot.waitUntil(lambda: f"Salvato in {target}" in view.summary.text(), timeout=20_000)
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 1


def test_planning_books_the_pending_requests_in_the_background(window: MainWindow, qtbot: Any) -> None:
    results: list[str] = []

    def choose_period(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.seconds.setValue(2)
        dialog.accept()

        def book_all(preview: QWidget) -> None:
            assert isinstance(preview, PlanPreviewDialog)
            results.append(preview.quality.text())
            when_modal(qtbot, lambda box: results.append(box.text()) or box.close(), QMessageBox)  # type: ignore
            preview.book_button.click()

        when_modal(qtbot, book_all, PlanPreviewDialog)

    when_modal(qtbot, choose_period, PlanDialog)
    menu_actions.plan_pending(window)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=60_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    with window.context.db.read() as s:
        statuses: dict[str, RequestStatus] = {r.id: r.status for r in repository.list_requests(s)}
    assert statuses["R00002"] is RequestStatus.BOOKED and statuses["R00003"] is RequestStatus.BOOKED
    assert results[0] == "Ottimo dimostrato."  # the preview says how good the plan is
    assert results[1].startswith("Prenotate 2 richieste su 2")
    assert "Ottimo dimostrato." in results[1]
