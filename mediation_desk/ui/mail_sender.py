"""Sends the outbox in the background: soon after a booking changes, and every minute for the retries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from mediation_desk.services import credentials, mail
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.i18n import translate
from mediation_desk.ui.worker import Progress, start_job

RETRY_EVERY_MS = 60_000
AFTER_CHANGE_MS = 2_000  # a few changes in a row go out in one connection


def send_due(context: AppContext) -> mail.SendReport | None:
    """Send what is due; None without mail settings, queued messages or a keyring to give the password."""
    with context.db.read() as s:
        if not mail.mail_configured(s) or not mail.counts(s).get("queued"):
            return None
    try:
        return mail.send_outbox(context.db, now=context.now())
    except credentials.KeyringUnavailableError:
        return None  # the outbox window and the settings say so; the messages stay queued


class MailSender(QObject):
    """One background send at a time; the server being down only postpones the queued messages."""

    sent = Signal(object)  # the SendReport of a run that did something

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_EVERY_MS)
        self._timer.timeout.connect(self.send_now)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.send_now)
        context.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what in ("bookings", "all"):
            self._soon.start()

    def send_now(self) -> None:
        if self._busy:
            return
        self._busy = True

        def job(_progress: Progress) -> Any:
            return send_due(self.context)

        start_job(job, self._done, self._failed, on_cancel=self._idle)

    def _idle(self) -> None:
        self._busy = False

    def _done(self, report: mail.SendReport | None) -> None:
        self._busy = False
        if report is None or not (report.sent or report.retry or report.failed):
            return
        self.sent.emit(report)  # not context.changed: a send must not reload the view being edited
        text = translate(
            "MailSender", "Invitations sent: {sent}, to retry: {retry}, failed: {failed}."
        ).format(sent=report.sent, retry=report.retry, failed=report.failed)
        self.window.statusBar().showMessage(text, 10_000)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.window.statusBar().showMessage(
            translate("MailSender", "Invitations not sent: {why}").format(why=message), 10_000
        )
