"""The lean candidates service (part of the bookings, kept entities) answers exactly as the whole service."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from mediation_desk.scheduling.candidates import CandidateList, find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    AgencyId,
    BookingStatus,
    Outcome,
    RequestId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.services.candidates import CandidateFinder, candidates_for
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scenarios import DST, MONTH_END, demo_service

NOW = dt.datetime(2026, 10, 1, 8, 0, tzinfo=dt.UTC)


def detail(result: CandidateList) -> tuple[Any, ...]:
    """Everything a coordinator sees: ranks, scores with their reasons, starts, exclusions with parameters."""
    return (
        [(c.mediator.id, [(i.name, i.points, dict(i.params)) for i in c.items], c.starts)
         for c in result.candidates],
        [(e.mediator.id, [v.as_json() for v in e.violations], e.override_starts) for e in result.excluded],
        [v.as_json() for v in result.blocking],
        result.replacing,
    )


def with_late_cancellations(data: ServiceData, every: int) -> ServiceData:
    """Every ``every``-th booking cancelled late: still billed, so still in its project's budget."""
    bookings = [replace(b, status=BookingStatus.CANCELLED, outcome=Outcome.LATE_CANCELLATION)
                if i % every == 0 else b for i, b in enumerate(data.bookings)]
    return replace(data, bookings=bookings)


def tight_budgets(data: ServiceData) -> ServiceData:
    """Budgets just above what is billed, so the budget rule (and its SQL sum) decides some exclusions."""
    whole = SchedulingContext(data, NOW, billing={})
    projects = [replace(p, hour_budget=round(whole.project_minutes(p.code) / 60 + 1.5, 2))
                for p in data.projects]
    return replace(data, projects=projects)


def tight_weekly_limits(data: ServiceData) -> ServiceData:
    """Weekly limits of two hours, so rule 7 (weeks read whole) decides some exclusions."""
    return replace(data, mediators=[replace(m, max_minutes_per_week=120) for m in data.mediators])


def compare(db: Database, data: ServiceData, count: int) -> int:
    """Store ``data``, then check pending and booked requests; returns how many had candidates."""
    with db.write() as s:
        repository.replace_service(s, data)
    # the service counts budgets as billed (default rules: no project has settings), so the whole does too
    whole = SchedulingContext(data, NOW, billing={})
    finder = CandidateFinder(db)
    pending = [r for r in data.requests if r.status == RequestStatus.PENDING][:count]
    booked = [r for r in data.requests if r.status == RequestStatus.BOOKED and r.case][:count // 3]
    found = 0
    for request in pending + booked:
        expected = detail(find_candidates(whole, whole.requests[request.id]))
        assert detail(candidates_for(db, request.id, NOW)) == expected, request.id
        assert detail(finder.find(request.id, NOW)) == expected, request.id
        found += bool(expected[0])
    return found


def test_across_the_end_of_summer_time_with_late_cancellations(db: Database) -> None:
    data = with_late_cancellations(demo_service(DST, variant=2), 4)
    assert compare(db, data, 24) > 10


def test_with_budgets_nearly_spent(sqlite_db: Database) -> None:
    data = tight_budgets(with_late_cancellations(demo_service(variant=5), 3))
    assert compare(sqlite_db, data, 30) > 5


def test_over_several_weeks_in_a_month_change(sqlite_db: Database) -> None:
    data = tight_weekly_limits(
        demo_service(MONTH_END))
    assert compare(sqlite_db, data, 30) > 10


def test_project_booked_seconds_count_active_bookings_and_late_cancellations(
    db: Database,
) -> None:
    data = with_late_cancellations(demo_service(variant=2), 3)
    with db.write() as s:
        repository.replace_service(s, data)
    whole = SchedulingContext(data, NOW)
    with db.read() as s:
        for project in data.projects:
            expected = whole.project_seconds.get(project.code, 0.0)
            assert repository.project_booked_seconds(s, project.code) == expected
        assert repository.project_booked_seconds(s, "NO-SUCH-PROJECT") == 0.0


@pytest.fixture
def stored(sqlite_db: Database) -> tuple[Database, ServiceData]:
    data = demo_service(variant=3)
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    return sqlite_db, data


def first_with_candidates(db: Database, data: ServiceData) -> CandidateList:
    for request in data.requests:
        if request.status == RequestStatus.PENDING:
            result = candidates_for(db, request.id, NOW)
            if result.candidates:
                return result
    raise AssertionError("no pending request has a candidate")


def deactivate(db: Database, mediator_id: str) -> None:
    with db.write() as s:
        mediator = repository.get_mediator(s, mediator_id)
        assert mediator is not None
        repository.save_mediator(s, replace(mediator, active=False))


def test_finder_reads_mediators_again_after_invalidate(stored: tuple[Database, ServiceData]) -> None:
    db, data = stored
    finder = CandidateFinder(db, max_age=3600)
    before = first_with_candidates(db, data)
    best = before.candidates[0].mediator.id
    assert finder.find(before.request.id, NOW).candidates[0].mediator.id == best
    deactivate(db, best)
    finder.invalidate()
    after = finder.find(before.request.id, NOW)
    assert best not in {c.mediator.id for c in after.candidates}
    assert detail(after) == detail(candidates_for(db, before.request.id, NOW))


def test_finder_reads_mediators_again_when_they_are_too_old(stored: tuple[Database, ServiceData]) -> None:
    db, data = stored
    finder = CandidateFinder(db, max_age=0.0)
    before = first_with_candidates(db, data)
    finder.find(before.request.id, NOW)
    deactivate(db, before.candidates[0].mediator.id)
    assert detail(finder.find(before.request.id, NOW)) == detail(candidates_for(db, before.request.id, NOW))


def test_finder_knows_an_agency_created_after_it_read_the_entities(
    stored: tuple[Database, ServiceData]
) -> None:
    db, data = stored
    finder = CandidateFinder(db, max_age=3600)
    template = first_with_candidates(db, data).request
    finder.find(template.id, NOW)
    with db.write() as s:
        agency = repository.get_agency(s, template.agency)
        assert agency is not None
        repository.save_agency(s, replace(agency, id=AgencyId("A-NEW"), name="Nuovo consultorio"))
        repository.save_request(s, replace(template, id=RequestId("R-NEW"), agency=AgencyId("A-NEW")))
    found = finder.find("R-NEW", NOW)
    assert found.candidates
    assert detail(found) == detail(candidates_for(db, "R-NEW", NOW))
