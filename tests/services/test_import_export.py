"""Import and export services on real databases: exact round trips, refusals that change nothing."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.io.scenario import ScenarioError, encode_scenario
from mediation_desk.services.import_export import ServiceNotEmptyError, export_scenario, import_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.scenarios import DECEMBER, DST

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


Bench = Callable[..., Path]


def load(path: Path) -> Any:
    return json.loads(path.read_bytes())


def files_digest(db: Database) -> str:
    """Hash of the SQLite file and its write-ahead log: what 'byte-for-byte unchanged' means."""
    assert db.sqlite_path is not None
    digest = hashlib.sha256()
    for path in (db.sqlite_path, Path(f"{db.sqlite_path}-wal")):
        digest.update(path.read_bytes() if path.exists() else b"<none>")
    return digest.hexdigest()


@pytest.mark.parametrize("dst", [False, True], ids=["december", "dst"])
def test_import_then_export_gives_the_same_document(db: Database, demo_scenario: Bench, tmp_path: Path,
                                                    dst: bool) -> None:
    source = demo_scenario(DST if dst else DECEMBER)
    result = import_scenario(db, source, actor="tester", now=NOW)
    assert result.counts["mediators"] == 40 and not result.replaced
    target = tmp_path / "out.json"
    export_scenario(db, target)
    assert load(target) == load(source)


def test_import_is_audited(sqlite_db: Database, demo_scenario: Bench) -> None:
    source = demo_scenario()
    import_scenario(sqlite_db, source, actor="laura", now=NOW)
    with sqlite_db.read() as s:
        [entry] = repository.list_audit(s, entity="service")
    assert (entry.actor, entry.action, entry.details["source"]) == ("laura", "import", source.name)


def test_invalid_document_leaves_the_database_byte_for_byte_unchanged(sqlite_db: Database,
                                                                      demo_scenario: Bench) -> None:
    import_scenario(sqlite_db, demo_scenario(), actor="t", now=NOW)
    doc: dict[str, Any] = load(demo_scenario(DST))
    doc["requests"][3]["agency"] = "A999"
    doc["bookings"][0]["end"] = doc["bookings"][0]["start"]
    before = files_digest(sqlite_db)
    with pytest.raises(ScenarioError) as caught:
        import_scenario(sqlite_db, json.dumps(doc).encode(), actor="t", now=NOW, replace=True)
    assert [p.path for p in caught.value.problems] == ["$.bookings[0].end", "$.requests[3].agency"]
    assert files_digest(sqlite_db) == before


def test_non_empty_database_is_refused_unless_replacing(sqlite_db: Database, demo_scenario: Bench) -> None:
    import_scenario(sqlite_db, demo_scenario(), actor="t", now=NOW)
    other = demo_scenario(DST)
    before = files_digest(sqlite_db)
    with pytest.raises(ServiceNotEmptyError):
        import_scenario(sqlite_db, other, actor="t", now=NOW)
    assert files_digest(sqlite_db) == before
    assert import_scenario(sqlite_db, other, actor="t", now=NOW, replace=True).replaced
    with sqlite_db.read() as s:
        assert encode_scenario(repository.load_service(s)) == load(other)


def test_export_replaces_the_target_atomically(sqlite_db: Database, demo_scenario: Bench,
                                               tmp_path: Path) -> None:
    source = demo_scenario()
    import_scenario(sqlite_db, source, actor="t", now=NOW)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "service.json"
    target.write_text("old content", encoding="utf-8")
    export_scenario(sqlite_db, target)
    assert load(target) == load(source)
    assert [p.name for p in folder.iterdir()] == ["service.json"]


def test_failed_export_leaves_no_temporary_file(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "a-folder.json"
    target.mkdir()
    with pytest.raises(OSError):
        export_scenario(sqlite_db, target)
    assert [p.name for p in folder.iterdir()] == ["a-folder.json"]
    with pytest.raises(FileNotFoundError):
        export_scenario(sqlite_db, tmp_path / "missing" / "x.json")


def test_empty_database_exports_an_importable_empty_service(sqlite_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "empty.json"
    export_scenario(sqlite_db, target)
    doc = load(target)
    assert doc["format"] == "mediation-desk/1" and doc["mediators"] == []
    other = copy.deepcopy(doc)
    assert import_scenario(sqlite_db, json.dumps(other).encode(), actor="t", now=NOW).counts["bookings"] == 0
