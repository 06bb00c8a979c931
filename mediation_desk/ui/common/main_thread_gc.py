"""Garbage collection on the UI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is passed. If that is a background job's thread and the garbage holds
Qt widgets (a closed dialog in a reference cycle), Qt objects are destroyed off
the UI thread and the process crashes. So automatic collection is switched off
and a timer on the UI thread collects, generation by generation, as the
thresholds say: the same amount of work as Python would do, always on this thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Disables automatic collection while it lives; collects on a UI-thread timer instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; return it (-1 for none)."""
        counts = gc.get_count()
        generation = -1
        for number, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold and count > threshold:
                generation = number
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Back to Python's own collection (at shutdown, once no background job runs)."""
        self.timer.stop()
        gc.collect()
        gc.enable()
