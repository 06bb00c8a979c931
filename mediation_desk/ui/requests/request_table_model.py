"""Table model of requests (richieste): one row per request with its first window."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from mediation_desk.scheduling.funding import is_waiting, request_state
from mediation_desk.scheduling.model import Priority, Request, RequestStatus
from mediation_desk.texts import funding as funding_texts
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

(
    COL_ID,
    COL_DATE,
    COL_PRIORITY,
    COL_STATUS,
    COL_LANGUAGE,
    COL_AGENCY,
    COL_AREA,
    COL_MODE,
    COL_DURATION,
    COL_CASE,
) = range(10)

URGENT_COLOUR = QColor("#b3261e")


class RequestTableModel(DomainTableModel[Request]):
    def headers(self) -> list[str]:
        return [
            translate("RequestTableModel", "No."),
            translate("RequestTableModel", "Date"),
            translate("RequestTableModel", "Urgency"),
            translate("RequestTableModel", "Status"),
            translate("RequestTableModel", "Language"),
            translate("RequestTableModel", "Agency"),
            translate("RequestTableModel", "Area"),
            translate("RequestTableModel", "Mode"),
            translate("RequestTableModel", "Duration"),
            translate("RequestTableModel", "Case"),
        ]

    def display(self, row: Request, column: int) -> str:
        if column == COL_ID:
            return row.id
        if column == COL_DATE:
            if not row.windows:  # the day and the start: the whole window is in the form beside
                return ""
            start = row.windows[0].start
            return f"{i18n.fmt_weekday_date(i18n.to_local(start).date())} {i18n.fmt_time(start)}"
        if column == COL_PRIORITY:
            return labels.priority(row.priority)
        if column == COL_STATUS:
            return funding_texts.waiting_label() if is_waiting(row) else labels.request_status(row.status)
        if column == COL_LANGUAGE:
            return self.catalog.language_name(row.language)
        if column == COL_AGENCY:
            return self.catalog.agency_name(row.agency)
        if column == COL_AREA:
            area = self.catalog.area_of_request(row)
            return self.catalog.area_name(area) if area else ""
        if column == COL_MODE:
            return labels.mode(row.mode)
        if column == COL_DURATION:
            return labels.minutes(row.duration_min)
        if column == COL_CASE:
            return row.case or ""
        return ""

    def sort_value(self, row: Request, column: int) -> Any:
        if column == COL_DATE:
            return row.windows[0].start.timestamp() if row.windows else 0.0
        if column == COL_PRIORITY:
            return row.priority.weight
        if column == COL_DURATION:
            return row.duration_min
        return self.display(row, column)

    def filter_value(self, row: Request, column: int) -> Any:
        if column == COL_DATE:
            return i18n.to_local(row.windows[0].start).date() if row.windows else None
        if column == COL_PRIORITY:
            return row.priority.value
        if column == COL_STATUS:
            return request_state(row)
        if column == COL_LANGUAGE:
            return row.language.lower()
        if column == COL_AGENCY:
            return row.agency
        if column == COL_AREA:
            return self.catalog.area_of_request(row) or ""
        return self.display(row, column)

    def decoration(self, row: Request, column: int) -> Any:
        if row.priority is Priority.URGENT and row.status is RequestStatus.PENDING:
            return URGENT_COLOUR
        return None
