"""Helpers of the UI tests: a clock moved by hand, and answering the next modal dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def when_modal(qtbot: Any, action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog, as soon as it opens (call before what opens it)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, poll)
            return
        action(modal)

    QTimer.singleShot(0, poll)
