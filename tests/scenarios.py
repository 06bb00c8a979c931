"""Scenarios for the tests, made by the project's own demo generator: a whole service around a given day.

The demo (``services/demo.py``) places every booking with the domain's rules, three weeks
before the day and two after it, so a day picks the season: ``DECEMBER`` is a plain winter
service, ``DST`` straddles the end of summer time (Sunday 25 October 2026), ``MONTH_END``
crosses from November into December. Another day of the same season gives another service,
the way a seed would.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from mediation_desk.io.scenario import dump_scenario
from mediation_desk.scheduling.model import ServiceData
from mediation_desk.services.demo import build_demo

DECEMBER = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
DST = dt.datetime(2026, 10, 22, 9, 0, tzinfo=dt.UTC)
MONTH_END = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def demo_service(around: dt.datetime = DECEMBER, variant: int = 0) -> ServiceData:
    """The demo service of ``around``; ``variant`` n is that of n days later (another draw, same season)."""
    return build_demo(around + dt.timedelta(days=variant))


def demo_document(around: dt.datetime = DECEMBER, variant: int = 0) -> dict[str, Any]:
    """The same service as a ``mediation-desk/1`` JSON document."""
    doc: dict[str, Any] = json.loads(dump_scenario(demo_service(around, variant)))
    return doc


def write_demo(folder: Path, around: dt.datetime = DECEMBER, variant: int = 0) -> Path:
    """The document written to a file in ``folder`` (once per day and variant)."""
    path = folder / f"demo-{around:%Y%m%d}-{variant}.json"
    if not path.exists():
        path.write_bytes(dump_scenario(demo_service(around, variant)))
    return path
