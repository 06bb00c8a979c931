"""Signed sheets in the database: the record of who signed and when, and the scan's bytes read on purpose."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import BookingId
from mediation_desk.scheduling.signed_sheet import ScanInfo, SignedSheet
from mediation_desk.storage.orm import SignedSheetRow


def _of(row: SignedSheetRow) -> SignedSheet:
    scan = None
    if row.scan_sha256 is not None:
        scan = ScanInfo(row.scan_name or "", row.scan_type or "", row.scan_size or 0, row.scan_sha256)
    return SignedSheet(BookingId(row.booking_id), row.signed_by, row.received_on, row.recorded_by,
                       row.recorded_at, scan, version=row.version)


def get_signed_sheet(s: Session, booking_id: str) -> SignedSheet | None:
    row = s.get(SignedSheetRow, booking_id)
    return _of(row) if row is not None else None


def signed_booking_ids(s: Session, booking_ids: Iterable[str]) -> set[str]:
    """Which of ``booking_ids`` have a signed sheet recorded (in chunks: a month may hold thousands)."""
    ids, found = sorted(set(booking_ids)), set()
    for at in range(0, len(ids), 500):
        chunk = ids[at:at + 500]
        query = sa.select(SignedSheetRow.booking_id).where(SignedSheetRow.booking_id.in_(chunk))
        found |= set(s.scalars(query))
    return found


def save_signed_sheet(s: Session, sheet: SignedSheet, content: bytes | None = None, *,
                      keep_scan: bool = True) -> SignedSheet:
    """Insert or update the record; ``content`` replaces the scan, else ``keep_scan`` keeps or drops it."""
    row = s.get(SignedSheetRow, sheet.booking)
    if row is None:
        row = SignedSheetRow(booking_id=sheet.booking)
        s.add(row)
    row.signed_by, row.received_on = sheet.signed_by, sheet.received_on
    row.recorded_by, row.recorded_at = sheet.recorded_by, sheet.recorded_at
    if content is not None and sheet.scan is not None:
        row.scan = content
        row.scan_name, row.scan_type = sheet.scan.name, sheet.scan.media_type
        row.scan_size, row.scan_sha256 = sheet.scan.size, sheet.scan.sha256
    elif not keep_scan:
        row.scan = None
        row.scan_name = row.scan_type = row.scan_sha256 = None
        row.scan_size = None
    s.flush()
    return _of(row)


def delete_signed_sheet(s: Session, booking_id: str) -> bool:
    row = s.get(SignedSheetRow, booking_id)
    if row is None:
        return False
    s.delete(row)
    s.flush()
    return True


def scan_bytes(s: Session, booking_id: str) -> tuple[ScanInfo, bytes] | None:
    """The stored scan of ``booking_id`` and its bytes as stored (the caller checks the digest)."""
    row = s.execute(sa.select(SignedSheetRow.scan_name, SignedSheetRow.scan_type, SignedSheetRow.scan_size,
                              SignedSheetRow.scan_sha256, SignedSheetRow.scan)
                    .where(SignedSheetRow.booking_id == booking_id)).one_or_none()
    if row is None or row.scan_sha256 is None or row.scan is None:
        return None
    info = ScanInfo(row.scan_name or "", row.scan_type or "", row.scan_size or 0, row.scan_sha256)
    return info, bytes(row.scan)
