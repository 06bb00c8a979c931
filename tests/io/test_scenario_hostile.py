"""Hostile and broken scenario documents: each refused with its path, no traceback, the database unchanged."""

from __future__ import annotations

import copy
import hashlib
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_desk.cli.main import main
from mediation_desk.io.scenario import ScenarioError, decode_scenario
from mediation_desk.services.import_export import import_scenario
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

Doc = dict[str, Any]
NOW_TEXT = "2026-11-23T09:00:00+00:00"


@pytest.fixture(scope="module")
def small_doc(demo_scenario: Callable[..., Path]) -> Doc:
    """A whole valid service (the demo generator's), the base every hostile change is made on."""
    doc: Doc = json.loads(demo_scenario().read_bytes())
    return doc


def _with(doc: Doc, path: tuple[Any, ...], value: Any) -> bytes:
    changed = copy.deepcopy(doc)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(changed, allow_nan=True).encode()  # escapes: "\\ud800" as a file would carry it


HOSTILE: list[tuple[str, Callable[[Doc], bytes], str, str]] = [
    ("weekly cap of 10^30", lambda d: _with(d, ("mediators", 0, "max_minutes_per_week"), 10**30),
     "$.mediators[0].max_minutes_per_week", "at most 10080"),
    ("weekly cap over 2^31", lambda d: _with(d, ("mediators", 0, "max_minutes_per_week"), 2**31 + 7),
     "$.mediators[0].max_minutes_per_week", "at most 10080"),
    ("duration over 2^31", lambda d: _with(d, ("requests", 0, "duration_min"), 2**40),
     "$.requests[0].duration_min", "at most"),
    ("NaN", lambda d: _with(d, ("mediators", 0, "max_minutes_per_week"), math.nan),
     "$.mediators[0].max_minutes_per_week", "found NaN"),
    ("Infinity", lambda d: _with(d, ("projects", 0, "hour_budget"), math.inf),
     "$.projects[0].hour_budget", "found an infinite number"),
    ("huge integer", lambda d: _with(d, ("mediators", 0, "lat"), 10**400),
     "$.mediators[0].lat", "far too large"),
    ("budget of 10^30 hours", lambda d: _with(d, ("projects", 0, "hour_budget"), 1e30),
     "$.projects[0].hour_budget", "out of range"),
    ("lone surrogate", lambda d: _with(d, ("mediators", 0, "name"), "Amina \ud800"),
     "$.mediators[0].name", "surrogate"),
    ("NUL character", lambda d: _with(d, ("agencies", 0, "name"), "Comune\x00di Lodi"),
     "$.agencies[0].name", "NUL"),
    ("NUL in an unknown field", lambda d: _with(d, ("agencies", 0, "note_interne"), "a\x00b"),
     "$.agencies[0].note_interne", "NUL"),
    ("line break in a name", lambda d: _with(d, ("mediators", 0, "name"), "Amina\nBcc: x@example.org"),
     "$.mediators[0].name", "one line"),
    ("line break in an e-mail", lambda d: _with(d, ("mediators", 0, "email"), "a@example.org\r\nX: y"),
     "$.mediators[0].email", "one line"),
    ("path in an id", lambda d: _with(d, ("mediators", 0, "id"), "../../etc"),
     "$.mediators[0].id", "an id is"),
    ("deep nesting", lambda d: b'{"format": "mediation-desk/1", "areas": ' + b"[" * 100_000 + b"]" * 100_000
     + b"}", "$", "nested"),
    ("deep nesting in an unknown field", lambda d: _with(d, ("generator",), json.loads("[" * 60 + "]" * 60)),
     "$.generator", "nested"),
    ("a number of 5000 digits", lambda d: b'{"format": 1' + b"0" * 5000 + b"}", "$", "far too long"),
    ("not UTF-8", lambda d: b'{"format": "\xff"}', "$", "not UTF-8"),
    ("truncated", lambda d: json.dumps(d).encode()[:-100], "$", "not valid JSON"),
]


def _digest(db: Database) -> str:
    assert db.sqlite_path is not None
    parts = [db.sqlite_path.read_bytes()]
    wal = db.sqlite_path.with_name(db.sqlite_path.name + "-wal")
    if wal.exists():
        parts.append(wal.read_bytes())
    return hashlib.sha256(b"".join(parts)).hexdigest()


@pytest.mark.parametrize(("name", "make", "path", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_document_is_refused_with_its_path(
    small_doc: Doc, name: str, make: Callable[[Doc], bytes], path: str, message: str
) -> None:
    with pytest.raises(ScenarioError) as refused:
        decode_scenario(make(small_doc))
    assert any(p.path.startswith(path) and message in p.message for p in refused.value.problems), (
        refused.value.problems)


@pytest.mark.parametrize(("name", "make", "path", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_import_through_the_command_line_is_a_sentence_and_changes_nothing(
    sqlite_db: Database, small_doc: Doc, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    name: str, make: Callable[[Doc], bytes], path: str, message: str,
) -> None:
    import_scenario(sqlite_db, json.dumps(small_doc).encode(), actor="t", now=_now())
    before = _digest(sqlite_db)
    source = tmp_path / "hostile.json"
    source.write_bytes(make(small_doc))
    status = main(["--db", str(sqlite_db.sqlite_path), "import", str(source), "--replace"])
    out = capsys.readouterr()
    assert status == 2 and "Traceback" not in out.err and message in out.err
    assert _digest(sqlite_db) == before


def test_hostile_texts_never_reach_postgresql(db: Database, small_doc: Doc) -> None:
    """NUL and caps past 2^31 made PostgreSQL raise inside the import; now they stop before it."""
    for make in (HOSTILE[1][1], HOSTILE[8][1], HOSTILE[9][1]):
        with pytest.raises(ScenarioError):
            import_scenario(db, make(small_doc), actor="t", now=_now())
    with db.read() as s:
        assert repository.is_empty(s)


def _now() -> Any:
    import datetime as dt

    return dt.datetime.fromisoformat(NOW_TEXT)


# ---- fuzzing ----------------------------------------------------------------------------
JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.sampled_from(["", "\x00", "\ud800", "a\nb", "../x", "M001", "2026-10-25T02:30:00+01:00", "24:00",
                     "99:99", "2026-02-30"]),
)
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc[:3]):
            out += _paths(value, (*prefix, i))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_any_field_any_value_is_accepted_or_refused_never_crashes(
    small_doc: Doc, data: st.DataObject
) -> None:
    paths = _paths(small_doc)
    changes = data.draw(st.lists(st.tuples(st.sampled_from(paths), JSON_VALUES), min_size=1, max_size=3))
    doc = copy.deepcopy(small_doc)
    for path, value in changes:
        target: Any = doc
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced the parent
    raw = json.dumps(doc, allow_nan=True).encode()
    try:
        decoded = decode_scenario(raw)
    except ScenarioError as exc:
        assert exc.problems and all(p.path.startswith("$") and p.message for p in exc.problems)
        return
    assert len(decoded.mediators) == len(small_doc["mediators"])


@settings(max_examples=200, deadline=None)
@given(raw=st.one_of(st.binary(max_size=300),
                     JSON_VALUES.map(lambda v: json.dumps(v, allow_nan=True).encode())))
def test_fuzz_arbitrary_bytes_are_refused_at_the_root_or_a_path(raw: bytes) -> None:
    try:
        decode_scenario(raw)
    except ScenarioError as exc:
        assert exc.problems


def test_large_hostile_documents_are_refused_within_generous_bounds(small_doc: Doc) -> None:
    """A 20 MB name and a million-item unknown field: refused, in bounded time and memory.

    The bounds are generous (the real figures: benchmarks/bench_hostile.py).
    """
    import time
    import tracemalloc

    cases = {
        "a text of": _with(small_doc, ("mediators", 0, "name"), "x" * 20_000_000),
        "unknown fields of more than": json.dumps({**small_doc, "note": list(range(1_000_000))}).encode(),
    }
    for message, raw in cases.items():
        started = time.monotonic()
        tracemalloc.start()
        try:
            with pytest.raises(ScenarioError) as refused:
                decode_scenario(raw)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert any(message in p.message for p in refused.value.problems), refused.value.problems
        assert peak < 400 * 1024 * 1024 and time.monotonic() - started < 120
