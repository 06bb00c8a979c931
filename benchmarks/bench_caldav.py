"""CalDAV publishing of the demo service to a real Radicale server: what each run writes, and how long.

    .venv/bin/python benchmarks/bench_caldav.py

Loads the demo service into a temporary SQLite database, starts Radicale on
loopback (no authentication), publishes every mediator's calendar three times:
the first run writes everything, the second with nothing changed, the third after
one booking was moved. Prints the PUT and DELETE counts the server answered and
the times. Figures only.
"""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from mediation_desk.services import caldav, demo, notify
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

NOW = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    config = folder / "config"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n"
                      f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
                      "[logging]\nlevel = warning\n")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"http://127.0.0.1:{port}/coord/"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("radicale did not start")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        process, url = _radicale(folder)
        db = Database.open(str(folder / "bench.db"))
        try:
            demo.load_demo(db, now=NOW, actor="bench")
            caldav.save_settings(db, caldav.CalDAVSettings(url=url), password=None, now=NOW, actor="bench")
            caldav.CalDAVClient().request("MKCOL", url)  # the account's home (no login creates it)
            for label in ("first publish", "nothing changed", "one booking moved"):
                if label == "one booking moved":
                    with db.write() as s:
                        booking = next(b for b in repository.list_bookings(s) if b.active and b.start > NOW)
                        moved = replace(booking, start=booking.start + dt.timedelta(hours=1),
                                        end=booking.end + dt.timedelta(hours=1))
                        repository.save_booking(s, moved)
                        notify.booking_changed(s, moved, "updated", now=NOW, actor="bench")
                started = time.perf_counter()
                report = caldav.publish_calendars(db, now=NOW)
                elapsed = time.perf_counter() - started
                print(f"{label:<20} calendars {report.calendars:>3}  PUT {report.put:>4}  "
                      f"DELETE {report.deleted:>3}  {elapsed:6.2f} s")
        finally:
            db.dispose()
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
