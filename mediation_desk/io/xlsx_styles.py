"""The fixed SpreadsheetML parts of the streaming writer: cell styles, sheet head and tail, package files."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from mediation_desk.io.xlsx_layout import FONT_NAME, FONT_SIZE, LINE_HEIGHT, TITLE_SIZE, PageFit

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
HOURS_FORMAT = "0.00"
HMM_FORMAT = "[h]:mm"
MONEY_FORMAT = "#,##0.00"
MONTH_FORMAT = "[$-410]mmmm yyyy"  # Italian month names whatever the reader's locale: "novembre 2026"


class Style(enum.IntEnum):
    """Index into ``cellXfs`` of STYLES_XML; keep both in the same order."""

    DEFAULT = 0
    TEXT = 1  # quote prefix: Excel keeps it text even when the user edits the cell
    BOLD = 2
    TITLE = 3
    HEADER = 4
    DATE = 5
    DATETIME = 6
    TIME = 7
    HOURS = 8
    HMM = 9
    MONEY = 10
    BOLD_HOURS = 11
    BOLD_HMM = 12
    BOLD_MONEY = 13
    INTEGER = 14
    BOLD_INTEGER = 15
    SIGNATURE = 16
    PERCENT = 17
    MONTH = 18  # a date shown as its month, "novembre 2026"
    WRAP = 19  # text that wraps onto more lines in a narrow column
    BOLD_WRAP = 20
    TEXT_WRAP = 21
    MARK = 22  # a text standing for a number ("<3", "x"): right-aligned like the numbers around it
    BOLD_MARK = 23


# (numFmtId, fontId, fillId, borderId, extra attributes) per Style, in order.
_XFS: tuple[tuple[int, int, int, int, str], ...] = (
    (0, 0, 0, 0, ""),
    (49, 0, 0, 0, ' quotePrefix="1" applyNumberFormat="1"'),
    (0, 1, 0, 0, ' applyFont="1"'),
    (0, 2, 0, 0, ' applyFont="1"'),
    (0, 1, 2, 1, ' applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"'),
    (164, 0, 0, 0, ' applyNumberFormat="1"'),
    (165, 0, 0, 0, ' applyNumberFormat="1"'),
    (166, 0, 0, 0, ' applyNumberFormat="1"'),
    (167, 0, 0, 0, ' applyNumberFormat="1"'),
    (168, 0, 0, 0, ' applyNumberFormat="1"'),
    (169, 0, 0, 0, ' applyNumberFormat="1"'),
    (167, 1, 0, 2, ' applyNumberFormat="1" applyFont="1" applyBorder="1"'),
    (168, 1, 0, 2, ' applyNumberFormat="1" applyFont="1" applyBorder="1"'),
    (169, 1, 0, 2, ' applyNumberFormat="1" applyFont="1" applyBorder="1"'),
    (1, 0, 0, 0, ' applyNumberFormat="1"'),
    (1, 1, 0, 2, ' applyNumberFormat="1" applyFont="1" applyBorder="1"'),
    (0, 0, 0, 1, ' applyBorder="1"'),
    (10, 0, 0, 0, ' applyNumberFormat="1"'),
    (170, 0, 0, 0, ' applyNumberFormat="1"'),
    (0, 0, 0, 0, ' applyAlignment="1"'),
    (0, 1, 0, 0, ' applyFont="1" applyAlignment="1"'),
    (49, 0, 0, 0, ' quotePrefix="1" applyNumberFormat="1"'),
    (0, 0, 0, 0, ' applyAlignment="1"'),
    (0, 1, 0, 2, ' applyFont="1" applyBorder="1" applyAlignment="1"'),
)
_WRAPPED = {Style.HEADER, Style.WRAP, Style.BOLD_WRAP, Style.TEXT_WRAP}
WRAPPING = {Style.DEFAULT: Style.WRAP, Style.BOLD: Style.BOLD_WRAP, Style.TEXT: Style.TEXT_WRAP}
BOLD_STYLES = frozenset({Style.BOLD, Style.TITLE, Style.HEADER, Style.BOLD_HOURS, Style.BOLD_HMM,
                         Style.BOLD_MONEY, Style.BOLD_INTEGER, Style.BOLD_WRAP, Style.BOLD_MARK})
assert len(_XFS) == len(Style)


def _xf(style: Style, num: int, font: int, fill: int, border: int, extra: str) -> str:
    # every cell sits at the top of its row, so a row grown for wrapped text reads line by line
    wrap = ' wrapText="1"' if style in _WRAPPED else ""
    if style is Style.MONTH:  # a month reads as a label, like the text around it
        wrap += ' horizontal="left"'
    if style in (Style.MARK, Style.BOLD_MARK):
        wrap += ' horizontal="right"'
    if "applyAlignment" not in extra:
        extra += ' applyAlignment="1"'
    return (f'<xf numFmtId="{num}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"{extra}>'
            f'<alignment vertical="top"{wrap}/></xf>')


_FORMATS = (DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT, HOURS_FORMAT, HMM_FORMAT, MONEY_FORMAT, MONTH_FORMAT)
_FONT = f'<name val="{FONT_NAME}"/><family val="2"/>'


STYLES_XML = (
    XML_DECL + f'<styleSheet xmlns="{MAIN_NS}">'
    f'<numFmts count="{len(_FORMATS)}">'
    + "".join(f'<numFmt numFmtId="{164 + i}" formatCode="{code}"/>' for i, code in enumerate(_FORMATS))
    + "</numFmts>"
    '<fonts count="3">'
    f'<font><sz val="{FONT_SIZE}"/>{_FONT}</font>'
    f'<font><b/><sz val="{FONT_SIZE}"/>{_FONT}</font>'
    f'<font><b/><sz val="{TITLE_SIZE}"/>{_FONT}</font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/>'
    "</patternFill></fill>"
    "</fills>"
    '<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>'
    '<border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border>'
    "</borders>"
    # the Normal style itself sits at the top: cells written without a style take it
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1">'
    '<alignment vertical="top"/></xf></cellStyleXfs>'
    f'<cellXfs count="{len(_XFS)}">' + "".join(_xf(Style(i), *xf) for i, xf in enumerate(_XFS)) + "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def sheet_head(widths: Sequence[float], freeze_row: int | None) -> str:
    """Everything before the first row: fit-to-page flag, frozen panes, column widths."""
    pane = ""
    if freeze_row:
        pane = (f'<pane ySplit="{freeze_row}" topLeftCell="A{freeze_row + 1}" activePane="bottomLeft"'
                ' state="frozen"/>')
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, start=1)
    )
    return (
        XML_DECL + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="{LINE_HEIGHT}"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )


def header_footer_text(text: str) -> str:
    """Literal text for a page header or footer: ``&`` starts a code there, so it is doubled."""
    return text.replace("&", "&&")


def sheet_tail(filter_ref: str | None, merged: Sequence[str], fit: PageFit, header: str = "") -> str:
    """Everything after the last row: autofilter, merged cells, A4 page set-up fitted to ``fit.pages_wide``
    pages across, a page header (``header`` on the left, the sheet's name on the right) and a footer
    "Pagina N di M"."""
    parts = ["</sheetData>"]
    if filter_ref:
        parts.append(f'<autoFilter ref="{filter_ref}"/>')
    if merged:
        parts.append(f'<mergeCells count="{len(merged)}">')
        parts += [f'<mergeCell ref="{ref}"/>' for ref in merged]
        parts.append("</mergeCells>")
    orientation = "landscape" if fit.landscape else "portrait"
    left = f"&amp;L{_escape(header_footer_text(header))}" if header else ""
    parts.append(
        '<printOptions horizontalCentered="1"/>'
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="{fit.pages_wide}"'
        ' fitToHeight="0" pageOrder="overThenDown"/>'
        f"<headerFooter><oddHeader>{left}&amp;R&amp;A</oddHeader>"
        "<oddFooter>&amp;CPagina &amp;P di &amp;N</oddFooter></headerFooter>"
        "</worksheet>"
    )
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        f"{overrides}</Types>"
    )


ROOT_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

APP_XML = (
    XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Mediation Desk</Application></Properties>"
)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def workbook_xml(titles: Sequence[str], defined_names: str) -> str:
    sheets = "".join(
        f'<sheet name="{_attr(t)}" sheetId="{i}" r:id="rId{i}"/>' for i, t in enumerate(titles, start=1)
    )
    names = f"<definedNames>{defined_names}</definedNames>" if defined_names else ""
    return (
        XML_DECL + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>{names}"
        '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
    )


def workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    styles = (
        f'<Relationship Id="rId{sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
    )
    return XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">{rels}{styles}</Relationships>'
