"""`privacy`: retention shown with its reason, anonymise, a case exported and erased from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import small_service


def test_privacy_commands(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite_db.write() as s:
        repository.replace_service(s, small_service())
    target = str(sqlite_db.sqlite_path)
    assert main(["--db", target, "privacy", "retention"]) == 0
    assert "12 months" in capsys.readouterr().out
    assert main(["--db", target, "privacy", "retention", "--months", "500"]) == 2
    out = tmp_path / "fascicolo.json"
    assert main(["--db", target, "privacy", "export-case", "C-0017", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["requests"]) == 2
    assert main(["--db", target, "privacy", "erase-case", "C-0017"]) == 2  # needs --yes
    assert main(["--db", target, "privacy", "erase-case", "C-0017", "--yes"]) == 0
    assert "2 requests" in capsys.readouterr().out
    assert main(["--db", target, "privacy", "export-case", "C-0017", "--out", str(out)]) == 2
    assert main(["--db", target, "privacy", "anonymise"]) == 0
