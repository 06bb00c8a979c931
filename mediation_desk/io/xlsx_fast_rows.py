"""The cell values of one sheet of an .xlsx, read in one streaming pass: the Excel import's reader.

openpyxl's read-only mode builds an object per cell and reads about 20,000
cells a second; a 100,000-row template has 1.2 million. This reader walks the
sheet's XML with expat and keeps only what ``iter_rows(values_only=True)``
would give: numbers, text (shared or inline), booleans, cached formula results,
and dates and times for numbers in a date format (openpyxl's own rules and
epoch conversion). A document type declaration (entity expansion) is refused.
Anything it does not understand raises ``UnreadableSheet`` and the caller
falls back to openpyxl.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from typing import IO, Any
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
TIMEDELTA_FORMATS = {"[hh]:mm:ss", "[hh]:mm", "[mm]:ss", "[h]:mm:ss", "[h]:mm", "[m]:ss"}
CHUNK = 1 << 16


class UnreadableSheet(Exception):
    """The sheet uses something this reader does not handle (or is broken): use openpyxl instead."""


def _parse(data: IO[bytes], start: Callable[..., None], end: Callable[[str], None] | None = None,
           text: Callable[[str], None] | None = None, limit: int | None = None) -> None:
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_: Any) -> None:
        raise UnreadableSheet("a document type declaration")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.buffer_text = True
    read = 0
    try:
        while chunk := data.read(CHUNK):
            read += len(chunk)
            if limit is not None and read > limit:
                raise UnreadableSheet("larger than declared")
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except (expat.ExpatError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
            NotImplementedError, RuntimeError) as exc:
        raise UnreadableSheet(str(exc)) from exc


def _read(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    try:
        return archive.open(name)
    except (KeyError, NotImplementedError, RuntimeError, zipfile.BadZipFile, OSError, ValueError) as exc:
        # missing, encrypted, or compressed with a method Python does not know
        raise UnreadableSheet(f"cannot open part {name}") from exc


def _sheet_part(archive: zipfile.ZipFile, title: str) -> tuple[str | None, bool]:
    """The zip path of the sheet named ``title`` (None when there is none), and the 1904 date system flag."""
    found: dict[str, Any] = {"rid": None, "date1904": False}

    def on_workbook(name: str, attrs: dict[str, str]) -> None:
        if name == f"{MAIN} sheet" and attrs.get("name") == title:
            found["rid"] = attrs.get(f"{REL} id")
        elif name == f"{MAIN} workbookPr":
            found["date1904"] = attrs.get("date1904", "0") in ("1", "true")

    _parse(_read(archive, "xl/workbook.xml"), on_workbook)
    if found["rid"] is None:
        return None, found["date1904"]
    targets: dict[str, str] = {}

    def on_rels(name: str, attrs: dict[str, str]) -> None:
        if name == f"{PKG_REL} Relationship":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    _parse(_read(archive, "xl/_rels/workbook.xml.rels"), on_rels)
    target = targets.get(found["rid"])
    if not target:
        raise UnreadableSheet("sheet without a target")
    path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return path, found["date1904"]


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    state: dict[str, Any] = {"parts": None, "in_t": False, "skip": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == f"{MAIN} si":
            state["parts"] = []
        elif name in (f"{MAIN} rPh", f"{MAIN} phoneticPr"):
            state["skip"] += 1
        elif name == f"{MAIN} t" and not state["skip"]:
            state["in_t"] = True

    def end(name: str) -> None:
        if name == f"{MAIN} si":
            strings.append("".join(state["parts"] or []))
            state["parts"] = None
        elif name == f"{MAIN} rPh":
            state["skip"] -= 1
        elif name == f"{MAIN} t":
            state["in_t"] = False

    def text(data: str) -> None:
        if state["in_t"] and state["parts"] is not None:
            state["parts"].append(data)

    _parse(_read(archive, "xl/sharedStrings.xml"), start, end, text)
    return strings


def _date_styles(archive: zipfile.ZipFile) -> dict[int, bool]:
    """Cell style index -> None (not a date), False (a date or time), True (a duration format)."""
    if "xl/styles.xml" not in archive.namelist():
        return {}
    custom: dict[int, str] = {}
    xfs: list[int] = []
    depth = {"cell_xfs": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == f"{MAIN} numFmt":
            custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif name == f"{MAIN} cellXfs":
            depth["cell_xfs"] = True
        elif name == f"{MAIN} xf" and depth["cell_xfs"]:
            xfs.append(int(attrs.get("numFmtId", "0")))

    def end(name: str) -> None:
        if name == f"{MAIN} cellXfs":
            depth["cell_xfs"] = False

    _parse(_read(archive, "xl/styles.xml"), start, end)
    styles: dict[int, bool] = {}
    for index, fmt_id in enumerate(xfs):
        code = custom.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id, "General")
        if is_date_format(code):
            styles[index] = code in TIMEDELTA_FORMATS
    return styles


def sheet_rows(data: IO[bytes], title: str, max_rows: int) -> list[tuple[Any, ...]] | None:
    """Every row of sheet ``title`` as a tuple of values (row N at index N-1); None without that sheet.

    Raises ``TooManyRows`` past ``max_rows`` rows, ``UnreadableSheet`` on what it cannot read.
    """
    try:
        archive = zipfile.ZipFile(data)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableSheet(str(exc)) from exc
    with archive:
        part, date1904 = _sheet_part(archive, title)
        if part is None:
            return None
        strings = _shared_strings(archive)
        dates = _date_styles(archive)
        epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        try:
            declared = archive.getinfo(part).file_size
        except KeyError as exc:
            raise UnreadableSheet(f"no part {part}") from exc
        reader = _SheetReader(strings, dates, epoch, max_rows)
        _parse(_read(archive, part), reader.start, reader.end, reader.text, limit=declared)
        return reader.rows


class TooManyRows(Exception):
    """The sheet has more rows than the import accepts."""


class _SheetReader:
    """expat callbacks collecting cell values row by row."""

    def __init__(self, strings: list[str], dates: dict[int, bool], epoch: dt.datetime, max_rows: int) -> None:
        self.strings, self.dates, self.epoch, self.max_rows = strings, dates, epoch, max_rows
        self.rows: list[tuple[Any, ...]] = []
        self.row: list[Any] = []
        self.row_number = 0
        self.cell: dict[str, str] | None = None
        self.column = 0
        self.buffer: list[str] = []
        self.collect = False
        self.in_inline = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "row":
            number = int(attrs["r"]) if "r" in attrs else self.row_number + 1
            if number <= self.row_number:
                raise UnreadableSheet("rows out of order")
            if number - 1 > self.max_rows:
                raise TooManyRows
            self.row_number = number
            self.row = []
        elif local == "c":
            self.cell = attrs
            ref = attrs.get("r")
            self.column = _column(ref) if ref else len(self.row) + 1
            self.buffer = []
        elif local == "v" and self.cell is not None and not self.in_inline:
            self.collect, self.buffer = True, []
        elif local == "is":
            self.in_inline, self.buffer = True, []
        elif local == "t" and self.in_inline:
            self.collect = True
        elif local == "rPh":
            self.collect = False

    def end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        if local in ("v", "t"):
            self.collect = False
        elif local == "is":
            self.in_inline = False
        elif local == "c" and self.cell is not None:
            value = self._value(self.cell, "".join(self.buffer))
            if value is not None:
                while len(self.row) < self.column - 1:
                    self.row.append(None)
                if len(self.row) >= self.column:
                    raise UnreadableSheet("cells out of order")
                self.row.append(value)
            self.cell = None
        elif local == "row":
            while len(self.rows) < self.row_number - 1:
                self.rows.append(())
            self.rows.append(tuple(self.row))

    def text(self, data: str) -> None:
        if self.collect:
            self.buffer.append(data)

    def _value(self, cell: dict[str, str], raw: str) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            return raw or None  # as openpyxl: an empty inline string is an empty cell
        if raw == "" and kind != "str":
            return None
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError) as exc:
                raise UnreadableSheet("a shared string that does not exist") from exc
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return raw in ("1", "true")
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(raw)
            except ValueError as exc:
                raise UnreadableSheet("a bad date cell") from exc
        if kind != "n":
            raise UnreadableSheet(f"a cell of type {kind}")
        try:
            number: int | float = int(raw) if raw.lstrip("-").isdigit() else float(raw)
        except ValueError as exc:
            raise UnreadableSheet("a bad number") from exc
        style = cell.get("s")
        if style is not None and int(style) in self.dates:
            try:
                return from_excel(number, self.epoch, timedelta=self.dates[int(style)])
            except (OverflowError, ValueError):
                return number  # a "date" far outside the calendar: the row reader refuses the number
        return number


def _column(ref: str) -> int:
    letters = ref.rstrip("0123456789")
    try:
        return column_index_from_string(letters)
    except ValueError as exc:
        raise UnreadableSheet(f"a bad cell reference {ref}") from exc
