"""Busy calendars exported by Google, Outlook, Apple and Nextcloud land at the right instants,
across both 2026 daylight-saving changes (29 March and 25 October).

The fixtures in ``busy_exports/`` are written by hand in each client's shape: Google with
UTC times and X-WR-TIMEZONE, Outlook with a Windows zone name, Apple and Nextcloud with
their own VTIMEZONE. Each has a weekly Monday 09:00-10:00 (Rome) course from 2 March.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mediation_desk.io.busy_ics import busy_events

ROME = ZoneInfo("Europe/Rome")
EXPORTS = Path(__file__).parent / "busy_exports"
START, END = dt.datetime(2026, 3, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
# The Mondays around each change, as UTC instants: 09:00 CET is 08:00Z, 09:00 CEST is 07:00Z.
AROUND_CHANGES = {
    dt.date(2026, 3, 23): dt.datetime(2026, 3, 23, 8, tzinfo=dt.UTC),
    dt.date(2026, 3, 30): dt.datetime(2026, 3, 30, 7, tzinfo=dt.UTC),
    dt.date(2026, 10, 19): dt.datetime(2026, 10, 19, 7, tzinfo=dt.UTC),
    dt.date(2026, 11, 2): dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC),
}


@pytest.mark.parametrize("client", ["google", "outlook", "apple", "nextcloud"])
def test_weekly_course_stays_at_nine_local_across_both_changes(client: str) -> None:
    found = busy_events((EXPORTS / f"{client}.ics").read_bytes(), start=START, end=END)
    course = [b for b in found if b.summary.startswith("Corso di arabo")]
    mondays = {b.start.astimezone(ROME).date(): b for b in course if b.start.astimezone(ROME).weekday() == 0}
    for day, instant in AROUND_CHANGES.items():
        assert mondays[day].start == instant, (client, day)
        assert mondays[day].end - mondays[day].start == dt.timedelta(hours=1)
    assert all(b.start.astimezone(ROME).time() == dt.time(9) for b in mondays.values()), client
    assert all(b.end.tzinfo is dt.UTC for b in course)


def test_google_utc_times_follow_x_wr_timezone() -> None:
    found = busy_events((EXPORTS / "google.ics").read_bytes(), start=START, end=END)
    course = [b.start for b in found if b.uid == "5k2v9r1q0b7c3d8e@google.com"]
    assert len(course) == 40  # every Monday from 2 March to 30 November
    night = next(b for b in found if b.uid == "7a1b2c3d4e5f@google.com")
    # 01:30Z on 25 October is the second 02:30 (CET): the instant is kept as written.
    assert (night.start, night.end) == (dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC),
                                        dt.datetime(2026, 10, 25, 2, tzinfo=dt.UTC))
    assert not [b for b in found if b.uid == "free1@google.com"]  # transparent


def test_outlook_windows_zone_and_private_event() -> None:
    found = busy_events((EXPORTS / "outlook.ics").read_bytes(), start=START, end=END)
    visit = next(b for b in found if b.uid.endswith("1111"))
    assert visit.start == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)  # 03:30 CEST, after the change
    assert visit.summary == "Occupato"  # CLASS:PRIVATE keeps its title out


def test_apple_exdate_until_and_all_day_on_the_change_day() -> None:
    found = busy_events((EXPORTS / "apple.ics").read_bytes(), start=START, end=END)
    course = [b.start.astimezone(ROME).date() for b in found if b.summary == "Corso di arabo"]
    assert dt.date(2026, 4, 6) not in course and course[-1] == dt.date(2026, 11, 30)
    trip = next(b for b in found if b.summary == "Gita")
    assert (trip.start, trip.end) == (dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC),
                                      dt.datetime(2026, 3, 29, 22, tzinfo=dt.UTC))  # a 23-hour day


def test_nextcloud_moved_occurrence_after_the_autumn_change() -> None:
    found = busy_events((EXPORTS / "nextcloud.ics").read_bytes(), start=START, end=END)
    days = {b.start.astimezone(ROME).date(): b for b in found}
    assert dt.date(2026, 10, 26) not in days
    moved = days[dt.date(2026, 10, 27)]
    assert moved.start == dt.datetime(2026, 10, 27, 14, tzinfo=dt.UTC)  # 15:00 CET
