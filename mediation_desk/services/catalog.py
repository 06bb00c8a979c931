"""Edits of the service's catalogue: mediators, agencies, projects; checked against references, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from mediation_desk.scheduling.identifiers import text_problems
from mediation_desk.scheduling.model import Agency, Mediator, MediatorId, Project
from mediation_desk.services import changes
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

T = TypeVar("T")


class CatalogError(Exception):
    """An edit that cannot be saved; ``code`` names why, ``params`` what is involved."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def _areas(s: Session) -> set[str]:
    return {a.code for a in repository.list_areas(s)}


def _check_texts(entity: Any, kind: str, key: str, new: bool) -> None:
    """Ids of safe characters, names and addresses on one line: they go into mail headers and URLs.

    An existing id is not judged again (an older import may have let another shape in).
    """
    for name, code in text_problems(entity):
        if code == "bad_id" and not new:
            continue
        raise CatalogError(code, kind=kind, id=key, field=name)


def _check_new(exists: bool, new: bool, kind: str, key: str) -> None:
    if not key.strip():
        raise CatalogError("missing_id", kind=kind)
    if new and exists:
        raise CatalogError("duplicate_id", kind=kind, id=key)
    if not new and not exists:
        raise CatalogError("not_found", kind=kind, id=key)


def _audit(
    s: Session, now: dt.datetime, actor: str, entity: str, key: str, new: bool, before: Any, after: Any
) -> None:
    changed = sorted(k for k, v in asdict(after).items()
                     if k != "version" and (before is None or getattr(before, k) != v))
    repository.add_audit(s, at=now, actor=actor, action="create" if new else "update", entity=entity,
                         entity_id=key, details={"changed": changed})


def _save(
    db: Database, kind: str, key: str, entity: T, *, new: bool, actor: str, now: dt.datetime,
    get: Callable[[Session, str], T | None], check: Callable[[Session, T], None],
    store: Callable[[Session, T], None], also: ChangeSet = changes.NOTHING,
) -> Changed[T]:
    """The one shape of a catalogue save: exists or not as ``new`` says, ``check`` refuses, store, audit."""
    with db.write() as s:
        before = get(s, key)
        _check_new(before is not None, new, kind, key)
        _check_texts(entity, kind, key, new)
        check(s, entity)
        store(s, entity)
        _audit(s, now, actor, kind, key, new, before, entity)
    return Changed(entity, changes.CATALOGUE | also)


def _check_mediator(s: Session, mediator: Mediator) -> None:
    if not mediator.name.strip() or "@" not in mediator.email:
        raise CatalogError("missing_field", kind="mediator", id=mediator.id)
    languages = {lang.code.lower() for lang in repository.list_languages(s)}
    unknown = [sk.code for sk in mediator.languages if sk.code.lower() not in languages]
    if unknown or not mediator.languages:
        raise CatalogError("unknown_language", languages=unknown)
    if set(mediator.areas) - _areas(s):
        raise CatalogError("unknown_area", areas=sorted(set(mediator.areas) - _areas(s)))
    if any(w.end_min <= w.start_min or not 0 <= w.day <= 6 for w in mediator.availability):
        raise CatalogError("bad_availability", mediator=mediator.id)
    if any(a.end <= a.start for a in mediator.absences):
        raise CatalogError("bad_absence", mediator=mediator.id)


def _check_agency(s: Session, agency: Agency) -> None:
    if not agency.name.strip():
        raise CatalogError("missing_field", kind="agency", id=agency.id)
    if agency.area not in _areas(s):
        raise CatalogError("unknown_area", areas=[agency.area])
    check_stated_mediators(s, agency.preferred_mediators, agency.avoided_mediators)


def check_stated_mediators(s: Session, preferred: list[MediatorId], avoided: list[MediatorId]) -> None:
    """The mediators an agency prefers or avoids exist, and none is in both lists."""
    known = {m.id for m in repository.list_mediators(s)}
    unknown = [m for m in [*preferred, *avoided] if m not in known]
    if unknown:
        raise CatalogError("unknown_mediator", mediators=unknown)
    both = [m for m in preferred if m in avoided]
    if both:
        raise CatalogError("preferred_and_avoided", mediators=both)


def _check_project(s: Session, project: Project) -> None:
    if not project.name.strip():
        raise CatalogError("missing_field", kind="project", id=project.code)
    if project.end < project.start or project.hour_budget <= 0:
        raise CatalogError("bad_dates_or_budget", project=project.code)
    if set(project.areas) - _areas(s):
        raise CatalogError("unknown_area", areas=sorted(set(project.areas) - _areas(s)))
    known = {lang.code.lower() for lang in repository.list_languages(s)}
    unknown = sorted(code for code in project.languages if code.lower() not in known)
    if unknown:
        raise CatalogError("unknown_project_language", languages=unknown)


def save_mediator(
    db: Database, mediator: Mediator, *, new: bool, actor: str, now: dt.datetime
) -> Changed[Mediator]:
    return _save(db, "mediator", mediator.id, mediator, new=new, actor=actor, now=now,
                 get=repository.get_mediator, check=_check_mediator, store=repository.save_mediator)


def save_agency(
    db: Database, agency: Agency, *, new: bool, actor: str, now: dt.datetime
) -> Changed[Agency]:
    return _save(db, "agency", agency.id, agency, new=new, actor=actor, now=now,
                 get=repository.get_agency, check=_check_agency, store=repository.save_agency)


def save_project(
    db: Database, project: Project, *, new: bool, actor: str, now: dt.datetime
) -> Changed[Project]:
    return _save(db, "project", project.code, project, new=new, actor=actor, now=now,
                 get=repository.get_project, check=_check_project, store=repository.save_project,
                 also=ChangeSet(budgets=frozenset({project.code})))
