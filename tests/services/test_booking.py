"""Booking lifecycle services on SQLite and PostgreSQL: rules in the transaction, audit, late cancellation."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from mediation_desk.scheduling.budget import BudgetLevel
from mediation_desk.scheduling.model import BookingStatus, CancelParty, Outcome, RequestStatus
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services.booking import BookingError, BookingRefused
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import audit_actor
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

ACTOR = "coordinatrice"


def load(db: Database, **kwargs: object) -> None:
    data = service(**kwargs)  # type: ignore[arg-type]
    with db.write() as s:
        repository.replace_service(s, data)


def two_requests() -> dict[str, object]:
    return {"mediators": [mediator("M1"), mediator("M2")], "requests": [request("R1"), request("R2")]}


def test_book_saves_the_booking_marks_the_request_and_audits(db: Database) -> None:
    load(db)
    change = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:30"), actor=ACTOR, now=NOW)
    assert change.change == "created" and change.request.status is RequestStatus.BOOKED
    assert change.budget_level is BudgetLevel.OK
    with db.read() as s:
        saved = repository.get_booking(s, change.booking.id)
        assert saved is not None and saved.end == at("2026-12-07", "11:00") and saved.created_at == NOW
        assert repository.get_request(s, "R1").status is RequestStatus.BOOKED  # type: ignore[union-attr]
        (entry,) = repository.list_audit(s, "booking", change.booking.id)
    assert (entry.actor, entry.action, entry.details["mediator"]) == (audit_actor(db, ACTOR), "book", "M1")


def test_a_refused_booking_writes_nothing(db: Database) -> None:
    load(db, **two_requests())
    lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW)
    with pytest.raises(BookingRefused) as refused:
        lifecycle.book(db, "R2", "M1", at("2026-12-07", "10:00"), actor=ACTOR, now=NOW)
    assert [v.code for v in refused.value.violations] == [ViolationCode.OVERLAP]
    with db.read() as s:
        assert len(repository.list_bookings(s)) == 1
        assert repository.get_request(s, "R2").status is RequestStatus.PENDING  # type: ignore[union-attr]
        assert len(repository.list_audit(s, "booking")) == 1


def test_budget_refusal_and_override_with_a_recorded_reason(db: Database) -> None:
    load(db, budget_hours=1.0)
    with pytest.raises(BookingRefused) as refused:
        lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW)
    assert [v.code for v in refused.value.violations] == [ViolationCode.BUDGET]
    with pytest.raises(BookingRefused):
        lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW, override_reason="  ")
    change = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW,
                            override_reason="top-up approved by the Comune")
    assert [v.code for v in change.overridden] == [ViolationCode.BUDGET]
    assert change.budget_level is BudgetLevel.EXHAUSTED
    with db.read() as s:
        assert repository.get_booking(s, change.booking.id).budget_override == (  # type: ignore[union-attr]
            "top-up approved by the Comune")
        (entry,) = repository.list_audit(s, "booking", change.booking.id)
    assert entry.details["override_reason"] == "top-up approved by the Comune"
    assert entry.details["overridden"][0]["code"] == "budget"


def test_reschedule_moves_and_raises_the_sequence_but_not_into_a_clash(db: Database) -> None:
    load(db, **two_requests())
    first = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking
    lifecycle.book(db, "R2", "M1", at("2026-12-07", "10:30"), actor=ACTOR, now=NOW)
    with pytest.raises(BookingRefused) as refused:
        lifecycle.reschedule(db, first.id, at("2026-12-07", "09:30"), actor=ACTOR, now=NOW)
    assert {v.code for v in refused.value.violations} == {ViolationCode.OVERLAP}
    moved = lifecycle.reschedule(db, first.id, at("2026-12-07", "09:00"), actor=ACTOR, now=NOW,
                                 new_mediator="M2")
    assert moved.change == "reassigned" and moved.booking.mediator == "M2"
    assert moved.replaced is not None and moved.replaced.status is BookingStatus.CANCELLED
    with db.read() as s:
        assert [b.status for b in repository.bookings_for_request(s, "R1")] == [
            BookingStatus.CANCELLED, BookingStatus.CONFIRMED]


@pytest.mark.parametrize(("lead", "late"), [(dt.timedelta(hours=23, minutes=59), True),
                                            (dt.timedelta(hours=24, minutes=1), False)])
def test_late_cancellation_inside_24_hours(db: Database, lead: dt.timedelta, late: bool) -> None:
    load(db)
    booked = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking
    change = outcomes.cancel(db, booked.id, "family moved away", actor=ACTOR, now=booked.start - lead,
                              by=CancelParty.FAMILY)
    assert change.booking.status is BookingStatus.CANCELLED
    assert change.booking.outcome is (Outcome.LATE_CANCELLATION if late else Outcome.CANCELLED)
    assert change.request.status is RequestStatus.CANCELLED  # the family no longer needs it, late or not
    with db.read() as s:
        (_, entry) = repository.list_audit(s, "booking", booked.id)
    assert entry.details["late"] is late and entry.details["reason"] == "family moved away"


def test_the_notice_period_is_a_setting(db: Database) -> None:
    load(db)
    with db.write() as s:
        repository.set_setting(s, outcomes.LATE_CANCELLATION_HOURS_KEY, 48)
    booked = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking
    before = booked.start - dt.timedelta(hours=30)
    assert outcomes.is_late_cancellation(db, booked, before)
    change = outcomes.cancel(db, booked.id, "rinviato", actor=ACTOR, now=before)
    assert change.change == "late_cancelled"


def test_no_show_and_close(db: Database) -> None:
    load(db, **two_requests())
    one = lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking
    two = lifecycle.book(db, "R2", "M2", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking
    with pytest.raises(BookingError) as early:
        outcomes.mark_no_show(db, one.id, actor=ACTOR, now=NOW)
    assert early.value.code == "not_started"
    later = at("2026-12-07", "12:00")
    assert outcomes.mark_no_show(db, one.id, actor=ACTOR, now=later).booking.outcome is Outcome.NO_SHOW
    closed = outcomes.close(db, two.id, at("2026-12-07", "09:05"), at("2026-12-07", "10:50"), actor=ACTOR,
                             now=later)
    assert (closed.booking.status, closed.booking.outcome) == (BookingStatus.DONE, Outcome.DELIVERED)
    with pytest.raises(BookingError) as wrong:
        outcomes.cancel(db, two.id, "too late", actor=ACTOR, now=later)
    assert wrong.value.code == "wrong_status"


def test_two_coordinators_booking_the_same_slot_only_one_wins(db: Database) -> None:
    load(db, **two_requests())
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def attempt(request_id: str) -> None:
        barrier.wait()
        try:
            lifecycle.book(db, request_id, "M1", at("2026-12-07", "09:00"), actor=request_id, now=NOW)
            outcomes[request_id] = "booked"
        except BookingRefused as exc:
            outcomes[request_id] = ",".join(sorted(str(v.code) for v in exc.violations))

    threads = [threading.Thread(target=attempt, args=(rid,)) for rid in ("R1", "R2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes.values()) == ["booked", "overlap"]
    with db.read() as s:
        assert len([b for b in repository.list_bookings(s) if b.active]) == 1
