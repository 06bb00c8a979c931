"""Edit form of a funding project: budget, dates, rate, and what it funds (areas, agency kinds, languages)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QLineEdit, QWidget

from mediation_desk.scheduling.model import AgencyKind, AreaCode, LanguageCode, Project, ProjectCode
from mediation_desk.texts import labels
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.form_snapshot import FormSnapshot
from mediation_desk.ui.common.name_lookup import Catalog


def _date(editor: QDateEdit) -> dt.date:
    value = editor.date()
    return dt.date(value.year(), value.month(), value.day())


class ProjectForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = FormSnapshot(self, lambda: self.project())
        self.current: Project | None = None
        self.code, self.name, self.funder = QLineEdit(), QLineEdit(), QLineEdit()
        self.start, self.end = fw.date_edit(), fw.date_edit()
        for editor in (self.start, self.end):
            editor.dateChanged.connect(self._changed)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1_000_000)
        self.budget.setDecimals(1)
        self.budget.setSuffix(" h")
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 500)
        self.rate.setSuffix(" €/h")
        self.rate.setSpecialValueText(self.tr("mediator's rate"))
        self.areas = fw.checked_list([(a.name, a.code) for a in catalog.areas.values()])
        self.kinds = fw.checked_list([(labels.agency_kind(k), k.value) for k in AgencyKind])
        self.languages = fw.checked_list(
            sorted((f"{lang.name} ({lang.code})", lang.code) for lang in catalog.languages.values()))
        self.problems = fw.lay_out_form(
            self,
            [
                (self.tr("Code"), self.code),
                (self.tr("Name"), self.name),
                (self.tr("Funder"), self.funder),
                (self.tr("Start"), self.start),
                (self.tr("End (inclusive)"), self.end),
                (self.tr("Hour budget"), self.budget),
                (self.tr("Hourly rate"), self.rate),
                (self.tr("Areas (none: every area)"), self.areas),
                (self.tr("Agency kinds funded (none: every kind)"), self.kinds),
                (self.tr("Languages funded (none: every language)"), self.languages),
            ],
        )
        for line in (self.code, self.name):
            line.textChanged.connect(self._changed)
        self.budget.valueChanged.connect(self._changed)

    def adopt_version(self, version: int) -> None:
        """After a refused stale save: the values typed stay, the next save goes over ``version``."""
        if self.current is not None:
            self.current = dataclasses.replace(self.current, version=version)

    def set_project(self, project: Project | None) -> None:
        self.current = project
        self.code.setReadOnly(project is not None)
        today = dt.date.today()
        p = project or Project(ProjectCode(""), "", "", today, today.replace(year=today.year + 1), 0.0)
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.funder.setText(p.funder)
        self.start.setDate(QDate(p.start.year, p.start.month, p.start.day))
        self.end.setDate(QDate(p.end.year, p.end.month, p.end.day))
        self.budget.setValue(p.hour_budget)
        self.rate.setValue(p.hourly_rate or 0.0)
        fw.set_checked(self.areas, list(p.areas))
        fw.set_checked(self.kinds, [k.value for k in p.agency_kinds])
        fw.set_checked(self.languages, list(p.languages))
        self._changed()
        self.snapshot.take()  # what the user types from now on counts as an edit

    def project(self) -> Project:
        base = self.current
        return Project(
            code=ProjectCode(self.code.text().strip()),
            name=self.name.text().strip(),
            funder=self.funder.text().strip(),
            start=_date(self.start),
            end=_date(self.end),
            hour_budget=self.budget.value(),
            areas=[AreaCode(a) for a in fw.checked_values(self.areas)],
            hourly_rate=self.rate.value() or None,
            agency_kinds=[AgencyKind(k) for k in fw.checked_values(self.kinds)],
            languages=[LanguageCode(c) for c in fw.checked_values(self.languages)],
            extra=dict(base.extra) if base else {},
            version=base.version if base else 0,
        )

    def problems_found(self) -> list[str]:
        found = []
        if not self.code.text().strip():
            found.append(self.tr("Give the project a code."))
        if not self.name.text().strip():
            found.append(self.tr("Give the project's name."))
        if _date(self.end) < _date(self.start):
            found.append(self.tr("The project must end on or after its start."))
        if self.budget.value() <= 0:
            found.append(self.tr("The hour budget must be positive."))
        return found

    def _changed(self) -> None:
        found = self.problems_found()
        self.problems.setText("\n".join(found))
        self.validity_changed.emit(not found)
