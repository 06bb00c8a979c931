"""Recurring booking series: create one from an RRULE, move or cancel one, the following or all occurrences.

Every occurrence is a request of its own (a copy of the template request with
one window, the occurrence's time), so that each booking obeys every rule,
rule 9 included. Occurrences that cannot be booked are reported and their
requests stay pending for another mediator. Edits are all-or-nothing: one
refused occurrence refuses the whole edit. "This and the following" splits the
series in two, as calendar clients do, so the invitations stay truthful.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.closures import Closure, closure_on
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    CancelParty,
    Interval,
    MediatorId,
    Outcome,
    ReplyStatus,
    Request,
    RequestId,
    RequestStatus,
    SeriesId,
)
from mediation_desk.scheduling.rules import Violation
from mediation_desk.scheduling.series import (
    SeriesScope,
    at_wall_time,
    ended_before,
    occurrences,
    with_count,
)
from mediation_desk.scheduling.timeutil import end_after, zone
from mediation_desk.services import changes, notify
from mediation_desk.services.booking import (
    BookingError,
    BookingRefused,
    audit_booking,
    check_or_refuse,
    create_booking,
    get_booking_in,
    get_mediator_in,
    get_request_in,
)
from mediation_desk.services.booking_outcomes import cancelled, is_late, late_cancellation_hours
from mediation_desk.services.changes import ChangeSet
from mediation_desk.services.closures import closures_in
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BookingRow, SeriesRow

RECURRENCE_ID = "recurrence_id"  # Booking.extra: the slot of the rule the booking fills


@dataclass(frozen=True)
class OccurrenceProblem:
    start: dt.datetime
    violations: list[Violation]


class SeriesRefused(BookingError):
    """No occurrence could be booked, or an edit would break rules for some occurrences."""

    def __init__(self, problems: list[OccurrenceProblem]) -> None:
        super().__init__("series_refused", occurrences=[p.start.isoformat() for p in problems])
        self.problems = problems


@dataclass(frozen=True)
class SeriesChange:
    series_id: str
    change: str  # created, moved, cancelled
    bookings: list[Booking]  # created or changed, by start
    scope: SeriesScope | None = None
    refused: list[OccurrenceProblem] = field(default_factory=list)  # occurrences left unbooked
    new_series_id: str | None = None  # the following occurrences' own series after a split
    mail_configured: bool | None = None  # False: the invitation could not be queued (mail not set up)
    skipped: list[Closure] = field(default_factory=list)  # dates of the rule the agency is closed on

    @property
    def changes(self) -> ChangeSet:
        return changes.of_bookings(self.bookings, mail_configured=self.mail_configured)


def create_series(
    db: Database, template_request_id: RequestId, mediator_id: MediatorId, rrule_text: str,
    first_start: dt.datetime, *,
    actor: str, now: dt.datetime, override_reason: str | None = None,
) -> SeriesChange:
    """Book ``mediator_id`` at every occurrence of the rule; refused when none can be booked."""
    with db.write() as s:
        template = get_request_in(s, template_request_id)
        if template.status is not RequestStatus.PENDING:
            raise BookingError("request_not_pending", request=template.id, status=str(template.status))
        mediator = get_mediator_in(s, mediator_id)
        tz = _tz(s)
        starts = occurrences(rrule_text, first_start, tz)
        skipped = _closed_starts(s, template, starts, tz)
        if len(skipped) == len(starts):
            raise BookingError("series_all_closed", request=template.id)
        series_id = repository.next_id(s, "series")
        # the skipped dates are the rule's exceptions: the mediator's invitation leaves them out too
        s.add(SeriesRow(id=series_id, request_id=template.id, mediator_id=mediator.id,
                        rrule=rrule_text.strip(), dtstart=starts[0], duration_min=template.duration_min,
                        exdates=[start.isoformat() for start in skipped], extra={}))
        s.flush()
        booked: list[Booking] = []
        refused: list[OccurrenceProblem] = []
        for start in starts:
            if start in skipped:
                continue
            request = _occurrence_request(s, template, series_id, start)
            try:
                change = create_booking(s, request, mediator, start, now=now, override_reason=override_reason,
                                        series=series_id, extra={RECURRENCE_ID: start.isoformat()})
            except BookingRefused as exc:
                refused.append(OccurrenceProblem(start, exc.violations))
                continue
            booked.append(change.booking)
            audit_booking(s, now, actor, "book", change.booking, change.overridden, series=series_id,
                          override_reason=override_reason or "")
        if not booked:
            raise SeriesRefused(refused)
        template = replace(template, status=RequestStatus.BOOKED,
                           extra={**template.extra, "series": series_id})
        repository.save_request(s, template)
        _audit_series(s, now, actor, "create_series", series_id, booked, template=template.id,
                      mediator=mediator.id, rrule=rrule_text.strip(),
                      refused=[{"start": p.start.isoformat(), "codes": [str(v.code) for v in p.violations]}
                               for p in refused],
                      skipped=[{"day": c.day.isoformat(), "closure": str(c.kind), "name": c.name}
                               for c in skipped.values()])
        mailed = notify.booking_changed(s, booked[0], "created", now=now, actor=actor)
        return SeriesChange(series_id, "created", booked, refused=refused, mail_configured=mailed,
                            skipped=list(skipped.values()))


def _closed_starts(s: Session, template: Request, starts: list[dt.datetime],
                   tz: dt.tzinfo) -> dict[dt.datetime, Closure]:
    """The occurrences falling on a day the template's agency is closed, with the reason."""
    agency = repository.get_agency(s, template.agency)
    closures = closures_in(s)
    found: dict[dt.datetime, Closure] = {}
    for start in starts:
        closure = closure_on(start.astimezone(tz).date(), agency.kind if agency else None, closures)
        if closure is not None:
            found[start] = closure
    return found


def book_left_over(
    db: Database, series_id: SeriesId, starts: list[dt.datetime], *, override_reason: str, actor: str,
    now: dt.datetime,
) -> SeriesChange:
    """Book occurrences of a series left unbooked (their requests still pending) past the project budget.

    The coordinator gives the reason; every other rule is checked as for any
    booking. Refused as a whole (SeriesRefused) when one of them still breaks a rule.
    """
    if not override_reason.strip():
        raise BookingError("reason_required", series=series_id)
    with db.write() as s:
        row = s.get(SeriesRow, series_id)
        if row is None:
            raise BookingError("not_in_series", series=series_id)
        mediator = get_mediator_in(s, row.mediator_id)
        wanted = {start.astimezone(dt.UTC) for start in starts}
        pending = [r for r in repository.list_requests(s)
                   if r.extra.get("series") == series_id and r.status is RequestStatus.PENDING and r.windows
                   and r.windows[0].start.astimezone(dt.UTC) in wanted]
        booked: list[Booking] = []
        problems: list[OccurrenceProblem] = []
        for request in sorted(pending, key=lambda r: r.windows[0].start):
            start = request.windows[0].start
            try:
                change = create_booking(s, request, mediator, start, now=now, override_reason=override_reason,
                                        series=series_id, extra={RECURRENCE_ID: start.isoformat()})
            except BookingRefused as exc:
                problems.append(OccurrenceProblem(start, exc.violations))
                continue
            booked.append(change.booking)
            audit_booking(s, now, actor, "book", change.booking, change.overridden, series=series_id,
                          override_reason=override_reason)
        if problems or not booked:
            raise SeriesRefused(problems)
        mailed = notify.booking_changed(s, booked[-1], "created", now=now, actor=actor)
        return SeriesChange(series_id, "created", booked, mail_configured=mailed)


def move_occurrences(
    db: Database, booking_id: BookingId, scope: SeriesScope, new_start: dt.datetime, *, actor: str,
    now: dt.datetime, override_reason: str | None = None, read_version: int = 0,
) -> SeriesChange:
    """Move one occurrence anywhere, or the following/all ones to a new wall-clock time of the same days.

    ``read_version``: the chosen occurrence's version the move was decided on (0: not checked).
    """
    with db.write() as s:
        tz = _tz(s)
        pivot, row, members = _series_of(s, booking_id, read_version)
        affected = _affected(members, pivot, scope, now)
        if scope is SeriesScope.ONE:
            targets: dict[str, dt.datetime] = {pivot.id: new_start}
        else:
            if new_start.astimezone(tz).date() != pivot.start.astimezone(tz).date():
                raise BookingError("series_move_changes_date", booking=booking_id)
            new_time = new_start.astimezone(tz).time()
            targets = {b.id: at_wall_time(b.start, new_time, tz) for b in affected}
        moved = _move_all(s, affected, targets, now, actor, override_reason)
        new_series = None
        if scope is not SeriesScope.ONE:
            first_slot = _slot(affected[0])
            earlier = [b for b in members if _slot(b) < first_slot]
            if scope is SeriesScope.ALL or not earlier:
                row.dtstart = at_wall_time(row.dtstart, new_start.astimezone(tz).time(), tz)
            else:
                new_series = _split(s, row, first_slot, new_start.astimezone(tz).time(), moved)
            for booking in moved:
                series = SeriesId(new_series) if new_series else booking.series
                _save_booking(s, replace(booking, series=series,
                                         extra={**booking.extra, RECURRENCE_ID: booking.start.isoformat()}))
            moved = [repository.get_booking(s, b.id) or b for b in moved]
        _audit_series(s, now, actor, "move_series", row.id, moved, scope=str(scope), new_series=new_series)
        if new_series is not None:
            notify.booking_changed(s, members[0], "updated", now=now, actor=actor)
            mailed = notify.booking_changed(s, moved[0], "created", now=now, actor=actor)
        else:
            mailed = notify.booking_changed(s, moved[0], "updated", now=now, actor=actor)
        return SeriesChange(row.id, "moved", moved, scope, new_series_id=new_series, mail_configured=mailed)


def cancel_occurrences(
    db: Database, booking_id: BookingId, scope: SeriesScope, reason: str, *, actor: str, now: dt.datetime,
    by: CancelParty = CancelParty.AGENCY, close_request: bool | None = None,
    read_version: int = 0,
) -> SeriesChange:
    """Cancel one, the following or all confirmed occurrences for ``by``.

    Each is billed as ``booking_outcomes.cancel`` bills it.

    Their requests are closed (``close_request``, default ``by.closes_request``) or go back to pending.
    """
    if not reason.strip():
        raise BookingError("reason_required", booking=booking_id)
    with db.write() as s:
        pivot, row, members = _series_of(s, booking_id, read_version)
        affected = _affected(members, pivot, scope, now)
        hours = late_cancellation_hours(s)
        done: list[Booking] = []
        closes = by.closes_request if close_request is None else close_request
        for booking in affected:
            after = cancelled(booking, now, reason, by, late=is_late(booking, now, hours))
            _save_booking(s, after)
            request = get_request_in(s, booking.request)
            status = RequestStatus.CANCELLED if closes else RequestStatus.PENDING
            repository.save_request(s, replace(request, status=status))
            audit_booking(s, now, actor, "cancel", after, [], reason=after.cancel_reason,
                          late=after.outcome is Outcome.LATE_CANCELLATION, series=row.id, scope=str(scope),
                          by=str(by), request_closed=closes)
            done.append(after)
        if scope is SeriesScope.ONE:
            row.exdates = [*row.exdates, _slot(pivot).isoformat()]
        elif scope is SeriesScope.FOLLOWING and any(_slot(b) < _slot(pivot) for b in members):
            row.rrule = ended_before(row.rrule, _slot(pivot))
        _audit_series(s, now, actor, "cancel_series", row.id, done, scope=str(scope),
                      reason=reason.strip())
        still_active = [b for b in members if b.active and b.id not in {c.id for c in done}]
        if still_active:
            mailed = notify.booking_changed(s, still_active[0], "updated", now=now, actor=actor)
        else:
            mailed = notify.booking_changed(s, done[0], "cancelled", now=now, actor=actor)
        return SeriesChange(row.id, "cancelled", done, scope, mail_configured=mailed)


# ---- steps -------------------------------------------------------------------------------
def _tz(s: Session) -> dt.tzinfo:
    return zone(repository.service_timezone(s))


def _occurrence_request(s: Session, template: Request, series_id: str, start: dt.datetime) -> Request:
    request = replace(
        template, id=RequestId(repository.next_id(s, "request")), status=RequestStatus.PENDING,
        windows=[Interval(start, end_after(start, template.duration_min))],
        extra={**template.extra, "series": series_id, "template": template.id})
    repository.save_request(s, request)
    return request


def _series_of(
    s: Session, booking_id: str, read_version: int = 0
) -> tuple[Booking, SeriesRow, list[Booking]]:
    pivot = get_booking_in(s, booking_id, BookingStatus.CONFIRMED, read_version=read_version)
    row = s.get(SeriesRow, pivot.series) if pivot.series else None
    if row is None:
        raise BookingError("not_in_series", booking=booking_id)
    query = sa.select(BookingRow.id).where(BookingRow.series_id == row.id).order_by(BookingRow.start_at)
    ids = list(s.scalars(query))
    members = [b for b in (repository.get_booking(s, i) for i in ids) if b is not None]
    return pivot, row, sorted(members, key=_slot)


def _slot(booking: Booking) -> dt.datetime:
    """The rule's slot the booking fills (its start unless it was moved alone)."""
    hint = booking.extra.get(RECURRENCE_ID)
    return dt.datetime.fromisoformat(hint) if isinstance(hint, str) else booking.start


def _affected(members: list[Booking], pivot: Booking, scope: SeriesScope, now: dt.datetime) -> list[Booking]:
    """The confirmed occurrences an edit applies to, by slot (future ones beyond the pivot itself)."""
    if scope is SeriesScope.ONE:
        return [pivot]
    pivot_slot = _slot(pivot)

    def applies(b: Booking) -> bool:
        return b.id == pivot.id or (b.start >= now and (scope is SeriesScope.ALL or _slot(b) >= pivot_slot))

    return [b for b in members if b.status is BookingStatus.CONFIRMED and applies(b)]


def _move_all(
    s: Session, affected: list[Booking], targets: dict[str, dt.datetime], now: dt.datetime, actor: str,
    override_reason: str | None,
) -> list[Booking]:
    """Move every affected booking, each checked; SeriesRefused (all rolled back) when any is refused."""
    moved: list[Booking] = []
    problems: list[OccurrenceProblem] = []
    for booking in affected:
        start = targets[booking.id]
        request = get_request_in(s, booking.request)
        end = end_after(start, request.duration_min)
        request = replace(request, windows=[Interval(start, end)])
        try:
            overridden = check_or_refuse(s, now, request, get_mediator_in(s, booking.mediator), start, end,
                                         override_reason, exclude=booking.id)
        except BookingRefused as exc:
            problems.append(OccurrenceProblem(start, exc.violations))
            continue
        repository.save_request(s, request)
        after = replace(booking, start=start, end=end, sequence=booking.sequence + 1,
                        reply=ReplyStatus.NEEDS_ACTION,
                        extra={**booking.extra, RECURRENCE_ID: _slot(booking).isoformat()},
                        budget_override=(override_reason or "") if overridden else booking.budget_override)
        _save_booking(s, after)
        audit_booking(s, now, actor, "reschedule", after, overridden, from_start=booking.start.isoformat(),
                      series=booking.series)
        moved.append(after)
    if problems:
        raise SeriesRefused(problems)
    return moved


def _split(
    s: Session, row: SeriesRow, first_slot: dt.datetime, new_time: dt.time, moved: list[Booking]
) -> str:
    """End ``row`` before ``first_slot`` and start a new series there at ``new_time``; returns its id."""
    tz = _tz(s)
    remaining = [x for x in occurrences(row.rrule, row.dtstart, tz) if x >= first_slot]
    new_id = repository.next_id(s, "series")
    keep = [e for e in row.exdates if isinstance(e, str) and dt.datetime.fromisoformat(e) < first_slot]
    s.add(SeriesRow(id=new_id, request_id=row.request_id, mediator_id=row.mediator_id,
                    rrule=with_count(row.rrule, max(1, len(remaining))),
                    dtstart=at_wall_time(first_slot, new_time, tz), duration_min=row.duration_min,
                    exdates=[], extra=dict(row.extra or {})))
    row.rrule = ended_before(row.rrule, first_slot)
    row.exdates = keep
    s.flush()
    for booking in moved:
        request = get_request_in(s, booking.request)
        repository.save_request(s, replace(request, extra={**request.extra, "series": new_id}))
    return new_id


def _save_booking(s: Session, booking: Booking) -> None:
    repository.save_booking(s, booking)


def _audit_series(
    s: Session, now: dt.datetime, actor: str, action: str, series_id: str, bookings: list[Booking],
    **details: object,
) -> None:
    repository.add_audit(s, at=now, actor=actor, action=action, entity="series", entity_id=series_id,
                         details={"bookings": [b.id for b in bookings], **details})
