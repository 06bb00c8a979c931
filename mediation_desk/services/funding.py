"""The right fund for each request: the projects that may fund it with their hours, the waiting list for
funds, and funding waiting requests when hours free up (a cancellation, a budget increase, a new project).

The rules (eligibility, the proposal, the waiting order) are ``scheduling.funding``;
the hours are the budget view's (``services.budget``), the one measure of the
booking check.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.scheduling import funding
from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.scheduling.budget import budget_from_facts, recent_since
from mediation_desk.scheduling.funding import FundingOffer, FundOption
from mediation_desk.scheduling.model import Project, ProjectCode, Request, RequestId
from mediation_desk.scheduling.timeutil import zone
from mediation_desk.services import changes
from mediation_desk.services.budget import billing_rules
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.storage import budget_queries, repository, request_queries
from mediation_desk.storage.db import Database


class FundingError(Exception):
    """Waiting requests that cannot be funded as asked; ``code`` names why, ``params`` what is involved."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class FundingAdvice:
    """Every project against one request, the one proposed, and whether the request must wait for funds."""

    options: tuple[FundOption, ...]  # the proposal first, then the other fitting ones, the eligible, the rest
    proposal: FundOption | None

    @property
    def waiting(self) -> bool:
        """Projects exist, and none eligible has the hours: the request goes on the waiting list."""
        return self.proposal is None and bool(self.options)

    def option(self, code: str) -> FundOption | None:
        return next((o for o in self.options if o.project.code == code), None)


@dataclass(frozen=True)
class _Figures:
    projects: list[Project]
    rules: dict[ProjectCode, BillingRule]
    left: dict[ProjectCode, float]
    reserved: dict[ProjectCode, float]


def _figures(s: Session, now: dt.datetime, *, exclude: RequestId | None = None) -> _Figures:
    """Each project's hours left (budget view) and those the pending requests assigned to it will need."""
    projects = repository.list_projects(s)
    rules = billing_rules(s, projects)
    facts = budget_queries.booking_facts(s, recent_since(now), now)
    left = {p.code: budget_from_facts(p, facts.get(p.code, {}), now, rules[p.code]).remaining_min
            for p in projects}
    reserved: dict[ProjectCode, float] = defaultdict(float)
    for request in request_queries.pending_requests(s):
        code = request.project
        if code in rules and request.id != exclude and funding.still_open(request, now):
            reserved[code] += funding.need_minutes(request, rules[code])
    return _Figures(projects, rules, left, dict(reserved))


def advise(db: Database, request: Request, now: dt.datetime) -> FundingAdvice:
    """The projects that may fund ``request`` (as typed, stored or not) with their hours, and the proposal."""
    with db.read() as s:
        figures = _figures(s, now, exclude=request.id or None)
        agency = repository.get_agency(s, request.agency)
        options = funding.fund_options(
            request, agency, figures.projects, left_min=figures.left, reserved_min=figures.reserved,
            rules=figures.rules, tz=zone(repository.service_timezone(s)))
        return FundingAdvice(tuple(options), funding.propose(options))


def waiting_requests(db: Database) -> list[Request]:
    """The requests waiting for funds ("In attesa di fondi"), urgent first, then by arrival."""
    with db.read() as s:
        return funding.waiting_list(request_queries.pending_requests(s))


def _offers(s: Session, now: dt.datetime) -> list[FundingOffer]:
    waiting = funding.waiting_list(request_queries.pending_requests(s))
    if not waiting:
        return []
    figures = _figures(s, now)
    agencies = {a.id: a for a in repository.list_agencies(s)}
    return funding.funding_offers(waiting, agencies, figures.projects, left_min=figures.left,
                                  reserved_min=figures.reserved, rules=figures.rules,
                                  tz=zone(repository.service_timezone(s)), now=now)


def funding_offers(db: Database, now: dt.datetime) -> list[FundingOffer]:
    """Per project with hours free, the waiting requests it can fund now, in waiting-list order."""
    with db.read() as s:
        return _offers(s, now)


def fund_waiting(
    db: Database, project: str, request_ids: Sequence[str], *, actor: str, now: dt.datetime
) -> Changed[list[Request]]:
    """Assign ``project`` to these waiting requests, in one transaction, after checking again that each
    is still waiting, that the project may fund it and that the free hours hold them all (else nothing
    changes)."""
    with db.write() as s:
        stored = repository.get_project(s, project)
        if stored is None:
            raise FundingError("unknown_project", project=project)
        figures = _figures(s, now)
        agencies = {a.id: a for a in repository.list_agencies(s)}
        tz = zone(repository.service_timezone(s))
        free = figures.left[stored.code] - figures.reserved.get(stored.code, 0.0)
        saved: list[Request] = []
        used = 0
        for request_id in request_ids:
            request = repository.get_request(s, request_id)
            if request is None or not funding.is_waiting(request):
                raise FundingError("not_waiting", request=request_id)
            reasons = funding.ineligibility(stored, request, agencies.get(request.agency), tz)
            if reasons:
                raise FundingError("not_eligible", request=request_id, project=project,
                                   reason=str(reasons[0].code))
            used += funding.need_minutes(request, figures.rules[stored.code])
            if used > free:
                raise FundingError("no_hours", request=request_id, project=project, free_min=max(0.0, free))
            funded = replace(request, project=stored.code, waiting_funds=False)
            repository.save_request(s, funded)
            repository.add_audit(s, at=now, actor=actor, action="fund", entity="request",
                                 entity_id=request_id, details={"project": stored.code})
            saved.append(funded)
        change = changes.of_requests(r.id for r in saved) | ChangeSet(budgets=frozenset({stored.code}))
        return Changed(saved, change)
