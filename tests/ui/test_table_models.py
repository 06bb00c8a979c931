"""Table models and the requests filter over domain rows built here: no database, no window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.scheduling.model import BookingStatus, Outcome, Priority, ReplyStatus, RequestStatus
from mediation_desk.ui.calendar.calendar_widget import CalendarItem, CalendarWidget
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.requests.request_filter_proxy import RequestFilterProxy
from mediation_desk.ui.requests.request_table_model import COL_DATE, COL_PRIORITY, RequestTableModel
from tests.factories import rome, small_service


def requests_table(context: Any) -> tuple[RequestTableModel, RequestFilterProxy]:
    data = small_service()
    catalog = Catalog.of(data.areas, data.languages, data.projects, data.agencies, data.mediators)
    model = RequestTableModel(catalog)
    model.set_rows(data.requests)
    proxy = RequestFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown_ids(proxy: RequestFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_filter_combines_status_area_and_free_text(context: Any) -> None:
    _model, proxy = requests_table(context)
    proxy.set_filters(status=RequestStatus.PENDING.value)
    assert shown_ids(proxy) == ["R00002", "R00003"]
    proxy.set_filters(area="CREMA", text="crema uno")  # the agency's name matches
    assert shown_ids(proxy) == ["R00002", "R00003"]
    proxy.set_filters(language="TI")  # language codes compare case-insensitively
    assert shown_ids(proxy) == ["R00002"]


def test_the_date_filter_uses_the_local_date_of_the_first_window(context: Any) -> None:
    _model, proxy = requests_table(context)
    proxy.set_filters(date_from=dt.date(2026, 12, 8), date_to=dt.date(2026, 12, 9))
    assert shown_ids(proxy) == ["R00002", "R00003"]


def test_sorting_by_urgency_puts_urgent_requests_first(context: Any) -> None:
    model, proxy = requests_table(context)
    proxy.sort(COL_PRIORITY, Qt.SortOrder.DescendingOrder)
    assert shown_ids(proxy)[0] == "R00003" and model.row_at(0).priority is Priority.URGENT
    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy) == ["R00004", "R00001", "R00003", "R00002"]  # 9 Dec: 09:00 before 10:00


def test_a_sort_survives_new_rows(context: Any) -> None:
    model, proxy = requests_table(context)
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    model.set_rows(list(reversed(small_service().requests)))
    assert shown_ids(proxy) == ["R00002", "R00003", "R00001", "R00004"]


def test_cells_are_italian_and_urgent_pending_rows_are_red(context: Any) -> None:
    model, _proxy = requests_table(context)
    row = model.row_of(lambda r: r.id == "R00003")
    assert model.index(row, COL_PRIORITY).data() == "Urgente"
    assert model.index(row, COL_DATE).data() == "mer 09/12/2026 09:00"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def item(booking_id: str, lane: str, start: dt.datetime, minutes: int, **kw: Any) -> CalendarItem:
    return CalendarItem(
        booking_id,
        lane,
        start,
        start + dt.timedelta(minutes=minutes),
        kw.get("status", BookingStatus.CONFIRMED),
        kw.get("reply", ReplyStatus.ACCEPTED),
        kw.get("outcome"),
        booking_id,
    )


def test_overlapping_bookings_of_one_area_go_on_separate_tracks(qtbot: Any) -> None:
    widget = CalendarWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    day = dt.date(2026, 12, 7)
    widget.set_data(
        [day],
        [("LODI", "Lodi")],
        [
            item("B1", "LODI", rome(2026, 12, 7, 9), 90),
            item("B2", "LODI", rome(2026, 12, 7, 10), 60),
            item("B3", "LODI", rome(2026, 12, 7, 11), 60),
        ],
    )
    tops = {i.booking_id: widget.item_rect(i).top() for i in widget.items}  # type: ignore[union-attr]
    assert tops["B1"] == tops["B3"] != tops["B2"]


def test_boxes_are_coloured_by_status_and_reply() -> None:
    start = rome(2026, 12, 7, 9)
    assert item("B", "M", start, 60).colour_key == "confirmed"
    assert item("B", "M", start, 60, reply=ReplyStatus.NEEDS_ACTION).colour_key == "awaiting"
    assert item("B", "M", start, 60, reply=ReplyStatus.DECLINED).colour_key == "declined"
    assert (
        item("B", "M", start, 60, status=BookingStatus.DONE, outcome=Outcome.NO_SHOW).colour_key == "no_show"
    )
    assert item("B", "M", start, 60, status=BookingStatus.CANCELLED).colour_key == "cancelled"


def test_a_drop_position_snaps_to_a_quarter_hour_on_a_dst_day(qtbot: Any) -> None:
    widget = CalendarWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.set_data([dt.date(2026, 10, 25)], [("M1", "Amina")], [])
    x = widget.x_of(rome(2026, 10, 25, 14, 7))
    assert widget.instant_at(x) == rome(2026, 10, 25, 14, 0)
    assert widget.instant_at(x).utcoffset() == dt.timedelta(hours=1)  # type: ignore[union-attr]
