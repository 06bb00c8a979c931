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
import itertools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    Interval,
    MediatorId,
    ProjectCode,
    Request,
    RequestId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.planner import (
    PlanCancelled,
    PlannedBooking,
    PlanQuality,
    PlanStage,
    plan_report,
)
from mediation_desk.scheduling.rules import check_booking
from mediation_desk.scheduling.timeutil import iso_week, local_midnight, week_bounds, zone
from mediation_desk.scheduling.unbooked import Unbooked, UnbookedReason, why_unbooked
from mediation_desk.services import changes, notify
from mediation_desk.services.budget import billing_rules, used_seconds
from mediation_desk.services.candidates import load_static
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.closures import closures_in
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

PlanProgressFn = Callable[[PlanStage, float], None]
BUSY_MARGIN = dt.timedelta(days=1)  # busy blocks read around the range (night bookings, travel)


class PlanRangeError(Exception):
    """The range cannot be planned; ``code`` says why (for the UI and the command line)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass
class PlanResult:
    """What one planning run booked and how good the plan is."""

    date_from: dt.date
    date_to: dt.date
    requests: int  # pending requests with a window in the range
    bookings: list[Booking] = field(default_factory=list)  # created, in start order
    coverage: int = 0  # sum of priority weights of the booked requests
    max_coverage: int = 0  # the same over every pending request of the range
    travel_min: int = 0  # round trips home -> agency of the new in-person bookings
    continuity: int = 0  # new bookings whose mediator already served the case earlier
    skipped: int = 0  # planned bookings refused at write time (the calendar changed meanwhile)
    skipped_requests: list[RequestId] = field(default_factory=list)  # their requests, still pending
    solver: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    unbooked: list[Unbooked] = field(default_factory=list)  # every pending request of the range left over
    past: int = 0  # pending requests of the range whose every window has already ended
    coverage_bound: int = 0  # no plan of the range could cover more (the solver's bound)
    proven: bool = False  # no better plan exists: coverage, then travel, then continuity
    travel_gap: int | None = None  # with the best coverage proven: minutes above the least travel

    @property
    def coverage_gap(self) -> int:
        """At most this many coverage points below the best plan possible."""
        return max(0, self.coverage_bound - self.coverage)

    @property
    def all_past(self) -> bool:
        """Every pending request of the range lies in the past: there was nothing left to plan."""
        return self.requests > 0 and self.past == self.requests

    @property
    def changes(self) -> ChangeSet:
        """The new bookings and their requests (their invitations, when mail is set up, are in the outbox)."""
        return replace(changes.of_bookings(self.bookings), outbox=bool(self.bookings))


@dataclass(frozen=True)
class PlanLine:
    """One booking of a proposed plan, with what the coordinator weighs before accepting it."""

    planned: PlannedBooking
    request: Request
    mediator_name: str
    agency_name: str
    budget_min: int  # what it takes from its project's hours (0 without a project)


@dataclass(frozen=True)
class BudgetEffect:
    """A project's hours before and after the proposed plan (minutes, as billed)."""

    code: ProjectCode
    name: str
    budget_min: float
    used_before_min: float
    adding_min: float


@dataclass
class PlanProposal:
    """A plan computed but not booked: its lines, their effect on the budgets, and the requests left over."""

    date_from: dt.date
    date_to: dt.date
    requests: int
    max_coverage: int
    lines: list[PlanLine] = field(default_factory=list)
    unbooked: list[Unbooked] = field(default_factory=list)
    budgets: list[BudgetEffect] = field(default_factory=list)
    solver: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    past: int = 0  # pending requests of the range whose every window has already ended
    coverage_bound: int = 0  # no plan of the range could cover more (the solver's bound)
    proven: bool = False  # no better plan exists: coverage, then travel, then continuity
    travel_gap: int | None = None  # with the best coverage proven: minutes above the least travel

    @property
    def coverage_gap(self) -> int:
        """At most this many coverage points below the best plan possible."""
        return max(0, self.coverage_bound - self.coverage)

    @property
    def all_past(self) -> bool:
        """Every pending request of the range lies in the past: there was nothing left to plan."""
        return self.requests > 0 and self.past == self.requests

    @property
    def coverage(self) -> int:
        return sum(line.request.priority.weight for line in self.lines)


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


def book_plan(
    s: Session, planned: list[PlannedBooking], *, actor: str, now: dt.datetime
) -> list[tuple[Booking, PlannedBooking]]:
    """Write the planned bookings that still keep every rule; returns them with their plan entries.

    Each booking is checked against the database as read inside this write
    transaction plus the bookings accepted before it; the accepted ones are then
    written in bulk (bookings, request statuses, audit lines), and each one's
    invitation queued.
    """
    ctx = write_context(s, planned, now)
    written: list[tuple[Booking, PlannedBooking]] = []
    ids = booking_ids(s)
    for item in sorted(planned, key=lambda p: (p.start, p.request)):
        request, mediator = ctx.requests.get(item.request), ctx.mediators.get(item.mediator)
        if request is None or mediator is None or request.status != RequestStatus.PENDING:
            continue
        if check_booking(ctx, request, mediator, item.start, item.end):
            continue
        booking = Booking(id=next(ids), request=request.id,
                          mediator=mediator.id, start=item.start, end=item.end, created_at=now)
        ctx.add_booking(booking)
        written.append((booking, item))
    bookings = [b for b, _ in written]
    repository.insert_bookings(s, bookings)
    repository.set_request_statuses(s, {b.request: RequestStatus.BOOKED for b in bookings})
    repository.add_audits(s, at=now, actor=actor, entries=[
        ("book", "booking", b.id, {"request": b.request, "mediator": b.mediator, "start": b.start.isoformat(),
                                   "end": b.end.isoformat(), "status": str(b.status), "by": "planner"})
        for b in bookings])
    announce(s, bookings, now=now, actor=actor)
    return written


def write_context(s: Session, planned: list[PlannedBooking], now: dt.datetime) -> SchedulingContext:
    """What the rules read to re-check ``planned``, not the whole service.

    Every entity but the requests and bookings; the planned requests as stored
    now and all their bookings (rule 9); the active bookings of the planned
    mediators in the whole local weeks of the plan and the travel horizon
    around it, with their requests (rules 6 and 7); each project's booked
    minutes as one SQL sum (rule 8); busy blocks around the plan (rule 5).
    """
    static = load_static(s)
    requests = request_queries.requests_by_ids(s, {str(p.request) for p in planned})
    data = ServiceData(
        timezone=static.timezone, areas=static.areas, languages=static.languages, projects=static.projects,
        agencies=static.agencies, mediators=static.mediators, requests=requests, bookings=[])
    ctx = SchedulingContext(data, now, busy_for(s, planned), billing_rules(s, static.projects),
                            closures=closures_in(s))
    if not planned:
        return ctx
    lo, hi = _weeks_around(ctx, min(p.start for p in planned), max(p.end for p in planned))
    mediators = {str(p.mediator) for p in planned}
    bookings = {b.id: b for b in repository.bookings_for_mediators(s, mediators, lo, hi, active_only=True)}
    bookings.update((b.id, b) for b in repository.bookings_for_requests(s, {r.id for r in requests}))
    others = {str(b.request) for b in bookings.values()} - set(ctx.requests)
    for other in request_queries.requests_by_ids(s, others):
        ctx.add_request(other)  # before any booking: each booking finds its request's project
    for booking in bookings.values():
        ctx.add_booking(booking)
    for code in {r.project for r in requests if r.project is not None}:  # the whole budget, not what was read
        if code in ctx.projects:
            ctx.project_seconds[code] = used_seconds(s, ctx.projects[code], now, ctx.rule_of(code))
    return ctx


def _weeks_around(
    ctx: SchedulingContext, first: dt.datetime, last: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """The local ISO weeks from ``first`` to ``last``, widened by the travel horizon."""
    week_start = week_bounds(iso_week(first.timestamp(), ctx.tz), ctx.tz)[0]
    week_end = week_bounds(iso_week(last.timestamp(), ctx.tz), ctx.tz)[1]
    reach = dt.timedelta(seconds=ctx.travel_horizon)
    return min(week_start, first - reach), max(week_end, last + reach)


def announce(s: Session, bookings: list[Booking], *, now: dt.datetime, actor: str) -> None:
    """Queue the invitations of the new bookings, all at once (``notify.bookings_changed``)."""
    notify.bookings_changed(s, bookings, "created", now=now, actor=actor)


def booking_ids(s: Session) -> Iterator[BookingId]:
    """Fresh booking ids: the repository's next one, then the following numbers.

    One call to the repository is enough: the write transaction holds the id
    counter, and later calls look past the highest id in the table, ours included.
    """
    first = repository.next_id(s, "booking")
    match = re.fullmatch(r"(.*?)(\d+)", first)
    if match is None:  # an id without a number: ask the repository each time
        yield BookingId(first)
        while True:
            yield BookingId(repository.next_id(s, "booking"))
    prefix, digits = match.group(1), match.group(2)
    for number in itertools.count(int(digits)):
        yield BookingId(f"{prefix}{number:0{len(digits)}d}")


def busy_for(s: Session, planned: list[PlannedBooking]) -> dict[MediatorId, list[Interval]] | None:
    """The busy blocks of every mediator around the planned bookings."""
    from mediation_desk.services.busy import busy_blocks_for

    if not planned:
        return None
    first = min(p.start for p in planned) - BUSY_MARGIN
    last = max(p.end for p in planned) + BUSY_MARGIN
    return busy_blocks_for(s, None, first, last)


def judge(result: PlanResult | PlanProposal, quality: PlanQuality, refused: int) -> None:
    """How good the plan is: the planner's bound, and proven only if no planned booking was refused."""
    result.coverage_bound = max(result.coverage, quality.coverage_bound)
    result.proven = quality.proven and not refused
    result.travel_gap = quality.travel_gap if not refused else None


def summary(result: PlanResult) -> dict[str, object]:
    """The audit details of a planning run."""
    return {
        "from": result.date_from.isoformat(), "to": result.date_to.isoformat(),
        "requests": result.requests, "booked": len(result.bookings), "coverage": result.coverage,
        "max_coverage": result.max_coverage, "travel_min": result.travel_min,
        "continuity": result.continuity, "skipped": result.skipped, "solver": result.solver,
        "seconds": round(result.seconds, 1), "past": result.past, "coverage_bound": result.coverage_bound,
        "proven": result.proven}
