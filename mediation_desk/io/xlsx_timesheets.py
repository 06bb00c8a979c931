"""Monthly timesheets: one printable sheet per mediator, a row per billed intervention, totals as formulas."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from mediation_desk.io.xlsx_billing_notes import billing_note
from mediation_desk.io.xlsx_common import (
    CHARGE_LABELS,
    MODE_LABELS,
    PARTY_LABELS,
    ExportCancelled,
    Progress,
    ShouldStop,
    day_fraction,
    hours,
    local_naive,
    month_label,
    never_stop,
    no_progress,
)
from mediation_desk.io.xlsx_writer import (
    Cell,
    Fit,
    Formula,
    PageSetup,
    RowItem,
    SheetWriter,
    Style,
    WorkbookWriter,
)
from mediation_desk.scheduling.billing import BillingLine, BillingRule, Charge
from mediation_desk.scheduling.model import Project

HEADERS = ("Data", "Ente", "Progetto", "Lingua", "Modalità", "Orario", "Esito", "Ore", "Ore (h:mm)",
           "Minuti", "Viaggio (min)", "Regola di fatturazione")
WIDTHS = (Fit(10.5, 12), Fit(8, 28), Fit(8, 22), Fit(6, 12), Fit(6, 12), Fit(10, 12), Fit(8, 22),
          Fit(5, 8), Fit(5, 8), Fit(5, 8), Fit(5, 9), Fit(10, 30))
STYLES = (Style.DATE, Style.DEFAULT, Style.DEFAULT, Style.DEFAULT, Style.DEFAULT, Style.DEFAULT,
          Style.DEFAULT, Style.HOURS, Style.HMM, Style.INTEGER, Style.INTEGER, Style.DEFAULT)
HEADER_ROW = 6  # rows 1..6 repeat on every printed page
COL_HOURS, COL_HMM, COL_MIN, COL_TRAVEL = 8, 9, 10, 11
LABELS = ("Mese", "Mediatore", "Progetti", "Finanziatori")
NO_PROJECT = "(senza progetto)"
TRAVEL_NOTE = "I minuti di viaggio sono riportati a parte e non sono fatturati come ore di mediazione."


@dataclass(frozen=True)
class TimesheetInput:
    """One month of billing lines (bookings that start in the month) and the projects they name."""

    service_name: str
    month: dt.date  # any day of the month
    tz: dt.tzinfo
    lines: Sequence[BillingLine]
    projects: Mapping[str, Project]
    languages: Mapping[str, str] = field(default_factory=dict)  # code -> name
    rules: Mapping[str, BillingRule] = field(default_factory=dict)  # project code -> its billing rule


@dataclass
class TimesheetTotals:
    """Billable minutes per mediator and project, as written: the figures the sheets must show."""

    minutes: dict[str, dict[str, int]] = field(default_factory=dict)  # mediator id -> project -> minutes
    sheets: dict[str, str] = field(default_factory=dict)  # mediator id -> sheet title

    def of_mediator(self, mediator_id: str) -> int:
        return sum(self.minutes.get(mediator_id, {}).values())


def _by_mediator(lines: Sequence[BillingLine]) -> dict[str, list[BillingLine]]:
    groups: dict[str, list[BillingLine]] = defaultdict(list)
    for line in lines:
        if line.charge is not Charge.NONE:
            groups[line.booking.mediator].append(line)
    return groups


def write_timesheets(
    target: str | Path | IO[bytes], data: TimesheetInput, *,
    progress: Progress = no_progress, should_stop: ShouldStop = never_stop,
) -> TimesheetTotals:
    """Write the month's timesheets to ``target``; raise ExportCancelled when ``should_stop`` says so."""
    groups = _by_mediator(data.lines)
    order = sorted(groups, key=lambda mid: (groups[mid][0].mediator_name.casefold(), mid))
    totals = TimesheetTotals()
    with WorkbookWriter(target, header=data.service_name) as book:
        for done, mediator_id in enumerate(order):
            if should_stop():
                raise ExportCancelled
            progress(done, len(order))
            lines = groups[mediator_id]
            title = book.unique_title(f"{mediator_id} {lines[0].mediator_name}")
            totals.sheets[mediator_id] = title
            page = PageSetup(title_rows=(1, HEADER_ROW), one_page_wide=True)
            with book.sheet(title, WIDTHS, styles=STYLES, page=page, freeze_row=HEADER_ROW) as sheet:
                totals.minutes[mediator_id] = _write_mediator(sheet, data, mediator_id, lines)
        progress(len(order), len(order))
    return totals


def _write_header(sheet: SheetWriter, data: TimesheetInput, mediator_id: str, lines: list[BillingLine],
                  codes: list[str]) -> None:
    sheet.append([Cell(f"Foglio ore mensile — {month_label(data.month)}", Style.TITLE)], measure=False)
    named = [data.projects[c] for c in codes if c in data.projects]
    funders = sorted({p.funder for p in named if p.funder})
    month = Cell(data.month.replace(day=1), Style.MONTH)  # a real date, shown "novembre 2026"
    values: list[Cell] = [month, Cell(f"{lines[0].mediator_name} ({mediator_id})", Style.WRAP),
                          Cell("; ".join(f"{p.code} – {p.name}" for p in named), Style.WRAP),
                          Cell("; ".join(funders), Style.WRAP)]
    for label, value in zip(LABELS, values, strict=True):
        sheet.reserve(1, label, Style.BOLD)
        row = sheet.append_late([Cell(label, Style.BOLD), value])
        sheet.merge(row, 2, len(HEADERS))
    sheet.header(HEADERS)


def _outcome(line: BillingLine) -> str:
    """What the line bills, and who called it off when it is a cancellation or a no-show."""
    party = line.booking.cancelled_by
    if line.charge is Charge.DELIVERED or party is None:
        return CHARGE_LABELS[line.charge]
    return f"{CHARGE_LABELS[line.charge]} ({PARTY_LABELS[party]})"


def _line_row(line: BillingLine, data: TimesheetInput) -> list[RowItem]:
    start = local_naive(line.booking.start, data.tz)
    end = local_naive(line.booking.end, data.tz)
    project = data.projects.get(line.project)
    return [start.date(), line.agency_name, project.name if project else line.project,
            data.languages.get(line.language, line.language), MODE_LABELS[line.mode],
            f"{start:%H:%M}–{end:%H:%M}", _outcome(line), hours(line.billable_min),
            day_fraction(line.billable_min), line.billable_min, line.travel_min,
            billing_note(line, data.rules)]


def _total_row(sheet: SheetWriter, label: str, spans: Sequence[tuple[int, int]], minutes: int,
               travel: int) -> int:
    """A bold row of SUM formulas over the row ``spans`` (first, last), with the app's values cached."""

    def total(col: int, value: float | int) -> Formula:
        c = sheet.letter(col)
        refs = [f"{c}{a}" if a == b else f"{c}{a}:{c}{b}" for a, b in spans]
        return Formula("SUM(" + ",".join(refs) + ")", value)

    return sheet.append([
        None, Cell(label, Style.BOLD), None, None, None, None, None,
        Cell(total(COL_HOURS, hours(minutes)), Style.BOLD_HOURS),
        Cell(total(COL_HMM, day_fraction(minutes)), Style.BOLD_HMM),
        Cell(total(COL_MIN, minutes), Style.BOLD_INTEGER),
        Cell(total(COL_TRAVEL, travel), Style.BOLD_INTEGER),
    ], measure=False)


def _write_mediator(sheet: SheetWriter, data: TimesheetInput, mediator_id: str,
                    lines: list[BillingLine]) -> dict[str, int]:
    by_project: dict[str, list[BillingLine]] = defaultdict(list)
    for line in lines:
        by_project[line.project].append(line)
    codes = sorted(by_project, key=lambda c: (c == "", c))
    _write_header(sheet, data, mediator_id, lines, codes)
    minutes: dict[str, int] = {}
    subtotal_rows: list[tuple[int, int]] = []
    travel_total = 0
    for code in codes:
        group = sorted(by_project[code], key=lambda ln: (ln.booking.start, ln.booking.id))
        first = sheet.next_row
        for line in group:
            sheet.append(_line_row(line, data))
        last = sheet.row_count
        minutes[code] = sum(ln.billable_min for ln in group)
        travel = sum(ln.travel_min for ln in group)
        travel_total += travel
        project = data.projects.get(code)
        label = f"Totale progetto {code}" + (f" – {project.name}" if project else "") if code \
            else f"Totale {NO_PROJECT}"
        row = _total_row(sheet, label, [(first, last)], minutes[code], travel)
        subtotal_rows.append((row, row))
        sheet.append()
    _total_row(sheet, "Totale del mese", subtotal_rows, sum(minutes.values()), travel_total)
    sheet.append()
    note = sheet.append_late([Cell(TRAVEL_NOTE, Style.WRAP)])
    sheet.merge(note, 1, len(HEADERS))
    sheet.append()
    for who in ("Firma del mediatore", "Firma del coordinatore"):
        sheet.append()
        sign = Cell(None, Style.SIGNATURE)
        date = Cell("Data", Style.BOLD)
        sheet.append([Cell(who, Style.BOLD), None, sign, sign, sign, None, date, sign, sign], measure=False)
    return minutes
