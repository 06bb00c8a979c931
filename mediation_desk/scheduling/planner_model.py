"""The auto-planner's problem on plain inputs: options, capacities and the figures plans are ranked by.

An *option* is one (request, mediator) pair with every start at which that
booking alone keeps the rules against the bookings already in the calendar.
The model chooses at most one option per request and one start for it, so
that the chosen bookings of one mediator neither overlap nor leave less than
the travel time between two in-person sites, and the weekly minutes of each
mediator and the minutes of each project stay within what is left. Plans are
ranked lexicographically: coverage (priority weights) first, then least
travel, then continuity; the objective encodes that order with weights large
enough that a lower criterion can never pay for a higher one. An option whose
request has a mediator the agency prefers, and which is not that mediator,
carries a ``penalty`` in minutes added to its travel (its ``travel_cost``): the plan
sends the preferred mediator unless that loses coverage or costs more travel
elsewhere than the penalty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

WeekKey = Hashable  # whatever identifies one capacity bucket of one mediator (an ISO week)
SiteTravel = Callable[[Hashable, Hashable], int]  # minutes between two in-person sites


@dataclass(frozen=True)
class Option:
    """One (request, mediator) pair and the starts (seconds) allowed for it."""

    request: int
    mediator: int
    starts: tuple[int, ...]  # sorted, each feasible on its own
    duration: int  # seconds
    weight: int  # priority weight of the request
    travel: int  # minutes counted by the travel criterion when chosen
    site: Hashable | None = None  # in-person site (agency); None for phone/video
    weeks: tuple[tuple[WeekKey, int], ...] = ()  # seconds per capacity bucket, the same for every start
    project: Hashable | None = None
    case: Hashable | None = None
    served_before: int | None = None  # earliest start of an old booking of the case by this mediator
    charge: int | None = None  # seconds the project's budget is billed (minimum charge, step); None: duration
    penalty: int = 0  # minutes added to the travel: a mediator the agency prefers could go instead

    @property
    def travel_cost(self) -> int:
        """What the travel criterion minimises: the travel plus the penalty of not sending a preferred one."""
        return self.travel + self.penalty

    @property
    def first(self) -> int:
        return self.starts[0]

    @property
    def cost(self) -> int:
        """Seconds this option takes from its project's budget: what the funder is billed."""
        return self.duration if self.charge is None else self.charge

    @property
    def last_end(self) -> int:
        return self.starts[-1] + self.duration


@dataclass
class Problem:
    """Every option plus the capacities left by the bookings already made."""

    options: list[Option]
    site_travel: SiteTravel
    week_left: dict[tuple[int, WeekKey], int] = field(default_factory=dict)  # (mediator, week) -> seconds
    project_left: dict[Hashable, int] = field(default_factory=dict)  # project -> seconds
    travel_horizon: int = 24 * 3600  # seconds: no two sites are further apart than this


Choice = tuple[int, int]  # (option index, start)


def continuity_gain(option: Option, start: int, chosen_same_case: Sequence[int]) -> int:
    """1 when the mediator served the option's case earlier (old booking or a chosen earlier one)."""
    if option.case is None:
        return 0
    if option.served_before is not None and option.served_before < start:
        return 1
    return int(any(s < start for s in chosen_same_case))


@dataclass(frozen=True)
class Figures:
    coverage: int
    travel: int
    continuity: int
    penalty: int = 0  # minutes of penalty: requests not given the mediator their agency prefers

    @property
    def travel_cost(self) -> int:
        return self.travel + self.penalty

    def key(self) -> tuple[int, int, int]:
        """Sort key: larger is better (coverage, -travel with penalties, continuity)."""
        return (self.coverage, -self.travel_cost, self.continuity)


def figures(problem: Problem, choices: Sequence[Choice]) -> Figures:
    """The plan figures of a set of choices (as the scenario format ranks plans)."""
    opts = problem.options
    starts_of: dict[tuple[int, Hashable], list[int]] = defaultdict(list)
    for index, start in choices:
        o = opts[index]
        if o.case is not None:
            starts_of[(o.mediator, o.case)].append(start)
    continuity = sum(
        continuity_gain(opts[i], s, starts_of.get((opts[i].mediator, opts[i].case), ())) for i, s in choices
    )
    return Figures(
        coverage=sum(opts[i].weight for i, _ in choices),
        travel=sum(opts[i].travel for i, _ in choices),
        continuity=continuity,
        penalty=sum(opts[i].penalty for i, _ in choices),
    )


def objective_weights(problem: Problem) -> tuple[int, int]:
    """(coverage weight, travel weight) making the single objective lexicographic."""
    n_requests = len({o.request for o in problem.options})
    travel_weight = n_requests + 1  # continuity counts at most one per request
    worst_travel: dict[int, int] = defaultdict(int)
    for o in problem.options:
        worst_travel[o.request] = max(worst_travel[o.request], o.travel_cost)
    coverage_weight = travel_weight * (sum(worst_travel.values()) + 1)
    return coverage_weight, travel_weight


def clash(a: Option, sa: int, b: Option, sb: int, gap: int) -> bool:
    """True when the two bookings overlap or are closer than ``gap`` seconds."""
    if sa <= sb:
        return sb < sa + a.duration + gap
    return sa < sb + b.duration + gap
