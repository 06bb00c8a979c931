"""Business settings, the audit trail and fresh ids: the bookkeeping around the entities."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.storage.errors import StaleEditError
from mediation_desk.storage.orm import (
    AgencyRow,
    AuditRow,
    BookingRow,
    IdCounterRow,
    MediatorRow,
    RequestRow,
    SeriesRow,
    SettingRow,
)

# kind of id -> (prefix, table whose primary key it is)
ID_KINDS: dict[str, tuple[str, sa.Table]] = {
    "agency": ("A", AgencyRow.__table__),  # type: ignore[dict-item]
    "booking": ("B", BookingRow.__table__),  # type: ignore[dict-item]
    "mediator": ("M", MediatorRow.__table__),  # type: ignore[dict-item]
    "request": ("R", RequestRow.__table__),  # type: ignore[dict-item]
    "series": ("S", SeriesRow.__table__),  # type: ignore[dict-item]
}
ID_DIGITS = 5
REDACTED = "[anonimizzato]"


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail: who did what to which entity, when."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    """The JSON value stored under ``key``, or ``default`` when there is none."""
    row = s.get(SettingRow, key)
    return default if row is None else row.value


def setting_version(s: Session, key: str) -> int:
    """The version of the setting stored under ``key`` (0 when there is none)."""
    return int(s.scalar(sa.select(SettingRow.version).where(SettingRow.key == key)) or 0)


def check_setting_version(
    s: Session, key: str, read_version: int, *, changed_in: tuple[str, str] | None = None
) -> None:
    """Raise StaleEditError when the setting ``key`` is no longer at ``read_version`` (0: no row).

    ``changed_in`` is the (entity, entity id) its saves are audited under, to say who changed it.
    """
    current = setting_version(s, key)
    if current == read_version:
        return
    last = (last_change(s, *changed_in) if changed_in is not None else None) \
        or last_change(s, "setting", key) or last_change(s, "settings", "business")
    raise StaleEditError("setting", key, changed_by=last.actor if last else None,
                         changed_at=last.at if last else None, current_version=current)


def set_setting(
    s: Session, key: str, value: Any, *, read_version: int | None = None,
    changed_in: tuple[str, str] | None = None,
) -> None:
    """Store a JSON-serialisable value (raises TypeError for anything else).

    With ``read_version`` (the version the editor read, 0 when there was no
    row) a setting changed since then is refused with StaleEditError; ``changed_in``
    is where its saves are audited (see check_setting_version).
    """
    json.dumps(value)  # refuse early and clearly what JSON cannot hold
    if read_version is not None:
        check_setting_version(s, key, read_version, changed_in=changed_in)
    row = s.get(SettingRow, key)
    if row is None:
        s.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    s.flush()


def delete_setting(s: Session, key: str) -> None:
    s.execute(sa.delete(SettingRow).where(SettingRow.key == key))


def add_audit(
    s: Session,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any],
) -> AuditEntry:
    """Append one line to the audit trail (inside the caller's transaction)."""
    json.dumps(details)
    row = AuditRow(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id, details=details)
    s.add(row)
    s.flush()
    return _audit_of(row)


def add_audits(
    s: Session, *, at: dt.datetime, actor: str, entries: Iterable[tuple[str, str, str, dict[str, Any]]]
) -> int:
    """Append many lines (action, entity, entity id, details) of one actor at once; returns how many."""
    rows = [{"at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
             "details": details} for action, entity, entity_id, details in entries]
    for row in rows:
        json.dumps(row["details"])  # refuse before writing anything
    if rows:
        s.flush()
        s.execute(sa.insert(AuditRow.__table__), rows)  # type: ignore[arg-type]
    return len(rows)


def list_audit(s: Session, entity: str | None = None, entity_id: str | None = None) -> list[AuditEntry]:
    """The audit trail, oldest first, optionally of one kind of entity or one entity."""
    query = sa.select(AuditRow).order_by(AuditRow.id)
    if entity is not None:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == entity_id)
    return [_audit_of(row) for row in s.scalars(query)]


def search_audit(
    s: Session, *, since: dt.datetime | None = None, until: dt.datetime | None = None,
    actor: str | None = None, entity_id: str | None = None, limit: int | None = None,
) -> list[AuditEntry]:
    """Audit lines from ``since`` (included) to ``until`` (excluded), of one actor or record; newest last.

    With ``limit`` the newest ``limit`` lines of the selection, still in order.
    """
    query = sa.select(AuditRow)
    if since is not None:
        query = query.where(AuditRow.at >= since)
    if until is not None:
        query = query.where(AuditRow.at < until)
    if actor:
        query = query.where(AuditRow.actor == actor)
    if entity_id:
        query = query.where(AuditRow.entity_id == entity_id)
    query = query.order_by(AuditRow.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [_audit_of(row) for row in reversed(list(s.scalars(query)))]


def audit_actors(s: Session) -> list[str]:
    """Everyone named in the audit trail, sorted."""
    return sorted(s.scalars(sa.select(AuditRow.actor).distinct()))


def scrub_audit(s: Session, entity_ids: Sequence[str], keys: Sequence[str]) -> int:
    """Blank the detail ``keys`` of the audit lines about ``entity_ids`` (who, what and when stay).

    On PostgreSQL the lines are append-only; only ``md_scrub_audit`` (migration
    0004e) may do this. Returns how many lines changed.
    """
    if not entity_ids or not keys:
        return 0
    s.flush()
    if s.get_bind().dialect.name == "postgresql":
        query = sa.text("SELECT md_scrub_audit(CAST(:ids AS text[]), CAST(:keys AS text[]))")
        return int(s.scalar(query, {"ids": list(entity_ids), "keys": list(keys)}) or 0)
    changed = 0
    for row in s.scalars(sa.select(AuditRow).where(AuditRow.entity_id.in_(list(entity_ids)))):
        if any(key in row.details for key in keys):
            row.details = {k: (REDACTED if k in keys else v) for k, v in row.details.items()}
            changed += 1
    s.flush()
    return changed


def last_change(s: Session, entity: str, entity_id: str) -> AuditEntry | None:
    """The newest audit line about one record (who changed it last, and when), None when there is none."""
    query = (sa.select(AuditRow).where(AuditRow.entity == entity, AuditRow.entity_id == entity_id)
             .order_by(AuditRow.id.desc()).limit(1))
    row = s.scalars(query).first()
    return _audit_of(row) if row is not None else None


def _audit_of(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, row.at, row.actor, row.action, row.entity, row.entity_id, dict(row.details))


def next_id(s: Session, kind: str) -> str:
    """A new id for ``kind`` ("booking" -> "B00042"): unused and greater than any handed out before."""
    return next_ids(s, kind, 1)[0]


def next_ids(s: Session, kind: str, count: int) -> list[str]:
    """``count`` new ids for ``kind`` at once: one look at the table, however many (an import's rows)."""
    if kind not in ID_KINDS:
        raise ValueError(f"unknown kind of id {kind!r}; known: {', '.join(sorted(ID_KINDS))}")
    if count <= 0:
        return []
    prefix, table = ID_KINDS[kind]
    counter = s.scalars(sa.select(IdCounterRow).where(IdCounterRow.kind == kind).with_for_update()).first()
    if counter is None:
        counter = IdCounterRow(kind=kind, last=0)
        s.add(counter)
    first = max(counter.last, highest_number(s, prefix, table)) + 1
    counter.last = first + count - 1
    s.flush()
    return [f"{prefix}{n:0{ID_DIGITS}d}" for n in range(first, first + count)]


def highest_number(s: Session, prefix: str, table: sa.Table) -> int:
    """The largest N among the primary keys that are ``prefix`` followed by digits only (0 when none).

    One SQL aggregate instead of reading every id; SQLite's integers stop at
    2**63, so a larger number there (never handed out by ``next_id``) is found
    by reading the ids after all.
    """
    key = table.primary_key.columns.values()[0]
    digits = sa.func.substr(key, len(prefix) + 1)
    if s.get_bind().dialect.name != "sqlite":
        shaped = key.regexp_match(f"^{re.escape(prefix)}[0-9]+$")
        return int(s.scalar(sa.select(sa.func.max(sa.cast(digits, sa.Numeric))).where(shaped)) or 0)
    # GLOB, unlike LIKE, minds the case as the ids do
    shaped = sa.and_(key.op("GLOB")(f"{prefix}[0-9]*"), sa.not_(digits.op("GLOB")("*[^0-9]*")))
    highest = s.scalar(sa.select(sa.func.max(sa.cast(digits, sa.Integer))).where(shaped))
    if highest is None or highest < 2**62:
        return int(highest or 0)
    return max(int(value[len(prefix):]) for value in s.scalars(sa.select(key).where(shaped)))
