"""Billing rules: rounding, minimum charge, late cancellations, no-shows, DST, travel and cost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from mediation_desk.scheduling.billing import (
    BillingError,
    BillingRule,
    Charge,
    billable_minutes,
    booking_travel_minutes,
    charge_of,
    cost,
    rule_for_project,
    settings_key,
)
from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    AgencyKind,
    AreaCode,
    Booking,
    BookingId,
    BookingStatus,
    Mediator,
    MediatorId,
    Mode,
    Outcome,
    Project,
    ProjectCode,
    RequestId,
)

ROME = ZoneInfo("Europe/Rome")
RULE = BillingRule()


def _at(day: str, hhmm: str, fold: int = 0) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.fromisoformat(day).replace(hour=h, minute=m, tzinfo=ROME, fold=fold)


def _booking(start: dt.datetime, end: dt.datetime, **kw: object) -> Booking:
    return Booking(BookingId("B1"), RequestId("R1"), MediatorId("M1"), start, end, **kw)  # type: ignore[arg-type]


def _mediator(rate: float | None = None) -> Mediator:
    return Mediator(MediatorId("M1"), "Amina", "a@example.org", "F", [], [AreaCode("LODI")],
                    45.30, 9.49, 1200, hourly_rate=rate)


def _project(**kw: object) -> Project:
    return Project(ProjectCode("P1"), "Progetto", "FAMI", dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                   100.0, **kw)  # type: ignore[arg-type]


def test_delivered_booking_bills_actual_time_rounded_up_to_the_step() -> None:
    b = _booking(_at("2026-11-10", "09:00"), _at("2026-11-10", "10:30"), status=BookingStatus.DONE,
                 outcome=Outcome.DELIVERED, actual_start=_at("2026-11-10", "09:05"),
                 actual_end=_at("2026-11-10", "10:41"))
    assert billable_minutes(b, RULE) == 105  # 96 minutes worked -> 105


def test_delivered_booking_without_actual_times_bills_the_booked_ones() -> None:
    b = _booking(_at("2026-11-10", "09:00"), _at("2026-11-10", "10:30"), status=BookingStatus.DONE)
    assert charge_of(b, RULE) is Charge.DELIVERED
    assert billable_minutes(b, RULE) == 90


def test_short_delivered_booking_bills_the_minimum_charge() -> None:
    b = _booking(_at("2026-11-10", "09:00"), _at("2026-11-10", "09:30"), status=BookingStatus.DONE)
    assert billable_minutes(b, RULE) == 60
    assert billable_minutes(b, BillingRule(round_step_min=30, min_charge_min=0)) == 30


def test_a_started_second_counts_as_a_minute() -> None:
    start = _at("2026-11-10", "09:00")
    b = _booking(start, start + dt.timedelta(minutes=90), status=BookingStatus.DONE,
                 actual_start=start, actual_end=start + dt.timedelta(minutes=90, seconds=1))
    assert billable_minutes(b, BillingRule(round_step_min=1, min_charge_min=0)) == 91


def test_late_cancellation_and_no_show_bill_the_booked_duration() -> None:
    start, end = _at("2026-11-10", "09:00"), _at("2026-11-10", "11:00")
    late = _booking(start, end, status=BookingStatus.CANCELLED, outcome=Outcome.LATE_CANCELLATION)
    no_show = _booking(start, end, status=BookingStatus.DONE, outcome=Outcome.NO_SHOW)
    assert billable_minutes(late, RULE) == 120
    assert billable_minutes(no_show, RULE) == 120
    off = BillingRule(late_cancellation_bills=False, no_show_bills=False)
    assert billable_minutes(late, off) == 0
    assert billable_minutes(no_show, off) == 0
    assert charge_of(late, off) is Charge.NONE


def test_open_and_timely_cancelled_bookings_bill_nothing() -> None:
    start, end = _at("2026-11-10", "09:00"), _at("2026-11-10", "11:00")
    assert billable_minutes(_booking(start, end), RULE) == 0
    cancelled = _booking(start, end, status=BookingStatus.CANCELLED, outcome=Outcome.CANCELLED)
    assert billable_minutes(cancelled, RULE) == 0


def test_booking_across_the_october_dst_change_bills_real_elapsed_time() -> None:
    # 01:30 CEST to 02:30 CET on 2026-10-25 lasts two hours, not one.
    start = _at("2026-10-25", "01:30")
    end = _at("2026-10-25", "02:30", fold=1)
    b = _booking(start, end, status=BookingStatus.DONE)
    assert billable_minutes(b, BillingRule(min_charge_min=0)) == 120
    # Same instants expressed in UTC give the same answer.
    utc = _booking(start.astimezone(dt.UTC), end.astimezone(dt.UTC), status=BookingStatus.DONE)
    assert billable_minutes(utc, BillingRule(min_charge_min=0)) == 120


def test_booking_across_the_march_dst_change_bills_real_elapsed_time() -> None:
    start, end = _at("2026-03-29", "01:00"), _at("2026-03-29", "04:00")
    b = _booking(start, end, status=BookingStatus.DONE)
    assert billable_minutes(b, RULE) == 120


def test_rule_reads_project_rate_extra_then_settings() -> None:
    project = _project(hourly_rate=22.5, extra={"billing": {"round_step_min": 30, "no_show_bills": False}})
    rule = rule_for_project(project, {"min_charge_min": 45})
    assert rule == BillingRule(round_step_min=30, min_charge_min=45, no_show_bills=False,
                               hourly_rate=Decimal("22.5"))
    assert rule_for_project(None) == BillingRule()
    assert settings_key("P1") == "billing.P1"
    assert rule_for_project(None, rule.to_setting()) == rule


@pytest.mark.parametrize(("setting", "field"), [
    ({"round_step_min": 0}, "round_step_min"),
    ({"round_step_min": "15"}, "round_step_min"),
    ({"min_charge_min": -1}, "min_charge_min"),
    ({"no_show_bills": "yes"}, "no_show_bills"),
    ({"hourly_rate": "abc"}, "hourly_rate"),
    ({"hourly_rate": -3}, "hourly_rate"),
])
def test_malformed_setting_names_its_field(setting: dict[str, object], field: str) -> None:
    with pytest.raises(BillingError) as info:
        rule_for_project(None, setting)
    assert info.value.field == field


def test_cost_uses_project_rate_else_mediator_rate() -> None:
    b = _booking(_at("2026-11-10", "09:00"), _at("2026-11-10", "10:30"), status=BookingStatus.DONE)
    assert cost(b, BillingRule(hourly_rate=Decimal("20")), _mediator(30.0)) == Decimal("30.00")
    assert cost(b, RULE, _mediator(30.0)) == Decimal("45.00")
    assert cost(b, RULE, _mediator(None)) == Decimal("0.00")
    assert cost(b, BillingRule(hourly_rate=Decimal("19.99")), None) == Decimal("29.99")  # 29.985 rounds up


def test_travel_is_a_round_trip_for_in_person_visits_only() -> None:
    agency = Agency(AgencyId("A1"), "Comune", AgencyKind.MUNICIPALITY, AreaCode("LODI"), "", 45.40, 9.49)
    done = _booking(_at("2026-11-10", "09:00"), _at("2026-11-10", "10:00"), status=BookingStatus.DONE)
    one_leg = booking_travel_minutes(done, Mode.IN_PERSON, _mediator(), agency) // 2
    assert one_leg > 0
    assert booking_travel_minutes(done, Mode.IN_PERSON, _mediator(), agency) == 2 * one_leg
    assert booking_travel_minutes(done, Mode.PHONE, _mediator(), agency) == 0
    late = _booking(done.start, done.end, status=BookingStatus.CANCELLED, outcome=Outcome.LATE_CANCELLATION)
    assert booking_travel_minutes(late, Mode.IN_PERSON, _mediator(), agency) == 0
    open_booking = _booking(done.start, done.end)
    assert booking_travel_minutes(open_booking, Mode.IN_PERSON, _mediator(), agency) == 0
    # Travel never changes the billable minutes.
    assert billable_minutes(done, RULE) == 60
