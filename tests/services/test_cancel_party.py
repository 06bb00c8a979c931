"""Who cancelled, and what it costs: billing and the request's fate follow the party."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.billing import BillingRule, billable_minutes
from mediation_desk.scheduling.model import BookingStatus, CancelParty, Outcome, RequestStatus
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services.booking import BookingError
from mediation_desk.services.budget import budget_report
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

ACTOR = "coordinatrice"
START = at("2026-12-07", "09:00")
LATE = START - dt.timedelta(hours=3)


def booked(db: Database) -> str:
    with db.write() as s:
        repository.replace_service(s, service(mediators=[mediator("M1")], requests=[request("R1")]))
    return lifecycle.book(db, "R1", "M1", START, actor=ACTOR, now=NOW).booking.id


@pytest.mark.parametrize(("party", "outcome", "request_status", "billed"), [
    (CancelParty.AGENCY, Outcome.LATE_CANCELLATION, RequestStatus.CANCELLED, 90),
    (CancelParty.FAMILY, Outcome.LATE_CANCELLATION, RequestStatus.CANCELLED, 90),
    (CancelParty.MEDIATOR, Outcome.CANCELLED, RequestStatus.PENDING, 0),
    (CancelParty.SERVICE, Outcome.CANCELLED, RequestStatus.CANCELLED, 0),
])
def test_a_late_cancellation_is_billed_only_when_the_agency_or_the_family_called_it_off(
    db: Database, party: CancelParty, outcome: Outcome, request_status: RequestStatus, billed: int,
) -> None:
    booking_id = booked(db)
    change = outcomes.cancel(db, booking_id, "motivo", actor=ACTOR, now=LATE, by=party)
    assert (change.booking.outcome, change.booking.cancelled_by) == (outcome, party)
    with db.read() as s:
        stored = repository.get_booking(s, booking_id)
        assert stored is not None and stored.cancelled_by is party
        assert repository.get_request(s, "R1").status is request_status  # type: ignore[union-attr]
        entry = repository.list_audit(s, "booking", booking_id)[-1]
    assert billable_minutes(stored, BillingRule()) == billed
    assert entry.details["by"] == party.value
    (status,) = budget_report(db, LATE)
    assert status.used_min == billed


def test_the_request_stays_open_when_the_coordinator_says_so_and_a_closed_one_can_be_reopened(
    db: Database,
) -> None:
    booking_id = booked(db)
    change = outcomes.cancel(db, booking_id, "ci si riorganizza", actor=ACTOR, now=NOW, close_request=False)
    assert change.request.status is RequestStatus.PENDING
    lifecycle.book(db, "R1", "M1", START + dt.timedelta(hours=1), actor=ACTOR, now=NOW)
    with db.read() as s:
        second = [b for b in repository.bookings_for_request(s, "R1") if b.active][0]
    outcomes.cancel(db, second.id, "per errore", actor=ACTOR, now=NOW)
    reopened = outcomes.reopen_request(db, "R1", actor=ACTOR, now=NOW).value
    assert reopened.status is RequestStatus.PENDING
    with db.read() as s:
        assert repository.get_request(s, "R1").status is RequestStatus.PENDING  # type: ignore[union-attr]
        assert repository.list_audit(s, "request", "R1")[-1].action == "reopen"
    with pytest.raises(BookingError):
        outcomes.reopen_request(db, "R1", actor=ACTOR, now=NOW)  # already open


def test_a_no_show_of_the_family_is_billed_and_one_of_the_mediator_is_not(db: Database) -> None:
    booking_id = booked(db)
    after = START + dt.timedelta(hours=2)
    with pytest.raises(BookingError):
        outcomes.mark_no_show(db, booking_id, actor=ACTOR, now=after, by=CancelParty.AGENCY)
    change = outcomes.mark_no_show(db, booking_id, actor=ACTOR, now=after, by=CancelParty.MEDIATOR)
    assert change.booking.status is BookingStatus.CANCELLED
    assert change.booking.outcome is Outcome.MEDIATOR_NO_SHOW
    assert change.request.status is RequestStatus.PENDING  # back among the unfilled
    assert billable_minutes(change.booking, BillingRule()) == 0
    again = lifecycle.book(db, "R1", "M1", START + dt.timedelta(hours=1), actor=ACTOR, now=NOW).booking
    family = outcomes.mark_no_show(db, again.id, actor=ACTOR, now=after + dt.timedelta(hours=1))
    assert (family.booking.outcome, family.booking.cancelled_by) == (Outcome.NO_SHOW, CancelParty.FAMILY)
    assert billable_minutes(family.booking, BillingRule()) == 90
