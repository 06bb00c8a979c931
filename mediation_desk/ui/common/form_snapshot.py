"""Has the user typed into a form since it was filled? What it holds now against what it was filled with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def editor_state(form: QWidget) -> tuple[Any, ...]:
    """What every editor of ``form`` holds, in a fixed order."""
    values: list[Any] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            values.append(tuple(str(model.index(r, c).data()) for r in range(model.rowCount())
                                for c in range(model.columnCount())))
    return tuple(values)


class FormSnapshot:
    """What the form held when last filled; ``differs()`` once the user changed something.

    ``read`` gives what the form holds (the domain object its editors make up);
    without it, every editor's value is compared.
    """

    def __init__(self, form: QWidget, read: Callable[[], Any] | None = None) -> None:
        self.read: Callable[[], Any] = read or (lambda: editor_state(form))
        self._taken: Any = None
        self._has = False

    def take(self) -> None:
        self._taken, self._has = self._value(), True

    def differs(self) -> bool:
        return self._has and self._value() != self._taken

    def _value(self) -> Any:
        try:
            return self.read()
        except (ValueError, KeyError, TypeError):  # half-filled editors: compare what can be read
            return None
