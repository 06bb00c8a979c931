"""A small table of editor widgets with Add/Remove buttons, for the list fields of the edit forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Column:
    """One column: how to make its editor, read it and fill it."""

    title: str
    make: Callable[[], QWidget]
    read: Callable[[Any], Any]
    write: Callable[[Any, Any], None]
    changed: Callable[[Any], Any]  # the editor's change signal


class RowsEditor(QWidget):
    edited = Signal()

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list[Any] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            editor = column.make()
            if values is not None:
                column.write(editor, values[index])
            column.changed(editor).connect(self.edited)
            self.table.setCellWidget(row, index, editor)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_values(self, rows: list[list[Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.edited.emit()

    def values(self) -> list[list[Any]]:
        return [
            [column.read(self.table.cellWidget(row, index)) for index, column in enumerate(self.columns)]
            for row in range(self.table.rowCount())
        ]
