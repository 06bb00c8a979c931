"""The real entry point: `mediation-desk` with no subcommand opens the window and returns when it closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mediation_desk.cli.main import main
from mediation_desk.ui.data.first_start import FirstStartDialog
from mediation_desk.ui.main_window import MainWindow
from tests.ui.support import when_modal


def test_no_subcommand_opens_the_main_window_on_the_given_database(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):  # never the tester's own
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "config"))
    target = tmp_path / "nuovo.db"
    seen: list[str] = []

    def start_empty(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        window = dialog.parent()
        assert isinstance(window, MainWindow)
        seen.append(window.database_label.text())
        dialog.empty_button.click()
        QTimer.singleShot(50, window.close)

    when_modal(qtbot, start_empty, FirstStartDialog)
    assert main(["--db", str(target)]) == 0
    assert seen == [f"Database: SQLite {target}"]
    assert target.is_file()
