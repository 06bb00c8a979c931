"""What agencies state travels losslessly in a scenario: through the codec, through the database,
and through a plan whose export the shared benchmark's score.py accepts."""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from mediation_desk.io.scenario import decode_scenario, encode_scenario
from mediation_desk.scheduling.model import LanguageLevel
from mediation_desk.services.import_export import export_scenario, import_scenario
from mediation_desk.services.planning import plan_range
from mediation_desk.storage.db import Database
from tests.bench import require_bench
from tests.scenarios import DECEMBER, demo_document

Doc = dict[str, Any]


def with_preferences(doc: Doc) -> Doc:
    """The demo document with preferences on two agencies, one case, and hard requirements on requests."""
    doc = copy.deepcopy(doc)
    mediators = [m["id"] for m in doc["mediators"]]
    doc["agencies"][0]["preferred_mediators"] = mediators[:2]
    doc["agencies"][0]["avoided_mediators"] = [mediators[2]]
    doc["agencies"][1]["avoided_mediators"] = [mediators[0]]
    pending = [r for r in doc["requests"] if r["status"] == "pending"]
    pending[0].update({"min_level": "native", "level_required": True})
    pending[1].update({"min_level": "fluent"})
    pending[2].update({"skill": "health", "skill_required": True})
    doc["case_preferences"] = [{"case": pending[3]["case"], "preferred_mediators": [mediators[3]],
                                "avoided_mediators": [mediators[4]], "note": "dal colloquio del 2/12"}]
    return doc


def test_preferences_map_to_the_model_and_back() -> None:
    doc = with_preferences(demo_document())
    data = decode_scenario(copy.deepcopy(doc))
    agency = data.agencies[0]
    assert (agency.preferred_mediators, agency.avoided_mediators) == (
        doc["agencies"][0]["preferred_mediators"], doc["agencies"][0]["avoided_mediators"])
    assert agency.extra.keys().isdisjoint({"preferred_mediators", "avoided_mediators"})
    native = next(r for r in data.requests if r.level_required)
    assert native.min_level is LanguageLevel.NATIVE
    assert any(r.skill_required and r.skill == "health" for r in data.requests)
    [case] = data.cases
    assert case.extra == {"note": "dal colloquio del 2/12"} and len(case.avoided_mediators) == 1
    assert "case_preferences" not in data.extra
    assert encode_scenario(data) == doc


def test_malformed_preferences_stay_unknown_fields() -> None:
    doc = copy.deepcopy(demo_document())
    doc["agencies"][0]["preferred_mediators"] = "M001, M002"
    doc["agencies"][1]["avoided_mediators"] = ["M001", "M001"]
    doc["requests"][0]["level_required"] = "yes"
    doc["case_preferences"] = [{"case": "", "preferred_mediators": []}]
    data = decode_scenario(copy.deepcopy(doc))
    assert data.agencies[0].preferred_mediators == [] and data.agencies[1].avoided_mediators == []
    assert data.requests[0].level_required is False and data.cases == []
    assert data.extra["case_preferences"] == doc["case_preferences"]
    assert encode_scenario(data) == doc


def test_preferences_survive_the_database_and_a_plan_scored_by_the_benchmark(
    db: Database, tmp_path: Path
) -> None:
    before_doc = with_preferences(demo_document())
    before = tmp_path / "before.json"
    before.write_text(json.dumps(before_doc), encoding="utf-8")
    import_scenario(db, before, actor="tester", now=DECEMBER)
    same = tmp_path / "same.json"
    export_scenario(db, same)
    assert json.loads(same.read_bytes()) == before_doc
    plan_range(db, dt.date(2026, 12, 3), dt.date(2026, 12, 20), time_limit=10, actor="tester", now=DECEMBER)
    after = tmp_path / "after.json"
    export_scenario(db, after)
    done = subprocess.run([sys.executable, str(require_bench() / "score.py"), str(before), str(after)],
                          capture_output=True, text=True, timeout=300)
    figures = dict(item.split("=", 1) for item in done.stdout.strip().splitlines()[-1].split())
    assert figures["valid"] == "true", done.stdout
    assert "extra field" not in done.stdout + done.stderr  # nothing of ours dropped or changed
    after_doc = json.loads(after.read_bytes())
    assert after_doc["case_preferences"] == before_doc["case_preferences"]
    requests = {r["id"]: r for r in after_doc["requests"]}
    avoided = {a["id"]: set(a.get("avoided_mediators", [])) for a in after_doc["agencies"]}
    new = [b for b in after_doc["bookings"] if b["id"] not in {x["id"] for x in before_doc["bookings"]}]
    assert new
    assert all(b["mediator"] not in avoided[requests[b["request"]]["agency"]] for b in new)
