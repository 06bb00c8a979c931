"""Subcommand `budget [--json]`: hours funded, delivered, committed and left per project, with a forecast.

Exit status: 0 printed, 1 unreachable database.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from mediation_desk.cli.common import EXIT_OK, database_command, now
from mediation_desk.scheduling.budget import BudgetLevel, BudgetStatus
from mediation_desk.services.budget import budget_report
from mediation_desk.storage.db import Database

LEVEL_TEXT = {
    BudgetLevel.OK: "",
    BudgetLevel.WARN80: "over 80 % used",
    BudgetLevel.WARN95: "over 95 % used",
    BudgetLevel.EXHAUSTED: "EXHAUSTED",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("budget", help="hour budget of every project, with the run-out forecast")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    parser.set_defaults(func=run)


@database_command("budget")
def run(args: argparse.Namespace, db: Database) -> int:
    report = budget_report(db, now())
    if args.json:
        print(json.dumps([as_json(b) for b in report], ensure_ascii=False))
    else:
        print("\n".join(as_text(report)))
    return EXIT_OK


def as_json(b: BudgetStatus) -> dict[str, Any]:
    hours = 60.0
    return {
        "project": b.project.code, "name": b.project.name,
        "budget_h": round(b.budget_min / hours, 2), "delivered_h": round(b.delivered_min / hours, 2),
        "committed_h": round(b.committed_min / hours, 2), "remaining_h": round(b.remaining_min / hours, 2),
        "used_fraction": round(b.used_fraction, 4), "level": str(b.level),
        "weekly_rate_h": round(b.weekly_rate_min / hours, 2),
        "forecast_exhausted": b.forecast_exhausted.isoformat() if b.forecast_exhausted else None,
        "outlasts_project": b.outlasts_project, "project_end": b.project.end.isoformat(),
        "overrides": b.overrides,
    }


def as_text(report: list[BudgetStatus]) -> list[str]:
    if not report:
        return ["No projects."]
    lines = [f"{'project':<16} {'budget h':>9} {'delivered':>9} {'committed':>9} {'left h':>8} {'used':>6}  "
             "runs out"]
    for b in report:
        forecast = (f"{b.forecast_exhausted:%d/%m/%Y}" if b.forecast_exhausted else "no recent work")
        if b.forecast_exhausted and b.outlasts_project:
            forecast += " (after the project ends)"
        level = LEVEL_TEXT[b.level]
        lines.append(
            f"{b.project.code:<16} {b.budget_min / 60:>9.1f} {b.delivered_min / 60:>9.1f} "
            f"{b.committed_min / 60:>9.1f} {b.remaining_min / 60:>8.1f} {b.used_fraction:>6.0%}  {forecast}"
            + (f"  {level}" if level else "")
            + (f"  [{b.overrides} booking(s) past the budget]" if b.overrides else ""))
    return lines
