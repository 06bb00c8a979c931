"""Candidates for one stored request, from just the part of the service that can matter to it.

That part is every mediator, agency and project, and the bookings the rules and
scores look at: those around the request's windows (overlap, travel, weekly
limits), in the month of its first window (fair share), of its project
(budget), of its case (continuity) and of the request itself; plus the
requests of those bookings and the mediators' busy blocks.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.candidates import CandidateList, find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import Booking, Request, ServiceData
from mediation_desk.scheduling.timeutil import month_bounds, zone
from mediation_desk.services.booking import BookingError, requests_by_id
from mediation_desk.storage import convert, repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BookingRow, RequestRow

REACH = dt.timedelta(days=8)  # a whole ISO week and any travel time either side


def candidates_for(db: Database, request_id: str, now: dt.datetime) -> CandidateList:
    """Ranked candidates and reasoned exclusions for ``request_id``; BookingError when it is unknown."""
    return candidates_with_context(db, request_id, now)[0]


def candidates_with_context(
    db: Database, request_id: str, now: dt.datetime
) -> tuple[CandidateList, SchedulingContext]:
    """The candidates and the context they were found in (for names of languages, areas, agencies)."""
    with db.read() as s:
        request = repository.get_request(s, request_id)
        if request is None:
            raise BookingError("request_not_found", request=request_id)
        ctx = request_context(s, request, now)
    return find_candidates(ctx, ctx.requests[request.id]), ctx


def request_context(s: Session, request: Request, now: dt.datetime) -> SchedulingContext:
    """A scheduling context holding what the candidates of ``request`` depend on."""
    from mediation_desk.services.busy import busy_blocks_for

    tz = zone(repository.get_setting(s, repository.SERVICE_TIMEZONE_KEY, "Europe/Rome"))
    starts = [w.start for w in request.windows] or [now]
    ends = [w.end for w in request.windows] or [now]
    month_start, month_end = month_bounds(min(starts).astimezone(tz).date(), tz)
    lo, hi = min(min(starts) - REACH, month_start), max(max(ends) + REACH, month_end)
    bookings = {b.id: b for b in repository.bookings_between(s, lo, hi)}
    bookings.update((b.id, b) for b in repository.bookings_for_request(s, request.id))
    if request.project is not None:
        bookings.update((b.id, b) for b in repository.bookings_of_project(s, request.project))
    if request.case:
        bookings.update((b.id, b) for b in _bookings_of_case(s, request.case))
    requests = {request.id: request}
    others = {str(b.request) for b in bookings.values()} - {request.id}
    requests.update((r.id, r) for r in requests_by_id(s, others))
    data = ServiceData(
        timezone=str(tz), areas=repository.list_areas(s), languages=repository.list_languages(s),
        projects=repository.list_projects(s), agencies=repository.list_agencies(s),
        mediators=repository.list_mediators(s), requests=list(requests.values()),
        bookings=list(bookings.values()))
    return SchedulingContext(data, now, busy_blocks_for(s, None, min(starts) - REACH, max(ends) + REACH))


def _bookings_of_case(s: Session, case: str) -> list[Booking]:
    table = BookingRow.__table__
    of_case = sa.select(RequestRow.id).where(RequestRow.case_ref == case)
    rows = s.execute(sa.select(table).where(table.c.request_id.in_(of_case)))
    return [convert.booking_of(row) for row in rows]
