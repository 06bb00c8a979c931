"""Another session's commits are noticed: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

import dataclasses

from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.watch import EVERYTHING, ChangeWatcher
from tests.factories import small_service


def test_a_commit_of_another_session_is_noticed_once(db: Database) -> None:
    with db.write() as s:
        repository.replace_service(s, small_service())
    target = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)
    other = Database.open(target)
    watcher = ChangeWatcher(db)
    try:
        assert watcher.changed() == set()
        with other.write() as s:
            request = repository.get_request(s, "R00002")
            assert request is not None
            repository.save_request(s, dataclasses.replace(request, notes="nuove note"))
        seen = watcher.changed()
        assert seen == ({EVERYTHING} if db.is_sqlite else {"requests"})
        assert watcher.changed() == set()
        with other.write() as s:  # a rolled-back change says nothing
            repository.set_setting(s, "late_cancellation_hours", 12)
            s.rollback()
        assert watcher.changed() == set()
    finally:
        watcher.close()
        other.dispose()
