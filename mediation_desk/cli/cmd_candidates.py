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
from mediation_desk.scheduling.rules import Violation
from mediation_desk.services.booking import BookingError
from mediation_desk.services.candidates import candidates_with_context
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n, violations

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
    i18n.use_service_zone(ctx.tz)  # times on the service's wall clock, as the rules read them
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
    lines = [f"Request {r.id}: {names.language_name(r.language)}, {r.duration_min} min, "
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
        "preferred": lambda: ("preferred for this case" if p.get("source") == "case"
                              else "preferred by the agency"),
        "below_level": lambda: f"below the level asked for ({p.get('required')})",
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
    local = i18n.to_local(instant)
    return f"{DAYS[local.weekday()]} {local:%d/%m/%Y %H:%M}"


class Names:
    """Names of languages and areas for the sentences, codes when unknown."""

    def __init__(self, ctx: SchedulingContext) -> None:
        self._languages = {code: lg.name for code, lg in ctx.languages.items()}
        self._areas: dict[str, str] = {str(code): a.name for code, a in ctx.areas.items()}

    def language_name(self, code: object) -> str:
        return self._languages.get(str(code).lower(), str(code))

    def area_name(self, code: object) -> str:
        return self._areas.get(str(code), str(code))


def describe(v: Violation, names: Names) -> str:
    """The rule violation in the words of the interface (English, the command line's language)."""
    with i18n.speaking_english():
        return violations.describe(v, names)
