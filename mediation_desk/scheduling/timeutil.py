"""Local-time helpers of the service time zone: wall clock, quarter hours, ISO weeks.

Instants are aware ``datetime`` objects; the rules reason on epoch seconds
(``ts``) so arithmetic never depends on the offset a value was written with.
Wall-clock times become instants with zoneinfo's fold=0 rule, exactly like the
benchmark's ``rules.py``: an ambiguous time (the repeated hour when summer time
ends) is its first occurrence, a skipped one is read with the offset before.
"""

from __future__ import annotations

import datetime as dt
import enum
from zoneinfo import ZoneInfo

SERVICE_TZ_NAME = "Europe/Rome"
SERVICE_TZ = ZoneInfo(SERVICE_TZ_NAME)
QUARTER_SECONDS = 15 * 60
DAY_SECONDS = 24 * 3600

IsoWeek = tuple[int, int]  # (ISO year, ISO week number)


def zone(name: str | None) -> ZoneInfo:
    """The ZoneInfo of a service time zone name (Europe/Rome when empty)."""
    return ZoneInfo(name) if name else SERVICE_TZ


def ts(instant: dt.datetime) -> float:
    """Epoch seconds of an aware datetime."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant.isoformat()}: instants must carry a time zone")
    return instant.timestamp()


def from_ts(seconds: float, tz: dt.tzinfo = SERVICE_TZ) -> dt.datetime:
    """Aware datetime in ``tz`` of epoch seconds."""
    return dt.datetime.fromtimestamp(seconds, tz)


def to_local(instant: dt.datetime, tz: dt.tzinfo = SERVICE_TZ) -> dt.datetime:
    """The same instant expressed on the local wall clock of ``tz``."""
    return instant.astimezone(tz)


def end_after(start: dt.datetime, minutes: float) -> dt.datetime:
    """The instant ``minutes`` of real elapsed time after ``start``, in UTC.

    The one place an end is computed from a start and a duration: ``+`` on an
    aware datetime of a zoneinfo zone is wall-clock arithmetic in Python, which
    makes a 60-minute booking across a daylight-saving change last 0 or 120 minutes.
    """
    if start.tzinfo is None:
        raise ValueError(f"naive datetime {start.isoformat()}: instants must carry a time zone")
    return start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)


class WallTimeProblem(enum.StrEnum):
    """Why a local date and time does not name exactly one instant."""

    NONEXISTENT = "nonexistent"  # skipped when summer time starts (02:00-02:59 on the last Sunday of March)
    AMBIGUOUS = "ambiguous"  # the repeated hour when summer time ends (02:00-02:59, last Sunday of October)


class WallTimeError(ValueError):
    """A local wall-clock time that is skipped or repeated by a daylight-saving change."""

    def __init__(self, problem: WallTimeProblem, wall: dt.datetime) -> None:
        super().__init__(f"{problem.value} local time {wall:%Y-%m-%d %H:%M}")
        self.problem = problem
        self.wall = wall.replace(tzinfo=None, fold=0)


def wall_time_problem(day: dt.date, time: dt.time, tz: dt.tzinfo = SERVICE_TZ) -> WallTimeProblem | None:
    """None when ``day`` at ``time`` is one instant in ``tz``; else whether it is skipped or repeated."""
    first = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0), tzinfo=tz)
    second = first.replace(fold=1)
    if first.utcoffset() != second.utcoffset():
        # both folds differ: either a repeated hour (each fold a real instant) or a skipped one (neither)
        back = from_ts(first.timestamp(), tz).replace(tzinfo=None)
        exists = back == first.replace(tzinfo=None)
        return WallTimeProblem.AMBIGUOUS if exists else WallTimeProblem.NONEXISTENT
    return None


def strict_local(day: dt.date, time: dt.time, tz: dt.tzinfo = SERVICE_TZ) -> dt.datetime:
    """The one instant shown as ``time`` on ``day`` in ``tz``; WallTimeError when there is none or two."""
    problem = wall_time_problem(day, time, tz)
    wall = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0), tzinfo=tz)
    if problem is not None:
        raise WallTimeError(problem, wall)
    return wall


def local_midnight(day: dt.date, tz: dt.tzinfo = SERVICE_TZ) -> dt.datetime:
    """Local 00:00 of ``day`` as an aware datetime."""
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz)


def wall_to_instant(day: dt.date, minutes: int, tz: dt.tzinfo = SERVICE_TZ) -> dt.datetime:
    """Local wall-clock time ``minutes`` after midnight of ``day`` (1440 = next midnight), fold=0."""
    if minutes >= 1440:
        base = local_midnight(day + dt.timedelta(days=minutes // 1440), tz)
        return from_ts(base.timestamp() + (minutes % 1440) * 60, tz)
    wall = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=tz)
    return from_ts(wall.timestamp(), tz)


def wall_to_ts(day: dt.date, minutes: int, tz: dt.tzinfo = SERVICE_TZ) -> float:
    """Epoch seconds of :func:`wall_to_instant`."""
    if minutes >= 1440:
        base = local_midnight(day + dt.timedelta(days=minutes // 1440), tz)
        return base.timestamp() + (minutes % 1440) * 60
    return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=tz).timestamp()


def local_date(seconds: float, tz: dt.tzinfo = SERVICE_TZ) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, tz).date()


def iso_week(seconds: float, tz: dt.tzinfo = SERVICE_TZ) -> IsoWeek:
    """ISO (year, week) of the local date of an instant."""
    year, week, _ = local_date(seconds, tz).isocalendar()
    return (year, week)


def split_by_iso_week(start: float, end: float, tz: dt.tzinfo = SERVICE_TZ) -> list[tuple[IsoWeek, float]]:
    """[(ISO week, seconds)] of the interval [start, end), cut at local Monday 00:00."""
    out: list[tuple[IsoWeek, float]] = []
    cursor = start
    while cursor < end:
        day = local_date(cursor, tz)
        next_monday = day + dt.timedelta(days=7 - day.weekday())
        cut = min(end, local_midnight(next_monday, tz).timestamp())
        year, week, _ = day.isocalendar()
        out.append(((year, week), cut - cursor))
        cursor = cut
    return out


def week_bounds(week: IsoWeek, tz: dt.tzinfo = SERVICE_TZ) -> tuple[dt.datetime, dt.datetime]:
    """Local Monday 00:00 of an ISO week and of the following one."""
    monday = dt.date.fromisocalendar(week[0], week[1], 1)
    return local_midnight(monday, tz), local_midnight(monday + dt.timedelta(days=7), tz)


def on_quarter_hour(seconds: float, tz: dt.tzinfo = SERVICE_TZ) -> bool:
    """True when the local wall clock shows minute 0, 15, 30 or 45 and second 0."""
    if seconds != int(seconds):
        return False
    local = dt.datetime.fromtimestamp(seconds, tz)
    return local.minute % 15 == 0 and local.second == 0


def next_quarter_hour(seconds: float, tz: dt.tzinfo = SERVICE_TZ) -> float:
    """The first local quarter hour at or after ``seconds``."""
    cursor = float(int(seconds)) if seconds == int(seconds) else float(int(seconds) + 1)
    offset = dt.datetime.fromtimestamp(cursor, tz).utcoffset() or dt.timedelta(0)
    shift = offset.total_seconds()
    aligned = -((-(cursor + shift)) // QUARTER_SECONDS) * QUARTER_SECONDS - shift
    if on_quarter_hour(aligned, tz):
        return aligned
    # the offset changed between cursor and aligned: walk minute by minute
    cursor = -((-cursor) // 60) * 60
    while not on_quarter_hour(cursor, tz):
        cursor += 60
    return cursor


def month_bounds(day: dt.date, tz: dt.tzinfo = SERVICE_TZ) -> tuple[dt.datetime, dt.datetime]:
    """Local 00:00 of the first day of ``day``'s month and of the next month."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return local_midnight(first, tz), local_midnight(following, tz)
