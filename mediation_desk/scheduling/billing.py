"""Billing rules per project: billable minutes, travel reported apart, and the cost of a booking."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Protocol

from mediation_desk.scheduling.model import (
    Agency,
    Booking,
    BookingStatus,
    Mediator,
    Mode,
    Outcome,
    Project,
)
from mediation_desk.scheduling.travel import travel_minutes

SETTINGS_PREFIX = "billing."
EXTRA_KEY = "billing"  # Project.extra["billing"]: rule fields carried by an imported document
CENT = Decimal("0.01")


class BillingError(ValueError):
    """A billing rule read from settings is malformed; ``field`` names the offending key."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"{field}={value!r}")
        self.field = field
        self.value = value


class Charge(enum.StrEnum):
    """Why a booking is (or is not) billed."""

    DELIVERED = "delivered"
    LATE_CANCELLATION = "late_cancellation"
    NO_SHOW = "no_show"
    NONE = "none"  # open, cancelled in time, or a cancellation the project does not bill


@dataclass(frozen=True)
class BillingRule:
    """How one project turns bookings into billable minutes and euro."""

    round_step_min: int = 15
    min_charge_min: int = 60
    late_cancellation_bills: bool = True
    no_show_bills: bool = True
    hourly_rate: Decimal | None = None  # None: the mediator's own rate

    def __post_init__(self) -> None:
        if not isinstance(self.round_step_min, int) or self.round_step_min < 1:
            raise BillingError("round_step_min", self.round_step_min)
        if not isinstance(self.min_charge_min, int) or self.min_charge_min < 0:
            raise BillingError("min_charge_min", self.min_charge_min)
        if self.hourly_rate is not None and self.hourly_rate < 0:
            raise BillingError("hourly_rate", self.hourly_rate)

    def to_setting(self) -> dict[str, Any]:
        """The JSON value stored under ``settings_key(code)``."""
        value = asdict(self)
        value["hourly_rate"] = None if self.hourly_rate is None else str(self.hourly_rate)
        return value


def settings_key(project_code: str) -> str:
    return f"{SETTINGS_PREFIX}{project_code}"


def _decimal(field: str, value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BillingError(field, value)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise BillingError(field, value) from None
    if not amount.is_finite():
        raise BillingError(field, value)
    return amount


def _merge(rule: BillingRule, source: Mapping[str, Any]) -> BillingRule:
    changes: dict[str, Any] = {}
    for key in ("round_step_min", "min_charge_min"):
        if key in source:
            value = source[key]
            if isinstance(value, bool) or not isinstance(value, int):
                raise BillingError(key, value)
            changes[key] = value
    for key in ("late_cancellation_bills", "no_show_bills"):
        if key in source:
            if not isinstance(source[key], bool):
                raise BillingError(key, source[key])
            changes[key] = source[key]
    if "hourly_rate" in source:
        changes["hourly_rate"] = _decimal("hourly_rate", source["hourly_rate"])
    return replace(rule, **changes)


def rule_for_project(project: Project | None, setting: Mapping[str, Any] | None = None) -> BillingRule:
    """Defaults, then the project's own rate and ``extra["billing"]``, then the settings-table value."""
    rule = BillingRule()
    if project is not None:
        if project.hourly_rate is not None:
            rule = replace(rule, hourly_rate=_decimal("hourly_rate", project.hourly_rate))
        carried = project.extra.get(EXTRA_KEY)
        if isinstance(carried, Mapping):
            rule = _merge(rule, carried)
    if setting:
        rule = _merge(rule, setting)
    return rule


def elapsed_minutes(start: dt.datetime, end: dt.datetime) -> int:
    """Real elapsed minutes, started minutes counted: aware times compared in UTC, so DST days are right."""
    if start.tzinfo is not dt.UTC or end.tzinfo is not dt.UTC:  # same-zone subtraction is wall-clock
        start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    seconds = (end - start).total_seconds()
    return max(0, math.ceil(seconds / 60))


# Enum members as module constants: looking them up on the class costs more than the comparison.
_LATE, _NO_SHOW, _DELIVERED = Outcome.LATE_CANCELLATION, Outcome.NO_SHOW, Outcome.DELIVERED
_DONE = BookingStatus.DONE
_CHARGE_DELIVERED, _CHARGE_LATE, _CHARGE_NO_SHOW, _CHARGE_NONE = (
    Charge.DELIVERED, Charge.LATE_CANCELLATION, Charge.NO_SHOW, Charge.NONE)


def charge_of(booking: Booking, rule: BillingRule) -> Charge:
    return charge_for(booking.status, booking.outcome, rule)


def charge_for(status: BookingStatus, outcome: Outcome | None, rule: BillingRule) -> Charge:
    """What a booking in this state bills under ``rule`` (the one place that decides it)."""
    if outcome is None or outcome == _DELIVERED:
        return _CHARGE_DELIVERED if status == _DONE else _CHARGE_NONE
    if outcome == _LATE:
        return _CHARGE_LATE if rule.late_cancellation_bills else _CHARGE_NONE
    if outcome == _NO_SHOW:
        return _CHARGE_NO_SHOW if rule.no_show_bills else _CHARGE_NONE
    return _CHARGE_NONE


def worked_minutes(booking: Booking) -> int:
    """Minutes the intervention really lasted: actual times when recorded, else the booked ones."""
    start = booking.actual_start or booking.start
    end = booking.actual_end or booking.end
    return elapsed_minutes(start, end)


def round_charge(minutes: int, rule: BillingRule) -> int:
    """Round up to the step, then apply the minimum charge."""
    rounded = -(-minutes // rule.round_step_min) * rule.round_step_min
    return max(rounded, rule.min_charge_min)


class Adjustment(enum.StrEnum):
    """Which part of the rule made the billed minutes differ from the minutes charged for."""

    NONE = "none"
    ROUNDED = "rounded"  # rounded up to the step
    MINIMUM = "minimum"  # raised to the minimum charge


def adjustment(minutes: int, rule: BillingRule) -> Adjustment:
    """What ``round_charge`` does to ``minutes`` under ``rule``: the reason a figure is not the duration."""
    rounded = -(-minutes // rule.round_step_min) * rule.round_step_min
    if rule.min_charge_min > rounded:
        return Adjustment.MINIMUM
    return Adjustment.ROUNDED if rounded > minutes else Adjustment.NONE


def charged_for_minutes(booking: Booking, charge: Charge) -> int:
    """The minutes a charge starts from, before the step and the minimum: the time worked for a delivered
    booking, the booked duration for a billed late cancellation or no-show, 0 when nothing is billed."""
    if charge is _CHARGE_NONE:
        return 0
    if charge is _CHARGE_DELIVERED:
        return worked_minutes(booking)
    return elapsed_minutes(booking.start, booking.end)


def billable_minutes(booking: Booking, rule: BillingRule) -> int:
    """Minutes billed for ``booking``: 0 unless delivered, a billed late cancellation or a billed no-show.

    A delivered booking bills the time it really took; a late cancellation or a
    no-show bills the booked duration. Both go through the step and the minimum.
    """
    return _charged_minutes(booking, rule, charge_of(booking, rule))


def budget_minutes(booking: Booking, rule: BillingRule) -> int:
    """What ``booking`` takes from its project's hour budget: the one measure every budget figure uses.

    A confirmed booking takes what it will bill if delivered as booked (step
    and minimum charge applied); once closed or cancelled it takes what it
    bills (``billable_minutes``): the time worked, a billed late cancellation
    or no-show, or nothing.
    """
    if booking.status is BookingStatus.CONFIRMED:
        return round_charge(elapsed_minutes(booking.start, booking.end), rule)
    return billable_minutes(booking, rule)


def _charged_minutes(booking: Booking, rule: BillingRule, charge: Charge) -> int:
    if charge is _CHARGE_NONE:
        return 0
    return round_charge(charged_for_minutes(booking, charge), rule)


def booking_travel_minutes(booking: Booking, mode: Mode, mediator: Mediator, agency: Agency) -> int:
    """Round trip home -> agency -> home of an in-person visit the mediator made; never billed as hours."""
    if mode != Mode.IN_PERSON or booking.outcome == Outcome.LATE_CANCELLATION:
        return 0
    went = booking.status == BookingStatus.DONE or booking.outcome == Outcome.NO_SHOW
    if not went:
        return 0
    return 2 * _leg(mediator.lat, mediator.lon, agency.lat, agency.lon)


@functools.lru_cache(maxsize=65_536)
def _leg(lat1: float, lon1: float, lat2: float, lon2: float) -> int:
    """Travel minutes of one leg; a service has few homes and agencies, so pairs repeat all year."""
    return travel_minutes(lat1, lon1, lat2, lon2)


def hourly_rate(rule: BillingRule, mediator: Mediator | None) -> Decimal:
    """The project's rate when it has one, else the mediator's, else zero."""
    if rule.hourly_rate is not None:
        return rule.hourly_rate
    if mediator is not None and mediator.hourly_rate is not None:
        return _decimal("mediator.hourly_rate", mediator.hourly_rate) or Decimal(0)
    return Decimal(0)


@functools.lru_cache(maxsize=4096)
def cost_of_minutes(minutes: int, rate: Decimal) -> Decimal:
    """Euro for ``minutes`` at ``rate`` per hour, to the cent (few distinct pairs: cached)."""
    return (Decimal(minutes) * rate / 60).quantize(CENT, rounding=ROUND_HALF_UP)


def cost(booking: Booking, rule: BillingRule, mediator: Mediator | None) -> Decimal:
    """Euro billed for ``booking``, to the cent."""
    return cost_of_minutes(billable_minutes(booking, rule), hourly_rate(rule, mediator))


class RequestFacts(Protocol):
    """What billing reads of a booking's request (``model.Request`` has it all)."""

    @property
    def agency(self) -> str: ...
    @property
    def project(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def mode(self) -> Mode: ...
    @property
    def case(self) -> str | None: ...
    @property
    def notes(self) -> str: ...


@dataclass(slots=True)  # not frozen: a frozen init costs seconds on a year of bookings
class BillingLine:
    """One booking as finance sees it: who, where, for which project, and what it bills."""

    booking: Booking
    mediator_name: str
    agency_name: str
    agency_kind: str
    area: str
    project: str  # "" when the request has no project
    language: str
    mode: Mode
    case: str
    notes: str
    charge: Charge
    billable_min: int
    travel_min: int
    cost: Decimal


def bill(booking: Booking, request: RequestFacts, agency: Agency, mediator: Mediator, rule: BillingRule,
         rate: Decimal | None = None) -> BillingLine:
    """The billing line of ``booking`` under its project's ``rule`` (``rate``: precomputed hourly rate)."""
    mode = request.mode if type(request.mode) is Mode else Mode(request.mode)
    charge = charge_of(booking, rule)
    minutes = _charged_minutes(booking, rule, charge)
    if rate is None:
        rate = hourly_rate(rule, mediator)
    return BillingLine(
        booking, mediator.name, agency.name, str(agency.kind), agency.area, request.project or "",
        request.language, mode, request.case or "", request.notes, charge, minutes,
        booking_travel_minutes(booking, mode, mediator, agency),
        cost_of_minutes(minutes, rate) if minutes else Decimal("0.00"),
    )


def bill_all(
    bookings: Iterable[Booking],
    requests: Mapping[str, RequestFacts],
    agencies: Mapping[str, Agency],
    mediators: Mapping[str, Mediator],
    rules: Mapping[str, BillingRule],
) -> list[BillingLine]:
    """Billing lines of ``bookings``; a project without a rule of its own gets the default rule."""
    default = BillingRule()
    rates: dict[tuple[str, str], Decimal] = {}
    lines = []
    for booking in bookings:
        request = requests[booking.request]
        code = request.project or ""
        rule = rules.get(code, default)
        mediator = mediators[booking.mediator]
        rate = rates.get((code, mediator.id))
        if rate is None:
            rate = rates[(code, mediator.id)] = hourly_rate(rule, mediator)
        lines.append(bill(booking, request, agencies[request.agency], mediator, rule, rate))
    return lines
