"""One way to run a service call from the UI: refusals shown, the change set emitted once, notices shown.

An operation is a service call that returns what it changed (a ChangeSet, a
``Changed`` value, or a result with ``.changes``). :func:`run` runs it now;
:func:`run_long` runs it off the UI thread behind a progress dialog. Either way
``AppContext.apply`` emits the change set once, the views refresh for what they
show, and the notices (a project past 80 % of its hours, invitations that could
not be queued) are shown where the coordinator is looking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from mediation_desk.services.booking import BookingError
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.changes import NOTHING, Changed, ChangeSet
from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.services.requests import RequestError
from mediation_desk.services.signed_sheets import SignedSheetError
from mediation_desk.storage.errors import StaleEditError, StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.notices import notice_text
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, Progress, run_with_progress

R = TypeVar("R")
OnStale = Callable[[int], None]  # given the stored version after a refused stale save
REFUSALS: tuple[type[Exception], ...] = (BookingError, RequestError, CatalogError, StorageError,
                                         SignedSheetError, MonitoringError)
NOTICE_MS = 30_000


def changes_of(result: object) -> ChangeSet:
    """What ``result`` says it changed: itself, or its ``changes``; nothing for anything else."""
    if isinstance(result, ChangeSet):
        return result
    found = getattr(result, "changes", NOTHING)
    return found if isinstance(found, ChangeSet) else NOTHING


def value_of(result: Changed[R] | R) -> R:
    return result.value if isinstance(result, Changed) else result


def refuse(parent: QWidget, title: str, reasons: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(f"• {r}" for r in reasons), parent=parent)
    box.setObjectName("refusal")
    box.exec()


def apply(parent: QWidget, context: AppContext, result: object) -> None:
    """Emit what ``result`` changed, once, then show its notices."""
    changes = changes_of(result)
    context.apply(changes)
    show_notices(parent, changes)


def show_notices(parent: QWidget, changes: ChangeSet) -> None:
    """In the main window's status bar; a warning box when no main window is around."""
    if not changes.notices:
        return
    text = " · ".join(notice_text(n) for n in changes.notices)
    window = _main_window(parent)
    if window is not None:
        window.statusBar().showMessage(text, NOTICE_MS)
    else:
        QMessageBox.warning(parent, "Mediation Desk", text)


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def run(
    parent: QWidget,
    context: AppContext,
    title: str,
    call: Callable[[], R],
    on_stale: OnStale | None = None,
) -> R | None:
    """Run ``call`` now; a refusal is shown under ``title`` and gives None, success applies its changes."""
    try:
        result = call()
    except REFUSALS as exc:
        refuse(parent, title, [error_text(exc)])
        if isinstance(exc, StaleEditError) and exc.current_version and on_stale is not None:
            on_stale(exc.current_version)
        return None
    apply(parent, context, result)
    return result


def run_long(
    parent: QWidget,
    context: AppContext,
    title: str,
    job: Callable[[Progress], R],
    done: Callable[[R], None],
    failed: Callable[[str], None],
) -> JobRunner:
    """Run ``job`` off the UI thread behind a cancellable progress dialog; its changes are applied before
    ``done`` sees the result."""

    def finished(result: Any) -> None:
        apply(parent, context, result)
        done(result)

    return run_with_progress(parent, title, job, finished, failed)
