"""Table model of the ranked candidates of one request: who, first free time, why ranked there."""

from __future__ import annotations

from typing import Any

from mediation_desk.scheduling.candidates import Candidate
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.texts.labels import score_reason
from mediation_desk.ui.common.table_model import DomainTableModel

COL_RANK, COL_NAME, COL_FIRST, COL_WHY, COL_FREE, COL_SCORE = range(6)


class CandidateTableModel(DomainTableModel[Candidate]):
    def headers(self) -> list[str]:
        return [
            translate("CandidateTableModel", "#"),
            translate("CandidateTableModel", "Mediator"),
            translate("CandidateTableModel", "First free time"),
            translate("CandidateTableModel", "Why"),
            translate("CandidateTableModel", "Free starts"),
            translate("CandidateTableModel", "Score"),
        ]

    def display(self, row: Candidate, column: int) -> str:
        if column == COL_RANK:
            return str(self._rows.index(row) + 1)
        if column == COL_NAME:
            return row.mediator.name
        if column == COL_FIRST:
            if not row.starts:
                return ""
            first = row.starts[0]
            return f"{i18n.fmt_weekday_date(i18n.to_local(first).date())} {i18n.fmt_time(first)}"
        if column == COL_FREE:
            return str(len(row.starts))
        if column == COL_SCORE:
            return i18n.fmt_number(row.score)
        if column == COL_WHY:
            return "; ".join(score_reason(item) for item in row.items)
        return ""

    def sort_value(self, row: Candidate, column: int) -> Any:
        if column == COL_SCORE:
            return row.score
        return self.display(row, column)
