"""Booking actions shared by the calendar and the requests view: reschedule, cancel, no-show, close, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    CancelParty,
)
from mediation_desk.scheduling.series import SeriesScope
from mediation_desk.services import lookups, monitoring
from mediation_desk.services.monitoring import MonitoringForm
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import monitoring_fields, series_actions, sheet_actions, signed_sheet_dialog
from mediation_desk.ui.bookings.reschedule_dialog import RescheduleDialog
from mediation_desk.ui.bookings.signed_sheet_box import SignedSheetBox
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog


def load_booking(context: AppContext, booking_id: str) -> Booking | None:
    return lookups.get_booking(context.db, BookingId(booking_id))


def _done(context: AppContext, changed: object) -> bool:
    """Whether the action went through (its changes are already applied by the runner)."""
    return changed is not None


def reschedule(
    parent: QWidget, context: AppContext, booking: Booking, start: dt.datetime, mediator_id: str,
    agreed_with: str | None = None,
) -> bool:
    """Move ``booking`` to ``start`` (same duration) and ``mediator_id``; the refusal reasons are shown.

    ``agreed_with``: who at the agency agreed to a new time, which then becomes the request's window.
    A booking of a series first asks whether the following or all occurrences move too.
    """
    if booking.series:
        scope = series_actions.ask_scope(parent, booking, translate("BookingActions", "Move booking"))
        if scope is None:
            return False
        if scope is not SeriesScope.ONE:
            return _done(context, series_actions.move(parent, context, booking, scope, start, mediator_id))
    end = start + (booking.end - booking.start)
    return _done(context, operations.reschedule(parent, context, booking, start, end, mediator_id,
                                                agreed_with=agreed_with))


def reschedule_dialog(parent: QWidget, context: AppContext, booking: Booking, catalog: Catalog) -> bool:
    request, _bookings = lookups.request_with_bookings(context.db, booking.request)
    dialog = RescheduleDialog(parent, booking, catalog, request)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start = fw.checked_instant(parent, dialog.start)  # a time the clocks repeat is asked about
    if start is None:
        return False
    return reschedule(parent, context, booking, start, fw.combo_value(dialog.mediator), dialog.agreed_by())


def _parties(gender: str | None = None) -> list[tuple[str, CancelParty]]:
    return [(labels.cancel_party(p, gender), p) for p in CancelParty]


def _gender(context: AppContext, booking: Booking) -> str | None:
    """The booked mediator's gender, so the dialogs say "la mediatrice" or "il mediatore"."""
    mediator = context.catalog().mediators.get(booking.mediator)
    return mediator.gender if mediator is not None else None


class CancelDialog(QDialog):
    """Who calls it off, why, and what it costs; and whether the request is closed or stays to fill."""

    def __init__(self, parent: QWidget, booking: Booking, late: bool, gender: str | None = None) -> None:
        super().__init__(parent)
        self.late = late
        self.setWindowTitle(translate("CancelDialog", "Cancel booking {id}").format(id=booking.id))
        self.party = QComboBox()
        for text, party in _parties(gender):
            self.party.addItem(text, party.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CancelDialog", "e.g. the family moved to another town"))
        self.close_request = QCheckBox(translate("CancelDialog", "The request is no longer needed: close it"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("CancelDialog", "Booking"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        form.addRow(translate("CancelDialog", "Called off by"), self.party)
        form.addRow(translate("CancelDialog", "Reason"), self.reason)
        form.addRow(self.close_request)
        form.addRow(self.warning)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(translate("CancelDialog", "Cancel the booking"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(translate("CancelDialog", "Back"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)  # Enter in the reason does not cancel an intervention
        self.ok_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.party.currentIndexChanged.connect(self._party_changed)
        self.close_request.toggled.connect(self._update)
        self._party_changed()

    def chosen_party(self) -> CancelParty:
        return CancelParty(self.party.currentData())

    def _party_changed(self) -> None:
        self.close_request.setChecked(self.chosen_party().closes_request)
        self._update()

    def _update(self) -> None:
        party = self.chosen_party()
        billed = self.late and party.bills_late
        if billed:
            text = translate("CancelDialog", "Late cancellation: it will be billed to the project.")
        elif self.late:
            text = translate("CancelDialog", "Late, but not called off by the agency or the family: "
                                             "nothing is billed.")
        else:
            text = translate("CancelDialog", "Cancelled in time: nothing is billed.")
        if not self.close_request.isChecked():
            text += " " + translate("CancelDialog", "The request goes back among those to fill.")
        self.warning.setText(text)
        self.warning.setStyleSheet(fw.PROBLEM_STYLE if billed else "")
        self.ok_button.setEnabled(bool(self.reason.text().strip()))


def cancel_dialog(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    scope = None
    if booking.series:
        scope = series_actions.ask_scope(parent, booking, translate("BookingActions", "Cancel booking"))
        if scope is None:
            return False
    dialog = CancelDialog(parent, booking, operations.is_late_cancellation(context, booking),
                          _gender(context, booking))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    reason, party = dialog.reason.text().strip(), dialog.chosen_party()
    closes = dialog.close_request.isChecked()
    if scope is not None:
        return _done(context, series_actions.cancel(parent, context, booking, scope, reason, party, closes))
    changed = operations.cancel(parent, context, booking, reason, by=party, close_request=closes)
    if changed is not None:
        QMessageBox.information(
            parent, translate("BookingActions", "Booking cancelled"), labels.outcome(changed.outcome)
        )
    return _done(context, changed)


class CloseDialog(QDialog):
    """The actual start and end of a delivered intervention; the signed sheet, when it came back with it."""

    def __init__(self, parent: QWidget, booking: Booking, context: AppContext,
                 monitoring_form: MonitoringForm | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CloseDialog", "Close booking {id}").format(id=booking.id))
        form_data = monitoring_form or monitoring.form(context.db, booking.id)
        self.assisted = monitoring_fields.PeopleAssistedBox(form_data, self)
        self.actual_start, self.actual_end = fw.datetime_edit(), fw.datetime_edit()
        fw.set_instant(self.actual_start, booking.actual_start or booking.start)
        fw.set_instant(self.actual_end, booking.actual_end or booking.end)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(translate("CloseDialog", "Planned"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        form.addRow(translate("CloseDialog", "Actual start"), self.actual_start)
        form.addRow(translate("CloseDialog", "Actual end"), self.actual_end)
        self.signed = SignedSheetBox(self, context)
        form.addRow(self.signed)
        form.addRow(self.assisted)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for editor in (self.actual_start, self.actual_end):
            editor.dateTimeChanged.connect(self._check)
        self.signed.toggled.connect(self._check)
        self.signed.signed_by.textChanged.connect(self._check)
        self.signed.received.dateChanged.connect(self._check)
        self.assisted.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = ""
        if fw.instant_of(self.actual_end) <= fw.instant_of(self.actual_start):
            problem = translate("CloseDialog", "The end must follow the start.")
        elif self.signed.isChecked() and not self.signed.signed_by.text().strip():
            problem = translate("CloseDialog", "Say who signed the sheet for the agency.")
        elif self.signed.isChecked() and self.signed.received_on() < i18n.to_local(
                fw.instant_of(self.actual_start)).date():
            problem = translate("CloseDialog", "The signed sheet cannot come back before the intervention.")
        self.problem.setText(problem)
        ok = not problem and not self.assisted.problems()  # the people box says its own problem
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def close_dialog(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    dialog = CloseDialog(parent, booking, context)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start = fw.checked_instant(parent, dialog.actual_start)
    end = fw.checked_instant(parent, dialog.actual_end) if start is not None else None
    if start is None or end is None:
        return False
    signed = dialog.signed.value()
    return _done(context, operations.close(parent, context, booking, start, end, signed=signed,
                                           assisted=dialog.assisted.value()))


def no_show(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    """Who did not come: the person assisted (billed as booked) or the mediator (not billed)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("BookingActions", "No-show"), translate(
        "BookingActions", "Who did not come to booking {id}?").format(id=booking.id), parent=parent)
    box.setObjectName("no_show")
    family = box.addButton(translate("BookingActions", "The person assisted (billed)"),
                           QMessageBox.ButtonRole.AcceptRole)
    woman = _gender(context, booking) == "F"
    mediator = box.addButton(translate("BookingActions", "The mediator (not billed)", "woman") if woman
                             else translate("BookingActions", "The mediator (not billed)"),
                             QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("BookingActions", "Back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    parties = {family: CancelParty.FAMILY, mediator: CancelParty.MEDIATOR}
    by = parties.get(box.clickedButton())  # type: ignore[call-overload]
    if by is None:
        return False
    return _done(context, operations.no_show(parent, context, booking, by))


def undo(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    return _done(context, operations.undo(parent, context, booking))


def fill_menu(menu: QMenu, parent: QWidget, context: AppContext, booking: Booking, catalog: Catalog) -> None:
    confirmed = booking.status is BookingStatus.CONFIRMED
    for text, enabled, action in (
        (
            translate("BookingActions", "Move…"),
            confirmed,
            lambda: reschedule_dialog(parent, context, booking, catalog),
        ),
        (translate("BookingActions", "Cancel…"), confirmed, lambda: cancel_dialog(parent, context, booking)),
        (translate("BookingActions", "No-show"), confirmed, lambda: no_show(parent, context, booking)),
        (
            translate("BookingActions", "Close with actual times…"),
            confirmed,
            lambda: close_dialog(parent, context, booking),
        ),
        (
            translate("BookingActions", "People assisted…"),
            monitoring_fields.can_edit(booking),
            lambda: monitoring_fields.edit_people_assisted(parent, context, booking),
        ),
        (
            translate("BookingActions", "Undo the last change"),
            operations.can_undo(context, booking),
            lambda: undo(parent, context, booking),
        ),
        (
            translate("BookingActions", "Signed sheet…"),
            signed_sheet_dialog.can_record(booking),
            lambda: signed_sheet_dialog.signed_sheet_dialog(parent, context, booking),
        ),
        (
            translate("BookingActions", "Print intervention sheet…"),
            sheet_actions.can_print(booking),
            lambda: sheet_actions.print_intervention_sheet_dialog(parent, context, booking),
        ),
        (
            translate("BookingActions", "Intervention sheet as PDF…"),
            sheet_actions.can_print(booking),
            lambda: sheet_actions.print_intervention_sheet(parent, context, booking),
        ),
    ):
        entry = menu.addAction(text)
        entry.setEnabled(enabled)
        entry.triggered.connect(lambda _checked=False, act=action: act())


class ActionButtons(QWidget):
    """The same actions as buttons, for the booking selected in the requests view."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.booking: Booking | None = None
        self.catalog = Catalog()
        context: AppContext = view.context  # type: ignore[attr-defined]
        self.context = context
        self.move_button = QPushButton(translate("BookingActions", "Move…"))
        self.cancel_button = QPushButton(translate("BookingActions", "Cancel…"))
        self.no_show_button = QPushButton(translate("BookingActions", "No-show"))
        self.close_button = QPushButton(translate("BookingActions", "Close…"))
        self.undo_button = QPushButton(translate("BookingActions", "Undo"))
        self.assisted_button = QPushButton(translate("BookingActions", "People assisted…"))
        self.sheet_button = QPushButton(translate("BookingActions", "Print sheet…"))
        self.sheet_button.setToolTip(translate("BookingActions", "The intervention sheet to sign, printed"))
        self.pdf_button = QPushButton(translate("BookingActions", "Sheet as PDF…"))
        self.pdf_button.setToolTip(translate("BookingActions", "The intervention sheet to sign, as A4 PDF"))
        self.signed_button = QPushButton(translate("BookingActions", "Signed sheet…"))
        self.signed_button.setToolTip(translate("BookingActions", "Record the signed sheet that came back, "
                                                                  "and its scan"))
        layout = QGridLayout(self)  # rows of three: the requests view has room for no more at 1280 px
        layout.setContentsMargins(0, 0, 0, 0)
        for place, (button, action) in enumerate((
            (self.move_button, lambda b: reschedule_dialog(view, context, b, self.catalog)),
            (self.cancel_button, lambda b: cancel_dialog(view, context, b)),
            (self.no_show_button, lambda b: no_show(view, context, b)),
            (self.close_button, lambda b: close_dialog(view, context, b)),
            (self.undo_button, lambda b: undo(view, context, b)),
            (self.assisted_button, lambda b: monitoring_fields.edit_people_assisted(view, context, b)),
            (self.sheet_button, lambda b: sheet_actions.print_intervention_sheet_dialog(view, context, b)),
            (self.pdf_button, lambda b: sheet_actions.print_intervention_sheet(view, context, b)),
            (self.signed_button, lambda b: signed_sheet_dialog.signed_sheet_dialog(view, context, b)),
        )):
            layout.addWidget(button, place // 3, place % 3)
            button.clicked.connect(lambda _checked=False, act=action: self._run(act))
        self.set_booking(None, self.catalog)

    def _run(self, action: object) -> None:
        if self.booking is not None:
            action(self.booking)  # type: ignore[operator]

    def set_booking(self, booking: Booking | None, catalog: Catalog) -> None:
        self.booking, self.catalog = booking, catalog
        confirmed = booking is not None and booking.status is BookingStatus.CONFIRMED
        for button in (self.move_button, self.cancel_button, self.no_show_button, self.close_button):
            button.setEnabled(confirmed)
        self.undo_button.setEnabled(booking is not None and operations.can_undo(self.context, booking))
        editable = monitoring_fields.can_edit(booking)
        self.assisted_button.setEnabled(editable)
        self.assisted_button.setToolTip(monitoring_fields.summary(
            monitoring.assisted(self.context.db, booking.id)) if editable and booking is not None else "")
        self.sheet_button.setEnabled(sheet_actions.can_print(booking))
        self.pdf_button.setEnabled(sheet_actions.can_print(booking))
        self.signed_button.setEnabled(signed_sheet_dialog.can_record(booking))
