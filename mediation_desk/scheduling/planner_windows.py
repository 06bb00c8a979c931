"""Large components improved window by window: each solve re-plans the bookings of one stretch of time with
everything else in the plan kept, so the weekly minutes, budgets, travel gaps and continuity that tie the
stretch to the rest are respected (nothing is cut: every solve sees the whole plan around it).

A component too large for one CP-SAT model in the time given starts from the constructive plan; passes of
windows of about WINDOW_SLOTS candidates, the second pass shifted by half a window so that no boundary stays
where it was, improve it while time remains. It is a large-neighbourhood search, not a decomposition: no
bound comes out of it, only a better plan.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from mediation_desk.scheduling.planner_cpsat import SearchSettings, SolveReport, solve
from mediation_desk.scheduling.planner_greedy import Tracker
from mediation_desk.scheduling.planner_model import Choice, Option, Problem, figures

WINDOW_SLOTS = 15000  # candidates per window: a model CP-SAT solves in a few seconds
LARGE_PART_SLOTS = 60000  # components above this are improved window by window


def windows(problem: Problem, shift: float) -> list[tuple[int, int]]:
    """[from, to) ranges of option first starts, about WINDOW_SLOTS candidates each, cut ``shift`` of a
    window earlier than the plain cut (0.5: the cuts fall in the middle of the plain windows)."""
    pairs = sorted((o.first, len(o.starts)) for o in problem.options)
    total = sum(n for _, n in pairs)
    size = total / max(1, round(total / WINDOW_SLOTS))
    cuts = [pairs[0][0]]
    seen, next_cut = 0, size * (1 - shift)
    for first, n in pairs:
        if seen >= next_cut and first > cuts[-1]:
            cuts.append(first)
            next_cut += size
        seen += n
    cuts.append(pairs[-1][0] + 1)
    return list(zip(cuts, cuts[1:], strict=False))


def improve_by_windows(
    problem: Problem,
    plan: list[Choice],
    seconds: float,
    settings: SearchSettings,
    should_stop: Callable[[], bool] | None,
    on_tick: Callable[[float], None] | None,
) -> SolveReport:
    """The best plan found by re-solving windows of ``plan`` in turn until ``seconds`` have passed."""
    began = time.monotonic()
    current = list(plan)
    statuses: list[str] = []
    shift = 0.0
    while time.monotonic() - began < seconds * 0.95:
        ranges = windows(problem, shift)
        for k, (low, high) in enumerate(ranges):
            left = seconds - (time.monotonic() - began)
            if left < 0.5 or (should_stop is not None and should_stop()):
                break
            inside = [i for i, o in enumerate(problem.options) if low <= o.first < high]
            share = left / (len(ranges) - k)
            current, status = resolve(problem, current, inside, share, settings, should_stop)
            statuses.append(status)
            if on_tick is not None:
                on_tick(time.monotonic() - began)
        shift = 0.5 if shift == 0 else 0.0
        if not statuses:
            break
    return SolveReport(choices=current, status="FEASIBLE", seconds=time.monotonic() - began,
                       phases=statuses)


def resolve(
    problem: Problem,
    current: list[Choice],
    inside: Sequence[int],
    seconds: float,
    settings: SearchSettings,
    should_stop: Callable[[], bool] | None,
) -> tuple[list[Choice], str]:
    """Re-plan the options ``inside`` with the rest of ``current`` kept; the better of old and new."""
    chosen_inside = set(inside)
    kept = [(i, s) for i, s in current if i not in chosen_inside]
    tracker = Tracker(problem)
    for i, s in kept:
        tracker.add(i, s)
    options: list[Option] = []
    back: list[int] = []
    local: dict[int, int] = {}
    for i in inside:
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
        options=options, site_travel=problem.site_travel,
        week_left={k: v - tracker.week_used[k] for k, v in problem.week_left.items()},
        project_left={k: max(0, v - tracker.project_used[k]) for k, v in problem.project_left.items()},
        travel_horizon=problem.travel_horizon)
    hint = [(local[i], s) for i, s in current if i in local and s in sub.options[local[i]].starts]
    report = solve(sub, time_limit=seconds, hint=hint, settings=replace(settings, deterministic=False),
                   should_stop=should_stop)
    candidate = kept + [(back[j], s) for j, s in report.choices]
    if figures(problem, candidate).key() >= figures(problem, current).key():
        return candidate, report.status
    return current, report.status
