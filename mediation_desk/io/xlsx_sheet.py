"""One worksheet of the streaming XLSX writer: rows appended in order, widths and heights from the content.

Columns given a ``Fit`` are measured as rows go by (each distinct text once),
so their widths are known when the sheet ends; a text wider than the column's
``most`` wraps and its row grows. Header rows are written with a placeholder
height that is filled in at the end, when the widths their text wraps in are
final: the sheet's XML goes to a temporary file first, and the column widths
are written before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from openpyxl.utils import get_column_letter

from mediation_desk.io.xlsx_cells import Cell, RowItem, Style, text_tail, value_tail
from mediation_desk.io.xlsx_layout import (
    CELL_PADDING,
    NUMBER_UNITS,
    TITLE_HEIGHT,
    Fit,
    Width,
    longest_word_units,
    row_height,
    text_units,
    wrapped_lines,
)
from mediation_desk.io.xlsx_styles import _WRAPPED, BOLD_STYLES, WRAPPING

_FLUSH_ROWS = 2000
_TEXT_CACHE = 5_000  # distinct texts remembered per column
_PLACEHOLDER = "000.00"  # a late row's height, overwritten in place once the widths are known

_NUMBER_STYLE_UNITS = {
    Style.DATE: NUMBER_UNITS["date"], Style.DATETIME: NUMBER_UNITS["datetime"],
    Style.TIME: NUMBER_UNITS["time"], Style.HOURS: NUMBER_UNITS["hours"], Style.HMM: NUMBER_UNITS["hours"],
    Style.MONEY: NUMBER_UNITS["money"], Style.BOLD_HOURS: NUMBER_UNITS["hours"] + 0.5,
    Style.BOLD_HMM: NUMBER_UNITS["hours"] + 0.5, Style.BOLD_MONEY: NUMBER_UNITS["money"] + 0.5,
    Style.INTEGER: NUMBER_UNITS["integer"], Style.BOLD_INTEGER: NUMBER_UNITS["integer"] + 0.5,
    Style.PERCENT: NUMBER_UNITS["percent"], Style.MONTH: NUMBER_UNITS["month"],
}


def _units(text: str, bold: bool) -> float:
    if "\n" in text:
        return max(text_units(line, bold=bold) for line in text.split("\n"))
    return text_units(text, bold=bold)


@dataclass
class _LateRow:
    """A row whose height is set when the sheet ends: where its placeholder is, and its texts."""

    row: int
    offset: int  # of the placeholder in the sheet's stream
    texts: list[tuple[int, str, Style]]  # (1-based column, text, style)


class SheetWriter:
    """Appends rows to one worksheet; obtained from ``WorkbookWriter.sheet``."""

    def __init__(self, stream: IO[bytes], widths: Sequence[Width], styles: Sequence[Style]) -> None:
        self._stream = stream
        self._buffer: list[str] = []
        self._letters = [get_column_letter(i + 1) for i in range(max(len(widths), 1))]
        self._declared = list(widths)
        self._styles: list[int] = []
        self._attrs: list[str] = []
        self._texts: list[dict[str, str]] = []  # per column: text -> cell XML after the reference
        self._tall: list[dict[str, int]] = []  # per column: text -> lines, for texts that wrap
        self._cells: list[dict[tuple[str, int], tuple[str, int]]] = []  # (text, style) -> (XML, lines)
        self._measured: list[float] = []  # per column: the widest content seen, in width units
        self._floor: list[float] = []  # per column: a header's longest word, which may pass the Fit's most
        for style in styles:
            self._add_column(style)
        self.row_count = 0
        self.max_col = 0
        self.merged: list[str] = []
        self._spans: dict[tuple[int, int], int] = {}  # (row, first column) -> last column of a merge
        self._late: list[_LateRow] = []
        self._placeholder = False  # the row being appended is a late one

    def _add_column(self, style: Style | int) -> None:
        self._styles.append(int(style))
        self._attrs.append(f' s="{int(style)}"' if style else "")
        self._texts.append({})
        self._tall.append({})
        self._cells.append({})
        self._measured.append(_NUMBER_STYLE_UNITS.get(Style(style), 0.0))
        self._floor.append(0.0)

    def letter(self, col: int) -> str:
        """Column letter of 1-based column ``col``."""
        while col > len(self._letters):
            self._letters.append(get_column_letter(len(self._letters) + 1))
        return self._letters[col - 1]

    @property
    def next_row(self) -> int:
        return self.row_count + 1

    def _widen(self, width: int) -> None:
        """Make room for rows of ``width`` cells (columns past the declared ones have no style)."""
        self.letter(width)
        while len(self._styles) < width:
            self._add_column(Style.DEFAULT)

    def _fit(self, i: int) -> Fit | None:
        declared = self._declared[i] if i < len(self._declared) else None
        return declared if isinstance(declared, Fit) else None

    def _measure(self, i: int, text: str, style: int) -> tuple[int, int]:
        """Record the width of ``text`` in column ``i``: its style (made wrapping when the text is wider than
        the column may grow) and the lines it takes."""
        fit = self._fit(i)
        if fit is None:
            return style, 1
        bold = style in BOLD_STYLES
        units = _units(text, bold)
        lines = 1
        if units + CELL_PADDING > fit.most:
            style = WRAPPING.get(Style(style), Style(style))
            if style in _WRAPPED:
                lines = wrapped_lines(text, fit.most, bold=bold)
            units = fit.most
        if units > self._measured[i]:
            self._measured[i] = units
        return style, lines

    def _new_text(self, i: int, text: str) -> str:
        """The cell XML of a text first met in column ``i`` of a measured row."""
        style, lines = self._measure(i, text, self._styles[i])
        if lines > 1:
            self._tall[i][text] = lines
        return text_tail(text, style)

    def _styled_text(self, i: int, text: str, style: int) -> tuple[str, int]:
        """The cell XML and lines of a text with a style of its own in column ``i`` (measured once)."""
        cache = self._cells[i]
        known = cache.get((text, style))
        if known is None:
            if len(cache) > _TEXT_CACHE:
                cache.clear()
            final, lines = self._measure(i, text, style)
            known = cache[(text, style)] = (text_tail(text, final), lines)
        return known

    def append(self, items: Sequence[RowItem] = (), *, measure: bool = True) -> int:
        """Write the next row and return its 1-based number.

        ``None`` and ``""`` leave a cell empty; a bare value takes its column's style, a ``Cell`` its own.
        ``measure=False``: the row's texts do not widen their columns (titles, notes, totals' labels).
        """
        self.row_count += 1
        r = str(self.row_count)
        if len(items) > len(self._styles):
            self._widen(len(items))
        letters, styles, attrs = self._letters, self._styles, self._attrs
        texts, tall = self._texts, self._tall
        parts = [""]
        add = parts.append
        lines, height = 1, 0.0
        for i, item in enumerate(items):
            # The common cases first and inline: this loop runs for every cell of a 100,000-row report.
            kind = type(item)
            if kind is str:
                if not item:
                    continue  # an empty text is an empty cell
                text: str = item  # type: ignore[assignment]
                if not measure:
                    tail = text_tail(text, styles[i])
                else:
                    column_texts = texts[i]
                    cached = column_texts.get(text)
                    if cached is None:
                        if len(column_texts) > _TEXT_CACHE:
                            column_texts.clear()
                            tall[i].clear()  # measured again when met again
                        cached = column_texts[text] = self._new_text(i, text)
                    tail = cached
                    if tall[i]:
                        lines = max(lines, tall[i].get(text, 1))
            elif kind is int:
                tail = f"{attrs[i]}><v>{item}</v></c>"
            elif kind is float:
                tail = f"{attrs[i]}><v>{item!r}</v></c>"
            elif item is None:
                continue
            elif isinstance(item, Cell):
                style = int(item.style)
                if item.style is Style.TITLE:
                    height = TITLE_HEIGHT
                if item.value is None:
                    tail = f' s="{style}"/>'
                elif type(item.value) is str:
                    if measure:
                        tail, cell_lines = self._styled_text(i, item.value, style)
                        lines = max(lines, cell_lines)
                    else:
                        tail = text_tail(item.value, style)
                else:
                    if measure and self._fit(i) is not None:
                        units = _NUMBER_STYLE_UNITS.get(item.style, 0.0)
                        self._measured[i] = max(self._measured[i], units)
                    tail = value_tail(item.value, style)
            else:
                tail = value_tail(item, styles[i])  # type: ignore[arg-type]
            add(f'<c r="{letters[i]}{r}"{tail}')
        if lines > 1:
            height = max(height, row_height(lines))
        if self._placeholder:
            parts[0] = f'<row r="{r}" ht="{_PLACEHOLDER}" customHeight="1">'
        elif height:
            parts[0] = f'<row r="{r}" ht="{height}" customHeight="1">'
        else:
            parts[0] = f'<row r="{r}">'
        parts.append("</row>")
        if len(items) > self.max_col:
            self.max_col = len(items)
        self._buffer.append("".join(parts))
        if len(self._buffer) >= _FLUSH_ROWS:
            self.flush()
        return self.row_count

    def header(self, items: Sequence[RowItem]) -> int:
        """A row of column headers: bold on a band, wrapped at word boundaries in their final widths, each
        column at least as wide as its header's longest word."""
        cells = [item if isinstance(item, Cell) or item is None else Cell(item, Style.HEADER)
                 for item in items]
        for i, cell in enumerate(cells):
            if cell is not None and isinstance(cell.value, str) and self._fit(i) is not None:
                self._widen(i + 1)
                word = longest_word_units(cell.value, bold=True)
                self._floor[i] = max(self._floor[i], word + CELL_PADDING)
        return self.append_late(cells)

    def title(self, text: str, *lines: str, span: int) -> None:
        """The sheet's title in large bold, then each of ``lines`` across the first ``span`` columns,
        wrapped when longer (the period, the service, a note for the reader)."""
        self.append([Cell(text, Style.TITLE)], measure=False)
        for line in lines:
            row = self.append_late([Cell(line, Style.WRAP)])
            if span > 1:
                self.merge(row, 1, span)

    def reserve(self, col: int, text: str, style: Style = Style.DEFAULT) -> None:
        """Make fitted column ``col`` (1-based) at least as wide as ``text`` on one line: labels written in
        rows that are not measured, whose neighbour cells are taken so they cannot spill over."""
        self._widen(col)
        if self._fit(col - 1) is not None:
            self._measured[col - 1] = max(self._measured[col - 1], _units(text, style in BOLD_STYLES))

    def append_late(self, items: Sequence[RowItem]) -> int:
        """A row (not measured) whose height is worked out when the sheet ends, from the final widths of its
        columns or of the merged range a text starts: headers, long notes across the page."""
        self.flush()
        self._placeholder = True
        try:
            row = self.append(items, measure=False)
        finally:
            self._placeholder = False
        offset = self._stream.tell() + len(f'<row r="{row}" ht="'.encode())
        self.flush()
        texts = [(i, item.value if isinstance(item, Cell) else item,
                  item.style if isinstance(item, Cell) else Style(self._styles[i - 1]))
                 for i, item in enumerate(items, start=1)
                 if isinstance(item, str) and item or isinstance(item, Cell) and isinstance(item.value, str)]
        self._late.append(_LateRow(row, offset, texts))  # type: ignore[arg-type]
        return row

    def merge(self, row: int, first_col: int, last_col: int) -> None:
        self.merged.append(f"{self.letter(first_col)}{row}:{self.letter(last_col)}{row}")
        self._spans[(row, first_col)] = last_col

    def flush(self) -> None:
        if self._buffer:
            self._stream.write("".join(self._buffer).encode("utf-8"))
            self._buffer.clear()

    def widths(self) -> list[float]:
        """The final column widths: fixed ones as declared, fitted ones from what was written."""
        out = []
        for i in range(max(len(self._declared), self.max_col)):
            declared = self._declared[i] if i < len(self._declared) else Fit()
            measured = self._measured[i] if i < len(self._measured) else 0.0
            floor = self._floor[i] if i < len(self._floor) else 0.0
            out.append(max(declared.width(measured), floor) if isinstance(declared, Fit) else float(declared))
        return out

    def finish(self, widths: Sequence[float]) -> None:
        """Write the late rows' heights now that ``widths`` are final (the stream ends where it was)."""
        self.flush()
        end = self._stream.tell()
        for late in self._late:
            height = 0.0
            for col, text, style in late.texts:
                last = self._spans.get((late.row, col), col)
                width = sum(widths[col - 1:last]) if last <= len(widths) else widths[col - 1]
                if style is Style.TITLE:
                    height = max(height, TITLE_HEIGHT)
                    continue
                lines = wrapped_lines(text, width, bold=style in BOLD_STYLES) if style in _WRAPPED else 1
                height = max(height, row_height(lines))
            self._stream.seek(late.offset)
            self._stream.write(f"{min(height or row_height(1), 409.0):06.2f}".encode())
        self._stream.seek(end)
