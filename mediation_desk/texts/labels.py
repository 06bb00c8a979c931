"""Translated labels for the domain's enums and codes (the domain never returns sentences)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from mediation_desk.scheduling import skills
from mediation_desk.scheduling.candidates import ScoreItem
from mediation_desk.scheduling.model import (
    AgencyKind,
    BookingStatus,
    CancelParty,
    LanguageLevel,
    Mode,
    Outcome,
    Priority,
    ReplyStatus,
    RequestStatus,
)
from mediation_desk.texts.i18n import translate


def request_status(value: RequestStatus) -> str:
    return {
        RequestStatus.PENDING: translate("Labels", "To plan"),
        RequestStatus.BOOKED: translate("Labels", "Booked", "request"),
        RequestStatus.CANCELLED: translate("Labels", "Cancelled", "request"),
    }[value]


def booking_status(value: BookingStatus) -> str:
    return {
        BookingStatus.CONFIRMED: translate("Labels", "Confirmed", "booking"),
        BookingStatus.DONE: translate("Labels", "Done", "booking"),
        BookingStatus.CANCELLED: translate("Labels", "Cancelled", "booking"),
    }[value]


def booking_state(status: BookingStatus, outcome_of: Outcome | None) -> str:
    """What happened to a booking, truthfully: a no-show (of either side) is never "Done"."""
    if status is BookingStatus.DONE and outcome_of is not None and outcome_of is not Outcome.DELIVERED:
        return outcome(outcome_of)
    return booking_status(status)


def priority(value: Priority) -> str:
    return {
        Priority.URGENT: translate("Labels", "Urgent"),
        Priority.HIGH: translate("Labels", "High"),
        Priority.NORMAL: translate("Labels", "Normal"),
    }[value]


def mode(value: Mode) -> str:
    return {
        Mode.IN_PERSON: translate("Labels", "In person"),
        Mode.PHONE: translate("Labels", "Phone"),
        Mode.VIDEO: translate("Labels", "Video"),
    }[value]


def agency_kind(value: AgencyKind) -> str:
    return {
        AgencyKind.MUNICIPALITY: translate("Labels", "Municipality"),
        AgencyKind.SCHOOL: translate("Labels", "School"),
        AgencyKind.HEALTH: translate("Labels", "Health service"),
        AgencyKind.SOCIAL_SERVICES: translate("Labels", "Social services"),
        AgencyKind.COURT: translate("Labels", "Court"),
        AgencyKind.OTHER: translate("Labels", "Other"),
    }[value]


def language_level(value: LanguageLevel) -> str:
    return {
        LanguageLevel.NATIVE: translate("Labels", "Native"),
        LanguageLevel.FLUENT: translate("Labels", "Fluent"),
        LanguageLevel.WORKING: translate("Labels", "Working"),
    }[value]


def outcome(value: Outcome | None) -> str:
    if value is None:
        return ""
    return {
        Outcome.DELIVERED: translate("Labels", "Delivered"),
        Outcome.NO_SHOW: translate("Labels", "No-show"),
        Outcome.LATE_CANCELLATION: translate("Labels", "Late cancellation (billable)"),
        Outcome.CANCELLED: translate("Labels", "Cancelled, not billed"),
        Outcome.MEDIATOR_NO_SHOW: translate("Labels", "Mediator did not come (not billed)"),
    }[value]


def cancel_party(value: CancelParty | None, gender: str | None = None) -> str:
    """Who called the intervention off (or did not come); "la mediatrice" when ``gender`` is "F"."""
    if value is None:
        return ""
    if value is CancelParty.MEDIATOR and gender == "F":
        return translate("Labels", "The mediator", "woman")
    return {
        CancelParty.AGENCY: translate("Labels", "The agency"),
        CancelParty.FAMILY: translate("Labels", "The person assisted or the family"),
        CancelParty.MEDIATOR: translate("Labels", "The mediator"),
        CancelParty.SERVICE: translate("Labels", "No mediator available"),
    }[value]


def reply(value: ReplyStatus) -> str:
    return {
        ReplyStatus.NEEDS_ACTION: translate("Labels", "Awaiting reply"),
        ReplyStatus.ACCEPTED: translate("Labels", "Accepted"),
        ReplyStatus.DECLINED: translate("Labels", "Declined"),
        ReplyStatus.TENTATIVE: translate("Labels", "Tentative"),
    }[value]


def gender(value: str | None) -> str:
    if value == "F":
        return translate("Labels", "Woman")
    if value == "M":
        return translate("Labels", "Man")
    return translate("Labels", "Any")


def weekday(day: int) -> str:
    """Monday is 0, as in WeeklyWindow."""
    return (
        translate("Labels", "Monday"),
        translate("Labels", "Tuesday"),
        translate("Labels", "Wednesday"),
        translate("Labels", "Thursday"),
        translate("Labels", "Friday"),
        translate("Labels", "Saturday"),
        translate("Labels", "Sunday"),
    )[day]


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def minutes(total: int) -> str:
    hours, rest = divmod(int(total), 60)
    return f"{hours}:{rest:02d}"


def skill(code: str) -> str:
    """A skill's name (scheduling/skills.py); text that is no code is shown as it was written."""
    names = {
        "health": translate("Labels", "Health"),
        "school": translate("Labels", "School"),
        "social": translate("Labels", "Social services"),
        "legal": translate("Labels", "Legal"),
        "court": translate("Labels", "Court"),
        "work": translate("Labels", "Work"),
    }
    return names.get(code, code)


def skill_choices() -> list[tuple[str, str]]:
    """(name, code) of every skill of the shared list, by name: the one list both forms offer."""
    return sorted(((skill(code), code) for code in skills.SKILLS), key=lambda pair: pair[0].lower())


def score_reason(item: ScoreItem) -> str:
    """A short sentence for one reason of the ranking."""
    p = item.params
    if item.name == "preferred":
        if p.get("source") == "case":
            return translate("Labels", "preferred for this case")
        return translate("Labels", "preferred by the agency")
    if item.name == "below_level":
        return translate("Labels", "below the level asked for ({level})").format(
            level=language_level(LanguageLevel(str(p.get("required")))))
    if item.name == "continuity":
        return translate("Labels", "already followed case {case}").format(case=p.get("case", ""))
    if item.name == "travel":
        return translate("Labels", "{minutes} min from home").format(minutes=p.get("minutes", ""))
    if item.name == "language_level":
        return language_level(LanguageLevel(str(p.get("level"))))
    if item.name == "skill":
        return translate("Labels", "skill: {skill}").format(skill=skill(str(p.get("skill", ""))))
    if item.name == "fair_share":
        return translate("Labels", "{hours} h this month").format(
            hours=_number(float(p.get("month_hours", 0.0)))
        )
    return item.name
