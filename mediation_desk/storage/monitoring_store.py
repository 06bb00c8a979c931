"""Rows of FAMI monitoring (people assisted per intervention): read, write, remove, blank nationalities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import BookingId
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.storage.orm import MonitoringRow, RequestRow

_M: sa.Table = MonitoringRow.__table__  # type: ignore[assignment]
_CHUNK = 500  # ids per IN (...) list: far below every database's limit on bound parameters


def _of(row: Any) -> PeopleAssisted:
    return PeopleAssisted(int(row.people), int(row.women), int(row.men), int(row.minors), int(row.adults),
                          str(row.nationality))


def get(s: Session, booking_id: str) -> PeopleAssisted | None:
    row = s.get(MonitoringRow, booking_id)
    return _of(row) if row is not None else None


def of_bookings(s: Session, booking_ids: Collection[str]) -> dict[BookingId, PeopleAssisted]:
    """The records of these bookings (the others have none)."""
    ids = list(dict.fromkeys(booking_ids))
    out: dict[BookingId, PeopleAssisted] = {}
    for i in range(0, len(ids), _CHUNK):
        for row in s.execute(sa.select(_M).where(_M.c.booking_id.in_(ids[i:i + _CHUNK]))):
            out[BookingId(row.booking_id)] = _of(row)
    return out


def every(s: Session) -> dict[BookingId, PeopleAssisted]:
    return {BookingId(row.booking_id): _of(row) for row in s.execute(sa.select(_M))}


def save(s: Session, booking_id: str, value: PeopleAssisted, *, at: dt.datetime, by: str) -> None:
    """Insert or replace the record of ``booking_id``."""
    row = s.get(MonitoringRow, booking_id)
    if row is None:
        row = MonitoringRow(booking_id=booking_id)
        s.add(row)
    row.people, row.women, row.men = value.people, value.women, value.men
    row.minors, row.adults, row.nationality = value.minors, value.adults, value.nationality
    row.recorded_at, row.recorded_by = at, by
    s.flush()


def save_many(s: Session, records: dict[BookingId, PeopleAssisted], *, at: dt.datetime, by: str) -> None:
    """Insert records of bookings that have none (an import), one statement."""
    if records:
        s.execute(sa.insert(_M), [
            {"booking_id": b, "people": v.people, "women": v.women, "men": v.men, "minors": v.minors,
             "adults": v.adults, "nationality": v.nationality, "recorded_at": at, "recorded_by": by}
            for b, v in records.items()])


def remove(s: Session, booking_id: str) -> bool:
    """Drop the record of ``booking_id``: not recorded. Whether there was one."""
    result = s.execute(sa.delete(_M).where(_M.c.booking_id == booking_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def blank_nationalities(s: Session, booking_ids: Collection[str]) -> None:
    """Anonymisation: the counts stay (reports need them), the nationality goes."""
    ids = list(booking_ids)
    for i in range(0, len(ids), _CHUNK):
        s.execute(sa.update(_M).where(_M.c.booking_id.in_(ids[i:i + _CHUNK]), _M.c.nationality != "")
                  .values(nationality=""))


def request_nationalities(s: Session, request_ids: Collection[str]) -> dict[str, str]:
    """The nationality each request gives (for interventions without a record of their own)."""
    ids = list(dict.fromkeys(request_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), _CHUNK):
        query = sa.select(RequestRow.id, RequestRow.nationality).where(RequestRow.id.in_(ids[i:i + _CHUNK]))
        out.update({rid: nat or "" for rid, nat in s.execute(query)})
    return out
