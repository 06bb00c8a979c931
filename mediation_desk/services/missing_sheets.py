"""Closed interventions with no signed sheet: the list funders' auditors ask for (report, window, CLI)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mediation_desk.io.xlsx_missing_sheets import MissingSheetLine
from mediation_desk.scheduling import timeutil
from mediation_desk.scheduling.model import BookingStatus, Outcome
from mediation_desk.storage import repository, request_queries, signed_sheets
from mediation_desk.storage.db import Database


class PeriodError(Exception):
    """A period that ends before it starts (``code`` empty_period, like the finance exports)."""

    def __init__(self, first: dt.date, last: dt.date) -> None:
        super().__init__(f"empty_period: {first} > {last}")
        self.code = "empty_period"
        self.params = {"first": first.isoformat(), "last": last.isoformat()}


def _zone(s: Session) -> dt.tzinfo:
    return timeutil.zone(repository.service_timezone(s))


def missing_in(s: Session, start: dt.datetime, end: dt.datetime, *, project: str | None = None,
               agency: str | None = None, mediator: str | None = None) -> list[MissingSheetLine]:
    """Bookings starting in [start, end) that are closed (done) and have no signed sheet, in time order;
    of one project, agency or mediator when given."""
    tz = _zone(s)
    closed = [b for b in repository.bookings_between(s, start, end)
              if start <= b.start < end and b.status is BookingStatus.DONE
              and (mediator is None or b.mediator == mediator)]
    signed = signed_sheets.signed_booking_ids(s, [b.id for b in closed])
    closed = [b for b in closed if b.id not in signed]
    requests = {r.id: r for r in request_queries.requests_by_ids(s, {b.request for b in closed})}
    languages = {lg.code.lower(): lg.name for lg in repository.list_languages(s)}
    projects = {p.code: f"{p.name} ({p.code})" for p in repository.list_projects(s)}
    agencies = {a.id: a.name for a in repository.list_agencies(s)}
    mediators = {m.id: m.name for m in repository.list_mediators(s)}
    lines = []
    for b in closed:
        request = requests.get(b.request)
        if request is None or (project is not None and request.project != project) or (
                agency is not None and request.agency != agency):
            continue
        lines.append(MissingSheetLine(
            booking_id=b.id, request_id=b.request,
            start=b.start.astimezone(tz).replace(tzinfo=None), end=b.end.astimezone(tz).replace(tzinfo=None),
            agency=agencies.get(request.agency, request.agency),
            mediator=mediators.get(b.mediator, b.mediator),
            language=languages.get(request.language.lower(), request.language), mode=str(request.mode),
            project=projects.get(request.project, request.project) if request.project else "",
            outcome=str(b.outcome or Outcome.DELIVERED),  # "done" from a scenario: delivered
        ))
    lines.sort(key=lambda ln: (ln.start, ln.booking_id))
    return lines


def missing_signed_sheets(db: Database, first: dt.date, last: dt.date, *, project: str | None = None,
                          agency: str | None = None, mediator: str | None = None) -> list[MissingSheetLine]:
    """The closed interventions from ``first`` to ``last`` (inclusive, local days) without a signed sheet."""
    if last < first:
        raise PeriodError(first, last)
    with db.read() as s:
        tz = _zone(s)
        start = timeutil.local_midnight(first, tz).astimezone(dt.UTC)
        end = timeutil.local_midnight(last + dt.timedelta(days=1), tz).astimezone(dt.UTC)
        return missing_in(s, start, end, project=project, agency=agency, mediator=mediator)
