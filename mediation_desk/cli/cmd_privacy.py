"""Subcommand `privacy`: how long personal data are kept, anonymising what is past it, cases.

    privacy retention [--months N]        show (or set) how long personal data are kept
    privacy anonymise                     anonymise the requests past the retention period
    privacy export-case CASE --out FILE   everything held about a case (.json or .xlsx)
    privacy erase-case CASE --yes         remove a case's personal data now (on the person's request)

Exit status: 0 done, 1 refused or unreachable, 2 bad input.
"""

from __future__ import annotations

import argparse
from typing import Any

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, actor, database_command, fail, now
from mediation_desk.services import privacy
from mediation_desk.storage.db import Database

REASON = ("Personal data of the people assisted (reason, notes, nationality, contact on site, address, case "
          "reference, cancellation notes, mails) are kept {months} months after a request's last activity: "
          "long enough to report the project year to the funder and answer its checks; hours, money and "
          "counts stay for reports.")
PRIVACY_ERRORS = {
    "bad_retention": "the retention is 1 to 120 months",
    "no_case": "give the case reference",
    "unknown_case": "no request has that case reference",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("privacy", help="retention, anonymisation, a case's export and erasure")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    keep = verbs.add_parser("retention", help="show or set how many months personal data are kept")
    keep.add_argument("--months", type=int)
    keep.set_defaults(func=run)
    anonymise = verbs.add_parser("anonymise", help="anonymise the requests past the retention period")
    anonymise.set_defaults(func=run)
    export = verbs.add_parser("export-case", help="everything held about one case, as JSON or Excel")
    export.add_argument("case")
    export.add_argument("--out", required=True, help="FILE.json or FILE.xlsx (name it without personal data)")
    export.set_defaults(func=run)
    erase = verbs.add_parser("erase-case", help="remove a case's personal data now")
    erase.add_argument("case")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(func=run)


@database_command("privacy")
def run(args: argparse.Namespace, db: Database) -> int:
    try:
        if args.verb == "retention":
            if args.months is not None:
                kept = privacy.set_retention(db, args.months, actor=actor(), now=now()).value
            else:
                kept = privacy.retention(db)
            print(REASON.format(months=kept.months) + (" (default)" if kept.is_default else ""))
        elif args.verb == "anonymise":
            done = privacy.anonymise_expired(db, now=now(), actor=actor())
            print(f"anonymised {len(done.requests)} requests, deleted {done.outbox_removed} mails")
        elif args.verb == "export-case":
            out = privacy.export_case(db, args.case, args.out, actor=actor(), now=now()).value
            print(f"wrote {out}")
        else:
            if not args.yes:
                return fail("privacy: erasing cannot be undone: add --yes to confirm", EXIT_INVALID)
            done = privacy.erase_case(db, args.case, actor=actor(), now=now())
            print(f"erased the personal data of {len(done.requests)} requests, "
                  f"deleted {done.outbox_removed} mails")
    except privacy.PrivacyError as exc:
        return fail(f"privacy: {PRIVACY_ERRORS.get(exc.code, exc.code)}", EXIT_INVALID)
    return EXIT_OK
