"""Bookings across both 2026 daylight-saving changes keep their instants and Rome offsets."""

from __future__ import annotations

import datetime as dt

from factories import ROME, rome, small_service

from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, RequestId
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database

HOUR = dt.timedelta(hours=1)


def _booking(booking_id: str, mediator: str, start: dt.datetime, end: dt.datetime) -> Booking:
    return Booking(BookingId(booking_id), RequestId("R00002"), MediatorId(mediator), start, end)


def test_bookings_across_the_dst_changes_come_back_as_the_same_instants(db: Database) -> None:
    spring = _booking("B00101", "M002", rome(2026, 3, 29, 1, 30), rome(2026, 3, 29, 3, 30))
    autumn_first = _booking("B00102", "M002", rome(2026, 10, 25, 1, 30), rome(2026, 10, 25, 3, 30))
    autumn_repeat = _booking(
        "B00103", "M003", rome(2026, 10, 25, 2, 0, fold=1), rome(2026, 10, 25, 3, 0, fold=1)
    )
    data = small_service()
    data.bookings += [spring, autumn_first, autumn_repeat]
    with db.write() as s:
        repo.replace_service(s, data)
    with db.read() as s:
        loaded: dict[str, Booking] = {b.id: b for b in repo.list_bookings(s)}
        around_autumn = repo.bookings_between(s, rome(2026, 10, 25, 0), rome(2026, 10, 25, 4))

    for original in (spring, autumn_first, autumn_repeat):
        back = loaded[original.id]
        assert back.start.timestamp() == original.start.timestamp()
        assert back.end.timestamp() == original.end.timestamp()
    spring_back = loaded["B00101"]
    assert spring_back.duration_min == 60  # 01:30 to 03:30 on the night the clocks jump forward
    assert spring_back.start.astimezone(ROME).utcoffset() == HOUR
    assert spring_back.end.astimezone(ROME).utcoffset() == 2 * HOUR
    assert spring_back.end.astimezone(ROME).strftime("%H:%M") == "03:30"

    first, repeat = loaded["B00102"], loaded["B00103"]
    assert first.duration_min == 180  # 01:30 to 03:30 on the night the clocks go back
    assert first.start.astimezone(ROME).utcoffset() == 2 * HOUR
    assert first.end.astimezone(ROME).utcoffset() == HOUR
    repeat_start = repeat.start.astimezone(ROME)
    assert (repeat_start.strftime("%H:%M"), repeat_start.utcoffset(), repeat_start.fold) == ("02:00", HOUR, 1)
    assert repeat.duration_min == 60
    assert repeat.start.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)
    assert [b.id for b in around_autumn] == ["B00102", "B00103"]


def test_repeated_hour_bookings_of_one_mediator_do_not_overlap(db: Database) -> None:
    data = small_service()
    data.bookings.append(
        _booking("B00102", "M003", rome(2026, 10, 25, 2, 0), rome(2026, 10, 25, 2, 0, fold=1))
    )
    data.bookings.append(
        _booking("B00103", "M003", rome(2026, 10, 25, 2, 0, fold=1), rome(2026, 10, 25, 3, 0))
    )
    with db.write() as s:
        repo.replace_service(s, data)
    with db.read() as s:
        first = repo.overlapping_bookings(
            s, "M003", rome(2026, 10, 25, 1, 30), rome(2026, 10, 25, 2, 0, fold=1)
        )
        assert [b.id for b in first] == ["B00102"]
