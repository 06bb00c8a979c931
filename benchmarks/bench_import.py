"""Import the `large` benchmark scenario into a fresh SQLite database; print time and peak memory.

    .venv/bin/python benchmarks/bench_import.py [--preset large] [--dst] [--keep DIR]

Generates the scenario with ../shared/bench/gen.py (run by path), imports it
with the same service the command line uses, exports it again and checks that
the exported document equals the generated one. Figures only: nothing asserts
a timing (the goal for `large` is under 10 s).
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
import tracemalloc
from pathlib import Path

from mediation_desk.io.scenario import decode_scenario
from mediation_desk.services.import_export import export_scenario, import_scenario
from mediation_desk.storage.db import Database

GEN = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen.py"


def generate(folder: Path, preset: str, dst: bool) -> Path:
    out = folder / f"{preset}{'-dst' if dst else ''}.json"
    cmd = [sys.executable, str(GEN), "--preset", preset, "--seed", "1", "--out", str(out)]
    subprocess.run(cmd + (["--dst"] if dst else []), check=True, capture_output=True)
    return out


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(folder: Path, preset: str, dst: bool) -> bool:
    source = generate(folder, preset, dst)
    raw = source.read_bytes()
    print(f"scenario   {source.name}: {len(raw) / 1e6:.1f} MB")
    db = Database.open(str(folder / "bench.db"))
    try:
        rss_before = peak_rss_mb()
        started = time.perf_counter()
        decode_scenario(raw)
        decoded = time.perf_counter()
        result = import_scenario(db, raw, actor="bench", now=dt.datetime.now(dt.UTC))
        finished = time.perf_counter()
        rss_after = peak_rss_mb()
        counts = ", ".join(f"{n} {what}" for what, n in result.counts.items())
        print(f"imported   {counts}")
        print(f"decode     {decoded - started:.2f} s (parse and validate only; the import does it again)")
        print(f"import     {finished - decoded:.2f} s (parse, validate, one write transaction)")
        print(f"memory     peak resident {rss_after:.0f} MB ({rss_after - rss_before:+.0f} MB over start)")
        tracemalloc.start()
        import_scenario(db, raw, actor="bench", now=dt.datetime.now(dt.UTC), replace=True)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"traced     peak {traced_peak / 1e6:.0f} MB allocated by Python in a second import (replace)")
        target = folder / "export.json"
        started = time.perf_counter()
        export_scenario(db, target)
        print(f"export     {time.perf_counter() - started:.2f} s")
    finally:
        db.dispose()
    same = json.loads(target.read_bytes()) == json.loads(raw)
    print(f"round trip {'identical' if same else 'DIFFERENT'}")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="large", choices=("small", "medium", "large"))
    parser.add_argument("--dst", action="store_true")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep its files")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return 0 if run(args.keep, args.preset, args.dst) else 1
    with tempfile.TemporaryDirectory(prefix="md-bench-import-") as folder:
        return 0 if run(Path(folder), args.preset, args.dst) else 1


if __name__ == "__main__":
    sys.exit(main())
