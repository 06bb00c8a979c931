"""From a scheduling context to the planner's plain problem: options, capacities, travel between sites.

Every check goes through the booking rules (``rules``): eligibility (1-3),
feasible starts (4, 5, project dates) and conflicts with the bookings already
in the context (6-9). What is left to the optimiser is only how the new
bookings interact with each other: overlaps and travel gaps, weekly minutes
and project budgets.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    AgencyId,
    Mediator,
    MediatorId,
    Mode,
    ProjectCode,
    Request,
)
from mediation_desk.scheduling.planner_model import Option, Problem
from mediation_desk.scheduling.preferences import Stance
from mediation_desk.scheduling.rules import (
    ViolationCode,
    conflict_violations_ts,
    eligibility,
    feasible_start_ts,
)
from mediation_desk.scheduling.timeutil import IsoWeek, split_by_iso_week, week_bounds

TRAVEL_ROUND_TRIP = 2  # the travel criterion counts home -> agency -> home
# Minutes of travel charged for not sending a mediator the agency prefers when one could go: more than
# any round trip in one territory, so the preferred mediator goes unless coverage would suffer.
PREFERENCE_PENALTY_MIN = 600


@dataclass
class PlanInput:
    """The plain problem plus the look-up tables to turn choices back into bookings."""

    problem: Problem
    requests: list[Request]
    mediators: list[Mediator]


def build_input(
    ctx: SchedulingContext,
    requests: Sequence[Request],
    *,
    not_before: float,
    until: float | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_request: Callable[[int], None] | None = None,
) -> PlanInput:
    """Options for ``requests`` starting in [not_before, until), each free against the context's bookings."""
    mediators = ctx.active_mediators()
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, mediator in enumerate(mediators):
        for code in ctx.languages_of(mediator):
            by_language[code].append(index)
    served = served_before(ctx)
    options: list[Option] = []
    for r_index, request in enumerate(requests):
        if should_stop is not None and should_stop():
            break
        if on_request is not None:
            on_request(r_index)
        mine: list[Option] = []
        for m_index in by_language.get(request.language.lower(), ()):
            mediator = mediators[m_index]
            if eligibility(ctx, request, mediator):
                continue
            starts = free_starts(ctx, request, mediator, not_before, until)
            mine.extend(make_options(ctx, request, r_index, mediator, m_index, starts, served))
        options.extend(with_preferences(ctx, request, mediators, mine))
    problem = Problem(
        options=options,
        site_travel=lambda a, b: ctx.travel_between(AgencyId(str(a)), AgencyId(str(b))),
        week_left=week_left(ctx, options, mediators),
        project_left=project_left(ctx, options),
        travel_horizon=int(ctx.travel_horizon),
    )
    return PlanInput(problem=problem, requests=list(requests), mediators=mediators)


def free_starts(
    ctx: SchedulingContext, request: Request, mediator: Mediator, not_before: float, until: float | None
) -> list[int]:
    """Starts where this booking alone keeps every rule, given the bookings already made."""
    dur = request.duration_min * 60.0
    out = []
    for t in feasible_start_ts(ctx, request, mediator):
        if t < not_before or (until is not None and t >= until):
            continue
        # with no booking nearby only the weekly and budget totals can object: make_options checks
        # those once per group of starts, they do not depend on the start within a group
        if ctx.neighbours(mediator.id, t, t + dur) and conflict_violations_ts(
                ctx, request, mediator, t, t + dur, first_only=True):
            continue
        out.append(int(t))
    return out


def make_options(
    ctx: SchedulingContext,
    request: Request,
    r_index: int,
    mediator: Mediator,
    m_index: int,
    starts: Sequence[int],
    served: dict[tuple[MediatorId, str], float],
) -> list[Option]:
    """One option per group of starts that splits the same way into ISO weeks."""
    duration = request.duration_min * 60
    groups: dict[tuple[tuple[IsoWeek, int], ...], list[int]] = defaultdict(list)
    same_week: tuple[float, float, tuple[tuple[IsoWeek, int], ...]] | None = None
    for t in starts:
        if same_week is not None and same_week[0] <= t and t + duration <= same_week[1]:
            groups[same_week[2]].append(t)
            continue
        weeks: tuple[tuple[IsoWeek, int], ...] = tuple(
            (week, int(seconds)) for week, seconds in split_by_iso_week(t, t + duration, ctx.tz))
        groups[weeks].append(t)
        if len(weeks) == 1:
            monday, next_monday = week_bounds(weeks[0][0], ctx.tz)
            same_week = (monday.timestamp(), next_monday.timestamp(), weeks)
    for weeks, group in list(groups.items()):
        problems = conflict_violations_ts(ctx, request, mediator, group[0], group[0] + duration)
        if any(v.code in (ViolationCode.WEEKLY_CAP, ViolationCode.BUDGET) for v in problems):
            del groups[weeks]
    in_person = request.mode == Mode.IN_PERSON and request.agency in ctx.agencies
    travel = TRAVEL_ROUND_TRIP * ctx.home_travel(mediator, request.agency) if in_person else 0
    before = served.get((mediator.id, request.case)) if request.case else None
    # the budget counts what the funder is billed (minimum charge, rounding step), as the booking check does
    charge = (math.ceil(ctx.charge_seconds(request.project, duration) - 1e-6)
              if request.project is not None and request.project in ctx.projects else None)
    return [
        Option(
            request=r_index,
            mediator=m_index,
            starts=tuple(group),
            duration=duration,
            weight=request.priority.weight,
            travel=travel,
            site=request.agency if in_person else None,
            weeks=weeks,
            project=request.project,
            case=request.case or None,
            served_before=int(before) if before is not None else None,
            charge=charge,
        )
        for weeks, group in groups.items()
    ]


def with_preferences(
    ctx: SchedulingContext, request: Request, mediators: Sequence[Mediator], options: list[Option]
) -> list[Option]:
    """The request's options, those of the other mediators penalised when a preferred one has an option."""
    preferred = {o.mediator for o in options
                 if (found := ctx.stance(request, mediators[o.mediator].id)) is not None
                 and found.stance is Stance.PREFERRED}
    if not preferred:
        return options
    return [o if o.mediator in preferred else replace(o, penalty=PREFERENCE_PENALTY_MIN) for o in options]


def served_before(ctx: SchedulingContext) -> dict[tuple[MediatorId, str], float]:
    """Earliest start of an active booking per (mediator, case) already in the context."""
    out: dict[tuple[MediatorId, str], float] = {}
    for booking in ctx.bookings.values():
        request = ctx.requests.get(booking.request)
        if not booking.active or request is None or not request.case:
            continue
        key = (booking.mediator, request.case)
        start = booking.start.timestamp()
        if key not in out or start < out[key]:
            out[key] = start
    return out


def week_left(
    ctx: SchedulingContext, options: Sequence[Option], mediators: Sequence[Mediator]
) -> dict[tuple[int, object], int]:
    """Seconds each mediator may still work in each ISO week the options touch."""
    out: dict[tuple[int, object], int] = {}
    for option in options:
        mediator = mediators[option.mediator]
        for week, _ in option.weeks:
            key = (option.mediator, week)
            if key not in out:
                booked = ctx.week_seconds.get((mediator.id, week), 0.0)  # type: ignore[arg-type]
                out[key] = seconds_left(mediator.max_minutes_per_week * 60.0 - booked)
    return out


def project_left(ctx: SchedulingContext, options: Sequence[Option]) -> dict[object, int]:
    """Seconds left in the budget of each project the options draw on."""
    out: dict[object, int] = {}
    for code in {o.project for o in options if o.project is not None}:
        project = ctx.projects[ProjectCode(str(code))]
        booked = ctx.project_seconds.get(project.code, 0.0)
        out[code] = seconds_left(project.hour_budget * 3600.0 - booked)
    return out


def seconds_left(value: float) -> int:
    """Whole seconds, rounding float noise the way the rules' tolerance does."""
    return max(0, math.floor(value + 1e-6))
