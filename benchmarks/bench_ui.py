"""The desktop app on a big database: time to a usable main window, time to filter requests, peak memory.

    .venv/bin/python benchmarks/bench_ui.py [--keep DIR]

Builds (once, cached in DIR) a SQLite database holding the `large` preset of
../shared/bench/gen.py plus two years of delivered bookings before it (at
least 100,000, each with its request), then starts a fresh Python process
that opens the main window offscreen, as `mediation-desk` would, and prints:
the time from process start to a main window showing the dashboard, the time
to open the requests view, the time to filter the requests table, and the
peak resident memory. Figures only: the goals are 2 s, 100 ms and 400 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()  # before the heavy imports: the window time counts them

GEN = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen.py"
WEEKS_OF_HISTORY = 104
SLOTS = ((0, 9), (1, 14), (3, 9))  # (weekday, hour) of a mediator's past interventions: never overlapping


def build(folder: Path) -> Path:
    """The large preset plus two years of history, in a SQLite file (reused when it exists)."""
    from mediation_desk.io.scenario import decode_scenario
    from mediation_desk.storage import repository
    from mediation_desk.storage.db import Database

    target = folder / "ui-large.db"
    if target.exists():
        return target
    scenario = folder / "large.json"
    subprocess.run(
        [sys.executable, str(GEN), "--preset", "large", "--seed", "1", "--out", str(scenario)],
        check=True,
        capture_output=True,
    )
    data = decode_scenario(scenario.read_bytes())
    add_history(data)
    print(f"database   {len(data.requests)} requests, {len(data.bookings)} bookings", flush=True)
    db = Database.open(str(folder / "building.db"))
    with db.write() as s:
        repository.replace_service(s, data)
    db.dispose()
    (folder / "building.db").rename(target)
    return target


def add_history(data: object) -> None:
    """Delivered bookings of every mediator in the two years before the scenario's first window."""
    from mediation_desk.scheduling.model import (
        AgencyId,
        Booking,
        BookingId,
        BookingStatus,
        Interval,
        Mode,
        Outcome,
        ReplyStatus,
        Request,
        RequestId,
        RequestStatus,
        ServiceData,
    )

    assert isinstance(data, ServiceData)
    tz = dt.timezone(dt.timedelta(hours=1))
    first = min(w.start for r in data.requests for w in r.windows)
    monday = (first - dt.timedelta(days=first.weekday())).date()
    agencies_by_area: dict[str, list[AgencyId]] = {}
    for agency in data.agencies:
        agencies_by_area.setdefault(agency.area, []).append(agency.id)
    number = 0
    for week in range(1, WEEKS_OF_HISTORY + 1):
        for index, mediator in enumerate(data.mediators):
            for weekday, hour in SLOTS:
                number += 1
                day = monday - dt.timedelta(weeks=week) + dt.timedelta(days=weekday)
                start = dt.datetime(day.year, day.month, day.day, hour, tzinfo=tz)
                end = start + dt.timedelta(minutes=90)
                area = mediator.areas[(number + index) % len(mediator.areas)]
                agencies = agencies_by_area.get(area) or [data.agencies[0].id]
                request_id = RequestId(f"H{number:07d}")
                data.requests.append(
                    Request(
                        id=request_id,
                        agency=agencies[number % len(agencies)],
                        project=None,
                        language=mediator.languages[0].code,
                        mode=Mode.IN_PERSON,
                        duration_min=90,
                        windows=[Interval(start - dt.timedelta(hours=1), end + dt.timedelta(hours=1))],
                        status=RequestStatus.BOOKED,
                        case=f"H-{number % 5000:04d}",
                        received_at=start - dt.timedelta(days=5),
                    )
                )
                data.bookings.append(
                    Booking(
                        id=BookingId(f"HB{number:07d}"),
                        request=request_id,
                        mediator=mediator.id,
                        start=start,
                        end=end,
                        status=BookingStatus.DONE,
                        outcome=Outcome.DELIVERED,
                        actual_start=start,
                        actual_end=end,
                        reply=ReplyStatus.ACCEPTED,
                        created_at=start - dt.timedelta(days=4),
                    )
                )


def measure(db_path: str) -> None:
    """Run in a fresh process: open the window, then filter the requests table."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from mediation_desk.storage.db import Database
    from mediation_desk.texts import i18n
    from mediation_desk.ui.app import make_application
    from mediation_desk.ui.common.app_context import AppContext
    from mediation_desk.ui.common.background_jobs import settle, wait_for
    from mediation_desk.ui.common.preferences import UiSettings
    from mediation_desk.ui.dashboard.dashboard_view import DashboardView
    from mediation_desk.ui.main_window import MainWindow
    from mediation_desk.ui.requests.requests_view import RequestsView

    _app = make_application()  # kept alive while the window lives
    settings = UiSettings(QSettings(str(Path(db_path).parent / "bench-ui.ini"), QSettings.Format.IniFormat))
    i18n.install_language("it")
    db = Database.open(db_path)
    now = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)  # the first day of the large preset's horizon
    window = MainWindow(AppContext(db, settings, clock=lambda: now))
    window.show()
    settle(0)
    usable = time.perf_counter()
    print(f"window     {usable - STARTED:.2f} s from process start to the dashboard on screen")
    opened = time.perf_counter()
    window.go_to("requests")
    settle(0)
    view = window.view("requests")
    assert isinstance(view, RequestsView)
    loaded = time.perf_counter()
    print(
        f"requests   {(loaded - opened) * 1000:.0f} ms to open the view "
        f"({view.model.rowCount()} requests loaded of the period, not all)"
    )
    steps = (  # one user action each: typing a word, picking a status, an urgency, clearing
        lambda: view.search.setText("arabo"),
        lambda: view.search.setText("Comune"),
        lambda: view.search.clear(),
        lambda: view.status_filter.setCurrentIndex(view.status_filter.findData("pending")),
        lambda: view.priority_filter.setCurrentIndex(view.priority_filter.findData("urgent")),
        lambda: view.status_filter.setCurrentIndex(0),
        lambda: view.priority_filter.setCurrentIndex(0),
    )
    timings = []
    for step in steps:
        begin = time.perf_counter()
        step()
        settle(0)
        timings.append((time.perf_counter() - begin) * 1000)
    print(
        f"filter     {max(timings):.0f} ms worst of {len(timings)} filter changes "
        f"(median {sorted(timings)[len(timings) // 2]:.0f} ms)"
    )
    dashboard = window.view("dashboard")
    assert isinstance(dashboard, DashboardView)
    wait_for(lambda: "…" not in dashboard.budget_list.item(0).text(), timeout_ms=120_000)
    print(f"budgets    {time.perf_counter() - usable:.1f} s until the background budget alerts arrived")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory     {peak:.0f} MB peak resident")
    window.close()
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/bench-out"), help="folder of the database")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return 0
    args.keep.mkdir(parents=True, exist_ok=True)
    db_path = build(args.keep)
    return subprocess.run([sys.executable, __file__, "--measure", str(db_path)]).returncode


if __name__ == "__main__":
    sys.exit(main())
