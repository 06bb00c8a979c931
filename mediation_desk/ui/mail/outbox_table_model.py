"""Table model of the mail outbox: queued, sent and failed invitations."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from mediation_desk.services.mail_outbox import OutboxEntry
from mediation_desk.services.mail_sending import MailFailure
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import mail_failure_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_STATUS, COL_BOOKING, COL_TO, COL_SUBJECT, COL_CREATED, COL_SENT, COL_ATTEMPTS, COL_ERROR = range(8)
STATUS_COLOURS = {"queued": "#8a6100", "sent": "#1b6e20", "failed": "#b3261e"}


def failure_text(stored: str) -> str:
    """The stored failure of a message as a sentence ("" when it had none)."""
    failure = MailFailure.decode(stored)
    return mail_failure_text(failure) if failure is not None else ""


def status_text(status: str) -> str:
    return {
        "queued": translate("OutboxTableModel", "Queued"),
        "sent": translate("OutboxTableModel", "Sent"),
        "failed": translate("OutboxTableModel", "Failed"),
    }.get(status, status)


class OutboxTableModel(DomainTableModel[OutboxEntry]):
    def headers(self) -> list[str]:
        return [
            translate("OutboxTableModel", "Status"),
            translate("OutboxTableModel", "Booking"),
            translate("OutboxTableModel", "To"),
            translate("OutboxTableModel", "Subject"),
            translate("OutboxTableModel", "Queued at"),
            translate("OutboxTableModel", "Sent at"),
            translate("OutboxTableModel", "Attempts"),
            translate("OutboxTableModel", "Last error"),
        ]

    def display(self, row: OutboxEntry, column: int) -> str:
        values = {
            COL_STATUS: lambda: status_text(row.status),
            COL_BOOKING: lambda: row.booking_id or "",
            COL_TO: lambda: row.to_addr,
            COL_SUBJECT: lambda: row.subject,
            COL_CREATED: lambda: i18n.fmt_datetime(row.created_at),
            COL_SENT: lambda: i18n.fmt_datetime(row.sent_at),
            COL_ATTEMPTS: lambda: str(row.attempts),
            COL_ERROR: lambda: failure_text(row.last_error),
        }
        return values[column]() if column in values else ""

    def sort_value(self, row: OutboxEntry, column: int) -> Any:
        if column == COL_CREATED:
            return row.created_at.timestamp()
        if column == COL_SENT:
            return row.sent_at.timestamp() if row.sent_at else None
        if column == COL_ATTEMPTS:
            return row.attempts
        return self.display(row, column)

    def filter_value(self, row: OutboxEntry, column: int) -> Any:
        return row.status if column == COL_STATUS else self.display(row, column)

    def decoration(self, row: OutboxEntry, column: int) -> Any:
        return (
            QColor(STATUS_COLOURS[row.status])
            if column == COL_STATUS and row.status in STATUS_COLOURS
            else None
        )
