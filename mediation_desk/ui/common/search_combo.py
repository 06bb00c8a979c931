"""Pickers searched by typing any part of a name, with no care for case or accents ("cremona", "forli")."""

from __future__ import annotations

import functools
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from mediation_desk.services.places import fold

Index = QModelIndex | QPersistentModelIndex


@functools.lru_cache(maxsize=20_000)
def folded(text: str) -> str:
    return fold(text)


class FoldedContains(QSortFilterProxyModel):
    """Keeps the rows whose text holds what was typed, both folded (case, accents, apostrophes)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted = ""

    def set_wanted(self, text: str) -> None:
        wanted = folded(text)
        if wanted == self.wanted:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.wanted = wanted
            self.endFilterChange()
        else:
            self.wanted = wanted
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt's name)
        if not self.wanted:
            return True
        model = self.sourceModel()
        text = model.index(source_row, self.filterKeyColumn(), source_parent).data()
        return bool(text) and self.wanted in folded(str(text))


class FoldingCompleter(QCompleter):
    """A popup of the items that hold the typed text anywhere, accents and case aside.

    QCompleter itself only matches with case: it is handed an empty prefix
    (so it keeps every row) while the proxy model below it does the matching.
    """

    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        self.matches = FoldedContains()
        self.matches.setSourceModel(model)
        super().__init__(self.matches, parent)
        self.matches.setParent(self)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        self.matches.set_wanted(path)
        return [""]


def make_searchable(box: QComboBox) -> QComboBox:
    """Type part of a name ("Comune di Cre…", "cremona") and pick one of the matches from the popup.

    Leaving the field (or Enter) with a text that only one item holds chooses that item.
    """
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = FoldingCompleter(box.model(), box)
    box.setCompleter(completer)
    line = box.lineEdit()
    assert line is not None  # an editable combo has one
    line.editingFinished.connect(lambda: choose_only_match(box))
    select_on_focus(box, line)
    return box


def select_on_focus(focused: QWidget, line: QLineEdit) -> None:
    """Entering ``focused`` selects the text of ``line`` (itself, or a combo's own line edit)."""
    SelectOnFocus(focused, line)


class SelectOnFocus(QObject):
    """Entering the field selects its text, so what is typed replaces the name shown ("Tutti")."""

    def __init__(self, focused: QWidget, line: QLineEdit) -> None:
        super().__init__(focused)
        self.line = line
        focused.installEventFilter(self)  # a combo gets the focus and hands it to its line edit itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            # after the click that gave focus placed the cursor; not at all if the field is gone by then
            QTimer.singleShot(0, self, self._select_all)
        return False

    def _select_all(self) -> None:
        if shiboken6.isValid(self.line):
            self.line.selectAll()


def matching_rows(box: QComboBox, text: str) -> list[int]:
    """The items named exactly ``text`` (folded), else those that hold it."""
    wanted = folded(text)
    exact = [row for row in range(box.count()) if folded(box.itemText(row)) == wanted]
    if exact:
        return exact
    return [row for row in range(box.count()) if wanted and wanted in folded(box.itemText(row))]


def choose_only_match(box: Any) -> None:
    """What is typed names one item only: that item becomes the chosen one."""
    text = box.currentText()
    if text == box.itemText(box.currentIndex()):
        return
    rows = matching_rows(box, text)
    if len(rows) == 1:
        box.setCurrentIndex(rows[0])
        box.setEditText(box.itemText(rows[0]))
