"""Booking a computed plan: each planned booking re-checked with the rules inside ONE write transaction.

The check reads the database as it is at that moment, so a booking someone
made meanwhile is respected: a planned booking that now breaks a rule is
skipped, never written.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from sqlalchemy.orm import Session

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    Interval,
    MediatorId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.planner import PlannedBooking
from mediation_desk.scheduling.rules import check_booking
from mediation_desk.scheduling.timeutil import iso_week, week_bounds
from mediation_desk.services import notify
from mediation_desk.services.budget import billing_rules, used_seconds
from mediation_desk.services.candidates import load_static
from mediation_desk.services.closures import closures_in
from mediation_desk.storage import repository, request_queries

BUSY_MARGIN = dt.timedelta(days=1)  # busy blocks read around the range (night bookings, travel)


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
        agencies=static.agencies, mediators=static.mediators, requests=requests, bookings=[],
        cases=repository.list_case_preferences(s))
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

