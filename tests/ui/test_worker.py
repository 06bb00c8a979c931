"""Long work runs off the UI thread, reports progress, and stops when the user presses Cancel."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from mediation_desk.ui.common.background_jobs import Progress, run_with_progress, start_job


def test_a_job_runs_in_another_thread_and_hands_back_its_result(qtbot: Any) -> None:
    results: list[object] = []
    in_main = threading.main_thread
    start_job(lambda _p: threading.current_thread() is in_main(), results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [False]


def test_an_error_in_a_job_comes_back_as_a_message(qtbot: Any) -> None:
    errors: list[str] = []

    def broken(_progress: Progress) -> None:
        raise ValueError("file illeggibile")

    start_job(broken, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["file illeggibile"]


def test_cancel_in_the_progress_dialog_stops_the_job(qtbot: Any, context: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []
    outcome: list[str] = []

    def long_job(progress: Progress) -> str:
        for step in range(500):
            progress.check()
            progress.report(step, 500, "")
            steps.append(step)
            time.sleep(0.01)
        return "finished"

    runner = run_with_progress(parent, "Lavoro lungo", long_job, outcome.append, outcome.append)
    runner.signals.cancelled.connect(lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annulla"
    cancel.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and len(steps) < 500
