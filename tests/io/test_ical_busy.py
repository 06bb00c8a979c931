"""Busy times from a mediator's calendar: recurrences, exceptions, transparency, all-day events."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from mediation_desk.io.busy_ics import BusyParseError, busy_events

ROME = ZoneInfo("Europe/Rome")

CALENDAR = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:weekly@test\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=Europe/Rome:20260316T090000\r
DTEND;TZID=Europe/Rome:20260316T110000\r
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413T235959Z\r
EXDATE;TZID=Europe/Rome:20260323T090000\r
SUMMARY:Corso di italiano\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly@test\r
DTSTAMP:20260101T000000Z\r
RECURRENCE-ID;TZID=Europe/Rome:20260406T090000\r
DTSTART;TZID=Europe/Rome:20260407T140000\r
DTEND;TZID=Europe/Rome:20260407T150000\r
SUMMARY:Corso spostato\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:free@test\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260317T080000Z\r
DTEND:20260317T090000Z\r
TRANSP:TRANSPARENT\r
SUMMARY:Promemoria\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:holiday@test\r
DTSTAMP:20260101T000000Z\r
DTSTART;VALUE=DATE:20260329\r
DTEND;VALUE=DATE:20260330\r
CLASS:PRIVATE\r
SUMMARY:Visita medica\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:booking-B7@example.org\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260318T080000Z\r
DTEND:20260318T090000Z\r
SUMMARY:Our own invitation\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _local(b: dt.datetime) -> dt.datetime:
    return b.astimezone(ROME).replace(tzinfo=None)


def test_expands_recurrence_with_exdate_override_and_dst() -> None:
    found = busy_events(
        CALENDAR,
        start=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        end=dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
        skip_uid=lambda uid: uid.endswith("@example.org"),
    )
    weekly = [(_local(b.start), _local(b.end)) for b in found if b.uid == "weekly@test"]
    assert weekly == [
        (dt.datetime(2026, 3, 16, 9), dt.datetime(2026, 3, 16, 11)),
        (dt.datetime(2026, 3, 30, 9), dt.datetime(2026, 3, 30, 11)),  # after the DST change: still 9 local
        (dt.datetime(2026, 4, 7, 14), dt.datetime(2026, 4, 7, 15)),  # the moved occurrence
        (dt.datetime(2026, 4, 13, 9), dt.datetime(2026, 4, 13, 11)),
    ]
    assert found[0].start == dt.datetime(2026, 3, 16, 8, tzinfo=dt.UTC)
    assert [b for b in found if b.uid == "weekly@test"][1].start == dt.datetime(2026, 3, 30, 7, tzinfo=dt.UTC)
    assert not [b for b in found if b.uid in ("free@test", "booking-B7@example.org")]


def test_all_day_event_blocks_the_local_day_and_hides_private_summary() -> None:
    found = busy_events(
        CALENDAR, start=dt.datetime(2026, 3, 29, tzinfo=dt.UTC), end=dt.datetime(2026, 3, 30, tzinfo=dt.UTC)
    )
    day = next(b for b in found if b.uid == "holiday@test")
    assert day.start == dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC)  # local midnight, CET
    assert day.end == dt.datetime(2026, 3, 29, 22, tzinfo=dt.UTC)  # next local midnight, CEST: 23 hours
    assert day.summary == "Occupato"


def test_horizon_limits_an_endless_rule() -> None:
    data = CALENDAR.replace(b";UNTIL=20260413T235959Z", b"")
    found = busy_events(
        data, start=dt.datetime(2026, 6, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 6, 30, tzinfo=dt.UTC)
    )
    assert [_local(b.start).day for b in found if b.uid == "weekly@test"] == [1, 8, 15, 22, 29]


def test_garbage_is_refused() -> None:
    with pytest.raises(BusyParseError):
        busy_events(
            b"not a calendar",
            start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            end=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
        )


OUTLOOK = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VTIMEZONE\r
TZID:Customized Time Zone\r
BEGIN:STANDARD\r
DTSTART:16010101T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:custom@x\r
DTSTART;TZID=Customized Time Zone:20260401T100000\r
DTEND;TZID=Customized Time Zone:20260401T110000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:windows@x\r
DTSTART;TZID=W. Europe Standard Time:20260115T100000\r
DTEND;TZID=W. Europe Standard Time:20260115T110000\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_outlook_custom_and_windows_time_zones() -> None:
    found = busy_events(
        OUTLOOK, start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    )
    assert [(b.uid, b.start.hour) for b in found] == [("windows@x", 9), ("custom@x", 8)]
