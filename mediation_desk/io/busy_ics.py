"""Busy times from a mediator's own iCalendar data, recurring events expanded with dateutil."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import Calendar, Component

from mediation_desk.scheduling.timeutil import SERVICE_TZ_NAME

PRIVATE_SUMMARY = "Occupato"
MAX_OCCURRENCES = 5000  # per event and horizon: a guard against pathological rules


class BusyParseError(ValueError):
    """The data is not a readable iCalendar document."""


@dataclass(frozen=True)
class BusyEvent:
    start: dt.datetime  # aware, UTC
    end: dt.datetime
    uid: str
    summary: str


def _wall(value: dt.date | dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A naive wall-clock datetime in ``tz`` (dates become local midnight)."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)


def _event_tz(start: dt.date | dt.datetime, default: ZoneInfo) -> dt.tzinfo:
    if isinstance(start, dt.datetime) and start.tzinfo is not None:
        return start.tzinfo
    return default  # floating times and all-day events are the service's wall clock


def _duration(event: Component, start: dt.date | dt.datetime) -> dt.timedelta:
    if "DTEND" in event:
        end = event.decoded("DTEND")
        if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            return end - start
        return _wall(end, dt.UTC) - _wall(start, dt.UTC)
    if "DURATION" in event:
        return event.decoded("DURATION")
    return dt.timedelta(days=1) if not isinstance(start, dt.datetime) else dt.timedelta(0)


def _rule_text(event: Component, tz: dt.tzinfo) -> list[str]:
    """The RRULE lines with UNTIL turned into the wall clock of the event (dateutil needs it naive)."""
    rules = event.get("RRULE", [])
    rules = rules if isinstance(rules, list) else [rules]
    texts = []
    for rule in rules:
        parts = dict(rule)
        if "UNTIL" in parts:
            until = parts["UNTIL"][0]
            wall = _wall(until, tz)
            if not isinstance(until, dt.datetime):
                wall = wall.replace(hour=23, minute=59, second=59)
            parts["UNTIL"] = [wall]
        texts.append(type(rule)(parts).to_ical().decode())
    return texts


def _dates(event: Component, key: str, tz: dt.tzinfo) -> list[dt.datetime]:
    values = event.get(key, [])
    values = values if isinstance(values, list) else [values]
    return [_wall(item.dt, tz) for value in values for item in value.dts]


def _starts(
    event: Component, start: dt.datetime, tz: dt.tzinfo, lo: dt.datetime, hi: dt.datetime
) -> Iterator[dt.datetime]:
    """Wall-clock starts of the occurrences in [lo, hi] (all naive, in ``tz``)."""
    rules = _rule_text(event, tz)
    if not rules and "RDATE" not in event:
        yield start
        return
    rset = rruleset()
    for text in rules:
        rule = rrulestr(text, dtstart=start)
        assert isinstance(rule, rrule)
        rset.rrule(rule)
    if not rules:
        rset.rdate(start)  # with RDATE only, DTSTART is still the first occurrence
    for extra in _dates(event, "RDATE", tz):
        rset.rdate(extra)
    excluded_days = set()
    for exdate in _dates(event, "EXDATE", tz):
        rset.exdate(exdate)
        if exdate.time() == dt.time() and start.time() != dt.time():
            excluded_days.add(exdate.date())  # a DATE-valued EXDATE removes that day
    for count, occurrence in enumerate(rset.xafter(lo, inc=True)):
        if occurrence > hi or count >= MAX_OCCURRENCES:
            return
        if occurrence.date() not in excluded_days:
            yield occurrence


def _summary(event: Component) -> str:
    if str(event.get("CLASS", "PUBLIC")).upper() in ("PRIVATE", "CONFIDENTIAL"):
        return PRIVATE_SUMMARY
    return str(event.get("SUMMARY", "")) or PRIVATE_SUMMARY


def _blocks_busy(event: Component) -> bool:
    return (
        str(event.get("TRANSP", "OPAQUE")).upper() != "TRANSPARENT"
        and str(event.get("STATUS", "")).upper() != "CANCELLED"
    )


def _aware(wall: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return wall.replace(tzinfo=tz).astimezone(dt.UTC)


def busy_events(
    data: bytes,
    *,
    start: dt.datetime,
    end: dt.datetime,
    tz_name: str = SERVICE_TZ_NAME,
    skip_uid: Callable[[str], bool] = lambda uid: False,
) -> list[BusyEvent]:
    """The opaque events of ``data`` overlapping [start, end), recurrences expanded, sorted.

    Transparent and cancelled events are skipped, and so are events whose UID
    ``skip_uid`` accepts (our own invitations, already known as bookings).
    """
    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        raise BusyParseError(f"not an iCalendar document: {exc}") from exc
    default = ZoneInfo(tz_name)
    masters: dict[str, Component] = {}
    overrides: dict[str, list[Component]] = {}
    for event in cal.walk("VEVENT"):
        uid = str(event.get("UID", "")) or f"no-uid-{len(masters)}"
        if skip_uid(uid) or "DTSTART" not in event:
            continue
        if "RECURRENCE-ID" in event:
            overrides.setdefault(uid, []).append(event)
        else:
            masters[uid] = event
    found: list[BusyEvent] = []
    for uid, event in masters.items():
        found.extend(_expand(event, overrides.pop(uid, []), uid, start, end, default))
    for uid, orphans in overrides.items():  # overrides whose master we do not have
        for event in orphans:
            found.extend(_expand(event, [], uid, start, end, default))
    return sorted(found, key=lambda b: (b.start, b.end, b.uid))


def _expand(
    event: Component, moved: list[Component], uid: str, lo: dt.datetime, hi: dt.datetime, default: ZoneInfo
) -> Iterator[BusyEvent]:
    first = event.decoded("DTSTART")
    tz = _event_tz(first, default)
    length = _duration(event, first)
    wall_start = _wall(first, tz)
    replaced = {_wall(m.decoded("RECURRENCE-ID"), tz) for m in moved}
    if _blocks_busy(event) and length > dt.timedelta(0):
        wall_lo = _wall(lo.astimezone(tz), tz) - length
        wall_hi = _wall(hi.astimezone(tz), tz)
        for occurrence in _starts(event, wall_start, tz, wall_lo, wall_hi):
            if occurrence in replaced:
                continue
            begin, finish = _aware(occurrence, tz), _aware(occurrence + length, tz)
            if begin < hi and finish > lo:
                yield BusyEvent(begin, finish, uid, _summary(event))
    for override in moved:
        yield from _expand_single(override, uid, lo, hi, default)


def _expand_single(
    event: Component, uid: str, lo: dt.datetime, hi: dt.datetime, default: ZoneInfo
) -> Iterator[BusyEvent]:
    if not _blocks_busy(event):
        return
    first = event.decoded("DTSTART")
    tz = _event_tz(first, default)
    length = _duration(event, first)
    begin = _aware(_wall(first, tz), tz)
    finish = _aware(_wall(first, tz) + length, tz)
    if length > dt.timedelta(0) and begin < hi and finish > lo:
        yield BusyEvent(begin, finish, uid, _summary(event))
