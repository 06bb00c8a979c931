"""Finance subcommands: `timesheets`, `report`, `template` and `import-xlsx` (Excel files for finance).

Exit status: 0 done, 2 invalid input (bad arguments, or an import file with
problems, each printed as ``FILE: Foglio!C7: message``; nothing imported),
1 anything else that stopped the command (unreachable database, unwritable file).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import (
    EXIT_FAILED,
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    actor,
    fail,
    with_database,
)
from mediation_desk.io.xlsx_columns import Kind
from mediation_desk.io.xlsx_common import hhmm
from mediation_desk.io.xlsx_import import ImportRefused
from mediation_desk.services import finance
from mediation_desk.storage.db import Database

FINANCE_ERRORS = {
    "unknown_project": "unknown project {project}",
    "empty_period": "the period ends ({last}) before it starts ({first})",
    "bad_billing_rule": "the billing rule of project {project} is malformed (field {field})",
}


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month as YYYY-MM") from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None


def register(subparsers: Any) -> None:
    sheets = subparsers.add_parser("timesheets", help="monthly timesheets, one sheet per mediator (.xlsx)")
    sheets.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    sheets.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    sheets.set_defaults(func=run_timesheets)
    report = subparsers.add_parser("report", help="hour report for finance: summaries, budgets, bookings")
    report.add_argument("--from", dest="first", required=True, type=_date, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="last", required=True, type=_date, metavar="YYYY-MM-DD")
    report.add_argument("--project", metavar="CODE", help="only the bookings of this project")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    report.set_defaults(func=run_report)
    template = subparsers.add_parser("template", help="Excel template for mediators, agencies, requests")
    template.add_argument("kind", choices=[k.value for k in Kind], metavar="KIND",
                          help="mediators, agencies or requests")
    template.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    template.set_defaults(func=run_template)
    load = subparsers.add_parser("import-xlsx", help="import a filled template: every row valid, or nothing")
    load.add_argument("kind", choices=[k.value for k in Kind], metavar="KIND",
                      help="mediators, agencies or requests")
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.set_defaults(func=run_import)


def _refusal(label: str) -> Callable[[Exception], CommandError | None]:
    """The finance services' refusals as one line each (a bad import: one line per problem)."""

    def refuse(exc: Exception) -> CommandError | None:
        if isinstance(exc, finance.FinanceError):
            return CommandError(f"{label}: " + FINANCE_ERRORS.get(exc.code, exc.code).format(**exc.params),
                                EXIT_INVALID)
        if isinstance(exc, ImportRefused):
            return CommandError([*(f"{label}: {problem}" for problem in exc.problems),
                                 f"{label}: refused, {len(exc.problems)} problem(s); nothing was imported"],
                                EXIT_INVALID)
        if isinstance(exc, OSError):
            return CommandError(f"{label}: {exc.strerror or exc}")
        return None

    return refuse


def _with_database(args: argparse.Namespace, label: str, action: Callable[[Database], int]) -> int:
    return with_database(args, action, label=label, refuse=_refusal(label))


def _summary(result: finance.FinanceExport) -> str:
    return f"{result.bookings} bookings, {hhmm(result.minutes)} billable hours"


def run_timesheets(args: argparse.Namespace) -> int:
    def action(db: Database) -> int:
        result = finance.export_timesheets(db, args.month, args.out)
        mediators = len(result.minutes_by_mediator)
        print(f"{args.out}: timesheets of {args.month:%Y-%m} for {mediators} mediators, {_summary(result)}")
        return EXIT_OK

    return _with_database(args, str(args.out), action)


def run_report(args: argparse.Namespace) -> int:
    def action(db: Database) -> int:
        result = finance.export_report(db, args.first, args.last, args.out, now=dt.datetime.now(dt.UTC),
                                       project=args.project)
        print(f"{args.out}: report {args.first} to {args.last}, " + _summary(result))
        return EXIT_OK

    return _with_database(args, str(args.out), action)


def run_template(args: argparse.Namespace) -> int:
    def action(db: Database) -> int:
        finance.export_template(db, Kind(args.kind), args.out)
        print(f"{args.out}: template for {args.kind}")
        return EXIT_OK

    return _with_database(args, str(args.out), action)


def run_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        return fail(f"{args.file}: no such file", EXIT_FAILED)

    def action(db: Database) -> int:
        now = dt.datetime.now(dt.UTC)
        result = finance.import_xlsx(db, Kind(args.kind), args.file, actor=actor(), now=now)
        print(f"{args.file}: imported {len(result.ids)} {args.kind}: {', '.join(result.ids)}")
        return EXIT_OK

    return _with_database(args, str(args.file), action)
