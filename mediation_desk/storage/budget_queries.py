"""Budget reads: every project booking as a few narrow columns, counted by ``scheduling.budget.BookingFacts``.

A year of bookings read as whole domain objects takes seconds; the budget
needs only each booking's status, outcome, booked and worked spans, whether
it is recent and whether it overrode the budget. SQLite instants are read as
their stored text (naive UTC, parsed by ``datetime.fromisoformat``): the
typed column would build an aware datetime per value, several times slower.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.budget import BookingFacts
from mediation_desk.scheduling.model import BookingStatus, Outcome, ProjectCode
from mediation_desk.storage.orm import BookingRow, RequestRow

_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
_REQUESTS: sa.Table = RequestRow.__table__  # type: ignore[assignment]

_BATCH = 10_000
RawKey = tuple[str, str, str | None, dt.timedelta, dt.timedelta, int, int]


def _instants(s: Session) -> tuple[Callable[[sa.Column[Any]], sa.ColumnElement[Any]], Callable[[Any], Any]]:
    """How to select an instant column cheaply on this dialect, and how to turn the value into a datetime."""
    if s.get_bind().dialect.name == "sqlite":
        return (lambda column: sa.type_coerce(column, sa.String())), dt.datetime.fromisoformat
    # psycopg builds aware datetimes itself; the differences below do not depend on their zone
    return (lambda column: sa.type_coerce(column, sa.DateTime(timezone=True))), (lambda value: value)


def _select(s: Session, since: dt.datetime, now: dt.datetime, project: str | None) -> sa.Select[Any]:
    b, r = _BOOKINGS.c, _REQUESTS.c
    instant, _ = _instants(s)
    # the recent test goes through the typed column, which binds ``since`` and ``now`` as stored
    recent = sa.and_(b.start_at >= since, b.start_at < now)
    where = r.project_code.is_not(None) if project is None else r.project_code == project
    # SQLite scans the bookings once and finds each request by its key: the fastest order it has
    joined = _BOOKINGS.join(_REQUESTS, r.id == b.request_id)
    return sa.select(
        r.project_code, b.status, b.outcome, instant(b.start_at), instant(b.end_at), instant(b.actual_start),
        instant(b.actual_end), recent, b.budget_override != "",
    ).select_from(joined).where(where)


def booking_facts(
    s: Session, since: dt.datetime, now: dt.datetime, project: str | None = None
) -> dict[ProjectCode, Counter[BookingFacts]]:
    """Per project (``project`` alone, or every one), how many bookings share each set of budget facts.

    A booking is recent when it starts in [since, now). A project without bookings is left out.
    """
    _, parse = _instants(s)
    rows = itertools.chain.from_iterable(s.execute(_select(s, since, now, project)).partitions(_BATCH))
    out: dict[ProjectCode, Counter[BookingFacts]] = defaultdict(Counter)
    counted = Counter(_keys(rows, parse))
    for (code, status, outcome, booked, worked, recent, override), count in counted.items():
        facts = BookingFacts(
            BookingStatus(status), Outcome(outcome) if outcome is not None else None, booked, worked,
            bool(recent), bool(override),
        )
        out[ProjectCode(code)][facts] += count  # 1 and True (SQLite, PostgreSQL) are one key already
    return dict(out)


def _keys(rows: Iterable[Any], parse: Callable[[Any], Any]) -> Iterator[RawKey]:
    for code, status, outcome, start, end, actual_start, actual_end, recent, override in rows:
        start, end = parse(start), parse(end)
        booked = end - start
        if actual_start is None and actual_end is None:
            worked = booked
        else:
            worked_end = parse(actual_end) if actual_end is not None else end
            worked = worked_end - (parse(actual_start) if actual_start is not None else start)
        yield code, status, outcome, booked, worked, recent, override
