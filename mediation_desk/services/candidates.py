"""Candidates for one stored request: the whole service and the busy blocks around its windows."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.candidates import CandidateList, find_candidates
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.services.booking import BookingError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database


def load_context(db: Database, now: dt.datetime, start: dt.datetime, end: dt.datetime) -> SchedulingContext:
    """The scheduling context of the whole stored service, with busy blocks overlapping [start, end)."""
    from mediation_desk.services.busy import busy_blocks_for

    with db.read() as s:
        data = repository.load_service(s)
        busy = busy_blocks_for(s, None, start, end)
    return SchedulingContext(data, now, busy)


def candidates_for(db: Database, request_id: str, now: dt.datetime) -> CandidateList:
    """Ranked candidates and reasoned exclusions for ``request_id``; BookingError when it is unknown."""
    return candidates_with_context(db, request_id, now)[0]


def candidates_with_context(
    db: Database, request_id: str, now: dt.datetime
) -> tuple[CandidateList, SchedulingContext]:
    """The candidates and the context they were found in (for names of languages, areas, agencies)."""
    with db.read() as s:
        request = repository.get_request(s, request_id)
    if request is None:
        raise BookingError("request_not_found", request=request_id)
    margin = dt.timedelta(days=1)
    starts = [w.start for w in request.windows] or [now]
    ends = [w.end for w in request.windows] or [now]
    ctx = load_context(db, now, min(starts) - margin, max(ends) + margin)
    return find_candidates(ctx, ctx.requests[request.id]), ctx
