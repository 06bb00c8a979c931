"""Personal data only as long as needed: retention, anonymisation with the reports' totals kept, a case's
export (JSON, Excel) and erasure on request, each audited; files written readable by their owner only."""

from __future__ import annotations

import datetime as dt
import json
import stat
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from mediation_desk.services import finance, privacy
from mediation_desk.services.budget import budget_report
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import OutboxRow
from tests.factories import by_program, rome, small_service

YEAR_AFTER = rome(2027, 12, 3, 10)  # 12 months after 3 Dec 2026: the 30 Nov intervention is past it


@pytest.fixture
def service_db(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, small_service())
        for booking_id in ("B00001", "B00002"):  # an invitation mailed about each booking
            s.add(OutboxRow(booking_id=booking_id, to_addr="m@example.org", subject="Invito",
                            raw=b"Motivo: colloquio con i servizi sociali", status="sent", attempts=1,
                            last_error="", created_at=rome(2026, 11, 25, 9)))
    return db


def _numbers(path: Path) -> list[tuple[str, str, float]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [(sheet.title, cell.coordinate, float(cell.value)) for sheet in book.worksheets
            for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool)]


def _totals(db: Database, tmp_path: Path, name: str) -> tuple[object, ...]:
    start, end = rome(2026, 11, 1, 0), rome(2027, 1, 1, 0)
    with db.read() as s:
        lines = finance.billing_lines(s, start, end)
    minutes = sum(line.billable_min for line in lines)
    amount = sum((line.cost for line in lines), Decimal(0))
    budgets = [(b.project.code, b.delivered_min, b.committed_min) for b in budget_report(db, YEAR_AFTER)]
    report = tmp_path / f"{name}.xlsx"
    finance.export_report(db, dt.date(2026, 11, 1), dt.date(2026, 12, 31), report, now=YEAR_AFTER)
    return minutes, amount, budgets, _numbers(report)


def test_retention_has_a_default_and_can_be_set(service_db: Database) -> None:
    assert privacy.retention(service_db) == privacy.Retention(12, True)
    privacy.set_retention(service_db, 24, actor="admin", now=YEAR_AFTER)
    assert privacy.retention(service_db) == privacy.Retention(24, False)
    with pytest.raises(privacy.PrivacyError):
        privacy.set_retention(service_db, 0, actor="admin", now=YEAR_AFTER)


def test_after_retention_personal_data_go_and_report_totals_stay(
    service_db: Database, tmp_path: Path
) -> None:
    before = _totals(service_db, tmp_path, "before")
    done = privacy.anonymise_expired(service_db, now=YEAR_AFTER, actor="admin")
    assert done.requests == ["R00004"]  # the 30 Nov intervention; 7 Dec is within the year; pending stay
    assert done.outbox_removed == 1
    with service_db.read() as s:
        old, recent = repository.get_request(s, "R00004"), repository.get_request(s, "R00001")
        audit = by_program(repository.list_audit(s, "request", "R00004"))
        mails = {m.booking_id for m in s.query(OutboxRow)}
    assert old is not None and recent is not None
    assert (old.notes, old.nationality, old.contact_on_site, old.address, old.case) == ("", "", "", "", None)
    assert old.reason in ("", privacy.REDACTED) and "anonymised_at" in old.extra
    assert recent.nationality == "Marocco" and recent.case == "C-0017"  # not yet due
    assert audit[-1].action == "anonymise" and "Marocco" not in json.dumps(audit[-1].details)
    assert mails == {"B00002"}
    assert _totals(service_db, tmp_path, "after") == before
    assert privacy.anonymise_expired(service_db, now=YEAR_AFTER, actor="admin").requests == []  # once


def test_a_case_is_exported_whole_as_json_and_excel_and_audited(
    service_db: Database, tmp_path: Path
) -> None:
    out = privacy.export_case(service_db, "C-0017", tmp_path / "caso.json", actor="admin",
                              now=YEAR_AFTER).value
    document = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in document["requests"]) == ["R00001", "R00004"]
    assert sorted(b["id"] for b in document["bookings"]) == ["B00001", "B00002"]
    assert {m["booking"] for m in document["mails"]} == {"B00001", "B00002"}
    assert any(r.get("nationality") == "Marocco" for r in document["requests"])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    xlsx = privacy.export_case(service_db, "C-0017", tmp_path / "caso.xlsx", actor="admin",
                               now=YEAR_AFTER).value
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["Richieste", "Interventi", "Posta", "Registro"]
    assert len(list(book["Richieste"].iter_rows())) == 3  # heading and two requests
    with service_db.read() as s:
        lines = [e for e in repository.list_audit(s) if e.action == "export_case"]
    assert sorted((e.entity_id, e.details["format"]) for e in lines) == [
        ("R00001", "json"), ("R00001", "xlsx"), ("R00004", "json"), ("R00004", "xlsx")]
    with pytest.raises(privacy.PrivacyError):
        privacy.export_case(service_db, "C-9999", tmp_path / "x.json", actor="admin", now=YEAR_AFTER)


def test_a_case_is_erased_on_request_and_its_hours_stay(service_db: Database, tmp_path: Path) -> None:
    before = _totals(service_db, tmp_path, "before")
    done = privacy.erase_case(service_db, "C-0017", actor="admin", now=rome(2026, 12, 3, 12))
    assert sorted(done.requests) == ["R00001", "R00004"] and done.outbox_removed == 2
    with service_db.read() as s:
        erased = [repository.get_request(s, i) for i in ("R00001", "R00004")]
        lines = [e for e in repository.list_audit(s) if e.action == "erase"]
    assert all(r is not None and r.case is None and r.nationality == "" and r.notes == "" for r in erased)
    assert sorted(e.entity_id for e in lines) == ["R00001", "R00004"]
    assert privacy.case_requests(service_db, "C-0017") == []
    assert _totals(service_db, tmp_path, "after") == before


def test_erasure_blanks_the_free_text_of_the_case_in_the_audit_trail(service_db: Database) -> None:
    from mediation_desk.services import booking_outcomes as outcomes

    outcomes.cancel(service_db, "B00002", "la signora Fatima è ricoverata", actor="coord",
                   now=rome(2026, 12, 3, 9))
    privacy.erase_case(service_db, "C-0017", actor="admin", now=rome(2026, 12, 3, 12))
    with service_db.read() as s:
        lines = repository.list_audit(s, "booking", "B00002")
    cancel = next(e for e in lines if e.action == "cancel")
    assert cancel.details["reason"] == "[anonimizzato]" and cancel.details["mediator"] == "M001"
    assert "Fatima" not in json.dumps([e.details for e in lines])


def test_a_new_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "nuovo.db"))
    try:
        assert stat.S_IMODE((tmp_path / "nuovo.db").stat().st_mode) == 0o600
    finally:
        db.dispose()


def test_nothing_due_means_no_write_transaction(service_db: Database) -> None:
    """Start-up asks every time: when nothing is past the retention it only reads."""
    before = service_db.commits
    assert privacy.anonymise_expired(service_db, now=rome(2026, 12, 3, 10), actor="x").requests == []
    assert service_db.commits == before
