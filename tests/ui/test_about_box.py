"""Help → Informazioni: the About box tells the version, the database in use and the licence, in Italian."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk import __version__
from mediation_desk.ui.main_window import MainWindow
from tests.ui.support import when_modal


def test_the_about_box_shows_version_database_and_licence(window: MainWindow, qtbot: Any) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Aiuto")
    about = next(a for a in help_menu.actions() if a.text().startswith("&Informazioni"))
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(qtbot, read_and_close, QMessageBox)
    about.trigger()
    [(title, text)] = seen
    assert title == "Informazioni su Mediation Desk"
    assert f"Versione {__version__}" in text
    assert f"Database: SQLite {window.context.db.sqlite_path}" in text
    assert "Licenza: Licenza Pubblica dell'Unione Europea 1.2 (EUPL-1.2)" in text


def test_the_application_icon_comes_from_the_package() -> None:
    from mediation_desk.ui.app import app_icon

    assert not app_icon().isNull() and {s.width() for s in app_icon().availableSizes()} == {48, 256}
