"""Time of the report's monitoring tables (counting and small-count protection) on a year of interventions.

    .venv/bin/python benchmarks/bench_monitoring.py [--interventions 500 3000] [--nationalities 40]

A year over 3 projects, 6 agency kinds, 10 areas and up to 40 nationalities (a few common, many rare:
the rare ones make the small counts), 70 % of interventions with people recorded. Prints, per size,
the rows of the tables, the cells hidden ("<3" and "x") and the seconds. The protection checks each
hidden cell with a CP-SAT model, so the time follows the number of small counts more than the size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from decimal import Decimal
from zoneinfo import ZoneInfo

from mediation_desk.io.xlsx_monitoring import MonitoringTables
from mediation_desk.scheduling.billing import BillingLine, Charge
from mediation_desk.scheduling.disclosure import Mark
from mediation_desk.scheduling.model import (
    Booking,
    BookingId,
    BookingStatus,
    MediatorId,
    Mode,
    Outcome,
    RequestId,
)
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services.monitoring_report import tables

ROME = ZoneInfo("Europe/Rome")
KINDS = ("municipality", "school", "health", "court", "social_services", "other")


Year = tuple[list[BillingLine], dict[BookingId, PeopleAssisted], dict[str, str]]


def year(count: int, nationalities: int, seed: int = 1) -> Year:
    rng = random.Random(seed)
    lines, records, stated = [], {}, {}
    for i in range(count):
        start = dt.datetime(2026, 1, 1, 9, tzinfo=ROME) + dt.timedelta(hours=rng.randint(0, 24 * 364))
        booking = Booking(BookingId(f"B{i}"), RequestId(f"R{i}"), MediatorId("M"), start,
                          start + dt.timedelta(hours=1), status=BookingStatus.DONE, outcome=Outcome.DELIVERED)
        lines.append(BillingLine(booking, "m", "a", rng.choice(KINDS), f"AREA{rng.randint(0, 9)}",
                                 rng.choice(("P1", "P2", "P3")), "ar", Mode.IN_PERSON, "", "",
                                 Charge.DELIVERED, 60, 0, Decimal(0)))
        stated[f"R{i}"] = f"Paese {min(int(rng.expovariate(0.15)), nationalities - 1)}"
        if rng.random() < 0.7:
            people = rng.choice((1, 1, 2, 3, 4, 6))
            women = rng.randint(0, people)
            minors = rng.randint(0, people)
            records[booking.id] = PeopleAssisted(people, women, rng.randint(0, people - women), minors,
                                                 rng.randint(0, people - minors))
    return lines, records, stated


def hidden(result: MonitoringTables) -> tuple[int, int]:
    cells = [c for b in result.blocks for r in b.rows for c in r.cells] + list(result.total.cells)
    return sum(c.mark is Mark.SMALL for c in cells), sum(c.mark is Mark.HIDDEN for c in cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interventions", type=int, nargs="+", default=[500, 3000])
    parser.add_argument("--nationalities", type=int, default=40)
    args = parser.parse_args()
    for count in args.interventions:
        lines, records, stated = year(count, args.nationalities)
        began = time.perf_counter()
        result = tables(lines, records, stated, ROME)
        seconds = time.perf_counter() - began
        small, secondary = hidden(result)
        rows = sum(len(b.rows) for b in result.blocks)
        print(f"{count} interventions: {rows} rows, {small} '<3' and {secondary} 'x' cells, {seconds:.1f} s")


if __name__ == "__main__":
    main()
