"""Booking rules 1-9: one violating case each, and agreement with the benchmark's rules.py."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.scheduling.context import SchedulingContext
from mediation_desk.scheduling.model import (
    AgencyId,
    Booking,
    BookingId,
    BookingStatus,
    Interval,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    MediatorId,
    Mode,
    Outcome,
    ProjectCode,
    RequestStatus,
    WeeklyWindow,
)
from mediation_desk.scheduling.rules import (
    ViolationCode,
    check_booking,
    conflict_violations,
    feasible_start_ts,
    feasible_starts,
)
from tests.scheduling.bench_support import bench_module, generate, service_from_doc
from tests.scheduling.tiny_service import NOW, at, booking, mediator, request, service


def codes(ctx: SchedulingContext, rid: str, mid: str, start: dt.datetime, minutes: int = 90) -> set[str]:
    end = start + dt.timedelta(minutes=minutes)
    found = check_booking(ctx, ctx.requests[rid], ctx.mediators[mid], start, end)
    return {str(v.code) for v in found}


def test_a_fitting_booking_breaks_no_rule() -> None:
    ctx = SchedulingContext(service(), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == set()


def test_rule1_mediator_must_speak_the_language() -> None:
    ti = [LanguageSkill(LanguageCode("ti"), LanguageLevel.NATIVE)]
    ctx = SchedulingContext(service([mediator("M1", languages=ti)]), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"language"}


def test_rule1_language_codes_compare_case_insensitively() -> None:
    ctx = SchedulingContext(service(requests=[request("R1", language=LanguageCode("AR"))]), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == set()


def test_rule2_required_gender() -> None:
    ctx = SchedulingContext(service(requests=[request("R1", required_gender="M")]), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"gender"}


def test_rule3_in_person_needs_the_agency_area_but_phone_does_not() -> None:
    data = service([mediator("M1", areas=["CREMA"])],
                   [request("R1"), request("R2", mode=Mode.PHONE)])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"area"}
    assert codes(ctx, "R2", "M1", at("2026-12-07", "09:30")) == set()


@pytest.mark.parametrize(("start", "minutes", "expected"), [
    ("09:30", 60, {"duration"}),
    ("09:40", 90, {"quarter_hour"}),
    ("11:00", 90, {"outside_window"}),  # ends 12:30, the window closes at 12:00
    ("10:30", 90, set()),  # ends exactly when the window closes
])
def test_rule4_duration_quarter_hour_and_window(start: str, minutes: int, expected: set[str]) -> None:
    ctx = SchedulingContext(service(), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", start), minutes) == expected


def test_rule5_outside_weekly_availability_and_absence() -> None:
    away = Interval(at("2026-12-07", "11:00"), at("2026-12-08", "00:00"))
    data = service([mediator("M1", availability=[w for w in mediator("M1").availability if w.day != 0]),
                    mediator("M2", absences=[away])])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"unavailable"}
    assert codes(ctx, "R1", "M2", at("2026-12-07", "10:00")) == {"absent"}
    assert codes(ctx, "R1", "M2", at("2026-12-07", "09:30")) == set()  # ends when the absence starts


def test_rule5_booking_must_fit_one_availability_window() -> None:
    m = mediator("M1", availability=[WeeklyWindow(0, 8 * 60, 10 * 60), WeeklyWindow(0, 10 * 60, 18 * 60)])
    ctx = SchedulingContext(service([m]), NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"unavailable"}


def test_rule5_external_busy_block() -> None:
    ctx = SchedulingContext(service(), NOW)
    dentist = Interval(at("2026-12-07", "10:00"), at("2026-12-07", "10:30"), "dentist")
    ctx.set_busy(MediatorId("M1"), [dentist])
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == {"busy_external"}
    assert feasible_starts(ctx, ctx.requests["R1"], ctx.mediators["M1"]) == [
        at("2026-12-07", "10:30")]


def test_rule6_overlap_names_the_booking_and_its_agency() -> None:
    data = service(requests=[request("R1"), request("R0", status=RequestStatus.BOOKED)],
                   bookings=[booking("B0", "R0", "M1", at("2026-12-07", "10:00"))])
    ctx = SchedulingContext(data, NOW)
    found = check_booking(ctx, ctx.requests["R1"], ctx.mediators["M1"], at("2026-12-07", "09:00"),
                          at("2026-12-07", "10:30"))
    assert [(v.rule, v.code) for v in found] == [(6, ViolationCode.OVERLAP)]
    params = found[0].params
    assert (params["booking"], params["agency_name"]) == ("B0", "Comune di Lodi")
    assert (params["start"], params["end"]) == (at("2026-12-07", "10:00"), at("2026-12-07", "11:30"))


def test_rule6_back_to_back_at_the_same_agency_is_fine_but_elsewhere_needs_travel() -> None:
    data = service(requests=[request("R1"), request("R9", status=RequestStatus.BOOKED)],
                   bookings=[booking("B0", "R9", "M1", at("2026-12-07", "07:30"))])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == set()
    ctx.add_request(request("R9", agency="A2", status=RequestStatus.BOOKED))
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == {"travel_gap"}
    need = ctx.travel_between(AgencyId("A1"), AgencyId("A2"))
    assert 15 < need <= 30  # Lodi - Crema: about 19 km
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == set()


def test_rule6_travel_gap_between_every_pair_not_only_neighbours() -> None:
    # B1 at A2 ends 07:45; a phone call sits in between; R1 at A1 at 08:00 is still too close to B1
    data = service(requests=[request("R1", start="08:00"),
                             request("R8", agency="A2", status=RequestStatus.BOOKED),
                             request("R9", mode=Mode.PHONE, status=RequestStatus.BOOKED)],
                   bookings=[booking("B1", "R8", "M1", at("2026-12-07", "07:00"), 45),
                             booking("B2", "R9", "M1", at("2026-12-07", "07:45"), 15)])
    ctx = SchedulingContext(data, NOW)
    found = check_booking(ctx, ctx.requests["R1"], ctx.mediators["M1"], at("2026-12-07", "08:00"),
                          at("2026-12-07", "09:30"))
    assert [(v.code, v.params["booking"]) for v in found] == [(ViolationCode.TRAVEL_GAP, "B1")]


def test_rule7_weekly_cap_counts_the_local_iso_week() -> None:
    data = service([mediator("M1", max_minutes_per_week=120)],
                   [request("R1"), request("R0", day="2026-12-09", status=RequestStatus.BOOKED),
                    request("R2", day="2026-12-14")],
                   [booking("B0", "R0", "M1", at("2026-12-09", "09:00"), 60)])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == {"weekly_cap"}
    assert codes(ctx, "R2", "M1", at("2026-12-14", "09:00")) == set()  # next ISO week


def test_rule8_budget_counts_every_active_booking_and_late_cancellations() -> None:
    data = service(requests=[request("R1"), request("R0", day="2026-06-01", status=RequestStatus.BOOKED)],
                   bookings=[booking("B0", "R0", "M1", at("2026-06-01", "09:00"), 60)], budget_hours=2.0)
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == {"budget"}
    ctx.add_booking(booking("B0", "R0", "M1", at("2026-06-01", "09:00"), 60, status=BookingStatus.CANCELLED,
                            outcome=Outcome.CANCELLED))
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == set()
    ctx.add_booking(booking("B0", "R0", "M1", at("2026-06-01", "09:00"), 60, status=BookingStatus.CANCELLED,
                            outcome=Outcome.LATE_CANCELLATION))
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:00")) == {"budget"}


def test_rule8_project_dates_are_whole_local_days_and_unknown_projects_fail() -> None:
    always = [WeeklyWindow(day, 0, 1440) for day in range(7)]
    data = service([mediator("M1", availability=always)],
                   [request("R1", day="2026-12-31", start="22:00", end="23:59"),
                    request("R2", day="2027-01-01", start="00:00", end="02:00"),
                    request("R3", project=ProjectCode("NOPE"))])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-31", "22:00")) == set()  # the end date is inclusive
    # 1 January is also a national holiday: the agency is closed (rule 0) as well
    assert codes(ctx, "R2", "M1", at("2027-01-01", "00:00")) == {"project_dates", "closed"}
    assert codes(ctx, "R3", "M1", at("2026-12-07", "09:00")) == {"project_unknown"}


def test_rule9_one_active_booking_per_request_and_rescheduling_excludes_itself() -> None:
    data = service(bookings=[booking("B1", "R1", "M1", at("2026-12-07", "09:00"))])
    ctx = SchedulingContext(data, NOW)
    r, m = ctx.requests["R1"], ctx.mediators["M1"]
    moved = at("2026-12-07", "09:30"), at("2026-12-07", "11:00")
    assert {v.code for v in conflict_violations(ctx, r, m, *moved)} == {ViolationCode.ALREADY_BOOKED,
                                                                         ViolationCode.OVERLAP}
    assert conflict_violations(ctx, r, m, *moved, exclude_booking=BookingId("B1")) == []


def test_inactive_mediator_and_cancelled_request_are_refused_as_rule_0() -> None:
    data = service([mediator("M1", active=False)], [request("R1", status=RequestStatus.CANCELLED)])
    ctx = SchedulingContext(data, NOW)
    assert codes(ctx, "R1", "M1", at("2026-12-07", "09:30")) == {"inactive", "request_closed"}


def test_feasible_starts_across_the_october_dst_change() -> None:
    night = request("R1", day="2026-10-25", start="01:00", end="04:00", mode=Mode.PHONE, duration_min=60)
    m = mediator("M1", availability=[WeeklyWindow(6, 0, 6 * 60)])
    ctx = SchedulingContext(service([m], [night]), NOW)
    starts = feasible_starts(ctx, night, m)
    # four real hours between 01:00 (+02:00) and 04:00 (+01:00): 13 quarter-hour starts that fit 60 min
    assert len(starts) == 13
    assert starts[0].utcoffset() == dt.timedelta(hours=2) and starts[-1].utcoffset() == dt.timedelta(hours=1)


# ---- agreement with ../shared/bench/rules.py -------------------------------------
def _bench_rules(sc: Any, ledger: Any, br: Any, rid: str, mid: str, start: float, end: float) -> set[int]:
    req, med = sc.requests[rid], sc.mediators[mid]
    found = (br.eligibility_problems(sc, req, med) + br.slot_problems(sc, req, med, start, end)
             + ledger.problems(req, med, start, end))
    return {rule for rule, _ in found}


@pytest.mark.parametrize("extra", [(), ("--dst",)], ids=["december", "dst"])
def test_rules_agree_with_the_benchmark_on_random_triples(tmp_path: Path, extra: tuple[str, ...]) -> None:
    br = bench_module("rules")
    doc = generate(tmp_path, "small", 5, *extra)
    data = service_from_doc(doc)
    ctx = SchedulingContext(data, NOW)
    sc = br.Scenario(doc)
    ledger = br.Ledger(sc)
    for b in sc.bookings:
        ledger.add_booking(b)
    rng = random.Random(11)
    speakers = {r.id: [m for m in data.mediators if m.speaks(r.language)] for r in data.requests}
    valid = 0
    for _ in range(1500):
        r = rng.choice(data.requests)
        m = rng.choice(speakers[r.id] or data.mediators) if rng.random() < 0.7 else rng.choice(data.mediators)
        bench_starts = br.candidate_starts(sc, sc.requests[r.id], sc.mediators[m.id])
        assert [float(t) for t in bench_starts] == feasible_start_ts(ctx, r, m), (r.id, m.id)
        if bench_starts and rng.random() < 0.6:
            start = float(rng.choice(bench_starts))
        else:
            start = r.windows[0].start.timestamp() + rng.randrange(-3600, 4 * 3600, 300)
        end = start + 60 * (r.duration_min if rng.random() < 0.95 else r.duration_min + 15)
        s, e = dt.datetime.fromtimestamp(start, dt.UTC), dt.datetime.fromtimestamp(end, dt.UTC)
        ours = {v.rule for v in check_booking(ctx, r, m, s, e) if v.rule}
        assert ours == _bench_rules(sc, ledger, br, r.id, m.id, start, end), (r.id, m.id, s)
        if not ours and r.status == RequestStatus.PENDING:
            valid += 1  # book it in both, so later triples meet a fuller state
            ctx.add_booking(Booking(BookingId(f"T{valid}"), r.id, m.id, s, e))
            ledger.add(r.id, m.id, start, end)
    assert valid > 20
