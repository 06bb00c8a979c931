"""Tools → "Send queued invitations" takes the outbox's own path: sent, or told why not in Italian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mediation_desk.services import mail_outbox
from mediation_desk.ui.mail.outbox_dialog import OutboxDialog
from mediation_desk.ui.main_window import MainWindow
from tests.calendar_support import SmtpServer, configure_mail
from tests.keyring_support import install_keyring_for_tests
from tests.ui.support import when_modal
from tests.ui.test_mail_and_settings import book_pending_request


@pytest.fixture(autouse=True)
def _restore_keyring(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def tools_entry(window: MainWindow) -> QAction:
    (tools,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Strumenti"]
    assert isinstance(tools, QMenu)
    (entry,) = [a for a in tools.actions() if a.text().replace("&", "") == "Invia gli inviti in coda"]
    return entry


def answer_of(window: MainWindow, qtbot: Any) -> tuple[QMessageBox.Icon, str]:
    """Trigger the Tools entry; the icon and text of the message box it ends with (then closed)."""
    boxes: list[tuple[QMessageBox.Icon, str]] = []

    def take(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        boxes.append((box.icon(), box.text()))
        box.close()

    when_modal(qtbot, take, QMessageBox, title="Inviti")
    tools_entry(window).trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    return boxes[0]


def test_without_a_keyring_the_menu_says_so_in_italian_and_keeps_the_queue(
    window: MainWindow, qtbot: Any
) -> None:
    configure_mail(window.context.db, 2525, user="coordinamento")
    book_pending_request(window.context)
    keyring.set_keyring(fail.Keyring())
    icon, text = answer_of(window, qtbot)
    assert icon is QMessageBox.Icon.Warning
    assert text.startswith("Non inviati: non c'è un portachiavi di sistema utilizzabile")
    assert "Gli inviti restano in coda" in text and "no usable" not in text
    with window.context.db.read() as s:
        assert mail_outbox.counts(s) == {"queued": 1}


def test_the_menu_sends_like_the_outbox_and_the_open_outbox_follows(
    window: MainWindow, qtbot: Any, smtp: SmtpServer
) -> None:
    configure_mail(window.context.db, smtp.port)
    book_pending_request(window.context)
    window.show_outbox()
    icon, text = answer_of(window, qtbot)
    assert (icon, text) == (QMessageBox.Icon.Information, "Inviati: 1. Da riprovare: 0. Non riusciti: 0.")
    assert len(smtp.mailbox.messages) == 1
    outbox = window.findChild(OutboxDialog)
    assert outbox is not None and outbox.counts.text() == "In coda: 0 · Inviati: 1 · Non riusciti: 0"


def test_the_outbox_send_now_gives_the_same_keyring_message(window: MainWindow, qtbot: Any) -> None:
    configure_mail(window.context.db, 2525, user="coordinamento")
    book_pending_request(window.context)
    keyring.set_keyring(fail.Keyring())
    window.show_outbox()
    outbox = window.findChild(OutboxDialog)
    assert outbox is not None
    outbox.send_now()
    told = "Non inviati: non c'è un portachiavi"
    qtbot.waitUntil(lambda: outbox.status.text().startswith(told), timeout=20_000)
    assert outbox.counts.text() == "In coda: 1 · Inviati: 0 · Non riusciti: 0"
