"""Planning with a preview: propose without writing, drop lines, book the rest, every leftover explained."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.model import LanguageCode, RequestStatus
from mediation_desk.scheduling.unbooked import UnbookedReason
from mediation_desk.services import plan_preview
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scheduling.tiny_service import NOW, mediator, request, service

DAY = dt.date(2026, 12, 7)


def test_a_proposal_writes_nothing_and_booking_it_keeps_only_the_lines_left(sqlite_db: Database) -> None:
    data = service([mediator("M1"), mediator("M2")], [
        request("R1"), request("R2"), request("R3", language=LanguageCode("ti"))])
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    proposal = plan_preview.propose_plan(sqlite_db, DAY, DAY, time_limit=10, now=NOW)
    assert sorted(line.request.id for line in proposal.lines) == ["R1", "R2"]
    assert [(u.request.id, u.reason) for u in proposal.unbooked] == [("R3", UnbookedReason.NO_SPEAKER)]
    (effect,) = proposal.budgets
    assert (effect.code, effect.used_before_min, effect.adding_min) == ("P1", 0, 180)
    with sqlite_db.read() as s:
        assert repository.list_bookings(s) == []
    result = plan_preview.book_proposal(sqlite_db, proposal, keep={"R2"}, actor="coordinatrice", now=NOW)
    assert [b.request for b in result.bookings] == ["R2"]
    assert [(u.request.id, u.reason) for u in result.unbooked] == [
        ("R1", UnbookedReason.DROPPED), ("R3", UnbookedReason.NO_SPEAKER)]
    with sqlite_db.read() as s:
        assert [b.request for b in repository.list_bookings(s)] == ["R2"]
        assert repository.get_request(s, "R1").status is RequestStatus.PENDING  # type: ignore[union-attr]
        (audit,) = repository.list_audit(s, "plan")
    assert audit.details["dropped"] == 1
