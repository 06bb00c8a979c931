"""Print a PDF through Qt's printing: each page rendered by PDFium, painted onto the QPrinter.

PySide6-Essentials has no QtPdf, so the pages of the ReportLab PDF are
rasterised with pypdfium2 (PDFium, the renderer of Chromium) at the printer's
resolution, capped at ``MAX_DPI`` so an A4 page stays a bounded image
(600 dpi: 4960 × 7016 pixels, 139 MB; a high-resolution QPrinter asks 1200),
and drawn on the whole sheet: the PDF's own margins are the printed margins.
Each page sets the printer's paper to the PDF page's size (A4 for our sheets).
Rendering a page takes a second or two, so the window prints in a background
job (QPainter may paint on a QPrinter outside the GUI thread), with progress
and a way to stop: a stopped job paints no further page.
"""

from __future__ import annotations

from collections.abc import Callable

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
    bitmap = _bitmap(page, dpi)
    return _image(bitmap).copy()  # the bitmap's memory goes with it


def _bitmap(page: object, dpi: float) -> object:
    return page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,  # type: ignore[attr-defined]
                       prefer_bgrx=True, fill_color=(255, 255, 255, 255))


def _image(bitmap: object) -> QImage:
    """A QImage over the bitmap's own pixels, no copy: valid while ``bitmap`` lives."""
    b: object = bitmap
    return QImage(memoryview(b.buffer).cast("B"), b.width, b.height, b.stride,  # type: ignore[attr-defined]
                  QImage.Format.Format_RGBX8888)


class PrintStopped(Exception):
    """The user stopped printing: the print job was aborted."""


def print_pdf(printer: QPrinter, data: bytes, first: int = 1, last: int = 0, *,
              progress: Callable[[int, int], None] | None = None,
              should_stop: Callable[[], bool] | None = None) -> int:
    """Paint pages ``first``..``last`` (1-based, inclusive; 0: to the end) of the PDF ``data`` on ``printer``.

    Returns how many pages went to the printer. Copies, duplex and the printer
    itself are the print dialog's business, already set on ``printer``.
    ``progress(done, total)`` after each page; ``should_stop()`` true paints no
    further page, aborts the job where the print system can, and raises PrintStopped.
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
            if should_stop is not None and should_stop():
                # drops the pages painted so far where the print system can (Windows); CUPS and PDF
                # output cannot abort: there the pages already painted go out, and no further one
                printer.abort()
                raise PrintStopped
            page = document[index]
            width_pt, height_pt = page.get_size()
            _layout(printer, width_pt, height_pt)
            if count == 0:
                if not painter.begin(printer):
                    raise PrintFailed
            elif not printer.newPage():
                raise PrintFailed
            bitmap = _bitmap(page, dpi)  # one page's pixels at a time, painted straight from PDFium's memory
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), _image(bitmap))
            del bitmap
            page.close()
            if progress is not None:
                progress(count + 1, len(chosen))
        return len(chosen)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
