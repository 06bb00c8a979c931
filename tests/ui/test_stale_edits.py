"""A request changed by a colleague meanwhile: saving is refused with who and when, the typed values stay."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk.services import requests
from mediation_desk.storage import repository
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import when_modal


def test_a_stale_request_save_is_refused_and_the_typed_notes_stay(window: MainWindow, qtbot: Any) -> None:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    view.show_item("R00002")
    assert view.form.current is not None and view.form.current.id == "R00002"
    with window.context.db.read() as s:
        theirs = repository.get_request(s, "R00002")
    assert theirs is not None
    requests.update_request(window.context.db, dataclasses.replace(theirs, notes="citofono 3"), actor="ana",
                            now=rome(2026, 12, 3, 10, 42))
    view.form.notes.setPlainText("portare il modulo")
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(qtbot, read_and_close, QMessageBox)
    view.save_request()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "Richiesta modificata da ana il 03/12/2026 alle 10:42" in shown[0]
    assert view.form.notes.toPlainText() == "portare il modulo"  # nothing the user typed is lost
    with window.context.db.read() as s:
        assert repository.get_request(s, "R00002").notes == "citofono 3"  # type: ignore[union-attr]
    view.save_request()  # saved again, knowingly, over ana's version
    with window.context.db.read() as s:
        assert repository.get_request(s, "R00002").notes == "portare il modulo"  # type: ignore[union-attr]
