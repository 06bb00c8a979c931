"""Translated labels for the domain's enums and codes (the domain never returns sentences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mediation_desk.scheduling.candidates import ScoreItem
from mediation_desk.scheduling.model import (
    AgencyKind,
    BookingStatus,
    LanguageLevel,
    Mode,
    Outcome,
    Priority,
    ReplyStatus,
    RequestStatus,
)


def request_status(value: RequestStatus) -> str:
    return {
        RequestStatus.PENDING: QCoreApplication.translate("Labels", "To plan"),
        RequestStatus.BOOKED: QCoreApplication.translate("Labels", "Booked", "request"),
        RequestStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled", "request"),
    }[value]


def booking_status(value: BookingStatus) -> str:
    return {
        BookingStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed", "booking"),
        BookingStatus.DONE: QCoreApplication.translate("Labels", "Done", "booking"),
        BookingStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled", "booking"),
    }[value]


def priority(value: Priority) -> str:
    return {
        Priority.URGENT: QCoreApplication.translate("Labels", "Urgent"),
        Priority.HIGH: QCoreApplication.translate("Labels", "High"),
        Priority.NORMAL: QCoreApplication.translate("Labels", "Normal"),
    }[value]


def mode(value: Mode) -> str:
    return {
        Mode.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        Mode.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Mode.VIDEO: QCoreApplication.translate("Labels", "Video"),
    }[value]


def agency_kind(value: AgencyKind) -> str:
    return {
        AgencyKind.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        AgencyKind.SCHOOL: QCoreApplication.translate("Labels", "School"),
        AgencyKind.HEALTH: QCoreApplication.translate("Labels", "Health service"),
        AgencyKind.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        AgencyKind.COURT: QCoreApplication.translate("Labels", "Court"),
        AgencyKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def language_level(value: LanguageLevel) -> str:
    return {
        LanguageLevel.NATIVE: QCoreApplication.translate("Labels", "Native"),
        LanguageLevel.FLUENT: QCoreApplication.translate("Labels", "Fluent"),
        LanguageLevel.WORKING: QCoreApplication.translate("Labels", "Working"),
    }[value]


def outcome(value: Outcome | None) -> str:
    if value is None:
        return ""
    return {
        Outcome.DELIVERED: QCoreApplication.translate("Labels", "Delivered"),
        Outcome.NO_SHOW: QCoreApplication.translate("Labels", "No-show"),
        Outcome.LATE_CANCELLATION: QCoreApplication.translate("Labels", "Late cancellation (billable)"),
        Outcome.CANCELLED: QCoreApplication.translate("Labels", "Cancelled in time"),
    }[value]


def reply(value: ReplyStatus) -> str:
    return {
        ReplyStatus.NEEDS_ACTION: QCoreApplication.translate("Labels", "Awaiting reply"),
        ReplyStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
        ReplyStatus.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        ReplyStatus.TENTATIVE: QCoreApplication.translate("Labels", "Tentative"),
    }[value]


def gender(value: str | None) -> str:
    if value == "F":
        return QCoreApplication.translate("Labels", "Woman")
    if value == "M":
        return QCoreApplication.translate("Labels", "Man")
    return QCoreApplication.translate("Labels", "Any")


def weekday(day: int) -> str:
    """Monday is 0, as in WeeklyWindow."""
    return (
        QCoreApplication.translate("Labels", "Monday"),
        QCoreApplication.translate("Labels", "Tuesday"),
        QCoreApplication.translate("Labels", "Wednesday"),
        QCoreApplication.translate("Labels", "Thursday"),
        QCoreApplication.translate("Labels", "Friday"),
        QCoreApplication.translate("Labels", "Saturday"),
        QCoreApplication.translate("Labels", "Sunday"),
    )[day]


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def minutes(total: int) -> str:
    hours, rest = divmod(int(total), 60)
    return f"{hours}:{rest:02d}"


def score_reason(item: ScoreItem) -> str:
    """A short sentence for one reason of the ranking."""
    p = item.params
    if item.name == "continuity":
        return QCoreApplication.translate("Labels", "already followed case {case}").format(
            case=p.get("case", ""))
    if item.name == "travel":
        return QCoreApplication.translate("Labels", "{minutes} min from home").format(
            minutes=p.get("minutes", ""))
    if item.name == "language_level":
        return language_level(LanguageLevel(str(p.get("level"))))
    if item.name == "skill":
        return QCoreApplication.translate("Labels", "skill: {skill}").format(skill=p.get("skill", ""))
    if item.name == "fair_share":
        return QCoreApplication.translate("Labels", "{hours} h this month").format(
            hours=_number(float(p.get("month_hours", 0.0))))
    return item.name
