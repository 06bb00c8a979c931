"""Bookings by time, mediator, request or project: the questions the rules and views ask."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking, BookingStatus, Outcome
from mediation_desk.storage.convert import booking_of
from mediation_desk.storage.orm import BookingRow, RequestRow

_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
_ACTIVE = _BOOKINGS.c.status != BookingStatus.CANCELLED.value


def _select(*where: sa.ColumnElement[bool]) -> sa.Select[tuple[object, ...]]:
    return sa.select(_BOOKINGS).where(*where).order_by(_BOOKINGS.c.start_at, _BOOKINGS.c.pos)


def _overlapping(start: dt.datetime, end: dt.datetime) -> sa.ColumnElement[bool]:
    return sa.and_(_BOOKINGS.c.start_at < end, _BOOKINGS.c.end_at > start)


def bookings_for_mediators(
    s: Session,
    mediator_ids: Collection[str] | None,
    start: dt.datetime,
    end: dt.datetime,
    *,
    active_only: bool = False,
) -> list[Booking]:
    """Bookings overlapping [start, end) of these mediators (None: of all), by start time."""
    where = [_overlapping(start, end)]
    if mediator_ids is not None:
        where.append(_BOOKINGS.c.mediator_id.in_(list(mediator_ids)))
    if active_only:
        where.append(_ACTIVE)
    return [booking_of(row) for row in s.execute(_select(*where))]


def bookings_between(
    s: Session, start: dt.datetime, end: dt.datetime, *, active_only: bool = False
) -> list[Booking]:
    """Every booking overlapping [start, end), by start time."""
    return bookings_for_mediators(s, None, start, end, active_only=active_only)


def bookings_for_request(s: Session, request_id: str) -> list[Booking]:
    """Every booking of one request (cancelled ones too), by start time."""
    return [booking_of(row) for row in s.execute(_select(_BOOKINGS.c.request_id == request_id))]


def bookings_of_project(s: Session, code: str) -> list[Booking]:
    """Every booking of the requests of one project, by start time."""
    of_project = sa.select(RequestRow.id).where(RequestRow.project_code == code)
    return [booking_of(row) for row in s.execute(_select(_BOOKINGS.c.request_id.in_(of_project)))]


def overlapping_bookings(
    s: Session, mediator_id: str, start: dt.datetime, end: dt.datetime, exclude_id: str | None = None
) -> list[Booking]:
    """Non-cancelled bookings of the mediator overlapping [start, end), other than ``exclude_id``.

    Call it inside ``Database.write()``: the write lock makes the answer hold until commit.
    """
    where = [_BOOKINGS.c.mediator_id == mediator_id, _overlapping(start, end), _ACTIVE]
    if exclude_id is not None:
        where.append(_BOOKINGS.c.id != exclude_id)
    return [booking_of(row) for row in s.execute(_select(*where))]


def bookings_of_case(s: Session, case: str) -> list[Booking]:
    """Every booking of the requests of one case (cancelled ones too), by start time."""
    of_case = sa.select(RequestRow.id).where(RequestRow.case_ref == case)
    return [booking_of(row) for row in s.execute(_select(_BOOKINGS.c.request_id.in_(of_case)))]


def project_booked_seconds(s: Session, code: str) -> float:
    """Seconds of the bookings that use a project's budget: the active ones and the late cancellations.

    One SQL sum, as ``SchedulingContext.project_seconds`` would count them. SQLite
    keeps instants as text, so the difference goes through ``julianday``, rounded
    to the millisecond (its float error is far below that).
    """
    start, end = _BOOKINGS.c.start_at, _BOOKINGS.c.end_at
    if s.get_bind().dialect.name == "sqlite":
        millis = sa.func.round((sa.func.julianday(end) - sa.func.julianday(start)) * 86_400_000.0)
        total: sa.ColumnElement[Any] = sa.func.sum(millis) / 1000.0
    else:
        total = sa.func.sum(sa.extract("epoch", end - start))
    of_project = sa.select(RequestRow.id).where(RequestRow.project_code == code)
    counts = sa.or_(_ACTIVE, _BOOKINGS.c.outcome == Outcome.LATE_CANCELLATION.value)
    found = s.scalar(sa.select(total).where(_BOOKINGS.c.request_id.in_(of_project), counts))
    return float(found or 0.0)


def bookings_around_request(
    s: Session,
    request_id: str,
    case: str | None,
    mediator_ids: Collection[str],
    start: dt.datetime,
    end: dt.datetime,
) -> list[Booking]:
    """In one query: every booking of the request and of its case (when it has one), and the
    non-cancelled bookings of these mediators overlapping [start, end); by start time."""
    wanted = [_BOOKINGS.c.request_id == request_id]
    if case:
        of_case = sa.select(RequestRow.id).where(RequestRow.case_ref == case)
        wanted.append(_BOOKINGS.c.request_id.in_(of_case))
    if mediator_ids:
        theirs = _BOOKINGS.c.mediator_id.in_(list(mediator_ids))
        wanted.append(sa.and_(theirs, _overlapping(start, end), _ACTIVE))
    return [booking_of(row) for row in s.execute(_select(sa.or_(*wanted)))]


def bookings_for_requests(s: Session, request_ids: Collection[str]) -> list[Booking]:
    """Every booking of these requests (cancelled ones too), a few queries for many ids."""
    ordered = sorted(request_ids)
    found: list[Booking] = []
    for i in range(0, len(ordered), 500):
        rows = s.execute(_select(_BOOKINGS.c.request_id.in_(ordered[i:i + 500])))
        found += [booking_of(row) for row in rows]
    return found
