"""One row of an import template to one domain object: mediators, agencies and requests."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from typing import Any

from mediation_desk.io.xlsx_columns import DAY_LABELS, GENDERS, LEVEL_LABELS, Kind
from mediation_desk.io.xlsx_common import AGENCY_KIND_LABELS, MODE_LABELS, PRIORITY_LABELS
from mediation_desk.io.xlsx_import_cells import ImportContext, RowReader
from mediation_desk.scheduling import timeutil
from mediation_desk.scheduling.model import (
    WEEKDAYS,
    Agency,
    AgencyId,
    AgencyKind,
    AreaCode,
    ContactPerson,
    Interval,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    Mode,
    Priority,
    ProjectCode,
    Request,
    RequestId,
    WeeklyWindow,
)

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
WINDOW_PATTERN = re.compile(r"([A-Za-z]{2})\s+(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})")
YES_WORDS = {"sì", "si", "s", "yes", "y", "true", "1", "x"}
NO_WORDS = {"no", "n", "false", "0"}
MAX_DURATION_MIN = 12 * 60
GENDER_LABELS = {g: g for g in GENDERS}


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,]", text) if part.strip()]


def _id(r: RowReader, ctx: ImportContext, required: bool) -> str:
    ident = r.text("id", required)
    if not ident:
        return ""
    if not ID_PATTERN.fullmatch(ident):
        r.problem("id", "bad_id", f"ID '{ident}' non valido (lettere, cifre, . _ -; al massimo 40)")
    elif ident in ctx.existing_ids:
        r.problem("id", "existing_id", f"ID '{ident}' già presente nel servizio")
    return ident


def _code(r: RowReader, key: str, known: Collection[str], what: str, required: bool = True) -> str:
    """A code of the service, spelled as the service spells it (matched without case)."""
    text = r.text(key, required)
    if not text:
        return ""
    canonical = {c.casefold(): c for c in known}.get(text.casefold())
    if canonical is None:
        r.problem(key, f"unknown_{key}", f"{what} '{text}' sconosciut{'a' if what[-1] == 'a' else 'o'}")
        return ""
    return canonical


def _languages(r: RowReader, ctx: ImportContext) -> list[LanguageSkill]:
    skills = []
    for item in _split(r.text("languages", True)):
        code_text, _, level_text = (part.strip() for part in item.partition(":"))
        canonical = {c.casefold(): c for c in ctx.languages}.get(code_text.casefold())
        if canonical is None:
            r.problem("languages", "unknown_language", f"lingua '{code_text}' sconosciuta")
            continue
        level = LanguageLevel.WORKING
        if level_text:
            found = [lv for lv, label in LEVEL_LABELS.items() if level_text.casefold() in (label, lv.value)]
            if not found:
                r.problem("languages", "bad_level", f"livello '{level_text}' non valido "
                          f"(ammessi: {', '.join(LEVEL_LABELS.values())})")
                continue
            level = found[0]
        skills.append(LanguageSkill(LanguageCode(canonical), level))
    return skills


def _availability(r: RowReader) -> list[WeeklyWindow]:
    windows = []
    for item in _split(r.text("availability")):
        match = WINDOW_PATTERN.fullmatch(item)
        day = -1
        if match:
            label = match.group(1).upper()
            day = DAY_LABELS.index(label) if label in DAY_LABELS else (
                WEEKDAYS.index(label) if label in WEEKDAYS else -1)
        if match is None or day < 0:
            r.problem("availability", "bad_window", f"fascia '{item}' non valida (es. 'LU 09:00-13:00')")
            continue
        h1, m1, h2, m2 = (int(match.group(i)) for i in range(2, 6))
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 >= 60 or m2 >= 60 or not 0 <= start < end <= 1440:
            r.problem("availability", "bad_window", f"fascia '{item}': l'ora di fine deve seguire l'inizio")
            continue
        windows.append(WeeklyWindow(day, start, end))
    return windows


def _yes_no(r: RowReader, key: str, default: bool) -> bool:
    text = r.text(key).casefold()
    if not text:
        return default
    if text in YES_WORDS or text in NO_WORDS:
        return text in YES_WORDS
    r.problem(key, "not_allowed", f"valore '{text}' non ammesso (ammessi: sì, no)")
    return default


def mediator_row(r: RowReader, ctx: ImportContext) -> Mediator | None:
    ident, name, email = _id(r, ctx, True), r.text("name", True), r.text("email", True)
    if email and not EMAIL_PATTERN.fullmatch(email):
        r.problem("email", "bad_email", f"indirizzo email '{email}' non valido")
    gender = r.choice("gender", GENDER_LABELS)
    languages = _languages(r, ctx)
    areas: list[AreaCode] = []
    for code in _split(r.text("areas", True)):
        canonical = {c.casefold(): c for c in ctx.areas}.get(code.casefold())
        if canonical is None:
            r.problem("areas", "unknown_area", f"ambito '{code}' sconosciuto")
        else:
            areas.append(AreaCode(canonical))
    lat, lon = r.number("lat", True, -90, 90), r.number("lon", True, -180, 180)
    max_hours = r.number("max_hours", True, 0.25, 168)
    availability = _availability(r)
    rate = r.number("rate", False, 0, 10_000)
    active = _yes_no(r, "active", True)
    if r.failed or lat is None or lon is None or max_hours is None:
        return None
    return Mediator(MediatorId(ident), name, email, gender, languages, areas, lat, lon, round(max_hours * 60),
                    skills=_split(r.text("skills")), availability=availability, phone=r.text("phone"),
                    hourly_rate=rate, active=active)


def agency_row(r: RowReader, ctx: ImportContext) -> Agency | None:
    ident, name = _id(r, ctx, True), r.text("name", True)
    kind = r.choice("kind", AGENCY_KIND_LABELS, True)
    area = _code(r, "area", ctx.areas, "ambito")
    address = r.text("address", True)
    lat, lon = r.number("lat", True, -90, 90), r.number("lon", True, -180, 180)
    contact = r.text("contact")
    details = [r.text(k) for k in ("contact_role", "contact_phone", "contact_email")]
    if not contact and any(details):
        r.problem("contact", "required", "nome del referente mancante")
    if details[2] and not EMAIL_PATTERN.fullmatch(details[2]):
        r.problem("contact_email", "bad_email", f"indirizzo email '{details[2]}' non valido")
    if r.failed or lat is None or lon is None:
        return None
    role, phone, email = details
    contacts = [ContactPerson(contact, role, phone, email)] if contact else []
    return Agency(AgencyId(ident), name, AgencyKind(kind), AreaCode(area), address, lat, lon, contacts)


def _request_window(r: RowReader, ctx: ImportContext, project: str, duration: int | None) -> list[Interval]:
    day, first, last = r.date("date"), r.minutes_of_day("from"), r.minutes_of_day("to")
    if day is None or first is None or last is None:
        return []
    if last <= first:
        r.problem("to", "bad_window", "l'ora 'Alle' deve seguire 'Dalle'")
        return []
    start_at, end_at = _wall(r, "from", day, first, ctx.tz), _wall(r, "to", day, last, ctx.tz)
    if start_at is None or end_at is None:
        return []
    if duration is not None and end_at.timestamp() - start_at.timestamp() < duration * 60:  # real time
        r.problem("duration", "too_long", f"la durata ({duration} min) non sta nella fascia "
                  f"{first // 60:02d}:{first % 60:02d}–{last // 60:02d}:{last % 60:02d}")
    if project in ctx.projects:
        start, end = ctx.projects[project]
        if not start <= day <= end:
            r.problem("date", "outside_project", f"{day:%d/%m/%Y} fuori dal periodo del progetto {project} "
                      f"({start:%d/%m/%Y}–{end:%d/%m/%Y})")
    return [Interval(start_at, end_at)]


def _wall(r: RowReader, key: str, day: dt.date, minutes: int, tz: dt.tzinfo) -> dt.datetime | None:
    """The one instant of a local time; a problem when daylight saving skips or repeats it."""
    if minutes >= 1440:
        return timeutil.wall_to_instant(day, minutes, tz)  # midnight ending the day
    try:
        return timeutil.strict_local(day, dt.time(minutes // 60, minutes % 60), tz)
    except timeutil.WallTimeError as exc:
        shown = f"{minutes // 60:02d}:{minutes % 60:02d} del {day:%d/%m/%Y}"
        if exc.problem is timeutil.WallTimeProblem.NONEXISTENT:
            r.problem(key, "nonexistent_time", f"l'ora {shown} non esiste (quella notte si passa all'ora "
                      "legale e gli orologi vanno dalle 02:00 alle 03:00): scegli un'altra ora")
        else:
            r.problem(key, "ambiguous_time", f"l'ora {shown} capita due volte (quella notte torna l'ora "
                      "solare): scegli un'ora prima delle 02:00 o dalle 03:00")
        return None


def request_row(r: RowReader, ctx: ImportContext) -> Request | None:
    ident = _id(r, ctx, False)
    agency = _code(r, "agency", ctx.agencies, "ente")
    project = _code(r, "project", ctx.projects, "progetto", required=False)
    language = _code(r, "language", ctx.languages, "lingua")
    mode = r.choice("mode", MODE_LABELS, True)
    number = r.number("duration", True, 15, MAX_DURATION_MIN)
    duration = None if number is None else int(number)
    if number is not None and (number != duration or duration % 15):
        r.problem("duration", "not_quarter", f"durata {number:g} non multipla di 15 minuti")
        duration = None
    windows = _request_window(r, ctx, project, duration)
    area, served = ctx.agency_areas.get(agency), ctx.project_areas.get(project)
    if area and served and area not in served:
        r.problem("project", "area_not_funded", f"l'ente {agency} (ambito {area}) non è tra gli ambiti "
                  f"del progetto {project}")
    gender = r.choice("gender", GENDER_LABELS)
    priority = r.choice("priority", PRIORITY_LABELS) or Priority.NORMAL
    if r.failed or duration is None or not windows:
        return None
    return Request(
        RequestId(ident), AgencyId(agency), ProjectCode(project) if project else None, LanguageCode(language),
        Mode(mode), duration, windows, required_gender=gender, skill=r.text("skill") or None,
        case=r.text("case") or None, priority=Priority(priority), agency_contact=r.text("agency_contact"),
        contact_on_site=r.text("contact_on_site"), reason=r.text("reason"), nationality=r.text("nationality"),
        address=r.text("address"), notes=r.text("notes"), received_at=ctx.now,
    )


BUILDERS: dict[Kind, Callable[[RowReader, ImportContext], Any]] = {
    Kind.MEDIATORS: mediator_row, Kind.AGENCIES: agency_row, Kind.REQUESTS: request_row,
}
