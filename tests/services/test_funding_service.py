"""The right fund for each request through the services: proposal, waiting list, hours freed, funding."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mediation_desk.scheduling.funding import Ineligible
from mediation_desk.scheduling.model import (
    AgencyKind,
    LanguageCode,
    Priority,
    Project,
    ProjectCode,
    RequestId,
    RequestStatus,
)
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import catalog, funding, planning, requests
from mediation_desk.services.booking import BookingRefused
from mediation_desk.services.candidates import candidates_for
from mediation_desk.services.funding import FundingError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

ACTOR = "coordinatrice"
P1 = ProjectCode("P1")


def load(db: Database, budget_hours: float = 3.0, **more: object) -> None:
    """P1 (every area, kind and language, 2026) with ``budget_hours``; R1 booked 90 min on it."""
    data = service(mediators=[mediator("M1")], requests=[request("R1")], budget_hours=budget_hours)
    for key, value in more.items():
        setattr(data, key, value)
    with db.write() as s:
        repository.replace_service(s, data)
    lifecycle.book(db, RequestId("R1"), "M1", at("2026-12-07", "09:00"), actor=ACTOR, now=NOW)  # type: ignore[arg-type]


def new_request(db: Database, rid: str, *, priority: Priority = Priority.NORMAL, minutes: int = 90,
                received: int = 0, **changes: object) -> str:
    """Create a request the way the form does: the proposal, or the waiting list when there is none."""
    typed = request(rid, day="2026-12-09", project=None, priority=priority, duration_min=minutes,
                    received_at=NOW + dt.timedelta(minutes=received), **changes)  # type: ignore[arg-type]
    advice = funding.advise(db, typed, NOW)
    typed = dataclasses.replace(typed, project=advice.proposal.project.code if advice.proposal else None,
                                waiting_funds=advice.waiting)
    return requests.create_request(db, typed, actor=ACTOR, now=NOW).value.id


def stored(db: Database, rid: str):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return repository.get_request(s, rid)


def test_a_new_request_is_proposed_the_project_with_hours(db: Database) -> None:
    load(db)
    rid = new_request(db, "X")
    assert stored(db, rid).project == "P1" and not stored(db, rid).waiting_funds
    advice = funding.advise(db, stored(db, rid), NOW)
    option = advice.option("P1")
    assert option is not None and option.need_min == 90 and option.left_min == 90.0
    assert option.reserved_min == 0.0  # the request itself is not counted against itself


def test_with_no_hours_left_the_request_waits_for_funds_and_cannot_be_booked(db: Database) -> None:
    load(db)
    other = new_request(db, "X")  # takes the last 1.5 h (reserved by a pending request)
    rid = new_request(db, "Y")
    waiting = stored(db, rid)
    assert waiting.project is None and waiting.waiting_funds and waiting.status is RequestStatus.PENDING
    assert [r.id for r in funding.waiting_requests(db)] == [rid]
    with pytest.raises(BookingRefused) as refused:
        lifecycle.book(db, RequestId(rid), "M1", at("2026-12-09", "09:00"), actor=ACTOR, now=NOW)  # type: ignore[arg-type]
    assert [v.code for v in refused.value.violations] == [ViolationCode.WAITING_FUNDS]
    found = candidates_for(db, RequestId(rid), NOW)
    assert [v.code for v in found.blocking] == [ViolationCode.WAITING_FUNDS]  # shown above the candidates
    result = planning.plan_range(db, dt.date(2026, 12, 9), dt.date(2026, 12, 9), time_limit=5, actor=ACTOR,
                                 now=NOW)
    with db.read() as s:
        assert not [b for b in repository.bookings_for_request(s, rid)]
        assert [b.request for b in repository.list_bookings(s) if b.request != "R1"] == [other]
    (left,) = [u for u in result.unbooked if u.request.id == rid]
    assert left.params["code"] == "waiting_funds"  # "In attesa di fondi" in the plan's leftovers


def test_an_ineligible_project_says_why(db: Database) -> None:
    load(db)
    with db.write() as s:
        repository.save_project(s, Project(ProjectCode("SCUOLE"), "Scuole", "Regione", dt.date(2026, 1, 1),
                                           dt.date(2026, 12, 31), 50.0, agency_kinds=[AgencyKind.SCHOOL],
                                           languages=[LanguageCode("ti")]))
    advice = funding.advise(db, request("Z", day="2026-12-09", project=None), NOW)
    option = advice.option("SCUOLE")
    assert option is not None
    assert {r.code for r in option.reasons} == {Ineligible.AGENCY_KIND, Ineligible.LANGUAGE}
    assert advice.proposal is not None and advice.proposal.project.code == "P1"


def waiting_three(db: Database) -> list[str]:
    """The budget full (R1 booked, X pending), then three requests waiting: normal, urgent, normal."""
    load(db)
    new_request(db, "X")
    ids = [new_request(db, "W1", received=1), new_request(db, "W2", priority=Priority.URGENT, received=2),
           new_request(db, "W3", received=3)]
    assert funding.funding_offers(db, NOW) == []
    return ids


def test_the_waiting_list_is_urgent_first_then_by_arrival(db: Database) -> None:
    w1, w2, w3 = waiting_three(db)
    assert [r.id for r in funding.waiting_requests(db)] == [w2, w1, w3]


def test_a_cancellation_frees_hours_for_the_first_waiting_request(db: Database) -> None:
    w1, w2, _ = waiting_three(db)
    (booking,) = [b for b in _bookings(db) if b.request == "R1"]
    outcomes.cancel(db, booking.id, "non serve più", actor=ACTOR, now=NOW)  # in time: nothing billed
    (offer,) = funding.funding_offers(db, NOW)
    assert offer.project.code == "P1" and offer.free_min == 90.0
    assert [r.id for r in offer.requests] == [w2]  # 1.5 h free: the urgent one only


def test_a_budget_increase_offers_the_waiting_requests_in_order_and_funding_them_is_one_step(
    db: Database,
) -> None:
    w1, w2, w3 = waiting_three(db)
    with db.read() as s:
        project = repository.get_project(s, "P1")
    assert project is not None
    catalog.save_project(db, dataclasses.replace(project, hour_budget=7.0), new=False, actor=ACTOR, now=NOW)
    (offer,) = funding.funding_offers(db, NOW)
    assert offer.free_min == 240.0 and [r.id for r in offer.requests] == [w2, w1]  # 4 h: two of 1.5 h
    change = funding.fund_waiting(db, "P1", [r.id for r in offer.requests], actor=ACTOR, now=NOW)
    assert change.changes.requests == {w1, w2} and change.changes.budgets == {"P1"}
    assert [(stored(db, r).project, stored(db, r).waiting_funds) for r in (w1, w2, w3)] == [
        ("P1", False), ("P1", False), (None, True)]
    assert [r.id for r in funding.waiting_requests(db)] == [w3]
    assert funding.funding_offers(db, NOW) == []  # 1 h left: W3 needs 1.5
    with db.read() as s:
        assert repository.list_audit(s, "request", w1)[-1].details == {"project": "P1"}
    lifecycle.book(db, RequestId(w2), "M1", at("2026-12-09", "09:00"), actor=ACTOR, now=NOW)  # type: ignore[arg-type]


def test_a_new_project_offers_the_requests_it_may_fund(db: Database) -> None:
    w1, w2, w3 = waiting_three(db)
    fresh = Project(ProjectCode("FAMI-2026"), "FAMI 2026", "FAMI", dt.date(2026, 12, 1),
                    dt.date(2026, 12, 31), 10.0)
    catalog.save_project(db, fresh, new=True, actor=ACTOR, now=NOW)
    offers = {str(o.project.code): o for o in funding.funding_offers(db, NOW)}
    assert [r.id for r in offers["FAMI-2026"].requests] == [w2, w1, w3]


def test_funding_refuses_everything_when_the_hours_no_longer_hold_them(db: Database) -> None:
    w1, w2, _ = waiting_three(db)
    with pytest.raises(FundingError) as refused:
        funding.fund_waiting(db, "P1", [w2, w1], actor=ACTOR, now=NOW)
    assert refused.value.code == "no_hours"
    assert [r.id for r in funding.waiting_requests(db)] == [w2, w1, _]  # nothing changed


def test_saving_a_project_for_a_waiting_request_takes_it_off_the_list(db: Database) -> None:
    w1, _, _ = waiting_three(db)
    chosen = dataclasses.replace(stored(db, w1), project=P1)  # the coordinator's own choice, past the budget
    requests.update_request(db, chosen, actor=ACTOR, now=NOW)
    assert not stored(db, w1).waiting_funds


def _bookings(db: Database):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return repository.list_bookings(s)
