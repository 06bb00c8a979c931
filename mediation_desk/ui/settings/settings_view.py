"""Settings view: the interface language (a preference of this PC), the database's settings, the users."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services.changes import Aspect
from mediation_desk.services.users import Permission
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.settings.agency_mail_panel import AgencyMailPanel
from mediation_desk.ui.settings.business_settings_panel import BusinessSettingsPanel
from mediation_desk.ui.settings.closures_panel import ClosuresPanel
from mediation_desk.ui.settings.imap_settings_panel import ImapSettingsPanel
from mediation_desk.ui.settings.mail_settings_panel import MailSettingsPanel
from mediation_desk.ui.settings.privacy_panel import PrivacyPanel
from mediation_desk.ui.settings.users_panel import UsersPanel


class SettingsTabs(QTabWidget):
    """The database's settings under the Settings view: mail account, replies mailbox, service and billing."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._pages: dict[QWidget, QScrollArea] = {}
        self.mail = MailSettingsPanel(context)
        self.business = BusinessSettingsPanel(context)
        self.imap = ImapSettingsPanel(context)
        self.closures = ClosuresPanel(context)
        self._add_page(self.mail, translate("BusinessSettings", "Mail and invitations"))
        self._add_page(self.imap, translate("BusinessSettings", "Replies mailbox"))
        self._add_page(self.business, translate("BusinessSettings", "Service and billing"))
        self._add_page(self.closures, translate("BusinessSettings", "Holidays and closures"))
        self.agency_mail = AgencyMailPanel(context)
        self._add_page(self.agency_mail, translate("BusinessSettings", "Mails to the agencies"))
        self.privacy = PrivacyPanel(context)
        self._add_page(self.privacy, translate("BusinessSettings", "Privacy"))
        self.users: UsersPanel | None = None
        if not context.db.is_sqlite and context.can(Permission.MANAGE_USERS):
            self.users = UsersPanel(context)
            self._add_page(self.users, translate("BusinessSettings", "Users"))
        settings = context.can(Permission.EDIT_SETTINGS)
        for panel in (self.mail, self.imap):
            panel.setEnabled(settings)  # shown, read-only: the database refuses other roles' changes
        self.business.setEnabled(settings or context.can(Permission.EDIT_MONEY))
        self.closures.setEnabled(settings)
        self.agency_mail.setEnabled(settings)

    def _add_page(self, panel: QWidget, title: str) -> None:
        """Each panel scrolls inside its tab: a tall one never makes the window taller than 800 px."""
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(panel)
        self._pages[panel] = page
        self.addTab(page, title)

    def setCurrentWidget(self, widget: QWidget) -> None:
        """Show the tab of ``widget``, a panel or its page."""
        super().setCurrentWidget(self._pages.get(widget, widget))

    def refresh(self) -> None:
        self.mail.refresh()
        self.imap.refresh()
        self.business.refresh()
        self.privacy.refresh()
        if self.users is not None:
            self.users.refresh()
        self.closures.refresh()
        self.agency_mail.refresh()


class SettingsView(QWidget):
    SHOWS = frozenset({Aspect.SETTINGS})  # the stored settings

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.language = QComboBox()
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.actor = QLabel(context.actor)  # the login (PostgreSQL) or the OS account (SQLite): not typed
        self.apply_button = QPushButton(self.tr("Apply"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.database = QLabel(context.db.describe())
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("User (audit trail)"), self.actor)
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
        self.shared_settings.refresh()

    def apply(self) -> None:
        language = str(self.language.currentData())
        changed = language != self.context.settings.language
        self.context.settings.language = language
        self.context.settings.sync()
        self.note.setText(translate("SettingsView", "Saved."))
        if changed:
            i18n.install_language(language)
            self.context.language_changed.emit(language)  # the window is built again in the new language
