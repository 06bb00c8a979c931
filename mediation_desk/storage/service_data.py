"""The whole service at once: load it, replace it (scenario import), append imported entities in
bulk, tell whether it is empty, and the service's own settings (time zone, extra data).

Every function takes the Session of the caller's transaction and never commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Agency, Mediator, Request, ServiceData
from mediation_desk.scheduling.timeutil import SERVICE_TZ_NAME
from mediation_desk.storage.entities import (
    _IN_ORDER,
    AGENCIES,
    AREAS,
    BOOKINGS,
    CASES,
    LANGUAGES,
    MEDIATORS,
    PROJECTS,
    REQUESTS,
    _Entity,
    _list,
)
from mediation_desk.storage.errors import BookingOverlapError, is_overlap_violation
from mediation_desk.storage.orm import SeriesRow
from mediation_desk.storage.records import get_setting, set_setting

SERVICE_TIMEZONE_KEY = "service.timezone"
SERVICE_EXTRA_KEY = "service.extra"


def service_timezone(s: Session) -> str:
    """The service's time zone name, as stored with the service ("Europe/Rome" when none is)."""
    name = get_setting(s, SERVICE_TIMEZONE_KEY, None)
    return name if isinstance(name, str) and name else SERVICE_TZ_NAME


# --- whole service -----------------------------------------------------------------------------


def load_service(s: Session) -> ServiceData:
    """Everything of the service, lists in insertion order."""
    return ServiceData(
        timezone=service_timezone(s),
        areas=_list(s, AREAS),
        languages=_list(s, LANGUAGES),
        projects=_list(s, PROJECTS),
        agencies=_list(s, AGENCIES),
        mediators=_list(s, MEDIATORS),
        requests=_list(s, REQUESTS),
        bookings=_list(s, BOOKINGS),
        cases=_list(s, CASES),
        extra=get_setting(s, SERVICE_EXTRA_KEY, {}),
    )


def replace_service(s: Session, data: ServiceData) -> None:
    """Drop every entity (and the series, busy blocks and mail of them) and insert ``data`` in bulk."""
    s.flush()
    s.expunge_all()
    s.execute(sa.delete(SeriesRow))
    for entity in reversed(_IN_ORDER):
        s.execute(sa.delete(entity.table))
    lists: tuple[list[Any], ...] = (
        data.areas,
        data.languages,
        data.projects,
        data.agencies,
        data.mediators,
        data.requests,
        data.bookings,
        data.cases,
    )
    for entity, items in zip(_IN_ORDER, lists, strict=True):
        if items:
            rows = [{**entity.values(item), "pos": pos} for pos, item in enumerate(items)]
            _bulk_insert(s, entity, rows)
    set_setting(s, SERVICE_TIMEZONE_KEY, data.timezone)
    set_setting(s, SERVICE_EXTRA_KEY, data.extra)


def _bulk_insert(s: Session, entity: _Entity[Any], rows: list[dict[str, Any]]) -> None:
    try:
        s.execute(sa.insert(entity.table), rows)
    except IntegrityError as exc:
        if is_overlap_violation(exc):
            raise BookingOverlapError() from exc
        raise


def insert_new(
    s: Session, mediators: Sequence[Mediator] = (), agencies: Sequence[Agency] = (),
    requests: Sequence[Request] = (),
) -> int:
    """Insert new mediators, agencies and requests after the existing ones, one statement per kind.

    For imports: one MAX over the table whatever the number of rows (``_save``
    looks it up for every row). An id already used raises IntegrityError.
    """
    s.flush()
    count = 0
    pairs: list[tuple[_Entity[Any], Sequence[Any]]] = [(AGENCIES, agencies), (MEDIATORS, mediators),
                                                       (REQUESTS, requests)]
    for entity, mine in pairs:
        if not mine:
            continue
        top = s.scalar(sa.select(sa.func.max(entity.table.c.pos)))
        start = (top if top is not None else -1) + 1
        _bulk_insert(s, entity, [{**entity.values(item), "pos": start + i} for i, item in enumerate(mine)])
        count += len(mine)
    return count


def is_empty(s: Session) -> bool:
    """True when the service has no entity at all (settings and audit do not count)."""
    return all(s.scalar(sa.select(entity.table.c.pos).limit(1)) is None for entity in _IN_ORDER)
