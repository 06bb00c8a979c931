"""Dialogs at least as wide as their title: a window manager elides a title that does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Room in a title bar besides the text: the icon on the left, minimise/maximise/close on the right.
TITLE_BAR_CONTROLS = 140


def width_for_title(dialog: QWidget) -> int:
    """The width at which ``dialog``'s whole title shows in a usual title bar (a bold face)."""
    font = QApplication.font()
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_CONTROLS


class DialogTitleFitter(QObject):
    """Application-wide event filter: each dialog is widened to its title as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.windowTitle():
            wanted = width_for_title(watched)
            if watched.width() < wanted:
                watched.resize(wanted, watched.height())
        return False


_fitter: DialogTitleFitter | None = None


def fit_dialog_titles() -> None:
    """Install the fitter once on the running application."""
    global _fitter
    app = QApplication.instance()
    if _fitter is None and app is not None:
        _fitter = DialogTitleFitter(app)
        app.installEventFilter(_fitter)
