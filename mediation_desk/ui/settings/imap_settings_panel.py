"""IMAP settings panel: the mailbox the mediators' answers arrive in; its password in the keyring only."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import credentials, imap_replies
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.status_line import StatusLine
from mediation_desk.ui.mail.mail_texts import keyring_label, update_keyring_label


def stored_imap_settings(context: AppContext) -> dict[str, Any]:
    return imap_replies.imap_settings(context.db)


class ImapSettingsPanel(QWidget):
    """Optional: without it, answers are read from .ics/.eml files in the outbox window."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.keyring_notice = keyring_label()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.ssl = QCheckBox(translate("ImapSettings", "Encrypted connection (SSL/TLS)"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("ImapSettings", "leave empty to keep the stored one"))
        self.folder = QLineEdit()
        self.save_button = QPushButton(translate("ImapSettings", "Save mailbox settings"))
        self.status = StatusLine()
        form = QFormLayout()
        form.addRow(translate("ImapSettings", "IMAP server"), self.host)
        form.addRow(translate("ImapSettings", "Port"), self.port)
        form.addRow(self.ssl)
        form.addRow(translate("ImapSettings", "User"), self.user)
        form.addRow(translate("ImapSettings", "Password"), self.password)
        form.addRow(translate("ImapSettings", "Folder"), self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(
            QLabel(
                translate("ImapSettings", "Where the invitations' answers arrive (the organizer's mailbox).")
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save())
        self._version: int | None = None  # of the stored settings the form was filled from

    def refresh(self) -> None:
        update_keyring_label(self.keyring_notice)
        stored, self._version = imap_replies.imap_settings_and_version(self.context.db)
        self.host.setText(str(stored.get("host", "")))
        self.port.setValue(int(stored.get("port", 993)))
        self.ssl.setChecked(bool(stored.get("ssl", True)))
        self.user.setText(str(stored.get("user", "")))
        self.folder.setText(str(stored.get("folder", "INBOX")))
        self.password.clear()

    def save(self) -> bool:
        host, user = self.host.text().strip(), self.user.text().strip()
        if not host or not user:
            self.status.say(translate("ImapSettings", "Give the server and the user."), ok=False)
            return False
        try:
            saved = imap_replies.save_imap_settings(
                self.context.db,
                host=host,
                port=self.port.value(),
                user=user,
                folder=self.folder.text().strip() or "INBOX",
                ssl=self.ssl.isChecked(),
                password=self.password.text() or None,
                now=self.context.now(),
                actor=self.context.actor,
                read_version=self._version,
            )
        except credentials.KeyringUnavailableError:
            self.status.say(
                translate(
                    "ImapSettings", "Nothing saved: the password cannot be kept without a system keyring."
                ),
                ok=False,
            )
            return False
        except StorageError as exc:  # not this role's to change, or saved by someone else meanwhile
            self.status.say(error_text(exc), ok=False)
            # the values typed stay (the password too); saving again goes over the newer ones named
            self._version = imap_replies.imap_settings_and_version(self.context.db)[1]
            return False
        self._version = imap_replies.imap_settings_and_version(self.context.db)[1]
        self.password.clear()
        self.status.say(translate("ImapSettings", "Mailbox settings saved."), ok=True)
        runner.apply(self, self.context, saved)
        return True
