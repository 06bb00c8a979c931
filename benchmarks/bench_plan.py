"""Auto-planner next to the greedy baseline: gen -> import -> plan -> export -> score, per preset and seed.

    .venv/bin/python benchmarks/bench_plan.py [--presets small,small-dst,medium,large] [--seeds 1,2,3]
                                              [--time-limit SECONDS]

Everything runs as a user would: ../shared/bench/gen.py makes the scenario,
`mediation-desk import` loads it into a fresh SQLite file, `mediation-desk
plan` books the range of the pending requests (``--now`` the day before, so a
past scenario such as --dst can be replayed), `mediation-desk export` writes it
back and ../shared/bench/score.py judges it; greedy.py and score.py give the
baseline. "plan s" is the wall time of the whole `plan` command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
PRESETS = {"small": ("small",), "small-dst": ("small", "--dst"), "medium": ("medium",), "large": ("large",)}
COLUMNS = ("preset", "seed", "valid", "coverage", "booked", "travel", "continuity", "plan s",
           "greedy cov", "greedy travel", "greedy cont")


def run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def figures(before: Path, after: Path) -> dict[str, str]:
    last = run([sys.executable, str(BENCH / "score.py"), str(before), str(after)]).strip().splitlines()[-1]
    return dict(item.split("=", 1) for item in last.split())


def horizon(scenario: Path) -> tuple[dt.date, dt.date, dt.datetime]:
    """First and last local date of the pending windows, and the instant to plan from (the day before)."""
    doc = json.loads(scenario.read_text(encoding="utf-8"))
    tz = ZoneInfo(doc["timezone"])
    starts = [dt.datetime.fromisoformat(w["start"]).astimezone(tz) for r in doc["requests"]
              if r.get("status") == "pending" for w in r["windows"]]
    ends = [dt.datetime.fromisoformat(w["end"]).astimezone(tz) for r in doc["requests"]
            if r.get("status") == "pending" for w in r["windows"]]
    first = min(starts).date()
    now = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz)
    return first, max(ends).date(), now


def one(folder: Path, preset: str, seed: int, time_limit: float | None) -> dict[str, str]:
    scenario = folder / f"{preset}-{seed}.json"
    run([sys.executable, str(BENCH / "gen.py"), "--preset", *PRESETS[preset], "--seed", str(seed),
         "--out", str(scenario)])
    run([sys.executable, str(BENCH / "greedy.py"), str(scenario), str(folder / "greedy.json")])
    greedy = figures(scenario, folder / "greedy.json")
    db = folder / f"{preset}-{seed}.sqlite"
    desk = [sys.executable, "-m", "mediation_desk", "--db", str(db)]
    run([*desk, "import", str(scenario)])
    first, last, now = horizon(scenario)
    cmd = [*desk, "plan", "--from", first.isoformat(), "--to", last.isoformat(), "--now", now.isoformat()]
    if time_limit is not None:
        cmd += ["--time-limit", str(time_limit)]
    started = time.perf_counter()
    run(cmd)
    seconds = time.perf_counter() - started
    run([*desk, "export", str(folder / "after.json")])
    ours = figures(scenario, folder / "after.json")
    return {"preset": preset, "seed": str(seed), "valid": ours["valid"], "coverage": ours["coverage"],
            "booked": ours["booked"], "travel": ours["travel_min"], "continuity": ours["continuity"],
            "plan s": f"{seconds:.1f}", "greedy cov": greedy["coverage"],
            "greedy travel": greedy["travel_min"], "greedy cont": greedy["continuity"]}


def print_row(values: dict[str, str] | None = None) -> None:
    cells = [(values or dict(zip(COLUMNS, COLUMNS, strict=True)))[c].rjust(max(len(c), 9)) for c in COLUMNS]
    print("  ".join(cells), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", default="small,small-dst,medium,large")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="default: the command's automatic limit")
    args = parser.parse_args()
    presets = [p for p in args.presets.split(",") if p]
    unknown = [p for p in presets if p not in PRESETS]
    if unknown:
        parser.error(f"unknown preset {', '.join(unknown)}; known: {', '.join(PRESETS)}")
    print_row()
    for preset in presets:
        for seed in (int(s) for s in args.seeds.split(",") if s):
            with tempfile.TemporaryDirectory(prefix="bench-plan-") as tmp:
                print_row(one(Path(tmp), preset, seed, args.time_limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
