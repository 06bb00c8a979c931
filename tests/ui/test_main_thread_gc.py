"""Cyclic garbage is collected on the UI thread, never in a background job's thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QThreadPool

from mediation_desk.ui.common.background_jobs import Progress, start_job, wait_for
from mediation_desk.ui.common.main_thread_gc import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_while_the_collector_lives(qapp: Any) -> None:
    collector = MainThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()


def test_garbage_made_by_a_job_is_collected_on_the_ui_thread(qapp: Any) -> None:
    collected_in: list[str] = []

    def note_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info.get("collected", 0):
            collected_in.append(threading.current_thread().name)

    collector = MainThreadCollector(interval_ms=20)
    gc.callbacks.append(note_collection)
    try:
        done: list[object] = []

        def job(_progress: Progress) -> int:
            for _ in range(50_000):  # far past generation 0's threshold: Python alone would collect here
                _Cycle()
            return 1

        start_job(job, done.append, lambda message: done.append(message))
        assert wait_for(lambda: bool(done))
        QThreadPool.globalInstance().waitForDone(10_000)
        assert wait_for(lambda: bool(collected_in), timeout_ms=5_000)
    finally:
        gc.callbacks.remove(note_collection)
        collector.stop()
    assert set(collected_in) == {threading.main_thread().name}
