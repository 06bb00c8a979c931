"""Table model of a proposed plan: who, when, where, travel and the hours of each line, each tickable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mediation_desk.scheduling.model import RequestId
from mediation_desk.services.plan_outcome import PlanLine
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_REQUEST, COL_WHEN, COL_MEDIATOR, COL_AGENCY, COL_LANGUAGE, COL_TRAVEL, COL_HOURS = range(7)
Index = QModelIndex | QPersistentModelIndex


class PlanLineTableModel(DomainTableModel[PlanLine]):
    """Rows are the proposed bookings; the first column's check box keeps the line in the plan."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(None, parent)
        self.dropped: set[RequestId] = set()

    def headers(self) -> list[str]:
        return [
            translate("PlanLineTableModel", "Request"),
            translate("PlanLineTableModel", "When"),
            translate("PlanLineTableModel", "Mediator"),
            translate("PlanLineTableModel", "Agency"),
            translate("PlanLineTableModel", "Language"),
            translate("PlanLineTableModel", "Travel"),
            translate("PlanLineTableModel", "Hours (project)"),
        ]

    def display(self, row: PlanLine, column: int) -> str:
        if column == COL_REQUEST:
            return row.request.id
        if column == COL_WHEN:
            return i18n.fmt_range(row.planned.start, row.planned.end)
        if column == COL_MEDIATOR:
            return row.mediator_name
        if column == COL_AGENCY:
            return row.agency_name
        if column == COL_LANGUAGE:
            return self.catalog.language_name(row.request.language)
        if column == COL_TRAVEL:
            minutes = row.planned.travel_min
            return translate("PlanLineTableModel", "{n} min").format(n=minutes) if minutes else "—"
        if column == COL_HOURS:
            if not row.request.project:
                return "—"
            return f"{i18n.fmt_number(row.budget_min / 60, 2)} ({row.request.project})"
        return ""

    def sort_value(self, row: PlanLine, column: int) -> Any:
        if column == COL_WHEN:
            return row.planned.start.timestamp()
        return self.display(row, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.column() == COL_REQUEST:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_REQUEST:
            kept = self.row_at(index.row()).request.id not in self.dropped
            return Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_REQUEST:
            return False
        request = self.row_at(index.row()).request.id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.dropped.discard(request)
        else:
            self.dropped.add(request)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def kept(self) -> set[RequestId]:
        return {line.request.id for line in self.rows() if line.request.id not in self.dropped}
