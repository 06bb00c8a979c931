"""Time of the funding reads on 100,000+ bookings: the request form's proposal and the dashboard's offers.

    .venv/bin/python benchmarks/bench_funding.py [--bookings 126000] [--db FILE [--keep]] [--repeat N]

Builds the database of ``bench_exports.py`` (one service over 2026, three
projects), puts a few pending requests on the waiting list, then times
``funding.advise`` (what the request form asks a moment after the agency,
language or times change) and ``funding.waiting_requests`` + ``funding_offers``
(what the dashboard reads on each refresh). Both run on the UI thread, so they
must stay well under a tenth of a second or so.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench_exports import NOW, build_database  # same folder: python puts it on sys.path


def best_of(repeat: int, call: object) -> tuple[float, float]:
    assert callable(call)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times[0], min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=126_000)
    parser.add_argument("--db", type=Path, help="database file to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it exists")
    parser.add_argument("--repeat", type=int, default=5, help="calls of each read; prints the fastest")
    args = parser.parse_args()

    from mediation_desk.scheduling.model import Interval
    from mediation_desk.services import funding, requests
    from mediation_desk.storage import repository
    from mediation_desk.storage.db import Database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench-funding.db"
        if not (args.keep and db_path.exists()):
            db_path.unlink(missing_ok=True)
            print(f"built      {args.bookings} bookings in {build_database(db_path, args.bookings):.1f} s")
        db = Database.open(str(db_path))
        with db.read() as s:
            model = repository.list_requests(s)[-1]
        waiting = []
        for day in range(1, 6):  # a few on the waiting list, as after a month of exhausted hours
            start = NOW + dt.timedelta(days=day)
            typed = dataclasses.replace(model, id="", project=None, waiting_funds=True, received_at=None,
                                        windows=[Interval(start, start + dt.timedelta(hours=3))])
            waiting.append(requests.create_request(db, typed, actor="bench", now=NOW).value)
        print(f"waiting    {len(funding.waiting_requests(db))} requests on the waiting list")
        first, best = best_of(args.repeat, lambda: funding.advise(db, waiting[0], NOW))
        print(f"advise     {best:6.3f} s best of {args.repeat} (first {first:.3f} s)")

        def dashboard() -> None:
            if funding.waiting_requests(db):
                funding.funding_offers(db, NOW)

        first, best = best_of(args.repeat, dashboard)
        print(f"dashboard  {best:6.3f} s best of {args.repeat} (first {first:.3f} s)  "
              f"offers: {len(funding.funding_offers(db, NOW))}")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
