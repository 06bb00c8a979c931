"""Workers that hammer a database from their own process, and the checks a database must pass after them.

Run as a script (``python tests/crash_support.py burst DB SEED COUNT``) by the
concurrency and kill -9 tests and by ``benchmarks/bench_crash.py``: each
worker prints one line per operation, flushed, so that a parent can kill it
in the middle of its work.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

if __name__ == "__main__":  # run by path: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediation_desk.scheduling.model import BookingStatus, CancelParty, RequestStatus
from mediation_desk.services import booking
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services.booking import BookingError
from mediation_desk.services.import_export import import_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)  # the demo service is loaded for this day


def burst(target: str, seed: int, count: int) -> None:
    """``count`` random book, move and cancel actions through the services, one line printed per action."""
    rng = random.Random(seed)
    db = Database.open(target, busy_timeout=60)
    try:
        with db.read() as s:
            speakers: dict[str, list[str]] = defaultdict(list)
            for m in repository.list_mediators(s):
                for skill in m.languages if m.active else []:
                    speakers[skill.code.lower()].append(m.id)
        for _ in range(count):
            with db.read() as s:
                pending = [r for r in repository.list_requests(s) if r.status is RequestStatus.PENDING
                           and r.windows and r.windows[0].start > NOW]
                confirmed = [b for b in repository.list_bookings(s)
                             if b.status is BookingStatus.CONFIRMED and b.start > NOW]
            outcome = "idle"
            try:
                roll = rng.random()
                if pending and (roll < 0.6 or not confirmed):
                    request = rng.choice(pending)
                    who = speakers.get(request.language.lower()) or ["nobody"]
                    booking.book(db, request.id, rng.choice(who), request.windows[0].start,
                                 actor=f"burst{seed}", now=NOW)
                    outcome = "booked"
                elif confirmed and roll < 0.8:
                    chosen = rng.choice(confirmed)
                    booking.reschedule(db, chosen.id, chosen.start + dt.timedelta(minutes=15),
                                       actor=f"burst{seed}", now=NOW)
                    outcome = "moved"
                elif confirmed:
                    outcomes.cancel(db, rng.choice(confirmed).id, "prova di carico", actor=f"burst{seed}",
                                   now=NOW, by=CancelParty.MEDIATOR, close_request=False)
                    outcome = "cancelled"
            except BookingError:
                outcome = "refused"
            except StorageError as exc:
                outcome = f"storage: {exc}"
            print(outcome, flush=True)
    finally:
        db.dispose()


def slow_import(target: str, source: str) -> None:
    db = Database.open(target, busy_timeout=60)
    try:
        print("importing", flush=True)
        import_scenario(db, Path(source), actor="crash", now=NOW, replace=True)
        print("imported", flush=True)
    finally:
        db.dispose()


def check_consistent(path: Path) -> list[str]:
    """What is wrong with the database after a crash: integrity, overlaps, double bookings, statuses."""
    problems: list[str] = []
    raw = sqlite3.connect(path)
    try:
        verdict = raw.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            problems.append(f"integrity_check: {verdict[:3]}")
        foreign = raw.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append(f"foreign keys: {foreign[:3]}")
    finally:
        raw.close()
    db = Database.open(str(path))
    try:
        with db.read() as s:
            bookings = repository.list_bookings(s)
            requests = {r.id: r for r in repository.list_requests(s)}
    finally:
        db.dispose()
    by_mediator: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    by_request: dict[str, list[str]] = defaultdict(list)
    for b in bookings:
        if b.active:
            by_mediator[b.mediator].append((b.start.timestamp(), b.end.timestamp(), b.id))
            by_request[b.request].append(b.id)
        if b.status is BookingStatus.CONFIRMED and requests[b.request].status is not RequestStatus.BOOKED:
            problems.append(f"{b.id} confirmed but request {b.request} is {requests[b.request].status}")
    for mediator, spans in by_mediator.items():
        spans.sort()
        for (_, end, first), (start, _, second) in zip(spans, spans[1:], strict=False):
            if start < end:
                problems.append(f"{mediator}: {first} and {second} overlap")
    problems += [f"{r}: several active bookings {ids}" for r, ids in by_request.items() if len(ids) > 1]
    return problems


if __name__ == "__main__":
    if sys.argv[1] == "burst":
        burst(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "import":
        slow_import(sys.argv[2], sys.argv[3])
