"""UI fixtures: an offscreen Qt, a database with the small test service, a fixed clock, the main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.main_thread_gc import MainThreadCollector
from mediation_desk.ui.common.preferences import UiSettings
from mediation_desk.ui.main_window import MainWindow
from tests.factories import rome, small_service
from tests.ui.support import Clock


@pytest.fixture(autouse=True)
def _collect_on_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: no cyclic collection in a background job's thread (Qt objects freed there crash)."""
    collector = MainThreadCollector()
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    collector.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock(rome(2026, 12, 3, 10))


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def loaded_db(sqlite_db: Database) -> Database:
    with sqlite_db.write() as s:
        repository.replace_service(s, small_service())
    return sqlite_db


@pytest.fixture
def context(
    qapp: QApplication, loaded_db: Database, ui_settings: UiSettings, clock: Clock
) -> Iterator[AppContext]:
    i18n.install_language("it")
    yield AppContext(loaded_db, ui_settings, clock=clock)
    QThreadPool.globalInstance().waitForDone(30_000)  # background jobs end before their database goes
    i18n.install_language("it")


@pytest.fixture
def window(qtbot: Any, context: AppContext) -> Iterator[MainWindow]:
    main = MainWindow(context)  # closed here, not by qtbot: what a test left typed is dropped unasked
    main.resize(1400, 900)
    main.show()
    yield main
    requests = main.views.get("requests")
    if requests is not None:
        requests.form.forget_edits()  # type: ignore[attr-defined]
    main.close()
    main.deleteLater()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: Any) -> Any:
    """Before pytest-qt closes a test's windows: what a test left typed is dropped, not asked about."""
    app = QApplication.instance()
    if app is not None:
        for widget in app.topLevelWidgets():  # type: ignore[attr-defined]
            if not isinstance(widget, MainWindow):
                continue
            requests = widget.views.get("requests")
            if requests is not None:
                requests.form.forget_edits()  # type: ignore[attr-defined]
    return (yield)
