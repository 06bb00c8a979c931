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
from mediation_desk.io.xlsx_fast_rows import TooManyRows, UnreadableSheet, sheet_rows
from mediation_desk.io.xlsx_import_cells import ImportContext, ImportProblem, ImportRefused, RowReader
from mediation_desk.io.xlsx_import_rows import BUILDERS
from mediation_desk.scheduling.model import Agency, Mediator, Request

__all__ = ["ImportContext", "ImportProblem", "ImportRefused", "ParsedImport", "check_archive", "check_size",
           "read_import"]

STEP = 200  # rows between progress reports and stop checks
# Bounds on what an import reads, so a hostile or broken file is refused before it costs the machine:
# a filled template of 100,000 requests is about 6 MB on disk and 60 MB unpacked.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # every part of the zip together, as declared in its directory
MAX_STRINGS_BYTES = 96 * 1024 * 1024  # sharedStrings.xml is read whole into memory by openpyxl
MAX_PARTS = 2000
MAX_ROWS = 200_000


@dataclass
class ParsedImport:
    kind: Kind
    mediators: list[Mediator] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mediators) + len(self.agencies) + len(self.requests)


def _refusal(code: str, message: str) -> ImportRefused:
    return ImportRefused([ImportProblem("", None, "", code, message)])


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_size(size: int) -> None:
    """Refuse a file larger than any real filled template before reading it."""
    if size > MAX_FILE_BYTES:
        raise _refusal("too_large",
                       f"il file è troppo grande ({_mb(size)}; al massimo {_mb(MAX_FILE_BYTES)})")


def check_archive(data: IO[bytes]) -> None:
    """Refuse a zip whose parts would unpack beyond the bounds (a zip bomb) before openpyxl opens it.

    The sizes are those the zip's directory declares; Python's zipfile never
    returns more than the declared size of a part (a part that holds more fails
    its CRC check), so checking them bounds what reading can unpack.
    """
    try:
        with zipfile.ZipFile(data) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, NotImplementedError) as exc:
        # NotImplementedError: a directory entry asks for a zip version or method Python does not know
        raise _refusal("unreadable", "il file non è una cartella Excel leggibile") from exc
    finally:
        data.seek(0)
    if len(parts) > MAX_PARTS:
        raise _refusal("too_large", f"il file contiene troppe parti ({len(parts)})")
    total = sum(p.file_size for p in parts)
    strings = sum(p.file_size for p in parts if p.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_UNPACKED_BYTES or strings > MAX_STRINGS_BYTES:
        raise _refusal("too_large", f"il file decompresso sarebbe troppo grande ({_mb(total)}; "
                       f"al massimo {_mb(MAX_UNPACKED_BYTES)}): non sembra un modello compilato")


def _checked(source: str | Path | bytes | IO[bytes]) -> IO[bytes]:
    """The file as a stream, once its size and its zip directory are within the bounds."""
    if isinstance(source, bytes):
        check_size(len(source))
        data: IO[bytes] = io.BytesIO(source)
    elif isinstance(source, str | Path):
        try:
            check_size(Path(source).stat().st_size)
            data = io.BytesIO(Path(source).read_bytes())
        except OSError as exc:
            raise _refusal("unreadable", f"il file non si può leggere ({exc.strerror or exc})") from exc
    else:
        data = source
    check_archive(data)
    return data


def _open(data: IO[bytes]) -> openpyxl.Workbook:
    try:
        return openpyxl.load_workbook(data, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file; all mean "unreadable"
        raise _refusal("unreadable", "il file non è una cartella Excel leggibile") from exc


def sheet_values(source: str | Path | bytes | IO[bytes], title: str) -> list[tuple[Any, ...]]:
    """The rows of sheet ``title``: the streaming reader, or openpyxl for what it does not handle."""
    data = _checked(source)
    try:
        rows = sheet_rows(data, title, MAX_ROWS)
    except TooManyRows as exc:
        raise _refusal("too_many_rows", f"il foglio '{title}' ha più di {MAX_ROWS} righe") from exc
    except UnreadableSheet:
        data.seek(0)
        book = _open(data)  # openpyxl reads it, or says it is unreadable
        try:
            if title not in book.sheetnames:
                raise _missing_sheet(title) from None
            return _rows(book, title)
        finally:
            book.close()
    if rows is None:
        raise _missing_sheet(title)
    return rows


def _missing_sheet(title: str) -> ImportRefused:
    return ImportRefused([ImportProblem(title, None, "", "missing_sheet", f"foglio '{title}' mancante")])


def _rows(book: openpyxl.Workbook, title: str) -> list[tuple[Any, ...]]:
    """The sheet's rows, at most MAX_ROWS data rows (a sheet with a million empty rows is refused too)."""
    rows: list[tuple[Any, ...]] = []
    try:
        for values in book[title].iter_rows(values_only=True):
            if len(rows) > MAX_ROWS:
                raise _refusal("too_many_rows", f"il foglio '{title}' ha più di {MAX_ROWS} righe")
            rows.append(values)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - broken XML inside the zip, a bad cell type, a CRC error
        raise _refusal("unreadable",
                       f"il foglio '{title}' non si può leggere: il file è danneggiato") from exc
    return rows


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
    title = SHEET_TITLES[kind]
    rows = sheet_values(source, title)
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
