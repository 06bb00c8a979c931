"""What a form offers to a role that may change only some of it: the other editors are read-only."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

EDITORS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView, QPlainTextEdit)


def lock_editors(form: QWidget, keep: Iterable[QWidget] = ()) -> None:
    """Disable every editor of ``form`` except those in ``keep``."""
    kept = set(map(id, keep))
    for widget in form.findChildren(QWidget):
        if isinstance(widget, EDITORS) and id(widget) not in kept:
            widget.setEnabled(False)


def offer_buttons(*pairs: tuple[QWidget, bool]) -> None:
    """Show each button only when its action is allowed."""
    for button, allowed in pairs:
        button.setVisible(allowed)
