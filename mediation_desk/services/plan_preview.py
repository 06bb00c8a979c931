"""The plan preview: compute a plan without writing it, then book the lines the coordinator keeps."""

from __future__ import annotations

import datetime as dt
import threading

from mediation_desk.scheduling.model import Booking, BookingId, ProjectCode, RequestId
from mediation_desk.scheduling.planner import PlanCancelled, PlannedBooking, plan_report
from mediation_desk.scheduling.rules import check_booking
from mediation_desk.scheduling.unbooked import Unbooked, UnbookedReason
from mediation_desk.services.plan_booking import book_plan
from mediation_desk.services.plan_outcome import (
    BudgetEffect,
    PlanLine,
    PlanProposal,
    PlanRangeError,
    PlanResult,
    judge,
    summary,
)
from mediation_desk.services.planning import PlanProgressFn, explain_unbooked, load_snapshot, pending_in_range
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database


def propose_plan(
    db: Database, date_from: dt.date, date_to: dt.date, *, time_limit: float | None, now: dt.datetime,
    progress: PlanProgressFn | None = None, cancel_event: threading.Event | None = None,
) -> PlanProposal:
    """The plan ``plan_range`` would book, with reasons for every request left over; writes nothing.

    Each planned booking is checked with the rules as the write will check it
    (the budget as billed included), so the lines are what booking them books
    unless someone changes the calendar meanwhile.
    """
    if date_to < date_from:
        raise PlanRangeError("empty_range", date_from=date_from.isoformat(), date_to=date_to.isoformat())
    ctx, start, end = load_snapshot(db, date_from, date_to, now)
    requests = pending_in_range(ctx, start, end)
    proposal = PlanProposal(date_from, date_to, len(requests), sum(r.priority.weight for r in requests))
    stop = cancel_event.is_set if cancel_event is not None else None
    try:
        report = plan_report(ctx, requests, time_limit=time_limit, progress=progress, should_stop=stop,
                             within=(start, end))
    except PlanCancelled:
        proposal.cancelled = True
        return proposal
    if cancel_event is not None and cancel_event.is_set():
        proposal.cancelled = True
        return proposal
    proposal.solver, proposal.seconds, proposal.past = report.solver, report.seconds, report.past
    before = {code: ctx.project_seconds.get(code, 0.0) / 60 for code in ctx.projects}
    for n, item in enumerate(sorted(report.bookings, key=lambda p: (p.start, p.request))):
        request, mediator = ctx.requests.get(item.request), ctx.mediators.get(item.mediator)
        if request is None or mediator is None or check_booking(ctx, request, mediator, item.start, item.end):
            continue
        booking = Booking(id=BookingId(f"proposed-{n}"), request=request.id, mediator=mediator.id,
                          start=item.start, end=item.end, created_at=now)
        ctx.add_booking(booking)
        agency = ctx.agencies.get(request.agency)
        minutes = round(ctx.budget_seconds(booking, request.project) / 60) if request.project else 0
        where = agency.name if agency else request.agency
        proposal.lines.append(PlanLine(item, request, mediator.name, where, minutes))
    proposal.unbooked = explain_unbooked(ctx, requests, {line.request.id for line in proposal.lines})
    judge(proposal, report.quality, len(report.bookings) - len(proposal.lines))
    adding: dict[ProjectCode, float] = {}
    for line in proposal.lines:
        if line.request.project is not None:
            adding[line.request.project] = adding.get(line.request.project, 0.0) + line.budget_min
    proposal.budgets = [BudgetEffect(code, ctx.projects[code].name, ctx.projects[code].hour_budget * 60,
                                     before[code], minutes) for code, minutes in sorted(adding.items())]
    return proposal


def book_proposal(
    db: Database, proposal: PlanProposal, *, keep: set[RequestId] | None = None, actor: str, now: dt.datetime,
) -> PlanResult:
    """Book the lines of ``proposal`` the coordinator kept (all when ``keep`` is None), re-checked."""
    kept = [line for line in proposal.lines if keep is None or line.request.id in keep]
    result = PlanResult(proposal.date_from, proposal.date_to, proposal.requests,
                        max_coverage=proposal.max_coverage, solver=proposal.solver, seconds=proposal.seconds,
                        past=proposal.past)
    with db.write() as s:
        written = book_plan(s, [line.planned for line in kept], actor=actor, now=now)
        _fill_result(result, written, [line.planned for line in kept],
                     {line.request.id: line.request.priority.weight for line in proposal.lines})
        left_out = len(proposal.lines) - len(result.bookings)  # dropped by the coordinator or refused
        result.coverage_bound = max(result.coverage, proposal.coverage_bound)
        result.proven = proposal.proven and not left_out
        result.travel_gap = proposal.travel_gap if not left_out else None
        repository.add_audit(s, at=now, actor=actor, action="plan", entity="plan",
                             entity_id=f"{proposal.date_from.isoformat()}..{proposal.date_to.isoformat()}",
                             details={**summary(result), "dropped": len(proposal.lines) - len(kept)})
    done = {b.request for b in result.bookings}
    dropped = [Unbooked(line.request, UnbookedReason.DROPPED) for line in proposal.lines
               if line.request.id not in done and not (keep is None or line.request.id in keep)]
    result.unbooked = dropped + [u for u in proposal.unbooked if u.request.id not in done]
    return result


def _fill_result(result: PlanResult, written: list[tuple[Booking, PlannedBooking]],
                 planned: list[PlannedBooking], weights: dict[RequestId, int]) -> None:
    result.bookings = [b for b, _ in written]
    done = {b.request for b in result.bookings}
    result.skipped_requests = [p.request for p in planned if p.request not in done]
    result.skipped = len(result.skipped_requests)
    result.coverage = sum(weights.get(b.request, 0) for b in result.bookings)
    result.travel_min = sum(p.travel_min for _, p in written)
    result.continuity = sum(1 for _, p in written if p.continuity)


