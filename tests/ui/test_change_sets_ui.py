"""One change set per operation: the views refresh for what they show, and its notices reach the screen."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.services import budget, changes
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import PROJECT


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def test_a_booking_into_the_last_fifth_of_the_budget_warns_at_once(window: MainWindow, qtbot: Any) -> None:
    context = window.context
    with context.db.write() as s:
        request = repository.get_request(s, "R00003")
        project = repository.get_project(s, PROJECT)
        assert request is not None and project is not None
        repository.save_request(s, dataclasses.replace(request, project=PROJECT))
    (before,) = [b for b in budget.budget_report(context.db, context.now()) if b.project.code == project.code]
    hours = (before.used_min + request.duration_min) / 60 / 0.87  # this booking takes it to 87 %
    with context.db.write() as s:
        repository.save_project(s, dataclasses.replace(project, hour_budget=hours))
    context.apply(changes.CATALOGUE)  # as the projects view does after a save
    view = requests_view(window)
    view.show_item("R00003")
    qtbot.waitUntil(lambda: view.candidates.model.rowCount() > 0, timeout=10_000)
    qtbot.mouseClick(view.candidates.book_button, Qt.MouseButton.LeftButton)
    message = window.statusBar().currentMessage()
    assert f"Progetto {project.code}: usato oltre l'80% del monte ore." in message
    assert "La posta non è configurata" in message  # the test service has no mail account


def test_a_change_refreshes_the_view_on_screen_only_if_it_shows_it_and_the_others_when_shown(
    window: MainWindow,
) -> None:
    calls: dict[str, int] = {"requests": 0, "settings": 0}
    for name in calls:
        window.go_to(name)
        view = window.views[name]
        original = view.refresh  # type: ignore[attr-defined]

        def counted(name: str = name, original: Any = original) -> None:
            calls[name] += 1
            original()

        view.refresh = counted  # type: ignore[attr-defined]
    window.context.apply(ChangeSet(bookings=frozenset({"B00002"})))
    assert calls == {"requests": 0, "settings": 0}  # settings on screen: it shows no bookings
    window.go_to("requests")
    assert calls == {"requests": 1, "settings": 0}  # stale, so refreshed once when shown
    window.context.apply(changes.SETTINGS)
    window.go_to("settings")
    assert calls == {"requests": 1, "settings": 1}
    window.context.apply(changes.NOTHING)
    assert calls == {"requests": 1, "settings": 1}
