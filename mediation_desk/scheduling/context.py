"""Indexed view of a service for the booking rules, updated booking by booking.

The context holds every entity by id and, for the active (non-cancelled)
bookings, the indexes the rules need: per-mediator bookings sorted by start,
booked seconds per (mediator, ISO week), per project and per request, plus the
mediators' busy blocks from their external calendars. Instants are kept as
epoch seconds; the rules convert to and from aware datetimes at the edges.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from mediation_desk.scheduling.billing import BillingRule, budget_minutes, round_charge, rule_for_project
from mediation_desk.scheduling.closures import Closure, Closures, closure_on
from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    Booking,
    BookingId,
    CasePreferences,
    Interval,
    Mediator,
    MediatorId,
    Outcome,
    Project,
    ProjectCode,
    Request,
    RequestId,
    ServiceData,
)
from mediation_desk.scheduling.preferences import StanceFound, stance_of
from mediation_desk.scheduling.timeutil import (
    DAY_SECONDS,
    IsoWeek,
    local_midnight,
    split_by_iso_week,
    ts,
    wall_to_ts,
    zone,
)
from mediation_desk.scheduling.travel import travel_minutes

Span = tuple[float, float]
Entry = tuple[float, float, BookingId]  # (start, end, booking id) of one active booking


def counts_for_budget(booking: Booking) -> bool:
    """Active bookings use the budget, and so do late cancellations (the scenario format's rule 8)."""
    return booking.active or booking.outcome is Outcome.LATE_CANCELLATION


BillingRules = Mapping[ProjectCode, BillingRule]


class SchedulingContext:
    """Entities and active-booking indexes of one service at one ``now``."""

    def __init__(
        self,
        data: ServiceData,
        now: dt.datetime,
        busy: dict[MediatorId, list[Interval]] | None = None,
        billing: BillingRules | None = None,
        closures: Closures | None = None,
    ) -> None:
        """``billing``: each project's billing rule; with it the budget counts what the funder is billed
        (``billing.budget_minutes``), without it (a scenario file) booked minutes, as the format's rule 8."""
        self.tz = zone(data.timezone)
        self.closures = closures or Closures()
        self._closed: dict[tuple[AgencyId, dt.date], Closure | None] = {}
        self.billing: dict[ProjectCode, BillingRule] | None = dict(billing) if billing is not None else None
        self.now = now
        self.areas = {a.code: a for a in data.areas}
        self.languages = {lg.code.lower(): lg for lg in data.languages}
        self.projects: dict[ProjectCode, Project] = {p.code: p for p in data.projects}
        self.agencies: dict[AgencyId, Agency] = {a.id: a for a in data.agencies}
        self.mediators: dict[MediatorId, Mediator] = {m.id: m for m in data.mediators}
        self.requests: dict[RequestId, Request] = {r.id: r for r in data.requests}
        self.cases: dict[str, CasePreferences] = {c.case: c for c in data.cases}
        self.bookings: dict[BookingId, Booking] = {}
        self.by_mediator: dict[MediatorId, list[Entry]] = defaultdict(list)
        self.longest: dict[MediatorId, float] = defaultdict(float)
        self.week_seconds: dict[tuple[MediatorId, IsoWeek], float] = defaultdict(float)
        self.project_seconds: dict[ProjectCode, float] = defaultdict(float)
        self.request_bookings: dict[RequestId, set[BookingId]] = defaultdict(set)
        self.busy: dict[MediatorId, list[tuple[float, float, Interval]]] = {}
        self.case_mediators: dict[str, dict[MediatorId, int]] = defaultdict(dict)  # active bookings per case
        self.memo: dict[tuple[object, ...], Any] = {}  # results of pure look-ups, cleared on entity changes
        self._languages_of = {m.id: frozenset(s.code.lower() for s in m.languages) for m in data.mediators}
        self._areas_of = {m.id: frozenset(m.areas) for m in data.mediators}
        self._absences = {
            m.id: sorted((ts(a.start), ts(a.end)) for a in m.absences) for m in data.mediators
        }
        self._availability: dict[tuple[MediatorId, dt.date], list[Span]] = {}
        self._windows: dict[RequestId, list[Span]] = {}
        self._travel: dict[tuple[AgencyId, AgencyId], int] = {}
        self._project_span: dict[ProjectCode, Span] = {}
        self.travel_horizon = self._travel_horizon()
        for booking in data.bookings:
            self.add_booking(booking)
        for mediator_id, blocks in (busy or {}).items():
            self.set_busy(mediator_id, blocks)

    @classmethod
    def from_parts(cls, data: ServiceData, now: dt.datetime, busy: Iterable[tuple[MediatorId, Interval]],
                   billing: BillingRules | None = None) -> SchedulingContext:
        grouped: dict[MediatorId, list[Interval]] = defaultdict(list)
        for mediator_id, block in busy:
            grouped[mediator_id].append(block)
        return cls(data, now, dict(grouped), billing)

    # ---- incremental updates ---------------------------------------------
    def add_booking(self, booking: Booking) -> None:
        """Index a booking (any status); replaces an earlier version with the same id."""
        if booking.id in self.bookings:
            self.remove_booking(booking.id)
        self.bookings[booking.id] = booking
        start, end = ts(booking.start), ts(booking.end)
        project = self._project_of(booking)
        if project is not None:
            self.project_seconds[project] += self.budget_seconds(booking, project)
        if not booking.active:
            return
        bisect.insort(self.by_mediator[booking.mediator], (start, end, booking.id))
        self.longest[booking.mediator] = max(self.longest[booking.mediator], end - start)
        for week, seconds in split_by_iso_week(start, end, self.tz):
            self.week_seconds[(booking.mediator, week)] += seconds
        self.request_bookings[booking.request].add(booking.id)
        case = self._case_of(booking)
        if case:
            served = self.case_mediators[case]
            served[booking.mediator] = served.get(booking.mediator, 0) + 1

    def remove_booking(self, booking_id: BookingId) -> Booking | None:
        """Forget a booking; returns it (None when unknown)."""
        booking = self.bookings.pop(booking_id, None)
        if booking is None:
            return None
        start, end = ts(booking.start), ts(booking.end)
        project = self._project_of(booking)
        if project is not None:
            self.project_seconds[project] -= self.budget_seconds(booking, project)
        if booking.active:
            entries = self.by_mediator[booking.mediator]
            entries.remove((start, end, booking.id))
            for week, seconds in split_by_iso_week(start, end, self.tz):
                self.week_seconds[(booking.mediator, week)] -= seconds
            self.request_bookings[booking.request].discard(booking.id)
            case = self._case_of(booking)
            if case:
                served = self.case_mediators[case]
                served[booking.mediator] -= 1
                if not served[booking.mediator]:
                    del served[booking.mediator]
        return booking

    def add_request(self, request: Request) -> None:
        """Index a new or changed request (its bookings move to its new project's budget)."""
        mine = [b for b in self.bookings.values() if b.request == request.id]
        for booking in mine:
            self.remove_booking(booking.id)
        self.requests[request.id] = request
        self._windows.pop(request.id, None)
        for booking in mine:
            self.add_booking(booking)

    def set_mediator(self, mediator: Mediator) -> None:
        """Add or replace a mediator (its bookings stay indexed)."""
        self.mediators[mediator.id] = mediator
        self._languages_of.pop(mediator.id, None)
        self._areas_of.pop(mediator.id, None)
        self._absences.pop(mediator.id, None)
        self._availability = {k: v for k, v in self._availability.items() if k[0] != mediator.id}
        self.memo.clear()

    def set_busy(self, mediator_id: MediatorId, blocks: Iterable[Interval]) -> None:
        """Replace the external-calendar busy blocks of one mediator."""
        self.busy[mediator_id] = sorted(((ts(b.start), ts(b.end), b) for b in blocks), key=lambda x: x[:2])

    # ---- the project budget -----------------------------------------------
    def rule_of(self, code: ProjectCode) -> BillingRule:
        """The billing rule of a project (its own fields when the caller gave no rule for it)."""
        found = self.billing.get(code) if self.billing is not None else None
        if found is None:
            found = rule_for_project(self.projects.get(code))
            if self.billing is not None:
                self.billing[code] = found
        return found

    def budget_seconds(self, booking: Booking, project: ProjectCode) -> float:
        """Seconds ``booking`` takes from the budget of ``project`` (0 when it takes nothing)."""
        if self.billing is None:
            return ts(booking.end) - ts(booking.start) if counts_for_budget(booking) else 0.0
        return budget_minutes(booking, self.rule_of(project)) * 60.0

    def charge_seconds(self, project: ProjectCode, seconds: float) -> float:
        """Seconds a new booking lasting ``seconds`` will take from the budget of ``project``."""
        if self.billing is None:
            return seconds
        return round_charge(max(0, math.ceil(seconds / 60 - 1e-9)), self.rule_of(project)) * 60.0

    # ---- look-ups used by the rules --------------------------------------
    def languages_of(self, mediator: Mediator) -> frozenset[str]:
        found = self._languages_of.get(mediator.id)
        if found is None:
            found = self._languages_of[mediator.id] = frozenset(s.code.lower() for s in mediator.languages)
        return found

    def areas_of(self, mediator: Mediator) -> frozenset[str]:
        found = self._areas_of.get(mediator.id)
        if found is None:
            found = self._areas_of[mediator.id] = frozenset(mediator.areas)
        return found

    def absences_of(self, mediator: Mediator) -> list[Span]:
        found = self._absences.get(mediator.id)
        if found is None:
            found = self._absences[mediator.id] = sorted((ts(a.start), ts(a.end)) for a in mediator.absences)
        return found

    def closed_on(self, agency_id: AgencyId, day: dt.date) -> Closure | None:
        """Why the agency is closed on the local date ``day`` (a holiday, a closure), or None."""
        key = (agency_id, day)
        if key not in self._closed:
            agency = self.agencies.get(agency_id)
            self._closed[key] = closure_on(day, agency.kind if agency else None, self.closures)
        return self._closed[key]

    def stance(self, request: Request, mediator_id: MediatorId) -> StanceFound | None:
        """What the agency states about the mediator for this request (its case first, then the agency)."""
        case = self.cases.get(request.case) if request.case else None
        return stance_of(self.agencies.get(request.agency), case, mediator_id)

    def windows_of(self, request: Request) -> list[Span]:
        found = self._windows.get(request.id)
        if found is None:
            found = self._windows[request.id] = sorted((ts(w.start), ts(w.end)) for w in request.windows)
        return found

    def availability_on(self, mediator: Mediator, day: dt.date) -> list[Span]:
        """The mediator's weekly windows on a local date, as epoch spans (fold=0)."""
        key = (mediator.id, day)
        found = self._availability.get(key)
        if found is None:
            found = [
                (wall_to_ts(day, w.start_min, self.tz), wall_to_ts(day, w.end_min, self.tz))
                for w in mediator.availability
                if w.day == day.weekday() and w.end_min > w.start_min
            ]
            self._availability[key] = found
        return found

    def project_span(self, code: ProjectCode) -> Span | None:
        """[local 00:00 of start, local 24:00 of end) of a project; None when unknown."""
        found = self._project_span.get(code)
        if found is None:
            project = self.projects.get(code)
            if project is None:
                return None
            found = (
                local_midnight(project.start, self.tz).timestamp(),
                local_midnight(project.end + dt.timedelta(days=1), self.tz).timestamp(),
            )
            self._project_span[code] = found
        return found

    def travel_between(self, a: AgencyId, b: AgencyId) -> int:
        if a == b:
            return 0
        key = (a, b) if a < b else (b, a)
        found = self._travel.get(key)
        if found is None:
            first, second = self.agencies[a], self.agencies[b]
            found = travel_minutes(first.lat, first.lon, second.lat, second.lon)
            self._travel[key] = found
        return found

    def home_travel(self, mediator: Mediator, agency_id: AgencyId) -> int:
        """One-way minutes from the mediator's home to an agency."""
        agency = self.agencies[agency_id]
        return travel_minutes(mediator.lat, mediator.lon, agency.lat, agency.lon)

    def neighbours(self, mediator_id: MediatorId, start: float, end: float) -> list[Entry]:
        """Active bookings of the mediator that could overlap or be too close to [start, end)."""
        entries = self.by_mediator.get(mediator_id)
        if not entries:
            return []
        reach = self.travel_horizon
        lo = bisect.bisect_left(entries, (start - self.longest[mediator_id] - reach,))
        hi = bisect.bisect_left(entries, (end + reach,))
        return entries[lo:hi]

    def week_minutes(self, mediator_id: MediatorId, week: IsoWeek) -> float:
        return self.week_seconds.get((mediator_id, week), 0.0) / 60.0

    def project_minutes(self, code: ProjectCode) -> float:
        return self.project_seconds.get(code, 0.0) / 60.0

    def active_bookings_of_request(self, request_id: RequestId) -> list[Booking]:
        return [self.bookings[b] for b in sorted(self.request_bookings.get(request_id, ()))]

    def active_mediators(self) -> list[Mediator]:
        return [m for m in self.mediators.values() if m.active]

    def _case_of(self, booking: Booking) -> str | None:
        request = self.requests.get(booking.request)
        return request.case if request is not None else None

    def _project_of(self, booking: Booking) -> ProjectCode | None:
        request = self.requests.get(booking.request)
        return request.project if request is not None else None

    def _travel_horizon(self) -> float:
        """Seconds beyond which two bookings can never need a travel gap (generous bound)."""
        if not self.agencies:
            return float(DAY_SECONDS)
        lats = [a.lat for a in self.agencies.values()]
        lons = [a.lon for a in self.agencies.values()]
        return float((travel_minutes(min(lats), min(lons), max(lats), max(lons)) * 2 + 60) * 60)
