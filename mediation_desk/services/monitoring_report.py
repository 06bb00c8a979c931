"""The monitoring tables of the hour report: interventions and people reached, small counts protected.

Counted: the delivered interventions (closed with actual times) among the
report's bookings. Four breakdowns of the same total: by month and project,
by nationality (the record's, else the request's), by agency kind, by area;
each row with the interventions, those with people recorded, the people and
their gender and age-band breakdowns. Every count that could single someone
out is hidden (``scheduling.disclosure``), jointly over the four blocks since
they share one total row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy.orm import Session

from mediation_desk.io.xlsx_monitoring import (
    COLUMNS,
    Dimension,
    MonitoringBlock,
    MonitoringTables,
    ShownCell,
    TableRow,
)
from mediation_desk.scheduling.billing import BillingLine
from mediation_desk.scheduling.disclosure import CellKey, Relation, protect
from mediation_desk.scheduling.model import BookingId
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services.monitoring import delivered
from mediation_desk.storage import monitoring_store

GENDER = ("women", "men", "gender_unknown")
AGE = ("minors", "adults", "age_unknown")
TOTAL = "total"


def report_tables(s: Session, lines: Sequence[BillingLine], tz: dt.tzinfo) -> MonitoringTables:
    """The monitoring tables of the report's billing ``lines`` (bookings of the period, every status)."""
    done = [ln for ln in lines if delivered(ln.booking)]
    records = monitoring_store.of_bookings(s, [ln.booking.id for ln in done])
    nationalities = monitoring_store.request_nationalities(s, [ln.booking.request for ln in done])
    return tables(done, records, nationalities, tz)


def tables(lines: Iterable[BillingLine], records: Mapping[BookingId, PeopleAssisted],
           request_nationality: Mapping[str, str], tz: dt.tzinfo) -> MonitoringTables:
    """Count and protect; ``lines`` of delivered interventions only."""
    counts: dict[tuple[Dimension, tuple[str, ...]], dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(COLUMNS, 0))
    total = dict.fromkeys(COLUMNS, 0)
    spelling: dict[str, str] = {}
    for line in sorted(lines, key=lambda ln: (ln.booking.start, ln.booking.id)):
        record = records.get(line.booking.id)
        stated = " ".join(((record.nationality if record else "")
                           or request_nationality.get(line.booking.request, "")).split())
        nationality = spelling.setdefault(stated.casefold(), stated)
        month = line.booking.start.astimezone(tz).strftime("%Y-%m")
        for key in ((Dimension.MONTH_PROJECT, (month, line.project)), (Dimension.NATIONALITY, (nationality,)),
                    (Dimension.AGENCY_KIND, (line.agency_kind,)), (Dimension.AREA, (line.area,))):
            _add(counts[key], record)
        _add(total, record)
    return _protected(counts, total)


def _add(row: dict[str, int], record: PeopleAssisted | None) -> None:
    row["interventions"] += 1
    if record is None:
        return
    row["with_data"] += 1
    for name in ("people", "women", "men", "minors", "adults"):
        row[name] += getattr(record, name)
    row["gender_unknown"] += record.gender_unknown
    row["age_unknown"] += record.age_unknown


def _sort_key(dimension: Dimension, key: tuple[str, ...]) -> tuple[object, ...]:
    if dimension is Dimension.NATIONALITY:
        return (key[0] == "", key[0].casefold())  # "not stated" last
    return tuple((part == "", part) for part in key)


def _protected(counts: Mapping[tuple[Dimension, tuple[str, ...]], dict[str, int]],
               total: dict[str, int]) -> MonitoringTables:
    values: dict[CellKey, int] = {(TOTAL, c): total[c] for c in COLUMNS}
    relations: list[Relation] = []
    by_dimension: dict[Dimension, list[tuple[str, ...]]] = {d: [] for d in Dimension}
    for (dimension, key), row in counts.items():
        by_dimension[dimension].append(key)
        values.update({(dimension, key, c): row[c] for c in COLUMNS})
    for dimension, keys in by_dimension.items():
        keys.sort(key=lambda k, d=dimension: _sort_key(d, k))  # type: ignore[misc]
        for c in COLUMNS:  # the rows of a block add up to the total row
            relations.append(Relation((TOTAL, c), tuple((dimension, k, c) for k in keys)))
    prefixes: list[tuple[object, ...]] = [(TOTAL,)]
    prefixes += [(d, k) for d, keys in by_dimension.items() for k in keys]
    for prefix in prefixes:
        for group in (GENDER, AGE):  # within a row: people = women + men + not stated, and by age band
            relations.append(Relation((*prefix, "people"), tuple((*prefix, c) for c in group)))
    orders = [((*prefix, "with_data"), (*prefix, other)) for prefix in prefixes
              for other in ("interventions", "people")]  # each recorded intervention reached somebody
    # the report's bookings sheet lists every booking with its month, project, agency kind, area and
    # outcome: a reader knows those counts of interventions anyway (not by nationality, not the people)
    known = [(*p, "interventions") for p in prefixes if p[0] is not Dimension.NATIONALITY]
    marks = protect(values, relations, orders, keep=[(TOTAL, c) for c in COLUMNS], known=known)

    def table_row(prefix: tuple[object, ...], key: tuple[str, ...]) -> TableRow:
        return TableRow(key, tuple(ShownCell(values[(*prefix, c)], marks[(*prefix, c)]) for c in COLUMNS))

    blocks = tuple(MonitoringBlock(d, tuple(table_row((d, k), k) for k in by_dimension[d]))
                   for d in Dimension)
    return MonitoringTables(blocks, table_row((TOTAL,), ()))

