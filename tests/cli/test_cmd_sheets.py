"""`mediation-desk sheet` and `sheets`: the PDFs written, refusals one English line each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediation_desk.cli.main import main
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.pdf_support import pdftotext
from tests.sheet_samples import REFERENTE, sheet_service


@pytest.fixture
def stored(tmp_path: Path) -> str:
    path = tmp_path / "desk.db"
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, sheet_service())
    db.dispose()
    return str(path)


def test_sheet_writes_the_booking_pdf(stored: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b1.pdf"
    assert main(["--db", stored, "sheet", "--booking", "B1", "--out", str(out)]) == 0
    assert "scheda intervento of booking B1" in capsys.readouterr().out
    text = re.sub(r"\s+", " ", pdftotext(out))
    assert REFERENTE in text and "03/11/2026" in text and "Amina El Idrissi" in text


def test_sheets_writes_the_month_of_one_mediator(stored: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m2.pdf"
    assert main(["--db", stored, "sheets", "--month", "2026-11", "--mediator", "M2", "--out", str(out)]) == 0
    assert "for mediator M2, 2 interventions" in capsys.readouterr().out
    assert re.findall(r"^\s*\d+\s+(\d\d/\d\d/\d{4})", pdftotext(out), flags=re.MULTILINE) == [
        "12/11/2026", "30/11/2026"]


def test_refusals_are_one_line_and_write_nothing(stored: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", stored, "sheet", "--booking", "B6", "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        "sheet: Booking B6 was cancelled: there is no intervention to sign for.")
    assert main(["--db", stored, "sheets", "--month", "2026-11", "--agency", "ZZ", "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "sheets: There is no agency ZZ."
    assert main(["--db", stored, "sheet", "--booking", "B1", "--out", str(tmp_path / "no" / "b1.pdf")]) == 1
    assert capsys.readouterr().err.startswith("sheet: ")
    with pytest.raises(SystemExit) as info:
        main(["--db", stored, "sheets", "--month", "2026-11", "--agency", "A1", "--mediator", "M1",
              "--out", str(out)])
    assert info.value.code == 2
    assert not out.exists()
