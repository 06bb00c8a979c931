"""Table model of mediators: languages, areas, weekly cap, active flag."""

from __future__ import annotations

from typing import Any

from mediation_desk.scheduling.model import Mediator
from mediation_desk.texts import labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_ID, COL_NAME, COL_LANGUAGES, COL_AREAS, COL_GENDER, COL_CAP, COL_ACTIVE = range(7)


class MediatorTableModel(DomainTableModel[Mediator]):
    def headers(self) -> list[str]:
        return [
            translate("MediatorTableModel", "Code"),
            translate("MediatorTableModel", "Name"),
            translate("MediatorTableModel", "Languages"),
            translate("MediatorTableModel", "Areas"),
            translate("MediatorTableModel", "Gender"),
            translate("MediatorTableModel", "Hours per week"),
            translate("MediatorTableModel", "Active"),
        ]

    def display(self, row: Mediator, column: int) -> str:
        if column == COL_ID:
            return row.id
        if column == COL_NAME:
            return row.name
        if column == COL_LANGUAGES:
            return ", ".join(
                f"{self.catalog.language_name(s.code)} ({labels.language_level(s.level)})"
                for s in row.languages
            )
        if column == COL_AREAS:
            return ", ".join(row.areas)
        if column == COL_GENDER:
            return labels.gender(row.gender)
        if column == COL_CAP:
            return labels.minutes(row.max_minutes_per_week)
        if column == COL_ACTIVE:
            return (
                translate("MediatorTableModel", "Yes")
                if row.active
                else translate("MediatorTableModel", "No")
            )
        return ""

    def sort_value(self, row: Mediator, column: int) -> Any:
        if column == COL_CAP:
            return row.max_minutes_per_week
        return self.display(row, column)
