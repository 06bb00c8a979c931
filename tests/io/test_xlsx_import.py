"""Excel templates and imports: the template round trip, and every bad cell reported with sheet/row/column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from mediation_desk.io.xlsx_columns import COLUMNS, INSTRUCTIONS_TITLE, LISTS_TITLE, SHEET_TITLES, Kind
from mediation_desk.io.xlsx_import import ImportContext, ImportRefused, read_import
from mediation_desk.io.xlsx_template import Lookups, write_template
from mediation_desk.scheduling.model import AgencyKind, LanguageLevel, Mode, Priority, WeeklyWindow
from tests.finance_samples import ROME

LOOKUPS = Lookups(areas=[("LODI", "Ambito di Lodi"), ("CREMA", "=CREMA")], languages=[("ar", "Arabo")],
                  agencies=[("A1", "Comune di Lodi")], projects=[("P1", "Lab'Impact")])
CTX = ImportContext(tz=ROME, now=dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC),
                    areas=frozenset({"LODI", "CREMA"}), languages=frozenset({"ar", "ti"}),
                    agencies=frozenset({"A1", "A2"}),
                    projects={"P1": (dt.date(2026, 1, 1), dt.date(2026, 12, 31))},
                    existing_ids=frozenset({"M1", "A1", "R1"}),
                    agency_areas={"A1": "LODI", "A2": "CREMA"},
                    project_areas={"P1": frozenset({"LODI"}), "P2": frozenset({"LODI"})})


def _filled(tmp_path: Path, kind: Kind, rows: list[dict[str, Any]]) -> Path:
    """The template of ``kind`` filled like a coordinator would, by column header."""
    path = tmp_path / f"{kind}.xlsx"
    write_template(kind, path, LOOKUPS)
    book = openpyxl.load_workbook(path)
    ws = book[SHEET_TITLES[kind]]
    headers = [c.header for c in COLUMNS[kind]]
    for r, row in enumerate(rows, start=2):
        for header, value in row.items():
            ws.cell(r, headers.index(header) + 1, value)
    book.save(path)
    return path


MEDIATOR = {"ID": "M7", "Nome e cognome": "Selam Tesfaye", "Email": "selam@example.org", "Genere": "F",
            "Lingue": "ti:madrelingua; AR", "Ambiti": "lodi; CREMA", "Latitudine": 45.3, "Longitudine": 9.5,
            "Ore max a settimana": 20, "Disponibilità": "LU 09:00-13:00; ve 14:00-18:30",
            "Competenze": "sanità; scuola", "Tariffa oraria (€)": "21,50", "Attivo": "sì"}


def test_template_has_italian_headers_drop_downs_lists_and_instructions(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(Kind.REQUESTS, path, LOOKUPS)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Richieste", LISTS_TITLE, INSTRUCTIONS_TITLE]
    ws = book["Richieste"]
    assert [c.value for c in ws[1]][:6] == [
        "ID", "Ente *", "Progetto", "Lingua *", "Modalità *", "Durata (min) *"]
    formulas = {str(dv.sqref)[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert formulas["E"] == '"in presenza,telefonica,video"'
    assert formulas["B"] == "'Elenchi'!$A$2:$A$2"  # agencies, the first list of the Elenchi sheet
    assert formulas["D"] == "'Elenchi'!$E$2:$E$2"
    lists = book[LISTS_TITLE]
    assert [lists.cell(1, c).value for c in (1, 3, 5)] == ["Enti", "Progetti", "Lingue"]
    assert [lists.cell(2, c).value for c in (1, 3, 5)] == ["A1", "P1", "ar"]
    instructions = book[INSTRUCTIONS_TITLE]
    assert any(row[0] == "Durata (min)" for row in instructions.iter_rows(values_only=True))


def test_hostile_lookup_names_stay_text_in_the_template(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(Kind.AGENCIES, path, LOOKUPS)
    lists = openpyxl.load_workbook(path)[LISTS_TITLE]
    cell = next(c for row in lists.iter_rows() for c in row if c.value == "=CREMA")
    assert cell.data_type == "s" and cell.quotePrefix


def test_mediator_template_round_trip(tmp_path: Path) -> None:
    parsed = read_import(Kind.MEDIATORS, _filled(tmp_path, Kind.MEDIATORS, [MEDIATOR]), CTX)
    (m,) = parsed.mediators
    assert (m.id, m.name, m.email, m.gender) == ("M7", "Selam Tesfaye", "selam@example.org", "F")
    assert [(s.code, s.level) for s in m.languages] == [
        ("ti", LanguageLevel.NATIVE), ("ar", LanguageLevel.WORKING)]
    assert m.areas == ["LODI", "CREMA"] and m.max_minutes_per_week == 1200 and m.hourly_rate == 21.5
    assert m.availability == [WeeklyWindow(0, 540, 780), WeeklyWindow(4, 840, 1110)]
    assert m.skills == ["sanità", "scuola"] and m.active


def test_agency_and_request_templates_round_trip(tmp_path: Path) -> None:
    agency = {"ID": "A9", "Nome": "ASST Lodi", "Tipo": "Sanità", "Ambito": "LODI",
              "Indirizzo": "Largo Donatori 1", "Latitudine": 45.3, "Longitudine": 9.5,
              "Referente": "Dott.ssa Bianchi", "Email referente": "b@x.it"}
    (a,) = read_import(Kind.AGENCIES, _filled(tmp_path, Kind.AGENCIES, [agency]), CTX).agencies
    assert (a.id, a.kind, a.area, a.contacts[0].name, a.contacts[0].email) == (
        "A9", AgencyKind.HEALTH, "LODI", "Dott.ssa Bianchi", "b@x.it")
    request = {"Ente": "A1", "Progetto": "P1", "Lingua": "AR", "Modalità": "telefonica", "Durata (min)": 60,
               "Data": dt.datetime(2026, 10, 25), "Dalle": 1 / 24, "Alle": "04:00",
               "Priorità": "urgente", "Note": "@SUM(1)"}
    rows = [request, request | {"Dalle": dt.time(1, 0)}]  # a bare day fraction, or a time cell
    r, same = read_import(Kind.REQUESTS, _filled(tmp_path, Kind.REQUESTS, rows), CTX).requests
    assert same.windows == r.windows
    assert (r.id, r.agency, r.project, r.language, r.mode, r.priority) == (
        "", "A1", "P1", "ar", Mode.PHONE, Priority.URGENT)
    (window,) = r.windows
    real = window.end.astimezone(dt.UTC) - window.start.astimezone(dt.UTC)
    assert real == dt.timedelta(hours=4)  # 01:00-04:00 on the DST day lasts 4 real hours
    assert r.notes == "@SUM(1)" and r.received_at == CTX.now


def test_every_bad_cell_is_reported_with_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [
        MEDIATOR | {"ID": "M8", "Lingue": "xx"},
        MEDIATOR | {"ID": "M8", "Email": "not-an-email", "Latitudine": "nord"},
        MEDIATOR | {"ID": "M1", "Nome e cognome": None, "Ambiti": "MILANO", "Disponibilità": "LU 9-13"},
        MEDIATOR | {"ID": "M9", "Genere": "X", "Attivo": "forse", "Ore max a settimana": 0},
    ]
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.MEDIATORS, _filled(tmp_path, Kind.MEDIATORS, rows), CTX)
    assert [str(p) for p in info.value.problems] == [
        "Mediatori!F2: lingua 'xx' sconosciuta",
        "Mediatori!C3: indirizzo email 'not-an-email' non valido",
        "Mediatori!H3: 'nord' non è un numero",
        "Mediatori!A3: ID 'M8' ripetuto (già alla riga 2)",
        "Mediatori!A4: ID 'M1' già presente nel servizio",
        "Mediatori!B4: campo obbligatorio",
        "Mediatori!G4: ambito 'MILANO' sconosciuto",
        "Mediatori!K4: fascia 'LU 9-13' non valida (es. 'LU 09:00-13:00')",
        "Mediatori!E5: valore 'X' non ammesso (ammessi: F, M)",
        "Mediatori!J5: 0 fuori dall'intervallo 0.25–168",
        "Mediatori!N5: valore 'forse' non ammesso (ammessi: sì, no)",
    ]


def test_bad_request_rows_are_reported(tmp_path: Path) -> None:
    base = {"Ente": "A1", "Lingua": "ar", "Modalità": "video", "Durata (min)": 90,
            "Data": "07/12/2026", "Dalle": "09:00", "Alle": "10:00"}
    rows = [base, base | {"Ente": "A5", "Progetto": "P1", "Data": "07/12/2027", "Durata (min)": 50},
            base | {"Data": "31/02/2026", "Alle": "08:00", "Modalità": "piccione"},
            base | {"Ente": "A2", "Progetto": "P1", "Alle": "11:00"}]
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.REQUESTS, _filled(tmp_path, Kind.REQUESTS, rows), CTX)
    assert [str(p) for p in info.value.problems] == [
        "Richieste!F2: la durata (90 min) non sta nella fascia 09:00–10:00",
        "Richieste!B3: ente 'A5' sconosciuto",
        "Richieste!F3: durata 50 non multipla di 15 minuti",
        "Richieste!G3: 07/12/2027 fuori dal periodo del progetto P1 (01/01/2026–31/12/2026)",
        "Richieste!E4: valore 'piccione' non ammesso (ammessi: in presenza, telefonica, video)",
        "Richieste!G4: data '31/02/2026' non valida (GG/MM/AAAA)",
        "Richieste!C5: l'ente A2 (ambito CREMA) non è tra gli ambiti del progetto P1",
    ]


def test_missing_columns_sheets_rows_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Enti"
    book.active.append(["ID", "Nome"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.AGENCIES, path, CTX)
    assert str(info.value.problems[0]) == "Enti!1: colonna 'Tipo' mancante"
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.MEDIATORS, path, CTX)
    assert str(info.value.problems[0]) == "Mediatori: foglio 'Mediatori' mancante"
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.MEDIATORS, _filled(tmp_path, Kind.MEDIATORS, []), CTX)
    assert info.value.problems[0].code == "no_rows"
    with pytest.raises(ImportRefused) as info:
        read_import(Kind.MEDIATORS, b"not a zip", CTX)
    assert info.value.problems[0].code == "unreadable"
