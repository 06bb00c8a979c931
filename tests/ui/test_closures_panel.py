"""Holidays and closures in the window: the settings panel stores the patron saint and a school closure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mediation_desk.scheduling.closures import Closures, SchoolClosure
from mediation_desk.services import closures as closures_service
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.settings_view import SettingsView


def test_the_panel_saves_the_patron_saint_and_a_school_closure(window: MainWindow, qtbot: Any) -> None:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    panel = view.shared_settings.closures
    assert "Lunedì dell'Angelo" in panel.holidays.text()
    panel.has_patron.setChecked(True)
    panel.patron_day.setValue(19)
    panel.patron_month.setValue(1)
    panel.patron_name.setText("San Bassiano")
    panel.school.add_row([dt.date(2026, 12, 23), dt.date(2027, 1, 6), "vacanze di Natale"])
    assert panel.save()
    assert panel.status.text() == "Festività e chiusure salvate."
    assert closures_service.read_closures(window.context.db) == Closures(
        (1, 19), "San Bassiano",
        (SchoolClosure(dt.date(2026, 12, 23), dt.date(2027, 1, 6), "vacanze di Natale"),))


def test_a_closure_ending_before_it_starts_is_refused_in_italian(window: MainWindow) -> None:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    panel = view.shared_settings.closures
    panel.school.add_row([dt.date(2027, 1, 6), dt.date(2026, 12, 23), "al contrario"])
    assert not panel.save()
    assert panel.status.text().startswith("La chiusura al contrario deve finire")
    assert closures_service.read_closures(window.context.db) == Closures()
