"""iTIP REPLY reading: answers made from our invitation by a calendar client, as .ics and as e-mail."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
import vobject

from mediation_desk.io.ical import EventSpec, EventText, Method, Party, build_calendar, calendar_bytes
from mediation_desk.io.itip_reply import ReplyParseError, parse_reply

NOW = dt.datetime(2026, 10, 20, 8, 0, tzinfo=dt.UTC)


def _invite() -> bytes:
    spec = EventSpec(
        "booking-B9@example.org",
        2,
        dt.datetime(2026, 10, 25, 8, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 9, 30, tzinfo=dt.UTC),
        EventText("S", "D", "L"),
        Party("coord@example.org", "Coordinamento"),
        Party("Amina@Example.org", "Amina"),
    )
    return calendar_bytes(build_calendar([spec], Method.REQUEST, now=NOW))


def client_reply(invite: bytes, partstat: str) -> bytes:
    """What a calendar client sends back: METHOD:REPLY, the same event, only our attendee's answer."""
    cal = vobject.readOne(invite.decode())
    cal.method.value = "REPLY"
    event = cal.vevent
    for attendee in event.attendee_list:
        attendee.params["PARTSTAT"] = [partstat]
        attendee.params.pop("RSVP", None)
    for name in ("description", "location"):
        if hasattr(event, name):
            event.remove(getattr(event, name))
    return cal.serialize().encode()


def test_accept_from_ics() -> None:
    [item] = parse_reply(client_reply(_invite(), "ACCEPTED"))
    assert item.uid == "booking-B9@example.org" and item.partstat == "ACCEPTED"
    assert item.attendee == "amina@example.org" and item.sequence == 2


def test_decline_from_email_with_calendar_part() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "amina@example.org", "coord@example.org", "Rifiutato: S"
    msg.set_content("Non posso.")
    msg.add_alternative(
        client_reply(_invite(), "DECLINED").decode(), subtype="calendar", params={"method": "REPLY"}
    )
    [item] = parse_reply(msg.as_bytes())
    assert item.partstat == "DECLINED"


def test_an_invitation_is_not_a_reply() -> None:
    with pytest.raises(ReplyParseError, match="REQUEST"):
        parse_reply(_invite())


def test_mail_without_calendar_is_refused() -> None:
    msg = EmailMessage()
    msg["Subject"] = "ciao"
    msg.set_content("nothing here")
    with pytest.raises(ReplyParseError, match="no calendar part"):
        parse_reply(msg.as_bytes())
