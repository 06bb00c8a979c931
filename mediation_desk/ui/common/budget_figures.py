"""Budget figures for the dashboard and the projects view, from the budget and finance services."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from mediation_desk.scheduling.billing import budget_minutes
from mediation_desk.scheduling.budget import BudgetLevel, BudgetStatus
from mediation_desk.scheduling.model import AgencyKind, ProjectCode
from mediation_desk.services import budget
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.charts import BurnDownData
from mediation_desk.ui.common.name_lookup import Catalog


@dataclass(frozen=True)
class BudgetAlert:
    project: str
    text: str
    severe: bool


@dataclass
class ProjectFigures:
    summary: str
    burn_down: BurnDownData
    by_language: list[tuple[str, float]] = field(default_factory=list)
    by_kind: list[tuple[str, float]] = field(default_factory=list)


def alerts_of(report: list[BudgetStatus]) -> list[BudgetAlert]:
    """One line per project at 80 % or more of its hours, or forecast to run out before its end."""
    out = []
    for status in report:
        percent = i18n.fmt_number(status.used_fraction * 100, 0)
        code = status.project.code
        if status.level is BudgetLevel.EXHAUSTED:
            text = translate("BudgetInfo", "{project}: hour budget used up ({percent}%)")
        elif status.level in (BudgetLevel.WARN95, BudgetLevel.WARN80):
            text = translate("BudgetInfo", "{project}: {percent}% of the hours used")
        elif not status.outlasts_project and status.forecast_exhausted is not None:
            text = translate("BudgetInfo", "{project}: hours forecast to run out on {date}, before the end")
        else:
            continue
        severe = status.level in (BudgetLevel.EXHAUSTED, BudgetLevel.WARN95)
        date = i18n.fmt_date(status.forecast_exhausted) if status.forecast_exhausted else ""
        out.append(BudgetAlert(code, text.format(project=code, percent=percent, date=date), severe))
    return out


def shown_hours(status: BudgetStatus) -> dict[str, str]:
    """Budget, delivered, booked and left in hours, rounded once so that what is shown adds up.

    Delivered and booked are rounded to a tenth of an hour; the budget is
    whole tenths already; what is left is the budget minus the two shown.
    """
    figures = (("budget", status.budget_min), ("delivered", status.delivered_min),
               ("committed", status.committed_min))
    tenths = {name: round(minutes / 6) for name, minutes in figures}
    tenths["left"] = tenths["budget"] - tenths["delivered"] - tenths["committed"]
    return {name: i18n.fmt_number(value / 10) for name, value in tenths.items()}


def report(context: AppContext) -> list[BudgetStatus]:
    """The budget figures of every project, as ``mediation-desk budget`` prints them."""
    return budget.budget_report(context.db, context.now())


def used_hours(statuses: list[BudgetStatus]) -> dict[ProjectCode, float]:
    return {s.project.code: s.used_min / 60.0 for s in statuses}


def project_figures(context: AppContext, code: str, catalog: Catalog) -> ProjectFigures | None:
    """Summary, burn-down and breakdowns of one project: delivered (billed) hours plus booked ones."""
    from mediation_desk.services import finance  # loads openpyxl: only when a project is shown

    overview = finance.project_overview(context.db, ProjectCode(code), context.now())
    if overview is None:
        return None
    project, status, lines = overview.project, overview.status, overview.lines
    by_day: dict[dt.date, float] = defaultdict(float)
    by_language: dict[str, float] = defaultdict(float)
    by_kind: dict[str, float] = defaultdict(float)
    for line in lines:
        booking = line.booking
        minutes = budget_minutes(booking, overview.rule)  # as the budget counts it: what will be billed
        if minutes <= 0:
            continue
        by_day[i18n.to_local(booking.start).date()] += minutes / 60.0
        by_language[catalog.language_name(line.language)] += minutes / 60.0
        by_kind[labels.agency_kind(AgencyKind(line.agency_kind))] += minutes / 60.0
    cumulative, used = [], 0.0
    for day in sorted(by_day):
        used += by_day[day]
        cumulative.append((day, used))
    burn = BurnDownData(
        project.hour_budget,
        project.start,
        project.end,
        cumulative,
        i18n.to_local(context.now()).date(),
        status.forecast_exhausted,
    )
    summary = translate(
        "BudgetInfo", "Budget {budget} h · delivered {delivered} h · booked {committed} h · left {left} h"
    ).format(**shown_hours(status))
    return ProjectFigures(summary, burn, sorted(by_language.items()), sorted(by_kind.items()))
