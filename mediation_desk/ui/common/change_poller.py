"""Other sessions' changes reach the window: a timer asks the database what changed meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.services.watching import ChangeWatcher, change_set_of

POLL_MS = 1500  # a booking made elsewhere shows within about two seconds


class ChangePoller(QObject):
    """Emits ``changed(ChangeSet)`` after another session's commit."""

    changed = Signal(object)  # a ChangeSet

    def __init__(self, watcher: ChangeWatcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.destroyed.connect(self.timer.stop)

    def poll(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return  # a closed or never shown window asks nothing (its database may be gone)
        try:
            tables = self.watcher.changed()
        except Exception:  # noqa: BLE001 - a dropped connection must not stop the window; next start listens again
            self.timer.stop()
            return
        if tables:
            self.changed.emit(change_set_of(tables))

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()
