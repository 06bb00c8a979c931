"""The planning problem split where it truly separates: connected components of requests and mediators.

Two requests belong to one component when a mediator could take both (the
mediator's overlaps, travel gaps, weekly minutes and continuity tie them), or
when both draw on a project whose remaining budget cannot pay for all its
requests. Nothing else links two bookings, so solving each component alone
and joining the plans loses nothing: the calendar (ISO weeks, days) is never
a cut, since a mediator's week and a project's budget span it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from mediation_desk.scheduling.planner_model import Problem


class _Sets:
    """Union-find over hashable keys."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, key: Hashable) -> Hashable:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: Hashable, b: Hashable) -> None:
        self.parent[self.find(a)] = self.find(b)


def binding_projects(problem: Problem) -> set[Hashable]:
    """Projects whose remaining minutes do not cover every request that could draw on them."""
    wanted: dict[Hashable, dict[int, int]] = defaultdict(dict)
    for o in problem.options:
        if o.project is not None:
            wanted[o.project][o.request] = max(o.cost, wanted[o.project].get(o.request, 0))
    return {code for code, per_request in wanted.items()
            if code in problem.project_left and sum(per_request.values()) > problem.project_left[code]}


def components(problem: Problem) -> list[list[int]]:
    """Option indexes per independent part, smallest part first (ties: first option first)."""
    sets = _Sets()
    binding = binding_projects(problem)
    for o in problem.options:
        sets.join(("request", o.request), ("mediator", o.mediator))
        if o.project in binding:
            sets.join(("request", o.request), ("project", o.project))
    parts: dict[Hashable, list[int]] = defaultdict(list)
    for index, o in enumerate(problem.options):
        parts[sets.find(("request", o.request))].append(index)
    return sorted(parts.values(), key=lambda part: (size(problem, part), part[0]))


def size(problem: Problem, part: Sequence[int]) -> int:
    """(option, start) pairs: the number of Booleans of the part's model."""
    return sum(len(problem.options[i].starts) for i in part)


def subproblem(problem: Problem, part: Sequence[int]) -> Problem:
    """The options of ``part`` (renumbered in order) with the capacities they share."""
    return Problem(options=[problem.options[i] for i in part], site_travel=problem.site_travel,
                   week_left=problem.week_left, project_left=problem.project_left,
                   travel_horizon=problem.travel_horizon)
