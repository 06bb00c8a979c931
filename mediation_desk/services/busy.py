"""Busy times of mediators from their own calendars (.ics file, http(s) URL or CalDAV collection)."""

from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.io.busy_ics import (
    MAX_BLOCKS,
    MAX_ICS_BYTES,
    BusyEvent,
    BusyLimitError,
    BusyParseError,
    StepBudget,
    busy_events,
)
from mediation_desk.scheduling.model import Interval, MediatorId
from mediation_desk.services import caldav, changes
from mediation_desk.services.changes import Changed, ChangeSet
from mediation_desk.services.mail_settings import get_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BusyBlockRow

HORIZON = dt.timedelta(days=180)
FETCH_TIMEOUT = 30.0
MAX_FETCH_BYTES = MAX_ICS_BYTES
LIMIT_TEXT = {
    "file_too_large": "the calendar is larger than {limit} bytes ({size})",
    "rule_too_costly": "event {uid} repeats too often for too long ({steps} repetitions, at most {limit})",
    "too_many_blocks": "the calendar makes more than {limit} busy blocks in the period (event {uid})",
}
SOURCES_KEY = "busy.sources"


class BusyImportError(RuntimeError):
    """The calendar could not be fetched or read; nothing was changed."""


@dataclass(frozen=True)
class BusyImportReport:
    mediator_id: str
    source: str
    blocks: int
    replaced: int

    @property
    def changes(self) -> ChangeSet:
        return changes.CATALOGUE  # a mediator's busy times: who can take what


def _fetch_url(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "text/calendar"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read(MAX_FETCH_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        raise BusyImportError(f"{url}: {exc}") from exc
    if len(data) > MAX_FETCH_BYTES:
        raise BusyImportError(f"{url}: calendar larger than {MAX_FETCH_BYTES // (1024 * 1024)} MB")
    return data


def _caldav_client(db: Database, source: str) -> caldav.CalDAVClient:
    """The configured account's client for its own server, an anonymous one elsewhere."""
    settings = caldav.get_settings(db)
    if settings.url and settings.user and source.startswith(settings.url.rstrip("/")):
        return caldav.client_for(settings)
    return caldav.CalDAVClient()


def _documents(
    source: str, *, client: caldav.CalDAVClient | None, start: dt.datetime, end: dt.datetime
) -> list[bytes]:
    if client is not None:
        try:
            return client.calendar_data(source, start, end)
        except caldav.CalDAVError as exc:
            raise BusyImportError(str(exc)) from exc
    if source.startswith(("http://", "https://", "webcal://")):
        return [_fetch_url(source.replace("webcal://", "https://", 1))]
    try:
        path = Path(source)
        size = path.stat().st_size
        if size > MAX_ICS_BYTES:
            why = LIMIT_TEXT["file_too_large"].format(limit=MAX_ICS_BYTES, size=size)
            raise BusyImportError(f"{source}: refused, {why}")
        return [path.read_bytes()]
    except OSError as exc:
        raise BusyImportError(f"{source}: {exc.strerror or exc}") from exc


def _own_uid(domain: str) -> Callable[[str], bool]:
    suffix = "@" + domain.lower()

    def is_ours(uid: str) -> bool:
        # Our invitations accepted into the mediator's calendar are bookings already.
        lowered = uid.lower()
        return lowered.endswith(suffix) and lowered.startswith(("booking-", "series-"))

    return is_ours


def import_busy(
    db: Database,
    mediator_id: str,
    source: str,
    *,
    now: dt.datetime,
    actor: str,
    use_caldav: bool = False,
    horizon: dt.timedelta = HORIZON,
) -> BusyImportReport:
    """Replace the busy blocks previously imported from ``source`` with its current events.

    Recurring events are expanded from ``now`` to ``now + horizon``. The calendar is
    fetched and parsed before the transaction opens, so a failure changes nothing.
    """
    with db.read() as s:
        if repository.get_mediator(s, mediator_id) is None:
            raise BusyImportError(f"mediator {mediator_id} not found")
        domain = get_settings(s).uid_domain
        tz_name = repository.service_timezone(s)
    start, end = now, now + horizon
    events: list[BusyEvent] = []
    skip = _own_uid(domain)
    client = _caldav_client(db, source) if use_caldav else None
    budget = StepBudget()  # one for every document of a CalDAV collection
    for data in _documents(source, client=client, start=start, end=end):
        try:
            found = busy_events(data, start=start, end=end, tz_name=tz_name, skip_uid=skip, budget=budget)
            events.extend(found)
        except BusyLimitError as exc:
            raise BusyImportError(f"{source}: refused, " + LIMIT_TEXT[exc.code].format(**exc.params)) from exc
        except BusyParseError as exc:
            raise BusyImportError(f"{source}: {exc}") from exc
        if len(events) > MAX_BLOCKS:
            raise BusyImportError(f"{source}: refused, " + LIMIT_TEXT["too_many_blocks"].format(
                limit=MAX_BLOCKS, uid="*"))
    with db.write() as s:
        replaced = _delete_source(s, mediator_id, source)
        _remember(s, mediator_id, source, use_caldav)
        s.add_all(
            BusyBlockRow(
                mediator_id=mediator_id,
                start_at=e.start,
                end_at=e.end,
                source=source,
                uid=e.uid,
                summary=e.summary,
            )
            for e in events
        )
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action="busy_imported",
            entity="mediator",
            entity_id=mediator_id,
            details={"source": source, "blocks": len(events)},
        )
    return BusyImportReport(mediator_id, source, len(events), replaced)


@dataclass(frozen=True)
class BusySource:
    """A calendar imported for a mediator, remembered so that it can be imported again."""

    mediator_id: str
    source: str
    caldav: bool = False


def registered_sources(s: Session) -> list[BusySource]:
    stored = repository.get_setting(s, SOURCES_KEY, []) or []
    return [BusySource(str(x["mediator_id"]), str(x["source"]), bool(x.get("caldav"))) for x in stored]


def _store(s: Session, sources: list[BusySource]) -> None:
    repository.set_setting(s, SOURCES_KEY, [asdict(x) for x in sources])


def _remember(s: Session, mediator_id: str, source: str, use_caldav: bool) -> None:
    others = [x for x in registered_sources(s) if (x.mediator_id, x.source) != (mediator_id, source)]
    _store(s, [*others, BusySource(mediator_id, source, use_caldav)])


def _forget(s: Session, mediator_id: str, source: str) -> None:
    _store(s, [x for x in registered_sources(s) if (x.mediator_id, x.source) != (mediator_id, source)])


def refresh_all(
    db: Database, *, now: dt.datetime, actor: str
) -> list[tuple[BusySource, BusyImportReport | BusyImportError]]:
    """Import every remembered calendar again; one failing source does not stop the others."""
    with db.read() as s:
        sources = registered_sources(s)
    results: list[tuple[BusySource, BusyImportReport | BusyImportError]] = []
    for item in sources:
        try:
            report = import_busy(
                db, item.mediator_id, item.source, now=now, actor=actor, use_caldav=item.caldav
            )
        except BusyImportError as exc:
            results.append((item, exc))
        else:
            results.append((item, report))
    return results


def _delete_source(s: Session, mediator_id: str, source: str) -> int:
    result = s.execute(
        sa.delete(BusyBlockRow).where(BusyBlockRow.mediator_id == mediator_id, BusyBlockRow.source == source)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def clear_busy(
    db: Database, mediator_id: str, source: str, *, now: dt.datetime, actor: str
) -> Changed[int]:
    with db.write() as s:
        removed = _delete_source(s, mediator_id, source)
        _forget(s, mediator_id, source)
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action="busy_cleared",
            entity="mediator",
            entity_id=mediator_id,
            details={"source": source, "blocks": removed},
        )
    return Changed(removed, changes.CATALOGUE)


def busy_blocks_for(
    s: Session, mediator_ids: Iterable[str] | None, start: dt.datetime, end: dt.datetime
) -> dict[MediatorId, list[Interval]]:
    """Busy blocks overlapping [start, end), per mediator (all mediators when ids is None),
    as the SchedulingContext takes them."""
    query = sa.select(BusyBlockRow).where(BusyBlockRow.start_at < end, BusyBlockRow.end_at > start)
    if mediator_ids is not None:
        query = query.where(BusyBlockRow.mediator_id.in_(list(mediator_ids)))
    found: dict[MediatorId, list[Interval]] = defaultdict(list)
    for row in s.scalars(query.order_by(BusyBlockRow.mediator_id, BusyBlockRow.start_at)):
        found[MediatorId(row.mediator_id)].append(
            Interval(
                row.start_at, row.end_at, reason=row.summary, extra={"source": row.source, "uid": row.uid}
            )
        )
    return dict(found)


def sources_of(s: Session, mediator_id: str) -> list[tuple[str, int]]:
    """The calendars imported for a mediator, with their number of blocks."""
    rows = s.execute(
        sa.select(BusyBlockRow.source, sa.func.count())
        .where(BusyBlockRow.mediator_id == mediator_id)
        .group_by(BusyBlockRow.source)
        .order_by(BusyBlockRow.source)
    )
    return [(source, int(n)) for source, n in rows]
