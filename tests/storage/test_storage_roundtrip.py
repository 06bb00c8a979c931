"""Every entity and field survives save and load, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factories import small_service

from mediation_desk.scheduling.model import ServiceData
from mediation_desk.storage import repository as repo
from mediation_desk.storage.db import Database


def _utc_everywhere(value: object) -> object:
    """The same data with every datetime in UTC, so that equality compares instants only."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    if isinstance(value, list):
        return [_utc_everywhere(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _utc_everywhere(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def test_replace_and_load_service_gives_every_field_back(db: Database) -> None:
    data = small_service()
    with db.write() as s:
        repo.replace_service(s, data)
    with db.read() as s:
        loaded = repo.load_service(s)
    assert _utc_everywhere(loaded) == _utc_everywhere(data)


def test_loaded_times_are_aware_utc(db: Database) -> None:
    with db.write() as s:
        repo.replace_service(s, small_service())
    with db.read() as s:
        loaded = repo.load_service(s)
    instants = [b.start for b in loaded.bookings] + [w.start for r in loaded.requests for w in r.windows]
    instants += [a.start for m in loaded.mediators for a in m.absences]
    assert instants and all(t.utcoffset() == dt.timedelta(0) for t in instants)


def test_replace_service_drops_the_previous_service(db: Database) -> None:
    with db.write() as s:
        repo.replace_service(s, small_service())
    smaller = small_service()
    smaller.bookings, smaller.requests = [], smaller.requests[1:2]
    with db.write() as s:
        repo.replace_service(s, smaller)
    with db.read() as s:
        assert [r.id for r in repo.list_requests(s)] == ["R00002"]
        assert repo.list_bookings(s) == []
        assert not repo.is_empty(s)


def test_empty_database_loads_an_empty_service(db: Database) -> None:
    with db.read() as s:
        assert repo.is_empty(s)
        assert repo.load_service(s) == ServiceData()
