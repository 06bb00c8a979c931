"""Repository functions one by one: get, save, list order, delete, settings, audit, ids, rollback."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import audit_actor, rome, small_service

from mediation_desk.scheduling.model import (
    AreaCode,
    BookingStatus,
    Language,
    LanguageCode,
    Mediator,
    MediatorId,
)
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import InUseError


@pytest.fixture
def filled(db: Database) -> Database:
    with db.write() as s:
        repo.replace_service(s, small_service())
    return db


def test_get_returns_the_entity_or_none(filled: Database) -> None:
    data = small_service()
    with filled.read() as s:
        assert repo.get_area(s, "LODI") == data.areas[0]
        assert repo.get_language(s, "ti") == data.languages[1]
        assert repo.get_project(s, "LABIMPACT2") == data.projects[0]
        assert repo.get_agency(s, "A001") == data.agencies[0]
        assert repo.get_mediator(s, "M003") == data.mediators[2]
        assert repo.get_request(s, "R00003") == data.requests[2]
        assert repo.get_booking(s, "B00001") == data.bookings[0]
        assert repo.get_mediator(s, "M999") is None and repo.get_booking(s, "nope") is None


def test_save_updates_in_place_and_new_rows_go_last(filled: Database) -> None:
    unicode_name = "Ḥawa Ğül — 和平"
    with filled.write() as s:
        first = repo.get_mediator(s, "M001")
        assert first is not None
        first.name, first.gender, first.hourly_rate = unicode_name, None, None
        first.extra = {"nested": {"list": [1, 2.5, None, "è"]}, "empty": {}}
        repo.save_mediator(s, first)
        repo.save_mediator(
            s, dataclasses.replace(first, id=MediatorId("M000"), languages=[], areas=[AreaCode("CREMA")])
        )
        repo.save_language(s, Language(LanguageCode("uk"), "Ucraino"))
    with filled.read() as s:
        mediators: list[Mediator] = repo.list_mediators(s)
        assert [m.id for m in mediators] == ["M001", "M002", "M003", "M000"]
        assert mediators[0].name == unicode_name and mediators[0].gender is None
        assert mediators[0].extra == {"nested": {"list": [1, 2.5, None, "è"]}, "empty": {}}
        assert [lang.code for lang in repo.list_languages(s)] == ["ar", "ti", "uk"]


def test_changing_a_saved_object_afterwards_does_not_touch_the_database(filled: Database) -> None:
    with filled.write() as s:
        booking = repo.get_booking(s, "B00002")
        assert booking is not None
        repo.save_booking(s, booking)
        booking.extra["room"] = "changed after save"
    with filled.read() as s:
        stored = repo.get_booking(s, "B00002")
        assert stored is not None and stored.extra == {"room": "stanza 2"}


def test_in_place_changes_of_a_loaded_object_are_saved(filled: Database) -> None:
    with filled.write() as s:
        mediator = repo.get_mediator(s, "M001")
        assert mediator is not None
        mediator.extra["iban"] = "IT02L1234512345123456789012"
        mediator.languages[0].extra["since"] = 2019
        mediator.availability.pop()
        repo.save_mediator(s, mediator)
    with filled.read() as s:
        stored = repo.get_mediator(s, "M001")
        assert stored is not None
        assert stored.extra == {"iban": "IT02L1234512345123456789012"}
        assert stored.languages[0].extra == {"since": 2019}
        assert len(stored.availability) == 9


def test_delete_refuses_entities_still_in_use(filled: Database) -> None:
    refusals = [
        (repo.delete_area, "LODI"),
        (repo.delete_language, "AR"),
        (repo.delete_project, "LABIMPACT2"),
        (repo.delete_agency, "A001"),
        (repo.delete_mediator, "M001"),
        (repo.delete_request, "R00001"),
    ]
    for delete, key in refusals:
        with pytest.raises(InUseError, match="still used by"), filled.write() as s:
            delete(s, key)
    with filled.write() as s:
        assert repo.delete_booking(s, "B00002")
        assert repo.delete_request(s, "R00001")
        assert not repo.delete_request(s, "R00001")
    with filled.read() as s:
        assert [r.id for r in repo.list_requests(s)] == ["R00002", "R00003", "R00004"]


def test_booking_queries(filled: Database) -> None:
    with filled.read() as s:
        week = repo.bookings_between(s, rome(2026, 11, 30, 0), rome(2026, 12, 8, 0))
        assert [b.id for b in week] == ["B00001", "B00002"]
        assert [
            b.id
            for b in repo.bookings_for_mediators(s, ["M001"], rome(2026, 12, 7, 10), rome(2026, 12, 7, 11))
        ] == ["B00002"]
        assert repo.bookings_for_mediators(s, ["M002"], rome(2026, 11, 1, 0), rome(2027, 1, 1, 0)) == []
        assert repo.bookings_for_mediators(s, None, rome(2026, 12, 7, 10, 30), rome(2026, 12, 7, 11)) == []
        assert [b.id for b in repo.bookings_for_request(s, "R00004")] == ["B00001"]
        assert [b.id for b in repo.bookings_of_project(s, "LABIMPACT2")] == ["B00001", "B00002"]


def test_cancelled_bookings_are_kept_and_can_be_left_out(filled: Database) -> None:
    with filled.write() as s:
        booking = repo.get_booking(s, "B00002")
        assert booking is not None
        booking.status, booking.cancelled_at, booking.cancel_reason = (
            BookingStatus.CANCELLED,
            rome(2026, 12, 6, 18),
            "la famiglia ha disdetto",
        )
        repo.save_booking(s, booking)
    span = (rome(2026, 12, 7, 0), rome(2026, 12, 8, 0))
    with filled.read() as s:
        assert [b.status for b in repo.bookings_between(s, *span)] == [BookingStatus.CANCELLED]
        assert repo.bookings_between(s, *span, active_only=True) == []


def test_settings_hold_json_values(db: Database) -> None:
    with db.write() as s:
        assert repo.get_setting(s, "late_cancellation_hours", 24) == 24
        repo.set_setting(s, "late_cancellation_hours", 48)
        repo.set_setting(
            s, "mail", {"host": "smtp.example.org", "port": 587, "from": "coordinamento@example.org"}
        )
        repo.set_setting(s, "mail", {"host": "smtp.example.org", "port": 465})
        with pytest.raises(TypeError):
            repo.set_setting(s, "bad", object())
    with db.read() as s:
        assert repo.get_setting(s, "late_cancellation_hours") == 48
        assert repo.get_setting(s, "mail") == {"host": "smtp.example.org", "port": 465}
        assert repo.get_setting(s, "bad") is None


def test_audit_trail_keeps_order_and_filters(db: Database) -> None:
    at = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    with db.write() as s:
        repo.add_audit(
            s, at=at, actor="giulia", action="book", entity="booking", entity_id="B00002", details={}
        )
        repo.add_audit(
            s,
            at=rome(2026, 12, 1, 11),
            actor="giulia",
            action="cancel",
            entity="booking",
            entity_id="B00002",
            details={"reason": "malattia", "late": True},
        )
        repo.add_audit(
            s, at=at, actor="marco", action="edit", entity="mediator", entity_id="M001", details={"f": 1}
        )
    with db.read() as s:
        everything = repo.list_audit(s)
        assert [e.action for e in everything] == ["book", "cancel", "edit"]
        assert not db.is_sqlite or everything[1].at == dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
        assert everything[1].details == {"reason": "malattia", "late": True}
        assert [e.action for e in repo.list_audit(s, entity="booking", entity_id="B00002")] == [
            "book",
            "cancel",
        ]
        assert [e.actor for e in repo.list_audit(s, entity="mediator")] == [audit_actor(db, "marco")]


def test_next_id_is_unused_and_increasing(db: Database) -> None:
    with db.write() as s:
        assert repo.next_id(s, "booking") == "B00001"
        assert repo.next_id(s, "booking") == "B00002"
        repo.replace_service(s, small_service())  # holds requests R00001..R00004, mediators M001..M003
        assert repo.next_id(s, "request") == "R00005"
        assert repo.next_id(s, "mediator") == "M00004"
        assert repo.next_id(s, "booking") == "B00003"
        assert repo.delete_booking(s, "B00002")
        assert repo.next_id(s, "booking") == "B00004"
        with pytest.raises(ValueError, match="unknown kind"):
            repo.next_id(s, "banana")


def test_a_failed_write_leaves_nothing_behind(filled: Database) -> None:
    with filled.read() as s:
        audit_before = repo.list_audit(s)
    with pytest.raises(RuntimeError), filled.write() as s:
        repo.set_setting(s, "half", "done")
        repo.add_audit(
            s, at=rome(2026, 12, 1, 9), actor="x", action="a", entity="e", entity_id="1", details={}
        )
        repo.delete_booking(s, "B00002")
        repo.replace_service(s, small_service().__class__())
        raise RuntimeError("the user pressed cancel")
    with filled.read() as s:
        assert repo.get_setting(s, "half") is None
        assert repo.list_audit(s) == audit_before
        assert repo.load_service(s).bookings == small_service().bookings


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"), db.write() as s:
        repo.add_audit(
            s, at=dt.datetime(2026, 1, 1), actor="x", action="a", entity="e", entity_id="1", details={}
        )
