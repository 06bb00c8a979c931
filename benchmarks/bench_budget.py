"""Time and peak memory of the budget report on 100,000+ bookings (aim: well under 1 s).

    .venv/bin/python benchmarks/bench_budget.py [--bookings 126000] [--db FILE [--keep]] [--repeat N] [--full]

Builds the database of ``bench_exports.py`` (one service over 2026, every
billing outcome, three projects), then runs ``services.budget.budget_report``
in a fresh child process, so that its peak resident memory is its own, and
prints the first and the fastest time. ``--full`` also times the figures
computed from every request and booking read as domain objects, as the
service did before, and checks that both agree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_exports import NOW, build_database  # same folder: python puts it on sys.path


def run_report(db_path: str, repeat: int, full: bool) -> dict[str, object]:
    """In the child process: ``repeat`` budget reports, then (``full``) the computation from whole objects."""
    from mediation_desk.services.budget import budget_report
    from mediation_desk.storage.db import Database

    db = Database.open(db_path)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        report = budget_report(db, NOW)
        times.append(time.perf_counter() - started)
    result: dict[str, object] = {
        "first": times[0], "best": min(times),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "projects": len(report), "delivered_h": sum(s.delivered_min for s in report) / 60,
        "committed_h": sum(s.committed_min for s in report) / 60,
    }
    if full:
        started = time.perf_counter()
        result["same"] = full_computation(db, NOW) == report
        result["full"] = time.perf_counter() - started
    db.dispose()
    return result


def full_computation(db: object, now: dt.datetime) -> list[object]:
    """The figures from every request and booking as domain objects (what ``budget_report`` used to read)."""
    from mediation_desk.scheduling.billing import settings_key
    from mediation_desk.scheduling.budget import budgets
    from mediation_desk.storage import repository
    from mediation_desk.storage.db import Database

    assert isinstance(db, Database)
    with db.read() as s:
        projects = repository.list_projects(s)
        settings = {p.code: repository.get_setting(s, settings_key(p.code)) for p in projects}
        mappings = {code: value for code, value in settings.items() if isinstance(value, dict)}
        requests, bookings = repository.list_requests(s), repository.list_bookings(s)
        return list(budgets(projects, requests, bookings, now, mappings))


def _child(*args: str) -> dict[str, object]:
    """Run one step in a fresh process (its peak memory is its own)."""
    child = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True,
                           text=True)
    result: dict[str, object] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=126_000)
    parser.add_argument("--db", type=Path, help="database file to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it exists")
    parser.add_argument("--repeat", type=int, default=5, help="reports in one process; prints the fastest")
    parser.add_argument("--full", action="store_true", help="also time the computation from whole objects")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, db_path, arg = args.child
        if kind == "build":
            print(json.dumps({"seconds": build_database(Path(db_path), int(arg))}))
        else:
            print(json.dumps(run_report(db_path, int(arg), kind == "full")))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench-budget.db"
        if not (args.keep and db_path.exists()):
            db_path.unlink(missing_ok=True)
            built = _child("build", str(db_path), str(args.bookings))
            print(f"built      {args.bookings} bookings in {built['seconds']:.1f} s")
        r = _child("full" if args.full else "report", str(db_path), str(max(1, args.repeat)))
        print(f"budget     {r['best']:6.3f} s best of {args.repeat} (first {r['first']:.3f} s)  "
              f"peak {r['peak_mb']:4.0f} MB  {r['projects']} projects  delivered {r['delivered_h']:.1f} h  "
              f"committed {r['committed_h']:.1f} h")
        if args.full:
            print(f"full read  {r['full']:6.3f} s  same figures: {'yes' if r['same'] else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
