"""Read and write domain objects through a Session: one function per question or change.

Every function takes the Session of the caller's transaction (``Database.read()``
or ``Database.write()``) and never commits. Lists come back in insertion order.

This module holds the per-entity reads, saves and deletes; it also re-exports, as part of its
API, the whole-service functions (service_data.py), the version checks (entities.py), the
booking queries (queries.py), bulk writes (bulk.py) and settings/audit records (records.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

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
from mediation_desk.storage.bulk import insert_bookings, set_request_statuses  # re-exported
from mediation_desk.storage.entities import (
    AGENCIES,
    AREAS,
    BOOKINGS,
    CASES,
    LANGUAGES,
    MEDIATORS,
    PROJECTS,
    REQUESTS,
    _count,
    _delete,
    _get,
    _list,
    _refuse_if_used,
    _save,
    check_version,  # re-exported
    stale_edit,  # re-exported
)
from mediation_desk.storage.errors import BookingOverlapError, is_overlap_violation
from mediation_desk.storage.orm import (
    AgencyRow,
    BookingRow,
    CasePreferencesRow,
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
from mediation_desk.storage.service_data import (  # re-exported: part of this module's API
    SERVICE_EXTRA_KEY,
    SERVICE_TIMEZONE_KEY,
    insert_new,
    is_empty,
    load_service,
    replace_service,
    service_timezone,
)

__all__ = [
    "SERVICE_EXTRA_KEY",
    "SERVICE_TIMEZONE_KEY",
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
    "check_version",
    "delete_setting",
    "get_setting",
    "insert_bookings",
    "insert_new",
    "is_empty",
    "last_change",
    "list_audit",
    "load_service",
    "next_id",
    "next_ids",
    "overlapping_bookings",
    "project_booked_seconds",
    "replace_service",
    "service_timezone",
    "set_request_statuses",
    "scrub_audit",
    "set_setting",
    "setting_version",
    "stale_edit",
]


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
            "agency preferences": _named_in(s, AgencyRow, mediator_id),
            "case preferences": _named_in(s, CasePreferencesRow, mediator_id),
        },
    )
    return _delete(s, MEDIATORS, mediator_id)


def _named_in(s: Session, row: type[AgencyRow] | type[CasePreferencesRow], mediator_id: str) -> int:
    """How many rows name the mediator among their preferred or avoided mediators."""
    lists = s.execute(sa.select(row.preferred_mediators, row.avoided_mediators))
    return sum(mediator_id in [*(preferred or []), *(avoided or [])] for preferred, avoided in lists)


# --- what the agency states per case --------------------------------------------------------------


def get_case_preferences(s: Session, case: str) -> CasePreferences | None:
    return _get(s, CASES, case)


def list_case_preferences(s: Session) -> list[CasePreferences]:
    return _list(s, CASES)


def drop_unused_case_preferences(s: Session, cases: set[str]) -> int:
    """Delete what was stated for those of ``cases`` no request refers to any more; how many went."""
    if not cases:
        return 0
    used = set(s.scalars(sa.select(RequestRow.case_ref).where(RequestRow.case_ref.in_(cases))))
    gone = [case for case in cases if case not in used]
    for case in gone:
        _delete(s, CASES, case)
    return len(gone)


def save_case_preferences(s: Session, preferences: CasePreferences) -> None:
    """Store the case's lists; with both empty the case's row goes (nothing stated is nothing kept)."""
    if preferences.empty and not preferences.extra:
        row = s.get(CasePreferencesRow, preferences.case)
        if row is not None:
            check_version(s, CASES.name, preferences.case, preferences.version, row.version)
            _delete(s, CASES, preferences.case)
        return
    _save(s, CASES, preferences)


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
