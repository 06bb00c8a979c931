"""The budget service reads narrow columns, yet its figures are those of the bookings read whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.io.scenario import decode_scenario
from mediation_desk.scheduling.billing import BillingRule, settings_key
from mediation_desk.scheduling.budget import BudgetStatus, budgets
from mediation_desk.scheduling.model import (
    Booking,
    BookingStatus,
    Outcome,
    Project,
    ProjectCode,
    ServiceData,
)
from mediation_desk.services.budget import billing_rules, budget_report, project_status
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scenarios import DECEMBER, DST

OVERRIDE = "agreed with the agency"


def every_kind(b: Booking, n: int) -> Booking:
    """The scenario's done bookings turned, in turn, into every case the budget tells apart."""
    if b.status is BookingStatus.CONFIRMED:
        return dataclasses.replace(b, budget_override=OVERRIDE) if n % 2 else b
    minute = dt.timedelta(minutes=1)
    variants: list[dict[str, Any]] = [
        {"status": BookingStatus.CANCELLED, "outcome": Outcome.LATE_CANCELLATION,
         "cancelled_at": b.start - minute},
        {"status": BookingStatus.DONE, "outcome": Outcome.NO_SHOW},
        {"status": BookingStatus.CANCELLED, "outcome": Outcome.CANCELLED, "budget_override": OVERRIDE},
        {"status": BookingStatus.DONE, "outcome": Outcome.DELIVERED, "actual_start": b.start + 7 * minute,
         "actual_end": b.end + dt.timedelta(seconds=2, microseconds=250)},
        {"status": BookingStatus.DONE, "outcome": Outcome.DELIVERED, "actual_end": b.end - 31 * minute},
        # a thousandth of a second would round the start up to the next second (SQLite's julianday does)
        {"status": BookingStatus.DONE, "actual_start": b.start + dt.timedelta(microseconds=999_800),
         "actual_end": b.end},
        {"budget_override": OVERRIDE},
        {},
    ]
    return dataclasses.replace(b, **variants[n % len(variants)])


def enriched(scenario: Path) -> tuple[ServiceData, dt.datetime]:
    """The generated scenario with every outcome, a request of no project, a project of no booking."""
    data = decode_scenario(scenario.read_bytes())
    data.bookings = [every_kind(b, n) for n, b in enumerate(data.bookings)]
    booked = {b.request for b in data.bookings}
    data.requests = [dataclasses.replace(r, project=None) if r.id == data.bookings[-1].request else r
                     for r in data.requests]
    assert any(r.project is None and r.id in booked for r in data.requests)
    first = data.projects[0]
    data.projects.append(dataclasses.replace(first, code=ProjectCode("EMPTY"), name="No bookings yet"))
    future = [b.start for b in data.bookings if b.status is BookingStatus.CONFIRMED]
    return data, min(future) - dt.timedelta(days=1)


def full_computation(db: Database, now: dt.datetime) -> list[BudgetStatus]:
    """The figures as the service computed them before: every request and booking read as domain objects."""
    with db.read() as s:
        projects = repository.list_projects(s)
        settings: dict[ProjectCode, Mapping[str, Any]] = {}
        for project in projects:
            value = repository.get_setting(s, settings_key(project.code))
            if isinstance(value, Mapping):
                settings[project.code] = value
        return budgets(projects, repository.list_requests(s), repository.list_bookings(s), now, settings)


@pytest.mark.parametrize("dst", [False, True])
def test_report_gives_the_figures_of_the_whole_bookings_on_a_generated_scenario(
    db: Database, demo_scenario: Callable[..., Path], dst: bool
) -> None:
    data, now = enriched(demo_scenario(DST if dst else DECEMBER))
    with db.write() as s:
        repository.replace_service(s, data)
        cheap = BillingRule(round_step_min=30, min_charge_min=0, late_cancellation_bills=False,
                            no_show_bills=False)
        repository.set_setting(s, settings_key(data.projects[1].code), cheap.to_setting())
        repository.set_setting(s, settings_key(data.projects[2].code), "not a rule")  # ignored, as before
    report = budget_report(db, now)
    assert report == full_computation(db, now)
    assert [status.project.code for status in report] == [p.code for p in data.projects]
    assert all(status.delivered_min > 0 and status.committed_min > 0 for status in report[:3])
    assert all(status.weekly_rate_min > 0 and status.forecast_exhausted for status in report[:3])
    assert sum(status.overrides for status in report) > 0
    assert report[-1].used_min == 0 and report[-1].forecast_exhausted is None


def test_one_project_alone_has_its_figures_of_the_report(
    db: Database, demo_scenario: Callable[..., Path]
) -> None:
    data, now = enriched(demo_scenario())
    with db.write() as s:
        repository.replace_service(s, data)
    report = budget_report(db, now)
    with db.read() as s:
        projects: list[Project] = repository.list_projects(s)
        rules = billing_rules(s, projects)
        alone = [project_status(s, project, now, rules[project.code]) for project in projects]
    assert alone == report


def test_no_projects_give_an_empty_report(db: Database) -> None:
    assert budget_report(db, dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)) == []
