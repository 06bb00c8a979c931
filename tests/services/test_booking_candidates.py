"""The candidates service reads only part of the stored service, and finds what the whole would give."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.candidates import CandidateList, find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import RequestStatus
from mediation_desk.services.candidates import candidates_for
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scenarios import demo_service

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def summary(result: CandidateList) -> tuple[object, ...]:
    return (
        [(c.mediator.id, round(c.score, 6), c.starts) for c in result.candidates],
        [(e.mediator.id, [(v.code, v.key()) for v in e.violations]) for e in result.excluded],
    )


def test_candidates_from_the_database_match_those_of_the_whole_service(
    sqlite_db: Database,
) -> None:
    data = demo_service(variant=3)
    with sqlite_db.write() as s:
        repository.replace_service(s, data)
    whole = SchedulingContext(data, NOW)
    pending = [r for r in data.requests if r.status == RequestStatus.PENDING][:25]
    booked = [r for r in data.requests if r.status == RequestStatus.BOOKED][:5]
    for request in pending + booked:
        expected = find_candidates(whole, whole.requests[request.id])
        assert summary(candidates_for(sqlite_db, request.id, NOW)) == summary(expected), request.id
