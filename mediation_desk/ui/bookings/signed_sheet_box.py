"""The signed scheda came back: who signed for the agency, the day it came back, its scan (PDF or image).

A group of fields used by the close dialog and by the signed-sheet dialog of
a closed booking. A scan is read and checked (by content, size) the moment it
is chosen, so a bad file is refused at once and the form keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mediation_desk.services import signed_sheets
from mediation_desk.services.signed_sheets import ScanUpload, SignedSheetError, SignedSheetInput
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext


def scan_filter() -> str:
    return translate("SignedSheetBox", "Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)")


def size_text(size: int) -> str:
    return translate("SignedSheetBox", "{size} KB").format(size=i18n.fmt_number(size / 1024, 0))


def choose_scan(parent: QWidget, context: AppContext) -> ScanUpload | None:
    """Ask for a scan file and check it; a refused file is said in a message box and gives None."""
    folder = context.settings.last_folder or ""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("SignedSheetBox", "Scan of the signed sheet"), folder, scan_filter())
    if not path:
        return None
    context.settings.last_folder = str(Path(path).parent)
    return load_scan(parent, path)


def load_scan(parent: QWidget, path: str) -> ScanUpload | None:
    try:
        return signed_sheets.read_scan_file(path)
    except SignedSheetError as exc:
        QMessageBox.warning(parent, translate("SignedSheetBox", "Scan refused"), error_text(exc))
        return None


class SignedSheetBox(QGroupBox):
    """Checkable: ticked, the sheet came back signed; ``value()`` is what to record (None when unticked)."""

    def __init__(self, parent: QWidget, context: AppContext, *, checkable: bool = True) -> None:
        super().__init__(translate("SignedSheetBox", "The signed sheet came back"), parent)
        self.context = context
        self.setCheckable(checkable)
        if checkable:
            self.setChecked(False)
        self.scan: ScanUpload | None = None
        self.empty_text = translate("SignedSheetBox", "no scan")  # what the scan line says with none chosen
        self.signed_by = QLineEdit()
        self.signed_by.setPlaceholderText(
            translate("SignedSheetBox", "who signed for the agency, e.g. Dott.ssa Rossi"))
        today = i18n.to_local(context.now()).date()
        self.received = fw.date_edit(today)
        self.scan_label = QLabel(translate("SignedSheetBox", "no scan"))
        self.scan_button = QPushButton(translate("SignedSheetBox", "Attach scan…"))
        self.scan_button.setToolTip(translate("SignedSheetBox", "PDF, PNG or JPEG, at most 15 MB"))
        self.drop_button = QPushButton(translate("SignedSheetBox", "Leave out"))
        scan_row = QHBoxLayout()
        for widget in (self.scan_label, self.scan_button, self.drop_button):
            scan_row.addWidget(widget)
        scan_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(translate("SignedSheetBox", "Signed by"), self.signed_by)
        form.addRow(translate("SignedSheetBox", "Came back on"), self.received)
        form.addRow(translate("SignedSheetBox", "Scan"), scan_row)
        self.scan_button.clicked.connect(lambda: self.scan_chosen(self.attach()))
        self.drop_button.clicked.connect(lambda: self.set_scan(None))
        self.set_scan(None)

    def scan_chosen(self, scan: ScanUpload | None) -> None:
        """Called after the scan button chose ``scan`` (None: refused or stepped back); the dialog may
        store it at once."""

    def attach(self, path: str | None = None) -> ScanUpload | None:
        """Choose (or, given ``path``, load) a scan; a refused one leaves the chosen scan as it was."""
        scan = load_scan(self, path) if path else choose_scan(self, self.context)
        if scan is not None:
            self.set_scan(scan)
        return scan

    def set_scan(self, scan: ScanUpload | None) -> None:
        self.scan = scan
        self.scan_label.setText(f"{scan.name} ({size_text(len(scan.data))})" if scan else self.empty_text)
        self.drop_button.setEnabled(scan is not None)

    def received_on(self) -> dt.date:
        day = self.received.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def value(self) -> SignedSheetInput | None:
        if self.isCheckable() and not self.isChecked():
            return None
        return SignedSheetInput(self.signed_by.text(), self.received_on(), self.scan)
