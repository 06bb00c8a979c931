"""Finance services on SQLite and PostgreSQL: every export re-read with openpyxl matches the database."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.io.xlsx_columns import Kind
from mediation_desk.io.xlsx_common import ExportCancelled
from mediation_desk.io.xlsx_import import ImportRefused
from mediation_desk.io.xlsx_report import RAW_HEADER_ROW, RAW_TITLE
from mediation_desk.scheduling.billing import BillingRule, billable_minutes, rule_for_project, settings_key
from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, Project, RequestId
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import finance
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import by_program
from tests.finance_samples import EXPECTED_MINUTES, ROME, finance_service, rome

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
MINUTES_COL = 10  # timesheet column J


def _stored(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, finance_service())
    return db


def _database_minutes(db: Database, first: dt.datetime, end: dt.datetime) -> dict[tuple[str, str], int]:
    """Billable minutes per (mediator, project) straight from the stored rows and settings."""
    with db.read() as s:
        projects: dict[str, Project] = {p.code: p for p in repository.list_projects(s)}
        requests = {r.id: r for r in repository.list_requests(s)}
        out: dict[tuple[str, str], int] = defaultdict(int)
        for b in repository.list_bookings(s):
            if first <= b.start < end:
                code = requests[b.request].project or ""
                setting = repository.get_setting(s, settings_key(code), None)
                minutes = billable_minutes(b, rule_for_project(projects.get(code), setting))
                if minutes:
                    out[(b.mediator, code)] += minutes
    return dict(out)


def _sheet_minutes(path: Path) -> dict[tuple[str, str], int]:
    import openpyxl

    out: dict[tuple[str, str], int] = defaultdict(int)
    code_of = {p.name: p.code for p in finance_service().projects}  # the sheets name the projects
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows(min_row=7, values_only=True):
            if isinstance(row[0], dt.datetime):
                out[(ws.title.split(" ")[0], code_of.get(row[2], row[2] or ""))] += row[MINUTES_COL - 1]
    return dict(out)


@pytest.mark.parametrize("month", [dt.date(2026, 10, 1), dt.date(2026, 11, 1)])
def test_timesheets_equal_the_database_to_the_minute(db: Database, tmp_path: Path, month: dt.date) -> None:
    _stored(db)
    out = tmp_path / "fogli.xlsx"
    result = finance.export_timesheets(db, month, out)
    start = dt.datetime(month.year, month.month, 1, tzinfo=ROME)
    end = dt.datetime(month.year, month.month + 1, 1, tzinfo=ROME)
    expected = _database_minutes(db, start, end)
    assert _sheet_minutes(out) == expected
    per_mediator: dict[str, int] = defaultdict(int)
    for (mediator, _), minutes in expected.items():
        per_mediator[mediator] += minutes
    assert result.minutes_by_mediator == dict(per_mediator)
    if month.month == 10:
        assert expected[("M2", "P1")] == 120  # the booking across the DST change


def test_report_raw_rows_and_totals_equal_the_database(db: Database, tmp_path: Path) -> None:
    import openpyxl

    _stored(db)
    out = tmp_path / "report.xlsx"
    result = finance.export_report(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), out, now=NOW)
    ws = openpyxl.load_workbook(out)[RAW_TITLE]
    header = [c.value for c in ws[RAW_HEADER_ROW]]
    rows = list(ws.iter_rows(min_row=RAW_HEADER_ROW + 1, values_only=True))
    minutes_col = header.index("Minuti fatturabili")
    assert {r[0]: r[minutes_col] for r in rows} == EXPECTED_MINUTES
    per_project: dict[str, int] = defaultdict(int)
    per_mediator: dict[str, int] = defaultdict(int)
    stored = _database_minutes(db, rome("2026-10-01", "00:00"), rome("2026-12-01", "00:00"))
    for (mediator, code), minutes in stored.items():
        per_project[code] += minutes
        per_mediator[mediator] += minutes
    assert result.minutes_by_project == dict(per_project)
    sheet_mediators: dict[str, int] = defaultdict(int)
    for r in rows:
        if r[minutes_col]:
            sheet_mediators[r[header.index("Mediatore ID")]] += r[minutes_col]
    assert sheet_mediators == per_mediator
    # the month x project sheet: its data cells, and the cached totals of its SUM formulas
    grid = openpyxl.load_workbook(out)["Ore mese x progetto"]
    grid_values = openpyxl.load_workbook(out, data_only=True)["Ore mese x progetto"]
    labels = [c.value for c in grid[3]][1:-1]  # "P1 – Lab'Impact"
    total_row = grid.max_row
    for col, label in enumerate(labels, start=2):
        cells = [grid.cell(r, col).value for r in range(4, total_row)]
        code = label.split(" – ")[0]
        assert round(sum(cells) * 60) == per_project[code if code != "(senza progetto)" else ""]
        assert str(grid.cell(total_row, col).value).startswith("=SUM(")
        assert round(grid_values.cell(total_row, col).value * 60) == round(sum(cells) * 60)
    budget = openpyxl.load_workbook(out, data_only=True)["Budget"]
    assert budget["A4"].value == "P1"
    assert round(budget["E4"].value * 60) == 105 + 120 + 120  # delivered on P1: B1, B2 (late), B4 (DST)
    assert round(budget["F4"].value * 60) == 60  # committed: B7 still open


def test_report_of_one_project_lists_only_its_bookings(db: Database, tmp_path: Path) -> None:
    _stored(db)
    result = finance.export_report(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), tmp_path / "p2.xlsx",
                                   now=NOW, project="P2")
    assert result.bookings == 3
    assert result.minutes_by_project == {"P2": 60 + 60 + 90}
    with pytest.raises(finance.FinanceError) as info:
        finance.export_report(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), tmp_path / "x.xlsx", now=NOW,
                              project="NOPE")
    assert info.value.code == "unknown_project"


def test_lifecycle_late_cancellation_and_no_show_reach_the_timesheet(db: Database, tmp_path: Path) -> None:
    _stored(db)
    with db.write() as s:  # a second open booking, for the no-show
        repository.save_booking(s, Booking(BookingId("B10"), RequestId("R6"), MediatorId("M3"),
                                           rome("2026-11-18", "10:00"), rome("2026-11-18", "11:30")))
    outcomes.cancel(db, "B7", "la famiglia ha disdetto", actor="coord",
                           now=rome("2026-11-30", "08:00"))
    outcomes.mark_no_show(db, "B10", actor="coord", now=rome("2026-11-18", "10:40"))
    out = tmp_path / "fogli.xlsx"
    result = finance.export_timesheets(db, dt.date(2026, 11, 1), out)
    assert _sheet_minutes(out)[("M2", "P1")] == 60  # late: bills the booked hour
    assert _sheet_minutes(out)[("M3", "P1")] == 90  # no-show: bills the booked 90 minutes
    assert result.minutes_by_mediator["M2"] == 60 + 60
    november = _database_minutes(db, rome("2026-11-01", "00:00"), rome("2026-12-01", "00:00"))
    assert _sheet_minutes(out) == november


def test_billing_rule_setting_changes_the_export_and_is_audited(db: Database, tmp_path: Path) -> None:
    _stored(db)
    rule = BillingRule(late_cancellation_bills=False, hourly_rate=Decimal("24.50"))
    finance.set_billing_rule(db, "P1", rule, actor="coord", now=NOW)
    assert finance.read_billing_rules(db)["P1"] == rule
    assert finance.read_billing_rules(db)["P2"] == BillingRule(round_step_min=30)  # from Project.extra
    result = finance.export_timesheets(db, dt.date(2026, 11, 1), tmp_path / "fogli.xlsx")
    assert result.minutes_by_project["P1"] == 105  # B2's late cancellation no longer billed
    with db.read() as s:
        entries = by_program(repository.list_audit(s, entity="project", entity_id="P1"))
    assert [e.action for e in entries] == ["billing_rule"]
    with pytest.raises(finance.FinanceError):
        finance.set_billing_rule(db, "NOPE", BillingRule(), actor="coord", now=NOW)


def test_cancelled_export_leaves_the_previous_file_untouched(sqlite_db: Database, tmp_path: Path) -> None:
    _stored(sqlite_db)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "fogli.xlsx"
    out.write_bytes(b"previous")
    with pytest.raises(ExportCancelled):
        finance.export_timesheets(sqlite_db, dt.date(2026, 11, 1), out, should_stop=lambda: True)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["fogli.xlsx"]


def _fill(path: Path, title: str, rows: list[list[object]]) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            book[title].cell(r, c, value)
    book.save(path)


def test_request_import_gets_new_ids_in_one_audited_transaction(db: Database, tmp_path: Path) -> None:
    _stored(db)
    path = finance.export_template(db, Kind.REQUESTS, tmp_path / "richieste.xlsx")
    row: list[object] = [None, "A1", "P1", "ar", "in presenza", 60, "07/12/2026", "09:00", "12:00"]
    _fill(path, "Richieste", [row, row[:6] + ["09/12/2026", "14:00", "16:00"]])
    result = finance.import_xlsx(db, Kind.REQUESTS, path, actor="coord", now=NOW)
    assert len(result.ids) == 2 and len(set(result.ids)) == 2
    with db.read() as s:
        stored = [repository.get_request(s, rid) for rid in result.ids]
        (entry,) = repository.list_audit(s, entity="requests")
    assert all(r is not None and r.agency == "A1" and r.received_at == NOW for r in stored)
    assert entry.action == "import_xlsx" and entry.details["ids"] == result.ids


def test_invalid_import_changes_nothing(db: Database, tmp_path: Path) -> None:
    _stored(db)
    path = finance.export_template(db, Kind.MEDIATORS, tmp_path / "mediatori.xlsx")
    good: list[object] = ["M10", "Nuovo Mediatore", "n@example.org", None, "F", "ar", "LODI", 45.3, 9.5, 20]
    _fill(path, "Mediatori", [good, ["M11"] + good[1:5] + ["xx"] + good[6:]])
    with pytest.raises(ImportRefused) as info:
        finance.import_xlsx(db, Kind.MEDIATORS, path, actor="coord", now=NOW)
    assert [str(p) for p in info.value.problems] == ["Mediatori!F3: lingua 'xx' sconosciuta"]
    with db.read() as s:
        assert sorted(m.id for m in repository.list_mediators(s)) == ["M1", "M2", "M3", "M4"]
        assert repository.list_audit(s, entity="mediators") == []
