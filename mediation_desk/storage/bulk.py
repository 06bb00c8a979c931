"""Many rows in one statement: the auto-planner writes its whole plan this way."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking, RequestStatus
from mediation_desk.storage.convert import booking_values
from mediation_desk.storage.errors import BookingOverlapError, is_overlap_violation
from mediation_desk.storage.orm import BookingRow, RequestRow

_BOOKINGS: sa.Table = BookingRow.__table__  # type: ignore[assignment]
CHUNK = 500  # ids per IN list


def insert_bookings(s: Session, bookings: Iterable[Booking]) -> int:
    """Insert new bookings in one statement, after every existing one; returns how many.

    Raises BookingOverlapError when the database refuses an overlap (PostgreSQL);
    an id already used raises IntegrityError. The caller checks the rules first.
    """
    s.flush()
    top = s.scalar(sa.select(sa.func.max(_BOOKINGS.c.pos)))
    start = (top if top is not None else -1) + 1
    rows = [{**booking_values(b), "pos": start + i} for i, b in enumerate(bookings)]
    if rows:
        try:
            s.execute(sa.insert(_BOOKINGS), rows)
        except IntegrityError as exc:
            if is_overlap_violation(exc):
                raise BookingOverlapError() from exc
            raise
    return len(rows)


def set_request_statuses(s: Session, statuses: Mapping[str, RequestStatus]) -> int:
    """Change the status of many requests, one UPDATE per status; returns how many rows changed."""
    by_status: dict[RequestStatus, list[str]] = {}
    for request_id, status in statuses.items():
        by_status.setdefault(RequestStatus(status), []).append(request_id)
    changed = 0
    for status, ids in by_status.items():
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            query = (sa.update(RequestRow).where(RequestRow.id.in_(chunk))
                     .values(status=status.value, version=RequestRow.version + 1))
            result = s.execute(query, execution_options={"synchronize_session": "fetch"})
            changed += result.rowcount  # type: ignore[attr-defined]
    return changed
