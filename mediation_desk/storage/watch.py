"""Noticing what other sessions changed: PostgreSQL LISTEN/NOTIFY, SQLite's data_version.

On PostgreSQL a statement trigger (migration 0004d) sends a notice on the
channel ``mediation_desk`` naming the table each committed change touched;
a ChangeWatcher keeps one connection listening and hands back the tables
named since the last look. On SQLite, ``PRAGMA data_version`` of a connection
of its own changes whenever another connection commits: then "something
changed" is all that is known. Looking never blocks: it is meant for a
timer on the UI thread.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from mediation_desk.storage.db import Database

CHANNEL = "mediation_desk"
EVERYTHING = "*"  # SQLite cannot say what changed


class ChangeWatcher:
    """Which tables other sessions changed since the last ``changed()``; close it when done."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._own = db.commits
        self._sqlite: sqlite3.Connection | None = None
        self._pooled: Any = None
        self._version = 0
        if db.sqlite_path is not None:
            self._sqlite = sqlite3.connect(db.sqlite_path, check_same_thread=False)
            self._version = self._data_version()
        else:
            self._pooled = db.engine.raw_connection()
            conn = self._pooled.driver_connection
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")

    def changed(self) -> set[str]:
        """The tables changed by commits since the last call ({"*"}: unknown which); empty when none.

        When this program committed meanwhile, nothing is reported: its views
        refresh after their own changes anyway, reading the others' too.
        """
        found = self._look()
        own, self._own = self.db.commits != self._own, self.db.commits
        return set() if own else found

    def _look(self) -> set[str]:
        if self._sqlite is not None:
            version = self._data_version()
            if version == self._version:
                return set()
            self._version = version
            return {EVERYTHING}
        if self._pooled is None:
            return set()
        conn = self._pooled.driver_connection
        return {str(n.payload) for n in conn.notifies(timeout=0.01)}

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._pooled is not None:
            self._pooled.invalidate()  # a LISTENing connection must not go back to the pool
            self._pooled = None

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
