"""Settings view: language of the interface and the coordinator's name (preferences of this computer)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services.changes import Aspect
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.settings.business_settings_panel import BusinessSettingsPanel
from mediation_desk.ui.settings.imap_settings_panel import ImapSettingsPanel
from mediation_desk.ui.settings.mail_settings_panel import MailSettingsPanel


class SettingsTabs(QTabWidget):
    """The database's settings under the Settings view: mail account, replies mailbox, service and billing."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.mail = MailSettingsPanel(context)
        self.business = BusinessSettingsPanel(context)
        self.imap = ImapSettingsPanel(context)
        self.addTab(self.mail, translate("BusinessSettings", "Mail and invitations"))
        self.addTab(self.imap, translate("BusinessSettings", "Replies mailbox"))
        self.addTab(self.business, translate("BusinessSettings", "Service and billing"))

    def refresh(self) -> None:
        self.mail.refresh()
        self.imap.refresh()
        self.business.refresh()


class SettingsView(QWidget):
    SHOWS = frozenset({Aspect.SETTINGS})  # the stored settings

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.language = QComboBox()
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(context.settings.actor)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.database = QLabel(context.db.describe())
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Coordinator's name (audit trail)"), self.actor)
        form.addRow(self.tr("Database"), self.database)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.note)
        self.shared_settings = SettingsTabs(context)  # stored in the database, for everyone
        layout.addWidget(self.shared_settings, 1)
        self.apply_button.clicked.connect(self.apply)

    def show_item(self, item_id: str) -> None:
        """Settings have no items."""

    def refresh(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.settings.language)))
        self.actor.setText(self.context.settings.actor)
        self.shared_settings.refresh()

    def apply(self) -> None:
        language = str(self.language.currentData())
        changed = language != self.context.settings.language
        self.context.settings.language = language
        if self.actor.text().strip():
            self.context.settings.actor = self.actor.text()
        self.context.settings.sync()
        self.note.setText(translate("SettingsView", "Saved."))
        if changed:
            i18n.install_language(language)
            self.context.language_changed.emit(language)  # the window is built again in the new language
