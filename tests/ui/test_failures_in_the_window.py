"""In the window, a failing database is a message box in Italian, and times the clocks skip or repeat are
refused or asked about."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk.scheduling.model import BookingStatus
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import operations
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import small_service
from tests.fs_support import small_filesystem
from tests.ui.support import when_modal


@pytest.fixture
def loaded_db(tmp_path: Path) -> Iterator[Database]:
    """The small service on a 2 MB disk of its own, which a test can fill."""
    with small_filesystem(tmp_path, 2048) as disk:
        db = Database.open(str(disk / "service.db"))
        with db.write() as s:
            repository.replace_service(s, small_service())
        yield db
        db.dispose()


def test_a_full_disk_is_a_message_box_in_italian(window: MainWindow, qtbot: Any) -> None:
    db = window.context.db
    assert db.sqlite_path is not None
    with db.read() as s:
        confirmed = next(b for b in repository.list_bookings(s) if b.status is BookingStatus.CONFIRMED)
    filler = db.sqlite_path.parent / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4k"], capture_output=True, check=False)
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    try:
        result = None
        for _ in range(30):  # the write-ahead log may hold a few small changes before the disk is felt
            when_modal(qtbot, read, QMessageBox)
            result = operations.cancel(window, window.context, confirmed, "la famiglia ha disdetto")
            if result is None:
                break
            confirmed = result
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        filler.unlink()
    assert result is None
    assert shown and "Il disco che contiene il database è pieno: non è stato salvato nulla." in shown[-1]


def _requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.findChild(RequestsView)
    assert view is not None
    return view


def test_a_window_at_a_skipped_time_is_refused_by_the_form(window: MainWindow, qtbot: Any) -> None:
    view = _requests_view(window)
    view.new_request()
    form = view.form
    form.agency.setCurrentIndex(form.agency.findData("A001"))
    form.language.setCurrentIndex(form.language.findData("ar"))
    form.windows.set_windows([])
    form.windows.add_window()
    date_edit, begin, finish = (form.windows.cellWidget(0, c) for c in range(3))
    date_edit.setDate(QDate(2026, 3, 29))  # type: ignore[union-attr]
    begin.setTime(QTime(2, 30))  # type: ignore[union-attr]
    finish.setTime(QTime(5, 0))  # type: ignore[union-attr]
    assert "Le 02:30 del 29/03/2026 non esistono" in form.problems.text()
    assert not view.save_button.isEnabled()
    begin.setTime(QTime(3, 0))  # type: ignore[union-attr]
    assert "non esistono" not in form.problems.text()


def test_a_repeated_time_is_asked_about(qtbot: Any, window: MainWindow) -> None:
    editor = fw.datetime_edit()
    editor.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(2, 30)))
    answers = ["Le seconde (ora solare)", "Le prime (ora legale)"]
    found: list[dt.datetime | None] = []
    for answer in answers:
        def choose(box: QWidget, answer: str = answer) -> None:
            assert isinstance(box, QMessageBox) and "capitano due volte" in box.text()
            button = next(b for b in box.buttons() if b.text() == answer)
            button.click()

        when_modal(qtbot, choose, QMessageBox)
        found.append(fw.checked_instant(window, editor))
    second, first = (dt.datetime(2026, 10, 25, hour, 30, tzinfo=dt.UTC) for hour in (1, 0))
    assert found == [second, first]
    editor.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30)))
    when_modal(qtbot, lambda box: box.close(), QMessageBox)  # type: ignore[union-attr]
    assert fw.checked_instant(window, editor) is None


def test_a_series_cannot_start_at_a_time_the_clocks_skip_or_repeat(window: MainWindow, qtbot: Any) -> None:
    from mediation_desk.ui.bookings.series_dialog import SeriesDialog
    from mediation_desk.ui.common.name_lookup import Catalog

    with window.context.db.read() as s:
        request = repository.list_requests(s)[0]
        mediator = repository.list_mediators(s)[0]
    catalog = Catalog(mediators={mediator.id: mediator})
    dialog = SeriesDialog(window, request, catalog, mediator.id,
                          dt.datetime(2026, 3, 22, 9, tzinfo=dt.UTC))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.start.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30)))
    assert "non esistono" in dialog.preview.text() and not ok.isEnabled()
    dialog.start.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(2, 15)))
    assert "capitano due volte" in dialog.preview.text() and not ok.isEnabled()
    dialog.start.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(3, 0)))
    assert "volte alle" in dialog.preview.text() and ok.isEnabled()
