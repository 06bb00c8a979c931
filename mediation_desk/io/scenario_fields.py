"""Path-aware readers for the fields of one JSON object, collecting every problem found.

A ``Fields`` takes the keys it knows out of a copy of the object; whatever is
left is the entity's ``extra`` and goes back unchanged on export. Fields of the
format are checked strictly. Fields of our own (phone, notes, outcome...) are
extra fields as far as the format goes, and a reader must never fail on those:
they are taken only when well formed and not at their default, otherwise they
stay in ``extra`` untouched, which also keeps ``"phone": ""`` through a round trip.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from mediation_desk.io.scenario_problems import Problem

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

HHMM = re.compile(r"^(\d{2}):(\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MISSING: Any = object()  # a key absent from its object
MAX_INTEGER = 2**31 - 1  # whole numbers are stored as 32-bit integers (PostgreSQL's integer)
MAX_NUMBER = 1e12  # no quantity of the format comes near it; beyond, floats lose the hours and cents
WEEK_MINUTES = 7 * 24 * 60


class Context:
    """Problems found so far, and the document's time zone for instants."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.tz: dt.tzinfo = dt.UTC

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float) and math.isnan(value):
        return "NaN (not a number)"
    if isinstance(value, float) and math.isinf(value):
        return "an infinite number"
    if isinstance(value, int) and not isinstance(value, bool) and not is_number(value):
        return "a number far too large"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def is_number(value: Any) -> bool:
    """A finite JSON number (an integer too large for a float is not one)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) <= 2**1000
    return isinstance(value, float) and math.isfinite(value)


def parse_instant(text: str, tz: dt.tzinfo) -> dt.datetime | None:
    """ISO 8601 with a UTC offset -> aware datetime in ``tz``; None when malformed or naive."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        return None
    return value.astimezone(tz)


def objects(ctx: Context, value: Any, path: str) -> Iterator[tuple[Fields, str]]:
    """The objects of a JSON array, each as ``Fields`` with its path; other items are problems."""
    if not isinstance(value, list):
        ctx.problem(path, f"expected an array, found {json_type(value)}")
        return
    for i, item in enumerate(value):
        item_path = f"{path}[{i}]"
        if isinstance(item, dict):
            yield Fields(ctx, item, item_path), item_path
        else:
            ctx.problem(item_path, f"expected an object, found {json_type(item)}")


class Fields:
    """The keys of one JSON object; what is not taken stays in ``rest`` (the entity's extra)."""

    def __init__(self, ctx: Context, obj: dict[str, Any], path: str) -> None:
        self.ctx = ctx
        self.path = path
        self.rest: dict[str, Any] = dict(obj)

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def bad(self, key: str, message: str) -> None:
        self.ctx.problem(self.at(key), message)

    def raw(self, key: str, *, required: bool = True) -> Any:
        """Take a key's value, or ``MISSING`` (a problem when the key is required)."""
        if key not in self.rest:
            if required:
                self.bad(key, "missing required field")
            return MISSING
        return self.rest.pop(key)

    def wrong(self, key: str, expected: str, value: Any) -> None:
        self.bad(key, f"expected {expected}, found {json_type(value)}")

    # -- fields of the format -------------------------------------------------
    def text(self, key: str) -> str:
        """A required non-empty string ("" after a problem)."""
        value = self.raw(key)
        if value is MISSING:
            return ""
        if not isinstance(value, str):
            self.wrong(key, "a string", value)
            return ""
        if not value.strip():
            self.bad(key, "must not be empty")
        return value

    def opt_text(self, key: str) -> str | None:
        """An optional string that may be null; missing means null."""
        value = self.raw(key, required=False)
        if value is MISSING or value is None:
            return None
        if isinstance(value, str):
            return value
        self.wrong(key, "a string or null", value)
        return None

    def text_list(self, key: str, *, required: bool = True) -> list[str]:
        value = self.raw(key, required=required)
        if value is MISSING:
            return []
        if not isinstance(value, list):
            self.wrong(key, "an array of strings", value)
            return []
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                out.append(item)
            else:
                found = json_type(item)
                self.ctx.problem(f"{self.at(key)}[{i}]", f"expected a non-empty string, found {found}")
        return out

    def plain(self, key: str) -> str:
        """An optional string (may be empty); missing gives ""."""
        value = self.raw(key, required=False)
        if value is MISSING:
            return ""
        if not isinstance(value, str):
            self.wrong(key, "a string", value)
            return ""
        return value

    def items(self, key: str, *, required: bool = True) -> Iterator[tuple[Fields, str]]:
        """The objects of an array field (an optional one may be missing)."""
        value = self.raw(key, required=required)
        if value is not MISSING:
            yield from objects(self.ctx, value, self.at(key))

    def number(self, key: str, low: float = -MAX_NUMBER, high: float = MAX_NUMBER) -> float | None:
        value = self.raw(key)
        if value is MISSING:
            return None
        if not is_number(value):
            self.wrong(key, "a number", value)
            return None
        if not low <= value <= high:
            self.bad(key, f"{value:.6g} is out of range [{low:g}, {high:g}]")
            return None
        return value  # type: ignore[no-any-return]

    def integer(self, key: str, minimum: int, maximum: int = MAX_INTEGER) -> int | None:
        value = self.number(key, -math.inf, math.inf)
        if value is None:
            return None
        if value != int(value):
            self.bad(key, f"expected a whole number, found {value}")
            return None
        if value < minimum:
            self.bad(key, f"must be at least {minimum}, found {value:g}")
            return None
        if value > maximum:
            self.bad(key, f"must be at most {maximum}, found {value:.6g}")
            return None
        return int(value)

    def choice(self, key: str, kind: type[E], default: E | None = None) -> E | None:
        """An enum value by its string; with a default the key is optional."""
        value = self.raw(key, required=default is None)
        if value is MISSING:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in kind)
            shown = repr(value) if isinstance(value, str) else json_type(value)
            self.bad(key, f"unknown value {shown}; expected one of: {allowed}")
            return None

    def instant(self, key: str) -> dt.datetime | None:
        value = self.raw(key)
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.wrong(key, "a date-time string", value)
            return None
        parsed = parse_instant(value, self.ctx.tz)
        if parsed is None:
            self.bad(key, f"{value!r} is not an ISO 8601 date-time with a UTC offset")
        return parsed

    def date(self, key: str) -> dt.date | None:
        value = self.raw(key)
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.wrong(key, "a date string YYYY-MM-DD", value)
            return None
        try:
            if not DATE.match(value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            self.bad(key, f"{value!r} is not a date YYYY-MM-DD")
            return None

    def wall_time(self, key: str) -> int | None:
        """Local wall-clock ``HH:MM`` on a quarter hour -> minutes after midnight (24:00 is 1440)."""
        value = self.raw(key)
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.wrong(key, "a time string HH:MM", value)
            return None
        match = HHMM.match(value)
        hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (99, 99)
        if not (minutes < 60 and (hours < 24 or (hours, minutes) == (24, 0))):
            self.bad(key, f"{value!r} is not a time HH:MM between 00:00 and 24:00")
            return None
        if minutes % 15:
            self.bad(key, f"{value!r} is not on a quarter hour")
            return None
        return hours * 60 + minutes

    # -- fields of our own: taken only when well formed and not at their default ---
    def own(self, key: str, parse: Callable[[Any], T | None], default: T) -> T:
        if key not in self.rest:
            return default
        value = parse(self.rest[key])
        if value is None or value == default:
            return default
        del self.rest[key]
        return value


def own_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def own_number(value: Any) -> float | None:
    return float(value) if is_number(value) and abs(value) <= MAX_NUMBER else None


def own_count(value: Any) -> int | None:
    whole = isinstance(value, int) and not isinstance(value, bool)
    return value if whole and 0 <= value <= MAX_INTEGER else None


def own_flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def own_texts(value: Any) -> list[str] | None:
    """A list of non-empty strings (codes), or None when it is anything else."""
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return list(value)
    return None


def own_enums(kind: type[E]) -> Callable[[Any], list[E] | None]:
    """A list of values of ``kind`` by their strings, or None when any is unknown."""
    def parse(value: Any) -> list[E] | None:
        texts = own_texts(value)
        try:
            return None if texts is None else [kind(text) for text in texts]
        except ValueError:
            return None

    return parse


def own_enum(kind: type[E]) -> Callable[[Any], E | None]:
    def parse(value: Any) -> E | None:
        try:
            return kind(value)
        except ValueError:
            return None

    return parse


def own_instant(tz: dt.tzinfo) -> Callable[[Any], dt.datetime | None]:
    def parse(value: Any) -> dt.datetime | None:
        return parse_instant(value, tz) if isinstance(value, str) else None

    return parse
