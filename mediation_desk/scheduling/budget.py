"""Hour budgets of funding projects: delivered, committed, remaining, warning level and run-out forecast.

Delivered minutes are the billable minutes of closed bookings and billed late
cancellations (``billing.billable_minutes``); committed minutes are what the
confirmed bookings will bill if delivered as booked (``billing.budget_minutes``:
the rounding step and the minimum charge applied). Both are what the funder is
billed, so the booking check, the planner and every view count the same way. The forecast spreads what
remains at the pace of the last ``RECENT_WEEKS`` weeks of delivered work.

Two equivalent ways in: ``project_budget`` from whole ``Booking`` objects, and
``budget_from_facts`` from ``BookingFacts`` counted by storage (a few distinct
durations and outcomes stand for a project's thousands of bookings).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from mediation_desk.scheduling.billing import (
    BillingRule,
    Charge,
    billable_minutes,
    budget_minutes,
    charge_for,
    round_charge,
    rule_for_project,
)
from mediation_desk.scheduling.model import (
    Booking,
    BookingStatus,
    Outcome,
    Project,
    ProjectCode,
    Request,
    RequestId,
)

WARN_FRACTION = 0.80
ALERT_FRACTION = 0.95
RECENT_WEEKS = 8


class BudgetLevel(enum.StrEnum):
    OK = "ok"
    WARN80 = "warn80"
    WARN95 = "warn95"
    EXHAUSTED = "exhausted"


@dataclass(frozen=True)
class BudgetStatus:
    project: Project
    budget_min: float
    delivered_min: float
    committed_min: float
    weekly_rate_min: float  # delivered minutes per week, over the recent weeks
    forecast_exhausted: dt.date | None  # None: no recent work to extrapolate from, or nothing left to plan
    overrides: int  # bookings made past the budget with a coordinator's reason

    @property
    def used_min(self) -> float:
        return self.delivered_min + self.committed_min

    @property
    def remaining_min(self) -> float:
        return self.budget_min - self.used_min

    @property
    def used_fraction(self) -> float:
        return self.used_min / self.budget_min if self.budget_min > 0 else 1.0

    @property
    def level(self) -> BudgetLevel:
        return level_of(self.used_fraction)

    @property
    def outlasts_project(self) -> bool:
        """True when, at the recent pace, the hours last beyond the project's end."""
        return self.forecast_exhausted is None or self.forecast_exhausted > self.project.end


def level_of(fraction: float) -> BudgetLevel:
    if fraction >= 1.0:
        return BudgetLevel.EXHAUSTED
    if fraction >= ALERT_FRACTION:
        return BudgetLevel.WARN95
    if fraction >= WARN_FRACTION:
        return BudgetLevel.WARN80
    return BudgetLevel.OK


def recent_since(now: dt.datetime) -> dt.datetime:
    """Start of the recent weeks whose delivered work sets the pace of the forecast."""
    return now - dt.timedelta(weeks=RECENT_WEEKS)


def project_budget(project: Project, bookings: Iterable[Booking], now: dt.datetime, rule: BillingRule) -> (
    BudgetStatus
):
    """The budget figures of one project from its bookings (any status)."""
    since = recent_since(now)
    delivered = committed = recent = 0.0
    overrides = 0
    for booking in bookings:
        overrides += bool(booking.budget_override) and booking.active
        if booking.status is BookingStatus.CONFIRMED:
            committed += budget_minutes(booking, rule)
            continue
        minutes = billable_minutes(booking, rule)
        delivered += minutes
        if since <= booking.start < now:
            recent += minutes
    return _status(project, delivered, committed, recent, overrides, now)


class BookingFacts(NamedTuple):
    """What the budget needs of one booking; bookings with equal facts are counted, not listed."""

    status: BookingStatus
    outcome: Outcome | None
    booked: dt.timedelta  # end - start, in real elapsed time
    worked: dt.timedelta  # actual end - actual start, each falling back on the booked instant
    recent: bool  # starts in [recent_since(now), now)
    override: bool  # booked past the budget with a coordinator's reason


def billed_minutes(facts: BookingFacts, rule: BillingRule) -> int:
    """``billing.billable_minutes`` of a booking with these facts (a test holds the two together)."""
    charge = charge_for(facts.status, facts.outcome, rule)
    if charge is Charge.NONE:
        return 0
    # delivered: the time it really took; late cancellation and no-show: the booked time
    return round_charge(_started_minutes(facts.worked if charge is Charge.DELIVERED else facts.booked), rule)


def _started_minutes(span: dt.timedelta) -> int:
    return max(0, math.ceil(span.total_seconds() / 60))  # as billing.elapsed_minutes


def budget_from_facts(
    project: Project, counts: Mapping[BookingFacts, int], now: dt.datetime, rule: BillingRule
) -> BudgetStatus:
    """The figures of ``project_budget`` from how many of the project's bookings share each set of facts."""
    delivered = committed = recent = 0.0
    overrides = 0
    for facts, count in counts.items():
        if facts.override and facts.status is not BookingStatus.CANCELLED:
            overrides += count
        if facts.status is BookingStatus.CONFIRMED:
            committed += count * round_charge(_started_minutes(facts.booked), rule)
            continue
        minutes = count * billed_minutes(facts, rule)
        delivered += minutes
        if facts.recent:
            recent += minutes
    return _status(project, delivered, committed, recent, overrides, now)


def _status(project: Project, delivered: float, committed: float, recent: float, overrides: int,
            now: dt.datetime) -> BudgetStatus:
    rate = recent / RECENT_WEEKS
    budget = project.hour_budget * 60.0
    remaining = budget - delivered - committed
    forecast = None
    if rate > 0:
        forecast = now.date() + dt.timedelta(weeks=max(0.0, remaining) / rate)
    return BudgetStatus(project, budget, delivered, committed, rate, forecast, overrides)


def budgets(
    projects: Iterable[Project], requests: Iterable[Request], bookings: Iterable[Booking], now: dt.datetime,
    settings: Mapping[ProjectCode, Mapping[str, object]] | None = None,
) -> list[BudgetStatus]:
    """Budget figures of every project, in the order given; ``settings`` holds billing rules per project."""
    project_of: dict[RequestId, ProjectCode | None] = {r.id: r.project for r in requests}
    by_project: dict[ProjectCode, list[Booking]] = defaultdict(list)
    for booking in bookings:
        code = project_of.get(booking.request)
        if code is not None:
            by_project[code].append(booking)
    out = []
    for project in projects:
        rule = rule_for_project(project, (settings or {}).get(project.code))
        out.append(project_budget(project, by_project.get(project.code, []), now, rule))
    return out
