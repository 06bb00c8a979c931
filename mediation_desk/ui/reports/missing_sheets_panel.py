"""The reports view's list of the month's closed interventions whose signed sheet has not come back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import BookingId, Mode, Outcome
from mediation_desk.services import lookups, missing_sheets
from mediation_desk.services.users import Permission
from mediation_desk.texts import labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import signed_sheet_dialog
from mediation_desk.ui.common.app_context import AppContext

BOOKING, DATE, TIME, AGENCY, MEDIATOR, LANGUAGE, MODE, OUTCOME = range(8)


class MissingSheetsPanel(QWidget):
    """Closed interventions of the period with no signed sheet recorded; double-click one to record it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lines: list[Any] = []
        self.title = QLabel()
        self.record_button = QPushButton(translate("MissingSheetsPanel", "Record signed sheet…"))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            translate("MissingSheetsPanel", "Booking"), translate("MissingSheetsPanel", "Date"),
            translate("MissingSheetsPanel", "Time"), translate("MissingSheetsPanel", "Agency"),
            translate("MissingSheetsPanel", "Mediator"), translate("MissingSheetsPanel", "Language"),
            translate("MissingSheetsPanel", "Mode"), translate("MissingSheetsPanel", "Outcome"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.record_button.clicked.connect(lambda: self.record_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.record_selected())
        self._selection_changed()

    def refresh(self, first: dt.date, last: dt.date) -> None:
        self.lines = missing_sheets.missing_signed_sheets(self.context.db, first, last)
        self.table.setRowCount(0)
        for line in self.lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            texts = (line.booking_id, f"{line.start:%d/%m/%Y}", f"{line.start:%H:%M}–{line.end:%H:%M}",
                     line.agency, line.mediator, line.language, labels.mode(Mode(line.mode)),
                     labels.outcome(Outcome(line.outcome)))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.booking_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        days = {"first": f"{first:%d/%m/%Y}", "last": f"{last:%d/%m/%Y}"}
        if self.lines:
            text = translate("MissingSheetsPanel", "{n} closed interventions of {first} – {last} without a "
                                                   "signed sheet")
        else:
            text = translate("MissingSheetsPanel", "Every closed intervention of {first} – {last} has its "
                                                   "signed sheet.")
        self.title.setText(text.format(n=len(self.lines), **days))
        self._selection_changed()

    def booking_ids(self) -> list[str]:
        return [line.booking_id for line in self.lines]

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), BOOKING)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection_changed(self) -> None:
        # finance reads the list; recording is a coordinator's (the database refuses it to finance too)
        self.record_button.setEnabled(self._selected() is not None and self.context.can(Permission.BOOK))

    def record_selected(self) -> signed_sheet_dialog.SignedSheetDialog | None:
        """Open the signed-sheet dialog of the booking chosen in the list."""
        booking_id = self._selected()
        booking = lookups.get_booking(self.context.db, BookingId(booking_id)) if booking_id else None
        if booking is None or not self.context.can(Permission.BOOK):
            return None
        return signed_sheet_dialog.signed_sheet_dialog(self, self.context, booking)
