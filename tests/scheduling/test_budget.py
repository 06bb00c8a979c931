"""Hour budgets: delivered (billable), committed, remaining, warning levels and the run-out forecast."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.scheduling.budget import BudgetLevel, budgets, level_of, project_budget
from mediation_desk.scheduling.model import BookingStatus, Outcome, RequestStatus
from tests.scheduling.tiny_service import NOW, at, booking, request, service


@pytest.mark.parametrize(("fraction", "level"), [
    (0.0, BudgetLevel.OK), (0.7999, BudgetLevel.OK), (0.80, BudgetLevel.WARN80),
    (0.95, BudgetLevel.WARN95), (0.9999, BudgetLevel.WARN95), (1.0, BudgetLevel.EXHAUSTED),
])
def test_warning_levels_at_80_and_95_percent(fraction: float, level: BudgetLevel) -> None:
    assert level_of(fraction) is level


def test_delivered_counts_billable_minutes_and_committed_the_confirmed_ones() -> None:
    done = booking("B1", "R1", "M1", at("2026-11-16", "09:00"), 60, status=BookingStatus.DONE,
                   outcome=Outcome.DELIVERED, actual_start=at("2026-11-16", "09:00"),
                   actual_end=at("2026-11-16", "10:10"))
    late = booking("B2", "R2", "M1", at("2026-11-17", "09:00"), 90, status=BookingStatus.CANCELLED,
                   outcome=Outcome.LATE_CANCELLATION)
    in_time = booking("B3", "R3", "M1", at("2026-11-18", "09:00"), 90, status=BookingStatus.CANCELLED,
                      outcome=Outcome.CANCELLED)
    future = booking("B4", "R4", "M1", at("2026-12-07", "09:00"), 120, budget_override="agreed with ATS")
    data = service(requests=[request(f"R{i}", status=RequestStatus.BOOKED) for i in range(1, 5)],
                   bookings=[done, late, in_time, future], budget_hours=10.0)
    (status,) = budgets(data.projects, data.requests, data.bookings, NOW)
    rule = BillingRule()
    assert status.delivered_min == -(-70 // rule.round_step_min) * rule.round_step_min + 90
    assert status.committed_min == 120
    assert status.remaining_min == 600 - status.delivered_min - 120
    assert status.overrides == 1
    assert status.level is BudgetLevel.OK


def test_forecast_spreads_the_remaining_hours_at_the_recent_pace() -> None:
    # 8 hours a week delivered over the last 8 weeks, 64 h used of 100: 36 h left = 4.5 weeks
    weekly = [booking(f"B{w}", f"R{w}", "M1", NOW - dt.timedelta(weeks=w + 1), 480, status=BookingStatus.DONE,
                      outcome=Outcome.DELIVERED) for w in range(8)]
    data = service(requests=[request(f"R{w}", status=RequestStatus.BOOKED) for w in range(8)],
                   bookings=weekly, budget_hours=100.0)
    status = project_budget(data.projects[0], weekly, NOW, BillingRule())
    assert status.weekly_rate_min == 480
    assert status.forecast_exhausted == NOW.date() + dt.timedelta(weeks=4.5)
    assert not status.outlasts_project


def test_no_recent_work_gives_no_forecast_and_an_exhausted_budget_says_so() -> None:
    data = service(requests=[request("R1", status=RequestStatus.BOOKED)],
                   bookings=[booking("B1", "R1", "M1", at("2026-12-07", "09:00"), 120)], budget_hours=2.0)
    status = project_budget(data.projects[0], data.bookings, NOW, BillingRule())
    assert status.forecast_exhausted is None and status.outlasts_project
    assert status.level is BudgetLevel.EXHAUSTED and status.remaining_min == 0
