"""The outbox window ("Posta in uscita"): queued, sent and failed invitations, retries, .ics files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import BookingId
from mediation_desk.services import feeds, mail_outbox
from mediation_desk.services.changes import Aspect, ChangeSet
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.status_line import StatusLine
from mediation_desk.ui.mail.mail_sender import MailSender, send_queued
from mediation_desk.ui.mail.mail_texts import keyring_label, update_keyring_label
from mediation_desk.ui.mail.outbox_table_model import OutboxTableModel
from mediation_desk.ui.mail.replies_panel import AlertsPanel

MAX_COLUMN_WIDTH = 320


class OutboxDialog(QDialog):
    """A window beside the main one: it follows the database while open."""

    SHOWS = frozenset({Aspect.OUTBOX, Aspect.BOOKINGS, Aspect.SETTINGS})  # invitations, replies, mail set-up

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("Outbox", "Outbox"))
        self.resize(1100, 700)
        self.keyring_notice = keyring_label()
        self.counts = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("Outbox", "All"), "")
        for code, text in (
            ("queued", translate("Outbox", "Queued")),
            ("sent", translate("Outbox", "Sent")),
            ("failed", translate("Outbox", "Failed")),
        ):
            self.status_filter.addItem(text, code)
        self.send_button = QPushButton(translate("Outbox", "Send now"))
        self.retry_button = QPushButton(translate("Outbox", "Retry"))
        self.retry_button.setToolTip(
            translate("Outbox", "Put the selected failed messages back in the queue")
        )
        self.booking = QLineEdit()
        self.booking.setPlaceholderText(translate("Outbox", "booking, e.g. B00042"))
        self.booking.setMaximumWidth(160)
        self.ics_button = QPushButton(translate("Outbox", "Save .ics…"))
        self.model = OutboxTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)  # long subjects are elided, rows stay one line
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = StatusLine()
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)  # a reason must not be cut
        self.alerts = AlertsPanel(context)
        self._lay_out()
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.send_button.clicked.connect(lambda: self.send_now())
        self.retry_button.clicked.connect(lambda: self.retry_selected())
        self.ics_button.clicked.connect(lambda: self.save_ics())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.booking.textChanged.connect(lambda text: self.ics_button.setEnabled(bool(text.strip())))
        context.changed.connect(self._on_changed)
        self.ics_button.setEnabled(False)
        self.retry_button.setEnabled(False)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Outbox", "Show")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.send_button)
        bar.addWidget(self.retry_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(translate("OutboxTableModel", "Booking")))
        bar.addWidget(self.booking)
        bar.addWidget(self.ics_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.alerts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        update_keyring_label(self.keyring_notice)
        status = str(self.status_filter.currentData() or "") or None
        overview = mail_outbox.outbox_overview(self.context.db, status)
        counts, configured = overview.counts, overview.configured
        self.model.set_rows(overview.entries)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # a long subject must not push the error out of sight
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), MAX_COLUMN_WIDTH))
        self.counts.setText(
            translate("Outbox", "Queued: {queued} · Sent: {sent} · Failed: {failed}").format(
                queued=counts.get("queued", 0), sent=counts.get("sent", 0), failed=counts.get("failed", 0)
            )
        )
        self.send_button.setEnabled(configured and counts.get("queued", 0) > 0)
        if not configured:
            self.status.say(
                translate("Outbox", "Mail is not configured (Settings): no invitation is queued."), False
            )
        self.alerts.refresh()

    def show_booking(self, booking_id: str) -> None:
        """Offer the .ics of ``booking_id`` (from another view)."""
        self.booking.setText(booking_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh_if_shown()

    def refresh_if_shown(self, *_why: object) -> None:
        if self.isVisible():
            self.refresh()

    def _selected_entries(self) -> list[mail_outbox.OutboxEntry]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(row) for row in sorted(rows)]

    def _selected_changed(self) -> None:
        entries = self._selected_entries()
        self.retry_button.setEnabled(any(e.status == "failed" for e in entries))
        if entries and entries[0].booking_id:
            self.booking.setText(entries[0].booking_id)

    def send_now(self) -> None:
        """Send every queued message now (also those waiting to be retried later)."""
        send_queued(self, self.context, self._sent)

    def _sent(self, text: str, ok: bool) -> None:
        self.refresh()
        self.status.say(text, ok)

    def retry_selected(self) -> None:
        ids = [e.id for e in self._selected_entries() if e.status == "failed"]
        if not ids:
            return
        requeued = mail_outbox.requeue(self.context.db, ids, now=self.context.now())
        self.refresh()
        runner.apply(self, self.context, requeued)
        self.status.say(translate("Outbox", "{n} messages queued again.").format(n=requeued.value), ok=True)

    def save_ics(self, path: str | None = None) -> None:
        booking_id = self.booking.text().strip()
        if not booking_id:
            return
        if path is None:
            folder = Path(self.context.settings.last_folder)
            path, _filter = QFileDialog.getSaveFileName(
                self,
                translate("Outbox", "Save the booking's calendar file"),
                str(folder / f"{booking_id}.ics"),
                translate("Outbox", "Calendar (*.ics)"),
            )
        if not path:
            return
        self.context.settings.last_folder = str(Path(path).parent)
        try:
            feeds.save_booking_ics(self.context.db, BookingId(booking_id), Path(path), now=self.context.now())
        except feeds.NotFoundError:
            self.status.say(translate("Outbox", "There is no booking {id}.").format(id=booking_id), ok=False)
            return
        except OSError as exc:
            self.status.say(translate("Outbox", "The file was not written: {why}").format(why=exc), ok=False)
            return
        self.status.say(translate("Outbox", "Saved {path}.").format(path=path), ok=True)


def show_outbox(window: QWidget, booking_id: str = "") -> OutboxDialog:
    """Open (or bring forward) the outbox window of ``window``, which must carry the app context."""
    dialog = window.findChild(OutboxDialog)
    if dialog is None:
        dialog = OutboxDialog(window.context, window)  # type: ignore[attr-defined]
        sender = window.findChild(MailSender)
        if sender is not None:
            sender.sent.connect(dialog.refresh_if_shown)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.refresh()
    if booking_id:
        dialog.show_booking(booking_id)
    return dialog
