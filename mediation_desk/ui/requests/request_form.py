"""The request form (modulo di richiesta): every field of the Italian form, validated as you type."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import (
    AgencyId,
    Interval,
    LanguageCode,
    Mode,
    Priority,
    ProjectCode,
    Request,
    RequestId,
    RequestStatus,
)
from mediation_desk.scheduling.timeutil import wall_time_problem
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.errors import wall_time_text
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import typed_dates
from mediation_desk.ui.common.form_snapshot import FormSnapshot
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.requests.request_requirements import RequestRequirements

INVALID_STYLE = "border: 1px solid #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


def narrow(combo: QComboBox, letters: int = 18) -> None:
    """Long agency or project names must not widen the form: they are elided instead."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


class WindowsEditor(QTableWidget):
    """The proposed windows: one row per (date, from, to) in local time."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Date"), self.tr("From"), self.tr("To")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(70)
        self.setMaximumHeight(120)

    def add_window(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        local_start = i18n.to_local(start) if start else None
        local_end = i18n.to_local(end) if end else None
        day = local_start.date() if local_start else dt.date.today()
        date_edit = fw.date_edit(day)
        begin, finish = typed_dates.time_edit(), typed_dates.time_edit()  # "930" or "09:30" typed
        begin.setTime(QTime(local_start.hour, local_start.minute) if local_start else QTime(9, 0))
        finish.setTime(QTime(local_end.hour, local_end.minute) if local_end else QTime(12, 0))
        for editor in (begin, finish):
            editor.timeChanged.connect(self.edited)
        date_edit.dateChanged.connect(self.edited)
        self.setCellWidget(row, 0, date_edit)
        self.setCellWidget(row, 1, begin)
        self.setCellWidget(row, 2, finish)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    def set_windows(self, windows: list[Interval]) -> None:
        self.setRowCount(0)
        for window in windows:
            self.add_window(window.start, window.end)

    def wall_time_problems(self) -> list[str]:
        """The typed times that the clocks skip or repeat on their day, as sentences."""
        found = []
        for row in range(self.rowCount()):
            date_edit, begin, finish = (self.cellWidget(row, c) for c in range(3))
            assert isinstance(date_edit, QDateEdit)
            assert isinstance(begin, QTimeEdit) and isinstance(finish, QTimeEdit)
            day = date_edit.date().toPython()
            assert isinstance(day, dt.date)
            for editor in (begin, finish):
                time = dt.time(editor.time().hour(), editor.time().minute())
                problem = wall_time_problem(day, time, i18n.service_zone())
                if problem is not None:
                    found.append(wall_time_text(problem, day, time))
        return found

    def windows(self) -> list[Interval]:
        """Aware intervals as typed; validation tells about windows that end before they start."""
        out = []
        for row in range(self.rowCount()):
            date_edit, begin, finish = (self.cellWidget(row, c) for c in range(3))
            assert (
                isinstance(date_edit, QDateEdit)
                and isinstance(begin, QTimeEdit)
                and isinstance(finish, QTimeEdit)
            )
            day = date_edit.date().toPython()
            assert isinstance(day, dt.date)
            start = dt.datetime.combine(
                day, dt.time(begin.time().hour(), begin.time().minute()), tzinfo=i18n.service_zone()
            )
            end = dt.datetime.combine(
                day, dt.time(finish.time().hour(), finish.time().minute()), tzinfo=i18n.service_zone()
            )
            if finish.time() == QTime(0, 0):  # "to 00:00" means midnight at the end of the day
                end += dt.timedelta(days=1)
            out.append(Interval(start.astimezone(dt.UTC), end.astimezone(dt.UTC)))
        return out


class RequestForm(QWidget):
    """Edits one request; ``validity_changed`` says whether it can be saved."""

    validity_changed = Signal(bool)
    edited = Signal()
    loaded = Signal()  # a request was shown, or the form cleared for a new one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = FormSnapshot(self, lambda: self.request())
        self.catalog = Catalog()
        self.current: Request | None = None
        self.now: Callable[[], dt.datetime] | None = None  # the clock, for the warnings
        self.lead_hours = 48.0  # the notice the service asks of a non-urgent request
        self.waiting_funds = False  # set by the fund chooser (fund_chooser.py)
        self.warning_sources: list[Callable[[], list[str]]] = []  # more warnings, from the form's helpers
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.agency = fw.searchable(QComboBox())
        self.agency_contact = QComboBox()
        self.agency_contact.setEditable(True)
        self.contact_on_site = QLineEdit()
        self.reason = QLineEdit()
        self.language = fw.searchable(QComboBox())
        self.nationality = QLineEdit()
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(labels.mode(mode), mode.value)
        self.address = QLineEdit()
        self.windows = WindowsEditor()
        add, remove = QPushButton(self.tr("Add window")), QPushButton(self.tr("Remove window"))
        add.clicked.connect(lambda: self.windows.add_window())
        remove.clicked.connect(self.windows.remove_selected)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" min")
        self.priority = QComboBox()
        for priority in (Priority.NORMAL, Priority.HIGH, Priority.URGENT):
            self.priority.addItem(labels.priority(priority), priority.value)
        self.gender = QComboBox()
        for value in ("", "F", "M"):
            self.gender.addItem(labels.gender(value or None), value)
        self.skill = QComboBox()  # the list mediators' skills are chosen from: what is asked can match
        self.skill.addItem(self.tr("None in particular"), "")
        for name, code in labels.skill_choices():
            self.skill.addItem(name, code)
        self.case = QLineEdit()
        self.requirements = RequestRequirements(self.skill, self.case, self)
        self.project = fw.searchable(QComboBox())
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.problems = QLabel()
        self.problems.setStyleSheet(fw.PROBLEM_STYLE)
        self.problems.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("request_warnings")
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setWordWrap(True)
        self._lay_out(add, remove)
        for combo in (
            self.agency, self.language, self.mode, self.priority, self.gender, self.skill, self.project
        ):
            combo.currentIndexChanged.connect(self._changed)
            narrow(combo)
        self.agency.currentIndexChanged.connect(self._agency_changed)
        for combo in (self.agency, self.language, self.project):  # a typed name that is no item is wrong
            combo.editTextChanged.connect(self._changed)
        self.agency_contact.editTextChanged.connect(self._changed)
        for line in self._line_edits():
            line.textChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.windows.edited.connect(self._changed)
        self.requirements.edited.connect(self._changed)

    def _lay_out(self, add: QPushButton, remove: QPushButton) -> None:
        form = self.form_layout = QFormLayout()
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Agency contact"), self.agency_contact)
        form.addRow(self.tr("Contact on site"), self.contact_on_site)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Address"), self.address)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        windows = QVBoxLayout()
        windows.addWidget(self.windows)
        windows.addLayout(buttons)
        form.addRow(self.tr("Proposed times"), windows)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Urgency"), self.priority)
        form.addRow(self.tr("Mediator's gender"), self.gender)
        form.addRow(self.tr("Minimum level"), self.requirements.level_row)
        form.addRow(self.tr("Skill"), self.requirements.skill_row)
        form.addRow(self.tr("Case reference"), self.requirements.case_row)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Notes"), self.notes)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.problems)  # on top, where it is seen while typing
        outer.addWidget(self.warnings)
        outer.addLayout(form)
        outer.addStretch(1)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.contact_on_site, self.reason, self.nationality, self.address, self.case)

    # --- data in
    def set_catalog(self, catalog: Catalog) -> None:
        """Fill the pickers; what was chosen in them stays chosen (a reload loses no typing)."""
        self.catalog = catalog
        chosen = [combo.currentData() for combo in (self.agency, self.language, self.project)]
        for combo in (self.agency, self.language, self.project):
            combo.blockSignals(True)
            combo.clear()
        self.agency.addItem("", "")
        for agency in sorted(catalog.agencies.values(), key=lambda a: a.name):
            self.agency.addItem(agency.name, agency.id)
        self.language.addItem("", "")
        for language in sorted(catalog.languages.values(), key=lambda lang: lang.name):
            self.language.addItem(f"{language.name} ({language.code})", language.code)
        self.project.addItem(self.tr("No project"), "")
        for project in sorted(catalog.projects.values(), key=lambda p: p.code):
            self.project.addItem(f"{project.code} — {project.name}", project.code)
        for combo, value in zip((self.agency, self.language, self.project), chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def clear(self, now: dt.datetime | None = None) -> None:
        """An empty form for a new request, with one window proposed for tomorrow morning."""
        self.current = None
        self.heading.setText(self.tr("New request"))
        self.agency.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self.project.setCurrentIndex(0)
        for widget in self._line_edits():
            widget.clear()
        self.agency_contact.setEditText("")
        self.notes.clear()
        self.mode.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        self.gender.setCurrentIndex(0)
        self.requirements.clear()
        self.skill.setCurrentIndex(0)
        self.duration.setValue(60)
        self.windows.setRowCount(0)
        day = i18n.to_local(now).date() + dt.timedelta(days=1) if now else dt.date.today()
        self.windows.add_window(
            dt.datetime.combine(day, dt.time(9), tzinfo=i18n.service_zone()),
            dt.datetime.combine(day, dt.time(13), tzinfo=i18n.service_zone()),
        )
        self.waiting_funds = False
        self.loaded.emit()
        self._changed()
        self.snapshot.take()  # what the user types from now on counts as an edit

    def set_request(self, request: Request) -> None:
        self.current = request
        self.heading.setText(
            self.tr("Request {id} — {status}").format(
                id=request.id, status=labels.request_status(request.status)
            )
        )
        self._select(self.agency, request.agency)
        self.agency_contact.setEditText(request.agency_contact)
        self.contact_on_site.setText(request.contact_on_site)
        self.reason.setText(request.reason)
        self._select(self.language, request.language)
        self.nationality.setText(request.nationality)
        self._select(self.mode, request.mode.value)
        self.address.setText(request.address)
        self.windows.set_windows(request.windows)
        self.duration.setValue(request.duration_min)
        self._select(self.priority, request.priority.value)
        self._select(self.gender, request.required_gender or "")
        fw.set_combo(self.skill, request.skill or "")  # a skill outside the list is shown as written
        self.case.setText(request.case or "")
        self._select(self.project, request.project or "")
        self.requirements.set_request(request)
        self.notes.setPlainText(request.notes)
        self.waiting_funds = request.waiting_funds
        self.loaded.emit()
        self._changed()
        self.snapshot.take()  # what the user types from now on counts as an edit

    def is_dirty(self) -> bool:
        """Something was typed since the request was loaded, saved or the form cleared."""
        return self.snapshot.differs()

    def forget_edits(self) -> None:
        """What is on screen becomes what "unsaved" compares to (after a save, or a discard)."""
        self.snapshot.take()

    def warnings_found(self) -> list[str]:
        """What a coordinator would want to be told before saving; nothing here stops the save."""
        if self.current is not None and self.current.status is not RequestStatus.PENDING:
            return []
        found = []
        windows = self.windows.windows()
        now = self.now() if self.now is not None else None
        if now is not None and windows:
            first = min(w.start for w in windows)
            hours = (first - now).total_seconds() / 3600
            if hours < 0:
                found.append(self.tr("The date asked for has already gone by."))
            elif hours < self.lead_hours and Priority(self.priority.currentData()) is not Priority.URGENT:
                text = self.tr("Less notice than the {lead} hours the service asks: mark it as urgent "
                               "or agree another date.")
                found.append(text.format(lead=i18n.fmt_number(self.lead_hours, 0)))
        if not fw.combo_value(self.project) and not self.waiting_funds:
            found.append(self.tr("No project: the hours are charged to no funding."))
        return found + [text for source in self.warning_sources for text in source()]

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            index = next(
                (i for i in range(combo.count()) if str(combo.itemData(i)).lower() == value.lower()), -1
            )
        combo.setCurrentIndex(max(0, index))

    def _agency_changed(self) -> None:
        agency = self.catalog.agencies.get(AgencyId(str(fw.combo_value(self.agency))))
        typed = self.agency_contact.currentText()
        self.agency_contact.blockSignals(True)
        self.agency_contact.clear()
        if agency is not None:
            for contact in agency.contacts:
                self.agency_contact.addItem(contact.name)
            self.address.setPlaceholderText(agency.address)
        else:
            self.address.setPlaceholderText("")  # no leftover address of the agency shown before
        self.agency_contact.setEditText(typed)
        self.agency_contact.blockSignals(False)

    def adopt_version(self, version: int) -> None:
        """After a refused stale save: the values typed stay, the next save goes over ``version``."""
        if self.current is not None:
            self.current = dataclasses.replace(self.current, version=version)

    # --- data out and validation
    def request(self) -> Request:
        """The request as typed (the id and status of the one being edited, if any)."""
        base = self.current
        project = str(fw.combo_value(self.project))
        return self.requirements.apply(Request(
            id=base.id if base else RequestId(""),
            agency=AgencyId(str(fw.combo_value(self.agency))),
            project=ProjectCode(project) if project else None,
            language=LanguageCode(str(fw.combo_value(self.language))),
            mode=Mode(self.mode.currentData()),
            duration_min=self.duration.value(),
            windows=self.windows.windows(),
            required_gender=str(self.gender.currentData()) or None,
            skill=str(self.skill.currentData() or "") or None,
            case=self.case.text().strip() or None,
            priority=Priority(self.priority.currentData()),
            status=base.status if base else RequestStatus.PENDING,
            agency_contact=self.agency_contact.currentText().strip(),
            contact_on_site=self.contact_on_site.text().strip(),
            reason=self.reason.text().strip(),
            nationality=self.nationality.text().strip(),
            address=self.address.text().strip(),
            notes=self.notes.toPlainText().strip(),
            received_at=base.received_at if base else None,
            waiting_funds=self.waiting_funds and not project,
            extra=dict(base.extra) if base else {},
            version=base.version if base else 0,
        ))

    def problems_found(self) -> dict[QWidget, str]:
        """What is missing or wrong, by field; empty when the request can be saved."""
        found: dict[QWidget, str] = {}
        if not fw.combo_value(self.agency):
            found[self.agency] = self.tr("Choose the agency that asks.")
        if not fw.combo_value(self.language):
            found[self.language] = self.tr("Choose the language.")
        duration = self.duration.value()
        if duration <= 0 or duration % 15:
            found[self.duration] = self.tr("The duration must be a positive multiple of 15 minutes.")
        windows = self.windows.windows()
        wall_problems = self.windows.wall_time_problems()
        if wall_problems:
            found[self.windows] = "\n".join(dict.fromkeys(wall_problems))
        elif not windows:
            found[self.windows] = self.tr("Propose at least one time window.")
        elif any((w.end - w.start).total_seconds() < duration * 60 for w in windows):
            found[self.windows] = self.tr("Each window must end after its start and hold the whole duration.")
        mode = Mode(self.mode.currentData())
        agency = self.catalog.agencies.get(AgencyId(str(fw.combo_value(self.agency))))
        where = self.address.text().strip() or (agency.address if agency else "")
        if mode is Mode.IN_PERSON and agency is not None and not where:
            found[self.address] = self.tr("Give the address of the meeting.")
        return found

    def is_valid(self) -> bool:
        return not self.problems_found()

    def _changed(self) -> None:
        found = self.problems_found()
        for widget in (self.agency, self.language, self.duration, self.windows, self.address):
            widget.setStyleSheet(INVALID_STYLE if widget in found else "")
        self.problems.setText("\n".join(found.values()))
        self.warnings.setText("\n".join(self.warnings_found()))
        self.validity_changed.emit(not found)
        self.edited.emit()
