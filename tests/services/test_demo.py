"""The demo service: realistic, valid under the booking rules, deterministic for a given day."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mediation_desk.io.scenario import decode_scenario, dump_scenario, encode_scenario
from mediation_desk.scheduling.model import BookingStatus, Outcome, RequestStatus, ServiceData
from mediation_desk.scheduling.timeutil import SERVICE_TZ
from mediation_desk.services.demo import build_demo, load_demo
from mediation_desk.services.import_export import ServiceNotEmptyError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.bench import require_bench

NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo() -> ServiceData:
    return build_demo(NOW)


def test_same_day_same_service_other_day_other_service(demo: ServiceData) -> None:
    assert encode_scenario(build_demo(NOW.replace(hour=16))) == encode_scenario(demo)
    assert encode_scenario(build_demo(NOW + dt.timedelta(days=1))) != encode_scenario(demo)


def test_the_service_looks_like_a_lombardy_one(demo: ServiceData) -> None:
    assert {"LODI", "CREMA", "CREMONA", "MILANO", "BERGAMO", "BRESCIA"} <= {a.code for a in demo.areas}
    assert len(demo.languages) >= 15 and {lg.name for lg in demo.languages} >= {"Arabo", "Cinese", "Urdu"}
    assert len(demo.projects) == 3 and len(demo.agencies) >= 40 and len(demo.mediators) == 40
    assert all(a.contacts and a.contacts[0].phone for a in demo.agencies)
    assert all(m.languages and m.availability and m.phone for m in demo.mediators)
    assert any(m.absences for m in demo.mediators) and any(not m.active for m in demo.mediators)


def test_one_project_is_nearly_exhausted(demo: ServiceData) -> None:
    used: dict[str, float] = {}
    project_of = {r.id: r.project for r in demo.requests}
    for b in demo.bookings:
        if b.active or b.outcome is Outcome.LATE_CANCELLATION:
            code = project_of[b.request] or ""
            used[code] = used.get(code, 0.0) + b.duration_min / 60
    left = {p.code: p.hour_budget - used.get(p.code, 0.0) for p in demo.projects}
    assert sorted(left.values())[0] <= 5 < sorted(left.values())[1]


def test_requests_fill_the_whole_request_form(demo: ServiceData) -> None:
    for r in demo.requests:
        assert r.agency_contact and r.contact_on_site and r.reason and r.nationality and r.case
        assert r.received_at is not None and r.received_at < NOW
    assert any(r.required_gender == "F" for r in demo.requests)
    assert {r.priority for r in demo.requests} == {"urgent", "high", "normal"}


def test_history_behind_and_plan_ahead_of_now(demo: ServiceData) -> None:
    done = [b for b in demo.bookings if b.status is BookingStatus.DONE]
    confirmed = [b for b in demo.bookings if b.status is BookingStatus.CONFIRMED]
    assert len(done) > 40 and all(b.end < NOW for b in done)
    today = NOW.astimezone(SERVICE_TZ).date()
    midnight = dt.datetime.combine(today, dt.time(0), tzinfo=SERVICE_TZ)
    assert all(b.end <= midnight for b in done)  # history ends yesterday: the demo depends on the date only
    assert len(confirmed) > 8 and all(b.start >= midnight for b in confirmed)
    assert any(b.start.astimezone(SERVICE_TZ).date() == today for b in confirmed)  # the dashboard's "Oggi"
    assert [b.outcome for b in done].count(Outcome.NO_SHOW) == 1
    outcomes = [b.outcome for b in demo.bookings if b.status is BookingStatus.CANCELLED]
    assert sorted(map(str, outcomes)) == ["cancelled", "late_cancellation"]
    pending = [r for r in demo.requests if r.status is RequestStatus.PENDING]
    assert len(pending) > 10 and all(r.windows[0].start > NOW for r in pending)


def test_the_demo_is_valid_for_our_rules_and_the_benchmark(demo: ServiceData, tmp_path: Path) -> None:
    raw = dump_scenario(demo)
    decode_scenario(raw)  # refuses any confirmed booking that breaks a rule
    path = tmp_path / "demo.json"
    path.write_bytes(raw)
    score = require_bench() / "score.py"
    done = subprocess.run([sys.executable, str(score), str(path), str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().splitlines()[-1].startswith("valid=true")


def test_load_demo_fills_an_empty_database_only(sqlite_db: Database) -> None:
    result = load_demo(sqlite_db, now=NOW, actor="laura")
    assert result.counts["mediators"] == 40 and not result.replaced
    with pytest.raises(ServiceNotEmptyError):
        load_demo(sqlite_db, now=NOW, actor="laura")
    assert load_demo(sqlite_db, now=NOW + dt.timedelta(days=7), actor="laura", replace=True).replaced
    with sqlite_db.read() as s:
        stored = repository.load_service(s)
    assert json.loads(dump_scenario(stored)) == encode_scenario(build_demo(NOW + dt.timedelta(days=7)))


@pytest.mark.parametrize("day", ["2026-01-08", "2026-03-17", "2026-12-06", "2026-12-10"])
def test_a_day_when_an_area_has_no_active_mediator_still_gives_a_demo(day: str) -> None:
    """On these days an agency's area had no active mediator and the demo (make run's first start) failed."""
    data = build_demo(dt.datetime.fromisoformat(f"{day}T09:00:00+00:00"))
    assert data.requests and decode_scenario(dump_scenario(data)).requests
