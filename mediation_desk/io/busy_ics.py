"""Busy times from a mediator's own calendar export, expanded by recurring-ical-events, with bounds.

Exports differ by client: Google writes times in UTC with the calendar's zone in
``X-WR-TIMEZONE`` (``x_wr_timezone`` turns them back into local times, so a
weekly 09:00 stays 09:00 across daylight saving), Outlook names zones the
Windows way ("W. Europe Standard Time", resolved by icalendar), Apple and
Nextcloud give Olson names with their VTIMEZONE. Floating times and all-day
events are read on the service's wall clock.

A calendar comes from outside, so the work is bounded before anything is
expanded: the size of the data, the number of rule steps from each event's
start to the end of the horizon, and the number of busy blocks. Past a bound
the whole file is refused (``BusyLimitError``) rather than read in part: a
mediator must never look free because half a calendar was dropped.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone
from icalendar import Calendar, Component

from mediation_desk.scheduling.timeutil import SERVICE_TZ_NAME

PRIVATE_SUMMARY = "Occupato"
MAX_ICS_BYTES = 10 * 1024 * 1024  # a real export of years of events is a few MB
MAX_RULE_STEPS = 400_000  # recurrence steps from DTSTART to the horizon, summed over the file
MAX_BLOCKS = 20_000  # busy blocks per import: over 100 a day for half a year
PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError)
FREQ_SECONDS = {
    "SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 7 * 86400,
    "MONTHLY": 28 * 86400, "YEARLY": 365 * 86400,
}
FREQ_ORDER = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# What a BY part can multiply each period into, when it is finer than the frequency (else it only filters).
BY_UNIT = {"BYSECOND": "SECONDLY", "BYMINUTE": "MINUTELY", "BYHOUR": "HOURLY", "BYDAY": "DAILY",
           "BYMONTHDAY": "DAILY", "BYYEARDAY": "DAILY", "BYWEEKNO": "WEEKLY", "BYMONTH": "MONTHLY"}
BY_SPREAD = {("BYDAY", "MONTHLY"): 5, ("BYDAY", "YEARLY"): 53, ("BYWEEKNO", "YEARLY"): 7}


class BusyParseError(ValueError):
    """The data is not a readable iCalendar document."""


class BusyLimitError(BusyParseError):
    """The calendar asks for more work than any real one: refused whole. ``code`` says which bound."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: " + ", ".join(f"{k}={v}" for k, v in params.items()))


@dataclass(frozen=True)
class BusyEvent:
    start: dt.datetime  # aware, UTC
    end: dt.datetime
    uid: str
    summary: str


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _instant(value: dt.date | dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """An aware instant: dates are local midnight, floating times the service's wall clock."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), tzinfo=tz)
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value


def _rule_steps(event: Component, tz: ZoneInfo, start: dt.datetime, end: dt.datetime) -> tuple[int, int]:
    """Upper bounds of the rule steps from DTSTART to ``end``, and of the occurrences inside [start, end)."""
    first = _instant(event.decoded("DTSTART"), tz)
    steps = in_window = 1 + len(_as_list(event.get("RDATE", [])))
    for rule in _as_list(event.get("RRULE", [])):
        freq = str(rule.get("FREQ", ["DAILY"])[0]).upper()
        if freq not in FREQ_SECONDS:
            raise BusyParseError(f"unknown FREQ {freq}")
        interval = max(1, int(rule.get("INTERVAL", [1])[0]))
        period = FREQ_SECONDS[freq] * interval
        factor = 1
        for part, unit in BY_UNIT.items():
            values = rule.get(part)
            if values and FREQ_ORDER.index(unit) < FREQ_ORDER.index(freq):
                factor *= len(_as_list(values)) * BY_SPREAD.get((part, freq), 1)
        last = end
        until = rule.get("UNTIL")
        if until:
            last = min(last, _instant(until[0], tz))
        periods = max(0, math.ceil((last - first).total_seconds() / period)) + 1
        window = max(0, math.ceil((last - max(first, start)).total_seconds() / period)) + 1
        count = rule.get("COUNT")
        if count:
            periods = min(periods, int(count[0]))
            window = min(window, int(count[0]))
        steps += periods * factor
        in_window += window * factor
    return steps, in_window


@dataclass
class StepBudget:
    """The rule steps an import may still spend: one for all the documents of a CalDAV collection."""

    left: int = MAX_RULE_STEPS


def _check_bounds(
    groups: dict[str, list[Component]], tz: ZoneInfo, start: dt.datetime, end: dt.datetime, budget: StepBudget
) -> None:
    for uid, events in groups.items():
        for event in events:
            if "RRULE" not in event:
                continue
            steps, in_window = _rule_steps(event, tz, start, end)
            budget.left -= steps
            if budget.left < 0:
                raise BusyLimitError("rule_too_costly", uid=uid, steps=steps, limit=MAX_RULE_STEPS)
            if in_window > MAX_BLOCKS:
                raise BusyLimitError("too_many_blocks", uid=uid, blocks=in_window, limit=MAX_BLOCKS)


def _summary(event: Component) -> str:
    if str(event.get("CLASS", "PUBLIC")).upper() in ("PRIVATE", "CONFIDENTIAL"):
        return PRIVATE_SUMMARY
    return str(event.get("SUMMARY", "")) or PRIVATE_SUMMARY


def _blocks_busy(event: Component) -> bool:
    return (
        str(event.get("TRANSP", "OPAQUE")).upper() != "TRANSPARENT"
        and str(event.get("STATUS", "")).upper() != "CANCELLED"
    )


def _occurrence(event: Component, uid: str, tz: ZoneInfo) -> BusyEvent | None:
    begin = _instant(event.decoded("DTSTART"), tz)
    if "DTEND" in event:
        finish = _instant(event.decoded("DTEND"), tz)
    elif "DURATION" in event:
        finish = begin + event.decoded("DURATION")
    else:
        all_day = not isinstance(event.decoded("DTSTART"), dt.datetime)
        finish = _instant(event.decoded("DTSTART") + dt.timedelta(days=1), tz) if all_day else begin
    if finish <= begin or not _blocks_busy(event):
        return None
    return BusyEvent(begin.astimezone(dt.UTC), finish.astimezone(dt.UTC), uid, _summary(event))


VEVENT_BLOCK = re.compile(rb"^BEGIN:VEVENT\r?\n.*?^END:VEVENT[ \t]*(?:\r?\n|$)", re.S | re.M | re.I)
RECURRING = re.compile(rb"^(RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:]", re.M | re.I)
MARGIN = dt.timedelta(days=2)  # more than any UTC offset: dates compared before zones are known


def _date_of(block: bytes, name: bytes) -> dt.date | None:
    """The date a DTSTART/DTEND line starts with (its value follows the last colon), None if unclear."""
    line = re.search(rb"^" + name + rb"[;:][^\r\n]*", block, re.M | re.I)
    digits = re.match(rb"\d{8}", line.group(0).rsplit(b":", 1)[-1]) if line else None
    if digits is None:
        return None
    try:
        return dt.datetime.strptime(digits.group(0).decode(), "%Y%m%d").date()
    except ValueError:
        return None


def _plainly_outside(block: bytes, first: dt.date, last: dt.date) -> bool:
    """A single event whose dates alone put it outside [first, last] (time zones aside)."""
    if RECURRING.search(block):
        return False
    begins = _date_of(block, b"DTSTART")
    if begins is None:
        return False
    if begins > last:
        return True
    ends = _date_of(block, b"DTEND")
    return ends is not None and ends < first and not re.search(rb"^DURATION[;:]", block, re.M | re.I)


def _prefilter(data: bytes, start: dt.datetime, end: dt.datetime) -> bytes:
    """The document without the single events plainly outside the period, before the costly parse.

    Exports carry years of history; only the horizon matters. Lines are unfolded first
    (a parser accepts long lines). Too many events left inside the period: refused here.
    """
    text = re.sub(rb"\r?\n[ \t]", b"", data)
    first, last = (start - MARGIN).date(), (end + MARGIN).date()
    kept: list[bytes] = []
    position = singles = 0
    for match in VEVENT_BLOCK.finditer(text):
        kept.append(text[position:match.start()])
        position = match.end()
        block = match.group(0)
        if _plainly_outside(block, first, last):
            continue
        singles += not RECURRING.search(block)
        if singles > MAX_BLOCKS:
            raise BusyLimitError("too_many_blocks", uid="*", blocks=singles, limit=MAX_BLOCKS)
        kept.append(block if block.endswith(b"\n") else block + b"\r\n")
    kept.append(text[position:])
    return b"".join(kept)


def _read(data: bytes, start: dt.datetime, end: dt.datetime) -> tuple[Calendar, Calendar]:
    """The calendar as written, and with Google's UTC times turned into X-WR-TIMEZONE local times."""
    if len(data) > MAX_ICS_BYTES:
        raise BusyLimitError("file_too_large", size=len(data), limit=MAX_ICS_BYTES)
    data = _prefilter(data, start, end)
    try:
        cal = Calendar.from_ical(data)
        return cal, x_wr_timezone.to_standard(cal)
    except PARSE_ERRORS as exc:
        raise BusyParseError(f"not an iCalendar document: {exc}") from exc


def _by_uid(cal: Calendar, skip_uid: Callable[[str], bool]) -> dict[str, list[Component]]:
    groups: dict[str, list[Component]] = defaultdict(list)
    for number, event in enumerate(cal.walk("VEVENT")):
        uid = str(event.get("UID", "")) or f"no-uid-{number}"
        if not skip_uid(uid) and "DTSTART" in event:
            groups[uid].append(event)
    return groups


def _groups(
    written: Calendar, local: Calendar, skip_uid: Callable[[str], bool]
) -> dict[str, list[Component]]:
    """The events by UID: recurring ones on local time (so a weekly 09:00 keeps its wall clock across
    daylight saving), single ones as written (a UTC instant in the repeated hour keeps its fold)."""
    as_written, as_local = _by_uid(written, skip_uid), _by_uid(local, skip_uid)
    return {
        uid: as_local.get(uid, events) if any("RRULE" in e or "RDATE" in e for e in events) else events
        for uid, events in as_written.items()
    }


def _expand(timezones: list[Component], events: list[Component], uid: str, tz: ZoneInfo, start: dt.datetime,
            end: dt.datetime) -> list[BusyEvent]:
    """The occurrences of one UID (master, overrides) in [start, end), by recurring-ical-events."""
    if not any("RRULE" in e or "RDATE" in e for e in events):
        singles = (_occurrence(event, uid, tz) for event in events)
        return [b for b in singles if b is not None and b.start < end and b.end > start]
    alone = Calendar()
    for timezone in timezones:
        alone.add_component(timezone)
    for event in events:
        alone.add_component(event)
    found = []
    for occurrence in recurring_ical_events.of(alone).between(start, end):
        block = _occurrence(occurrence, uid, tz)
        if block is not None and block.start < end and block.end > start:
            found.append(block)
    return found


def busy_events(
    data: bytes,
    *,
    start: dt.datetime,
    end: dt.datetime,
    tz_name: str = SERVICE_TZ_NAME,
    skip_uid: Callable[[str], bool] = lambda uid: False,
    budget: StepBudget | None = None,
) -> list[BusyEvent]:
    """The opaque events of ``data`` overlapping [start, end), recurrences expanded, sorted.

    Transparent and cancelled events are skipped, and so are events whose UID
    ``skip_uid`` accepts (our own invitations, already known as bookings).
    Raises BusyParseError for unreadable data, BusyLimitError past a bound; ``budget`` shares the
    bound on rule steps between the documents of one import.
    """
    tz = ZoneInfo(tz_name)
    written, cal = _read(data, start, end)
    groups = _groups(written, cal, skip_uid)
    try:
        _check_bounds(groups, tz, start, end, budget if budget is not None else StepBudget())
        found: list[BusyEvent] = []
        timezones = [c for c in cal.subcomponents if c.name == "VTIMEZONE"]
        for uid, events in groups.items():
            found.extend(_expand(timezones, events, uid, tz, start, end))
            if len(found) > MAX_BLOCKS:
                raise BusyLimitError("too_many_blocks", uid=uid, blocks=len(found), limit=MAX_BLOCKS)
    except BusyParseError:
        raise
    except PARSE_ERRORS as exc:
        raise BusyParseError(f"unreadable event: {exc}") from exc
    return sorted(found, key=lambda b: (b.start, b.end, b.uid))
