"""`mediation-desk demo | import | export`: exit codes, one stderr line per problem, files and database."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.cli.main import main
from tests.scenarios import DST

Bench = Callable[..., Path]


def load(path: Path) -> Any:
    return json.loads(path.read_bytes())


def digest(folder: Path) -> dict[str, str]:
    """Hashes of every file of the database (main file, WAL, shared memory excluded: it is a cache)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if not p.name.endswith("-shm")}


def test_import_then_export_gives_the_same_document(tmp_path: Path, demo_scenario: Bench,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source, target, db = demo_scenario(DST), tmp_path / "T.json", str(tmp_path / "x.db")
    assert main(["--db", db, "import", str(source)]) == 0
    assert main(["--db", db, "export", str(target)]) == 0
    assert load(target) == load(source)
    out = capsys.readouterr().out
    counts = {key: len(value) for key, value in load(source).items() if isinstance(value, list)}
    assert f"{counts['mediators']} mediators" in out and f"{counts['bookings']} bookings" in out


def test_invalid_document_prints_every_problem_and_exits_2(tmp_path: Path, demo_scenario: Bench,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = str(folder / "x.db")
    assert main(["--db", db, "import", str(demo_scenario())]) == 0
    doc = load(demo_scenario(DST))
    doc["requests"][12]["windows"][0]["end"] = "2020-01-01T00:00:00+01:00"
    doc["mediators"][0]["availability"][0]["start"] = "9.00"
    doc["bookings"][5]["request"] = "R99999"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = digest(folder)
    capsys.readouterr()
    assert main(["--db", db, "import", "--replace", str(bad)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[:3] == [
        f"{bad}: $.mediators[0].availability[0].start: '9.00' is not a time HH:MM between 00:00 and 24:00",
        f"{bad}: $.requests[12].windows[0].end: must be after start",
        f"{bad}: $.bookings[5].request: unknown request 'R99999'",
    ]
    assert len(lines) == 4 and "3 problem(s)" in lines[3]
    assert digest(folder) == before


def test_bad_json_is_one_line_at_the_root(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mediation-desk/1", ', encoding="utf-8")
    assert main(["--db", str(tmp_path / "x.db"), "import", str(bad)]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"{bad}: $: not valid JSON:")
    assert not (tmp_path / "x.db").exists()  # refused before the database was even created


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "import", str(tmp_path / "none.json")]) == 1
    expected = f"{tmp_path / 'none.json'}: cannot read the file: No such file or directory"
    assert capsys.readouterr().err.strip() == expected


def test_demo_refuses_a_service_unless_replacing(tmp_path: Path, demo_scenario: Bench,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "import", str(demo_scenario())]) == 0
    assert main(["--db", db, "demo"]) == 1
    expected = "demo: the database already holds a service; use --replace to overwrite it"
    assert capsys.readouterr().err.strip() == expected
    assert main(["--db", db, "demo", "--replace"]) == 0
    assert "replaced the service with 10 areas" in capsys.readouterr().out
    assert main(["--db", db, "export", str(tmp_path / "demo.json")]) == 0
    assert load(tmp_path / "demo.json")["areas"][0]["code"] == "MILANO"


def test_demo_if_empty_fills_a_new_database_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "demo", "--if-empty"]) == 0
    assert "stored 10 areas" in capsys.readouterr().out
    assert main(["--db", db, "export", str(tmp_path / "first.json")]) == 0
    assert main(["--db", db, "demo", "--if-empty"]) == 0
    assert "left as it is" in capsys.readouterr().out
    assert main(["--db", db, "export", str(tmp_path / "second.json")]) == 0
    assert load(tmp_path / "first.json") == load(tmp_path / "second.json")


def test_export_to_an_unwritable_place_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "out.json"
    assert main(["--db", str(tmp_path / "x.db"), "export", str(target)]) == 1
    assert capsys.readouterr().err.strip() == f"{target}: cannot write the file: No such file or directory"


def test_unreachable_database_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://nobody@localhost/x", "export", str(tmp_path / "out.json")]) == 1
    assert capsys.readouterr().err.startswith("mediation-desk: unsupported database")


def test_python_dash_m_runs_the_same_command(tmp_path: Path, demo_scenario: Bench) -> None:
    target = tmp_path / "T.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for args in (["import", str(demo_scenario())], ["export", str(target)]):
        done = subprocess.run([sys.executable, "-m", "mediation_desk", "--db", str(tmp_path / "x.db"), *args],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    assert load(target) == load(demo_scenario())
