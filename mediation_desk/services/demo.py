"""Demo service for `mediation-desk demo`: a Lombardy service built around a given ``now``.

Entities come from the tables in ``demo_data``; requests cover the three
weeks before ``now`` (delivered, one no-show, one late cancellation) and the
two weeks after it (confirmed or still to plan). Every booking is placed with
the domain's booking rules, so the demo is a valid scenario. The same ``now``
(the same local date) always gives the same service.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from dateutil.relativedelta import relativedelta

from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    Area,
    AreaCode,
    ContactPerson,
    Interval,
    Language,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Project,
    ProjectCode,
    ServiceData,
    WeeklyWindow,
)
from mediation_desk.scheduling.timeutil import SERVICE_TZ, SERVICE_TZ_NAME, wall_to_instant
from mediation_desk.scheduling.travel import travel_minutes
from mediation_desk.services import demo_data as t
from mediation_desk.services.demo_requests import RequestPlanner
from mediation_desk.services.import_export import StoredService, store_service
from mediation_desk.storage.db import Database

# weekly availability patterns: (weekday, start, end) in minutes, and how often they occur
PATTERNS = (
    ((0, 540, 1020), (1, 540, 1020), (2, 540, 1020), (3, 540, 1020), (4, 540, 1020)),
    ((0, 510, 780), (1, 510, 780), (2, 510, 780), (3, 510, 780), (4, 510, 780)),
    ((0, 840, 1110), (1, 840, 1110), (3, 840, 1110), (4, 840, 1110)),
    ((0, 540, 780), (0, 870, 1080), (2, 540, 780), (2, 870, 1080), (4, 540, 780), (4, 870, 1080)),
    ((1, 480, 1080), (3, 480, 1080), (5, 540, 780)),
)
PATTERN_WEIGHTS = (35, 20, 15, 20, 10)


def build_demo(now: dt.datetime) -> ServiceData:
    """The whole demo service, deterministic for the local date of ``now`` (an aware datetime)."""
    today = now.astimezone(SERVICE_TZ).date()
    rng = random.Random(f"mediation-desk-demo/{today.isoformat()}")
    data = ServiceData(timezone=SERVICE_TZ_NAME)
    data.areas = [Area(AreaCode(a.code), a.name, a.lat, a.lon) for a in t.AREAS]
    data.languages = [Language(LanguageCode(code), name) for code, name, _ in t.LANGUAGES]
    data.projects = projects(today)
    data.agencies = agencies(rng)
    data.mediators = mediators(rng, today)
    RequestPlanner(data, now, rng).plan()
    return data


def load_demo(db: Database, *, now: dt.datetime, actor: str, replace: bool = False) -> StoredService:
    """Fill the database with the demo service (refused on a database that holds one, unless ``replace``)."""
    data = build_demo(now)
    return store_service(db, data, actor=actor, now=now, replace=replace, action="demo", source="demo")


def projects(today: dt.date) -> list[Project]:
    out = []
    for code, name, funder, since, until, areas, rate in t.PROJECTS:
        start = (today - relativedelta(months=since)).replace(day=1)
        end = (today + relativedelta(months=until + 1)).replace(day=1) - dt.timedelta(days=1)
        out.append(Project(ProjectCode(code), name, funder, start, end, hour_budget=0.0,
                           areas=[AreaCode(a) for a in areas], hourly_rate=rate))
    return out


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return ".".join("".join(c for c in part if c.isalnum()) for part in plain.split())


def near(rng: random.Random, lat: float, lon: float, spread: float) -> tuple[float, float]:
    return round(lat + rng.uniform(-spread, spread), 4), round(lon + rng.uniform(-spread, spread) * 1.4, 4)


def staff(rng: random.Random, area: t.AreaRow, role: str) -> ContactPerson:
    first, last = rng.choice(t.STAFF_FIRST), rng.choice(t.STAFF_LAST)
    phone = f"{area.phone_prefix} {rng.randint(200000, 999999)}"
    email = f"{slug(first)}.{slug(last)}@{slug(area.town)}.servizi.example.it"
    return ContactPerson(name=f"{first} {last}", role=role, phone=phone, email=email)


def agencies(rng: random.Random) -> list[Agency]:
    rows: list[tuple[t.AreaRow, str, str, str]] = []
    for area in t.AREAS:
        for i, (kind, pattern, role, _) in enumerate(t.AGENCY_KINDS):
            name = pattern.format(town=area.town, hospital=area.hospital, n=t.ROMAN[i % len(t.ROMAN)])
            rows.append((area, kind, name, role))
    by_code = {a.code: a for a in t.AREAS}
    rows += [(by_code[code], kind, name, role) for code, kind, name, role in t.EXTRA_AGENCIES]
    out = []
    for n, (area, kind, name, role) in enumerate(rows, 1):
        lat, lon = near(rng, area.lat, area.lon, 0.02)
        contacts = [staff(rng, area, role) for _ in range(rng.choice((1, 1, 2)))]
        out.append(Agency(
            id=AgencyId(f"A{n:03d}"), name=name, kind=AgencyKind(kind), area=AreaCode(area.code),
            address=f"{rng.choice(t.STREETS)} {rng.randint(1, 90)}, {area.town}", lat=lat, lon=lon,
            contacts=contacts,
        ))
    return out


def neighbour_areas(home: t.AreaRow, count: int) -> list[AreaCode]:
    others = sorted((travel_minutes(home.lat, home.lon, a.lat, a.lon), a.code) for a in t.AREAS if a != home)
    return [AreaCode(home.code)] + [AreaCode(code) for _, code in others[:count]]


def mediators(rng: random.Random, today: dt.date) -> list[Mediator]:
    homes = [a for a in t.AREAS for _ in range(4 if a.code == "MILANO" else 1)]
    used: set[str] = set()
    out: list[Mediator] = []
    for origin in t.ORIGINS:
        for _ in range(origin.share):
            female = not origin.men or (origin.women and rng.random() < 0.7)
            name = ""
            while not name or name in used:
                first = rng.choice(origin.women if female else origin.men)
                name = f"{first} {rng.choice(origin.surnames)}"
            used.add(name)
            home = rng.choice(homes)
            lat, lon = near(rng, home.lat, home.lon, 0.05)
            pattern = rng.choices(PATTERNS, weights=PATTERN_WEIGHTS)[0]
            weekly = sum(end - start for _, start, end in pattern)
            out.append(Mediator(
                id=MediatorId(f"M{len(out) + 1:03d}"), name=name,
                email=f"{slug(name)}@mediatori.example.org", gender="F" if female else "M",
                languages=[LanguageSkill(LanguageCode(c), LanguageLevel(lv)) for c, lv in origin.languages],
                areas=neighbour_areas(home, rng.choice((2, 3, 3, 4))), lat=lat, lon=lon,
                max_minutes_per_week=min(weekly, 60 * rng.choice((10, 12, 15, 18, 20, 25))),
                skills=sorted(rng.sample(t.SKILLS, rng.choice((2, 3, 3)))),
                availability=[WeeklyWindow(day, start, end) for day, start, end in pattern],
                phone=f"+39 3{rng.randint(20, 49)} {rng.randint(1000000, 9999999)}",
                hourly_rate=rng.choice((20.0, 22.0, 22.0, 24.0)),
            ))
    add_absences(out, today)
    out[-1].active = False  # left the service last month: kept for the history
    return out


def add_absences(people: list[Mediator], today: dt.date) -> None:
    """A holiday next week, a sick leave last week, a medical appointment in a few days."""
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    last_monday = next_monday - dt.timedelta(days=14)

    def day_span(first: dt.date, days: int, reason: str) -> Interval:
        last = first + dt.timedelta(days=days)
        start, end = wall_to_instant(first, 0, SERVICE_TZ), wall_to_instant(last, 0, SERVICE_TZ)
        return Interval(start, end, reason=reason)

    people[4].absences.append(day_span(next_monday, 5, "ferie"))
    people[11].absences.append(day_span(last_monday + dt.timedelta(days=1), 2, "malattia"))
    visit = today + dt.timedelta(days=3)
    people[19].absences.append(Interval(wall_to_instant(visit, 540, SERVICE_TZ),
                                        wall_to_instant(visit, 780, SERVICE_TZ), reason="visita medica"))
    people[27].absences.append(day_span(next_monday + dt.timedelta(days=21), 14, "congedo"))
