"""A fast constructive plan on the planner's options: the solver's hint and its fallback.

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
            if left is not None and self.project_used[option.project] + option.duration > left:
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
            self.project_used[option.project] += option.duration
        self.requests.add(option.request)


def option_rank(option: Option) -> tuple[int, int, int]:
    """Cheapest first: least travel, then a mediator who already knows the case, then earliest."""
    return (option.travel, 0 if option.served_before is not None else 1, option.first)


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
