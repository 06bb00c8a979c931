"""A coordinator takes a request, sees who can go and books: what the window shows and what is stored."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from mediation_desk.scheduling.model import BookingStatus, Mode, RequestStatus
from mediation_desk.storage import repository
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.ui.support import when_modal


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def wait_for_candidates(qtbot: Any, view: RequestsView) -> None:
    qtbot.waitUntil(lambda: view.candidates.result is not None, timeout=10_000)


def test_ctrl_n_then_save_stores_a_new_pending_request(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = requests_view(window)
    form = view.form
    assert not view.save_button.isEnabled()  # no agency, no language yet
    form.agency.setCurrentIndex(form.agency.findData("A002"))
    form.language.setCurrentIndex(form.language.findData("ar"))
    form.mode.setCurrentIndex(form.mode.findData(Mode.PHONE.value))
    qtbot.keyClicks(form.reason, "colloquio con la famiglia")
    qtbot.keyClicks(form.nationality, "Egitto")
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        stored = repository.get_request(s, "R00005")
    assert stored is not None and stored.status is RequestStatus.PENDING
    assert (stored.agency, stored.language, stored.reason, stored.nationality) == (
        "A002",
        "ar",
        "colloquio con la famiglia",
        "Egitto",
    )
    assert form.heading.text() == "Richiesta R00005 — Da pianificare"
    assert view.selected_request() is not None and view.selected_request().id == "R00005"  # type: ignore[union-attr]


def test_the_form_says_what_is_missing_as_you_type(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.new_request()
    assert "Scegli l'ente richiedente." in view.form.problems.text()
    view.form.agency.setCurrentIndex(view.form.agency.findData("A001"))
    view.form.duration.setValue(50)
    assert "Scegli l'ente richiedente." not in view.form.problems.text()
    assert "multiplo positivo di 15 minuti" in view.form.problems.text()


def test_candidates_are_ranked_and_the_excluded_say_why(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.show_item("R00003")  # Arabic, a woman asked for, in person in Crema
    wait_for_candidates(qtbot, view)
    names = [view.candidates.model.row_at(r).mediator.name for r in range(view.candidates.model.rowCount())]
    assert names == ["Amina El Idrissi"]
    tree = view.candidates.excluded
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    excluded = {row.text(0): row.text(1) for row in rows if row is not None}
    assert "È stata chiesta una mediatrice" in excluded["Yonas Tesfaye"]
    assert view.candidates.start_combo.count() > 0


def test_book_stores_the_booking_and_shows_it_under_the_request(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.show_item("R00003")
    wait_for_candidates(qtbot, view)
    start = view.candidates.chosen_start()
    qtbot.mouseClick(view.candidates.book_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        (booking,) = repository.bookings_for_request(s, "R00003")
        request = repository.get_request(s, "R00003")
    assert (booking.mediator, booking.start, booking.status) == ("M001", start, BookingStatus.CONFIRMED)
    assert request is not None and request.status is RequestStatus.BOOKED
    shown = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert shown[0] == booking.id and "Amina El Idrissi" in shown and "Confermato" in shown
    assert view.form.heading.text() == "Richiesta R00003 — Prenotata"


def test_a_booking_past_the_budget_needs_and_records_a_reason(window: MainWindow, qtbot: Any) -> None:
    with window.context.db.write() as s:
        project = repository.get_project(s, "LABIMPACT2")
        assert project is not None
        repository.save_project(s, dataclasses.replace(project, hour_budget=2.0))  # 3 h already used
    view = requests_view(window)
    view.show_item("R00002")  # Tigrinya by phone for LABIMPACT2: only Yonas speaks it
    wait_for_candidates(qtbot, view)
    assert view.candidates.model.rowCount() == 0
    tree = view.candidates.excluded
    (yonas,) = [
        item
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        if item is not None and item.text(0) == "Yonas Tesfaye"
    ]
    assert "Monte ore del progetto LABIMPACT2 superato" in yonas.text(1)

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("udienza non rinviabile")
        dialog.accept()

    when_modal(qtbot, give_reason, QInputDialog)
    tree.itemDoubleClicked.emit(yonas, 0)
    with window.context.db.read() as s:
        (booking,) = repository.bookings_for_request(s, "R00002")
    assert (booking.mediator, booking.budget_override) == ("M002", "udienza non rinviabile")
