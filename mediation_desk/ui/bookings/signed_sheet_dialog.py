"""The signed sheet of a closed booking: record it when it comes back days later, correct it, attach,
replace, open, save or remove its scan, or withdraw a record made by mistake (each one audited write)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import Booking, BookingStatus
from mediation_desk.scheduling.signed_sheet import SignedSheet
from mediation_desk.services import signed_sheets
from mediation_desk.services.signed_sheets import SignedSheetError
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings.signed_sheet_box import SignedSheetBox, size_text
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext


def can_record(booking: Booking | None) -> bool:
    return booking is not None and booking.status is BookingStatus.DONE


def _open(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SignedSheetDialog(QDialog):
    """What is recorded of the signed sheet of ``booking``, and the actions on it."""

    def __init__(self, parent: QWidget, context: AppContext, booking: Booking) -> None:
        super().__init__(parent)
        self.context, self.booking = context, booking
        self.sheet: SignedSheet | None = None
        title = translate("SignedSheetDialog", "Signed sheet of booking {id}")
        self.setWindowTitle(title.format(id=booking.id))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.box = SignedSheetBox(self, context, checkable=False)
        self.box.scan_chosen = self._scan_chosen  # type: ignore[method-assign]
        self.stored_scan = QLabel()
        self.stored_scan.setWordWrap(True)
        self.open_button = QPushButton(translate("SignedSheetDialog", "Open scan"))
        self.save_as_button = QPushButton(translate("SignedSheetDialog", "Save scan as…"))
        self.remove_scan_button = QPushButton(translate("SignedSheetDialog", "Remove scan"))
        scan_row = QHBoxLayout()
        for button in (self.open_button, self.save_as_button, self.remove_scan_button):
            scan_row.addWidget(button)
        scan_row.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(translate("SignedSheetDialog", "Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.withdraw_button = self.buttons.addButton(
            translate("SignedSheetDialog", "Withdraw the record…"),
            QDialogButtonBox.ButtonRole.DestructiveRole)
        close = translate("SignedSheetDialog", "Close")
        self.buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("SignedSheetDialog", "Intervention of {when}").format(
            when=i18n.fmt_range(booking.actual_start or booking.start, booking.actual_end or booking.end))))
        layout.addWidget(self.status)
        layout.addWidget(self.box)
        layout.addWidget(self.stored_scan)
        layout.addLayout(scan_row)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(lambda: self.save())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self.open_scan())
        self.save_as_button.clicked.connect(lambda: self.save_scan_as())
        self.remove_scan_button.clicked.connect(lambda: self.remove_scan())
        self.box.signed_by.textChanged.connect(self._check)
        self.reload()

    def reload(self) -> None:
        try:
            self.sheet = signed_sheets.signed_sheet(self.context.db, self.booking.id)
        except StorageError as exc:
            self.sheet = None
            self.status.setText(error_text(exc))
        sheet = self.sheet
        if sheet is None:
            self.status.setText(translate("SignedSheetDialog", "No signed sheet recorded yet."))
        else:
            self.status.setText(translate("SignedSheetDialog", "Recorded by {who} on {day}.").format(
                who=sheet.recorded_by, day=i18n.to_local(sheet.recorded_at).strftime("%d/%m/%Y %H:%M")))
            self.box.signed_by.setText(sheet.signed_by)
            day = sheet.received_on
            self.box.received.setDate(QDate(day.year, day.month, day.day))
        scan = sheet.scan if sheet else None
        if scan is None:
            self.stored_scan.setText(translate("SignedSheetDialog", "Stored scan: none."))
        else:
            self.stored_scan.setText(translate(
                "SignedSheetDialog", "Stored scan: {name} ({size}), SHA-256 {digest}…").format(
                name=scan.name, size=size_text(scan.size), digest=scan.sha256[:16]))
        for button in (self.open_button, self.save_as_button, self.remove_scan_button):
            button.setEnabled(scan is not None)
        self.withdraw_button.setEnabled(sheet is not None)
        self.box.empty_text = (translate("SignedSheetDialog", "the stored one is kept") if scan
                               else translate("SignedSheetBox", "no scan"))
        self.box.set_scan(None)
        self.box.scan_button.setText(translate("SignedSheetDialog", "Replace scan…") if scan
                                     else translate("SignedSheetBox", "Attach scan…"))
        self._check()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.box.signed_by.text().strip()))

    def _version(self) -> int:
        return self.sheet.version if self.sheet is not None else 0

    def _run(self, title: str, call: object) -> bool:
        done = runner.run(self, self.context, title, call,  # type: ignore[arg-type]
                          on_stale=lambda _version: self.reload())
        if done is not None:
            self.reload()
        return done is not None

    def _scan_chosen(self, scan: object) -> None:
        if scan is not None and self.sheet is not None:
            self.attach_scan()

    def attach_scan(self, path: str | None = None) -> bool:
        """A scan chosen for a sheet already recorded is stored at once (replacing the one kept, audited);
        before the sheet is recorded it waits in the box and goes with Save."""
        scan = self.box.scan if path is None else self.box.attach(path)
        if scan is None or self.sheet is None:
            return False
        return self._run(translate("SignedSheetDialog", "Scan not attached"),
                         lambda: signed_sheets.attach_scan(
                             self.context.db, self.booking.id, scan, actor=self.context.actor,
                             now=self.context.now(), read_version=self._version()))

    def save(self) -> bool:
        """Record (or correct) who signed and when; a scan chosen in the box goes with it."""
        signed = self.box.value()
        assert signed is not None
        return self._run(translate("SignedSheetDialog", "Signed sheet not recorded"),
                         lambda: signed_sheets.record_signed_sheet(
                             self.context.db, self.booking.id, signed, actor=self.context.actor,
                             now=self.context.now(), read_version=self._version()))

    def remove_scan(self) -> bool:
        return self._run(translate("SignedSheetDialog", "Scan not removed"),
                         lambda: signed_sheets.remove_scan(
                             self.context.db, self.booking.id, actor=self.context.actor,
                             now=self.context.now(), read_version=self._version()))

    def withdraw(self, *, confirm: bool = True) -> bool:
        if confirm and QMessageBox.question(
                self, translate("SignedSheetDialog", "Withdraw the record"),
                translate("SignedSheetDialog", "Withdraw the signed sheet of booking {id} and its scan? "
                          "The audit trail keeps a line of it.").format(id=self.booking.id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        return self._run(translate("SignedSheetDialog", "Record not withdrawn"),
                         lambda: signed_sheets.remove_signed_sheet(
                             self.context.db, self.booking.id, actor=self.context.actor,
                             now=self.context.now(), read_version=self._version()))

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            message = translate("SheetActions", "The file could not be written: {reason}").format(
                reason=exc.strerror or str(exc))
        else:
            message = error_text(exc)
        QMessageBox.warning(self, translate("SignedSheetDialog", "Scan not read"), message)

    def open_scan(self) -> Path | None:
        """Open the stored scan (checked against its checksum) in the system's viewer."""
        scan = self.sheet.scan if self.sheet else None
        if scan is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="mediation-desk-scan-"))
        try:
            path = signed_sheets.save_scan(self.context.db, self.booking.id, folder / scan.name)
        except (SignedSheetError, StorageError, OSError) as exc:
            self._refused(exc)
            return None
        _open(path)
        return path

    def save_scan_as(self, path: str | None = None) -> Path | None:
        scan = self.sheet.scan if self.sheet else None
        if scan is None:
            return None
        if path is None:
            folder = self.context.settings.last_folder
            path, _filter = QFileDialog.getSaveFileName(
                self, translate("SignedSheetDialog", "Save scan as"),
                str(Path(folder) / scan.name) if folder else scan.name)
            if not path:
                return None
            self.context.settings.last_folder = str(Path(path).parent)
        try:
            return signed_sheets.save_scan(self.context.db, self.booking.id, path)
        except (SignedSheetError, StorageError, OSError) as exc:
            self._refused(exc)
            return None


def signed_sheet_dialog(parent: QWidget, context: AppContext, booking: Booking) -> SignedSheetDialog:
    dialog = SignedSheetDialog(parent, context, booking)
    dialog.open()
    return dialog
