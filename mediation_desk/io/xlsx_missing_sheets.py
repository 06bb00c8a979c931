"""The hour report's sheet of closed interventions whose signed scheda has not come back (for auditors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from mediation_desk.io.xlsx_common import MODE_LABELS, OUTCOME_LABELS
from mediation_desk.io.xlsx_writer import Cell, Fit, PageSetup, Style, WorkbookWriter

TITLE = "Fogli firma mancanti"
HEADERS = ("Prenotazione", "Richiesta", "Data", "Orario", "Ente", "Mediatore", "Lingua", "Modalità",
           "Progetto", "Esito")
WIDTHS = (Fit(10, 13), Fit(8, 11), Fit(11, 12), Fit(11, 12), Fit(14, 30), Fit(12, 24), Fit(8, 14),
          Fit(9, 12), Fit(12, 26), Fit(9, 24))
HEADER_ROW = 3  # title, the period and count, then the header: repeated on every printed page


@dataclass(frozen=True)
class MissingSheetLine:
    """A closed intervention (delivered, or the person assisted did not come) with no signed sheet recorded.

    ``start`` and ``end`` are the service's wall-clock times (naive); names, never codes.
    """

    booking_id: str
    request_id: str
    start: dt.datetime
    end: dt.datetime
    agency: str
    mediator: str
    language: str
    mode: str
    project: str
    outcome: str


def write_missing_sheets(book: WorkbookWriter, lines: Sequence[MissingSheetLine], scope: str) -> None:
    """One sheet listing ``lines`` (closed interventions without a signed sheet), or saying there are none;
    ``scope`` is the line under the title (the service and the period)."""
    page = PageSetup(title_rows=(HEADER_ROW, HEADER_ROW))  # portrait or landscape: as the columns fit
    with book.sheet(TITLE, WIDTHS, page=page, autofilter_row=HEADER_ROW if lines else None,
                    freeze_row=HEADER_ROW) as sheet:
        count = (f"{len(lines)} interventi chiusi senza foglio firmato rientrato" if lines
                 else "ogni intervento chiuso ha il suo foglio firmato")
        sheet.title("Interventi chiusi senza foglio firme firmato", f"{scope} — {count}", span=len(HEADERS))
        sheet.header(HEADERS)
        for line in sorted(lines, key=lambda ln: (ln.start, ln.booking_id)):
            sheet.append([
                Cell(line.booking_id, Style.TEXT), Cell(line.request_id, Style.TEXT),
                Cell(line.start.date(), Style.DATE), f"{line.start:%H:%M}–{line.end:%H:%M}",
                line.agency, line.mediator, line.language, MODE_LABELS.get(line.mode, line.mode),
                line.project, OUTCOME_LABELS.get(line.outcome, line.outcome),
            ])
