"""Scenario documents ``mediation-desk/1``: JSON bytes or objects <-> ``ServiceData``, losslessly.

``decode_scenario`` refuses an invalid document with a ``ScenarioError`` that
lists every problem with its JSON path; ``encode_scenario`` writes the format's
fields, then the fields the document had and we did not know (``extra``), then
our own fields (phone, notes, outcome...) when they differ from their default.
Instants are written in the document's time zone, as the benchmark does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mediation_desk.io import scenario_decode as decode
from mediation_desk.io.scenario_fields import MISSING, Context, Fields, json_type
from mediation_desk.io.scenario_problems import Problem, ScenarioError
from mediation_desk.io.scenario_validate import Located, check_booking_rules, check_references
from mediation_desk.scheduling import model as m
from mediation_desk.scheduling.identifiers import control_character
from mediation_desk.scheduling.timeutil import zone

FORMAT = "mediation-desk/1"
MAX_DEPTH = 32  # the format nests 4 levels; unknown fields are kept, but not arbitrarily deep
MAX_TEXT = 20_000  # characters in any one string (the longest notes are a few hundred)
MAX_EXTRA_BYTES = 64 * 1024  # unknown fields kept with one entity, as JSON
MAX_DOCUMENT_EXTRA_BYTES = 1024 * 1024  # unknown fields kept at the top of the document

__all__ = ["FORMAT", "Problem", "ScenarioError", "decode_scenario", "encode_scenario", "dump_scenario"]


def parse_json(raw: bytes | str) -> Any:
    """The JSON value of a document's text; bad text is a problem at ``$``."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return json.loads(text)
    except UnicodeDecodeError as exc:
        raise ScenarioError([Problem("$", f"not UTF-8 text (byte {exc.start})")]) from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise ScenarioError([Problem("$", f"not valid JSON: {exc.msg} at {where}")]) from exc
    except RecursionError as exc:
        raise ScenarioError([Problem("$", f"nested more than {MAX_DEPTH} levels deep")]) from exc
    except ValueError as exc:  # a number of thousands of digits
        raise ScenarioError([Problem("$", "a number in the document is far too long")]) from exc


def check_values(doc: Any) -> list[Problem]:
    """Every string (key or value) is storable text and nothing is nested deeper than MAX_DEPTH.

    A lone surrogate cannot be written as UTF-8 and PostgreSQL refuses a NUL
    character; unknown fields are kept as they are, so they are checked too.
    Paths are made only for what is wrong: a large document walks quickly.
    """
    problems: list[Problem] = []

    def text(value: str, path: Callable[[], str]) -> None:
        if "\x00" in value:
            problems.append(Problem(path(), "contains a NUL character"))
        elif control_character(value):
            problems.append(Problem(path(), "contains a control character or half of a surrogate pair"))
        elif len(value) > MAX_TEXT:
            problems.append(Problem(path(), f"a text of {len(value)} characters (at most {MAX_TEXT})"))

    stack: list[tuple[Any, str, int]] = [(doc, "$", 0)]
    if isinstance(doc, str):
        text(doc, lambda: "$")
    while stack and len(problems) < 100:
        value, path, depth = stack.pop()
        if depth >= MAX_DEPTH:
            problems.append(Problem(path, f"nested more than {MAX_DEPTH} levels deep"))
            continue
        items: list[tuple[Any, Any]] | Any = value.items() if isinstance(value, dict) else enumerate(value)
        keyed = isinstance(value, dict)
        for key, item in items:
            if keyed and (control_character(str(key)) or len(str(key)) > MAX_TEXT):
                problems.append(Problem(path, "a key contains a control character or is too long"))
            if isinstance(item, str):
                text(item, _deferred(path, key))
            elif isinstance(item, dict | list):
                stack.append((item, _child(path, key), depth + 1))
    problems.sort(key=lambda p: p.path)
    return problems


def _deferred(path: str, key: object) -> Callable[[], str]:
    return lambda: _child(path, key)


def _child(path: str, key: object) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def decode_scenario(doc_or_bytes: bytes | str | dict[str, Any]) -> m.ServiceData:
    """A whole service from a document (parsed or as text); every problem at once in ``ScenarioError``."""
    doc = parse_json(doc_or_bytes) if isinstance(doc_or_bytes, bytes | str) else doc_or_bytes
    if not isinstance(doc, dict):
        raise ScenarioError([Problem("$", f"expected a JSON object, found {json_type(doc)}")])
    unstorable = check_values(doc)
    if unstorable:
        raise ScenarioError(unstorable)
    ctx = Context()
    top = Fields(ctx, doc, "$")
    tag = top.raw("format")
    if tag is not MISSING and tag != FORMAT:
        top.bad("format", f"expected {FORMAT!r}, found {json.dumps(tag, ensure_ascii=False)}")
    tz_name = top.text("timezone")
    try:
        ctx.tz = ZoneInfo(tz_name) if tz_name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        top.bad("timezone", f"unknown time zone {tz_name!r}")
    found = Located(
        areas=[(p, decode.area(f)) for f, p in top.items("areas")],
        languages=[(p, decode.language(f)) for f, p in top.items("languages")],
        projects=[(p, decode.project(f)) for f, p in top.items("projects")],
        agencies=[(p, decode.agency(f)) for f, p in top.items("agencies")],
        mediators=[(p, decode.mediator(f)) for f, p in top.items("mediators")],
        requests=[(p, decode.request(f)) for f, p in top.items("requests")],
        bookings=[(p, decode.booking(f)) for f, p in top.items("bookings")],
    )
    data = m.ServiceData(
        timezone=tz_name,
        areas=[e for _, e in found.areas],
        languages=[e for _, e in found.languages],
        projects=[e for _, e in found.projects],
        agencies=[e for _, e in found.agencies],
        mediators=[e for _, e in found.mediators],
        requests=[e for _, e in found.requests],
        bookings=[e for _, e in found.bookings],
        cases=decode.case_preferences(top),
        extra=top.rest,
    )
    check_references(ctx, found)
    _check_extra_sizes(ctx, found, top.rest)
    if not ctx.problems:  # the rules need a consistent document
        check_booking_rules(ctx, data, found)
    if ctx.problems:
        raise ScenarioError(ctx.problems)
    return data


def _check_extra_sizes(ctx: Context, found: Located, document_extra: dict[str, Any]) -> None:
    """Unknown fields are kept and written back, within a size: a document is not a place to store files."""
    if len(json.dumps(document_extra)) > MAX_DOCUMENT_EXTRA_BYTES:
        ctx.problem("$", f"unknown fields of more than {MAX_DOCUMENT_EXTRA_BYTES // 1024} KB")
    groups: list[list[tuple[str, Any]]] = [found.areas, found.languages, found.projects,  # type: ignore[list-item]
                                           found.agencies, found.mediators, found.requests, found.bookings]
    for group in groups:
        for path, entity in group:
            if len(json.dumps(getattr(entity, "extra", {}) or {})) > MAX_EXTRA_BYTES:
                ctx.problem(path, f"unknown fields of more than {MAX_EXTRA_BYTES // 1024} KB")


def dump_scenario(data: m.ServiceData) -> bytes:
    """The document as UTF-8 JSON text, one key a line like the benchmark's files."""
    text = json.dumps(encode_scenario(data), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def encode_scenario(data: m.ServiceData) -> dict[str, Any]:
    """The ``mediation-desk/1`` document of a service."""
    enc = _Encoder(zone(data.timezone))
    doc: dict[str, Any] = {"format": FORMAT, "timezone": data.timezone}
    doc.update(data.extra)
    doc["areas"] = [_merge({"code": a.code, "name": a.name, "lat": a.lat, "lon": a.lon}, a.extra)
                    for a in data.areas]
    doc["languages"] = [_merge({"code": lg.code, "name": lg.name}, lg.extra) for lg in data.languages]
    doc["projects"] = [enc.project(p) for p in data.projects]
    doc["agencies"] = [enc.agency(a) for a in data.agencies]
    doc["mediators"] = [enc.mediator(x) for x in data.mediators]
    doc["requests"] = [enc.request(r) for r in data.requests]
    doc["bookings"] = [enc.booking(b) for b in data.bookings]
    if data.cases:  # ours, not the format's: what agencies state per case
        doc["case_preferences"] = [
            _merge({"case": c.case}, c.extra, _own(preferred_mediators=(list(c.preferred_mediators), []),
                                                   avoided_mediators=(list(c.avoided_mediators), [])))
            for c in data.cases]
    return doc


def _merge(fields: dict[str, Any], extra: dict[str, Any], own: dict[str, Any] | None = None) -> (
    dict[str, Any]
):
    """Format fields, then unknown ones, then our own non-default ones (which win over a stale extra)."""
    out = dict(fields)
    out.update(extra)
    if own:
        out.update(own)
    return out


def _own(**values: tuple[Any, Any]) -> dict[str, Any]:
    """Our own fields as (value, default) pairs: only the non-default ones are written."""
    return {key: value for key, (value, default) in values.items() if value != default}


class _Encoder:
    """Entity encoders sharing the document's time zone."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz

    def instant(self, value: dt.datetime) -> str:
        spec = "seconds" if value.microsecond == 0 else "microseconds"
        return value.astimezone(self.tz).isoformat(timespec=spec)

    def maybe(self, value: dt.datetime | None) -> str | None:
        return None if value is None else self.instant(value)

    def interval(self, iv: m.Interval) -> dict[str, Any]:
        return _merge({"start": self.instant(iv.start), "end": self.instant(iv.end)}, iv.extra,
                      _own(reason=(iv.reason, "")))

    def window(self, w: m.WeeklyWindow) -> dict[str, Any]:
        fields = {"day": m.WEEKDAYS[w.day], "start": _hhmm(w.start_min), "end": _hhmm(w.end_min)}
        return _merge(fields, w.extra)

    def project(self, p: m.Project) -> dict[str, Any]:
        return _merge({"code": p.code, "name": p.name, "funder": p.funder, "start": p.start.isoformat(),
                       "end": p.end.isoformat(), "hour_budget": p.hour_budget, "areas": list(p.areas)},
                      p.extra, _own(hourly_rate=(p.hourly_rate, None),
                                    agency_kinds=([str(k) for k in p.agency_kinds], []),
                                    languages=(list(p.languages), [])))

    def agency(self, a: m.Agency) -> dict[str, Any]:
        contacts = [_merge({"name": c.name}, c.extra, _own(role=(c.role, ""), phone=(c.phone, ""),
                                                            email=(c.email, "")))
                    for c in a.contacts]
        return _merge({"id": a.id, "name": a.name, "kind": str(a.kind), "area": a.area, "address": a.address,
                       "lat": a.lat, "lon": a.lon}, a.extra, _own(
                           contacts=(contacts, []), notify_by_mail=(a.notify_by_mail, True),
                           preferred_mediators=(list(a.preferred_mediators), []),
                           avoided_mediators=(list(a.avoided_mediators), [])))

    def mediator(self, x: m.Mediator) -> dict[str, Any]:
        return _merge({
            "id": x.id, "name": x.name, "email": x.email, "gender": x.gender,
            "languages": [_merge({"code": s.code, "level": str(s.level)}, s.extra) for s in x.languages],
            "areas": list(x.areas), "lat": x.lat, "lon": x.lon,
            "max_minutes_per_week": x.max_minutes_per_week, "skills": list(x.skills),
            "availability": [self.window(w) for w in x.availability],
            "absences": [self.interval(a) for a in x.absences],
        }, x.extra, _own(phone=(x.phone, ""), hourly_rate=(x.hourly_rate, None), active=(x.active, True)))

    def request(self, r: m.Request) -> dict[str, Any]:
        return _merge({
            "id": r.id, "agency": r.agency, "project": r.project, "language": r.language, "mode": str(r.mode),
            "duration_min": r.duration_min, "windows": [self.interval(w) for w in r.windows],
            "required_gender": r.required_gender, "skill": r.skill, "case": r.case,
            "priority": str(r.priority), "status": str(r.status),
        }, r.extra, _own(
            agency_contact=(r.agency_contact, ""), contact_on_site=(r.contact_on_site, ""),
            reason=(r.reason, ""), nationality=(r.nationality, ""), address=(r.address, ""),
            notes=(r.notes, ""),
            min_level=(str(r.min_level) if r.min_level else None, None),
            level_required=(r.level_required, False), skill_required=(r.skill_required, False),
            received_at=(self.maybe(r.received_at), None), waiting_funds=(r.waiting_funds, False)))

    def booking(self, b: m.Booking) -> dict[str, Any]:
        return _merge({
            "id": b.id, "request": b.request, "mediator": b.mediator, "start": self.instant(b.start),
            "end": self.instant(b.end), "status": str(b.status),
        }, b.extra, _own(
            outcome=(None if b.outcome is None else str(b.outcome), None),
            actual_start=(self.maybe(b.actual_start), None), actual_end=(self.maybe(b.actual_end), None),
            cancelled_at=(self.maybe(b.cancelled_at), None), cancel_reason=(b.cancel_reason, ""),
            cancelled_by=(None if b.cancelled_by is None else str(b.cancelled_by), None),
            reply=(str(b.reply), str(m.ReplyStatus.NEEDS_ACTION)), sequence=(b.sequence, 0),
            series=(b.series, None), budget_override=(b.budget_override, ""),
            created_at=(self.maybe(b.created_at), None)))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
