"""Sentences for the scheduling rules' Violation codes and params: the one wording of the UI and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from mediation_desk.scheduling.model import LanguageLevel
from mediation_desk.scheduling.rules import Violation, ViolationCode
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate


class Names(Protocol):
    """Where the sentences look up the names of languages and areas (the UI's Catalog, the CLI's context)."""

    def language_name(self, code: str) -> str: ...

    def area_name(self, code: str) -> str: ...


class CodesAsNames:
    """Names unknown: the codes themselves."""

    def language_name(self, code: str) -> str:
        return code

    def area_name(self, code: str) -> str:
        return code


def _when(value: Any) -> str:
    return i18n.fmt_datetime(value) if isinstance(value, dt.datetime) else str(value or "")


def _time(value: Any) -> str:
    return i18n.fmt_time(value) if isinstance(value, dt.datetime) else str(value or "")


def _hours(minutes: Any) -> str:
    return i18n.fmt_number(float(minutes or 0) / 60.0)


def _texts() -> dict[ViolationCode, str]:
    return {
        ViolationCode.INACTIVE: translate("Violations", "No longer active in the service"),
        ViolationCode.REQUEST_CLOSED: translate("Violations", "The request is cancelled"),
        ViolationCode.WAITING_FUNDS: translate(
            "Violations", "Waiting for funds: no eligible project has hours left; assign a project first"
        ),
        ViolationCode.PAST: translate("Violations", "Every possible start has gone by"),
        ViolationCode.CLOSED: translate("Violations", "The agency is closed on {day}: {closure}"),
        ViolationCode.AVOIDED: translate("Violations", "The agency asks not to send {mediator_name}"),
        ViolationCode.SKILL_MISSING: translate("Violations", "Lacks the required skill: {skill}"),
        ViolationCode.LANGUAGE: translate("Violations", "Does not speak {language}"),
        ViolationCode.LEVEL_TOO_LOW: translate(
            "Violations", "Speaks {language} at level {level}, the request requires {required_level}"
        ),
        ViolationCode.GENDER: translate("Violations", "A mediator of gender {gender} was asked for"),
        ViolationCode.AREA: translate("Violations", "Area not covered: {area}"),
        ViolationCode.DURATION: translate("Violations", "Lasts {minutes} min instead of {required}"),
        ViolationCode.QUARTER_HOUR: translate("Violations", "Does not start on a quarter hour ({start})"),
        ViolationCode.OUTSIDE_WINDOW: translate(
            "Violations", "Outside the times the agency asked for ({start}–{end})"
        ),
        ViolationCode.UNAVAILABLE: translate("Violations", "Not available at that time ({start}–{end})"),
        ViolationCode.ABSENT: translate("Violations", "Absent from {absence_start} to {absence_end}"),
        ViolationCode.BUSY_EXTERNAL: translate("Violations", "Busy in their own calendar ({start}–{end})"),
        ViolationCode.OVERLAP: translate(
            "Violations", "Already booked {start}–{end} at {agency} ({booking})"
        ),
        ViolationCode.TRAVEL_GAP: translate(
            "Violations", "Needs {travel_min} min to travel from {agency}, only {gap_min} min free"
        ),
        ViolationCode.WEEKLY_CAP: translate(
            "Violations", "Weekly limit of {cap} h exceeded in week {week} ({booked} h already booked)"
        ),
        ViolationCode.BUDGET: translate(
            "Violations", "Project {project} budget exceeded: {booked} of {budget} h used"
        ),
        ViolationCode.PROJECT_DATES: translate("Violations", "Outside the dates of project {project}"),
        ViolationCode.PROJECT_UNKNOWN: translate("Violations", "Unknown project {project}"),
        ViolationCode.ALREADY_BOOKED: translate("Violations", "The request already has booking {booking}"),
    }


def _fields(p: Mapping[str, Any], names: Names) -> dict[str, str]:
    """Every placeholder any text may use, formatted for the screen."""
    end = p.get("end")
    return {
        "language": names.language_name(str(p.get("language") or "")),
        "gender": labels.gender(p.get("required")),
        "area": names.area_name(str(p.get("area") or "")),
        "minutes": str(int(p.get("minutes") or 0)),
        "required": str(p.get("required") or ""),
        "start": _when(p.get("start")),
        "end": _time(end) if _same_day(p.get("start"), end) else _when(end),
        "absence_start": _when(p.get("absence_start")),
        "absence_end": _when(p.get("absence_end")),
        "agency": str(p.get("agency_name") or p.get("agency") or ""),
        "booking": str(p.get("booking") or ""),
        "travel_min": str(p.get("travel_min") or ""),
        "gap_min": str(int(p.get("gap_min") or 0)),
        "cap": _hours(p.get("cap_min")),
        "week": str(p.get("week") or ""),
        "booked": _hours(p.get("booked_min")),
        "budget": _hours(p.get("budget_min")),
        "project": str(p.get("project") or ""),
        "case": str(p.get("case") or ""),
        "day": i18n.fmt_date(p["day"]) if isinstance(p.get("day"), dt.date) else str(p.get("day") or ""),
        "mediator_name": str(p.get("mediator_name") or p.get("mediator") or ""),
        "level": _level(p.get("level")),
        "required_level": _level(p.get("required")),
        "skill": labels.skill(str(p.get("skill") or "")),
        "closure": closure_text(str(p.get("closure") or ""), str(p.get("name") or "")),
    }


def _level(value: Any) -> str:
    try:
        return labels.language_level(LanguageLevel(str(value)))
    except ValueError:
        return str(value or "")


def closure_text(kind: str, name: str) -> str:
    """Why a day is closed, e.g. "festa nazionale (Lunedì dell'Angelo)"."""
    texts = {
        "national_holiday": translate("Violations", "national holiday ({name})"),
        "patron_saint": translate("Violations", "the patron saint's day ({name})"),
        "school_closure": translate("Violations", "schools closed ({name})"),
    }
    text = texts.get(kind, "{name}").format(name=name)
    return text.replace(" ()", "")


def _same_day(a: Any, b: Any) -> bool:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return i18n.to_local(a).date() == i18n.to_local(b).date()
    return False


def _feminine_texts() -> dict[ViolationCode, str]:
    """The sentences whose Italian agrees with the mediator: said of a woman ("Già impegnata")."""
    return {
        ViolationCode.INACTIVE: translate("Violations", "No longer active in the service", "woman"),
        ViolationCode.BUSY_EXTERNAL: translate(
            "Violations", "Busy in their own calendar ({start}–{end})", "woman"
        ),
        ViolationCode.OVERLAP: translate(
            "Violations", "Already booked {start}–{end} at {agency} ({booking})", "woman"
        ),
    }


def _gender_of(violation: Violation, names: Names | None, gender: str | None) -> str | None:
    """The mediator's gender: given, in the violation, or looked up in the catalogue by id."""
    if gender:
        return gender
    if violation.code != ViolationCode.GENDER and violation.params.get("gender"):
        return str(violation.params["gender"])
    mediator = getattr(names, "mediators", {}).get(violation.params.get("mediator"))
    return getattr(mediator, "gender", None)


def describe(violation: Violation, names: Names | None = None, gender: str | None = None) -> str:
    """One sentence for ``violation`` about a mediator of ``gender`` ("F", "M" or unknown); unknown codes
    fall back to their rule number."""
    text = _texts().get(violation.code)
    if violation.code is ViolationCode.AVOIDED and violation.params.get("source") == "case":
        text = translate("Violations", "The agency asks not to send {mediator_name} for case {case}")
    if _gender_of(violation, names, gender) == "F":
        text = _feminine_texts().get(violation.code, text)
    if violation.code == ViolationCode.GENDER and violation.params.get("required") in ("F", "M"):
        woman = violation.params["required"] == "F"
        text = (translate("Violations", "A woman mediator was asked for") if woman
                else translate("Violations", "A man mediator was asked for"))
    if text is None:
        return translate("Violations", "Breaks rule {rule}").format(rule=violation.rule)
    return text.format(**_fields(violation.params, names or CodesAsNames()))


def describe_all(
    violations: Iterable[Violation], names: Names | None = None, gender: str | None = None
) -> list[str]:
    """One sentence per violation, each said once, in order."""
    seen: list[str] = []
    for violation in violations:
        text = describe(violation, names, gender)
        if text not in seen:
            seen.append(text)
    return seen
