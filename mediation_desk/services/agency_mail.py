"""The agency is told: a mail to its referente (and the contact on site) when its booking is made, moved
or cancelled, with the appointment as an .ics for its calendar.

Called by ``notify`` in the transaction of the booking change, so the mail is
queued if and only if the change commits, in the same outbox as the mediators'
invitations (queued, retried, never lost; ``kind`` agency, which no later mail
replaces). What the agency sees is one calendar object per request, or per
weekly series (one mail listing the dates, not one per date): a hand-over to
another mediator or a moved occurrence is a change of that object, told as
"spostato" with the times and mediators before and after. Its UID and
SEQUENCE live in ``calendar_objects`` under kinds of their own, and the state
stored there is what the agency was last told, so a change that says nothing
new to the agency (a mediator's reply, an invitation sent again) sends nothing.

Privacy: the mail says what the agency itself wrote (its contacts, case code,
place) and who comes; never the reason, the nationality, the required gender,
the service's notes, nor the mediator's phone or e-mail: the service is the
agency's point of contact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.io import agency_ics, ical, imip
from mediation_desk.scheduling.model import (
    Agency,
    Booking,
    BookingStatus,
    CancelParty,
    Mode,
    Request,
    RequestStatus,
)
from mediation_desk.scheduling.timeutil import zone
from mediation_desk.services import agency_mail_content as content
from mediation_desk.services import agency_mail_defaults as defaults
from mediation_desk.services import agency_templates, calendar_objects, finance, invites, mail_outbox
from mediation_desk.services.mail_settings import MailSettings
from mediation_desk.storage import repository, request_queries

REQUEST_KIND, SERIES_KIND = "agency-request", "agency-series"  # calendar object kinds of the agencies' events
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class Subject:
    """What one agency event describes: a request's booking or a weekly series, as it stands now."""

    kind: str  # REQUEST_KIND or SERIES_KIND
    entity_id: str
    request: Request
    agency: Agency
    bookings: list[Booking]  # of the request or series, cancelled ones too
    last: Booking  # the booking the mail is filed under in the outbox

    @property
    def active(self) -> list[Booking]:
        return [b for b in self.bookings if b.status is not BookingStatus.CANCELLED]


def recipients(request: Request, agency: Agency) -> list[Recipient]:
    """The referente who asked (by name among the agency's contacts) and the contact on site (by name,
    or an address written with it); those with an e-mail address, each once."""
    found: list[Recipient] = []
    asked = " ".join(request.agency_contact.split()).casefold()
    on_site = " ".join(request.contact_on_site.split()).casefold()
    for contact in agency.contacts:
        name = " ".join(contact.name.split()).casefold()
        if name and "@" in contact.email and name == asked:
            found.append(Recipient(contact.name, contact.email.strip()))
    for contact in agency.contacts:
        name = " ".join(contact.name.split()).casefold()
        if name and "@" in contact.email and on_site and (name == on_site or on_site.startswith(name + ",")
                                                          or on_site.startswith(name + " (")):
            found.append(Recipient(contact.name, contact.email.strip()))
    written = EMAIL.search(request.contact_on_site)
    if written:
        name = request.contact_on_site[: written.start()].strip(" ,;:<(-")
        found.append(Recipient(name, written.group(0)))
    unique: dict[str, Recipient] = {}
    for recipient in found:
        unique.setdefault(recipient.email.casefold(), recipient)
    return list(unique.values())


def subject_of(s: Session, booking: Booking) -> Subject | None:
    if booking.series:
        kind, entity_id = SERIES_KIND, str(booking.series)
        bookings = request_queries.bookings_of_series(s, booking.series)
    else:
        kind, entity_id = REQUEST_KIND, str(booking.request)
        bookings = request_queries.bookings_of_request(s, booking.request)
    if not bookings:
        return None
    active = [b for b in bookings if b.status is not BookingStatus.CANCELLED]
    last = active[-1] if active else max(bookings, key=lambda b: (b.cancelled_at or dt.datetime.min.replace(
        tzinfo=dt.UTC), b.id))
    request = repository.get_request(s, last.request)
    agency = repository.get_agency(s, request.agency) if request is not None else None
    if request is None or agency is None:
        return None
    return Subject(kind, entity_id, request, agency, bookings, last)


def names_and_language(s: Session, subject: Subject) -> tuple[dict[str, str], str]:
    """The mediators' names by id and the language's name the agency's mail uses."""
    names: dict[str, str] = {}
    for mediator_id in {b.mediator for b in subject.bookings}:
        mediator = repository.get_mediator(s, mediator_id)
        names[mediator_id] = mediator.name if mediator is not None else mediator_id
    language = repository.get_language(s, subject.request.language)
    return names, language.name if language is not None else subject.request.language


def _place(request: Request, agency: Agency) -> str:
    if request.mode is Mode.IN_PERSON:
        return request.address or agency.address
    return defaults.PLACE_BY_MODE.get(str(request.mode), str(request.mode))


def state_of(subject: Subject, names: dict[str, str], language: str) -> dict[str, Any]:
    entries = [content.Entry(b.start, b.end, names.get(b.mediator, b.mediator)).as_json()
               for b in sorted(subject.active, key=lambda b: b.start)]
    return {"entries": entries, "cancelled": not entries, "mode": str(subject.request.mode),
            "place": _place(subject.request, subject.agency), "language": language}


def facts_of(s: Session, subject: Subject, language: str, settings: MailSettings,
           texts: agency_templates.AgencyMailSettings) -> content.Facts:
    cancelled_by = ""
    replacement = False
    if not subject.active:
        party = subject.last.cancelled_by
        cancelled_by = str(party) if party is not None else ""
        replacement = party is CancelParty.MEDIATOR and subject.request.status is RequestStatus.PENDING
    series = subject.kind == SERIES_KIND
    reference = f"serie {subject.entity_id}" if series else f"richiesta {subject.request.id}"
    return content.Facts(
        agency=subject.agency.name, language=language, mode=str(subject.request.mode),
        place=_place(subject.request, subject.agency), case=subject.request.case or "", reference=reference,
        service=finance.service_name(s),
        service_contacts=texts.service_contacts or settings.organizer_email or settings.sender,
        cancelled_by=cancelled_by, replacement_sought=replacement)


def _spec(s: Session, subject: Subject, settings: MailSettings, facts: content.Facts,
          names: dict[str, str]) -> ical.EventSpec:
    shown = subject.active or [subject.last]
    text = agency_ics.event_text(
        agency_name=facts.agency, language_name=facts.language,
        mode_words=defaults.MODE_WORDS.get(facts.mode, facts.mode), place=facts.place,
        mediators=list(dict.fromkeys(names.get(b.mediator, b.mediator) for b in shown)),
        reference=facts.reference, case=facts.case, service_name=facts.service)
    organizer = ical.Party(settings.organizer_email or settings.sender, facts.service)
    uid = calendar_objects.uid_for(s, subject.kind, subject.entity_id, settings.uid_domain)
    if subject.kind == SERIES_KIND:
        series = invites.series_spec(s, subject.entity_id, settings, with_attendee=False)
        if series is not None:
            return replace(series, uid=uid, text=text, organizer=organizer, attendee=None)
    booking = subject.last
    return ical.EventSpec(uid=uid, sequence=0, start=booking.start, end=booking.end, text=text,
                          organizer=organizer, cancelled=not subject.active)


def _mails(s: Session, subject: Subject, *, now: dt.datetime, settings: MailSettings,
           texts: agency_templates.AgencyMailSettings) -> list[mail_outbox.OutgoingMail]:
    """The mails telling ``subject``'s agency what changed since it was last told (none when nothing did)."""
    if not subject.agency.notify_by_mail:
        return []
    to = recipients(subject.request, subject.agency)
    if not to:
        return []
    names, language = names_and_language(s, subject)
    state = state_of(subject, names, language)
    facts = facts_of(s, subject, language, settings, texts)
    spec = _spec(s, subject, settings, facts, names)
    announced = calendar_objects.announce(
        s, subject.kind, subject.entity_id, spec.uid, digest=calendar_objects.fingerprint(state), state=state,
        now=now)
    kind = content.kind_of(announced.previous, state)
    if kind is None:
        return []
    tz_name = repository.service_timezone(s)
    data, method = agency_ics.agency_calendar(replace(spec, sequence=announced.sequence), now=now,
                                              tz_name=tz_name)
    template = texts.template(kind)
    out = []
    for recipient in to:
        values = content.values(kind, announced.previous, state, facts, recipient=recipient.name,
                                tz=zone(tz_name))
        subject_line, body = agency_templates.render(template, values)
        msg = imip.build_imip_message(
            data, method, sender=(facts.service, settings.sender), to=(recipient.name, recipient.email),
            subject=subject_line, text=body, message_id=imip.new_message_id(settings.uid_domain), date=now,
            attachment_name=agency_ics.ATTACHMENT_NAME)
        out.append(mail_outbox.OutgoingMail(subject.last.id, recipient.email, subject_line,
                                            imip.message_bytes(msg), kind=mail_outbox.AGENCY))
    return out


def bookings_changed(
    s: Session, bookings: Sequence[Booking], *, now: dt.datetime, actor: str, settings: MailSettings
) -> int:
    """Queue the agencies' mails about ``bookings`` (just made, moved or cancelled) in the caller's
    transaction; how many were queued. ``settings``: the mail account, already found usable."""
    texts = agency_templates.settings_in(s)
    seen: set[tuple[str, str]] = set()
    queued: list[mail_outbox.OutgoingMail] = []
    for booking in bookings:
        key = (SERIES_KIND, str(booking.series)) if booking.series else (REQUEST_KIND, str(booking.request))
        if key in seen:
            continue
        seen.add(key)
        subject = subject_of(s, booking)
        if subject is not None:
            queued += _mails(s, subject, now=now, settings=settings, texts=texts)
    mail_outbox.enqueue_many(s, queued, now=now, actor=actor)
    return len(queued)
