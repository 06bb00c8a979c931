"""Settings › Privacy: the retention with its reason, a case exported under a name that says nothing of it."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from mediation_desk.services import privacy
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.settings_view import SettingsView


def test_the_privacy_tab_keeps_the_retention_and_exports_a_case(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    panel = view.shared_settings.privacy
    assert panel.months.value() == 12 and "finanziatore" in panel.reason.text()
    panel.months.setValue(24)
    panel.save_retention()
    assert privacy.retention(window.context.db).months == 24
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, name: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / Path(name).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    panel.case.setText("C-0017")
    panel.export_json.click()
    assert [Path(name).name for name in suggested] == ["dati-caso.json"]  # no case reference in the name
    exported = tmp_path / "dati-caso.json"
    assert len(json.loads(exported.read_text(encoding="utf-8"))["requests"]) == 2
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert "registro" in panel.status.text() and f"Caso salvato in {exported}" in panel.status.text()
