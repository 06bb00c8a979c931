"""Reading the "Monitoraggio" sheet back with openpyxl, and what a reader could work out from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ortools.sat.python import cp_model

BLOCK_TITLES = ("Per mese e progetto", "Per nazionalità", "Per tipo di ente", "Per ambito")
HEADERS = ("Interventi svolti", "di cui con dati sulle persone", "Persone raggiunte", "Donne", "Uomini",
           "Genere non indicato", "Minori", "Adulti", "Età non indicata")
NAMES = ("interventions", "with_data", "people", "women", "men", "gender_unknown", "minors", "adults",
         "age_unknown")

Cell = int | str  # a number, "<3" or "x"
Block = dict[tuple[str, str], dict[str, Cell]]  # (label, second label) -> column name -> what is written


def read_sheet(path: Path) -> tuple[dict[str, Block], list[list[Any]]]:
    """The blocks of the sheet by title (each with its "Totale" row under ("Totale", "")), and every row."""
    import openpyxl

    sheet = openpyxl.load_workbook(path)["Monitoraggio"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    blocks: dict[str, Block] = {}
    current: Block | None = None
    for i, row in enumerate(rows):
        if row and row[0] in BLOCK_TITLES:
            assert tuple(rows[i + 1][2:11]) == HEADERS
            current = blocks.setdefault(row[0], {})
            continue
        if current is None or not row or row[0] is None or row[0] in ("Mese", "Nazionalità", "Tipo di ente",
                                                                      "Ambito"):
            continue
        label = row[0].strftime("%Y-%m") if isinstance(row[0], dt.datetime) else str(row[0])  # a month
        current[(label, str(row[1] or ""))] = dict(zip(NAMES, row[2:11], strict=True))
        if row[0] == "Totale":
            current = None
    return blocks, rows


def exposed(blocks: dict[str, Block], truth: dict[str, dict[tuple[str, str], dict[str, int]]]) -> list[str]:
    """The hidden cells a reader could work out exactly: a CP-SAT model of what the sheet says.

    Known to the reader: the numbers, "<3" is 1 or 2, "x" is any count, each block's rows add up to its
    total row (the same total in every block), people = women + men + not stated = minors + adults + not
    stated, and people and interventions are at least the interventions with data; and, from the report's
    bookings sheet, the number of interventions of each month and project, agency kind and area.
    """
    cells = [(title, label, name) for title, block in blocks.items() for label, row in block.items()
             for name in NAMES if not isinstance(row[name], int)]
    return [" / ".join((t, *lb, n)) for t, lb, n in cells
            if not _known(t, n) and not _can_differ(blocks, truth, (t, lb, n))]


def _known(title: str, name: str) -> bool:
    """Counts a reader finds elsewhere in the report: interventions by anything but nationality."""
    return name == "interventions" and title != "Per nazionalità"


def _can_differ(blocks: dict[str, Block], truth: dict[str, dict[tuple[str, str], dict[str, int]]],
                target: tuple[str, tuple[str, str], str]) -> bool:
    """Does some table fit everything the report says, with ``target`` other than its true value?"""
    model = cp_model.CpModel()
    var: dict[tuple[str, tuple[str, str], str], Any] = {}

    def term(title: str, label: tuple[str, str], name: str) -> Any:
        written = blocks[title][label][name]
        if isinstance(written, int):
            return written
        if _known(title, name):
            return truth[title][label][name]
        key = (title, label, name)
        if key not in var:
            low, high = (1, 2) if written == "<3" else (0, 10**6)
            var[key] = model.new_int_var(low, high, "/".join((title, *label, name)))
        return var[key]

    total = ("Totale", "")
    for title, block in blocks.items():
        for name in NAMES:
            model.add(sum(term(title, label, name) for label in block if label != total)
                      == term(title, total, name))
            model.add(term(title, total, name) == term(BLOCK_TITLES[0], total, name))
        for label in block:
            people = term(title, label, "people")
            model.add(people == sum(term(title, label, n) for n in ("women", "men", "gender_unknown")))
            model.add(people == sum(term(title, label, n) for n in ("minors", "adults", "age_unknown")))
            model.add(term(title, label, "with_data") <= people)
            model.add(term(title, label, "with_data") <= term(title, label, "interventions"))
    title, label, name = target
    model.add(term(*target) != truth[title][label][name])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    return solver.solve(model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
