"""Subcommands `sheet` and `sheets`: the signed proof of interventions as A4 PDF.

``sheet --booking ID`` writes the scheda intervento of one booking;
``sheets --month YYYY-MM`` the foglio firme of a month, of one agency
(``--agency``), one mediator (``--mediator``) or the whole service;
``sheets --missing --month YYYY-MM`` lists the month's closed interventions
whose signed sheet has not come back (what funders' auditors ask for). The
documents are in Italian; what the command prints is in English.

Exit status: 0 written, 2 invalid input (bad arguments, an unknown or cancelled
booking, agency or mediator), 1 anything else (unreachable database, unwritable file).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, CommandError, database_command, fail
from mediation_desk.scheduling.model import AgencyId, BookingId, MediatorId
from mediation_desk.services import sheets
from mediation_desk.storage.db import Database
from mediation_desk.texts import errors, i18n


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month as YYYY-MM") from None


def register(subparsers: Any) -> None:
    sheet = subparsers.add_parser("sheet", help="the scheda intervento of one booking, to sign (A4 PDF)")
    sheet.add_argument("--booking", required=True, metavar="ID")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(func=run_sheet)
    monthly = subparsers.add_parser("sheets",
                                    help="the monthly foglio firme of an agency or a mediator (A4 PDF)")
    monthly.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    whose = monthly.add_mutually_exclusive_group()
    whose.add_argument("--agency", metavar="ID", help="only this agency's interventions")
    whose.add_argument("--mediator", metavar="ID", help="only this mediator's interventions")
    monthly.add_argument("--out", type=Path, metavar="FILE.pdf", help="where the foglio firme goes")
    monthly.add_argument("--missing", action="store_true",
                         help="list the closed interventions with no signed sheet instead (no --out)")
    monthly.set_defaults(func=run_sheets)


def _refuse(label: str) -> Any:
    def refuse(exc: Exception) -> CommandError | None:
        if isinstance(exc, sheets.SheetError):
            with i18n.speaking_english():
                return CommandError(f"{label}: {errors.sheet_error_text(exc)}", EXIT_INVALID)
        if isinstance(exc, OSError):
            return CommandError(f"{label}: {exc.strerror or exc}")
        return None

    return refuse


def run_sheet(args: argparse.Namespace) -> int:
    @database_command("sheet", _refuse("sheet"))
    def handler(args: argparse.Namespace, db: Database) -> int:
        written = sheets.write_intervention_sheet(db, BookingId(args.booking), args.out)
        print(f"{written.path}: scheda intervento of booking {args.booking}")
        return EXIT_OK

    return handler(args)


def run_sheets(args: argparse.Namespace) -> int:
    if args.missing:
        from mediation_desk.cli.cmd_signed import run_missing

        return run_missing(args)
    if args.out is None:
        return fail("sheets: give --out FILE.pdf, or --missing to list sheets not back", EXIT_INVALID)

    @database_command("sheets", _refuse("sheets"))
    def handler(args: argparse.Namespace, db: Database) -> int:
        agency = AgencyId(args.agency) if args.agency else None
        mediator = MediatorId(args.mediator) if args.mediator else None
        written = sheets.write_monthly_sheet(db, args.month, args.out, agency=agency, mediator=mediator)
        whose = (f"agency {args.agency}" if agency else f"mediator {args.mediator}" if mediator
                 else "every agency")
        print(f"{written.path}: foglio firme of {args.month:%Y-%m} for {whose}, "
              f"{written.interventions} interventions")
        return EXIT_OK

    return handler(args)
