"""The Settings preview of an agency's mail: a template rendered from the next real booking, or a sample."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mediation_desk.scheduling.timeutil import zone
from mediation_desk.services import agency_mail, agency_templates, finance
from mediation_desk.services import agency_mail_content as content
from mediation_desk.services import agency_mail_defaults as defaults
from mediation_desk.services.mail_settings import get_settings
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

SAMPLE_AGENCY = "Comune di esempio"
SAMPLE_MEDIATOR = "Nome Cognome"
SAMPLE_LANGUAGE = "Arabo"
SAMPLE_PLACE = "Piazza del Municipio 1"


@dataclass(frozen=True)
class Preview:
    subject: str
    body: str
    booking_id: str | None  # the booking it was drawn from; None: a sample


def preview(
    db: Database, kind: str, template: agency_templates.Template, *, service_contacts: str, now: dt.datetime
) -> Preview:
    """``template`` (checked first: TemplateError) rendered as the mail of ``kind`` about the next booking.

    A move is shown against the same appointment one hour earlier, a cancellation as asked by the agency:
    the preview is for reading the words, nothing is sent or stored."""
    agency_templates.check_template(kind, template)
    with db.read() as s:
        booking = request_queries.next_active_booking(s, now)
        subject = agency_mail.subject_of(s, booking) if booking is not None else None
        settings = get_settings(s)
        tz = zone(repository.service_timezone(s))
        if subject is not None:
            names, language = agency_mail.names_and_language(s, subject)
            state = agency_mail.state_of(subject, names, language)
            texts = agency_templates.AgencyMailSettings(service_contacts=service_contacts)
            facts = agency_mail.facts_of(s, subject, language, settings, texts)
            to = agency_mail.recipients(subject.request, subject.agency)
            recipient = to[0].name if to else subject.request.agency_contact
            booking_id: str | None = subject.last.id
        else:
            day = now.astimezone(tz) + dt.timedelta(days=7)
            first = day.replace(hour=10, minute=0, second=0, microsecond=0)
            entry = content.Entry(first, first + dt.timedelta(minutes=90), SAMPLE_MEDIATOR)
            state = {"entries": [entry.as_json()], "cancelled": False, "mode": "in_person",
                     "place": SAMPLE_PLACE, "language": SAMPLE_LANGUAGE}
            facts = content.Facts(SAMPLE_AGENCY, SAMPLE_LANGUAGE, "in_person", SAMPLE_PLACE, "",
                                  "richiesta R00001", finance.service_name(s),
                                  service_contacts or settings.organizer_email or settings.sender)
            recipient, booking_id = "dott.ssa Rossi", None
    previous = _previous(kind, state)
    if kind == defaults.CANCELLED:
        previous, state = state, {**state, "entries": [], "cancelled": True}
        facts = content.Facts(**{**facts.__dict__, "cancelled_by": "agency"})
    values = content.values(kind, previous, state, facts, recipient=recipient, tz=tz)
    subject_line, body = agency_templates.render(template, values)
    return Preview(subject_line, body, booking_id)


def _previous(kind: str, state: dict[str, object]) -> dict[str, object] | None:
    if kind != defaults.MOVED:
        return None
    earlier = []
    for entry in content.entries_of(state):  # type: ignore[arg-type]
        hour = dt.timedelta(hours=1)
        earlier.append(content.Entry(entry.start - hour, entry.end - hour, entry.mediator).as_json())
    return {**state, "entries": earlier}
