"""Sort/filter proxy of the requests table: status, urgency, language, area, agency, dates, free text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from mediation_desk.scheduling.model import Request
from mediation_desk.ui.i18n import to_local
from mediation_desk.ui.models.base import ROW_ROLE, SORT_ROLE
from mediation_desk.ui.models.request_table_model import RequestTableModel


class RequestFilterProxy(QSortFilterProxyModel):
    """Filters on the domain values of each row, so it does not depend on translated text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.status: str = ""
        self.priority: str = ""
        self.language: str = ""
        self.area: str = ""
        self.agency: str = ""
        self.date_from: dt.date | None = None
        self.date_to: dt.date | None = None
        self.text: str = ""

    def set_filters(self, **values: object) -> None:
        """Set any of status, priority, language, area, agency, date_from, date_to, text ("" or None: any)."""
        for key, value in values.items():
            if not hasattr(self, key) or key.startswith("_"):
                raise KeyError(key)
            setattr(self, key, value)
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        request: Request = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.status and request.status.value != self.status:
            return False
        if self.priority and request.priority.value != self.priority:
            return False
        if self.language and request.language.lower() != self.language.lower():
            return False
        if self.agency and request.agency != self.agency:
            return False
        if (
            self.area
            and isinstance(model, RequestTableModel)
            and model.catalog.area_of_request(request) != self.area
        ):
            return False
        if (self.date_from or self.date_to) and not self._in_dates(request):
            return False
        return not self.text or self._matches_text(model, request)

    def _in_dates(self, request: Request) -> bool:
        if not request.windows:
            return False
        day = to_local(request.windows[0].start).date()
        if self.date_from and day < self.date_from:
            return False
        return not (self.date_to and day > self.date_to)

    def _matches_text(self, model: object, request: Request) -> bool:
        needle = self.text.casefold()
        haystack = [
            request.id,
            request.case or "",
            request.reason,
            request.notes,
            request.agency_contact,
            request.nationality,
        ]
        if isinstance(model, RequestTableModel):
            haystack.append(model.catalog.agency_name(request.agency))
            haystack.append(model.catalog.language_name(request.language))
        return any(needle in part.casefold() for part in haystack)
