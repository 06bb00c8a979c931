"""Invalid scenario documents are refused with every problem and its JSON path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.io.scenario import Problem, ScenarioError, decode_scenario

Doc = dict[str, Any]


@pytest.fixture
def small(demo_scenario: Callable[..., Path]) -> Doc:
    return json.loads(demo_scenario().read_bytes())  # type: ignore[no-any-return]


def problems_of(doc: Any) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        decode_scenario(doc)
    return caught.value.problems


def set_path(doc: Doc, path: str, value: Any) -> None:
    """Assign at a dotted path like ``requests.12.windows.0.end``."""
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def drop(doc: Doc, path: str) -> None:
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    del node[last]


def put(path: str, value: Any) -> Callable[[Doc], None]:
    return lambda doc: set_path(doc, path, value)


def rm(path: str) -> Callable[[Doc], None]:
    return lambda doc: drop(doc, path)


CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    ("format tag", put("format", "mediation-desk/2"), "$.format", "expected 'mediation-desk/1'"),
    ("unknown zone", put("timezone", "Europe/Atlantis"), "$.timezone", "unknown time zone"),
    ("missing list", rm("agencies"), "$.agencies", "missing required field"),
    ("list of scalars", put("areas.1", "LODI"), "$.areas[1]", "expected an object"),
    ("missing field", rm("mediators.3.name"), "$.mediators[3].name", "missing required field"),
    ("wrong type", put("agencies.2.lat", "45.3"), "$.agencies[2].lat", "expected a number"),
    ("out of range", put("areas.0.lat", 145.0), "$.areas[0].lat", "out of range"),
    ("not whole", put("requests.7.duration_min", 60.5), "$.requests[7].duration_min",
     "whole number"),
    ("boolean as number", put("mediators.0.max_minutes_per_week", True),
     "$.mediators[0].max_minutes_per_week", "found a boolean"),
    ("unknown enum", put("requests.4.mode", "fax"), "$.requests[4].mode", "unknown value 'fax'"),
    ("unknown level", put("mediators.1.languages.0.level", "basic"),
     "$.mediators[1].languages[0].level", "unknown value 'basic'"),
    ("unknown kind", put("agencies.0.kind", "church"), "$.agencies[0].kind", "unknown value"),
    ("unknown day", put("mediators.2.availability.0.day", "LU"),
     "$.mediators[2].availability[0].day", "unknown day 'LU'"),
    ("gender", put("mediators.5.gender", "X"), "$.mediators[5].gender", "unknown value 'X'"),
    ("unknown agency", put("requests.3.agency", "A999"), "$.requests[3].agency",
     "unknown agency 'A999'"),
    ("unknown language", put("requests.3.language", "xx"), "$.requests[3].language",
     "unknown language 'xx'"),
    ("unknown project", put("requests.3.project", "NOPE"), "$.requests[3].project",
     "unknown project"),
    ("unknown area", put("mediators.0.areas.0", "ATLANTIDE"), "$.mediators[0].areas[0]",
     "unknown area"),
    ("unknown mediator", put("bookings.0.mediator", "M999"), "$.bookings[0].mediator",
     "unknown mediator 'M999'"),
    ("unknown request", put("bookings.0.request", "R99999"), "$.bookings[0].request",
     "unknown request"),
    ("duplicate id", put("mediators.6.id", "M001"), "$.mediators[6].id",
     "duplicate id 'M001' (first at $.mediators[0])"),
    ("duplicate language", put("languages.1.code", "AR"), "$.languages[1].code", "duplicate"),
    ("window end before start", put("requests.12.windows.0.end", "2020-01-01T08:00:00+01:00"),
     "$.requests[12].windows[0].end", "must be after start"),
    ("window too short", put("requests.100.duration_min", 600), "$.requests[100].windows[0]",
     "shorter than duration_min 600"),
    ("no window", put("requests.100.windows", []), "$.requests[100].windows",
     "at least one window"),
    ("naive instant", put("bookings.1.start", "2026-11-02T10:00:00"), "$.bookings[1].start",
     "with a UTC offset"),
    ("malformed instant", put("bookings.1.end", "domani"), "$.bookings[1].end",
     "not an ISO 8601"),
    ("malformed HH:MM", put("mediators.0.availability.0.end", "25:00"),
     "$.mediators[0].availability[0].end", "not a time HH:MM"),
    ("off quarter hour", put("mediators.0.availability.0.start", "09:10"),
     "$.mediators[0].availability[0].start", "not on a quarter hour"),
    ("availability reversed", put("mediators.0.availability.0.end", "07:00"),
     "$.mediators[0].availability[0].end", "must be after start"),
    ("dates out of order", put("projects.1.end", "2020-01-01"), "$.projects[1].end",
     "ends (2020-01-01) before it starts"),
    ("malformed date", put("projects.1.start", "01/01/2025"), "$.projects[1].start",
     "not a date YYYY-MM-DD"),
]


@pytest.mark.parametrize(("mutate", "path", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_fault_is_reported_with_its_path(small: Doc, mutate: Callable[[Doc], None], path: str,
                                              message: str) -> None:
    doc = copy.deepcopy(small)
    mutate(doc)
    found = problems_of(doc)
    assert any(p.path == path and message in p.message for p in found), found


def test_every_problem_is_listed_at_once(small: Doc) -> None:
    doc = copy.deepcopy(small)
    for _, mutate, _, _ in CASES[3:12]:
        mutate(doc)
    paths = {p.path for p in problems_of(doc)}
    assert {path for _, _, path, _ in CASES[3:12]} <= paths


@pytest.mark.parametrize(("raw", "message"), [
    (b'{"format": "mediation-desk/1",', "not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object, found an array"),
])
def test_unreadable_documents_are_refused_at_the_root(raw: bytes, message: str) -> None:
    [problem] = problems_of(raw)
    assert problem.path == "$" and message in problem.message


def test_problem_lines_read_path_colon_message(small: Doc) -> None:
    doc = copy.deepcopy(small)
    drop(doc, "timezone")
    with pytest.raises(ScenarioError) as caught:
        decode_scenario(doc)
    assert str(caught.value) == "$.timezone: missing required field"


def _confirmed(doc: Doc) -> list[int]:
    return [i for i, b in enumerate(doc["bookings"]) if b["status"] == "confirmed"]


def test_confirmed_booking_breaking_a_rule_is_refused(small: Doc) -> None:
    doc = copy.deepcopy(small)
    first, second = _confirmed(doc)[:2]
    doc["bookings"][second]["mediator"] = doc["bookings"][first]["mediator"]
    doc["bookings"][second]["start"] = doc["bookings"][first]["start"]
    found = problems_of(doc)
    assert any(p.path == f"$.bookings[{second}]" and "breaks rule" in p.message for p in found), found


def test_history_bookings_are_not_judged_by_the_rules(small: Doc) -> None:
    doc = copy.deepcopy(small)
    done = next(i for i, b in enumerate(doc["bookings"]) if b["status"] == "done")
    doc["bookings"][done]["start"] = "2020-01-05T03:00:00+01:00"  # a Sunday night, before every project
    doc["bookings"][done]["end"] = "2020-01-05T03:17:00+01:00"
    assert decode_scenario(doc).bookings[done].duration_min == 17


def test_overlapping_bookings_are_refused_even_in_the_history(small: Doc) -> None:
    doc = copy.deepcopy(small)
    done = [i for i, b in enumerate(doc["bookings"]) if b["status"] == "done"]
    first, second = doc["bookings"][done[0]], doc["bookings"][done[1]]
    second.update(mediator=first["mediator"], start=first["start"], end=first["end"])
    found = problems_of(doc)
    expected = f"$.bookings[{done[1]}]: overlaps booking {first['id']!r} of the same mediator"
    assert [str(p) for p in found] == [expected]


def test_a_cancelled_booking_may_overlap(small: Doc) -> None:
    doc = copy.deepcopy(small)
    done = [i for i, b in enumerate(doc["bookings"]) if b["status"] == "done"]
    first, second = doc["bookings"][done[0]], doc["bookings"][done[1]]
    second.update(mediator=first["mediator"], start=first["start"], end=first["end"], status="cancelled")
    assert decode_scenario(doc).bookings[done[1]].active is False


def test_budget_override_allows_going_past_the_hour_budget(small: Doc) -> None:
    doc = copy.deepcopy(small)
    index = _confirmed(doc)[0]
    project = doc["requests"][int(doc["bookings"][index]["request"][1:]) - 1]["project"]
    for p in doc["projects"]:
        if p["code"] == project:
            p["hour_budget"] = 1.0
    # the done bookings alone exceed the budget now; only confirmed bookings of this project are refused
    refused = {p.path for p in problems_of(copy.deepcopy(doc)) if "rule 8" in p.message}
    assert f"$.bookings[{index}]" in refused
    for i in _confirmed(doc):
        doc["bookings"][i]["budget_override"] = "autorizzato dal coordinamento"
    assert decode_scenario(doc).bookings[index].budget_override


def test_rule_problems_read_as_sentences(small: Doc) -> None:
    doc = copy.deepcopy(small)
    first, second = _confirmed(doc)[:2]
    doc["bookings"][second]["request"] = doc["bookings"][first]["request"]
    messages = [p.message for p in problems_of(doc) if p.path == f"$.bookings[{second}]"]
    request, other = doc["bookings"][first]["request"], doc["bookings"][first]["id"]
    expected = f"request {request} already has booking {other}"
    assert f"confirmed booking breaks rule 9 (already_booked): {expected}" in messages
