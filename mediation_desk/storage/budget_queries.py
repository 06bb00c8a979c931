"""Budget reads: per project, how many bookings share each ``scheduling.budget.BookingFacts``.

A year of bookings read as whole domain objects takes seconds; the budget
needs only each booking's status, outcome, booked and worked span (to the
microsecond), whether it is recent and whether it overrode the budget, and
bookings with equal facts weigh the same. PostgreSQL counts them itself (its
instants subtract exactly). SQLite keeps instants as text (naive UTC): its date
functions would cost more than the rows, and ``julianday`` rounds to the
millisecond, so it returns one narrow row per booking, parsed and counted here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.budget import BookingFacts
from mediation_desk.scheduling.model import BookingStatus, Outcome, ProjectCode
from mediation_desk.storage.orm import BookingRow, RequestRow

_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
_REQUESTS: sa.Table = RequestRow.__table__  # type: ignore[assignment]
_BATCH = 10_000
# project, status, outcome, booked, worked, recent, override: one booking, or a count of equal ones
RawFacts = tuple[str, str, str | None, dt.timedelta, dt.timedelta, Any, Any]


def booking_facts(
    s: Session, since: dt.datetime, now: dt.datetime, project: str | None = None
) -> dict[ProjectCode, Counter[BookingFacts]]:
    """Per project (``project`` alone, or every one), how many bookings share each set of budget facts.

    A booking is recent when it starts in [since, now). A project without bookings is left out.
    """
    counted: Iterable[tuple[RawFacts, int]]
    if s.get_bind().dialect.name == "sqlite":
        rows = itertools.chain.from_iterable(s.execute(_sqlite_rows(since, now, project)).partitions(_BATCH))
        counted = Counter(_sqlite_facts(rows)).items()
    else:
        counted = (((*row[:7],), row[7]) for row in s.execute(_counted_rows(since, now, project)))
    out: dict[ProjectCode, Counter[BookingFacts]] = defaultdict(Counter)
    for (code, status, outcome, booked, worked, recent, override), count in counted:
        facts = BookingFacts(
            BookingStatus(status), Outcome(outcome) if outcome is not None else None, booked, worked,
            bool(recent), bool(override),
        )
        out[ProjectCode(code)][facts] += count  # 1 and True are one key already
    return dict(out)


def _common(since: dt.datetime, now: dt.datetime, project: str | None) -> tuple[
    list[sa.ColumnElement[Any]], sa.ColumnElement[bool]
]:
    """Recent and override flags (``since``, ``now`` bound as the typed column stores them) and the filter."""
    b, r = _BOOKINGS.c, _REQUESTS.c
    recent = sa.case((sa.and_(b.start_at >= since, b.start_at < now), 1), else_=0)
    override = sa.case((b.budget_override != "", 1), else_=0)
    where = r.project_code.is_not(None) if project is None else r.project_code == project
    return [recent, override], where


def _joined() -> sa.Join:
    # SQLite scans the bookings once and finds each request by its key: the fastest order it has
    return _BOOKINGS.join(_REQUESTS, _REQUESTS.c.id == _BOOKINGS.c.request_id)


def _sqlite_rows(since: dt.datetime, now: dt.datetime, project: str | None) -> sa.Select[Any]:
    b = _BOOKINGS.c
    flags, where = _common(since, now, project)
    text = [sa.type_coerce(c, sa.String()) for c in (b.start_at, b.end_at, b.actual_start, b.actual_end)]
    columns = [_REQUESTS.c.project_code, b.status, b.outcome, *text, *flags]
    return sa.select(*columns).select_from(_joined()).where(where)


def _sqlite_facts(rows: Iterable[Any]) -> Iterator[RawFacts]:
    parse = dt.datetime.fromisoformat  # naive UTC on both sides of each difference
    for code, status, outcome, start, end, actual_start, actual_end, recent, override in rows:
        start, end = parse(start), parse(end)
        booked = end - start
        if actual_start is None and actual_end is None:
            worked = booked
        else:
            worked_end = parse(actual_end) if actual_end is not None else end
            worked = worked_end - (parse(actual_start) if actual_start is not None else start)
        yield code, status, outcome, booked, worked, recent, override


def _span(start: sa.ColumnElement[Any], end: sa.ColumnElement[Any]) -> sa.ColumnElement[dt.timedelta]:
    """The exact span: a timestamptz difference is an interval of whole microseconds (a timedelta)."""
    return sa.type_coerce(end - start, sa.Interval())


def _counted_rows(since: dt.datetime, now: dt.datetime, project: str | None) -> sa.Select[Any]:
    b = _BOOKINGS.c
    flags, where = _common(since, now, project)
    booked = _span(b.start_at, b.end_at)
    worked = _span(sa.func.coalesce(b.actual_start, b.start_at), sa.func.coalesce(b.actual_end, b.end_at))
    keys = [_REQUESTS.c.project_code, b.status, b.outcome, booked, worked, *flags]
    # grouped by label; no label is a column name (PostgreSQL would group by that column instead)
    labelled = [key.label(f"fact_{n}") for n, key in enumerate(keys)]
    return (
        sa.select(*labelled, sa.func.count())
        .select_from(_joined())
        .where(where)
        .group_by(*(column.name for column in labelled))
    )
