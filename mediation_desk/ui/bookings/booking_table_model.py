"""Table model of bookings (interventi): when, who, where, status and the mediator's reply."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from mediation_desk.scheduling.model import Booking, BookingStatus, Request, RequestId
from mediation_desk.services.mail_outbox import MailStatus
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.table_model import DomainTableModel

COL_ID, COL_WHEN, COL_MEDIATOR, COL_LANGUAGE, COL_AGENCY, COL_STATUS, COL_REPLY, COL_OUTCOME = range(8)

STATUS_COLOURS = {
    BookingStatus.CONFIRMED: QColor("#1f6f43"),
    BookingStatus.DONE: QColor("#555555"),
    BookingStatus.CANCELLED: QColor("#9a9a9a"),
}


class BookingTableModel(DomainTableModel[Booking]):
    """Rows are bookings; the requests they serve are given alongside for language and agency."""

    def __init__(self, catalog: Catalog | None = None, parent: Any = None) -> None:
        super().__init__(catalog, parent)
        self.requests: dict[RequestId, Request] = {}
        self.unsent: frozenset[str] | None = None  # bookings whose invitation is stuck; None: mail is off

    def set_mail(self, status: MailStatus) -> None:
        """Say which invitations did not go out (all of them when mail is not configured)."""
        self.unsent = status.stuck_bookings if status.configured else None
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COL_REPLY), self.index(self.rowCount() - 1, COL_REPLY))

    def set_bookings(
        self, bookings: list[Booking], requests: dict[RequestId, Request], catalog: Catalog | None = None
    ) -> None:
        self.requests = requests
        self.set_rows(bookings, catalog)

    def headers(self) -> list[str]:
        return [
            translate("BookingTableModel", "No."),
            translate("BookingTableModel", "When"),
            translate("BookingTableModel", "Mediator"),
            translate("BookingTableModel", "Language"),
            translate("BookingTableModel", "Agency"),
            translate("BookingTableModel", "Status"),
            translate("BookingTableModel", "Reply"),
            translate("BookingTableModel", "Outcome"),
        ]

    def display(self, row: Booking, column: int) -> str:
        request = self.requests.get(row.request)
        if column == COL_ID:
            return row.id
        if column == COL_WHEN:
            return i18n.fmt_range(row.start, row.end)
        if column == COL_MEDIATOR:
            return self.catalog.mediator_name(row.mediator)
        if column == COL_LANGUAGE:
            return self.catalog.language_name(request.language) if request else ""
        if column == COL_AGENCY:
            return self.catalog.agency_name(request.agency) if request else ""
        if column == COL_STATUS:
            return labels.booking_state(row.status, row.outcome)
        if column == COL_REPLY:
            if row.status is BookingStatus.CONFIRMED and (self.unsent is None or row.id in self.unsent):
                return translate("BookingTableModel", "Invitation not sent")
            return labels.reply(row.reply)
        if column == COL_OUTCOME:
            return labels.outcome(row.outcome)
        return ""

    def sort_value(self, row: Booking, column: int) -> Any:
        if column == COL_WHEN:
            return row.start.timestamp()
        return self.display(row, column)

    def decoration(self, row: Booking, column: int) -> Any:
        return STATUS_COLOURS.get(row.status)
