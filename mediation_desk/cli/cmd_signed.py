"""Subcommand `signed-sheet` and `sheets --missing`: the signed schede that came back, and those that did not.

``signed-sheet --booking ID --signed-by NAME --received DD/MM/YYYY [--scan FILE]``
records that the closed booking's sheet came back signed (and attaches its
scan, checked by content); ``--scan FILE`` alone replaces the scan of a sheet
already recorded; ``--save-scan FILE`` writes the stored scan back, after
checking it against its SHA-256. ``sheets --missing --month YYYY-MM`` lists
the month's closed interventions with no signed sheet.

Exit status: 0 done, 2 invalid input (a booking not closed, a bad or disguised
file, a date to come), 1 anything else (unreachable database, unwritable file).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, CommandError, actor, database_command, fail, now
from mediation_desk.scheduling.model import BookingId
from mediation_desk.services import missing_sheets, signed_sheets
from mediation_desk.services.signed_sheets import SignedSheetError, SignedSheetInput
from mediation_desk.storage.db import Database
from mediation_desk.texts import errors, i18n

OUTCOMES = {"delivered": "delivered", "no_show": "no-show"}


def _day(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a day as DD/MM/YYYY") from None


def register(subparsers: Any) -> None:
    signed = subparsers.add_parser(
        "signed-sheet", help="record the signed sheet of a closed booking, attach or save its scan")
    signed.add_argument("--booking", required=True, metavar="ID")
    signed.add_argument("--signed-by", metavar="NAME", help="who signed for the agency")
    signed.add_argument("--received", type=_day, metavar="DD/MM/YYYY", help="the day the sheet came back")
    signed.add_argument("--scan", type=Path, metavar="FILE", help="its scan: PDF, PNG or JPEG, at most 15 MB")
    signed.add_argument("--save-scan", type=Path, metavar="FILE", help="write the stored scan to FILE")
    signed.set_defaults(func=run_signed)


def _refuse(label: str) -> Any:
    def refuse(exc: Exception) -> CommandError | None:
        if isinstance(exc, SignedSheetError):
            with i18n.speaking_english():
                return CommandError(f"{label}: {errors.error_text(exc)}", EXIT_INVALID)
        if isinstance(exc, OSError):
            return CommandError(f"{label}: {exc.strerror or exc}")
        return None

    return refuse


def run_signed(args: argparse.Namespace) -> int:
    if (args.signed_by is None) != (args.received is None):
        return fail("signed-sheet: give both --signed-by and --received", EXIT_INVALID)
    if args.signed_by is None and args.scan is None and args.save_scan is None:
        return fail("signed-sheet: nothing to do: give --signed-by and --received, --scan or --save-scan",
                    EXIT_INVALID)

    @database_command("signed-sheet", _refuse("signed-sheet"))
    def handler(args: argparse.Namespace, db: Database) -> int:
        booking = BookingId(args.booking)
        scan = signed_sheets.read_scan_file(args.scan) if args.scan is not None else None  # before writing
        if args.signed_by is not None:
            signed = SignedSheetInput(args.signed_by, args.received, scan)
            sheet = signed_sheets.record_signed_sheet(db, booking, signed, actor=actor(), now=now()).value
            print(f"booking {booking}: signed by {sheet.signed_by}, "
                  f"came back on {sheet.received_on:%d/%m/%Y}")
        elif scan is not None:
            signed_sheets.attach_scan(db, booking, scan, actor=actor(), now=now())
        if scan is not None:
            print(f"booking {booking}: scan {scan.name}, {len(scan.data)} bytes, SHA-256 {scan.sha256}")
        if args.save_scan is not None:
            path = signed_sheets.save_scan(db, booking, args.save_scan)
            print(f"{path}: the scan of booking {booking}, checksum verified")
        return EXIT_OK

    return handler(args)


def run_missing(args: argparse.Namespace) -> int:
    @database_command("sheets", _refuse("sheets"))
    def handler(args: argparse.Namespace, db: Database) -> int:
        first = args.month.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        lines = missing_sheets.missing_signed_sheets(db, first, last, agency=args.agency,
                                                     mediator=args.mediator)
        for ln in lines:
            print("\t".join((ln.booking_id, f"{ln.start:%d/%m/%Y}", f"{ln.start:%H:%M}-{ln.end:%H:%M}",
                             ln.agency, ln.mediator, ln.language, OUTCOMES.get(ln.outcome, ln.outcome))))
        print(f"{len(lines)} closed interventions of {first:%m/%Y} without a signed sheet")
        return EXIT_OK

    return handler(args)
