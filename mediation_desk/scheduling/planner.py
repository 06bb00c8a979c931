"""The auto-planner: books many pending requests at once, best plan first by coverage, travel, continuity.

Method (chosen by measurement on the benchmark presets, see
``benchmarks/bench_plan.py``): the booking rules give, for every request and
mediator, the starts free against the calendar (``planner_options``); the
problem is split into its independent components (``planner_components``:
never by calendar week, which would cut what a week's cap or a budget ties);
each component is solved by CP-SAT (``planner_cpsat``), hinted with a fast
constructive plan repaired for coverage and travel (``planner_greedy``) that is
also the fallback; components too large for one model are re-planned window by
window with the rest of the plan kept (``planner_windows``). The search is
deterministic (interleaved workers, a fixed seed, a deterministic-time limit
next to the clock), so a re-run that ends by proof or by the deterministic
limit gives the same plan (the clock can still cut a search short on a busy
machine, and the windows of a large component follow the clock);
its bound says how far the plan can be from the best possible. Every booking
is checked again with the rules before it is returned.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, Request, RequestId, RequestStatus
from mediation_desk.scheduling.planner_components import components, size, subproblem
from mediation_desk.scheduling.planner_cpsat import (
    DETERMINISTIC_PER_SECOND,
    SearchSettings,
    SolveReport,
    solve,
)
from mediation_desk.scheduling.planner_greedy import greedy_plan, less_travel, more_coverage
from mediation_desk.scheduling.planner_model import Choice, Figures, Problem, figures
from mediation_desk.scheduling.planner_options import PlanInput, build_input
from mediation_desk.scheduling.planner_windows import LARGE_PART_SLOTS, improve_by_windows
from mediation_desk.scheduling.rules import check_booking, request_violations
from mediation_desk.scheduling.timeutil import from_ts

AUTO_LIMIT_MIN_S = 2.0  # default time limit: at least this many seconds,
AUTO_LIMIT_SLOTS_PER_S = 2100  # plus one second per this many candidate (option, start) pairs,
AUTO_LIMIT_MAX_S = 25.0  # at most this many (the search stops earlier once the plan is proven best)
CANDIDATE_SHARE = 0.25  # progress fraction given to candidate generation


@dataclass(frozen=True)
class PlannerSettings:
    """How the plan is searched; the defaults are the product's, the others are benchmark rows."""

    split: bool = True  # one model per independent component
    windows: bool = True  # components too large for one model: improved window by window
    search: SearchSettings = field(default_factory=SearchSettings)


class PlanStage(enum.StrEnum):
    CANDIDATES = "candidates"
    SOLVING = "solving"
    CHECKING = "checking"


ProgressFn = Callable[[PlanStage, float], None]  # may be called from a helper thread while searching


class PlanCancelled(Exception):
    """The caller asked the planner to stop; nothing was planned."""


@dataclass(frozen=True)
class PlannedBooking:
    request: RequestId
    mediator: MediatorId
    start: dt.datetime
    end: dt.datetime
    travel_min: int  # round trip from the mediator's home, in-person bookings only
    continuity: bool  # the mediator served the request's case in an earlier booking


@dataclass
class PlanReport:
    """The bookings plus how they were found (for benchmarks, logs and the UI summary)."""

    bookings: list[PlannedBooking]
    figures: Figures
    requests: int  # pending requests considered
    options: int  # (request, mediator) options generated
    quality: PlanQuality
    solver: list[str] = field(default_factory=list)  # CP-SAT status per component
    parts: int = 0  # independent components solved
    dropped: int = 0  # choices refused by the final rule check (0 unless something is wrong)
    seconds: float = 0.0
    past: int = 0  # requests left out because every window of theirs has ended (before now)


def plan(
    ctx: SchedulingContext,
    requests: Sequence[Request],
    *,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    within: tuple[dt.datetime, dt.datetime] | None = None,
) -> list[PlannedBooking]:
    """Bookings for as many of ``requests`` as the rules allow, the best plan found in ``time_limit`` s.

    ``time_limit`` None means automatic (see :func:`auto_time_limit`). Raises PlanCancelled when
    ``should_stop`` turns true before the end.
    """
    return plan_report(ctx, requests, time_limit=time_limit, progress=progress,
                       should_stop=should_stop, within=within).bookings


def plan_report(
    ctx: SchedulingContext,
    requests: Sequence[Request],
    *,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    within: tuple[dt.datetime, dt.datetime] | None = None,
    settings: PlannerSettings | None = None,
) -> PlanReport:
    """:func:`plan` with its figures. Starts lie in ``within`` (if given) and never before ``ctx.now``."""
    began = time.monotonic()
    settings = settings or PlannerSettings()
    stop = should_stop or (lambda: False)
    pending = [r for r in requests if plannable(ctx, r)]
    todo = [r for r in pending if not windows_passed(ctx, r)]
    not_before = ctx.now.timestamp()
    until = None
    if within is not None:
        not_before, until = max(not_before, within[0].timestamp()), within[1].timestamp()

    def on_request(index: int) -> None:
        if progress is not None and index % 25 == 0:
            progress(PlanStage.CANDIDATES, CANDIDATE_SHARE * index / max(1, len(todo)))

    data = build_input(ctx, todo, not_before=not_before, until=until, should_stop=stop, on_request=on_request)
    if stop():
        raise PlanCancelled()
    slots = sum(len(o.starts) for o in data.problem.options)
    if time_limit is None:
        time_limit = auto_time_limit(slots)
    # the deterministic budget follows the limit, not the clock: the same input searches the same way
    work = time_limit * DETERMINISTIC_PER_SECOND if settings.search.deterministic else None
    remaining = time_limit - (time.monotonic() - began)
    found = optimise(data.problem, remaining, progress, stop, settings, work)
    if stop():
        raise PlanCancelled()
    if progress is not None:
        progress(PlanStage.CHECKING, 0.98)
    bookings, dropped = verified(ctx, data, found.choices)
    if progress is not None:
        progress(PlanStage.CHECKING, 1.0)
    kept = {(b.request, b.start) for b in bookings}
    final = [(i, s) for i, s in found.choices
             if (data.requests[data.problem.options[i].request].id, from_ts(s, ctx.tz)) in kept]
    reached = figures(data.problem, final)
    return PlanReport(bookings=bookings, figures=reached, requests=len(todo),
                      options=len(data.problem.options), quality=found.quality(reached),
                      solver=found.statuses, parts=found.parts, dropped=dropped,
                      seconds=time.monotonic() - began, past=len(pending) - len(todo))


def auto_time_limit(slots: int) -> float:
    """Seconds of search the default grants to a problem of ``slots`` (option, start) pairs."""
    return min(AUTO_LIMIT_MAX_S, AUTO_LIMIT_MIN_S + slots / AUTO_LIMIT_SLOTS_PER_S)


def windows_passed(ctx: SchedulingContext, request: Request) -> bool:
    """Every window of the request has ended: it can no longer be booked."""
    return all(w.end <= ctx.now for w in request.windows)


def plannable(ctx: SchedulingContext, request: Request) -> bool:
    """Pending, not booked yet, and not closed."""
    return (request.status == RequestStatus.PENDING and not ctx.request_bookings.get(request.id)
            and not request_violations(request))


def optimise(
    problem: Problem,
    time_limit: float,
    progress: ProgressFn | None,
    stop: Callable[[], bool],
    settings: PlannerSettings,
    work: float | None = None,
) -> Optimised:
    """Greedy hint, then CP-SAT per independent component, smallest first (each passes on what it saves)."""
    began = time.monotonic()
    hint = less_travel(problem, more_coverage(problem, greedy_plan(problem, stop), stop), stop)
    parts = components(problem) if settings.split else [list(range(len(problem.options)))]
    sizes = [size(problem, part) for part in parts]
    if work is None and settings.search.deterministic:
        work = time_limit * DETERMINISTIC_PER_SECOND
    result = Optimised(choices=[], statuses=[], coverage_bound=0, travel_bound=0, parts=len(parts))
    work_spent = 0.0
    for k, part in enumerate(parts):
        if stop():
            break
        share = sizes[k] / max(1, sum(sizes[k:]))
        seconds = max(0.05, (time_limit - (time.monotonic() - began)) * share)
        part_work = None if work is None else max(0.01, (work - work_spent) * share)
        local = {index: n for n, index in enumerate(part)}
        sub = subproblem(problem, part)
        sub_hint = [(local[i], s) for i, s in hint if i in local]
        ticker = solving_ticker(progress, time.monotonic() - began, seconds, time_limit)
        if ticker is not None:
            ticker(0.0)  # a part can be proven before the first tick
        if sizes[k] > LARGE_PART_SLOTS and settings.windows:
            report = improve_by_windows(sub, sub_hint, seconds, settings.search, stop, ticker)
        else:
            report = solve(sub, time_limit=seconds, work=part_work, hint=sub_hint, settings=settings.search,
                           should_stop=stop, on_tick=ticker)
        work_spent += report.deterministic_time
        result.choices.extend((part[j], s) for j, s in report.choices)
        result.statuses.append(report.status)
        result.add_bounds(sub, report)
    if figures(problem, hint).key() > figures(problem, result.choices).key():
        result.choices, result.statuses = hint, [*result.statuses, "HINT"]
    return result


@dataclass
class Optimised:
    """The chosen (option, start) pairs with what the search proved about them."""

    choices: list[Choice]
    statuses: list[str]
    coverage_bound: int | None  # no plan of these options covers more
    travel_bound: int | None  # no plan of that coverage travels less (None: not known)
    parts: int

    def add_bounds(self, part: Problem, report: SolveReport) -> None:
        reached = figures(part, report.choices)
        every = sum({o.request: o.weight for o in part.options}.values())  # every request of the part booked
        cover = every if report.coverage_bound is None else min(every, report.coverage_bound)
        if self.coverage_bound is not None:
            self.coverage_bound += max(cover, reached.coverage)
        if self.travel_bound is not None and report.travel_bound is not None and cover <= reached.coverage:
            self.travel_bound += min(report.travel_bound, reached.travel_cost)
        else:
            self.travel_bound = None

    def quality(self, reached: Figures) -> PlanQuality:
        proven = all(s == "OPTIMAL" for s in self.statuses)  # no component: nothing could be booked
        gap = max(0, (self.coverage_bound or 0) - reached.coverage)
        travel_gap = (None if self.travel_bound is None or gap
                      else max(0, reached.travel_cost - self.travel_bound))
        return PlanQuality(proven=proven and gap == 0 and not travel_gap, coverage_gap=gap,
                           coverage_bound=max(reached.coverage, self.coverage_bound or 0),
                           travel_gap=travel_gap)


@dataclass(frozen=True)
class PlanQuality:
    """How good the plan is, from the solver's bounds."""

    proven: bool  # no plan is better (coverage, then travel, then continuity)
    coverage_gap: int  # at most this many coverage points below the best possible
    coverage_bound: int  # no plan covers more
    travel_gap: int | None = None  # minutes above the least travel for this coverage (None: unknown)


def solving_ticker(
    progress: ProgressFn | None, offset: float, part_limit: float, time_limit: float
) -> Callable[[float], None] | None:
    """Progress of the search: the bar fills with the time spent out of the time limit."""
    if progress is None:
        return None

    def tick(seconds: float) -> None:
        done = min(1.0, (offset + min(seconds, part_limit)) / max(time_limit, 1e-6))
        progress(PlanStage.SOLVING, CANDIDATE_SHARE + (1 - CANDIDATE_SHARE) * 0.95 * done)

    return tick


def verified(
    ctx: SchedulingContext, data: PlanInput, choices: Sequence[Choice]
) -> tuple[list[PlannedBooking], int]:
    """Re-check every choice with the booking rules in start order; the context is left as it was."""
    tz = ctx.tz
    ordered = sorted(choices, key=lambda c: (c[1], c[0]))
    added: list[BookingId] = []
    kept: list[PlannedBooking] = []
    served: dict[tuple[MediatorId, str], float] = {}
    for booking in ctx.bookings.values():
        request = ctx.requests.get(booking.request)
        if booking.active and request is not None and request.case:
            key = (booking.mediator, request.case)
            served[key] = min(served.get(key, booking.start.timestamp()), booking.start.timestamp())
    dropped = 0
    try:
        for n, (i, s) in enumerate(ordered):
            option = data.problem.options[i]
            request, mediator = data.requests[option.request], data.mediators[option.mediator]
            start, end = from_ts(s, tz), from_ts(s + option.duration, tz)
            if check_booking(ctx, request, mediator, start, end):
                dropped += 1
                continue
            booking_id = BookingId(f"planned-{n}")
            ctx.add_booking(Booking(booking_id, request.id, mediator.id, start, end))
            added.append(booking_id)
            key = (mediator.id, request.case or "")
            continuity = bool(request.case) and key in served and served[key] < s
            if request.case and (key not in served or s < served[key]):
                served[key] = s
            kept.append(PlannedBooking(request.id, mediator.id, start, end, option.travel, continuity))
    finally:
        for booking_id in added:
            ctx.remove_booking(booking_id)
    return kept, dropped
