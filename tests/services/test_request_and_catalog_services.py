"""Request and catalogue services: checked against the stored catalogue, audited, refusals write nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mediation_desk.scheduling.model import AgencyId, Interval, Request, RequestId, RequestStatus
from mediation_desk.services import catalog, requests
from mediation_desk.services.booking import book
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.requests import RequestError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import audit_actor, by_program, rome, small_service

NOW = rome(2026, 12, 3, 10)


@pytest.fixture
def service_db(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, small_service())
    return db


def a_new_request() -> Request:
    pending = small_service().requests[2]  # R00003: Arabic, in person at A002
    return dataclasses.replace(
        pending, id=RequestId(""), windows=[Interval(rome(2026, 12, 14, 9), rome(2026, 12, 14, 12))]
    )


def test_create_request_gives_a_fresh_id_and_audits(service_db: Database) -> None:
    created = requests.create_request(service_db, a_new_request(), actor="anna", now=NOW).value
    assert (created.id, created.status, created.received_at) == ("R00005", RequestStatus.PENDING, NOW)
    with service_db.read() as s:
        assert repository.get_request(s, "R00005") == created
        (entry,) = repository.list_audit(s, "request", "R00005")
    assert (entry.actor, entry.action) == (audit_actor(service_db, "anna"), "create")


def test_create_request_refuses_an_unknown_agency_and_stores_nothing(service_db: Database) -> None:
    wrong = dataclasses.replace(a_new_request(), agency=AgencyId("A999"))
    with pytest.raises(RequestError) as refused:
        requests.create_request(service_db, wrong, actor="anna", now=NOW)
    assert refused.value.code == "unknown_agency"
    with service_db.read() as s:
        assert len(repository.list_requests(s)) == 4


def test_a_booked_request_keeps_its_times_until_the_booking_moves(service_db: Database) -> None:
    book(service_db, "R00003", "M001", rome(2026, 12, 9, 9), actor="anna", now=NOW)
    with service_db.read() as s:
        booked = repository.get_request(s, "R00003")
    assert booked is not None
    later = dataclasses.replace(booked, duration_min=120, notes="portare interprete di riserva")
    with pytest.raises(RequestError) as refused:
        requests.update_request(service_db, later, actor="anna", now=NOW)
    assert refused.value.code == "booked_request_locked" and refused.value.params["fields"] == [
        "duration_min"
    ]
    noted = requests.update_request(
        service_db, dataclasses.replace(booked, notes="citofono 3"), actor="anna", now=NOW
    ).value
    assert noted.notes == "citofono 3" and noted.status is RequestStatus.BOOKED


def test_cancel_request_closes_only_a_pending_one(service_db: Database) -> None:
    assert (
        requests.cancel_request(service_db, "R00002", actor="anna", now=NOW).value.status
        is RequestStatus.CANCELLED
    )
    with pytest.raises(RequestError) as refused:
        requests.cancel_request(service_db, "R00001", actor="anna", now=NOW)
    assert refused.value.code == "wrong_status"


def test_a_new_mediator_with_a_code_in_use_is_refused(service_db: Database) -> None:
    twin = dataclasses.replace(small_service().mediators[0], name="Altra persona")
    with pytest.raises(CatalogError) as refused:
        catalog.save_mediator(service_db, twin, new=True, actor="anna", now=NOW)
    assert refused.value.code == "duplicate_id"
    with service_db.read() as s:
        assert repository.get_mediator(s, "M001").name == "Amina El Idrissi"  # type: ignore[union-attr]


def test_a_project_edit_is_audited_with_what_changed(service_db: Database) -> None:
    project = dataclasses.replace(small_service().projects[0], hour_budget=1500.0)
    catalog.save_project(service_db, project, new=False, actor="anna", now=NOW)
    with service_db.read() as s:
        (entry,) = by_program(repository.list_audit(s, "project", project.code))
        assert repository.get_project(s, project.code).hour_budget == 1500.0  # type: ignore[union-attr]
    assert entry.details == {"changed": ["hour_budget"]}


# ---- one-line text and safe ids at the services (the window's forms call them) ------------------
def test_line_breaks_and_unsafe_ids_are_refused_by_the_services(db: Database) -> None:
    from tests.scheduling.tiny_service import mediator, request, service

    with db.write() as s:
        repository.replace_service(s, service())
    now = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
    for bad, code in ((mediator("M9", name="Amina\nBcc: x@example.org"), "line_break"),
                      (mediator("M9", email="m9@example.org\r\nX-Y: z"), "line_break"),
                      (mediator("../M9"), "bad_id"),
                      (mediator("M9", name="Amina\x00"), "control_character")):
        with pytest.raises(CatalogError) as refused:
            catalog.save_mediator(db, bad, new=True, actor="t", now=now)
        assert refused.value.code == code
    with pytest.raises(RequestError) as refused_request:
        requests.create_request(db, dataclasses.replace(request("R9"), contact_on_site="Ana\nRossi"),
                                actor="t", now=now)
    assert refused_request.value.code == "line_break"
    with db.read() as s:
        assert [m.id for m in repository.list_mediators(s)] == ["M1"]
        assert [r.id for r in repository.list_requests(s)] == ["R1"]
