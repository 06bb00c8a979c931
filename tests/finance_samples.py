"""A service for finance tests: every billing case, a DST booking, and hostile text in names and notes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from mediation_desk.scheduling.billing import BillingLine, BillingRule, bill_all, rule_for_project
from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    Area,
    AreaCode,
    Booking,
    BookingId,
    BookingStatus,
    Interval,
    Language,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Mode,
    Outcome,
    Project,
    ProjectCode,
    Request,
    RequestId,
    ServiceData,
    WeeklyWindow,
)

ROME = ZoneInfo("Europe/Rome")
HOSTILE = ('=HYPERLINK("http://x","y")', "+cmd", "-2+3", "@SUM(1)", "\t=1+1", "=1+1")


def rome(day: str, hhmm: str, fold: int = 0) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.fromisoformat(day).replace(hour=h, minute=m, tzinfo=ROME, fold=fold)


def _mediator(mid: str, name: str, rate: float | None = None) -> Mediator:
    return Mediator(
        MediatorId(mid), name, f"{mid.lower()}@example.org", "F",
        [LanguageSkill(LanguageCode("ar"), LanguageLevel.NATIVE), LanguageSkill(LanguageCode("ur"),
                                                                                 LanguageLevel.FLUENT)],
        [AreaCode("LODI"), AreaCode("CREMA")], 45.30, 9.49, 2400,
        availability=[WeeklyWindow(d, 0, 1440) for d in range(7)], hourly_rate=rate,
    )


def _request(rid: str, agency: str, project: str | None, mode: Mode = Mode.IN_PERSON, notes: str = "",
             language: str = "ar") -> Request:
    window = Interval(rome("2026-10-01", "00:00"), rome("2026-12-31", "00:00"))
    return Request(RequestId(rid), AgencyId(agency), ProjectCode(project) if project else None,
                   LanguageCode(language), mode, 60, [window], case=f"C-{rid}", notes=notes)


def _booking(bid: str, rid: str, mid: str, start: dt.datetime, end: dt.datetime, **kw: object) -> Booking:
    return Booking(BookingId(bid), RequestId(rid), MediatorId(mid), start, end, **kw)  # type: ignore[arg-type]


def finance_service() -> ServiceData:
    """Two months (October with the DST change, November), three projects' worth of billing cases."""
    projects = [
        Project(ProjectCode("P1"), "Lab'Impact", "FAMI 2021-2027", dt.date(2026, 1, 1), dt.date(2027, 12, 31),
                500.0, hourly_rate=25.0),
        Project(ProjectCode("P2"), "Piano di Zona", "Ambito di Crema", dt.date(2026, 1, 1),
                dt.date(2026, 12, 31), 100.0, extra={"billing": {"round_step_min": 30}}),
    ]
    agencies = [
        Agency(AgencyId("A1"), "Comune di Lodi", AgencyKind.MUNICIPALITY, AreaCode("LODI"),
               "Piazza Broletto 1", 45.3138, 9.5018),
        Agency(AgencyId("A2"), HOSTILE[0], AgencyKind.SCHOOL, AreaCode("CREMA"), "Via Roma 1", 45.36, 9.68),
    ]
    mediators = [_mediator("M1", "Amina El Idrissi", 20.0), _mediator("M2", HOSTILE[1]),
                 _mediator("M3", HOSTILE[2], 18.0), _mediator("M4", HOSTILE[3])]
    requests = [
        _request("R1", "A1", "P1", notes=HOSTILE[3]),
        _request("R2", "A2", "P1", notes=HOSTILE[2]),
        _request("R3", "A1", "P2", mode=Mode.PHONE, language="ur"),
        _request("R4", "A2", "P1", notes=HOSTILE[4]),
        _request("R5", "A2", "P2"),
        _request("R6", "A1", "P1"),
        _request("R7", "A1", "P1"),
        _request("R8", "A1", None, mode=Mode.VIDEO, notes=HOSTILE[5]),
        _request("R9", "A2", "P2"),
    ]
    done, cancelled = BookingStatus.DONE, BookingStatus.CANCELLED
    bookings = [
        # delivered, actual 96 minutes -> 105 (P1: step 15)
        _booking("B1", "R1", "M1", rome("2026-11-03", "09:00"), rome("2026-11-03", "10:30"), status=done,
                 outcome=Outcome.DELIVERED, actual_start=rome("2026-11-03", "09:05"),
                 actual_end=rome("2026-11-03", "10:41")),
        # late cancellation bills the booked 120
        _booking("B2", "R2", "M1", rome("2026-11-05", "14:00"), rome("2026-11-05", "16:00"), status=cancelled,
                 outcome=Outcome.LATE_CANCELLATION, cancelled_at=rome("2026-11-05", "10:00"),
                 cancel_reason=HOSTILE[0]),
        # no-show on P2 (step 30): 45 booked -> 60 (minimum)
        _booking("B3", "R3", "M1", rome("2026-11-10", "10:00"), rome("2026-11-10", "10:45"), status=done,
                 outcome=Outcome.NO_SHOW),
        # across the October DST change: 01:30 CEST -> 02:30 CET is 120 real minutes
        _booking("B4", "R4", "M2", rome("2026-10-25", "01:30"), rome("2026-10-25", "02:30", fold=1),
                 status=done, outcome=Outcome.DELIVERED),
        # delivered on P2, 30 minutes -> 60 minimum
        _booking("B5", "R5", "M2", rome("2026-11-12", "09:00"), rome("2026-11-12", "09:30"), status=done),
        # cancelled in time: not billed
        _booking("B6", "R6", "M1", rome("2026-11-16", "09:00"), rome("2026-11-16", "10:00"), status=cancelled,
                 outcome=Outcome.CANCELLED, cancelled_at=rome("2026-11-01", "10:00")),
        # still open: not billed
        _booking("B7", "R7", "M2", rome("2026-11-30", "09:00"), rome("2026-11-30", "10:00")),
        # no project, delivered 75 actual -> 75
        _booking("B8", "R8", "M4", rome("2026-11-20", "15:00"), rome("2026-11-20", "16:00"), status=done,
                 actual_start=rome("2026-11-20", "15:00"), actual_end=rome("2026-11-20", "16:15")),
        # October, P2, delivered 90 -> 90
        _booking("B9", "R9", "M3", rome("2026-10-20", "09:00"), rome("2026-10-20", "10:30"), status=done),
    ]
    return ServiceData(
        areas=[Area(AreaCode("LODI"), "Ambito di Lodi", 45.314, 9.503),
               Area(AreaCode("CREMA"), HOSTILE[1], 45.36, 9.68)],
        languages=[Language(LanguageCode("ar"), "Arabo"), Language(LanguageCode("ur"), "Urdu")],
        projects=projects, agencies=agencies, mediators=mediators, requests=requests, bookings=bookings,
    )


# Billable minutes the sample must produce, worked out by hand from the rules.
EXPECTED_MINUTES = {"B1": 105, "B2": 120, "B3": 60, "B4": 120, "B5": 60, "B6": 0, "B7": 0, "B8": 75, "B9": 90}


def rules_of(data: ServiceData) -> dict[str, BillingRule]:
    return {p.code: rule_for_project(p) for p in data.projects}


def lines_of(data: ServiceData) -> list[BillingLine]:
    return bill_all(data.bookings, {r.id: r for r in data.requests}, {a.id: a for a in data.agencies},
                    {m.id: m for m in data.mediators}, rules_of(data))
