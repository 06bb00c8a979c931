"""The request form's rows for what the agency requires: a minimum language level and a skill, each
with its "obbligatorio" box (a hard requirement excludes; otherwise it only ranks), and the case
reference with the button to its preferences (preferred mediators, mediators not to send)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from mediation_desk.scheduling.model import LanguageLevel, Request
from mediation_desk.texts import labels
from mediation_desk.texts.i18n import translate


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 else 0)
    return row


class RequestRequirements(QObject):
    """Widgets and their values; the form lays out ``level_row``, ``skill_row`` and ``case_row``."""

    edited = Signal()
    case_preferences_requested = Signal(str)  # the case reference typed

    def __init__(self, skill: QComboBox, case: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.skill, self.case = skill, case
        self.level = QComboBox()
        self.level.setObjectName("min_level")
        self.level.addItem(translate("RequestRequirements", "Any level"), "")
        for level in (LanguageLevel.WORKING, LanguageLevel.FLUENT, LanguageLevel.NATIVE):
            self.level.addItem(labels.language_level(level), level.value)
        self.level_required = QCheckBox(translate("RequestRequirements", "required"))
        self.level_required.setObjectName("level_required")
        self.skill_required = QCheckBox(translate("RequestRequirements", "required"))
        self.skill_required.setObjectName("skill_required")
        tip = translate("RequestRequirements", "Required: mediators without it are excluded. "
                                               "Otherwise it only ranks them.")
        for box in (self.level_required, self.skill_required):
            box.setToolTip(tip)
            box.toggled.connect(self.edited)
        self.case_button = QPushButton(translate("RequestRequirements", "Case preferences…"))
        self.case_button.setObjectName("case_preferences_button")
        self.case_button.setToolTip(translate(
            "RequestRequirements", "Mediators the agency prefers or asks not to send for this case"))
        self.case_button.clicked.connect(
            lambda: self.case_preferences_requested.emit(self.case.text().strip()))
        self.level.currentIndexChanged.connect(self._changed)
        skill.currentIndexChanged.connect(self._changed)
        case.textChanged.connect(self._changed)
        self.level_row = _row(self.level, self.level_required)
        self.skill_row = _row(skill, self.skill_required)
        self.case_row = _row(case, self.case_button)
        self._changed()

    def clear(self) -> None:
        self.level.setCurrentIndex(0)
        self.level_required.setChecked(False)
        self.skill_required.setChecked(False)

    def set_request(self, request: Request) -> None:
        self.level.setCurrentIndex(max(0, self.level.findData(request.min_level.value if request.min_level
                                                               else "")))
        self.level_required.setChecked(request.level_required)
        self.skill_required.setChecked(request.skill_required)
        self._changed()

    def apply(self, request: Request) -> Request:
        """``request`` with the level and the two boxes as shown (a box without its value is not kept)."""
        value = str(self.level.currentData() or "")
        level = LanguageLevel(value) if value else None
        return dataclasses.replace(
            request, min_level=level, level_required=level is not None and self.level_required.isChecked(),
            skill_required=bool(request.skill) and self.skill_required.isChecked())

    def _changed(self) -> None:
        self.level_required.setEnabled(bool(self.level.currentData()))
        self.skill_required.setEnabled(bool(self.skill.currentData()))
        self.case_button.setEnabled(bool(self.case.text().strip()))
        self.edited.emit()
