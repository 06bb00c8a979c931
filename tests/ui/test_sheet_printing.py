"""Printing the scheda and the foglio firme: the pages painted on a QPrinter (here writing a PDF file, as a
printer driver would receive them) are A4, as many as the sheet's, and look like the sheet itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from mediation_desk.scheduling.model import BookingId, MediatorId
from mediation_desk.services import sheets
from mediation_desk.ui.bookings import sheet_actions
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.reports.reports_view import ReportsView
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.print_support import gray_pixels, pdf_pages
from tests.ui.support import Clock, when_modal

A4 = (595.0, 842.0)


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi asked, rendered at 600
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _near(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    return all(abs(a - b) < 1.5 for a, b in zip(size, expected, strict=True))


def _compare(printed: Path, source: Path, page: int) -> tuple[float, float]:
    """Share of dark pixels on the printed page, and the mean difference from the source page (0-255)."""
    w1, h1, ink = gray_pixels(printed, page)
    w2, h2, original = gray_pixels(source, page)
    assert (w1, h1) == (w2, h2)
    dark = sum(1 for p in ink if p < 128) / len(ink)
    difference = sum(abs(a - b) for a, b in zip(ink, original, strict=True)) / len(ink)
    return dark, difference


def test_the_printed_scheda_is_one_a4_page_like_the_pdf(window: MainWindow, qtbot: Any,
                                                         tmp_path: Path) -> None:
    printed, source = tmp_path / "stampata.pdf", tmp_path / "scheda.pdf"
    sheets.write_intervention_sheet(window.context.db, BookingId("B00002"), source)
    done: list[int] = []
    job = sheet_actions.print_intervention_sheet_dialog(
        window, window.context, _booking(window, "B00002"), _file_printer(printed), ask=False,
        on_done=done.append)
    assert job is not None  # printing runs in the background, behind a progress dialog
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done == [1]
    sizes = pdf_pages(printed)
    assert len(sizes) == 1 and _near(sizes[0], A4)
    dark, difference = _compare(printed, source, 1)
    assert dark > 0.01  # text, boxes and signature lines: not a blank page
    assert difference < 8  # the same page, up to anti-aliasing


def test_the_printed_foglio_firme_has_the_pages_of_the_pdf(window: MainWindow, clock: Clock, qtbot: Any,
                                                           tmp_path: Path) -> None:
    clock.now = rome(2026, 12, 30, 15)
    window.go_to("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    view.sheet_of.setCurrentIndex(view.sheet_of.findData("mediator:M001"))
    source, printed = tmp_path / "foglio.pdf", tmp_path / "stampato.pdf"
    sheets.write_monthly_sheet(window.context.db, view.period()[0], source, mediator=MediatorId("M001"))
    done: list[int] = []
    view.print_signature_sheet_dialog(_file_printer(printed), ask=False, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    expected = pdf_pages(source)
    assert done == [len(expected)] and len(pdf_pages(printed)) == len(expected)
    for number, (size, wanted) in enumerate(zip(pdf_pages(printed), expected, strict=True), start=1):
        assert _near(size, wanted) and (_near(size, A4) or _near(size, A4[::-1]))
        dark, difference = _compare(printed, source, number)
        assert dark > 0.005 and difference < 8


def test_the_print_button_opens_the_system_print_dialog_for_the_one_page(window: MainWindow, qtbot: Any
                                                                         ) -> None:
    window.go_to("requests", "R00001")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        seen.append(f"{dialog.windowTitle()}|{dialog.minPage()}-{dialog.maxPage()}")
        dialog.reject()  # the coordinator steps back: nothing printed

    when_modal(qtbot, look, QPrintDialog)
    assert view.booking_buttons.sheet_button.text() == "Stampa scheda…"
    view.booking_buttons.sheet_button.click()
    assert seen == ["Scheda intervento B00002|1-1"]


def _booking(window: MainWindow, booking_id: str) -> Any:
    from mediation_desk.services import lookups

    return lookups.get_booking(window.context.db, BookingId(booking_id))


def test_stopping_a_print_paints_no_further_page(tmp_path: Path, qapp: Any) -> None:
    from mediation_desk.ui.common.pdf_printing import PrintStopped, print_pdf
    from tests.scan_samples import pdf_scan

    out = tmp_path / "fermata.pdf"
    printer = _file_printer(out)
    printer.setResolution(150)
    pages: list[int] = []
    try:
        print_pdf(printer, pdf_scan(3), progress=lambda done, _total: pages.append(done),
                  should_stop=lambda: len(pages) >= 1)
    except PrintStopped:
        pass
    else:
        raise AssertionError("not stopped")
    assert pages == [1]
    # PDF output cannot abort (printer.abort() is False there): the page painted stays, no other follows
    assert len(pdf_pages(out)) == 1
