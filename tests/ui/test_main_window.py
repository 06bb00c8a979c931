"""The main window: navigation, shortcuts, the database in the status bar, Italian by default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediation_desk.ui.main_window import VIEWS, MainWindow


def test_status_bar_names_the_database_in_use(window: MainWindow) -> None:
    assert window.context.db.describe() in window.database_label.text()


def test_navigation_lists_every_view_in_italian(window: MainWindow) -> None:
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Cruscotto",
        "Richieste",
        "Calendario",
        "Mediatori",
        "Enti",
        "Progetti",
        "Report",
        "Impostazioni",
        "Registro attività",
    ]


def test_every_view_opens_and_shows_its_data(window: MainWindow, qtbot: Any) -> None:
    for name, _module, _cls in VIEWS:
        window.go_to(name)
        assert window.stack.currentWidget() is window.views[name]
    assert window.views["mediators"].model.rowCount() == 3  # type: ignore[attr-defined]
    assert window.views["agencies"].model.rowCount() == 2  # type: ignore[attr-defined]


def test_frequent_actions_have_their_shortcuts(window: MainWindow) -> None:
    shortcuts = {
        action.shortcut().toString()
        for action in (
            window.new_request_action,
            window.search_action,
            window.book_action,
            window.today_action,
        )
    }
    assert shortcuts == {"Ctrl+N", "Ctrl+F", "Ctrl+B", "Ctrl+T"}


def test_ctrl_t_shows_today_in_the_calendar(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "calendar"
    calendar = window.views["calendar"]
    assert calendar.anchor == window.context.now().date()  # type: ignore[attr-defined]


def test_ctrl_f_puts_the_cursor_in_the_requests_search(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.views["requests"]
    assert window.current_view_name() == "requests"
    assert view.search.hasFocus() or QApplication.focusWidget() is view.search  # type: ignore[attr-defined]
