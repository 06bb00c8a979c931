"""Issue 16, points 9 and 11, through the window: pickers searched by typing, dates and times typed as
digits, the move dialog offering only speakers of the language, agencies and mediators placed by comune."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QTimeEdit, QWidget

from mediation_desk.scheduling.model import MediatorId
from mediation_desk.services import places
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.bookings.booking_actions import RescheduleDialog
from mediation_desk.ui.catalogue.agencies_view import AgenciesView
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import when_modal


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def completions(box: QComboBox) -> list[str]:
    completer = box.completer()
    assert completer is not None
    return completions_of(completer)


def completions_of(completer: QCompleter) -> list[str]:
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def pick_first_completion(qtbot: Any, box: QComboBox | Any) -> None:
    """Down then Enter in the completer's popup, as a user picks the first match."""
    completer = box.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def click_into(qtbot: Any, box: QComboBox) -> None:
    """A click into a picker's text (coming from another field), as a user does before typing."""
    box.clearFocus()
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.lineEdit().selectedText() == box.currentText(), timeout=2_000)


def type_into(qtbot: Any, editor: QWidget, keys: str) -> None:
    """A click into the field (the cursor lands inside a part, as with the mouse), then the keys."""
    editor.setFocus()
    qtbot.mouseClick(editor.lineEdit(), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClicks(editor, keys)


# ---- 9. pickers searched by typing, dates and times typed ------------------------------------------
def test_a_new_request_is_filled_by_typing_names_and_digits_and_saved_as_typed(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    click_into(qtbot, form.agency)
    qtbot.keyClicks(form.agency.lineEdit(), "crema")  # part of "IC Crema Uno", another case
    assert completions(form.agency) == ["IC Crema Uno"]
    pick_first_completion(qtbot, form.agency)
    assert fw.combo_value(form.agency) == "A002" and form.agency.currentText() == "IC Crema Uno"
    qtbot.keyClicks(form.language.lineEdit(), "TIGR")
    assert completions(form.language) == ["Tigrino (ti)"]
    qtbot.keyClick(form.language.lineEdit(), Qt.Key.Key_Escape)  # the popup closes; the text stays
    qtbot.keyClick(form.language.lineEdit(), Qt.Key.Key_Return)  # the only match is taken
    assert fw.combo_value(form.language) == "ti"
    day, begin, finish = (form.windows.cellWidget(0, column) for column in range(3))
    assert isinstance(day, QDateEdit) and isinstance(begin, QTimeEdit) and isinstance(finish, QTimeEdit)
    type_into(qtbot, day, "09122026")
    type_into(qtbot, begin, "930")
    type_into(qtbot, finish, "12:30")
    assert (day.text(), begin.text(), finish.text()) == ("09/12/2026", "09:30", "12:30")
    assert view.save_button.isEnabled(), form.problems.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved_id = form.current.id if form.current is not None else ""
    with window.context.db.read() as s:
        saved = repository.get_request(s, saved_id)
    assert saved is not None and saved.agency == "A002" and saved.language == "ti"
    window_typed = (rome(2026, 12, 9, 9, 30), rome(2026, 12, 9, 12, 30))
    assert [(w.start, w.end) for w in saved.windows] == [window_typed]


def test_a_name_typed_that_is_no_agency_is_refused_not_saved_with_the_previous_one(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    view.show_item("R00001")
    form = view.form
    click_into(qtbot, form.agency)  # shows "Comune di Lodi": what is typed replaces it
    qtbot.keyClicks(form.agency.lineEdit(), "Comune di Cremona")
    assert completions(form.agency) == []
    assert fw.combo_value(form.agency) == ""
    assert not view.save_button.isEnabled()
    assert "Scegli l'ente" in form.problems.text()


def test_the_request_list_filter_finds_an_agency_without_its_accents_or_case(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    click_into(qtbot, view.agency_filter)  # shows "Tutti": entering the field selects it
    qtbot.keyClicks(view.agency_filter.lineEdit(), "comune di lo")
    assert completions(view.agency_filter) == ["Comune di Lodi"]
    pick_first_completion(qtbot, view.agency_filter)
    assert view.agency_filter.currentData() == "A001"


def test_dates_and_times_take_digits_typed_with_or_without_separators(qtbot: Any) -> None:
    day = fw.date_edit()
    time = fw.time_edit()
    holder = QWidget()
    for editor in (day, time):
        editor.setParent(holder)
    qtbot.addWidget(holder)
    holder.show()
    for keys in ("03122026", "03/12/2026", "3.12.2026"):
        type_into(qtbot, day, keys)
        assert day.text() == "03/12/2026", keys
    day.setDate(day.date().addYears(-1).addMonths(1))  # 03/01/2026: the year stays when not typed
    type_into(qtbot, day, "0312")
    assert day.text() == "03/12/2026"
    for keys in ("930", "09:30", "0930", "9.30"):
        time.setTime(time.time().fromString("12:00", "HH:mm"))
        type_into(qtbot, time, keys)
        assert time.text() == "09:30", keys


# ---- 9. the move dialog offers only the speakers of the language -------------------------------
def test_the_move_dialog_lists_only_mediators_who_speak_the_language_and_says_why(
    qtbot: Any, loaded_db: Database, context: Any
) -> None:
    with loaded_db.write() as s:  # Sara (Tigrinya only) becomes active: she must still not be offered
        sara = repository.get_mediator(s, MediatorId("M003"))
        assert sara is not None
        repository.save_mediator(s, dataclasses.replace(sara, active=True))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    view = requests_view(window)
    view.show_item("R00001")  # Arabic, booked with Amina
    seen: dict[str, Any] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RescheduleDialog)
        seen["mediators"] = [dialog.mediator.itemText(i) for i in range(dialog.mediator.count())]
        seen["note"] = dialog.speakers_note.text()
        qtbot.keyClicks(dialog.mediator.lineEdit(), "x")  # typing narrows only among the speakers
        seen["typed"] = completions(dialog.mediator)
        dialog.reject()

    when_modal(qtbot, look, RescheduleDialog)
    qtbot.mouseClick(view.booking_buttons.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "note" in seen, timeout=5_000)
    assert seen["mediators"] == ["Amina El Idrissi", "Yonas Tesfaye"]
    assert seen["note"] == "Sono elencati solo i mediatori che parlano Arabo: un altro non la parla."
    assert "Sara Haile Ñúñez" not in seen["typed"]
    view.form.forget_edits()
    window.close()


# ---- 11. places by name, not by coordinates -----------------------------------------------------
def test_a_new_agency_is_placed_by_typing_its_comune_and_saved_with_that_point(
    window: MainWindow, qtbot: Any
) -> None:
    window.go_to("agencies")
    view = window.views["agencies"]
    assert isinstance(view, AgenciesView)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert not form.place.advanced.isVisible()  # coordinates are not what a coordinator is asked for
    qtbot.keyClicks(form.code, "A010")
    qtbot.keyClicks(form.name, "Comune di Cremona - Servizi sociali")
    fw.set_combo(form.area, "CREMA")
    qtbot.mouseClick(form.place.comune, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.place.comune, "Crem")
    shown = completions_of(form.place.completer)
    assert "Cremona (CR)" in shown and "Crema (CR)" in shown and "Acquanegra Cremonese (CR)" in shown
    popup = form.place.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    row = shown.index("Cremona (CR)")
    popup.setCurrentIndex(form.place.completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    cremona = places.resolve("Cremona")
    assert form.place.comune.text() == "Cremona (CR)"
    assert (form.place.lat.value(), form.place.lon.value()) == (cremona.lat, cremona.lon)
    qtbot.keyClicks(form.address, "Piazza del Comune 8")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_agency(s, "A010")
    assert saved is not None and saved.address == "Piazza del Comune 8"
    assert (saved.lat, saved.lon) == (cremona.lat, cremona.lon)
    assert saved.extra[places.COMUNE_KEY] == "019036"


def test_the_exact_spot_is_kept_when_the_coordinates_are_changed_after_the_comune(
    window: MainWindow, qtbot: Any
) -> None:
    window.go_to("agencies", "A001")
    view = window.views["agencies"]
    assert isinstance(view, AgenciesView)
    form = view.form
    assert form.place.comune.text() == "Lodi (LO)"  # stored before the list existed: found from its point
    qtbot.mouseClick(form.place.toggle, Qt.MouseButton.LeftButton)
    assert form.place.advanced.isVisible()
    form.place.lat.setValue(45.31401)
    form.place.lon.setValue(9.50320)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_agency(s, "A001")
    assert saved is not None and (saved.lat, saved.lon) == (45.31401, 9.50320)
    assert saved.extra[places.COMUNE_KEY] == places.resolve("Lodi").istat


def test_a_comune_name_in_two_provinces_is_refused_until_the_province_is_chosen(
    window: MainWindow, qtbot: Any
) -> None:
    window.go_to("mediators", "M002")
    view = window.views["mediators"]
    form = view.form
    qtbot.mouseClick(form.place.comune, Qt.MouseButton.LeftButton)
    form.place.comune.clear()
    qtbot.keyClicks(form.place.comune, "Castro")
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Escape)
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Return)
    assert "Castro (BG), Castro (LE)" in form.problems.text()
    assert not view.save_button.isEnabled()
    form.place.comune.clear()
    qtbot.keyClicks(form.place.comune, "castro (le)")
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Escape)
    qtbot.keyClick(form.place.comune, Qt.Key.Key_Return)
    assert form.place.comune.text() == "Castro (LE)" and "Castro" not in form.problems.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_mediator(s, MediatorId("M002"))
    castro = places.resolve("Castro", province="LE")
    assert saved is not None and (saved.lat, saved.lon) == (castro.lat, castro.lon)
    assert saved.extra == {places.COMUNE_KEY: castro.istat}
