"""Mail settings panel: the SMTP account in the database, its password in the system keyring only."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import credentials, mail_sending, mail_settings
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text, mail_failure_text, mail_problem_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Progress, run_with_progress
from mediation_desk.ui.common.status_line import StatusLine
from mediation_desk.ui.mail.mail_texts import keyring_label, update_keyring_label
from mediation_desk.ui.mail.outbox_dialog import show_outbox


class MailSettingsPanel(QWidget):
    """The SMTP account, "Save" and "Test connection"; the password field never shows the stored one."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.keyring_notice = keyring_label()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for code, text in (
            ("none", translate("MailSettings", "None")),
            ("starttls", "STARTTLS"),
            ("ssl", "SSL/TLS"),
        ):
            self.security.addItem(text, code)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("MailSettings", "leave empty to keep the stored one"))
        self.sender_address = QLineEdit()
        self.organizer_name = QLineEdit()
        self.organizer_email = QLineEdit()
        self.save_button = QPushButton(translate("MailSettings", "Save mail settings"))
        self.test_button = QPushButton(translate("MailSettings", "Test connection"))
        self.outbox_button = QPushButton(translate("MailSettings", "Outbox…"))
        self.status = StatusLine()
        form = QFormLayout()
        form.addRow(translate("MailSettings", "SMTP server"), self.host)
        form.addRow(translate("MailSettings", "Port"), self.port)
        form.addRow(translate("MailSettings", "Security"), self.security)
        form.addRow(translate("MailSettings", "User"), self.user)
        form.addRow(translate("MailSettings", "Password"), self.password)
        form.addRow(translate("MailSettings", "Sender address"), self.sender_address)
        form.addRow(translate("MailSettings", "Organizer's name"), self.organizer_name)
        form.addRow(translate("MailSettings", "Organizer's e-mail (replies)"), self.organizer_email)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.outbox_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_notice)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save())
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.outbox_button.clicked.connect(self._open_outbox)
        self._stored = mail_settings.MailSettings()
        self._version: int | None = None  # of the stored settings the form was filled from

    def refresh(self) -> None:
        update_keyring_label(self.keyring_notice)
        self._stored, self._version = mail_settings.stored_settings_and_version(self.context.db)
        stored = self._stored
        self.host.setText(stored.host)
        self.port.setValue(stored.port)
        self.security.setCurrentIndex(max(0, self.security.findData(stored.security)))
        self.user.setText(stored.user)
        self.password.clear()
        self.sender_address.setText(stored.sender)
        self.organizer_name.setText(stored.organizer_name)
        self.organizer_email.setText(stored.organizer_email)

    def settings(self) -> mail_settings.MailSettings:
        """The form's values over the stored ones (domain and CA file are set from the command line)."""
        return dataclasses.replace(
            self._stored,
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            sender=self.sender_address.text().strip(),
            organizer_name=self.organizer_name.text().strip(),
            organizer_email=self.organizer_email.text().strip(),
        )

    def save(self) -> bool:
        settings = self.settings()
        problems = mail_settings.validate(settings)
        if problems:
            self.status.say("\n".join(mail_problem_text(p) for p in problems), ok=False)
            return False
        password = self.password.text() or None
        try:
            saved = mail_settings.save_settings(
                self.context.db, settings, password=password, now=self.context.now(),
                actor=self.context.actor, read_version=self._version,
            )
        except credentials.KeyringUnavailableError:
            self.status.say(
                translate(
                    "MailSettings",
                    "Nothing saved: the password cannot be kept without a system keyring. Leave the password "
                    "empty for a server without login, or save the .ics files from the outbox.",
                ),
                ok=False,
            )
            update_keyring_label(self.keyring_notice)
            return False
        except StorageError as exc:  # not this role's to change, or saved by someone else meanwhile
            self.status.say(error_text(exc), ok=False)
            # the values typed stay (the password too); saving again goes over the newer ones named
            self._stored, self._version = mail_settings.stored_settings_and_version(self.context.db)
            return False
        self._stored, self._version = mail_settings.stored_settings_and_version(self.context.db)
        self.password.clear()
        self.status.say(translate("MailSettings", "Mail settings saved."), ok=True)
        runner.apply(self, self.context, saved)
        return True

    def test_connection(self) -> None:
        """Save the form, then connect and log in once in the background."""
        if not self.save():
            return

        def job(progress: Progress) -> Any:
            progress.report(
                0, 0, translate("MailSettings", "Connecting to {host}…").format(host=self.host.text())
            )
            try:
                return mail_sending.check_connection(self.context.db)
            except mail_settings.MailSettingsError as exc:
                return error_text(exc)

        def done(problem: Any) -> None:
            if problem is None:
                self.status.say(translate("MailSettings", "Connection and login work."), ok=True)
            else:
                why = (mail_failure_text(problem) if isinstance(problem, mail_sending.MailFailure)
                       else str(problem))
                text = translate("MailSettings", "The connection failed: {why}")
                self.status.say(text.format(why=why), ok=False)

        run_with_progress(
            self,
            translate("MailSettings", "Testing the connection"),
            job,
            done,
            lambda message: self.status.say(message, ok=False),
        )

    def _open_outbox(self) -> None:
        show_outbox(self.window())
