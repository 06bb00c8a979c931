"""Hostile busy calendars written by hand, shared by the bound tests and benchmarks/bench_busy_hostile.py."""

from __future__ import annotations

HEAD = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
TAIL = b"END:VCALENDAR\r\n"


def _event(uid: str, start: str, rule: str = "", length: str = "PT1S") -> bytes:
    rrule = f"RRULE:{rule}\r\n" if rule else ""
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\n"
            f"DURATION:{length}\r\n{rrule}END:VEVENT\r\n").encode()


def secondly_since_1900() -> bytes:
    return HEAD + _event("s@x", "19000101T000000Z", "FREQ=SECONDLY") + TAIL  # about 200 bytes


def minutely_since_1900() -> bytes:
    return HEAD + _event("m@x", "19000101T000000Z", "FREQ=MINUTELY") + TAIL


def yearly_exploding() -> bytes:
    """A yearly rule that names every month, day, hour, minute and second: 31 million a year."""
    rule = ("FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=" + ",".join(map(str, range(1, 32)))
            + ";BYHOUR=" + ",".join(map(str, range(24))) + ";BYMINUTE=" + ",".join(map(str, range(60)))
            + ";BYSECOND=" + ",".join(map(str, range(60))))
    return HEAD + _event("y@x", "19000101T000000Z", rule) + TAIL


def minutely_events(count: int = 200) -> bytes:
    """``count`` MINUTELY events starting now: a million blocks in the horizon if expanded (40 KB)."""
    events = (_event(f"e{n}@x", "20260301T000000Z", "FREQ=MINUTELY") for n in range(count))
    return HEAD + b"".join(events) + TAIL


def many_single_events(count: int = 25_000) -> bytes:
    """More single events inside the horizon than the cap on blocks."""
    events = (_event(f"one{n}@x", f"202604{1 + n % 28:02d}T{n % 24:02d}{n % 60:02d}00Z", length="PT5M")
              for n in range(count))
    return HEAD + b"".join(events) + TAIL


def oversized(size: int) -> bytes:
    """A calendar with one event whose description is ``size`` bytes long."""
    event = b"BEGIN:VEVENT\r\nUID:big@x\r\nDTSTART:20260401T080000Z\r\nDURATION:PT1H\r\nDESCRIPTION:"
    return HEAD + event + b"x" * size + b"\r\nEND:VEVENT\r\n" + TAIL


CASES = {
    "secondly_since_1900": secondly_since_1900,
    "minutely_since_1900": minutely_since_1900,
    "yearly_exploding": yearly_exploding,
    "200_minutely_events": minutely_events,
    "25000_single_events": many_single_events,
    "11_MB_file": lambda: oversized(11 * 1024 * 1024),
}
