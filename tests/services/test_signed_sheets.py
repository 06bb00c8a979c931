"""Signed sheets through the services: recorded at closing or later, scans kept with their checksum,
replaced and removed with an audit trail, refused when hostile, and the list of closed interventions
still without one (service, hour report)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa

from mediation_desk.scheduling.model import BookingId, BookingStatus
from mediation_desk.services import booking_outcomes, finance, missing_sheets, signed_sheets
from mediation_desk.services.signed_sheets import SignedSheetError, SignedSheetInput
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.finance_samples import finance_service, rome
from tests.scan_samples import image_scan, pdf_scan

NOW = rome("2026-12-01", "10:00")


@pytest.fixture
def stored(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, finance_service())
    return db


def _record(db: Database, booking: str, signer: str, day: dt.date, scan: Any = None, *, actor: str = "ana",
            read_version: int = 0) -> Any:
    return signed_sheets.record_signed_sheet(db, BookingId(booking), SignedSheetInput(signer, day, scan),
                                             actor=actor, now=NOW, read_version=read_version)


def _audit(db: Database, booking: str) -> list[tuple[str, dict[str, object]]]:
    with db.read() as s:
        return [(a.action, a.details) for a in repository.list_audit(s, "signed_sheet", booking)]


def _missing(db: Database) -> list[str]:
    return [ln.booking_id for ln in missing_sheets.missing_signed_sheets(db, dt.date(2026, 11, 1),
                                                                          dt.date(2026, 11, 30))]


def test_closing_records_the_signed_sheet_and_its_scan_in_one_transaction(stored: Database) -> None:
    scan = signed_sheets.prepare_scan(pdf_scan(), "firma B7.pdf")
    signed = SignedSheetInput("Dott.ssa Maria Rossi", dt.date(2026, 11, 30), scan)
    change = booking_outcomes.close(stored, BookingId("B7"), rome("2026-11-30", "09:00"),
                                    rome("2026-11-30", "10:10"), actor="ana", now=NOW, signed=signed)
    assert change.booking.status is BookingStatus.DONE
    sheet = signed_sheets.signed_sheet(stored, BookingId("B7"))
    assert sheet is not None and sheet.signed_by == "Dott.ssa Maria Rossi"
    assert sheet.received_on == dt.date(2026, 11, 30) and sheet.recorded_by == "ana"
    assert sheet.scan is not None and sheet.scan.media_type == "application/pdf"
    assert sheet.scan.sha256 == hashlib.sha256(scan.data).hexdigest()
    read = signed_sheets.read_scan(stored, BookingId("B7"))
    assert read.data == scan.data and read.info.name == "firma B7.pdf"
    [(action, details)] = _audit(stored, "B7")
    assert action == "signed_sheet" and details["scan_sha256"] == sheet.scan.sha256


def test_a_refused_signature_leaves_the_booking_open_too(stored: Database) -> None:
    bad = SignedSheetInput("Maria Rossi", dt.date(2026, 12, 5))  # still to come on 1 December
    with pytest.raises(SignedSheetError) as caught:
        booking_outcomes.close(stored, BookingId("B7"), rome("2026-11-30", "09:00"),
                               rome("2026-11-30", "10:00"), actor="ana", now=NOW, signed=bad)
    assert caught.value.code == "received_in_future"
    with stored.read() as s:
        booking = repository.get_booking(s, BookingId("B7"))
    assert booking is not None and booking.status is BookingStatus.CONFIRMED and booking.actual_start is None
    assert signed_sheets.signed_sheet(stored, BookingId("B7")) is None


def test_a_sheet_that_comes_back_days_later_is_recorded_on_the_closed_booking(stored: Database) -> None:
    assert "B1" in _missing(stored)
    changed = signed_sheets.record_signed_sheet(
        stored, BookingId("B1"), SignedSheetInput("  Paolo   Bianchi ", dt.date(2026, 11, 9)), actor="ana",
        now=NOW)
    assert changed.value.signed_by == "Paolo Bianchi" and changed.value.scan is None
    assert changed.changes.bookings == frozenset({"B1"})
    assert "B1" not in _missing(stored)
    later = signed_sheets.attach_scan(stored, BookingId("B1"), signed_sheets.prepare_scan(
        image_scan("JPEG"), "foto.jpeg"), actor="bea", now=NOW, read_version=changed.value.version)
    assert later.value.scan is not None and later.value.scan.media_type == "image/jpeg"
    assert later.value.scan.name == "foto.jpg"


@pytest.mark.parametrize(("booking", "signed", "code"), [
    ("B7", SignedSheetInput("Rossi", dt.date(2026, 11, 30)), "not_closed"),  # still confirmed
    ("B2", SignedSheetInput("Rossi", dt.date(2026, 11, 30)), "not_closed"),  # cancelled
    ("B404", SignedSheetInput("Rossi", dt.date(2026, 11, 30)), "unknown_booking"),
    ("B1", SignedSheetInput("   ", dt.date(2026, 11, 30)), "signer_required"),
    ("B1", SignedSheetInput("Rossi\nDROP TABLE", dt.date(2026, 11, 30)), "bad_signer"),
    ("B1", SignedSheetInput("Rossi", dt.date(2026, 11, 2)), "received_before"),  # held on the 3rd
])
def test_bad_records_are_refused_with_their_reason(stored: Database, booking: str, signed: SignedSheetInput,
                                                   code: str) -> None:
    with pytest.raises(SignedSheetError) as caught:
        signed_sheets.record_signed_sheet(stored, BookingId(booking), signed, actor="ana", now=NOW)
    assert caught.value.code == code
    assert signed_sheets.signed_sheet(stored, BookingId(booking)) is None


def test_replacing_and_removing_the_scan_keeps_every_checksum_in_the_audit_trail(stored: Database) -> None:
    first = signed_sheets.prepare_scan(image_scan("PNG"), "scan.png")
    second = signed_sheets.prepare_scan(pdf_scan(2), "scan-bis.pdf")
    _record(stored, "B3", "Rossi", dt.date(2026, 11, 10), first)
    signed_sheets.attach_scan(stored, BookingId("B3"), second, actor="bea", now=NOW)
    assert signed_sheets.read_scan(stored, BookingId("B3")).data == second.data
    kept = signed_sheets.remove_scan(stored, BookingId("B3"), actor="bea", now=NOW)
    assert kept.value.scan is None and kept.value.signed_by == "Rossi"  # the signature stays recorded
    with pytest.raises(SignedSheetError) as caught:
        signed_sheets.read_scan(stored, BookingId("B3"))
    assert caught.value.code == "no_scan"
    signed_sheets.remove_signed_sheet(stored, BookingId("B3"), actor="ana", now=NOW)
    assert signed_sheets.signed_sheet(stored, BookingId("B3")) is None
    trail = _audit(stored, "B3")
    assert [a for a, _ in trail] == ["signed_sheet", "attach_scan", "remove_scan", "remove_signed_sheet"]
    assert trail[1][1]["replaced"] == {"scan": "scan.png", "scan_sha256": first.sha256,
                                       "scan_size": len(first.data)}
    assert trail[2][1]["scan_sha256"] == second.sha256


def test_a_hostile_file_is_refused_and_the_scan_kept_before_stays(stored: Database, tmp_path: Path) -> None:
    good = signed_sheets.prepare_scan(pdf_scan(), "buona.pdf")
    _record(stored, "B5", "Rossi", dt.date(2026, 11, 12), good)
    disguised = tmp_path / "firma.pdf"
    disguised.write_bytes(b"MZ\x90\x00 this is a program")
    with pytest.raises(SignedSheetError) as caught:
        signed_sheets.read_scan_file(disguised)
    assert (caught.value.code, caught.value.params["name"]) == ("unknown_type", "firma.pdf")
    huge = tmp_path / "enorme.pdf"
    with huge.open("wb") as f:
        f.truncate(40 * 1024 * 1024)  # sparse: refused from its size, never read
    with pytest.raises(SignedSheetError) as caught:
        signed_sheets.read_scan_file(huge)
    assert caught.value.code == "too_big"
    assert signed_sheets.read_scan(stored, BookingId("B5")).data == good.data


def test_a_scan_altered_in_the_database_is_refused_on_reading(stored: Database, tmp_path: Path) -> None:
    scan = signed_sheets.prepare_scan(image_scan("PNG"), "scan.png")
    _record(stored, "B8", "Rossi", dt.date(2026, 11, 21), scan)
    out = signed_sheets.save_scan(stored, BookingId("B8"), tmp_path / "copia.png")
    assert out.read_bytes() == scan.data
    with stored.write() as s:  # someone or something changes the bytes behind the program's back
        s.execute(sa.text("UPDATE signed_sheets SET scan = :data WHERE booking_id = 'B8'"),
                  {"data": scan.data[:-1] + b"\x00"})
    with pytest.raises(SignedSheetError) as caught:
        signed_sheets.save_scan(stored, BookingId("B8"), tmp_path / "altra.png")
    assert caught.value.code == "checksum_mismatch"
    assert not (tmp_path / "altra.png").exists()


def test_an_edit_decided_on_an_old_version_is_refused(stored: Database) -> None:
    from mediation_desk.storage.errors import StaleEditError

    first = _record(stored, "B1", "Rossi", dt.date(2026, 11, 4))
    _record(stored, "B1", "Bianchi", dt.date(2026, 11, 5), actor="bea", read_version=first.value.version)
    with pytest.raises(StaleEditError):
        signed_sheets.record_signed_sheet(stored, BookingId("B1"), SignedSheetInput(
            "Verdi", dt.date(2026, 11, 6)), actor="ana", now=NOW, read_version=first.value.version)
    sheet = signed_sheets.signed_sheet(stored, BookingId("B1"))
    assert sheet is not None and sheet.signed_by == "Bianchi"


def test_the_missing_list_holds_exactly_the_closed_interventions_without_a_sheet(stored: Database) -> None:
    assert _missing(stored) == ["B1", "B3", "B5", "B8"]  # done in November; cancelled and open ones are not
    _record(stored, "B3", "Rossi", dt.date(2026, 11, 10))
    lines = missing_sheets.missing_signed_sheets(stored, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [ln.booking_id for ln in lines] == ["B1", "B5", "B8"]
    assert lines[0].agency == "Comune di Lodi" and lines[0].language == "Arabo"
    assert lines[0].start == dt.datetime(2026, 11, 3, 9, 0) and lines[0].outcome == "delivered"
    only_p2 = missing_sheets.missing_signed_sheets(stored, dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                                   project="P2")
    assert [ln.booking_id for ln in only_p2] == ["B5"]


def test_the_hour_report_lists_the_missing_signed_sheets(stored: Database, tmp_path: Path) -> None:
    _record(stored, "B1", "Rossi", dt.date(2026, 11, 4))
    out = tmp_path / "report.xlsx"
    finance.export_report(stored, dt.date(2026, 11, 1), dt.date(2026, 11, 30), out, now=NOW)
    sheet = openpyxl.load_workbook(out)["Fogli firma mancanti"]
    rows = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]]
    assert [r[0] for r in rows] == ["B3", "B5", "B8"]
    assert rows[0][2] == dt.datetime(2026, 11, 10) and rows[0][3] == "10:00–10:45"
    assert rows[0][9] == "mancata presentazione" and rows[1][9] == "erogato"
    assert "3 interventi chiusi senza foglio firmato" in str(sheet["A2"].value)
    assert sheet.cell(3, 1).value == "Prenotazione"
