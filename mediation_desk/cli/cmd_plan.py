"""Subcommand `plan --from DATE --to DATE [--time-limit SECONDS] [--json]`: book a range of days at once.

Exit status: 0 the plan was booked (even when nothing could be booked), 1 an
unreachable database or a storage failure, 2 bad arguments (dates, limit).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    actor,
    fail,
    now,
    with_database,
)
from mediation_desk.storage.db import Database

if TYPE_CHECKING:
    from mediation_desk.services.planning import PlanResult

def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plan", help="book the pending requests of a range of days at once (auto-planner)")
    parser.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD", type=parse_date,
                        help="first day of the range (local date)")
    parser.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD", type=parse_date,
                        help="last day of the range, included")
    parser.add_argument("--time-limit", type=parse_limit, default=None, metavar="SECONDS",
                        help="seconds to find the plan (default: automatic, by the size of the problem)")
    parser.add_argument("--now", type=parse_instant, default=None, metavar="ISO_INSTANT",
                        help="plan as of this instant, e.g. to replay a past scenario (default: now); "
                             "no booking starts before it")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of text")
    parser.set_defaults(func=run)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def parse_limit(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from exc
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"the time limit must be between 0 and 3600 seconds, not {text}")
    return value


def parse_instant(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 instant: {text!r}") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"the instant needs a UTC offset, e.g. {text}+01:00")
    return value.astimezone(dt.UTC)



def run(args: argparse.Namespace) -> int:
    # imported here: the solver library takes a noticeable time to load, other commands need not wait
    from mediation_desk.services.planning import PlanRangeError, plan_range

    when = args.now or now()
    if args.date_to < args.date_from:
        return fail(f"plan: --to {args.date_to} is before --from {args.date_from}", EXIT_INVALID)

    def refuse(exc: Exception) -> CommandError | None:
        if isinstance(exc, PlanRangeError):
            return CommandError(
                f"plan: the range {args.date_from}..{args.date_to} holds no day to plan ({exc.code})",
                EXIT_INVALID)
        return None

    def action(db: Database) -> int:
        result = plan_range(db, args.date_from, args.date_to, time_limit=args.time_limit,
                            actor=actor(), now=when)
        print(json.dumps(as_json(result), ensure_ascii=False) if args.json else "\n".join(as_text(result)))
        return EXIT_OK

    return with_database(args, action, label="plan: nothing booked", refuse=refuse)


def as_json(result: PlanResult) -> dict[str, Any]:
    return {
        "from": result.date_from.isoformat(), "to": result.date_to.isoformat(),
        "requests": result.requests, "booked": len(result.bookings),
        "coverage": result.coverage, "max_coverage": result.max_coverage,
        "travel_min": result.travel_min, "continuity": result.continuity, "skipped": result.skipped,
        "solver": result.solver, "seconds": round(result.seconds, 2),
        "bookings": [{"id": b.id, "request": b.request, "mediator": b.mediator,
                      "start": b.start.isoformat(), "end": b.end.isoformat()} for b in result.bookings],
    }


def as_text(result: PlanResult) -> list[str]:
    lines = [
        f"Planned {result.date_from} .. {result.date_to}: {len(result.bookings)} of {result.requests} "
        f"pending requests booked",
        f"  coverage   {result.coverage} of {result.max_coverage} (urgent 4, high 2, normal 1)",
        f"  travel     {result.travel_min} min of round trips from home",
        f"  continuity {result.continuity} bookings with a mediator who already served the case",
        f"  search     {result.seconds:.1f} s ({', '.join(result.solver) or 'nothing to optimise'})",
    ]
    if result.skipped:
        lines.append(f"  skipped    {result.skipped} planned bookings that the calendar no longer allowed")
    return lines
