"""Candidates for one stored request, from just the part of the service that can matter to it.

Every active mediator must appear in the answer (as a candidate or with the
reason they are excluded), so the entities that change seldom are read whole:
areas, languages, projects, agencies and mediators (``StaticData``; a
``CandidateFinder`` keeps them between look-ups). Rules 1-3 (language, gender,
area) then pick the mediators who could possibly take the request, and only
their bookings are read: those of the whole ISO weeks and of the month its
windows touch, plus the travel horizon around them (overlap, travel gaps,
weekly limits, fair share). Added to them are the bookings of the request
itself and of its case (continuity), the requests of all these bookings, the
busy blocks of those mediators, what the agency stated for the request's case
(preferred mediators, mediators not to send), and the project's booked minutes
as one SQL sum (budget). The answer is the one the whole service would give.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mediation_desk.scheduling.candidates import CandidateList, find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Agency,
    Area,
    CasePreferences,
    Language,
    Mediator,
    Project,
    Request,
    RequestId,
    ServiceData,
)
from mediation_desk.scheduling.rules import eligibility
from mediation_desk.scheduling.timeutil import from_ts, iso_week, local_date, month_bounds, week_bounds
from mediation_desk.services.booking import BookingError
from mediation_desk.services.budget import billing_rules, used_seconds
from mediation_desk.services.closures import closures_in
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

DEFAULT_MAX_AGE = 60.0  # seconds a CandidateFinder trusts its entities without being told of a change


@dataclass(frozen=True)
class StaticData:
    """The entities a candidate search reads whole: they change seldom, so they can be kept."""

    timezone: str
    areas: list[Area]
    languages: list[Language]
    projects: list[Project]
    agencies: list[Agency]
    mediators: list[Mediator]


def load_static(s: Session) -> StaticData:
    """Read the time zone, areas, languages, projects, agencies and mediators."""
    return StaticData(
        timezone=repository.service_timezone(s),
        areas=repository.list_areas(s), languages=repository.list_languages(s),
        projects=repository.list_projects(s), agencies=repository.list_agencies(s),
        mediators=repository.list_mediators(s))


def candidates_for(db: Database, request_id: RequestId, now: dt.datetime) -> CandidateList:
    """Ranked candidates and reasoned exclusions for ``request_id``; BookingError when it is unknown."""
    return candidates_with_context(db, request_id, now)[0]


def candidates_with_context(
    db: Database, request_id: RequestId, now: dt.datetime, static: StaticData | None = None
) -> tuple[CandidateList, SchedulingContext]:
    """The candidates and the context they were found in (for names of languages, areas, agencies).

    ``static`` saves reading the entities again (see ``CandidateFinder``).
    """
    with db.read() as s:
        request = _stored_request(s, request_id)
        ctx = request_context(s, request, now, static)
    return find_candidates(ctx, ctx.requests[request.id]), ctx


def _stored_request(s: Session, request_id: str) -> Request:
    request = repository.get_request(s, request_id)
    if request is None:
        raise BookingError("request_not_found", request=request_id)
    return request


def request_context(
    s: Session, request: Request, now: dt.datetime, static: StaticData | None = None
) -> SchedulingContext:
    """A scheduling context holding what the candidates of ``request`` depend on."""
    from mediation_desk.services.busy import busy_blocks_for  # the calendar side imports storage lazily

    static = static if static is not None else load_static(s)
    data = ServiceData(
        timezone=static.timezone, areas=static.areas, languages=static.languages,
        projects=static.projects, agencies=static.agencies, mediators=static.mediators,
        requests=[request], bookings=[], cases=_case_of(s, request))
    ctx = SchedulingContext(data, now, billing=billing_rules(s, static.projects), closures=closures_in(s))
    possible = [m.id for m in ctx.active_mediators() if not eligibility(ctx, request, m)]
    lo, hi = reach(ctx, request)
    bookings = repository.bookings_around_request(s, request.id, request.case, possible, lo, hi)
    for other in request_queries.requests_by_ids(s, {str(b.request) for b in bookings} - {request.id}):
        ctx.add_request(other)  # before any booking: each booking finds its request's case and project
    for booking in bookings:
        ctx.add_booking(booking)
    project = ctx.projects.get(request.project) if request.project is not None else None
    if project is not None:  # every booking of the project counts, not only those read
        ctx.project_seconds[project.code] = used_seconds(s, project, now, ctx.rule_of(project.code))
    if possible:
        for mediator_id, blocks in busy_blocks_for(s, possible, lo, hi).items():
            ctx.set_busy(mediator_id, blocks)
    return ctx


def _case_of(s: Session, request: Request) -> list[CasePreferences]:
    """What the agency stated for the request's case, read afresh (it changes from the request form)."""
    found = repository.get_case_preferences(s, request.case) if request.case else None
    return [found] if found is not None else []


def reach(ctx: SchedulingContext, request: Request) -> tuple[dt.datetime, dt.datetime]:
    """The span whose bookings can matter: the ISO weeks and the month of the windows, plus travel.

    Rules 6 look at most ``travel_horizon`` around a start, rule 7 at the whole
    local weeks of the windows, the fair share at the month of the first window.
    """
    tz = ctx.tz
    windows = ctx.windows_of(request)
    first = windows[0][0] if windows else ctx.now.timestamp()
    last = max((end for _, end in windows), default=first)
    month_start, month_end = month_bounds(local_date(first, tz), tz)
    week_start = week_bounds(iso_week(first, tz), tz)[0]
    week_end = week_bounds(iso_week(last, tz), tz)[1]
    lo = min(month_start.timestamp(), week_start.timestamp(), first - ctx.travel_horizon)
    hi = max(month_end.timestamp(), week_end.timestamp(), last + ctx.travel_horizon)
    return from_ts(lo, dt.UTC), from_ts(hi, dt.UTC)


class CandidateFinder:
    """Candidate look-ups that keep the seldom-changing entities between calls (for the desk's views).

    Bookings, requests and busy blocks are read afresh for every look-up, so a
    booking change needs nothing. Areas, languages, projects, agencies,
    mediators and the time zone are read once, then again after
    ``invalidate()`` (call it when any of them is edited or imported) or once
    they are older than ``max_age`` seconds, so another desk's edits show up.
    Safe to call from worker threads.
    """

    def __init__(self, db: Database, *, max_age: float = DEFAULT_MAX_AGE) -> None:
        self.db = db
        self.max_age = max_age
        self._static: StaticData | None = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        """Forget the kept entities: the next look-up reads them again."""
        with self._lock:
            self._static = None

    def static(self) -> StaticData:
        """The kept entities, read now when missing or too old."""
        with self._lock:
            if self._static is None or time.monotonic() - self._loaded_at > self.max_age:
                with self.db.read() as s:
                    self._keep(load_static(s))
            assert self._static is not None
            return self._static

    def find(self, request_id: str, now: dt.datetime) -> CandidateList:
        """Like ``candidates_for``, without reading the entities again."""
        return self.find_with_context(request_id, now)[0]

    def find_with_context(
        self, request_id: str, now: dt.datetime
    ) -> tuple[CandidateList, SchedulingContext]:
        """Like ``candidates_with_context``, without reading the entities again.

        A request naming an agency or project the kept entities do not know yet
        (created since) makes them be read again at once.
        """
        static = self.static()
        with self.db.read() as s:
            request = _stored_request(s, request_id)
            if not _knows(static, request):
                static = load_static(s)
                with self._lock:
                    self._keep(static)
            ctx = request_context(s, request, now, static)
        return find_candidates(ctx, ctx.requests[request.id]), ctx

    def _keep(self, static: StaticData) -> None:
        self._static, self._loaded_at = static, time.monotonic()


def _knows(static: StaticData, request: Request) -> bool:
    """Whether the entities name the request's agency and project (when it has one)."""
    agencies = {a.id for a in static.agencies}
    projects = {p.code for p in static.projects}
    return request.agency in agencies and (request.project is None or request.project in projects)
