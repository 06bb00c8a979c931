"""Holidays and closures: the comune's patron saint and the school closure periods (business settings).

The national holidays are built in (Easter Monday computed) and listed here for
the coming year, so the coordinator sees which days the desk treats as closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.closures import Closures, SchoolClosure, national_holidays
from mediation_desk.services import closures as closures_service
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.rows_editor import Column, RowsEditor
from mediation_desk.ui.common.status_line import StatusLine


def _date_column(title: str) -> Column:
    def make() -> QDateEdit:
        return fw.date_edit()

    def write(edit: QDateEdit, value: dt.date) -> None:
        edit.setDate(QDate(value.year, value.month, value.day))

    return Column(title, make, lambda w: w.date().toPython(), write, lambda w: w.dateChanged)


class ClosuresPanel(QWidget):
    """The patron saint's day and the school closures, saved together; the national holidays shown."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.has_patron = QCheckBox(translate("Closures", "The comune has a patron saint's day"))
        self.patron_day = QSpinBox()
        self.patron_day.setRange(1, 31)
        self.patron_month = QSpinBox()
        self.patron_month.setRange(1, 12)
        self.patron_name = QLineEdit()
        self.patron_name.setPlaceholderText(translate("Closures", "e.g. San Bassiano"))
        self.school = RowsEditor([
            _date_column(translate("Closures", "From")),
            _date_column(translate("Closures", "To")),
            Column(translate("Closures", "Name"), QLineEdit, lambda w: w.text().strip(),
                   lambda w, v: w.setText(v), lambda w: w.textChanged),
        ])
        self.holidays = QLabel()
        self.holidays.setWordWrap(True)
        self.save_button = QPushButton(translate("Closures", "Save holidays and closures"))
        group = QGroupBox(translate("Closures", "Holidays and closures"))
        form = QFormLayout(group)
        form.addRow(self.has_patron)
        patron = QHBoxLayout()
        for widget in (QLabel(translate("Closures", "Day")), self.patron_day,
                       QLabel(translate("Closures", "Month")), self.patron_month, self.patron_name):
            patron.addWidget(widget)
        form.addRow(translate("Closures", "Patron saint"), patron)
        form.addRow(translate("Closures", "School closures"), self.school)
        form.addRow(translate("Closures", "National holidays"), self.holidays)
        form.addRow(self.save_button)
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group)
        layout.addWidget(self.status)
        self.has_patron.toggled.connect(self._enable_patron)
        self.save_button.clicked.connect(lambda: self.save())
        self._enable_patron(False)

    def _enable_patron(self, on: bool) -> None:
        for widget in (self.patron_day, self.patron_month, self.patron_name):
            widget.setEnabled(on)

    def refresh(self) -> None:
        current = closures_service.read_closures(self.context.db)
        self.has_patron.setChecked(current.patron_day is not None)
        month, day = current.patron_day or (1, 1)
        self.patron_month.setValue(month)
        self.patron_day.setValue(day)
        self.patron_name.setText(current.patron_name)
        self.school.set_values([[p.first, p.last, p.name] for p in current.school])
        year = i18n.to_local(self.context.now()).date().year
        days = sorted(national_holidays(year).items())
        self.holidays.setText("; ".join(f"{i18n.fmt_date(day)} {name}" for day, name in days))
        self._enable_patron(self.has_patron.isChecked())

    def closures(self) -> Closures:
        patron = (self.patron_month.value(), self.patron_day.value()) if self.has_patron.isChecked() else None
        periods = tuple(SchoolClosure(first, last, name) for first, last, name in self.school.values())
        return Closures(patron, self.patron_name.text() if patron else "", periods)

    def save(self) -> bool:
        try:
            saved = closures_service.save_closures(self.context.db, self.closures(), actor=self.context.actor,
                                                   now=self.context.now())
        except closures_service.ClosuresError as exc:
            self.status.say(self._refusal(exc), ok=False)
            return False
        self.status.say(translate("Closures", "Holidays and closures saved."), ok=True)
        runner.apply(self, self.context, saved)
        return True

    @staticmethod
    def _refusal(exc: closures_service.ClosuresError) -> str:
        p: dict[str, Any] = dict(exc.params)
        if exc.code == "patron_day":
            return translate("Closures", "There is no day {day}/{month}.").format(day=p.get("day"),
                                                                                 month=p.get("month"))
        if exc.code == "school_period":
            return translate("Closures", "The closure {name} must end on or after its start, "
                             "within {days} days.").format(name=p.get("name") or "",
                                                           days=closures_service.MAX_PERIOD_DAYS)
        return translate("Closures", "At most {n} closure periods.").format(
            n=closures_service.MAX_SCHOOL_PERIODS)
