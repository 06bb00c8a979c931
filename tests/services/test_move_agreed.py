"""A move to a new time agreed with the agency: the request's window follows, the audit says who agreed."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.billing import BillingRule, billable_minutes
from mediation_desk.scheduling.model import BookingStatus, RequestStatus
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import mail_outbox, mail_settings
from mediation_desk.services.booking import BookingError, BookingRefused
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import audit_actor
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

ACTOR = "coordinatrice"


def booked(db: Database) -> str:
    other = request("R2", day="2026-12-10", start="14:00", end="18:00")
    data = service(mediators=[mediator("M1"), mediator("M2")], requests=[request("R1"), other])
    with db.write() as s:
        repository.replace_service(s, data)
        repository.set_setting(s, mail_settings.SETTINGS_KEY, {
            "host": "127.0.0.1", "sender": "desk@example.org",
            "organizer_email": "desk@example.org"})
    lifecycle.book(db, "R2", "M1", at("2026-12-10", "15:00"), actor=ACTOR, now=NOW)
    return lifecycle.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW).booking.id


def test_a_time_outside_the_windows_needs_the_agencys_agreement_then_becomes_the_window(db: Database) -> None:
    booking_id = booked(db)
    new = at("2026-12-09", "14:00")
    with pytest.raises(BookingRefused) as refused:
        lifecycle.reschedule(db, booking_id, new, actor=ACTOR, now=NOW)
    assert [v.code for v in refused.value.violations] == [ViolationCode.OUTSIDE_WINDOW]
    change = lifecycle.reschedule(db, booking_id, new, actor=ACTOR, now=NOW,
                                  agreed_with="Sig.ra Rossi (Comune)")
    assert change.booking.start == new and change.booking.sequence == 1
    with db.read() as s:
        saved = repository.get_request(s, "R1")
        assert saved is not None and saved.status is RequestStatus.BOOKED
        assert [(w.start, w.end) for w in saved.windows] == [(new, at("2026-12-09", "15:30"))]
        (agreed,) = [e for e in repository.list_audit(s, "request", "R1") if e.action == "agreed_time"]
        (moved,) = [e for e in repository.list_audit(s, "booking", booking_id) if e.action == "reschedule"]
        invites = [m for m in mail_outbox.list_outbox(s) if m.booking_id == booking_id]
        bookings = repository.bookings_for_request(s, "R1")
    assert agreed.actor == audit_actor(db, ACTOR) and agreed.details["agreed_with"] == "Sig.ra Rossi (Comune)"
    (old_window,) = agreed.details["from_windows"]
    assert [dt.datetime.fromisoformat(x) for x in old_window] == [at("2026-12-07", "09:00"),
                                                                  at("2026-12-07", "12:00")]
    assert moved.details["agreed_with"] == "Sig.ra Rossi (Comune)"
    assert len(invites) == 2  # the invitation, then its update at the new time
    assert [b.status for b in bookings] == [BookingStatus.CONFIRMED]  # moved, not cancelled and rebooked
    assert billable_minutes(bookings[0], BillingRule()) == 0  # nothing billed


def test_every_other_rule_is_still_checked_on_an_agreed_time(db: Database) -> None:
    booking_id = booked(db)
    with pytest.raises(BookingRefused) as refused:  # M1 is busy with R2 then
        lifecycle.reschedule(db, booking_id, at("2026-12-10", "15:30"), actor=ACTOR, now=NOW,
                             agreed_with="Rossi")
    assert ViolationCode.OVERLAP in [v.code for v in refused.value.violations]
    with pytest.raises(BookingError) as blank:
        lifecycle.reschedule(db, booking_id, at("2026-12-09", "14:00"), actor=ACTOR, now=NOW,
                             agreed_with="  ")
    assert blank.value.code == "agreed_with_required"
    with db.read() as s:  # nothing written
        saved = repository.get_request(s, "R1")
        assert saved is not None and saved.windows[0].start == at("2026-12-07", "09:00")
    other = lifecycle.reschedule(db, booking_id, at("2026-12-10", "15:30"), actor=ACTOR, now=NOW,
                                 agreed_with="Rossi", new_mediator="M2")
    assert other.change == "reassigned" and other.booking.mediator == "M2"
