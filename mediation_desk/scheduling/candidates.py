"""Who could take one request, when, and why: ranked candidates and reasoned exclusions.

Every active mediator ends up either among the candidates (with the start
times free under every rule, ranked by small scoring functions whose weights
sit at module level, each item stating its reason) or among the excluded
(with the rule violations that keep them out). The cheap rules 1-3 filter
first, so only plausible mediators reach the per-start checks.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.scheduling import skills
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import BookingId, LanguageLevel, Mediator, MediatorId, Mode, Request
from mediation_desk.scheduling.preferences import Stance, level_at_least
from mediation_desk.scheduling.rules import (
    QUARTER_SECONDS,
    Violation,
    ViolationCode,
    conflict_violations_ts,
    eligibility,
    feasible_start_ts,
    request_violations,
    slot_violations_ts,
)
from mediation_desk.scheduling.timeutil import from_ts, local_date, month_bounds, next_quarter_hour

CONTINUITY_POINTS = 40.0  # already served this case: the family knows them
TRAVEL_POINTS_PER_MINUTE = -0.5  # one-way minutes from home, in-person requests only
LANGUAGE_LEVEL_POINTS: Mapping[LanguageLevel, float] = {
    LanguageLevel.NATIVE: 10.0, LanguageLevel.FLUENT: 6.0, LanguageLevel.WORKING: 0.0}
SKILL_POINTS = 15.0  # the mediator has the skill the request asks for
FAIR_SHARE_POINTS_PER_HOUR = -1.5  # per hour booked this month above the candidates' average
PREFERRED_POINTS = 50.0  # the agency (or the case) asks for this mediator: also ranked before the others
BELOW_LEVEL_POINTS = -20.0  # speaks the language below the level asked for (when it is not required)


@dataclass(frozen=True)
class ScoreItem:
    """One reason a candidate ranks where it does."""

    name: str  # preferred, continuity, travel, language_level, below_level, skill, fair_share
    points: float
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Candidate:
    mediator: Mediator
    starts: list[dt.datetime]
    items: list[ScoreItem]

    @property
    def score(self) -> float:
        return sum(item.points for item in self.items)

    @property
    def preferred(self) -> bool:
        return any(item.name == "preferred" for item in self.items)


@dataclass(frozen=True)
class Exclusion:
    """An active mediator who cannot take the request, and why.

    ``override_starts`` lists the free starts when the project budget is the only
    obstacle: the coordinator may book one of them with an override reason.
    """

    mediator: Mediator
    violations: list[Violation]
    override_starts: list[dt.datetime] = field(default_factory=list)


@dataclass(frozen=True)
class CandidateList:
    request: Request
    candidates: list[Candidate]
    excluded: list[Exclusion]
    blocking: list[Violation]  # problems of the request itself (closed, unknown project)
    replacing: BookingId | None = None  # the request's current booking, left out of every check


@dataclass(frozen=True)
class _Facts:
    """What the scoring functions share for one request."""

    served_case: frozenset[MediatorId]
    month_minutes: Mapping[MediatorId, float]
    average_month_minutes: float


def preferred(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    found = ctx.stance(request, mediator.id)
    if found is None or found.stance is not Stance.PREFERRED:
        return None
    return ScoreItem("preferred", PREFERRED_POINTS, {"source": str(found.source), "case": request.case})


def continuity(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    if request.case and mediator.id in facts.served_case:
        return ScoreItem("continuity", CONTINUITY_POINTS, {"case": request.case})
    return None


def travel(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    if request.mode != Mode.IN_PERSON or request.agency not in ctx.agencies:
        return None
    minutes = ctx.home_travel(mediator, request.agency)
    return ScoreItem("travel", TRAVEL_POINTS_PER_MINUTE * minutes, {"minutes": minutes})


def language_level(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    level = mediator.level_of(request.language)
    if level is None:
        return None
    return ScoreItem("language_level", LANGUAGE_LEVEL_POINTS.get(level, 0.0), {"level": str(level)})


def below_level(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    level = mediator.level_of(request.language)
    if request.min_level is None or level is None or level_at_least(level, request.min_level):
        return None  # a required level never gets here: the mediator is excluded
    return ScoreItem("below_level", BELOW_LEVEL_POINTS, {
        "level": str(level), "required": str(request.min_level)})


def skill(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    if skills.has_skill(mediator.skills, request.skill):  # by code: "sanità" asked is "health" offered
        return ScoreItem("skill", SKILL_POINTS, {"skill": skills.normalise(request.skill or "")})
    return None


def fair_share(
    ctx: SchedulingContext, request: Request, mediator: Mediator, facts: _Facts
) -> ScoreItem | None:
    minutes = facts.month_minutes.get(mediator.id, 0.0)
    above = (minutes - facts.average_month_minutes) / 60.0
    return ScoreItem("fair_share", FAIR_SHARE_POINTS_PER_HOUR * above, {
        "month_hours": minutes / 60.0, "average_hours": facts.average_month_minutes / 60.0})


Scorer = Callable[[SchedulingContext, Request, Mediator, _Facts], ScoreItem | None]
SCORERS: tuple[Scorer, ...] = (preferred, continuity, travel, language_level, below_level, skill, fair_share)


def find_candidates(
    ctx: SchedulingContext, request: Request, exclude_booking: BookingId | None = None
) -> CandidateList:
    """Rank every active mediator who could take ``request`` now; explain the others.

    The request's own active booking (if it has exactly one and none is given)
    is left out of the checks, so the list also serves to move or reassign it.
    """
    if exclude_booking is None:
        current = ctx.request_bookings.get(request.id, set())
        exclude_booking = next(iter(current)) if len(current) == 1 else None
    blocking = request_violations(request)
    if request.project is not None and request.project not in ctx.projects:
        blocking.append(Violation(8, ViolationCode.PROJECT_UNKNOWN, {"project": request.project}))
    found: list[tuple[Mediator, list[float]]] = []
    excluded: list[Exclusion] = []
    for mediator in ctx.active_mediators():
        problems = eligibility(ctx, request, mediator)
        if problems:
            excluded.append(Exclusion(mediator, problems))
            continue
        starts, problems, override = _free_starts(ctx, request, mediator, exclude_booking)
        if starts:
            found.append((mediator, starts))
        else:
            excluded.append(Exclusion(mediator, problems, [from_ts(t, ctx.tz) for t in override]))
    facts = _facts(ctx, request, [m for m, _ in found])
    ranked = [
        Candidate(m, [from_ts(t, ctx.tz) for t in starts],
                  [item for score in SCORERS if (item := score(ctx, request, m, facts)) is not None])
        for m, starts in found]
    # the mediators the agency asks for come first whatever their points: that is what it asked
    ranked.sort(key=lambda c: (not c.preferred, -c.score, c.starts[0], c.mediator.id))
    # the mediators nearest to being candidates (only later rules broken) come first
    excluded.sort(key=lambda e: (-min(v.rule for v in e.violations), e.mediator.name, e.mediator.id))
    return CandidateList(request, ranked, excluded, blocking, exclude_booking)


def _free_starts(
    ctx: SchedulingContext, request: Request, mediator: Mediator, exclude: BookingId | None
) -> tuple[list[float], list[Violation], list[float]]:
    """(free future starts, reasons when there is none, starts blocked by the budget alone)."""
    feasible = feasible_start_ts(ctx, request, mediator)
    if not feasible:
        return [], _slot_reasons(ctx, request, mediator), []
    now = ctx.now.timestamp()
    future = [t for t in feasible if t >= now]
    if not future:
        return [], [Violation(0, ViolationCode.PAST, {"start": from_ts(feasible[-1], ctx.tz)})], []
    dur = request.duration_min * 60.0
    free: list[float] = []
    budget_only: list[float] = []
    reasons: dict[tuple[Any, ...], Violation] = {}
    for t in future:
        problems = conflict_violations_ts(ctx, request, mediator, t, t + dur, exclude)
        if not problems:
            free.append(t)
            continue
        if all(v.code is ViolationCode.BUDGET for v in problems):
            budget_only.append(t)
        for v in problems:
            reasons.setdefault(v.key(), v)
    return free, list(reasons.values()), budget_only


def _slot_reasons(ctx: SchedulingContext, request: Request, mediator: Mediator) -> list[Violation]:
    """Why no start inside the request's windows suits the mediator (rules 5 and 8-dates)."""
    reasons: dict[tuple[Any, ...], Violation] = {}
    dur = request.duration_min * 60.0
    for w_start, w_end in ctx.windows_of(request):
        t = next_quarter_hour(w_start, ctx.tz)
        while t + dur <= w_end:
            for v in slot_violations_ts(ctx, request, mediator, t, t + dur):
                reasons.setdefault(v.key(), v)
            t += QUARTER_SECONDS
    if not reasons:  # no window is long enough for the duration
        reasons[("window",)] = Violation(4, ViolationCode.OUTSIDE_WINDOW, {"required": request.duration_min})
    return list(reasons.values())


def _facts(ctx: SchedulingContext, request: Request, mediators: list[Mediator]) -> _Facts:
    counts = dict(ctx.case_mediators.get(request.case, {})) if request.case else {}
    for booking_id in ctx.request_bookings.get(request.id, ()):  # its own booking is no history
        mediator_id = ctx.bookings[booking_id].mediator
        counts[mediator_id] = counts.get(mediator_id, 0) - 1
    served = {mediator_id for mediator_id, n in counts.items() if n > 0}
    windows = ctx.windows_of(request)
    anchor = local_date(windows[0][0], ctx.tz) if windows else ctx.now.astimezone(ctx.tz).date()
    first, following = (b.timestamp() for b in month_bounds(anchor, ctx.tz))
    month = {m.id: _minutes_between(ctx, m.id, first, following) for m in mediators}
    average = sum(month.values()) / len(month) if month else 0.0
    return _Facts(frozenset(served), month, average)


def _minutes_between(ctx: SchedulingContext, mediator_id: MediatorId, start: float, end: float) -> float:
    entries = ctx.by_mediator.get(mediator_id, [])
    lo = bisect.bisect_left(entries, (start - ctx.longest[mediator_id],))
    hi = bisect.bisect_left(entries, (end,))
    return sum(max(0.0, min(e, end) - max(s, start)) for s, e, _ in entries[lo:hi]) / 60.0
