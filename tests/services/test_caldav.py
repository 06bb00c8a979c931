"""CalDAV publishing and busy import against a real Radicale server on loopback."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
import vobject
from calendar_support import ACTOR, NOW, book, calendar_uid, configure_mail, free_port, seed
from factories import ROME, rome
from keyring_support import install_keyring_for_tests

from mediation_desk.scheduling.model import BookingStatus, MediatorId
from mediation_desk.services import busy, caldav
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

USER, PASSWORD = "coord", "radicale-pw"
STORAGE: dict[str, Path] = {}  # base URL -> the server's collections folder


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Radicale server with one htpasswd user; yields its base URL."""
    folder = tmp_path_factory.mktemp("radicale")
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    config = folder / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError as exc:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    f"radicale did not start: {process.stderr.read() if process.stderr else ''!r}"
                ) from exc
            time.sleep(0.1)
    STORAGE[f"http://127.0.0.1:{port}/{USER}/"] = folder / "collections"
    yield f"http://127.0.0.1:{port}/{USER}/"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def account(sqlite_db: Database, radicale: str, tmp_path: Path) -> Iterator[Database]:
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    seed(sqlite_db)
    configure_mail(sqlite_db, 25)
    caldav.save_settings(
        sqlite_db, caldav.CalDAVSettings(url=radicale, user=USER), password=PASSWORD, now=NOW, actor=ACTOR
    )
    yield sqlite_db
    keyring.set_keyring(previous)


def _get(url: str) -> bytes:
    client = caldav.CalDAVClient(USER, PASSWORD)
    status, data = client.request("GET", url)
    assert status == 200, url
    return data


def test_publish_then_update_and_remove_on_radicale(account: Database) -> None:
    report = caldav.publish_calendars(account, now=NOW, mediator_ids=["M001"])
    assert (report.calendars, report.put, report.deleted) == (1, 2, 0)
    settings = caldav.get_settings(account)
    collection = settings.collection_of("M001")
    client = caldav.client_for(settings)
    hrefs = sorted(client.list_resources(collection))
    uids = [calendar_uid(account, "booking", b) for b in ("B00001", "B00002")]
    assert sorted(h.rsplit("/", 1)[-1].replace("%40", "@") for h in hrefs) == sorted(f"{u}.ics" for u in uids)
    stored = vobject.readOne(_get(collection + f"{uids[1]}.ics").decode())
    assert not hasattr(stored, "method") and not hasattr(stored.vevent, "attendee")
    assert stored.vevent.dtstart.value == rome(2026, 12, 7, 9)
    with account.read() as s:
        moved = repository.get_booking(s, "B00002")
        done = repository.get_booking(s, "B00001")
    assert moved is not None and done is not None
    book(
        account,
        replace(moved, start=rome(2026, 12, 7, 10), end=rome(2026, 12, 7, 11, 30), sequence=1),
        "updated",
    )
    book(account, replace(done, status=BookingStatus.CANCELLED, sequence=2), "cancelled")
    report = caldav.publish_calendars(account, now=NOW, mediator_ids=["M001"])
    assert (report.put, report.deleted) == (1, 1)
    assert len(client.list_resources(collection)) == 1
    updated = vobject.readOne(_get(collection + f"{uids[1]}.ics").decode()).vevent
    assert updated.dtstart.value.astimezone(ROME).hour == 10 and updated.sequence.value == "1"
    assert updated.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC)


def _server_files(base_url: str) -> dict[str, tuple[int, bytes]]:
    """Every file Radicale keeps for the account's collections, with its modification time."""
    root = STORAGE[base_url]
    files = [p for p in root.rglob("*")
             if p.is_file() and ".Radicale.cache" not in p.parts and p.name != ".Radicale.lock"]
    return {str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes()) for p in files}


def test_a_second_publish_with_nothing_changed_writes_nothing(account: Database) -> None:
    settings = caldav.get_settings(account)
    first = caldav.publish_calendars(account, now=NOW)
    assert (first.calendars, first.put, first.deleted) == (2, 2, 0)
    client = caldav.client_for(settings)
    etags = {m: client.list_resources(settings.collection_of(m)) for m in ("M001", "M002")}
    files = _server_files(settings.url)
    time.sleep(0.05)  # a rewrite would show in the files' modification times
    again = caldav.publish_calendars(account, now=NOW + dt.timedelta(hours=1))
    assert (again.put, again.deleted) == (0, 0)
    assert {m: client.list_resources(settings.collection_of(m)) for m in etags} == etags
    assert _server_files(settings.url) == files  # counted on the server: not one event rewritten
    # Someone edits an event on the server: its ETag moves, and the next publish puts ours back.
    href = sorted(etags["M001"])[0]
    name = href.rsplit("/", 1)[-1]
    original = _get(settings.collection_of("M001") + name)
    client.put(settings.collection_of("M001") + name, original.replace(b"SUMMARY:", b"SUMMARY:Edited "))
    third = caldav.publish_calendars(account, now=NOW + dt.timedelta(hours=2))
    assert (third.put, third.deleted) == (1, 0)
    assert b"Edited" not in _get(settings.collection_of("M001") + name)


def test_a_mediator_id_with_a_path_in_it_stays_inside_its_collection() -> None:
    settings = caldav.CalDAVSettings(url="http://127.0.0.1:5232/coord/", user="coord")
    url = settings.collection_of("../../other/M1")
    assert url == "http://127.0.0.1:5232/coord/mediazioni-..%2F..%2Fother%2Fm1/"
    assert urllib.parse.urljoin(url, "x.ics") == url + "x.ics"  # one segment below the account's home


def test_busy_import_from_a_caldav_collection(account: Database) -> None:
    settings = caldav.get_settings(account)
    client = caldav.client_for(settings)
    own = settings.url + "amina-personal/"
    client.ensure_calendar(own, "Personale")
    client.put(
        own + "gym.ics",
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:gym@t\r\n"
            b"DTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Rome:20261021T180000\r\n"
            b"DTEND;TZID=Europe/Rome:20261021T190000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Palestra\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    )
    report = busy.import_busy(
        account, "M001", own, now=NOW, actor=ACTOR, use_caldav=True, horizon=dt.timedelta(days=300)
    )
    assert report.blocks == 3
    with account.read() as s:
        blocks = busy.busy_blocks_for(s, ["M001"], NOW, NOW + dt.timedelta(days=300))[MediatorId("M001")]
    assert [b.start.astimezone(dt.UTC).hour for b in blocks] == [
        16,
        17,
        17,
    ]  # 18:00 CEST, then CET after 25 October
