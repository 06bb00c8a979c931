"""Invitations of bookings: the iCalendar events and iMIP mails that describe them to the mediator.

A booking of a series is announced as the whole series: one event (UID
``series-<id>@domain``) with RRULE, EXDATE for occurrences without an active
booking, and RECURRENCE-ID overrides for moved ones. Its SEQUENCE is the sum of
the occurrences' sequences, which rises whenever any occurrence changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from dateutil.rrule import rrule, rrulestr
from sqlalchemy.orm import Session

from mediation_desk.io import ical, imip
from mediation_desk.scheduling.model import Agency, Booking, BookingStatus, Language, Mediator, Request
from mediation_desk.scheduling.timeutil import end_after, zone
from mediation_desk.services.mail import MailSettings, OutgoingMail, get_settings
from mediation_desk.storage import convert, repository, request_queries
from mediation_desk.storage.orm import AgencyRow, LanguageRow, MediatorRow, RequestRow, SeriesRow

WEEKDAY_IT = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
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
        uid=ical.booking_uid(booking.id, settings.uid_domain),
        sequence=booking.sequence,
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
        uid=ical.series_uid(series_id, settings.uid_domain),
        sequence=sum(b.sequence for b in bookings),
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


def _subject(spec: ical.EventSpec, method: ical.Method, tz: dt.tzinfo) -> str:
    local = spec.start.astimezone(tz)
    when = f"{WEEKDAY_IT[local.weekday()]} {local:%d/%m/%Y %H:%M}"
    prefix = "Annullato" if method is ical.Method.CANCEL else ("Aggiornato" if spec.sequence else "Invito")
    series = " (serie)" if spec.rrule else ""
    return f"{prefix}: {spec.text.summary}, {when}{series}"


def _body(spec: ical.EventSpec, method: ical.Method, settings: MailSettings, tz: dt.tzinfo) -> str:
    local_start, local_end = spec.start.astimezone(tz), spec.end.astimezone(tz)
    if method is ical.Method.CANCEL:
        opening = "l'intervento seguente è stato annullato e va tolto dal calendario."
    elif spec.sequence:
        opening = "l'intervento seguente è stato modificato: il calendario si aggiorna accettando l'invito."
    else:
        opening = "ti proponiamo l'intervento seguente: rispondi all'invito con Accetta o Rifiuta."
    recurrence = "\nSi ripete secondo la serie indicata nell'invito." if spec.rrule else ""
    return (
        f"Buongiorno,\n{opening}\n\n"
        f"Quando: {WEEKDAY_IT[local_start.weekday()]} {local_start:%d/%m/%Y}, "
        f"{local_start:%H:%M}-{local_end:%H:%M} (ora italiana){recurrence}\n"
        f"Dove: {spec.text.location}\n\n{spec.text.description}\n\n"
        f"Grazie,\n{settings.organizer_name or settings.organizer_email}\n"
    )


def invitation_for(
    s: Session,
    booking: Booking,
    *,
    now: dt.datetime,
    settings: MailSettings | None = None,
    entities: Entities | None = None,
) -> OutgoingMail | None:
    """The iMIP mail announcing the current state of ``booking``; None when the mediator has no address.

    ``settings`` and ``entities`` are read here unless given (by a caller announcing many bookings).
    """
    settings = settings if settings is not None else get_settings(s)
    entities = entities if entities is not None else entities_for(s, [booking])
    spec = booking_spec(s, booking, settings, with_attendee=True, entities=entities)
    if spec.attendee is None or "@" not in spec.attendee.email:
        return None
    method = ical.Method.CANCEL if spec.cancelled else ical.Method.REQUEST
    tz_name = entities.zone_name
    data = ical.calendar_bytes(ical.build_calendar([spec], method, now=now, tz_name=tz_name))
    subject = _subject(spec, method, zone(tz_name))
    msg = imip.build_imip_message(
        data,
        method,
        sender=(settings.organizer_name, settings.sender),
        to=(spec.attendee.name, spec.attendee.email),
        subject=subject,
        text=_body(spec, method, settings, zone(tz_name)),
        message_id=imip.new_message_id(settings.uid_domain),
        date=now,
    )
    return OutgoingMail(booking.id, spec.attendee.email, subject, imip.message_bytes(msg))
