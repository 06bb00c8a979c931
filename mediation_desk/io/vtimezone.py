"""VTIMEZONE components written as yearly RRULEs (not RDATE lists), derived from zoneinfo."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

# The rules of a zone are read from this year; 1970 is the conventional start of DTSTART.
REFERENCE_YEAR = 2026
FIRST_YEAR = 1970
_WEEKDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    """One yearly change of offset: the wall time it happens at, in the offset before it."""

    local_before: dt.datetime  # naive wall-clock time in the old offset
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    is_dst: bool


def _offset(tz: ZoneInfo, instant: dt.datetime) -> dt.timedelta:
    offset = instant.astimezone(tz).utcoffset()
    assert offset is not None
    return offset


def _transition_instant(tz: ZoneInfo, lo: dt.datetime, hi: dt.datetime) -> dt.datetime:
    """The first UTC minute in (lo, hi] whose offset differs from lo's (bisection)."""
    before = _offset(tz, lo)
    while hi - lo > dt.timedelta(minutes=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(second=0, microsecond=0)
        if _offset(tz, mid) == before:
            lo = mid
        else:
            hi = mid
    return hi


def yearly_transitions(tz: ZoneInfo, year: int = REFERENCE_YEAR) -> list[Transition]:
    """The changes of offset of ``tz`` during ``year`` (empty for zones without DST)."""
    found: list[Transition] = []
    day = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
    while day < end:
        nxt = day + dt.timedelta(days=1)
        if _offset(tz, day) != _offset(tz, nxt):
            at = _transition_instant(tz, day, nxt)
            old, new = _offset(tz, at - dt.timedelta(minutes=1)), _offset(tz, at)
            local = at.astimezone(tz)
            found.append(
                Transition(
                    local_before=(at + old).replace(tzinfo=None),
                    offset_from=old,
                    offset_to=new,
                    name=local.tzname() or "",
                    is_dst=bool(local.dst()),
                )
            )
        day = nxt
    return found


def _byday(date: dt.date) -> str:
    """The weekday rule for ``date``: -1SU for the last Sunday of its month, else 2SU etc."""
    weekday = _WEEKDAY[date.weekday()]
    if (date + dt.timedelta(days=7)).month != date.month:
        return f"-1{weekday}"
    return f"{(date.day - 1) // 7 + 1}{weekday}"


def _first_date(month: int, byday: str) -> dt.date:
    """The date in FIRST_YEAR that the yearly rule (month, byday) falls on."""
    n, weekday = int(byday[:-2]), _WEEKDAY.index(byday[-2:])
    days = [
        dt.date(FIRST_YEAR, month, d)
        for d in range(1, 32)
        if _valid(FIRST_YEAR, month, d) and dt.date(FIRST_YEAR, month, d).weekday() == weekday
    ]
    return days[n - 1] if n > 0 else days[n]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def vtimezone(name: str) -> Timezone:
    """A VTIMEZONE for the IANA zone ``name``, one STANDARD and one DAYLIGHT with yearly RRULEs."""
    tz = ZoneInfo(name)
    component = Timezone()
    component.add("TZID", name)
    transitions = yearly_transitions(tz)
    if not transitions:
        now = dt.datetime(REFERENCE_YEAR, 1, 1, tzinfo=dt.UTC).astimezone(tz)
        standard = TimezoneStandard()
        standard.add("DTSTART", dt.datetime(FIRST_YEAR, 1, 1))
        offset = now.utcoffset() or dt.timedelta(0)
        standard.add("TZOFFSETFROM", offset)
        standard.add("TZOFFSETTO", offset)
        standard.add("TZNAME", now.tzname() or name)
        component.add_component(standard)
        return component
    for change in transitions:
        sub = TimezoneDaylight() if change.is_dst else TimezoneStandard()
        byday = _byday(change.local_before.date())
        first = _first_date(change.local_before.month, byday)
        sub.add("DTSTART", dt.datetime.combine(first, change.local_before.time()))
        sub.add("RRULE", vRecur({"FREQ": "YEARLY", "BYMONTH": change.local_before.month, "BYDAY": byday}))
        sub.add("TZOFFSETFROM", change.offset_from)
        sub.add("TZOFFSETTO", change.offset_to)
        sub.add("TZNAME", change.name)
        component.add_component(sub)
    return component


@functools.cache
def shared_vtimezone(name: str) -> Timezone:
    """The VTIMEZONE of ``name`` built once per process: shared, so callers must not change it."""
    return vtimezone(name)
