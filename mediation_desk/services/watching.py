"""What other sessions changed, as the change sets the views refresh by."""

from __future__ import annotations

from mediation_desk.services.changes import EVERYTHING, ChangeSet
from mediation_desk.storage.db import Database
from mediation_desk.storage.watch import ChangeWatcher

__all__ = ["ChangeWatcher", "change_set_of", "watch"]

CATALOGUE_TABLES = frozenset({"mediators", "agencies", "projects", "areas", "languages"})


def watch(db: Database) -> ChangeWatcher:
    """A watcher of ``db``: LISTEN on PostgreSQL, data_version on SQLite."""
    return ChangeWatcher(db)


def change_set_of(tables: set[str]) -> ChangeSet:
    """The change the tables named stand for; which requests or bookings is not known, so then all."""
    if not tables:
        return ChangeSet()
    if tables <= CATALOGUE_TABLES | {"settings"}:
        return ChangeSet(catalogue=bool(tables & CATALOGUE_TABLES), settings="settings" in tables)
    return EVERYTHING
