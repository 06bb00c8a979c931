"""A painted resource timeline: one row per mediator or area, days across, bookings as coloured boxes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mediation_desk.scheduling.model import BookingStatus, Outcome, ReplyStatus
from mediation_desk.texts import i18n

LANE_LABEL_WIDTH = 170
HEADER_HEIGHT = 40
TRACK_HEIGHT = 26
SNAP_MIN = 15

COLOURS = {
    "confirmed": QColor("#2e7d5b"),
    "awaiting": QColor("#d08c1a"),
    "declined": QColor("#b3261e"),
    "done": QColor("#7a7a7a"),
    "no_show": QColor("#8e4585"),
    "cancelled": QColor("#c9c9c9"),
}


@dataclass(frozen=True)
class CalendarItem:
    """One booking as the calendar draws it."""

    booking_id: str
    lane: str  # mediator id or area code
    start: dt.datetime
    end: dt.datetime
    status: BookingStatus
    reply: ReplyStatus
    outcome: Outcome | None
    title: str
    tooltip: str = ""

    @property
    def colour_key(self) -> str:
        if self.status is BookingStatus.CANCELLED:
            return "cancelled"
        if self.outcome is Outcome.NO_SHOW:
            return "no_show"
        if self.status is BookingStatus.DONE:
            return "done"
        if self.reply is ReplyStatus.DECLINED:
            return "declined"
        return "awaiting" if self.reply is not ReplyStatus.ACCEPTED else "confirmed"


class CalendarWidget(QWidget):
    """Paints ``items`` over ``days`` × ``lanes``; drag a box to move it (snapped to a quarter hour)."""

    activated = Signal(str)  # booking id, on double click
    selected = Signal(str)
    move_requested = Signal(str, object, str)  # booking id, new local start (aware), new lane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = []
        self.lanes: list[tuple[str, str]] = []
        self.items: list[CalendarItem] = []
        self._hours = (7, 21)  # first and last local hour shown, widened to fit the items
        self.today: dt.date | None = None
        self.now: dt.datetime | None = None
        self.lanes_movable = True
        self.selected_id: str | None = None
        self._tracks: dict[str, int] = {}
        self._track_of: dict[str, int] = {}
        self._next_on_track: dict[str, dt.datetime] = {}  # the start of the box after it on its track
        self._lane_top: dict[str, float] = {}
        self._drag: tuple[CalendarItem, QPointF] | None = None
        self._drag_pos: QPointF | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # --- data
    def set_data(self, days: list[dt.date], lanes: list[tuple[str, str]], items: list[CalendarItem]) -> None:
        self.days, self.lanes, self.items = days, lanes, items
        hours = [i18n.to_local(i.start).hour for i in items] + [7]
        ends = [min(24, i18n.to_local(i.end).hour + 1) for i in items] + [21]
        self._hours = (min(hours), max(ends))
        self._layout_tracks()
        self.updateGeometry()
        self.update()

    def _layout_tracks(self) -> None:
        """Overlapping boxes of one lane go on separate tracks, like a Gantt chart."""
        self._tracks, self._track_of, self._next_on_track = {}, {}, {}
        by_lane: dict[str, list[CalendarItem]] = {}
        for item in sorted(self.items, key=lambda i: i.start):
            by_lane.setdefault(item.lane, []).append(item)
        for lane, items in by_lane.items():
            track_ends: list[dt.datetime] = []
            last_on: dict[int, str] = {}
            for item in items:
                free = next((n for n, end in enumerate(track_ends) if end <= item.start), None)
                if free is None:
                    track_ends.append(item.end)
                    free = len(track_ends) - 1
                else:
                    track_ends[free] = item.end
                self._track_of[item.booking_id] = free
                if free in last_on:
                    self._next_on_track[last_on[free]] = item.start
                last_on[free] = item.booking_id
            self._tracks[lane] = max(1, len(track_ends))
        top = float(HEADER_HEIGHT)
        self._lane_top = {}
        for key, _label in self.lanes:
            self._lane_top[key] = top
            top += self._tracks.get(key, 1) * TRACK_HEIGHT + 6

    def sizeHint(self) -> QSize:
        height = HEADER_HEIGHT + sum(self._tracks.get(k, 1) * TRACK_HEIGHT + 6 for k, _ in self.lanes)
        return QSize(LANE_LABEL_WIDTH + 140 * max(1, len(self.days)), max(200, height + 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(LANE_LABEL_WIDTH + 300, self.sizeHint().height())

    # --- geometry
    def _day_width(self) -> float:
        return max(1.0, (self.width() - LANE_LABEL_WIDTH) / max(1, len(self.days)))

    def _minutes_per_day(self) -> int:
        first, last = self._hours
        return (last - first) * 60

    def x_of(self, instant: dt.datetime) -> float:
        local = i18n.to_local(instant)
        first = self._hours[0]
        if local.date() not in self.days:
            return -1.0
        index = self.days.index(local.date())
        minute = local.hour * 60 + local.minute - first * 60
        width = self._day_width()
        return LANE_LABEL_WIDTH + index * width + minute / self._minutes_per_day() * width

    def item_rect(self, item: CalendarItem) -> QRectF | None:
        if item.lane not in self._lane_top:
            return None
        x0, x1 = self.x_of(item.start), self.x_of(item.end)
        if x0 < 0:
            return None
        if x1 < x0:  # ends on another day or past the visible hours
            x1 = x0 + 30
        top = self._lane_top[item.lane] + self._track_of.get(item.booking_id, 0) * TRACK_HEIGHT + 2
        return QRectF(x0, top, max(6.0, x1 - x0), TRACK_HEIGHT - 3)

    def label_place(self, item: CalendarItem) -> tuple[QRectF, str, bool] | None:
        """Where the box's title goes, the title as it fits, and whether it is inside the box.

        A week's box is often too narrow for its title: the title then goes beside it, up to the next
        box on its track or the end of its day, so language and agency (or mediator) stay readable."""
        rect = self.item_rect(item)
        if rect is None:
            return None
        metrics = self.fontMetrics()
        inside = rect.adjusted(4, 0, -2, 0)
        if metrics.horizontalAdvance(item.title) <= inside.width():
            return inside, item.title, True
        limit = float(self.width() - 2)  # past its day if need be: the box itself marks the day
        following = self._next_on_track.get(item.booking_id)
        if following is not None and self.x_of(following) > rect.right():
            limit = min(limit, self.x_of(following) - 2)
        beside = QRectF(rect.right() + 3, rect.top(), max(0.0, limit - rect.right() - 3), rect.height())
        chosen = beside if beside.width() > inside.width() else inside
        shown = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(chosen.width()))
        return chosen, shown, chosen is inside

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        for item in reversed(self.items):
            rect = self.item_rect(item)
            if rect is not None and rect.contains(pos):
                return item
        return None

    def instant_at(self, x: float) -> dt.datetime | None:
        """The local instant under ``x``, snapped to a quarter hour."""
        if x < LANE_LABEL_WIDTH or not self.days:
            return None
        offset = (x - LANE_LABEL_WIDTH) / self._day_width()
        index = min(len(self.days) - 1, int(offset))
        first = self._hours[0]
        minute = first * 60 + (offset - index) * self._minutes_per_day()
        minute = int(round(minute / SNAP_MIN) * SNAP_MIN)
        day = self.days[index]
        naive = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
        return naive.replace(tzinfo=i18n.service_zone())

    def lane_at(self, y: float) -> str | None:
        for key, _ in self.lanes:
            top = self._lane_top[key]
            if top <= y < top + self._tracks.get(key, 1) * TRACK_HEIGHT + 6:
                return key
        return None

    # --- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_grid(painter)
        for item in self.items:
            self._paint_item(painter, item)
        self._paint_now(painter)
        if self._drag is not None and self._drag_pos is not None:
            self._paint_ghost(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        first, last = self._hours
        width = self._day_width()
        grid = QPen(QColor("#e3e3e3"))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(self.days):
            left = LANE_LABEL_WIDTH + index * width
            if day.weekday() >= 5:  # weekends shaded: few services work then
                painter.fillRect(QRectF(left, 0, width, self.height()), QColor("#f4f4f4"))
            if day == self.today:
                painter.fillRect(QRectF(left, 0, width, 20), QColor("#dce8f7"))
            painter.setPen(QPen(QColor("#9e9e9e")))
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
            painter.setPen(self.palette().text().color())
            painter.setFont(bold)
            painter.drawText(
                QRectF(left, 0, width, 20), Qt.AlignmentFlag.AlignCenter, i18n.fmt_day_heading(day)
            )
            painter.setFont(self.font())
            step = 1 if width / max(1, last - first) > 28 else 3
            for hour in range(first, last, step):
                x = left + (hour - first) * 60 / self._minutes_per_day() * width
                painter.setPen(grid)
                painter.drawLine(QPointF(x, HEADER_HEIGHT - 4), QPointF(x, self.height()))
                painter.setPen(QPen(QColor("#707070")))
                painter.drawText(QRectF(x + 2, 20, 40, 18), Qt.AlignmentFlag.AlignLeft, f"{hour:02d}")
        for key, label in self.lanes:
            top = self._lane_top[key]
            height = self._tracks.get(key, 1) * TRACK_HEIGHT + 6
            painter.setPen(grid)
            painter.drawLine(QPointF(0, top + height), QPointF(self.width(), top + height))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(6, top, LANE_LABEL_WIDTH - 10, TRACK_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None:
            return
        x = self.x_of(self.now)
        if x >= LANE_LABEL_WIDTH:
            painter.setPen(QPen(QColor("#b3261e"), 1))
            painter.drawLine(QPointF(x, 20), QPointF(x, self.height()))

    def _paint_item(self, painter: QPainter, item: CalendarItem) -> None:
        rect = self.item_rect(item)
        if rect is None:
            return
        colour = COLOURS[item.colour_key]
        painter.setPen(QPen(colour.darker(140), 2 if item.booking_id == self.selected_id else 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        place = self.label_place(item)
        if place is None:
            return
        where, text, inside = place
        if inside:
            painter.setPen(QColor("white") if item.colour_key != "cancelled" else QColor("#505050"))
        else:
            painter.setPen(self.palette().text().color())
        painter.drawText(where, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_ghost(self, painter: QPainter) -> None:
        assert self._drag is not None and self._drag_pos is not None
        item, grab = self._drag
        rect = self.item_rect(item)
        if rect is None:
            return
        ghost = rect.translated(self._drag_pos.x() - grab.x(), 0)
        lane = self.lane_at(self._drag_pos.y()) if self.lanes_movable else item.lane
        if lane is not None and lane in self._lane_top:
            ghost.moveTop(self._lane_top[lane] + 2)
        painter.setPen(QPen(QColor("#1a4fa0"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(26, 79, 160, 60))
        painter.drawRoundedRect(ghost, 3, 3)

    # --- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        self.selected_id = item.booking_id if item else None
        if item is not None:
            self.selected.emit(item.booking_id)
            if item.status is BookingStatus.CONFIRMED and event.button() == Qt.MouseButton.LeftButton:
                self._drag = (item, event.position())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag_pos = event.position()
            self.update()
            return
        item = self.item_at(event.position())
        if item is not None and item.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), item.tooltip, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, pos = self._drag, self._drag_pos
        self._drag, self._drag_pos = None, None
        self.update()
        if drag is None or pos is None or (pos - drag[1]).manhattanLength() < 4:
            return
        item, grab = drag
        rect = self.item_rect(item)
        if rect is None:
            return
        new_start = self.instant_at(rect.left() + pos.x() - grab.x())
        lane = (self.lane_at(pos.y()) if self.lanes_movable else None) or item.lane
        if new_start is not None and (new_start != item.start or lane != item.lane):
            self.move_requested.emit(item.booking_id, new_start, lane)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.activated.emit(item.booking_id)
