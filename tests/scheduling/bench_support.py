"""Shared benchmark files for the scheduling tests: gen.py and rules.py by path, scenarios as ServiceData."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from mediation_desk.scheduling.model import (
    Agency,
    AgencyKind,
    Area,
    Booking,
    BookingStatus,
    Interval,
    Language,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    Mode,
    Priority,
    Project,
    Request,
    RequestStatus,
    ServiceData,
    WeeklyWindow,
)

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def bench_module(name: str) -> ModuleType:
    """Import ../shared/bench/<name>.py by path."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    key = f"bench_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def generate(tmp: Path, preset: str, seed: int, *extra: str) -> dict[str, Any]:
    """Run gen.py and return the scenario document."""
    out = tmp / f"{preset}-{seed}{''.join(extra)}.json"
    subprocess.run([sys.executable, str(BENCH / "gen.py"), "--preset", preset, "--seed", str(seed),
                    "--out", str(out), *extra], check=True)
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def _instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _mediator(m: dict[str, Any]) -> Mediator:
    return Mediator(
        id=m["id"], name=m["name"], email=m.get("email", ""), gender=m.get("gender"),
        languages=[LanguageSkill(x["code"], LanguageLevel(x["level"])) for x in m["languages"]],
        areas=list(m["areas"]), lat=m["lat"], lon=m["lon"], max_minutes_per_week=m["max_minutes_per_week"],
        skills=list(m.get("skills", [])),
        availability=[WeeklyWindow(DAYS.index(w["day"]), _minutes(w["start"]), _minutes(w["end"]))
                      for w in m.get("availability", [])],
        absences=[Interval(_instant(a["start"]), _instant(a["end"])) for a in m.get("absences", [])])


def _request(r: dict[str, Any]) -> Request:
    return Request(
        id=r["id"], agency=r["agency"], project=r.get("project"), language=r["language"],
        mode=Mode(r["mode"]), duration_min=r["duration_min"],
        windows=[Interval(_instant(w["start"]), _instant(w["end"])) for w in r["windows"]],
        required_gender=r.get("required_gender"), skill=r.get("skill"), case=r.get("case"),
        priority=Priority(r.get("priority", "normal")), status=RequestStatus(r.get("status", "pending")))


def service_from_doc(doc: dict[str, Any]) -> ServiceData:
    """The entities of a generated scenario as domain objects (the fields the rules use)."""
    return ServiceData(
        timezone=doc["timezone"],
        areas=[Area(a["code"], a["name"], a["lat"], a["lon"]) for a in doc["areas"]],
        languages=[Language(x["code"], x["name"]) for x in doc["languages"]],
        projects=[Project(p["code"], p["name"], p["funder"], dt.date.fromisoformat(p["start"]),
                          dt.date.fromisoformat(p["end"]), p["hour_budget"], list(p.get("areas", [])))
                  for p in doc["projects"]],
        agencies=[Agency(a["id"], a["name"], AgencyKind(a["kind"]), a["area"], a.get("address", ""),
                         a["lat"], a["lon"]) for a in doc["agencies"]],
        mediators=[_mediator(m) for m in doc["mediators"]],
        requests=[_request(r) for r in doc["requests"]],
        bookings=[Booking(b["id"], b["request"], b["mediator"], _instant(b["start"]), _instant(b["end"]),
                          BookingStatus(b.get("status", "confirmed"))) for b in doc.get("bookings", [])])
