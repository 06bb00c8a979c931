"""iCalendar invitations: VTIMEZONE rules, DST-safe times, recurrence, re-read by independent parsers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import recurring_ical_events
import vobject
from icalendar import Calendar

from mediation_desk.io.ical import (
    EventSpec,
    EventText,
    Method,
    Override,
    Party,
    build_calendar,
    calendar_bytes,
    event_text,
)
from mediation_desk.io.vtimezone import vtimezone
from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    AreaCode,
    ContactPerson,
    LanguageCode,
    Mode,
    Request,
    RequestId,
)

ROME = ZoneInfo("Europe/Rome")
NOW = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
TEXT = EventText("Mediazione Arabo - Comune di Lodi", "Ente: Comune di Lodi", "Piazza Broletto 1, Lodi")


def _spec(start: dt.datetime, minutes: int = 90, **kw: object) -> EventSpec:
    return EventSpec(
        uid="booking-B1@example.org",
        sequence=3,
        start=start,
        end=start + dt.timedelta(minutes=minutes),
        text=TEXT,
        organizer=Party("coord@example.org", "Coordinamento"),
        attendee=Party("amina@example.org", "Amina El Idrissi"),
        **kw,  # type: ignore[arg-type]
    )


def test_vtimezone_uses_yearly_rules_not_rdates() -> None:
    text = vtimezone("Europe/Rome").to_ical().decode()
    assert "RDATE" not in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "DTSTART:19700329T020000" in text and "DTSTART:19701025T030000" in text


def test_vtimezone_agrees_with_zoneinfo_on_2026_dst_days() -> None:
    cal = vobject.readOne(calendar_bytes(build_calendar([_spec(NOW)], Method.PUBLISH, now=NOW)).decode())
    tz = cal.vtimezone.gettzinfo()
    for local in (
        dt.datetime(2026, 3, 29, 1, 30),
        dt.datetime(2026, 3, 29, 3, 30),
        dt.datetime(2026, 10, 25, 1, 30),
        dt.datetime(2026, 10, 25, 4, 0),
    ):
        assert local.replace(tzinfo=tz).utcoffset() == local.replace(tzinfo=ROME).utcoffset()


def test_request_across_both_dst_changes_reparses_with_right_times() -> None:
    # Weekly on Saturday 10:00 local from 2026-03-21: the series crosses 2026-03-29 and 2026-10-25.
    first = dt.datetime(2026, 3, 21, 10, 0, tzinfo=ROME)
    spec = _spec(first, rrule="FREQ=WEEKLY;UNTIL=20261107T230000Z")
    data = calendar_bytes(build_calendar([spec], Method.REQUEST, now=NOW))
    cal = Calendar.from_ical(data)
    found = recurring_ical_events.of(cal).between(dt.date(2026, 3, 20), dt.date(2026, 11, 8))
    starts = [e.decoded("DTSTART") for e in found]
    assert all(s.astimezone(ROME).hour == 10 for s in starts)
    utc_hours = {s.date(): s.astimezone(dt.UTC).hour for s in starts}
    assert utc_hours[dt.date(2026, 3, 21)] == 9 and utc_hours[dt.date(2026, 3, 28)] == 9
    assert utc_hours[dt.date(2026, 4, 4)] == 8 and utc_hours[dt.date(2026, 10, 24)] == 8
    assert utc_hours[dt.date(2026, 10, 31)] == 9 and utc_hours[dt.date(2026, 11, 7)] == 9
    event = vobject.readOne(data.decode()).vevent
    assert event.dtstart.value == first and event.dtstart.value.utcoffset() == dt.timedelta(hours=1)


def test_request_has_itip_fields() -> None:
    data = calendar_bytes(
        build_calendar([_spec(dt.datetime(2026, 10, 25, 9, 0, tzinfo=ROME))], Method.REQUEST, now=NOW)
    )
    cal = vobject.readOne(data.decode())
    assert cal.method.value == "REQUEST"
    event = cal.vevent
    assert event.uid.value == "booking-B1@example.org" and event.sequence.value == "3"
    assert event.dtstamp.value == NOW
    assert event.organizer.value == "mailto:coord@example.org"
    assert event.attendee.params["RSVP"] == ["TRUE"]
    assert event.attendee.params["PARTSTAT"] == ["NEEDS-ACTION"]
    assert b"DTSTART;TZID=Europe/Rome:20261025T090000" in data
    assert event.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 8, 0, tzinfo=dt.UTC)
    assert event.dtend.value.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 9, 30, tzinfo=dt.UTC)


def test_cancel_marks_event_cancelled_without_rsvp() -> None:
    data = calendar_bytes(build_calendar([_spec(NOW, cancelled=True)], Method.CANCEL, now=NOW))
    event = vobject.readOne(data.decode()).vevent
    assert event.status.value == "CANCELLED"
    assert "RSVP" not in event.attendee.params


def test_series_exdate_and_moved_occurrence() -> None:
    first = dt.datetime(2026, 3, 23, 9, 0, tzinfo=ROME)  # Monday, before the March change
    moved_from = dt.datetime(2026, 4, 6, 9, 0, tzinfo=ROME)
    spec = _spec(
        first,
        rrule="FREQ=WEEKLY;COUNT=4",
        exdates=(dt.datetime(2026, 3, 30, 9, 0, tzinfo=ROME),),
        overrides=(
            Override(
                moved_from, moved_from + dt.timedelta(hours=5), moved_from + dt.timedelta(hours=6, minutes=30)
            ),
        ),
    )
    cal = Calendar.from_ical(calendar_bytes(build_calendar([spec], Method.REQUEST, now=NOW)))
    starts = sorted(
        e.decoded("DTSTART")
        for e in recurring_ical_events.of(cal).between(dt.date(2026, 3, 1), dt.date(2026, 5, 1))
    )
    assert [s.astimezone(ROME).replace(tzinfo=None) for s in starts] == [
        dt.datetime(2026, 3, 23, 9),
        dt.datetime(2026, 4, 6, 14),
        dt.datetime(2026, 4, 13, 9),
    ]


def test_event_text_is_italian_and_omits_sensitive_fields() -> None:
    agency = Agency(
        AgencyId("A1"),
        "Comune di Lodi",
        AgencyKind.MUNICIPALITY,
        AreaCode("LODI"),
        "Piazza Broletto 1, Lodi",
        45.3,
        9.5,
        contacts=[ContactPerson("Anna Bianchi", phone="0371 1234")],
    )
    request = Request(
        RequestId("R1"),
        AgencyId("A1"),
        None,
        LanguageCode("ar"),
        Mode.IN_PERSON,
        90,
        [],
        case="C-0017",
        reason="violenza domestica",
        nationality="marocchina",
        required_gender="F",
        contact_on_site="Sig.ra Rossi, sportello 3",
        notes="Portare il modulo",
    )
    text = event_text(request, agency, "Arabo", reference="B00001")
    assert text.location == "Piazza Broletto 1, Lodi"
    assert "Sig.ra Rossi, sportello 3" in text.description and "Codice caso: C-0017" in text.description
    assert "Lingua: Arabo (ar)" in text.description and "in presenza" in text.description
    for secret in ("violenza", "marocchina"):
        assert secret not in text.description and secret not in text.summary
    phone = event_text(
        Request(RequestId("R2"), AgencyId("A1"), None, LanguageCode("ar"), Mode.PHONE, 30, []),
        agency,
        "Arabo",
        reference="B2",
    )
    assert "telefonica" in phone.summary and "Anna Bianchi, 0371 1234" in phone.description
