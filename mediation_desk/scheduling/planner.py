"""The auto-planner: books many pending requests at once, best plan first by coverage, travel, continuity.

Method (chosen by measurement on the benchmark presets, see
``benchmarks/bench_plan.py``): the booking rules give, for every request and
mediator, the starts free against the calendar (``planner_options``); a fast
constructive plan (``planner_greedy``) is the fallback and the hint; CP-SAT
then optimises a time-indexed model (``planner_cpsat``) one ISO week at a
time, earlier weeks' choices fixed for the later ones and each project's
budget shared so that later weeks keep what the constructive plan gave them.
A last constructive pass fills what the weeks left free, and every booking is
checked again with the rules before it is returned.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, Request, RequestId, RequestStatus
from mediation_desk.scheduling.planner_cpsat import solve
from mediation_desk.scheduling.planner_greedy import Tracker, greedy_plan
from mediation_desk.scheduling.planner_model import Choice, Figures, Option, Problem, figures
from mediation_desk.scheduling.planner_options import PlanInput, build_input
from mediation_desk.scheduling.rules import check_booking, request_violations
from mediation_desk.scheduling.timeutil import from_ts, iso_week

AUTO_LIMIT_MIN_S = 1.5  # default time limit: at least this many seconds,
AUTO_LIMIT_SLOTS_PER_S = 7000  # plus one second per this many candidate (option, start) pairs,
AUTO_LIMIT_MAX_S = 40.0  # at most this many
DEFAULT_WORKERS = 8  # CP-SAT portfolio for long searches: diverse workers beat matching the core count
MIN_WORKERS = 2  # a search of a few seconds finds more with few workers (each gets more of the CPU)
CANDIDATE_SHARE = 0.25  # progress fraction given to candidate generation


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
    solver: list[str] = field(default_factory=list)  # CP-SAT status per part
    dropped: int = 0  # choices refused by the final rule check (0 unless something is wrong)
    seconds: float = 0.0


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
    workers: int = DEFAULT_WORKERS,
) -> PlanReport:
    """:func:`plan` with its figures. Starts lie in ``within`` (if given) and never before ``ctx.now``."""
    began = time.monotonic()
    stop = should_stop or (lambda: False)
    todo = [r for r in requests if plannable(ctx, r)]
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
    if time_limit is None:
        time_limit = auto_time_limit(sum(len(o.starts) for o in data.problem.options))
    remaining = time_limit - (time.monotonic() - began)
    choices, statuses = optimise(data.problem, remaining, progress, stop, ctx, workers)
    if stop():
        raise PlanCancelled()
    if progress is not None:
        progress(PlanStage.CHECKING, 0.98)
    bookings, dropped = verified(ctx, data, choices)
    if progress is not None:
        progress(PlanStage.CHECKING, 1.0)
    kept = {(b.request, b.start) for b in bookings}
    final = [(i, s) for i, s in choices
             if (data.requests[data.problem.options[i].request].id, from_ts(s, ctx.tz)) in kept]
    return PlanReport(bookings=bookings, figures=figures(data.problem, final), requests=len(todo),
                      options=len(data.problem.options), solver=statuses, dropped=dropped,
                      seconds=time.monotonic() - began)


def auto_time_limit(slots: int) -> float:
    """Seconds of search the default grants to a problem of ``slots`` (option, start) pairs."""
    return min(AUTO_LIMIT_MAX_S, AUTO_LIMIT_MIN_S + slots / AUTO_LIMIT_SLOTS_PER_S)


def plannable(ctx: SchedulingContext, request: Request) -> bool:
    """Pending, not booked yet, and not closed."""
    return (request.status == RequestStatus.PENDING and not ctx.request_bookings.get(request.id)
            and not request_violations(request))


def week_of_option(problem: Problem, index: int, tz: dt.tzinfo) -> tuple[int, int]:
    return iso_week(problem.options[index].first, tz)


def optimise(
    problem: Problem,
    time_limit: float,
    progress: ProgressFn | None,
    stop: Callable[[], bool],
    ctx: SchedulingContext,
    workers: int,
) -> tuple[list[Choice], list[str]]:
    """Greedy hint, then CP-SAT week by week, then a greedy fill; returns choices and solver statuses."""
    began = time.monotonic()
    hint = greedy_plan(problem, stop)
    parts: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index in range(len(problem.options)):
        parts[week_of_option(problem, index, ctx.tz)].append(index)
    order = sorted(parts)
    hint_part = {i: week_of_option(problem, i, ctx.tz) for i, _ in hint}
    tracker = Tracker(problem)
    statuses: list[str] = []
    sizes = {key: sum(len(problem.options[i].starts) for i in parts[key]) for key in order}
    for position, key in enumerate(order):
        if stop():
            break
        later = set(order[position + 1 :])
        reserve: dict[Hashable, int] = defaultdict(int)
        for i, _ in hint:
            o = problem.options[i]
            if o.project is not None and hint_part[i] in later:
                reserve[o.project] += o.duration
        share = sizes[key] / max(1, sum(sizes[k] for k in order[position:]))
        part_limit = max(0.2, (time_limit - (time.monotonic() - began)) * share)
        ticker = solving_ticker(progress, position, len(order), part_limit)
        chosen, status = solve_part(problem, parts[key], tracker, reserve,
                                    [(i, s) for i, s in hint if hint_part[i] == key],
                                    part_limit, stop, workers_for(part_limit, workers), ticker)
        statuses.append(status)
        for i, s in chosen:
            tracker.add(i, s)
        if ticker is not None:
            ticker(part_limit)
    chosen_all = tracker.chosen + greedy_plan(problem, stop, tracker)
    if figures(problem, hint).key() > figures(problem, chosen_all).key():
        return hint, statuses + ["HINT"]
    return chosen_all, statuses


def workers_for(seconds: float, most: int) -> int:
    """CP-SAT workers for a search of ``seconds``: about one per second, between MIN_WORKERS and ``most``."""
    return max(min(MIN_WORKERS, most), min(most, int(seconds)))


def solving_ticker(
    progress: ProgressFn | None, position: int, parts: int, part_limit: float
) -> Callable[[float], None] | None:
    """Progress of the search: each week's share of the bar fills with the time it is given."""
    if progress is None:
        return None

    def tick(seconds: float) -> None:
        done = (position + min(1.0, seconds / part_limit)) / parts
        progress(PlanStage.SOLVING, CANDIDATE_SHARE + (1 - CANDIDATE_SHARE) * 0.95 * done)

    return tick


def solve_part(
    problem: Problem,
    indexes: Sequence[int],
    tracker: Tracker,
    reserve: dict[Hashable, int],
    hint: Sequence[Choice],
    time_limit: float,
    stop: Callable[[], bool],
    workers: int,
    on_tick: Callable[[float], None] | None = None,
) -> tuple[list[Choice], str]:
    """Optimise one week's options given what earlier weeks chose; returns global choices."""
    options: list[Option] = []
    back: list[int] = []
    local: dict[int, int] = {}
    for i in indexes:
        o = problem.options[i]
        if o.request in tracker.requests:
            continue
        starts = tuple(s for s in o.starts if tracker.start_fits(o, s))
        if not starts:
            continue
        earlier = tracker.served.get((o.mediator, o.case)) if o.case is not None else None
        if earlier is not None and (o.served_before is None or earlier < o.served_before):
            o = replace(o, served_before=earlier)
        local[i] = len(options)
        options.append(replace(o, starts=starts))
        back.append(i)
    sub = Problem(
        options=options,
        site_travel=problem.site_travel,
        week_left={k: v - tracker.week_used[k] for k, v in problem.week_left.items()},
        project_left={
            k: max(0, v - tracker.project_used[k] - reserve[k]) for k, v in problem.project_left.items()},
        travel_horizon=problem.travel_horizon,
    )
    seed = Tracker(sub)
    for i, s in hint:
        j = local.get(i)
        if j is not None and s in sub.options[j].starts and seed.fits_capacity(sub.options[j]) \
                and seed.start_fits(sub.options[j], s):
            seed.add(j, s)
    greedy_plan(sub, stop, seed)
    report = solve(sub, time_limit=time_limit, hint=seed.chosen, workers=workers, should_stop=stop,
                   on_tick=on_tick)
    best = report.choices
    if figures(sub, seed.chosen).key() > figures(sub, best).key():
        best = seed.chosen
    return [(back[j], s) for j, s in best], report.status


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
