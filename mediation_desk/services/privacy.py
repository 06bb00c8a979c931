"""Personal data of the people assisted only as long as needed: retention, anonymisation, cases.

What is personal here: a request's reason, notes, nationality, contact on
site, meeting address and case reference, a booking's cancellation note
(the monitoring of how it went), the nationality in its FAMI monitoring
record, and the invitations mailed about it (their text repeats the place
and the reason). Hours, money, dates, languages, agencies, projects and
counts (the people assisted by gender and age band) are what reports need:
they stay.

After the retention period (a business setting, default 12 months) counted
from a request's last activity (its last booking's end, else its reception),
a closed request's personal data are anonymised. A case (all requests with one
case reference) can be exported whole and erased on request at any time;
each export and erasure is recorded in the audit trail without the personal
data themselves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.io.scenario import encode_scenario
from mediation_desk.io.xlsx_writer import WorkbookWriter
from mediation_desk.scheduling.model import Booking, Request, RequestStatus, ServiceData
from mediation_desk.services import monitoring
from mediation_desk.services.changes import NOTHING, OUTBOX, SETTINGS, Changed, ChangeSet, of_requests
from mediation_desk.services.import_export import write_atomically
from mediation_desk.storage import monitoring_store, repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BookingRow, OutboxRow, RequestRow
from mediation_desk.storage.records import AuditEntry

RETENTION_KEY = "privacy.retention_months"
DEFAULT_RETENTION_MONTHS = 12
MIN_MONTHS, MAX_MONTHS = 1, 120
ANONYMISED = "anonymised_at"  # Request.extra: when its personal data were removed
REDACTED = "[anonimizzato]"
PERSONAL_EXTRA_KEYS = ("monitoring", "notes", "person", "family")  # free notes an import may carry


class PrivacyError(Exception):
    """A retention setting or a case that cannot be used; ``code`` says why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Retention:
    months: int
    is_default: bool


@dataclass(frozen=True)
class Anonymised:
    requests: list[str]  # ids whose personal data were removed
    outbox_removed: int  # mails about their bookings deleted

    @property
    def changes(self) -> ChangeSet:
        changed = of_requests(self.requests)
        return changed | OUTBOX if self.outbox_removed else changed


def retention(db: Database) -> Retention:
    with db.read() as s:
        return _retention(s)


def set_retention(db: Database, months: int, *, actor: str, now: dt.datetime) -> Changed[Retention]:
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise PrivacyError("bad_retention", months=months, low=MIN_MONTHS, high=MAX_MONTHS)
    with db.write() as s:
        repository.set_setting(s, RETENTION_KEY, months)
        repository.add_audit(s, at=now, actor=actor, action="retention", entity="setting",
                             entity_id=RETENTION_KEY, details={"months": months})
    return Changed(Retention(months, False), SETTINGS)


def anonymise_expired(db: Database, *, now: dt.datetime, actor: str) -> Anonymised:
    """Anonymise every closed request whose last activity is older than the retention period.

    Nothing due (the usual case at start-up): only a read, no write transaction.
    """
    with db.read() as s:
        months = _retention(s).months
        cutoff = now - dt.timedelta(days=round(months * 30.44))
        if not _expired(s, cutoff):
            return Anonymised([], 0)
    with db.write() as s:
        ids = _expired(s, cutoff)  # again under the write lock: another session may have done it
        return _anonymise(s, ids, now=now, actor=actor, action="anonymise", reason={"months": months})


def case_requests(db: Database, case: str) -> list[Request]:
    """The requests of one case (same case reference), oldest first."""
    case = case.strip()
    if not case:
        raise PrivacyError("no_case")
    with db.read() as s:
        ids = list(s.scalars(sa.select(RequestRow.id).where(RequestRow.case_ref == case)
                             .order_by(RequestRow.pos)))
        return [r for r in (repository.get_request(s, i) for i in ids) if r is not None]


def case_document(db: Database, case: str) -> dict[str, Any]:
    """Everything held about a case: its requests, their bookings, the mails about them, the audit lines."""
    found = case_requests(db, case)
    if not found:
        raise PrivacyError("unknown_case")
    ids = [r.id for r in found]
    with db.read() as s:
        bookings = repository.bookings_for_requests(s, ids)
        booking_ids = [b.id for b in bookings]
        columns = (OutboxRow.booking_id, OutboxRow.to_addr, OutboxRow.subject, OutboxRow.status,
                   OutboxRow.created_at, OutboxRow.sent_at, OutboxRow.raw)
        mails = s.execute(sa.select(*columns).where(OutboxRow.booking_id.in_(booking_ids))
                          .order_by(OutboxRow.id)).all()
        audit = [e for i in [*ids, *booking_ids] for e in repository.list_audit(s, entity_id=i)]
        stated = repository.get_case_preferences(s, case.strip())
        tz = repository.get_setting(s, repository.SERVICE_TIMEZONE_KEY, "Europe/Rome") or "Europe/Rome"
        data = monitoring.with_assisted(s, ServiceData(timezone=tz, requests=found, bookings=bookings))
    encoded = encode_scenario(data)
    return {
        "case": case.strip(),
        "requests": encoded["requests"],
        "bookings": encoded["bookings"],
        "mails": [{"booking": m.booking_id, "to": m.to_addr, "subject": m.subject, "status": m.status,
                   "created_at": m.created_at.isoformat(),
                   "sent_at": m.sent_at.isoformat() if m.sent_at else None,
                   "message": bytes(m.raw).decode("utf-8", "replace")} for m in mails],
        "audit": [_audit_json(e) for e in sorted(audit, key=lambda e: e.id)],
        "preferences": {"preferred_mediators": list(stated.preferred_mediators),
                        "avoided_mediators": list(stated.avoided_mediators)} if stated else None,
    }


def export_case(db: Database, case: str, out: str | Path, *, actor: str, now: dt.datetime) -> Changed[Path]:
    """Write everything held about a case as JSON (``.json``) or Excel (``.xlsx``); audited (nothing shown
    changes)."""
    target = Path(out)
    document = case_document(db, case)
    if target.suffix.lower() == ".xlsx":
        _write_case_xlsx(target, document)
    else:
        write_atomically(target, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    with db.write() as s:
        repository.add_audits(s, at=now, actor=actor, entries=[
            ("export_case", "request", r["id"], {"format": target.suffix.lower().lstrip(".") or "json"})
            for r in document["requests"]])
    return Changed(target, NOTHING)


def erase_case(db: Database, case: str, *, actor: str, now: dt.datetime) -> Anonymised:
    """On the person's request: remove the case's personal data now (hours and money stay for reports)."""
    ids = [r.id for r in case_requests(db, case)]
    if not ids:
        raise PrivacyError("unknown_case")
    with db.write() as s:
        return _anonymise(s, ids, now=now, actor=actor, action="erase", reason={"on_request": True})


# ---- steps -------------------------------------------------------------------------------
def _retention(s: Session) -> Retention:
    value = repository.get_setting(s, RETENTION_KEY, None)
    if isinstance(value, int) and MIN_MONTHS <= value <= MAX_MONTHS:
        return Retention(value, False)
    return Retention(DEFAULT_RETENTION_MONTHS, True)


def _expired(s: Session, cutoff: dt.datetime) -> list[str]:
    """Closed requests with no booking ending after ``cutoff`` and received before it, not yet anonymised."""
    last_end = (sa.select(BookingRow.request_id, sa.func.max(BookingRow.end_at).label("last"))
                .group_by(BookingRow.request_id).subquery())
    query = (sa.select(RequestRow.id, RequestRow.extra)
             .outerjoin(last_end, last_end.c.request_id == RequestRow.id)
             .where(RequestRow.status != RequestStatus.PENDING.value,
                    sa.or_(last_end.c.last < cutoff,
                           sa.and_(last_end.c.last.is_(None), RequestRow.received_at < cutoff)))
             .order_by(RequestRow.pos))
    return [rid for rid, extra in s.execute(query) if ANONYMISED not in (extra or {})]


def _anonymise(
    s: Session, ids: Sequence[str], *, now: dt.datetime, actor: str, action: str, reason: dict[str, Any]
) -> Anonymised:
    done: list[str] = []
    cases: set[str] = set()
    for rid in ids:
        request = repository.get_request(s, rid)
        if request is None:
            continue
        if request.case:
            cases.add(request.case)
        repository.save_request(s, anonymised_request(request, now))
        for booking in repository.bookings_for_request(s, rid):
            if booking.cancel_reason or any(k in booking.extra for k in PERSONAL_EXTRA_KEYS):
                repository.save_booking(s, anonymised_booking(booking))
        done.append(rid)
    query = sa.select(BookingRow.id).where(BookingRow.request_id.in_(done))
    booking_ids = list(s.scalars(query)) if done else []
    removed = 0
    if booking_ids:
        result = s.execute(sa.delete(OutboxRow).where(OutboxRow.booking_id.in_(booking_ids)))
        removed = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if done:
        repository.scrub_audit(s, [*done, *booking_ids], PERSONAL_AUDIT_KEYS)
        monitoring_store.blank_nationalities(s, booking_ids)  # the counts stay for the reports
        repository.drop_unused_case_preferences(s, cases)  # who the family would not want goes with the case
    repository.add_audits(s, at=now, actor=actor, entries=[
        (action, "request", rid, {**reason, "fields": list(PERSONAL_FIELDS)}) for rid in done])
    return Anonymised(done, removed)


PERSONAL_FIELDS = ("reason", "notes", "nationality", "contact_on_site", "address", "case")
PERSONAL_AUDIT_KEYS = ("reason",)  # audit details that repeat free text typed about a case (cancellations)


def anonymised_request(request: Request, now: dt.datetime) -> Request:
    """``request`` without the personal data of the person assisted; everything reports use is kept."""
    extra = {k: v for k, v in request.extra.items() if k not in PERSONAL_EXTRA_KEYS}
    extra[ANONYMISED] = now.isoformat()
    return dataclasses.replace(
        request, reason=REDACTED if request.reason else "", notes="", nationality="", contact_on_site="",
        address="", case=None, extra=extra)


def anonymised_booking(booking: Booking) -> Booking:
    extra = {k: v for k, v in booking.extra.items() if k not in PERSONAL_EXTRA_KEYS}
    return dataclasses.replace(booking, cancel_reason=REDACTED if booking.cancel_reason else "", extra=extra)


def _audit_json(e: AuditEntry) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entity": e.entity,
            "record": e.entity_id, "details": e.details}


def _write_case_xlsx(target: Path, document: dict[str, Any]) -> None:
    write_atomically(target, _case_xlsx_bytes(document))


def _case_xlsx_bytes(document: dict[str, Any]) -> bytes:
    import io

    buffer = io.BytesIO()
    with WorkbookWriter(buffer) as book:
        mails = [{k: v for k, v in m.items() if k != "message"} for m in document["mails"]]
        sheets = [("Richieste", document["requests"]), ("Interventi", document["bookings"]),
                  ("Posta", mails), ("Registro", document["audit"])]
        if document.get("preferences"):  # what the agency stated for this case, when it did
            sheets.append(("Preferenze", [document["preferences"]]))
        for title, rows in sheets:
            columns = sorted({key for row in rows for key in row}) or ["-"]
            with book.sheet(title, [18.0] * len(columns)) as sheet:
                sheet.append(columns)
                for row in rows:
                    sheet.append([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value: Any) -> str | int | float | None:
    if value is None or isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
