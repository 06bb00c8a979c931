"""Print the signed proof of interventions: the scheda intervento of a booking, the monthly foglio firme.

The sheets are A4 PDFs made by the service (``services.sheets``); the window
saves them where the coordinator chooses and opens the file in the system's
PDF viewer, whose print dialog sends it to the printer as it is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import AgencyId, Booking, BookingStatus, MediatorId
from mediation_desk.services import sheets
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import errors
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext


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
