"""Moving, cancelling and closing bookings from the calendar and the requests view, as a coordinator would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import BookingStatus, Outcome
from mediation_desk.services import booking as lifecycle
from mediation_desk.storage import repository
from mediation_desk.ui.bookings.booking_actions import CancelDialog, CloseDialog, RescheduleDialog
from mediation_desk.ui.calendar.calendar_view import CalendarView
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import Clock, when_modal


def calendar_on(window: MainWindow, booking_id: str) -> CalendarView:
    window.go_to("calendar", booking_id)
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    return view


def drag(qtbot: Any, view: CalendarView, booking_id: str, to_x: float) -> None:
    widget = view.calendar
    item = next(i for i in widget.items if i.booking_id == booking_id)
    rect = widget.item_rect(item)
    assert rect is not None
    start = QPoint(int(rect.left()) + 2, int(rect.center().y()))
    end = QPoint(int(to_x) + 2, start.y())
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(widget, QPoint(start.x() + 10, start.y()))
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def close(widget: QWidget) -> None:
    widget.close()


def stored(window: MainWindow, booking_id: str) -> Any:
    with window.context.db.read() as s:
        return repository.get_booking(s, booking_id)


def test_a_drag_onto_a_clash_is_refused_with_the_reason(window: MainWindow, qtbot: Any) -> None:
    other = lifecycle.book(
        window.context.db, "R00003", "M001", rome(2026, 12, 9, 9), actor="t", now=window.context.now()
    )
    view = calendar_on(window, "B00002")
    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(qtbot, read_and_close)
    drag(qtbot, view, "B00002", view.calendar.x_of(rome(2026, 12, 9, 9)))
    assert messages and "Già impegnata" in messages[0] and other.booking.id in messages[0]
    assert stored(window, "B00002").start == rome(2026, 12, 7, 9)
    item = next(i for i in view.calendar.items if i.booking_id == "B00002")
    assert item.start == rome(2026, 12, 7, 9)


def test_a_drag_to_a_free_time_moves_the_booking(window: MainWindow, qtbot: Any) -> None:
    view = calendar_on(window, "B00002")
    drag(qtbot, view, "B00002", view.calendar.x_of(rome(2026, 12, 7, 10, 30)))
    moved = stored(window, "B00002")
    assert (moved.start, moved.end, moved.sequence) == (rome(2026, 12, 7, 10, 30), rome(2026, 12, 7, 12), 1)
    item = next(i for i in view.calendar.items if i.booking_id == "B00002")
    assert item.start == rome(2026, 12, 7, 10, 30)


def requests_on(window: MainWindow, request_id: str) -> RequestsView:
    window.go_to("requests", request_id)
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def test_cancelling_late_says_it_is_billable_and_stores_it(
    window: MainWindow, qtbot: Any, clock: Clock
) -> None:
    clock.now = rome(2026, 12, 7, 8)  # one hour before the intervention
    view = requests_on(window, "R00001")
    warnings: list[str] = []

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelDialog)
        warnings.append(dialog.warning.text())
        qtbot.keyClicks(dialog.reason, "la famiglia ha disdetto")
        when_modal(qtbot, close)  # the outcome message that follows
        dialog.accept()

    when_modal(qtbot, give_reason)
    qtbot.mouseClick(view.booking_buttons.cancel_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Annullamento tardivo: sarà addebitato al progetto."]
    cancelled = stored(window, "B00002")
    assert (cancelled.status, cancelled.outcome, cancelled.cancel_reason) == (
        BookingStatus.CANCELLED,
        Outcome.LATE_CANCELLATION,
        "la famiglia ha disdetto",
    )
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Annullato" in row and "Annullamento tardivo (addebitabile)" in row


def test_closing_with_actual_times_stores_them(window: MainWindow, qtbot: Any, clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 12)
    view = requests_on(window, "R00001")

    def type_times(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDialog)
        fw.set_instant(dialog.actual_start, rome(2026, 12, 7, 9, 5))
        fw.set_instant(dialog.actual_end, rome(2026, 12, 7, 10, 40))
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, type_times)
    qtbot.mouseClick(view.booking_buttons.close_button, Qt.MouseButton.LeftButton)
    closed = stored(window, "B00002")
    assert (closed.status, closed.outcome) == (BookingStatus.DONE, Outcome.DELIVERED)
    assert (closed.actual_start, closed.actual_end) == (rome(2026, 12, 7, 9, 5), rome(2026, 12, 7, 10, 40))
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Svolto" in row
    assert not view.booking_buttons.close_button.isEnabled()


def test_undo_moves_the_booking_back(window: MainWindow, qtbot: Any) -> None:
    view = calendar_on(window, "B00002")
    drag(qtbot, view, "B00002", view.calendar.x_of(rome(2026, 12, 7, 10, 30)))
    requests = requests_on(window, "R00001")
    assert requests.booking_buttons.undo_button.isEnabled()
    qtbot.mouseClick(requests.booking_buttons.undo_button, Qt.MouseButton.LeftButton)
    assert stored(window, "B00002").start == rome(2026, 12, 7, 9)
    assert not requests.booking_buttons.undo_button.isEnabled()


def test_the_move_dialog_refuses_a_mediator_of_another_area(window: MainWindow, qtbot: Any) -> None:
    view = calendar_on(window, "B00002")
    messages: list[str] = []

    def choose_yonas(dialog: QWidget) -> None:
        assert isinstance(dialog, RescheduleDialog)
        dialog.mediator.setCurrentIndex(dialog.mediator.findData("M002"))

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            messages.append(box.text())
            box.accept()

        when_modal(qtbot, read, QMessageBox)
        dialog.accept()

    when_modal(qtbot, choose_yonas, RescheduleDialog)
    view.calendar.activated.emit("B00002")  # a double click on the box
    assert messages and "Zona non coperta: Ambito di Lodi" in messages[0]
    assert stored(window, "B00002").mediator == "M001"


def test_the_day_view_by_area_has_one_lane_per_area(window: MainWindow) -> None:
    view = calendar_on(window, "B00002")
    view.show_day(rome(2026, 12, 7, 0).date(), week=False)
    view.group_combo.setCurrentIndex(view.group_combo.findData("area"))
    assert view.calendar.days == [rome(2026, 12, 7, 0).date()]
    assert view.calendar.lanes == [("LODI", "Ambito di Lodi")]
    assert [i.booking_id for i in view.calendar.items] == ["B00002"]
    assert view.title.text() == "lunedì 7 dicembre 2026"


def test_all_mediators_gives_a_lane_to_each_active_one(window: MainWindow) -> None:
    view = calendar_on(window, "B00002")
    assert [lane for lane, _name in view.calendar.lanes] == ["M001"]
    view.all_mediators.setChecked(True)
    assert [name for _lane, name in view.calendar.lanes] == ["Amina El Idrissi", "Yonas Tesfaye"]


def test_a_no_show_is_recorded_after_the_start(window: MainWindow, qtbot: Any, clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 10)
    view = requests_on(window, "R00001")
    def the_family(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == "L'utente assistito (si addebita)"]
        button.click()

    when_modal(qtbot, the_family, QMessageBox)
    qtbot.mouseClick(view.booking_buttons.no_show_button, Qt.MouseButton.LeftButton)
    recorded = stored(window, "B00002")
    assert (recorded.status, recorded.outcome) == (BookingStatus.DONE, Outcome.NO_SHOW)
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Utente assente" in row
