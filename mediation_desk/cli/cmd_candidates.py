"""Subcommand `candidates REQUEST_ID [--json]`: who can take a request, when, and why the others cannot.

Exit status: 0 the list was printed (even when nobody can go), 1 unknown
request or an unreachable database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from mediation_desk.cli.common import EXIT_OK, CommandError, database_command, now
from mediation_desk.scheduling.candidates import Candidate, CandidateList, Exclusion
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.rules import Violation, ViolationCode
from mediation_desk.scheduling.timeutil import SERVICE_TZ
from mediation_desk.services.booking import BookingError
from mediation_desk.services.candidates import candidates_with_context
from mediation_desk.storage.db import Database

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_STARTS_SHOWN = 8


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("candidates", help="mediators who could take a request, best first")
    parser.add_argument("request_id", metavar="REQUEST_ID")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of text")
    parser.set_defaults(func=run)


def _refuse(exc: Exception) -> CommandError | None:
    if isinstance(exc, BookingError):
        return CommandError(f"candidates: request {exc.params.get('request', '')} not found"
                            if exc.code == "request_not_found" else f"candidates: {exc}")
    return None


@database_command("candidates", _refuse)
def run(args: argparse.Namespace, db: Database) -> int:
    result, ctx = candidates_with_context(db, args.request_id, now())
    print(json.dumps(as_json(result), ensure_ascii=False) if args.json else "\n".join(as_text(result, ctx)))
    return EXIT_OK


# ---- JSON --------------------------------------------------------------------------
def as_json(result: CandidateList) -> dict[str, Any]:
    return {
        "request": result.request.id,
        "replacing": result.replacing,
        "blocking": [v.as_json() for v in result.blocking],
        "candidates": [{
            "mediator": c.mediator.id, "name": c.mediator.name, "score": round(c.score, 2),
            "items": [{"name": i.name, "points": round(i.points, 2), "params": dict(i.params)}
                      for i in c.items],
            "starts": [s.isoformat() for s in c.starts]} for c in result.candidates],
        "excluded": [{
            "mediator": e.mediator.id, "name": e.mediator.name,
            "violations": [v.as_json() for v in e.violations],
            "override_starts": [s.isoformat() for s in e.override_starts]} for e in result.excluded],
    }


# ---- text --------------------------------------------------------------------------
def as_text(result: CandidateList, ctx: SchedulingContext) -> list[str]:
    r = result.request
    names = Names(ctx)
    agency = ctx.agencies.get(r.agency)
    lines = [f"Request {r.id}: {names.language(r.language)}, {r.duration_min} min, "
             f"{r.mode.value.replace('_', ' ')}, {agency.name if agency else r.agency}"]
    lines += [f"  ! {describe(v, names)}" for v in result.blocking]
    if result.replacing:
        lines.append(f"  (its booking {result.replacing} is left out, so these are the options to move it)")
    lines.append(f"Candidates ({len(result.candidates)}):")
    lines += [line for i, c in enumerate(result.candidates, 1) for line in _candidate(i, c)]
    if not result.candidates:
        lines.append("  nobody can take it under every rule")
    lines.append(f"Excluded ({len(result.excluded)}):")
    lines += [_exclusion(e, names) for e in result.excluded]
    return lines


def _candidate(rank: int, c: Candidate) -> list[str]:
    reasons = ", ".join(_item(i.name, i.points, i.params) for i in c.items)
    shown = ", ".join(_when(s) for s in c.starts[:MAX_STARTS_SHOWN])
    more = f" and {len(c.starts) - MAX_STARTS_SHOWN} more" if len(c.starts) > MAX_STARTS_SHOWN else ""
    return [f"  {rank}. {c.mediator.name} ({c.mediator.id}) score {c.score:.1f}: {reasons}",
            f"     free at {shown}{more}"]


def _item(name: str, points: float, p: Mapping[str, Any]) -> str:
    texts: dict[str, Callable[[], str]] = {
        "continuity": lambda: f"already followed case {p.get('case')}",
        "travel": lambda: f"{p.get('minutes')} min from home",
        "language_level": lambda: f"{p.get('level')} speaker",
        "skill": lambda: f"skilled in {p.get('skill')}",
        "fair_share": lambda: f"{p.get('month_hours', 0):.1f} h booked this month "
                              f"(average {p.get('average_hours', 0):.1f} h)",
    }
    text = texts[name]() if name in texts else name
    return f"{text} [{points:+.1f}]"


def _exclusion(e: Exclusion, names: Names) -> str:
    reasons = "; ".join(dict.fromkeys(describe(v, names) for v in e.violations))
    line = f"  - {e.mediator.name} ({e.mediator.id}): {reasons}"
    if e.override_starts:
        line += f" (bookable with a budget override at {_when(e.override_starts[0])})"
    return line


def _when(instant: Any) -> str:
    if not isinstance(instant, dt.datetime):
        return str(instant)
    local = instant.astimezone(SERVICE_TZ)
    return f"{DAYS[local.weekday()]} {local:%d/%m %H:%M}"


def _span(p: Mapping[str, Any], start: str = "start", end: str = "end") -> str:
    first, last = p.get(start), p.get(end)
    if (isinstance(first, dt.datetime) and isinstance(last, dt.datetime)
            and first.astimezone(SERVICE_TZ).date() == last.astimezone(SERVICE_TZ).date()):
        return f"{_when(first)}-{last.astimezone(SERVICE_TZ):%H:%M}"
    return f"{_when(first)}-{_when(last)}"


class Names:
    """Names of languages and areas for the sentences, codes when unknown."""

    def __init__(self, ctx: SchedulingContext) -> None:
        self._languages = {code: lg.name for code, lg in ctx.languages.items()}
        self._areas: dict[str, str] = {str(code): a.name for code, a in ctx.areas.items()}

    def language(self, code: object) -> str:
        return self._languages.get(str(code).lower(), str(code))

    def area(self, code: object) -> str:
        return self._areas.get(str(code), str(code))


def describe(v: Violation, names: Names) -> str:
    """A short English sentence for a rule violation."""
    p = v.params
    texts: dict[ViolationCode, Callable[[], str]] = {
        ViolationCode.INACTIVE: lambda: "no longer active",
        ViolationCode.REQUEST_CLOSED: lambda: "the request is cancelled",
        ViolationCode.LANGUAGE: lambda: f"does not speak {names.language(p.get('language'))}",
        ViolationCode.GENDER: lambda: f"a mediator of gender {p.get('required')} was asked for",
        ViolationCode.AREA: lambda: f"does not work in {names.area(p.get('area'))}",
        ViolationCode.DURATION: lambda: f"lasts {p.get('minutes')} min instead of {p.get('required')}",
        ViolationCode.QUARTER_HOUR: lambda: "does not start on a quarter hour",
        ViolationCode.OUTSIDE_WINDOW: lambda: "no requested time window is long enough",
        ViolationCode.UNAVAILABLE: lambda: "not available at the requested times",
        ViolationCode.ABSENT: lambda: f"absent {_span(p, 'absence_start', 'absence_end')}",
        ViolationCode.BUSY_EXTERNAL: lambda: f"busy in their own calendar {_span(p)}",
        ViolationCode.OVERLAP: lambda: f"busy {_span(p)} at {p.get('agency_name') or p.get('agency')}",
        ViolationCode.TRAVEL_GAP: lambda: (f"needs {p.get('travel_min')} min to travel from "
                                           f"{p.get('agency_name')} ({_span(p)})"),
        ViolationCode.WEEKLY_CAP: lambda: (f"weekly limit of {float(p.get('cap_min', 0)) / 60:g} h reached "
                                           f"in week {p.get('week')}"),
        ViolationCode.BUDGET: lambda: (f"budget of project {p.get('project')} exhausted "
                                       f"({float(p.get('booked_min', 0)) / 60:.1f} of "
                                       f"{float(p.get('budget_min', 0)) / 60:g} h used)"),
        ViolationCode.PROJECT_DATES: lambda: f"outside the dates of project {p.get('project')}",
        ViolationCode.PROJECT_UNKNOWN: lambda: f"project {p.get('project')} does not exist",
        ViolationCode.ALREADY_BOOKED: lambda: f"the request already has booking {p.get('booking')}",
        ViolationCode.PAST: lambda: "every possible time has already gone by",
    }
    return texts[v.code]() if v.code in texts else f"breaks rule {v.rule}"
