"""Budget figures for the dashboard and the projects view, from the budget service."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_desk.ui.context import AppContext


@dataclass(frozen=True)
class BudgetAlert:
    project: str
    text: str
    severe: bool


def alerts(context: AppContext) -> list[BudgetAlert]:
    return []
