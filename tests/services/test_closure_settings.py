"""Holidays and closures through the services: stored settings, bookings, candidates, the planner, series."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.closures import ClosureKind, Closures, SchoolClosure
from mediation_desk.scheduling.model import AgencyId, MediatorId, RequestId
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import closures as closures_service
from mediation_desk.services import planning
from mediation_desk.services import series as series_service
from mediation_desk.services.booking import BookingError, BookingRefused
from mediation_desk.services.candidates import candidates_for
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import SeriesRow
from tests.scheduling.tiny_service import NOW, ROME, at, mediator, request, service

ACTOR = "coordinatore"
CHRISTMAS_BREAK = SchoolClosure(dt.date(2026, 12, 23), dt.date(2027, 1, 6), "vacanze di Natale")
SETTINGS = Closures((12, 15), "San Patrono", (CHRISTMAS_BREAK,))


@pytest.fixture
def stored(db: Database) -> Database:
    requests = [
        request("R1", day="2026-12-08"),  # Immacolata: every agency is closed
        request("R2", day="2026-12-15"),  # the patron saint
        request("R3", day="2026-12-28", agency=AgencyId("A2")),  # a school, in the Christmas break
        request("R4", day="2026-12-28"),  # the comune, open on the same day
        request("R5", day="2026-12-09"),
    ]
    with db.write() as s:
        repository.replace_service(s, service([mediator("M1", areas=["LODI", "CREMA"])], requests))
    closures_service.save_closures(db, SETTINGS, actor=ACTOR, now=NOW)
    return db


def test_the_settings_are_stored_with_an_audit_line_and_bad_ones_refused(stored: Database) -> None:
    assert closures_service.read_closures(stored) == SETTINGS
    with stored.read() as s:
        assert [e.action for e in repository.list_audit(s, "settings")][-1:] == ["closures_saved"]
    with pytest.raises(closures_service.ClosuresError) as info:
        closures_service.save_closures(stored, Closures((2, 30), "x"), actor=ACTOR, now=NOW)
    assert info.value.code == "patron_day"
    backwards = SchoolClosure(dt.date(2027, 1, 6), dt.date(2026, 12, 23), "al contrario")
    with pytest.raises(closures_service.ClosuresError):
        closures_service.save_closures(stored, Closures(school=(backwards,)), actor=ACTOR, now=NOW)
    assert closures_service.read_closures(stored) == SETTINGS  # nothing stored by a refusal


def _closed_reasons(db: Database, request_id: str) -> list[tuple[str, str]]:
    found = candidates_for(db, RequestId(request_id), NOW)
    assert found.candidates == []
    return [(v.params["closure"], v.params["name"]) for e in found.excluded for v in e.violations
            if v.code is ViolationCode.CLOSED]


def test_candidates_treat_holidays_and_closures_as_closed_for_agencies_of_that_kind(stored: Database) -> None:
    assert _closed_reasons(stored, "R1") == [(ClosureKind.NATIONAL_HOLIDAY, "Immacolata Concezione")]
    assert _closed_reasons(stored, "R2") == [(ClosureKind.PATRON_SAINT, "San Patrono")]
    assert _closed_reasons(stored, "R3") == [(ClosureKind.SCHOOL_CLOSURE, "vacanze di Natale")]
    open_day = candidates_for(stored, RequestId("R4"), NOW)  # the comune is open in the school break
    assert [c.mediator.id for c in open_day.candidates] == ["M1"]


def test_booking_on_a_closed_day_is_refused_with_the_reason(stored: Database) -> None:
    with pytest.raises(BookingRefused) as info:
        lifecycle.book(stored, RequestId("R1"), MediatorId("M1"), at("2026-12-08", "09:00"), actor=ACTOR,
                       now=NOW)
    assert [v.code for v in info.value.violations] == [ViolationCode.CLOSED]
    assert info.value.violations[0].params["day"] == dt.date(2026, 12, 8)


def test_the_planner_books_only_the_open_days(stored: Database) -> None:
    result = planning.plan_range(stored, dt.date(2026, 12, 7), dt.date(2026, 12, 31), time_limit=5,
                                 actor=ACTOR, now=NOW)
    with stored.read() as s:
        booked = sorted((b.request, b.start.astimezone(ROME).date().isoformat())
                        for b in repository.list_bookings(s) if b.active)
    assert booked == [("R4", "2026-12-28"), ("R5", "2026-12-09")]
    assert result is not None


def test_a_weekly_series_skips_the_closed_days_and_lists_them(stored: Database) -> None:
    with stored.write() as s:
        repository.save_request(s, request("S1", day="2026-12-14", agency=AgencyId("A2")))
    # Tuesdays 15 Dec (patron saint), 22 Dec, 29 Dec and 5 Jan (school break), 12 Jan
    change = series_service.create_series(stored, RequestId("S1"), MediatorId("M1"),
                                          "FREQ=WEEKLY;BYDAY=TU;COUNT=5", at("2026-12-15", "09:00"),
                                          actor=ACTOR, now=NOW)
    assert [c.day for c in change.skipped] == [dt.date(2026, 12, 15), dt.date(2026, 12, 29),
                                                dt.date(2027, 1, 5)]
    assert [c.kind for c in change.skipped] == [ClosureKind.PATRON_SAINT, ClosureKind.SCHOOL_CLOSURE,
                                                 ClosureKind.SCHOOL_CLOSURE]
    assert [b.start.astimezone(ROME).date() for b in change.bookings] == [dt.date(2026, 12, 22)]
    # 12 Jan is past the project's end (31 Dec): refused by the rules, not skipped
    assert [p.start.astimezone(ROME).date() for p in change.refused] == [dt.date(2027, 1, 12)]
    with stored.read() as s:
        row = s.get(SeriesRow, change.series_id)
        assert row is not None
        assert sorted(dt.datetime.fromisoformat(x).date() for x in row.exdates) == [
            dt.date(2026, 12, 15), dt.date(2026, 12, 29), dt.date(2027, 1, 5)]


def test_a_series_on_closed_days_only_is_refused(stored: Database) -> None:
    with stored.write() as s:
        repository.save_request(s, request("S2", day="2026-12-28", agency=AgencyId("A2")))
    with pytest.raises(BookingError) as info:
        series_service.create_series(stored, RequestId("S2"), MediatorId("M1"), "FREQ=DAILY;COUNT=3",
                                     at("2026-12-28", "09:00"), actor=ACTOR, now=NOW)
    assert info.value.code == "series_all_closed"
