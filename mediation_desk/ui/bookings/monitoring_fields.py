"""FAMI monitoring in the window: the people assisted, in the close dialog and on their own afterwards."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import Booking
from mediation_desk.scheduling.monitoring import MAX_NATIONALITY_CHARS, MAX_PEOPLE, PeopleAssisted
from mediation_desk.services import monitoring
from mediation_desk.services.monitoring import MonitoringError, MonitoringForm
from mediation_desk.texts.i18n import translate
from mediation_desk.texts.monitoring import monitoring_error_text
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext


def _count(low: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, MAX_PEOPLE)
    return box


class PeopleAssistedBox(QGroupBox):
    """How many people, by gender and by age band, and their nationality; unticked: not recorded."""

    changed = Signal()

    def __init__(self, form: MonitoringForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("PeopleAssistedBox", "People assisted (FAMI monitoring, no names)"))
        self.setCheckable(True)
        self.people, self.women, self.men = _count(1), _count(0), _count(0)
        self.minors, self.adults = _count(0), _count(0)
        self.gender_unknown, self.age_unknown = QLabel(), QLabel()
        self.nationality = QLineEdit()
        self.nationality.setMaxLength(MAX_NATIONALITY_CHARS)
        self.nationality.setPlaceholderText(translate("PeopleAssistedBox", "main nationality, e.g. Morocco"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(fw.PROBLEM_STYLE)
        gender, age = QHBoxLayout(), QHBoxLayout()
        for row, items in ((gender, ((translate("PeopleAssistedBox", "women"), self.women),
                                     (translate("PeopleAssistedBox", "men"), self.men))),
                           (age, ((translate("PeopleAssistedBox", "minors"), self.minors),
                                  (translate("PeopleAssistedBox", "adults"), self.adults)))):
            for text, box in items:
                row.addWidget(box)
                row.addWidget(QLabel(text))
        gender.addWidget(self.gender_unknown)
        age.addWidget(self.age_unknown)
        layout = QFormLayout(self)
        layout.addRow(translate("PeopleAssistedBox", "How many people"), self.people)
        layout.addRow(translate("PeopleAssistedBox", "By gender"), gender)
        layout.addRow(translate("PeopleAssistedBox", "By age"), age)
        layout.addRow(translate("PeopleAssistedBox", "Nationality"), self.nationality)
        layout.addRow(self.problem)
        self.set_value(form.recorded, form.request_nationality)
        for box in (self.people, self.women, self.men, self.minors, self.adults):
            box.valueChanged.connect(self._update)
        self.nationality.textChanged.connect(self._update)
        self.toggled.connect(self._update)
        self._update()

    def set_value(self, value: PeopleAssisted | None, proposed_nationality: str = "") -> None:
        self.setChecked(value is not None)
        shown = value or PeopleAssisted(1, nationality=proposed_nationality)
        for box, count in ((self.people, shown.people), (self.women, shown.women), (self.men, shown.men),
                           (self.minors, shown.minors), (self.adults, shown.adults)):
            box.setValue(count)
        self.nationality.setText(shown.nationality)

    def typed(self) -> PeopleAssisted:
        return PeopleAssisted(self.people.value(), self.women.value(), self.men.value(), self.minors.value(),
                              self.adults.value(), self.nationality.text())

    def value(self) -> PeopleAssisted | None:
        """What to store: None when not recorded (unticked)."""
        return self.typed() if self.isChecked() else None

    def problems(self) -> str:
        """Why the counts cannot be stored, in a sentence; empty when they can."""
        try:
            monitoring.checked(self.value())
        except MonitoringError as exc:
            return monitoring_error_text(exc)
        return ""

    def _update(self) -> None:
        typed = self.typed()
        self.gender_unknown.setText(translate("PeopleAssistedBox", "not stated: {n}").format(
            n=max(0, typed.gender_unknown)))
        self.age_unknown.setText(translate("PeopleAssistedBox", "not stated: {n}").format(
            n=max(0, typed.age_unknown)))
        self.problem.setText(self.problems())
        self.changed.emit()


def summary(value: PeopleAssisted | None) -> str:
    """One line for a tooltip or a label."""
    if value is None:
        return translate("PeopleAssistedBox", "People assisted: not recorded")
    return translate("PeopleAssistedBox", "People assisted: {people} ({women} women, {men} men; "
                     "{minors} minors, {adults} adults)").format(
        people=value.people, women=value.women, men=value.men, minors=value.minors, adults=value.adults)


class PeopleAssistedDialog(QDialog):
    """Correct or complete the people assisted of an intervention already closed."""

    def __init__(self, parent: QWidget, booking: Booking, form: MonitoringForm) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("PeopleAssistedBox", "People assisted, booking {id}").format(id=booking.id))
        self.box = PeopleAssistedBox(form, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.buttons)
        self.box.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.box.problems())


def can_edit(booking: Booking | None) -> bool:
    return booking is not None and monitoring.delivered(booking)


def edit_people_assisted(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    title = translate("PeopleAssistedBox", "People assisted not saved")
    form = runner.run(parent, context, title, lambda: monitoring.form(context.db, booking.id))
    if form is None:
        return False
    dialog = PeopleAssistedDialog(parent, booking, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    value = dialog.box.value()
    return runner.run(parent, context, title, lambda: monitoring.record(
        context.db, booking.id, value, actor=context.actor, now=context.now())) is not None
