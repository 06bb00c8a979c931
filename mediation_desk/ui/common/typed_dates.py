"""Date and time fields that take what is typed: "03122026", "03/12/2026", "0312", "930", "09:30".

Qt's date and time editors only replace a part (day, month, hour…) that is
selected: a click puts the cursor inside a full part, and digits typed there
are refused. Here a digit typed into a part not being typed already replaces
it, and the separator the user types after a part that moved on by itself
(it was full) is not taken as "skip the next part".
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from mediation_desk.texts import i18n

SEPARATORS = frozenset("/.-:, ")
DATE_FORMAT = i18n.DATE_FORMAT  # four-digit years everywhere
E = TypeVar("E", bound=QDateTimeEdit)


class TypedSections(QObject):
    """An event filter on one editor; it lives as long as the editor (its parent)."""

    def __init__(self, editor: QDateTimeEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.typing: QDateTimeEdit.Section | None = None  # the part digits are going into
        self.moved_on = False  # the last digit filled its part and the editor went to the next one
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.typing, self.moved_on = None, False
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if text and text in SEPARATORS:
            swallow, self.moved_on, self.typing = self.moved_on, False, None
            if swallow:
                return True
            own = self._own_separator()
            if own is None or own == text:
                return False
            # "3.12.2026" into dd/MM/yyyy: the dot means what the slash does
            self.editor.keyPressEvent(QKeyEvent(event.type(), 0, event.modifiers(), own))
            return True
        if not (len(text) == 1 and text.isdigit()):
            self.typing, self.moved_on = None, False
            return False
        editor = self.editor
        section = editor.currentSection()
        line = editor.lineEdit()
        if section != self.typing and line is not None and not line.hasSelectedText():
            editor.setSelectedSection(section)
        editor.keyPressEvent(event)
        now = editor.currentSection()
        self.moved_on = now != section
        self.typing = None if self.moved_on else now
        return True


    def _own_separator(self) -> str | None:
        """The separator the editor shows after the part being typed ("/" after the day)."""
        line = self.editor.lineEdit()
        if line is None:
            return None
        rest = self.editor.text()[line.cursorPosition():]
        return next((c for c in rest if not c.isdigit()), None)


def typeable(editor: E) -> E:
    """``editor`` takes typed digits; a date editor shows four-digit years."""
    shown = editor.displayFormat()
    if isinstance(editor, QDateEdit) and "d" in shown and shown != DATE_FORMAT:  # not a month picker
        editor.setDisplayFormat(DATE_FORMAT)
    TypedSections(editor)
    return editor


def time_edit() -> QTimeEdit:
    editor = QTimeEdit()
    editor.setDisplayFormat("HH:mm")
    return typeable(editor)
