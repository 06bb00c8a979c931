"""The "Ripeti ogni settimana…" dialog: weekdays, interval and end of a weekly rule, mediator and start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from mediation_desk.scheduling.model import Request
from mediation_desk.scheduling.series import MAX_OCCURRENCES, SeriesError, occurrences
from mediation_desk.scheduling.timeutil import wall_time_problem
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import wall_time_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.name_lookup import Catalog

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RRULE BYDAY codes, Monday first
DEFAULT_COUNT = 4
PREVIEW_DATES = 6  # dates listed in the preview before "…"


def rule_problem(error: SeriesError) -> str:
    """A sentence for a SeriesError code."""
    texts = {
        "unbounded": translate("SeriesDialog", "The series needs an end: a number of times or a last day."),
        "too_many": translate("SeriesDialog", "At most {n} occurrences in one series.").format(
            n=MAX_OCCURRENCES
        ),
        "empty": translate("SeriesDialog", "No date falls between the first start and the end."),
    }
    return texts.get(error.code, translate("SeriesDialog", "The repetition is not valid."))


def weekly_rule(days: list[str], interval: int, count: int | None, until: dt.date | None) -> str:
    """An RRULE (python-dateutil syntax) on the local wall clock; UNTIL includes the whole last day."""
    parts = ["FREQ=WEEKLY", f"INTERVAL={interval}", "BYDAY=" + ",".join(days)]
    if count is not None:
        parts.append(f"COUNT={count}")
    elif until is not None:
        parts.append(f"UNTIL={until:%Y%m%d}T235959")
    return ";".join(parts)


class SeriesDialog(QDialog):
    """Asks how a request repeats; ``rule()``, ``first_start()`` and ``mediator_id()`` give the answer."""

    def __init__(
        self, parent: QWidget, request: Request, catalog: Catalog, mediator_id: str, first_start: dt.datetime
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SeriesDialog", "Repeat request {id} every week").format(id=request.id))
        self.start = fw.datetime_edit()
        fw.set_instant(self.start, first_start)
        self.mediator = fw.searchable(QComboBox())
        for mediator in sorted(catalog.mediators.values(), key=lambda m: m.name):
            if mediator.active:
                self.mediator.addItem(mediator.name, mediator.id)
        self.mediator.setCurrentIndex(max(0, self.mediator.findData(mediator_id)))
        self.days = self._day_boxes(i18n.to_local(first_start).weekday())
        self.interval = QSpinBox()
        self.interval.setRange(1, 8)
        self.interval.setSuffix(translate("SeriesDialog", " week(s)"))
        self.by_count = QRadioButton(translate("SeriesDialog", "Number of times"))
        self.by_until = QRadioButton(translate("SeriesDialog", "Until"))
        ends = QButtonGroup(self)
        ends.addButton(self.by_count)
        ends.addButton(self.by_until)
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_OCCURRENCES)
        self.count.setValue(DEFAULT_COUNT)
        last = i18n.to_local(first_start).date() + dt.timedelta(weeks=DEFAULT_COUNT - 1)
        self.until = fw.date_edit(last)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for signal in (
            self.start.dateTimeChanged, self.interval.valueChanged, self.count.valueChanged,
            self.until.dateChanged, self.by_count.toggled,
        ):
            signal.connect(self._update)
        for box in self.days:
            box.toggled.connect(self._update)
        self._update()

    def _day_boxes(self, checked: int) -> list[QCheckBox]:
        boxes = []
        for number in range(7):
            box = QCheckBox(QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(number == checked)
            boxes.append(box)
        return boxes

    def _lay_out(self) -> None:
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        count_row, until_row = QHBoxLayout(), QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count, 1)
        until_row.addWidget(self.by_until)
        until_row.addWidget(self.until, 1)
        form = QFormLayout(self)
        form.addRow(translate("SeriesDialog", "First start"), self.start)
        form.addRow(translate("SeriesDialog", "Mediator"), self.mediator)
        form.addRow(translate("SeriesDialog", "On"), days)
        form.addRow(translate("SeriesDialog", "Every"), self.interval)
        form.addRow(translate("SeriesDialog", "Ends"), count_row)
        form.addRow("", until_row)
        form.addRow(self.preview)
        form.addRow(self.buttons)

    def first_start(self) -> dt.datetime:
        return fw.instant_of(self.start)

    def mediator_id(self) -> str:
        return fw.combo_value(self.mediator)

    def rule(self) -> str:
        days = [code for code, box in zip(WEEKDAYS, self.days, strict=True) if box.isChecked()]
        last = self.until.date().toPython()
        assert isinstance(last, dt.date)
        counted = self.by_count.isChecked()
        return weekly_rule(days, self.interval.value(), self.count.value() if counted else None,
                           None if counted else last)

    def dates(self) -> list[dt.datetime]:
        """The occurrence starts; SeriesError when the rule cannot make a series."""
        if not any(box.isChecked() for box in self.days):
            raise SeriesError("no_day")
        return occurrences(self.rule(), self.first_start(), i18n.service_zone())

    def _update(self) -> None:
        self.count.setEnabled(self.by_count.isChecked())
        self.until.setEnabled(self.by_until.isChecked())
        typed = self.start.dateTime()
        day = dt.date(typed.date().year(), typed.date().month(), typed.date().day())
        time = dt.time(typed.time().hour(), typed.time().minute())
        skipped_or_repeated = wall_time_problem(day, time, i18n.service_zone())
        try:
            if skipped_or_repeated is not None:  # the first start must be one instant
                raise SeriesError("wall_time", "")
            starts = self.dates()
        except SeriesError as exc:
            text = (translate("SeriesDialog", "Choose at least one day of the week.")
                    if exc.code == "no_day" else wall_time_text(skipped_or_repeated, day, time)
                    if skipped_or_repeated is not None else rule_problem(exc))
            self.preview.setText(text)
            self.preview.setStyleSheet("color: #b3261e;")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        shown = ", ".join(i18n.fmt_weekday_date(i18n.to_local(s).date()) for s in starts[:PREVIEW_DATES])
        more = ", …" if len(starts) > PREVIEW_DATES else ""
        self.preview.setText(
            translate("SeriesDialog", "{n} times at {time}: {dates}").format(
                n=len(starts), time=i18n.fmt_time(starts[0]), dates=shown + more
            )
        )
        self.preview.setStyleSheet("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.mediator.count() > 0)
