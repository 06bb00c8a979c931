"""Mail and business settings, the outbox window and the replies panel, driven as the coordinator would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import pytest
import vobject
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import candidates, credentials, finance, lookups, mail_outbox, mail_settings
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage.db import Database
from mediation_desk.ui.bookings.booking_actions import CancelDialog
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.mail.outbox_dialog import OutboxDialog, show_outbox
from mediation_desk.ui.mail.outbox_table_model import COL_BOOKING, COL_STATUS
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.imap_settings_panel import ImapSettingsPanel, stored_imap_settings
from mediation_desk.ui.settings.mail_settings_panel import MailSettingsPanel
from mediation_desk.ui.settings.settings_view import SettingsView
from tests.calendar_support import SmtpServer, client_reply, configure_mail, free_port
from tests.factories import PROJECT
from tests.keyring_support import KeyringForTests, install_keyring_for_tests


@pytest.fixture(autouse=True)
def _test_keyring() -> Iterator[KeyringForTests]:
    previous = keyring.get_keyring()
    yield install_keyring_for_tests()
    keyring.set_keyring(previous)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def book_pending_request(context: AppContext, request_id: str = "R00002") -> str:
    """Book the best candidate of ``request_id`` through the lifecycle service, as the requests view does."""
    found = candidates.candidates_for(context.db, request_id, context.now())
    best = found.candidates[0]
    change = lifecycle.book(
        context.db, request_id, best.mediator.id, best.starts[0], actor=context.actor, now=context.now()
    )
    return change.booking.id


def outbox(context: AppContext, qtbot: Any) -> OutboxDialog:
    dialog = OutboxDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    return dialog


def column(dialog: OutboxDialog, col: int) -> list[str]:
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def fill_mail_form(panel: MailSettingsPanel, password: str) -> None:
    panel.host.setText("smtp.example.org")
    panel.port.setValue(587)
    panel.security.setCurrentIndex(panel.security.findData("starttls"))
    panel.user.setText("coordinamento")
    panel.password.setText(password)
    panel.sender_address.setText("coordinamento@example.org")
    panel.organizer_name.setText("Coordinamento Mediazione")
    panel.organizer_email.setText("coordinamento@example.org")


def mail_panel(context: AppContext, qtbot: Any) -> MailSettingsPanel:
    panel = MailSettingsPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    return panel


def test_saved_mail_settings_are_stored_and_the_password_goes_to_the_keyring(
    context: AppContext, qtbot: Any, _test_keyring: KeyringForTests
) -> None:
    panel = mail_panel(context, qtbot)
    assert not panel.keyring_notice.isVisible()
    fill_mail_form(panel, "segreta")
    assert panel.save()
    with context.db.read() as s:
        stored = mail_settings.get_settings(s)
    assert (stored.host, stored.port, stored.security, stored.user) == (
        "smtp.example.org",
        587,
        "starttls",
        "coordinamento",
    )
    assert _test_keyring.passwords == {(credentials.SMTP_SERVICE, stored.keyring_username): "segreta"}
    assert panel.password.text() == "" and panel.status.text() == "Impostazioni di posta salvate."


def test_without_a_keyring_the_settings_say_so_and_store_nothing(context: AppContext, qtbot: Any) -> None:
    keyring.set_keyring(fail.Keyring())
    panel = mail_panel(context, qtbot)
    assert panel.keyring_notice.isVisible()
    assert "Nessun portachiavi di sistema utilizzabile" in panel.keyring_notice.text()
    fill_mail_form(panel, "segreta")
    assert not panel.save()
    assert panel.status.text().startswith("Nulla salvato")
    with context.db.read() as s:
        assert mail_settings.get_settings(s).host == ""


def test_without_a_keyring_the_outbox_still_saves_a_bookings_ics(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = outbox(context, qtbot)
    assert dialog.keyring_notice.isVisible()
    dialog.show_booking("B00002")
    target = tmp_path / "B00002.ics"
    dialog.save_ics(str(target))
    event = vobject.readOne(target.read_text()).vevent
    assert event.uid.value.startswith("booking-B00002-")
    assert event.dtstart.value == dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


def test_the_outbox_lists_the_invitation_queued_by_a_booking(context: AppContext, qtbot: Any) -> None:
    configure_mail(context.db, 2525)
    booking_id = book_pending_request(context)
    dialog = outbox(context, qtbot)
    assert column(dialog, COL_STATUS) == ["In coda"] and column(dialog, COL_BOOKING) == [booking_id]
    assert dialog.counts.text() == "In coda: 1 · Inviati: 0 · Non riusciti: 0"
    assert dialog.send_button.isEnabled()


def test_send_now_delivers_through_smtp_and_marks_the_message_sent(
    context: AppContext, qtbot: Any, smtp: SmtpServer
) -> None:
    configure_mail(context.db, smtp.port)
    book_pending_request(context)
    dialog = outbox(context, qtbot)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(dialog, COL_STATUS) == ["Inviato"], timeout=20_000)
    assert dialog.status.text() == "Inviati: 1. Da riprovare: 0. Non riusciti: 0."
    (_sender, recipients, _raw) = smtp.mailbox.messages[0]
    assert len(smtp.mailbox.messages) == 1 and recipients[0].endswith("@example.org")


def test_retry_puts_a_refused_message_back_in_the_queue(
    context: AppContext, qtbot: Any, smtp: SmtpServer
) -> None:
    configure_mail(context.db, smtp.port)
    book_pending_request(context)
    with context.db.read() as s:
        (queued,) = mail_outbox.list_outbox(s)
    smtp.mailbox.refuse[queued.to_addr] = "550 no such user"
    dialog = outbox(context, qtbot)
    dialog.send_now()
    qtbot.waitUntil(lambda: column(dialog, COL_STATUS) == ["Non riuscito"], timeout=20_000)
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert column(dialog, COL_STATUS) == ["In coda"]
    assert dialog.status.text() == "Messaggi rimessi in coda: 1."


def test_a_declining_reply_file_raises_an_alert_that_can_be_dismissed(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    configure_mail(context.db, 2525)
    booking_id = book_pending_request(context)
    with context.db.read() as s:
        (queued,) = mail_outbox.list_outbox(s)
    answer = tmp_path / "risposta.ics"
    invite = finance_free_invite(context.db, booking_id)
    answer.write_bytes(client_reply(invite, "DECLINED", attendee=queued.to_addr))
    panel = outbox(context, qtbot).alerts
    panel.read_replies([str(answer)])
    qtbot.waitUntil(lambda: panel.alerts.count() == 1, timeout=10_000)
    assert panel.outcomes.item(0).text().startswith("risposta.ics: rifiutato")
    assert f"ha rifiutato l'intervento {booking_id}" in panel.alerts.item(0).text()
    panel.alerts.item(0).setSelected(True)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.alerts.count() == 0


def finance_free_invite(db: Database, booking_id: str) -> bytes:
    """The booking's invitation as the mediator's calendar received it."""
    from mediation_desk.services import feeds

    with db.read() as s:
        return feeds.booking_ics(s, booking_id, now=dt.datetime(2026, 12, 3, 9, tzinfo=dt.UTC))


def settings_view(window: MainWindow) -> SettingsView:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    return view


def test_a_longer_late_cancellation_notice_makes_the_same_cancel_late(window: MainWindow) -> None:
    context = window.context
    planned = lookups.get_booking(context.db, "B00002")  # four days ahead of the test clock
    assert planned is not None
    before = CancelDialog(window, planned, operations.is_late_cancellation(context, planned))
    assert before.warning.text() == "Annullato in tempo: nulla viene addebitato."
    business = settings_view(window).shared_settings.business
    business.notice_hours.setValue(120)
    assert business.save_service()
    after = CancelDialog(window, planned, operations.is_late_cancellation(context, planned))
    assert after.warning.text() == "Annullamento tardivo: sarà addebitato al progetto."


def test_a_billing_rule_set_in_settings_is_what_finance_reads(window: MainWindow) -> None:
    business = settings_view(window).shared_settings.business
    assert business.project.currentData() == PROJECT
    business.round_step.setValue(30)
    business.min_charge.setValue(90)
    business.no_show_bills.setChecked(False)
    business.own_rate.setChecked(True)
    business.hourly_rate.setValue(25.5)
    assert business.save_rule()
    assert finance.read_billing_rules(window.context.db)[PROJECT] == BillingRule(
        30, 90, True, False, Decimal("25.50")
    )


def test_test_connection_reaches_the_smtp_server_in_the_background(
    context: AppContext, qtbot: Any, smtp: SmtpServer
) -> None:
    panel = mail_panel(context, qtbot)
    fill_mail_form(panel, "")
    panel.host.setText("127.0.0.1")
    panel.port.setValue(smtp.port)
    panel.security.setCurrentIndex(panel.security.findData("none"))
    panel.user.clear()
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "Connessione e accesso funzionano.", timeout=20_000)


def test_the_tools_menu_opens_the_outbox_window_once(window: MainWindow, qtbot: Any) -> None:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Strumenti")
    assert isinstance(tools, QMenu)
    entry = next(a for a in tools.actions() if a.text() == "&Posta in uscita e risposte…")
    entry.trigger()
    entry.trigger()
    dialogs = window.findChildren(OutboxDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowTitle() == "Posta in uscita"


def test_a_booking_made_in_the_window_is_sent_in_the_background(
    window: MainWindow, qtbot: Any, smtp: SmtpServer
) -> None:
    context = window.context
    configure_mail(context.db, smtp.port)
    booked = book_pending_request(context)
    context.apply(ChangeSet(bookings=frozenset({booked})))  # what the runner says after booking
    qtbot.waitUntil(lambda: len(smtp.mailbox.messages) == 1, timeout=20_000)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Inviti inviati: 1"), timeout=5_000
    )
    with context.db.read() as s:
        assert [entry.status for entry in mail_outbox.list_outbox(s)] == ["sent"]


def imap_panel(window: MainWindow) -> ImapSettingsPanel:
    return settings_view(window).shared_settings.imap


def test_the_replies_mailbox_is_saved_with_its_password_in_the_keyring(window: MainWindow) -> None:
    panel = imap_panel(window)
    panel.host.setText("imap.example.org")
    panel.user.setText("coordinamento")
    panel.password.setText("segreta")
    assert panel.save()
    assert panel.status.text() == "Impostazioni della casella salvate."
    assert keyring.get_password(credentials.IMAP_SERVICE, "coordinamento@imap.example.org:993") == "segreta"
    assert stored_imap_settings(window.context) == {
        "host": "imap.example.org",
        "port": 993,
        "user": "coordinamento",
        "folder": "INBOX",
        "ssl": True,
    }


def test_a_mailbox_that_cannot_be_reached_is_reported_in_the_outbox(window: MainWindow, qtbot: Any) -> None:
    panel = imap_panel(window)
    panel.host.setText("127.0.0.1")
    panel.port.setValue(free_port())  # nobody listens there
    panel.ssl.setChecked(False)
    panel.user.setText("coordinamento")
    assert panel.save()
    alerts = show_outbox(window).alerts
    assert alerts.mailbox_button.isEnabled()
    qtbot.mouseClick(alerts.mailbox_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alerts.outcomes.count() == 1, timeout=10_000)
    assert alerts.outcomes.item(0).text().startswith("Risposte non lette: ")
