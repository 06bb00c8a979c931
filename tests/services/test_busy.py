"""Busy-time import: files and URLs, replacing the previous import, read back per mediator."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from calendar_support import ACTOR, NOW, configure_mail, seed

from mediation_desk.scheduling.model import MediatorId
from mediation_desk.services import busy
from mediation_desk.storage.db import Database

HORIZON = NOW + dt.timedelta(days=200)


def _calendar(*events: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
        f"SUMMARY:{uid}\r\nEND:VEVENT\r\n"
        for uid, start, end in (e.split() for e in events)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on loopback serving ``tmp_path``."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kw: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kw)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", tmp_path
    server.shutdown()
    server.server_close()


def test_file_import_replaces_the_previous_import_of_that_source(db: Database, tmp_path: Path) -> None:
    seed(db)
    configure_mail(db, 25)
    path = tmp_path / "amina.ics"
    path.write_bytes(
        _calendar(
            "a@t 20261201T080000Z 20261201T090000Z",
            "b@t 20261202T080000Z 20261202T100000Z",
            "booking-B00002@example.org 20261207T080000Z 20261207T093000Z",
        )
    )
    first = busy.import_busy(db, "M001", str(path), now=NOW, actor=ACTOR, horizon=dt.timedelta(days=300))
    assert (first.blocks, first.replaced) == (2, 0)  # our own invitation is a booking, not a busy block
    path.write_bytes(_calendar("c@t 20261203T080000Z 20261203T090000Z"))
    second = busy.import_busy(db, "M001", str(path), now=NOW, actor=ACTOR, horizon=dt.timedelta(days=300))
    assert (second.blocks, second.replaced) == (1, 2)
    with db.read() as s:
        found = busy.busy_blocks_for(s, ["M001", "M002"], NOW, HORIZON + dt.timedelta(days=100))
        assert busy.sources_of(s, "M001") == [(str(path), 1)]
    assert list(found) == ["M001"]
    [block] = found[MediatorId("M001")]
    assert block.start == dt.datetime(2026, 12, 3, 8, tzinfo=dt.UTC) and block.reason == "c@t"


def test_url_import_and_a_broken_source_changes_nothing(
    sqlite_db: Database, served: tuple[str, Path]
) -> None:
    seed(sqlite_db)
    base, folder = served
    (folder / "cal.ics").write_bytes(_calendar("u@t 20260401T080000Z 20260401T090000Z"))
    report = busy.import_busy(sqlite_db, "M002", base + "cal.ics", now=NOW, actor=ACTOR)
    assert report.blocks == 1
    (folder / "cal.ics").write_bytes(b"<html>not a calendar</html>")
    with pytest.raises(busy.BusyImportError):
        busy.import_busy(sqlite_db, "M002", base + "cal.ics", now=NOW, actor=ACTOR)
    with pytest.raises(busy.BusyImportError):
        busy.import_busy(sqlite_db, "M002", base + "missing.ics", now=NOW, actor=ACTOR)
    with pytest.raises(busy.BusyImportError, match="not found"):
        busy.import_busy(sqlite_db, "M999", base + "cal.ics", now=NOW, actor=ACTOR)
    with sqlite_db.read() as s:
        assert len(busy.busy_blocks_for(s, None, NOW, HORIZON)[MediatorId("M002")]) == 1
    (folder / "cal.ics").write_bytes(
        _calendar("u@t 20260401T080000Z 20260401T090000Z", "v@t 20260402T080000Z 20260402T090000Z")
    )
    [(source, result)] = busy.refresh_all(sqlite_db, now=NOW, actor=ACTOR)
    assert source.mediator_id == "M002" and isinstance(result, busy.BusyImportReport) and result.blocks == 2
    assert busy.clear_busy(sqlite_db, "M002", base + "cal.ics", now=NOW, actor=ACTOR).value == 2
    assert busy.refresh_all(sqlite_db, now=NOW, actor=ACTOR) == []


def test_a_hostile_calendar_is_refused_whole_and_the_previous_import_stays(
    sqlite_db: Database, tmp_path: Path
) -> None:
    seed(sqlite_db)
    path = tmp_path / "amina.ics"
    path.write_bytes(_calendar("dentist 20260310T080000Z 20260310T090000Z"))
    assert busy.import_busy(sqlite_db, "M001", str(path), now=NOW, actor=ACTOR).blocks == 1
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s@x\r\nDTSTART:19000101T000000Z\r\n"
        b"DURATION:PT1S\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(busy.BusyImportError, match="repeats too often"):
        busy.import_busy(sqlite_db, "M001", str(path), now=NOW, actor=ACTOR)
    path.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * (busy.MAX_FETCH_BYTES + 1))
    with pytest.raises(busy.BusyImportError, match="larger than"):
        busy.import_busy(sqlite_db, "M001", str(path), now=NOW, actor=ACTOR)
    with sqlite_db.read() as s:
        blocks = busy.busy_blocks_for(s, ["M001"], NOW, HORIZON)[MediatorId("M001")]
    assert [b.reason for b in blocks] == ["dentist"]
