"""The right fund for each request: which projects may fund it, which one to propose, the waiting list.

A project funds a request when the request's agency lies in one of its areas,
the agency is of a kind it funds, the language is one it funds (each list
empty: every one) and one of the request's windows holds the whole
intervention between the project's start and end dates.

Hours are the one budget measure (``budget.BudgetStatus``: what the funder is
billed, committed bookings counted). What a request needs is what its booking
would bill if delivered as booked (the project's rounding step and minimum
charge). The hours *free* on a project are those left minus what the pending
requests already assigned to it will need: a proposal never promises the same
hours twice.

The proposal rule: among the eligible projects whose free hours hold the
request, the one that ends soonest (its hours would be lost first); equal
ends: the one with more hours free, then by code. None fits: the request waits
for funds. The waiting list is ordered by urgency, then by arrival
(``received_at``), then by id.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.scheduling.billing import BillingRule, round_charge
from mediation_desk.scheduling.model import Agency, AgencyId, Project, ProjectCode, Request, RequestStatus
from mediation_desk.scheduling.timeutil import local_midnight

FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)
WAITING_FUNDS = "waiting_funds"  # the state of a request on the waiting list, beside RequestStatus's values


class Ineligible(enum.StrEnum):
    """Why a project may not fund a request."""

    AREA = "area"  # the agency's area is not among the project's
    AGENCY_KIND = "agency_kind"  # the project does not fund that kind of agency
    LANGUAGE = "language"  # the project does not fund that language
    DATES = "dates"  # no window of the request holds the intervention within the project's dates


@dataclass(frozen=True)
class IneligibleReason:
    code: Ineligible
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class FundOption:
    """One project against one request: may it fund it, and are there hours for it."""

    project: Project
    reasons: tuple[IneligibleReason, ...]  # empty: eligible
    need_min: int  # what the request's booking would take from this project's budget
    left_min: float  # budget - delivered - committed (the budget view's "remaining")
    reserved_min: float  # needed by pending requests already assigned to the project

    @property
    def eligible(self) -> bool:
        return not self.reasons

    @property
    def free_min(self) -> float:
        return self.left_min - self.reserved_min

    @property
    def fits(self) -> bool:
        return self.eligible and self.free_min >= self.need_min


@dataclass(frozen=True)
class FundingOffer:
    """Hours free on a project that some waiting requests can use, in waiting-list order."""

    project: Project
    free_min: float
    requests: tuple[Request, ...]
    need_min: int  # what these requests together will take


def ineligibility(project: Project, request: Request, agency: Agency | None,
                  tz: dt.tzinfo) -> list[IneligibleReason]:
    """Every reason ``project`` may not fund ``request`` (empty: it may)."""
    out: list[IneligibleReason] = []
    if project.areas and (agency is None or agency.area not in project.areas):
        out.append(IneligibleReason(Ineligible.AREA, {
            "area": agency.area if agency else None, "areas": list(project.areas)}))
    if project.agency_kinds and (agency is None or agency.kind not in project.agency_kinds):
        out.append(IneligibleReason(Ineligible.AGENCY_KIND, {
            "kind": str(agency.kind) if agency else None, "kinds": [str(k) for k in project.agency_kinds]}))
    funded = {code.lower() for code in project.languages}
    if funded and request.language.lower() not in funded:
        out.append(IneligibleReason(Ineligible.LANGUAGE, {
            "language": request.language, "languages": list(project.languages)}))
    if not within_dates(project, request, tz):
        out.append(IneligibleReason(Ineligible.DATES, {"start": project.start, "end": project.end}))
    return out


def within_dates(project: Project, request: Request, tz: dt.tzinfo) -> bool:
    """One window holds the whole intervention between the project's first and last (inclusive) day."""
    first = local_midnight(project.start, tz)
    after = local_midnight(project.end + dt.timedelta(days=1), tz)
    need = dt.timedelta(minutes=request.duration_min)
    return any(min(w.end, after) - max(w.start, first) >= need for w in request.windows)


def need_minutes(request: Request, rule: BillingRule) -> int:
    """What a booking of ``request`` bills if delivered as booked: the budget measure of a commitment."""
    return round_charge(request.duration_min, rule)


def fund_options(
    request: Request, agency: Agency | None, projects: Iterable[Project], *,
    left_min: Mapping[ProjectCode, float], reserved_min: Mapping[ProjectCode, float],
    rules: Mapping[ProjectCode, BillingRule], tz: dt.tzinfo,
) -> list[FundOption]:
    """Every project against ``request``: the proposal first, then the other fitting, eligible, the rest."""
    options = [
        FundOption(p, tuple(ineligibility(p, request, agency, tz)), need_minutes(request, rules[p.code]),
                   left_min.get(p.code, p.hour_budget * 60.0), reserved_min.get(p.code, 0.0))
        for p in projects
    ]
    return sorted(options, key=lambda o: (not o.fits, not o.eligible, *_preference(o)))


def _preference(option: FundOption) -> tuple[dt.date, float, str]:
    return (option.project.end, -option.free_min, option.project.code)


def propose(options: Iterable[FundOption]) -> FundOption | None:
    """The project to propose: eligible, enough hours free, ending soonest (see the module's rule)."""
    fitting = [o for o in options if o.fits]
    return min(fitting, key=_preference) if fitting else None


def waiting_key(request: Request) -> tuple[int, dt.datetime, str]:
    """The waiting list's order: urgency first, then arrival, then id."""
    return (-request.priority.weight, request.received_at or FAR_FUTURE, request.id)


def is_waiting(request: Request) -> bool:
    return request.status is RequestStatus.PENDING and request.waiting_funds and request.project is None


def request_state(request: Request) -> str:
    """The request's status value, or ``WAITING_FUNDS`` for a pending one on the waiting list."""
    return WAITING_FUNDS if is_waiting(request) else request.status.value


def waiting_list(requests: Iterable[Request]) -> list[Request]:
    """The requests waiting for funds, in the order they are to be funded."""
    return sorted((r for r in requests if is_waiting(r)), key=waiting_key)


def still_open(request: Request, now: dt.datetime) -> bool:
    """Some window of the request still ends after ``now``: funding it can still help."""
    return any(w.end > now for w in request.windows)


def funding_offers(
    waiting: Iterable[Request], agencies: Mapping[AgencyId, Agency], projects: Iterable[Project], *,
    left_min: Mapping[ProjectCode, float], reserved_min: Mapping[ProjectCode, float],
    rules: Mapping[ProjectCode, BillingRule], tz: dt.tzinfo, now: dt.datetime,
) -> list[FundingOffer]:
    """Per project with hours free: the waiting requests it can fund, taken in waiting-list order.

    A request that does not fit in what is still free is passed over (it stays
    waiting) and the next ones are tried: a long request does not hold up
    short ones the hours can cover. Requests whose windows are over are left out.
    """
    queue = [r for r in waiting_list(waiting) if still_open(r, now)]
    offers = []
    for project in projects:
        free = left_min.get(project.code, project.hour_budget * 60.0) - reserved_min.get(project.code, 0.0)
        rule = rules[project.code]
        taken: list[Request] = []
        used = 0
        for request in queue:
            need = need_minutes(request, rule)
            if used + need <= free and not ineligibility(project, request, agencies.get(request.agency), tz):
                taken.append(request)
                used += need
        if taken:
            offers.append(FundingOffer(project, free, tuple(taken), used))
    return offers
