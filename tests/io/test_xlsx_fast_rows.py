"""The streaming sheet reader gives the values openpyxl gives, for any cells a template can hold."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.io.xlsx_fast_rows import sheet_rows

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.times().map(lambda t: t.replace(microsecond=0)),
)


def _trimmed(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out = [tuple(row) for row in rows]
    out = [row[:max((i + 1 for i, v in enumerate(row) if v is not None), default=0)] for row in out]
    while out and not out[-1]:
        out.pop()
    return out


def _book(grid: list[list[Any]], write_only: bool, date1904: bool) -> bytes:
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("Dati") if write_only else book.active
    if not write_only:
        sheet.title = "Dati"
    if date1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for r, row in enumerate(grid, start=1):
        if write_only:
            sheet.append(row)
        else:
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@settings(max_examples=60, deadline=None)
@given(grid=st.lists(st.lists(VALUES, max_size=6), min_size=1, max_size=6), write_only=st.booleans(),
       date1904=st.booleans())
def test_the_same_values_as_openpyxl(grid: list[list[Any]], write_only: bool, date1904: bool) -> None:
    raw = _book(grid, write_only, date1904)
    book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    expected = list(book["Dati"].iter_rows(values_only=True))
    book.close()
    found = sheet_rows(io.BytesIO(raw), "Dati", 1000)
    assert found is not None
    assert _trimmed(found) == _trimmed(expected)


def test_a_missing_sheet_is_none() -> None:
    assert sheet_rows(io.BytesIO(_book([["a"]], False, False)), "Altro", 10) is None
