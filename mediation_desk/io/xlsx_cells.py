"""The cells of the streaming XLSX writer: values, styles, and their SpreadsheetML text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from mediation_desk.io import xlsx_styles

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_EPOCH = dt.datetime(1899, 12, 30)

Style = xlsx_styles.Style
# the quote-prefixed styles that keep risky text text when a user edits it
_QUOTED: dict[int, Style] = {Style.DEFAULT: Style.TEXT, Style.WRAP: Style.TEXT_WRAP}


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula (without the leading '=') and the value the app computed for it."""

    text: str
    value: float | int | Decimal | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """A value with a style of its own (bare values take their column's style)."""

    value: CellValue
    style: Style = Style.DEFAULT


CellValue = str | int | float | Decimal | bool | dt.datetime | dt.date | dt.time | Formula | None
RowItem = CellValue | Cell


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clean_text(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry; keep tab, CR and LF."""
    return _ILLEGAL.sub("", text)


def is_risky_text(text: str) -> bool:
    """Text a spreadsheet would read as a formula if a user retyped it."""
    return text.startswith(_RISKY_START)


def excel_serial(value: dt.datetime | dt.date | dt.time) -> float | int:
    """Days since 1899-12-30, as Excel stores dates and times (naive wall-clock only)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise TypeError("Excel has no time zones: convert to local wall-clock time first")
        delta = value - _EPOCH
        return delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
    if isinstance(value, dt.date):
        return (value - _EPOCH.date()).days
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


def _number(value: int | float | Decimal) -> str:
    if isinstance(value, float):
        return repr(value)
    return str(value)


def text_tail(text: str, style: int) -> str:
    """The part of a text cell after its reference; risky text gets the quote-prefix style."""
    if text.isalnum():  # ids and codes: nothing to clean, escape or quote
        s = f' s="{style}"' if style else ""
        return f'{s} t="inlineStr"><is><t>{text}</t></is></c>'
    text = clean_text(text)
    if is_risky_text(text) and style in _QUOTED:
        style = _QUOTED[style]
    s = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def value_tail(value: CellValue, style: int) -> str:
    """The part of a non-text cell after its reference."""
    s = f' s="{style}"' if style else ""
    if isinstance(value, Formula):
        cached = "" if value.value is None else f"<v>{_number(value.value)}</v>"
        return f"{s}><f>{escape(value.text)}</f>{cached}</c>"
    if isinstance(value, bool):
        return f'{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float | Decimal):
        return f"{s}><v>{_number(value)}</v></c>"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return f"{s}><v>{_number(excel_serial(value))}</v></c>"
    raise TypeError(f"unsupported cell value {type(value).__name__}")
