"""What the hour report is written from: the period's billing lines, names for the codes, budgets, rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from mediation_desk.io.xlsx_missing_sheets import MissingSheetLine
from mediation_desk.io.xlsx_monitoring import MonitoringTables
from mediation_desk.scheduling.billing import BillingLine, BillingRule


@dataclass(frozen=True)
class BudgetLine:
    """Budget status of one project as the app computes it (minutes, to stay exact)."""

    code: str
    name: str
    funder: str
    budget_min: int
    delivered_min: int
    committed_min: int
    forecast: dt.date | None  # when the hours run out at the recent rate; None: not in sight


@dataclass(frozen=True)
class ReportInput:
    service_name: str
    start: dt.date
    end: dt.date  # inclusive
    tz: dt.tzinfo
    lines: Sequence[BillingLine]  # bookings starting in [start, end], all statuses
    project_names: Mapping[str, str]
    area_names: Mapping[str, str]
    language_names: Mapping[str, str]
    budgets: Sequence[BudgetLine]
    project: str | None = None  # the report is restricted to this project
    rules: Mapping[str, BillingRule] = field(default_factory=dict)  # project code -> its billing rule
    missing_sheets: Sequence[MissingSheetLine] = ()  # closed interventions without a signed sheet
    monitoring: MonitoringTables | None = None  # people reached (FAMI), small counts protected

    @property
    def scope(self) -> str:
        """``Servizio …: dal 01/10/2026 al 30/11/2026 — progetto P1``: the line under each sheet's title."""
        text = f"{self.service_name}: dal {self.start:%d/%m/%Y} al {self.end:%d/%m/%Y}"
        if self.project:
            text += f" — progetto {self.project_label(self.project)}"
        return text

    def project_label(self, code: str) -> str:
        """``P1 – Lab'Impact``; the code alone when the project has no name here."""
        name = self.project_names.get(code)
        return f"{code} – {name}" if name else code
