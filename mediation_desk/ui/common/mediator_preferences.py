"""Editor of what an agency states about mediators: those it prefers and those not to send.

Used by the agency form (the agency's own lists) and by the case's dialog (the lists of one case).
A mediator is in at most one of the two lists: adding them to one takes them out of the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from mediation_desk.scheduling.model import Mediator, MediatorId
from mediation_desk.texts.i18n import translate


class MediatorPreferencesEditor(QWidget):
    """Two short lists of mediators, filled from a picker of every mediator."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[MediatorId, str] = {}
        self.picker = QComboBox()
        self.picker.setObjectName("preference_picker")
        self.prefer_button = QPushButton(translate("MediatorPreferences", "Preferred"))
        self.avoid_button = QPushButton(translate("MediatorPreferences", "Do not send"))
        self.remove_button = QPushButton(translate("MediatorPreferences", "Remove"))
        self.prefer_button.setToolTip(
            translate("MediatorPreferences", "Ranked first among the candidates and by the planner"))
        self.avoid_button.setToolTip(
            translate("MediatorPreferences", "Never proposed nor booked for this agency or case"))
        self.preferred, self.avoided = QListWidget(), QListWidget()
        self.preferred.setObjectName("preferred_mediators")
        self.avoided.setObjectName("avoided_mediators")
        for box in (self.preferred, self.avoided):
            box.setMaximumHeight(80)
            box.itemSelectionChanged.connect(self._selection_changed)
        self.prefer_button.clicked.connect(lambda: self.add(self._picked(), avoid=False))
        self.avoid_button.clicked.connect(lambda: self.add(self._picked(), avoid=True))
        self.remove_button.clicked.connect(self.remove_selected)
        picking = QHBoxLayout()
        picking.addWidget(self.picker, 1)
        picking.addWidget(self.prefer_button)
        picking.addWidget(self.avoid_button)
        picking.addWidget(self.remove_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(picking, 0, 0, 1, 2)
        grid.addWidget(QLabel(translate("MediatorPreferences", "Preferred mediators")), 1, 0)
        grid.addWidget(QLabel(translate("MediatorPreferences", "Mediators not to send")), 1, 1)
        grid.addWidget(self.preferred, 2, 0)
        grid.addWidget(self.avoided, 2, 1)

    def set_mediators(self, mediators: list[Mediator]) -> None:
        """The mediators offered by the picker (those already listed keep their names)."""
        self.names.update({m.id: m.name for m in mediators})
        self.picker.clear()
        for mediator in sorted(mediators, key=lambda m: m.name):
            self.picker.addItem(f"{mediator.name} ({mediator.id})", mediator.id)

    def set_values(self, preferred: list[MediatorId], avoided: list[MediatorId]) -> None:
        for box, ids in ((self.preferred, preferred), (self.avoided, avoided)):
            box.clear()
            for mediator_id in ids:
                self._append(box, mediator_id)
        self._selection_changed()

    def values(self) -> tuple[list[MediatorId], list[MediatorId]]:
        """(preferred, not to send), in the order they were added."""
        return self._ids(self.preferred), self._ids(self.avoided)

    def add(self, mediator_id: MediatorId | None, *, avoid: bool) -> None:
        """List the mediator as preferred or not to send (taking them out of the other list)."""
        if not mediator_id:
            return
        target, other = (self.avoided, self.preferred) if avoid else (self.preferred, self.avoided)
        self._take(other, mediator_id)
        if mediator_id not in self._ids(target):
            self._append(target, mediator_id)
        self.edited.emit()

    def remove_selected(self) -> None:
        removed = False
        for box in (self.preferred, self.avoided):
            for item in box.selectedItems():
                box.takeItem(box.row(item))
                removed = True
        if removed:
            self.edited.emit()

    def _picked(self) -> MediatorId | None:
        value = self.picker.currentData()
        return MediatorId(str(value)) if value else None

    def _append(self, box: QListWidget, mediator_id: MediatorId) -> None:
        item = QListWidgetItem(self.names.get(mediator_id, mediator_id))
        item.setData(Qt.ItemDataRole.UserRole, mediator_id)
        box.addItem(item)

    def _take(self, box: QListWidget, mediator_id: MediatorId) -> None:
        for row in reversed(range(box.count())):
            if box.item(row).data(Qt.ItemDataRole.UserRole) == mediator_id:
                box.takeItem(row)

    @staticmethod
    def _ids(box: QListWidget) -> list[MediatorId]:
        return [MediatorId(str(box.item(row).data(Qt.ItemDataRole.UserRole))) for row in range(box.count())]

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.preferred.selectedItems() or self.avoided.selectedItems()))
