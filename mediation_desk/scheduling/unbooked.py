"""Why a request was left unbooked, in the terms a coordinator uses: nobody speaks it, the budget, all busy.

Given the service as it would be once a plan is booked, each request left
over gets one reason with what it involves (language, how many speakers,
which project), never a sentence: the UI and the command line word it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.scheduling.candidates import find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import Request
from mediation_desk.scheduling.rules import Violation, ViolationCode

# Rules 1-3 and the inactive flag: a mediator failing one of them could never take the request.
NEVER = frozenset({ViolationCode.INACTIVE, ViolationCode.LANGUAGE, ViolationCode.GENDER, ViolationCode.AREA,
                   ViolationCode.AVOIDED, ViolationCode.LEVEL_TOO_LOW, ViolationCode.SKILL_MISSING})
STATED = frozenset({ViolationCode.AVOIDED, ViolationCode.LEVEL_TOO_LOW, ViolationCode.SKILL_MISSING})
BUSY = frozenset({ViolationCode.OVERLAP, ViolationCode.TRAVEL_GAP, ViolationCode.WEEKLY_CAP,
                  ViolationCode.UNAVAILABLE, ViolationCode.ABSENT, ViolationCode.BUSY_EXTERNAL})


class UnbookedReason(enum.StrEnum):
    REQUEST_PROBLEM = "request_problem"  # the request itself: closed, or its project unknown
    NO_SPEAKER = "no_speaker"  # no active mediator speaks the language
    NONE_SUITABLE = "none_suitable"  # speakers exist, none of the required gender or working in that area
    BUDGET = "budget"  # the project's hours are used up (bookable only with an override)
    PAST = "past"  # every possible start has gone by
    ALL_BUSY = "all_busy"  # the suitable mediators are all busy, away or not available in the window
    WINDOW = "window"  # no window long enough, or the project dates leave none
    STILL_BOOKABLE = "still_bookable"  # someone is free: the planner left it (time limit, or dropped)
    DROPPED = "dropped"  # the coordinator took it out of the plan


@dataclass(frozen=True)
class Unbooked:
    request: Request
    reason: UnbookedReason
    params: Mapping[str, Any] = field(default_factory=dict)


def why_unbooked(ctx: SchedulingContext, request: Request) -> Unbooked:
    """The main reason ``request`` has no booking in ``ctx``."""
    found = find_candidates(ctx, request)
    language = ctx.languages.get(request.language.lower())
    base: dict[str, Any] = {"language": request.language, "language_name": language.name if language else
                            request.language, "project": request.project}
    if found.blocking:
        code = str(found.blocking[0].code)
        return Unbooked(request, UnbookedReason.REQUEST_PROBLEM, {**base, "code": code})
    if found.candidates:
        return Unbooked(request, UnbookedReason.STILL_BOOKABLE, {**base, "count": len(found.candidates)})
    speakers = [e for e in found.excluded if not _has(e.violations, {ViolationCode.LANGUAGE,
                                                                     ViolationCode.INACTIVE})]
    if not speakers:
        return Unbooked(request, UnbookedReason.NO_SPEAKER, base)
    suitable = [e for e in speakers if not _has(e.violations, NEVER)]
    if not suitable:
        gender = any(_has(e.violations, {ViolationCode.GENDER}) for e in speakers)
        stated = any(_has(e.violations, STATED) for e in speakers)
        return Unbooked(request, UnbookedReason.NONE_SUITABLE, {
            **base, "count": len(speakers), "gender": request.required_gender if gender else None,
            "stated": stated})
    if any(e.override_starts for e in suitable):
        project = ctx.projects.get(request.project) if request.project is not None else None
        return Unbooked(request, UnbookedReason.BUDGET, {
            **base, "project_name": project.name if project else request.project})
    codes = {v.code for e in suitable for v in e.violations}
    if codes <= {ViolationCode.PAST}:
        return Unbooked(request, UnbookedReason.PAST, base)
    if codes & BUSY:
        return Unbooked(request, UnbookedReason.ALL_BUSY, {**base, "count": len(suitable)})
    return Unbooked(request, UnbookedReason.WINDOW, {**base, "code": str(sorted(codes)[0])})


def _has(violations: list[Violation], codes: frozenset[ViolationCode] | set[ViolationCode]) -> bool:
    return any(v.code in codes for v in violations)
