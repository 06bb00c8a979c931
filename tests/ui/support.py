"""Helpers of the UI tests: a clock moved by hand, and answering the next modal dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def when_modal(
    qtbot: Any, action: Callable[[QWidget], None], kind: type[QWidget] = QDialog, title: str | None = None
) -> None:
    """Run ``action`` on the next modal ``kind`` (titled ``title``) as soon as it opens.

    Call it before what opens the dialog. Other modal windows (a progress dialog,
    a dialog closing) are waited out, not acted on.
    """
    handled: set[int] = set()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        wanted = (
            isinstance(modal, kind)
            and modal.isVisible()
            and id(modal) not in handled
            and (title is None or modal.windowTitle() == title)
        )
        if not wanted:
            QTimer.singleShot(10, poll)
            return
        assert modal is not None
        handled.add(id(modal))
        action(modal)

    QTimer.singleShot(0, poll)
