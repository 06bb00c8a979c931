"""Another coordinator books: the open window shows it within seconds, and what the user types stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mediation_desk.scheduling.model import RequestStatus
from mediation_desk.services import booking
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.change_poller import POLL_MS
from mediation_desk.ui.common.preferences import UiSettings
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome, small_service
from tests.ui.support import Clock

WITHIN_MS = 4 * POLL_MS  # "within a few seconds", with room for a loaded test machine


@pytest.fixture
def two_sessions(db: Database, qapp: QApplication, tmp_path: Path) -> Iterator[tuple[MainWindow, Database]]:
    """A window on ``db`` and a second program's Database on the same file or server."""
    with db.write() as s:
        repository.replace_service(s, small_service())
    target = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)
    other = Database.open(target)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, settings, clock=Clock(rome(2026, 12, 3, 10))))
    yield window, other
    window.close()
    other.dispose()


def _status_of(view: RequestsView, request_id: str) -> RequestStatus:
    return next(r.status for r in view.model.rows() if r.id == request_id)


def test_a_booking_made_in_another_session_appears_without_losing_the_typed_notes(
    two_sessions: tuple[MainWindow, Database], qtbot: Any
) -> None:
    window, other = two_sessions
    qtbot.addWidget(window)
    window.show()
    window.go_to("requests", "R00002")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    assert _status_of(view, "R00003") is RequestStatus.PENDING
    booking.book(other, "R00003", "M001", rome(2026, 12, 9, 9), actor="bruno", now=rome(2026, 12, 3, 10))
    qtbot.waitUntil(lambda: _status_of(view, "R00003") is RequestStatus.BOOKED, timeout=WITHIN_MS)
    # now the user is typing when the next change arrives: the form is left alone
    view.form.notes.setPlainText("sto scrivendo…")
    outcomes.cancel(other, _first_booking(other, "R00003"), "la famiglia ha disdetto", actor="bruno",
                   now=rome(2026, 12, 3, 10))
    qtbot.waitUntil(lambda: "Someone else" in window.statusBar().currentMessage()
                    or "Qualcun altro" in window.statusBar().currentMessage(), timeout=WITHIN_MS)
    assert view.form.notes.toPlainText() == "sto scrivendo…"
    assert view.form.current is not None and view.form.current.id == "R00002"


def _first_booking(db: Database, request_id: str) -> str:
    with db.read() as s:
        return repository.bookings_for_request(s, request_id)[0].id
