"""Recurring bookings from the requests view: a weekly series; cancel or move following or all occurrences."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from mediation_desk.scheduling.model import Booking, BookingStatus, Interval
from mediation_desk.scheduling.series import occurrences
from mediation_desk.services import changes
from mediation_desk.storage import repository
from mediation_desk.texts import i18n
from mediation_desk.ui.bookings import booking_actions
from mediation_desk.ui.bookings.booking_actions import CancelDialog, RescheduleDialog
from mediation_desk.ui.bookings.series_dialog import SeriesDialog, weekly_rule
from mediation_desk.ui.common.form_widgets import set_instant
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import when_modal
from tests.ui.test_requests_flow import requests_view, wait_for_candidates

TEMPLATE = "R00002"


def series_bookings(window: MainWindow, series_id: str | None = None) -> list[Booking]:
    with window.context.db.read() as s:
        found = [b for b in repository.list_bookings(s) if b.series and b.series == (series_id or b.series)]
    return sorted(found, key=lambda b: b.start)


def close_message(messages: list[str]) -> Any:
    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.close()

    return close


def create_weekly_series(window: MainWindow, qtbot: Any) -> tuple[RequestsView, list[str]]:
    """Four Mondays from the chosen candidate's first start, through the dialog."""
    view = requests_view(window)
    view.show_item(TEMPLATE)
    wait_for_candidates(qtbot, view)
    messages: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SeriesDialog)
        dialog.count.setValue(4)
        assert dialog.rule().startswith("FREQ=WEEKLY;INTERVAL=1;BYDAY=")
        assert dialog.rule().endswith(";COUNT=4")
        assert dialog.preview.text().startswith("4 volte alle ")
        when_modal(qtbot, close_message(messages), QMessageBox)
        dialog.accept()

    when_modal(qtbot, fill, SeriesDialog)
    assert view.repeat_button.isEnabled()
    view.repeat_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    return view, messages


def answer_scope(qtbot: Any, label: str) -> None:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == label]
        button.click()

    when_modal(qtbot, click, QMessageBox)


def test_a_weekly_series_of_four_books_four_mondays(window: MainWindow, qtbot: Any) -> None:
    view, messages = create_weekly_series(window, qtbot)
    assert messages == ["Prenotate 4 occorrenze su 4."]
    stored = series_bookings(window)
    assert len(stored) == 4 and {b.status for b in stored} == {BookingStatus.CONFIRMED}
    assert [b.start - stored[0].start for b in stored] == [dt.timedelta(weeks=w) for w in range(4)]
    assert view.bookings_model.rowCount() == 4  # the template shows its series' bookings


def test_an_occurrence_the_mediator_cannot_take_is_listed_with_the_reason(
    window: MainWindow, qtbot: Any
) -> None:
    with window.context.db.write() as s:
        yonas = repository.get_mediator(s, "M002")
        assert yonas is not None and yonas.name == "Yonas Tesfaye"
        away = Interval(rome(2026, 12, 23, 0), rome(2026, 12, 24, 0), "ferie")
        repository.save_mediator(s, dataclasses.replace(yonas, absences=[away]))
    window.context.apply(changes.CATALOGUE)  # as the catalogue view would
    _view, messages = create_weekly_series(window, qtbot)
    assert messages[0].splitlines() == [
        "Prenotate 3 occorrenze su 4.",
        "Non prenotate (le richieste restano da pianificare):",
        "• mer 23/12/2026 10:00: Assente dal 23/12/2026 00:00 al 24/12/2026 00:00",
    ]
    assert len([b for b in series_bookings(window) if b.status is BookingStatus.CONFIRMED]) == 3


def test_cancel_this_and_following_from_the_third_leaves_two(window: MainWindow, qtbot: Any) -> None:
    create_weekly_series(window, qtbot)
    third = series_bookings(window)[2]
    messages: list[str] = []
    answer_scope(qtbot, "Questo e i successivi")

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelDialog)
        dialog.reason.setText("fine del progetto scolastico")
        when_modal(qtbot, close_message(messages), QMessageBox)
        dialog.accept()

    when_modal(qtbot, give_reason, CancelDialog)
    assert booking_actions.cancel_dialog(window, window.context, third)
    assert messages == ["2 occorrenze annullate."]
    active = [b for b in series_bookings(window) if b.status is BookingStatus.CONFIRMED]
    assert [b.id for b in active] == [b.id for b in series_bookings(window)[:2]]


def test_move_all_by_one_hour(window: MainWindow, qtbot: Any) -> None:
    create_weekly_series(window, qtbot)
    before = series_bookings(window)
    answer_scope(qtbot, "Tutti")

    def later(dialog: QWidget) -> None:
        assert isinstance(dialog, RescheduleDialog)
        set_instant(dialog.start, before[0].start + dt.timedelta(hours=1))
        dialog.accept()

    when_modal(qtbot, later, RescheduleDialog)
    assert booking_actions.reschedule_dialog(window, window.context, before[0], window.context.catalog())
    after = {b.id: b.start for b in series_bookings(window)}
    assert all(after[b.id] == b.start + dt.timedelta(hours=1) for b in before)


def test_until_includes_the_whole_last_day_every_other_week() -> None:
    rule = weekly_rule(["MO", "WE"], 2, None, dt.date(2026, 12, 23))
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20261223T235959"
    starts = occurrences(rule, rome(2026, 12, 7, 9), i18n.service_zone())
    assert [s.astimezone(i18n.service_zone()).day for s in starts] == [7, 9, 21, 23]
