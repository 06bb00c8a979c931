"""The stored entities' shared machinery: which row, key and conversion each kind has, and the
generic read, list, save (with its version check) and delete that repository.py and
service_data.py build on. Every function takes the caller's Session and never commits.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mediation_desk.scheduling.model import (
    Agency,
    Area,
    Booking,
    CasePreferences,
    Language,
    Mediator,
    Project,
    Request,
)
from mediation_desk.storage import convert
from mediation_desk.storage.errors import InUseError, StaleEditError
from mediation_desk.storage.orm import (
    AgencyRow,
    AreaRow,
    Base,
    BookingRow,
    CasePreferencesRow,
    LanguageRow,
    MediatorRow,
    ProjectRow,
    RequestRow,
)
from mediation_desk.storage.records import last_change

T = TypeVar("T")


@dataclass(frozen=True)
class _Entity(Generic[T]):
    row: type[Base]
    key: str  # primary-key column
    name: str  # the entity's name in the audit trail
    values: Callable[[T], dict[str, Any]]
    of: Callable[[Any], T]

    @property
    def table(self) -> sa.Table:
        return self.row.__table__  # type: ignore[return-value]


AREAS = _Entity[Area](AreaRow, "code", "area", convert.area_values, convert.area_of)
LANGUAGES = _Entity[Language](LanguageRow, "code", "language", convert.language_values, convert.language_of)
PROJECTS = _Entity[Project](ProjectRow, "code", "project", convert.project_values, convert.project_of)
AGENCIES = _Entity[Agency](AgencyRow, "id", "agency", convert.agency_values, convert.agency_of)
MEDIATORS = _Entity[Mediator](MediatorRow, "id", "mediator", convert.mediator_values, convert.mediator_of)
REQUESTS = _Entity[Request](RequestRow, "id", "request", convert.request_values, convert.request_of)
BOOKINGS = _Entity[Booking](BookingRow, "id", "booking", convert.booking_values, convert.booking_of)
CASES = _Entity[CasePreferences](CasePreferencesRow, "case_ref", "case_preferences",
                                 convert.case_preferences_values, convert.case_preferences_of)
_IN_ORDER: tuple[_Entity[Any], ...] = (AREAS, LANGUAGES, PROJECTS, AGENCIES, MEDIATORS, REQUESTS, BOOKINGS,
                                       CASES)


def _get(s: Session, entity: _Entity[T], key: str) -> T | None:
    row = s.get(entity.row, key)
    # a deep copy: the caller may change nested lists and dicts, the ORM row must keep its own
    return copy.deepcopy(entity.of(row)) if row is not None else None


def _list(s: Session, entity: _Entity[T], where: Iterable[sa.ColumnElement[bool]] = ()) -> list[T]:
    query = sa.select(entity.table).where(*where).order_by(entity.table.c.pos)
    return [entity.of(row) for row in s.execute(query)]


def _save(s: Session, entity: _Entity[T], obj: T) -> None:
    """Insert or update; an update of a copy read at another version raises StaleEditError.

    A copy with version 0 (built from a document, not read from here) is not
    checked. Afterwards ``obj.version`` is the stored row's new version.
    """
    values = entity.values(obj)
    key = values[entity.key]
    row: Any = s.get(entity.row, key)
    if row is None:
        top = s.scalar(sa.select(sa.func.max(entity.table.c.pos)))
        row = entity.row(**values, pos=(top if top is not None else -1) + 1)
        s.add(row)
        s.flush()
    else:
        expected = getattr(obj, "version", 0)
        if expected and hasattr(row, "version"):
            # versions this transaction produced itself are newer than the first one it met: fine
            first = s.info.setdefault("md_first_versions", {}).setdefault((entity.name, key), row.version)
            if expected < first:
                raise stale_edit(s, entity.name, str(key), row.version)
        for name, value in values.items():
            setattr(row, name, value)
        try:
            s.flush()  # the UPDATE says WHERE version = <read>: a concurrent writer makes it match nothing
        except StaleDataError as exc:
            raise stale_edit(s, entity.name, str(key)) from exc
    if hasattr(obj, "version") and hasattr(row, "version"):
        setattr(obj, "version", row.version)  # noqa: B010 - T is any versioned entity


def stale_edit(s: Session, entity: str, key: str, current: int | None = None) -> StaleEditError:
    """The refusal of a stale save, naming who changed the record last and when (from the audit trail)."""
    last = last_change(s, entity, key) if current is not None else None  # after a failed flush: no query
    return StaleEditError(entity, key, changed_by=last.actor if last else None,
                          changed_at=last.at if last else None, current_version=current)


def check_version(s: Session, entity: str, key: str, read: int, current: int) -> None:
    """Refuse an action decided on version ``read`` of a record now at ``current`` (0: not checked)."""
    if read and read != current:
        raise stale_edit(s, entity, key, current)


def _delete(s: Session, entity: _Entity[Any], key: str) -> bool:
    row = s.get(entity.row, key)
    if row is None:
        return False
    s.delete(row)
    s.flush()
    return True


def _refuse_if_used(what: str, key: str, users: dict[str, int]) -> None:
    used = {name: count for name, count in users.items() if count}
    if used:
        listing = ", ".join(f"{count} {name}" for name, count in used.items())
        raise InUseError(f"{what} {key} is still used by {listing}")


def _count(s: Session, query: sa.Select[Any]) -> int:
    return int(s.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0)
