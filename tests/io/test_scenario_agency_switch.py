"""The per-agency mail switch in the scenario format: an own field, written only when off, lossless."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.io.scenario import decode_scenario, encode_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database


def test_the_switch_off_round_trips_through_the_file_and_the_database(
    demo_scenario: Callable[..., Path], db: Database
) -> None:
    doc: dict[str, Any] = json.loads(demo_scenario().read_bytes())
    assert all("notify_by_mail" not in agency for agency in doc["agencies"])  # on: not written
    doc["agencies"][0]["notify_by_mail"] = False
    doc["agencies"][1]["notify_by_mail"] = "no"  # not ours: kept as it came, the switch stays on
    data = decode_scenario(copy.deepcopy(doc))
    assert [a.notify_by_mail for a in data.agencies[:3]] == [False, True, True]
    assert data.agencies[1].extra["notify_by_mail"] == "no"
    assert encode_scenario(data) == doc
    with db.write() as s:
        repository.replace_service(s, data)
    with db.read() as s:
        loaded = repository.load_service(s)
    assert [a.notify_by_mail for a in loaded.agencies[:3]] == [False, True, True]
    assert encode_scenario(loaded) == doc
