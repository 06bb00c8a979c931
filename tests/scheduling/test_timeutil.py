"""Local-time helpers on ordinary days and on both DST changes of 2026 (Europe/Rome)."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.timeutil import (
    SERVICE_TZ,
    iso_week,
    local_midnight,
    month_bounds,
    next_quarter_hour,
    on_quarter_hour,
    split_by_iso_week,
    wall_to_instant,
    week_bounds,
)
from mediation_desk.scheduling.travel import travel_minutes

UTC = dt.UTC


def test_wall_clock_in_the_skipped_hour_uses_the_offset_before() -> None:
    # 2026-03-29 02:30 does not exist in Rome; fold=0 reads it with +01:00, i.e. 01:30 UTC
    instant = wall_to_instant(dt.date(2026, 3, 29), 150)
    assert instant.astimezone(UTC) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_wall_clock_in_the_repeated_hour_is_its_first_occurrence() -> None:
    instant = wall_to_instant(dt.date(2026, 10, 25), 150)
    assert instant.astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert wall_to_instant(dt.date(2026, 10, 25), 1440) == local_midnight(dt.date(2026, 10, 26))


def test_iso_week_split_cuts_at_local_monday_midnight() -> None:
    sunday_night = dt.datetime(2026, 12, 13, 23, 0, tzinfo=SERVICE_TZ).timestamp()
    parts = split_by_iso_week(sunday_night, sunday_night + 2 * 3600)
    assert parts == [((2026, 50), 3600.0), ((2026, 51), 3600.0)]
    assert iso_week(sunday_night) == (2026, 50)


def test_the_october_week_holds_one_extra_hour() -> None:
    start, end = week_bounds((2026, 43))
    assert end.timestamp() - start.timestamp() == (7 * 24 + 1) * 3600


def test_quarter_hours_on_the_local_clock() -> None:
    t = dt.datetime(2026, 10, 25, 2, 7, tzinfo=SERVICE_TZ).timestamp()
    assert not on_quarter_hour(t)
    assert next_quarter_hour(t) == t + 8 * 60
    assert on_quarter_hour(next_quarter_hour(t))
    assert next_quarter_hour(t + 8 * 60) == t + 8 * 60


def test_month_bounds_in_local_time() -> None:
    first, following = month_bounds(dt.date(2026, 10, 17))
    assert first == local_midnight(dt.date(2026, 10, 1))
    assert following == local_midnight(dt.date(2026, 11, 1))


def test_travel_minutes_rounds_up_and_is_symmetric() -> None:
    lodi_crema = travel_minutes(45.3138, 9.5018, 45.362, 9.684)
    assert lodi_crema == travel_minutes(45.362, 9.684, 45.3138, 9.5018)
    assert lodi_crema == 30  # 15.2 km x 1.3 at 40 km/h = 29.7 minutes, rounded up
    assert travel_minutes(45.0, 9.0, 45.0, 9.0) == 0
