"""Read-only loading for the views: each opens one short read session and returns domain rows.

The views never load every booking or request: the calendar asks for its days,
the requests table for the pending ones plus those of a date range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking, Priority, Request, RequestId, RequestStatus
from mediation_desk.services import mail
from mediation_desk.storage import repository as repo
from mediation_desk.storage.convert import from_utc_text, request_of
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BookingRow, RequestRow
from mediation_desk.ui.common.name_lookup import Catalog

_REQUESTS: sa.Table = RequestRow.__table__  # type: ignore[assignment]
_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
LONGEST = dt.timedelta(days=1)  # no intervention lasts longer: bounds the overlap test on the indexed start


def load_catalog(db: Database) -> Catalog:
    with db.read() as s:
        return Catalog.of(
            repo.list_areas(s),
            repo.list_languages(s),
            repo.list_projects(s),
            repo.list_agencies(s),
            repo.list_mediators(s),
        )


def is_empty(db: Database) -> bool:
    with db.read() as s:
        return repo.is_empty(s)


def requests_by_ids(s: Session, ids: Collection[str]) -> list[Request]:
    out: list[Request] = []
    ordered = sorted(ids)
    for chunk in range(0, len(ordered), 500):
        query = sa.select(_REQUESTS).where(_REQUESTS.c.id.in_(ordered[chunk : chunk + 500]))
        out.extend(request_of(row) for row in s.execute(query))
    return out


def bookings_between(
    db: Database, start: dt.datetime, end: dt.datetime
) -> tuple[list[Booking], dict[RequestId, Request]]:
    """Bookings overlapping [start, end) and the requests they serve."""
    with db.read() as s:
        bookings = repo.bookings_between(s, start, end)
        requests = requests_by_ids(s, {b.request for b in bookings})
    return bookings, {r.id: r for r in requests}


def requests_in_scope(db: Database, start: dt.datetime, end: dt.datetime) -> list[Request]:
    """Every pending request, plus those received or booked in [start, end); newest first."""
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
    with db.read() as s:
        return [request_of(row) for row in s.execute(query)]


def request_with_bookings(db: Database, request_id: str) -> tuple[Request | None, list[Booking]]:
    with db.read() as s:
        return repo.get_request(s, request_id), repo.bookings_for_request(s, request_id)


def series_bookings(db: Database, series_id: str) -> list[Booking]:
    """Every booking of a recurring series, by start (cancelled ones too)."""
    with db.read() as s:
        ids = s.scalars(
            sa.select(BookingRow.id).where(BookingRow.series_id == series_id).order_by(BookingRow.start_at)
        )
        return [b for b in (repo.get_booking(s, i) for i in list(ids)) if b is not None]


def get_booking(db: Database, booking_id: str) -> Booking | None:
    with db.read() as s:
        return repo.get_booking(s, booking_id)


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


def open_requests(db: Database) -> list[OpenRequest]:
    cols = _REQUESTS.c
    query = sa.select(cols.id, cols.priority, cols.language, cols.agency_id, cols.windows).where(
        cols.status == RequestStatus.PENDING.value
    )
    out = []
    with db.read() as s:
        for row in s.execute(query):
            windows = sorted((from_utc_text(w["start"]), from_utc_text(w["end"])) for w in row.windows)
            start, end = windows[0] if windows else (None, None)
            last = max((w_end for _start, w_end in windows), default=None)
            out.append(
                OpenRequest(row.id, Priority(row.priority), row.language, row.agency_id, start, end, last)
            )
    return out


def pending_requests(db: Database) -> list[Request]:
    query = sa.select(_REQUESTS).where(_REQUESTS.c.status == RequestStatus.PENDING.value)
    with db.read() as s:
        return [request_of(row) for row in s.execute(query)]


def mail_status(db: Database) -> mail.MailStatus:
    """Whether invitations can go out, and the bookings whose invitation is stuck."""
    with db.read() as s:
        return mail.mail_status(s)
