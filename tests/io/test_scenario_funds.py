"""A project's eligibility and a request's place on the waiting list survive export and import."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from mediation_desk.io.scenario import decode_scenario, encode_scenario
from mediation_desk.scheduling.model import AgencyKind
from mediation_desk.services import import_export
from mediation_desk.storage.db import Database
from tests.io.test_scenario import Bench, load


def test_eligibility_and_waiting_map_to_the_model_and_back(demo_scenario: Bench) -> None:
    doc: dict[str, Any] = load(demo_scenario())
    doc["projects"][0].update({"agency_kinds": ["school", "health"], "languages": ["ar", "ti"]})
    pending = next(r for r in doc["requests"] if r["status"] == "pending")
    pending.update({"project": None, "waiting_funds": True})
    data = decode_scenario(copy.deepcopy(doc))
    project = data.projects[0]
    assert project.agency_kinds == [AgencyKind.SCHOOL, AgencyKind.HEALTH]
    assert project.languages == ["ar", "ti"]
    assert "agency_kinds" not in project.extra
    assert next(r for r in data.requests if r.id == pending["id"]).waiting_funds is True
    assert encode_scenario(data) == doc


def test_malformed_eligibility_stays_as_it_was(demo_scenario: Bench) -> None:
    doc: dict[str, Any] = load(demo_scenario())
    doc["projects"][0].update({"agency_kinds": ["castle"], "languages": "ar"})
    data = decode_scenario(copy.deepcopy(doc))
    assert data.projects[0].agency_kinds == [] and data.projects[0].extra["agency_kinds"] == ["castle"]
    assert encode_scenario(data) == doc


def test_the_stored_service_exports_what_was_imported(
    db: Database, demo_scenario: Bench, tmp_path: Path
) -> None:
    doc: dict[str, Any] = load(demo_scenario())
    doc["projects"][0].update({"agency_kinds": ["municipality"], "languages": ["ar"]})
    pending = next(r for r in doc["requests"] if r["status"] == "pending")
    pending.update({"project": None, "waiting_funds": True})
    import_export.import_scenario(db, json.dumps(doc).encode(), actor="test", now=dt.datetime.now(dt.UTC),
                                  replace=True)
    out = tmp_path / "out.json"
    import_export.export_scenario(db, out)
    again = load(out)
    assert again["projects"][0]["agency_kinds"] == ["municipality"]
    assert again["projects"][0]["languages"] == ["ar"]
    assert next(r for r in again["requests"] if r["id"] == pending["id"])["waiting_funds"] is True
