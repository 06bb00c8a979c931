"""First start: an empty database offers the demo data or a scenario file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.io.scenario import dump_scenario
from mediation_desk.scheduling.model import Language, LanguageCode
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.preferences import UiSettings
from mediation_desk.ui.data import menu_actions
from mediation_desk.ui.data.first_start import DEMO, FirstStartDialog, offer_first_start
from mediation_desk.ui.main_window import MainWindow
from tests.factories import small_service
from tests.ui.support import Clock, when_modal


def empty_window(qtbot: Any, sqlite_db: Database, ui_settings: UiSettings, clock: Clock) -> MainWindow:
    window = MainWindow(AppContext(sqlite_db, ui_settings, clock=clock))
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_database_loads_the_demo_when_asked(
    qtbot: Any, sqlite_db: Database, ui_settings: UiSettings, clock: Clock
) -> None:
    window = empty_window(qtbot, sqlite_db, ui_settings, clock)

    def choose_demo(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        dialog.demo_button.click()

    when_modal(qtbot, choose_demo)
    assert offer_first_start(window) == DEMO
    qtbot.waitUntil(lambda: not repository_is_empty(sqlite_db), timeout=20_000)
    qtbot.waitUntil(lambda: window.views["dashboard"].unfilled_list.count() > 1, timeout=20_000)  # type: ignore


def repository_is_empty(db: Database) -> bool:
    with db.read() as s:
        return repository.is_empty(s)


def test_a_database_with_a_service_is_not_asked(window: MainWindow) -> None:
    assert offer_first_start(window) == 0


def test_a_scenario_file_is_imported_in_the_background(
    qtbot: Any, sqlite_db: Database, ui_settings: UiSettings, clock: Clock, tmp_path: Path
) -> None:
    window = empty_window(qtbot, sqlite_db, ui_settings, clock)
    scenario = tmp_path / "servizio.json"
    service = small_service()
    service.languages.append(Language(LanguageCode("fr"), "Francese"))  # Amina's second language
    scenario.write_bytes(dump_scenario(service))
    menu_actions.import_scenario(window, str(scenario))
    qtbot.waitUntil(lambda: not repository_is_empty(sqlite_db), timeout=10_000)
    with sqlite_db.read() as s:
        assert [m.id for m in repository.list_mediators(s)] == ["M001", "M002", "M003"]
    assert ui_settings.last_folder == str(tmp_path)
