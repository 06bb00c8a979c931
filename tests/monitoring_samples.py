"""A service for monitoring tests: two months of interventions, many with people assisted recorded."""

from __future__ import annotations

import datetime as dt
import random

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
    RequestStatus,
    ServiceData,
    WeeklyWindow,
)
from tests.finance_samples import ROME

NATIONALITIES = ("Marocco", "marocco ", "Ucraina", "Pakistan", "Nigeria", "Albania", "Perù", "")
KINDS = (AgencyKind.MUNICIPALITY, AgencyKind.SCHOOL, AgencyKind.HEALTH, AgencyKind.SOCIAL_SERVICES,
         AgencyKind.COURT)


def _people(rng: random.Random) -> dict[str, object]:
    people = rng.choice((1, 1, 2, 2, 3, 4, 6))
    women = rng.randint(0, people)
    men = rng.randint(0, people - women)
    minors = rng.randint(0, people)
    adults = rng.randint(0, people - minors)
    out: dict[str, object] = {"people": people, "women": women, "men": men, "minors": minors,
                              "adults": adults}
    if rng.random() < 0.3:
        out["nationality"] = rng.choice(NATIONALITIES[:-1])
    return out


def monitoring_service(seed: int = 7, count: int = 80) -> ServiceData:
    """``count`` bookings in October and November 2026 over 2 projects, 5 agency kinds, 3 areas.

    Most are delivered, about 70 % of those carry an ``assisted`` record; the
    others are no-shows, cancellations or still open (never counted).
    """
    rng = random.Random(seed)
    areas = [Area(AreaCode(c), f"Ambito di {c.title()}", 45.3, 9.5) for c in ("LODI", "CREMA", "CODOGNO")]
    agencies = [Agency(AgencyId(f"A{i}"), f"Ente {i}", KINDS[i % len(KINDS)], areas[i % 3].code, "Via 1",
                       45.3, 9.5) for i in range(7)]
    projects = [Project(ProjectCode(p), f"Progetto {p}", "FAMI 2021-2027", dt.date(2026, 1, 1),
                        dt.date(2027, 12, 31), 5000.0) for p in ("FAMI1", "PDZ")]
    mediators = [Mediator(MediatorId(f"M{i}"), f"Mediatrice {i}", f"m{i}@example.org", "F",
                          [LanguageSkill(LanguageCode("ar"), LanguageLevel.NATIVE)],
                          [a.code for a in areas], 45.3, 9.5, 10080,
                          availability=[WeeklyWindow(d, 0, 1440) for d in range(7)]) for i in range(3)]
    requests, bookings = [], []
    first = dt.datetime(2026, 10, 1, 8, 0, tzinfo=ROME)
    for i in range(count):
        start = first + dt.timedelta(hours=13 * i)  # spread over October and November, never overlapping
        end = start + dt.timedelta(hours=1)
        agency = rng.choice(agencies)
        project = rng.choice((projects[0].code, projects[0].code, projects[1].code))
        requests.append(Request(RequestId(f"R{i}"), agency.id, project, LanguageCode("ar"), Mode.IN_PERSON,
                                60, [Interval(start, end)], status=RequestStatus.BOOKED,
                                nationality=rng.choice(NATIONALITIES), case=f"C-{i % 20}"))
        kind = rng.random()
        extra: dict[str, object] = {}
        if kind < 0.75:
            status, outcome = BookingStatus.DONE, Outcome.DELIVERED
            if rng.random() < 0.7:
                extra["assisted"] = _people(rng)
        elif kind < 0.85:
            status, outcome = BookingStatus.DONE, Outcome.NO_SHOW
        elif kind < 0.95:
            status, outcome = BookingStatus.CANCELLED, Outcome.CANCELLED
        else:
            status, outcome = BookingStatus.CONFIRMED, None
        bookings.append(Booking(BookingId(f"B{i}"), RequestId(f"R{i}"), mediators[i % 3].id, start, end,
                                status=status, outcome=outcome,
                                actual_start=start if outcome is Outcome.DELIVERED else None,
                                actual_end=end if outcome is Outcome.DELIVERED else None,
                                cancelled_at=start - dt.timedelta(days=3) if status is BookingStatus.CANCELLED
                                else None, extra=extra))
    return ServiceData(areas=areas, languages=[Language(LanguageCode("ar"), "Arabo")], projects=projects,
                       agencies=agencies, mediators=mediators, requests=requests, bookings=bookings)
