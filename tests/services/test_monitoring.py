"""FAMI monitoring through the services: validation, recording, scenario field, privacy, the report sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_desk.io.scenario_problems import ScenarioError
from mediation_desk.io.xlsx_common import AGENCY_KIND_LABELS
from mediation_desk.scheduling.model import BookingId, BookingStatus, Outcome
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import finance, import_export, monitoring, privacy
from mediation_desk.services.booking import BookingError
from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from mediation_desk.texts.monitoring import monitoring_error_text
from tests.finance_samples import ROME
from tests.monitoring_samples import monitoring_service
from tests.monitoring_sheet import BLOCK_TITLES, NAMES, read_sheet
from tests.monitoring_sheet import exposed as exposed_in_sheet

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def stored(db: Database, seed: int = 7) -> Database:
    import_export.store_service(db, monitoring_service(seed), actor="t", now=NOW, replace=True,
                                action="import", source="test")
    return db


def first(db: Database, status: BookingStatus, outcome: Outcome | None) -> BookingId:
    with db.read() as s:
        return next(b.id for b in repository.list_bookings(s) if b.status is status and b.outcome is outcome)


def codes(exc: MonitoringError) -> list[str]:
    return [code for code, _params in exc.params["problems"]]


# ---- validation ------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "expected"), [
    (PeopleAssisted(3, women=2, men=2), ["gender_over_total"]),
    (PeopleAssisted(3, minors=3, adults=1), ["age_over_total"]),
    (PeopleAssisted(0), ["no_people"]),
    (PeopleAssisted(-1), ["negative"]),
    (PeopleAssisted(2, women=-1), ["negative"]),
    (PeopleAssisted(2.5), ["not_whole"]),  # type: ignore[arg-type]
    (PeopleAssisted(True), ["not_whole"]),  # type: ignore[arg-type]
    (PeopleAssisted(501), ["too_many"]),
    (PeopleAssisted(4, women=5, men=0, minors=9), ["gender_over_total", "age_over_total"]),
    (PeopleAssisted(1, nationality="x" * 61), ["nationality_too_long"]),
])
def test_bad_counts_are_refused_with_every_reason(db: Database, value: PeopleAssisted,
                                                  expected: list[str]) -> None:
    stored(db)
    booking = first(db, BookingStatus.DONE, Outcome.DELIVERED)
    before = monitoring.assisted(db, booking)
    with pytest.raises(MonitoringError) as caught:
        monitoring.record(db, booking, value, actor="t", now=NOW)
    assert codes(caught.value) == expected
    assert monitoring.assisted(db, booking) == before  # nothing written
    with i18n.speaking_english():
        lines = monitoring_error_text(caught.value).splitlines()
    assert len(lines) == len(expected) and not set(lines) & set(expected)  # a sentence each, not a code


def test_the_breakdowns_may_leave_some_people_not_stated(db: Database) -> None:
    stored(db)
    booking = first(db, BookingStatus.DONE, Outcome.DELIVERED)
    saved = monitoring.record(db, booking, PeopleAssisted(5, 2, 1, 1, 0, "  Costa   d'Avorio "), actor="ana",
                              now=NOW)
    assert saved.value == PeopleAssisted(5, 2, 1, 1, 0, "Costa d'Avorio")
    assert booking in saved.changes.bookings
    kept = monitoring.assisted(db, booking)
    assert kept is not None and (kept.gender_unknown, kept.age_unknown) == (2, 4)
    with db.read() as s:
        line = repository.list_audit(s, entity_id=booking)[-1]
    assert line.action == "monitoring" and line.details["people"] == 5
    assert "Costa" not in json.dumps(line.details)  # the nationality stays out of the audit trail


def test_not_recorded_removes_the_record(db: Database) -> None:
    stored(db)
    booking = first(db, BookingStatus.DONE, Outcome.DELIVERED)
    monitoring.record(db, booking, PeopleAssisted(2), actor="t", now=NOW)
    monitoring.record(db, booking, None, actor="t", now=NOW)
    assert monitoring.assisted(db, booking) is None
    assert monitoring.form(db, booking).recorded is None


@pytest.mark.parametrize(("status", "outcome"), [(BookingStatus.DONE, Outcome.NO_SHOW),
                                                 (BookingStatus.CANCELLED, Outcome.CANCELLED),
                                                 (BookingStatus.CONFIRMED, None)])
def test_only_a_delivered_intervention_reached_people(db: Database, status: BookingStatus,
                                                      outcome: Outcome | None) -> None:
    stored(db)
    booking = first(db, status, outcome)
    with pytest.raises(MonitoringError) as caught:
        monitoring.record(db, booking, PeopleAssisted(2), actor="t", now=NOW)
    assert caught.value.code == "not_delivered"
    assert monitoring.assisted(db, booking) is None


def test_closing_records_the_people_in_the_same_transaction(db: Database) -> None:
    stored(db)
    booking = first(db, BookingStatus.CONFIRMED, None)
    with db.read() as s:
        planned = repository.get_booking(s, booking)
    assert planned is not None
    with pytest.raises(MonitoringError):  # bad counts: the booking is not closed either
        outcomes.close(db, booking, planned.start, planned.end, actor="t", now=NOW,
                       assisted=PeopleAssisted(2, women=3))
    with pytest.raises(BookingError):  # a refused close records no people
        outcomes.close(db, booking, planned.end, planned.start, actor="t", now=NOW,
                       assisted=PeopleAssisted(2))
    assert monitoring.assisted(db, booking) is None
    outcomes.close(db, booking, planned.start, planned.end, actor="t", now=NOW,
                   assisted=PeopleAssisted(3, 1, 2, 1, 2, "Senegal"))
    assert monitoring.assisted(db, booking) == PeopleAssisted(3, 1, 2, 1, 2, "Senegal")
    outcomes.close(db, booking, planned.start, planned.end, actor="t", now=NOW)  # times corrected: kept
    assert monitoring.assisted(db, booking) == PeopleAssisted(3, 1, 2, 1, 2, "Senegal")


# ---- the scenario document and privacy ----------------------------------------------------
def test_export_and_import_keep_every_record(db: Database, tmp_path: Path) -> None:
    stored(db)
    with db.read() as s:
        before = {b.id: monitoring.assisted(db, b.id) for b in repository.list_bookings(s)}
    assert sum(v is not None for v in before.values()) > 20
    out = tmp_path / "service.json"
    import_export.export_scenario(db, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    carried = {b["id"]: b["assisted"] for b in document["bookings"] if "assisted" in b}
    assert set(carried) == {k for k, v in before.items() if v is not None}
    import_export.import_scenario(db, out, actor="t", now=NOW, replace=True)
    with db.read() as s:
        after = {b.id: monitoring.assisted(db, b.id) for b in repository.list_bookings(s)}
        assert all("assisted" not in b.extra for b in repository.list_bookings(s))
    assert after == before
    second = tmp_path / "again.json"
    import_export.export_scenario(db, second)
    assert json.loads(second.read_text(encoding="utf-8")) == document


def test_a_bad_record_in_a_document_is_refused_and_changes_nothing(db: Database) -> None:
    stored(db)
    data = monitoring_service()
    bad = [dataclasses.replace(b, extra={"assisted": {"people": 2, "women": 3}}) if i == 0 else b
           for i, b in enumerate(data.bookings)]
    with pytest.raises(ScenarioError) as caught:
        import_export.store_service(db, dataclasses.replace(data, bookings=bad), actor="t", now=NOW,
                                    replace=True, action="import", source="bad")
    assert caught.value.problems[0].path == "$.bookings[0].assisted"
    assert "women + men exceed people" in caught.value.problems[0].message
    with db.read() as s:
        assert len(repository.list_bookings(s)) == len(data.bookings)


def test_erasing_a_case_keeps_the_counts_and_drops_the_nationality(db: Database) -> None:
    stored(db)
    booking = first(db, BookingStatus.DONE, Outcome.DELIVERED)
    monitoring.record(db, booking, PeopleAssisted(4, 2, 2, 1, 3, "Eritrea"), actor="t", now=NOW)
    with db.read() as s:
        b = repository.get_booking(s, booking)
        assert b is not None
        request = repository.get_request(s, b.request)
    assert request is not None and request.case
    document = privacy.case_document(db, request.case)
    assert any(x.get("assisted", {}).get("nationality") == "Eritrea" for x in document["bookings"])
    privacy.erase_case(db, request.case, actor="t", now=NOW)
    assert monitoring.assisted(db, booking) == PeopleAssisted(4, 2, 2, 1, 3, "")


# ---- the report's sheet ------------------------------------------------------------------
def expected_tables(db: Database, first_day: dt.date, last_day: dt.date
                    ) -> dict[str, dict[tuple[str, str], dict[str, int]]]:
    """What the sheet must say, worked out here from the stored rows (SQL for the monitoring table)."""
    with db.read() as s:
        bookings = repository.list_bookings(s)
        requests = {r.id: r for r in repository.list_requests(s)}
        agencies = {a.id: a for a in repository.list_agencies(s)}
        projects = {p.code: p for p in repository.list_projects(s)}
        areas = {a.code: a for a in repository.list_areas(s)}
        records = {row[0]: row[1:] for row in s.execute(sa.text(
            "SELECT booking_id, people, women, men, minors, adults, nationality FROM booking_monitoring"))}
    out: dict[str, dict[tuple[str, str], dict[str, int]]] = {t: defaultdict(lambda: dict.fromkeys(NAMES, 0))
                                                             for t in BLOCK_TITLES}
    spelled: dict[str, str] = {}
    for b in sorted(bookings, key=lambda b: b.start):
        local = b.start.astimezone(ROME)
        if not (first_day <= local.date() <= last_day) or b.outcome is not Outcome.DELIVERED:
            continue
        request = requests[b.request]
        agency = agencies[request.agency]
        record = records.get(b.id)
        nationality = " ".join(((record[5] if record else "") or request.nationality).split())
        nationality = spelled.setdefault(nationality.casefold(), nationality)
        project = request.project or ""
        keys = {
            "Per mese e progetto": (f"{local:%Y-%m}", f"{project} – {projects[project].name}"),
            "Per nazionalità": (nationality or "Non indicata", ""),
            "Per tipo di ente": (AGENCY_KIND_LABELS[agency.kind], ""),
            "Per ambito": (areas[agency.area].name, agency.area),
        }
        for title, key in [*keys.items(), *((t, ("Totale", "")) for t in BLOCK_TITLES)]:
            row = out[title][key]
            row["interventions"] += 1
            if record is None:
                continue
            people, women, men, minors, adults = record[:5]
            row["with_data"] += 1
            for name, value in (("people", people), ("women", women), ("men", men), ("minors", minors),
                                ("adults", adults), ("gender_unknown", people - women - men),
                                ("age_unknown", people - minors - adults)):
                row[name] += value
    return {t: dict(rows) for t, rows in out.items()}


@pytest.mark.parametrize("seed", [7, 11])
def test_the_monitoring_sheet_equals_the_database_and_hides_small_counts(
    db: Database, tmp_path: Path, seed: int
) -> None:
    stored(db, seed)
    out = tmp_path / "report.xlsx"
    finance.export_report(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), out, now=NOW)
    blocks, rows = read_sheet(out)
    truth = expected_tables(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    assert list(blocks) == list(BLOCK_TITLES)
    for title in BLOCK_TITLES:
        assert set(blocks[title]) == set(truth[title]), title
        for label, written in blocks[title].items():
            for name in NAMES:
                value, shown = truth[title][label][name], written[name]
                if isinstance(shown, int):
                    assert shown == value and shown not in (1, 2), (title, label, name)
                else:
                    assert shown in ("<3", "x"), (title, label, name, shown)
                    assert shown != "<3" or value in (1, 2), (title, label, name)
    total = blocks[BLOCK_TITLES[0]][("Totale", "")]
    assert all(isinstance(total[n], int) for n in NAMES)  # the whole period's figures are shown
    assert total == truth[BLOCK_TITLES[0]][("Totale", "")]
    assert total["interventions"] > 40 and total["people"] > 60
    for row in rows:  # every cell of the sheet: no 1 or 2 written as a number anywhere
        assert not any(isinstance(v, int | float) and not isinstance(v, bool) and v in (1, 2) for v in row)
    assert sum(1 for b in blocks.values() for r in b.values() for v in r.values() if v == "<3") > 5
    assert exposed_in_sheet(blocks, truth) == []


def test_a_report_of_one_project_counts_only_its_interventions(db: Database, tmp_path: Path) -> None:
    stored(db)
    out = tmp_path / "report.xlsx"
    finance.export_report(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), out, now=NOW, project="PDZ")
    blocks, _rows = read_sheet(out)
    labels = {label[1] for label in blocks["Per mese e progetto"]} - {""}
    assert labels == {"PDZ – Progetto PDZ"}
