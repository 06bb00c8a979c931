"""Calendar files: one booking's .ics and a mediator's feed of upcoming bookings (METHOD:PUBLISH)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from mediation_desk.io import ical
from mediation_desk.scheduling.model import Booking, BookingId, MediatorId
from mediation_desk.services import invites
from mediation_desk.services.mail_settings import get_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

FEED_PAST = dt.timedelta(days=7)  # recent bookings stay visible for a week
FEED_FUTURE = dt.timedelta(days=366)


class NotFoundError(LookupError):
    """The booking or mediator asked for does not exist."""


def upcoming_bookings(s: Session, mediator_id: str, *, now: dt.datetime) -> list[Booking]:
    """The mediator's non-cancelled bookings from a week ago to a year ahead, by start."""
    found = repository.bookings_for_mediators(s, [mediator_id], now - FEED_PAST, now + FEED_FUTURE)
    return sorted((b for b in found if b.active), key=lambda b: b.start)


def mediator_specs(s: Session, mediator_id: str, *, now: dt.datetime) -> list[ical.EventSpec]:
    """Events of the mediator's feed, without ORGANIZER/ATTENDEE: a feed is no invitation,
    and a CalDAV server must not start scheduling mails of its own."""
    settings = get_settings(s)
    bookings = upcoming_bookings(s, mediator_id, now=now)
    specs = invites.specs_for(s, bookings, settings, with_attendee=False)
    return [spec for spec in specs if not spec.cancelled]


def mediator_calendar(s: Session, mediator_id: str, *, now: dt.datetime) -> bytes:
    if repository.get_mediator(s, mediator_id) is None:
        raise NotFoundError(f"mediator {mediator_id} not found")
    specs = mediator_specs(s, mediator_id, now=now)
    tz_name = repository.service_timezone(s)
    cal = ical.build_calendar(specs, ical.Method.PUBLISH, now=now, tz_name=tz_name)
    cal.add("X-WR-CALNAME", "Mediazioni")
    cal.add("X-WR-TIMEZONE", tz_name)
    return ical.calendar_bytes(cal)


def booking_ics(s: Session, booking_id: str, *, now: dt.datetime) -> bytes:
    """The invitation of one booking (REQUEST, or CANCEL once cancelled), as the mail carries it;
    a plain published event while no organizer is configured."""
    booking = repository.get_booking(s, booking_id)
    if booking is None:
        raise NotFoundError(f"booking {booking_id} not found")
    settings = get_settings(s)
    if not (settings.organizer_email or settings.sender):
        # an invitation needs an organizer to answer to; before mail is set up, the file is a plain
        # event the mediator can add to a calendar (METHOD:PUBLISH, no ORGANIZER/ATTENDEE)
        specs = invites.specs_for(s, [booking], settings, with_attendee=False)
        cal = ical.build_calendar(
            specs, ical.Method.PUBLISH, now=now, tz_name=repository.service_timezone(s)
        )
        return ical.calendar_bytes(cal)
    data, _method = invites.booking_calendar(s, booking, now=now)
    return data


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file, so that a failure never leaves half a calendar behind."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def save_booking_ics(db: Database, booking_id: BookingId, path: Path, *, now: dt.datetime) -> None:
    with db.read() as s:
        data = booking_ics(s, booking_id, now=now)
    _write(path, data)


def save_mediator_calendar(db: Database, mediator_id: MediatorId, path: Path, *, now: dt.datetime) -> int:
    """Write the feed; returns the number of events in it."""
    with db.read() as s:
        data = mediator_calendar(s, mediator_id, now=now)
    _write(path, data)
    return data.count(b"BEGIN:VEVENT")
