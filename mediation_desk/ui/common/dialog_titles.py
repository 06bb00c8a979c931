"""Dialogs at least as wide as their title: a window manager elides a title that does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

# Room in a title bar besides the text: the icon on the left, minimise/maximise/close on the right.
TITLE_BAR_CONTROLS = 140
SPACER_SET = "_title_spacer"  # a dynamic property: the message box has its spacer already


def width_for_title(dialog: QWidget) -> int:
    """The width at which ``dialog``'s whole title shows in a usual title bar (a bold face)."""
    font = QApplication.font()
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_CONTROLS


def widen_to_title(dialog: QDialog) -> None:
    """Make ``dialog`` at least as wide as its title needs."""
    wanted = width_for_title(dialog)
    if dialog.width() >= wanted:
        return
    layout = dialog.layout()
    if isinstance(dialog, QMessageBox):
        # a message box fixes its own size from its layout as it shows: a spacer in the layout widens it
        if isinstance(layout, QGridLayout) and not dialog.property(SPACER_SET):
            dialog.setProperty(SPACER_SET, True)
            margins = layout.contentsMargins()
            spacer = QSpacerItem(wanted - margins.left() - margins.right(), 0,
                                 QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
        return
    dialog.resize(wanted, dialog.height())


class DialogTitleFitter(QObject):
    """Application-wide event filter: each dialog is widened to its title as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.windowTitle():
            widen_to_title(watched)
        return False


_fitter: DialogTitleFitter | None = None


def fit_dialog_titles() -> None:
    """Install the fitter once on the running application."""
    global _fitter
    app = QApplication.instance()
    if _fitter is None and app is not None:
        _fitter = DialogTitleFitter(app)
        app.installEventFilter(_fitter)
