"""Dashboard: today's and tomorrow's interventions, unfilled requests, unanswered invitations, budgets,
the requests waiting for funds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mediation_desk.scheduling.model import Booking, BookingStatus, Priority, ReplyStatus, Request, RequestId
from mediation_desk.services import lookups
from mediation_desk.services.changes import Aspect
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import budget_figures
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, start_job
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.dashboard.funding_box import FundingBox

TARGET_ROLE = Qt.ItemDataRole.UserRole + 10  # (view name, item id)
UNANSWERED_DAYS = 14
UNFILLED_SHOWN = 150  # the most urgent first; the requests view has the rest
URGENT = QColor("#b3261e")


def wrap_lines(widget: QListWidget) -> None:
    """A line that does not fit wraps: the dashboard never needs scrolling sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)


class DashboardView(QWidget):
    # what the view shows: today's bookings, open requests, unanswered invitations, budgets
    SHOWS = frozenset({Aspect.REQUESTS, Aspect.BOOKINGS, Aspect.BUDGETS, Aspect.CATALOGUE})

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.budget_job: JobRunner | None = None
        self.budget_generation = 0
        self.today_list, self.tomorrow_list = QListWidget(), QListWidget()
        self.unfilled_list, self.unanswered_list, self.budget_list = (
            QListWidget(),
            QListWidget(),
            QListWidget(),
        )
        grid = QGridLayout(self)
        self.boxes: dict[str, QGroupBox] = {}
        for index, (key, title, widget) in enumerate(
            (
                ("today", self.tr("Today"), self.today_list),
                ("tomorrow", self.tr("Tomorrow"), self.tomorrow_list),
                ("unfilled", self.tr("Requests still to fill"), self.unfilled_list),
                ("unanswered", self.tr("Invitations not yet accepted"), self.unanswered_list),
                ("budget", self.tr("Budget alerts"), self.budget_list),
            )
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            widget.itemActivated.connect(self._open)
            self.boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.funding_box = FundingBox(context)  # waiting for funds, and hours freed up
        self.boxes["funding"] = self.funding_box
        grid.addWidget(self.funding_box, 2, 1)
        for lines in self.findChildren(QListWidget):
            wrap_lines(lines)


    def show_item(self, item_id: str) -> None:
        """The dashboard has no item of its own to show."""

    def refresh(self) -> None:
        catalog = self.context.catalog()
        now = self.context.now()
        today = i18n.to_local(now).date()
        start = dt.datetime.combine(today, dt.time(), tzinfo=i18n.service_zone())
        horizon = start + dt.timedelta(days=UNANSWERED_DAYS)
        bookings, requests = lookups.bookings_between(self.context.db, start, horizon)
        active = [b for b in bookings if b.status is not BookingStatus.CANCELLED]
        tomorrow = today + dt.timedelta(days=1)
        self._fill_bookings(
            self.today_list,
            [b for b in active if i18n.to_local(b.start).date() == today],
            requests,
            catalog,
            self.tr("No interventions today."),
        )
        self._fill_bookings(
            self.tomorrow_list,
            [b for b in active if i18n.to_local(b.start).date() == tomorrow],
            requests,
            catalog,
            self.tr("No interventions tomorrow."),
        )
        unanswered = [
            b
            for b in active
            if b.status is BookingStatus.CONFIRMED and b.start >= now and b.reply is not ReplyStatus.ACCEPTED
        ]
        self._fill_bookings(
            self.unanswered_list,
            unanswered,
            requests,
            catalog,
            self.tr("Every invitation of the next two weeks is accepted."),
            show_reply=True,
        )
        self._fill_unfilled(lookups.open_requests(self.context.db), catalog, now)
        self.funding_box.refresh()
        self._start_budget_job()

    def _start_budget_job(self) -> None:
        """The budget report reads every booking of every project: it runs in the background."""
        self.budget_list.clear()
        self._add(self.budget_list, self.tr("Computing the budgets…"), None)
        self.budget_generation += 1
        generation = self.budget_generation

        def done(alerts: list[budget_figures.BudgetAlert]) -> None:
            if generation == self.budget_generation:  # a later refresh has its own job coming
                self._fill_budget(alerts)

        self.budget_job = start_job(
            lambda _progress: budget_figures.alerts_of(budget_figures.report(self.context)),
            done,
            self._budget_failed,
        )

    def _budget_failed(self, message: str) -> None:
        self.budget_list.clear()
        self._add(self.budget_list, self.tr("Budgets not available: {error}").format(error=message), None)

    def _fill_bookings(
        self,
        widget: QListWidget,
        bookings: list[Booking],
        requests: dict[RequestId, Request],
        catalog: Catalog,
        empty: str,
        show_reply: bool = False,
    ) -> None:
        widget.clear()
        for booking in sorted(bookings, key=lambda b: b.start):
            request = requests.get(booking.request)
            parts = [
                i18n.fmt_range(booking.start, booking.end)
                if show_reply
                else f"{i18n.fmt_time(booking.start)}–{i18n.fmt_time(booking.end)}",
                catalog.mediator_name(booking.mediator),
            ]
            if request is not None:
                parts += [catalog.language_name(request.language), catalog.agency_name(request.agency)]
            state = labels.booking_state(booking.status, booking.outcome)
            parts.append(labels.reply(booking.reply) if show_reply else state)
            self._add(widget, " · ".join(parts), ("calendar", booking.id))
        if not bookings:
            self._add(widget, empty, None)

    def _fill_unfilled(
        self, pending: list[lookups.OpenRequest], catalog: Catalog, now: dt.datetime
    ) -> None:
        self.unfilled_list.clear()
        still_open = [r for r in pending if r.last_end is not None and r.last_end > now]
        still_open.sort(key=lambda r: (-r.priority.weight, r.first_start))
        for request in still_open[:UNFILLED_SHOWN]:
            assert request.first_start is not None and request.first_end is not None
            parts = [
                labels.priority(request.priority),
                request.id,
                i18n.fmt_range(request.first_start, request.first_end),
                catalog.language_name(request.language),
                catalog.agency_name(request.agency),
            ]
            item = self._add(self.unfilled_list, " · ".join(parts), ("requests", request.id))
            if request.priority is Priority.URGENT:
                item.setForeground(URGENT)
        if len(still_open) > UNFILLED_SHOWN:
            more = self.tr("… and {n} more in Requests").format(n=len(still_open) - UNFILLED_SHOWN)
            self._add(self.unfilled_list, more, ("requests", ""))
        if not still_open:
            self._add(self.unfilled_list, self.tr("Every request is filled."), None)

    def _fill_budget(self, alerts: list[budget_figures.BudgetAlert]) -> None:
        self.budget_list.clear()
        for alert in alerts:
            item = self._add(self.budget_list, alert.text, ("projects", alert.project))
            if alert.severe:
                item.setForeground(URGENT)
        if not alerts:
            self._add(self.budget_list, translate("DashboardView", "No project near its budget."), None)

    @staticmethod
    def _add(widget: QListWidget, text: str, target: tuple[str, str] | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, target)
        if target is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)
        return item

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.context.navigate.emit(target[0], target[1])
