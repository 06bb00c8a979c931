"""Fuzzed replies and busy calendars: each is read or refused with our own error, never a traceback.

Hypothesis mutates real documents line by line (drops lines, breaks values, swaps in odd text)
and feeds random bytes; the readers must answer with a result or ReplyParseError/BusyParseError.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_desk.io.busy_ics import BusyParseError, busy_events
from mediation_desk.io.itip_reply import ReplyParseError, parse_message

REPLY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
    "UID:booking-B1-0123456789abcdef0123@example.org\r\nDTSTAMP:20260301T090000Z\r\n"
    "DTSTART;TZID=Europe/Rome:20261025T023000\r\nSEQUENCE:2\r\n"
    "RECURRENCE-ID;TZID=Europe/Rome:20261026T100000\r\n"
    "ATTENDEE;PARTSTAT=DECLINED;CN=Amina:mailto:amina@example.org\r\nCOMMENT:Non posso\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
MAIL_HEAD = ("From: Amina <amina@example.org>\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/calendar; method=REPLY\r\n\r\n")
BUSY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Rome\r\nBEGIN:VEVENT\r\nUID:w@x\r\n"
    "DTSTART:20260302T080000Z\r\nDTEND:20260302T090000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T000000Z\r\n"
    "EXDATE:20260309T080000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:w@x\r\n"
    "RECURRENCE-ID:20260316T080000Z\r\nDTSTART;TZID=Europe/Rome:20260317T100000\r\nDURATION:PT1H\r\n"
    "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:d@x\r\nDTSTART;VALUE=DATE:20260329\r\nDTEND;VALUE=DATE:20260330\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
ODD = st.sampled_from(["", "abc", "-1", "99999999999999999999", "20261399T999999", "mailto:", ";;;", "\x00",
                       "P-1D", "FREQ=SECONDLY", "TZID=Nowhere/Land:20260101T000000", "é" * 5])


@st.composite
def mutated(draw: st.DrawFn, document: str) -> bytes:
    lines = document.split("\r\n")
    for _ in range(draw(st.integers(0, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "value", "name", "text"]))
        line = lines[index]
        if action == "drop":
            del lines[index]
        elif action == "value" and ":" in line:
            lines[index] = line.rsplit(":", 1)[0] + ":" + draw(ODD)
        elif action == "name" and ":" in line:
            lines[index] = draw(ODD) + ":" + line.split(":", 1)[1]
        else:
            lines[index] = draw(st.text(max_size=40))
        if not lines:
            break
    return "\r\n".join(lines).encode("utf-8", "surrogatepass")


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(mutated(REPLY), mutated(MAIL_HEAD + REPLY), st.binary(max_size=300)))
def test_a_fuzzed_reply_is_read_or_refused(data: bytes) -> None:
    try:
        reply = parse_message(data)
    except ReplyParseError:
        return
    assert all(item.uid and isinstance(item.sequence, int) for item in reply.items)


@SETTINGS
@given(st.one_of(mutated(BUSY), st.binary(max_size=300)))
def test_a_fuzzed_busy_calendar_is_read_or_refused(data: bytes) -> None:
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    try:
        found = busy_events(data, start=start, end=start + dt.timedelta(days=180))
    except BusyParseError:
        return
    assert all(b.start < b.end and b.start.tzinfo is not None for b in found)
