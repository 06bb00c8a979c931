"""While another process holds the SQLite write lock, the app opens and every read-only command answers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.services.demo import load_demo
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import DatabaseBusyError

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE settings SET key = key")
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
conn.execute("ROLLBACK")
"""


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "busy.db"
    db = Database.open(str(path))
    try:
        load_demo(db, now=dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), actor="test")
    finally:
        db.dispose()
    return path


@pytest.fixture
def writer(filled: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process in the middle of a write transaction (BEGIN IMMEDIATE, not committed)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(filled)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=30)


def test_opening_takes_no_write_lock(filled: Path, writer: subprocess.Popen[str]) -> None:
    started = time.monotonic()
    db = Database.open(str(filled), busy_timeout=60)
    try:
        with db.read() as s:
            assert not repository.is_empty(s)
    finally:
        db.dispose()
    # bound, not a timing goal: with the old schema check this waited the whole busy timeout
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("command", [["budget"], ["budget", "--json"], ["mail-status"]])
def test_read_only_commands_answer_while_another_process_writes(
    filled: Path, writer: subprocess.Popen[str], command: list[str], capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", str(filled), *command]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out


def test_export_and_candidates_answer_while_another_process_writes(
    filled: Path, writer: subprocess.Popen[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", str(filled), "export", str(tmp_path / "out.json")]) == 0, capsys.readouterr().err
    db = Database.open(str(filled))
    try:
        with db.read() as s:
            request = repository.list_requests(s)[0].id
    finally:
        db.dispose()
    assert main(["--db", str(filled), "candidates", request]) == 0, capsys.readouterr().err


def test_a_write_meanwhile_fails_as_one_sentence(filled: Path, writer: subprocess.Popen[str]) -> None:
    db = Database.open(str(filled), busy_timeout=0.5)
    try:
        with pytest.raises(DatabaseBusyError) as busy, db.write() as s:
            repository.set_setting(s, "x", 1)
        assert "busy" in str(busy.value) and "UPDATE" not in str(busy.value)
    finally:
        db.dispose()
