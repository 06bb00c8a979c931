"""Cells of an Excel import: where a problem is, and a row reader that collects problems, never raises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.scheduling.identifiers import control_character, line_break

MULTILINE_KEYS = frozenset({"notes", "reason"})  # the only cells that may hold several lines


@dataclass(frozen=True)
class ImportProblem:
    """One problem of an import file, where it is (sheet, row, column letter) and what it is."""

    sheet: str
    row: int | None
    column: str
    code: str
    message: str  # Italian, for the coordinator

    @property
    def where(self) -> str:
        if self.row is None:
            return self.sheet
        return f"{self.sheet}!{self.column}{self.row}"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ImportRefused(Exception):
    """The file was not imported; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class ImportContext:
    """What a row may refer to: the service's codes and ids, and its time zone."""

    tz: dt.tzinfo
    now: dt.datetime | None = None  # becomes the received_at of imported requests
    areas: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()  # codes as the service spells them; matched without case
    agencies: frozenset[str] = frozenset()
    projects: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)  # code -> (start, end)
    existing_ids: frozenset[str] = frozenset()  # ids of the kind being imported
    agency_areas: dict[str, str] = field(default_factory=dict)  # agency id -> area code
    project_areas: dict[str, frozenset[str]] = field(default_factory=dict)  # empty set: every area


class RowReader:
    """The cells of one data row by column key, collecting problems instead of raising."""

    def __init__(self, sheet: str, row: int, cells: dict[str, Any], letters: dict[str, str],
                 problems: list[ImportProblem]) -> None:
        self.sheet, self.row, self.cells, self.letters = sheet, row, cells, letters
        self.problems = problems
        self.failed = False

    def problem(self, key: str, code: str, message: str) -> None:
        self.failed = True
        self.problems.append(ImportProblem(self.sheet, self.row, self.letters.get(key, ""), code, message))

    def raw(self, key: str) -> Any:
        value = self.cells.get(key)
        return value.strip() if isinstance(value, str) else value

    def text(self, key: str, required: bool = False) -> str:
        value = self.raw(key)
        if value is None or value == "":
            if required:
                self.problem(key, "required", "campo obbligatorio")
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime | dt.date | dt.time):
            self.problem(key, "not_text", f"atteso un testo, trovato '{value}'")
            return ""
        text = str(value)
        if key not in MULTILINE_KEYS and line_break(text):  # Alt+Enter in a cell
            self.problem(key, "line_break", "il testo deve stare su una riga (togli gli a capo nella cella)")
            return ""
        if control_character(text):
            self.problem(key, "control_character", "il testo contiene caratteri di controllo non ammessi")
            return ""
        return text

    def number(self, key: str, required: bool = False, low: float | None = None,
               high: float | None = None) -> float | None:
        value = self.raw(key)
        if value is None or value == "":
            if required:
                self.problem(key, "required", "campo obbligatorio")
            return None
        if isinstance(value, str):
            try:
                value = float(value.replace(",", "."))
            except ValueError:
                self.problem(key, "not_a_number", f"'{value}' non è un numero")
                return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(key, "not_a_number", f"'{value}' non è un numero")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(key, "out_of_range", f"{value:g} fuori dall'intervallo {low:g}–{high:g}"
                         if low is not None and high is not None else f"{value:g} non ammesso")
            return None
        return float(value)

    def choice(self, key: str, labels: dict[Any, str], required: bool = False) -> Any:
        """The value whose Italian label (or code) the cell holds, compared without case."""
        text = self.text(key, required)
        if not text:
            return None
        for value, label in labels.items():
            if text.casefold() in (label.casefold(), str(value).casefold()):
                return value
        allowed = ", ".join(labels.values())
        self.problem(key, "not_allowed", f"valore '{text}' non ammesso (ammessi: {allowed})")
        return None

    def date(self, key: str) -> dt.date | None:
        value = self.raw(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value is None or value == "":
            self.problem(key, "required", "campo obbligatorio")
            return None
        try:
            return dt.datetime.strptime(str(value), "%d/%m/%Y").date()
        except ValueError:
            self.problem(key, "bad_date", f"data '{value}' non valida (GG/MM/AAAA)")
            return None

    def minutes_of_day(self, key: str) -> int | None:
        """A time of day as minutes after midnight; 24:00 is accepted as the end of the day."""
        value = self.raw(key)
        if isinstance(value, dt.datetime):
            value = value.time()
        if isinstance(value, dt.time):
            return value.hour * 60 + value.minute
        if isinstance(value, float) and 0 <= value <= 1:  # a time cell read without its format
            return round(value * 1440)
        if value is None or value == "":
            self.problem(key, "required", "campo obbligatorio")
            return None
        text = str(value).replace(".", ":")
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and minutes.isdigit() and len(minutes) == 2:
            total = int(hours) * 60 + int(minutes)
            if int(minutes) < 60 and total <= 1440:
                return total
        self.problem(key, "bad_time", f"ora '{value}' non valida (HH:MM)")
        return None
