"""Print layout of the exports re-read with openpyxl: widths hold their text, rows hold their lines."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from mediation_desk.io.xlsx_layout import (
    LANDSCAPE_UNITS,
    LEAST_SCALE,
    PORTRAIT_UNITS,
    page_fit,
    row_height,
    text_units,
    wrapped_lines,
)
from mediation_desk.io.xlsx_report import RAW_HEADER_ROW, RAW_TITLE, BudgetLine, ReportInput, write_report
from mediation_desk.io.xlsx_timesheets import HEADER_ROW, TimesheetInput, write_timesheets
from tests.finance_samples import ROME, finance_service, lines_of, rules_of


def _books(tmp_path: Path) -> tuple[openpyxl.Workbook, openpyxl.Workbook]:
    data = finance_service()
    languages = {lang.code: lang.name for lang in data.languages}
    ts = tmp_path / "ts.xlsx"
    write_timesheets(ts, TimesheetInput("Servizio & Co.", dt.date(2026, 11, 1), ROME, lines_of(data),
                                        {p.code: p for p in data.projects}, languages, rules_of(data)))
    report = tmp_path / "report.xlsx"
    budgets = [BudgetLine("P1", "Lab'Impact", "FAMI", 30000, 345, 60, None)]
    write_report(report, ReportInput("Servizio & Co.", dt.date(2026, 10, 1), dt.date(2026, 11, 30), ROME,
                                     lines_of(data), {p.code: p.name for p in data.projects},
                                     {a.code: a.name for a in data.areas}, languages, budgets,
                                     rules=rules_of(data)))
    return openpyxl.load_workbook(ts), openpyxl.load_workbook(report)


def _width(ws: Worksheet, col: int) -> float:
    return ws.column_dimensions[ws.cell(1, col).column_letter].width


def _header_row(ws: Worksheet) -> int:
    """The row of column headers: the first on the header band (any sheet, other modules' too)."""
    for row in range(1, min(ws.max_row, 12) + 1):
        if ws.cell(row, 1).fill.fill_type == "solid":
            return row
    return ws.max_row + 1  # a sheet without a table (nothing to check)


def test_header_rows_are_as_tall_as_their_wrapped_text(tmp_path: Path) -> None:
    timesheets, report = _books(tmp_path)
    assert all(_header_row(ws) == HEADER_ROW for ws in timesheets.worksheets)
    assert _header_row(report[RAW_TITLE]) == RAW_HEADER_ROW
    for book in (timesheets, report):
        for ws in book.worksheets:
            row = _header_row(ws)
            if row > ws.max_row:
                continue
            height = ws.row_dimensions[row].height
            for cell in ws[row]:
                if isinstance(cell.value, str):
                    assert cell.alignment.wrap_text, (ws.title, cell.coordinate)
                    lines = wrapped_lines(cell.value, _width(ws, cell.column), bold=True)
                    assert height >= row_height(lines), (ws.title, cell.value)
                    # never a break inside a word
                    assert all(text_units(w, bold=True) < _width(ws, cell.column) for w in cell.value.split())


def test_columns_hold_their_text_or_wrap_it_in_a_taller_row(tmp_path: Path) -> None:
    checked = 0
    for book in _books(tmp_path):
        for ws in book.worksheets:
            for row in ws.iter_rows(min_row=_header_row(ws) + 1):
                for cell in row:
                    formula = cell.data_type == "f"
                    if not isinstance(cell.value, str) or formula or cell.coordinate in ws.merged_cells:
                        continue
                    width = _width(ws, cell.column)
                    if text_units(cell.value, bold=bool(cell.font.b)) <= width:
                        continue
                    if cell.alignment.wrap_text:  # wrapped: its row has room for every line
                        lines = wrapped_lines(cell.value, width, bold=bool(cell.font.b))
                        assert ws.row_dimensions[cell.row].height >= row_height(lines), cell.coordinate
                        checked += 1
                    else:  # a label that spills over empty neighbours (totals, signatures)
                        assert ws.cell(cell.row, cell.column + 1).value is None, (ws.title, cell.coordinate)
    assert checked  # the sample's long names and rule notes do wrap somewhere


def test_every_sheet_is_set_up_for_a4_with_page_header_and_numbers(tmp_path: Path) -> None:
    for book in _books(tmp_path):
        for ws in book.worksheets:
            setup = ws.page_setup
            assert setup.paperSize == 9 and setup.fitToHeight == 0
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            widths = [_width(ws, c) for c in range(1, ws.max_column + 1)]
            cols = 1 if ws.title in (RAW_TITLE, "Ore mese x progetto") else 0
            one = re.match(r"M\d+ ", ws.title) is not None  # a mediator's timesheet: a form to sign
            if setup.orientation == "portrait":  # only when the sheet is readable so
                assert not page_fit(widths, title_cols=cols, one_page_wide=one).landscape, ws.title
            landscape = setup.orientation == "landscape"
            fit = page_fit(widths, title_cols=cols, one_page_wide=one, landscape=landscape)
            assert setup.fitToWidth == fit.pages_wide
            assert ws.oddHeader.left.text.startswith("Servizio && Co.")  # & doubled: literal in a header
            assert ws.oddFooter.center.text == "Pagina &P di &N"


def test_the_bookings_sheet_goes_landscape_across_pages_repeating_id_and_header(tmp_path: Path) -> None:
    _, report = _books(tmp_path)
    ws = report[RAW_TITLE]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth >= 2
    assert ws.print_title_rows == f"${RAW_HEADER_ROW}:${RAW_HEADER_ROW}"
    assert ws.print_title_cols == "$A:$A"
    assert ws.page_setup.pageOrder == "overThenDown"
    assert "dal 01/10/2026 al 30/11/2026" in ws.oddHeader.left.text
    assert report["Ore mese x progetto"].print_title_cols == "$A:$A"  # the month, on every page across


@pytest.mark.parametrize(("total", "landscape", "pages"), [
    (PORTRAIT_UNITS, False, 1), (PORTRAIT_UNITS / LEAST_SCALE + 1, True, 1),
    (LANDSCAPE_UNITS / LEAST_SCALE + 1, True, 2), (3 * LANDSCAPE_UNITS / LEAST_SCALE - 50, True, 3),
])
def test_page_fit_keeps_the_scale_readable(total: float, landscape: bool, pages: int) -> None:
    widths = [10.0] + [(total - 10) / 9] * 9
    fit = page_fit(widths, title_cols=1)
    assert (fit.landscape, fit.pages_wide) == (landscape, pages)
    assert page_fit(widths, one_page_wide=True).pages_wide == 1


def test_text_measure_and_wrapping() -> None:
    assert text_units("0" * 10) == pytest.approx(10 * 556 / 1000 * 10 * 96 / 72 / 7)
    assert text_units("Mediatore", bold=True) > text_units("Mediatore")
    assert wrapped_lines("Regola di fatturazione", 60) == 1
    assert wrapped_lines("Regola di fatturazione", 12) == 2
    assert wrapped_lines("Supercalifragilistichespiralidoso", 6) > 2  # a word wider than the column breaks
