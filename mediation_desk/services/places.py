"""The Italian comuni shipped with the app (ISTAT code, name, province, a point), found by what is typed.

The list is package data (resources/places/comuni.csv.gz, rebuilt from
openpolis/geojson-italy by resources/places/build_comuni.py; see the NOTICE
beside it). An agency or a mediator placed from a comune keeps its ISTAT code
in ``extra[COMUNE_KEY]``, so the form shows the comune again and a scenario
export carries it like any extra field.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import math
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

COMUNE_KEY = "comune"  # Agency.extra / Mediator.extra: the ISTAT code of the comune it was placed in
DATA = ("mediation_desk", "resources/places/comuni.csv.gz")
NEAR_KM = 3.0  # an unplaced agency this close to a comune's point is shown as being in it


@dataclass(frozen=True)
class Comune:
    istat: str  # six digits, e.g. "019036"
    name: str
    province: str  # the acronym, e.g. "CR"
    lat: float
    lon: float

    @property
    def label(self) -> str:
        """How the comune is shown and typed: "Cremona (CR)"."""
        return f"{self.name} ({self.province})"


class UnknownComune(LookupError):
    """No comune has that name (in that province)."""


class AmbiguousComune(LookupError):
    """Comuni of that name lie in several provinces: the province must be said."""

    def __init__(self, name: str, provinces: list[str]) -> None:
        super().__init__(name, provinces)
        self.name = name
        self.provinces = provinces


def fold(text: str) -> str:
    """What searches compare: no accents, no case, apostrophes and hyphens as spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    for mark in ("'", "’", "`", "-", "/"):
        bare = bare.replace(mark, " ")
    return " ".join(bare.split())


@functools.cache
def comuni() -> tuple[Comune, ...]:
    """Every comune, in ISTAT code order (read once from the package data)."""
    raw = gzip.decompress(resources.files(DATA[0]).joinpath(DATA[1]).read_bytes())
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")), delimiter=";")
    return tuple(
        Comune(row["istat"], row["name"], row["province"], float(row["lat"]), float(row["lon"]))
        for row in reader
    )


@functools.cache
def _by_code() -> dict[str, Comune]:
    return {c.istat: c for c in comuni()}


@functools.cache
def _keys() -> tuple[tuple[str, Comune], ...]:
    """Folded names (each part of a bilingual name too: "San Candido/Innichen") with their comune."""
    keys = []
    for comune in comuni():
        keys.append((fold(comune.name), comune))
        if "/" in comune.name:
            keys += [(fold(part), comune) for part in comune.name.split("/")]
    return tuple(keys)


def by_code(code: str) -> Comune | None:
    return _by_code().get(code.strip())


def search(text: str, limit: int = 20) -> list[Comune]:
    """Comuni whose name holds ``text`` ("crem", "forli", "Cremona (CR)"): exact names first, then
    names that start with it, then the rest, each group by name."""
    name, province = _split_label(text)
    wanted = fold(name)
    if not wanted:
        return []
    ranked: dict[str, tuple[int, str, Comune]] = {}
    for key, comune in _keys():
        if province and comune.province != province:
            continue
        if key == wanted:
            rank = 0
        elif key.startswith(wanted):
            rank = 1
        elif wanted in key:
            rank = 2
        else:
            continue
        best = ranked.get(comune.istat)
        if best is None or rank < best[0]:
            ranked[comune.istat] = (rank, fold(comune.name), comune)
    return [entry[2] for entry in sorted(ranked.values(), key=lambda e: (e[0], e[1], e[2].province))][:limit]


def resolve(text: str, province: str | None = None) -> Comune:
    """The one comune called ``text`` ("Castro", "Castro (LE)", or "Castro" with province "LE").

    Raises UnknownComune when none is, AmbiguousComune when the name is in several provinces.
    """
    name, said = _split_label(text)
    province = (province or said or "").strip().upper() or None
    wanted = fold(name)
    found = [c for key, c in _keys() if key == wanted and (province is None or c.province == province)]
    found = list({c.istat: c for c in found}.values())
    if not found:
        raise UnknownComune(text)
    if len(found) > 1:
        raise AmbiguousComune(name.strip(), sorted(c.province for c in found))
    return found[0]


def nearest(lat: float, lon: float, within_km: float = NEAR_KM) -> Comune | None:
    """The comune whose point is closest to (lat, lon), if it is within ``within_km``."""
    best: tuple[float, Comune] | None = None
    for comune in comuni():
        if abs(comune.lat - lat) > 0.5 or abs(comune.lon - lon) > 0.5:
            continue
        distance = _km(lat, lon, comune.lat, comune.lon)
        if best is None or distance < best[0]:
            best = (distance, comune)
    return best[1] if best is not None and best[0] <= within_km else None


def placed_in(extra: dict[str, Any], lat: float, lon: float) -> Comune | None:
    """The comune an agency or mediator was placed in, else the one its coordinates are in the middle of."""
    code = extra.get(COMUNE_KEY)
    if isinstance(code, str) and (comune := by_code(code)) is not None:
        return comune
    return nearest(lat, lon)


def _split_label(text: str) -> tuple[str, str | None]:
    """"Castro (LE)" -> ("Castro", "LE"); "Castro" -> ("Castro", None)."""
    stripped = text.strip()
    if stripped.endswith(")") and "(" in stripped:
        name, _, rest = stripped.rpartition("(")
        code = rest[:-1].strip().upper()
        if len(code) == 2 and code.isalpha():
            return name.strip(), code
    return stripped, None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
