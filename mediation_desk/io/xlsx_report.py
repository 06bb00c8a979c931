"""Hour reports for finance: by month x project, agency kind, area and language; budgets; raw rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from mediation_desk.io.xlsx_common import (
    AGENCY_KIND_LABELS,
    CHARGE_LABELS,
    MODE_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    ExportCancelled,
    LocalClock,
    Progress,
    ShouldStop,
    cause_text,
    hours,
    never_stop,
    no_progress,
)
from mediation_desk.io.xlsx_writer import (
    Cell,
    Formula,
    PageSetup,
    RowItem,
    SheetWriter,
    Style,
    WorkbookWriter,
)
from mediation_desk.scheduling.billing import BillingLine, Charge

RAW_TITLE = "Prenotazioni"
RAW_HEADERS = (
    "Prenotazione", "Richiesta", "Mese", "Mediatore ID", "Mediatore", "Ente", "Tipo ente", "Ambito",
    "Progetto", "Lingua", "Modalità", "Caso", "Inizio", "Fine", "Inizio effettivo", "Fine effettivo",
    "Stato", "Esito", "Addebito", "Minuti fatturabili", "Ore fatturabili", "Viaggio (min)",
    "Costo (€)", "Causa (chi ha annullato: motivo)", "Note",
)
RAW_WIDTHS = (12, 10, 8, 10, 24, 28, 14, 10, 12, 7, 11, 10, 16, 16, 16, 16, 11, 20, 20, 10, 10, 10, 10, 24,
              30)
RAW_STYLES = (Style.DEFAULT,) * 12 + (Style.DATETIME,) * 4 + (Style.DEFAULT,) * 3 + (
    Style.INTEGER, Style.HOURS, Style.INTEGER, Style.MONEY, Style.DEFAULT, Style.DEFAULT)
RAW_HEADER_ROW = 3
RAW_MINUTES_COL = 20  # T: billable minutes
STEP = 2000  # rows between progress reports and stop checks


@dataclass(frozen=True)
class BudgetLine:
    """Budget status of one project as the app computes it (minutes, to stay exact)."""

    code: str
    name: str
    funder: str
    budget_min: int
    delivered_min: int
    committed_min: int
    forecast: dt.date | None  # when the hours run out at the recent rate; None: not in sight


@dataclass(frozen=True)
class ReportInput:
    service_name: str
    start: dt.date
    end: dt.date  # inclusive
    tz: dt.tzinfo
    lines: Sequence[BillingLine]  # bookings starting in [start, end], all statuses
    project_names: Mapping[str, str]
    area_names: Mapping[str, str]
    language_names: Mapping[str, str]
    budgets: Sequence[BudgetLine]
    project: str | None = None  # the report is restricted to this project


def _billed(lines: Sequence[BillingLine]) -> list[BillingLine]:
    return [ln for ln in lines if ln.charge is not Charge.NONE]


def write_report(
    target: str | Path | IO[bytes], data: ReportInput, *,
    progress: Progress = no_progress, should_stop: ShouldStop = never_stop,
) -> None:
    """Write the hour report to ``target``; raise ExportCancelled when ``should_stop`` says so."""
    billed = _billed(data.lines)
    total = len(data.lines) + 5
    with WorkbookWriter(target) as book:
        _month_by_project(book, data, billed)
        _breakdown(book, "Per tipo di ente", ("Tipo di ente",), billed,
                   lambda ln: ln.agency_kind, lambda k: (AGENCY_KIND_LABELS.get(k, k),))
        _breakdown(book, "Per ambito", ("Ambito", "Nome"), billed,
                   lambda ln: ln.area, lambda a: (a, data.area_names.get(a, "")))
        _breakdown(book, "Per lingua", ("Lingua", "Nome"), billed,
                   lambda ln: ln.language, lambda c: (c, data.language_names.get(c, "")))
        _budgets(book, data.budgets)
        progress(5, total)
        _raw(book, data, lambda done: _tick(5 + done, total, progress, should_stop))
        progress(total, total)


def _tick(done: int, total: int, progress: Progress, should_stop: ShouldStop) -> None:
    if should_stop():
        raise ExportCancelled
    progress(done, total)


def _title(sheet: SheetWriter, text: str, data: ReportInput | None = None) -> None:
    sheet.append([Cell(text, Style.TITLE)])
    if data is not None:
        scope = f"dal {data.start:%d/%m/%Y} al {data.end:%d/%m/%Y}"
        if data.project:
            scope += f" — progetto {data.project}"
        sheet.append([f"{data.service_name}: {scope}"])
    sheet.append()


def _months(start: dt.date, end: dt.date) -> list[str]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_by_project(book: WorkbookWriter, data: ReportInput, billed: Sequence[BillingLine]) -> None:
    minutes: Counter[tuple[str, str]] = Counter()
    clock = LocalClock(data.tz)
    for line in billed:
        minutes[(clock.month(line.booking.start), line.project)] += line.billable_min
    present = {p for _, p in minutes} | ({data.project} if data.project else set())
    codes = sorted(present, key=lambda c: (c == "", c)) or [""]  # never a sheet without a column
    months = _months(data.start, data.end)
    widths = [10] + [12] * len(codes) + [12]
    with book.sheet("Ore mese x progetto", widths, page=PageSetup(landscape=True)) as sheet:
        _title(sheet, "Ore fatturabili per mese e progetto", data)
        header = sheet.append([Cell("Mese", Style.HEADER)]
                              + [Cell(c or "(senza progetto)", Style.HEADER) for c in codes]
                              + [Cell("Totale", Style.HEADER)])
        last_col = sheet.letter(len(codes) + 1)
        total_col = sheet.letter(len(codes) + 2)
        for month in months:
            row = sheet.next_row
            values = [minutes[(month, c)] for c in codes]
            row_total = Formula(f"SUM(B{row}:{last_col}{row})", hours(sum(values)))
            sheet.append([month] + [Cell(hours(v), Style.HOURS) for v in values]
                         + [Cell(row_total, Style.BOLD_HOURS)])
        first, last = header + 1, sheet.row_count
        totals: list[RowItem] = [Cell("Totale", Style.BOLD)]
        for i, code in enumerate(codes, start=2):
            c = sheet.letter(i)
            value = sum(minutes[(m, code)] for m in months)
            totals.append(Cell(Formula(f"SUM({c}{first}:{c}{last})", hours(value)), Style.BOLD_HOURS))
        grand = sum(minutes.values())
        grand_total = Formula(f"SUM({total_col}{first}:{total_col}{last})", hours(grand))
        totals.append(Cell(grand_total, Style.BOLD_HOURS))
        sheet.append(totals)


def _breakdown(book: WorkbookWriter, title: str, labels: tuple[str, ...], billed: Sequence[BillingLine],
               key: Callable[[BillingLine], str], describe: Callable[[str], tuple[str, ...]]) -> None:
    minutes: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for line in billed:
        k = key(line)
        minutes[k] += line.billable_min
        count[k] += 1
    n = len(labels)
    widths = [16] + [28] * (n - 1) + [12, 12, 12]
    with book.sheet(title, widths) as sheet:
        _title(sheet, f"Ore fatturabili — {title.lower()}")
        header = sheet.append([Cell(h, Style.HEADER) for h in (*labels, "Interventi", "Ore", "Minuti")])
        for k in sorted(minutes):
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


def _budgets(book: WorkbookWriter, budgets: Sequence[BudgetLine]) -> None:
    headers = ("Progetto", "Nome", "Finanziatore", "Budget (ore)", "Erogate (ore)", "Impegnate (ore)",
               "Residue (ore)", "Utilizzo", "Esaurimento previsto")
    with book.sheet("Budget", (12, 28, 20, 12, 12, 12, 12, 10, 14), page=PageSetup(landscape=True)) as sheet:
        _title(sheet, "Stato dei budget di ore per progetto")
        sheet.append([Cell(h, Style.HEADER) for h in headers])
        for b in budgets:
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


def _raw_row(line: BillingLine, clock: LocalClock) -> list[RowItem]:
    """One booking; times as Excel serials of local wall-clock time (the column formats them)."""
    b = line.booking
    start = clock.serial(b.start)
    return [
        b.id, b.request, clock.month_of_serial(start), b.mediator, line.mediator_name, line.agency_name,
        AGENCY_KIND_LABELS.get(line.agency_kind, line.agency_kind), line.area, line.project, line.language,
        MODE_LABELS[line.mode], line.case, start, clock.serial(b.end),
        clock.serial(b.actual_start) if b.actual_start else None,
        clock.serial(b.actual_end) if b.actual_end else None,
        STATUS_LABELS[b.status], OUTCOME_LABELS[b.outcome] if b.outcome else "",
        CHARGE_LABELS[line.charge], line.billable_min, line.billable_min / 60, line.travel_min,
        float(line.cost), cause_text(b), line.notes,
    ]


def _raw(book: WorkbookWriter, data: ReportInput, tick: Callable[[int], None]) -> None:
    lines = sorted(data.lines, key=lambda ln: (ln.booking.start, ln.booking.id))
    page = PageSetup(title_rows=(RAW_HEADER_ROW, RAW_HEADER_ROW), landscape=True)
    with book.sheet(RAW_TITLE, RAW_WIDTHS, styles=RAW_STYLES, page=page, autofilter_row=RAW_HEADER_ROW,
                    freeze_row=RAW_HEADER_ROW) as sheet:
        sheet.append([Cell("Tutte le prenotazioni del periodo", Style.TITLE)])
        first, last = RAW_HEADER_ROW + 1, RAW_HEADER_ROW + max(len(lines), 1)
        minutes = sum(ln.billable_min for ln in lines)
        cost = sum((ln.cost for ln in lines), Decimal(0))
        subtotal: list[RowItem] = [Cell("Totale righe visibili (filtro)", Style.BOLD)] + [None] * 18
        for col, value, style in ((20, minutes, Style.BOLD_INTEGER), (21, hours(minutes), Style.BOLD_HOURS),
                                  (22, sum(ln.travel_min for ln in lines), Style.BOLD_INTEGER),
                                  (23, cost, Style.BOLD_MONEY)):
            c = sheet.letter(col)
            subtotal.append(Cell(Formula(f"SUBTOTAL(109,{c}{first}:{c}{last})", value), style))
        sheet.append(subtotal)
        sheet.append([Cell(h, Style.HEADER) for h in RAW_HEADERS])
        clock = LocalClock(data.tz)
        for done, line in enumerate(lines):
            if done % STEP == 0:
                tick(done)
            sheet.append(_raw_row(line, clock))
