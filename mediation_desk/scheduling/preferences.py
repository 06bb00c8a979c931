"""What agencies state about mediators, per agency and per case, and the hard requirements of a request.

A preference is a *stance* of the agency towards one mediator: preferred (ranked
first among the candidates, favoured by the planner) or avoided ("do not send":
excluded, never booked). The case's statement wins over the agency's for the
same mediator, so an agency that avoids someone may still ask for them on one
case, and a mediator preferred by the agency may be refused for one family.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from mediation_desk.scheduling.model import Agency, CasePreferences, LanguageLevel, MediatorId, Request

LEVEL_RANK: Mapping[LanguageLevel, int] = {
    LanguageLevel.WORKING: 0, LanguageLevel.FLUENT: 1, LanguageLevel.NATIVE: 2}


class Stance(enum.StrEnum):
    PREFERRED = "preferred"
    AVOIDED = "avoided"


class StanceSource(enum.StrEnum):
    AGENCY = "agency"
    CASE = "case"


@dataclass(frozen=True)
class StanceFound:
    stance: Stance
    source: StanceSource


def _stance_in(preferred: list[MediatorId], avoided: list[MediatorId], mediator: MediatorId) -> Stance | None:
    if mediator in avoided:  # a list edited by hand may name someone twice: "do not send" wins
        return Stance.AVOIDED
    if mediator in preferred:
        return Stance.PREFERRED
    return None


def stance_of(
    agency: Agency | None, case: CasePreferences | None, mediator: MediatorId
) -> StanceFound | None:
    """The agency's stance towards ``mediator`` for a request: the case's first, then the agency's."""
    if case is not None:
        found = _stance_in(case.preferred_mediators, case.avoided_mediators, mediator)
        if found is not None:
            return StanceFound(found, StanceSource.CASE)
    if agency is not None:
        found = _stance_in(agency.preferred_mediators, agency.avoided_mediators, mediator)
        if found is not None:
            return StanceFound(found, StanceSource.AGENCY)
    return None


def level_at_least(level: LanguageLevel | None, minimum: LanguageLevel) -> bool:
    """True when ``level`` (None: does not speak it) reaches ``minimum``."""
    return level is not None and LEVEL_RANK[level] >= LEVEL_RANK[minimum]


def hard_level(request: Request) -> LanguageLevel | None:
    """The minimum level the request makes a hard requirement, or None."""
    return request.min_level if request.level_required else None


def hard_skill(request: Request) -> str | None:
    """The skill the request makes a hard requirement, or None."""
    return request.skill if request.skill_required and request.skill else None


def clean_ids(ids: list[MediatorId], known: set[MediatorId] | None = None) -> list[MediatorId]:
    """The ids once each, in order, blanks dropped (and, given ``known``, only those)."""
    out: list[MediatorId] = []
    for mediator in ids:
        text = MediatorId(mediator.strip())
        if text and text not in out and (known is None or text in known):
            out.append(text)
    return out
