"""Two writers at once: one waits or fails cleanly, nothing is lost, overlaps never both land."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from factories import rome, small_service

from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, MediatorId, RequestId
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import BookingOverlapError, DatabaseBusyError


def _target(db: Database) -> str:
    return str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)


def _booking(booking_id: str, hour: int, minute: int = 0) -> Booking:
    start = rome(2026, 12, 9, hour, minute)
    return Booking(
        BookingId(booking_id),
        RequestId("R00003"),
        MediatorId("M001"),
        start,
        rome(2026, 12, 9, hour + 1, minute),
    )


def test_read_modify_write_from_two_connections_loses_nothing(db: Database) -> None:
    with db.write() as s:
        repo.set_setting(s, "counter", 0)
    other = Database.open(_target(db))
    gate = threading.Barrier(2)

    def bump(database: Database) -> None:
        gate.wait()
        with database.write() as s:
            value = repo.get_setting(s, "counter")
            time.sleep(0.2)  # both would have read 0 without the write lock
            repo.set_setting(s, "counter", value + 1)

    with ThreadPoolExecutor(2) as pool:
        for future in [pool.submit(bump, db), pool.submit(bump, other)]:
            future.result()
    other.dispose()
    with db.read() as s:
        assert repo.get_setting(s, "counter") == 2


def test_second_writer_gives_up_cleanly_after_its_busy_timeout(db: Database) -> None:
    impatient = Database.open(_target(db), busy_timeout=0.3)
    try:
        with db.write() as s:
            repo.set_setting(s, "first", "kept")
            with pytest.raises(DatabaseBusyError), impatient.write() as other:
                repo.set_setting(other, "second", "lost")
        with impatient.write() as s:
            repo.set_setting(s, "third", "kept")
        with db.read() as s:
            values = [repo.get_setting(s, key) for key in ("first", "second", "third")]
        assert values == ["kept", None, "kept"]
    finally:
        impatient.dispose()


def test_two_overlapping_bookings_at_once_only_one_lands(db: Database) -> None:
    with db.write() as s:
        repo.replace_service(s, small_service())
    other = Database.open(_target(db))
    gate = threading.Barrier(2)

    def book(database: Database, booking: Booking) -> str:
        gate.wait()
        try:
            with database.write() as s:
                repo.save_booking(s, booking)
                time.sleep(0.1)
        except BookingOverlapError:
            return "refused"
        return "booked"

    with ThreadPoolExecutor(2) as pool:
        futures = [
            pool.submit(book, db, _booking("B00010", 9)),
            pool.submit(book, other, _booking("B00011", 9, 30)),
        ]
        outcomes = sorted(f.result() for f in futures)
    other.dispose()
    assert outcomes == ["booked", "refused"]
    with db.read() as s:
        assert len(repo.bookings_for_request(s, "R00003")) == 1


def test_cancelled_bookings_may_overlap_but_not_be_revived(db: Database) -> None:
    with db.write() as s:
        repo.replace_service(s, small_service())
        repo.save_booking(s, _booking("B00010", 9))
        cancelled = _booking("B00011", 9, 30)
        cancelled.status = BookingStatus.CANCELLED
        repo.save_booking(s, cancelled)
    with pytest.raises(BookingOverlapError), db.write() as s:
        cancelled.status = BookingStatus.CONFIRMED
        repo.save_booking(s, cancelled)
    with db.read() as s:
        found = repo.overlapping_bookings(s, "M001", rome(2026, 12, 9, 9, 45), rome(2026, 12, 9, 11))
        assert [b.id for b in found] == ["B00010"]
        assert (
            repo.overlapping_bookings(s, "M001", rome(2026, 12, 9, 9), rome(2026, 12, 9, 10), "B00010") == []
        )


def _insert_booking_sql(booking_id: str, hour: int) -> Callable[[sa.Connection], None]:
    def run(conn: sa.Connection) -> None:
        conn.execute(
            sa.text(
                "INSERT INTO bookings (id, request_id, mediator_id, start_at, end_at, status, cancel_reason,"
                " reply, sequence, budget_override, extra, pos) VALUES (:id, 'R00003', 'M001', :start, :end,"
                " 'confirmed', '', 'needs_action', 0, '', '{}', 99)"
            ),
            {"id": booking_id, "start": rome(2026, 12, 9, hour), "end": rome(2026, 12, 9, hour + 1)},
        )

    return run


@pytest.mark.postgres
def test_postgres_exclusion_constraint_refuses_the_second_of_two_raw_connections(pg_database: str) -> None:
    db = Database.open(pg_database)
    with db.write() as s:
        repo.replace_service(s, small_service())
    first, second = db.engine.connect(), db.engine.connect()
    try:
        first.begin()
        _insert_booking_sql("B00020", 14)(first)
        second.begin()
        with ThreadPoolExecutor(1) as pool:
            blocked = pool.submit(_insert_booking_sql("B00021", 14), second)  # waits on the first's row
            time.sleep(0.3)
            assert not blocked.done()
            first.commit()
            with pytest.raises(sa.exc.IntegrityError) as refused:
                blocked.result(timeout=10)
        assert getattr(refused.value.orig, "sqlstate", None) == "23P01"
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.read() as s:
        assert [b.id for b in repo.bookings_for_request(s, "R00003")] == ["B00020"]
    db.dispose()
