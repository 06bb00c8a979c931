"""The planner's bulk write: re-checks each booking, books the requests, audits and queues invitations."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    Outcome,
    RequestId,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.planner import PlannedBooking
from mediation_desk.scheduling.rules import check_booking, eligibility, feasible_starts
from mediation_desk.services import mail_outbox, mail_settings
from mediation_desk.services.import_export import store_service
from mediation_desk.services.plan_booking import book_plan, busy_for
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import audit_actor
from tests.scenarios import demo_service
from tests.scheduling.tiny_service import NOW, at, booking, mediator, request, service

MAIL = {"host": "127.0.0.1", "port": 2525, "security": "none", "sender": "desk@example.org",
        "organizer_name": "Sportello mediazione", "organizer_email": "desk@example.org"}


def item(rid: str, mid: str, day: str, hhmm: str) -> PlannedBooking:
    start = at(day, hhmm)
    return PlannedBooking(RequestId(rid), MediatorId(mid), start, start + dt.timedelta(minutes=90),
                          travel_min=0, continuity=False)


def stored(db: Database, *, with_mail: bool) -> None:
    data = service(mediators=[mediator("M1"), mediator("M2")],
                   requests=[request("R0", status=RequestStatus.BOOKED), request("R1"), request("R2"),
                             request("R3", day="2026-12-10")],
                   bookings=[booking("B00007", "R0", "M2", at("2026-12-10", "14:00"))])
    store_service(db, data, actor="tester", now=NOW, replace=False, action="import", source="test")
    if with_mail:
        with db.write() as s:
            repository.set_setting(s, mail_settings.SETTINGS_KEY, MAIL)


def test_plan_is_written_with_statuses_audit_and_one_invitation_each(db: Database) -> None:
    stored(db, with_mail=True)
    plan = [item("R3", "M2", "2026-12-10", "09:00"), item("R1", "M1", "2026-12-07", "09:00"),
            item("R2", "M2", "2026-12-07", "10:30")]
    with db.write() as s:
        written = book_plan(s, plan, actor="planner-test", now=NOW)
    assert [(b.id, b.request) for b, _ in written] == [("B00008", "R1"), ("B00009", "R2"), ("B00010", "R3")]
    with db.read() as s:
        assert [b.id for b in repository.list_bookings(s)] == ["B00007", "B00008", "B00009", "B00010"]
        assert repository.get_booking(s, "B00009") == written[1][0]
        statuses = {r.id: r.status for r in repository.list_requests(s)}
        assert statuses == dict.fromkeys(("R0", "R1", "R2", "R3"), RequestStatus.BOOKED)
        booked = [e for e in repository.list_audit(s, "booking") if e.action == "book"]
        assert [(e.entity_id, e.actor, e.details["by"]) for e in booked] == [
            (b.id, audit_actor(db, "planner-test"), "planner") for b, _ in written]
        queued = mail_outbox.list_outbox(s, "queued")
        assert sorted((e.booking_id, e.to_addr) for e in queued) == [
            ("B00008", "m1@example.org"), ("B00009", "m2@example.org"), ("B00010", "m2@example.org")]
        assert repository.next_id(s, "booking") == "B00011"


def test_a_later_plan_entry_clashing_with_an_earlier_one_is_skipped(db: Database) -> None:
    stored(db, with_mail=False)
    plan = [item("R1", "M1", "2026-12-07", "09:00"), item("R2", "M1", "2026-12-07", "10:00")]
    with db.write() as s:
        written = book_plan(s, plan, actor="planner-test", now=NOW)
    assert [b.request for b, _ in written] == ["R1"]
    with db.read() as s:
        assert repository.get_request(s, "R2").status == RequestStatus.PENDING  # type: ignore[union-attr]
        assert mail_outbox.list_outbox(s) == []
        assert [(e.action, e.entity_id) for e in repository.list_audit(s, "booking")] == [
            ("book", written[0][0].id)]


def rough_plan(data: ServiceData) -> list[PlannedBooking]:
    """Two eligible mediators at their first free-looking start for each pending request: many clash."""
    ctx = SchedulingContext(data, NOW)
    planned: list[PlannedBooking] = []
    for i, r in enumerate(x for x in data.requests if x.status == RequestStatus.PENDING):
        fitting = [m for m in ctx.active_mediators() if not eligibility(ctx, r, m)]
        for m in fitting[i % 3:i % 3 + 2]:
            starts = feasible_starts(ctx, r, m)
            if starts:
                end = starts[0] + dt.timedelta(minutes=r.duration_min)
                planned.append(PlannedBooking(r.id, m.id, starts[0], end, travel_min=0, continuity=False))
    return planned


def kept_by_whole_service(s: Session, planned: list[PlannedBooking]) -> list[tuple[str, str, dt.datetime]]:
    """The plan entries the rules keep when checked against the whole stored service."""
    ctx = SchedulingContext(repository.load_service(s), NOW, busy_for(s, planned))
    kept: list[tuple[str, str, dt.datetime]] = []
    for item in sorted(planned, key=lambda p: (p.start, p.request)):
        r, m = ctx.requests[item.request], ctx.mediators[item.mediator]
        if r.status == RequestStatus.PENDING and not check_booking(ctx, r, m, item.start, item.end):
            ctx.add_booking(Booking(BookingId(f"X{len(kept)}"), r.id, m.id, item.start, item.end))
            kept.append((r.id, m.id, item.start))
    return kept


def test_the_plan_is_checked_as_the_whole_service_would_check_it(db: Database) -> None:
    data = demo_service(variant=4)
    late = [replace(b, status=BookingStatus.CANCELLED, outcome=Outcome.LATE_CANCELLATION) if i % 3 == 0 else b
            for i, b in enumerate(data.bookings)]
    whole = SchedulingContext(data, NOW)
    budgets = [replace(p, hour_budget=round(whole.project_minutes(p.code) / 60 + 30, 1))
               for p in data.projects]
    data = replace(data, bookings=late, projects=budgets,
                   mediators=[replace(m, max_minutes_per_week=240) for m in data.mediators])
    store_service(db, data, actor="tester", now=NOW, replace=True, action="import", source="test")
    planned = rough_plan(data)
    with db.read() as s:
        expected = kept_by_whole_service(s, planned)
    with db.write() as s:
        written = book_plan(s, planned, actor="tester", now=NOW)
    assert [(b.request, b.mediator, b.start) for b, _ in written] == expected
    # budgets, weekly limits, clashes and requests already taken refuse some
    assert 10 < len(expected) < len({p.request for p in planned})
