"""`mediation-desk signed-sheet` and `sheets --missing`: record a signed sheet and its scan, read it back
checked, and list the month's closed interventions without one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.finance_samples import finance_service
from tests.scan_samples import pdf_scan


@pytest.fixture
def stored(tmp_path: Path) -> str:
    path = tmp_path / "desk.db"
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, finance_service())
    db.dispose()
    return str(path)


def test_missing_lists_the_closed_interventions_until_their_sheet_is_recorded(
    stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", stored, "sheets", "--missing", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in out[:-1]] == ["B1", "B3", "B5", "B8"]
    assert out[0].split("\t")[1:3] == ["03/11/2026", "09:00-10:30"]
    assert out[-1] == "4 closed interventions of 11/2026 without a signed sheet"
    scan = tmp_path / "scheda-B1.pdf"
    scan.write_bytes(pdf_scan())
    assert main(["--db", stored, "signed-sheet", "--booking", "B1", "--signed-by", "Dott.ssa Rossi",
                 "--received", "05/11/2026", "--scan", str(scan)]) == 0
    said = capsys.readouterr().out
    assert "signed by Dott.ssa Rossi, came back on 05/11/2026" in said
    assert hashlib.sha256(scan.read_bytes()).hexdigest() in said
    copy = tmp_path / "copia.pdf"
    assert main(["--db", stored, "signed-sheet", "--booking", "B1", "--save-scan", str(copy)]) == 0
    assert copy.read_bytes() == scan.read_bytes()
    capsys.readouterr()
    assert main(["--db", stored, "sheets", "--missing", "--month", "2026-11", "--agency", "A2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in out[:-1]] == ["B5"]


def test_a_disguised_scan_is_refused_in_one_line_and_nothing_is_recorded(
    stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "firma.jpg"
    fake.write_bytes(b"<html><script>alert(1)</script></html>")
    assert main(["--db", stored, "signed-sheet", "--booking", "B3", "--signed-by", "Rossi",
                 "--received", "10/11/2026", "--scan", str(fake)]) == 2
    assert capsys.readouterr().err.strip() == ("signed-sheet: The file firma.jpg is not a PDF, PNG or JPEG "
                                               "(its content says otherwise, whatever its name).")
    assert main(["--db", stored, "sheets", "--missing", "--month", "2026-11"]) == 0
    assert "B3\t" in capsys.readouterr().out
    assert main(["--db", stored, "signed-sheet", "--booking", "B7", "--signed-by", "Rossi",
                 "--received", "30/11/2026"]) == 2
    assert "is not closed" in capsys.readouterr().err
