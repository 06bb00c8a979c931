"""The first week of a coordinator (issue 16): each point driven through the window, screen and DB."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

from mediation_desk.scheduling.model import CancelParty, Outcome, RequestStatus
from mediation_desk.services import changes, mail_outbox, mail_sending, mail_settings
from mediation_desk.storage import repository
from mediation_desk.ui.bookings.booking_actions import CancelDialog, RescheduleDialog
from mediation_desk.ui.bookings.series_dialog import SeriesDialog
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.requests.requests_view import RequestsView
from tests.factories import rome
from tests.ui.support import Clock, when_modal
from tests.ui.test_series_ui import close_message


def requests_view(window: MainWindow) -> RequestsView:
    window.go_to("requests")
    view = window.views["requests"]
    assert isinstance(view, RequestsView)
    return view


def wait_for_candidates(qtbot: Any, view: RequestsView) -> None:
    qtbot.waitUntil(lambda: view.candidates.result is not None, timeout=10_000)


def configure_mail(window: MainWindow, host: str) -> None:
    settings = mail_settings.MailSettings(host=host, port=587, security="none", sender="desk@example.org",
                                 organizer_email="desk@example.org")
    mail_settings.save_settings(
        window.context.db, settings, password=None, now=window.context.now(), actor="t"
    )


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
        (queued,) = mail_outbox.list_outbox(s, "queued")
    assert queued.booking_id == booking.id and mail_sending.MailFailure.decode(
        queued.last_error
    ) == mail_sending.MailFailure("host_unknown", {"host": "smtp.example.invalid"})
    reply = view.bookings_model.index(0, 6).data()
    assert reply == "Invito non inviato"


# ---- 1. the budget enforced as displayed ------------------------------------------------------
def _budget_left_for(window: MainWindow, code: str, occurrences: int, minutes: int) -> None:
    """Set the project's budget so that exactly ``occurrences`` bookings of ``minutes`` (as billed) fit."""
    from mediation_desk.services.budget import budget_report

    (status,) = [b for b in budget_report(window.context.db, window.context.now()) if b.project.code == code]
    with window.context.db.write() as s:
        project = repository.get_project(s, code)
        assert project is not None
        hours = (status.used_min + occurrences * minutes) / 60
        repository.save_project(s, dataclasses.replace(project, hour_budget=hours))
    window.context.apply(changes.CATALOGUE)


def test_a_series_past_the_budget_can_be_booked_with_a_recorded_reason(
    window: MainWindow, qtbot: Any
) -> None:
    with window.context.db.read() as s:
        template = repository.get_request(s, "R00002")
    assert template is not None and template.project == "LABIMPACT2"
    _budget_left_for(window, "LABIMPACT2", 2, max(60, template.duration_min))
    view = requests_view(window)
    view.show_item("R00002")
    wait_for_candidates(qtbot, view)
    messages: list[str] = []
    reasons: list[str] = []

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        reasons.append(dialog.labelText())
        dialog.setTextValue("progetto integrato dal Comune")
        when_modal(qtbot, close_message(messages), QMessageBox)
        dialog.accept()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SeriesDialog)
        dialog.count.setValue(4)
        when_modal(qtbot, give_reason, QInputDialog)
        dialog.accept()

    when_modal(qtbot, fill, SeriesDialog)
    view.repeat_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "Monte ore del progetto LABIMPACT2" in reasons[0]
    assert messages == ["Prenotate 4 occorrenze su 4."]
    with window.context.db.read() as s:
        booked = sorted((b for b in repository.list_bookings(s) if b.series), key=lambda b: b.start)
    assert [b.budget_override for b in booked] == ["", "", "progetto integrato dal Comune",
                                                   "progetto integrato dal Comune"]


def test_the_budget_figures_add_up_and_count_what_is_billed(window: MainWindow, qtbot: Any) -> None:
    from mediation_desk.services.budget import budget_report

    window.go_to("projects")
    view = window.views["projects"]
    view.show_item("LABIMPACT2")  # type: ignore[attr-defined]
    summary = view.findChild(QLabel, "budget_summary")  # type: ignore[attr-defined]
    assert summary is not None
    qtbot.waitUntil(lambda: "Monte ore" in summary.text(), timeout=10_000)
    numbers = [float(x.replace(",", ".")) for x in re.findall(r"(\d+,\d) h", summary.text())]
    budget, delivered, booked, left = numbers
    assert round(delivered + booked + left, 1) == budget
    (status,) = [b for b in budget_report(window.context.db, window.context.now())
                 if b.project.code == "LABIMPACT2"]
    assert abs(status.committed_min / 60 - booked) <= 0.051
    assert abs(status.delivered_min / 60 - delivered) <= 0.051


# ---- 2. a move to a time agreed with the agency ------------------------------------------------
def test_a_move_to_a_time_agreed_with_the_agency_becomes_the_window_and_bills_nothing(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    view.show_item("R00001")  # booked with Amina on Mon 7/12 09:00; the agency proposed 09-12 that day
    seen: dict[str, Any] = {}

    def agree(dialog: QWidget) -> None:
        assert isinstance(dialog, RescheduleDialog)
        seen["mediators"] = [dialog.mediator.itemText(i) for i in range(dialog.mediator.count())]
        fw.set_instant(dialog.start, rome(2026, 12, 10, 15))
        seen["blocked"] = (dialog.move_button.isEnabled(), dialog.hint.text())
        dialog.agreed.setChecked(True)
        qtbot.keyClicks(dialog.agreed_with, "dott.ssa Rossi")
        seen["enabled"] = dialog.move_button.isEnabled()
        dialog.move_button.click()

    when_modal(qtbot, agree, RescheduleDialog)
    qtbot.mouseClick(view.booking_buttons.move_button, Qt.MouseButton.LeftButton)
    assert seen["mediators"] == ["Amina El Idrissi", "Yonas Tesfaye"]  # not the one who speaks only Tigrinya
    assert seen["blocked"][0] is False and "Fuori dalle fasce proposte" in seen["blocked"][1]
    assert seen["enabled"] is True
    with window.context.db.read() as s:
        booking = repository.get_booking(s, "B00002")
        request = repository.get_request(s, "R00001")
        (agreed,) = [e for e in repository.list_audit(s, "request", "R00001") if e.action == "agreed_time"]
    assert booking is not None and booking.start == rome(2026, 12, 10, 15)
    assert booking.status.value == "confirmed"
    assert booking.outcome is None  # nothing billed: no cancellation, no rebooking
    assert request is not None and [(w.start, w.end) for w in request.windows] == [
        (rome(2026, 12, 10, 15), rome(2026, 12, 10, 16, 30))]
    assert agreed.details["agreed_with"] == "dott.ssa Rossi"
    assert "gio 10/12/2026 15:00" in view.bookings_model.index(0, 1).data()


# ---- 3. who cancelled, and what it costs ------------------------------------------------------
def test_a_mediator_dropping_out_late_bills_nothing_and_the_request_is_unfilled_again(
    window: MainWindow, qtbot: Any, clock: Clock
) -> None:
    clock.now = rome(2026, 12, 7, 8)  # one hour before
    view = requests_view(window)
    view.show_item("R00001")
    seen: dict[str, Any] = {}

    def mediator_drops_out(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelDialog)
        seen["agency"] = (dialog.warning.text(), dialog.close_request.isChecked())
        seen["default"] = dialog.back_button.isDefault()
        seen["buttons"] = [b.text() for b in dialog.buttons.buttons()]
        dialog.party.setCurrentIndex(dialog.party.findData("mediator"))
        seen["mediator"] = (dialog.warning.text(), dialog.close_request.isChecked())
        qtbot.keyClicks(dialog.reason, "malattia improvvisa")
        when_modal(qtbot, lambda box: box.close())
        dialog.ok_button.click()

    when_modal(qtbot, mediator_drops_out, CancelDialog)
    qtbot.mouseClick(view.booking_buttons.cancel_button, Qt.MouseButton.LeftButton)
    assert seen["agency"] == ("Annullamento tardivo: sarà addebitato al progetto.", True)
    assert seen["default"] and "Annulla" not in seen["buttons"] and "Indietro" in seen["buttons"]
    assert seen["mediator"][1] is False and "non si addebita nulla" in seen["mediator"][0]
    with window.context.db.read() as s:
        booking = repository.get_booking(s, "B00002")
        request = repository.get_request(s, "R00001")
    assert booking is not None and booking.cancelled_by is CancelParty.MEDIATOR
    assert booking.outcome is Outcome.CANCELLED and request is not None
    assert request.status is RequestStatus.PENDING
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Annullato, non addebitato" in row
    assert view.form.heading.text() == "Richiesta R00001 — Da pianificare"


def test_a_request_closed_by_mistake_is_reopened(window: MainWindow, qtbot: Any, clock: Clock) -> None:
    view = requests_view(window)
    view.show_item("R00001")

    def agency_cancels(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelDialog)
        qtbot.keyClicks(dialog.reason, "annullato per errore")
        when_modal(qtbot, lambda box: box.close())
        dialog.ok_button.click()

    when_modal(qtbot, agency_cancels, CancelDialog)
    qtbot.mouseClick(view.booking_buttons.cancel_button, Qt.MouseButton.LeftButton)
    assert view.reopen_button.isEnabled() and not view.cancel_request_button.isEnabled()
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)  # type: ignore
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        request = repository.get_request(s, "R00001")
        entry = repository.list_audit(s, "request", "R00001")[-1]
    assert request is not None and request.status is RequestStatus.PENDING and entry.action == "reopen"
    assert view.form.heading.text() == "Richiesta R00001 — Da pianificare"
    assert not view.reopen_button.isEnabled()


def test_a_no_show_of_the_mediator_is_not_billed(window: MainWindow, qtbot: Any, clock: Clock) -> None:
    clock.now = rome(2026, 12, 7, 11)
    view = requests_view(window)
    view.show_item("R00001")
    labels_seen: list[str] = []

    def the_mediator(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        labels_seen.extend(b.text() for b in box.buttons())
        assert box.defaultButton().text() == "Indietro"
        (button,) = [b for b in box.buttons() if b.text() == "La mediatrice (non si addebita)"]
        button.click()

    when_modal(qtbot, the_mediator, QMessageBox)
    qtbot.mouseClick(view.booking_buttons.no_show_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        booking = repository.get_booking(s, "B00002")
        request = repository.get_request(s, "R00001")
    assert booking is not None and booking.outcome is Outcome.MEDIATOR_NO_SHOW
    assert request is not None and request.status is RequestStatus.PENDING
    row = [view.bookings_model.index(0, c).data() for c in range(view.bookings_model.columnCount())]
    assert "Mediatore non presentato (non addebitato)" in row and "Svolto" not in row


# ---- 4. planning with a preview -----------------------------------------------------------------
def test_the_plan_is_shown_first_lines_can_be_dropped_and_every_leftover_has_a_reason(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import QThreadPool

    from mediation_desk.ui.data import menu_actions
    from mediation_desk.ui.data.menu_actions import PlanDialog
    from mediation_desk.ui.planning.plan_preview_dialog import PlanPreviewDialog

    with window.context.db.write() as s:  # a request nobody speaks the language of
        template = repository.get_request(s, "R00003")
        assert template is not None
        pashto = dataclasses.replace(repository.list_languages(s)[0], code="ps", name="Pashto")
        repository.save_language(s, pashto)
        repository.save_request(s, dataclasses.replace(template, id="R00009", language="ps", version=0))
    seen: dict[str, Any] = {}
    messages: list[str] = []

    def choose_period(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.seconds.setValue(2)
        when_modal(qtbot, drop_one, PlanPreviewDialog)
        dialog.accept()

    def drop_one(preview: QWidget) -> None:
        assert isinstance(preview, PlanPreviewDialog)
        model = preview.model
        seen["lines"] = [model.index(r, 0).data() for r in range(model.rowCount())]
        seen["unbooked"] = [preview.unbooked.item(i).text() for i in range(preview.unbooked.count())]
        seen["budgets"] = preview.budgets.text()
        with window.context.db.read() as s:
            seen["booked_before"] = {r.id: r.status for r in repository.list_requests(s)}
        row = seen["lines"].index("R00002")
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        when_modal(qtbot, lambda box: messages.append(box.text()) or box.close(), QMessageBox)  # type: ignore
        preview.book_button.click()

    when_modal(qtbot, choose_period, PlanDialog)
    menu_actions.plan_pending(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert sorted(seen["lines"]) == ["R00002", "R00003"]
    assert seen["booked_before"]["R00002"] is RequestStatus.PENDING  # nothing booked while previewing
    assert any("R00009" in line and "Nessun mediatore parla Pashto" in line for line in seen["unbooked"])
    assert "con questo piano" in seen["budgets"]
    with window.context.db.read() as s:
        statuses = {r.id: r.status for r in repository.list_requests(s)}
    assert statuses["R00003"] is RequestStatus.BOOKED and statuses["R00002"] is RequestStatus.PENDING
    assert "R00002: Tolta dal piano" in messages[0] and "R00009: Nessun mediatore parla Pashto" in messages[0]


# ---- 6. unsaved edits are never dropped silently ----------------------------------------------
def answer_unsaved(qtbot: Any, label: str, seen: list[str]) -> None:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "unsaved_changes"
        seen.append(" / ".join(b.text() for b in box.buttons()))
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()

    when_modal(qtbot, click, QMessageBox)


def stored_reason(window: MainWindow, request_id: str) -> str:
    with window.context.db.read() as s:
        request = repository.get_request(s, request_id)
    assert request is not None
    return request.reason


def test_switching_request_with_unsaved_edits_asks_and_each_answer_does_what_it_says(
    window: MainWindow, qtbot: Any
) -> None:
    view = requests_view(window)
    view.show_item("R00001")
    view.form.reason.setText("colloquio spostato in biblioteca")
    seen: list[str] = []
    answer_unsaved(qtbot, "Annulla", seen)
    view.show_item("R00003")
    assert sorted(seen[0].split(" / ")) == ["Annulla", "Non salvare", "Salva"]
    assert view.form.current is not None and view.form.current.id == "R00001"
    assert view.form.reason.text() == "colloquio spostato in biblioteca"
    assert view.selected_request().id == "R00001"  # type: ignore[union-attr]
    answer_unsaved(qtbot, "Non salvare", seen)
    view.show_item("R00003")
    assert view.form.current.id == "R00003"  # type: ignore[union-attr]
    assert stored_reason(window, "R00001") == "colloquio con i servizi sociali"
    view.show_item("R00001")
    view.form.reason.setText("colloquio spostato in biblioteca")
    answer_unsaved(qtbot, "Salva", seen)
    view.show_item("R00003")
    assert stored_reason(window, "R00001") == "colloquio spostato in biblioteca"
    assert view.form.current.id == "R00003"  # type: ignore[union-attr]


def test_ctrl_n_search_and_closing_ask_too_and_ctrl_s_saves(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.show_item("R00001")
    view.form.reason.setText("primo colloquio")
    seen: list[str] = []
    answer_unsaved(qtbot, "Annulla", seen)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.form.current is not None and view.form.reason.text() == "primo colloquio"
    answer_unsaved(qtbot, "Annulla", seen)
    qtbot.keyClick(view.search, Qt.Key.Key_R)
    assert view.search.text() == "" and view.form.reason.text() == "primo colloquio"
    answer_unsaved(qtbot, "Annulla", seen)
    window.close()
    assert window.isVisible() and len(seen) == 3
    assert window.save_action.shortcut() == QKeySequence("Ctrl+S")
    window.save_action.trigger()  # what Ctrl+S does (the key goes to the active window)
    assert stored_reason(window, "R00001") == "primo colloquio"
    assert not view.form.is_dirty()
    window.new_request_action.trigger()  # nothing to ask now
    assert view.form.current is None and len(seen) == 3


def test_cancelling_a_request_defaults_to_no(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.show_item("R00002")
    defaults: list[str] = []

    def read_default(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.defaultButton().text().replace("&", ""))
        box.defaultButton().click()

    when_modal(qtbot, read_default, QMessageBox)
    qtbot.mouseClick(view.cancel_request_button, Qt.MouseButton.LeftButton)
    assert defaults == ["No"]
    with window.context.db.read() as s:
        request = repository.get_request(s, "R00002")
    assert request is not None and request.status is RequestStatus.PENDING


# ---- 7. warnings where a coordinator wants one -------------------------------------------------
def test_the_form_warns_of_a_past_date_no_project_and_short_notice_but_not_for_urgent_ones(
    window: MainWindow, qtbot: Any, clock: Clock
) -> None:
    from mediation_desk.services import business_settings as business

    settings = business.BusinessSettings("Servizio", 24.0, request_lead_hours=48.0)
    business.save_business_settings(window.context.db, settings,
                                     actor="t", now=clock.now)
    view = requests_view(window)
    view.refresh()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = view.form
    form.agency.setCurrentIndex(form.agency.findData("A002"))
    form.language.setCurrentIndex(form.language.findData("ar"))
    form.mode.setCurrentIndex(form.mode.findData("phone"))
    warnings = form.warnings.text()  # tomorrow 09:00 is less than 48 h away; no project chosen
    assert "Preavviso inferiore alle 48 ore" in warnings and "Nessun progetto" in warnings
    form.priority.setCurrentIndex(form.priority.findData("urgent"))
    assert "Preavviso" not in form.warnings.text()
    days = dt.timedelta(days=3)
    form.windows.set_windows([dataclasses.replace(w, start=w.start - days, end=w.end - days)
                              for w in form.windows.windows()])
    assert "La data richiesta è già passata." in form.warnings.text()
    form.project.setCurrentIndex(form.project.findData("LABIMPACT2"))
    assert "Nessun progetto" not in form.warnings.text()
    assert view.save_button.isEnabled()  # warnings inform, they do not stop the save
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        old = {"R00001", "R00002", "R00003", "R00004"}
        saved = [r for r in repository.list_requests(s) if r.id not in old]
    assert len(saved) == 1 and saved[0].priority.value == "urgent" and saved[0].project == "LABIMPACT2"


# ---- 12. stale state cleared ---------------------------------------------------------------------
def test_after_ctrl_n_nothing_of_the_previous_request_is_left(window: MainWindow, qtbot: Any) -> None:
    view = requests_view(window)
    view.show_item("R00003")
    wait_for_candidates(qtbot, view)
    assert view.candidates.excluded_label.text().startswith("Esclusi: ")
    assert view.form.address.placeholderText()  # the agency's address, shown as a hint
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.candidates.excluded_label.text() == "Esclusi"
    assert view.candidates.excluded.topLevelItemCount() == 0 and view.candidates.model.rowCount() == 0
    assert view.form.address.placeholderText() == "" and view.form.address.text() == ""
    assert view.bookings_model.rowCount() == 0
    buttons = (view.booking_buttons.move_button, view.booking_buttons.cancel_button,
               view.booking_buttons.no_show_button, view.candidates.book_button,
               view.cancel_request_button, view.reopen_button, view.repeat_button)
    assert not any(b.isEnabled() for b in buttons)
    with window.context.db.read() as s:
        assert len(repository.list_requests(s)) == 4  # nothing was saved by starting a new one
