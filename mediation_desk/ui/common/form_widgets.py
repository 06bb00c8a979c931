"""Editor factories shared by the edit forms: combos, time and date-time editors, checkable lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.timeutil import WallTimeProblem, wall_time_problem
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import wall_time_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import typed_dates
from mediation_desk.ui.common.search_combo import make_searchable

PROBLEM_STYLE = "color: #b3261e;"


def lay_out_form(form: QWidget, rows: list[tuple[str, QWidget]]) -> QLabel:
    """Label/editor rows, then the red list of what is still wrong; returns that list's label."""
    problems = QLabel()
    problems.setStyleSheet(PROBLEM_STYLE)
    fields = QFormLayout()
    for label, widget in rows:
        fields.addRow(label, widget)
    layout = QVBoxLayout(form)
    layout.addLayout(fields)
    layout.addWidget(problems)
    return problems


def combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    return box


def combo_value(box: Any) -> str:
    """The chosen item's value; "" while the text typed in a searchable combo matches no item."""
    if box.isEditable() and box.currentText() != box.itemText(box.currentIndex()):
        return ""
    return str(box.currentData() or "")


def searchable(box: QComboBox) -> QComboBox:
    """Let the coordinator type part of a name ("Comune di Cre…", "cremona") and pick one of the matches."""
    return make_searchable(box)


def set_combo(box: Any, value: Any) -> None:
    index = box.findData(value)
    if index < 0:
        box.addItem(str(value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def time_edit() -> QTimeEdit:
    """HH:mm that takes "930" or "09:30" typed."""
    return typed_dates.time_edit()


def minutes_of(editor: Any) -> int:
    """Minutes after midnight; 00:00 typed as an end means midnight at the end of the day (1440)."""
    value = editor.time()
    return value.hour() * 60 + value.minute()


def set_minutes(editor: Any, minutes: int) -> None:
    editor.setTime(QTime((minutes // 60) % 24, minutes % 60))


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field with four-digit years (never the locale's 03/12/26) and a calendar to pick from."""
    editor = QDateEdit(QDate(day.year, day.month, day.day)) if day is not None else QDateEdit()
    editor.setDisplayFormat(i18n.DATE_FORMAT)
    editor.setCalendarPopup(True)
    return typed_dates.typeable(editor)  # "03122026", "03/12/2026", "0312" typed


def datetime_edit() -> QDateTimeEdit:
    editor = QDateTimeEdit()
    editor.setDisplayFormat(i18n.DATETIME_FORMAT)
    editor.setCalendarPopup(True)
    return typed_dates.typeable(editor)


def instant_of(editor: Any) -> dt.datetime:
    value = editor.dateTime()
    day, time = value.date(), value.time()
    local = dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=i18n.service_zone()
    )
    return local.astimezone(dt.UTC)


def checked_instant(parent: QWidget, editor: Any) -> dt.datetime | None:
    """The instant typed in a date-time editor; None (after saying why) when it does not exist.

    A time of the repeated hour is asked about: the first one (summer time) or
    the second (standard time); a skipped one is refused.
    """
    value = editor.dateTime()
    day = dt.date(value.date().year(), value.date().month(), value.date().day())
    time = dt.time(value.time().hour(), value.time().minute())
    problem = wall_time_problem(day, time, i18n.service_zone())
    if problem is None:
        return instant_of(editor)
    title = translate("WallTime", "Time changes that night")
    if problem is WallTimeProblem.NONEXISTENT:
        QMessageBox.warning(parent, title, wall_time_text(problem, day, time))
        return None
    question = translate("WallTime", "{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 "
                                     "that night. Which one?")
    shown = question.format(time=time.strftime("%H:%M"), day=day.strftime("%d/%m/%Y"))
    box = QMessageBox(QMessageBox.Icon.Question, title, shown, parent=parent)
    box.setObjectName("ambiguous_time")
    accept = QMessageBox.ButtonRole.AcceptRole
    first = box.addButton(translate("WallTime", "The first (summer time)"), accept)
    second = box.addButton(translate("WallTime", "The second (standard time)"), accept)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked not in (first, second):
        return None
    fold = 0 if clicked is first else 1
    return dt.datetime.combine(day, time.replace(fold=fold), tzinfo=i18n.service_zone()).astimezone(dt.UTC)


def set_instant(editor: Any, instant: dt.datetime) -> None:
    local = i18n.to_local(instant)
    value = QDateTime.fromString(local.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")
    editor.setDateTime(value)


def checked_list(items: list[tuple[str, str]], parent: QWidget | None = None) -> QListWidget:
    widget = QListWidget(parent)
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def checked_values(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, values: list[str]) -> None:
    wanted = set(values)
    for i in range(widget.count()):
        item = widget.item(i)
        checked = item.data(Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask Yes / No before something that cannot be undone; Enter and Escape both answer No."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("confirm_destructive")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
