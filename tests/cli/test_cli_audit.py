"""`audit` prints the trail, filtered by day and record, as lines or JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from mediation_desk.cli.main import main
from mediation_desk.services import requests
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.factories import audit_actor, rome, small_service


def _target(db: Database) -> str:
    return str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)


def test_audit_lists_the_lines_of_one_record_as_json(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as s:
        repository.replace_service(s, small_service())
    with db.read() as s:
        request = repository.get_request(s, "R00002")
    assert request is not None
    requests.update_request(db, dataclasses.replace(request, notes="citofono"), actor="ana",
                            now=rome(2026, 12, 3, 10, 42))
    assert main(["--db", _target(db), "audit", "--record", "R00002", "--json"]) == 0
    lines = json.loads(capsys.readouterr().out)
    mine = [line for line in lines if line["action"] == "update"]
    assert [(x["actor"], x["entity"], x["record"], x["details"]) for x in mine] == [
        (audit_actor(db, "ana"), "request", "R00002", {"changed": ["notes"]})]
    assert main(["--db", _target(db), "audit", "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.strip() == "No audit lines."
    today = dt.date.today().isoformat() if not db.is_sqlite else "2026-12-03"
    assert main(["--db", _target(db), "audit", "--since", today, "--record", "R00002"]) == 0
    assert "update" in capsys.readouterr().out


def test_audit_refuses_a_date_it_cannot_read(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sqlite_db.sqlite_path), "audit", "--since", "3 dicembre"]) == 2
    assert "not a date" in capsys.readouterr().err
