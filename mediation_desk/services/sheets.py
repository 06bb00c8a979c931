"""Use cases of the signed proof of interventions: a booking's scheda intervento, the monthly foglio firme.

Each reads what the sheet shows in one read transaction, turns codes into
names and instants into the service's wall clock, and writes the PDF
(``io.pdf_sheets``) to a temporary file beside the target that replaces it
only when complete. The window prints or saves the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from mediation_desk.io.pdf_sheets import (
    InterventionSheet,
    MonthlySheet,
    SheetLine,
    intervention_pdf,
    monthly_pdf,
)
from mediation_desk.scheduling import timeutil
from mediation_desk.scheduling.model import (
    AgencyId,
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    Mode,
    Outcome,
    Project,
    Request,
)
from mediation_desk.services.finance import _atomic_path, service_name, service_tz
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

REMOTE_PLACE = {Mode.PHONE: "a distanza, per telefono", Mode.VIDEO: "a distanza, in videochiamata"}


class SheetError(Exception):
    """A sheet that cannot be made: ``code`` says why (unknown_booking, cancelled_booking, unknown_agency,
    unknown_mediator, agency_and_mediator), ``params`` with what."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class SheetFile:
    """A sheet written to ``path``, and how many interventions it lists."""

    path: Path
    interventions: int


def took_place(booking: Booking) -> bool:
    """An intervention that happened or is still to happen: the ones a sheet is signed for."""
    return booking.status is not BookingStatus.CANCELLED and booking.outcome is not Outcome.MEDIATOR_NO_SHOW


class _Names:
    """Names of the catalogue, read once per sheet (the tables are small)."""

    def __init__(self, s: Session) -> None:
        self.languages = {lg.code.lower(): lg.name for lg in repository.list_languages(s)}
        self.projects: dict[str, Project] = {p.code: p for p in repository.list_projects(s)}
        self.agencies = {a.id: a for a in repository.list_agencies(s)}
        self.mediators = {m.id: m for m in repository.list_mediators(s)}

    def language(self, code: str) -> str:
        return self.languages.get(code.lower(), code)

    def project(self, code: str | None) -> str:
        project = self.projects.get(code) if code else None
        return f"{project.name} ({project.code})" if project else (code or "")

    def agency(self, agency_id: str) -> str:
        agency = self.agencies.get(AgencyId(agency_id))
        return agency.name if agency else agency_id

    def mediator(self, mediator_id: str) -> str:
        mediator = self.mediators.get(MediatorId(mediator_id))
        return mediator.name if mediator else mediator_id


def _place(request: Request, names: _Names) -> str:
    if request.mode in REMOTE_PLACE:
        return REMOTE_PLACE[request.mode]
    agency = names.agencies.get(request.agency)
    return request.address or (agency.address if agency else "")


def intervention_sheet(db: Database, booking_id: BookingId) -> InterventionSheet:
    """The values of the scheda intervento of ``booking_id``."""
    with db.read() as s:
        booking = repository.get_booking(s, booking_id)
        if booking is None:
            raise SheetError("unknown_booking", booking=booking_id)
        if not took_place(booking):
            raise SheetError("cancelled_booking", booking=booking_id)
        request = repository.get_request(s, booking.request)
        if request is None:  # a booking always has its request; a broken database is not our sheet's to mend
            raise SheetError("unknown_booking", booking=booking_id)
        names = _Names(s)
        tz = service_tz(s)
        name = service_name(s)
    project = names.projects.get(request.project) if request.project else None
    agency = names.agencies.get(request.agency)
    return InterventionSheet(
        service_name=name,
        booking_id=booking.id,
        request_id=request.id,
        project=names.project(request.project),
        funder=project.funder if project else "",
        agency=names.agency(request.agency),
        agency_address=agency.address if agency else "",
        referente=request.agency_contact,
        contact_on_site=request.contact_on_site,
        mediator=names.mediator(booking.mediator),
        language=names.language(request.language),
        mode=request.mode,
        place=_place(request, names),
        start=booking.start.astimezone(tz).replace(tzinfo=None),
        end=booking.end.astimezone(tz).replace(tzinfo=None),
        case=request.case or "",
    )


def monthly_sheet(db: Database, month: dt.date, *, agency: AgencyId | None = None,
                  mediator: MediatorId | None = None) -> MonthlySheet:
    """The foglio firme of ``month``: the interventions starting in it, of one agency or mediator or all."""
    if agency is not None and mediator is not None:
        raise SheetError("agency_and_mediator")
    with db.read() as s:
        if agency is not None and repository.get_agency(s, agency) is None:
            raise SheetError("unknown_agency", agency=agency)
        if mediator is not None and repository.get_mediator(s, mediator) is None:
            raise SheetError("unknown_mediator", mediator=mediator)
        tz = service_tz(s)
        start, end = timeutil.month_bounds(month, tz)
        bookings = [b for b in repository.bookings_between(s, start, end)
                    if start <= b.start < end and took_place(b)
                    and (mediator is None or b.mediator == mediator)]
        requests = {r.id: r for r in request_queries.requests_by_ids(s, {b.request for b in bookings})}
        names = _Names(s)
        name = service_name(s)
    lines = [
        SheetLine(
            booking_id=b.id,
            start=b.start.astimezone(tz).replace(tzinfo=None),
            end=b.end.astimezone(tz).replace(tzinfo=None),
            agency=names.agency(requests[b.request].agency),
            mediator=names.mediator(b.mediator),
            language=names.language(requests[b.request].language),
            mode=requests[b.request].mode,
            project=names.project(requests[b.request].project),
        )
        for b in bookings
        if b.request in requests and (agency is None or requests[b.request].agency == agency)
    ]
    lines.sort(key=lambda ln: (ln.start, ln.booking_id))
    return MonthlySheet(service_name=name, month=month.replace(day=1),
                        agency=names.agency(agency) if agency else "",
                        mediator=names.mediator(mediator) if mediator else "", lines=lines)


def intervention_sheet_pdf(db: Database, booking_id: BookingId) -> bytes:
    """The scheda intervento of ``booking_id`` as PDF bytes (for the print dialog)."""
    return intervention_pdf(intervention_sheet(db, booking_id))


def monthly_sheet_pdf(db: Database, month: dt.date, *, agency: AgencyId | None = None,
                      mediator: MediatorId | None = None) -> tuple[bytes, int]:
    """The foglio firme as PDF bytes, and how many interventions it lists."""
    sheet = monthly_sheet(db, month, agency=agency, mediator=mediator)
    return monthly_pdf(sheet), len(sheet.lines)


def _write(out: str | Path, data: bytes) -> Path:
    target = Path(out)
    with _atomic_path(target) as temp:
        temp.write_bytes(data)
    return target


def write_intervention_sheet(db: Database, booking_id: BookingId, out: str | Path) -> SheetFile:
    """Write the scheda intervento of ``booking_id`` to ``out`` (replaced only when complete)."""
    return SheetFile(_write(out, intervention_sheet_pdf(db, booking_id)), 1)


def write_monthly_sheet(db: Database, month: dt.date, out: str | Path, *, agency: AgencyId | None = None,
                        mediator: MediatorId | None = None) -> SheetFile:
    """Write the foglio firme of ``month`` to ``out`` (replaced only when complete)."""
    data, count = monthly_sheet_pdf(db, month, agency=agency, mediator=mediator)
    return SheetFile(_write(out, data), count)
