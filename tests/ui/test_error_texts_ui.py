"""Refusals read in the interface's language: mail settings problems and request problems, never codes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk.services import mail_settings
from mediation_desk.storage import repository
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.mail import mail_sender
from mediation_desk.ui.main_window import MainWindow
from tests.ui.support import when_modal


def test_stored_mail_settings_with_a_bad_port_and_security_read_in_italian(context: AppContext) -> None:
    bad = mail_settings.MailSettings(
        host="smtp.example.org", port=0, security="tls", sender="ufficio@example.org",
        organizer_email="ufficio@example.org")
    with context.db.write() as s:  # as an older version could have left them
        repository.set_setting(s, mail_settings.SETTINGS_KEY, dataclasses.asdict(bad))
    outcome = mail_sender._send_everything(context)
    assert isinstance(outcome, mail_settings.MailSettingsError)
    text, ok = mail_sender.outcome_text(outcome)
    assert not ok
    assert text.splitlines() == [
        "Non inviati: controlla le impostazioni di posta.",
        "La porta 0 non è compresa tra 1 e 65535.",
        "La sicurezza tls non è tra quelle ammesse: none, starttls, ssl.",
    ]


def test_a_request_with_an_unknown_gender_is_refused_with_a_sentence(window: MainWindow, qtbot: Any) -> None:
    context = window.context
    with context.db.read() as s:
        pending = next(r for r in repository.list_requests(s) if r.status.value == "pending")
    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(qtbot, read_and_close)
    saved = operations.save_request(window, context, dataclasses.replace(pending, required_gender="X"))
    assert saved is None
    assert messages == ["• Il genere richiesto del mediatore non è valido."]
