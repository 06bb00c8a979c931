"""The agency's calendar copy of its booking: one event for its calendar, which later mails update.

The event has its own UID (not the mediator's invitation's), a SEQUENCE that
rises with each change, and the service as ORGANIZER with no ATTENDEE: the
agency is told, not invited, so it is published (METHOD:PUBLISH, RFC 5546
3.2.1). A cancellation is sent as METHOD:CANCEL with STATUS:CANCELLED and the
same UID and a higher SEQUENCE (RFC 5546 3.2.5): that is what Outlook,
Thunderbird, Apple Calendar and Gmail act on to take the event out of the
calendar, where a published STATUS:CANCELLED is only shown struck through by
some of them and ignored by others.

Privacy: the event says what the agency itself asked for (its name, the
language, the mode, the place, its case code) and who comes; never the reason
for the intervention, the nationality or the service's internal notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from mediation_desk.io import ical

ATTACHMENT_NAME = "appuntamento.ics"


def event_text(
    *, agency_name: str, language_name: str, mode_words: str, place: str, mediators: Sequence[str],
    reference: str, case: str = "", service_name: str = "",
) -> ical.EventText:
    """Italian summary, description and location of the agency's event."""
    who = ", ".join(mediators)
    lines = [
        f"Mediazione linguistico-culturale {mode_words}",
        f"Lingua: {language_name}",
    ]
    if who:
        lines.append(f"Mediatore/mediatrice: {who}")
    lines.append(f"Luogo: {place}")
    if case:
        lines.append(f"Vostro codice caso: {case}")
    lines.append(f"Riferimento: {reference}")
    if service_name:
        lines.append(f"Servizio: {service_name}")
    summary = f"Mediazione {language_name}"
    if who:
        summary += f" - {who}"
    return ical.EventText(summary=summary, description="\n".join(lines), location=place)


def method_of(spec: ical.EventSpec) -> ical.Method:
    """PUBLISH while the intervention stands, CANCEL once it is called off."""
    return ical.Method.CANCEL if spec.cancelled else ical.Method.PUBLISH


def agency_calendar(spec: ical.EventSpec, *, now: dt.datetime, tz_name: str) -> tuple[bytes, ical.Method]:
    """The VCALENDAR (with its VTIMEZONE) the agency's mail carries, and its METHOD."""
    if spec.attendee is not None:
        raise ValueError("the agency's event is published: it has no attendee")
    if spec.organizer is None:
        raise ValueError("a published event needs its ORGANIZER (RFC 5546 3.2.1)")
    method = method_of(spec)
    return ical.calendar_bytes(ical.build_calendar([spec], method, now=now, tz_name=tz_name)), method
