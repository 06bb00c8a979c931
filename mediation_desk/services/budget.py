"""Budget report of every project: the figures of ``scheduling.budget`` from the stored service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from mediation_desk.scheduling.billing import settings_key
from mediation_desk.scheduling.budget import BudgetStatus, budgets
from mediation_desk.scheduling.model import ProjectCode
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database


def budget_report(db: Database, now: dt.datetime) -> list[BudgetStatus]:
    """Delivered, committed, remaining, level and forecast of every project, in the stored order."""
    with db.read() as s:
        projects = repository.list_projects(s)
        settings: dict[ProjectCode, Mapping[str, Any]] = {}
        for project in projects:
            value = repository.get_setting(s, settings_key(project.code))
            if isinstance(value, Mapping):
                settings[project.code] = value
        return budgets(projects, repository.list_requests(s), repository.list_bookings(s), now, settings)
