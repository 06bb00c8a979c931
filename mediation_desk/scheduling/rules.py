"""The booking rules 1-9 of the scenario format, implemented once for every caller.

Semantics follow the benchmark's ``rules.py`` and the resolutions listed in
``score.py``: half-open intervals, real elapsed durations, quarter hours on the
local wall clock, one availability window on the local date of the start
(fold=0), the travel gap between every pair of in-person bookings, ISO weeks
cut at local midnight, inclusive project end dates. Two additions the format
does not know make the product stricter, never looser: busy blocks of the
mediator's external calendar (rule 5) and late cancellations, which are
billed and so still use the project budget (rule 8). Rule 0 holds checks
outside the format (inactive mediator, closed request, request waiting for funds, a
closed agency, and what the agency states: a mediator not to send, a required
language level or skill).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.scheduling import skills
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    BookingId,
    Mediator,
    Mode,
    ProjectCode,
    Request,
    RequestStatus,
)
from mediation_desk.scheduling.preferences import Stance, hard_level, hard_skill, level_at_least
from mediation_desk.scheduling.timeutil import (
    QUARTER_SECONDS,
    from_ts,
    local_date,
    next_quarter_hour,
    on_quarter_hour,
    split_by_iso_week,
    ts,
)

TOLERANCE = 1e-6  # seconds: absorbs float noise in sums, as the benchmark does


class ViolationCode(enum.StrEnum):
    INACTIVE = "inactive"  # rule 0: the mediator no longer works for the service
    REQUEST_CLOSED = "request_closed"  # rule 0: the request was cancelled
    WAITING_FUNDS = "waiting_funds"  # rule 0: no project funds it yet ("In attesa di fondi")
    PAST = "past"  # rule 0: every possible start has already gone by (candidates only)
    CLOSED = "closed"  # rule 0: the agency is closed that day (holiday, patron saint, school closure)
    AVOIDED = "avoided"  # rule 0: the agency (or the case) asks not to send this mediator
    SKILL_MISSING = "skill_missing"  # rule 0: the request requires a skill the mediator lacks
    LEVEL_TOO_LOW = "level_too_low"  # rule 0: speaks the language below the level the request requires
    LANGUAGE = "language"  # 1
    GENDER = "gender"  # 2
    AREA = "area"  # 3
    DURATION = "duration"  # 4
    QUARTER_HOUR = "quarter_hour"  # 4
    OUTSIDE_WINDOW = "outside_window"  # 4
    UNAVAILABLE = "unavailable"  # 5: outside the weekly availability
    ABSENT = "absent"  # 5
    BUSY_EXTERNAL = "busy_external"  # 5: busy in the mediator's own calendar
    OVERLAP = "overlap"  # 6
    TRAVEL_GAP = "travel_gap"  # 6
    WEEKLY_CAP = "weekly_cap"  # 7
    BUDGET = "budget"  # 8
    PROJECT_DATES = "project_dates"  # 8
    PROJECT_UNKNOWN = "project_unknown"  # 8
    ALREADY_BOOKED = "already_booked"  # 9


@dataclass(frozen=True)
class Violation:
    """One broken rule; ``params`` name what is involved (ids, times, minutes) for the UI."""

    rule: int
    code: ViolationCode
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def key(self) -> tuple[Any, ...]:
        """Identity for de-duplication across start times: the code and the thing involved."""
        p = self.params
        return (self.code, p.get("booking"), p.get("week"), p.get("project"), p.get("absence_start"))

    def as_json(self) -> dict[str, Any]:
        params = {k: _jsonable(v) for k, v in self.params.items()}
        return {"rule": self.rule, "code": str(self.code), "params": params}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return [_jsonable(v) for v in value]
    return value


# ---- rules 1-3 (request x mediator) -----------------------------------------
def eligibility(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[Violation]:
    """Rules 1-3, plus rule 0 for an inactive mediator, one the agency asks not to send, and the
    request's hard level and skill (memoised: they only depend on entities)."""
    place = request.agency if request.mode == Mode.IN_PERSON else None
    stance = ctx.stance(request, mediator.id)
    stated = (stance, request.agency, request.case) if stance is not None else None  # named in the reason
    key = ("eligibility", mediator.id, request.language, request.required_gender, place, stated,
           hard_level(request), hard_skill(request))
    found: tuple[Violation, ...] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(_eligibility(ctx, request, mediator))
    return list(found)


def _eligibility(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[Violation]:
    out: list[Violation] = []
    if not mediator.active:
        out.append(Violation(0, ViolationCode.INACTIVE, {"mediator": mediator.id}))
    if request.language.lower() not in ctx.languages_of(mediator):
        out.append(Violation(1, ViolationCode.LANGUAGE, {
            "mediator": mediator.id, "language": request.language}))
    out.extend(_requirements(ctx, request, mediator))
    if request.required_gender and mediator.gender != request.required_gender:
        out.append(Violation(2, ViolationCode.GENDER, {
            "mediator": mediator.id, "required": request.required_gender, "gender": mediator.gender}))
    if request.mode == Mode.IN_PERSON:
        agency = ctx.agencies.get(request.agency)
        area = agency.area if agency is not None else None
        if area not in ctx.areas_of(mediator):
            out.append(Violation(3, ViolationCode.AREA, {
                "mediator": mediator.id, "area": area, "agency": request.agency,
                "areas": sorted(mediator.areas)}))
    return out


def _requirements(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[Violation]:
    """What the agency stated: a mediator not to send, a minimum level, a skill (the product's rules)."""
    out: list[Violation] = []
    found = ctx.stance(request, mediator.id)
    if found is not None and found.stance is Stance.AVOIDED:
        agency = ctx.agencies.get(request.agency)
        out.append(Violation(0, ViolationCode.AVOIDED, {
            "mediator": mediator.id, "mediator_name": mediator.name, "agency": request.agency,
            "agency_name": agency.name if agency else None, "source": str(found.source),
            "case": request.case}))
    minimum = hard_level(request)
    level = mediator.level_of(request.language)
    if minimum is not None and level is not None and not level_at_least(level, minimum):
        out.append(Violation(0, ViolationCode.LEVEL_TOO_LOW, {
            "mediator": mediator.id, "language": request.language, "level": str(level),
            "required": str(minimum)}))
    skill = hard_skill(request)
    if skill is not None and not skills.has_skill(mediator.skills, skill):  # by code, as the ranking
        out.append(Violation(0, ViolationCode.SKILL_MISSING, {"mediator": mediator.id, "skill": skill}))
    return out


# ---- rules 4, 5, 8-dates (one interval) ---------------------------------------
def slot_violations_ts(
    ctx: SchedulingContext, request: Request, mediator: Mediator, start: float, end: float
) -> list[Violation]:
    tz = ctx.tz
    out: list[Violation] = []
    when = {"start": from_ts(start, tz), "end": from_ts(end, tz)}
    if abs((end - start) - request.duration_min * 60) > TOLERANCE:
        out.append(Violation(4, ViolationCode.DURATION, {
            "minutes": (end - start) / 60, "required": request.duration_min}))
    if not on_quarter_hour(start, tz):
        out.append(Violation(4, ViolationCode.QUARTER_HOUR, {"start": when["start"]}))
    if not any(ws <= start and end <= we for ws, we in ctx.windows_of(request)):
        out.append(Violation(4, ViolationCode.OUTSIDE_WINDOW, dict(when)))
    day = local_date(start, tz)
    closure = ctx.closed_on(request.agency, day)
    if closure is not None:
        out.append(Violation(0, ViolationCode.CLOSED, {
            "agency": request.agency, "day": day, "closure": str(closure.kind), "name": closure.name}))
    if not any(ws <= start and end <= we for ws, we in ctx.availability_on(mediator, day)):
        out.append(Violation(5, ViolationCode.UNAVAILABLE, {**when, "mediator": mediator.id, "day": day}))
    for a_start, a_end in ctx.absences_of(mediator):
        if start < a_end and a_start < end:
            out.append(Violation(5, ViolationCode.ABSENT, {
                "mediator": mediator.id, "absence_start": from_ts(a_start, tz),
                "absence_end": from_ts(a_end, tz)}))
            break
    for b_start, b_end, block in ctx.busy.get(mediator.id, ()):
        if start < b_end and b_start < end:
            out.append(Violation(5, ViolationCode.BUSY_EXTERNAL, {
                "mediator": mediator.id, "start": from_ts(b_start, tz), "end": from_ts(b_end, tz),
                "summary": block.reason}))
            break
    out.extend(_project_dates(ctx, request, start, end))
    return out


def _project_dates(ctx: SchedulingContext, request: Request, start: float, end: float) -> list[Violation]:
    if request.project is None:
        return []
    span = ctx.project_span(request.project)
    if span is None:
        return [Violation(8, ViolationCode.PROJECT_UNKNOWN, {"project": request.project})]
    if not (span[0] <= start and end <= span[1]):
        project = ctx.projects[request.project]
        return [Violation(8, ViolationCode.PROJECT_DATES, {
            "project": project.code, "project_start": project.start, "project_end": project.end})]
    return []


# ---- rules 6, 7, 8-budget, 9 (against the other bookings) ---------------------
def conflict_violations(
    ctx: SchedulingContext, request: Request, mediator: Mediator, start: dt.datetime, end: dt.datetime,
    exclude_booking: BookingId | None = None,
) -> list[Violation]:
    """Rules 6, 7, the budget of rule 8 and rule 9 against the context's active bookings.

    ``exclude_booking`` is left out of every count (the booking being rescheduled).
    """
    return conflict_violations_ts(ctx, request, mediator, ts(start), ts(end), exclude_booking)


def conflict_violations_ts(
    ctx: SchedulingContext, request: Request, mediator: Mediator, start: float, end: float,
    exclude_booking: BookingId | None = None, first_only: bool = False,
) -> list[Violation]:
    out = _already_booked(ctx, request, exclude_booking)
    if out and first_only:
        return out
    out += _overlaps(ctx, request, mediator, start, end, exclude_booking, first_only)
    if out and first_only:
        return out
    out += _weekly_cap(ctx, mediator, start, end, exclude_booking)
    out += _budget(ctx, request, start, end, exclude_booking)
    return out


def _already_booked(ctx: SchedulingContext, request: Request, exclude: BookingId | None) -> list[Violation]:
    others = sorted(b for b in ctx.request_bookings.get(request.id, ()) if b != exclude)
    if not others:
        return []
    return [Violation(9, ViolationCode.ALREADY_BOOKED, {"request": request.id, "booking": others[0]})]


def _overlaps(
    ctx: SchedulingContext, request: Request, mediator: Mediator, start: float, end: float,
    exclude: BookingId | None, first_only: bool,
) -> list[Violation]:
    out: list[Violation] = []
    for o_start, o_end, booking_id in ctx.neighbours(mediator.id, start, end):
        if booking_id == exclude:
            continue
        other = ctx.bookings[booking_id]
        other_request = ctx.requests.get(other.request)
        code, need, gap = _pair_problem(ctx, request, start, end, other_request, o_start, o_end)
        if code is None:
            continue
        agency = ctx.agencies.get(other_request.agency) if other_request is not None else None
        params: dict[str, Any] = {
            "booking": booking_id, "request": other.request, "mediator": mediator.id,
            "agency": agency.id if agency else None, "agency_name": agency.name if agency else None,
            "start": from_ts(o_start, ctx.tz), "end": from_ts(o_end, ctx.tz)}
        if code is ViolationCode.TRAVEL_GAP:
            params.update(gap_min=gap, travel_min=need)
        out.append(Violation(6, code, params))
        if first_only:
            break
    return out


def _pair_problem(
    ctx: SchedulingContext, request: Request, start: float, end: float,
    other: Request | None, o_start: float, o_end: float,
) -> tuple[ViolationCode | None, int, float]:
    """Rule 6 for the new interval and one other booking: (code or None, travel needed, gap)."""
    if o_start < end and start < o_end:
        return ViolationCode.OVERLAP, 0, 0.0
    if (other is None or request.mode != Mode.IN_PERSON or other.mode != Mode.IN_PERSON
            or request.agency not in ctx.agencies or other.agency not in ctx.agencies):
        return None, 0, 0.0
    gap = (start - o_end) / 60.0 if o_start <= start else (o_start - end) / 60.0
    need = ctx.travel_between(request.agency, other.agency)
    if gap < need:
        return ViolationCode.TRAVEL_GAP, need, gap
    return None, need, gap


def _weekly_cap(
    ctx: SchedulingContext, mediator: Mediator, start: float, end: float, exclude: BookingId | None
) -> list[Violation]:
    excluded: dict[tuple[int, int], float] = {}
    old = ctx.bookings.get(exclude) if exclude is not None else None
    if old is not None and old.active and old.mediator == mediator.id:
        for week, seconds in split_by_iso_week(ts(old.start), ts(old.end), ctx.tz):
            excluded[week] = excluded.get(week, 0.0) + seconds
    cap = mediator.max_minutes_per_week * 60.0
    out: list[Violation] = []
    for week, seconds in split_by_iso_week(start, end, ctx.tz):
        booked = ctx.week_seconds.get((mediator.id, week), 0.0) - excluded.get(week, 0.0)
        if booked + seconds > cap + TOLERANCE:
            out.append(Violation(7, ViolationCode.WEEKLY_CAP, {
                "mediator": mediator.id, "week": f"{week[0]}-W{week[1]:02d}",
                "booked_min": booked / 60, "adding_min": seconds / 60,
                "cap_min": mediator.max_minutes_per_week}))
    return out


def _budget(
    ctx: SchedulingContext, request: Request, start: float, end: float, exclude: BookingId | None
) -> list[Violation]:
    if request.project is None or request.project not in ctx.projects:
        return []
    project = ctx.projects[request.project]
    booked = budget_used_seconds(ctx, project.code, exclude)
    adding = ctx.charge_seconds(project.code, end - start)
    if booked + adding > project.hour_budget * 3600.0 + TOLERANCE:
        return [Violation(8, ViolationCode.BUDGET, {
            "project": project.code, "booked_min": booked / 60, "adding_min": adding / 60,
            "budget_min": project.hour_budget * 60})]
    return []


def budget_used_seconds(ctx: SchedulingContext, code: ProjectCode, exclude: BookingId | None = None) -> float:
    """Seconds of the project's budget in use, leaving out ``exclude`` (the booking being moved)."""
    booked = ctx.project_seconds.get(code, 0.0)
    old = ctx.bookings.get(exclude) if exclude is not None else None
    if old is not None:
        old_request = ctx.requests.get(old.request)
        if old_request is not None and old_request.project == code:
            booked -= ctx.budget_seconds(old, code)
    return booked


# ---- everything together ------------------------------------------------------
def request_violations(request: Request) -> list[Violation]:
    """Rule 0 on the request itself."""
    if request.status == RequestStatus.CANCELLED:
        return [Violation(0, ViolationCode.REQUEST_CLOSED, {
            "request": request.id, "status": str(request.status)})]
    if request.waiting_funds and request.project is None and request.status == RequestStatus.PENDING:
        # on the waiting list for funds: booked only once a project is assigned
        return [Violation(0, ViolationCode.WAITING_FUNDS, {"request": request.id})]
    return []


def check_booking(
    ctx: SchedulingContext, request: Request, mediator: Mediator, start: dt.datetime, end: dt.datetime,
    exclude_booking: BookingId | None = None,
) -> list[Violation]:
    """Every rule for booking ``request`` to ``mediator`` over [start, end)."""
    s, e = ts(start), ts(end)
    return (request_violations(request) + eligibility(ctx, request, mediator)
            + slot_violations_ts(ctx, request, mediator, s, e)
            + conflict_violations_ts(ctx, request, mediator, s, e, exclude_booking))


def feasible_start_ts(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[float]:
    """Epoch starts on a local quarter hour inside the request's windows where rules 4, 5 and 8-dates hold."""
    tz = ctx.tz
    dur = request.duration_min * 60.0
    out: set[float] = set()
    absences = ctx.absences_of(mediator)
    busy = ctx.busy.get(mediator.id, ())
    project = ctx.project_span(request.project) if request.project is not None else None
    if request.project is not None and project is None:
        return []
    for w_start, w_end in ctx.windows_of(request):
        day, last = local_date(w_start, tz), local_date(w_end, tz)
        while day <= last:
            if ctx.closed_on(request.agency, day) is not None:
                day += dt.timedelta(days=1)
                continue
            for a_start, a_end in ctx.availability_on(mediator, day):
                lo, hi = max(w_start, a_start), min(w_end, a_end)
                if project is not None:
                    lo, hi = max(lo, project[0]), min(hi, project[1])
                t = next_quarter_hour(lo, tz) if lo + dur <= hi else hi
                while t + dur <= hi:
                    if (on_quarter_hour(t, tz) and not _hits(absences, t, t + dur)
                            and not any(b_s < t + dur and t < b_e for b_s, b_e, _ in busy)):
                        out.add(t)
                    t += QUARTER_SECONDS
            day += dt.timedelta(days=1)
    return sorted(out)


def _hits(spans: list[tuple[float, float]], start: float, end: float) -> bool:
    return any(s < end and start < e for s, e in spans)


def feasible_starts(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[dt.datetime]:
    """Aware starts (service time zone) satisfying rules 4, 5 and 8-dates."""
    return [from_ts(t, ctx.tz) for t in feasible_start_ts(ctx, request, mediator)]
