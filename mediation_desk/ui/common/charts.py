"""Charts drawn with QPainter (PySide6-Essentials has no QtCharts): hour burn-down and bar charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 28, 34
PALETTE = [QColor(c) for c in ("#2e7d5b", "#1a4fa0", "#d08c1a", "#8e4585", "#b3261e", "#00838f", "#6d4c41")]


@dataclass
class BurnDownData:
    """Remaining hours of a project's budget over time and when they are forecast to run out."""

    budget_hours: float
    start: dt.date
    end: dt.date
    used: list[tuple[dt.date, float]] = field(default_factory=list)  # cumulative hours used by date
    today: dt.date | None = None
    forecast_exhausted: dt.date | None = None  # None: the budget lasts past the end


class BurnDownChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: BurnDownData | None = None
        self.setMinimumHeight(220)

    def set_data(self, data: BurnDownData | None) -> None:
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            self.width() - MARGIN_LEFT - MARGIN_RIGHT,
            self.height() - MARGIN_TOP - MARGIN_BOTTOM,
        )

    def _point(self, day: dt.date, remaining: float) -> QPointF:
        assert self.data is not None
        plot = self._plot()
        span = max(1, (self.data.end - self.data.start).days)
        x = plot.left() + (day - self.data.start).days / span * plot.width()
        y = plot.bottom() - max(0.0, remaining) / max(1e-9, self.data.budget_hours) * plot.height()
        return QPointF(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        plot = self._plot()
        painter.setPen(QPen(QColor("#9e9e9e")))
        painter.drawRect(plot)
        if self.data is None or self.data.budget_hours <= 0:
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, translate("BurnDownChart", "No budget to show")
            )
            painter.end()
            return
        data = self.data
        painter.setPen(QPen(QColor("#bdbdbd"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(self._point(data.start, data.budget_hours), self._point(data.end, 0))
        last = QPointF(self._point(data.start, data.budget_hours))
        painter.setPen(QPen(PALETTE[0], 2))
        for day, used in data.used:
            point = self._point(day, data.budget_hours - used)
            painter.drawLine(last, point)
            last = point
        if data.forecast_exhausted is not None:
            painter.setPen(QPen(PALETTE[4], 2, Qt.PenStyle.DotLine))
            target = self._point(min(data.forecast_exhausted, data.end), 0)
            painter.drawLine(last, target)
            painter.drawText(
                QRectF(plot.left(), 4, plot.width(), 20),
                Qt.AlignmentFlag.AlignRight,
                translate("BurnDownChart", "Hours forecast to run out on %1").replace(
                    "%1", i18n.fmt_date(data.forecast_exhausted)
                ),
            )
        if data.today is not None and data.start <= data.today <= data.end:
            painter.setPen(QPen(QColor("#1a4fa0"), 1))
            x = self._point(data.today, 0).x()
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        self._paint_axes(painter, plot, data)
        painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF, data: BurnDownData) -> None:
        painter.setPen(self.palette().text().color())
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawText(
                QRectF(0, y - 9, MARGIN_LEFT - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                i18n.fmt_number(data.budget_hours * fraction, 0),
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, 120, 18),
            Qt.AlignmentFlag.AlignLeft,
            i18n.fmt_date(data.start),
        )
        painter.drawText(
            QRectF(plot.right() - 120, plot.bottom() + 4, 120, 18),
            Qt.AlignmentFlag.AlignRight,
            i18n.fmt_date(data.end),
        )
        painter.drawText(
            QRectF(plot.left(), 4, plot.width(), 20),
            Qt.AlignmentFlag.AlignLeft,
            translate("BurnDownChart", "Hours left"),
        )


class BarChart(QWidget):
    """Horizontal bars, one per label, with the value written at the end of the bar."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        self.bars = sorted(bars, key=lambda bar: -bar[1])
        self.setMinimumHeight(30 + 22 * max(1, len(self.bars)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 30 + 22 * max(3, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(6, 2, self.width() - 12, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        top = max((value for _, value in self.bars), default=0.0)
        label_width = min(160.0, self.width() * 0.4)
        room = self.width() - label_width - 70
        for row, (label, value) in enumerate(self.bars):
            y = 26 + row * 22
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(6, y, label_width - 10, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = 0.0 if top <= 0 else value / top * room
            painter.fillRect(QRectF(label_width, y + 2, max(1.0, length), 14), PALETTE[row % len(PALETTE)])
            painter.drawText(
                QRectF(label_width + length + 4, y, 66, 18),
                Qt.AlignmentFlag.AlignVCenter,
                i18n.fmt_number(value),
            )
        painter.end()
