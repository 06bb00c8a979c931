"""Use cases of the signed sheets: record that a booking's scheda came back signed, keep and read its scan.

Every write is one transaction with its audit line (who signed, when it came
back, which scan by SHA-256); the scan's bytes are checked by content before
the transaction opens, kept in the database, and checked against their
digest whenever they are read back. The sheet can be recorded when the
booking is closed (``booking_outcomes.close(signed=…)``, same transaction) or
days later on a booking already closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from mediation_desk.io.scan_files import EXTENSIONS, MAX_SCAN_BYTES, ScanProblem, check_scan
from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus
from mediation_desk.scheduling.signed_sheet import ScanInfo, SignedSheet
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.services.finance import _atomic_path, service_tz
from mediation_desk.storage import entities, repository, signed_sheets
from mediation_desk.storage.db import Database

MAX_SIGNER_CHARS = 200


class SignedSheetError(Exception):
    """A refusal about a signed sheet: ``code`` (unknown_booking, not_closed, signer_required, bad_signer,
    received_in_future, received_before, no_signed_sheet, no_scan, checksum_mismatch, unreadable, and the
    scan problems of ``io.scan_files``: empty, too_big, unknown_type, corrupt_pdf, encrypted_pdf,
    corrupt_png, corrupt_jpeg, too_many_pixels) and ``params``."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ScanUpload:
    """A scan checked by content and ready to store: its name, bytes, type and digest."""

    name: str
    data: bytes
    media_type: str
    sha256: str

    @property
    def info(self) -> ScanInfo:
        return ScanInfo(self.name, self.media_type, len(self.data), self.sha256)


@dataclass(frozen=True)
class SignedSheetInput:
    """What the coordinator records: who signed for the agency, the day the sheet came back, its scan."""

    signed_by: str
    received_on: dt.date
    scan: ScanUpload | None = None


@dataclass(frozen=True)
class ScanFile:
    """A stored scan read back, its bytes checked against the digest kept with them."""

    info: ScanInfo
    data: bytes


def prepare_scan(data: bytes, name: str) -> ScanUpload:
    """Check ``data`` by content (PDF, PNG or JPEG, whole, within the size limit); refuse otherwise."""
    try:
        checked = check_scan(data)
    except ScanProblem as exc:
        raise SignedSheetError(exc.code, name=name, **exc.params) from None
    base = Path(name.replace("\\", "/")).name.strip() or "scansione"
    stem = Path(base).stem or "scansione"
    return ScanUpload(stem + EXTENSIONS[checked.media_type], data, checked.media_type,
                      hashlib.sha256(data).hexdigest())


def read_scan_file(path: str | Path) -> ScanUpload:
    """Read and check the file at ``path``; a file over the limit is refused before it is read."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise SignedSheetError("too_big", name=source.name, size=size, limit=MAX_SCAN_BYTES)
        with source.open("rb") as f:
            data = f.read(MAX_SCAN_BYTES + 1)
    except OSError as exc:
        raise SignedSheetError("unreadable", name=source.name, reason=exc.strerror or str(exc)) from None
    return prepare_scan(data, source.name)


def _touched(booking_id: BookingId) -> ChangeSet:
    """A signed sheet changes what the booking shows (and the missing list), nothing else."""
    return ChangeSet(bookings=frozenset({str(booking_id)}))


def _closed_booking(s: Session, booking_id: BookingId) -> Booking:
    booking = repository.get_booking(s, booking_id)
    if booking is None:
        raise SignedSheetError("unknown_booking", booking=booking_id)
    if booking.status is not BookingStatus.DONE:
        raise SignedSheetError("not_closed", booking=booking_id, status=str(booking.status))
    return booking


def _check_input(s: Session, booking: Booking, signed: SignedSheetInput, now: dt.datetime) -> str:
    signer = " ".join(signed.signed_by.split())
    if not signer:
        raise SignedSheetError("signer_required", booking=booking.id)
    if len(signer) > MAX_SIGNER_CHARS or any(ord(c) < 32 for c in signed.signed_by if c not in "\t"):
        raise SignedSheetError("bad_signer", booking=booking.id)
    tz = service_tz(s)
    if signed.received_on > now.astimezone(tz).date():
        raise SignedSheetError("received_in_future", received=signed.received_on.isoformat())
    held = (booking.actual_start or booking.start).astimezone(tz).date()
    if signed.received_on < held:
        raise SignedSheetError("received_before", received=signed.received_on.isoformat(),
                               held=held.isoformat())
    return signer


def _scan_details(scan: ScanInfo | None) -> dict[str, object]:
    return {"scan": scan.name, "scan_sha256": scan.sha256, "scan_size": scan.size} if scan else {}


def record_in(s: Session, booking: Booking, signed: SignedSheetInput, *, actor: str, now: dt.datetime,
              read_version: int = 0) -> SignedSheet:
    """Record the signed sheet of the closed ``booking`` in the caller's transaction, with its audit line."""
    signer = _check_input(s, booking, signed, now)
    before = signed_sheets.get_signed_sheet(s, booking.id)
    if before is not None:
        entities.check_version(s, "signed_sheet", booking.id, read_version, before.version)
    scan = signed.scan
    sheet = SignedSheet(booking.id, signer, signed.received_on, actor, now,
                        scan.info if scan else (before.scan if before else None))
    after = signed_sheets.save_signed_sheet(s, sheet, scan.data if scan else None)
    details: dict[str, object] = {"signed_by": signer, "received_on": signed.received_on.isoformat(),
                                  **_scan_details(scan.info if scan else None)}
    if before is not None:
        details["before"] = {"signed_by": before.signed_by, "received_on": before.received_on.isoformat(),
                             **_scan_details(before.scan if scan else None)}
    repository.add_audit(s, at=now, actor=actor, action="signed_sheet", entity="signed_sheet",
                         entity_id=booking.id, details=details)
    return after


def record_signed_sheet(db: Database, booking_id: BookingId, signed: SignedSheetInput, *, actor: str,
                        now: dt.datetime, read_version: int = 0) -> Changed[SignedSheet]:
    """The scheda of the closed booking came back signed (or the record is corrected); a scan replaces one."""
    with db.write() as s:
        booking = _closed_booking(s, booking_id)
        sheet = record_in(s, booking, signed, actor=actor, now=now, read_version=read_version)
        return Changed(sheet, _touched(booking_id))


def attach_scan(db: Database, booking_id: BookingId, scan: ScanUpload, *, actor: str, now: dt.datetime,
                read_version: int = 0) -> Changed[SignedSheet]:
    """Attach ``scan`` to the recorded signed sheet, replacing its scan (the audit keeps both digests)."""
    with db.write() as s:
        _closed_booking(s, booking_id)
        before = signed_sheets.get_signed_sheet(s, booking_id)
        if before is None:
            raise SignedSheetError("no_signed_sheet", booking=booking_id)
        entities.check_version(s, "signed_sheet", booking_id, read_version, before.version)
        after = signed_sheets.save_signed_sheet(s, replace(before, scan=scan.info), scan.data)
        details = {**_scan_details(scan.info), "replaced": _scan_details(before.scan) or None}
        repository.add_audit(s, at=now, actor=actor, action="attach_scan", entity="signed_sheet",
                             entity_id=booking_id, details=details)
        return Changed(after, _touched(booking_id))


def remove_scan(db: Database, booking_id: BookingId, *, actor: str, now: dt.datetime,
                read_version: int = 0) -> Changed[SignedSheet]:
    """Drop the scan (attached by mistake); the record of the signature stays, the audit keeps its digest."""
    with db.write() as s:
        before = signed_sheets.get_signed_sheet(s, booking_id)
        if before is None or before.scan is None:
            raise SignedSheetError("no_scan", booking=booking_id)
        entities.check_version(s, "signed_sheet", booking_id, read_version, before.version)
        after = signed_sheets.save_signed_sheet(s, replace(before, scan=None), keep_scan=False)
        repository.add_audit(s, at=now, actor=actor, action="remove_scan", entity="signed_sheet",
                             entity_id=booking_id, details=_scan_details(before.scan))
        return Changed(after, _touched(booking_id))


def remove_signed_sheet(db: Database, booking_id: BookingId, *, actor: str, now: dt.datetime,
                        read_version: int = 0) -> Changed[None]:
    """Withdraw a record made by mistake (and its scan): the booking is again one without a signed sheet."""
    with db.write() as s:
        before = signed_sheets.get_signed_sheet(s, booking_id)
        if before is None:
            raise SignedSheetError("no_signed_sheet", booking=booking_id)
        entities.check_version(s, "signed_sheet", booking_id, read_version, before.version)
        signed_sheets.delete_signed_sheet(s, booking_id)
        repository.add_audit(s, at=now, actor=actor, action="remove_signed_sheet", entity="signed_sheet",
                             entity_id=booking_id, details={
                                 "signed_by": before.signed_by, "received_on": before.received_on.isoformat(),
                                 **_scan_details(before.scan)})
        return Changed(None, _touched(booking_id))


def signed_sheet(db: Database, booking_id: BookingId) -> SignedSheet | None:
    """The signed sheet recorded for ``booking_id`` (without the scan's bytes), None when none came back."""
    with db.read() as s:
        return signed_sheets.get_signed_sheet(s, booking_id)


def read_scan(db: Database, booking_id: BookingId) -> ScanFile:
    """The scan's bytes, refused when they no longer match the SHA-256 kept since they were attached."""
    with db.read() as s:
        found = signed_sheets.scan_bytes(s, booking_id)
    if found is None:
        raise SignedSheetError("no_scan", booking=booking_id)
    info, data = found
    if hashlib.sha256(data).hexdigest() != info.sha256 or len(data) != info.size:
        raise SignedSheetError("checksum_mismatch", booking=booking_id, name=info.name)
    return ScanFile(info, data)


def save_scan(db: Database, booking_id: BookingId, out: str | Path) -> Path:
    """Write the checked scan to ``out`` (replaced only when complete)."""
    scan = read_scan(db, booking_id)
    target = Path(out)
    with _atomic_path(target) as temp:
        temp.write_bytes(scan.data)
    return target
