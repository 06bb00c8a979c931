"""Errors raised by the storage layer, each with a message a coordinator can read."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.exc import DBAPIError, IntegrityError

OVERLAP_MESSAGE = "booking_overlap"  # the SQLite trigger's error text, see migration 0001


class StorageError(Exception):
    """Base class of every storage failure."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be reached or opened (server down, wrong password, unreadable file)."""


class MigrationError(StorageError):
    """The database schema cannot be brought to the version this program needs."""


class BookingOverlapError(StorageError):
    """Two non-cancelled bookings of one mediator would overlap (refused by the database)."""

    def __init__(self, message: str = "the mediator already has an overlapping booking") -> None:
        super().__init__(message)


class DatabaseBusyError(StorageError):
    """Another writer kept the database locked longer than the busy timeout."""


class DiskFullError(StorageError):
    """The disk holding the database (or the server's) has no room left; nothing was written."""

    def __init__(self, message: str = "the disk holding the database is full: nothing was saved; "
                                      "free some space and try again") -> None:
        super().__init__(message)


class ReadOnlyDatabaseError(DatabaseUnavailableError):
    """The database file, its folder or the server refuses writing; nothing was written."""

    def __init__(self, message: str = "the database cannot be written (a read-only file, folder or "
                                      "server): nothing was saved") -> None:
        super().__init__(message)


class RefusedChangeError(StorageError):
    """The database refused a change for a reason of its own (a duplicate, a value out of its range)."""

    def __init__(self, message: str = "the database refused the change (a duplicate or a value it "
                                      "cannot store): nothing was saved") -> None:
        super().__init__(message)


def storage_error_of(exc: DBAPIError) -> StorageError:
    """What a driver's error means for the coordinator, as a StorageError without SQL or parameters.

    The driver's message names the statement and its values (personal data):
    only its kind is kept, the original stays chained for a developer's log.
    """
    message = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    state = str(getattr(exc.orig, "sqlstate", "") or "")
    refused = not_allowed(exc)
    if refused is not None:  # this login's role may not: say so (the table, never the values)
        return refused
    if "disk is full" in message or "no space left" in message or state in ("53100", "53000"):
        return DiskFullError()
    if "readonly" in message or "read-only" in message or state == "25006":
        return ReadOnlyDatabaseError()
    if "locked" in message or "lock timeout" in message or state in ("55P03", "40P01"):
        return DatabaseBusyError("the database is busy with another user's change: try again")
    if state.startswith("08") or state.startswith("57P") or "server closed" in message or (
            "connection" in message and "refused" not in message and exc.connection_invalidated):
        return DatabaseUnavailableError("the connection to the database server was lost: try again")
    if any(text in message for text in ("unable to open", "disk i/o error", "not a database", "malformed")):
        return DatabaseUnavailableError(
            "the database file cannot be read or written (damaged, moved, or on a disk that went away)")
    if isinstance(exc, IntegrityError) or state.startswith("22") or state.startswith("23"):
        return RefusedChangeError()
    return StorageError("the database could not do the change: nothing was saved")


class InUseError(StorageError):
    """A row cannot be deleted because other rows still refer to it."""


class StaleEditError(StorageError):
    """Saving over a newer version: someone else changed the record after this copy was read.

    ``changed_by`` and ``changed_at`` come from the audit trail's last line about
    the record (None when it has none); nothing was written.
    """

    def __init__(
        self, entity: str, key: str, *, changed_by: str | None = None, changed_at: dt.datetime | None = None,
        current_version: int | None = None,
    ) -> None:
        who = f" by {changed_by}" if changed_by else ""
        when = f" at {changed_at.isoformat()}" if changed_at else ""
        super().__init__(f"{entity} {key} was changed{who}{when} after it was read: reload it")
        self.entity = entity
        self.key = key
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version  # the stored version now, to re-apply the user's values over


class NotAllowedError(StorageError):
    """The database refused: this login's role may not do that (PostgreSQL's insufficient_privilege).

    ``table`` names what was refused, when the server said it ("" otherwise).
    """

    def __init__(self, table: str = "", detail: str = "") -> None:
        super().__init__(f"not allowed for this login: {detail or table or 'refused by the database'}")
        self.table = table
        self.detail = detail


def not_allowed(exc: BaseException) -> NotAllowedError | None:
    """The NotAllowedError for a DBAPI error the server gave as insufficient_privilege, else None."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    message = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    found = re.search(r'(?:table|relation) "?([A-Za-z_][A-Za-z0-9_]*)"?', message)
    return NotAllowedError(found.group(1) if found else "", message)


def is_overlap_violation(exc: IntegrityError) -> bool:
    """True when the database refused two overlapping bookings of one mediator."""
    if getattr(exc.orig, "sqlstate", None) == "23P01":  # PostgreSQL exclusion_violation
        return True
    return OVERLAP_MESSAGE in str(exc.orig)
