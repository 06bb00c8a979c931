"""Read-only use cases of the screens and the command line: one short read session each, domain rows back.

The views never load every booking or request: the calendar asks for its days,
the requests table for the pending ones plus those of a date range. The SQL
lives in storage; what the screens read is chosen here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from mediation_desk.scheduling import timeutil
from mediation_desk.scheduling.model import (
    Agency,
    Area,
    Booking,
    BookingId,
    Language,
    Mediator,
    Project,
    Request,
    RequestId,
    SeriesId,
)
from mediation_desk.services import mail_outbox
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database
from mediation_desk.storage.request_queries import OpenRequest

__all__ = ["OpenRequest", "ReferenceData"]


@dataclass(frozen=True)
class ReferenceData:
    """The small tables every view looks names up in; hundreds of rows at most, so read whole."""

    areas: list[Area]
    languages: list[Language]
    projects: list[Project]
    agencies: list[Agency]
    mediators: list[Mediator]


def reference_data(db: Database) -> ReferenceData:
    with db.read() as s:
        return ReferenceData(
            repository.list_areas(s),
            repository.list_languages(s),
            repository.list_projects(s),
            repository.list_agencies(s),
            repository.list_mediators(s),
        )


def service_zone(db: Database) -> ZoneInfo:
    """The service's time zone, as stored with the service (Europe/Rome when none is)."""
    with db.read() as s:
        return timeutil.zone(repository.service_timezone(s))


def is_empty(db: Database) -> bool:
    with db.read() as s:
        return repository.is_empty(s)


def bookings_between(
    db: Database, start: dt.datetime, end: dt.datetime
) -> tuple[list[Booking], dict[RequestId, Request]]:
    """Bookings overlapping [start, end) and the requests they serve."""
    with db.read() as s:
        bookings = repository.bookings_between(s, start, end)
        requests = request_queries.requests_by_ids(s, {b.request for b in bookings})
    return bookings, {r.id: r for r in requests}


def requests_in_scope(db: Database, start: dt.datetime, end: dt.datetime) -> list[Request]:
    """Every pending request, plus those received or booked in [start, end); newest first."""
    with db.read() as s:
        return request_queries.requests_in_scope(s, start, end)


def request_with_bookings(db: Database, request_id: RequestId) -> tuple[Request | None, list[Booking]]:
    with db.read() as s:
        return repository.get_request(s, request_id), repository.bookings_for_request(s, request_id)


def series_bookings(db: Database, series_id: SeriesId) -> list[Booking]:
    """Every booking of a recurring series, by start (cancelled ones too)."""
    with db.read() as s:
        return request_queries.bookings_of_series(s, series_id)


def get_booking(db: Database, booking_id: BookingId) -> Booking | None:
    with db.read() as s:
        return repository.get_booking(s, booking_id)


def open_requests(db: Database) -> list[OpenRequest]:
    with db.read() as s:
        return request_queries.open_requests(s)


def pending_requests(db: Database) -> list[Request]:
    with db.read() as s:
        return request_queries.pending_requests(s)


def mail_status(db: Database) -> mail_outbox.MailStatus:
    """Whether invitations can go out, and the bookings whose invitation is stuck."""
    with db.read() as s:
        return mail_outbox.mail_status(s)
