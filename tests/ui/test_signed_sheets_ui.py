"""Signed sheets in the window: closing with the sheet and its scan, a disguised file refused in Italian
with nothing lost, and the reports view's list of closed interventions still without a signed sheet."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import BookingId
from mediation_desk.services import booking_outcomes, signed_sheets
from mediation_desk.ui.bookings.booking_actions import CloseDialog
from mediation_desk.ui.bookings.signed_sheet_dialog import SignedSheetDialog
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.scan_samples import image_scan
from tests.ui.support import Clock, when_modal


def _requests_on(window: MainWindow, request_id: str) -> RequestsView:
    window.go_to("requests", request_id)
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def test_closing_with_the_signed_sheet_and_its_scan_records_both(
    window: MainWindow, qtbot: Any, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 12, 9, 12)
    scan = tmp_path / "firmato.png"
    scan.write_bytes(image_scan("PNG"))
    view = _requests_on(window, "R00001")
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDialog)
        fw.set_instant(dialog.actual_start, rome(2026, 12, 7, 9, 5))
        fw.set_instant(dialog.actual_end, rome(2026, 12, 7, 10, 40))
        dialog.signed.setChecked(True)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(f"{ok.isEnabled()}|{dialog.problem.text()}")  # ticked, nobody named yet
        qtbot.keyClicks(dialog.signed.signed_by, "Dott.ssa Maria Rossi")
        dialog.signed.received.setDate(QDate(2026, 12, 8))
        assert dialog.signed.received.text() == "08/12/2026"
        dialog.signed.attach(str(scan))
        seen.append(f"{ok.isEnabled()}|{dialog.signed.scan_label.text()}")
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, fill, CloseDialog)
    qtbot.mouseClick(view.booking_buttons.close_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "False|Indicare chi ha firmato il foglio per l'ente."
    assert seen[1].startswith("True|firmato.png (")
    sheet = signed_sheets.signed_sheet(window.context.db, BookingId("B00002"))
    assert sheet is not None and sheet.signed_by == "Dott.ssa Maria Rossi"
    assert sheet.received_on == dt.date(2026, 12, 8)
    assert sheet.scan is not None and sheet.scan.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert view.booking_buttons.signed_button.isEnabled()


def test_a_disguised_scan_is_refused_in_italian_and_the_typed_values_stay(
    window: MainWindow, qtbot: Any, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 12, 9, 12)
    fake = tmp_path / "firma.pdf"
    fake.write_bytes(b"MZ\x90\x00not a scan at all")
    view = _requests_on(window, "R00001")
    messages: list[str] = []
    kept: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDialog)
        fw.set_instant(dialog.actual_start, rome(2026, 12, 7, 9))
        fw.set_instant(dialog.actual_end, rome(2026, 12, 7, 10, 30))
        dialog.signed.setChecked(True)
        qtbot.keyClicks(dialog.signed.signed_by, "Sig. Bianchi")

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            messages.append(box.text())
            box.accept()

        when_modal(qtbot, read, QMessageBox)
        assert dialog.signed.attach(str(fake)) is None
        kept.append(f"{dialog.signed.signed_by.text()}|{dialog.signed.scan_label.text()}")
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, fill, CloseDialog)
    qtbot.mouseClick(view.booking_buttons.close_button, Qt.MouseButton.LeftButton)
    assert messages == ["Il file firma.pdf non è un PDF, un PNG o un JPEG (lo dice il suo contenuto, "
                        "qualunque sia il nome)."]
    assert kept == ["Sig. Bianchi|nessuna scansione"]
    sheet = signed_sheets.signed_sheet(window.context.db, BookingId("B00002"))
    assert sheet is not None and sheet.signed_by == "Sig. Bianchi" and sheet.scan is None


def test_the_reports_view_lists_closed_interventions_without_a_signed_sheet_until_one_is_recorded(
    window: MainWindow, qtbot: Any, clock: Clock
) -> None:
    clock.now = rome(2026, 12, 9, 12)
    db = window.context.db
    booking_outcomes.close(db, BookingId("B00002"), rome(2026, 12, 7, 9), rome(2026, 12, 7, 10, 30),
                           actor="t", now=clock.now)
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    panel = view.missing
    assert panel.booking_ids() == ["B00002"]
    assert panel.title.text() == "1 interventi chiusi dal 01/12/2026 al 31/12/2026 senza foglio firmato"
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[:3] == ["B00002", "07/12/2026", "09:00–10:30"]
    panel.table.selectRow(0)
    dialog = panel.record_selected()
    assert dialog is not None
    qtbot.keyClicks(dialog.box.signed_by, "Dott.ssa Rossi")
    dialog.box.received.setDate(QDate(2026, 12, 9))
    assert dialog.save()
    assert "Dott.ssa Rossi" in dialog.status.text() or dialog.sheet is not None
    dialog.close()
    assert panel.booking_ids() == []
    assert panel.title.text().startswith("Ogni intervento chiuso dal 01/12/2026 al 31/12/2026")


def test_the_signed_sheet_dialog_attaches_saves_and_removes_the_scan_of_a_closed_booking(
    window: MainWindow, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 12, 9, 12)
    db = window.context.db
    closed = booking_outcomes.close(db, BookingId("B00002"), rome(2026, 12, 7, 9), rome(2026, 12, 7, 10, 30),
                                    actor="t", now=clock.now)
    dialog = SignedSheetDialog(window, window.context, closed.booking)
    assert dialog.status.text() == "Nessun foglio firmato ancora registrato."
    dialog.box.signed_by.setText("Sig. Bianchi")
    dialog.box.received.setDate(QDate(2026, 12, 8))
    assert dialog.save()
    assert dialog.status.text() == f"Registrato da {window.context.actor} il 09/12/2026 12:00."
    scan = tmp_path / "foto.jpg"
    scan.write_bytes(image_scan("JPEG"))
    assert dialog.attach_scan(str(scan))  # a sheet already recorded: stored at once
    assert dialog.stored_scan.text().startswith("Scansione conservata: foto.jpg (")
    assert dialog.box.scan_label.text() == "si mantiene quella conservata"
    copy = dialog.save_scan_as(str(tmp_path / "copia.jpg"))
    assert copy is not None and copy.read_bytes() == scan.read_bytes()
    assert dialog.remove_scan()
    assert dialog.stored_scan.text() == "Scansione conservata: nessuna."
    with db.read() as s:
        from mediation_desk.storage import repository

        trail = [a.action for a in repository.list_audit(s, "signed_sheet", "B00002")]
    assert trail == ["signed_sheet", "attach_scan", "remove_scan"]
    dialog.close()
