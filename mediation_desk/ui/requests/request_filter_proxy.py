"""Sort/filter proxy of the requests table: status, urgency, language, area, agency, dates, free text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mediation_desk.scheduling.funding import request_state
from mediation_desk.scheduling.model import Request
from mediation_desk.texts.i18n import to_local
from mediation_desk.ui.common.table_model import SORT_ROLE
from mediation_desk.ui.requests.request_table_model import RequestTableModel


class RequestFilterProxy(QSortFilterProxyModel):
    """Filters on the domain values of each row, so it does not depend on translated text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self.status: str = ""
        self.priority: str = ""
        self.language: str = ""
        self.area: str = ""
        self.agency: str = ""
        self.date_from: dt.date | None = None
        self.date_to: dt.date | None = None
        self.text: str = ""
        self._haystacks: dict[str, str] = {}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (in Python, at once); this proxy keeps its order and filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_filters(self, **values: object) -> None:
        """Set any of status, priority, language, area, agency, date_from, date_to, text ("" or None: any)."""
        for key, value in values.items():
            if not hasattr(self, key) or key.startswith("_"):
                raise KeyError(key)
            setattr(self, key, value)
        self.beginFilterChange()
        self.endFilterChange()

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(model)
        model.modelReset.connect(self._haystacks.clear)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RequestTableModel):
            return True
        request = model.row_at(source_row)  # straight from the list: no trip through data()
        if self.status and request_state(request) != self.status:
            return False
        if self.priority and request.priority.value != self.priority:
            return False
        if self.language and request.language.lower() != self.language.lower():
            return False
        if self.agency and request.agency != self.agency:
            return False
        if self.area and model.catalog.area_of_request(request) != self.area:
            return False
        if (self.date_from or self.date_to) and not self._in_dates(request):
            return False
        return not self.text or self.text.casefold() in self._haystack(model, request)

    def _in_dates(self, request: Request) -> bool:
        if not request.windows:
            return False
        day = to_local(request.windows[0].start).date()
        if self.date_from and day < self.date_from:
            return False
        return not (self.date_to and day > self.date_to)

    def _haystack(self, model: RequestTableModel, request: Request) -> str:
        """Everything the free text may match, folded once per row and kept until the rows change."""
        text = self._haystacks.get(request.id)
        if text is None:
            parts = [
                request.id,
                request.case or "",
                request.reason,
                request.notes,
                request.agency_contact,
                request.nationality,
                model.catalog.agency_name(request.agency),
                model.catalog.language_name(request.language),
            ]
            text = self._haystacks[request.id] = "\n".join(parts).casefold()
        return text
