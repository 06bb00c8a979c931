"""The timesheets and the hour report printed by LibreOffice (Italian locale) and read back with poppler.

What a funder saw before: wrapped headers over the first row, names cut, a 25-column sheet squeezed on
one A4 width, language codes, the month as text, figures changed by the billing rule without a word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from mediation_desk.io.xlsx_report import BudgetLine, ReportInput, write_report
from mediation_desk.io.xlsx_timesheets import TimesheetInput, write_timesheets
from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, MediatorId, RequestId
from tests.finance_samples import ROME, finance_service, lines_of, rome, rules_of
from tests.office_support import page_sizes, reading_text, squeeze, to_pdf
from tests.pdf_support import pages

LONG_AGENCY = "Istituto Comprensivo Statale «Ada Negri» di Lodi - Plesso di via Salvemini"
LONG_PROJECT = "Lab'Impact - Laboratori di integrazione e mediazione nelle scuole del territorio"
EXTRA_BOOKINGS = 48  # enough for M1's timesheet and the bookings sheet to need more than one page down
DATE = re.compile(r"\d\d/\d\d/\d{4}")


@dataclasses.dataclass
class Printed:
    timesheets: Path
    report: Path
    data: object
    mediators: int


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    work = tmp_path_factory.mktemp("print")
    data = finance_service()
    data.agencies[0] = dataclasses.replace(data.agencies[0], name=LONG_AGENCY)
    data.projects[0] = dataclasses.replace(data.projects[0], name=LONG_PROJECT)
    for i in range(EXTRA_BOOKINGS):  # delivered on R1 (agency A1, project P1), every weekday of November
        day = dt.date(2026, 11, 2) + dt.timedelta(days=i % 28)
        start = rome(day.isoformat(), "08:00" if i < 28 else "13:00")
        data.bookings.append(Booking(BookingId(f"X{i:02d}"), RequestId("R1"), MediatorId("M1"), start,
                                     start + dt.timedelta(minutes=30 + 15 * (i % 4)),
                                     status=BookingStatus.DONE))
    lines = lines_of(data)
    november = [ln for ln in lines if ln.booking.start.astimezone(ROME).month == 11]
    languages = {lang.code: lang.name for lang in data.languages}
    projects = {p.code: p for p in data.projects}
    timesheets = work / "fogli_ore.xlsx"
    write_timesheets(timesheets, TimesheetInput("Servizio di mediazione Lodi", dt.date(2026, 11, 1), ROME,
                                                november, projects, languages, rules_of(data)))
    report = work / "report_ore.xlsx"
    budgets = [BudgetLine(p.code, p.name, p.funder, 30000, 345, 60, None) for p in data.projects]
    write_report(report, ReportInput("Servizio di mediazione Lodi", dt.date(2026, 10, 1),
                                      dt.date(2026, 11, 30), ROME, lines,
                                      {p.code: p.name for p in data.projects},
                                      {a.code: a.name for a in data.areas}, languages, budgets,
                                      rules=rules_of(data)))
    ts_pdf, report_pdf = to_pdf([timesheets, report], work)
    mediators = len({ln.booking.mediator for ln in november if ln.billable_min})
    return Printed(ts_pdf, report_pdf, data, mediators)


def _landscape(size: tuple[float, float]) -> bool:
    return size[0] > size[1]


def test_every_agency_and_project_name_is_printed_whole(printed: Printed) -> None:
    for pdf in (printed.timesheets, printed.report):
        text = reading_text(pdf)
        assert squeeze(LONG_AGENCY) in text
        assert squeeze(LONG_PROJECT) in text
    report = reading_text(printed.report)
    for name in ("Piano di Zona", "Ambito di Lodi", "Amina El Idrissi", "Urdu"):
        assert squeeze(name) in report


def test_timesheets_name_languages_and_the_month(printed: Printed) -> None:
    sheets = pages(printed.timesheets)
    assert all("novembre 2026" in page for page in sheets)  # the month cell, a date, printed in Italian
    for page in sheets:
        for line in page.splitlines():
            if DATE.search(line):  # an intervention row: its language by name, never "ur" or "ar"
                assert not re.search(r"\s(ur|ar|pa)\s", f" {line} "), line
    joined = "\n".join(sheets)
    assert "Urdu" in joined and "Arabo" in joined
    assert "2026-11" not in joined


def test_wrapped_headers_do_not_run_into_the_first_row(printed: Printed) -> None:
    for pdf, second_line in ((printed.timesheets, "(h:mm)"), (printed.report, "fatturabili")):
        for page in pages(pdf):
            for line in page.splitlines():
                if second_line in line:  # the header's second line stands alone, no figure beside it
                    assert not DATE.search(line) and not re.search(r"\d[,.]\d\d", line), line


def test_the_billing_rule_is_printed_beside_the_figure_it_changed(printed: Printed) -> None:
    text = reading_text(printed.timesheets)
    assert "minimo fatturabile 60 min (durata 30 min)" in text  # a 30-minute call billed 1,00 h
    assert squeeze("disdetta tardiva fatturata: durata prenotata 120 min") in text
    assert "1,00" in text  # the Italian locale: decimal comma


def test_each_timesheet_is_one_page_wide_with_its_titles_on_every_page(printed: Printed) -> None:
    sheets = pages(printed.timesheets)
    sizes = page_sizes(printed.timesheets)
    assert len(sizes) == len(sheets)
    owners = Counter(re.findall(r"\s(M\d+)\s", page.splitlines()[0] + " ")[0] for page in sheets)
    assert owners["M2"] == owners["M4"] == 1  # a short month: one page
    assert owners["M1"] > 1  # a long month goes on down the pages, never across
    assert len(owners) == printed.mediators
    for page in sheets:
        # the first and the last column's headers on the same page: never split across the width
        assert "Data" in page and "Regola di" in page and "fatturazione" in page
        assert "Foglio ore mensile" in page and "Servizio di mediazione Lodi" in page
        assert re.search(r"Pagina \d+ di \d+", page)
    assert len({_landscape(s) for s in sizes}) == 1  # one orientation for all the timesheets


def test_the_report_prints_the_bookings_landscape_across_pages_with_repeated_titles(printed: Printed) -> None:
    report = pages(printed.report)
    sizes = page_sizes(printed.report)
    assert len(sizes) == len(report)
    bookings = [i for i, page in enumerate(report) if "Prenotazioni" in page.splitlines()[0]]
    summaries = [i for i in range(len(report)) if i not in bookings]
    sheets = openpyxl.load_workbook(printed.report.parent.parent / "report_ore.xlsx").sheetnames
    assert len(summaries) == len(sheets) - 1  # month x project, breakdowns, budgets...: one page each
    across = openpyxl.load_workbook(printed.report.parent.parent / "report_ore.xlsx")["Prenotazioni"]
    wide = across.page_setup.fitToWidth
    assert wide >= 2 and len(bookings) % wide == 0  # whole bands of pages, each at a readable scale
    assert all(_landscape(sizes[i]) for i in bookings)
    for i in bookings:
        assert "Prenotazione" in report[i]  # the booking id column and the header row repeat on every page
        assert "dal 01/10/2026 al 30/11/2026" in report[i]  # the period, in the page header
    assert any("Regola di fatturazione" in report[i] for i in bookings)
    months = "\n".join(report[i] for i in summaries)
    assert "ottobre 2026" in months and "novembre 2026" in months
    assert all(re.search(r"Pagina \d+ di \d+", page) for page in report)
