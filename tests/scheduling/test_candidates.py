"""Candidates for one request: ranking with stated reasons, and every exclusion explained."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mediation_desk.scheduling.candidates import (
    CONTINUITY_POINTS,
    SKILL_POINTS,
    find_candidates,
)
from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    Interval,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    RequestStatus,
)
from mediation_desk.scheduling.rules import ViolationCode
from tests.scheduling.bench_support import bench_module, generate, service_from_doc
from tests.scheduling.tiny_service import NOW, at, booking, mediator, request, service

TI = [LanguageSkill(LanguageCode("ti"), LanguageLevel.NATIVE)]


def test_continuity_and_skill_rank_first_and_each_item_names_its_reason() -> None:
    data = service(
        [mediator("M1", skills=[]), mediator("M2"), mediator("M3", skills=[])],
        [request("R1"), request("R0", day="2026-11-30", status=RequestStatus.BOOKED, case="C-R1")],
        [booking("B0", "R0", "M3", at("2026-11-30", "09:00"))])
    result = find_candidates(SchedulingContext(data, NOW), data.requests[0])
    assert [c.mediator.id for c in result.candidates] == ["M3", "M2", "M1"]
    items = {i.name: i for i in result.candidates[0].items}
    assert items["continuity"].points == CONTINUITY_POINTS and items["continuity"].params["case"] == "C-R1"
    assert {i.name: i.points for i in result.candidates[1].items}["skill"] == SKILL_POINTS
    assert {"travel", "language_level", "fair_share"} <= set(items)
    assert result.candidates[1].starts[0] == at("2026-12-07", "09:00")
    assert result.candidates[1].starts[-1] == at("2026-12-07", "10:30")


def test_every_excluded_active_mediator_comes_with_its_reasons() -> None:
    data = service(
        [mediator("M1", languages=TI), mediator("M2", areas=["CREMA"]),
         mediator("M3", absences=[Interval(at("2026-12-07", "00:00"), at("2026-12-08", "00:00"))]),
         mediator("M4"), mediator("M5", active=False), mediator("M6")],
        [request("R1"), request("R0", status=RequestStatus.BOOKED)],
        [booking("B0", "R0", "M4", at("2026-12-07", "08:45"), 180)])
    ctx = SchedulingContext(data, NOW)
    result = find_candidates(ctx, ctx.requests["R1"])
    assert [c.mediator.id for c in result.candidates] == ["M6"]
    reasons = {e.mediator.id: [v.code for v in e.violations] for e in result.excluded}
    assert reasons == {"M1": [ViolationCode.LANGUAGE], "M2": [ViolationCode.AREA],
                       "M3": [ViolationCode.ABSENT], "M4": [ViolationCode.OVERLAP]}
    busy = next(e for e in result.excluded if e.mediator.id == "M4").violations[0].params
    assert (busy["agency_name"], busy["start"], busy["end"]) == (
        "Comune di Lodi", at("2026-12-07", "08:45"), at("2026-12-07", "11:45"))


def test_weekly_limit_is_a_reason() -> None:
    data = service([mediator("M1", max_minutes_per_week=60)])
    result = find_candidates(SchedulingContext(data, NOW), data.requests[0])
    assert result.candidates == []
    assert [v.code for v in result.excluded[0].violations] == [ViolationCode.WEEKLY_CAP]


def test_an_exhausted_budget_excludes_everyone_but_offers_starts_for_an_override() -> None:
    data = service(budget_hours=1.0)
    result = find_candidates(SchedulingContext(data, NOW), data.requests[0])
    assert result.candidates == []
    (only,) = result.excluded
    assert [v.code for v in only.violations] == [ViolationCode.BUDGET]
    assert only.override_starts[0] == at("2026-12-07", "09:00")


def test_starts_already_gone_by_are_not_offered() -> None:
    data = service()
    late = at("2026-12-07", "10:05").astimezone(dt.UTC)
    result = find_candidates(SchedulingContext(data, late), data.requests[0])
    assert result.candidates[0].starts[0] == at("2026-12-07", "10:15")
    result = find_candidates(SchedulingContext(data, at("2026-12-08", "00:00")), data.requests[0])
    assert [v.code for v in result.excluded[0].violations] == [ViolationCode.PAST]


def test_a_booked_request_lists_its_own_mediator_again_for_a_move() -> None:
    data = service(bookings=[booking("B1", "R1", "M1", at("2026-12-07", "09:00"))])
    result = find_candidates(SchedulingContext(data, NOW), data.requests[0])
    assert result.replacing == "B1"
    assert [c.mediator.id for c in result.candidates] == ["M1"]
    assert "continuity" not in {i.name for i in result.candidates[0].items}  # its own booking is no history


def test_every_offered_start_is_valid_for_the_benchmark(tmp_path: Path) -> None:
    br = bench_module("rules")
    doc = generate(tmp_path, "small", 2)
    data = service_from_doc(doc)
    ctx = SchedulingContext(data, NOW)
    sc = br.Scenario(doc)
    ledger = br.Ledger(sc)
    for b in sc.bookings:
        ledger.add_booking(b)
    offered = 0
    for r in [r for r in data.requests if r.status == RequestStatus.PENDING][:40]:
        result = find_candidates(ctx, r)
        assert len(result.candidates) + len(result.excluded) == len(data.mediators)
        for c in result.candidates:
            for s in c.starts:
                start = s.timestamp()
                end = start + r.duration_min * 60
                bench = sc.requests[r.id], sc.mediators[c.mediator.id]
                assert not br.eligibility_problems(sc, *bench) + br.slot_problems(sc, *bench, start, end)
                assert not ledger.problems(*bench, start, end)
                offered += 1
    assert offered > 100
