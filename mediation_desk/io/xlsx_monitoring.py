"""The "Monitoraggio" sheet of the hour report: interventions and people reached, small counts hidden.

The counts and how to show each one come protected from the service
(``services.monitoring_report``); here they become rows: a count 1 or 2 is
written "<3", a count hidden so that no "<3" can be worked out by subtraction
is written "x", the others as numbers. Four blocks (month and project,
nationality, agency kind, area) each close with the same total row.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mediation_desk.io.xlsx_common import AGENCY_KIND_LABELS
from mediation_desk.io.xlsx_writer import Cell, Fit, PageSetup, RowItem, SheetWriter, Style, WorkbookWriter
from mediation_desk.scheduling.disclosure import SMALL_BELOW, Mark

SHEET_TITLE = "Monitoraggio"
COLUMNS = ("interventions", "with_data", "people", "women", "men", "gender_unknown", "minors", "adults",
           "age_unknown")
HEADERS = ("Interventi svolti", "di cui con dati sulle persone", "Persone raggiunte", "Donne", "Uomini",
           "Genere non indicato", "Minori", "Adulti", "Età non indicata")
SMALL_TEXT = f"<{SMALL_BELOW}"
HIDDEN_TEXT = "x"
LABEL_COLUMNS = 2  # every block: two label columns, then the counts
NO_PROJECT = "(senza progetto)"


class Dimension(enum.StrEnum):
    MONTH_PROJECT = "month_project"  # key: ("YYYY-MM", project code or "")
    NATIONALITY = "nationality"  # key: (nationality as first written, "" not stated)
    AGENCY_KIND = "agency_kind"  # key: (AgencyKind value,)
    AREA = "area"  # key: (area code,)


BLOCK_TITLES = {
    Dimension.MONTH_PROJECT: ("Per mese e progetto", "Mese", "Progetto"),
    Dimension.NATIONALITY: ("Per nazionalità", "Nazionalità", ""),
    Dimension.AGENCY_KIND: ("Per tipo di ente", "Tipo di ente", ""),
    Dimension.AREA: ("Per ambito", "Ambito", "Codice"),
}


@dataclass(frozen=True)
class ShownCell:
    value: int
    mark: Mark


@dataclass(frozen=True)
class TableRow:
    key: tuple[str, ...]
    cells: tuple[ShownCell, ...]  # one per COLUMNS


@dataclass(frozen=True)
class MonitoringBlock:
    dimension: Dimension
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class MonitoringTables:
    blocks: tuple[MonitoringBlock, ...]
    total: TableRow  # the same total closes every block


def shown(cell: ShownCell) -> int | str:
    """What the sheet says for ``cell``: the number, or the mark that hides it."""
    if cell.mark is Mark.SMALL:
        return SMALL_TEXT
    if cell.mark is Mark.HIDDEN:
        return HIDDEN_TEXT
    return cell.value


def month_date(key: str) -> dt.date:
    """"2026-11" -> 1 November 2026 (the cell shows "novembre 2026", as on the report's other sheets)."""
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)


def write_monitoring(book: WorkbookWriter, tables: MonitoringTables, scope: str,
                     project_label: Callable[[str], str], area_names: Mapping[str, str]) -> None:
    """The sheet, after the report's others; ``scope``: the line under the title (service, period)."""
    widths = [Fit(12, 24), Fit(8, 30)] + [Fit(7, 11)] * len(COLUMNS)
    with book.sheet(SHEET_TITLE, widths, page=PageSetup()) as sheet:
        sheet.title(
            "Monitoraggio: interventi svolti e persone raggiunte", scope,
            f"Conteggi di 1 o 2 scritti «{SMALL_TEXT}». «{HIDDEN_TEXT}»: conteggio oscurato (soppressione "
            f"secondaria) perché dai totali e dalle altre celle non si possa ricavare un conteggio sotto 3.",
            "Interventi svolti: chiusi con gli orari effettivi. Persone: solo degli interventi con dati "
            "registrati; nazionalità dell'intervento, altrimenti quella indicata nella richiesta.",
            span=LABEL_COLUMNS + len(COLUMNS))
        for block in tables.blocks:
            sheet.append()
            _block(sheet, block, tables.total, project_label, area_names)


def _block(sheet: SheetWriter, block: MonitoringBlock, total: TableRow, project_label: Callable[[str], str],
           area_names: Mapping[str, str]) -> None:
    title, first, second = BLOCK_TITLES[block.dimension]
    sheet.append([Cell(title, Style.BOLD)], measure=False)
    sheet.header([first, second, *HEADERS])
    for row in block.rows:
        sheet.append([*_labels(block.dimension, row.key, project_label, area_names),
                      *(_cell(c, bold=False) for c in row.cells)])
    sheet.append([Cell("Totale", Style.BOLD), None] + [_cell(c, bold=True) for c in total.cells])


def _cell(cell: ShownCell, *, bold: bool) -> Cell:
    value = shown(cell)
    if isinstance(value, int):
        return Cell(value, Style.BOLD_INTEGER if bold else Style.INTEGER)
    return Cell(value, Style.BOLD_MARK if bold else Style.MARK)


def _labels(dimension: Dimension, key: tuple[str, ...], project_label: Callable[[str], str],
            area_names: Mapping[str, str]) -> list[RowItem]:
    if dimension is Dimension.MONTH_PROJECT:
        month, project = key
        return [Cell(month_date(month), Style.MONTH), project_label(project) if project else NO_PROJECT]
    if dimension is Dimension.NATIONALITY:
        return [key[0] or "Non indicata", None]
    if dimension is Dimension.AGENCY_KIND:
        return [AGENCY_KIND_LABELS.get(key[0], key[0]), None]
    return [area_names.get(key[0], key[0]), key[0]]
