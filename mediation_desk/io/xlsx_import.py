"""Excel import: read a filled template, check every cell, and return domain objects or every problem."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import openpyxl

from mediation_desk.io.xlsx_columns import COLUMNS, SHEET_TITLES, Column, Kind
from mediation_desk.io.xlsx_common import ExportCancelled, Progress, ShouldStop, never_stop, no_progress
from mediation_desk.io.xlsx_import_cells import ImportContext, ImportProblem, ImportRefused, RowReader
from mediation_desk.io.xlsx_import_rows import BUILDERS
from mediation_desk.scheduling.model import Agency, Mediator, Request

__all__ = ["ImportContext", "ImportProblem", "ImportRefused", "ParsedImport", "read_import"]

STEP = 200  # rows between progress reports and stop checks


@dataclass
class ParsedImport:
    kind: Kind
    mediators: list[Mediator] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mediators) + len(self.agencies) + len(self.requests)


def _open(source: str | Path | bytes | IO[bytes]) -> openpyxl.Workbook:
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        return openpyxl.load_workbook(data, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportRefused([ImportProblem("", None, "", "unreadable",
                                           f"il file non è una cartella Excel leggibile ({exc})")]) from exc


def _header_map(sheet_title: str, header: Sequence[Any], columns: Sequence[Column],
                problems: list[ImportProblem]) -> dict[str, int]:
    """Column key -> 0-based index, found by header text (an optional trailing '*' ignored)."""
    names = {}
    for i, value in enumerate(header):
        if isinstance(value, str):
            names[value.strip().rstrip("*").strip().casefold()] = i
    found = {}
    for column in columns:
        index = names.get(column.header.casefold())
        if index is None:
            problems.append(ImportProblem(sheet_title, 1, "", "missing_column",
                                          f"colonna '{column.header}' mancante"))
        else:
            found[column.key] = index
    return found


def read_import(kind: Kind, source: str | Path | bytes | IO[bytes], ctx: ImportContext, *,
                progress: Progress = no_progress, should_stop: ShouldStop = never_stop) -> ParsedImport:
    """Every row of the template's data sheet as a domain object; ImportRefused lists every problem."""
    book = _open(source)
    try:
        title = SHEET_TITLES[kind]
        if title not in book.sheetnames:
            missing = ImportProblem(title, None, "", "missing_sheet", f"foglio '{title}' mancante")
            raise ImportRefused([missing])
        rows = list(book[title].iter_rows(values_only=True))
    finally:
        book.close()
    problems: list[ImportProblem] = []
    columns = COLUMNS[kind]
    index = _header_map(title, rows[0] if rows else (), columns, problems)
    if problems:
        raise ImportRefused(problems)
    letters = {key: openpyxl.utils.get_column_letter(i + 1) for key, i in index.items()}
    parsed = ParsedImport(kind)
    seen: dict[str, int] = {}
    for number, values in enumerate(rows[1:], start=2):
        if number % STEP == 0:
            if should_stop():
                raise ExportCancelled
            progress(number, len(rows))
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        cells = {key: values[i] if i < len(values) else None for key, i in index.items()}
        reader = RowReader(title, number, cells, letters, problems)
        obj = BUILDERS[kind](reader, ctx)
        ident = reader.text("id")
        if ident:
            if ident in seen:
                reader.problem("id", "duplicate_id", f"ID '{ident}' ripetuto (già alla riga {seen[ident]})")
            seen.setdefault(ident, number)
        if obj is not None and not reader.failed:
            getattr(parsed, kind.value).append(obj)
    if not problems and parsed.count == 0:
        problems.append(ImportProblem(title, None, "", "no_rows", "nessuna riga da importare"))
    if problems:
        raise ImportRefused(problems)
    progress(len(rows), len(rows))
    return parsed
