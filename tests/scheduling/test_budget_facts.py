"""Budget figures from counted booking facts: as the billing rule and the figures of whole bookings say."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter

import pytest

from mediation_desk.scheduling.billing import BillingRule, billable_minutes
from mediation_desk.scheduling.budget import (
    BookingFacts,
    billed_minutes,
    budget_from_facts,
    project_budget,
    recent_since,
)
from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, Outcome
from tests.scheduling.tiny_service import NOW, at, booking, request, service

RULES = [
    BillingRule(),
    BillingRule(round_step_min=30, min_charge_min=0, late_cancellation_bills=False, no_show_bills=False),
    BillingRule(round_step_min=1, min_charge_min=45),
]
# booked start, booked minutes, actual start and end shifts (None: not recorded)
SPANS = [
    (at("2026-11-16", "09:00"), 60, None, None),
    (at("2026-11-16", "09:00"), 90, dt.timedelta(minutes=7, seconds=13), dt.timedelta(microseconds=5)),
    (at("2026-11-16", "09:00"), 60, dt.timedelta(minutes=90), None),  # closed with an end before its start
    (at("2026-03-29", "01:30"), 90, None, dt.timedelta(minutes=10)),  # across the spring DST change
    (at("2026-10-25", "02:30"), 60, dt.timedelta(0), dt.timedelta(minutes=-20)),  # on the autumn change
]


def facts_of(b: Booking, now: dt.datetime) -> BookingFacts:
    """What storage would count for ``b``: spans in real elapsed time, recent by its booked start."""
    start, end = b.start.astimezone(dt.UTC), b.end.astimezone(dt.UTC)
    worked_start = (b.actual_start or b.start).astimezone(dt.UTC)
    worked_end = (b.actual_end or b.end).astimezone(dt.UTC)
    recent = recent_since(now) <= b.start < now
    override = bool(b.budget_override)
    return BookingFacts(b.status, b.outcome, end - start, worked_end - worked_start, recent, override)


def every_kind_of_booking() -> list[Booking]:
    out = []
    kinds = itertools.product(BookingStatus, [None, *Outcome], SPANS)
    for n, (status, outcome, (start, minutes, shift_start, shift_end)) in enumerate(kinds):
        b = booking(f"B{n}", "R1", "M1", start, minutes, status=status, outcome=outcome)
        if shift_start is not None:
            b.actual_start = start + shift_start
        if shift_end is not None:
            b.actual_end = b.end + shift_end
        out.append(b)
    return out


@pytest.mark.parametrize("rule", RULES)
def test_billed_minutes_of_facts_follow_the_billing_rule_for_every_kind_of_booking(rule: BillingRule) -> None:
    for b in every_kind_of_booking():
        assert billed_minutes(facts_of(b, NOW), rule) == billable_minutes(b, rule), b


@pytest.mark.parametrize("rule", RULES)
def test_counted_facts_give_the_figures_of_the_whole_bookings(rule: BillingRule) -> None:
    bookings = every_kind_of_booking()
    bookings += [dataclasses.replace(b, id=BookingId(f"{b.id}-again")) for b in bookings[::3]]
    bookings += [dataclasses.replace(b, id=BookingId(f"{b.id}-x"), budget_override="ok")
                 for b in bookings[1::4]]
    bookings += [booking("W", "R1", "M1", NOW - dt.timedelta(days=3), 75, status=BookingStatus.DONE)]
    project = service(requests=[request("R1")], budget_hours=40.0).projects[0]
    counts = Counter(facts_of(b, NOW) for b in bookings)
    assert len(counts) < len(bookings)  # equal facts were counted together
    assert budget_from_facts(project, counts, NOW, rule) == project_budget(project, bookings, NOW, rule)


def test_no_facts_give_an_unused_budget_without_forecast() -> None:
    project = service(budget_hours=10.0).projects[0]
    status = budget_from_facts(project, {}, NOW, BillingRule())
    assert (status.delivered_min, status.committed_min, status.remaining_min) == (0, 0, 600)
    assert status.forecast_exhausted is None and status.overrides == 0
