"""Booking lifecycle, second half: how a booking ends. Cancel, no-show, close, reopen a request.

Each action is one checked, audited write transaction like those in
``services.booking`` (book and move), whose shared steps it uses. The late
cancellation notice (a setting, 24 h by default) decides whether a
cancellation by the agency or the family is billed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from mediation_desk.scheduling.billing import budget_minutes
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    CancelParty,
    Outcome,
    Request,
    RequestId,
    RequestStatus,
)
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.scheduling.rules import Violation, ViolationCode
from mediation_desk.scheduling.timeutil import DAY_SECONDS
from mediation_desk.services import changes, monitoring, notify, signed_sheets
from mediation_desk.services.booking import (
    BookingChange,
    BookingError,
    BookingRefused,
    audit_booking,
    get_booking_in,
    get_request_in,
)
from mediation_desk.services.budget import billing_rules, used_seconds
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

LATE_CANCELLATION_HOURS_KEY = "late_cancellation_hours"
DEFAULT_LATE_CANCELLATION_HOURS = 24.0


def late_cancellation_hours(s: Session) -> float:
    value = repository.get_setting(s, LATE_CANCELLATION_HOURS_KEY, DEFAULT_LATE_CANCELLATION_HOURS)
    return float(value) if isinstance(value, int | float) else DEFAULT_LATE_CANCELLATION_HOURS


def is_late(booking: Booking, now: dt.datetime, notice_hours: float) -> bool:
    """Cancelling now is late when less than ``notice_hours`` remain before the start."""
    return (booking.start - now).total_seconds() < notice_hours * 3600


def is_late_cancellation(db: Database, booking: Booking, now: dt.datetime) -> bool:
    """Would cancelling ``booking`` now count as a late (billable) cancellation?"""
    with db.read() as s:
        return is_late(booking, now, late_cancellation_hours(s))



# ---- the actions --------------------------------------------------------------------
def cancel(
    db: Database, booking_id: BookingId, reason: str, *, actor: str, now: dt.datetime,
    by: CancelParty = CancelParty.AGENCY, close_request: bool | None = None, read_version: int = 0,
) -> BookingChange:
    """Cancel a confirmed booking on behalf of ``by``.

    Inside the notice period a cancellation by the agency or the family is a
    late, billable one; the mediator dropping out or the service finding nobody
    is never billed. The request is closed when ``close_request`` (default:
    ``by.closes_request``), else it goes back to the unfilled ones, pending.
    ``read_version`` as for ``reschedule``.
    """
    if not reason.strip():
        raise BookingError("reason_required", booking=booking_id)
    with db.write() as s:
        before = get_booking_in(s, booking_id, BookingStatus.CONFIRMED, read_version=read_version)
        request = get_request_in(s, before.request)
        notice = is_late(before, now, late_cancellation_hours(s))
        after = cancelled(before, now, reason, by, late=notice)
        repository.save_booking(s, after)
        closes = by.closes_request if close_request is None else close_request
        request = replace(request, status=RequestStatus.CANCELLED if closes else RequestStatus.PENDING)
        repository.save_request(s, request)
        late = after.outcome is Outcome.LATE_CANCELLATION
        audit_booking(s, now, actor, "cancel", after, [], reason=after.cancel_reason, late=late, by=str(by),
                      request_closed=closes)
        mailed = notify.booking_changed(s, after, "cancelled", now=now, actor=actor)
        return BookingChange("late_cancelled" if late else "cancelled", after, request, before=before,
                             mail_configured=mailed)


def cancelled(before: Booking, now: dt.datetime, reason: str, by: CancelParty, *, late: bool) -> Booking:
    """``before`` cancelled by ``by``: billed (a late cancellation) only when late and by agency or family."""
    outcome = Outcome.LATE_CANCELLATION if late and by.bills_late else Outcome.CANCELLED
    return replace(before, status=BookingStatus.CANCELLED, cancelled_at=now, outcome=outcome,
                   cancel_reason=reason.strip(), cancelled_by=by, sequence=before.sequence + 1)


def reopen_request(
    db: Database, request_id: RequestId, *, actor: str, now: dt.datetime
) -> Changed[Request]:
    """Put a request closed by mistake back among the unfilled ones (its cancelled bookings stay)."""
    with db.write() as s:
        before = get_request_in(s, request_id)
        if before.status is not RequestStatus.CANCELLED:
            raise BookingError("wrong_status", request=request_id, status=str(before.status))
        after = replace(before, status=RequestStatus.PENDING)
        repository.save_request(s, after)
        repository.add_audit(s, at=now, actor=actor, action="reopen", entity="request", entity_id=request_id,
                             details={"from": str(before.status)})
        return Changed(after, changes.of_requests([after.id]))


def mark_no_show(
    db: Database, booking_id: BookingId, *, actor: str, now: dt.datetime,
    by: CancelParty = CancelParty.FAMILY,
    read_version: int = 0,
) -> BookingChange:
    """Someone did not come. The person assisted (``FAMILY``, the default): done, no-show, billed as booked.

    The mediator (``MEDIATOR``): not billed, the booking is cancelled and the
    request goes back to the unfilled ones.
    """
    if by not in (CancelParty.FAMILY, CancelParty.MEDIATOR):
        raise BookingError("bad_party", booking=booking_id, by=str(by))
    with db.write() as s:
        before = get_booking_in(s, booking_id, BookingStatus.CONFIRMED, read_version=read_version)
        if before.start > now:
            raise BookingError("not_started", booking=booking_id, start=before.start.isoformat())
        request = get_request_in(s, before.request)
        if by is CancelParty.FAMILY:
            after = replace(before, status=BookingStatus.DONE, outcome=Outcome.NO_SHOW, cancelled_by=by)
        else:
            after = replace(before, status=BookingStatus.CANCELLED, outcome=Outcome.MEDIATOR_NO_SHOW,
                            cancelled_at=now, cancelled_by=by)
            request = replace(request, status=RequestStatus.PENDING)
            repository.save_request(s, request)
        repository.save_booking(s, after)
        audit_booking(s, now, actor, "no_show", after, [], by=str(by))
        return BookingChange("no_show", after, request, before=before)


def close(
    db: Database, booking_id: BookingId, actual_start: dt.datetime, actual_end: dt.datetime, *,
    actor: str, now: dt.datetime, override_reason: str | None = None,
    read_version: int = 0, signed: signed_sheets.SignedSheetInput | None = None,
    assisted: PeopleAssisted | None | monitoring.Unchanged = monitoring.KEEP,
) -> BookingChange:
    """Record that the intervention took place from ``actual_start`` to ``actual_end``.

    ``signed``: the scheda came back signed (who, when, maybe its scan), recorded in the same transaction.
    ``assisted``: the people it reached (FAMI monitoring; None: not recorded), in the same transaction.

    A booking already closed as delivered may be closed again to correct its times.
    Times that bill more than the project has left are refused (the budget
    violation) unless the coordinator gives a reason to bill past the budget.
    """
    if actual_end <= actual_start:
        raise BookingError("bad_actual_times", start=actual_start.isoformat(), end=actual_end.isoformat())
    if actual_end > now:
        raise BookingError("in_the_future", end=actual_end.isoformat())
    if (actual_end - actual_start).total_seconds() > DAY_SECONDS:
        raise BookingError("too_long", start=actual_start.isoformat(), end=actual_end.isoformat())
    if not isinstance(assisted, monitoring.Unchanged):
        assisted = monitoring.checked(assisted)
    with db.write() as s:
        before = get_booking_in(s, booking_id, BookingStatus.CONFIRMED, BookingStatus.DONE,
                                read_version=read_version)
        if before.status is BookingStatus.DONE and before.outcome is not Outcome.DELIVERED:
            raise BookingError("wrong_status", booking=booking_id, status=str(before.outcome))
        after = replace(before, status=BookingStatus.DONE, outcome=Outcome.DELIVERED,
                        actual_start=actual_start, actual_end=actual_end)
        request = get_request_in(s, after.request)
        overridden = _billed_within_budget(s, now, request, before, after, override_reason)
        if overridden:
            after = replace(after, budget_override=(override_reason or "").strip())
        repository.save_booking(s, after)
        audit_booking(s, now, actor, "close", after, overridden, actual_start=actual_start.isoformat(),
                      actual_end=actual_end.isoformat(), override_reason=override_reason or "")
        if signed is not None:
            signed_sheets.record_in(s, after, signed, actor=actor, now=now)
        if not isinstance(assisted, monitoring.Unchanged):
            monitoring.record_in(s, after, assisted, actor=actor, now=now)
        return BookingChange("closed", after, request, before=before, overridden=overridden)


def _billed_within_budget(
    s: Session, now: dt.datetime, request: Request, before: Booking, after: Booking,
    override_reason: str | None,
) -> list[Violation]:
    """Refuse a change of what ``before`` bills that takes its project past the budget (unless overridden)."""
    project = repository.get_project(s, request.project) if request.project is not None else None
    if project is None:
        return []
    rule = billing_rules(s, [project])[project.code]
    was, will = budget_minutes(before, rule), budget_minutes(after, rule)
    if will <= was:
        return []
    used = used_seconds(s, project, now, rule) / 60 - was
    if used + will <= project.hour_budget * 60 + 1e-6:
        return []
    found = [Violation(8, ViolationCode.BUDGET, {
        "project": project.code, "booked_min": used, "adding_min": will,
        "budget_min": project.hour_budget * 60})]
    if not (override_reason or "").strip():
        raise BookingRefused(found)
    return found
