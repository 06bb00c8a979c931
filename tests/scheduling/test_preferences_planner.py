"""The planner (CP-SAT and the constructive greedy) on a generated service: it never sends a mediator the
agency asks not to send, keeps the hard level and skill, and sends the preferred mediator."""

from __future__ import annotations

import dataclasses

from mediation_desk.scheduling.candidates import find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    CasePreferences,
    LanguageLevel,
    MediatorId,
    Request,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.planner import PlannedBooking, plan_report
from mediation_desk.scheduling.planner_greedy import greedy_plan
from mediation_desk.scheduling.planner_options import build_input
from mediation_desk.scheduling.preferences import LEVEL_RANK
from mediation_desk.scheduling.rules import check_booking
from mediation_desk.scheduling.unbooked import UnbookedReason, why_unbooked
from tests.scenarios import DECEMBER, demo_service

NOW = DECEMBER
LIMIT = 10.0  # seconds: the demo's pending requests are proven well within it on an idle machine


def pending(data: ServiceData) -> list[Request]:
    return [r for r in data.requests if r.status is RequestStatus.PENDING]


def planned(data: ServiceData) -> list[PlannedBooking]:
    ctx = SchedulingContext(data, NOW)
    report = plan_report(ctx, pending(data), time_limit=LIMIT)
    assert report.dropped == 0
    for b in report.bookings:  # every booking keeps every rule, the agency's word included
        assert not check_booking(ctx, ctx.requests[b.request], ctx.mediators[b.mediator], b.start, b.end)
    return report.bookings


def test_the_plan_never_sends_whom_the_agency_refuses_and_keeps_hard_requirements() -> None:
    data = demo_service()
    first = planned(data)
    requests = {r.id: r for r in data.requests}
    agencies = {a.id: a for a in data.agencies}
    # every agency refuses the mediators the first plan sent it; one request wants a native speaker,
    # another the legal skill
    for booking in first:
        agency = agencies[requests[booking.request].agency]
        if booking.mediator not in agency.avoided_mediators:
            agency.avoided_mediators.append(booking.mediator)
    native, legal = pending(data)[0], pending(data)[1]
    native.min_level, native.level_required = LanguageLevel.NATIVE, True
    legal.skill, legal.skill_required = "legal", True
    second = planned(data)
    assert second  # someone else could still go somewhere
    mediators = {m.id: m for m in data.mediators}
    for booking in second:
        agency = agencies[requests[booking.request].agency]
        assert booking.mediator not in agency.avoided_mediators
        if booking.request == native.id:
            level = mediators[booking.mediator].level_of(native.language)
            assert level is LanguageLevel.NATIVE and LEVEL_RANK[level] == 2
        if booking.request == legal.id:
            assert "legal" in mediators[booking.mediator].skills


def _idle_candidate(data: ServiceData, bookings: list[PlannedBooking]) -> tuple[Request, MediatorId]:
    """A planned request and another of its candidates whom the plan gave nothing at all."""
    ctx = SchedulingContext(data, NOW)
    busy = {b.mediator for b in bookings}
    for booking in bookings:
        found = find_candidates(ctx, ctx.requests[booking.request])
        idle = [c.mediator.id for c in found.candidates if c.mediator.id not in busy]
        if idle:
            return ctx.requests[booking.request], idle[-1]
    raise AssertionError("every candidate of every planned request is busy in the plan")


def test_the_plan_sends_the_mediator_preferred_for_the_case() -> None:
    data = demo_service()
    first = planned(data)
    request, wanted = _idle_candidate(data, first)
    assert next(b.mediator for b in first if b.request == request.id) != wanted
    case = "C-PREF-TEST"  # a case of its own, so that only this request is concerned
    for r in data.requests:
        if r.id == request.id:
            r.case = case
    data.cases.append(CasePreferences(case, preferred_mediators=[wanted]))
    second = planned(data)
    assert next(b.mediator for b in second if b.request == request.id) == wanted
    # nothing else is lost for it: the same coverage
    assert {b.request for b in second} == {b.request for b in first}


def test_the_constructive_plan_takes_the_preferred_mediator_first() -> None:
    data = demo_service()
    ctx = SchedulingContext(data, NOW)
    request = next(r for r in pending(data) if len(find_candidates(ctx, r).candidates) >= 3)
    last = find_candidates(ctx, request).candidates[-1].mediator.id
    agency = next(a for a in data.agencies if a.id == request.agency)
    data.agencies[data.agencies.index(agency)] = dataclasses.replace(agency, preferred_mediators=[last])
    ctx = SchedulingContext(data, NOW)
    built = build_input(ctx, [ctx.requests[request.id]], not_before=NOW.timestamp())
    choices = greedy_plan(built.problem)
    assert [built.mediators[built.problem.options[i].mediator].id for i, _ in choices] == [last]
    assert all(o.penalty == 0 for o in built.problem.options if built.mediators[o.mediator].id == last)
    assert all(o.penalty > 0 for o in built.problem.options if built.mediators[o.mediator].id != last)


def test_a_request_whose_every_speaker_is_refused_says_so() -> None:
    data = demo_service()
    ctx = SchedulingContext(data, NOW)
    request = next(r for r in pending(data) if find_candidates(ctx, r).candidates)
    speakers = [m.id for m in data.mediators if m.speaks(request.language)]
    agency = next(a for a in data.agencies if a.id == request.agency)
    agency.avoided_mediators.extend(speakers)
    found = why_unbooked(SchedulingContext(data, NOW), request)
    assert found.reason is UnbookedReason.NONE_SUITABLE and found.params["stated"] is True
