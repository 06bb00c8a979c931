"""Finance's read model: bookings with the request facts billing needs, fetched in one narrow query.

A yearly report reads 100,000 bookings; going through the full ORM mapping
(every column, JSON ``extra`` decoded) costs seconds, so this query selects
only what billing and the exports read. The ``Booking`` objects it returns
carry those fields; the others (reply, sequence, series, created_at, extra)
keep their defaults and must not be saved back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    Mode,
    Outcome,
    RequestId,
)
from mediation_desk.storage.orm import BookingRow, RequestRow

_B: sa.Table = BookingRow.__table__  # type: ignore[assignment]
_R: sa.Table = RequestRow.__table__  # type: ignore[assignment]
_STATUS = {s.value: s for s in BookingStatus}
_OUTCOME = {o.value: o for o in Outcome}
_MODE = {m.value: m for m in Mode}


class RequestFacts(NamedTuple):
    """The columns of a request that billing reads (see ``billing.RequestFacts``)."""

    agency: str
    project: str | None
    language: str
    mode: Mode
    case: str | None
    notes: str



def _raw(column: sa.Column[dt.datetime]) -> sa.Label[str]:
    """The column as the driver returns it: SQLite's UTC text, PostgreSQL's aware datetime."""
    return sa.type_coerce(column, sa.String()).label(column.name)


def _utc(value: object) -> dt.datetime | None:
    """An instant from ``_raw``: parsing ISO text in C is many times faster than the ORM type."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value + "+00:00")  # naive UTC text; 6x faster than .replace()
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value if value.tzinfo is dt.UTC else value.astimezone(dt.UTC)
    raise TypeError(f"not a stored instant: {value!r}")


_COLUMNS = (
    _B.c.id, _B.c.request_id, _B.c.mediator_id, _raw(_B.c.start_at), _raw(_B.c.end_at), _B.c.status,
    _B.c.outcome, _raw(_B.c.actual_start), _raw(_B.c.actual_end), _raw(_B.c.cancelled_at), _B.c.cancel_reason,
    _B.c.budget_override, _R.c.agency_id, _R.c.project_code, _R.c.language, _R.c.mode, _R.c.case_ref,
    _R.c.notes,
)


def booking_rows(
    s: Session, start: dt.datetime, end: dt.datetime, *, projects: Collection[str] = ()
) -> list[tuple[Booking, RequestFacts]]:
    """Bookings starting in [start, end), plus every booking of ``projects`` (for budgets), unordered."""
    where = sa.and_(_B.c.start_at >= start, _B.c.start_at < end)
    if projects:
        where = sa.or_(where, _R.c.project_code.in_(list(projects)))
    query = sa.select(*_COLUMNS).join_from(_B, _R, _B.c.request_id == _R.c.id).where(where)
    out = []
    for row in s.execute(query):
        start_at, end_at = _utc(row[3]), _utc(row[4])
        assert start_at is not None and end_at is not None  # NOT NULL columns
        booking = Booking(
            BookingId(row[0]), RequestId(row[1]), MediatorId(row[2]), start_at, end_at,
            status=_STATUS[row[5]],
            outcome=_OUTCOME[row[6]] if row[6] is not None else None, actual_start=_utc(row[7]),
            actual_end=_utc(row[8]), cancelled_at=_utc(row[9]), cancel_reason=row[10],
            budget_override=row[11],
        )
        out.append((booking, RequestFacts(row[12], row[13], row[14], _MODE[row[15]], row[16], row[17])))
    return out
