"""Renders the README screenshots offscreen from demo data: python -m mediation_desk.ui.screenshots DIR."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from mediation_desk.scheduling import timeutil  # noqa: E402
from mediation_desk.scheduling.model import Priority, RequestStatus  # noqa: E402
from mediation_desk.services import demo, lookups  # noqa: E402
from mediation_desk.storage.db import Database  # noqa: E402
from mediation_desk.texts import i18n  # noqa: E402
from mediation_desk.ui.app import make_application  # noqa: E402
from mediation_desk.ui.common.app_context import AppContext  # noqa: E402
from mediation_desk.ui.common.background_jobs import settle, wait_for  # noqa: E402
from mediation_desk.ui.common.preferences import UiSettings  # noqa: E402
from mediation_desk.ui.dashboard.dashboard_view import DashboardView  # noqa: E402
from mediation_desk.ui.main_window import MainWindow  # noqa: E402

# A fixed Thursday morning, so the pictures do not change from one run to the next.
NOW = dt.datetime(2026, 12, 3, 8, 30, tzinfo=timeutil.SERVICE_TZ).astimezone(dt.UTC)  # the demo's zone
SIZE = (1280, 800)


def wait_until(ready: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    if not wait_for(ready, timeout_ms):
        raise TimeoutError("the window did not finish loading")


def render(out: Path, language: str = "it") -> list[Path]:
    """Make dashboard.png, request_candidates.png and calendar_week.png in ``out``."""
    app = make_application()  # noqa: F841 - kept alive while the window lives
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(str(Path(folder) / "demo.db"))
        try:
            demo.load_demo(db, now=NOW, actor="screenshots")
            settings = UiSettings(QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat))
            settings.language = language
            i18n.install_language(language)
            window = MainWindow(AppContext(db, settings, clock=lambda: NOW))
            window.resize(*SIZE)
            window.show()
            return _shoot(window, db, out)
        finally:
            db.dispose()


def _shoot(window: MainWindow, db: Database, out: Path) -> list[Path]:
    written = []
    dashboard = window.view("dashboard")
    assert isinstance(dashboard, DashboardView)
    wait_until(lambda: "…" not in dashboard.budget_list.item(0).text())
    written.append(_grab(window, out / "dashboard.png"))
    pending = [
        r
        for r in lookups.pending_requests(db)
        if r.status is RequestStatus.PENDING and r.windows and r.windows[0].start > NOW
    ]
    chosen = min(pending, key=lambda r: (r.priority is not Priority.URGENT, r.windows[0].start))
    window.go_to("requests", chosen.id)
    requests = window.view("requests")
    wait_until(lambda: requests.candidates.result is not None)  # type: ignore[attr-defined]
    requests.show_candidates()  # type: ignore[attr-defined]
    written.append(_grab(window, out / "request_candidates.png"))
    window.go_to("calendar")
    window.view("calendar").show_today()  # type: ignore[attr-defined]
    written.append(_grab(window, out / "calendar_week.png"))
    window.close()
    return written


def _grab(window: MainWindow, path: Path) -> Path:
    settle()
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
