"""plan_range: import -> plan -> export valid per score.py, audited; cancel writes nothing; late changes;
what the summary says (proven optimum, gap to the bound, windows in the past)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.cli.cmd_plan import as_text, quality_text
from mediation_desk.scheduling.model import MediatorId, RequestId, RequestStatus
from mediation_desk.scheduling.planner import PlannedBooking, PlanStage
from mediation_desk.services import booking as booking_service
from mediation_desk.services.import_export import export_scenario, import_scenario, store_service
from mediation_desk.services.plan_booking import book_plan
from mediation_desk.services.plan_outcome import PlanRangeError, PlanResult
from mediation_desk.services.planning import plan_range
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from mediation_desk.texts.plan import plan_quality_text
from tests.bench import require_bench
from tests.factories import audit_actor
from tests.scheduling.tiny_service import NOW, at, booking, mediator, request, service

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the Italian catalogue test runs a QApplication
BEFORE_HORIZON = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def score(before: Path, after: Path) -> dict[str, str]:
    done = subprocess.run([sys.executable, str(require_bench() / "score.py"), str(before), str(after)],
                          capture_output=True, text=True, timeout=300)
    return dict(item.split("=", 1) for item in done.stdout.strip().splitlines()[-1].split())


def test_plan_of_the_small_preset_is_booked_valid_and_audited(
    db: Database, bench_scenario: Callable[..., Path], tmp_path: Path
) -> None:
    before = bench_scenario("small")
    import_scenario(db, before, actor="tester", now=BEFORE_HORIZON)
    stages: list[PlanStage] = []
    result = plan_range(db, dt.date(2026, 12, 7), dt.date(2026, 12, 13), time_limit=10, actor="tester",
                        now=BEFORE_HORIZON, progress=lambda stage, fraction: stages.append(stage))
    after = tmp_path / "after.json"
    export_scenario(db, after)
    figures = score(before, after)
    assert figures["valid"] == "true"
    assert int(figures["coverage"]) == result.coverage > 0
    assert int(figures["travel_min"]) == result.travel_min
    assert int(figures["continuity"]) == result.continuity
    assert figures["booked"] == f"{len(result.bookings)}/{result.requests}"
    assert set(stages) == {PlanStage.CANDIDATES, PlanStage.SOLVING, PlanStage.CHECKING}
    with db.read() as s:
        booked = {b.request for b in result.bookings}
        assert all(repository.get_request(s, rid).status == RequestStatus.BOOKED  # type: ignore[union-attr]
                   for rid in booked)
        [run] = repository.list_audit(s, entity="plan")
        assert run.actor == audit_actor(db, "tester") and run.details["booked"] == len(result.bookings)
        audited = {e.entity_id for e in repository.list_audit(s, entity="booking") if e.action == "book"}
        assert audited == {b.id for b in result.bookings}


def test_cancelled_run_writes_nothing(db: Database) -> None:
    store_service(db, service(requests=[request("R1")]), actor="tester", now=NOW, replace=False,
                  action="import", source="test")
    cancel = threading.Event()
    cancel.set()
    result = plan_range(db, dt.date(2026, 12, 7), dt.date(2026, 12, 7), time_limit=5, actor="tester",
                        now=NOW, cancel_event=cancel)
    assert result.cancelled and result.bookings == []
    with db.read() as s:
        assert repository.list_bookings(s) == []
        assert repository.get_request(s, "R1").status == RequestStatus.PENDING  # type: ignore[union-attr]
        assert repository.list_audit(s, entity="plan") == []


def test_a_booking_made_during_the_search_is_respected(db: Database) -> None:
    data = service(mediators=[mediator("M1"), mediator("M2")],
                   requests=[request("R0", status=RequestStatus.BOOKED), request("R1"), request("R2")],
                   bookings=[booking("B00001", "R0", "M1", at("2026-12-07", "09:00"))])
    store_service(db, data, actor="tester", now=NOW, replace=False, action="import", source="test")

    def item(rid: str, mid: str) -> PlannedBooking:
        start = at("2026-12-07", "09:30")
        end = start + dt.timedelta(minutes=90)
        return PlannedBooking(RequestId(rid), MediatorId(mid), start, end, travel_min=0, continuity=False)

    with db.write() as s:  # the plan was made before B00001 took M1's morning
        written = book_plan(s, [item("R1", "M1"), item("R2", "M2")], actor="tester", now=NOW)
    assert [(b.request, b.mediator) for b, _ in written] == [("R2", "M2")]
    with db.read() as s:
        assert repository.get_request(s, "R1").status == RequestStatus.PENDING  # type: ignore[union-attr]
        assert {b.id for b in repository.list_bookings(s)} == {"B00001", written[0][0].id}


def test_range_ending_before_it_starts_is_refused(db: Database) -> None:
    with pytest.raises(PlanRangeError) as caught:
        plan_range(db, dt.date(2026, 12, 13), dt.date(2026, 12, 7), time_limit=5, actor="tester", now=NOW)
    assert caught.value.code == "empty_range"


def test_request_booked_by_hand_during_the_search_is_skipped(db: Database) -> None:
    store_service(db, service(requests=[request("R1", start="09:00", end="10:30")]), actor="tester",
                  now=NOW, replace=False, action="import", source="test")

    def book_by_hand(stage: PlanStage, fraction: float) -> None:
        if stage is PlanStage.CHECKING and fraction == 1.0:  # the search is over, the plan not written yet
            booking_service.book(db, "R1", "M1", at("2026-12-07", "09:00"), actor="colleague", now=NOW)

    result = plan_range(db, dt.date(2026, 12, 7), dt.date(2026, 12, 7), time_limit=5, actor="tester",
                        now=NOW, progress=book_by_hand)
    assert result.bookings == [] and result.skipped_requests == ["R1"] and result.skipped == 1
    with db.read() as s:
        [only] = repository.list_bookings(s)
        assert only.request == "R1"
        assert {e.actor for e in repository.list_audit(s, entity="booking")} == {audit_actor(db, "colleague")}


def test_range_whose_windows_have_all_passed_says_so(db: Database) -> None:
    store_service(db, service(requests=[request("R1", day="2026-12-07"), request("R2", day="2026-12-08")]),
                  actor="tester", now=NOW, replace=False, action="import", source="test")
    later = dt.datetime(2026, 12, 10, 8, 0, tzinfo=dt.UTC)
    result = plan_range(db, dt.date(2026, 12, 7), dt.date(2026, 12, 8), time_limit=5, actor="tester",
                        now=later)
    assert (result.requests, result.past, result.all_past, result.bookings) == (2, 2, True, [])
    assert as_text(result) == ["Planned 2026-12-07 .. 2026-12-08: Nothing to plan: the windows of every "
                               "pending request of the period have already passed."]
    with db.read() as s:
        assert repository.list_bookings(s) == []
        [run] = repository.list_audit(s, entity="plan")
        assert run.details["past"] == 2


def test_summary_says_in_italian_how_far_from_the_best_the_plan_can_be(qapp: Any) -> None:
    i18n.install_language("it")
    try:
        def said(**quality: Any) -> str:
            return plan_quality_text(**({"proven": False, "travel_gap": None, "all_past": False} | quality))

        assert said(proven=True, coverage_gap=0) == "Ottimo dimostrato."
        assert said(coverage_gap=3) == "Al massimo 3 punti di copertura dal meglio possibile."
        assert said(coverage_gap=1) == "Al massimo 1 punto di copertura dal meglio possibile."
        assert said(coverage_gap=0, travel_gap=12) == (
            "Copertura ottima dimostrata; viaggi al massimo 12 min sopra il minimo.")
        assert said(coverage_gap=0, all_past=True).endswith("sono già passate.")
    finally:
        i18n.install_language("it")


def test_the_result_carries_the_gap_to_the_bound() -> None:
    day = dt.date(2026, 12, 7)
    result = PlanResult(day, day, 5, coverage=7, coverage_bound=10)
    assert (result.coverage_gap, result.proven, result.all_past) == (3, False, False)
    assert quality_text(result) == "At most 3 coverage points from the best possible."


def test_plan_of_the_small_preset_says_it_is_proven(
    db: Database, bench_scenario: Callable[..., Path]
) -> None:
    import_scenario(db, bench_scenario("small", seed=2), actor="tester", now=BEFORE_HORIZON)
    result = plan_range(db, dt.date(2026, 12, 7), dt.date(2026, 12, 13), time_limit=60, actor="tester",
                        now=BEFORE_HORIZON)
    assert result.proven and result.coverage_gap == 0 and result.coverage == result.coverage_bound > 0
    assert "  quality    Proven optimum." in as_text(result)
