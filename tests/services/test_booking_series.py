"""Series services: create from an RRULE (refused occurrences reported), move and cancel one/following/all."""

from __future__ import annotations

import pytest

from mediation_desk.scheduling.model import BookingStatus, Interval, RequestStatus
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.scheduling.series import SeriesScope, occurrences
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import invites, mail_settings
from mediation_desk.services import series as series_service
from mediation_desk.services.series import SeriesRefused
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import SeriesRow
from tests.scheduling.tiny_service import NOW, ROME, at, mediator, request, service

ACTOR = "coordinatore"
RULE = "FREQ=WEEKLY;BYDAY=MO;COUNT=4"  # 7, 14, 21 and 28 December


@pytest.fixture
def created(db: Database) -> series_service.SeriesChange:
    away = Interval(at("2026-12-21", "00:00"), at("2026-12-22", "00:00"), "ferie")
    data = service([mediator("M1", absences=[away])], [request("R1")])
    with db.write() as s:
        repository.replace_service(s, data)
    return series_service.create_series(db, "R1", "M1", RULE, at("2026-12-07", "09:00"), actor=ACTOR, now=NOW)


def local_starts(db: Database, series_id: str | None = None) -> list[str]:
    with db.read() as s:
        return [b.start.astimezone(ROME).strftime("%d %H:%M") for b in repository.list_bookings(s)
                if b.active and (series_id is None or b.series == series_id)]


def test_create_books_each_occurrence_and_reports_the_refused_ones(
    db: Database, created: series_service.SeriesChange
) -> None:
    assert [b.start for b in created.bookings] == [at(f"2026-12-{d}", "09:00") for d in ("07", "14", "28")]
    (refused,) = created.refused
    assert refused.start == at("2026-12-21", "09:00")
    assert [v.code for v in refused.violations] == [ViolationCode.ABSENT]
    with db.read() as s:
        assert repository.get_request(s, "R1").status is RequestStatus.BOOKED  # type: ignore[union-attr]
        clones = [r for r in repository.list_requests(s) if r.extra.get("series") == created.series_id
                  and r.id != "R1"]
        assert sorted(r.status for r in clones) == [RequestStatus.BOOKED] * 3 + [RequestStatus.PENDING]
        assert [e.action for e in repository.list_audit(s, "series")] == ["create_series"]


def test_move_one_occurrence_leaves_the_others(db: Database, created: series_service.SeriesChange) -> None:
    second = created.bookings[1]
    change = series_service.move_occurrences(db, second.id, SeriesScope.ONE, at("2026-12-15", "10:00"),
                                             actor=ACTOR, now=NOW)
    assert [b.id for b in change.bookings] == [second.id]
    assert local_starts(db) == ["07 09:00", "15 10:00", "28 09:00"]
    with db.read() as s:
        moved = repository.get_booking(s, second.id)
        assert moved is not None and moved.extra["recurrence_id"] == at("2026-12-14", "09:00").isoformat()
        assert moved.sequence == 1


def test_move_this_and_following_splits_the_series(
    db: Database, created: series_service.SeriesChange
) -> None:
    change = series_service.move_occurrences(db, created.bookings[1].id, SeriesScope.FOLLOWING,
                                             at("2026-12-14", "10:30"), actor=ACTOR, now=NOW)
    assert change.new_series_id is not None
    assert local_starts(db, created.series_id) == ["07 09:00"]
    assert local_starts(db, change.new_series_id) == ["14 10:30", "28 10:30"]
    with db.read() as s:
        old, new = s.get(SeriesRow, created.series_id), s.get(SeriesRow, change.new_series_id)
        assert old is not None and new is not None
        assert occurrences(old.rrule, old.dtstart, ROME) == [at("2026-12-07", "09:00")]
        assert occurrences(new.rrule, new.dtstart, ROME)[-1] == at("2026-12-28", "10:30")


def test_move_all_and_a_refused_move_changes_nothing(
    db: Database, created: series_service.SeriesChange
) -> None:
    first = created.bookings[0].id
    with pytest.raises(SeriesRefused) as refused:  # 17:00 + 90 min leaves the 8-18 availability
        series_service.move_occurrences(db, first, SeriesScope.ALL, at("2026-12-07", "17:00"),
                                        actor=ACTOR, now=NOW)
    assert {v.code for p in refused.value.problems for v in p.violations} == {ViolationCode.UNAVAILABLE}
    assert local_starts(db) == ["07 09:00", "14 09:00", "28 09:00"]
    series_service.move_occurrences(db, created.bookings[0].id, SeriesScope.ALL, at("2026-12-07", "11:00"),
                                    actor=ACTOR, now=NOW)
    assert local_starts(db) == ["07 11:00", "14 11:00", "28 11:00"]


@pytest.mark.parametrize(("scope", "left"), [
    (SeriesScope.ONE, ["07 09:00", "28 09:00"]),
    (SeriesScope.FOLLOWING, ["07 09:00"]),
    (SeriesScope.ALL, []),
])
def test_cancel_one_following_or_all(
    db: Database, created: series_service.SeriesChange, scope: SeriesScope, left: list[str]
) -> None:
    change = series_service.cancel_occurrences(db, created.bookings[1].id, scope, "school closed",
                                               actor=ACTOR, now=NOW)
    assert all(b.status is BookingStatus.CANCELLED for b in change.bookings)
    assert local_starts(db) == left
    with db.read() as s:
        row = s.get(SeriesRow, created.series_id)
        assert row is not None
        requests = {r.id: r.status for r in repository.list_requests(s)}
        assert {requests[b.request] for b in change.bookings} == {RequestStatus.CANCELLED}
        if scope is SeriesScope.ONE:
            assert row.exdates == [at("2026-12-14", "09:00").isoformat()]
        if scope is SeriesScope.FOLLOWING:
            assert occurrences(row.rrule, row.dtstart, ROME) == [at("2026-12-07", "09:00")]


def test_a_series_needs_one_bookable_occurrence(db: Database) -> None:
    with db.write() as s:
        repository.replace_service(s, service([mediator("M1", availability=[])]))
    with pytest.raises(SeriesRefused):
        series_service.create_series(db, "R1", "M1", RULE, at("2026-12-07", "09:00"), actor=ACTOR, now=NOW)
    with db.read() as s:
        assert [r.id for r in repository.list_requests(s)] == ["R1"]
        assert s.get(SeriesRow, "S00001") is None


def test_the_series_invitation_leaves_out_the_unbooked_occurrence_and_shows_a_moved_one(
    db: Database, created: series_service.SeriesChange
) -> None:
    series_service.move_occurrences(db, created.bookings[1].id, SeriesScope.ONE, at("2026-12-15", "10:00"),
                                    actor=ACTOR, now=NOW)
    with db.read() as s:
        spec = invites.series_spec(s, created.series_id, mail_settings.get_settings(s), with_attendee=False)
    assert spec is not None and spec.start == at("2026-12-07", "09:00")
    assert spec.exdates == (at("2026-12-21", "09:00"),)
    (moved,) = spec.overrides
    assert (moved.recurrence_id, moved.start) == (at("2026-12-14", "09:00"), at("2026-12-15", "10:00"))


def test_plain_reschedule_of_an_occurrence_moves_its_request_window_too(
    db: Database, created: series_service.SeriesChange
) -> None:
    third = created.bookings[2]
    change = lifecycle.reschedule(db, third.id, at("2026-12-29", "14:00"), actor=ACTOR, now=NOW)
    assert change.request.windows[0].start == at("2026-12-29", "14:00")
    assert change.booking.series == created.series_id
    assert change.booking.extra["recurrence_id"] == at("2026-12-28", "09:00").isoformat()
