"""What every view is given: the database, the coordinator's preferences, the clock and change signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from mediation_desk.storage.db import Database
from mediation_desk.ui.settings import UiSettings


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AppContext(QObject):
    """Shared by the main window and its views; ``changed`` tells every view to reload what it shows."""

    changed = Signal(str)  # what changed: "requests", "bookings", "catalog", "all"
    navigate = Signal(str, str)  # view name, item id to show ("" for none)

    def __init__(
        self, db: Database, settings: UiSettings, clock: Callable[[], dt.datetime] = system_clock
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self._clock = clock

    def now(self) -> dt.datetime:
        """Aware UTC now; tests give a fixed clock so the demo's dates stay put."""
        return self._clock().astimezone(dt.UTC)

    @property
    def actor(self) -> str:
        return self.settings.actor
