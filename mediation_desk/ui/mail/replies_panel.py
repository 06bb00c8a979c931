"""Replies and alerts panel: read the mediators' answers from .ics/.eml files, list and dismiss alerts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import imap_replies, replies
from mediation_desk.services.changes import NOTHING
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Progress
from mediation_desk.ui.mail.mail_texts import keyring_notice

ALERT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def outcome_word(code: str) -> str:
    """What an answer did, or why it was refused, in the interface language."""
    texts = {
        "accepted": translate("Alerts", "accepted"),
        "declined": translate("Alerts", "declined: the request is back among the unfilled ones"),
        "tentative": translate("Alerts", "tentatively accepted"),
        "unknown_event": translate("Alerts", "no booking of ours"),
        "wrong_attendee": translate("Alerts", "sent by someone who is not the booked mediator"),
        "stale": translate("Alerts", "answers an older version of the invitation"),
        "no_change": translate("Alerts", "already recorded"),
        "unreadable": translate("Alerts", "not a calendar answer"),
        "wrong_sender": translate("Alerts", "refused: the e-mail does not come from the booked mediator"),
        "wrong_sequence": translate("Alerts", "refused: answers a version of the invitation never sent"),
        "too_large": translate("Alerts", "refused: too large to be a calendar answer"),
    }
    return texts.get(code, code)


def outcome_text(outcome: replies.ReplyOutcome) -> str:
    """One line per answer read: the file, what it did and to which bookings."""
    what = outcome_word(outcome.code)
    bookings = ", ".join(outcome.booking_ids)
    return f"{Path(outcome.source).name}: {what}" + (f" ({bookings})" if bookings else "")


def alert_text(alert: replies.Alert) -> str:
    when = i18n.fmt_datetime(alert.at)
    details = alert.details
    if alert.code == "booking_declined":
        start = details.get("start")
        day = i18n.fmt_datetime(dt.datetime.fromisoformat(start)) if isinstance(start, str) else ""
        text = translate("Alerts", "Mediator {mediator} declined booking {booking} of {day}.").format(
            mediator=details.get("mediator", ""), booking=alert.entity_id, day=day
        )
        if details.get("request_pending"):
            text += " " + translate("Alerts", "Request {request} is unfilled again.").format(
                request=details.get("request", "")
            )
    elif alert.code == "reply_refused":
        text = translate("Alerts", "Answer {source} not applied: {why}").format(
            source=Path(alert.entity_id).name, why=outcome_word(str(details.get("code", "")))
        )
    elif alert.code == "no_email":
        text = translate(
            "Alerts", "Mediator {mediator} has no e-mail address: tell them about booking {booking} yourself."
        ).format(mediator=details.get("mediator", ""), booking=alert.entity_id)
    else:
        text = f"{alert.code}: {alert.entity} {alert.entity_id}"
    return f"{when} · {text}"


def failure_text(message: str) -> str:
    """Why the replies could not be read, for the known causes in the interface language."""
    if message == "no IMAP account configured":
        return translate("Alerts", "no replies mailbox is set in Settings")
    if message.startswith("no usable system keyring"):
        return keyring_notice()
    return message


class AlertsPanel(QWidget):
    """Answers read from files, and the alerts still to be seen by the coordinator."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.read_button = QPushButton(translate("Alerts", "Read replies from files…"))
        self.mailbox_button = QPushButton(translate("Alerts", "Read the replies mailbox"))
        self.dismiss_button = QPushButton(translate("Alerts", "Mark as seen"))
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("reply_outcomes")
        self.alerts = QListWidget()
        self.alerts.setObjectName("alerts")
        self.alerts.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.mailbox_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("Alerts", "Replies read")))
        layout.addWidget(self.outcomes, 1)
        layout.addWidget(QLabel(translate("Alerts", "Alerts")))
        layout.addWidget(self.alerts, 2)
        self.read_button.clicked.connect(lambda: self.read_replies())
        self.mailbox_button.clicked.connect(lambda: self.read_mailbox())
        self.dismiss_button.clicked.connect(lambda: self.dismiss_selected())
        self.alerts.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.dismiss_button.setEnabled(bool(self.alerts.selectedItems()))

    def _enable_mailbox(self) -> None:
        stored = imap_replies.imap_settings(self.context.db)
        self.mailbox_button.setEnabled(bool(stored.get("host") and stored.get("user")))

    def refresh(self) -> None:
        self.alerts.clear()
        for alert in replies.list_alerts(self.context.db):
            item = QListWidgetItem(alert_text(alert))
            item.setData(ALERT_ID_ROLE, alert.id)
            self.alerts.addItem(item)
        self._enable()
        self._enable_mailbox()

    def read_replies(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _filter = QFileDialog.getOpenFileNames(
                self,
                translate("Alerts", "Read replies"),
                self.context.settings.last_folder,
                translate("Alerts", "Calendar answers (*.ics *.eml)"),
            )
        if not paths:
            return
        self.context.settings.last_folder = str(Path(paths[0]).parent)
        files = [Path(p) for p in paths]

        def job(progress: Progress) -> Any:
            progress.report(0, 0, translate("Alerts", "Reading {n} files…").format(n=len(files)))
            return replies.read_reply_files(
                self.context.db, files, now=self.context.now(), actor=self.context.actor
            )

        self._run(job)

    def read_mailbox(self) -> None:
        """Read the unseen messages of the IMAP folder set in Settings."""

        def job(progress: Progress) -> Any:
            progress.report(0, 0, translate("Alerts", "Reading the replies mailbox…"))
            return imap_replies.fetch_imap_replies(
                self.context.db, now=self.context.now(), actor=self.context.actor
            )

        self._run(job)

    def _run(self, job: Any) -> None:
        def done(outcomes: Any) -> None:
            self.outcomes.clear()
            self.outcomes.addItems([outcome_text(o) for o in outcomes])
            self.refresh()

        def failed(message: str) -> None:
            self.outcomes.clear()
            self.outcomes.addItem(
                translate("Alerts", "Replies not read: {why}").format(why=failure_text(message))
            )

        runner.run_long(self, self.context, translate("Alerts", "Reading replies"), job, done, failed)

    def dismiss_selected(self) -> None:
        changes = NOTHING
        for item in self.alerts.selectedItems():
            changes |= replies.dismiss_alert(
                self.context.db,
                int(item.data(ALERT_ID_ROLE)),
                now=self.context.now(),
                actor=self.context.actor,
            )
        self.refresh()
        runner.apply(self, self.context, changes)
