"""What every Excel export and import shares: Italian labels, local times, hour figures, progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from mediation_desk.scheduling.billing import Charge
from mediation_desk.scheduling.model import (
    AgencyKind,
    Booking,
    BookingStatus,
    CancelParty,
    Mode,
    Outcome,
    Priority,
)

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class ExportCancelled(Exception):
    """The user stopped a long export or import; nothing was written or imported."""


def no_progress(done: int, total: int) -> None:
    """The default progress callback: ignore it."""


def never_stop() -> bool:
    return False


CHARGE_LABELS: dict[str, str] = {
    Charge.DELIVERED: "erogato",
    Charge.LATE_CANCELLATION: "disdetta tardiva",
    Charge.NO_SHOW: "mancata presentazione",
    Charge.NONE: "non fatturabile",
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.DELIVERED: "erogato",
    Outcome.NO_SHOW: "mancata presentazione",
    Outcome.LATE_CANCELLATION: "disdetta tardiva",
    Outcome.CANCELLED: "annullato, non addebitato",
    Outcome.MEDIATOR_NO_SHOW: "mediatore non presentato",
}

PARTY_LABELS: dict[str, str] = {
    CancelParty.AGENCY: "ente",
    CancelParty.FAMILY: "utente o famiglia",
    CancelParty.MEDIATOR: "mediatore",
    CancelParty.SERVICE: "nessun mediatore disponibile",
}


def cause_text(booking: Booking) -> str:
    """Who cancelled (or did not come) and why, for reports and timesheets: "ente: trasloco"."""
    party = PARTY_LABELS.get(booking.cancelled_by, "") if booking.cancelled_by else ""
    return ": ".join(part for part in (party, booking.cancel_reason) if part)

STATUS_LABELS: dict[str, str] = {
    BookingStatus.CONFIRMED: "confermato",
    BookingStatus.DONE: "concluso",
    BookingStatus.CANCELLED: "annullato",
}

MODE_LABELS: dict[str, str] = {
    Mode.IN_PERSON: "in presenza",
    Mode.PHONE: "telefonica",
    Mode.VIDEO: "video",
}

AGENCY_KIND_LABELS: dict[str, str] = {
    AgencyKind.MUNICIPALITY: "Comune",
    AgencyKind.SCHOOL: "Scuola",
    AgencyKind.HEALTH: "Sanità",
    AgencyKind.SOCIAL_SERVICES: "Servizi sociali",
    AgencyKind.COURT: "Tribunale",
    AgencyKind.OTHER: "Altro",
}

PRIORITY_LABELS: dict[str, str] = {
    Priority.URGENT: "urgente",
    Priority.HIGH: "alta",
    Priority.NORMAL: "normale",
}

MONTH_NAMES = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
               "settembre", "ottobre", "novembre", "dicembre")


def month_label(month: dt.date) -> str:
    """``novembre 2026``."""
    return f"{MONTH_NAMES[month.month - 1]} {month.year}"


def local_naive(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Wall-clock time in ``tz`` without tzinfo: Excel has no time zones."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant.isoformat()}: give a time zone")
    return instant.astimezone(tz).replace(tzinfo=None)


def hours(minutes: int) -> float:
    """Minutes as decimal hours (quarter hours are exact binary fractions)."""
    return minutes / 60


def day_fraction(minutes: int) -> float:
    """Minutes as the day fraction Excel's ``[h]:mm`` format shows."""
    return minutes / 1440


def hhmm(minutes: int) -> str:
    """``1:45`` for 105 minutes: the same figure as ``[h]:mm``, as text for messages."""
    return f"{minutes // 60}:{minutes % 60:02d}"


EXCEL_UNIX_EPOCH = 25569  # days from Excel's 1899-12-30 to 1970-01-01
_OFFSET_BUCKET = 900  # seconds: UTC offsets change only on quarter hours


class LocalClock:
    """Excel serials and months of aware instants in one zone; offsets cached, for 100,000-row sheets."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz
        self._offsets: dict[int, float] = {}
        self._months: dict[int, str] = {}
        self._firsts: dict[int, int] = {}

    def serial(self, instant: dt.datetime) -> float:
        """Local wall-clock time as an Excel date-time number (what a naive local datetime would give)."""
        ts = instant.timestamp()
        bucket = int(ts // _OFFSET_BUCKET)
        offset = self._offsets.get(bucket)
        if offset is None:
            delta = instant.astimezone(self.tz).utcoffset()
            offset = self._offsets[bucket] = delta.total_seconds() if delta is not None else 0.0
        return (ts + offset) / 86400 + EXCEL_UNIX_EPOCH

    def month(self, instant: dt.datetime) -> str:
        """``YYYY-MM`` of the local date."""
        return self.month_of_serial(self.serial(instant))

    def month_start(self, serial: float) -> int:
        """The Excel serial of the first day of the month of local date-time ``serial``."""
        day = int(serial)
        first = self._firsts.get(day)
        if first is None:
            date = dt.date(1899, 12, 30) + dt.timedelta(days=day)
            first = self._firsts[day] = day - date.day + 1
        return first

    def month_of_serial(self, serial: float) -> str:
        day = int(serial)
        label = self._months.get(day)
        if label is None:
            date = dt.date(1899, 12, 30) + dt.timedelta(days=day)
            label = self._months[day] = f"{date:%Y-%m}"
        return label
