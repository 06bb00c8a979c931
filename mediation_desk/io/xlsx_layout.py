"""Print layout of the Excel exports: text widths, column widths from the content, row heights, pages.

The workbooks use Arial 10, which every spreadsheet program has or replaces
with a font of the same metrics (Liberation Sans in LibreOffice on Linux), so
the widths measured here with Arial's advance widths are the ones printed.
Column widths are in Excel's unit, the width of a digit (7 pixels at 96 dpi
for Arial 10); row heights in points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

FONT_NAME = "Arial"
FONT_SIZE = 10  # points
TITLE_SIZE = 13
LINE_HEIGHT = 12.75  # points: one line of Arial 10, Excel's default row height for it
TITLE_HEIGHT = 17.0
DIGIT_PX = 7.0  # Excel's width unit for Arial 10
CELL_PADDING = 1.2  # width units: the cell's inner margins and a little slack for other renderers
BOLD_FACTOR = 1.09

# Advance widths of Arial (Helvetica metrics) in thousandths of the em, for the printable ASCII.
_ASCII = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0-9 : ; < = > ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ A-O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P-Z [ \ ] ^ _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` a-o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  # p-z { | } ~
)
_WIDE = {"—": 1000, "–": 556, "€": 556, "…": 1000, "’": 222, "‘": 222, "“": 333, "”": 333, "·": 278}
_DEFAULT_EM = 600  # letters of other scripts, accented capitals: a little wider than the Latin average


_EM: dict[str, int] = {chr(32 + i): em for i, em in enumerate(_ASCII)}
_EM.update({chr(code): 556 for code in range(0xE0, 0x100)})  # à è é ì ò ù ...: as their base letters
_EM.update(_WIDE)


def text_units(text: str, *, bold: bool = False, size: float = FONT_SIZE) -> float:
    """Width of one line of ``text`` in column-width units (without the cell's padding)."""
    em = sum(map(_EM.get, text, repeat(_DEFAULT_EM)))  # type: ignore[arg-type]
    px = em / 1000 * size * 96 / 72
    return px / DIGIT_PX * (BOLD_FACTOR if bold else 1.0)


def longest_word_units(text: str, *, bold: bool = False) -> float:
    """Width of the widest word of ``text``: a wrapped header never breaks inside a word."""
    return max((text_units(word, bold=bold) for word in text.split()), default=0.0)


def wrapped_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped at word boundaries in a column ``width`` units wide."""
    room = max(width - CELL_PADDING, 1.0)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        space = text_units(" ", bold=bold)
        for word in paragraph.split(" "):
            w = text_units(word, bold=bold)
            if used and used + space + w > room:
                lines += 1
                used = 0.0
            if w > room:  # a word wider than the column is broken across lines
                extra = math.ceil(w / room) - 1
                lines += extra
                used = w - extra * room
            else:
                used += (space if used else 0.0) + w
    return max(lines, 1)


def row_height(lines: int) -> float:
    """Points for ``lines`` lines of body text."""
    return round(lines * LINE_HEIGHT + 2.25, 2)


@dataclass(frozen=True)
class Fit:
    """A column whose width follows its content: never under ``least``, never over ``most`` (longer text
    wraps onto more lines, and its row grows)."""

    least: float = 5.0
    most: float = 40.0

    def width(self, measured: float) -> float:
        return round(min(max(measured + CELL_PADDING, self.least), self.most), 1)


Width = float | Fit

# The narrowest a number shows in each cell format (units, padding included).
NUMBER_UNITS = {"date": 10.5, "datetime": 16.5, "time": 6.0, "hours": 7.0, "money": 10.0, "integer": 6.0,
                "month": 14.0, "percent": 7.0}

# A4 in width units, margins of 0.5" left and right: portrait 7.27", landscape 10.69" at 96 dpi.
PORTRAIT_UNITS = 7.27 * 96 / DIGIT_PX
LANDSCAPE_UNITS = 10.69 * 96 / DIGIT_PX
LEAST_SCALE = 0.8  # smaller than this is hard to read on paper: use another page across instead


@dataclass(frozen=True)
class PageFit:
    """How a sheet goes on A4: orientation and how many pages across (fitted to that width)."""

    landscape: bool
    pages_wide: int


def page_fit(widths: Sequence[float], *, title_cols: int = 0, landscape: bool | None = None,
             one_page_wide: bool = False) -> PageFit:
    """Portrait when the columns fit a portrait page at a readable scale, else landscape; as many pages
    across as keep the scale readable (the first ``title_cols`` columns repeat on each)."""
    total = sum(widths)
    if landscape is None:
        landscape = total > PORTRAIT_UNITS / LEAST_SCALE
    room = (LANDSCAPE_UNITS if landscape else PORTRAIT_UNITS) / LEAST_SCALE
    if total <= room or one_page_wide:
        return PageFit(landscape, 1)
    repeated = sum(widths[:title_cols])
    usable = max(room - repeated, room / 2)
    return PageFit(landscape, math.ceil((total - repeated) / usable))
