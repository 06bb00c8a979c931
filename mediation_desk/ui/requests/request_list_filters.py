"""The requests list's filters: search box, combos, the loaded period, and the count of rows shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QTableView, QWidget

from mediation_desk.scheduling.model import Request
from mediation_desk.services import lookups
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.table_model import ROW_ROLE
from mediation_desk.ui.requests.request_filter_proxy import RequestFilterProxy
from mediation_desk.ui.requests.request_form import narrow
from mediation_desk.ui.requests.request_table_model import RequestTableModel

PAST_DAYS, FUTURE_DAYS = 30, 90  # the period loaded by default around today

if TYPE_CHECKING:
    _ViewBase = QWidget
else:
    _ViewBase = object


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RequestListFilters(_ViewBase):
    """RequestsView's list side: what the filters keep, the period loaded, the row selected."""

    if TYPE_CHECKING:
        context: AppContext
        catalog: Catalog
        model: RequestTableModel
        proxy: RequestFilterProxy
        table: QTableView
        count_label: QLabel
        search: QLineEdit
        status_filter: QComboBox
        priority_filter: QComboBox
        language_filter: QComboBox
        area_filter: QComboBox
        agency_filter: QComboBox
        date_from: QDateEdit
        date_to: QDateEdit

        def fit_columns(self) -> None: ...

    def _filter_combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        narrow(combo, 8)
        combo.addItem(translate("RequestsView", "All"), "")
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # --- data
    def period(self) -> tuple[dt.datetime, dt.datetime]:
        first, last = (e.date().toPython() for e in (self.date_from, self.date_to))
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return (
            dt.datetime.combine(first, dt.time(), tzinfo=i18n.service_zone()),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=i18n.service_zone()),
        )

    def _scroll_to_today(self) -> None:
        """Bring the first request of today or later to the top: the past is above, the future below."""
        now = self.context.now()
        self.table.doItemsLayout()  # the rows were just set: lay them out before scrolling among them
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            request = self.model.row_at(source.row())
            if request.windows and request.windows[0].end >= now:
                self.table.scrollTo(self.proxy.index(row, 0), QTableView.ScrollHint.PositionAtTop)
                return

    def _fill_lookup_filters(self) -> None:
        for combo, items in (
            (self.language_filter, [(lang.name, lang.code) for lang in self.catalog.languages.values()]),
            (self.area_filter, [(a.name, a.code) for a in self.catalog.areas.values()]),
            (self.agency_filter, sorted((a.name, a.id) for a in self.catalog.agencies.values())),
        ):
            if combo is not self.area_filter and not combo.isEditable():
                fw.searchable(combo)  # dozens of languages and agencies: typed, not scrolled
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("RequestsView", "All"), "")
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _period_changed(self) -> None:
        start, end = self.period()
        self.model.set_rows(lookups.requests_in_scope(self.context.db, start, end), self.catalog)
        self.fit_columns()
        self._apply_filters()

    def _apply_filters(self) -> None:
        first, last = (e.date().toPython() for e in (self.date_from, self.date_to))
        self.proxy.set_filters(
            text=self.search.text().strip(),
            status=str(self.status_filter.currentData() or ""),
            priority=str(self.priority_filter.currentData() or ""),
            language=str(self.language_filter.currentData() or ""),
            area=str(self.area_filter.currentData() or ""),
            agency=str(self.agency_filter.currentData() or ""),
            date_from=first,
            date_to=last,
        )
        self.count_label.setText(
            translate("RequestsView", "{shown} of {total} requests").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def selected_request(self) -> Request | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (
            self.status_filter,
            self.priority_filter,
            self.language_filter,
            self.area_filter,
            self.agency_filter,
        ):
            combo.setCurrentIndex(0)
        self.proxy.set_filters(date_from=None, date_to=None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
