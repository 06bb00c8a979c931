"""The hour report re-read with openpyxl: summaries equal the raw rows, formulas carry the app's values."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from mediation_desk.io.xlsx_report import RAW_HEADER_ROW, RAW_TITLE, BudgetLine, ReportInput, write_report
from tests.finance_samples import EXPECTED_MINUTES, ROME, finance_service, lines_of
from tests.io.xlsx_reading import Book, open_book


def _write(tmp_path: Path) -> tuple[Path, ReportInput]:
    data = finance_service()
    budgets = [BudgetLine("P1", "Lab'Impact", "FAMI", 30000, 345, 60, dt.date(2027, 5, 3)),
               BudgetLine("P2", "Piano di Zona", "Ambito", 6000, 210, 0, None)]
    report = ReportInput("Servizio", dt.date(2026, 10, 1), dt.date(2026, 11, 30), ROME, lines_of(data),
                         {p.code: p.name for p in data.projects}, {a.code: a.name for a in data.areas},
                         {lang.code: lang.name for lang in data.languages}, budgets)
    path = tmp_path / "report.xlsx"
    write_report(path, report)
    return path, report


def _raw_minutes(book: Book) -> dict[str, int]:
    ws = book.formulas[RAW_TITLE]
    header = [c.value for c in ws[RAW_HEADER_ROW]]
    id_col, minutes_col = header.index("Prenotazione"), header.index("Minuti fatturabili")
    rows = ws.iter_rows(min_row=RAW_HEADER_ROW + 1, values_only=True)
    return {row[id_col]: row[minutes_col] for row in rows}


def test_raw_sheet_lists_every_booking_with_its_billable_minutes(tmp_path: Path) -> None:
    path, _ = _write(tmp_path)
    book = open_book(path)
    assert _raw_minutes(book) == EXPECTED_MINUTES
    ws, values = book.sheet(RAW_TITLE)
    assert ws.auto_filter.ref == f"A{RAW_HEADER_ROW}:Z{RAW_HEADER_ROW + len(EXPECTED_MINUTES)}"
    assert str(ws["T1"].value).startswith(f"=SUBTOTAL(109,T{RAW_HEADER_ROW + 1}:T")
    assert values["T1"].value == sum(EXPECTED_MINUTES.values())
    b4 = next(r for r in ws.iter_rows(min_row=RAW_HEADER_ROW + 1) if r[0].value == "B4")
    assert b4[12].value == dt.datetime(2026, 10, 25, 1, 30)
    assert b4[13].value == dt.datetime(2026, 10, 25, 2, 30)  # wall clock: the hour after 02:59 CEST
    assert b4[12].number_format == "dd/mm/yyyy hh:mm"
    assert b4[2].value == dt.datetime(2026, 10, 1) and b4[2].number_format == "[$-410]mmmm yyyy"
    assert (b4[7].value, b4[8].value, b4[9].value) == ("+cmd", "Lab'Impact", "Arabo")  # names, not codes


def test_month_by_project_values_and_formulas_match_the_bookings(tmp_path: Path) -> None:
    path, report = _write(tmp_path)
    ws, values = open_book(path).sheet("Ore mese x progetto")
    header = [c.value for c in ws[3]]
    assert header[0] == "Mese" and header[-1] == "Totale"
    assert header[1:-1] == ["P1 – Lab'Impact", "P2 – Piano di Zona", "(senza progetto)"]
    expected: dict[tuple[dt.datetime, str], int] = defaultdict(int)
    for line in report.lines:
        month = line.booking.start.astimezone(ROME).replace(tzinfo=None, day=1, hour=0, minute=0)
        expected[(month, line.project or "(senza progetto)")] += line.billable_min
    found: dict[tuple[dt.datetime, str], int] = defaultdict(int)
    for row in ws.iter_rows(min_row=4, max_row=5):
        assert row[0].number_format == "[$-410]mmmm yyyy"
        for label, cell in zip(header[1:-1], row[1:-1], strict=True):
            assert cell.data_type == "n"
            found[(row[0].value, label.split(" – ")[0])] += round(cell.value * 60)
    assert {k: v for k, v in found.items() if v} == {k: v for k, v in expected.items() if v}
    total_row = ws.max_row
    assert ws.cell(total_row, 1).value == "Totale"
    assert str(ws.cell(total_row, len(header)).value) == f"=SUM({ws.cell(4, len(header)).column_letter}4:" \
        f"{ws.cell(4, len(header)).column_letter}5)"
    grand = values.cell(total_row, len(header)).value
    assert grand * 60 == pytest.approx(sum(EXPECTED_MINUTES.values()))


@pytest.mark.parametrize("title", ["Per tipo di ente", "Per ambito", "Per lingua"])
def test_breakdowns_add_up_to_the_billed_minutes(tmp_path: Path, title: str) -> None:
    path, _ = _write(tmp_path)
    ws, values = open_book(path).sheet(title)
    header = [c.value for c in ws[3]]
    minutes_col = header.index("Minuti") + 1
    data_rows = range(4, ws.max_row)
    assert sum(ws.cell(r, minutes_col).value for r in data_rows) == sum(EXPECTED_MINUTES.values())
    assert str(ws.cell(ws.max_row, minutes_col).value).startswith("=SUM(")
    assert values.cell(ws.max_row, minutes_col).value == sum(EXPECTED_MINUTES.values())
    assert values.cell(ws.max_row, header.index("Interventi") + 1).value == 7


def test_budget_sheet_shows_remaining_as_a_formula_with_its_value(tmp_path: Path) -> None:
    path, _ = _write(tmp_path)
    ws, values = open_book(path).sheet("Budget")
    assert [ws.cell(r, 1).value for r in (4, 5)] == ["P1", "P2"]
    assert ws["G4"].value == "=D4-E4-F4"
    assert values["G4"].value * 60 == pytest.approx(30000 - 345 - 60)
    assert ws["I4"].value == dt.datetime(2027, 5, 3) and ws["I5"].value == "—"


def test_a_period_without_bookings_gives_a_valid_report_of_zeros(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    empty = ReportInput("Servizio", dt.date(2027, 1, 1), dt.date(2027, 1, 31), ROME, [], {}, {}, {}, [])
    write_report(path, empty)
    ws, values = open_book(path).sheet("Ore mese x progetto")
    assert [c.value for c in ws[4]][0] == dt.datetime(2027, 1, 1)
    assert values.cell(ws.max_row, 3).value == 0
    raw, raw_values = open_book(path).sheet(RAW_TITLE)
    assert raw.max_row == RAW_HEADER_ROW and raw_values["T1"].value == 0
