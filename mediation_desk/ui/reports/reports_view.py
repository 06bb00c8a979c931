"""Reports view: the month's billed hours, and the Excel timesheets and hour report made in the background."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.billing import Charge
from mediation_desk.scheduling.model import AgencyId, MediatorId
from mediation_desk.services.changes import Aspect
from mediation_desk.texts import i18n
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Progress, run_with_progress
from mediation_desk.ui.reports.missing_sheets_panel import MissingSheetsPanel


def month_name(first: dt.date) -> str:
    """The month and year in the interface locale, e.g. "novembre 2026"."""
    return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")


class ReportsView(QWidget):
    # what the view shows: billed hours: bookings under the billing rules
    SHOWS = frozenset({Aspect.BOOKINGS, Aspect.CATALOGUE, Aspect.SETTINGS})

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        today = i18n.to_local(context.now()).date()
        self.month = fw.date_edit(dt.date(today.year, today.month, 1))
        self.month.setDisplayFormat("MMMM yyyy")
        self.project = QComboBox()
        self.timesheets_button = QPushButton(self.tr("Export the month's timesheets…"))
        self.report_button = QPushButton(self.tr("Export the hour report…"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        # whose foglio firme: every agency, one agency or one mediator
        self.sheet_of = fw.searchable(QComboBox())
        self.sheet_button = QPushButton(self.tr("Monthly signature sheet…"))
        self.sheet_button.setToolTip(self.tr("The month's interventions with a signature column, as A4 PDF"))
        self.print_sheet_button = QPushButton(self.tr("Print signature sheet…"))
        self.print_sheet_button.setToolTip(self.tr("The same sheet through the system's print dialog"))
        self.summary = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mediator"), self.tr("Project"), self.tr("Billed hours")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Month")), self.month, QLabel(self.tr("Project")), self.project):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.timesheets_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.import_button)
        sheets_bar = QHBoxLayout()
        sheets_bar.addWidget(QLabel(self.tr("Signature sheet of")))
        sheets_bar.addWidget(self.sheet_of)
        sheets_bar.addWidget(self.sheet_button)
        sheets_bar.addWidget(self.print_sheet_button)
        sheets_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(sheets_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.missing = MissingSheetsPanel(context, self)  # closed interventions without a signed sheet
        layout.addWidget(self.missing, 1)
        self.month.dateChanged.connect(self.refresh)
        self.project.currentIndexChanged.connect(self._fill)
        self.timesheets_button.clicked.connect(lambda: self.export_timesheets())
        self.report_button.clicked.connect(lambda: self.export_report())
        self.import_button.clicked.connect(lambda: self.open_import())
        self.sheet_button.clicked.connect(lambda: self.print_signature_sheet())
        self.print_sheet_button.clicked.connect(lambda: self.print_signature_sheet_dialog())
        self.lines: list[Any] = []

    def show_item(self, item_id: str) -> None:
        """Reports have no items of their own."""

    def period(self) -> tuple[dt.date, dt.date]:
        first = self.month.date().toPython()
        assert isinstance(first, dt.date)
        first = first.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)

    def refresh(self) -> None:
        catalog = self.context.catalog()
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All"), "")
        for code in catalog.projects:
            self.project.addItem(code, code)
        self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)
        self._fill_sheet_of(catalog)
        first, last = self.period()
        from mediation_desk.services import finance  # loads openpyxl: only when the view is used

        self.lines = finance.billed_lines(self.context.db, first, last)
        self._fill()
        self.missing.refresh(first, last)

    def _fill_sheet_of(self, catalog: Any) -> None:
        current = self.sheet_of.currentData()
        self.sheet_of.clear()
        self.sheet_of.addItem(self.tr("Every agency"), "")
        for agency in sorted(catalog.agencies.values(), key=lambda a: a.name.lower()):
            self.sheet_of.addItem(self.tr("Agency: {name}").format(name=agency.name), f"agency:{agency.id}")
        for mediator in sorted(catalog.mediators.values(), key=lambda m: m.name.lower()):
            self.sheet_of.addItem(self.tr("Mediator: {name}").format(name=mediator.name),
                                  f"mediator:{mediator.id}")
        self.sheet_of.setCurrentIndex(max(0, self.sheet_of.findData(current)))

    def print_signature_sheet(self, path: str | None = None, *, open_after: bool = True) -> Any:
        """The foglio firme of the month for the agency or mediator chosen: saved, then opened to print."""
        from mediation_desk.ui.bookings import sheet_actions

        kind, _colon, key = str(self.sheet_of.currentData() or "").partition(":")
        first, _last = self.period()
        written = sheet_actions.print_monthly_sheet(
            self, self.context, first, agency=AgencyId(key) if kind == "agency" else None,
            mediator=MediatorId(key) if kind == "mediator" else None, path=path, open_after=open_after)
        if written is not None:
            self.summary.setText(self.tr("Written {path} ({n} interventions).").format(
                path=str(written.path), n=written.interventions))
        return written

    def print_signature_sheet_dialog(self, printer: Any = None, *, ask: bool = True,
                                     on_done: Any = None) -> Any:
        """The foglio firme of the month for the agency or mediator chosen, through the print dialog."""
        from mediation_desk.ui.bookings import sheet_actions

        kind, _colon, key = str(self.sheet_of.currentData() or "").partition(":")
        return sheet_actions.print_monthly_sheet_dialog(
            self, self.context, self.period()[0], agency=AgencyId(key) if kind == "agency" else None,
            mediator=MediatorId(key) if kind == "mediator" else None, printer=printer, ask=ask,
            on_done=on_done)

    def _fill(self) -> None:
        project = str(self.project.currentData() or "")
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for line in self.lines:
            if line.charge is not Charge.NONE and (not project or line.project == project):
                totals[(line.mediator_name, line.project)] += line.billable_min
        self.table.setRowCount(0)
        for (mediator, code), minutes in sorted(totals.items()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((mediator, code, i18n.fmt_number(minutes / 60.0, 2))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        hours = sum(totals.values()) / 60.0
        self.summary.setText(
            self.tr("{hours} billed hours in {month}").format(
                hours=i18n.fmt_number(hours, 2), month=month_name(self.period()[0])
            )
        )

    def _target(self, title: str, name: str) -> str:
        folder = self.context.settings.last_folder
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name) if folder else name, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.context.settings.last_folder = str(Path(path).parent)
        return path

    def export_timesheets(self, path: str | None = None) -> None:
        first, _last = self.period()
        path = path or self._target(self.tr("Export timesheets"), f"fogli-ore-{first:%Y-%m}.xlsx")
        if not path:
            return

        def job(progress: Progress) -> Any:
            from mediation_desk.services import finance

            return finance.export_timesheets(
                self.context.db,
                first,
                path,
                progress=lambda done, total: progress.report(done, total),
                should_stop=lambda: progress.cancelled,
            )

        run_with_progress(self, self.tr("Exporting the timesheets"), job, self._exported, self._failed)

    def export_report(self, path: str | None = None) -> None:
        first, last = self.period()
        project = str(self.project.currentData() or "") or None
        path = path or self._target(self.tr("Export the hour report"), f"report-ore-{first:%Y-%m}.xlsx")
        if not path:
            return

        def job(progress: Progress) -> Any:
            from mediation_desk.services import finance

            return finance.export_report(
                self.context.db,
                first,
                last,
                path,
                now=self.context.now(),
                project=project,
                progress=lambda done, total: progress.report(done, total),
                should_stop=lambda: progress.cancelled,
            )

        run_with_progress(self, self.tr("Exporting the hour report"), job, self._exported, self._failed)

    def _exported(self, result: Any) -> None:
        self.summary.setText(
            self.tr("Written {path} ({n} bookings).").format(path=str(result.path), n=result.bookings)
        )

    def open_import(self) -> QWidget:
        from mediation_desk.ui.data.xlsx_import_dialog import XlsxImportDialog

        dialog = XlsxImportDialog(self.context, self)
        dialog.open()
        return dialog

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)
