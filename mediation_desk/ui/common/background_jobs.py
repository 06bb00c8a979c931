"""Background work off the UI thread: a cancellable job on QThreadPool and its progress dialog."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to a job: report progress, and ask whether the user cancelled."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def event(self) -> threading.Event:
        """Set when the user cancels: for services that take a threading.Event."""
        return self._cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the job here when the user cancelled (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled()


Job = Callable[[Progress], Any]


class _Result:
    """Carries a job's result through a queued signal (a bare bool there trips a PySide refcount bug)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, traceback
    cancelled = Signal()


class JobRunner(QRunnable):
    """Runs one job in the thread pool and reports through queued signals."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.progress = Progress(self.signals)
        self._job = job
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._job(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            if self.progress.cancelled:  # the job stopped its own way (e.g. an export's cancel exception)
                self.signals.cancelled.emit()
            else:
                # a database failure in the user's words (disk full, read-only...), never the SQL
                message = error_text(exc) if isinstance(exc, StorageError) else str(exc)
                self.signals.failed.emit(message or type(exc).__name__, traceback.format_exc())
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(_Result(result))


_running: set[JobRunner] = set()


def start_job(
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> JobRunner:
    """Start ``job`` in the global pool; callbacks run on the UI thread."""
    runner = JobRunner(job)

    def release(*_: object) -> None:
        _running.discard(runner)

    runner.signals.finished.connect(lambda boxed: on_done(boxed.value), Qt.ConnectionType.QueuedConnection)
    runner.signals.failed.connect(lambda message, _tb: on_error(message), Qt.ConnectionType.QueuedConnection)
    if on_cancel is not None:
        runner.signals.cancelled.connect(on_cancel, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:
        runner.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    for signal in (runner.signals.finished, runner.signals.failed, runner.signals.cancelled):
        signal.connect(release, Qt.ConnectionType.QueuedConnection)
    _running.add(runner)
    QThreadPool.globalInstance().start(runner)
    return runner


def _close(dialog: QProgressDialog) -> None:
    dialog.close()


def run_with_progress(
    parent: QWidget,
    title: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> JobRunner:
    """Run ``job`` in the background behind a modal progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def finish(result: object) -> None:
        dialog.close()
        on_done(result)

    def fail(message: str) -> None:
        dialog.close()
        on_error(message)

    runner = start_job(job, finish, fail, on_cancel=lambda: _close(dialog), on_progress=progress)
    dialog.canceled.connect(runner.progress.cancel)
    dialog.show()
    return runner


def wait_for(ready: Callable[[], bool], timeout_ms: int = 30_000, poll_ms: int = 10) -> bool:
    """Run the event loop until ``ready()`` (for scripts and benchmarks); False on timeout.

    A QEventLoop polled by a timer, never a processEvents() loop: in PySide6 6.12
    every processEvents() call drops one reference to None, and a busy loop of
    them aborts the interpreter.
    """
    if ready():
        return True
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(poll_ms)
    clock = QElapsedTimer()
    clock.start()

    def check() -> None:
        if ready() or clock.elapsed() > timeout_ms:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return ready()


def settle(ms: int = 50) -> None:
    """Let pending events (painting, queued signals) run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
