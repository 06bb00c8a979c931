"""Long versions of the concurrency and kill -9 checks: figures printed, a consistency verdict for each.

    .venv/bin/python benchmarks/bench_crash.py [--workers 4] [--ops 300] [--kills 30] [--import-kills 15]

1. ``workers`` processes book, move and cancel at once on the demo service.
2. ``kills`` booking bursts killed with SIGKILL at a random moment.
3. ``import-kills`` scenario imports killed with SIGKILL at a random moment: the old or the new service.
4. A read-only command started while another process holds the write lock: how long it takes.
After each step the database is checked: SQLite integrity, foreign keys, no overlap, no double booking,
no confirmed booking of a request that is not booked.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediation_desk.services.demo import load_demo  # noqa: E402
from mediation_desk.services.import_export import export_scenario  # noqa: E402
from mediation_desk.storage import repository  # noqa: E402
from mediation_desk.storage.db import Database  # noqa: E402
from tests.crash_support import NOW, check_consistent  # noqa: E402
from tests.scheduling.tiny_service import service  # noqa: E402

WORKER = str(ROOT / "tests" / "crash_support.py")
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE settings SET key = key")
print("holding", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def fresh(folder: Path, name: str) -> Path:
    path = folder / name
    db = Database.open(str(path))
    try:
        load_demo(db, now=NOW, actor="bench")
    finally:
        db.dispose()
    return path


def verdict(path: Path) -> str:
    problems = check_consistent(path)
    return "consistent" if not problems else f"INCONSISTENT: {problems[:3]}"


def concurrent(folder: Path, workers: int, ops: int) -> None:
    path = fresh(folder, "concurrent.db")
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, WORKER, "burst", str(path), str(seed), str(ops)],
                              stdout=subprocess.PIPE, text=True) for seed in range(workers)]
    outcomes: Counter[str] = Counter()
    for proc in procs:
        out, _ = proc.communicate()
        outcomes.update(line.split(":")[0] for line in out.splitlines())
    took = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"concurrent {workers} processes x {ops} actions: {total} in {took:.1f} s ({total / took:.1f}/s); "
          f"{dict(outcomes)}; {verdict(path)}")


def burst_kills(folder: Path, kills: int, rng: random.Random) -> None:
    path = fresh(folder, "kills.db")
    bad = 0
    for i in range(kills):
        proc = subprocess.Popen([sys.executable, WORKER, "burst", str(path), str(100 + i), "1000"],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for _ in range(rng.randint(3, 40)):
            if not proc.stdout.readline():
                break
        time.sleep(rng.random() * 0.05)  # somewhere inside the next action
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if check_consistent(path):
            bad += 1
    print(f"kill -9    {kills} booking bursts killed at random: {kills - bad} consistent, {bad} not; "
          f"{verdict(path)}")


def _bigger(doc: dict[str, object], times: int) -> dict[str, object]:
    """The demo document with its pending requests repeated ``times`` times (new ids): a longer import."""
    requests = list(doc["requests"])  # type: ignore[call-overload]
    pending = [r for r in requests if r.get("status", "pending") == "pending"]
    extra = [{**r, "id": f"{r['id']}x{i}"} for i in range(times) for r in pending]
    return {**doc, "requests": requests + extra}


def import_kills(folder: Path, kills: int, rng: random.Random) -> None:
    path = fresh(folder, "imports.db")
    source = folder / "demo.json"
    db = Database.open(str(path))
    export_scenario(db, source)
    db.dispose()
    doc = _bigger(json.loads(source.read_text()), 40)
    source.write_text(json.dumps(doc))
    new = (len(doc["mediators"]), len(doc["requests"]))  # type: ignore[arg-type]

    def reset() -> None:
        db = Database.open(str(path))
        with db.write() as s:
            repository.replace_service(s, service())
        db.dispose()

    reset()
    started = time.perf_counter()
    subprocess.run([sys.executable, WORKER, "import", str(path), str(source)], capture_output=True,
                   check=True)
    whole = time.perf_counter() - started
    seen: Counter[str] = Counter()
    for _ in range(kills):
        reset()
        proc = subprocess.Popen([sys.executable, WORKER, "import", str(path), str(source)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rng.random() * whole)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        problems = check_consistent(path)
        db = Database.open(str(path))
        with db.read() as s:
            counts = (len(repository.list_mediators(s)), len(repository.list_requests(s)))
        db.dispose()
        seen["old" if counts == (1, 1) else "new" if counts == new else f"MIXED {counts}"] += 1
        if problems:
            seen["inconsistent"] += 1
    print(f"kill -9    {kills} imports of {new[1]} requests ({whole:.1f} s each whole) killed at a random "
          f"moment: {dict(seen)}")


def reader_while_writing(folder: Path) -> None:
    path = fresh(folder, "readers.db")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(path), "budget"], capture_output=True,
                   check=False)
    took = time.perf_counter() - started
    print(f"readers    `budget` with nobody writing: {took:.2f} s (process start included)")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    holder.stdout.readline()
    try:
        for command in (["budget"], ["export", str(folder / "out.json")]):
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(path), *command],
                                  capture_output=True, text=True, check=False)
            print(f"readers    `{command[0]}` while another process holds the write lock: exit "
                  f"{done.returncode} in {time.perf_counter() - started:.2f} s (process start included)")
    finally:
        holder.stdin.close()
        holder.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--ops", type=int, default=300)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--import-kills", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        concurrent(folder, args.workers, args.ops)
        burst_kills(folder, args.kills, rng)
        import_kills(folder, args.import_kills, rng)
        reader_while_writing(folder)


if __name__ == "__main__":
    main()
