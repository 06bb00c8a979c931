"""Requests view: filterable table, the request form, its bookings, and the ranked candidates beside it.

The view lays them out and shows the request chosen; the list's filters (request_list_filters), the guard
on unsaved edits (unsaved_edit_guard) and the buttons' actions (request_actions) are its mixins."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.candidates import CandidateList
from mediation_desk.scheduling.funding import WAITING_FUNDS
from mediation_desk.scheduling.model import Priority, Request, RequestId, RequestStatus, SeriesId
from mediation_desk.services import business_settings, funding, lookups
from mediation_desk.services.changes import Aspect
from mediation_desk.services.mail_outbox import MailStatus
from mediation_desk.services.users import Permission
from mediation_desk.texts import funding as funding_texts
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.errors import mail_failure_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import booking_actions
from mediation_desk.ui.bookings.booking_table_model import BookingTableModel
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, Progress, start_job
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.requests.candidates_panel import CandidatesPanel
from mediation_desk.ui.requests.case_preferences_dialog import edit_case_preferences
from mediation_desk.ui.requests.fund_chooser import FundChooser
from mediation_desk.ui.requests.request_actions import RequestActions
from mediation_desk.ui.requests.request_filter_proxy import RequestFilterProxy
from mediation_desk.ui.requests.request_form import RequestForm
from mediation_desk.ui.requests.request_list_filters import FUTURE_DAYS, PAST_DAYS, RequestListFilters
from mediation_desk.ui.requests.request_table_model import (
    COL_AGENCY,
    COL_DATE,
    COL_ID,
    COL_LANGUAGE,
    COL_PRIORITY,
    COL_STATUS,
    RequestTableModel,
)
from mediation_desk.ui.requests.unsaved_edit_guard import UnsavedEditGuard

# The list's columns in the order shown (the model's order is kept for code and tests).
LIST_ORDER = (COL_ID, COL_DATE, COL_STATUS, COL_LANGUAGE, COL_AGENCY, COL_PRIORITY)
LIST_WIDTH = 560  # px of the list at the splitter's default: the five columns above fit at 1280x800
MAX_COLUMN_WIDTH = 180


def mail_banner_text(status: MailStatus) -> str:
    """What the banner says about invitations ("" when they go out normally)."""
    settings_link = '<a href="settings">{}</a>'.format(translate("RequestsView", "Open the settings"))
    if not status.configured:
        return translate("RequestsView", "Mail is not configured: the mediators get no invitation for "
                                         "their bookings.") + " " + settings_link
    if status.last_failure is None or not (status.waiting or status.failed):
        return ""
    text = translate("RequestsView", "{why} Invitations not sent: {n}.").format(
        why=mail_failure_text(status.last_failure), n=status.waiting + status.failed)
    return f"{html.escape(text)} {settings_link}"


class RequestsView(RequestListFilters, UnsavedEditGuard, RequestActions, QWidget):
    # what the view shows: requests, their bookings and candidates, the mail banner
    SHOWS = frozenset({Aspect.REQUESTS, Aspect.BOOKINGS, Aspect.CATALOGUE, Aspect.OUTBOX})

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.catalog = Catalog()
        self.model = RequestTableModel()
        self.proxy = RequestFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.bookings_model = BookingTableModel()
        self.candidates_job: JobRunner | None = None
        self._build()
        self._offer_what_the_role_allows()

    def _offer_what_the_role_allows(self) -> None:
        """Hide what this login's role may not do (the database would refuse it anyway)."""
        if not self.context.can(Permission.EDIT_REQUESTS):
            for button in (self.new_button, self.save_button, self.cancel_request_button):
                button.hide()
        if not self.context.can(Permission.BOOK):
            for widget in (self.booking_buttons, self.repeat_button, self.candidates.book_button):
                widget.hide()

    # --- layout
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: number, case, agency, reason…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = self._filter_combo([(labels.request_status(s), s.value) for s in RequestStatus]
                                                + [(funding_texts.waiting_label(), WAITING_FUNDS)])
        self.priority_filter = self._filter_combo([(labels.priority(p), p.value) for p in Priority])
        self.language_filter, self.area_filter, self.agency_filter = (
            self._filter_combo([]) for _ in range(3)
        )
        today = i18n.to_local(self.context.now()).date()
        self.date_from = fw.date_edit(today - dt.timedelta(days=PAST_DAYS))
        self.date_to = fw.date_edit(today + dt.timedelta(days=FUTURE_DAYS))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._period_changed)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Status"), self.status_filter),
            (self.tr("Urgency"), self.priority_filter),
            (self.tr("Language"), self.language_filter),
            (self.tr("Area"), self.area_filter),
            (self.tr("Agency"), self.agency_filter),
            (self.tr("From"), self.date_from),
            (self.tr("to"), self.date_to),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1)
        self.search.textChanged.connect(self._search_typed)
        self._search_text = ""
        self._guarding = False  # while the selection is put back after "Annulla"
        for combo in (
            self.status_filter,
            self.priority_filter,
            self.language_filter,
            self.area_filter,
            self.agency_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, self.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(400)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for visual, column in enumerate(LIST_ORDER):  # what a coordinator scans first, leftmost
            header = self.table.horizontalHeader()
            header.moveSection(header.visualIndex(column), visual)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)  # the list's own width: the placeholder is never clipped
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        self.candidates = CandidatesPanel()
        self.candidates.book_requested.connect(self._book)
        # At 1280x800 three panes side by side leave each too narrow: the request and its candidates
        # share the right side as two tabs, so the list keeps number, date, status, language, agency.
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self._build_form_side(), self.tr("Request"))
        self.detail_tabs.addTab(self.candidates, self.tr("Mediators"))
        self.candidates.counted.connect(self._name_candidates_tab)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, 1000 - LIST_WIDTH])
        self.mail_banner = QLabel()
        self.mail_banner.setObjectName("mail_banner")
        self.mail_banner.setWordWrap(True)
        self.mail_banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }")
        self.mail_banner.setOpenExternalLinks(False)
        self.mail_banner.linkActivated.connect(lambda _link: self.context.navigate.emit("settings", ""))
        self.mail_banner.hide()
        self.context.mail_tried.connect(self.show_mail_status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mail_banner)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _name_candidates_tab(self, text: str) -> None:
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.candidates), text)

    def show_candidates(self) -> None:
        self.detail_tabs.setCurrentWidget(self.candidates)

    def show_form(self) -> None:
        self.detail_tabs.setCurrentIndex(0)

    def fit_columns(self) -> None:
        """Columns as wide as their first rows, none over MAX_COLUMN_WIDTH: a long agency is elided."""
        self.table.resizeColumnsToContents()  # looks at the first rows only (precision above)
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def _build_form_side(self) -> QWidget:
        self.form = RequestForm()
        self.fund_chooser = FundChooser(self.form,
                                        lambda r: funding.advise(self.context.db, r, self.context.now()))
        self.form.requirements.case_preferences_requested.connect(
            lambda case: edit_case_preferences(self, self.context, self.catalog, case))
        self.save_button = QPushButton(self.tr("Save and find mediators"))
        self.form.validity_changed.connect(self.save_button.setEnabled)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.new_button = QPushButton(self.tr("New request"))
        self.cancel_request_button = QPushButton(self.tr("Cancel request"))
        self.reopen_button = QPushButton(translate("RequestsView", "Reopen request"))
        self.reopen_button.setEnabled(False)
        self.reopen_button.clicked.connect(self._reopen_request)
        self.new_button.clicked.connect(self.new_request)
        self.save_button.clicked.connect(self.save_request)
        self.cancel_request_button.clicked.connect(self._cancel_request)
        buttons = QGridLayout()  # two by two: four buttons in a row would widen the right side past 1280 px
        for place, button in enumerate(
            (self.new_button, self.save_button, self.cancel_request_button, self.reopen_button)
        ):
            buttons.addWidget(button, place // 2, place % 2)
        self.bookings_table = QTableView()
        self.bookings_table.setModel(self.bookings_model)
        self.bookings_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.bookings_table.verticalHeader().setVisible(False)
        self.bookings_table.setWordWrap(False)  # one line a booking: a series fits more rows
        self.bookings_table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.bookings_table.setMaximumHeight(130)
        self.bookings_table.setContextMenuPolicy(self.bookings_table.contextMenuPolicy().CustomContextMenu)
        self.bookings_table.customContextMenuRequested.connect(self._booking_menu)
        self.booking_buttons = booking_actions.ActionButtons(self)
        self.repeat_button = QPushButton(self.tr("Repeat every week…"))
        self.repeat_button.setToolTip(self.tr("Book the same mediator on these weekdays for several weeks"))
        self.repeat_button.clicked.connect(self.repeat_weekly)
        self.repeat_button.setEnabled(False)
        booking_row = QHBoxLayout()
        booking_row.addWidget(self.booking_buttons, 1)
        booking_row.addWidget(self.repeat_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Bookings of this request")))
        layout.addWidget(self.bookings_table)
        layout.addLayout(booking_row)
        return side

    def show_mail_status(self) -> None:
        """The banner above the requests: invitations that cannot go out are said where booking happens."""
        status = lookups.mail_status(self.context.db)
        self.bookings_model.set_mail(status)
        text = mail_banner_text(status)
        self.mail_banner.setText(text)
        self.mail_banner.setVisible(bool(text))

    def refresh(self) -> None:
        self.show_mail_status()
        selected = self.selected_request()
        self.catalog = self.context.catalog()
        self.form.set_catalog(self.catalog)
        self.form.now = self.context.now
        self.form.lead_hours = business_settings.read_business_settings(self.context.db).request_lead_hours
        self._fill_lookup_filters()
        start, end = self.period()
        self.model.set_rows(lookups.requests_in_scope(self.context.db, start, end), self.catalog)
        self.fit_columns()
        self.bookings_model.catalog = self.catalog
        self._apply_filters()
        if selected is not None:
            self.show_item(selected.id)
        else:
            self._scroll_to_today()
            if self.form.current is None and not self.form.is_dirty():
                self.form.clear(self.context.now())


    def show_item(self, item_id: str) -> None:
        """Select request ``item_id`` (loading it if it is outside the period) and show it."""
        shown = self.form.current
        if (shown is None or shown.id != item_id) and not self.confirm_leave():
            return
        row = self.model.row_of(lambda r: r.id == item_id)
        if row < 0:
            request, _bookings = lookups.request_with_bookings(self.context.db, RequestId(item_id))
            if request is None:
                return
            self.model.set_rows([request, *self.model.rows()])
            row = 0
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():  # hidden by a filter: show everything again
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._guarding = True  # the choice was made above: selecting the row asks nothing more
        self.table.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._guarding = False
        self.table.scrollTo(proxy_index)
        self._show_request(self.model.row_at(row))


    def _show_request(self, request: Request) -> None:
        fresh, bookings = lookups.request_with_bookings(self.context.db, request.id)
        request = fresh or request
        if not bookings and isinstance(series := request.extra.get("series"), str):  # a series' template
            bookings = lookups.series_bookings(self.context.db, SeriesId(series))
        shown = self.form.current
        if not (self.form.is_dirty() and shown is not None and shown.id == request.id):
            self.form.set_request(request)  # edits being typed are kept across a reload
        self.bookings_model.set_bookings(bookings, {b.request: request for b in bookings}, self.catalog)
        self.booking_buttons.set_booking(bookings[-1] if bookings else None, self.catalog)
        self.bookings_table.resizeColumnsToContents()
        if bookings:
            self.bookings_table.selectRow(len(bookings) - 1)
        self.cancel_request_button.setEnabled(request.status is RequestStatus.PENDING)
        self.reopen_button.setEnabled(request.status is RequestStatus.CANCELLED)
        self.repeat_button.setEnabled(request.status is RequestStatus.PENDING)
        self._load_candidates(request)

    def _load_candidates(self, request: Request) -> None:
        if request.status is not RequestStatus.PENDING:
            self.candidates.clear(
                self.tr("The request is {status}.").format(
                    status=labels.request_status(request.status).lower()
                )
            )
            return
        self.candidates.clear(self.tr("Looking for mediators…"))
        wanted = request.id
        context = self.context

        def job(_progress: Progress) -> CandidateList:
            return context.candidate_finder.find(wanted, context.now())

        def done(result: CandidateList) -> None:
            current = self.form.current
            latest = self.candidates_job is None or self.candidates_job is started[0]  # not an older look-up
            if latest and current is not None and current.id == result.request.id:  # still on screen
                self.candidates.set_result(result, self.catalog)

        started: list[JobRunner] = []
        self.candidates_job = start_job(job, done, lambda message: self.candidates.clear(message))
        started.append(self.candidates_job)

