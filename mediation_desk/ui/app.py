"""Starts the desktop app: QApplication, translations, the database, the main window, the first start."""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk import __version__
from mediation_desk.services import privacy
from mediation_desk.services.users import Permission
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import error_text, storage_error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.main_thread_gc import MainThreadCollector
from mediation_desk.ui.common.preferences import APPLICATION, ORGANIZATION, UiSettings

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON_SIZES = (48, 256)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("mediation-desk")  # the menu entry's name: Wayland docks show its icon
    return app


def app_icon() -> QIcon:
    """The application icon, from the PNGs the package carries (resources/icons/render.py draws them)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"mediation-desk-{size}.png"))
    return icon


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
            translate("App", "Cannot open the database:\n{error}").format(error=storage_error_text(exc)),
        )
        return 1
    sys.excepthook = show_refusal_or_default
    collector = MainThreadCollector(app)  # cycles holding Qt objects are freed on this thread only
    context = AppContext(db, settings)
    anonymise_expired(context)
    keeper = WindowKeeper(context)
    # what start-up built lives as long as the app: keep it out of every later full collection,
    # which otherwise walks it again and again (the slowest candidate look-ups were such pauses)
    gc.freeze()
    keeper.window.offer_first_start()
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a background job still writing finishes first
        collector.stop()
        db.dispose()


def anonymise_expired(context: AppContext) -> None:
    """At start, personal data past the retention are anonymised (by a role that may change requests)."""
    if not context.can(Permission.EDIT_REQUESTS):
        return
    with contextlib.suppress(StorageError):  # busy or refused: the next start or `privacy anonymise` will
        privacy.anonymise_expired(context.db, now=context.now(), actor=context.actor)


def show_refusal_or_default(
    kind: type[BaseException], exc: BaseException, trace: TracebackType | None
) -> None:
    """A database refusal no view caught (a role's limit, a stale copy) is a sentence, not a traceback."""
    if isinstance(exc, StorageError):
        QMessageBox.warning(QApplication.activeWindow(), translate("App", "Mediation Desk"), error_text(exc))
        return
    sys.__excepthook__(kind, exc, trace)


class WindowKeeper(QObject):
    """Holds the main window and builds it again, in place, when the language changes."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        from mediation_desk.ui.main_window import MainWindow

        self.context = context
        self.window = MainWindow(context)
        self.window.show()
        context.language_changed.connect(self._rebuild)

    def _rebuild(self, _language: str) -> None:
        from mediation_desk.ui.main_window import MainWindow

        old = self.window
        view = old.current_view_name()
        self.window = MainWindow(self.context)
        self.window.setGeometry(old.geometry())
        self.window.go_to(view)
        self.window.show()
        old.close()
        old.deleteLater()
