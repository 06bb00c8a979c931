"""Invitations of bookings: the iCalendar events and iMIP mails that describe them to the mediator.

A booking of a series is announced as the whole series: one event with RRULE,
EXDATE for occurrences without an active booking, and RECURRENCE-ID overrides
for moved ones. UIDs and SEQUENCE come from ``calendar_objects``: one per
booking or series, the SEQUENCE stored and only ever rising.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, TypeVar

import sqlalchemy as sa
from dateutil.rrule import rrule, rrulestr
from sqlalchemy.orm import Session

from mediation_desk.io import ical, imip
from mediation_desk.scheduling.model import Agency, Booking, BookingStatus, Language, Mediator, Request
from mediation_desk.scheduling.timeutil import end_after, zone
from mediation_desk.services import calendar_objects, invite_text
from mediation_desk.services.mail_outbox import OutgoingMail
from mediation_desk.services.mail_settings import MailSettings, get_settings
from mediation_desk.storage import convert, repository, request_queries
from mediation_desk.storage.orm import (
    AgencyRow,
    BookingRow,
    LanguageRow,
    MediatorRow,
    OutboxRow,
    RequestRow,
    SeriesRow,
)

REASSIGNED = "reassigned"  # the cancel reason services.booking gives a booking handed to another mediator
IN_CHUNK = 500  # ids per IN (...) query: well under SQLite's limit of bound parameters
T = TypeVar("T")


class InviteError(LookupError):
    """The booking cannot be described: a referenced entity is missing."""


def _organizer(settings: MailSettings) -> ical.Party:
    return ical.Party(settings.organizer_email or settings.sender, settings.organizer_name)


@dataclass(frozen=True)
class Entities:
    """The requests, agencies, languages and mediators that some bookings refer to, read in bulk."""

    requests: dict[str, Request]
    agencies: dict[str, Agency]
    languages: dict[str, Language]
    mediators: dict[str, Mediator]
    zone_name: str  # the service's time zone: the invitations' wall clock


def _by_key(s: Session, row: Any, key: str, keys: Collection[str], of: Callable[[Any], T]) -> dict[str, T]:
    table: sa.Table = row.__table__
    wanted = sorted(keys)
    found: dict[str, T] = {}
    for i in range(0, len(wanted), IN_CHUNK):
        for hit in s.execute(sa.select(table).where(table.c[key].in_(wanted[i : i + IN_CHUNK]))):
            found[getattr(hit, key)] = of(hit)
    return found


def entities_for(s: Session, bookings: Iterable[Booking]) -> Entities:
    """What the invitations of ``bookings`` describe, in four queries (or a few more per 500 ids)."""
    bookings = list(bookings)
    requests = _by_key(s, RequestRow, "id", {b.request for b in bookings}, convert.request_of)
    return Entities(
        requests,
        _by_key(s, AgencyRow, "id", {r.agency for r in requests.values()}, convert.agency_of),
        _by_key(s, LanguageRow, "code", {r.language for r in requests.values()}, convert.language_of),
        _by_key(s, MediatorRow, "id", {b.mediator for b in bookings}, convert.mediator_of),
        repository.service_timezone(s),
    )


def _text(booking: Booking, entities: Entities) -> ical.EventText:
    request = entities.requests.get(booking.request)
    if request is None:
        raise InviteError(f"booking {booking.id}: request {booking.request} not found")
    agency = entities.agencies.get(request.agency)
    if agency is None:
        raise InviteError(f"booking {booking.id}: agency {request.agency} not found")
    language = entities.languages.get(request.language)
    name = language.name if language is not None else request.language
    reference = f"serie {booking.series}" if booking.series else f"prenotazione {booking.id}"
    return ical.event_text(request, agency, name, reference=reference)


def _attendee(booking: Booking, entities: Entities) -> ical.Party:
    mediator = entities.mediators.get(booking.mediator)
    if mediator is None:
        raise InviteError(f"booking {booking.id}: mediator {booking.mediator} not found")
    return ical.Party(mediator.email, mediator.name)


def single_spec(
    s: Session,
    booking: Booking,
    settings: MailSettings,
    *,
    with_attendee: bool,
    entities: Entities | None = None,
) -> ical.EventSpec:
    entities = entities if entities is not None else entities_for(s, [booking])
    return ical.EventSpec(
        uid=calendar_objects.uid_for(s, "booking", booking.id, settings.uid_domain),
        sequence=calendar_objects.sequence_of(s, "booking", booking.id),
        start=booking.start,
        end=booking.end,
        text=_text(booking, entities),
        organizer=_organizer(settings) if with_attendee else None,
        attendee=_attendee(booking, entities) if with_attendee else None,
        cancelled=booking.status is BookingStatus.CANCELLED,
        partstat=_partstat(booking),
    )


def _partstat(booking: Booking) -> str:
    return booking.reply.value.upper().replace("_", "-")


def _rule(row: SeriesRow, tz: dt.tzinfo) -> rrule:
    """The series rule on the local wall clock of the service (occurrences keep their local time)."""
    first = row.dtstart.astimezone(tz)
    try:
        rule = rrulestr(row.rrule, dtstart=first)
    except ValueError:  # UNTIL without Z: read it as local wall clock
        naive = rrulestr(row.rrule, dtstart=first.replace(tzinfo=None), ignoretz=True)
        assert isinstance(naive, rrule)
        rule = naive.replace(dtstart=first, until=naive._until and naive._until.replace(tzinfo=tz))
    assert isinstance(rule, rrule)
    return rule


def _slots(rule: rrule, until: dt.datetime, tz: dt.tzinfo) -> list[dt.datetime]:
    """The occurrence starts the rule generates up to ``until`` (normalized to real instants)."""
    first = rule._dtstart
    assert first is not None
    return [x.astimezone(tz) for x in rule.between(first, until.astimezone(tz), inc=True)]


def _exdate(text: object, tz: dt.tzinfo) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def _bounded_rrule(text: str, rule: rrule, last: dt.datetime) -> str:
    """The rule text, ended at ``last`` when the rule would go on past the series' bookings."""
    if rule.after(last) is None:
        return text
    parts = [p for p in text.split(";") if p.split("=")[0].upper() not in ("COUNT", "UNTIL")]
    parts.append("UNTIL=" + last.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


@dataclass(frozen=True)
class SeriesLayout:
    """A series with the slot each of its bookings fills (local instants)."""

    row: SeriesRow
    rule: rrule
    slots: list[dt.datetime]
    bookings: list[Booking]
    by_slot: dict[dt.datetime, Booking]
    tz: dt.tzinfo  # the service's time zone, whose wall clock the rule follows

    def slot_of(self, booking_id: str) -> dt.datetime | None:
        return next((slot for slot, b in self.by_slot.items() if b.id == booking_id), None)


def series_layout(s: Session, series_id: str) -> SeriesLayout | None:
    row = s.get(SeriesRow, series_id)
    bookings = request_queries.bookings_of_series(s, series_id)
    if row is None or not bookings:
        return None
    tz = zone(repository.service_timezone(s))
    rule = _rule(row, tz)
    slots = _slots(rule, max(b.start for b in bookings) + dt.timedelta(days=1), tz)
    return SeriesLayout(row, rule, slots, bookings, _match(slots, bookings, tz), tz)


def _match(
    slots: list[dt.datetime], bookings: Sequence[Booking], tz: dt.tzinfo
) -> dict[dt.datetime, Booking]:
    """Which booking fills which generated slot: same start, else same local date, else nearest."""
    free = list(slots)
    matched: dict[dt.datetime, Booking] = {}
    pending = []
    for booking in bookings:
        hint = booking.extra.get("recurrence_id")
        wanted = dt.datetime.fromisoformat(hint) if isinstance(hint, str) else booking.start
        exact = next((slot for slot in free if slot == wanted), None)
        if exact is None:
            pending.append(booking)
        else:
            free.remove(exact)
            matched[exact] = booking
    for booking in pending:
        if not free:
            break
        local_day = booking.start.astimezone(tz).date()
        slot = next((x for x in free if x.date() == local_day), None) or min(
            free, key=lambda x: abs((x - booking.start).total_seconds())
        )
        free.remove(slot)
        matched[slot] = booking
    return matched


def series_spec(
    s: Session, series_id: str, settings: MailSettings, *, with_attendee: bool
) -> ical.EventSpec | None:
    """The series as one recurring event, None when the series is gone or has no booking."""
    layout = series_layout(s, series_id)
    if layout is None or not layout.slots:
        return None
    row, bookings = layout.row, layout.bookings
    exdates = {x for x in (_exdate(text, layout.tz) for text in row.exdates) if x is not None}
    overrides = []
    for slot in layout.slots:
        booking = layout.by_slot.get(slot)
        if booking is None or not booking.active:
            exdates.add(slot)
        elif booking.start != slot or booking.end != end_after(slot, row.duration_min):
            overrides.append(ical.Override(slot, booking.start, booking.end))
    first = bookings[0]
    entities = entities_for(s, [first])
    return ical.EventSpec(
        uid=calendar_objects.uid_for(s, "series", series_id, settings.uid_domain),
        sequence=calendar_objects.sequence_of(s, "series", series_id),
        start=layout.slots[0],
        end=end_after(layout.slots[0], row.duration_min),
        text=_text(first, entities),
        organizer=_organizer(settings) if with_attendee else None,
        attendee=_attendee(first, entities) if with_attendee else None,
        cancelled=not any(b.active for b in bookings),
        partstat=_partstat(first),
        rrule=_bounded_rrule(row.rrule, layout.rule, layout.slots[-1]),
        exdates=tuple(sorted(exdates)),
        overrides=tuple(overrides),
    )


def booking_spec(
    s: Session,
    booking: Booking,
    settings: MailSettings,
    *,
    with_attendee: bool,
    entities: Entities | None = None,
) -> ical.EventSpec:
    """The event of ``booking``: its series' when it has one (``entities`` serve single bookings)."""
    if booking.series:
        spec = series_spec(s, booking.series, settings, with_attendee=with_attendee)
        if spec is not None:
            return spec
    return single_spec(s, booking, settings, with_attendee=with_attendee, entities=entities)


def specs_for(
    s: Session, bookings: Iterable[Booking], settings: MailSettings, *, with_attendee: bool
) -> list[ical.EventSpec]:
    """One spec per single booking and one per series (however many occurrences are listed)."""
    specs: list[ical.EventSpec] = []
    seen: set[str] = set()
    for booking in bookings:
        spec = booking_spec(s, booking, settings, with_attendee=with_attendee)
        if spec.uid not in seen:
            seen.add(spec.uid)
            specs.append(spec)
    return specs


def booking_calendar(s: Session, booking: Booking, *, now: dt.datetime) -> tuple[bytes, ical.Method]:
    """The invitation calendar of ``booking``: REQUEST, or CANCEL once it is cancelled."""
    spec = booking_spec(s, booking, get_settings(s), with_attendee=True)
    method = ical.Method.CANCEL if spec.cancelled else ical.Method.REQUEST
    cal = ical.build_calendar([spec], method, now=now, tz_name=repository.service_timezone(s))
    return ical.calendar_bytes(cal), method


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat()


def _state(s: Session, booking: Booking, spec: ical.EventSpec) -> tuple[str, str, dict[str, Any], int]:
    """The object (kind, id) the spec announces and what it tells the mediator: occurrences by slot."""
    layout = series_layout(s, booking.series) if booking.series else None
    if layout is None:
        occurrences = {"*": [_iso(booking.start), _iso(booking.end), booking.id]} if booking.active else {}
        kind, entity_id, mediator = "booking", str(booking.id), str(booking.mediator)
        initial = booking.sequence
    else:
        occurrences = {_iso(slot): [_iso(b.start), _iso(b.end), b.id]
                       for slot, b in sorted(layout.by_slot.items()) if b.active}
        kind, entity_id, mediator = "series", layout.row.id, str(layout.bookings[0].mediator)
        initial = 0  # a series' UID is new (created, or the following part of a split)
    state = {"mediator": mediator, "occurrences": occurrences, "cancelled": spec.cancelled}
    return kind, entity_id, state, initial


def _context(s: Session, booking: Booking, kind: str, previous: dict[str, Any] | None,
             state: dict[str, Any]) -> invite_text.ChangeContext:
    """What the change text needs beyond the two states: where removed occurrences went, who took over."""
    removed = set()
    if previous:
        now_there = {v[2] for v in state["occurrences"].values()}
        removed = {v[2] for v in previous.get("occurrences", {}).values() if v[2] not in now_there}
    elsewhere: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for booking_id in sorted(removed):
        other = repository.get_booking(s, booking_id)
        if other is not None and other.active:
            elsewhere[booking_id] = (other.start, other.end)
    successor = predecessor = ""
    if kind == "booking":
        # A hand-over (``booking.reschedule`` to a new mediator) cancels one booking as "reassigned"
        # and creates another for the same request: each mail names the other mediator.
        columns = (BookingRow.mediator_id, BookingRow.status, BookingRow.cancel_reason)
        others = s.execute(sa.select(*columns).where(
            BookingRow.request_id == booking.request, BookingRow.id != booking.id,
            BookingRow.mediator_id != booking.mediator))
        for mediator_id, status, cancel_reason in others:
            if booking.cancel_reason == REASSIGNED and status != BookingStatus.CANCELLED.value:
                successor = _mediator_name(s, mediator_id)
            elif cancel_reason == REASSIGNED and booking.active:
                predecessor = _mediator_name(s, mediator_id)
    return invite_text.ChangeContext(elsewhere, successor, predecessor)


def _mediator_name(s: Session, mediator_id: str) -> str:
    mediator = repository.get_mediator(s, mediator_id)
    return mediator.name if mediator is not None else mediator_id


def _unsent(s: Session, booking: Booking, kind: str) -> bool:
    """Whether the object's last mail is still queued, never tried, and the new one will replace it
    (``notify`` drops such mails of a series; a single booking's mails all go out)."""
    if kind != "series" or not booking.series:
        return False
    ids = [b.id for b in request_queries.bookings_of_series(s, booking.series)]
    waiting = s.scalar(sa.select(sa.func.count()).select_from(OutboxRow).where(
        OutboxRow.booking_id.in_(ids), OutboxRow.status == "queued", OutboxRow.attempts == 0,
        OutboxRow.kind == "invitation"))
    return bool(waiting)


def _content(spec: ical.EventSpec) -> dict[str, Any]:
    """What counts as a change of the invitation: everything but SEQUENCE and the mediator's answer."""
    content = asdict(replace(spec, sequence=0, partstat=""))
    content["organizer"] = None
    return content


def invitation_for(
    s: Session,
    booking: Booking,
    *,
    now: dt.datetime,
    settings: MailSettings | None = None,
    entities: Entities | None = None,
) -> OutgoingMail | None:
    """The iMIP mail announcing the current state of ``booking``; None when the mediator has no address.

    Announcing records the object's new state: SEQUENCE rises when the invitation says something new,
    and the mail says what changed since the last one. ``settings`` and ``entities`` are read here
    unless given (by a caller announcing many bookings).
    """
    settings = settings if settings is not None else get_settings(s)
    entities = entities if entities is not None else entities_for(s, [booking])
    spec = booking_spec(s, booking, settings, with_attendee=True, entities=entities)
    kind, entity_id, state, initial = _state(s, booking, spec)
    digest = calendar_objects.fingerprint(_content(spec))
    announced = calendar_objects.announce(s, kind, entity_id, spec.uid, digest=digest, state=state, now=now,
                                          initial=initial, replaces_unsent=_unsent(s, booking, kind))
    spec = replace(spec, uid=announced.uid, sequence=announced.sequence)
    if spec.attendee is None or "@" not in spec.attendee.email:
        return None
    method = ical.Method.CANCEL if spec.cancelled else ical.Method.REQUEST
    tz_name = entities.zone_name
    tz = zone(tz_name)
    data = ical.calendar_bytes(ical.build_calendar([spec], method, now=now, tz_name=tz_name))
    context = _context(s, booking, kind, announced.previous, state)
    changes = invite_text.describe(announced.previous, state, context, tz)
    subject = invite_text.subject(spec, method, changes, tz)
    msg = imip.build_imip_message(
        data,
        method,
        sender=(settings.organizer_name, settings.sender),
        to=(spec.attendee.name, spec.attendee.email),
        subject=subject,
        text=invite_text.body(spec, method, changes, tz,
                              signature=settings.organizer_name or settings.sender),
        message_id=imip.new_message_id(settings.uid_domain),
        date=now,
    )
    return OutgoingMail(booking.id, spec.attendee.email, subject, imip.message_bytes(msg))
