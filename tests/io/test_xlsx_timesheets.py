"""Monthly timesheets re-read with openpyxl: totals to the minute, formulas and values, print set-up."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from mediation_desk.io.xlsx_common import ExportCancelled
from mediation_desk.io.xlsx_layout import LEAST_SCALE, PORTRAIT_UNITS
from mediation_desk.io.xlsx_timesheets import TimesheetInput, write_timesheets
from mediation_desk.scheduling.billing import Charge
from tests.finance_samples import EXPECTED_MINUTES, ROME, finance_service, lines_of, rules_of
from tests.io.xlsx_reading import TS_COLUMNS, open_book, rows_labelled, timesheet_lines


def _write(tmp_path: Path, month: dt.date) -> tuple[Path, TimesheetInput]:
    data = finance_service()
    lines = [ln for ln in lines_of(data) if ln.booking.start.astimezone(ROME).month == month.month]
    sheet_input = TimesheetInput("Servizio di mediazione Lodi", month, ROME, lines,
                                 {p.code: p for p in data.projects},
                                 {lang.code: lang.name for lang in data.languages}, rules_of(data))
    path = tmp_path / "fogli.xlsx"
    write_timesheets(path, sheet_input)
    return path, sheet_input


def _expected(sheet_input: TimesheetInput) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in sheet_input.lines:
        if line.charge is not Charge.NONE:
            out[line.booking.mediator][line.project] += line.billable_min
    return {m: dict(p) for m, p in out.items()}


def test_sample_minutes_are_the_hand_computed_ones() -> None:
    assert {ln.booking.id: ln.billable_min for ln in lines_of(finance_service())} == EXPECTED_MINUTES


@pytest.mark.parametrize("month", [dt.date(2026, 11, 1), dt.date(2026, 10, 1)])
def test_totals_per_mediator_and_project_match_the_bookings_to_the_minute(tmp_path: Path,
                                                                          month: dt.date) -> None:
    path, sheet_input = _write(tmp_path, month)
    book = open_book(path)
    expected = _expected(sheet_input)
    code_of = {p.name: code for code, p in sheet_input.projects.items()}  # the sheets name projects
    found: dict[str, dict[str, int]] = {}
    for ws in book.formulas.worksheets:
        mediator_id = ws.title.split(" ")[0]
        per_project: dict[str, int] = defaultdict(int)
        for row in timesheet_lines(ws):
            minutes = row[TS_COLUMNS["minutes"] - 1]
            per_project[code_of.get(row[TS_COLUMNS["project"] - 1], "")] += minutes
            assert row[TS_COLUMNS["hours"] - 1] * 60 == pytest.approx(minutes)
            assert row[TS_COLUMNS["hmm"] - 1] == dt.timedelta(minutes=minutes)  # [h]:mm reads as a duration
        found[mediator_id] = dict(per_project)
        values = book.values[ws.title]
        (month_row,) = rows_labelled(ws, "Totale del mese")
        assert str(ws.cell(month_row, TS_COLUMNS["minutes"]).value).startswith("=SUM(")
        assert values.cell(month_row, TS_COLUMNS["minutes"]).value == sum(per_project.values())
        month_hours = values.cell(month_row, TS_COLUMNS["hours"]).value
        assert month_hours * 60 == pytest.approx(sum(per_project.values()))
        for r in rows_labelled(ws, "Totale progetto"):
            code = str(ws.cell(r, 2).value).removeprefix("Totale progetto ").split(" – ")[0]
            assert values.cell(r, TS_COLUMNS["minutes"]).value == per_project[code]
    assert found == expected


def test_dst_booking_shows_local_times_and_real_duration(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, dt.date(2026, 10, 1))
    ws = open_book(path).formulas["M2 +cmd"]
    (row,) = timesheet_lines(ws)
    assert row[0] == dt.datetime(2026, 10, 25)
    assert row[5] == "01:30–02:30"
    assert row[TS_COLUMNS["minutes"] - 1] == 120


def test_outcomes_and_formats_are_in_italian_and_excel_native(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, dt.date(2026, 11, 1))
    ws = open_book(path).formulas["M1 Amina El Idrissi"]
    rows = timesheet_lines(ws)
    assert [r[6] for r in rows] == ["erogato", "disdetta tardiva", "mancata presentazione"]
    assert ws["B2"].value == dt.datetime(2026, 11, 1)  # a real date, shown as the month
    assert ws["B2"].number_format == "[$-410]mmmm yyyy"
    assert "P1 – Lab'Impact" in ws["B4"].value and "FAMI 2021-2027" in ws["B5"].value
    assert {r[3] for r in rows} == {"Arabo", "Urdu"}  # language names, not codes
    assert {r[2] for r in rows} == {"Lab'Impact", "Piano di Zona"}  # project names, not codes
    assert ws["A7"].number_format == "dd/mm/yyyy"
    assert ws["H7"].number_format == "0.00" and ws["I7"].number_format == "[h]:mm"
    assert rows[0][TS_COLUMNS["travel"] - 1] > 0  # in person: travel reported apart
    assert rows_labelled(ws, "Firma del mediatore", col=1)
    assert rows_labelled(ws, "Firma del coordinatore", col=1)


def test_billing_rule_is_stated_where_it_changes_the_figure(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, dt.date(2026, 11, 1))
    book = open_book(path).formulas
    notes = {ws.title: [r[11] for r in timesheet_lines(ws)] for ws in book.worksheets}
    # B1 96 min -> 105; B2 late cancellation of 120 booked; B3 no-show of 45 booked -> 60 (P2: step 30)
    assert notes["M1 Amina El Idrissi"] == [
        "arrotondato per eccesso a 15 min (durata 96 min)",
        "disdetta tardiva fatturata: durata prenotata 120 min",
        "mancata presentazione fatturata: durata prenotata 45 min; arrotondato per eccesso a 30 min",
    ]
    assert notes["M2 +cmd"] == ["minimo fatturabile 60 min (durata 30 min)"]  # B5: a 30-minute call
    assert notes["M4 @SUM(1)"] == [None]  # B8: 75 worked, a multiple of the step: nothing to explain


def test_print_setup_is_a4_fitted_to_width_with_repeated_header_and_page_numbers(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, dt.date(2026, 11, 1))
    for ws in open_book(path).formulas.worksheets:
        assert ws.page_setup.paperSize == 9
        total = sum(ws.column_dimensions[ws.cell(1, c).column_letter].width for c in range(1, 13))
        wide = total > PORTRAIT_UNITS / LEAST_SCALE  # portrait only when it stays readable
        assert ws.page_setup.orientation == ("landscape" if wide else "portrait")
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$6"
        assert ws.oddHeader.left.text == "Servizio di mediazione Lodi"
        assert ws.oddFooter.center.text == "Pagina &P di &N"


def test_stopping_raises_and_reports_progress(tmp_path: Path) -> None:
    data = finance_service()
    sheet_input = TimesheetInput("S", dt.date(2026, 11, 1), ROME, lines_of(data), {})
    calls: list[tuple[int, int]] = []
    write_timesheets(tmp_path / "a.xlsx", sheet_input, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] > 0
    with pytest.raises(ExportCancelled):
        write_timesheets(tmp_path / "b.xlsx", sheet_input, should_stop=lambda: True)
