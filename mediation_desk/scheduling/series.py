"""Recurring bookings: occurrences of an RRULE on the local wall clock, and the rule edits of a series.

A series keeps its local time across DST changes (Monday 09:00 stays 09:00),
as an iCalendar RRULE with a DTSTART in the service time zone does. Rules
must end (COUNT or UNTIL) and produce at most ``MAX_OCCURRENCES`` dates.
"""

from __future__ import annotations

import datetime as dt
import enum

from dateutil.rrule import rrule, rrulestr

from mediation_desk.scheduling.timeutil import from_ts

MAX_OCCURRENCES = 200


class SeriesScope(enum.StrEnum):
    ONE = "one"  # this occurrence only
    FOLLOWING = "following"  # this occurrence and the following ones
    ALL = "all"


class SeriesError(ValueError):
    """A recurrence rule that cannot make a series; ``code`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def _parts(text: str) -> list[str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    return [p for p in body.split(";") if p.strip()]


def parse_rule(text: str, dtstart: dt.datetime, tz: dt.tzinfo) -> rrule:
    """The rule anchored at ``dtstart`` on the local wall clock of ``tz``; SeriesError when unusable."""
    if dtstart.tzinfo is None:
        raise SeriesError("naive_start", dtstart.isoformat())
    keys = {p.split("=")[0].strip().upper() for p in _parts(text)}
    if not keys & {"COUNT", "UNTIL"}:
        raise SeriesError("unbounded", "the rule needs COUNT or UNTIL")
    first = dtstart.astimezone(tz)
    body = ";".join(_parts(text))
    try:
        try:
            rule = rrulestr(body, dtstart=first)
        except ValueError:  # UNTIL without Z next to an aware start: read it on the local wall clock
            naive = rrulestr(body, dtstart=first.replace(tzinfo=None), ignoretz=True)
            assert isinstance(naive, rrule)
            until = naive._until.replace(tzinfo=tz) if naive._until else None
            rule = naive.replace(dtstart=first, until=until)
    except (ValueError, TypeError) as exc:
        raise SeriesError("bad_rule", str(exc)) from exc
    if not isinstance(rule, rrule):
        raise SeriesError("bad_rule", "one RRULE expected")
    return rule


def occurrences(text: str, dtstart: dt.datetime, tz: dt.tzinfo) -> list[dt.datetime]:
    """The occurrence starts, as real instants in ``tz`` (wall-clock times read with fold=0)."""
    rule = parse_rule(text, dtstart, tz)
    out: list[dt.datetime] = []
    for value in rule:
        if len(out) == MAX_OCCURRENCES:
            raise SeriesError("too_many", f"more than {MAX_OCCURRENCES} occurrences")
        out.append(from_ts(value.timestamp(), tz))
    if not out:
        raise SeriesError("empty", "the rule produces no date")
    return out


def at_wall_time(instant: dt.datetime, new_time: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The same local date as ``instant`` at the wall-clock time ``new_time`` (fold=0)."""
    local = dt.datetime.combine(instant.astimezone(tz).date(), new_time.replace(tzinfo=None), tzinfo=tz)
    return from_ts(local.timestamp(), tz)


def without_end(text: str) -> list[str]:
    return [p for p in _parts(text) if p.split("=")[0].strip().upper() not in ("COUNT", "UNTIL")]


def ended_before(text: str, pivot: dt.datetime) -> str:
    """The rule ended just before the occurrence at ``pivot`` (UNTIL one second earlier, in UTC)."""
    until = (pivot - dt.timedelta(seconds=1)).astimezone(dt.UTC)
    return ";".join([*without_end(text), "UNTIL=" + until.strftime("%Y%m%dT%H%M%SZ")])


def with_count(text: str, count: int) -> str:
    """The rule with its end replaced by ``COUNT=count``."""
    return ";".join([*without_end(text), f"COUNT={count}"])
