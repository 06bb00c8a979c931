"""Calendar view: a day or a week of bookings by mediator or by area, with the booking actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import Booking, BookingId, Request, RequestId
from mediation_desk.services import lookups
from mediation_desk.services.changes import Aspect
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings import booking_actions
from mediation_desk.ui.calendar.calendar_widget import CalendarItem, CalendarWidget
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog


class CalendarView(QWidget):
    SHOWS = frozenset({Aspect.BOOKINGS, Aspect.REQUESTS, Aspect.CATALOGUE})  # bookings by mediator or area

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.catalog = Catalog()
        self.bookings: dict[BookingId, Booking] = {}
        self.requests: dict[RequestId, Request] = {}
        self.anchor = i18n.to_local(context.now()).date()
        self.week_mode = True
        self.group_by = context.settings.calendar_group_by
        self._build()

    def _build(self) -> None:
        self.title = QLabel()
        previous, following = QPushButton("◀"), QPushButton("▶")
        previous.setToolTip(self.tr("Previous"))
        following.setToolTip(self.tr("Next"))
        today = QPushButton(self.tr("Today"))
        self.day_button, self.week_button = QPushButton(self.tr("Day")), QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.week_button.setChecked(True)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("By mediator"), "mediator")
        self.group_combo.addItem(self.tr("By area"), "area")
        self.group_combo.setCurrentIndex(0 if self.group_by == "mediator" else 1)
        self.area_filter = QComboBox()
        self.all_mediators = QCheckBox(self.tr("All mediators"))
        self.all_mediators.setToolTip(
            self.tr("Also the mediators with nothing booked, to move bookings to them")
        )
        self.all_mediators.toggled.connect(self._redraw)
        bar = QHBoxLayout()
        left: list[QWidget] = [previous, today, following, self.title]
        right: list[QWidget] = [
            QLabel(self.tr("Area")),
            self.area_filter,
            self.all_mediators,
            self.group_combo,
            self.day_button,
            self.week_button,
        ]
        for widget in left:
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in right:
            bar.addWidget(widget)
        self.calendar = CalendarWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.calendar)
        self.legend = QLabel(self._legend())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.legend)
        previous.clicked.connect(lambda: self.shift(-1))
        following.clicked.connect(lambda: self.shift(1))
        today.clicked.connect(self.show_today)
        self.day_button.toggled.connect(self._mode_changed)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.area_filter.currentIndexChanged.connect(self._redraw)
        self.calendar.move_requested.connect(self._move_requested)
        self.calendar.activated.connect(self._activated)
        self.calendar.setContextMenuPolicy(self.calendar.contextMenuPolicy().CustomContextMenu)
        self.calendar.customContextMenuRequested.connect(self._context_menu)

    @staticmethod
    def _legend() -> str:
        return "  ".join(
            f'<span style="color:{colour}">■</span> {text}'
            for colour, text in (
                ("#2e7d5b", translate("CalendarView", "accepted")),
                ("#d08c1a", translate("CalendarView", "awaiting reply")),
                ("#b3261e", translate("CalendarView", "declined")),
                ("#7a7a7a", translate("CalendarView", "done")),
                ("#8e4585", translate("CalendarView", "no-show")),
                ("#c9c9c9", translate("CalendarView", "cancelled")),
            )
        )

    # --- navigation
    def days(self) -> list[dt.date]:
        if not self.week_mode:
            return [self.anchor]
        monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
        return [monday + dt.timedelta(days=n) for n in range(7)]

    def shift(self, steps: int) -> None:
        self.anchor += dt.timedelta(days=steps * (7 if self.week_mode else 1))
        self.refresh()

    def show_today(self) -> None:
        self.anchor = i18n.to_local(self.context.now()).date()
        self.refresh()

    def show_day(self, day: dt.date, week: bool = True) -> None:
        self.anchor = day
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.refresh()

    def show_item(self, item_id: str) -> None:
        """Show the week of booking ``item_id`` with it selected."""
        booking = booking_actions.load_booking(self.context, item_id)
        if booking is not None:
            self.anchor = i18n.to_local(booking.start).date()
            self.refresh()
            self.calendar.selected_id = booking.id
            self.calendar.update()

    def _mode_changed(self) -> None:
        self.week_mode = not self.day_button.isChecked()
        self.refresh()

    def _group_changed(self) -> None:
        self.group_by = str(self.group_combo.currentData())
        self.all_mediators.setEnabled(self.group_by == "mediator")
        self.context.settings.calendar_group_by = self.group_by
        self._redraw()

    # --- data
    def refresh(self) -> None:
        self.catalog = self.context.catalog()
        self._fill_area_filter()
        days = self.days()
        start = dt.datetime.combine(days[0], dt.time(), tzinfo=i18n.service_zone())
        end = dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time(), tzinfo=i18n.service_zone())
        bookings, self.requests = lookups.bookings_between(self.context.db, start, end)
        self.bookings = {b.id: b for b in bookings}
        if self.week_mode:
            self.title.setText(self.tr("Week of {date}").format(date=i18n.fmt_date(days[0], long=True)))
        else:
            self.title.setText(i18n.fmt_date(days[0], long=True))
        self._redraw()

    def _fill_area_filter(self) -> None:
        current = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("All"), "")
        for area in self.catalog.areas.values():
            self.area_filter.addItem(area.name, area.code)
        self.area_filter.setCurrentIndex(max(0, self.area_filter.findData(current)))
        self.area_filter.blockSignals(False)

    def _area_of(self, booking: Booking) -> str:
        request = self.requests.get(booking.request)
        return (self.catalog.area_of_request(request) or "") if request else ""

    def _redraw(self) -> None:
        area = str(self.area_filter.currentData() or "")
        shown = [b for b in self.bookings.values() if not area or self._area_of(b) == area]
        items = [self._item(b) for b in shown]
        if self.group_by == "area":
            codes = sorted({i.lane for i in items})
            lanes = [(code, self.catalog.area_name(code)) for code in codes]
        else:
            ids = {i.lane for i in items}
            if self.all_mediators.isChecked():  # free lanes too: somewhere to drag a booking to
                ids |= {
                    m.id
                    for m in self.catalog.mediators.values()
                    if m.active and (not area or area in m.areas)
                }
            ordered = sorted(ids, key=self.catalog.mediator_name)
            lanes = [(mid, self.catalog.mediator_name(mid)) for mid in ordered]
        self.calendar.lanes_movable = self.group_by == "mediator"
        self.calendar.now = self.context.now()
        self.calendar.today = i18n.to_local(self.calendar.now).date()
        self.calendar.set_data(self.shown_days(items), lanes, items)

    def shown_days(self, items: list[CalendarItem]) -> list[dt.date]:
        """The week's working days, and Saturday or Sunday only when something is booked on them:
        at 1280 px two empty weekend columns would take the room the weekdays' boxes need."""
        busy = {i18n.to_local(i.start).date() for i in items}
        return [d for d in self.days() if not self.week_mode or d.weekday() < 5 or d in busy]

    def _item(self, booking: Booking) -> CalendarItem:
        request = self.requests.get(booking.request)
        language = self.catalog.language_name(request.language) if request else ""
        agency = self.catalog.agency_name(request.agency) if request else ""
        who = self.catalog.mediator_name(booking.mediator)
        lane = self._area_of(booking) if self.group_by == "area" else booking.mediator
        title = f"{language} · {agency}" if self.group_by == "mediator" else f"{who} · {language}"
        tooltip = "\n".join(
            [
                f"{booking.id} — {i18n.fmt_range(booking.start, booking.end)}",
                f"{who} · {language} · {agency}",
                f"{labels.booking_state(booking.status, booking.outcome)} · {labels.reply(booking.reply)}",
            ]
        )
        return CalendarItem(
            booking.id,
            lane,
            booking.start,
            booking.end,
            booking.status,
            booking.reply,
            booking.outcome,
            title,
            tooltip,
        )

    # --- actions
    def _move_requested(self, booking_id: str, new_start: dt.datetime, lane: str) -> None:
        booking = self.bookings.get(BookingId(booking_id))
        if booking is None:
            return
        mediator = lane if self.group_by == "mediator" else booking.mediator
        booking_actions.reschedule(self, self.context, booking, new_start, mediator)

    def _activated(self, booking_id: str) -> None:
        booking = self.bookings.get(BookingId(booking_id))
        if booking is not None:
            booking_actions.reschedule_dialog(self, self.context, booking, self.catalog)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.calendar.item_at(pos.toPointF())
        if item is None:
            return
        booking = self.bookings.get(BookingId(item.booking_id))
        if booking is not None:
            menu = QMenu(self)
            booking_actions.fill_menu(menu, self, self.context, booking, self.catalog)
            menu.exec(self.calendar.mapToGlobal(pos))
