"""Excel import from the Reports view: template made in the background, every problem listed, all or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediation_desk.io.xlsx_columns import COLUMNS, SHEET_TITLES, Kind
from mediation_desk.storage import repository
from mediation_desk.ui.data.xlsx_import_dialog import XlsxImportDialog
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView

SELAM = {
    "ID": "M7",
    "Nome e cognome": "Selam Tesfaye",
    "Email": "selam@example.org",
    "Genere": "F",
    "Lingue": "ti:madrelingua; ar",
    "Ambiti": "LODI",
    "Latitudine": 45.3,
    "Longitudine": 9.5,
    "Ore max a settimana": 20,
    "Disponibilità": "LU 09:00-13:00",
    "Attivo": "sì",
}


def import_dialog(window: MainWindow, qtbot: Any) -> XlsxImportDialog:
    """Opened as the coordinator does: Reports, then "Importa da Excel…"."""
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, XlsxImportDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.MEDIATORS.value))
    return dialog


def filled_template(dialog: XlsxImportDialog, qtbot: Any, path: Path, rows: list[dict[str, Any]]) -> Path:
    """The template written by the dialog, filled in by header like a coordinator would."""
    dialog.save_template(str(path))
    qtbot.waitUntil(lambda: "Modello salvato in" in dialog.message.text(), timeout=10_000)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_TITLES[Kind.MEDIATORS]]
    headers = [c.header for c in COLUMNS[Kind.MEDIATORS]]
    for r, row in enumerate(rows, start=2):
        for header, value in row.items():
            sheet.cell(r, headers.index(header) + 1, value)
    book.save(path)
    return path


def mediator_ids(window: MainWindow) -> list[str]:
    with window.context.db.read() as s:
        return sorted(m.id for m in repository.list_mediators(s))


def test_a_refused_file_lists_every_problem_and_imports_nothing(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = import_dialog(window, qtbot)
    before = mediator_ids(window)
    rows = [SELAM, SELAM | {"ID": "M8", "Email": "niente", "Ambiti": "MILANO"}]
    dialog.import_file(str(filled_template(dialog, qtbot, tmp_path / "mediatori.xlsx", rows)))
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10_000)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "Mediatori!C3: indirizzo email 'niente' non valido",
        "Mediatori!G3: ambito 'MILANO' sconosciuto",
    ]
    assert dialog.message.text() == "mediatori.xlsx rifiutato, nulla importato: 2 problemi."
    assert mediator_ids(window) == before


def test_a_valid_file_imports_its_mediators_and_the_views_show_them(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = import_dialog(window, qtbot)
    rows = [SELAM, SELAM | {"ID": "M8", "Nome e cognome": "Yared Haile", "Email": "yared@example.org"}]
    dialog.import_file(str(filled_template(dialog, qtbot, tmp_path / "mediatori.xlsx", rows)))
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Importate"), timeout=10_000)
    assert dialog.message.text() == "Importate 2 righe da mediatori.xlsx."
    assert dialog.problems.count() == 0
    assert {"M7", "M8"} <= set(mediator_ids(window))
    assert "Yared Haile" in [m.name for m in window.context.catalog().mediators.values()]
