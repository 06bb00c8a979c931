"""Budget report of every project: the figures of ``scheduling.budget`` from narrow reads of the bookings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from mediation_desk.scheduling.billing import BillingRule, rule_for_project, settings_key
from mediation_desk.scheduling.budget import BudgetStatus, budget_from_facts, recent_since
from mediation_desk.scheduling.model import Project, ProjectCode
from mediation_desk.storage import budget_queries, repository
from mediation_desk.storage.db import Database


def budget_report(db: Database, now: dt.datetime) -> list[BudgetStatus]:
    """Delivered, committed, remaining, level and forecast of every project, in the stored order."""
    with db.read() as s:
        projects = repository.list_projects(s)
        rules = billing_rules(s, projects)
        facts = budget_queries.booking_facts(s, recent_since(now), now)
        return [budget_from_facts(p, facts.get(p.code, {}), now, rules[p.code]) for p in projects]


def project_status(s: Session, project: Project, now: dt.datetime, rule: BillingRule) -> BudgetStatus:
    """The budget figures of one project, in a caller's read session, under its billing ``rule``."""
    facts = budget_queries.booking_facts(s, recent_since(now), now, project.code)
    return budget_from_facts(project, facts.get(project.code, {}), now, rule)


def used_seconds(s: Session, project: Project, now: dt.datetime, rule: BillingRule) -> float:
    """Seconds of the project's budget in use (delivered + committed), counted in SQL over every booking."""
    return project_status(s, project, now, rule).used_min * 60.0


def billing_rules(s: Session, projects: Sequence[Project]) -> dict[ProjectCode, BillingRule]:
    """Each project's billing rule: defaults, its own fields, then its setting when that is a mapping."""
    rules = {}
    for project in projects:
        value = repository.get_setting(s, settings_key(project.code))
        rules[project.code] = rule_for_project(project, value if isinstance(value, Mapping) else None)
    return rules
