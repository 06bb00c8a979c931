"""The budget invariant, property style: whatever the coordinator does, billing stays in the budget.

Random sequences of bookings (some with an override reason), planning runs,
late cancellations, no-shows and closings with real times, on a project billed
with a 60-minute minimum and a 15-minute step. After every step the minutes the
funder is billed (closed, cancelled late, no-show) plus what the confirmed
bookings will bill stay within the budget unless a booking that bills carries
a recorded override; and the budget view counts exactly that.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from mediation_desk.scheduling.billing import BillingRule, budget_minutes, settings_key
from mediation_desk.scheduling.model import BookingStatus, Request
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import planning
from mediation_desk.services.booking import BookingError
from mediation_desk.services.budget import budget_report
from mediation_desk.services.requests import create_request
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import at, mediator, request, service

ACTOR = "coordinatrice"
RULE = BillingRule(round_step_min=15, min_charge_min=60)
AFTER = dt.datetime(2027, 1, 15, 9, 0, tzinfo=dt.UTC)  # every intervention of December is over
BUDGET_HOURS = 9.0
DAYS = [f"2026-12-{d:02d}" for d in (1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16)]


def load(db: Database) -> None:
    data = service(mediators=[mediator("M1"), mediator("M2"), mediator("M3")], requests=[],
                   budget_hours=BUDGET_HOURS)
    with db.write() as s:
        repository.replace_service(s, data)
        repository.set_setting(s, settings_key("P1"), RULE.to_setting())


def new_request(db: Database, rng: random.Random, day: str) -> Request:
    minutes = rng.choice([30, 45, 60, 75, 90, 120])
    template = request("X", day=day, start="08:00", end="18:00", duration_min=minutes, case=None)
    return create_request(db, template, actor=ACTOR, now=at(day, "07:00") - dt.timedelta(days=20)).value


def step(db: Database, rng: random.Random) -> None:
    with db.read() as s:
        confirmed = [b for b in repository.list_bookings(s) if b.status is BookingStatus.CONFIRMED]
    action = rng.choice(["book", "book", "plan", "late", "close", "close", "no_show"])
    if action in ("late", "close", "no_show") and not confirmed:
        action = "book"
    try:
        if action == "book":
            day = rng.choice(DAYS)
            req = new_request(db, rng, day)
            start = at(day, f"{rng.randint(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}")
            reason = "integrazione approvata dal Comune" if rng.random() < 0.2 else None
            lifecycle.book(db, req.id, rng.choice(["M1", "M2", "M3"]), start, actor=ACTOR,
                           now=start - dt.timedelta(days=10), override_reason=reason)
        elif action == "plan":
            day = rng.choice(DAYS)
            for _ in range(rng.randint(1, 3)):
                new_request(db, rng, day)
            when = dt.date.fromisoformat(day)
            planning.plan_range(db, when, when, time_limit=5, actor=ACTOR,
                                now=at(day, "07:00") - dt.timedelta(days=5))
        elif action == "late":
            target = rng.choice(confirmed)
            outcomes.cancel(db, target.id, "l'ente ha disdetto", actor=ACTOR,
                             now=target.start - dt.timedelta(hours=3))
        elif action == "no_show":
            outcomes.mark_no_show(db, rng.choice(confirmed).id, actor=ACTOR, now=AFTER)
        else:
            target = rng.choice(confirmed)
            worked = dt.timedelta(minutes=rng.choice([10, 40, 65, 95, 130, 200]))
            reason = "seduta prolungata su richiesta del servizio" if rng.random() < 0.3 else None
            outcomes.close(db, target.id, target.start, target.start + worked, actor=ACTOR, now=AFTER,
                            override_reason=reason)
    except BookingError:
        pass  # refused: the invariant must hold all the same


def billed_and_overridden(db: Database) -> tuple[int, bool]:
    with db.read() as s:
        bookings = repository.list_bookings(s)
    minutes = {b.id: budget_minutes(b, RULE) for b in bookings}
    return sum(minutes.values()), any(b.budget_override and minutes[b.id] for b in bookings)


def run_invariant(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    load(db)
    seen_refusal_or_override = False
    for _ in range(45):
        step(db, rng)
        total, overridden = billed_and_overridden(db)
        (status,) = budget_report(db, AFTER)
        assert status.used_min == total  # the budget view counts what the funder is billed
        assert overridden or total <= BUDGET_HOURS * 60, f"{total} billed minutes, no override recorded"
        seen_refusal_or_override |= total >= BUDGET_HOURS * 60 - 60
    assert seen_refusal_or_override  # the sequence did reach the budget, so the check was exercised


@pytest.mark.parametrize("seed", range(6))
def test_billable_total_never_exceeds_the_budget_without_a_recorded_override(
    sqlite_db: Database, seed: int
) -> None:
    run_invariant(sqlite_db, seed)


@pytest.mark.postgres
@pytest.mark.parametrize("seed", range(2))
def test_the_budget_invariant_holds_on_postgresql_too(pg_database: str, seed: int) -> None:
    database = Database.open(pg_database)  # a fresh migrated PostgreSQL database of the test server
    try:
        run_invariant(database, seed)
    finally:
        database.dispose()


def test_a_short_booking_counts_its_minimum_charge_and_is_refused_when_that_does_not_fit(
    sqlite_db: Database,
) -> None:
    """1 h 15 left, two 30-minute bookings bill 60 minutes each: the second one needs an override."""
    data = service(mediators=[mediator("M1")], budget_hours=1.25, requests=[
        replace(request("R1"), duration_min=30),
        replace(request("R2", start="13:00", end="17:00"), duration_min=30)])
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    lifecycle.book(sqlite_db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=AFTER)
    with pytest.raises(lifecycle.BookingRefused) as refused:
        lifecycle.book(sqlite_db, "R2", "M1", at("2026-12-07", "14:00"), actor=ACTOR, now=AFTER)
    (violation,) = refused.value.violations
    assert (violation.params["booked_min"], violation.params["adding_min"]) == (60, 60)
    change = lifecycle.book(sqlite_db, "R2", "M1", at("2026-12-07", "14:00"), actor=ACTOR, now=AFTER,
                            override_reason="ore aggiuntive autorizzate")
    assert change.booking.budget_override == "ore aggiuntive autorizzate"
    (status,) = budget_report(sqlite_db, AFTER)
    assert (status.committed_min, status.remaining_min) == (120, -45)


def test_closing_with_longer_times_than_the_budget_allows_needs_a_reason(sqlite_db: Database) -> None:
    data = service(mediators=[mediator("M1")], budget_hours=2.0, requests=[request("R1")])
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    booked = lifecycle.book(sqlite_db, "R1", "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=AFTER).booking
    start = booked.start
    longer = start + dt.timedelta(minutes=150)
    with pytest.raises(lifecycle.BookingRefused):
        outcomes.close(sqlite_db, booked.id, start, longer, actor=ACTOR, now=AFTER)
    with sqlite_db.read() as s:
        assert repository.get_booking(s, booked.id).status is BookingStatus.CONFIRMED  # type: ignore[union-attr]
    closed = outcomes.close(sqlite_db, booked.id, start, start + dt.timedelta(minutes=150), actor=ACTOR,
                             now=AFTER, override_reason="il colloquio è durato di più")
    assert closed.booking.budget_override == "il colloquio è durato di più"
    assert [v.code.value for v in closed.overridden] == ["budget"]
    with sqlite_db.read() as s:
        (entry, *_) = [e for e in repository.list_audit(s, "booking", booked.id) if e.action == "close"]
    assert entry.details["override_reason"] == "il colloquio è durato di più"
