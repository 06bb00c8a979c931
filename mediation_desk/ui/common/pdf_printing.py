"""Print a PDF through Qt's printing: each page rendered by PDFium, painted onto the QPrinter.

PySide6-Essentials has no QtPdf, so the pages of the ReportLab PDF are
rasterised with pypdfium2 (PDFium, the renderer of Chromium) at the printer's
resolution, capped at ``MAX_DPI`` so an A4 page stays a bounded image
(600 dpi: 4960 × 7016 pixels, 139 MB; a high-resolution QPrinter asks 1200),
and drawn on the whole sheet: the PDF's own margins are the printed margins.
Each page sets the printer's paper to the PDF page's size (A4 for our sheets).
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600
POINTS_PER_INCH = 72.0


class PrintFailed(Exception):
    """The printer could not be opened for painting (no printer, a file that cannot be written)."""


def _page_size(width_pt: float, height_pt: float) -> QPageSize:
    """The standard paper of that size when there is one (A4 for our sheets), else a custom one."""
    fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch
    return QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", fuzzy)


def _layout(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    portrait = height_pt >= width_pt
    size = _page_size(min(width_pt, height_pt), max(width_pt, height_pt))
    orientation = QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))


def page_count(data: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def render_page(page: object, dpi: float) -> QImage:
    """One PDF page as an opaque RGB image of ``dpi`` dots per inch (a copy owning its pixels)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,  # type: ignore[attr-defined]
                         prefer_bgrx=True, fill_color=(255, 255, 255, 255))
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGBX8888)
    return image.copy()  # the bytes above go when this function returns


def print_pdf(printer: QPrinter, data: bytes, first: int = 1, last: int = 0) -> int:
    """Paint pages ``first``..``last`` (1-based, inclusive; 0: to the end) of the PDF ``data`` on ``printer``.

    Returns how many pages went to the printer. Copies, duplex and the printer
    itself are the print dialog's business, already set on ``printer``.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        pages = len(document)
        last = pages if last <= 0 else min(last, pages)
        chosen = range(max(first, 1) - 1, last)
        if not chosen:
            return 0
        printer.setFullPage(True)  # coordinates from the paper's corner: the PDF carries its margins
        dpi = min(printer.resolution(), MAX_DPI)
        for count, index in enumerate(chosen):
            page = document[index]
            width_pt, height_pt = page.get_size()
            _layout(printer, width_pt, height_pt)
            if count == 0:
                if not painter.begin(printer):
                    raise PrintFailed
            elif not printer.newPage():
                raise PrintFailed
            image = render_page(page, dpi)
            page.close()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
        return len(chosen)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
