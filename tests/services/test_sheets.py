"""Scheda intervento and foglio firme: the PDF re-read with pdftotext holds every field, and exactly the
month's interventions of the agency or the mediator asked for."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mediation_desk.scheduling.model import AgencyId, BookingId, MediatorId
from mediation_desk.services import sheets
from mediation_desk.services.sheets import SheetError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from tests.finance_samples import ROME
from tests.pdf_support import pages, pdftotext
from tests.sheet_samples import ON_SITE, REFERENTE, sheet_service

NOVEMBER = dt.date(2026, 11, 1)


@pytest.fixture
def stored(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, sheet_service())
    return db


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_scheda_intervento_holds_every_field_of_the_booking(stored: Database, tmp_path: Path) -> None:
    out = tmp_path / "scheda.pdf"
    written = sheets.write_intervention_sheet(stored, BookingId("B1"), out)
    assert written.path == out and out.read_bytes().startswith(b"%PDF")
    [page] = pages(out)
    text = _flat(page)
    for expected in (
        "Scheda intervento di mediazione interculturale",
        "Servizio di mediazione interculturale",  # the service
        "Progetto Lab'Impact (P1)", "Ente finanziatore FAMI 2021-2027",
        "Ente richiedente Comune di Lodi", "Piazza Broletto 1",
        f"Referente {REFERENTE}", f"Contatto sul posto {ON_SITE}",
        "Mediatore/mediatrice Amina El Idrissi",
        "Lingua Arabo",  # the name, not the code "ar"
        "Modalità in presenza", "Data 03/11/2026", "Orario prenotato 09:00–10:30",
        "Codice intervento B1 (richiesta R1)",
        "Ora effettiva di inizio ____ : ____", "Ora effettiva di fine ____ : ____",
        "Firma dell'operatore dell'ente", "Firma del mediatore/della mediatrice",
    ):
        assert expected in text, expected
    assert "Lingua ar " not in text


def test_a_remote_intervention_says_so_in_place_of_an_address(stored: Database, tmp_path: Path) -> None:
    out = tmp_path / "b3.pdf"
    sheets.write_intervention_sheet(stored, BookingId("B3"), out)
    text = _flat(pdftotext(out))
    assert "Modalità telefonica" in text and "Luogo a distanza, per telefono" in text
    assert "Lingua Urdu" in text and "Orario prenotato 10:00–10:45" in text


def test_a_cancelled_or_unknown_booking_has_no_sheet_and_no_file(stored: Database, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(SheetError) as info:
        sheets.write_intervention_sheet(stored, BookingId("B2"), out)
    assert info.value.code == "cancelled_booking"
    with pytest.raises(SheetError) as info:
        sheets.write_intervention_sheet(stored, BookingId("NOPE"), out)
    assert info.value.code == "unknown_booking"
    assert not out.exists()


def _listed_dates(path: Path) -> list[str]:
    """The date of each numbered row of a foglio firme, in order."""
    return re.findall(r"^\s*\d+\s+(\d\d/\d\d/\d{4})\s", pdftotext(path), flags=re.MULTILINE)


def test_the_agency_sheet_lists_exactly_its_interventions_of_the_month(stored: Database,
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "a1.pdf"
    written = sheets.write_monthly_sheet(stored, NOVEMBER, out, agency=AgencyId("A1"))
    # A1 in November: B1, B3, B7, B8; not B6 (cancelled), not A2's B2/B5, not October
    assert written.interventions == 4
    assert _listed_dates(out) == ["03/11/2026", "10/11/2026", "20/11/2026", "30/11/2026"]
    text = _flat(pdftotext(out))
    assert "Foglio firme di novembre 2026 – ente Comune di Lodi" in text
    assert "16/11/2026" not in text and "12/11/2026" not in text and "/10/2026" not in text
    assert "Firma operatore dell'ente" in text and "Firma mediatore/ mediatrice" in text


def test_the_mediator_sheet_lists_exactly_her_interventions_of_the_month(stored: Database,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "m1.pdf"
    written = sheets.write_monthly_sheet(stored, NOVEMBER, out, mediator=MediatorId("M1"))
    assert written.interventions == 2  # B1 and B3; B2 and B6 were cancelled
    assert _listed_dates(out) == ["03/11/2026", "10/11/2026"]
    text = _flat(pdftotext(out))
    assert "mediatore/mediatrice Amina El Idrissi" in text
    october = tmp_path / "m3.pdf"
    assert sheets.write_monthly_sheet(stored, dt.date(2026, 10, 1), october,
                                      mediator=MediatorId("M3")).interventions == 1
    assert _listed_dates(october) == ["20/10/2026"]


def test_the_month_sheet_matches_the_database(stored: Database) -> None:
    sheet = sheets.monthly_sheet(stored, NOVEMBER)
    with stored.read() as s:
        expected = sorted(b.id for b in repository.list_bookings(s)
                          if b.start.astimezone(ROME).month == 11 and sheets.took_place(b))
    assert sorted(line.booking_id for line in sheet.lines) == expected


def test_a_month_with_nothing_says_so(stored: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    written = sheets.write_monthly_sheet(stored, dt.date(2027, 2, 1), out, agency=AgencyId("A1"))
    assert written.interventions == 0
    assert "Nessun intervento nel mese." in pdftotext(out)


def test_unknown_agency_or_mediator_is_refused(stored: Database, tmp_path: Path) -> None:
    with pytest.raises(SheetError) as info:
        sheets.monthly_sheet(stored, NOVEMBER, agency=AgencyId("ZZ"))
    assert info.value.code == "unknown_agency"
    with pytest.raises(SheetError) as info:
        sheets.monthly_sheet(stored, NOVEMBER, mediator=MediatorId("ZZ"))
    assert info.value.code == "unknown_mediator"
