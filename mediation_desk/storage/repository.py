"""Read and write domain objects through a Session: one function per question or change.

Every function takes the Session of the caller's transaction (``Database.read()``
or ``Database.write()``) and never commits. Lists come back in insertion order.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mediation_desk.scheduling.model import (
    Agency,
    Area,
    Booking,
    Language,
    Mediator,
    Project,
    Request,
    ServiceData,
)
from mediation_desk.scheduling.timeutil import SERVICE_TZ_NAME
from mediation_desk.storage import convert
from mediation_desk.storage.bulk import insert_bookings, set_request_statuses  # re-exported
from mediation_desk.storage.errors import (
    BookingOverlapError,
    InUseError,
    StaleEditError,
    is_overlap_violation,
)
from mediation_desk.storage.orm import (
    AgencyRow,
    AreaRow,
    Base,
    BookingRow,
    LanguageRow,
    MediatorRow,
    ProjectRow,
    RequestRow,
    SeriesRow,
)
from mediation_desk.storage.queries import (  # re-exported: part of this module's API
    bookings_around_request,
    bookings_between,
    bookings_for_mediators,
    bookings_for_request,
    bookings_for_requests,
    bookings_of_case,
    bookings_of_project,
    overlapping_bookings,
    project_booked_seconds,
)
from mediation_desk.storage.records import (  # re-exported: part of this module's API
    AuditEntry,
    add_audit,
    add_audits,
    check_setting_version,
    delete_setting,
    get_setting,
    last_change,
    list_audit,
    next_id,
    next_ids,
    scrub_audit,
    set_setting,
    setting_version,
)

__all__ = [
    "AuditEntry",
    "add_audit",
    "add_audits",
    "bookings_around_request",
    "bookings_between",
    "bookings_for_mediators",
    "bookings_for_request",
    "bookings_for_requests",
    "bookings_of_case",
    "bookings_of_project",
    "check_setting_version",
    "delete_setting",
    "get_setting",
    "insert_bookings",
    "last_change",
    "list_audit",
    "next_id",
    "next_ids",
    "overlapping_bookings",
    "project_booked_seconds",
    "set_request_statuses",
    "scrub_audit",
    "set_setting",
    "setting_version",
]

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
_IN_ORDER: tuple[_Entity[Any], ...] = (AREAS, LANGUAGES, PROJECTS, AGENCIES, MEDIATORS, REQUESTS, BOOKINGS)

SERVICE_TIMEZONE_KEY = "service.timezone"
SERVICE_EXTRA_KEY = "service.extra"


def service_timezone(s: Session) -> str:
    """The service's time zone name, as stored with the service ("Europe/Rome" when none is)."""
    name = get_setting(s, SERVICE_TIMEZONE_KEY, None)
    return name if isinstance(name, str) and name else SERVICE_TZ_NAME


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


# --- whole service -----------------------------------------------------------------------------


def load_service(s: Session) -> ServiceData:
    """Everything of the service, lists in insertion order."""
    return ServiceData(
        timezone=service_timezone(s),
        areas=list_areas(s),
        languages=list_languages(s),
        projects=list_projects(s),
        agencies=list_agencies(s),
        mediators=list_mediators(s),
        requests=list_requests(s),
        bookings=list_bookings(s),
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


# --- one entity at a time ----------------------------------------------------------------------


def get_area(s: Session, code: str) -> Area | None:
    return _get(s, AREAS, code)


def get_language(s: Session, code: str) -> Language | None:
    return _get(s, LANGUAGES, code)


def get_project(s: Session, code: str) -> Project | None:
    return _get(s, PROJECTS, code)


def get_agency(s: Session, agency_id: str) -> Agency | None:
    return _get(s, AGENCIES, agency_id)


def get_mediator(s: Session, mediator_id: str) -> Mediator | None:
    return _get(s, MEDIATORS, mediator_id)


def get_request(s: Session, request_id: str) -> Request | None:
    return _get(s, REQUESTS, request_id)


def get_booking(s: Session, booking_id: str) -> Booking | None:
    return _get(s, BOOKINGS, booking_id)


def list_areas(s: Session) -> list[Area]:
    return _list(s, AREAS)


def list_languages(s: Session) -> list[Language]:
    return _list(s, LANGUAGES)


def list_projects(s: Session) -> list[Project]:
    return _list(s, PROJECTS)


def list_agencies(s: Session) -> list[Agency]:
    return _list(s, AGENCIES)


def list_mediators(s: Session) -> list[Mediator]:
    return _list(s, MEDIATORS)


def list_requests(s: Session) -> list[Request]:
    return _list(s, REQUESTS)


def list_bookings(s: Session) -> list[Booking]:
    return _list(s, BOOKINGS)


def save_area(s: Session, area: Area) -> None:
    _save(s, AREAS, area)


def save_language(s: Session, language: Language) -> None:
    _save(s, LANGUAGES, language)


def save_project(s: Session, project: Project) -> None:
    _save(s, PROJECTS, project)


def save_agency(s: Session, agency: Agency) -> None:
    _save(s, AGENCIES, agency)


def save_mediator(s: Session, mediator: Mediator) -> None:
    _save(s, MEDIATORS, mediator)


def save_request(s: Session, request: Request) -> None:
    _save(s, REQUESTS, request)


def save_booking(s: Session, booking: Booking) -> None:
    """Insert or update; raises BookingOverlapError when the database refuses an overlap."""
    try:
        _save(s, BOOKINGS, booking)
    except IntegrityError as exc:
        if is_overlap_violation(exc):
            raise BookingOverlapError() from exc
        raise


def delete_booking(s: Session, booking_id: str) -> bool:
    """Remove a booking for good (cancelling is a status change); False when there was none."""
    return _delete(s, BOOKINGS, booking_id)


def delete_request(s: Session, request_id: str) -> bool:
    _refuse_if_used(
        "request",
        request_id,
        {
            "bookings": _count(s, sa.select(BookingRow.id).where(BookingRow.request_id == request_id)),
            "series": _count(s, sa.select(SeriesRow.id).where(SeriesRow.request_id == request_id)),
        },
    )
    return _delete(s, REQUESTS, request_id)


def delete_mediator(s: Session, mediator_id: str) -> bool:
    _refuse_if_used(
        "mediator",
        mediator_id,
        {
            "bookings": _count(s, sa.select(BookingRow.id).where(BookingRow.mediator_id == mediator_id)),
            "series": _count(s, sa.select(SeriesRow.id).where(SeriesRow.mediator_id == mediator_id)),
        },
    )
    return _delete(s, MEDIATORS, mediator_id)


def delete_agency(s: Session, agency_id: str) -> bool:
    _refuse_if_used(
        "agency",
        agency_id,
        {
            "requests": _count(s, sa.select(RequestRow.id).where(RequestRow.agency_id == agency_id)),
        },
    )
    return _delete(s, AGENCIES, agency_id)


def delete_project(s: Session, code: str) -> bool:
    _refuse_if_used(
        "project",
        code,
        {
            "requests": _count(s, sa.select(RequestRow.id).where(RequestRow.project_code == code)),
        },
    )
    return _delete(s, PROJECTS, code)


def delete_area(s: Session, code: str) -> bool:
    _refuse_if_used(
        "area",
        code,
        {
            "agencies": _count(s, sa.select(AgencyRow.id).where(AgencyRow.area_code == code)),
            "mediators": sum(code in areas for areas in s.scalars(sa.select(MediatorRow.areas))),
            "projects": sum(code in areas for areas in s.scalars(sa.select(ProjectRow.areas))),
        },
    )
    return _delete(s, AREAS, code)


def delete_language(s: Session, code: str) -> bool:
    lowered = code.lower()
    spoken = s.scalars(sa.select(MediatorRow.languages))
    _refuse_if_used(
        "language",
        code,
        {
            "requests": _count(
                s, sa.select(RequestRow.id).where(sa.func.lower(RequestRow.language) == lowered)
            ),
            "mediators": sum(any(x["code"].lower() == lowered for x in skills) for skills in spoken),
        },
    )
    return _delete(s, LANGUAGES, code)
