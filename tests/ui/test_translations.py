"""The Italian catalogue is complete and compiled; English is selectable; dates come out in Italian."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mediation_desk.texts import i18n
from mediation_desk.ui.app import WindowKeeper
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.settings_view import SettingsView

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def unfinished(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not (translation.text or "").strip()
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_italian_translation_is_finished() -> None:
    assert unfinished(I18N / "mediation_desk_it.ts") == []


def test_the_catalogues_hold_every_string_of_the_sources() -> None:
    """A string added to the code but not to the .ts would stay English: compare with a fresh lupdate scan."""
    import subprocess
    import sys
    import tempfile

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    package = I18N.parents[1] / "mediation_desk"
    sources = sorted(str(p) for folder in ("ui", "texts") for p in (package / folder).rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
        wanted = {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(fresh).getroot().iter("context")
            for m in c.iter("message")
        }
    have = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(I18N / "mediation_desk_it.ts").getroot().iter("context")
        for m in c.iter("message")
    }
    assert sorted(wanted - have) == []


def test_the_package_carries_the_catalogues_compiled_from_the_sources(tmp_path: Path) -> None:
    """The .qm files in mediation_desk/resources/i18n (what the wheel and the bundle ship) match the .ts."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in ("it", "en"):
        fresh = tmp_path / f"{language}.qm"
        source = I18N / f"mediation_desk_{language}.ts"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=True)
        shipped = i18n.translation_dir() / f"mediation_desk_{language}.qm"
        assert shipped.read_bytes() == fresh.read_bytes(), f"run sh resources/i18n/update.sh ({language})"


def test_the_package_carries_qts_own_italian_catalogue(qapp: Any) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("qtbase_it", str(i18n.translation_dir()))
    assert translator.translate("QPlatformTheme", "Cancel") == "Annulla"


def test_italian_is_the_default_language(window: MainWindow) -> None:
    assert window.context.settings.language == "it"
    assert QCoreApplication.translate("MainWindow", "Requests") == "Richieste"


def test_english_can_be_chosen_in_settings(window: MainWindow, qtbot: Any) -> None:
    window.go_to("settings")
    view = window.views["settings"]
    view.language.setCurrentIndex(view.language.findData("en"))  # type: ignore[attr-defined]
    view.apply()  # type: ignore[attr-defined]
    assert window.context.settings.language == "en"
    assert QCoreApplication.translate("MainWindow", "Requests") == "Requests"


def test_dates_and_numbers_use_the_italian_locale(qapp: Any) -> None:
    i18n.install_language("it")
    assert i18n.fmt_weekday_date(dt.date(2026, 12, 7)) == "lun 07/12/2026"
    assert i18n.fmt_number(12345.5) == "12.345,5"
    assert i18n.fmt_date(dt.date(2026, 3, 29), long=True) == "domenica 29 marzo 2026"


def test_choosing_english_rebuilds_the_window_in_english(qtbot: Any, context: AppContext) -> None:
    keeper = WindowKeeper(context)
    first = keeper.window
    qtbot.addWidget(first)
    first.go_to("settings")
    view = first.views["settings"]
    assert isinstance(view, SettingsView)
    view.language.setCurrentIndex(view.language.findData("en"))
    view.apply()
    qtbot.addWidget(keeper.window)
    assert keeper.window is not first and keeper.window.current_view_name() == "settings"
    assert keeper.window.navigation.item(1).text() == "Requests"
    assert keeper.window.menuBar().actions()[1].text() == "&Requests"
