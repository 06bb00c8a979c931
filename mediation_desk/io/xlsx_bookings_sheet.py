"""The hour report's sheet of every booking of the period: one row each, filterable, with a subtotal row."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from mediation_desk.io.xlsx_billing_notes import billing_note
from mediation_desk.io.xlsx_common import (
    AGENCY_KIND_LABELS,
    CHARGE_LABELS,
    MODE_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    LocalClock,
    cause_text,
    hours,
)
from mediation_desk.io.xlsx_report_input import ReportInput
from mediation_desk.io.xlsx_writer import Cell, Fit, Formula, PageSetup, RowItem, Style, WorkbookWriter
from mediation_desk.scheduling.billing import BillingLine

RAW_TITLE = "Prenotazioni"
# (header, width, style) per column; names, not codes, wherever the reader needs to recognise something
RAW_COLUMNS: tuple[tuple[str, Fit, Style], ...] = (
    ("Prenotazione", Fit(8, 14), Style.DEFAULT), ("Richiesta", Fit(8, 12), Style.DEFAULT),
    ("Mese", Fit(8, 15), Style.MONTH), ("Mediatore ID", Fit(6, 10), Style.DEFAULT),
    ("Mediatore", Fit(10, 22), Style.DEFAULT), ("Ente", Fit(10, 30), Style.DEFAULT),
    ("Tipo ente", Fit(6, 15), Style.DEFAULT), ("Ambito", Fit(8, 20), Style.DEFAULT),
    ("Progetto", Fit(8, 26), Style.DEFAULT), ("Lingua", Fit(6, 14), Style.DEFAULT),
    ("Modalità", Fit(6, 12), Style.DEFAULT), ("Caso", Fit(5, 12), Style.DEFAULT),
    ("Inizio", Fit(8, 18), Style.DATETIME), ("Fine", Fit(8, 18), Style.DATETIME),
    ("Inizio effettivo", Fit(8, 18), Style.DATETIME), ("Fine effettivo", Fit(8, 18), Style.DATETIME),
    ("Stato", Fit(6, 11), Style.DEFAULT), ("Esito", Fit(6, 18), Style.DEFAULT),
    ("Addebito", Fit(6, 18), Style.DEFAULT), ("Minuti fatturabili", Fit(5, 10), Style.INTEGER),
    ("Ore fatturabili", Fit(5, 10), Style.HOURS), ("Viaggio (min)", Fit(5, 9), Style.INTEGER),
    ("Costo (€)", Fit(6, 11), Style.MONEY), ("Regola di fatturazione", Fit(10, 34), Style.DEFAULT),
    ("Causa (chi ha annullato: motivo)", Fit(10, 26), Style.DEFAULT), ("Note", Fit(8, 30), Style.DEFAULT),
)
RAW_HEADERS = tuple(header for header, _, _ in RAW_COLUMNS)
RAW_HEADER_ROW = 2
RAW_MINUTES_COL = 20  # T: billable minutes
SUBTOTAL_LABEL = "Totale"
STEP = 2000  # rows between progress reports and stop checks


def _raw_row(line: BillingLine, clock: LocalClock, data: ReportInput) -> list[RowItem]:
    """One booking; times as Excel serials of local wall-clock time (the column formats them)."""
    b = line.booking
    start = clock.serial(b.start)
    return [
        b.id, b.request, clock.month_start(start), b.mediator, line.mediator_name, line.agency_name,
        AGENCY_KIND_LABELS.get(line.agency_kind, line.agency_kind),
        data.area_names.get(line.area, line.area), data.project_names.get(line.project, line.project),
        data.language_names.get(line.language, line.language),
        MODE_LABELS[line.mode], line.case, start, clock.serial(b.end),
        clock.serial(b.actual_start) if b.actual_start else None,
        clock.serial(b.actual_end) if b.actual_end else None,
        STATUS_LABELS[b.status], OUTCOME_LABELS[b.outcome] if b.outcome else "",
        CHARGE_LABELS[line.charge], line.billable_min, line.billable_min / 60, line.travel_min,
        float(line.cost), billing_note(line, data.rules), cause_text(b), line.notes,
    ]


def write_bookings_sheet(book: WorkbookWriter, data: ReportInput, tick: Callable[[int], None]) -> None:
    """Every booking of the period, landscape across as many pages as it takes, the booking id and the
    header repeated on each. The period goes in the page header, not in cells: a title spilling over from
    the first column would be cut on the pages that repeat that column alone."""
    lines = sorted(data.lines, key=lambda ln: (ln.booking.start, ln.booking.id))
    page = PageSetup(title_rows=(RAW_HEADER_ROW, RAW_HEADER_ROW), title_cols=1, landscape=True,
                     header=data.scope)
    widths = [width for _, width, _ in RAW_COLUMNS]
    styles = [style for _, _, style in RAW_COLUMNS]
    with book.sheet(RAW_TITLE, widths, styles=styles, page=page, autofilter_row=RAW_HEADER_ROW,
                    freeze_row=RAW_HEADER_ROW) as sheet:
        first, last = RAW_HEADER_ROW + 1, RAW_HEADER_ROW + max(len(lines), 1)
        minutes = sum(ln.billable_min for ln in lines)
        cost = sum((ln.cost for ln in lines), Decimal(0))
        # SUBTOTAL(109): the rows the filter shows; the label fits its column, its neighbours are not printed
        subtotal: list[RowItem] = [Cell(SUBTOTAL_LABEL, Style.BOLD)] + [None] * 18
        sheet.reserve(1, SUBTOTAL_LABEL, Style.BOLD)
        for col, value, style in ((20, minutes, Style.BOLD_INTEGER), (21, hours(minutes), Style.BOLD_HOURS),
                                  (22, sum(ln.travel_min for ln in lines), Style.BOLD_INTEGER),
                                  (23, cost, Style.BOLD_MONEY)):
            c = sheet.letter(col)
            subtotal.append(Cell(Formula(f"SUBTOTAL(109,{c}{first}:{c}{last})", value), style))
        sheet.append(subtotal, measure=False)
        sheet.header(RAW_HEADERS)
        clock = LocalClock(data.tz)
        for done, line in enumerate(lines):
            if done % STEP == 0:
                tick(done)
            sheet.append(_raw_row(line, clock, data))
