"""Reading exports back with openpyxl, as an independent parser, for the Excel tests."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

TS_COLUMNS = {"date": 1, "agency": 2, "project": 3, "hours": 8, "hmm": 9, "minutes": 10, "travel": 11}


@dataclass
class Book:
    """The same file opened twice: formulas as written, and the cached values."""

    formulas: openpyxl.Workbook
    values: openpyxl.Workbook

    def sheet(self, title: str) -> tuple[Worksheet, Worksheet]:
        return self.formulas[title], self.values[title]


def open_book(path: Path) -> Book:
    return Book(openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True))


def timesheet_lines(ws: Worksheet) -> list[tuple[Any, ...]]:
    """Intervention rows of a timesheet: the ones with a date in column A."""
    return [row for row in ws.iter_rows(min_row=7, values_only=True) if isinstance(row[0], dt.datetime)]


def rows_labelled(ws: Worksheet, prefix: str, col: int = 2) -> list[int]:
    return [r for r in range(1, ws.max_row + 1)
            if isinstance(ws.cell(r, col).value, str) and ws.cell(r, col).value.startswith(prefix)]


def formula_cells(book: openpyxl.Workbook) -> list[tuple[str, str, str]]:
    """(sheet, coordinate, formula) of every formula cell."""
    return [(ws.title, c.coordinate, str(c.value)) for ws in book.worksheets for row in ws.iter_rows()
            for c in row if c.data_type == "f"]


def raw_formulas(path: Path) -> list[str]:
    """Every <f> element's text straight from the XML, without openpyxl's interpretation."""
    out: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                text = z.read(name).decode("utf-8")
                out += [part.split("</f>")[0] for part in text.split("<f>")[1:]]
    return out
