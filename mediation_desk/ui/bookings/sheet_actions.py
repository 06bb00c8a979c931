"""Print the signed proof of interventions: the scheda intervento of a booking, the monthly foglio firme.

The sheets are A4 PDFs made by the service (``services.sheets``). The window
prints them through the system's print dialog (``ui.common.pdf_printing``
paints the PDF's pages on the printer), or saves them where the coordinator
chooses and opens the file in the system's PDF viewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import AgencyId, Booking, BookingStatus, MediatorId
from mediation_desk.services import sheets
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import errors
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Cancelled, JobRunner, Progress, run_with_progress
from mediation_desk.ui.common.pdf_printing import PrintFailed, PrintStopped, page_count, print_pdf


def can_print(booking: Booking | None) -> bool:
    return booking is not None and booking.status is not BookingStatus.CANCELLED


def _target(parent: QWidget, context: AppContext, title: str, name: str) -> str:
    folder = context.settings.last_folder
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name) if folder else name,
        translate("SheetActions", "PDF document (*.pdf)"))
    if path:
        context.settings.last_folder = str(Path(path).parent)
    return path


def _refused(parent: QWidget, exc: Exception) -> None:
    if isinstance(exc, OSError):
        message = translate("SheetActions", "The file could not be written: {reason}").format(
            reason=exc.strerror or str(exc))
    else:
        message = errors.error_text(exc)
    QMessageBox.warning(parent, translate("SheetActions", "Sheet not written"), message)


def _open(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_intervention_sheet(parent: QWidget, context: AppContext, booking: Booking, path: str | None = None,
                             *, open_after: bool = True) -> Path | None:
    """Write the scheda intervento of ``booking`` (asking where unless ``path``), then open it to print."""
    path = path or _target(parent, context, translate("SheetActions", "Print intervention sheet"),
                           f"scheda-intervento-{booking.id}.pdf")
    if not path:
        return None
    try:
        written = sheets.write_intervention_sheet(context.db, booking.id, path)
    except (sheets.SheetError, StorageError, OSError) as exc:
        _refused(parent, exc)
        return None
    if open_after:
        _open(written.path)
    return written.path


def print_monthly_sheet(parent: QWidget, context: AppContext, month: dt.date, *,
                        agency: AgencyId | None = None, mediator: MediatorId | None = None,
                        path: str | None = None,
                        open_after: bool = True) -> sheets.SheetFile | None:
    """Write the foglio firme of ``month`` (of one agency or mediator, or all), then open it to print."""
    whose = agency or mediator or translate("SheetActions", "all")
    path = path or _target(parent, context, translate("SheetActions", "Monthly signature sheet"),
                           f"foglio-firme-{month:%Y-%m}-{whose}.pdf")
    if not path:
        return None
    try:
        written = sheets.write_monthly_sheet(context.db, month, path, agency=agency, mediator=mediator)
    except (sheets.SheetError, StorageError, OSError) as exc:
        _refused(parent, exc)
        return None
    if open_after:
        _open(written.path)
    return written


def print_pdf_with_dialog(parent: QWidget, data: bytes, title: str, printer: QPrinter | None = None, *,
                          ask: bool = True, on_done: Callable[[int], None] | None = None) -> JobRunner | None:
    """Ask the system's print dialog (unless ``ask`` is False), then print ``data`` in a background job
    with progress and Cancel; ``on_done(pages)`` once the pages went to the printer.

    None when the coordinator stepped back; a failure is said in a message box.
    """
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    pages = page_count(data)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.setMinMax(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    first, last = printer.fromPage(), printer.toPage()  # 0, 0: every page
    unusable = translate("SheetActions", "The printer could not be used: check that it is connected and "
                                         "switched on, then try again.")

    def job(progress: Progress) -> int:
        try:
            return print_pdf(printer, data, first or 1, last, should_stop=lambda: progress.cancelled,
                             progress=lambda done, total: progress.report(done, total))
        except PrintStopped:
            raise Cancelled() from None
        except PrintFailed:
            raise RuntimeError(unusable) from None

    def failed(message: str) -> None:
        QMessageBox.warning(parent, translate("SheetActions", "Not printed"), message)

    return run_with_progress(parent, translate("SheetActions", "Printing {title}…").format(title=title), job,
                             on_done or (lambda _pages: None), failed)


def _sheet_bytes(parent: QWidget, make: Callable[[], bytes]) -> bytes | None:
    try:
        return make()
    except (sheets.SheetError, StorageError) as exc:
        _refused(parent, exc)
        return None


def print_intervention_sheet_dialog(parent: QWidget, context: AppContext, booking: Booking,
                                    printer: QPrinter | None = None, *, ask: bool = True,
                                    on_done: Callable[[int], None] | None = None) -> JobRunner | None:
    """The scheda intervento of ``booking`` to the printer chosen in the system's print dialog."""
    data = _sheet_bytes(parent, lambda: sheets.intervention_sheet_pdf(context.db, booking.id))
    if data is None:
        return None
    title = translate("SheetActions", "Intervention sheet {id}").format(id=booking.id)
    return print_pdf_with_dialog(parent, data, title, printer, ask=ask, on_done=on_done)


def print_monthly_sheet_dialog(parent: QWidget, context: AppContext, month: dt.date, *,
                               agency: AgencyId | None = None, mediator: MediatorId | None = None,
                               printer: QPrinter | None = None, ask: bool = True,
                               on_done: Callable[[int], None] | None = None) -> JobRunner | None:
    """The foglio firme of ``month`` (of one agency or mediator, or all) through the print dialog."""
    made = _sheet_bytes(parent, lambda: sheets.monthly_sheet_pdf(context.db, month, agency=agency,
                                                                 mediator=mediator)[0])
    if made is None:
        return None
    title = translate("SheetActions", "Signature sheet {month}").format(month=f"{month:%m/%Y}")
    return print_pdf_with_dialog(parent, made, title, printer, ask=ask, on_done=on_done)
