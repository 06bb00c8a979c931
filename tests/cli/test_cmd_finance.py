"""`mediation-desk timesheets / report / template / import-xlsx`: files written, errors one per line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mediation_desk.cli.main import main
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.finance_samples import finance_service


@pytest.fixture
def stored(tmp_path: Path) -> str:
    path = tmp_path / "desk.db"
    db = Database.open(str(path))
    with db.write() as s:
        repository.replace_service(s, finance_service())
    db.dispose()
    return str(path)


def test_timesheets_and_report_write_their_files(stored: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    sheets, report = tmp_path / "fogli.xlsx", tmp_path / "report.xlsx"
    assert main(["--db", stored, "timesheets", "--month", "2026-11", "--out", str(sheets)]) == 0
    assert "3 mediators, 5 bookings, 7:00 billable hours" in capsys.readouterr().out
    assert len(openpyxl.load_workbook(sheets).sheetnames) == 3
    assert main(["--db", stored, "report", "--from", "2026-10-01", "--to", "2026-11-30", "--project", "P2",
                 "--out", str(report)]) == 0
    assert "3 bookings, 3:30 billable hours" in capsys.readouterr().out
    assert "Prenotazioni" in openpyxl.load_workbook(report).sheetnames


def test_bad_arguments_and_unknown_project_fail_with_one_line(stored: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    with pytest.raises(SystemExit) as info:
        main(["--db", stored, "timesheets", "--month", "2026-13", "--out", str(out)])
    assert info.value.code == 2
    assert main(["--db", stored, "report", "--from", "2026-10-01", "--to", "2026-11-30", "--project", "X",
                 "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip().endswith("unknown project X")
    assert not out.exists()


def test_template_then_import_reports_every_problem_and_imports_nothing(
    stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "enti.xlsx"
    assert main(["--db", stored, "template", "agencies", "--out", str(template)]) == 0
    book = openpyxl.load_workbook(template)
    book["Enti"].append(["A9", "ASST", "Sanità", "NOWHERE", "Via 1", 45.3, 9.5])
    book["Enti"].append(["A10", "Scuola", "Scuola", "LODI", "Via 2", "nord", 9.5])
    book.save(template)
    assert main(["--db", stored, "import-xlsx", "agencies", str(template)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{template}: Enti!D2: ambito 'NOWHERE' sconosciuto",
                   f"{template}: Enti!F3: 'nord' non è un numero",
                   f"{template}: refused, 2 problem(s); nothing was imported"]
    book["Enti"]["D2"] = "LODI"
    book["Enti"]["F3"] = 45.31
    book.save(template)
    assert main(["--db", stored, "import-xlsx", "agencies", str(template)]) == 0
    assert "imported 2 agencies: A9, A10" in capsys.readouterr().out
