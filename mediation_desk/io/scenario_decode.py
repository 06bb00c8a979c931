"""Decoding of each entity of a ``mediation-desk/1`` document into the domain model.

Each function reads one JSON object through ``Fields`` (which records every
problem with its path) and returns the domain object; after a problem the
object holds placeholder values, and the caller refuses the whole document.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mediation_desk.io.scenario_fields import (
    MISSING,
    WEEK_MINUTES,
    Fields,
    json_type,
    objects,
    own_count,
    own_enum,
    own_enums,
    own_flag,
    own_instant,
    own_number,
    own_text,
    own_texts,
)
from mediation_desk.scheduling.model import (
    WEEKDAYS,
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

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # placeholder after a problem
GENDERS = ("F", "M")
NO_TEXTS: list[str] = []  # the default of a list of codes (never changed)


def area(f: Fields) -> Area:
    return Area(
        code=AreaCode(f.text("code")),
        name=f.text("name"),
        lat=f.number("lat", -90, 90) or 0.0,
        lon=f.number("lon", -180, 180) or 0.0,
        extra=f.rest,
    )


def language(f: Fields) -> Language:
    return Language(code=LanguageCode(f.text("code")), name=f.text("name"), extra=f.rest)


def project(f: Fields) -> Project:
    code, name, funder = f.text("code"), f.text("name"), f.text("funder")
    start, end = f.date("start"), f.date("end")
    if start and end and end < start:
        f.bad("end", f"project ends ({end}) before it starts ({start})")
    return Project(
        code=ProjectCode(code),
        name=name,
        funder=funder,
        start=start or EPOCH.date(),
        end=end or EPOCH.date(),
        hour_budget=f.number("hour_budget", 0) or 0.0,
        areas=[AreaCode(a) for a in f.text_list("areas", required=False)],
        hourly_rate=f.own("hourly_rate", own_number, None),
        agency_kinds=f.own("agency_kinds", own_enums(AgencyKind), []),
        languages=[LanguageCode(c) for c in f.own("languages", own_texts, NO_TEXTS)],
        extra=f.rest,
    )


def contact(f: Fields) -> ContactPerson:
    return ContactPerson(
        name=f.text("name"),
        role=f.own("role", own_text, ""),
        phone=f.own("phone", own_text, ""),
        email=f.own("email", own_text, ""),
        extra=f.rest,
    )


def agency(f: Fields) -> Agency:
    kind = f.choice("kind", AgencyKind)
    result = Agency(
        id=AgencyId(f.text("id")),
        name=f.text("name"),
        kind=kind or AgencyKind.OTHER,
        area=AreaCode(f.text("area")),
        address=f.text("address"),
        lat=f.number("lat", -90, 90) or 0.0,
        lon=f.number("lon", -180, 180) or 0.0,
        notify_by_mail=f.own("notify_by_mail", own_flag, True),
        preferred_mediators=f.own("preferred_mediators", own_ids, []),
        avoided_mediators=f.own("avoided_mediators", own_ids, []),
        extra=f.rest,
    )
    # contact people are ours, not the format's: read them strictly only when they look like ours
    value = f.rest.get("contacts")
    if isinstance(value, list) and value and all(_looks_like_contact(c) for c in value):
        del f.rest["contacts"]
        result.contacts = [contact(c) for c, _ in objects(f.ctx, value, f.at("contacts"))]
    return result


def own_ids(value: Any) -> list[MediatorId] | None:
    """A list of distinct non-empty mediator ids (ours: anything else stays an unknown field)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None
    if len(set(value)) != len(value):
        return None
    return [MediatorId(v) for v in value]


def case_preferences(f: Fields) -> list[CasePreferences]:
    """The document's ``case_preferences`` (ours): taken only when every item is well formed."""
    value = f.rest.get("case_preferences")
    if not isinstance(value, list) or not value or not all(_looks_like_case(c) for c in value):
        return []
    if len({c["case"] for c in value}) != len(value):
        return []
    del f.rest["case_preferences"]
    out = []
    for item in value:
        rest = dict(item)
        case = rest.pop("case")
        preferred = own_ids(rest.pop("preferred_mediators", [])) or []
        avoided = own_ids(rest.pop("avoided_mediators", [])) or []
        out.append(CasePreferences(case, preferred, avoided, extra=rest))
    return out


def _looks_like_case(value: Any) -> bool:
    if not isinstance(value, dict) or not isinstance(value.get("case"), str) or not value["case"].strip():
        return False
    keys = ("preferred_mediators", "avoided_mediators")
    return all(own_ids(value.get(key, [])) is not None for key in keys)


def _looks_like_contact(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("name"), str) and bool(value["name"].strip())


def interval(f: Fields) -> Interval:
    start, end = f.instant("start"), f.instant("end")
    if start and end and end <= start:
        f.bad("end", "must be after start")
    return Interval(
        start=start or EPOCH, end=end or EPOCH, reason=f.own("reason", own_text, ""), extra=f.rest
    )


def weekly_window(f: Fields) -> WeeklyWindow:
    day = f.raw("day")
    if day is not MISSING and day not in WEEKDAYS:
        shown = repr(day) if isinstance(day, str) else json_type(day)
        f.bad("day", f"unknown day {shown}; expected one of: {', '.join(WEEKDAYS)}")
    start, end = f.wall_time("start"), f.wall_time("end")
    if start is not None and end is not None and end <= start:
        f.bad("end", "must be after start")
    day_index = WEEKDAYS.index(day) if day in WEEKDAYS else 0
    return WeeklyWindow(day=day_index, start_min=start or 0, end_min=end or 0, extra=f.rest)


def skill(f: Fields) -> LanguageSkill:
    return LanguageSkill(
        code=LanguageCode(f.text("code")),
        level=f.choice("level", LanguageLevel) or LanguageLevel.WORKING,
        extra=f.rest,
    )


def gender(f: Fields, key: str) -> str | None:
    value = f.opt_text(key)
    if value is not None and value not in GENDERS:
        f.bad(key, f"unknown value {value!r}; expected one of: F, M, null")
    return value


def mediator(f: Fields) -> Mediator:
    return Mediator(
        id=MediatorId(f.text("id")),
        name=f.text("name"),
        email=f.plain("email"),
        gender=gender(f, "gender"),
        languages=[skill(s) for s, _ in f.items("languages")],
        areas=[AreaCode(a) for a in f.text_list("areas")],
        lat=f.number("lat", -90, 90) or 0.0,
        lon=f.number("lon", -180, 180) or 0.0,
        max_minutes_per_week=f.integer("max_minutes_per_week", 0, WEEK_MINUTES) or 0,
        skills=f.text_list("skills", required=False),
        availability=[weekly_window(w) for w, _ in f.items("availability", required=False)],
        absences=[interval(a) for a, _ in f.items("absences", required=False)],
        phone=f.own("phone", own_text, ""),
        hourly_rate=f.own("hourly_rate", own_number, None),
        active=f.own("active", own_flag, True),
        extra=f.rest,
    )


def windows(f: Fields, duration: int | None) -> list[Interval]:
    """A request's windows: at least one, each long enough for the whole intervention."""
    if f.rest.get("windows") == []:
        f.bad("windows", "a request needs at least one window")
    result: list[Interval] = []
    for w, path in f.items("windows"):
        window = interval(w)
        length = int((window.end - window.start).total_seconds() // 60)
        if duration and window.start is not EPOCH and window.end is not EPOCH and 0 < length < duration:
            f.ctx.problem(path, f"window of {length} minutes is shorter than duration_min {duration}")
        result.append(window)
    return result


def request(f: Fields) -> Request:
    tz = f.ctx.tz
    ident, agency_id = f.text("id"), f.text("agency")
    project_code = f.opt_text("project")
    language_code, mode = f.text("language"), f.choice("mode", Mode)
    duration = f.integer("duration_min", 1, WEEK_MINUTES)
    return Request(
        id=RequestId(ident),
        agency=AgencyId(agency_id),
        project=ProjectCode(project_code) if project_code is not None else None,
        language=LanguageCode(language_code),
        mode=mode or Mode.IN_PERSON,
        duration_min=duration or 0,
        windows=windows(f, duration),
        required_gender=gender(f, "required_gender"),
        skill=f.opt_text("skill"),
        case=f.opt_text("case"),
        min_level=f.own("min_level", own_enum(LanguageLevel), None),
        level_required=f.own("level_required", own_flag, False),
        skill_required=f.own("skill_required", own_flag, False),
        priority=f.choice("priority", Priority, Priority.NORMAL) or Priority.NORMAL,
        status=f.choice("status", RequestStatus, RequestStatus.PENDING) or RequestStatus.PENDING,
        agency_contact=f.own("agency_contact", own_text, ""),
        contact_on_site=f.own("contact_on_site", own_text, ""),
        reason=f.own("reason", own_text, ""),
        nationality=f.own("nationality", own_text, ""),
        address=f.own("address", own_text, ""),
        notes=f.own("notes", own_text, ""),
        received_at=f.own("received_at", own_instant(tz), None),
        waiting_funds=f.own("waiting_funds", own_flag, False),
        extra=f.rest,
    )


def booking(f: Fields) -> Booking:
    tz = f.ctx.tz
    ident, request_id, mediator_id = f.text("id"), f.text("request"), f.text("mediator")
    start, end = f.instant("start"), f.instant("end")
    if start and end and end <= start:
        f.bad("end", "must be after start")
    series = f.own("series", own_text, "")
    return Booking(
        id=BookingId(ident),
        request=RequestId(request_id),
        mediator=MediatorId(mediator_id),
        start=start or EPOCH,
        end=end or EPOCH,
        status=f.choice("status", BookingStatus, BookingStatus.CONFIRMED) or BookingStatus.CONFIRMED,
        outcome=f.own("outcome", own_enum(Outcome), None),
        actual_start=f.own("actual_start", own_instant(tz), None),
        actual_end=f.own("actual_end", own_instant(tz), None),
        cancelled_at=f.own("cancelled_at", own_instant(tz), None),
        cancel_reason=f.own("cancel_reason", own_text, ""),
        cancelled_by=f.own("cancelled_by", own_enum(CancelParty), None),
        reply=f.own("reply", own_enum(ReplyStatus), ReplyStatus.NEEDS_ACTION),
        sequence=f.own("sequence", own_count, 0),
        series=SeriesId(series) if series else None,
        budget_override=f.own("budget_override", own_text, ""),
        created_at=f.own("created_at", own_instant(tz), None),
        extra=f.rest,
    )
