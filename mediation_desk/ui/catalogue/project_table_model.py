"""Table model of funding projects with their hour budget and how much of it is used."""

from __future__ import annotations

from typing import Any

from mediation_desk.scheduling.model import Project, ProjectCode
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_CODE, COL_NAME, COL_FUNDER, COL_START, COL_END, COL_BUDGET, COL_USED = range(7)


class ProjectTableModel(DomainTableModel[Project]):
    """``used_hours`` (booked, non-cancelled) comes from the budget service alongside the rows."""

    def __init__(self, catalog: Any = None, parent: Any = None) -> None:
        super().__init__(catalog, parent)
        self.used_hours: dict[ProjectCode, float] = {}

    def set_projects(self, projects: list[Project], used_hours: dict[ProjectCode, float]) -> None:
        self.used_hours = used_hours
        self.set_rows(projects)

    def headers(self) -> list[str]:
        return [
            translate("ProjectTableModel", "Code"),
            translate("ProjectTableModel", "Name"),
            translate("ProjectTableModel", "Funder"),
            translate("ProjectTableModel", "Start"),
            translate("ProjectTableModel", "End"),
            translate("ProjectTableModel", "Hour budget"),
            translate("ProjectTableModel", "Hours used"),
        ]

    def display(self, row: Project, column: int) -> str:
        if column == COL_CODE:
            return row.code
        if column == COL_NAME:
            return row.name
        if column == COL_FUNDER:
            return row.funder
        if column == COL_START:
            return i18n.fmt_date(row.start)
        if column == COL_END:
            return i18n.fmt_date(row.end)
        if column == COL_BUDGET:
            return i18n.fmt_number(row.hour_budget)
        if column == COL_USED:
            used = self.used_hours.get(row.code)
            return "" if used is None else i18n.fmt_number(used)
        return ""

    def sort_value(self, row: Project, column: int) -> Any:
        if column == COL_START:
            return row.start.toordinal()
        if column == COL_END:
            return row.end.toordinal()
        if column == COL_BUDGET:
            return row.hour_budget
        if column == COL_USED:
            return self.used_hours.get(row.code, 0.0)
        return self.display(row, column)
