"""The right fund for each request as pure rules: eligibility, the proposal, the waiting order, the offers."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.scheduling.funding import (
    Ineligible,
    fund_options,
    funding_offers,
    ineligibility,
    need_minutes,
    propose,
    waiting_list,
)
from mediation_desk.scheduling.model import (
    AgencyId,
    AgencyKind,
    AreaCode,
    LanguageCode,
    Priority,
    Project,
    ProjectCode,
)
from tests.scheduling.tiny_service import CREMA, LODI, NOW, ROME, at, request, service

AGENCIES = {a.id: a for a in service().agencies}
A1 = AGENCIES[AgencyId("A1")]  # Comune di Lodi: municipality, LODI


def project(code: str, end: dt.date = dt.date(2026, 12, 31), hours: float = 100.0,
            **changes: object) -> Project:
    p = Project(ProjectCode(code), f"Progetto {code}", "FAMI", dt.date(2026, 1, 1), end, hours)
    for key, value in changes.items():
        setattr(p, key, value)
    return p


def codes(reasons: list) -> set[Ineligible]:  # type: ignore[type-arg]
    return {r.code for r in reasons}


def test_a_project_with_no_lists_funds_every_request_within_its_dates() -> None:
    assert ineligibility(project("P"), request("R1"), A1, ROME) == []


def test_each_eligibility_rule_gives_its_reason() -> None:
    r = request("R1")  # Arabic, at the Comune di Lodi, 7 December 2026
    assert codes(ineligibility(project("P", areas=[CREMA]), r, A1, ROME)) == {Ineligible.AREA}
    assert codes(ineligibility(project("P", agency_kinds=[AgencyKind.SCHOOL]), r, A1, ROME)) == {
        Ineligible.AGENCY_KIND}
    assert codes(ineligibility(project("P", languages=[LanguageCode("ti")]), r, A1, ROME)) == {
        Ineligible.LANGUAGE}
    assert codes(ineligibility(project("P", end=dt.date(2026, 12, 6)), r, A1, ROME)) == {Ineligible.DATES}
    everything = project("P", areas=[CREMA], agency_kinds=[AgencyKind.SCHOOL], languages=[LanguageCode("ti")],
                         end=dt.date(2026, 11, 30))
    assert codes(ineligibility(everything, r, A1, ROME)) == set(Ineligible)


def test_the_language_list_is_compared_without_case_and_the_last_day_is_included() -> None:
    r = request("R1", day="2026-12-31", start="22:00", end="23:30")
    assert ineligibility(project("P", languages=[LanguageCode("AR")], areas=[LODI]), r, A1, ROME) == []


def test_a_window_must_hold_the_whole_intervention_within_the_dates() -> None:
    # 90 minutes asked; the window runs 23:00-01:00 over the project's last midnight: only 60 inside
    r = request("R1", day="2026-12-31", start="23:00")
    r.windows[0].end = at("2027-01-01", "01:00")
    assert codes(ineligibility(project("P"), r, A1, ROME)) == {Ineligible.DATES}


def test_the_proposal_is_the_eligible_project_with_the_hours_that_ends_soonest() -> None:
    r = request("R1")  # 90 minutes
    projects = [project("LATE", end=dt.date(2027, 6, 30)), project("SOON"),
                project("SOONEST", end=dt.date(2026, 12, 15)),
                project("OTHERAREA", end=dt.date(2026, 12, 10), areas=[AreaCode("CREMA")])]
    rules = {p.code: BillingRule() for p in projects}
    left = {ProjectCode("SOONEST"): 60.0, ProjectCode("SOON"): 600.0, ProjectCode("LATE"): 6000.0}
    options = fund_options(r, A1, projects, left_min=left, reserved_min={}, rules=rules, tz=ROME)
    chosen = propose(options)
    assert chosen is not None and chosen.project.code == "SOON"  # SOONEST: 1 h left; OTHERAREA: not eligible
    assert [o.project.code for o in options] == ["SOON", "LATE", "SOONEST", "OTHERAREA"]
    assert not options[2].fits and options[2].eligible and not options[3].eligible


def test_hours_already_promised_to_pending_requests_are_not_offered_again() -> None:
    r = request("R1")
    projects = [project("P")]
    rules = {ProjectCode("P"): BillingRule()}
    options = fund_options(r, A1, projects, left_min={ProjectCode("P"): 120.0},
                           reserved_min={ProjectCode("P"): 60.0}, rules=rules, tz=ROME)
    assert options[0].free_min == 60.0 and propose(options) is None


def test_the_need_is_the_billed_measure_with_step_and_minimum_charge() -> None:
    rule = BillingRule(round_step_min=60, min_charge_min=120)
    assert need_minutes(request("R1", duration_min=90), rule) == 120
    assert need_minutes(request("R1", duration_min=150), rule) == 180


def waiting(rid: str, priority: Priority, received_hour: int, **changes: object):  # type: ignore[no-untyped-def]
    return request(rid, project=None, waiting_funds=True, priority=priority,
                   received_at=dt.datetime(2026, 11, 20, received_hour, tzinfo=dt.UTC),
                   **changes)  # type: ignore[arg-type]


def test_the_waiting_list_is_by_urgency_then_arrival() -> None:
    found = waiting_list([
        waiting("R1", Priority.NORMAL, 8), waiting("R2", Priority.URGENT, 12),
        waiting("R3", Priority.NORMAL, 7),
        waiting("R4", Priority.HIGH, 9), request("R5", project=None),  # not waiting: not listed
    ])
    assert [r.id for r in found] == ["R2", "R4", "R3", "R1"]


def test_offers_take_waiting_requests_in_order_while_the_free_hours_hold_them() -> None:
    queue = [waiting("R1", Priority.NORMAL, 8), waiting("R2", Priority.URGENT, 9, duration_min=180),
             waiting("R3", Priority.NORMAL, 9), waiting("R4", Priority.NORMAL, 10),
             waiting("R5", Priority.URGENT, 7, language=LanguageCode("ti")),  # not funded by P
             waiting("R6", Priority.URGENT, 6, day="2026-11-20")]  # its day is over
    p = project("P", languages=[LanguageCode("ar")])
    rules = {p.code: BillingRule()}

    def offered(free: float) -> list[str]:
        offers = funding_offers(queue, AGENCIES, [p], left_min={p.code: free}, reserved_min={}, rules=rules,
                                tz=ROME, now=NOW)
        return [r.id for offer in offers for r in offer.requests]

    assert offered(300.0) == ["R2", "R1"]  # urgent first; R3 would need 360
    assert offered(360.0) == ["R2", "R1", "R3"]
    assert offered(120.0) == ["R1"]  # R2 does not fit and is passed over, R1 does
    assert offered(60.0) == []


def test_no_offer_without_free_hours() -> None:
    p = project("P")
    offers = funding_offers([waiting("R1", Priority.NORMAL, 8)], AGENCIES, [p], left_min={p.code: 200.0},
                            reserved_min={p.code: 150.0}, rules={p.code: BillingRule()}, tz=ROME, now=NOW)
    assert offers == []
