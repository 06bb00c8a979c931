"""Every command answers an unusable database with one line on stderr and a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.cli.main import main

COMMANDS = [
    ["mail-status"],
    ["budget"],
    ["candidates", "R00001"],
    ["export", "out.json"],
    ["timesheets", "--month", "2026-11", "--out", "t.xlsx"],
    ["plan", "--from", "2026-12-07", "--to", "2026-12-13"],
    ["ics", "--mediator", "M001", "--out", "m.ics"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_unusable_database_is_one_line(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "mysql://nobody@localhost/x", *command]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == ["mediation-desk: unsupported database 'mysql': use SQLite or PostgreSQL"]
    assert list(tmp_path.iterdir()) == []  # nothing written
