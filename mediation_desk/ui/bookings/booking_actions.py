"""Booking actions shared by the calendar and the requests view: reschedule, cancel, no-show, close, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mediation_desk.scheduling.model import Booking, BookingStatus
from mediation_desk.scheduling.series import SeriesScope
from mediation_desk.services import lookups
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import series_actions
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog


def load_booking(context: AppContext, booking_id: str) -> Booking | None:
    return lookups.get_booking(context.db, booking_id)


def _done(context: AppContext, changed: object) -> bool:
    """Whether the action went through (its changes are already applied by the runner)."""
    return changed is not None


def reschedule(
    parent: QWidget, context: AppContext, booking: Booking, start: dt.datetime, mediator_id: str
) -> bool:
    """Move ``booking`` to ``start`` (same duration) and ``mediator_id``; the refusal reasons are shown.

    A booking of a series first asks whether the following or all occurrences move too.
    """
    if booking.series:
        scope = series_actions.ask_scope(parent, booking, translate("BookingActions", "Move booking"))
        if scope is None:
            return False
        if scope is not SeriesScope.ONE:
            return _done(context, series_actions.move(parent, context, booking, scope, start, mediator_id))
    end = start + (booking.end - booking.start)
    return _done(context, operations.reschedule(parent, context, booking, start, end, mediator_id))


class RescheduleDialog(QDialog):
    def __init__(self, parent: QWidget, booking: Booking, catalog: Catalog) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RescheduleDialog", "Move booking {id}").format(id=booking.id))
        self.start = fw.datetime_edit()
        fw.set_instant(self.start, booking.start)
        self.mediator = QComboBox()
        for mediator in sorted(catalog.mediators.values(), key=lambda m: m.name):
            if mediator.active or mediator.id == booking.mediator:
                self.mediator.addItem(mediator.name, mediator.id)
        self.mediator.setCurrentIndex(max(0, self.mediator.findData(booking.mediator)))
        form = QFormLayout(self)
        form.addRow(translate("RescheduleDialog", "Now"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        form.addRow(translate("RescheduleDialog", "New start"), self.start)
        form.addRow(translate("RescheduleDialog", "Mediator"), self.mediator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def reschedule_dialog(parent: QWidget, context: AppContext, booking: Booking, catalog: Catalog) -> bool:
    dialog = RescheduleDialog(parent, booking, catalog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return reschedule(parent, context, booking, fw.instant_of(dialog.start), fw.combo_value(dialog.mediator))


class CancelDialog(QDialog):
    """Asks the reason and says beforehand whether the cancellation is late (billable)."""

    def __init__(self, parent: QWidget, booking: Booking, late: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CancelDialog", "Cancel booking {id}").format(id=booking.id))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CancelDialog", "e.g. the family called off"))
        self.warning = QLabel(
            translate("CancelDialog", "Late cancellation: it will be billed to the project.")
            if late
            else translate("CancelDialog", "Cancelled in time: nothing is billed.")
        )
        self.warning.setStyleSheet("color: #b3261e;" if late else "")
        form = QFormLayout(self)
        form.addRow(translate("CancelDialog", "Booking"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        form.addRow(translate("CancelDialog", "Reason"), self.reason)
        form.addRow(self.warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        form.addRow(self.buttons)


def cancel_dialog(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    scope = None
    if booking.series:
        scope = series_actions.ask_scope(parent, booking, translate("BookingActions", "Cancel booking"))
        if scope is None:
            return False
    dialog = CancelDialog(parent, booking, operations.is_late_cancellation(context, booking))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if scope is not None:
        reason = dialog.reason.text().strip()
        return _done(context, series_actions.cancel(parent, context, booking, scope, reason))
    changed = operations.cancel(parent, context, booking, dialog.reason.text().strip())
    if changed is not None:
        QMessageBox.information(
            parent, translate("BookingActions", "Booking cancelled"), labels.outcome(changed.outcome)
        )
    return _done(context, changed)


class CloseDialog(QDialog):
    """The actual start and end of a delivered intervention."""

    def __init__(self, parent: QWidget, booking: Booking) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CloseDialog", "Close booking {id}").format(id=booking.id))
        self.actual_start, self.actual_end = fw.datetime_edit(), fw.datetime_edit()
        fw.set_instant(self.actual_start, booking.actual_start or booking.start)
        fw.set_instant(self.actual_end, booking.actual_end or booking.end)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(translate("CloseDialog", "Planned"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        form.addRow(translate("CloseDialog", "Actual start"), self.actual_start)
        form.addRow(translate("CloseDialog", "Actual end"), self.actual_end)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for editor in (self.actual_start, self.actual_end):
            editor.dateTimeChanged.connect(self._check)

    def _check(self) -> None:
        ok = fw.instant_of(self.actual_end) > fw.instant_of(self.actual_start)
        self.problem.setText("" if ok else translate("CloseDialog", "The end must follow the start."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def close_dialog(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    dialog = CloseDialog(parent, booking)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start, end = fw.instant_of(dialog.actual_start), fw.instant_of(dialog.actual_end)
    return _done(context, operations.close(parent, context, booking, start, end))


def no_show(parent: QWidget, context: AppContext, booking: Booking) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("BookingActions", "No-show"),
        translate(
            "BookingActions",
            "The mediator went but the person assisted did not come: record booking {id} as a no-show?",
        ).format(id=booking.id),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return _done(context, operations.no_show(parent, context, booking))


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
            translate("BookingActions", "Undo the last change"),
            operations.can_undo(context, booking),
            lambda: undo(parent, context, booking),
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, action in (
            (self.move_button, lambda b: reschedule_dialog(view, context, b, self.catalog)),
            (self.cancel_button, lambda b: cancel_dialog(view, context, b)),
            (self.no_show_button, lambda b: no_show(view, context, b)),
            (self.close_button, lambda b: close_dialog(view, context, b)),
            (self.undo_button, lambda b: undo(view, context, b)),
        ):
            layout.addWidget(button)
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
