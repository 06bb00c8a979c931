"""The status line under a form or panel: what a save or a check did, red when refused, green when done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e20;"


class StatusLine(QLabel):
    """A word-wrapped label that says one outcome at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def say(self, text: str, ok: bool) -> None:
        self.setText(text)
        self.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
