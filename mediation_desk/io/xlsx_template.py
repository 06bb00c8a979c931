"""Excel import templates: a data sheet with Italian headers and drop-down lists, the lists, instructions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from mediation_desk.io.xlsx_columns import (
    COLUMNS,
    INSTRUCTIONS_TITLE,
    LISTS_TITLE,
    SHEET_TITLES,
    Column,
    Kind,
    Lookup,
)
from mediation_desk.io.xlsx_writer import clean_text, is_risky_text, quote_sheet

TEMPLATE_ROWS = 2000  # rows of the data sheet that carry the drop-down lists
TEXT_KEYS = {"id", "phone", "contact_phone", "agency", "project", "language", "area", "case"}
HEADER_FILL = PatternFill("solid", fgColor="FFD9E1F2")
LOOKUP_HEADERS = {Lookup.AREAS: "Ambiti", Lookup.LANGUAGES: "Lingue", Lookup.AGENCIES: "Enti",
                  Lookup.PROJECTS: "Progetti"}


@dataclass(frozen=True)
class Lookups:
    """(code, name) pairs of the service that template columns may refer to."""

    areas: Sequence[tuple[str, str]] = ()
    languages: Sequence[tuple[str, str]] = ()
    agencies: Sequence[tuple[str, str]] = ()
    projects: Sequence[tuple[str, str]] = ()

    def of(self, lookup: Lookup) -> Sequence[tuple[str, str]]:
        return {Lookup.AREAS: self.areas, Lookup.LANGUAGES: self.languages, Lookup.AGENCIES: self.agencies,
                Lookup.PROJECTS: self.projects}[lookup]


def set_text(cell: Cell, text: str) -> None:
    """Store ``text`` as text, never as a formula, with a quote prefix when a spreadsheet would misread it."""
    text = clean_text(text)
    cell.value = text
    cell.data_type = "s"
    if is_risky_text(text):
        cell.quotePrefix = True


def write_template(kind: Kind, target: str | Path | IO[bytes], lookups: Lookups = Lookups()) -> None:
    """Write the import template of ``kind`` to ``target``."""
    book = Workbook()
    data = book.active
    assert data is not None
    data.title = SHEET_TITLES[kind]
    columns = COLUMNS[kind]
    lists = _write_lists(book, columns, lookups)
    _write_data_sheet(data, columns, lists)
    _write_instructions(book.create_sheet(INSTRUCTIONS_TITLE), kind, columns)
    book.active = 0
    book.save(target)


def _write_lists(book: Workbook, columns: Sequence[Column], lookups: Lookups) -> dict[Lookup, str]:
    """The Elenchi sheet: one code/name column pair per lookup used; returns each list's range."""
    used = [c.lookup for c in columns if c.lookup is not None]
    if not used:
        return {}
    sheet = book.create_sheet(LISTS_TITLE)
    ranges: dict[Lookup, str] = {}
    for i, lookup in enumerate(used):
        code_col, name_col = 2 * i + 1, 2 * i + 2
        sheet.cell(1, code_col, LOOKUP_HEADERS[lookup]).font = Font(bold=True)
        sheet.cell(1, name_col, "Nome").font = Font(bold=True)
        pairs = lookups.of(lookup)
        for r, (code, name) in enumerate(pairs, start=2):
            set_text(sheet.cell(r, code_col), code)
            set_text(sheet.cell(r, name_col), name)
        sheet.column_dimensions[get_column_letter(code_col)].width = 12
        sheet.column_dimensions[get_column_letter(name_col)].width = 30
        if pairs:
            letter = get_column_letter(code_col)
            ranges[lookup] = f"{quote_sheet(LISTS_TITLE)}!${letter}$2:${letter}${len(pairs) + 1}"
    return ranges


def _write_data_sheet(sheet: Worksheet, columns: Sequence[Column], lists: dict[Lookup, str]) -> None:
    for i, column in enumerate(columns, start=1):
        cell = sheet.cell(1, i, column.header + (" *" if column.required else ""))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = column.width
        area = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        formula = None
        if column.choices:
            formula = '"' + ",".join(column.choices) + '"'
        elif column.lookup in lists:
            formula = lists[column.lookup]
        if formula is not None:
            check = DataValidation(type="list", formula1=formula, allow_blank=not column.required,
                                   showErrorMessage=True, errorTitle=column.header,
                                   error="Scegliere un valore dall'elenco.")
            check.add(area)
            sheet.add_data_validation(check)
        # Column styles: what a coordinator types becomes text, a date or a time, as the reader expects.
        if column.key in TEXT_KEYS:
            sheet.column_dimensions[letter].number_format = "@"
        elif column.key == "date":
            sheet.column_dimensions[letter].number_format = "dd/mm/yyyy"
        elif column.key in ("from", "to"):
            sheet.column_dimensions[letter].number_format = "hh:mm"
    sheet.freeze_panes = "A2"


def _write_instructions(sheet: Worksheet, kind: Kind, columns: Sequence[Column]) -> None:
    title = SHEET_TITLES[kind]
    lines = [
        f"Importazione: {title.lower()}",
        f"Compilare il foglio '{title}' a partire dalla riga 2, una riga per ciascun elemento.",
        "Le colonne con * sono obbligatorie. Non rinominare né spostare le intestazioni.",
        "Il programma controlla ogni riga: se anche una sola è errata non importa nulla e indica "
        "foglio, riga e colonna di ogni problema.",
    ]
    for r, text in enumerate(lines, start=1):
        sheet.cell(r, 1, text).font = Font(bold=r == 1, size=14 if r == 1 else 11)
    header = len(lines) + 2
    for i, text in enumerate(("Colonna", "Obbligatoria", "Descrizione"), start=1):
        sheet.cell(header, i, text).font = Font(bold=True)
    for r, column in enumerate(columns, start=header + 1):
        sheet.cell(r, 1, column.header)
        sheet.cell(r, 2, "sì" if column.required else "no")
        sheet.cell(r, 3, column.help).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 13
    sheet.column_dimensions["C"].width = 90
