"""No lost updates: two sessions edit the same record from the same read; the second save is refused.

Each test opens a second Database on the same file or server (another
coordinator's program), reads what both see, saves one edit in each and checks
that the later save, made from the older copy, is refused naming who changed
the record and when, while the first edit stays and the refused copy keeps the
user's values for re-applying.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import catalog, requests
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StaleEditError
from tests.factories import audit_actor
from tests.scheduling.tiny_service import NOW, at, mediator, request, service

LATER = NOW.replace(hour=10, minute=42)


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """The same database opened by another program, as a second coordinator would."""
    target = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)
    second = Database.open(target)
    yield second
    second.dispose()


@pytest.fixture
def loaded(db: Database) -> Database:
    data = service(mediators=[mediator("M1"), mediator("M2")], requests=[request("R1"), request("R2")])
    with db.write() as s:
        repository.replace_service(s, data)
    return db


def test_two_coordinators_saving_the_same_request_second_is_refused(
    loaded: Database, other: Database
) -> None:
    with loaded.read() as s:
        ana_copy = repository.get_request(s, "R1")
    with other.read() as s:
        bruno_copy = repository.get_request(s, "R1")
    assert ana_copy is not None and bruno_copy is not None and ana_copy.version == bruno_copy.version
    requests.update_request(loaded, dataclasses.replace(ana_copy, notes="citofono 3"), actor="ana", now=LATER)
    bruno_edit = dataclasses.replace(bruno_copy, notes="portare il modulo")
    with pytest.raises(StaleEditError) as refused:
        requests.update_request(other, bruno_edit, actor="bruno", now=NOW)
    assert (refused.value.entity, refused.value.key) == ("request", "R1")
    assert refused.value.changed_by == audit_actor(loaded, "ana")
    assert refused.value.changed_at == LATER if loaded.is_sqlite else refused.value.changed_at is not None
    with other.read() as s:
        stored = repository.get_request(s, "R1")
    assert stored is not None and stored.notes == "citofono 3"  # ana's edit is not lost
    assert bruno_edit.notes == "portare il modulo"  # bruno's values are still his to re-apply
    again = dataclasses.replace(bruno_edit, version=stored.version, notes="citofono 3; portare il modulo")
    assert requests.update_request(other, again, actor="bruno", now=NOW).value.notes.endswith("modulo")


def test_two_reschedules_from_the_same_stale_view_second_is_refused(
    loaded: Database, other: Database
) -> None:
    first = lifecycle.book(loaded, "R1", "M1", at("2026-12-07", "09:00"), actor="ana", now=NOW).booking
    with loaded.read() as s:
        seen = repository.get_booking(s, first.id)
    assert seen is not None
    lifecycle.reschedule(loaded, first.id, at("2026-12-07", "09:30"), actor="ana", now=LATER,
                         read_version=seen.version)
    with pytest.raises(StaleEditError) as refused:
        lifecycle.reschedule(other, first.id, at("2026-12-07", "10:00"), actor="bruno", now=NOW,
                             read_version=seen.version)
    assert refused.value.entity == "booking" and refused.value.changed_by == audit_actor(loaded, "ana")
    with pytest.raises(StaleEditError):
        outcomes.cancel(other, first.id, "la famiglia ha disdetto", actor="bruno", now=NOW,
                         read_version=seen.version)
    with other.read() as s:
        stored = repository.get_booking(s, first.id)
        assert stored is not None and stored.start == at("2026-12-07", "09:30") and stored.active
        assert [e.action for e in repository.list_audit(s, "booking", first.id)] == ["book", "reschedule"]


@pytest.mark.postgres
def test_a_writer_ignoring_the_lock_cannot_overwrite_either(loaded: Database) -> None:
    """The UPDATE itself says WHERE version = <read>: a change slipped in meanwhile makes it match nothing."""
    if loaded.is_sqlite:
        pytest.skip("SQLite lets no second writer in during a write transaction")
    first = lifecycle.book(loaded, "R1", "M1", at("2026-12-07", "09:00"), actor="ana", now=NOW).booking
    with loaded.write() as s:
        current = repository.get_booking(s, first.id)
        assert current is not None
        with loaded.engine.connect() as rogue:  # another connection, no advisory lock taken
            rogue.execute(sa.text("UPDATE bookings SET version = version + 1, cancel_reason = 'x' "
                                  "WHERE id = :id"), {"id": first.id})
            rogue.commit()
        with pytest.raises(StaleEditError):
            repository.save_booking(s, dataclasses.replace(current, budget_override="motivo"))
    with loaded.read() as s:
        assert repository.get_booking(s, first.id).budget_override == ""  # type: ignore[union-attr]


def test_two_coordinators_saving_the_same_mediator_second_is_refused(
    loaded: Database, other: Database
) -> None:
    with loaded.read() as s:
        ana_copy = repository.get_mediator(s, "M1")
    with other.read() as s:
        bruno_copy = repository.get_mediator(s, "M1")
    assert ana_copy is not None and bruno_copy is not None
    catalog.save_mediator(loaded, dataclasses.replace(ana_copy, max_minutes_per_week=900), new=False,
                          actor="ana", now=LATER)
    with pytest.raises(StaleEditError) as refused:
        catalog.save_mediator(other, dataclasses.replace(bruno_copy, phone="+39 333 1234567"), new=False,
                              actor="bruno", now=NOW)
    assert refused.value.entity == "mediator" and refused.value.changed_by == audit_actor(loaded, "ana")
    with other.read() as s:
        stored = repository.get_mediator(s, "M1")
    assert stored is not None and stored.max_minutes_per_week == 900 and stored.phone == ""


def test_two_coordinators_raising_the_same_project_budget_second_is_refused(
    loaded: Database, other: Database
) -> None:
    with loaded.read() as s:
        ana_copy = repository.get_project(s, "P1")
    with other.read() as s:
        bruno_copy = repository.get_project(s, "P1")
    assert ana_copy is not None and bruno_copy is not None
    budget = ana_copy.hour_budget
    catalog.save_project(loaded, dataclasses.replace(ana_copy, hour_budget=budget + 100), new=False,
                         actor="ana", now=LATER)
    with pytest.raises(StaleEditError):
        catalog.save_project(other, dataclasses.replace(bruno_copy, hour_budget=budget + 100), new=False,
                             actor="bruno", now=NOW)
    with other.read() as s:
        stored = repository.get_project(s, "P1")
    assert stored is not None and stored.hour_budget == budget + 100  # +100 once, not lost, not twice


def test_two_coordinators_saving_the_same_agency_second_is_refused(
    loaded: Database, other: Database
) -> None:
    with loaded.read() as s:
        ana_copy = repository.get_agency(s, "A1")
    with other.read() as s:
        bruno_copy = repository.get_agency(s, "A1")
    assert ana_copy is not None and bruno_copy is not None
    catalog.save_agency(loaded, dataclasses.replace(ana_copy, address="Via Roma 1"), new=False,
                        actor="ana", now=LATER)
    with pytest.raises(StaleEditError):
        catalog.save_agency(other, dataclasses.replace(bruno_copy, name="Comune"), new=False,
                            actor="bruno", now=NOW)


def test_a_setting_saved_over_a_newer_one_is_refused(loaded: Database, other: Database) -> None:
    with loaded.read() as s:
        read = repository.setting_version(s, "late_cancellation_hours")
    assert read == 0
    with loaded.write() as s:
        repository.set_setting(s, "late_cancellation_hours", 48, read_version=read)
    with other.write() as s, pytest.raises(StaleEditError):
        repository.set_setting(s, "late_cancellation_hours", 12, read_version=read)
    with other.read() as s:
        assert repository.get_setting(s, "late_cancellation_hours") == 48
        assert repository.setting_version(s, "late_cancellation_hours") == 1


def test_the_business_settings_saved_over_a_newer_version_are_refused(
    loaded: Database, other: Database
) -> None:
    from mediation_desk.services.business_settings import read_business_settings, save_business_settings

    ana, bruno = read_business_settings(loaded), read_business_settings(other)
    save_business_settings(loaded, dataclasses.replace(ana, late_cancellation_hours=48), actor="ana",
                           now=LATER)
    with pytest.raises(StaleEditError):
        save_business_settings(other, dataclasses.replace(bruno, service_name="Altro nome"), actor="bruno",
                               now=NOW)
    assert read_business_settings(other).late_cancellation_hours == 48


def test_a_copy_from_a_document_is_not_checked(loaded: Database) -> None:
    """Imports and scripts build records from scratch (version 0): they are saved as before."""
    with loaded.write() as s:
        repository.save_request(s, request("R1", notes="da un file"))
        assert repository.get_request(s, "R1").notes == "da un file"  # type: ignore[union-attr]
