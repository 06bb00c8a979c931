"""Use case "plan these days": run the auto-planner on the stored service and book its plan at once.

The search runs on a snapshot read in its own read transaction (it can take
a minute; the UI runs it in a background thread, with progress and a cancel
button). The plan is then written in ONE write transaction that re-checks
every booking with the rules against the database as it is at that moment,
so a booking someone made meanwhile is respected: a planned booking that
now breaks a rule is skipped and counted, never written.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import Request, RequestId, RequestStatus
from mediation_desk.scheduling.planner import PlanCancelled, PlanStage, plan_report
from mediation_desk.scheduling.timeutil import local_midnight, zone
from mediation_desk.scheduling.unbooked import Unbooked, why_unbooked
from mediation_desk.services.budget import billing_rules
from mediation_desk.services.closures import closures_in
from mediation_desk.services.plan_booking import BUSY_MARGIN, book_plan
from mediation_desk.services.plan_outcome import PlanRangeError, PlanResult, judge, summary
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

PlanProgressFn = Callable[[PlanStage, float], None]


def explain_unbooked(
    ctx: SchedulingContext, requests: list[Request], booked: set[RequestId]
) -> list[Unbooked]:
    """The reason of every request of ``requests`` not in ``booked``, against ``ctx`` (plan included)."""
    return [why_unbooked(ctx, r) for r in requests if r.id not in booked]


def plan_range(
    db: Database,
    date_from: dt.date,
    date_to: dt.date,
    *,
    time_limit: float | None,
    actor: str,
    now: dt.datetime,
    progress: PlanProgressFn | None = None,
    cancel_event: threading.Event | None = None,
) -> PlanResult:
    """Plan and book the pending requests with a window between two local dates (both included)."""
    if date_to < date_from:
        raise PlanRangeError("empty_range", date_from=date_from.isoformat(), date_to=date_to.isoformat())
    ctx, start, end = load_snapshot(db, date_from, date_to, now)
    requests = pending_in_range(ctx, start, end)
    result = PlanResult(date_from, date_to, len(requests),
                        max_coverage=sum(r.priority.weight for r in requests))
    stop = cancel_event.is_set if cancel_event is not None else None
    try:
        report = plan_report(ctx, requests, time_limit=time_limit, progress=progress, should_stop=stop,
                             within=(start, end))
    except PlanCancelled:
        result.cancelled = True
        return result
    if cancel_event is not None and cancel_event.is_set():
        result.cancelled = True
        return result
    result.solver, result.seconds, result.past = report.solver, report.seconds, report.past
    with db.write() as s:
        written = book_plan(s, report.bookings, actor=actor, now=now)
        result.bookings = [b for b, _ in written]
        done = {b.request for b in result.bookings}
        result.skipped_requests = [p.request for p in report.bookings if p.request not in done]
        result.skipped = len(result.skipped_requests)
        weights = {r.id: r.priority.weight for r in requests}
        result.coverage = sum(weights.get(b.request, 0) for b in result.bookings)
        result.travel_min = sum(p.travel_min for _, p in written)
        result.continuity = sum(1 for _, p in written if p.continuity)
        judge(result, report.quality, result.skipped)
        repository.add_audit(s, at=now, actor=actor, action="plan", entity="plan",
                             entity_id=f"{date_from.isoformat()}..{date_to.isoformat()}",
                             details=summary(result))
    for booking in result.bookings:
        ctx.add_booking(booking)
    result.unbooked = explain_unbooked(ctx, requests, {b.request for b in result.bookings})
    return result


def load_snapshot(
    db: Database, date_from: dt.date, date_to: dt.date, now: dt.datetime
) -> tuple[SchedulingContext, dt.datetime, dt.datetime]:
    """The whole service, the busy blocks around the range, and the range as local instants."""
    from mediation_desk.services.busy import busy_blocks_for  # the calendar side imports storage lazily

    with db.read() as s:
        data = repository.load_service(s)
        tz = zone(data.timezone)
        start = local_midnight(date_from, tz)
        end = local_midnight(date_to + dt.timedelta(days=1), tz)
        busy = busy_blocks_for(s, None, start - BUSY_MARGIN, end + BUSY_MARGIN)
        rules = billing_rules(s, data.projects)
        closures = closures_in(s)
    return SchedulingContext(data, now, busy, rules, closures=closures), start, end


def pending_in_range(ctx: SchedulingContext, start: dt.datetime, end: dt.datetime) -> list[Request]:
    """Pending requests with at least one window overlapping [start, end), in file order."""
    return [r for r in ctx.requests.values()
            if r.status == RequestStatus.PENDING and any(w.start < end and start < w.end for w in r.windows)]

