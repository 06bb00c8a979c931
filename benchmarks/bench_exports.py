"""Time and peak memory of the finance exports on a year of 100,000+ bookings (aim: <= 5 s, <= 300 MB each).

    .venv/bin/python benchmarks/bench_exports.py [--bookings 100000] [--db FILE [--keep]] [--repeat N]

Builds a SQLite database of one service over 2026 (bulk insert through
``repository.replace_service``), then runs each export in a fresh child
process so that its peak resident memory is its own: November's timesheets
and the yearly report. Prints one line per export (the time covers reading
the database, billing and writing the file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    Area,
    AreaCode,
    Booking,
    BookingId,
    BookingStatus,
    Interval,
    Language,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Mode,
    Outcome,
    Project,
    ProjectCode,
    Request,
    RequestId,
    RequestStatus,
    ServiceData,
)

ROME = ZoneInfo("Europe/Rome")
NOW = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
SLOTS = (8 * 60, 10 * 60 + 30, 14 * 60, 16 * 60 + 30)  # local start times, 2 h apart at least
LANGS = ("ar", "ur", "ti", "bn", "pa", "wo", "uk", "sq", "zh", "fr")
KINDS = list(AgencyKind)


def build_service(bookings: int, seed: int = 1) -> ServiceData:
    """One year of bookings, four slots a day per mediator, with every billing outcome."""
    rng = random.Random(seed)
    mediators_n = max(1, -(-bookings // (365 * 2)))  # about two bookings a day each
    areas = [Area(AreaCode(f"Z{i}"), f"Zona {i}", 45.0 + i / 20, 9.0 + i / 20) for i in range(10)]
    projects = [Project(ProjectCode(f"P{i}"), f"Progetto {i}", "FAMI 2021-2027", dt.date(2026, 1, 1),
                        dt.date(2027, 12, 31), 200_000.0, hourly_rate=22.0 if i else None) for i in range(3)]
    agencies = [Agency(AgencyId(f"A{i:03d}"), f"Ente {i}", KINDS[i % len(KINDS)], areas[i % 10].code, "Via 1",
                       45.0 + rng.random(), 9.0 + rng.random()) for i in range(100)]
    skills = [LanguageSkill(LanguageCode(c), LanguageLevel.FLUENT) for c in LANGS]
    codes = [a.code for a in areas]
    mediators = [Mediator(MediatorId(f"M{i:04d}"), f"Mediatore {i}", f"m{i}@example.org", "F", skills, codes,
                          45.3, 9.5, 2400, hourly_rate=20.0) for i in range(mediators_n)]
    requests: list[Request] = []
    booked: list[Booking] = []
    day0 = dt.date(2026, 1, 1)
    slots = [(m, d, s) for d in range(365) for m in range(mediators_n) for s in range(len(SLOTS))]
    for n, (m, d, s) in enumerate(sorted(rng.sample(slots, bookings))):
        day = day0 + dt.timedelta(days=d)
        start = dt.datetime.combine(day, dt.time(SLOTS[s] // 60, SLOTS[s] % 60), tzinfo=ROME)
        end = start + dt.timedelta(minutes=rng.choice((60, 90, 120)))
        rid, agency = RequestId(f"R{n:06d}"), agencies[rng.randrange(100)]
        requests.append(Request(rid, agency.id, projects[n % 3].code, LanguageCode(LANGS[n % 10]),
                                Mode.IN_PERSON if n % 4 else Mode.PHONE, int((end - start).seconds // 60),
                                [Interval(start, end)], status=RequestStatus.BOOKED,
                                notes="=nota" if n % 7 else ""))
        booked.append(_booking(rng, n, rid, mediators[m].id, start, end))
    return ServiceData(areas=areas, languages=[Language(LanguageCode(c), c.upper()) for c in LANGS],
                       projects=projects, agencies=agencies, mediators=mediators, requests=requests,
                       bookings=booked)


def _booking(rng: random.Random, n: int, rid: RequestId, mid: MediatorId, start: dt.datetime,
             end: dt.datetime) -> Booking:
    bid = BookingId(f"B{n:06d}")
    if start >= NOW:
        return Booking(bid, rid, mid, start, end)
    roll = rng.random()
    if roll < 0.05:
        return Booking(bid, rid, mid, start, end, status=BookingStatus.CANCELLED,
                       outcome=Outcome.LATE_CANCELLATION, cancelled_at=start - dt.timedelta(hours=2))
    if roll < 0.09:
        return Booking(bid, rid, mid, start, end, status=BookingStatus.DONE, outcome=Outcome.NO_SHOW)
    if roll < 0.14:
        return Booking(bid, rid, mid, start, end, status=BookingStatus.CANCELLED, outcome=Outcome.CANCELLED,
                       cancelled_at=start - dt.timedelta(days=3))
    late = dt.timedelta(minutes=rng.choice((0, 5, 10, 20)))
    return Booking(bid, rid, mid, start, end, status=BookingStatus.DONE, outcome=Outcome.DELIVERED,
                   actual_start=start, actual_end=end + late)


def build_database(path: Path, bookings: int) -> float:
    from mediation_desk.storage import repository
    from mediation_desk.storage.db import Database

    started = time.perf_counter()
    data = build_service(bookings)
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, data)
    db.dispose()
    return time.perf_counter() - started


def run_export(kind: str, db_path: str, out: str) -> dict[str, object]:
    """In the child process: one export, its wall time and this process's peak RSS."""
    from mediation_desk.services import finance
    from mediation_desk.storage.db import Database

    db = Database.open(db_path)
    started, cpu = time.perf_counter(), time.process_time()
    if kind == "timesheets":
        result = finance.export_timesheets(db, dt.date(2026, 11, 1), Path(out))
    else:
        result = finance.export_report(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Path(out), now=NOW)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "bookings": result.bookings,
            "minutes": result.minutes, "size_mb": Path(out).stat().st_size / 2**20}


def _child(*args: str) -> dict[str, float]:
    """Run one step in a fresh process (its peak memory is its own: Linux keeps ru_maxrss across exec)."""
    child = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True,
                           text=True)
    result: dict[str, float] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database file to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it exists")
    parser.add_argument("--repeat", type=int, default=1, help="runs per export; the fastest is printed")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, db_path, out = args.child
        if kind == "build":
            print(json.dumps({"seconds": build_database(Path(db_path), int(out))}))
        else:
            print(json.dumps(run_export(kind, db_path, out)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench-exports.db"
        if not (args.keep and db_path.exists()):
            db_path.unlink(missing_ok=True)
            built = _child("build", str(db_path), str(args.bookings))
            print(f"built {args.bookings} bookings in {built['seconds']:.1f} s")
        for kind in ("timesheets", "report"):
            runs = [_child(kind, str(db_path), str(Path(tmp) / f"{kind}.xlsx")) for _ in range(args.repeat)]
            r = min(runs, key=lambda run: run["seconds"])
            print(f"{kind:<10} {r['seconds']:6.2f} s (cpu {r['cpu']:5.2f} s)  peak {r['peak_mb']:4.0f} MB  "
                  f"{r['bookings']:>6} bookings  {r['minutes'] / 60:9.1f} h  file {r['size_mb']:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
