"""A full disk, a read-only folder, a lost file: one sentence each, no SQL or personal data, nothing lost.

The disk is a real small tmpfs (tests/fs_support.py); where nothing can be
mounted the tests skip with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.scheduling.model import BookingStatus, CancelParty
from mediation_desk.services import booking
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services.demo import load_demo
from mediation_desk.services.import_export import export_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import DatabaseUnavailableError, DiskFullError, ReadOnlyDatabaseError
from tests.fs_support import make_read_only, make_writable, small_filesystem

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _fill(disk: Path) -> None:
    """Use every free byte of the small disk."""
    subprocess.run(["dd", "if=/dev/zero", f"of={disk / 'filler'}", "bs=4k"], capture_output=True, check=False)


def _snapshot(path: Path, out: Path) -> dict[str, object]:
    db = Database.open(str(path))
    try:
        export_scenario(db, out)
    finally:
        db.dispose()
    doc: dict[str, object] = json.loads(out.read_text())
    return doc


def _clean(text: str) -> None:
    """An error text fit for a coordinator: one sentence, no traceback, SQL, parameters or addresses."""
    assert "Traceback" not in text and "sqlalche" not in text
    assert not re.search(r"\b(INSERT|UPDATE|DELETE|SELECT)\b", text), text
    assert not EMAIL.search(text), text


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB disk with the demo service on it."""
    with small_filesystem(tmp_path, 6 * 1024) as where:
        db = Database.open(str(where / "service.db"))
        try:
            load_demo(db, now=NOW, actor="test")
        finally:
            db.dispose()
        yield where


@pytest.mark.parametrize("command", [
    ["plan", "--from", "2026-11-23", "--to", "2026-12-20"],
    ["import", "EXPORT", "--replace"],
    ["demo", "--replace"],
    ["import-xlsx", "requests", "XLSX"],
])
def test_a_full_disk_during_a_write_is_one_sentence_and_loses_nothing(
    disk: Path, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(disk / "service.db", tmp_path / "before.json")
    if "XLSX" in command:  # a template of many requests to import
        from mediation_desk.io.xlsx_columns import Kind
        from tests.io.test_xlsx_hostile import REQUEST, _filled
        target = tmp_path / "requests.xlsx"
        target.write_bytes(_filled(Kind.REQUESTS, [REQUEST | {"Ente": "A001", "Progetto": "FAMI-INTEGRA",
                                                              "Data": "14/12/2026"}] * 400))
    argv = [str(tmp_path / "before.json") if a == "EXPORT" else str(tmp_path / "requests.xlsx") if a == "XLSX"
            else a for a in command]
    _fill(disk)
    capsys.readouterr()
    status = main(["--db", str(disk / "service.db"), *argv])
    err = capsys.readouterr().err
    (disk / "filler").unlink()
    assert status != 0, err
    _clean(err)
    assert "disk" in err and "full" in err, err
    assert _snapshot(disk / "service.db", tmp_path / "after.json") == before


def test_a_full_disk_during_a_booking_action_is_a_disk_full_error(disk: Path) -> None:
    db = Database.open(str(disk / "service.db"))
    try:
        with db.read() as s:
            confirmed = next(b for b in repository.list_bookings(s)
                             if b.status is BookingStatus.CONFIRMED and b.start > NOW)
        _fill(disk)
        with pytest.raises(DiskFullError) as full:
            for _ in range(50):  # the write-ahead log may still have room for a few small changes
                outcomes.cancel(db, confirmed.id, "prova", actor="t", now=NOW, by=CancelParty.MEDIATOR,
                               close_request=False)
                back = booking.find_booking(db, confirmed.id)
                booking.book(db, back.request, back.mediator, back.start, actor="t", now=NOW)
                with db.read() as s:
                    confirmed = next(b for b in repository.bookings_for_request(s, back.request)
                                     if b.status is BookingStatus.CONFIRMED)
        _clean(str(full.value))
        (disk / "filler").unlink()
        with db.read() as s:  # whatever was committed before the disk filled is intact and consistent
            for request in repository.list_requests(s):
                active = [b for b in repository.bookings_for_request(s, request.id) if b.active]
                assert len(active) <= 1
    finally:
        db.dispose()


def test_a_read_only_folder_is_named_as_such(disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_read_only(disk)
    try:
        with pytest.raises(ReadOnlyDatabaseError) as refused:
            Database.open(str(disk / "service.db"))
        assert "read-only" in str(refused.value)
        for command in (["budget"], ["plan", "--from", "2026-11-23", "--to", "2026-12-20"]):
            capsys.readouterr()
            assert main(["--db", str(disk / "service.db"), *command]) == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "read-only" in err
            _clean(err)
    finally:
        make_writable(disk)


def test_a_database_file_that_went_away_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    db = Database.open(str(path))
    try:
        load_demo(db, now=NOW, actor="test")
        db.dispose()  # its last connection writes the log back into the file
        path.write_bytes(b"this is not a database any more" * 200)  # replaced behind its back
        with pytest.raises(DatabaseUnavailableError) as unavailable, db.read() as s:
            repository.list_bookings(s)
        _clean(str(unavailable.value))
    finally:
        db.dispose()


def test_a_real_process_reports_a_full_disk_without_a_traceback(disk: Path, tmp_path: Path) -> None:
    _fill(disk)
    done = subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(disk / "service.db"), "demo",
                           "--replace"], capture_output=True, text=True, timeout=300, check=False)
    (disk / "filler").unlink()
    assert done.returncode == 1
    _clean(done.stderr)
    assert done.stderr.strip().count("\n") == 0 and "full" in done.stderr
