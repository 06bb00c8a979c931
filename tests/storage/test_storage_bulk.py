"""Bulk writes for the planner and the id counter's SQL aggregate, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import audit_actor, rome, small_service

from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, RequestId, RequestStatus
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import BookingOverlapError


def new_booking(bid: str, rid: str, start: dt.datetime) -> Booking:
    return Booking(BookingId(bid), RequestId(rid), MediatorId("M002"), start, start + dt.timedelta(hours=1),
                   created_at=rome(2026, 12, 1, 8), extra={"by": "planner"})


def test_bookings_inserted_at_once_read_back_equal_and_after_the_others(db: Database) -> None:
    new = [new_booking("B00010", "R00002", rome(2026, 12, 9, 9)),
           new_booking("B00011", "R00003", rome(2026, 12, 9, 11))]
    with db.write() as s:
        repo.replace_service(s, small_service())
        assert repo.insert_bookings(s, new) == 2
        assert repo.insert_bookings(s, []) == 0
    with db.read() as s:
        assert [b.id for b in repo.list_bookings(s)] == ["B00001", "B00002", "B00010", "B00011"]
        assert repo.get_booking(s, "B00011") == new[1]


def test_request_statuses_change_together(db: Database) -> None:
    with db.write() as s:
        repo.replace_service(s, small_service())
        before = repo.get_request(s, "R00002")
        assert before is not None
        statuses = {"R00002": RequestStatus.BOOKED, "R00003": RequestStatus.BOOKED,
                    "R00001": RequestStatus.CANCELLED}
        changed = repo.set_request_statuses(s, statuses)
        assert changed == 3
        assert repo.get_request(s, "R00002") == dataclasses.replace(before, status=RequestStatus.BOOKED)
    with db.read() as s:
        statuses = {r.id: r.status for r in repo.list_requests(s)}
    assert (statuses["R00001"], statuses["R00002"], statuses["R00003"]) == (
        RequestStatus.CANCELLED, RequestStatus.BOOKED, RequestStatus.BOOKED)


def test_many_audit_lines_at_once_keep_their_order(db: Database) -> None:
    at = rome(2026, 12, 1, 9)
    with db.write() as s:
        entries = [("book", "booking", f"B0000{i}", {"n": i}) for i in range(1, 4)]
        assert repo.add_audits(s, at=at, actor="planner", entries=entries) == 3
        with pytest.raises(TypeError):
            repo.add_audits(s, at=at, actor="planner", entries=[("book", "booking", "B9", {"x": object()})])
    with db.read() as s:
        lines = repo.list_audit(s, entity="booking")
    assert [(e.entity_id, e.details, e.actor) for e in lines] == [
        (f"B0000{i}", {"n": i}, audit_actor(db, "planner")) for i in range(1, 4)]
    assert not db.is_sqlite or {e.at for e in lines} == {at}  # PostgreSQL stamps its own clock


def test_next_id_looks_only_at_the_prefix_followed_by_digits(db: Database) -> None:
    data = small_service()
    odd = [dataclasses.replace(data.mediators[0], id=MediatorId(mid))
           for mid in ("m00900", "M77x", "MX", "M")]
    with db.write() as s:
        repo.replace_service(s, dataclasses.replace(data, mediators=data.mediators + odd))
        assert repo.next_id(s, "mediator") == "M00004"
        repo.save_mediator(s, dataclasses.replace(data.mediators[0], id=MediatorId("M0001234")))
        assert repo.next_id(s, "mediator") == "M01235"
        repo.save_mediator(s, dataclasses.replace(data.mediators[0], id=MediatorId("M123456")))
        assert repo.next_id(s, "mediator") == "M123457"
        assert repo.next_id(s, "agency") == "A00003"


def test_overlapping_bulk_bookings_are_refused_by_postgresql(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite has no exclusion constraint: the planner re-checks in its transaction")
    clash = [new_booking("B00010", "R00002", rome(2026, 12, 9, 9)),
             new_booking("B00011", "R00003", rome(2026, 12, 9, 9, 30))]
    with pytest.raises(BookingOverlapError), db.write() as s:
        repo.replace_service(s, small_service())
        repo.insert_bookings(s, clash)
