"""Signed proof in the window: the booking's scheda intervento and the month's foglio firme saved as PDF."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mediation_desk.ui.bookings import sheet_actions
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.pdf_support import pdftotext
from tests.ui.support import Clock


def test_the_pdf_button_saves_the_booking_sheet_chosen_in_the_file_dialog(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window.go_to("requests", "R00001")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    button = view.booking_buttons.pdf_button
    assert button.isEnabled() and button.text() == "Scheda in PDF…"
    target = tmp_path / "scheda.pdf"
    asked: list[str] = []
    opened: list[Path] = []

    def choose(_parent: Any, title: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(f"{title}|{Path(name).name}")
        return str(target), _filter

    # the file dialog is the operating system's; the viewer is the user's: both stand outside the test
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(sheet_actions, "_open", opened.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["Stampa scheda intervento|scheda-intervento-B00002.pdf"]
    assert opened == [target]
    text = re.sub(r"\s+", " ", pdftotext(target))
    assert "Scheda intervento di mediazione interculturale" in text
    assert "Data 07/12/2026" in text and "Orario prenotato 09:00–10:30" in text
    assert "Codice intervento B00002 (richiesta R00001)" in text


def test_the_reports_view_saves_the_month_signature_sheet_of_the_chosen_mediator(
    window: MainWindow, clock: Clock, tmp_path: Path
) -> None:
    clock.now = rome(2026, 11, 30, 15)
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    view.sheet_of.setCurrentIndex(view.sheet_of.findData("mediator:M001"))
    target = tmp_path / "foglio.pdf"
    written = view.print_signature_sheet(str(target), open_after=False)
    assert written.interventions == 1
    assert "(1 interventi)" in view.summary.text()
    text = pdftotext(target)
    assert "Foglio firme di novembre 2026" in text
    assert re.findall(r"^\s*\d+\s+(\d\d/\d\d/\d{4})", text, flags=re.MULTILINE) == ["30/11/2026"]


def test_a_sheet_that_cannot_be_written_is_a_sentence_and_no_file(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.go_to("requests", "R00001")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    booking = view.booking_buttons.booking
    assert booking is not None
    target = tmp_path / "missing" / "scheda.pdf"
    assert sheet_actions.print_intervention_sheet(view, window.context, booking, str(target),
                                                  open_after=False) is None
    assert len(shown) == 1 and shown[0].startswith("Impossibile scrivere il file")
    assert not target.exists()
