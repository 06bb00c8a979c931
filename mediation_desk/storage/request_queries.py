"""Requests by ids, status or period, and the bookings of a series: the reads the views and services share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking, Priority, Request, RequestStatus
from mediation_desk.storage.convert import booking_of, from_utc_text, request_of
from mediation_desk.storage.orm import BookingRow, RequestRow

_REQUESTS: sa.Table = RequestRow.__table__  # type: ignore[assignment]
_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
CHUNK = 500  # ids per IN (...): well under SQLite's and PostgreSQL's parameter limits
LONGEST = dt.timedelta(days=1)  # no intervention lasts longer: bounds the overlap test on the indexed start


def chunks(ids: Collection[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    """``ids`` sorted, in slices of ``size``: many ids in a few queries rather than one query each."""
    ordered = sorted(ids)
    for i in range(0, len(ordered), size):
        yield ordered[i : i + size]


def requests_by_ids(s: Session, ids: Collection[str]) -> list[Request]:
    """The stored requests among ``ids`` (unknown ids are skipped)."""
    found: list[Request] = []
    for part in chunks(ids):
        found += [request_of(row) for row in s.execute(sa.select(_REQUESTS).where(_REQUESTS.c.id.in_(part)))]
    return found


def request_ids_of_case(s: Session, case: str) -> list[str]:
    """The ids of the requests with this case reference."""
    return list(s.scalars(sa.select(_REQUESTS.c.id).where(_REQUESTS.c.case_ref == case)))


def pending_requests(s: Session) -> list[Request]:
    query = sa.select(_REQUESTS).where(_REQUESTS.c.status == RequestStatus.PENDING.value)
    return [request_of(row) for row in s.execute(query)]


def requests_in_scope(s: Session, start: dt.datetime, end: dt.datetime) -> list[Request]:
    """Every pending request, plus those booked in [start, end) or cancelled after being received then."""
    # A union of three indexed look-ups: an OR over them would scan every request ever taken.
    ids = sa.union(
        sa.select(_REQUESTS.c.id).where(_REQUESTS.c.status == RequestStatus.PENDING.value),
        sa.select(_BOOKINGS.c.request_id).where(
            _BOOKINGS.c.start_at < end, _BOOKINGS.c.start_at >= start - LONGEST, _BOOKINGS.c.end_at > start
        ),
        sa.select(_REQUESTS.c.id).where(
            _REQUESTS.c.status == RequestStatus.CANCELLED.value,
            _REQUESTS.c.received_at >= start,
            _REQUESTS.c.received_at < end,
        ),
    ).subquery()
    query = (
        sa.select(_REQUESTS).where(_REQUESTS.c.id.in_(sa.select(ids.c[0]))).order_by(_REQUESTS.c.pos.desc())
    )
    return [request_of(row) for row in s.execute(query)]


@dataclass(frozen=True)
class OpenRequest:
    """What the dashboard lists of a request still to fill (a narrow read: there may be thousands)."""

    id: str
    priority: Priority
    language: str
    agency: str
    first_start: dt.datetime | None
    first_end: dt.datetime | None
    last_end: dt.datetime | None


def open_requests(s: Session) -> list[OpenRequest]:
    cols = _REQUESTS.c
    query = sa.select(cols.id, cols.priority, cols.language, cols.agency_id, cols.windows).where(
        cols.status == RequestStatus.PENDING.value,
        cols.waiting_funds == sa.false(),  # those waiting for funds have their own list
    )
    out = []
    for row in s.execute(query):
        windows = sorted((from_utc_text(w["start"]), from_utc_text(w["end"])) for w in row.windows)
        start, end = windows[0] if windows else (None, None)
        last = max((w_end for _start, w_end in windows), default=None)
        out.append(OpenRequest(row.id, Priority(row.priority), row.language, row.agency_id, start, end, last))
    return out


def bookings_of_series(s: Session, series_id: str) -> list[Booking]:
    """Every booking of a recurring series, by start (cancelled ones too)."""
    query = sa.select(_BOOKINGS).where(_BOOKINGS.c.series_id == series_id).order_by(_BOOKINGS.c.start_at)
    return [booking_of(row) for row in s.execute(query)]


def bookings_of_request(s: Session, request_id: str) -> list[Booking]:
    """Every booking of a request (cancelled ones too: a hand-over leaves one), oldest first."""
    query = sa.select(_BOOKINGS).where(_BOOKINGS.c.request_id == request_id).order_by(_BOOKINGS.c.created_at,
                                                                                      _BOOKINGS.c.id)
    return [booking_of(row) for row in s.execute(query)]


def next_active_booking(s: Session, after: dt.datetime) -> Booking | None:
    """The first confirmed booking starting at or after ``after`` (the Settings preview's example)."""
    query = (sa.select(_BOOKINGS).where(_BOOKINGS.c.status == "confirmed", _BOOKINGS.c.start_at >= after)
             .order_by(_BOOKINGS.c.start_at, _BOOKINGS.c.id).limit(1))
    row = s.execute(query).first()
    return booking_of(row) if row is not None else None
