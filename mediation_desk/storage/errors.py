"""Errors raised by the storage layer, each with a message a coordinator can read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.exc import IntegrityError

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


def is_overlap_violation(exc: IntegrityError) -> bool:
    """True when the database refused two overlapping bookings of one mediator."""
    if getattr(exc.orig, "sqlstate", None) == "23P01":  # PostgreSQL exclusion_violation
        return True
    return OVERLAP_MESSAGE in str(exc.orig)
