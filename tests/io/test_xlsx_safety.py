"""Hostile text in names and notes stays text: no export ever turns it into a formula."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from mediation_desk.io.xlsx_report import ReportInput, write_report
from mediation_desk.io.xlsx_timesheets import TimesheetInput, write_timesheets
from mediation_desk.io.xlsx_writer import WorkbookWriter, clean_text, sheet_title
from tests.finance_samples import HOSTILE, ROME, finance_service, lines_of
from tests.io.xlsx_reading import formula_cells, open_book, raw_formulas

# The only formulas the exports write: sums, subtotals and the budget arithmetic, over cell references.
OWN_FORMULA = re.compile(r"=(SUM|SUBTOTAL)\((109,)?[A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+(:[A-Z]+\d+)?)*\)"
                         r"|=D\d+-E\d+-F\d+|=IF\(D\d+=0,0,\(E\d+\+F\d+\)/D\d+\)")


def _exports(tmp_path: Path) -> list[Path]:
    data = finance_service()
    lines = lines_of(data)
    sheets = tmp_path / "fogli.xlsx"
    write_timesheets(sheets, TimesheetInput(HOSTILE[0], dt.date(2026, 11, 1), ROME, lines,
                                            {p.code: p for p in data.projects}))
    report = tmp_path / "report.xlsx"
    write_report(report, ReportInput(HOSTILE[1], dt.date(2026, 10, 1), dt.date(2026, 11, 30), ROME, lines,
                                     {}, {a.code: a.name for a in data.areas}, {}, []))
    return [sheets, report]


def test_hostile_text_never_becomes_a_formula(tmp_path: Path) -> None:
    for path in _exports(tmp_path):
        book = open_book(path).formulas
        for sheet, coordinate, formula in formula_cells(book):
            assert OWN_FORMULA.fullmatch(formula), f"{path.name} {sheet}!{coordinate}: {formula}"
        for text in raw_formulas(path):
            assert "HYPERLINK" not in text and "cmd" not in text and "@" not in text


def test_hostile_text_is_kept_verbatim_as_text_with_a_quote_prefix(tmp_path: Path) -> None:
    for path in _exports(tmp_path):
        book = open_book(path).formulas
        seen: dict[str, list[bool]] = {}
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value in HOSTILE:
                        assert cell.data_type == "s"
                        seen.setdefault(cell.value, []).append(bool(cell.quotePrefix))
        assert seen, path.name
        assert all(all(flags) for flags in seen.values())
    # names, notes, reasons and areas of the sample all reach the report
    assert set(seen) == set(HOSTILE)


def test_sheet_titles_from_hostile_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    titles = [sheet_title(name, taken) for name in ["a/b:c", "a/b:c", "'x'", "", "y" * 40, "Y" * 40]]
    assert titles == ["a_b_c", "a_b_c (2)", "x", "Foglio", "y" * 31, "Y" * 27 + " (2)"]


def test_control_characters_are_dropped_not_written(tmp_path: Path) -> None:
    assert clean_text("a\x00b\x1fc\td\ne") == "abc\td\ne"
    path = tmp_path / "c.xlsx"
    with WorkbookWriter(path) as book, book.sheet("S", [10]) as sheet:
        sheet.append(["x\x07y", "=x\x01"])
    ws = open_book(path).formulas["S"]
    assert ws["A1"].value == "xy" and ws["B1"].value == "=x" and ws["B1"].data_type == "s"


def test_the_same_title_twice_gives_two_sheets(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    with WorkbookWriter(path) as book:
        reserved = book.unique_title("Mario Rossi")
        for title in (reserved, "Mario Rossi", "mario rossi"):
            with book.sheet(title, [10]) as sheet:
                sheet.append([title])
    assert open_book(path).formulas.sheetnames == ["Mario Rossi", "Mario Rossi (2)", "mario rossi (3)"]
