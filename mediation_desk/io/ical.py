"""iCalendar documents for bookings: iMIP invitations (REQUEST/CANCEL) and published feeds.

Privacy: an event says what the mediator needs to do the job (agency, address,
contact on site, language, mode, notes, the agency's case code) and nothing
about the person assisted: never the reason for the intervention, the
nationality or a required gender. The case code is the agency's pseudonym,
kept because it tells the mediator that this is a follow-up of a case.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur, vText

from mediation_desk.io.vtimezone import shared_vtimezone
from mediation_desk.scheduling.model import Agency, Mode, Request
from mediation_desk.scheduling.timeutil import SERVICE_TZ_NAME

PRODID = "-//Mediation Desk//mediation-desk//IT"
DEFAULT_TZ = SERVICE_TZ_NAME  # callers pass the service's stored zone

REMOTE_PLACE = {Mode.PHONE: "A distanza, per telefono", Mode.VIDEO: "A distanza, in videochiamata"}
MODE_LABEL = {Mode.IN_PERSON: "in presenza", Mode.PHONE: "telefonica", Mode.VIDEO: "in videochiamata"}


class Method(enum.StrEnum):
    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    REPLY = "REPLY"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Party:
    """An organizer or attendee: e-mail address and display name."""

    email: str
    name: str = ""

    def address(self) -> vCalAddress:
        return vCalAddress(f"mailto:{self.email}")


@dataclass(frozen=True)
class EventText:
    summary: str
    description: str
    location: str


@dataclass(frozen=True)
class Override:
    """A moved occurrence of a recurring event: RECURRENCE-ID is its original start."""

    recurrence_id: dt.datetime
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class EventSpec:
    """Everything one VEVENT (and its overrides) says."""

    uid: str
    sequence: int
    start: dt.datetime
    end: dt.datetime
    text: EventText
    organizer: Party | None = None
    attendee: Party | None = None
    cancelled: bool = False
    partstat: str = "NEEDS-ACTION"
    rrule: str | None = None  # e.g. "FREQ=WEEKLY;COUNT=6", wall-clock in the time zone
    exdates: tuple[dt.datetime, ...] = ()
    overrides: tuple[Override, ...] = field(default_factory=tuple)


def event_text(request: Request, agency: Agency, language_name: str, *, reference: str) -> EventText:
    """Italian summary, description and location of a booking for the mediator."""
    mode = MODE_LABEL.get(request.mode, str(request.mode))
    address = request.address or agency.address
    lines = [
        f"Intervento di mediazione interculturale {mode}",
        f"Ente: {agency.name}",
        f"Lingua: {language_name} ({request.language})",
    ]
    if request.mode is Mode.IN_PERSON:
        lines.append(f"Indirizzo: {address}")
    if request.contact_on_site:  # "sul posto" only where there is a place: a phone call has none
        label = "Referente sul posto" if request.mode is Mode.IN_PERSON else "Referente"
        lines.append(f"{label}: {request.contact_on_site}")
    elif agency.contacts:
        contact = agency.contacts[0]
        lines.append("Referente dell'ente: " + ", ".join(p for p in (contact.name, contact.phone) if p))
    if request.case:
        lines.append(f"Codice caso: {request.case}")
    if request.notes:
        lines.append(f"Note: {request.notes}")
    lines.append(f"Riferimento: {reference}")
    location = address if request.mode is Mode.IN_PERSON else REMOTE_PLACE.get(request.mode, mode)
    summary = f"Mediazione {language_name} - {agency.name}"
    if request.mode is not Mode.IN_PERSON:
        summary += f" ({mode})"
    return EventText(summary=summary, description="\n".join(lines), location=location)


def _local(instant: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    if instant.tzinfo is None:
        raise ValueError("event times must be timezone-aware")
    local = instant.astimezone(tz)
    # in the repeated hour a TZID time names its first occurrence (RFC 5545 3.3.5): say the instant in UTC
    return local.astimezone(dt.UTC) if _repeated(local) else local


def _repeated(local: dt.datetime) -> bool:
    return local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset()


def _span(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """DTSTART and DTEND: both in UTC when either falls in the repeated hour, so readers that take the
    duration from one and add it to the other on the wall clock still land on the right instant."""
    first, last = _local(start, tz), _local(end, tz)
    if first.tzinfo is dt.UTC or last.tzinfo is dt.UTC:
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    return first, last


def _vevent(spec: EventSpec, *, now: dt.datetime, tz: ZoneInfo, method: Method | None) -> Event:
    event = Event()
    event.add("UID", spec.uid)
    event.add("DTSTAMP", now.astimezone(dt.UTC))
    event.add("SEQUENCE", spec.sequence)
    start, end = _span(spec.start, spec.end, tz)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("SUMMARY", spec.text.summary)
    event.add("DESCRIPTION", spec.text.description)
    event.add("LOCATION", spec.text.location)
    event.add("STATUS", "CANCELLED" if spec.cancelled else "CONFIRMED")
    event.add("TRANSP", "OPAQUE")
    if spec.organizer is not None:
        organizer = spec.organizer.address()
        if spec.organizer.name:
            organizer.params["CN"] = vText(spec.organizer.name)
        event.add("ORGANIZER", organizer)
    if spec.attendee is not None:
        attendee = spec.attendee.address()
        if spec.attendee.name:
            attendee.params["CN"] = vText(spec.attendee.name)
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["CUTYPE"] = vText("INDIVIDUAL")
        attendee.params["PARTSTAT"] = vText(spec.partstat)
        if method is Method.REQUEST:
            attendee.params["RSVP"] = vText("TRUE")
        event.add("ATTENDEE", attendee)
    return event


def _add_recurrence(event: Event, spec: EventSpec, tz: ZoneInfo) -> None:
    if spec.rrule is None:
        return
    event.add("RRULE", vRecur.from_ical(spec.rrule))
    if spec.exdates:
        for day in sorted(spec.exdates):  # one property each: a UTC one may sit beside local ones
            event.add("EXDATE", _local(day, tz))


def build_calendar(
    events: Sequence[EventSpec], method: Method | None, *, now: dt.datetime, tz_name: str = DEFAULT_TZ
) -> Calendar:
    """A VCALENDAR holding ``events`` (with their overrides) and the VTIMEZONE they use.

    ``method`` None leaves METHOD out, as CalDAV requires of stored resources.
    """
    tz = ZoneInfo(tz_name)
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    if method is not None:
        cal.add("METHOD", method.value)
    cal.add_component(shared_vtimezone(tz_name))  # read-only: serializing does not change it
    for spec in events:
        master = _vevent(spec, now=now, tz=tz, method=method)
        _add_recurrence(master, spec, tz)
        cal.add_component(master)
        for moved in spec.overrides:
            single = replace(spec, start=moved.start, end=moved.end, rrule=None, exdates=(), overrides=())
            override = _vevent(single, now=now, tz=tz, method=method)
            override.add("RECURRENCE-ID", _local(moved.recurrence_id, tz))
            cal.add_component(override)
    return cal


def calendar_bytes(cal: Calendar) -> bytes:
    """The calendar serialized with CRLF line ends and folded lines, UTF-8."""
    data: bytes = cal.to_ical()
    return data
