"""Subcommand `audit [--since DATE] [--record ID] [--actor LOGIN] [--json]`: the audit trail, oldest first.

Exit status: 0 printed, 1 unreachable database, 2 a date that is not YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, database_command, fail
from mediation_desk.services.audit import AuditEntry, AuditFilter, audit_entries
from mediation_desk.storage.db import Database

ROME = ZoneInfo("Europe/Rome")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "audit", help="the audit trail: who changed which record and when (on PostgreSQL, the login)"
    )
    parser.add_argument("--since", metavar="DATE", help="from this day on (YYYY-MM-DD, local time)")
    parser.add_argument("--record", metavar="ID", help="only the lines about this record (R00012, B00040...)")
    parser.add_argument("--actor", metavar="LOGIN", help="only what this person did")
    parser.add_argument("--json", action="store_true", help="one JSON document instead of lines")
    parser.set_defaults(func=run)


@database_command("audit")
def run(args: argparse.Namespace, db: Database) -> int:
    try:
        since = dt.date.fromisoformat(args.since) if args.since else None
    except ValueError:
        return fail(f"audit: --since {args.since!r} is not a date (YYYY-MM-DD)", EXIT_INVALID)
    entries = audit_entries(db, AuditFilter(first_day=since, actor=args.actor or "", record=args.record or "",
                                            limit=None))
    if args.json:
        print(json.dumps([as_json(e) for e in entries], ensure_ascii=False))
    else:
        print("\n".join(as_text(e) for e in entries) if entries else "No audit lines.")
    return EXIT_OK


def as_json(e: AuditEntry) -> dict[str, Any]:
    return {"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entity": e.entity,
            "record": e.entity_id, "details": e.details}


def as_text(e: AuditEntry) -> str:
    when = e.at.astimezone(ROME).strftime("%Y-%m-%d %H:%M:%S")
    details = json.dumps(e.details, ensure_ascii=False, sort_keys=True) if e.details else ""
    return f"{when}  {e.actor:<12} {e.action:<14} {e.entity} {e.entity_id}  {details}".rstrip()
