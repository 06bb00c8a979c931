"""Signed proof of interventions as A4 PDF: the *scheda intervento* of a booking, the monthly *foglio firme*.

Both are documents for Italian agencies and funders' auditors, so they are in
Italian whatever the interface language (like the Excel exports). They are
drawn with ReportLab's page layout (tables that split across pages with their
header repeated), from plain values the service has already looked up: names,
never codes, and local wall-clock dates and times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mediation_desk.io.xlsx_common import MODE_LABELS, month_label
from mediation_desk.scheduling.model import Mode

MARGIN = 15 * mm
BLANK_TIME = "____ : ____"
SIGNATURE_LINE = "_" * 38
NO_VALUE = "—"
GRID = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e6e6e6")
ATTESTATION = "Con la firma si attesta che l'intervento si è svolto negli orari effettivi indicati."
ROW_ATTESTATION = "Ogni riga firmata attesta che l'intervento si è svolto negli orari effettivi indicati."


@dataclass(frozen=True)
class InterventionSheet:
    """What the scheda intervento of one booking shows, every value already in words."""

    service_name: str
    booking_id: str
    request_id: str
    project: str  # "name (code)", or "" when the request has no project
    funder: str
    agency: str
    agency_address: str
    referente: str
    contact_on_site: str
    mediator: str
    language: str  # the language's name
    mode: Mode
    place: str
    start: dt.datetime  # local wall clock
    end: dt.datetime  # local wall clock
    case: str = ""


@dataclass(frozen=True)
class SheetLine:
    """One intervention on a monthly foglio firme."""

    booking_id: str
    start: dt.datetime  # local wall clock
    end: dt.datetime
    agency: str
    mediator: str
    language: str
    mode: Mode
    project: str


@dataclass(frozen=True)
class MonthlySheet:
    """The foglio firme of one month: of one agency, of one mediator, or of the whole service."""

    service_name: str
    month: dt.date  # any day of the month
    agency: str = ""  # the agency's name when the sheet is one agency's
    mediator: str = ""  # the mediator's name when the sheet is one mediator's
    lines: Sequence[SheetLine] = ()


def day_text(day: dt.date | dt.datetime) -> str:
    return f"{day:%d/%m/%Y}"


def time_range(start: dt.datetime, end: dt.datetime) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=16, leading=20, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=base["Normal"], alignment=TA_CENTER, fontSize=10,
                                   leading=13, spaceAfter=5 * mm),
        "label": ParagraphStyle("label", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=9.5,
                                leading=12),
        "value": ParagraphStyle("value", parent=base["Normal"], fontSize=10, leading=13),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=8.5,
                               leading=10.5),
        "note": ParagraphStyle("note", parent=base["Normal"], fontSize=8.5, leading=11),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or NO_VALUE).replace("\n", "<br/>"), style)


def _grid(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


def _footer(service_name: str, title: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        width, _height = doc.pagesize
        canvas.drawString(MARGIN, 8 * mm, f"{service_name} · {title}")
        canvas.drawRightString(width - MARGIN, 8 * mm, f"Pagina {doc.page}")
        canvas.restoreState()

    return draw


def _document(out: BytesIO, *, pagesize: tuple[float, float], title: str, subject: str,
              author: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                             topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title, subject=subject,
                             author=author, creator="Mediation Desk", lang="it-IT")


def intervention_pdf(sheet: InterventionSheet) -> bytes:
    """The scheda intervento: the booking's facts, blank lines for the actual times, two signatures."""
    st = _styles()
    out = BytesIO()
    title = "Scheda intervento di mediazione interculturale"
    doc = _document(out, pagesize=A4, title=title, subject=f"Intervento {sheet.booking_id}",
                    author=sheet.service_name)
    facts = [
        ("Servizio", sheet.service_name),
        ("Progetto", sheet.project),
        ("Ente finanziatore", sheet.funder),
        ("Ente richiedente", sheet.agency),
        ("Indirizzo dell'ente", sheet.agency_address),
        ("Referente", sheet.referente),
        ("Contatto sul posto", sheet.contact_on_site),
        ("Mediatore/mediatrice", sheet.mediator),
        ("Lingua", sheet.language),
        ("Modalità", MODE_LABELS.get(sheet.mode, str(sheet.mode))),
        ("Luogo", sheet.place),
        ("Data", day_text(sheet.start)),
        ("Orario prenotato", time_range(sheet.start, sheet.end)),
        ("Codice intervento", f"{sheet.booking_id} (richiesta {sheet.request_id})"),
    ]
    if sheet.case:
        facts.append(("Caso", sheet.case))
    width = doc.width
    table = Table([[_p(label, st["label"]), _p(value, st["value"])] for label, value in facts],
                  colWidths=[52 * mm, width - 52 * mm])
    table.setStyle(_grid([("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)]))
    actual = Table(
        [[_p("Ora effettiva di inizio", st["label"]), _p(BLANK_TIME, st["value"]),
          _p("Ora effettiva di fine", st["label"]), _p(BLANK_TIME, st["value"])],
         [_p("Note", st["label"]), _p("\n\n", st["value"]), "", ""]],
        colWidths=[45 * mm, width / 2 - 45 * mm, 45 * mm, width / 2 - 45 * mm],
        rowHeights=[11 * mm, 24 * mm],
    )
    actual.setStyle(_grid([("SPAN", (1, 1), (3, 1)), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                           ("BACKGROUND", (2, 0), (2, 0), HEADER_FILL)]))
    signatures = Table(
        [[_p("Firma dell'operatore dell'ente", st["label"]),
          _p("Firma del mediatore/della mediatrice", st["label"])],
         [_p("Nome e cognome: " + "_" * 28, st["value"]), _p(sheet.mediator, st["value"])],
         ["", ""],
         [_p(SIGNATURE_LINE, st["value"]), _p(SIGNATURE_LINE, st["value"])]],
        colWidths=[width / 2, width / 2], rowHeights=[None, None, 14 * mm, None],
    )
    signatures.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.5, GRID), ("BOX", (1, 0), (1, -1), 0.5, GRID),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        _p(title, st["title"]),
        _p(f"{sheet.service_name} · intervento del {day_text(sheet.start)}", st["subtitle"]),
        table,
        Spacer(1, 6 * mm),
        _p("Da compilare a cura dell'ente al termine dell'intervento", st["label"]),
        Spacer(1, 2 * mm),
        actual,
        Spacer(1, 6 * mm),
        _p(ATTESTATION, st["note"]),
        Spacer(1, 3 * mm),
        signatures,
        Spacer(1, 4 * mm),
        _p("Data: ____/____/________", st["value"]),
    ]
    footer = _footer(sheet.service_name, f"scheda intervento {sheet.booking_id}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def monthly_title(sheet: MonthlySheet) -> str:
    whose = (f"ente {sheet.agency}" if sheet.agency else f"mediatore/mediatrice {sheet.mediator}"
             if sheet.mediator else "tutti gli enti")
    return f"Foglio firme di {month_label(sheet.month)} – {whose}"


def monthly_pdf(sheet: MonthlySheet) -> bytes:
    """The foglio firme of a month: one row per intervention, with the actual times and two signatures."""
    st = _styles()
    out = BytesIO()
    title = monthly_title(sheet)
    pagesize = landscape(A4)
    doc = _document(out, pagesize=pagesize, title=title, subject=f"Foglio firme {sheet.month:%Y-%m}",
                    author=sheet.service_name)
    # the column that names the sheet's own agency or mediator would repeat one value on every row
    columns: list[tuple[str, float]] = [("N.", 8), ("Data", 19), ("Orario prenotato", 20)]
    if not sheet.agency:
        columns.append(("Ente", 40))
    if not sheet.mediator:
        columns.append(("Mediatore/ mediatrice", 33))
    columns += [("Lingua", 18), ("Modalità", 17), ("Progetto", 28), ("Inizio effettivo", 16),
                ("Fine effettiva", 16), ("Firma operatore dell'ente", 0), ("Firma mediatore/ mediatrice", 0)]
    fixed = sum(w for _, w in columns) * mm
    free = (doc.width - fixed) / 2  # the two signature columns share what is left: 25 mm at least
    widths = [w * mm if w else free for _, w in columns]
    rows: list[list[Any]] = [[_p(name, st["head"]) for name, _ in columns]]
    for number, line in enumerate(sorted(sheet.lines, key=lambda ln: (ln.start, ln.booking_id)), start=1):
        row: list[Any] = [str(number), day_text(line.start), time_range(line.start, line.end)]
        if not sheet.agency:
            row.append(_p(line.agency, st["cell"]))
        if not sheet.mediator:
            row.append(_p(line.mediator, st["cell"]))
        row += [_p(line.language, st["cell"]), _p(MODE_LABELS.get(line.mode, str(line.mode)), st["cell"]),
                _p(line.project, st["cell"]), "", "", "", ""]
        rows.append([_p(c, st["cell"]) if isinstance(c, str) and c else c for c in row])
    if not sheet.lines:
        rows.append([_p("Nessun intervento nel mese.", st["cell"])] + [""] * (len(columns) - 1))
    table = Table(rows, colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [12 * mm] * (len(rows) - 1))
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if not sheet.lines:
        extra.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(_grid(extra))
    story = [
        _p(title, st["title"]),
        _p(f"{sheet.service_name} · interventi: {len(sheet.lines)}", st["subtitle"]),
        table,
        Spacer(1, 5 * mm),
        _p(ROW_ATTESTATION, st["note"]),
    ]
    footer = _footer(sheet.service_name, f"foglio firme {sheet.month:%m/%Y}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
