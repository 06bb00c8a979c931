"""What a planning run gives back: the booked result, the proposed plan, and how good each is."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace

from mediation_desk.scheduling.model import Booking, ProjectCode, Request, RequestId
from mediation_desk.scheduling.planner import PlannedBooking, PlanQuality
from mediation_desk.scheduling.unbooked import Unbooked
from mediation_desk.services import changes
from mediation_desk.services.changes import ChangeSet


class PlanRangeError(Exception):
    """The range cannot be planned; ``code`` says why (for the UI and the command line)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass
class PlanOutcome(ABC):
    """What a proposed plan and a booked one share: the range, the leftovers, and how good the plan is."""

    date_from: dt.date
    date_to: dt.date
    requests: int  # pending requests with a window in the range
    max_coverage: int = 0  # sum of priority weights over every pending request of the range
    unbooked: list[Unbooked] = field(default_factory=list)  # every pending request of the range left over
    solver: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    past: int = 0  # pending requests of the range whose every window has already ended
    coverage_bound: int = 0  # no plan of the range could cover more (the solver's bound)
    proven: bool = False  # no better plan exists: coverage, then travel, then continuity
    travel_gap: int | None = None  # with the best coverage proven: minutes above the least travel

    @property
    @abstractmethod
    def coverage(self) -> int:
        """Sum of priority weights of the covered requests (PlanResult: a field; PlanProposal: summed)."""

    @property
    def coverage_gap(self) -> int:
        """At most this many coverage points below the best plan possible."""
        return max(0, self.coverage_bound - self.coverage)

    @property
    def all_past(self) -> bool:
        """Every pending request of the range lies in the past: there was nothing left to plan."""
        return self.requests > 0 and self.past == self.requests


@dataclass
class PlanResult(PlanOutcome):
    """What one planning run booked and how good the plan is."""

    bookings: list[Booking] = field(default_factory=list)  # created, in start order
    coverage: int = 0  # sum of priority weights of the booked requests
    travel_min: int = 0  # round trips home -> agency of the new in-person bookings
    continuity: int = 0  # new bookings whose mediator already served the case earlier
    skipped: int = 0  # planned bookings refused at write time (the calendar changed meanwhile)
    skipped_requests: list[RequestId] = field(default_factory=list)  # their requests, still pending


    @property
    def changes(self) -> ChangeSet:
        """The new bookings and their requests (their invitations, when mail is set up, are in the outbox)."""
        return replace(changes.of_bookings(self.bookings), outbox=bool(self.bookings))


@dataclass(frozen=True)
class PlanLine:
    """One booking of a proposed plan, with what the coordinator weighs before accepting it."""

    planned: PlannedBooking
    request: Request
    mediator_name: str
    agency_name: str
    budget_min: int  # what it takes from its project's hours (0 without a project)


@dataclass(frozen=True)
class BudgetEffect:
    """A project's hours before and after the proposed plan (minutes, as billed)."""

    code: ProjectCode
    name: str
    budget_min: float
    used_before_min: float
    adding_min: float


@dataclass
class PlanProposal(PlanOutcome):
    """A plan computed but not booked: its lines, their effect on the budgets, and the requests left over."""

    lines: list[PlanLine] = field(default_factory=list)
    budgets: list[BudgetEffect] = field(default_factory=list)

    @property
    def coverage(self) -> int:
        return sum(line.request.priority.weight for line in self.lines)


def judge(result: PlanOutcome, quality: PlanQuality, refused: int) -> None:
    """How good the plan is: the planner's bound, and proven only if no planned booking was refused."""
    result.coverage_bound = max(result.coverage, quality.coverage_bound)
    result.proven = quality.proven and not refused
    result.travel_gap = quality.travel_gap if not refused else None


def summary(result: PlanResult) -> dict[str, object]:
    """The audit details of a planning run."""
    return {
        "from": result.date_from.isoformat(), "to": result.date_to.isoformat(),
        "requests": result.requests, "booked": len(result.bookings), "coverage": result.coverage,
        "max_coverage": result.max_coverage, "travel_min": result.travel_min,
        "continuity": result.continuity, "skipped": result.skipped, "solver": result.solver,
        "seconds": round(result.seconds, 1), "past": result.past, "coverage_bound": result.coverage_bound,
        "proven": result.proven}
