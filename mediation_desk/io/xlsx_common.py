"""What every Excel export and import shares: Italian labels, local times, hour figures, progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from mediation_desk.scheduling.billing import Charge
from mediation_desk.scheduling.model import AgencyKind, BookingStatus, Mode, Outcome, Priority

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
    Outcome.CANCELLED: "annullato nei termini",
}

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
