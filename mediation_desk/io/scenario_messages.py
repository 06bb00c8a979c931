"""English one-line accounts of broken booking rules, for import reports and the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from mediation_desk.scheduling.rules import Violation, ViolationCode

Params = Mapping[str, Any]


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M%z")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _total(p: Params) -> str:
    return _when(p["booked_min"] + p["adding_min"])


TEXTS: dict[ViolationCode, Callable[[Params], str]] = {
    ViolationCode.LANGUAGE: lambda p: f"mediator {p['mediator']} does not speak {p['language']!r}",
    ViolationCode.AVOIDED: lambda p: f"the agency asks not to send mediator {p['mediator']}"
                                     + (f" for case {p['case']}" if p.get("source") == "case" else ""),
    ViolationCode.LEVEL_TOO_LOW: lambda p: f"mediator {p['mediator']} speaks {p['language']!r} at level "
                                           f"{p['level']}, the request requires {p['required']}",
    ViolationCode.SKILL_MISSING: lambda p: f"mediator {p['mediator']} lacks the required skill "
                                           f"{p['skill']!r}",
    ViolationCode.GENDER: lambda p: f"the request asks for gender {p['required']}, mediator {p['mediator']} "
                                    f"is {p['gender']}",
    ViolationCode.AREA: lambda p: f"mediator {p['mediator']} does not work in area {p['area']} "
                                  f"(of agency {p['agency']})",
    ViolationCode.DURATION: lambda p: f"it lasts {_when(p['minutes'])} minutes, the request needs "
                                      f"{p['required']}",
    ViolationCode.QUARTER_HOUR: lambda p: f"it starts at {_when(p['start'])}, not on a quarter hour",
    ViolationCode.OUTSIDE_WINDOW: lambda p: "it lies outside every window of the request",
    ViolationCode.UNAVAILABLE: lambda p: f"mediator {p['mediator']} is not available then "
                                         f"(weekly availability of {p['day']})",
    ViolationCode.ABSENT: lambda p: f"mediator {p['mediator']} is absent from {_when(p['absence_start'])} "
                                    f"to {_when(p['absence_end'])}",
    ViolationCode.BUSY_EXTERNAL: lambda p: f"mediator {p['mediator']} is busy in their own calendar",
    ViolationCode.OVERLAP: lambda p: f"it overlaps booking {p['booking']} of mediator {p['mediator']}",
    ViolationCode.TRAVEL_GAP: lambda p: f"only {p['gap_min']} minutes apart from booking {p['booking']}, "
                                        f"the journey takes {p['travel_min']}",
    ViolationCode.WEEKLY_CAP: lambda p: f"mediator {p['mediator']} would work {_total(p)} minutes in week "
                                        f"{p['week']}, over the cap of {p['cap_min']}",
    ViolationCode.BUDGET: lambda p: f"project {p['project']} would use {_total(p)} of its "
                                    f"{_when(p['budget_min'])} budgeted minutes",
    ViolationCode.PROJECT_DATES: lambda p: f"it lies outside project {p['project']} "
                                           f"({p['project_start']} to {p['project_end']})",
    ViolationCode.PROJECT_UNKNOWN: lambda p: f"project {p['project']} is unknown",
    ViolationCode.ALREADY_BOOKED: lambda p: f"request {p['request']} already has booking {p['booking']}",
    ViolationCode.WAITING_FUNDS: lambda p: f"request {p['request']} is waiting for funds (no project)",
}


def describe(violation: Violation) -> str:
    """``confirmed booking breaks rule N: what is wrong``."""
    text = TEXTS.get(violation.code)
    try:
        detail = text(violation.params) if text else ""
    except KeyError:  # a rule gave fewer details than usual: fall back to the raw ones
        detail = ""
    if not detail:
        detail = ", ".join(f"{k}={_when(v)}" for k, v in violation.params.items())
    return f"confirmed booking breaks rule {violation.rule} ({violation.code}): {detail}"
