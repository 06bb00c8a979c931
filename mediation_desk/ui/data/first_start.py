"""First start: with an empty database, offer the demo data or a scenario file to import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from mediation_desk.services import lookups
from mediation_desk.ui.data import menu_actions

DEMO, IMPORT, EMPTY = 1, 2, 3


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-start")
        self.setWindowTitle(self.tr("Welcome to Mediation Desk"))
        text = QLabel(
            self.tr(
                "The database is empty. You can explore the program with demo data (a mediation service in "
                "Lombardy with a few weeks of requests), import a scenario file, or start from scratch."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load the demo data"))
        self.import_button = QPushButton(self.tr("Import a scenario file…"))
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for button, code in (
            (self.demo_button, DEMO),
            (self.import_button, IMPORT),
            (self.empty_button, EMPTY),
        ):
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, c=code: self.done(c))
        self.demo_button.setDefault(True)


def offer_first_start(window: QWidget) -> int:
    """Ask what to do when the database is empty; returns the choice (0 when not empty)."""
    context = window.context  # type: ignore[attr-defined]
    if not lookups.is_empty(context.db):
        return 0
    choice = FirstStartDialog(window).exec()
    if choice == DEMO:
        menu_actions.load_demo(window)
    elif choice == IMPORT:
        menu_actions.import_scenario(window)
    return int(choice)
