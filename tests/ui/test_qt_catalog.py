"""Qt's standard buttons follow the interface language (Qt's own catalogue is installed beside ours)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mediation_desk.texts import i18n


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_standard_buttons_are_italian_then_english(qapp: QApplication) -> None:
    try:
        i18n.install_language("it")
        assert cancel_text() == "Annulla"
        i18n.install_language("en")
        assert cancel_text() == "Cancel"
    finally:
        i18n.install_language("it")
