"""Hour reports for finance: by month x project, agency kind, area and language; budgets; every booking."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from mediation_desk.io.xlsx_bookings_sheet import RAW_HEADER_ROW, RAW_HEADERS, RAW_TITLE, write_bookings_sheet
from mediation_desk.io.xlsx_common import (
    AGENCY_KIND_LABELS,
    ExportCancelled,
    LocalClock,
    Progress,
    ShouldStop,
    hours,
    never_stop,
    no_progress,
)
from mediation_desk.io.xlsx_missing_sheets import write_missing_sheets
from mediation_desk.io.xlsx_monitoring import write_monitoring
from mediation_desk.io.xlsx_report_input import BudgetLine, ReportInput
from mediation_desk.io.xlsx_writer import Cell, Fit, Formula, PageSetup, RowItem, Style, WorkbookWriter
from mediation_desk.scheduling.billing import BillingLine, Charge

__all__ = ["RAW_HEADERS", "RAW_HEADER_ROW", "RAW_TITLE", "BudgetLine", "ReportInput", "write_report"]

SUMMARY_HEADER_ROW = 3  # title, the period, then the header: repeated on every printed page
NO_PROJECT = "(senza progetto)"


def _billed(lines: Sequence[BillingLine]) -> list[BillingLine]:
    return [ln for ln in lines if ln.charge is not Charge.NONE]


def write_report(
    target: str | Path | IO[bytes], data: ReportInput, *,
    progress: Progress = no_progress, should_stop: ShouldStop = never_stop,
) -> None:
    """Write the hour report to ``target``; raise ExportCancelled when ``should_stop`` says so."""
    billed = _billed(data.lines)
    total = len(data.lines) + 5
    with WorkbookWriter(target, header=data.service_name) as book:
        _month_by_project(book, data, billed)
        _breakdown(book, data, "Per tipo di ente", ("Tipo di ente",), billed,
                   lambda ln: ln.agency_kind, lambda k: (AGENCY_KIND_LABELS.get(k, k),))
        _breakdown(book, data, "Per ambito", ("Ambito", "Codice"), billed,
                   lambda ln: ln.area, lambda a: (data.area_names.get(a, a), a))
        _breakdown(book, data, "Per lingua", ("Lingua", "Codice"), billed,
                   lambda ln: ln.language, lambda c: (data.language_names.get(c, c), c))
        _budgets(book, data)
        write_missing_sheets(book, data.missing_sheets, data.scope)
        if data.monitoring is not None:
            write_monitoring(book, data.monitoring, data.scope, data.project_label, data.area_names)
        progress(5, total)
        write_bookings_sheet(book, data, lambda done: _tick(5 + done, total, progress, should_stop))
        progress(total, total)


def _tick(done: int, total: int, progress: Progress, should_stop: ShouldStop) -> None:
    if should_stop():
        raise ExportCancelled
    progress(done, total)


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _summary_page(title_cols: int = 0) -> PageSetup:
    return PageSetup(title_rows=(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW), title_cols=title_cols)


def _month_by_project(book: WorkbookWriter, data: ReportInput, billed: Sequence[BillingLine]) -> None:
    minutes: Counter[tuple[int, str]] = Counter()
    clock = LocalClock(data.tz)
    for line in billed:
        minutes[(clock.month_start(clock.serial(line.booking.start)), line.project)] += line.billable_min
    present = {p for _, p in minutes} | ({data.project} if data.project else set())
    codes = sorted(present, key=lambda c: (c == "", c)) or [""]  # never a sheet without a column
    months = _months(data.start, data.end)
    serials = [(m - dt.date(1899, 12, 30)).days for m in months]
    widths = [Fit(14, 16)] + [Fit(9, 18)] * len(codes) + [Fit(9, 10)]
    # many projects go on across pages: the month column repeats on each
    with book.sheet("Ore mese x progetto", widths, page=_summary_page(title_cols=1)) as sheet:
        sheet.title("Ore fatturabili per mese e progetto", data.scope, span=len(codes) + 2)
        labels = [data.project_label(c) if c else NO_PROJECT for c in codes]
        header = sheet.header(["Mese", *labels, "Totale"])
        last_col = sheet.letter(len(codes) + 1)
        total_col = sheet.letter(len(codes) + 2)
        for month, serial in zip(months, serials, strict=True):
            row = sheet.next_row
            values = [minutes[(serial, c)] for c in codes]
            row_total = Formula(f"SUM(B{row}:{last_col}{row})", hours(sum(values)))
            sheet.append([Cell(month, Style.MONTH)] + [Cell(hours(v), Style.HOURS) for v in values]
                         + [Cell(row_total, Style.BOLD_HOURS)])
        first, last = header + 1, sheet.row_count
        totals: list[RowItem] = [Cell("Totale", Style.BOLD)]
        for i, code in enumerate(codes, start=2):
            c = sheet.letter(i)
            value = sum(minutes[(s, code)] for s in serials)
            totals.append(Cell(Formula(f"SUM({c}{first}:{c}{last})", hours(value)), Style.BOLD_HOURS))
        grand = sum(minutes.values())
        grand_total = Formula(f"SUM({total_col}{first}:{total_col}{last})", hours(grand))
        totals.append(Cell(grand_total, Style.BOLD_HOURS))
        sheet.append(totals)


def _breakdown(book: WorkbookWriter, data: ReportInput, title: str, labels: tuple[str, ...],
               billed: Sequence[BillingLine], key: Callable[[BillingLine], str],
               describe: Callable[[str], tuple[str, ...]]) -> None:
    minutes: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for line in billed:
        k = key(line)
        minutes[k] += line.billable_min
        count[k] += 1
    n = len(labels)
    widths = [Fit(12, 32)] + [Fit(6, 12)] * (n - 1) + [Fit(8, 11), Fit(8, 10), Fit(8, 10)]
    with book.sheet(title, widths, page=_summary_page()) as sheet:
        sheet.title(f"Ore fatturabili — {title.lower()}", data.scope, span=n + 3)
        header = sheet.header([*labels, "Interventi", "Ore", "Minuti"])
        for k in sorted(minutes, key=lambda k: describe(k)[0].casefold()):
            sheet.append([*describe(k), Cell(count[k], Style.INTEGER), Cell(hours(minutes[k]), Style.HOURS),
                          Cell(minutes[k], Style.INTEGER)])
        first, last = header + 1, max(header + 1, sheet.row_count)
        row: list[RowItem] = [Cell("Totale", Style.BOLD)] + [None] * (n - 1)
        for i, (value, style) in enumerate(((sum(count.values()), Style.BOLD_INTEGER),
                                            (hours(sum(minutes.values())), Style.BOLD_HOURS),
                                            (sum(minutes.values()), Style.BOLD_INTEGER)), start=n + 1):
            c = sheet.letter(i)
            row.append(Cell(Formula(f"SUM({c}{first}:{c}{last})", value), style))
        sheet.append(row)


def _budgets(book: WorkbookWriter, data: ReportInput) -> None:
    headers = ("Progetto", "Nome", "Finanziatore", "Budget (ore)", "Erogate (ore)", "Impegnate (ore)",
               "Residue (ore)", "Utilizzo", "Esaurimento previsto")
    widths = (Fit(8, 18), Fit(12, 30), Fit(10, 24), Fit(8, 10), Fit(8, 10), Fit(8, 10), Fit(8, 10),
              Fit(7, 9), Fit(10, 12))
    with book.sheet("Budget", widths, page=_summary_page()) as sheet:
        sheet.title("Stato dei budget di ore per progetto", data.scope, span=len(headers))
        sheet.header(headers)
        for b in data.budgets:
            r = sheet.next_row
            remaining = b.budget_min - b.delivered_min - b.committed_min
            used = (b.delivered_min + b.committed_min) / b.budget_min if b.budget_min else 0.0
            sheet.append([
                b.code, b.name, b.funder, Cell(hours(b.budget_min), Style.HOURS),
                Cell(hours(b.delivered_min), Style.HOURS), Cell(hours(b.committed_min), Style.HOURS),
                Cell(Formula(f"D{r}-E{r}-F{r}", hours(remaining)), Style.HOURS),
                Cell(Formula(f'IF(D{r}=0,0,(E{r}+F{r})/D{r})', used), Style.PERCENT),
                Cell(b.forecast, Style.DATE) if b.forecast else "—",
            ])
