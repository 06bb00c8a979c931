"""Privacy tab of the Settings: how long personal data are kept (and why), a case's export and erasure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import privacy
from mediation_desk.services.users import Permission
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext


def privacy_error_text(exc: privacy.PrivacyError) -> str:
    return {
        "bad_retention": translate("PrivacyPanel", "The retention is 1 to 120 months."),
        "no_case": translate("PrivacyPanel", "Give the case reference."),
        "unknown_case": translate("PrivacyPanel", "No request has that case reference."),
    }.get(exc.code, exc.code)


class PrivacyPanel(QWidget):
    """What the GDPR asks of the service here: minimisation, limited retention, access and erasure."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.months = QSpinBox()
        self.months.setRange(privacy.MIN_MONTHS, privacy.MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.reason = QLabel(self.tr(
            "The personal data of the people assisted (reason, notes, nationality, contact on site, address, "
            "case reference, cancellation notes, invitations mailed) are kept this long after a request's "
            "last activity: enough to report the project year to the funder and answer its checks. Then they "
            "are anonymised; hours, money and counts stay for the reports."))
        self.reason.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save retention"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case reference"))
        self.export_json = QPushButton(self.tr("Export the case (JSON)…"))
        self.export_xlsx = QPushButton(self.tr("Export the case (Excel)…"))
        self.erase_button = QPushButton(self.tr("Erase the case's personal data…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Keep personal data"), self.months)
        case_row = QHBoxLayout()
        for widget in (self.case, self.export_json, self.export_xlsx, self.erase_button):
            case_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.save_button)
        layout.addWidget(QLabel(self.tr("A person asks what is held about them, or its erasure:")))
        layout.addLayout(case_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_retention)
        self.export_json.clicked.connect(lambda: self.export_case(".json"))
        self.export_xlsx.clicked.connect(lambda: self.export_case(".xlsx"))
        self.erase_button.clicked.connect(self.erase_case)
        admin = context.can(Permission.EDIT_SETTINGS)
        self.save_button.setEnabled(admin)
        self.erase_button.setEnabled(admin)

    def refresh(self) -> None:
        self.months.setValue(privacy.retention(self.context.db).months)

    def save_retention(self) -> None:
        try:
            kept = privacy.set_retention(self.context.db, self.months.value(), actor=self.context.actor,
                                         now=self.context.now()).value
        except privacy.PrivacyError as exc:
            self.status.setText(privacy_error_text(exc))
            return
        except StorageError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Personal data are kept {n} months.").format(n=kept.months))

    def export_case(self, suffix: str) -> None:
        # the suggested name says nothing about the person: the case reference stays out of file names
        suggested = "dati-caso" + suffix
        folder = Path(self.context.settings.last_folder)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the case"), str(folder / suggested))
        if not path:
            return
        self.context.settings.last_folder = str(Path(path).parent)
        try:
            privacy.export_case(self.context.db, self.case.text(), path, actor=self.context.actor,
                                now=self.context.now())
        except privacy.PrivacyError as exc:
            self.status.setText(privacy_error_text(exc))
            return
        except (StorageError, OSError) as exc:
            self.status.setText(error_text(exc) if isinstance(exc, StorageError) else str(exc.strerror))
            return
        self.status.setText(
            self.tr("Case saved in {path}; the export is in the audit trail.").format(path=path)
        )

    def erase_case(self) -> None:
        if not fw.confirm(self, self.tr("Erase the case's personal data"), self.tr(
                "Remove now the personal data of every request of this case? Hours and money stay for the "
                "reports. This cannot be undone.")):
            return
        try:
            done = privacy.erase_case(self.context.db, self.case.text(), actor=self.context.actor,
                                      now=self.context.now())
        except privacy.PrivacyError as exc:
            self.status.setText(privacy_error_text(exc))
            return
        except StorageError as exc:
            self.status.setText(error_text(exc))
            return
        self.context.apply(done.changes)
        self.status.setText(self.tr("Personal data of {n} requests erased.").format(n=len(done.requests)))
