"""Readable at 1280x800 and in correct Italian (issue 16, points 8 and 10): the window driven at that size."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTableView,
    QWidget,
)

from mediation_desk.io import ical
from mediation_desk.scheduling.model import CancelParty, Mode, Outcome
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes
from mediation_desk.storage import repository
from mediation_desk.ui.bookings.booking_actions import CancelDialog, RescheduleDialog
from mediation_desk.ui.calendar.calendar_view import CalendarView
from mediation_desk.ui.common.dialog_titles import width_for_title
from mediation_desk.ui.dashboard.dashboard_view import DashboardView
from mediation_desk.ui.main_window import VIEWS, MainWindow
from mediation_desk.ui.requests import request_table_model as cols
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import Clock

SOURCES = Path(__file__).resolve().parents[2] / "mediation_desk"
TWO_DIGIT_YEAR = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?![\d])")


@pytest.fixture
def small_window(window: MainWindow, qtbot: Any) -> MainWindow:
    """The main window at the size of a common laptop screen."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 800)
    return window


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def wait_for_candidates(qtbot: Any, view: RequestsView) -> None:
    qtbot.waitUntil(lambda: view.candidates.result is not None, timeout=10_000)


def visible_width(table: QTableView, column: int) -> int:
    """How many pixels of ``column`` show in the table's viewport, as it is scrolled now."""
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    right = left + header.sectionSize(column)
    return max(0, min(right, table.viewport().width()) - max(left, 0))


# ---- 8. readable at 1280x800 ---------------------------------------------------------------------
def test_the_window_fits_1280x800_with_every_view_shown(small_window: MainWindow, qtbot: Any) -> None:
    for name, _module, _cls in VIEWS:
        small_window.go_to(name)
        QApplication.processEvents()
        assert small_window.minimumSizeHint().width() <= 1280, name
        assert small_window.minimumSizeHint().height() <= 800, name
        assert (small_window.width(), small_window.height()) == (1280, 800), name
    calendar = small_window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    small_window.go_to("calendar")
    calendar.day_button.setChecked(True)  # the day view fits too
    QApplication.processEvents()
    assert (small_window.width(), small_window.height()) == (1280, 800)


def test_the_request_list_shows_number_date_status_language_and_agency_at_1280x800(
    small_window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(small_window)
    QApplication.processEvents()
    table = view.table
    assert table.horizontalScrollBar().value() == 0
    first = view.proxy.index(0, 0)
    for column in (cols.COL_ID, cols.COL_DATE, cols.COL_STATUS, cols.COL_LANGUAGE):
        text = view.proxy.index(first.row(), column).data()
        needed = table.fontMetrics().horizontalAdvance(text)
        assert visible_width(table, column) >= needed, (column, text)  # whole, not elided
    assert visible_width(table, cols.COL_AGENCY) >= 100  # a long name is elided, never hidden
    assert re.fullmatch(r"\w{3} \d{2}/\d{2}/\d{4} \d{2}:\d{2}", view.proxy.index(0, cols.COL_DATE).data())


def test_the_search_placeholder_shows_whole(small_window: MainWindow, qtbot: Any) -> None:
    view = requests_view(small_window)
    QApplication.processEvents()
    search = view.search
    needed = search.fontMetrics().horizontalAdvance(search.placeholderText())
    frame = search.style().pixelMetric(search.style().PixelMetric.PM_DefaultFrameWidth)
    room = search.width() - 2 * frame - 40
    assert needed <= room  # 40 px for the clear button and the text margins
    assert search.placeholderText() == "Cerca: numero, caso, ente, motivo…"


def test_dialog_titles_fit_their_dialogs(small_window: MainWindow, qtbot: Any) -> None:
    with small_window.context.db.read() as s:
        booking = repository.get_booking(s, "B00002")
    assert booking is not None
    catalog = small_window.context.catalog()
    dialogs = (
        CancelDialog(small_window, booking, late=False),
        RescheduleDialog(small_window, booking, catalog),
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert dialog.windowTitle()
        assert dialog.width() >= width_for_title(dialog), dialog.windowTitle()
        dialog.reject()


def test_a_message_box_is_as_wide_as_its_title(small_window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.support import when_modal

    widths: list[tuple[int, int]] = []

    def measure(box: QWidget) -> None:
        widths.append((box.width(), width_for_title(box)))
        assert isinstance(box, QMessageBox)
        box.accept()

    when_modal(qtbot, measure, QMessageBox)
    QMessageBox.question(small_window, "Sostituire il servizio con i dati dimostrativi adesso?", "Sì?")
    ((width, wanted),) = widths
    assert width >= wanted


def test_an_exclusion_reason_is_read_whole_in_the_pane_under_the_list(
    small_window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(small_window)
    view.show_item("R00003")
    wait_for_candidates(qtbot, view)
    view.show_candidates()
    QApplication.processEvents()
    panel = view.candidates
    assert "esclusi" in view.detail_tabs.tabText(view.detail_tabs.currentIndex())
    item = panel.excluded.topLevelItem(0)
    assert item is not None
    panel.excluded.setCurrentItem(item)
    detail = panel.excluded_detail
    assert detail.isVisible() and detail.wordWrap()
    assert detail.text() == f"{item.text(0)}: {item.toolTip(1)}"
    assert detail.heightForWidth(detail.width()) <= detail.height() + 1  # every line of it shows


def test_calendar_week_boxes_show_the_language_and_the_agency(small_window: MainWindow, qtbot: Any) -> None:
    lifecycle.book(small_window.context.db, "R00003", "M001", rome(2026, 12, 10, 14),
                   actor="t", now=small_window.context.now())
    small_window.go_to("calendar", "B00002")
    view = small_window.views["calendar"]
    assert isinstance(view, CalendarView)
    QApplication.processEvents()
    widget = view.calendar
    week = [i for i in widget.items if i18n_day(i.start) in widget.days]
    assert len(week) == 2
    for item in week:
        place = widget.label_place(item)
        assert place is not None
        _rect, text, _inside = place
        assert text.startswith("Arabo · "), text  # the language whole, then as much of the agency as fits
        assert len(text) > len("Arabo · ") + 3
    assert all(day.weekday() < 5 for day in widget.days)  # an empty weekend leaves its room to the week


def i18n_day(instant: dt.datetime) -> dt.date:
    from mediation_desk.texts import i18n

    return i18n.to_local(instant).date()


def test_the_dashboard_lists_wrap_instead_of_scrolling_sideways(small_window: MainWindow, qtbot: Any) -> None:
    small_window.go_to("dashboard")
    view = small_window.views["dashboard"]
    assert isinstance(view, DashboardView)
    view.refresh()
    qtbot.waitUntil(lambda: "…" not in view.budget_list.item(0).text(), timeout=10_000)
    QApplication.processEvents()
    lists = view.findChildren(QListWidget)
    assert len(lists) >= 5
    for widget in lists:
        assert widget.wordWrap()
        bar = widget.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0
        for row in range(widget.count()):
            rect = widget.visualItemRect(widget.item(row))
            assert rect.right() <= widget.viewport().width()


def test_a_no_show_reads_as_such_never_as_done(small_window: MainWindow, qtbot: Any, clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 11)
    booking_outcomes.mark_no_show(small_window.context.db, "B00002", actor="t", now=clock.now,
                                  by=CancelParty.FAMILY)
    with small_window.context.db.read() as s:
        stored = repository.get_booking(s, "B00002")
    assert stored is not None and stored.outcome is Outcome.NO_SHOW
    view = requests_view(small_window)
    view.refresh()
    view.show_item("R00001")
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Svolto" not in row and "Utente assente" in row
    small_window.go_to("calendar", "B00002")
    calendar = small_window.views["calendar"]
    assert isinstance(calendar, CalendarView)
    (item,) = [i for i in calendar.calendar.items if i.booking_id == "B00002"]
    assert "Utente assente" in item.tooltip and "Svolto" not in item.tooltip


def test_every_date_field_and_cell_has_a_four_digit_year(small_window: MainWindow, qtbot: Any) -> None:
    for name, _module, _cls in VIEWS:
        small_window.go_to(name)
    QApplication.processEvents()
    editors = small_window.findChildren(QDateEdit) + small_window.findChildren(QDateTimeEdit)
    assert len(editors) >= 4
    for editor in editors:
        if "d" in editor.displayFormat():  # "MMMM yyyy" of the report month has no day
            assert "yyyy" in editor.displayFormat() and "dd/MM/yyyy" in editor.displayFormat()
        assert not TWO_DIGIT_YEAR.search(editor.text()), editor.text()
    shown: list[str] = [label.text() for label in small_window.findChildren(QLabel)]
    for table in small_window.findChildren(QAbstractItemView):
        model = table.model()
        if model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model: one column
            columns = 1
        for row in range(min(model.rowCount(), 50)):
            shown += [str(model.index(row, c).data() or "") for c in range(columns)]
    assert [text for text in shown if TWO_DIGIT_YEAR.search(text)] == []


def test_no_source_formats_a_date_with_a_two_digit_year() -> None:
    """The cause, not the case: no locale short format, no %y, no date edit without the shared helper."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            where = f"{path.relative_to(SOURCES)}:{number}: {line.strip()}"
            if "ShortFormat" in line and "dayName" not in line:
                found.append(where)
            if re.search(r"%y(?![a-zA-Z])|%d/%m(?!/%Y)|\"dd/MM/yy\"|'dd/MM/yy'|\"d/M/yy\"", line):
                found.append(where)
            if re.search(r"\bQDate(Time)?Edit\(", line) and path.name != "form_widgets.py":
                found.append(where)
    assert found == []


# ---- 10. Italian wording -------------------------------------------------------------------------
def doubled_words(text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"\b(\w{3,})\s+\1\b", text, re.IGNORECASE | re.UNICODE)]


def test_exclusions_say_each_word_once_and_agree_with_the_mediator(
    small_window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(small_window)
    reasons: dict[str, str] = {}
    for request in ("R00002", "R00003"):
        view.show_item(request)
        wait_for_candidates(qtbot, view)
        panel = view.candidates
        for n in range(panel.excluded.topLevelItemCount()):
            item = panel.excluded.topLevelItem(n)
            assert item is not None
            reasons[f"{request} {item.text(0)}"] = item.toolTip(1)
    assert len(reasons) >= 2 and doubled_words("\n".join(reasons.values())) == []
    assert "È stata chiesta una mediatrice" in reasons["R00003 Yonas Tesfaye"]


def test_a_busy_woman_is_impegnata_and_a_busy_man_impegnato(window: MainWindow) -> None:
    from mediation_desk.scheduling.rules import Violation, ViolationCode
    from mediation_desk.texts import violations

    busy = Violation(6, ViolationCode.OVERLAP, {"mediator": "M001", "start": rome(2026, 12, 9, 9),
                                                "end": rome(2026, 12, 9, 10), "agency_name": "IC Crema Uno",
                                                "booking": "B00003"})
    catalog = window.context.catalog()
    assert violations.describe(busy, catalog).startswith("Già impegnata 09/12/2026 09:00–10:00")
    assert violations.describe(busy, catalog, "M").startswith("Già impegnato")
    area = Violation(3, ViolationCode.AREA, {"area": "LO"})
    assert doubled_words(violations.describe(area, catalog)) == []


def test_no_italian_translation_repeats_a_word() -> None:
    catalogue = (SOURCES.parent / "resources" / "i18n" / "mediation_desk_it.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation>(.*?)</translation>", catalogue, re.S)
    assert [t for t in translations if doubled_words(re.sub(r"\{\w+\}", "", t))] == []


def test_the_cancel_dialog_goes_back_with_indietro_and_names_la_mediatrice(window: MainWindow) -> None:
    with window.context.db.read() as s:
        booking = repository.get_booking(s, "B00002")
    assert booking is not None
    dialog = CancelDialog(window, booking, late=False, gender="F")
    texts = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
    assert "Annulla" not in texts and "Indietro" in texts and "Annulla l'intervento" in texts
    parties = [dialog.party.itemText(n) for n in range(dialog.party.count())]
    assert "La mediatrice" in parties and "Il mediatore" not in parties
    dialog.deleteLater()


def test_a_phone_booking_invitation_names_no_place_to_go() -> None:
    from tests.factories import small_service

    service = small_service()
    request = next(r for r in service.requests if r.mode is Mode.PHONE)
    agency = next(a for a in service.agencies if a.id == request.agency)
    text = ical.event_text(request, agency, "Tigrino", reference="B00009")
    assert text.location == "A distanza, per telefono"
    for words in ("recarsi", "presso", "sul posto", "Indirizzo"):
        assert words not in text.description and words not in text.location


def test_an_exported_file_says_salvato_in(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from mediation_desk.ui.mail.outbox_dialog import OutboxDialog

    dialog = OutboxDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.booking.setText("B00002")
    target = tmp_path / "B00002.ics"
    dialog.save_ics(str(target))
    assert target.exists()
    assert dialog.status.text() == f"Salvato in {target}."


def test_file_dialogs_open_in_the_documents_folder(window: MainWindow, monkeypatch: Any) -> None:
    from mediation_desk.ui.data import menu_actions

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else str(Path.home())
    asked: list[str] = []

    def cancel(_parent: QWidget, _title: str, folder: str, _filter: str = "") -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancel)
    menu_actions.export_scenario(window)
    menu_actions.import_scenario(window)
    assert asked == [expected, expected]


def test_qt_own_file_dialog_speaks_italian(window: MainWindow, qtbot: Any) -> None:
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Cerca in:" and texts["fileTypeLabel"] == "File di &tipo:"
    assert texts["fileNameLabel"] == "&Nome del file:"  # from Qt's own catalogue


def test_the_package_carries_the_compiled_supplement_to_qts_catalogue(tmp_path: Path) -> None:
    import subprocess
    import sys

    from mediation_desk.texts import i18n

    fresh = tmp_path / "extra.qm"
    source = SOURCES.parent / "resources" / "i18n" / "qtbase_extra_it.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=True)
    assert (i18n.translation_dir() / "qtbase_extra_it.qm").read_bytes() == fresh.read_bytes()


# ---- 10. skills from one list, by code -----------------------------------------------------------
def test_request_and_mediator_forms_offer_the_same_skills_in_italian(window: MainWindow) -> None:
    from mediation_desk.ui.catalogue.mediator_form import MediatorForm

    view = requests_view(window)
    request_skills = [view.form.skill.itemText(n) for n in range(1, view.form.skill.count())]
    form = MediatorForm(window.context.catalog())
    mediator_skills = [form.skills.item(n).text() for n in range(form.skills.count())]
    assert request_skills == mediator_skills
    assert {"Sanità", "Scuola", "Servizi sociali", "Tribunale"} <= set(request_skills)
    form.deleteLater()


def test_a_request_asking_sanita_finds_the_mediator_skilled_in_health(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    view.show_item("R00003")
    combo = view.form.skill
    combo.setCurrentIndex(combo.findText("Sanità"))
    view.save_request()
    with window.context.db.read() as s:
        stored = repository.get_request(s, "R00003")
    assert stored is not None and stored.skill == "health"  # stored as the code, shown in Italian

    def amina_scored_for_health() -> bool:
        result = view.candidates.result
        found = [c for c in result.candidates if c.mediator.id == "M001"] if result else []
        return bool(found) and any(item.name == "skill" for item in found[0].items)

    qtbot.waitUntil(amina_scored_for_health, timeout=10_000)
    row = view.candidates.model.row_of(lambda c: c.mediator.id == "M001")
    reasons = " ".join(str(view.candidates.model.index(row, c).data())
                       for c in range(view.candidates.model.columnCount()))
    assert "competenza: Sanità" in reasons


def test_skills_typed_before_the_list_are_read_as_codes_and_others_kept(window: MainWindow) -> None:
    import dataclasses

    from mediation_desk.scheduling import skills

    with window.context.db.write() as s:
        amina = repository.get_mediator(s, "M001")
        assert amina is not None
        typed = ["Sanità", " scuola", "mediazione familiare"]
        repository.save_mediator(s, dataclasses.replace(amina, skills=typed))
        request = repository.get_request(s, "R00003")
        assert request is not None
        repository.save_request(s, dataclasses.replace(request, skill="sanità"))
    with window.context.db.read() as s:
        amina = repository.get_mediator(s, "M001")
        request = repository.get_request(s, "R00003")
    assert amina is not None and amina.skills == ["health", "school", "mediazione familiare"]
    assert request is not None and request.skill == "health"
    assert skills.has_skill(["Sanità"], "health") and not skills.has_skill(["school"], "health")


def test_a_candidates_reasons_wrap_in_its_row(small_window: MainWindow, qtbot: Any) -> None:
    view = requests_view(small_window)
    view.show_item("R00003")
    wait_for_candidates(qtbot, view)
    view.show_candidates()
    QApplication.processEvents()
    table = view.candidates.table
    assert view.candidates.model.rowCount() >= 1
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
    for row in range(view.candidates.model.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)  # every line of the reasons shows
