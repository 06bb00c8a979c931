"""Holidays and closures: the Italian national holidays, the comune's patron saint, school closure periods.

A day is closed for an agency when it is a national holiday or the patron
saint's day (every agency), or inside a school closure period (schools only).
Recurring series skip closed days, and the booking rules, the candidates and
the planner treat them as closed (rule 0, ``ViolationCode.CLOSED``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.easter import easter

from mediation_desk.scheduling.model import AgencyKind


class ClosureKind(enum.StrEnum):
    NATIONAL_HOLIDAY = "national_holiday"
    PATRON_SAINT = "patron_saint"
    SCHOOL_CLOSURE = "school_closure"


# Fixed-date national holidays (legge 260/1949 and later changes), by (month, day).
FIXED_HOLIDAYS: Mapping[tuple[int, int], str] = {
    (1, 1): "Capodanno",
    (1, 6): "Epifania",
    (4, 25): "Festa della Liberazione",
    (5, 1): "Festa del Lavoro",
    (6, 2): "Festa della Repubblica",
    (8, 15): "Ferragosto",
    (11, 1): "Ognissanti",
    (12, 8): "Immacolata Concezione",
    (12, 25): "Natale",
    (12, 26): "Santo Stefano",
}
SAN_FRANCESCO = (10, 4)  # national holiday again from 2026 (law of October 2025)
SAN_FRANCESCO_FROM = 2026


@dataclass(frozen=True)
class Closure:
    """Why ``day`` is closed: the kind and the holiday's or period's name."""

    day: dt.date
    kind: ClosureKind
    name: str


@dataclass(frozen=True)
class SchoolClosure:
    """A period when the schools are closed (Christmas, Easter, summer…), both ends inclusive."""

    first: dt.date
    last: dt.date
    name: str = ""


@dataclass(frozen=True)
class Closures:
    """The service's closure settings: the patron saint's day of the comune and the school closures."""

    patron_day: tuple[int, int] | None = None  # (month, day)
    patron_name: str = ""
    school: tuple[SchoolClosure, ...] = field(default_factory=tuple)

    def to_setting(self) -> dict[str, Any]:
        return {
            "patron": ({"month": self.patron_day[0], "day": self.patron_day[1], "name": self.patron_name}
                       if self.patron_day else None),
            "school": [{"first": c.first.isoformat(), "last": c.last.isoformat(), "name": c.name}
                       for c in self.school],
        }

    @classmethod
    def from_setting(cls, value: object) -> Closures:
        """The stored setting; a malformed part is left out (the settings view shows what is in force)."""
        if not isinstance(value, dict):
            return cls()
        patron = value.get("patron")
        patron_day: tuple[int, int] | None = None
        patron_name = ""
        if isinstance(patron, dict):
            try:
                month, day = int(patron["month"]), int(patron["day"])
                dt.date(2024, month, day)  # a leap year: 29 February is a valid patron day
                patron_day, patron_name = (month, day), str(patron.get("name") or "")
            except (KeyError, TypeError, ValueError):
                patron_day = None
        school: list[SchoolClosure] = []
        for item in value.get("school") or []:
            try:
                first, last = dt.date.fromisoformat(item["first"]), dt.date.fromisoformat(item["last"])
            except (KeyError, TypeError, ValueError):
                continue
            if first <= last:
                school.append(SchoolClosure(first, last, str(item.get("name") or "")))
        return cls(patron_day, patron_name, tuple(school))


@functools.lru_cache(maxsize=64)
def national_holidays(year: int) -> dict[dt.date, str]:
    """The Italian national holidays of ``year``, Easter and Easter Monday computed (Gregorian)."""
    days = {dt.date(year, month, day): name for (month, day), name in FIXED_HOLIDAYS.items()}
    if year >= SAN_FRANCESCO_FROM:
        days[dt.date(year, *SAN_FRANCESCO)] = "San Francesco d'Assisi"
    sunday = easter(year)
    days[sunday] = "Pasqua"
    days[sunday + dt.timedelta(days=1)] = "Lunedì dell'Angelo"
    return days


def closure_on(day: dt.date, kind: AgencyKind | None, closures: Closures) -> Closure | None:
    """Why an agency of ``kind`` is closed on ``day``, or None when it is open."""
    holiday = national_holidays(day.year).get(day)
    if holiday is not None:
        return Closure(day, ClosureKind.NATIONAL_HOLIDAY, holiday)
    if closures.patron_day == (day.month, day.day):
        return Closure(day, ClosureKind.PATRON_SAINT, closures.patron_name)
    if kind is AgencyKind.SCHOOL:
        for period in closures.school:
            if period.first <= day <= period.last:
                return Closure(day, ClosureKind.SCHOOL_CLOSURE, period.name)
    return None
