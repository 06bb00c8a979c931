"""Read iTIP REPLY messages (RFC 5546) from .ics files or e-mails (.eml, IMAP)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

from icalendar import Calendar

CALENDAR_TYPES = ("text/calendar", "application/ics")


class ReplyParseError(ValueError):
    """The data holds no readable iTIP REPLY."""


@dataclass(frozen=True)
class ReplyItem:
    """One attendee's answer to one event (or to one occurrence of it)."""

    uid: str
    attendee: str  # e-mail address, lower case, without "mailto:"
    partstat: str  # ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION, DELEGATED
    sequence: int
    recurrence_id: dt.datetime | None = None
    comment: str = ""


def _address(value: object) -> str:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text.strip().lower()


def _parse_calendar(data: bytes) -> list[ReplyItem]:
    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        raise ReplyParseError(f"not an iCalendar document: {exc}") from exc
    method = str(cal.get("METHOD", "")).upper()
    if method != "REPLY":
        raise ReplyParseError(f"METHOD is {method or 'missing'}, not REPLY")
    items: list[ReplyItem] = []
    for event in cal.walk("VEVENT"):
        uid = str(event.get("UID", "")).strip()
        if not uid:
            continue
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        recurrence = event.get("RECURRENCE-ID")
        for attendee in attendees:
            items.append(
                ReplyItem(
                    uid=uid,
                    attendee=_address(attendee),
                    partstat=str(attendee.params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
                    sequence=int(event.get("SEQUENCE", 0)),
                    recurrence_id=recurrence.dt if recurrence is not None else None,
                    comment=str(event.get("COMMENT", "")),
                )
            )
    if not items:
        raise ReplyParseError("the REPLY names no event with an attendee")
    return items


def _calendar_parts(msg: EmailMessage) -> list[bytes]:
    parts: list[bytes] = []
    for part in msg.walk():
        if part.get_content_type() in CALENDAR_TYPES:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts.append(payload)
    return parts


def parse_reply(data: bytes) -> list[ReplyItem]:
    """The answers in ``data``: an iCalendar document or a MIME e-mail carrying one."""
    if data.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        return _parse_calendar(data)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    errors: list[str] = []
    for payload in _calendar_parts(msg):
        try:
            return _parse_calendar(payload)
        except ReplyParseError as exc:
            errors.append(str(exc))
    raise ReplyParseError("; ".join(errors) or "the e-mail carries no calendar part")
