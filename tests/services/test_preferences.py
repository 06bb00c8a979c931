"""What the agency states, through the services: preferred first with the reason, "do not send" excluded
and refused at booking, the case's statement over the agency's, hard level and skill."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from mediation_desk.scheduling.candidates import CandidateList
from mediation_desk.scheduling.model import (
    Agency,
    LanguageLevel,
    MediatorId,
    Request,
    RequestStatus,
    ServiceData,
)
from mediation_desk.scheduling.rules import ViolationCode
from mediation_desk.services import catalog, privacy, requests
from mediation_desk.services.booking import BookingRefused, book
from mediation_desk.services.candidates import candidates_for
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.preferences import case_preferences, save_case_preferences
from mediation_desk.services.requests import RequestError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StaleEditError
from mediation_desk.storage.records import search_audit
from mediation_desk.texts import i18n
from mediation_desk.texts.labels import score_reason
from mediation_desk.texts.violations import describe
from tests.factories import by_program
from tests.scenarios import DECEMBER, demo_service

NOW = DECEMBER


@pytest.fixture(autouse=True)
def _in_english() -> Iterator[None]:
    """The sentences in the source language, whatever catalogue an earlier test installed."""
    with i18n.speaking_english():
        yield


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, demo_service())
    return db


def a_request_with_choice(db: Database, at_least: int = 3) -> tuple[Request, CandidateList]:
    """A pending request with several candidates, and its candidates before any preference."""
    with db.read() as s:
        pending = [r for r in repository.list_requests(s) if r.status is RequestStatus.PENDING]
    for request in pending:
        found = candidates_for(db, request.id, NOW)
        if len(found.candidates) >= at_least:
            return request, found
    raise AssertionError("the demo service has no pending request with a choice of mediators")


def agency_of(db: Database, request: Request) -> Agency:
    with db.read() as s:
        agency = repository.get_agency(s, request.agency)
    assert agency is not None
    return agency


def state_for_agency(db: Database, request: Request, preferred: list[str], avoided: list[str]) -> None:
    agency = dataclasses.replace(agency_of(db, request),
                                 preferred_mediators=[MediatorId(m) for m in preferred],
                                 avoided_mediators=[MediatorId(m) for m in avoided])
    catalog.save_agency(db, agency, new=False, actor="anna", now=NOW)


def reasons(found: CandidateList, mediator: str) -> list[str]:
    excluded = next(e for e in found.excluded if e.mediator.id == mediator)
    return [describe(v) for v in excluded.violations]


def test_preferred_mediator_ranks_first_with_the_reason(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    last = before.candidates[-1].mediator
    state_for_agency(demo_db, request, [last.id], [])
    after = candidates_for(demo_db, request.id, NOW)
    first = after.candidates[0]
    assert first.mediator.id == last.id
    assert [score_reason(i) for i in first.items if i.name == "preferred"] == ["preferred by the agency"]
    assert [c.mediator.id for c in after.candidates[1:]] == [c.mediator.id for c in before.candidates[:-1]]


def test_avoided_mediator_is_excluded_with_the_reason_and_refused_at_booking(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    best = before.candidates[0]
    state_for_agency(demo_db, request, [], [best.mediator.id])
    after = candidates_for(demo_db, request.id, NOW)
    assert best.mediator.id not in {c.mediator.id for c in after.candidates}
    assert reasons(after, best.mediator.id) == [f"The agency asks not to send {best.mediator.name}"]
    with pytest.raises(BookingRefused) as refused:
        book(demo_db, request.id, best.mediator.id, best.starts[0], actor="anna", now=NOW,
             override_reason="the family asked for her")  # no override lets it through
    assert [v.code for v in refused.value.violations] == [ViolationCode.AVOIDED]
    with demo_db.read() as s:
        assert not [b for b in repository.bookings_for_request(s, request.id) if b.active]


def test_the_case_statement_wins_over_the_agency(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    liked, disliked = before.candidates[0].mediator, before.candidates[1].mediator
    state_for_agency(demo_db, request, [liked.id], [disliked.id])
    assert request.case
    saved = save_case_preferences(demo_db, request.case, [disliked.id], [liked.id], actor="anna", now=NOW)
    assert request.id in saved.changes.requests
    after = candidates_for(demo_db, request.id, NOW)
    assert after.candidates[0].mediator.id == disliked.id
    assert [score_reason(i) for i in after.candidates[0].items if i.name == "preferred"] == [
        "preferred for this case"]
    assert reasons(after, liked.id) == [
        f"The agency asks not to send {liked.name} for case {request.case}"]
    # the agency's other requests still follow the agency
    stored = case_preferences(demo_db, request.case)
    assert (stored.preferred_mediators, stored.avoided_mediators) == ([disliked.id], [liked.id])
    save_case_preferences(demo_db, request.case, [], [], actor="anna", now=NOW, read_version=stored.version)
    assert case_preferences(demo_db, request.case).version == 0  # nothing stated: nothing kept
    assert candidates_for(demo_db, request.id, NOW).candidates[0].mediator.id == liked.id


def test_stated_mediators_must_exist_and_not_be_in_both_lists(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    someone = before.candidates[0].mediator.id
    with pytest.raises(CatalogError) as both:
        state_for_agency(demo_db, request, [someone], [someone])
    assert both.value.code == "preferred_and_avoided"
    with pytest.raises(CatalogError) as unknown:
        save_case_preferences(demo_db, "C-X", [MediatorId("M-NOBODY")], [], actor="anna", now=NOW)
    assert unknown.value.code == "unknown_mediator"
    assert agency_of(demo_db, request).preferred_mediators == []


def test_a_mediator_named_by_an_agency_cannot_be_deleted(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    mediator = before.candidates[0].mediator.id
    state_for_agency(demo_db, request, [], [mediator])
    with demo_db.read() as s:
        users = repository.get_mediator(s, mediator)
    assert users is not None
    with pytest.raises(Exception, match="agency preferences"), demo_db.write() as s:
        repository.delete_mediator(s, mediator)


def _update(db: Database, request: Request, **fields: Any) -> Request:
    with db.read() as s:
        stored = repository.get_request(s, request.id)
    assert stored is not None
    return requests.update_request(db, dataclasses.replace(stored, **fields), actor="anna", now=NOW).value


def _levels(data: ServiceData, found: CandidateList, request: Request) -> list[LanguageLevel]:
    levels = [c.mediator.level_of(request.language) for c in found.candidates]
    return [lv for lv in levels if lv is not None]


def test_a_required_level_excludes_those_below_it(demo_db: Database) -> None:
    with demo_db.read() as s:
        data = repository.load_service(s)
    for request in (r for r in data.requests if r.status is RequestStatus.PENDING):
        found = candidates_for(demo_db, request.id, NOW)
        if {c.mediator.level_of(request.language) for c in found.candidates} >= {LanguageLevel.NATIVE,
                                                                                   LanguageLevel.FLUENT}:
            break
    else:
        pytest.skip("no pending request with both native and fluent candidates")
    soft = candidates_for(demo_db, _update(demo_db, request, min_level=LanguageLevel.NATIVE).id, NOW)
    below = [c for c in soft.candidates if c.mediator.level_of(request.language) is not LanguageLevel.NATIVE]
    assert below and all(any(i.name == "below_level" for i in c.items) for c in below)
    hard = candidates_for(demo_db, _update(demo_db, request, level_required=True).id, NOW)
    assert set(_levels(data, hard, request)) == {LanguageLevel.NATIVE}
    dropped = {c.mediator.id for c in below}
    for excluded in (e for e in hard.excluded if e.mediator.id in dropped):
        assert [v.code for v in excluded.violations] == [ViolationCode.LEVEL_TOO_LOW]
        assert describe(excluded.violations[0]).endswith("the request requires Native")
    fluent = below[0]
    with pytest.raises(BookingRefused):
        book(demo_db, request.id, fluent.mediator.id, fluent.starts[0], actor="anna", now=NOW)


def test_a_required_skill_excludes_those_without_it(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    skilled = {c.mediator.id for c in before.candidates if "legal" in c.mediator.skills}
    hard = candidates_for(demo_db, _update(demo_db, request, skill="legal", skill_required=True).id, NOW)
    assert {c.mediator.id for c in hard.candidates} == skilled
    unskilled = [e for e in hard.excluded if e.mediator.id in {c.mediator.id for c in before.candidates}]
    assert unskilled
    assert all([v.code for v in e.violations] == [ViolationCode.SKILL_MISSING] for e in unskilled)
    assert describe(unskilled[0].violations[0]) == "Lacks the required skill: Legal"


def test_a_requirement_needs_its_value(demo_db: Database) -> None:
    request, _ = a_request_with_choice(demo_db)
    with pytest.raises(RequestError) as level:
        _update(demo_db, request, min_level=None, level_required=True)
    assert level.value.code == "required_level_missing"
    with pytest.raises(RequestError) as skill:
        _update(demo_db, request, skill=None, skill_required=True)
    assert skill.value.code == "required_skill_missing"


def test_a_case_statement_is_exported_and_erased_with_the_case(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    assert request.case
    avoided = before.candidates[0].mediator.id
    save_case_preferences(demo_db, request.case, [], [avoided], actor="anna", now=NOW)
    document = privacy.case_document(demo_db, request.case)
    assert document["preferences"] == {"preferred_mediators": [], "avoided_mediators": [avoided]}
    privacy.erase_case(demo_db, request.case, actor="admin", now=NOW)
    assert case_preferences(demo_db, request.case).avoided_mediators == []
    with demo_db.read() as s:
        assert repository.list_case_preferences(s) == []


def test_a_case_statement_is_audited_and_kept_by_version(demo_db: Database) -> None:
    request, before = a_request_with_choice(demo_db)
    assert request.case
    first = save_case_preferences(demo_db, request.case, [before.candidates[0].mediator.id], [],
                                  actor="anna", now=NOW).value
    again = save_case_preferences(demo_db, request.case, [], [before.candidates[0].mediator.id],
                                  actor="bruno", now=NOW + dt.timedelta(minutes=1),
                                  read_version=first.version)
    assert again.value.version > first.version
    with pytest.raises(StaleEditError):
        save_case_preferences(demo_db, request.case, [], [], actor="carla", now=NOW,
                              read_version=first.version)
    with demo_db.read() as s:
        lines = [e for e in search_audit(s, entity_id=request.case) if e.entity == "case_preferences"]
    avoided = [line.details.get("avoided") for line in by_program(lines)]
    assert avoided == [[], [before.candidates[0].mediator.id]]
