"""Long actions of the File and Tools menus, run in the background: import, export, demo, planning, mail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from mediation_desk.services import demo, import_export
from mediation_desk.ui import i18n, queries
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.worker import Progress, run_with_progress


def _context(window: QWidget) -> AppContext:
    return window.context  # type: ignore[attr-defined, no-any-return]


def _fail(window: QWidget, title: str) -> Any:
    return lambda message: QMessageBox.warning(window, title, message)


def _confirm_replace(window: QWidget, context: AppContext) -> bool | None:
    """False for an empty database; True when the coordinator agrees to replace the service; None: stop."""
    if queries.is_empty(context.db):
        return False
    answer = QMessageBox.question(window, QCoreApplication.translate("DataActions", "Replace the service"),
                                  QCoreApplication.translate(
                                      "DataActions", "The database already holds a service. Replace all of it?"))
    return True if answer == QMessageBox.StandardButton.Yes else None


def import_scenario(window: QWidget, path: str | None = None) -> None:
    context = _context(window)
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(window, QCoreApplication.translate("DataActions", "Import scenario"), context.settings.last_folder,
                                                    QCoreApplication.translate("DataActions", "Scenario (*.json)"))
    if not path:
        return
    context.settings.last_folder = str(Path(path).parent)
    replace = _confirm_replace(window, context)
    if replace is None:
        return

    def job(progress: Progress) -> Any:
        progress.report(0, 0, QCoreApplication.translate("DataActions", "Reading {name}…").format(
            name=Path(path).name))
        return import_export.import_scenario(context.db, Path(path), actor=context.actor, now=context.now(),
                                             replace=replace)

    def done(_result: object) -> None:
        context.changed.emit("all")
        window.statusBar().showMessage(QCoreApplication.translate("DataActions", "Imported {name}").format(name=Path(path).name), 8000)  # type: ignore

    run_with_progress(window, QCoreApplication.translate("DataActions", "Importing the scenario"), job, done, _fail(window, QCoreApplication.translate("DataActions", "Import refused")))


def export_scenario(window: QWidget, path: str | None = None) -> None:
    context = _context(window)
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(window, QCoreApplication.translate("DataActions", "Export scenario"), context.settings.last_folder,
                                                    QCoreApplication.translate("DataActions", "Scenario (*.json)"))
    if not path:
        return
    context.settings.last_folder = str(Path(path).parent)

    def job(progress: Progress) -> Any:
        progress.report(0, 0, QCoreApplication.translate("DataActions", "Writing {name}…").format(
            name=Path(path).name))
        return import_export.export_scenario(context.db, Path(path))

    def done(_result: object) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("DataActions", "Exported to {name}").format(name=Path(path).name), 8000)  # type: ignore

    run_with_progress(window, QCoreApplication.translate("DataActions", "Exporting the scenario"), job, done, _fail(window, QCoreApplication.translate("DataActions", "Export failed")))


def load_demo(window: QWidget) -> None:
    context = _context(window)
    replace = _confirm_replace(window, context)
    if replace is None:
        return

    def job(progress: Progress) -> Any:
        progress.report(0, 0, QCoreApplication.translate("DataActions", "Creating the demo service…"))
        return demo.load_demo(context.db, now=context.now(), actor=context.actor, replace=replace)

    run_with_progress(window, QCoreApplication.translate("DataActions", "Demo data"), job, lambda _r: context.changed.emit("all"),
                      _fail(window, QCoreApplication.translate("DataActions", "Demo data")))


class PlanDialog(QDialog):
    """The period to plan and the time the planner may take."""

    def __init__(self, parent: QWidget, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanDialog", "Plan pending requests"))
        monday = today + dt.timedelta(days=7 - today.weekday())
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        sunday = monday + dt.timedelta(days=6)
        self.last = QDateEdit(QDate(sunday.year, sunday.month, sunday.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.seconds = QSpinBox()
        self.seconds.setRange(1, 600)
        self.seconds.setValue(30)
        self.seconds.setSuffix(" s")
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("PlanDialog", "From"), self.first)
        form.addRow(QCoreApplication.translate("PlanDialog", "To"), self.last)
        form.addRow(QCoreApplication.translate("PlanDialog", "Time limit"), self.seconds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return first, last


def plan_pending(window: QWidget) -> None:
    context = _context(window)
    dialog = PlanDialog(window, i18n.to_local(context.now()).date())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    first, last = dialog.period()
    seconds = dialog.seconds.value()

    def job(progress: Progress) -> Any:
        from mediation_desk.services import planning

        progress.report(0, 0, QCoreApplication.translate("DataActions", "Planning {first} – {last}…").format(
            first=i18n.fmt_date(first), last=i18n.fmt_date(last)))
        return planning.plan_period(context.db, first, last, now=context.now(), actor=context.actor,
                                    time_limit=float(seconds), should_stop=lambda: progress.cancelled)

    def done(result: Any) -> None:
        context.changed.emit("bookings")
        booked = len(getattr(result, "bookings", []) or [])
        QMessageBox.information(window, QCoreApplication.translate("DataActions", "Planning done"), QCoreApplication.translate("DataActions", "{n} requests booked.").format(n=booked))

    run_with_progress(window, QCoreApplication.translate("DataActions", "Planning"), job, done, _fail(window, QCoreApplication.translate("DataActions", "Planning failed")))


def send_mail(window: QWidget) -> None:
    context = _context(window)

    def job(progress: Progress) -> Any:
        from mediation_desk.services import mail

        progress.report(0, 0, QCoreApplication.translate("DataActions", "Sending the queued invitations…"))
        return mail.send_outbox(context.db, now=context.now())

    def done(report: Any) -> None:
        text = QCoreApplication.translate("DataActions", "Sent: {sent}. To retry: {retry}. Failed: {failed}.").format(
            sent=report.sent, retry=report.retry, failed=report.failed)
        if report.error:
            text += "\n" + report.error
        QMessageBox.information(window, QCoreApplication.translate("DataActions", "Invitations"), text)

    run_with_progress(window, QCoreApplication.translate("DataActions", "Sending invitations"), job, done, _fail(window, QCoreApplication.translate("DataActions", "Mail not sent")))
