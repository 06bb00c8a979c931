"""Requests and bookings of the demo service, placed with the domain's booking rules."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, replace

from dateutil.easter import easter

from mediation_desk.scheduling.billing import budget_minutes
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Agency,
    AgencyKind,
    Booking,
    BookingId,
    BookingStatus,
    Interval,
    LanguageCode,
    Mediator,
    Mode,
    Outcome,
    Priority,
    ProjectCode,
    ReplyStatus,
    Request,
    RequestId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.rules import check_booking, eligibility, feasible_starts
from mediation_desk.scheduling.timeutil import SERVICE_TZ, end_after, wall_to_instant
from mediation_desk.services import demo_data as t

HISTORY_DAYS = 21
AHEAD_DAYS = 14
FOLLOW_UP_SHARE = 0.3  # requests that continue an earlier case of the same family
BOOKED_AHEAD_SHARE = 0.55  # future requests already given to a mediator
KIND_WEIGHT = {"school": 30, "health": 32, "social_services": 10, "municipality": 14, "court": 5, "other": 5}
FIXED_DAYS = ((1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26))


def is_holiday(day: dt.date) -> bool:
    """Italian national public holidays, Easter Monday included."""
    return (day.month, day.day) in FIXED_DAYS or day == easter(day.year) + dt.timedelta(days=1)


@dataclass
class Case:
    """What stays the same across the meetings of one family: agency, language, people, mediator."""

    code: str
    agency: Agency
    language: str
    nationality: str
    gender: str | None
    project: ProjectCode
    mediator: Mediator | None = None


class RequestPlanner:
    """Creates the requests of the demo around ``now`` and books most of them."""

    def __init__(self, data: ServiceData, now: dt.datetime, rng: random.Random) -> None:
        self.data, self.rng = data, rng
        self.today = now.astimezone(SERVICE_TZ).date()
        # everything already done happened before today: the demo depends on the date of ``now`` only
        self.now = wall_to_instant(self.today, 0, SERVICE_TZ)
        for project in data.projects:
            project.hour_budget = 1e6  # set from the hours used once everything is booked
        self.ctx = SchedulingContext(data, self.now, billing={})
        self.cases: list[Case] = []
        self.requests: list[Request] = []
        self.bookings: list[Booking] = []
        self.languages = [code for code, _, _ in t.LANGUAGES]
        self.nationalities = {code: nations for code, _, nations in t.LANGUAGES}

    def plan(self) -> None:
        first = self.today - dt.timedelta(days=HISTORY_DAYS)
        for offset in range(HISTORY_DAYS + AHEAD_DAYS + 1):
            day = first + dt.timedelta(days=offset)
            if day.weekday() >= 5 or is_holiday(day):
                continue
            for _ in range(self.rng.randint(5, 8) if day < self.today else self.rng.randint(4, 7)):
                self.one_request(day)
        self.special_outcomes()
        used: dict[str, float] = {}
        for booking in self.bookings:
            code = self.ctx.requests[booking.request].project
            if code is not None:  # what the funder is billed, as every budget figure counts it
                used[code] = used.get(code, 0.0) + budget_minutes(booking, self.ctx.rule_of(code))
        set_budgets(self.data, used)
        self.number()

    # ---- one request ------------------------------------------------------
    def new_case(self) -> Case:
        rng = self.rng
        agency = rng.choices(self.data.agencies, [KIND_WEIGHT[a.kind] for a in self.data.agencies])[0]
        offered = self.offered(agency)
        if not offered:
            # an area no active mediator covers on this date takes no request: draw among the others
            served = [a for a in self.data.agencies if self.offered(a)]
            agency = rng.choices(served, [KIND_WEIGHT[a.kind] for a in served])[0]
            offered = self.offered(agency)
        language = rng.choices(offered, [t.LANGUAGE_DEMAND[c] for c in offered])[0]
        # consultori and anti-violence services often ask for a woman
        social = agency.kind == AgencyKind.SOCIAL_SERVICES
        women_only = 0.7 if "Consultorio" in agency.name else 0.2 if social else 0.0
        gender = "F" if rng.random() < women_only else None
        case = Case(f"C-{self.today.year}-{len(self.cases) + 1:04d}", agency, language,
                    rng.choice(self.nationalities[language]), gender, self.project_for(agency))
        self.cases.append(case)
        return case

    def offered(self, agency: Agency) -> list[str]:
        """The languages the service takes at ``agency``: those its active mediators of the area speak."""
        return [c for c in self.languages if any(
            m.active and m.speaks(c) and agency.area in m.areas for m in self.data.mediators)]

    def project_for(self, agency: Agency) -> ProjectCode:
        wanted = {"school": "SCUOLE-PONTE", "health": "SALUTE-INSIEME"}.get(agency.kind, "FAMI-INTEGRA")
        for project in self.data.projects:
            if project.code == wanted and (not project.areas or agency.area in project.areas):
                return project.code
        return ProjectCode("FAMI-INTEGRA")

    def one_request(self, day: dt.date) -> None:
        rng = self.rng
        case = rng.choice(self.cases) if self.cases and rng.random() < FOLLOW_UP_SHARE else self.new_case()
        kind = case.agency.kind
        mode = Mode.IN_PERSON if kind == AgencyKind.COURT or rng.random() < 0.75 else \
            rng.choice((Mode.PHONE, Mode.PHONE, Mode.VIDEO))
        duration = self.duration(kind, mode)
        urgent_share = 0.1 if kind in (AgencyKind.HEALTH, AgencyKind.SOCIAL_SERVICES) else 0.03
        roll = rng.random()
        priority = Priority.URGENT if roll < urgent_share else Priority.HIGH if roll < urgent_share + 0.15 \
            else Priority.NORMAL
        received = min(self.at(day - dt.timedelta(days=rng.randint(1, 9)), rng.randrange(510, 1050, 15)),
                       self.now - dt.timedelta(hours=5))
        contact = rng.choice(case.agency.contacts)
        request = Request(
            id=RequestId(f"TMP{len(self.requests):05d}"), agency=case.agency.id, project=case.project,
            language=LanguageCode(case.language), mode=mode, duration_min=duration,
            windows=self.windows(day, duration, fixed=kind == AgencyKind.COURT or rng.random() < 0.4),
            required_gender=case.gender, skill=t.SKILL_OF_KIND[kind], case=case.code, priority=priority,
            agency_contact=contact.name,
            contact_on_site=f"{rng.choice(t.STAFF_FIRST)} {rng.choice(t.STAFF_LAST)}, "
                            f"{rng.choice(t.ON_SITE)}",
            reason=rng.choice(self.reasons(case.agency)), nationality=case.nationality,
            notes=rng.choice(t.NOTES), received_at=received,
        )
        self.requests.append(request)
        self.ctx.add_request(request)
        if day < self.today or rng.random() < BOOKED_AHEAD_SHARE:
            self.book(request, case, BookingStatus.DONE if day < self.today else BookingStatus.CONFIRMED)
        if day < self.today and request.status is RequestStatus.PENDING:
            self.requests.pop()  # nobody was free: the agency found help elsewhere
            del self.ctx.requests[request.id]

    def duration(self, kind: str, mode: Mode) -> int:
        if mode is not Mode.IN_PERSON:
            return self.rng.choice((30, 45, 60))
        if kind == AgencyKind.COURT:
            return self.rng.choice((120, 180))
        return self.rng.choice((60, 60, 90, 90, 120))

    def at(self, day: dt.date, minutes: int) -> dt.datetime:
        return wall_to_instant(day, minutes, SERVICE_TZ)

    def windows(self, day: dt.date, duration: int, *, fixed: bool) -> list[Interval]:
        if fixed:
            start = self.rng.randrange(510, 1080 - duration, 30)
            return [Interval(self.at(day, start), self.at(day, start + duration))]
        start = self.rng.choice((510, 540, 570, 840, 870))
        length = max(duration + 60, self.rng.choice((180, 210, 240)))
        return [Interval(self.at(day, start), self.at(day, min(start + length, 1110)))]

    def reasons(self, agency: Agency) -> tuple[str, ...]:
        if agency.kind == AgencyKind.COURT:
            return t.COURT_REASONS
        if agency.kind == AgencyKind.OTHER:
            return t.OTHER_REASONS
        if agency.kind == AgencyKind.SOCIAL_SERVICES:
            return t.SOCIAL_REASONS
        for kind, pattern, _, reasons in t.AGENCY_KINDS:
            if kind == agency.kind and pattern.split(" ")[0] in agency.name:
                return reasons
        return t.SOCIAL_REASONS

    # ---- booking ----------------------------------------------------------
    def book(self, request: Request, case: Case, status: BookingStatus) -> None:
        people = [m for m in self.data.mediators if not eligibility(self.ctx, request, m)]
        self.rng.shuffle(people)
        if case.mediator in people:  # continuity: the family's usual mediator first
            people.remove(case.mediator)
            people.insert(0, case.mediator)
        for mediator in people:
            for start in feasible_starts(self.ctx, request, mediator):
                end = end_after(start, request.duration_min)
                booking = self.booking(request, mediator, start, end, status)
                if self.fits(booking):
                    self.ctx.add_booking(booking)
                    self.bookings.append(booking)
                    request.status = RequestStatus.BOOKED
                    case.mediator = case.mediator or mediator
                    return

    def fits(self, booking: Booking) -> bool:
        request, mediator = self.ctx.requests[booking.request], self.ctx.mediators[booking.mediator]
        return not check_booking(self.ctx, request, mediator, booking.start, booking.end)

    def booking(self, request: Request, mediator: Mediator, start: dt.datetime, end: dt.datetime,
                status: BookingStatus) -> Booking:
        received = request.received_at or self.now
        created = min(received + dt.timedelta(hours=3), self.now - dt.timedelta(hours=4))
        done = status is BookingStatus.DONE
        return Booking(
            id=BookingId(f"TMP{len(self.bookings):05d}"), request=request.id, mediator=mediator.id,
            start=start, end=end, status=status, outcome=Outcome.DELIVERED if done else None,
            actual_start=start if done else None, actual_end=end if done else None,
            reply=ReplyStatus.ACCEPTED if done or self.rng.random() < 0.7 else ReplyStatus.NEEDS_ACTION,
            created_at=created,
        )

    def special_outcomes(self) -> None:
        """One no-show and one late cancellation in the past, one cancellation in time ahead."""
        past = [b for b in self.bookings if b.status is BookingStatus.DONE]
        ahead = [b for b in self.bookings if b.status is BookingStatus.CONFIRMED]
        no_show, late = past[len(past) // 3], past[2 * len(past) // 3]
        waited = no_show.start + dt.timedelta(minutes=30)  # the mediator waited half an hour
        self.change(replace(no_show, outcome=Outcome.NO_SHOW, actual_end=waited))
        self.change(replace(late, status=BookingStatus.CANCELLED, outcome=Outcome.LATE_CANCELLATION,
                            actual_start=None, actual_end=None,
                            cancelled_at=late.start - dt.timedelta(hours=3),
                            cancel_reason="La famiglia ha disdetto la mattina stessa"))
        self.ctx.requests[late.request].status = RequestStatus.CANCELLED
        if ahead:
            early = ahead[len(ahead) // 2]
            self.change(replace(early, status=BookingStatus.CANCELLED, outcome=Outcome.CANCELLED,
                                cancelled_at=self.now - dt.timedelta(hours=8), sequence=1,
                                cancel_reason="Appuntamento spostato dalla scuola: da ripianificare"))
            self.ctx.requests[early.request].status = RequestStatus.PENDING

    def change(self, booking: Booking) -> None:
        self.bookings[[b.id for b in self.bookings].index(booking.id)] = booking
        self.ctx.add_booking(booking)

    def number(self) -> None:
        """Final ids in time order: R00001..., B00001..."""
        self.requests.sort(key=lambda r: (r.windows[0].start, r.id))
        new_ids = {r.id: RequestId(f"R{n:05d}") for n, r in enumerate(self.requests, 1)}
        for request in self.requests:
            request.id = new_ids[request.id]
        self.bookings.sort(key=lambda b: (b.start, new_ids[b.request]))
        self.bookings = [replace(b, id=BookingId(f"B{n:05d}"), request=new_ids[b.request])
                         for n, b in enumerate(self.bookings, 1)]
        self.data.requests, self.data.bookings = self.requests, self.bookings


def set_budgets(data: ServiceData, used_minutes: dict[str, float]) -> None:
    """Hour budgets from the hours already used: one project nearly exhausted, the others roomy."""
    for project in data.projects:
        used = used_minutes.get(project.code, 0.0) / 60
        if project.code == t.NEARLY_EXHAUSTED:
            project.hour_budget = float(math.ceil(used) + 4)
        else:
            project.hour_budget = float(math.ceil(used * 2.5 / 10) * 10 + 120)
