"""The first week of a coordinator (issue 16): each point driven through the window, screen and DB."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.services import mail
from mediation_desk.storage import repository
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.ui.support import Clock


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def wait_for_candidates(qtbot: Any, view: RequestsView) -> None:
    qtbot.waitUntil(lambda: view.candidates.result is not None, timeout=10_000)


def configure_mail(window: MainWindow, host: str) -> None:
    settings = mail.MailSettings(host=host, port=587, security="none", sender="desk@example.org",
                                 organizer_email="desk@example.org")
    mail.save_settings(window.context.db, settings, password=None, now=window.context.now(), actor="t")


# ---- 5. invitations that cannot go out -------------------------------------------------------
def test_without_mail_settings_the_requests_view_says_invitations_do_not_go_out(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    assert view.mail_banner.isVisible()
    assert "La posta non è configurata" in view.mail_banner.text()


def test_a_mail_server_that_cannot_be_found_is_named_where_the_coordinator_books(
    window: MainWindow, qtbot: Any, clock: Clock
) -> None:
    configure_mail(window, "smtp.example.invalid")
    view = requests_view(window)
    view.refresh()
    assert not view.mail_banner.isVisible()
    view.show_item("R00003")
    wait_for_candidates(qtbot, view)
    qtbot.mouseClick(view.candidates.book_button, Qt.MouseButton.LeftButton)
    window.mail_sender.send_now()
    qtbot.waitUntil(lambda: view.mail_banner.isVisible(), timeout=10_000)
    text = view.mail_banner.text()
    assert "Il server di posta smtp.example.invalid non si trova" in text
    assert "gaierror" not in text and "Errno" not in text
    with window.context.db.read() as s:
        (booking,) = repository.bookings_for_request(s, "R00003")
        (queued,) = mail.list_outbox(s, "queued")
    assert queued.booking_id == booking.id and mail.MailFailure.decode(queued.last_error) == mail.MailFailure(
        "host_unknown", {"host": "smtp.example.invalid"})
    reply = view.bookings_model.index(0, 6).data()
    assert reply == "Invito non inviato"
