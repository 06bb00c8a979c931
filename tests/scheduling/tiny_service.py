"""A hand-made service of two areas, small enough to reason about in rule tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    Area,
    AreaCode,
    Booking,
    BookingId,
    Interval,
    Language,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Mode,
    Project,
    ProjectCode,
    Request,
    RequestId,
    ServiceData,
    WeeklyWindow,
)

ROME = ZoneInfo("Europe/Rome")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
LODI, CREMA = AreaCode("LODI"), AreaCode("CREMA")


def at(day: str, hhmm: str) -> dt.datetime:
    """Local Rome time on an ISO date."""
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=ROME)


def weekdays(start: int, end: int) -> list[WeeklyWindow]:
    return [WeeklyWindow(day, start * 60, end * 60) for day in range(5)]


def mediator(mid: str, **changes: object) -> Mediator:
    m = Mediator(
        id=MediatorId(mid), name=f"Mediator {mid}", email=f"{mid.lower()}@example.org", gender="F",
        languages=[LanguageSkill(LanguageCode("ar"), LanguageLevel.NATIVE)], areas=[LODI, CREMA],
        lat=45.30, lon=9.49, max_minutes_per_week=600, skills=["health"], availability=weekdays(8, 18))
    for key, value in changes.items():
        setattr(m, key, value)
    return m


def request(
    rid: str, day: str = "2026-12-07", start: str = "09:00", end: str = "12:00", **changes: object
) -> Request:
    r = Request(
        id=RequestId(rid), agency=AgencyId("A1"), project=ProjectCode("P1"), language=LanguageCode("ar"),
        mode=Mode.IN_PERSON, duration_min=90, windows=[Interval(at(day, start), at(day, end))],
        skill="health", case=f"C-{rid}")
    for key, value in changes.items():
        setattr(r, key, value)
    return r


def booking(
    bid: str, rid: str, mid: str, start: dt.datetime, minutes: int = 90, **changes: object
) -> Booking:
    b = Booking(id=BookingId(bid), request=RequestId(rid), mediator=MediatorId(mid), start=start,
                end=start + dt.timedelta(minutes=minutes))
    for key, value in changes.items():
        setattr(b, key, value)
    return b


def service(mediators: list[Mediator] | None = None, requests: list[Request] | None = None,
            bookings: list[Booking] | None = None, budget_hours: float = 100.0) -> ServiceData:
    return ServiceData(
        areas=[Area(LODI, "Ambito di Lodi", 45.314, 9.503), Area(CREMA, "Ambito di Crema", 45.362, 9.684)],
        languages=[Language(LanguageCode("ar"), "Arabo"), Language(LanguageCode("ti"), "Tigrino")],
        projects=[Project(ProjectCode("P1"), "Lab'Impact", "FAMI", dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                          budget_hours, [])],
        agencies=[
            Agency(AgencyId("A1"), "Comune di Lodi", AgencyKind.MUNICIPALITY, LODI, "Piazza Broletto 1",
                   45.3138, 9.5018),
            Agency(AgencyId("A2"), "IC Crema Uno", AgencyKind.SCHOOL, CREMA, "Via Braguti 6", 45.362, 9.684),
        ],
        mediators=mediators if mediators is not None else [mediator("M1")],
        requests=requests if requests is not None else [request("R1")],
        bookings=bookings or [],
    )
