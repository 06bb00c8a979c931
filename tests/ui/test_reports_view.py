"""Reports view: the summary names the month of the report."""

from __future__ import annotations

from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView
from tests.factories import rome
from tests.ui.support import Clock


def test_the_summary_names_the_month_not_a_day(window: MainWindow, clock: Clock) -> None:
    clock.now = rome(2026, 11, 30, 15)
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    assert view.summary.text().endswith(" in novembre 2026")
    assert "lunedì" not in view.summary.text() and "domenica" not in view.summary.text()
