"""Unsaved edits are never dropped silently: leaving the request shown asks Salva / Non salvare / Annulla."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableView, QWidget

from mediation_desk.scheduling.model import Request
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.table_model import ROW_ROLE
from mediation_desk.ui.requests.request_form import RequestForm

if TYPE_CHECKING:
    _ViewBase = QWidget
else:
    _ViewBase = object


class UnsavedEditGuard(_ViewBase):
    """RequestsView's guard: the row, the search box and every way out ask before edits are lost."""

    if TYPE_CHECKING:
        context: AppContext
        form: RequestForm
        table: QTableView
        search: QLineEdit
        _search_text: str
        _guarding: bool

        def _apply_filters(self) -> None: ...
        def _show_request(self, request: Request) -> None: ...

    # --- unsaved edits
    def is_editing(self) -> bool:
        """Has the user typed into the form since it was filled? Then a refresh must wait."""
        return self.form.snapshot.differs()

    def confirm_leave(self) -> bool:
        """Unsaved edits are never dropped silently: Salva / Non salvare / Annulla. True: go on."""
        if not self.form.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("RequestsView", "Unsaved changes"),
                          translate("RequestsView", "The request on screen has changes not saved yet."),
                          parent=self)
        box.setObjectName("unsaved_changes")
        save = box.addButton(translate("RequestsView", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("RequestsView", "Don't save"),
                                QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(translate("RequestsView", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self._save_in_place()
        if clicked is discard:
            self.form.forget_edits()
            return True
        return False

    def _save_in_place(self) -> bool:
        """Save the form without moving to the saved request; False (the form stays) when refused."""
        if not self.form.is_valid():
            title = translate("RequestsView", "Request not saved")
            QMessageBox.warning(self, title, self.form.problems.text())
            return False
        saved = operations.save_request(self, self.context, self.form.request(),
                                        on_stale=self.form.adopt_version)
        if saved is None:
            return False
        self.form.forget_edits()
        return True

    def _search_typed(self, text: str) -> None:
        if text and not self._search_text and not self.confirm_leave():
            self.search.blockSignals(True)  # "Annulla": the text typed goes, the form stays as it is
            self.search.setText(self._search_text)
            self.search.blockSignals(False)
            return
        self._search_text = text
        self._apply_filters()

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._guarding or not current.isValid():
            return
        wanted: Request = current.data(ROW_ROLE)
        shown = self.form.current
        if (shown is None or shown.id != wanted.id) and not self.confirm_leave():
            self._guarding = True  # "Annulla": the row of the request being edited stays selected
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            if previous.isValid():
                self.table.selectionModel().setCurrentIndex(previous, flags)
            else:
                self.table.selectionModel().clearCurrentIndex()
                self.table.clearSelection()
            self._guarding = False
            return
        self._show_request(wanted)
