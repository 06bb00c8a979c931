"""The service calls behind the UI's actions; refusals and errors become messages to the coordinator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def _refused(parent: QWidget, title: str, reasons: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(f"• {r}" for r in reasons), parent=parent)
    box.setObjectName("refusal")
    box.exec()
