"""Starts the desktop app: QApplication, translations, the database, the main window, the first start."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError
from mediation_desk.ui import i18n
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.i18n import translate
from mediation_desk.ui.settings import APPLICATION, ORGANIZATION, UiSettings


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return QApplication(argv if argv is not None else sys.argv[:1])


def run_app(db_target: str | None) -> int:
    """Open the main window on ``db_target`` (SQLite path, URL or None for the default file)."""
    app = make_application()
    settings = UiSettings()
    i18n.install_language(settings.language)
    try:
        db = Database.open(db_target)
    except StorageError as exc:
        QMessageBox.critical(
            None,
            translate("App", "Mediation Desk"),
            translate("App", "Cannot open the database:\n{error}").format(error=str(exc)),
        )
        return 1
    from mediation_desk.ui.main_window import MainWindow

    context = AppContext(db, settings)
    window = MainWindow(context)
    window.show()
    window.offer_first_start()
    try:
        return app.exec()
    finally:
        db.dispose()
