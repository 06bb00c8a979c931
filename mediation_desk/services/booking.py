"""Booking lifecycle, first half: book and move (reschedule, reassign); each one checked, audited transaction.

Every function opens its own write transaction, checks the booking rules
inside it (the write lock serialises writers on SQLite and PostgreSQL, and the
PostgreSQL exclusion constraint backs the overlap rule), records an audit
entry, queues the mediator's invitation through ``notify.booking_changed`` and
returns a ``BookingChange`` for the views. A refusal raises ``BookingRefused``
with the broken rules; nothing is written then. The steps shared with the
other half (``booking_outcomes``: cancel, no-show, close, reopen) live here too:
the errors, ``BookingChange``, ``create_booking``, ``check_or_refuse``, the
``get_*_in`` loaders and ``audit_booking``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.scheduling.budget import BudgetLevel, level_of
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    Interval,
    Mediator,
    MediatorId,
    Outcome,
    ReplyStatus,
    Request,
    RequestId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.rules import Violation, ViolationCode, budget_used_seconds, check_booking
from mediation_desk.scheduling.timeutil import end_after
from mediation_desk.services import changes, notify
from mediation_desk.services.budget import billing_rules
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.closures import closures_in
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

OVERRIDABLE = frozenset({ViolationCode.BUDGET})  # a coordinator may book past the budget, with a reason


class BookingError(Exception):
    """A lifecycle action that cannot be done; ``code`` names why, ``params`` what is involved."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


class BookingRefused(BookingError):
    """The booking would break rules; ``violations`` lists every one of them."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("refused", violations=[v.as_json() for v in violations])
        self.violations = violations


@dataclass(frozen=True)
class BookingChange:
    """What one lifecycle action changed, for the views to refresh from."""

    change: str  # created, moved, reassigned, cancelled, late_cancelled, no_show, closed
    booking: Booking
    request: Request
    before: Booking | None = None
    replaced: Booking | None = None  # the cancelled booking of the old mediator on a reassignment
    overridden: list[Violation] = field(default_factory=list)  # budget violations booked anyway
    budget_level: BudgetLevel | None = None  # the project's booked share after the change (warn at 80/95 %)
    mail_configured: bool | None = None  # False: the invitation could not be queued (mail not set up)

    @property
    def changes(self) -> ChangeSet:
        """The booking(s) and request touched, the project's hours, the outbox; the notices to show."""
        touched = [b for b in (self.booking, self.before, self.replaced) if b is not None]
        return changes.of_bookings(
            touched,
            mail_configured=self.mail_configured,
            notices=changes.budget_notice(self.request.project, self.budget_level),
            projects=[self.request.project],
        )


# ---- loading what the rules need --------------------------------------------------
def rules_context(
    s: Session, now: dt.datetime, request: Request, mediator_ids: list[MediatorId],
    start: dt.datetime, end: dt.datetime,
) -> SchedulingContext:
    """A context holding just what the rules need for one booking of ``request`` in [start, end).

    That is every small catalogue (areas, languages, projects, agencies), the
    mediators, their bookings in the ISO weeks touched (plus the longest travel
    time either side), the bookings of the request and of its project, the
    requests those bookings belong to, and the mediators' busy blocks.
    """
    from mediation_desk.services.busy import busy_blocks_for  # the calendar side imports storage lazily

    reach = dt.timedelta(days=8)
    mediators = [m for m in (repository.get_mediator(s, mid) for mid in mediator_ids) if m is not None]
    nearby = repository.bookings_for_mediators(s, mediator_ids, start - reach, end + reach)
    bookings = {b.id: b for b in nearby}
    bookings.update((b.id, b) for b in repository.bookings_for_request(s, request.id))
    if request.project is not None:
        bookings.update((b.id, b) for b in repository.bookings_of_project(s, request.project))
    requests = {request.id: request}
    others = {str(b.request) for b in bookings.values()} - {request.id}
    requests.update((r.id, r) for r in request_queries.requests_by_ids(s, others))
    projects = repository.list_projects(s)
    data = ServiceData(
        timezone=repository.service_timezone(s),
        areas=repository.list_areas(s), languages=repository.list_languages(s),
        projects=projects, agencies=repository.list_agencies(s),
        mediators=mediators, requests=list(requests.values()), bookings=list(bookings.values()),
        cases=repository.list_case_preferences(s) if request.case else [])
    busy = busy_blocks_for(s, mediator_ids, start - reach, end + reach)
    return SchedulingContext(data, now, busy, billing_rules(s, projects), closures=closures_in(s))


def find_booking(db: Database, booking_id: BookingId) -> Booking:
    """One booking as stored; BookingError booking_not_found when there is none."""
    with db.read() as s:
        booking = repository.get_booking(s, booking_id)
    if booking is None:
        raise BookingError("booking_not_found", booking=booking_id)
    return booking


# ---- the actions --------------------------------------------------------------------
def book(
    db: Database, request_id: RequestId, mediator_id: MediatorId, start: dt.datetime, *, actor: str,
    now: dt.datetime,
    override_reason: str | None = None,
) -> BookingChange:
    """Book ``mediator_id`` for ``request_id`` at ``start`` (for the request's duration)."""
    with db.write() as s:
        request, mediator = get_request_in(s, request_id), get_mediator_in(s, mediator_id)
        change = create_booking(s, request, mediator, start, now=now, override_reason=override_reason)
        audit_booking(s, now, actor, "book", change.booking, change.overridden,
                      override_reason=override_reason or "")
        mailed = notify.booking_changed(s, change.booking, "created", now=now, actor=actor)
        return replace(change, mail_configured=mailed)


def reschedule(
    db: Database, booking_id: BookingId, new_start: dt.datetime, *, actor: str, now: dt.datetime,
    new_mediator: MediatorId | None = None, override_reason: str | None = None,
    agreed_with: str | None = None, read_version: int = 0,
) -> BookingChange:
    """Move a confirmed booking to ``new_start``; with ``new_mediator`` hand it to someone else.

    Without ``agreed_with`` the new time must lie in one of the request's
    windows. With it (who at the agency agreed to the new time) the new time
    becomes the request's only window, recorded in the audit trail with the
    windows it replaces; every other rule is checked as for any booking. A move
    bills nothing. A new mediator gets a new booking (and an invitation) while
    the old booking is cancelled in time, so the first mediator receives a
    cancellation. ``read_version``: the booking's version the move was decided on (0: not
    checked); a booking changed since then is refused with StaleEditError.
    """
    agreed = (agreed_with or "").strip()
    if agreed_with is not None and not agreed:
        raise BookingError("agreed_with_required", booking=booking_id)
    with db.write() as s:
        before = get_booking_in(s, booking_id, BookingStatus.CONFIRMED, read_version=read_version)
        request = stored = get_request_in(s, before.request)
        end = end_after(new_start, request.duration_min)
        occurrence = bool(before.series) and request.extra.get("series") == before.series
        if occurrence or agreed:  # the new time becomes the request's window
            request = replace(request, windows=[Interval(new_start, end)])
        if new_mediator is not None and new_mediator != before.mediator:
            change = _reassign(s, before, request, new_mediator, new_start, actor, now, override_reason)
            if agreed:
                _record_agreed_time(s, now, actor, stored, request, agreed)
            return change
        mediator = get_mediator_in(s, before.mediator)
        overridden, level = _check(s, now, request, mediator, new_start, end, override_reason, before.id)
        if occurrence or agreed:
            repository.save_request(s, request)
        if agreed:
            _record_agreed_time(s, now, actor, stored, request, agreed)
        after = replace(before, start=new_start, end=end, sequence=before.sequence + 1,
                        reply=ReplyStatus.NEEDS_ACTION,
                        budget_override=(override_reason or "") if overridden else before.budget_override)
        repository.save_booking(s, after)
        audit_booking(s, now, actor, "reschedule", after, overridden, from_start=before.start.isoformat(),
                      override_reason=override_reason or "", agreed_with=agreed)
        mailed = notify.booking_changed(s, after, "updated", now=now, actor=actor)
        return BookingChange("moved", after, request, before=before, overridden=overridden,
                             budget_level=level, mail_configured=mailed)


def _record_agreed_time(
    s: Session, now: dt.datetime, actor: str, before: Request, after: Request, agreed_with: str
) -> None:
    """Audit a time agreed with the agency: who agreed, the new window and the windows it replaces."""
    def spans(request: Request) -> list[list[str]]:
        return [[w.start.isoformat(), w.end.isoformat()] for w in request.windows]

    repository.add_audit(s, at=now, actor=actor, action="agreed_time", entity="request", entity_id=after.id,
                         details={"agreed_with": agreed_with, "windows": spans(after),
                                  "from_windows": spans(before)})


def _reassign(
    s: Session, before: Booking, request: Request, mediator_id: str, start: dt.datetime,
    actor: str, now: dt.datetime, override_reason: str | None,
) -> BookingChange:
    mediator = get_mediator_in(s, mediator_id)
    old = replace(before, status=BookingStatus.CANCELLED, outcome=Outcome.CANCELLED, cancelled_at=now,
                  cancel_reason="reassigned", sequence=before.sequence + 1)
    repository.save_booking(s, old)  # first, so that rule 9 and the overlap see it gone
    change = create_booking(s, request, mediator, start, now=now, override_reason=override_reason,
                            series=before.series, extra=dict(before.extra))
    audit_booking(s, now, actor, "reassign", change.booking, change.overridden, replaces=before.id,
                  from_mediator=before.mediator, override_reason=override_reason or "")
    notify.booking_changed(s, old, "cancelled", now=now, actor=actor)
    mailed = notify.booking_changed(s, change.booking, "created", now=now, actor=actor)
    return replace(change, change="reassigned", before=before, replaced=old, mail_configured=mailed)


# ---- shared steps ---------------------------------------------------------------------
def create_booking(
    s: Session, request: Request, mediator: Mediator, start: dt.datetime, *, now: dt.datetime,
    override_reason: str | None, series: str | None = None, extra: dict[str, Any] | None = None,
) -> BookingChange:
    """Check and insert a new confirmed booking; the request becomes booked."""
    end = end_after(start, request.duration_min)
    overridden, level = _check(s, now, request, mediator, start, end, override_reason, None)
    booking = Booking(
        id=BookingId(repository.next_id(s, "booking")), request=request.id, mediator=mediator.id,
        start=start, end=end, created_at=now, budget_override=(override_reason or "") if overridden else "",
        series=series, extra=extra or {})  # type: ignore[arg-type]
    repository.save_booking(s, booking)
    request = replace(request, status=RequestStatus.BOOKED)
    repository.save_request(s, request)
    return BookingChange("created", booking, request, overridden=overridden, budget_level=level)


def check_or_refuse(
    s: Session, now: dt.datetime, request: Request, mediator: Mediator, start: dt.datetime,
    end: dt.datetime, override_reason: str | None, exclude: BookingId | None = None,
) -> list[Violation]:
    """Raise BookingRefused on any broken rule; returns the budget violations an override lets pass."""
    return _check(s, now, request, mediator, start, end, override_reason, exclude)[0]


def _check(
    s: Session, now: dt.datetime, request: Request, mediator: Mediator, start: dt.datetime,
    end: dt.datetime, override_reason: str | None, exclude: BookingId | None,
) -> tuple[list[Violation], BudgetLevel | None]:
    """check_or_refuse, plus the budget level of the request's project once the booking is in."""
    if start.tzinfo is None:
        raise BookingError("naive_time", start=start.isoformat())
    ctx = rules_context(s, now, request, [mediator.id], start, end)
    found = check_booking(ctx, request, mediator, start, end, exclude_booking=exclude)
    overridable = [v for v in found if v.code in OVERRIDABLE]
    if len(overridable) < len(found) or (overridable and not (override_reason or "").strip()):
        raise BookingRefused(found)
    project = ctx.projects.get(request.project) if request.project is not None else None
    if project is None:
        return overridable, None
    used = budget_used_seconds(ctx, project.code, exclude) + ctx.charge_seconds(
        project.code, (end - start).total_seconds())
    return overridable, level_of(used / (project.hour_budget * 3600) if project.hour_budget > 0 else 1.0)


def get_booking_in(s: Session, booking_id: str, *allowed: BookingStatus, read_version: int = 0) -> Booking:
    """The booking, if its status is one of ``allowed`` and (``read_version`` given) it has not changed."""
    booking = repository.get_booking(s, booking_id)
    if booking is None:
        raise BookingError("booking_not_found", booking=booking_id)
    repository.check_version(s, "booking", booking_id, read_version, booking.version)
    if booking.status not in allowed:
        raise BookingError("wrong_status", booking=booking_id, status=str(booking.status))
    return booking


def get_request_in(s: Session, request_id: str) -> Request:
    request = repository.get_request(s, request_id)
    if request is None:
        raise BookingError("request_not_found", request=request_id)
    return request


def get_mediator_in(s: Session, mediator_id: str) -> Mediator:
    mediator = repository.get_mediator(s, mediator_id)
    if mediator is None:
        raise BookingError("mediator_not_found", mediator=mediator_id)
    return mediator


def audit_booking(
    s: Session, now: dt.datetime, actor: str, action: str, booking: Booking, overridden: list[Violation],
    **details: Any,
) -> None:
    facts = {
        "request": booking.request, "mediator": booking.mediator, "start": booking.start.isoformat(),
        "end": booking.end.isoformat(), "status": str(booking.status),
        "outcome": str(booking.outcome) if booking.outcome else None,
        "overridden": [v.as_json() for v in overridden]}
    repository.add_audit(s, at=now, actor=actor, action=action, entity="booking", entity_id=booking.id,
                         details={**facts, **details})
