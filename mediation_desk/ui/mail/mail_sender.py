"""Sends the outbox in the background: soon after a booking changes, every minute, and on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from mediation_desk.services import credentials, mail_outbox, mail_sending, mail_settings
from mediation_desk.services.changes import Aspect, ChangeSet
from mediation_desk.texts.errors import mail_failure_text, mail_problem_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, Progress, run_with_progress, start_job
from mediation_desk.ui.mail.mail_texts import refusal_text

RETRY_EVERY_MS = 60_000
AFTER_CHANGE_MS = 2_000  # a few changes in a row go out in one connection


def send_due(context: AppContext) -> mail_sending.SendReport | None:
    """Send what is due; None without mail settings, queued messages or a keyring to give the password."""
    if not mail_outbox.ready_to_send(context.db):
        return None
    try:
        return mail_sending.send_outbox(context.db, now=context.now())
    except credentials.KeyringUnavailableError:
        return None  # the outbox window and the settings say so; the messages stay queued


def _send_everything(context: AppContext) -> mail_sending.SendReport | Exception:
    """Send every queued message, retries included; refusals the coordinator can act on are returned."""
    try:
        return mail_sending.send_outbox(context.db, now=context.now(), force=True)
    except (credentials.KeyringUnavailableError, mail_settings.MailSettingsError) as exc:
        return exc


def outcome_text(outcome: mail_sending.SendReport | Exception) -> tuple[str, bool]:
    """What a send on demand did, in words, and whether all went well."""
    if isinstance(outcome, credentials.KeyringUnavailableError):
        text = translate(
            "MailSender",
            "Not sent: there is no usable system keyring ({problem}), so the mail password cannot be read. "
            "The invitations stay queued; you can save each booking's .ics file from the outbox. "
            "Install and unlock the system keyring and start Mediation Desk again, or use a mail server "
            "that needs no password.",
        )
        return text.format(problem=refusal_text(credentials.keyring_problem() or outcome.refusal)), False
    if isinstance(outcome, mail_settings.MailSettingsError):
        problems = "\n".join(mail_problem_text(p) for p in outcome.problems)
        return translate("MailSender", "Not sent: check the mail settings.") + "\n" + problems, False
    if isinstance(outcome, Exception):
        return translate("MailSender", "Not sent: {why}").format(why=outcome), False
    text = translate("MailSender", "Sent: {sent}. To retry: {retry}. Failed: {failed}.").format(
        sent=outcome.sent, retry=outcome.retry, failed=outcome.failed
    )
    failure = outcome.failure
    why = f"\n{mail_failure_text(failure)}" if failure is not None else ""
    return text + why, not (outcome.error or outcome.failed)


def send_queued(parent: QWidget, context: AppContext, show: Callable[[str, bool], None]) -> JobRunner:
    """Send every queued invitation now, behind a progress dialog; ``show(text, ok)`` gets the outcome.

    The one path of the outbox's "Send now" and of the Tools menu entry.
    """

    def job(progress: Progress) -> Any:
        progress.report(0, 0, translate("MailSender", "Sending the queued invitations…"))
        return _send_everything(context)

    return run_with_progress(
        parent,
        translate("MailSender", "Sending invitations"),
        job,
        lambda outcome: show(*outcome_text(outcome)),
        lambda message: show(translate("MailSender", "Not sent: {why}").format(why=message), False),
    )


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

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches({Aspect.BOOKINGS}):  # their invitations were just queued
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

    def _done(self, report: mail_sending.SendReport | None) -> None:
        self._busy = False
        self.context.mail_tried.emit()
        if report is None or not (report.sent or report.retry or report.failed):
            return
        self.sent.emit(report)  # not context.changed: a send must not reload the view being edited
        text = translate(
            "MailSender", "Invitations sent: {sent}, to retry: {retry}, failed: {failed}."
        ).format(sent=report.sent, retry=report.retry, failed=report.failed)
        self.window.statusBar().showMessage(text, 10_000)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.context.mail_tried.emit()
        self.window.statusBar().showMessage(
            translate("MailSender", "Invitations not sent: {why}").format(why=message), 10_000
        )
