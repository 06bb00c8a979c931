"""Checks across the entities of a decoded scenario: unique ids, references, booking rules."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.io.scenario_fields import Context
from mediation_desk.io.scenario_messages import describe
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.identifiers import text_problems
from mediation_desk.scheduling.model import (
    Agency,
    Area,
    Booking,
    BookingStatus,
    Language,
    Mediator,
    Project,
    Request,
    ServiceData,
)
from mediation_desk.scheduling.rules import Violation, ViolationCode, check_booking

RULES_NOW = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # the booking rules do not depend on the clock


@dataclass
class Located:
    """The decoded entities, each with the JSON path of its object."""

    areas: list[tuple[str, Area]] = field(default_factory=list)
    languages: list[tuple[str, Language]] = field(default_factory=list)
    projects: list[tuple[str, Project]] = field(default_factory=list)
    agencies: list[tuple[str, Agency]] = field(default_factory=list)
    mediators: list[tuple[str, Mediator]] = field(default_factory=list)
    requests: list[tuple[str, Request]] = field(default_factory=list)
    bookings: list[tuple[str, Booking]] = field(default_factory=list)


def _unique(
    ctx: Context, items: Iterable[tuple[str, Any]], key: str, norm: Callable[[str], str] = str
) -> set[str]:
    """Report repeated ids; returns the set of (normalised) ids for the reference checks."""
    first: dict[str, str] = {}
    for path, entity in items:
        value = getattr(entity, key)
        if not value:
            continue  # missing or empty: already reported
        if norm(value) in first:
            ctx.problem(f"{path}.{key}", f"duplicate {key} {value!r} (first at {first[norm(value)]})")
        else:
            first[norm(value)] = path
    return set(first)


def _refer(ctx: Context, path: str, value: str | None, known: set[str], what: str) -> None:
    if value and value not in known:
        ctx.problem(path, f"unknown {what} {value!r}")


TEXT_MESSAGES = {
    "bad_id": "an id is 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit",
    "line_break": "must be one line (no line break)",
    "control_character": "contains a control character",
}


def check_texts(ctx: Context, found: Located) -> None:
    """Ids of safe characters only; names, e-mail addresses and codes on one line."""
    groups: list[list[tuple[str, Any]]] = [found.areas, found.languages, found.projects,  # type: ignore[list-item]
                                           found.agencies, found.mediators, found.requests, found.bookings]
    for group in groups:
        for path, entity in group:
            for name, code in text_problems(entity):
                ctx.problem(f"{path}.{name}", TEXT_MESSAGES[code])


def check_references(ctx: Context, found: Located) -> None:
    """Unique ids in each list, and every reference pointing at an entity of the document."""
    check_texts(ctx, found)
    areas = _unique(ctx, found.areas, "code")
    languages = _unique(ctx, found.languages, "code", str.lower)
    projects = _unique(ctx, found.projects, "code")
    agencies = _unique(ctx, found.agencies, "id")
    mediators = _unique(ctx, found.mediators, "id")
    requests = _unique(ctx, found.requests, "id")
    _unique(ctx, found.bookings, "id")
    for path, project in found.projects:
        for j, code in enumerate(project.areas):
            _refer(ctx, f"{path}.areas[{j}]", code, areas, "area")
    for path, agency in found.agencies:
        _refer(ctx, f"{path}.area", agency.area, areas, "area")
    for path, mediator in found.mediators:
        for j, skill in enumerate(mediator.languages):
            _refer(ctx, f"{path}.languages[{j}].code", skill.code.lower(), languages, "language")
        for j, code in enumerate(mediator.areas):
            _refer(ctx, f"{path}.areas[{j}]", code, areas, "area")
    for path, request in found.requests:
        _refer(ctx, f"{path}.agency", request.agency, agencies, "agency")
        _refer(ctx, f"{path}.project", request.project, projects, "project")
        _refer(ctx, f"{path}.language", request.language.lower(), languages, "language")
    for path, booking in found.bookings:
        _refer(ctx, f"{path}.request", booking.request, requests, "request")
        _refer(ctx, f"{path}.mediator", booking.mediator, mediators, "mediator")


def _counts(booking: Booking, violation: Violation) -> bool:
    """Rule 0 (inactive mediator, closed request) is the app's own; an override allows rule 8's budget."""
    if violation.rule == 0 or violation.code == ViolationCode.OVERLAP:
        return False
    return not (violation.code == ViolationCode.BUDGET and booking.budget_override)


def check_overlaps(ctx: Context, found: Located) -> None:
    """No two non-cancelled bookings of one mediator overlap, history included: the database refuses them."""
    by_mediator: dict[str, list[tuple[dt.datetime, dt.datetime, str, str]]] = defaultdict(list)
    for path, booking in found.bookings:
        if booking.active:
            by_mediator[booking.mediator].append((booking.start, booking.end, path, booking.id))
    for entries in by_mediator.values():
        entries.sort()
        latest: tuple[dt.datetime, str] | None = None  # (end, id) of the booking reaching furthest so far
        for start, end, path, ident in entries:
            if latest is not None and start < latest[0]:
                ctx.problem(path, f"overlaps booking {latest[1]!r} of the same mediator")
            if latest is None or end > latest[0]:
                latest = (end, ident)


def check_booking_rules(ctx: Context, data: ServiceData, found: Located) -> None:
    """Every confirmed booking must obey rules 1-9; done and cancelled ones are history.

    Overlaps are left to ``check_overlaps``, which covers the history too.
    """
    check_overlaps(ctx, found)
    rules_ctx = SchedulingContext(data, RULES_NOW)
    for path, booking in found.bookings:
        if booking.status is not BookingStatus.CONFIRMED:
            continue
        request = rules_ctx.requests[booking.request]
        mediator = rules_ctx.mediators[booking.mediator]
        for violation in check_booking(rules_ctx, request, mediator, booking.start, booking.end, booking.id):
            if _counts(booking, violation):
                ctx.problem(path, describe(violation))
