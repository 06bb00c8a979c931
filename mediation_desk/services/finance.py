"""Use cases of finance: billing rules per project, monthly timesheets and hour reports as Excel files.

Exports read everything in one read transaction, compute the billing lines
with the pure rules of ``scheduling.billing``, and stream the workbook to a
temporary file next to the target that replaces it only when complete: a
cancelled or failed export leaves the old file (or none) in place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.io.xlsx_columns import Kind
from mediation_desk.io.xlsx_common import Progress, ShouldStop, never_stop, no_progress
from mediation_desk.io.xlsx_import import (
    ImportContext,
    ImportProblem,
    ImportRefused,
    ParsedImport,
    check_size,
    read_import,
)
from mediation_desk.io.xlsx_report import BudgetLine, ReportInput, write_report
from mediation_desk.io.xlsx_template import Lookups, write_template
from mediation_desk.io.xlsx_timesheets import TimesheetInput, write_timesheets
from mediation_desk.scheduling import timeutil
from mediation_desk.scheduling.billing import (
    BillingError,
    BillingLine,
    BillingRule,
    Charge,
    bill_all,
    rule_for_project,
    settings_key,
)
from mediation_desk.scheduling.budget import BudgetStatus, project_budget
from mediation_desk.scheduling.model import Agency, Booking, Mediator, Project, ProjectCode, RequestId
from mediation_desk.services import budget, changes, missing_sheets, monitoring_report, settings_store
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.services.finance_rows import RequestFacts, booking_rows
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import AgencyRow, MediatorRow, RequestRow

P = ParamSpec("P")
R = TypeVar("R")
SERVICE_NAME_KEY = "service.name"
DEFAULT_SERVICE_NAME = "Servizio di mediazione interculturale"
NEW_FILE_MODE = 0o600  # exports name people and hours: only their owner reads them


class FinanceError(Exception):
    """A finance request that cannot be served: ``code`` says why, ``params`` with what."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class FinanceExport:
    """What an export wrote: the file, its bookings, and the billable minutes it shows."""

    path: Path
    bookings: int
    minutes_by_mediator: dict[str, int] = field(default_factory=dict)
    minutes_by_project: dict[str, int] = field(default_factory=dict)

    @property
    def minutes(self) -> int:
        return sum(self.minutes_by_project.values())


def service_tz(s: Session) -> dt.tzinfo:
    return timeutil.zone(repository.service_timezone(s))


def service_name(s: Session) -> str:
    name = repository.get_setting(s, SERVICE_NAME_KEY, None)
    extra = repository.get_setting(s, repository.SERVICE_EXTRA_KEY, {}) or {}
    for candidate in (name, extra.get("name") if isinstance(extra, dict) else None):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return DEFAULT_SERVICE_NAME


def billing_rules(s: Session, projects: Sequence[Project] | None = None) -> dict[str, BillingRule]:
    """The billing rule of every project: defaults, the project's own fields, then its setting."""
    rules: dict[str, BillingRule] = {}
    for project in projects if projects is not None else repository.list_projects(s):
        setting = repository.get_setting(s, settings_key(project.code), None)
        try:
            rules[project.code] = rule_for_project(project, setting)
        except BillingError as exc:
            raise FinanceError("bad_billing_rule", project=project.code, field=exc.field) from exc
    return rules


def read_billing_rules(db: Database) -> dict[str, BillingRule]:
    """The billing rule of every project, for the settings view."""
    with db.read() as s:
        return billing_rules(s)


def billing_rules_and_versions(db: Database) -> tuple[dict[str, BillingRule], dict[str, int]]:
    """The billing rule of every project and the version of each one's setting (0: none stored),
    read together for an editor."""
    with db.read() as s:
        rules = billing_rules(s)
        return rules, {code: repository.setting_version(s, settings_key(code)) for code in rules}


def set_billing_rule(
    db: Database, code: ProjectCode, rule: BillingRule, *, actor: str, now: dt.datetime,
    read_version: int | None = None,
) -> Changed[BillingRule]:
    """Store the billing rule of project ``code`` (a business setting), with an audit line.
    ``read_version`` (from billing_rules_and_versions; None: not checked) refuses with StaleEditError
    a rule saved by someone else since it was read."""
    with db.read() as s:
        if repository.get_project(s, code) is None:
            raise FinanceError("unknown_project", project=code)
    value = rule.to_setting()
    changed = settings_store.save_settings(db, {settings_key(code): value}, action="billing_rule",
                                           entity="project", entity_id=code, audit_details=value,
                                           now=now, actor=actor,
                                           read_versions=None if read_version is None
                                           else {settings_key(code): read_version})
    return Changed(rule, changed | ChangeSet(budgets=frozenset({code})))


def billing_lines(s: Session, start: dt.datetime, end: dt.datetime, *, project: str | None = None,
                  rules: dict[str, BillingRule] | None = None) -> list[BillingLine]:
    """Billing lines of the bookings starting in [start, end) (any status), optionally of one project."""
    rows = [(b, f) for b, f in booking_rows(s, start, end) if project is None or f.project == project]
    return _bill(s, rows, rules if rules is not None else billing_rules(s))


def _local_days(s: Session, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after last 00:00) in the service's time zone."""
    tz = service_tz(s)
    return (dt.datetime.combine(first, dt.time(), tzinfo=tz),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=tz))


def billed_lines(
    db: Database, first: dt.date, last: dt.date, *, project: str | None = None
) -> list[BillingLine]:
    """Billing lines of the bookings of the service's days ``first`` to ``last`` (the reports view)."""
    with db.read() as s:
        start, end = _local_days(s, first, last)
        return billing_lines(s, start, end, project=project)


@dataclass(frozen=True)
class ProjectOverview:
    """One project's budget figures and the billing lines of its whole period (the projects view)."""

    project: Project
    status: BudgetStatus
    rule: BillingRule
    lines: list[BillingLine]


def project_overview(db: Database, code: ProjectCode, now: dt.datetime) -> ProjectOverview | None:
    with db.read() as s:
        project = repository.get_project(s, code)
        if project is None:
            return None
        rules = billing_rules(s, [project])
        status = budget.project_status(s, project, now, rules[code])
        start, end = _local_days(s, project.start, project.end)
        lines = billing_lines(s, start, end, project=code, rules=rules)
        return ProjectOverview(project, status, rules[code], lines)


def _bill(s: Session, rows: Sequence[tuple[Booking, RequestFacts]],
          rules: dict[str, BillingRule]) -> list[BillingLine]:
    agencies: dict[str, Agency] = {a.id: a for a in repository.list_agencies(s)}
    mediators: dict[str, Mediator] = {m.id: m for m in repository.list_mediators(s)}
    facts: dict[str, RequestFacts] = {b.request: f for b, f in rows}
    return bill_all([b for b, _ in rows], facts, agencies, mediators, rules)


def _minutes_by(lines: Sequence[BillingLine], key: str) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for line in lines:
        if line.charge is not Charge.NONE:
            out[line.booking.mediator if key == "mediator" else line.project] += line.billable_min
    return dict(out)


def _without_gc_pauses(export: Callable[P, R]) -> Callable[P, R]:
    """Run ``export`` with the cyclic garbage collector paused.

    While a year of bookings becomes objects the collector rescans the growing
    heap again and again (a third of the export time); these objects hold no
    cycles, and everything is freed by reference counting as usual.
    """

    @functools.wraps(export)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return export(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run


@contextlib.contextmanager
def _atomic_path(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that replaces it when the block succeeds."""
    target = Path(target)
    mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(temp_name)
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


@_without_gc_pauses
def export_timesheets(db: Database, month: dt.date, out: str | Path, *, progress: Progress = no_progress,
                      should_stop: ShouldStop = never_stop) -> FinanceExport:
    """Write the timesheets of ``month`` (one sheet per mediator with billed work) to ``out``."""
    with db.read() as s:
        tz = service_tz(s)
        start, end = timeutil.month_bounds(month, tz)
        projects: dict[str, Project] = {p.code: p for p in repository.list_projects(s)}
        rules = billing_rules(s, list(projects.values()))
        lines = billing_lines(s, start, end, rules=rules)
        sheet_input = TimesheetInput(service_name(s), month, tz, lines, projects,
                                     {lang.code: lang.name for lang in repository.list_languages(s)}, rules)
    with _atomic_path(Path(out)) as temp:
        write_timesheets(temp, sheet_input, progress=progress, should_stop=should_stop)
    billed = [ln for ln in lines if ln.charge is not Charge.NONE]
    return FinanceExport(Path(out), len(billed), _minutes_by(billed, "mediator"),
                         _minutes_by(billed, "project"))


def budget_lines(projects: Sequence[Project], rows: Sequence[tuple[Booking, RequestFacts]],
                 rules: dict[str, BillingRule], now: dt.datetime) -> list[BudgetLine]:
    """Budget status of ``projects`` as of ``now``; ``rows`` must hold every booking of each project."""
    by_project: dict[str, list[Booking]] = defaultdict(list)
    for booking, facts in rows:
        if facts.project is not None:
            by_project[facts.project].append(booking)
    out = []
    for project in projects:
        status = project_budget(project, by_project[project.code], now, rules[project.code])
        out.append(BudgetLine(project.code, project.name, project.funder, round(status.budget_min),
                              round(status.delivered_min), round(status.committed_min),
                              status.forecast_exhausted))
    return out


@_without_gc_pauses
def export_report(db: Database, first: dt.date, last: dt.date, out: str | Path, *, now: dt.datetime,
                  project: str | None = None, progress: Progress = no_progress,
                  should_stop: ShouldStop = never_stop) -> FinanceExport:
    """Write the hour report of the bookings starting from ``first`` to ``last`` (inclusive) to ``out``."""
    if last < first:
        raise FinanceError("empty_period", first=first.isoformat(), last=last.isoformat())
    with db.read() as s:
        tz = service_tz(s)
        projects = repository.list_projects(s)
        if project is not None and project not in {p.code for p in projects}:
            raise FinanceError("unknown_project", project=project)
        rules = billing_rules(s, projects)
        # in UTC like the stored instants: comparing across zones would cost an offset lookup per booking
        start = timeutil.local_midnight(first, tz).astimezone(dt.UTC)
        end = timeutil.local_midnight(last + dt.timedelta(days=1), tz).astimezone(dt.UTC)
        chosen = [p for p in projects if project is None or p.code == project]
        rows = booking_rows(s, start, end, projects=[p.code for p in chosen])
        in_period = [(b, f) for b, f in rows
                     if start <= b.start < end and (project is None or f.project == project)]
        lines = _bill(s, in_period, rules)
        report = ReportInput(
            service_name(s), first, last, tz, lines, {p.code: p.name for p in projects},
            {a.code: a.name for a in repository.list_areas(s)},
            {lang.code: lang.name for lang in repository.list_languages(s)},
            budget_lines(chosen, rows, rules, now), project, rules,
            missing_sheets=missing_sheets.missing_in(s, start, end, project=project),
            monitoring=monitoring_report.report_tables(s, lines, tz),
        )
    with _atomic_path(Path(out)) as temp:
        write_report(temp, report, progress=progress, should_stop=should_stop)
    return FinanceExport(Path(out), len(lines), _minutes_by(lines, "mediator"), _minutes_by(lines, "project"))


# ---- Excel templates and imports -------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    """What an Excel import added: the kind and the new ids, in file order."""

    kind: Kind
    ids: list[str]

    @property
    def changes(self) -> ChangeSet:
        return changes.of_requests(self.ids) if self.kind is Kind.REQUESTS else changes.CATALOGUE


def template_lookups(s: Session) -> Lookups:
    """The service's codes the templates offer in their drop-down lists."""
    return Lookups(
        areas=[(a.code, a.name) for a in repository.list_areas(s)],
        languages=[(lang.code, lang.name) for lang in repository.list_languages(s)],
        agencies=[(a.id, a.name) for a in repository.list_agencies(s)],
        projects=[(p.code, p.name) for p in repository.list_projects(s)],
    )


def export_template(db: Database | None, kind: Kind, out: str | Path) -> Path:
    """Write the import template of ``kind``; with a database its lists hold the service's codes."""
    lookups = Lookups()
    if db is not None:
        with db.read() as s:
            lookups = template_lookups(s)
    with _atomic_path(Path(out)) as temp:
        write_template(kind, temp, lookups)
    return Path(out)


def import_context(s: Session, kind: Kind, now: dt.datetime) -> ImportContext:
    column = {Kind.MEDIATORS: MediatorRow.id, Kind.AGENCIES: AgencyRow.id, Kind.REQUESTS: RequestRow.id}[kind]
    existing: list[str] = list(s.scalars(sa.select(column)))
    agencies, projects = repository.list_agencies(s), repository.list_projects(s)
    return ImportContext(
        tz=service_tz(s), now=now,
        areas=frozenset(a.code for a in repository.list_areas(s)),
        languages=frozenset(lang.code for lang in repository.list_languages(s)),
        agencies=frozenset(a.id for a in agencies),
        projects={p.code: (p.start, p.end) for p in projects},
        existing_ids=frozenset(existing),
        agency_areas={a.id: a.area for a in agencies},
        project_areas={p.code: frozenset(p.areas) for p in projects},
    )


def import_xlsx(db: Database, kind: Kind, source: str | Path | bytes, *, actor: str, now: dt.datetime,
                progress: Progress = no_progress, should_stop: ShouldStop = never_stop) -> ImportResult:
    """Import every row of a filled template, or nothing: ImportRefused lists every problem."""
    raw = source if isinstance(source, bytes) else read_import_file(Path(source))
    label = "bytes" if isinstance(source, bytes) else Path(source).name
    with db.read() as s:
        checked_against = import_context(s, kind, now)
    parsed = read_import(kind, raw, checked_against, progress=progress, should_stop=should_stop)
    with db.write() as s:
        ctx = import_context(s, kind, now)
        if ctx != checked_against:  # someone changed the service meanwhile: check again under the lock
            parsed = read_import(kind, raw, ctx)
        ids = _store_import(s, parsed)
        repository.add_audit(s, at=now, actor=actor, action="import_xlsx", entity=kind.value, entity_id="",
                             details={"source": label, "count": len(ids), "ids": ids})
    return ImportResult(kind, ids)


def read_import_file(path: Path) -> bytes:
    """The bytes of an Excel file to import, refused (ImportRefused) when too large or unreadable."""
    try:
        check_size(path.stat().st_size)
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefused([ImportProblem("", None, "", "unreadable",
                                           f"il file non si può leggere ({exc.strerror or exc})")]) from exc


def _store_import(s: Session, parsed: ParsedImport) -> list[str]:
    """Insert the parsed rows in bulk: time linear in the rows (the ids are all new, checked before)."""
    fresh = iter(repository.next_ids(s, "request", sum(1 for r in parsed.requests if not r.id)))
    requests = [r if r.id else replace(r, id=RequestId(next(fresh))) for r in parsed.requests]
    repository.insert_new(s, mediators=parsed.mediators, agencies=parsed.agencies, requests=requests)
    return [m.id for m in parsed.mediators] + [a.id for a in parsed.agencies] + [r.id for r in requests]
