"""Read iTIP REPLY messages (RFC 5546) from .ics files or e-mails (.eml, IMAP)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from icalendar import Calendar
from icalendar.cal import Component

CALENDAR_TYPES = ("text/calendar", "application/ics")
MAX_REPLY_BYTES = 5 * 1024 * 1024  # a calendar answer is a few kB; larger data is refused unread


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


@dataclass(frozen=True)
class Reply:
    """The answers of one .ics file or e-mail; ``sender`` is the From address of an e-mail (lower case)."""

    items: list[ReplyItem]
    sender: str | None = None


def _address(value: object) -> str:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text.strip().lower()


def _parse_calendar(data: bytes) -> list[ReplyItem]:
    try:
        cal = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        raise ReplyParseError(f"not an iCalendar document: {exc}") from exc
    method = str(cal.get("METHOD", "")).upper()
    if method != "REPLY":
        raise ReplyParseError(f"METHOD is {method or 'missing'}, not REPLY")
    items: list[ReplyItem] = []
    for event in cal.walk("VEVENT"):
        try:
            items.extend(_event_items(event))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            # A broken property (SEQUENCE:abc, a RECURRENCE-ID that is no date) spoils this reply only.
            raise ReplyParseError(f"unreadable event: {exc}") from exc
    if not items:
        raise ReplyParseError("the REPLY names no event with an attendee")
    return items


def _event_items(event: Component) -> list[ReplyItem]:
    uid = str(event.get("UID", "")).strip()
    if not uid:
        return []
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    sequence = int(str(event.get("SEQUENCE", 0)).strip())
    recurrence_id = event.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in event else None
    if recurrence_id is not None and not isinstance(recurrence_id, dt.date):
        raise ValueError(f"RECURRENCE-ID is not a date: {recurrence_id!r}")
    return [
        ReplyItem(
            uid=uid,
            attendee=_address(attendee),
            partstat=str(attendee.params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
            sequence=sequence,
            recurrence_id=recurrence_id if isinstance(recurrence_id, dt.datetime) else None,
            comment=str(event.get("COMMENT", "")),
        )
        for attendee in attendees
    ]


def _calendar_parts(msg: EmailMessage) -> list[bytes]:
    parts: list[bytes] = []
    for part in msg.walk():
        if part.get_content_type() in CALENDAR_TYPES:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts.append(payload)
    return parts


def _sender(msg: EmailMessage) -> str | None:
    """The one From address of the message, lower case; None when there is none or several."""
    try:
        header = msg["From"]
        addresses: tuple[Any, ...] = tuple(getattr(header, "addresses", ()))
    except (ValueError, IndexError, TypeError):
        return None
    if len(addresses) != 1 or not addresses[0].addr_spec:
        return None
    return str(addresses[0].addr_spec).strip().lower()


def parse_message(data: bytes) -> Reply:
    """The answers in ``data`` (an iCalendar document or a MIME e-mail carrying one) and who sent them."""
    if len(data) > MAX_REPLY_BYTES:
        raise ReplyParseError(f"larger than {MAX_REPLY_BYTES // (1024 * 1024)} MB: not a calendar answer")
    if data.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        return Reply(_parse_calendar(data))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    errors: list[str] = []
    for payload in _calendar_parts(msg):
        try:
            return Reply(_parse_calendar(payload), _sender(msg))
        except ReplyParseError as exc:
            errors.append(str(exc))
    raise ReplyParseError("; ".join(errors) or "the e-mail carries no calendar part")


def parse_reply(data: bytes) -> list[ReplyItem]:
    """The answers in ``data``, without the sender (see ``parse_message``)."""
    return parse_message(data).items
