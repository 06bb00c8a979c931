"""The dashboard's waiting list for funds: the requests "In attesa di fondi" in the order they are to be
funded, and a notice for each project where hours have freed up (a cancellation, a budget increase, a new
project) with the action that assigns it to the waiting requests it can fund, in one step."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from mediation_desk.scheduling.funding import FundingOffer
from mediation_desk.scheduling.model import Request
from mediation_desk.services import funding
from mediation_desk.services.funding import FundingError
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import funding as funding_texts
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, start_job

OFFER_ROLE = Qt.ItemDataRole.UserRole + 11  # the FundingOffer of a notice
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 12  # the id of a waiting request
SHOWN = 100  # the first of the waiting list; the requests view filters the rest
FREED = QColor("#1b6e3a")


class FundingBox(QGroupBox):
    """Notices of hours freed, the action to fund the waiting requests, and the waiting list itself."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("FundingBox", "Waiting for funds"), parent)
        self.context = context
        self.generation = 0
        self.job: JobRunner | None = None
        self.offers = QListWidget()
        self.offers.setObjectName("funding_offers")
        self.offers.setMaximumHeight(80)
        self.offers.setWordWrap(True)
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assign_funds")
        self.assign_button.setEnabled(False)
        self.waiting = QListWidget()
        self.waiting.setObjectName("waiting_for_funds")
        self.waiting.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offers)
        layout.addWidget(self.assign_button)
        layout.addWidget(self.waiting, 1)
        self.offers.currentItemChanged.connect(self._selection_changed)
        self.offers.itemActivated.connect(lambda _item: self.assign_selected())
        self.assign_button.clicked.connect(self.assign_selected)
        self.waiting.itemActivated.connect(self._open)

    def refresh(self) -> None:
        """Read the waiting list and the offers again (after any change of requests, bookings or budgets).

        The offers read the hours of every project (every booking): in the background, as the budgets."""
        now, db = self.context.now(), self.context.db
        self.generation += 1
        generation = self.generation

        def read(_progress: object) -> tuple[list[Request], list[FundingOffer]] | str:
            try:
                waiting = funding.waiting_requests(db)
                return waiting, funding.funding_offers(db, now) if waiting else []
            except StorageError as exc:
                return error_text(exc)

        def done(result: tuple[list[Request], list[FundingOffer]] | str) -> None:
            if not shiboken6.isValid(self.waiting) or generation != self.generation:
                return  # a later refresh has its own answer coming
            if isinstance(result, str):
                self._show_problem(result)
                return
            self._fill_offers(result[1])
            self._fill_waiting(result[0])

        self.job = start_job(read, done, lambda message: done(message))

    def _fill_offers(self, offers: list[FundingOffer]) -> None:
        self.offers.clear()
        bold = QFont()
        bold.setBold(True)
        for offer in offers:
            item = QListWidgetItem(funding_texts.offer_text(offer))
            item.setData(OFFER_ROLE, offer)
            item.setForeground(FREED)
            item.setFont(bold)
            item.setToolTip(", ".join(r.id for r in offer.requests))
            self.offers.addItem(item)
        self.offers.setVisible(bool(offers))
        self.assign_button.setVisible(bool(offers))
        if offers:
            self.offers.setCurrentRow(0)
        self._selection_changed()

    def _fill_waiting(self, waiting: list[Request]) -> None:
        self.waiting.clear()
        catalog = self.context.catalog()
        for place, request in enumerate(waiting[:SHOWN], start=1):
            first = min(request.windows, key=lambda w: w.start) if request.windows else None
            parts = [f"{place}. {labels.priority(request.priority)}", request.id,
                     i18n.fmt_range(first.start, first.end) if first else "",
                     catalog.language_name(request.language), catalog.agency_name(request.agency)]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(REQUEST_ROLE, request.id)
            self.waiting.addItem(item)
        if len(waiting) > SHOWN:
            more = QListWidgetItem(translate("FundingBox", "… and {n} more in Requests").format(
                n=len(waiting) - SHOWN))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting.addItem(more)
        if not waiting:
            empty = QListWidgetItem(translate("FundingBox", "No request is waiting for funds."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting.addItem(empty)

    def _show_problem(self, text: str) -> None:
        self.offers.clear()
        self.offers.setVisible(False)
        self.assign_button.setVisible(False)
        self.waiting.clear()
        text = translate("FundingBox", "Waiting list not available: {error}").format(error=text)
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.waiting.addItem(item)

    def selected_offer(self) -> FundingOffer | None:
        item = self.offers.currentItem()
        offer = item.data(OFFER_ROLE) if item is not None else None
        return offer if isinstance(offer, FundingOffer) else None

    def _selection_changed(self) -> None:
        offer = self.selected_offer()
        self.assign_button.setEnabled(offer is not None)
        if offer is not None:
            if len(offer.requests) == 1:
                text = translate("FundingBox", "Assign {project} to this request")
            else:
                text = translate("FundingBox", "Assign {project} to these {count} requests")
            self.assign_button.setText(text.format(project=offer.project.code, count=len(offer.requests)))

    def assign_selected(self) -> None:
        """Assign the selected notice's project to its waiting requests, in their order, in one step."""
        offer = self.selected_offer()
        if offer is None:
            return
        title = translate("FundingBox", "Assign the project")
        try:
            result = funding.fund_waiting(self.context.db, offer.project.code, [r.id for r in offer.requests],
                                          actor=self.context.actor, now=self.context.now())
        except FundingError as exc:
            runner.refuse(self, title, [funding_texts.error_text(exc)])
            self.refresh()
            return
        except StorageError as exc:
            runner.refuse(self, title, [error_text(exc)])
            return
        runner.apply(self, self.context, result)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(funding_texts.funded_text(offer.project, len(result.value)),
                                           runner.NOTICE_MS)

    def _open(self, item: QListWidgetItem) -> None:
        request_id = item.data(REQUEST_ROLE)
        if request_id:
            self.context.navigate.emit("requests", request_id)
