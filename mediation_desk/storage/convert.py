"""Mapping between domain dataclasses and table rows (column dicts in, ORM or Core rows out).

Nested lists live in JSON columns; their instants are stored as UTC ISO text
and come back as aware UTC datetimes, like the DateTime columns.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from mediation_desk.scheduling import skills
from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    Area,
    AreaCode,
    Booking,
    BookingId,
    BookingStatus,
    CancelParty,
    CasePreferences,
    ContactPerson,
    Interval,
    Language,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Mode,
    Outcome,
    Priority,
    Project,
    ProjectCode,
    ReplyStatus,
    Request,
    RequestId,
    RequestStatus,
    SeriesId,
    WeeklyWindow,
)

Values = dict[str, Any]


def utc_text(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be stored: give a time zone")
    return value.astimezone(dt.UTC).isoformat()


def from_utc_text(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _version(row: Any) -> int:
    """The row's version, 0 for rows read without that column (an old document, a partial select)."""
    return int(getattr(row, "version", 0) or 0)


def _extra(extra: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(extra)


def _interval_json(item: Interval) -> Values:
    return {
        "start": utc_text(item.start),
        "end": utc_text(item.end),
        "reason": item.reason,
        "extra": _extra(item.extra),
    }


def _interval(item: Values) -> Interval:
    return Interval(
        from_utc_text(item["start"]),
        from_utc_text(item["end"]),
        item.get("reason", ""),
        item.get("extra", {}),
    )


def area_values(area: Area) -> Values:
    return {
        "code": area.code,
        "name": area.name,
        "lat": area.lat,
        "lon": area.lon,
        "extra": _extra(area.extra),
    }


def area_of(row: Any) -> Area:
    return Area(AreaCode(row.code), row.name, row.lat, row.lon, row.extra)


def language_values(language: Language) -> Values:
    return {"code": language.code, "name": language.name, "extra": _extra(language.extra)}


def language_of(row: Any) -> Language:
    return Language(LanguageCode(row.code), row.name, row.extra)


def project_values(p: Project) -> Values:
    return {
        "code": p.code,
        "name": p.name,
        "funder": p.funder,
        "start_date": p.start,
        "end_date": p.end,
        "hour_budget": p.hour_budget,
        "areas": list(p.areas),
        "hourly_rate": p.hourly_rate,
        "agency_kinds": [AgencyKind(k).value for k in p.agency_kinds],
        "languages": list(p.languages),
        "extra": _extra(p.extra),
    }


def project_of(row: Any) -> Project:
    return Project(
        code=ProjectCode(row.code),
        name=row.name,
        funder=row.funder,
        start=row.start_date,
        end=row.end_date,
        hour_budget=row.hour_budget,
        areas=[AreaCode(a) for a in row.areas],
        hourly_rate=row.hourly_rate,
        agency_kinds=[AgencyKind(k) for k in row.agency_kinds or []],
        languages=[LanguageCode(c) for c in row.languages or []],
        extra=row.extra,
        version=_version(row),
    )


def agency_values(a: Agency) -> Values:
    contacts = [
        {"name": c.name, "role": c.role, "phone": c.phone, "email": c.email, "extra": _extra(c.extra)}
        for c in a.contacts
    ]
    return {
        "id": a.id,
        "name": a.name,
        "kind": AgencyKind(a.kind).value,
        "area_code": a.area,
        "address": a.address,
        "lat": a.lat,
        "lon": a.lon,
        "contacts": contacts,
        "preferred_mediators": [str(m) for m in a.preferred_mediators],
        "avoided_mediators": [str(m) for m in a.avoided_mediators],
        "extra": _extra(a.extra),
        "notify_by_mail": a.notify_by_mail,
    }


def agency_of(row: Any) -> Agency:
    contacts = [ContactPerson(c["name"], c["role"], c["phone"], c["email"], c["extra"]) for c in row.contacts]
    return Agency(
        id=AgencyId(row.id),
        name=row.name,
        kind=AgencyKind(row.kind),
        area=AreaCode(row.area_code),
        address=row.address,
        lat=row.lat,
        lon=row.lon,
        contacts=contacts,
        preferred_mediators=[MediatorId(m) for m in row.preferred_mediators or ()],
        avoided_mediators=[MediatorId(m) for m in row.avoided_mediators or ()],
        extra=row.extra,
        notify_by_mail=bool(row.notify_by_mail),
        version=_version(row),
    )


def case_preferences_values(c: CasePreferences) -> Values:
    return {
        "case_ref": c.case,
        "preferred_mediators": [str(m) for m in c.preferred_mediators],
        "avoided_mediators": [str(m) for m in c.avoided_mediators],
        "extra": _extra(c.extra),
    }


def case_preferences_of(row: Any) -> CasePreferences:
    return CasePreferences(
        case=row.case_ref,
        preferred_mediators=[MediatorId(m) for m in row.preferred_mediators],
        avoided_mediators=[MediatorId(m) for m in row.avoided_mediators],
        extra=row.extra,
        version=_version(row),
    )


def mediator_values(m: Mediator) -> Values:
    return {
        "id": m.id,
        "name": m.name,
        "email": m.email,
        "gender": m.gender,
        "languages": [
            {"code": sk.code, "level": LanguageLevel(sk.level).value, "extra": _extra(sk.extra)}
            for sk in m.languages
        ],
        "areas": list(m.areas),
        "lat": m.lat,
        "lon": m.lon,
        "max_minutes_per_week": m.max_minutes_per_week,
        "skills": list(m.skills),
        "availability": [
            {"day": w.day, "start_min": w.start_min, "end_min": w.end_min, "extra": _extra(w.extra)}
            for w in m.availability
        ],
        "absences": [_interval_json(i) for i in m.absences],
        "phone": m.phone,
        "hourly_rate": m.hourly_rate,
        "active": m.active,
        "extra": _extra(m.extra),
    }


def mediator_of(row: Any) -> Mediator:
    return Mediator(
        id=MediatorId(row.id),
        name=row.name,
        email=row.email,
        gender=row.gender,
        languages=[
            LanguageSkill(LanguageCode(x["code"]), LanguageLevel(x["level"]), x["extra"])
            for x in row.languages
        ],
        areas=[AreaCode(a) for a in row.areas],
        lat=row.lat,
        lon=row.lon,
        max_minutes_per_week=row.max_minutes_per_week,
        skills=skills.normalise_all(row.skills),  # free text written before the shared list: as codes
        availability=[
            WeeklyWindow(w["day"], w["start_min"], w["end_min"], w["extra"]) for w in row.availability
        ],
        absences=[_interval(i) for i in row.absences],
        phone=row.phone,
        hourly_rate=row.hourly_rate,
        active=bool(row.active),
        extra=row.extra,
        version=_version(row),
    )


def request_values(r: Request) -> Values:
    return {
        "id": r.id,
        "agency_id": r.agency,
        "project_code": r.project,
        "language": r.language,
        "mode": Mode(r.mode).value,
        "duration_min": r.duration_min,
        "windows": [_interval_json(w) for w in r.windows],
        "required_gender": r.required_gender,
        "skill": r.skill,
        "case_ref": r.case,
        "min_level": LanguageLevel(r.min_level).value if r.min_level else None,
        "level_required": bool(r.level_required),
        "skill_required": bool(r.skill_required),
        "priority": Priority(r.priority).value,
        "status": RequestStatus(r.status).value,
        "agency_contact": r.agency_contact,
        "contact_on_site": r.contact_on_site,
        "reason": r.reason,
        "nationality": r.nationality,
        "address": r.address,
        "notes": r.notes,
        "received_at": r.received_at,
        "waiting_funds": r.waiting_funds,
        "extra": _extra(r.extra),
    }


def request_of(row: Any) -> Request:
    return Request(
        id=RequestId(row.id),
        agency=AgencyId(row.agency_id),
        project=ProjectCode(row.project_code) if row.project_code is not None else None,
        language=LanguageCode(row.language),
        mode=Mode(row.mode),
        duration_min=row.duration_min,
        windows=[_interval(w) for w in row.windows],
        required_gender=row.required_gender,
        skill=skills.normalise(row.skill) if row.skill else None,
        case=row.case_ref,
        min_level=LanguageLevel(row.min_level) if row.min_level else None,
        level_required=bool(row.level_required),
        skill_required=bool(row.skill_required),
        priority=Priority(row.priority),
        status=RequestStatus(row.status),
        agency_contact=row.agency_contact,
        contact_on_site=row.contact_on_site,
        reason=row.reason,
        nationality=row.nationality,
        address=row.address,
        notes=row.notes,
        received_at=row.received_at,
        waiting_funds=bool(row.waiting_funds),
        extra=row.extra,
        version=_version(row),
    )


def booking_values(b: Booking) -> Values:
    return {
        "id": b.id,
        "request_id": b.request,
        "mediator_id": b.mediator,
        "start_at": b.start,
        "end_at": b.end,
        "status": BookingStatus(b.status).value,
        "outcome": Outcome(b.outcome).value if b.outcome else None,
        "actual_start": b.actual_start,
        "actual_end": b.actual_end,
        "cancelled_at": b.cancelled_at,
        "cancel_reason": b.cancel_reason,
        "cancelled_by": CancelParty(b.cancelled_by).value if b.cancelled_by else None,
        "reply": ReplyStatus(b.reply).value,
        "sequence": b.sequence,
        "series_id": b.series,
        "budget_override": b.budget_override,
        "created_at": b.created_at,
        "extra": _extra(b.extra),
    }


def booking_of(row: Any) -> Booking:
    return Booking(
        id=BookingId(row.id),
        request=RequestId(row.request_id),
        mediator=MediatorId(row.mediator_id),
        start=row.start_at,
        end=row.end_at,
        status=BookingStatus(row.status),
        outcome=Outcome(row.outcome) if row.outcome is not None else None,
        actual_start=row.actual_start,
        actual_end=row.actual_end,
        cancelled_at=row.cancelled_at,
        cancel_reason=row.cancel_reason,
        cancelled_by=CancelParty(row.cancelled_by) if row.cancelled_by else None,
        reply=ReplyStatus(row.reply),
        sequence=row.sequence,
        series=SeriesId(row.series_id) if row.series_id is not None else None,
        budget_override=row.budget_override,
        created_at=row.created_at,
        extra=row.extra,
        version=_version(row),
    )
