"""Holidays and closures as business settings: the comune's patron saint and the school closure periods.

The national holidays are built into the domain (``scheduling.closures``);
what a service sets is stored under one key with an audit line. Every use case
that checks the booking rules reads the closures in its own transaction
(:func:`closures_in`), so the rules, the candidates, the planner and the
recurring series see the same closed days.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mediation_desk.scheduling.closures import Closure, Closures, closure_on
from mediation_desk.scheduling.model import AgencyId
from mediation_desk.services import settings_store
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

CLOSURES_KEY = "closures"
MAX_SCHOOL_PERIODS = 50
MAX_PERIOD_DAYS = 120  # a summer break is the longest closure a school has


class ClosuresError(ValueError):
    """Closure settings that cannot be stored; ``code``: patron_day, school_period; ``params`` say which."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def closures_in(s: Session) -> Closures:
    return Closures.from_setting(repository.get_setting(s, CLOSURES_KEY, None))


def read_closures(db: Database) -> Closures:
    with db.read() as s:
        return closures_in(s)


def _check(closures: Closures) -> None:
    if closures.patron_day is not None:
        month, day = closures.patron_day
        try:
            dt.date(2024, month, day)
        except ValueError:
            raise ClosuresError("patron_day", month=month, day=day) from None
    if len(closures.school) > MAX_SCHOOL_PERIODS:
        raise ClosuresError("too_many_periods", limit=MAX_SCHOOL_PERIODS)
    for period in closures.school:
        if period.last < period.first or (period.last - period.first).days >= MAX_PERIOD_DAYS:
            raise ClosuresError("school_period", first=period.first, last=period.last, name=period.name)


def save_closures(db: Database, closures: Closures, *, actor: str, now: dt.datetime) -> Changed[Closures]:
    """Store the patron saint's day and the school closures (one transaction, one audit line)."""
    _check(closures)
    closures = Closures(closures.patron_day, closures.patron_name.strip() if closures.patron_day else "",
                        tuple(sorted(closures.school, key=lambda p: (p.first, p.last))))
    value = closures.to_setting()
    changed = settings_store.save_settings(db, {CLOSURES_KEY: value}, action="closures_saved",
                                           entity_id="closures", audit_details=value, now=now, actor=actor)
    return Changed(closures, changed)


def closed_days(db: Database, agency_id: AgencyId, first: dt.date, last: dt.date) -> list[Closure]:
    """The days from ``first`` to ``last`` (inclusive) when ``agency_id`` is closed, with the reason."""
    with db.read() as s:
        agency = repository.get_agency(s, agency_id)
        closures = closures_in(s)
    kind = agency.kind if agency else None
    out: list[Closure] = []
    day = first
    while day <= last:
        closure = closure_on(day, kind, closures)
        if closure is not None:
            out.append(closure)
        day += dt.timedelta(days=1)
    return out
