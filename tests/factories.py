"""A small valid service for tests: 2 areas, 2 languages, a project, 2 agencies, 3 mediators, bookings."""

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
    BookingStatus,
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
    ServiceData,
    WeeklyWindow,
)
from mediation_desk.storage.db import Database
from mediation_desk.storage.records import AuditEntry

ROME = ZoneInfo("Europe/Rome")
LODI, CREMA = AreaCode("LODI"), AreaCode("CREMA")
ARABIC, TIGRINYA = LanguageCode("ar"), LanguageCode("ti")
PROJECT = ProjectCode("LABIMPACT2")


def rome(year: int, month: int, day: int, hour: int, minute: int = 0, fold: int = 0) -> dt.datetime:
    """An aware instant given by its Europe/Rome wall-clock time."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ROME, fold=fold)


def weekdays(start_min: int, end_min: int) -> list[WeeklyWindow]:
    return [WeeklyWindow(day, start_min, end_min) for day in range(5)]


def mediators() -> list[Mediator]:
    amina = Mediator(
        id=MediatorId("M001"),
        name="Amina El Idrissi",
        email="amina@example.org",
        gender="F",
        languages=[
            LanguageSkill(ARABIC, LanguageLevel.NATIVE),
            LanguageSkill(LanguageCode("fr"), LanguageLevel.FLUENT),
        ],
        areas=[LODI, CREMA],
        lat=45.30,
        lon=9.49,
        max_minutes_per_week=1200,
        skills=["health", "school"],
        availability=weekdays(9 * 60, 13 * 60) + weekdays(14 * 60, 18 * 60),
        absences=[Interval(rome(2026, 12, 24, 0), rome(2027, 1, 2, 0), "ferie")],
        phone="+39 333 1234567",
        hourly_rate=22.5,
        extra={"iban": "IT60X0542811101000000123456"},
    )
    yonas = Mediator(
        id=MediatorId("M002"),
        name="Yonas Tesfaye",
        email="yonas@example.org",
        gender="M",
        languages=[
            LanguageSkill(TIGRINYA, LanguageLevel.NATIVE),
            LanguageSkill(ARABIC, LanguageLevel.WORKING),
        ],
        areas=[CREMA],
        lat=45.36,
        lon=9.68,
        max_minutes_per_week=600,
        skills=["court"],
        availability=weekdays(8 * 60, 20 * 60),
    )
    sara = Mediator(
        id=MediatorId("M003"),
        name="Sara Haile Ñúñez",
        email="sara@example.org",
        gender=None,
        languages=[LanguageSkill(TIGRINYA, LanguageLevel.FLUENT, {"certified": True})],
        areas=[LODI],
        lat=45.31,
        lon=9.50,
        max_minutes_per_week=900,
        active=False,
        availability=[WeeklyWindow(5, 9 * 60, 24 * 60, {"note": "sabato"})],
    )
    return [amina, yonas, sara]


def requests() -> list[Request]:
    return [
        Request(
            id=RequestId("R00001"),
            agency=AgencyId("A001"),
            project=PROJECT,
            language=ARABIC,
            mode=Mode.IN_PERSON,
            duration_min=90,
            windows=[Interval(rome(2026, 12, 7, 9), rome(2026, 12, 7, 12))],
            skill="health",
            case="C-0017",
            status=RequestStatus.BOOKED,
            agency_contact="dott.ssa Rossi",
            contact_on_site="sig. Bianchi",
            reason="colloquio con i servizi sociali",
            nationality="Marocco",
            notes="portare il modulo ISEE",
            received_at=rome(2026, 11, 20, 10, 12),
        ),
        Request(
            id=RequestId("R00002"),
            agency=AgencyId("A002"),
            project=PROJECT,
            language=TIGRINYA,
            mode=Mode.PHONE,
            duration_min=60,
            windows=[Interval(rome(2026, 12, 9, 10), rome(2026, 12, 9, 12))],
            priority=Priority.HIGH,
            extra={"ticket": 4711},
        ),
        Request(
            id=RequestId("R00003"),
            agency=AgencyId("A002"),
            project=None,
            language=ARABIC,
            mode=Mode.IN_PERSON,
            duration_min=60,
            windows=[
                Interval(rome(2026, 12, 9, 9), rome(2026, 12, 9, 11)),
                Interval(rome(2026, 12, 10, 14), rome(2026, 12, 10, 17)),
            ],
            required_gender="F",
            priority=Priority.URGENT,
            address="Via Mercato 3, Crema",
        ),
        Request(
            id=RequestId("R00004"),
            agency=AgencyId("A001"),
            project=PROJECT,
            language=ARABIC,
            mode=Mode.IN_PERSON,
            duration_min=90,
            windows=[Interval(rome(2026, 11, 30, 9), rome(2026, 11, 30, 13))],
            case="C-0017",
            status=RequestStatus.BOOKED,
        ),
    ]


def bookings() -> list[Booking]:
    return [
        Booking(
            id=BookingId("B00001"),
            request=RequestId("R00004"),
            mediator=MediatorId("M001"),
            start=rome(2026, 11, 30, 10),
            end=rome(2026, 11, 30, 11, 30),
            status=BookingStatus.DONE,
            outcome=Outcome.DELIVERED,
            actual_start=rome(2026, 11, 30, 10, 5),
            actual_end=rome(2026, 11, 30, 11, 40),
            reply=ReplyStatus.ACCEPTED,
            sequence=1,
            created_at=rome(2026, 11, 25, 9),
        ),
        Booking(
            id=BookingId("B00002"),
            request=RequestId("R00001"),
            mediator=MediatorId("M001"),
            start=rome(2026, 12, 7, 9),
            end=rome(2026, 12, 7, 10, 30),
            created_at=rome(2026, 11, 21, 8, 30),
            extra={"room": "stanza 2"},
        ),
    ]


def small_service() -> ServiceData:
    """A fresh copy each call: tests may change it freely."""
    return ServiceData(
        timezone="Europe/Rome",
        areas=[Area(LODI, "Ambito di Lodi", 45.314, 9.503), Area(CREMA, "Ambito di Crema", 45.362, 9.684)],
        languages=[Language(ARABIC, "Arabo"), Language(TIGRINYA, "Tigrino", {"script": "Ge'ez"})],
        projects=[
            Project(
                PROJECT,
                "Lab'Impact 2a ed.",
                "FAMI 2021-2027",
                dt.date(2025, 9, 25),
                dt.date(2028, 9, 24),
                1200.0,
                [LODI, CREMA],
                hourly_rate=25.0,
            ),
        ],
        agencies=[
            Agency(
                AgencyId("A001"),
                "Comune di Lodi",
                AgencyKind.MUNICIPALITY,
                LODI,
                "Piazza Broletto 1, Lodi",
                45.3138,
                9.5018,
                [ContactPerson("dott.ssa Rossi", "assistente sociale", "0371 409111")],
            ),
            Agency(
                AgencyId("A002"),
                "IC Crema Uno",
                AgencyKind.SCHOOL,
                CREMA,
                "Via Mercato 3, Crema",
                45.3620,
                9.6840,
                extra={"codice_meccanografico": "CRIC81200X"},
            ),
        ],
        mediators=mediators(),
        requests=requests(),
        bookings=bookings(),
        extra={"generator": "tests/factories.py"},
    )


def audit_actor(db: Database, name: str) -> str:
    """Who the audit trail names for an action the program did as ``name``: on PostgreSQL, the login."""
    return name if db.is_sqlite else db.login


def by_program(entries: list[AuditEntry]) -> list[AuditEntry]:
    """The audit lines the program wrote, without those PostgreSQL adds for rows changed around it."""
    return [e for e in entries if e.details.get("source") != "database"]
