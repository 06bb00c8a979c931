"""Backups before a migration: written under a temporary name, leftovers removed, the last five kept."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediation_desk.storage import migrate
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import MigrationError
from tests.fs_support import make_read_only, small_filesystem


def _database(path: Path, rows: int = 100) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)")
    conn.executemany("INSERT INTO t (payload) VALUES (?)", [(os.urandom(1000),) for _ in range(rows)])
    conn.commit()
    conn.close()
    return path


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_backup_is_complete_and_nothing_partial_stays(tmp_path: Path) -> None:
    source = _database(tmp_path / "service.db")
    backup = migrate.backup_sqlite(source, "0001")
    assert backup.name.startswith("service-backup-") and backup.name.endswith("-0001.db")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (100,)
    conn.close()
    assert not list(tmp_path.glob("*.partial"))


def test_only_the_newest_five_backups_are_kept(tmp_path: Path) -> None:
    source = _database(tmp_path / "service.db", rows=3)
    made = []
    for i in range(7):
        made.append(migrate.backup_sqlite(source, f"000{i}"))
        _age(made[-1], 100 - i)  # each older than the next
    assert migrate.backups_of(source) == made[2:]
    assert not made[0].exists() and not made[1].exists()


def test_leftovers_of_an_interrupted_backup_are_removed_at_the_next_start(tmp_path: Path) -> None:
    source = tmp_path / "service.db"
    Database.open(str(source)).dispose()
    leftover = tmp_path / "service-backup-20261025-020000-0001.db.partial"
    leftover.write_bytes(b"\0" * 100_000)  # half a copy
    fresh = tmp_path / "service-backup-20261025-020100-0001.db.partial"
    fresh.write_bytes(b"\0" * 10)  # another process is writing this one right now
    _age(leftover, 3600)
    Database.open(str(source)).dispose()
    assert not leftover.exists() and fresh.exists()
    assert list(tmp_path.glob("service-backup-*.db")) == []  # nothing passes for a good backup


def test_a_backup_on_a_full_disk_leaves_nothing_and_says_why(tmp_path: Path) -> None:
    with small_filesystem(tmp_path, 1024) as disk:
        source = _database(disk / "service.db", rows=600)  # about 650 KB: no room for a copy
        with pytest.raises(MigrationError) as failed:
            migrate.backup_sqlite(source, "0001")
        assert str(failed.value) == "cannot back up the database before updating it: the disk is full"
        assert sorted(p.name for p in disk.iterdir()) == ["service.db"]


def test_a_backup_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    with small_filesystem(tmp_path, 1024) as disk:
        source = _database(disk / "service.db", rows=3)
        make_read_only(disk)
        with pytest.raises(MigrationError) as failed:
            migrate.backup_sqlite(source, "0001")
        assert "cannot back up the database before updating it" in str(failed.value)
        assert sorted(p.name for p in disk.iterdir()) == ["service.db"]


KILLED_BACKUP = """
import sys
from pathlib import Path
from mediation_desk.storage import migrate
print("start", flush=True)
migrate.backup_sqlite(Path(sys.argv[1]), "0001")
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_backup_killed_halfway_leaves_only_a_partial_file_that_is_cleaned(tmp_path: Path) -> None:
    source = _database(tmp_path / "service.db", rows=60_000)  # about 60 MB: the copy takes a while
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(source)], stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    partial: list[Path] = []
    while time.monotonic() < deadline and not partial and proc.poll() is None:
        partial = list(tmp_path.glob("*.partial"))
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    if not partial:
        pytest.skip("the backup finished before it could be interrupted")
    assert list(tmp_path.glob("service-backup-*.db")) == []  # no broken file under a backup's name
    for leftover in tmp_path.glob("*.partial*"):
        _age(leftover, 3600)
    assert migrate.remove_partial_backups(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["service.db"]
