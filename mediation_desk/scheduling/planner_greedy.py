"""Fast plans on the planner's options: the constructive one (hint and fallback) and the travel repair.

Requests go by priority, then fewest alternatives first (a request that only
one mediator can take should get that mediator before someone else uses it),
then earliest start; each takes its cheapest option (least travel, then
continuity) at the earliest start that keeps the chosen bookings apart and the
capacities unspent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from mediation_desk.scheduling.planner_model import Choice, Option, Problem, clash


class Tracker:
    """Chosen bookings per mediator and the capacities they use, for incremental checks."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.by_mediator: dict[int, list[tuple[int, Option]]] = defaultdict(list)
        self.week_used: dict[tuple[int, Hashable], int] = defaultdict(int)
        self.project_used: dict[Hashable, int] = defaultdict(int)
        self.requests: set[int] = set()
        self.served: dict[tuple[int, Hashable], int] = {}  # (mediator, case) -> earliest chosen start
        self.chosen: list[Choice] = []

    def fits_capacity(self, option: Option) -> bool:
        p = self.problem
        for week, seconds in option.weeks:
            key = (option.mediator, week)
            left = p.week_left.get(key)
            if left is not None and self.week_used[key] + seconds > left:
                return False
        if option.project is not None:
            left = p.project_left.get(option.project)
            if left is not None and self.project_used[option.project] + option.cost > left:
                return False
        return True

    def start_fits(self, option: Option, start: int) -> bool:
        for other_start, other in self.by_mediator.get(option.mediator, ()):
            gap = 0
            if option.site is not None and other.site is not None and option.site != other.site:
                gap = self.problem.site_travel(option.site, other.site) * 60
            if clash(option, start, other, other_start, gap):
                return False
        return True

    def add(self, index: int, start: int) -> None:
        option = self.problem.options[index]
        self.chosen.append((index, start))
        self.by_mediator[option.mediator].append((start, option))
        if option.case is not None:
            key = (option.mediator, option.case)
            self.served[key] = min(start, self.served.get(key, start))
        for week, seconds in option.weeks:
            self.week_used[(option.mediator, week)] += seconds
        if option.project is not None:
            self.project_used[option.project] += option.cost
        self.requests.add(option.request)

    def remove(self, index: int, start: int) -> None:
        """Undo :meth:`add` (the earliest-served starts of cases are left as they were)."""
        option = self.problem.options[index]
        self.chosen.remove((index, start))
        self.by_mediator[option.mediator].remove((start, option))
        for week, seconds in option.weeks:
            self.week_used[(option.mediator, week)] -= seconds
        if option.project is not None:
            self.project_used[option.project] -= option.cost
        self.requests.discard(option.request)


UNLIMITED = 1 << 40  # a travel limit no option reaches
CHAIN_DEPTH = 2  # moves after the first in a repair chain (a little less travel, still well under a second)


def option_rank(option: Option) -> tuple[int, int, int]:
    """Cheapest first: least travel (with the penalty of not sending a preferred mediator), then a
    mediator who already knows the case, then earliest."""
    return (option.travel_cost, 0 if option.served_before is not None else 1, option.first)


def greedy_plan(
    problem: Problem, should_stop: Callable[[], bool] | None = None, tracker: Tracker | None = None
) -> list[Choice]:
    """Valid choices (one start per chosen option) built in one pass, on top of ``tracker``'s if given."""
    by_request: dict[int, list[int]] = defaultdict(list)
    for index, option in enumerate(problem.options):
        by_request[option.request].append(index)
    opts = problem.options

    def request_rank(request: int) -> tuple[int, int, int]:
        indexes = by_request[request]
        first = opts[indexes[0]]
        return (-first.weight, len(indexes), min(opts[i].first for i in indexes))

    tracker = tracker or Tracker(problem)
    choices: list[Choice] = []
    for request in sorted(by_request, key=request_rank):
        if should_stop is not None and should_stop():
            break
        if request in tracker.requests:
            continue
        for index in sorted(by_request[request], key=lambda i: option_rank(opts[i])):
            option = opts[index]
            if not tracker.fits_capacity(option):
                continue
            start = next((s for s in option.starts if tracker.start_fits(option, s)), None)
            if start is not None:
                tracker.add(index, start)
                choices.append((index, start))
                break
    return choices


def less_travel(
    problem: Problem, choices: list[Choice], should_stop: Callable[[], bool] | None = None
) -> list[Choice]:
    """The same requests booked, moved to mediators who travel less wherever the rules allow it.

    Each booking, the most travelled first, goes to a mediator who travels less at a start that
    is free, or that one other booking frees by moving to a third mediator (a chain of two moves)
    when the two together travel less; repeated while a move helps. A good start for the search
    of the least travel once the coverage is known.
    """
    mover = _Mover(problem, choices)
    improved = True
    while improved:
        improved = False
        ranked = sorted(mover.tracker.chosen, key=lambda c: (-problem.options[c[0]].travel_cost, c))
        for index, start in ranked:
            if should_stop is not None and should_stop():
                break
            if (index, start) in mover.tracker.chosen and mover.improve(index, start):
                improved = True
    return mover.tracker.chosen


def more_coverage(
    problem: Problem, choices: list[Choice], should_stop: Callable[[], bool] | None = None
) -> list[Choice]:
    """More requests booked: each one left out, the heaviest first, goes where a start is free or where
    one booking in its way can move to another mediator or start (a chain of two moves)."""
    mover = _Mover(problem, choices)
    opts = problem.options
    waiting = sorted((r for r in mover.by_request if r not in mover.start_of),
                     key=lambda r: (-opts[mover.by_request[r][0]].weight, r))
    improved = True
    while improved:
        improved = False
        for request in waiting:
            if should_stop is not None and should_stop():
                return mover.tracker.chosen
            if request in mover.start_of:
                continue
            if mover.insert(request):
                improved = True
    return mover.tracker.chosen


class _Mover:
    """Moves of single bookings, and chains of two, that lower the travel (see :func:`less_travel`)."""

    def __init__(self, problem: Problem, choices: list[Choice]) -> None:
        self.opts = problem.options
        self.by_request: dict[int, list[int]] = defaultdict(list)
        for index, option in enumerate(self.opts):
            self.by_request[option.request].append(index)
        for indexes in self.by_request.values():
            indexes.sort(key=lambda i: option_rank(self.opts[i]))
        self.tracker = Tracker(problem)
        self.start_of: dict[int, tuple[int, int]] = {}  # request -> (option, start)
        for index, start in choices:
            self.add(index, start)

    def add(self, index: int, start: int) -> None:
        self.tracker.add(index, start)
        self.start_of[self.opts[index].request] = (index, start)

    def remove(self, index: int, start: int) -> None:
        self.tracker.remove(index, start)
        del self.start_of[self.opts[index].request]

    def free_start(self, index: int, limit: int) -> int | None:
        """The first start of the option that keeps every rule, if its travel is below ``limit``."""
        option = self.opts[index]
        if option.travel_cost >= limit or not self.tracker.fits_capacity(option):
            return None
        return next((s for s in option.starts if self.tracker.start_fits(option, s)), None)

    def insert(self, request: int) -> bool:
        """Book the request directly, or by moving the one booking in the way of one of its options."""
        for index in self.by_request[request]:
            start = self.free_start(index, UNLIMITED)
            if start is not None:
                self.add(index, start)
                return True
        return any(self.chain(index, UNLIMITED, CHAIN_DEPTH) for index in self.by_request[request])

    def improve(self, index: int, start: int) -> bool:
        current = self.opts[index]
        cheaper = [i for i in self.by_request[current.request]
                   if self.opts[i].travel_cost < current.travel_cost]
        if not cheaper:
            return False
        self.remove(index, start)
        for other in cheaper:
            new_start = self.free_start(other, current.travel_cost)
            if new_start is not None:
                self.add(other, new_start)
                return True
        for other in cheaper:
            if self.chain(other, current.travel_cost - self.opts[other].travel_cost, CHAIN_DEPTH):
                return True
        self.add(index, start)
        return False

    def chain(self, index: int, gain: int, depth: int = 1) -> bool:
        """Book option ``index`` by moving the one booking in its way, if that costs less than ``gain``;
        that booking may in turn move one other (``depth`` moves after the first)."""
        option = self.opts[index]
        mine = self.tracker.by_mediator.get(option.mediator, [])
        tried: set[int] = set()
        for start in option.starts:
            blockers = [(s, o) for s, o in mine if _clashes(self.tracker, option, start, o, s)]
            if len(blockers) != 1:
                continue
            other_start, other = blockers[0]
            if other.request in tried:
                continue
            tried.add(other.request)
            blocker, _ = self.start_of[other.request]
            self.remove(blocker, other_start)
            if self.tracker.fits_capacity(option) and self.tracker.start_fits(option, start):
                self.add(index, start)
                for alternative in self.by_request[other.request]:
                    if alternative == blocker:
                        continue
                    limit = other.travel_cost + gain
                    new_start = self.free_start(alternative, limit)
                    if new_start is not None:
                        self.add(alternative, new_start)
                        return True
                    travel = self.opts[alternative].travel_cost
                    if depth > 1 and travel < limit and self.chain(alternative, limit - travel, depth - 1):
                        return True
                self.remove(index, start)
            self.add(blocker, other_start)
        return False


def _clashes(tracker: Tracker, option: Option, start: int, other: Option, other_start: int) -> bool:
    gap = 0
    if option.site is not None and other.site is not None and option.site != other.site:
        gap = tracker.problem.site_travel(option.site, other.site) * 60
    return clash(option, start, other, other_start, gap)
