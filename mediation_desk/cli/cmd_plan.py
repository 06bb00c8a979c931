"""Subcommand `plan --from DATE --to DATE [--time-limit SECONDS] [--dry-run] [--json]`: book a range of days.

With ``--dry-run`` the plan and the reasons for every request left over are
printed and nothing is written: the database stays byte-for-byte as it was.

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
    from mediation_desk.scheduling.unbooked import Unbooked
    from mediation_desk.services.plan_outcome import PlanProposal, PlanResult

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
    parser.add_argument("--dry-run", action="store_true",
                        help="print the plan and why requests are left over, book nothing")
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
    from mediation_desk.services.plan_outcome import PlanRangeError
    from mediation_desk.services.plan_preview import propose_plan
    from mediation_desk.services.planning import plan_range

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
        if args.dry_run:
            proposal = propose_plan(db, args.date_from, args.date_to, time_limit=args.time_limit, now=when)
            print(json.dumps(proposal_json(proposal), ensure_ascii=False) if args.json
                  else "\n".join(proposal_text(proposal)))
            return EXIT_OK
        result = plan_range(db, args.date_from, args.date_to, time_limit=args.time_limit,
                            actor=actor(), now=when)
        print(json.dumps(as_json(result), ensure_ascii=False) if args.json else "\n".join(as_text(result)))
        return EXIT_OK

    return with_database(args, action, label="plan: nothing booked", refuse=refuse)


def as_json(result: PlanResult) -> dict[str, Any]:
    return {
        "from": result.date_from.isoformat(), "to": result.date_to.isoformat(),
        "requests": result.requests, "booked": len(result.bookings), "past": result.past,
        "coverage": result.coverage, "max_coverage": result.max_coverage,
        "travel_min": result.travel_min, "continuity": result.continuity, "skipped": result.skipped,
        "quality": quality_json(result), "solver": result.solver, "seconds": round(result.seconds, 2),
        "bookings": [{"id": b.id, "request": b.request, "mediator": b.mediator,
                      "start": b.start.isoformat(), "end": b.end.isoformat()} for b in result.bookings],
        "unbooked": [unbooked_json(u) for u in result.unbooked],
    }


def quality_json(result: PlanResult | PlanProposal) -> dict[str, Any]:
    return {"proven": result.proven, "coverage_bound": result.coverage_bound,
            "coverage_gap": result.coverage_gap, "travel_gap": result.travel_gap,
            "text": quality_text(result)}


def quality_text(result: PlanResult | PlanProposal) -> str:
    """How good the plan is, from the solver's bound, in the interface's words (English here)."""
    from mediation_desk.texts import i18n
    from mediation_desk.texts.plan import plan_quality_text

    with i18n.speaking_english():
        return plan_quality_text(proven=result.proven, coverage_gap=result.coverage_gap,
                                 travel_gap=result.travel_gap, all_past=result.all_past)


def as_text(result: PlanResult) -> list[str]:
    if result.all_past or not result.requests:
        what = quality_text(result) if result.all_past else "no pending request in the range."
        return [f"Planned {result.date_from} .. {result.date_to}: {what}"]
    lines = [
        f"Planned {result.date_from} .. {result.date_to}: {len(result.bookings)} of {result.requests} "
        f"pending requests booked",
        f"  coverage   {result.coverage} of {result.max_coverage} (urgent 4, high 2, normal 1)",
        f"  quality    {quality_text(result)}",
        f"  travel     {result.travel_min} min of round trips from home",
        f"  continuity {result.continuity} bookings with a mediator who already served the case",
        f"  search     {result.seconds:.1f} s ({', '.join(result.solver)})",
    ]
    if result.past:
        lines.append(f"  past       {result.past} pending requests whose windows have all passed")
    if result.skipped:
        lines.append(f"  skipped    {result.skipped} planned bookings that the calendar no longer allowed")
    return lines + unbooked_text(result.unbooked)


def proposal_json(proposal: PlanProposal) -> dict[str, Any]:
    return {
        "dry_run": True, "from": proposal.date_from.isoformat(), "to": proposal.date_to.isoformat(),
        "requests": proposal.requests, "planned": len(proposal.lines), "coverage": proposal.coverage,
        "max_coverage": proposal.max_coverage, "quality": quality_json(proposal), "past": proposal.past,
        "solver": proposal.solver,
        "seconds": round(proposal.seconds, 2),
        "bookings": [{"request": line.request.id, "mediator": line.planned.mediator,
                      "mediator_name": line.mediator_name, "agency": line.agency_name,
                      "start": line.planned.start.isoformat(), "end": line.planned.end.isoformat(),
                      "travel_min": line.planned.travel_min, "project": line.request.project,
                      "budget_min": line.budget_min} for line in proposal.lines],
        "budgets": [{"project": b.code, "budget_min": b.budget_min, "used_before_min": b.used_before_min,
                     "adding_min": b.adding_min} for b in proposal.budgets],
        "unbooked": [unbooked_json(u) for u in proposal.unbooked],
    }


def proposal_text(proposal: PlanProposal) -> list[str]:
    lines = [f"Plan for {proposal.date_from} .. {proposal.date_to} (dry run, nothing booked): "
             f"{len(proposal.lines)} of {proposal.requests} pending requests; "
             f"{quality_text(proposal)}"]
    for line in proposal.lines:
        p = line.planned
        travel = f", travel {p.travel_min} min" if p.travel_min else ""
        lines.append(f"  {line.request.id}  {p.start:%d/%m/%Y %H:%M}-{p.end:%H:%M}  {line.mediator_name}  "
                     f"{line.agency_name}  {line.request.language}{travel}")
    for b in proposal.budgets:
        after = b.used_before_min + b.adding_min
        lines.append(f"  project {b.code}: {b.used_before_min / 60:.2f} h -> {after / 60:.2f} h "
                     f"of {b.budget_min / 60:.2f} h")
    return lines + unbooked_text(proposal.unbooked)


def unbooked_json(item: Unbooked) -> dict[str, Any]:
    return {"request": item.request.id, "reason": str(item.reason), "why": reason_text(item),
            "params": {k: v for k, v in item.params.items() if v is not None}}


def unbooked_text(items: list[Unbooked]) -> list[str]:
    if not items:
        return []
    return [f"Left unbooked ({len(items)}):"] + [f"  {u.request.id}  {reason_text(u)}" for u in items]


def reason_text(item: Unbooked) -> str:
    """The reason in the interface's words (English, the command line's language)."""
    from mediation_desk.texts import i18n
    from mediation_desk.texts.plan import unbooked_text

    with i18n.speaking_english():
        return unbooked_text(item)
