"""Auto-planner next to greedy and a long-run reference, per preset and seed; and the ideas measured.

    .venv/bin/python benchmarks/bench_plan.py [--presets small,small-dst,medium,large] [--seeds 1,2,3]
                                              [--time-limit SECONDS] [--ideas] [--ideas-only]
    .venv/bin/python benchmarks/bench_plan.py --reference SECONDS [--presets ...] [--seeds ...]

Everything in the main table runs as a user would: ../shared/bench/gen.py
makes the scenario, `mediation-desk import` loads it into a fresh SQLite
file, `mediation-desk plan` books the range of the pending requests (``--now``
the day before, so a past scenario such as --dst can be replayed), `mediation-
desk export` writes it back and ../shared/bench/score.py judges it (every row
says whether the plan is valid). greedy.py gives the baseline. "plan s" is the
planner's own time (candidates, search, checks: the summary's seconds), "cmd s"
the wall time of the whole `plan` command (Python and OR-Tools start-up, loading
the database, the planner, writing the bookings and invitations).
"status" is the summary's verdict: "proven" (ottimo dimostrato) or "gap N"
(at most N coverage points below the best possible); "bound" is the solver's
coverage bound.

``--reference SECONDS`` re-plans each scenario in-process with a long search
(one model per component even when large, 8 workers, not deterministic,
SECONDS as the limit), checks it with score.py and stores the figures in
benchmarks/plan_reference.json with the command that made them; the main
table prints them next to the planner's (columns "ref").

``--ideas`` adds, per scenario, in-process rows for the alternatives measured
(same limit as the default; no "cmd s": they run in-process): "one model"
instead of one per independent component; "lexicographic" phases (coverage,
then travel with that coverage required) instead of the weighted sum; "plain
LP" without the mediators' symmetry and linearization 2; "no hint" (the search
starts without the constructive plan, which stays the fallback); "1 worker";
"2 free workers" (parallel, not deterministic); "no windows" (a large
component as one model instead of re-planned window by window). The figures
depend on the machine's load: the first line prints it. Tables measured with
their load are kept in benchmarks/plan_measured.txt.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediation_desk.io.scenario import decode_scenario, encode_scenario  # noqa: E402
from mediation_desk.scheduling.context import SchedulingContext  # noqa: E402
from mediation_desk.scheduling.model import Booking, BookingId, RequestStatus, ServiceData  # noqa: E402
from mediation_desk.scheduling.planner import PlannedBooking, PlannerSettings, PlanReport, plan_report  # noqa: E402
from mediation_desk.scheduling.planner_cpsat import Objective, SearchSettings  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
REFERENCE = Path(__file__).resolve().parent / "plan_reference.json"
PRESETS = {"small": ("small",), "small-dst": ("small", "--dst"), "medium": ("medium",), "large": ("large",)}
COLUMNS = ("preset", "seed", "run", "valid", "coverage", "travel", "cont", "status", "bound", "plan s",
           "cmd s", "ref cov", "ref travel", "ref status", "greedy cov", "greedy travel", "greedy cont")
WIDTH = {"preset": 9, "run": 14, "status": 10}
IDEAS = {
    "one model": PlannerSettings(split=False),
    "lexicographic": PlannerSettings(search=SearchSettings(objective=Objective.LEXICOGRAPHIC)),
    "plain LP": PlannerSettings(search=SearchSettings(symmetry_lp=False)),
    "no hint": PlannerSettings(search=SearchSettings(hint=False)),
    "1 worker": PlannerSettings(search=SearchSettings(workers=1)),
    "2 free workers": PlannerSettings(search=SearchSettings(workers=2, deterministic=False)),
    "no windows": PlannerSettings(windows=False),
}
REFERENCE_SETTINGS = PlannerSettings(windows=False, search=SearchSettings(workers=8, deterministic=False))


def run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def score(before: Path, after: Path) -> dict[str, str]:
    last = run([sys.executable, str(BENCH / "score.py"), str(before), str(after)]).strip().splitlines()[-1]
    return dict(item.split("=", 1) for item in last.split())


def horizon(doc: dict[str, Any]) -> tuple[dt.date, dt.date, dt.datetime]:
    """First and last local date of the pending windows, and the instant to plan from (the day before)."""
    tz = ZoneInfo(doc["timezone"])
    windows = [w for r in doc["requests"] if r.get("status") == "pending" for w in r["windows"]]
    first = min(dt.datetime.fromisoformat(w["start"]).astimezone(tz) for w in windows).date()
    last = max(dt.datetime.fromisoformat(w["end"]).astimezone(tz) for w in windows).date()
    now = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz)
    return first, last, now


def generate(folder: Path, preset: str, seed: int) -> Path:
    scenario = folder / f"{preset}-{seed}.json"
    run([sys.executable, str(BENCH / "gen.py"), "--preset", *PRESETS[preset], "--seed", str(seed),
         "--out", str(scenario)])
    return scenario


def greedy_figures(folder: Path, scenario: Path) -> dict[str, str]:
    run([sys.executable, str(BENCH / "greedy.py"), str(scenario), str(folder / "greedy.json")])
    return score(scenario, folder / "greedy.json")


def verdict(text: str) -> tuple[str, str, str]:
    """(status, bound, planner seconds) from the `plan --json` summary."""
    summary = json.loads(text)
    quality = summary["quality"]
    status = "proven" if quality["proven"] else f"gap {quality['coverage_gap']}"
    return status, str(quality["coverage_bound"]), f"{summary['seconds']:.1f}"


def by_command(folder: Path, scenario: Path, time_limit: float | None) -> dict[str, str]:
    """import -> plan -> export -> score, as a user would."""
    db = folder / "plan.sqlite"
    desk = [sys.executable, "-m", "mediation_desk", "--db", str(db)]
    run([*desk, "import", str(scenario)])
    first, last, now = horizon(json.loads(scenario.read_text(encoding="utf-8")))
    cmd = [*desk, "plan", "--from", first.isoformat(), "--to", last.isoformat(), "--now", now.isoformat(),
           "--json"]
    if time_limit is not None:
        cmd += ["--time-limit", str(time_limit)]
    started = time.perf_counter()
    out = run(cmd)
    seconds = time.perf_counter() - started
    run([*desk, "export", str(folder / "after.json")])
    ours = score(scenario, folder / "after.json")
    status, bound, planner_seconds = verdict(out)
    return {"run": "default (CLI)", "valid": ours["valid"], "coverage": ours["coverage"],
            "travel": ours["travel_min"], "cont": ours["continuity"], "status": status, "bound": bound,
            "plan s": planner_seconds, "cmd s": f"{seconds:.1f}"}


def with_plan(data: ServiceData, bookings: list[PlannedBooking]) -> dict[str, Any]:
    """The scenario document after booking the plan, as `export` would write it."""
    after = dataclasses.replace(data, bookings=list(data.bookings),
                                requests=[dataclasses.replace(r) for r in data.requests])
    by_id = {r.id: r for r in after.requests}
    for n, b in enumerate(bookings, 1):
        after.bookings.append(Booking(BookingId(f"P{n:05d}"), b.request, b.mediator, b.start, b.end))
        by_id[b.request].status = RequestStatus.BOOKED
    return encode_scenario(after)


def in_process(folder: Path, scenario: Path, name: str, settings: PlannerSettings,
               time_limit: float | None) -> dict[str, str]:
    """plan_report on the decoded scenario with other settings; the plan checked by score.py."""
    doc = json.loads(scenario.read_text(encoding="utf-8"))
    data = decode_scenario(doc)
    first, last, now = horizon(doc)
    tz = ZoneInfo(doc["timezone"])
    within = (dt.datetime.combine(first, dt.time(0, 0), tzinfo=tz),
              dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz))
    report: PlanReport = plan_report(SchedulingContext(data, now), data.requests, time_limit=time_limit,
                                     within=within, settings=settings)
    after = folder / f"after-{name.replace(' ', '-')}.json"
    after.write_text(json.dumps(with_plan(data, report.bookings)), encoding="utf-8")
    ours = score(scenario, after)
    q = report.quality
    return {"run": name, "valid": ours["valid"], "coverage": ours["coverage"], "travel": ours["travel_min"],
            "cont": ours["continuity"], "status": "proven" if q.proven else f"gap {q.coverage_gap}",
            "bound": str(q.coverage_bound), "plan s": f"{report.seconds:.1f}"}


def print_row(values: dict[str, str] | None = None) -> None:
    row = values or dict(zip(COLUMNS, COLUMNS, strict=True))
    print("  ".join(row.get(c, "").rjust(max(len(c), WIDTH.get(c, 6))) for c in COLUMNS), flush=True)


def load_reference() -> dict[str, Any]:
    if REFERENCE.exists():
        stored: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
        return stored
    return {"runs": {}}


def reference(presets: list[str], seeds: list[int], seconds: float) -> None:
    stored = load_reference()
    command = "nice -n 10 " + shlex.join([".venv/bin/python", "benchmarks/bench_plan.py", *sys.argv[1:]])
    settings = f"in-process plan_report, {REFERENCE_SETTINGS}, time limit {seconds:g} s per scenario"
    print_row()
    for preset in presets:
        for seed in seeds:
            with tempfile.TemporaryDirectory(prefix="bench-plan-ref-") as tmp:
                folder = Path(tmp)
                scenario = generate(folder, preset, seed)
                row = in_process(folder, scenario, "reference", REFERENCE_SETTINGS, seconds)
            row |= {"preset": preset, "seed": str(seed)}
            print_row(row)
            stored["runs"][f"{preset}-{seed}"] = {
                "valid": row["valid"] == "true", "coverage": int(row["coverage"]),
                "travel": int(row["travel"]),
                "continuity": int(row["cont"]), "status": row["status"], "bound": int(row["bound"]),
                "seconds": float(row["plan s"]), "load": round(os.getloadavg()[0], 2),
                "measured": dt.date.today().isoformat(), "command": command, "settings": settings}
            REFERENCE.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", default="small,small-dst,medium,large")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="default: the command's automatic limit")
    parser.add_argument("--ideas", action="store_true", help="also the in-process rows of the ideas measured")
    parser.add_argument("--ideas-only", action="store_true", help="only the ideas' rows (no CLI run)")
    parser.add_argument("--reference", type=float, metavar="SECONDS",
                        help="re-run the long reference and store it in plan_reference.json")
    args = parser.parse_args()
    presets = [p for p in args.presets.split(",") if p]
    unknown = [p for p in presets if p not in PRESETS]
    if unknown:
        parser.error(f"unknown preset {', '.join(unknown)}; known: {', '.join(PRESETS)}")
    seeds = [int(s) for s in args.seeds.split(",") if s]
    if args.reference:
        reference(presets, seeds, args.reference)
        return 0
    refs = load_reference()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; reference: {REFERENCE.name}")
    print_row()
    for preset in presets:
        for seed in seeds:
            with tempfile.TemporaryDirectory(prefix="bench-plan-") as tmp:
                folder = Path(tmp)
                scenario = generate(folder, preset, seed)
                greedy = greedy_figures(folder, scenario)
                ref = refs["runs"].get(f"{preset}-{seed}", {})
                common = {"preset": preset, "seed": str(seed), "greedy cov": greedy["coverage"],
                          "greedy travel": greedy["travel_min"], "greedy cont": greedy["continuity"],
                          "ref cov": str(ref.get("coverage", "-")), "ref travel": str(ref.get("travel", "-")),
                          "ref status": str(ref.get("status", "-"))}
                if not args.ideas_only:
                    print_row(common | by_command(folder, scenario, args.time_limit))
                if args.ideas or args.ideas_only:
                    for name, settings in IDEAS.items():
                        print_row(common | in_process(folder, scenario, name, settings, args.time_limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
