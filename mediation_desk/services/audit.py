"""Reading the audit trail: who did what to which record, when; for the window and the command line.

On PostgreSQL each line's actor is the login of the database session that
made the change and its time the server's clock, stamped by a trigger (see
migration 0004b); lines cannot be changed or deleted. On SQLite (one PC) the
actor is the operating-system account running the program.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from mediation_desk.storage import records
from mediation_desk.storage.db import Database
from mediation_desk.storage.records import AuditEntry

__all__ = ["AuditEntry", "AuditFilter", "audit_actors", "audit_entries"]

DEFAULT_LIMIT = 5000  # lines the viewer shows at most (the newest)


@dataclass(frozen=True)
class AuditFilter:
    """What to show: a day range (local days, both included), one person, one record; empty: everything."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    actor: str = ""
    record: str = ""
    limit: int | None = DEFAULT_LIMIT


def audit_entries(db: Database, wanted: AuditFilter, zone: str = "Europe/Rome") -> list[AuditEntry]:
    """The lines of the trail ``wanted`` selects, oldest first."""
    tz = ZoneInfo(zone)
    since = dt.datetime.combine(wanted.first_day, dt.time(), tz) if wanted.first_day else None
    until = (dt.datetime.combine(wanted.last_day + dt.timedelta(days=1), dt.time(), tz)
             if wanted.last_day else None)
    with db.read() as s:
        return records.search_audit(s, since=since, until=until, actor=wanted.actor.strip() or None,
                                    entity_id=wanted.record.strip() or None, limit=wanted.limit)


def audit_actors(db: Database) -> list[str]:
    """Everyone named in the trail, for the viewer's person filter."""
    with db.read() as s:
        return records.audit_actors(s)
