"""The requests view's buttons: new, save, cancel, reopen a request; book, repeat weekly, a booking's menu."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QTableView, QWidget

from mediation_desk.scheduling.model import Booking
from mediation_desk.services.users import Permission
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import booking_actions, series_actions
from mediation_desk.ui.bookings.booking_table_model import BookingTableModel
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.requests.candidates_panel import CandidatesPanel
from mediation_desk.ui.requests.request_form import RequestForm

if TYPE_CHECKING:
    _ViewBase = QWidget
else:
    _ViewBase = object


class RequestActions(_ViewBase):
    """RequestsView's actions on the request shown and its bookings."""

    if TYPE_CHECKING:
        context: AppContext
        catalog: Catalog
        form: RequestForm
        table: QTableView
        bookings_table: QTableView
        bookings_model: BookingTableModel
        booking_buttons: booking_actions.ActionButtons
        candidates: CandidatesPanel
        cancel_request_button: QPushButton
        reopen_button: QPushButton
        repeat_button: QPushButton
        _guarding: bool

        def confirm_leave(self) -> bool: ...
        def show_item(self, item_id: str) -> None: ...
        def show_form(self) -> None: ...
        def show_candidates(self) -> None: ...

    def current_booking(self) -> Booking | None:
        rows = self.bookings_table.selectionModel().selectedRows()
        return self.bookings_model.row_at(rows[0].row()) if rows else None

    # --- actions
    def new_request(self) -> None:
        if not self.confirm_leave():
            return
        self._guarding = True
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._guarding = False
        self.form.clear(self.context.now())
        self.bookings_model.set_bookings([], {})
        self.booking_buttons.set_booking(None, self.catalog)
        self.candidates.clear(translate("RequestsView", "Save the request to see who can go."))
        self.cancel_request_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.repeat_button.setEnabled(False)
        self.show_form()
        self.form.agency.setFocus()

    def save_request(self) -> None:
        if not self.form.is_valid():
            return
        saved = operations.save_request(self, self.context, self.form.request(),
                                        on_stale=self.form.adopt_version)
        if saved is not None:
            self.form.forget_edits()
            self.show_item(saved.id)
            self.show_candidates()  # "Save and find mediators": the mediators are what comes next

    def book_chosen(self) -> None:
        if not self.context.can(Permission.BOOK):
            return
        candidate, start = self.candidates.chosen(), self.candidates.chosen_start()
        if candidate is not None and start is not None:
            self._book(candidate.mediator.id, start)

    def _book(self, mediator_id: str, start: dt.datetime) -> None:
        request = self.form.current
        if request is None:
            return
        if operations.book(self, self.context, request, mediator_id, start) is not None:
            self.show_item(request.id)

    def repeat_weekly(self) -> None:
        """Book the request as a weekly series, starting from the chosen candidate and time if any."""
        request = self.form.current
        if request is None:
            return
        chosen, start = self.candidates.chosen(), self.candidates.chosen_start()
        mediator = chosen.mediator.id if chosen is not None else ""
        if series_actions.repeat_weekly(self, self.context, request, mediator, start) is not None:
            self.show_item(request.id)

    def _cancel_request(self) -> None:
        request = self.form.current
        if request is None:
            return
        answer = QMessageBox.question(
            self, translate("RequestsView", "Cancel request"),
            translate("RequestsView", "Cancel request {id}?").format(id=request.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and operations.cancel_request(
            self, self.context, request
        ):
            self.show_item(request.id)

    def _reopen_request(self) -> None:
        request = self.form.current
        if request is None:
            return
        text = translate("RequestsView", "Reopen request {id}: it goes back among those to fill?")
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, translate("RequestsView", "Reopen request"),
                                      text.format(id=request.id), buttons, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and operations.reopen_request(
            self, self.context, request
        ):
            self.show_item(request.id)

    def _booking_menu(self, pos: QPoint) -> None:
        booking = self.current_booking()
        if booking is not None:
            menu = QMenu(self)
            booking_actions.fill_menu(menu, self, self.context, booking, self.catalog)
            menu.exec(self.bookings_table.viewport().mapToGlobal(pos))
