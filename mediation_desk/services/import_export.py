"""Use cases: import a scenario document into the database, export the database as one.

An import decodes and validates the whole document before it touches the
database, then replaces the service in one write transaction: a refused
document, or a database that already holds a service, leaves it exactly as
it was. An export writes a temporary file next to the target and renames it,
so the target is either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.io.scenario import decode_scenario, dump_scenario
from mediation_desk.scheduling.model import ServiceData
from mediation_desk.services import changes, monitoring
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import monitoring_store, repository
from mediation_desk.storage.db import Database

NEW_FILE_MODE = 0o600  # a document of the service holds personal data: only its owner reads it


class ServiceNotEmptyError(Exception):
    """The database already holds a service and the caller did not ask to replace it."""

    def __init__(self) -> None:
        super().__init__("the database already holds a service; replace it explicitly to continue")


@dataclass(frozen=True)
class StoredService:
    """What an import (or the demo) wrote: how many of each entity, and whether a service was replaced."""

    counts: dict[str, int]
    replaced: bool

    @property
    def changes(self) -> ChangeSet:
        return changes.EVERYTHING  # a whole service came in


def counts_of(data: ServiceData) -> dict[str, int]:
    return {
        "areas": len(data.areas), "languages": len(data.languages), "projects": len(data.projects),
        "agencies": len(data.agencies), "mediators": len(data.mediators), "requests": len(data.requests),
        "bookings": len(data.bookings),
    }


def store_service(
    db: Database, data: ServiceData, *, actor: str, now: dt.datetime, replace: bool, action: str, source: str
) -> StoredService:
    """Put a whole validated service in the database in one transaction, with an audit line."""
    counts = counts_of(data)
    data, assisted = monitoring.split_assisted(data)  # an extension field of bookings, stored on its own
    with db.write() as s:
        replaced = not repository.is_empty(s)
        if replaced and not replace:
            raise ServiceNotEmptyError()
        repository.replace_service(s, data)
        monitoring_store.save_many(s, assisted, at=now, by=actor)
        repository.add_audit(s, at=now, actor=actor, action=action, entity="service", entity_id="",
                             details={"source": source, "replaced": replaced, **counts})
    return StoredService(counts=counts, replaced=replaced)


def import_scenario(
    db: Database, path_or_bytes: str | Path | bytes, *, actor: str, now: dt.datetime, replace: bool = False
) -> StoredService:
    """Import a ``mediation-desk/1`` document (a file path or its bytes).

    Raises ``ScenarioError`` listing every problem of an invalid document,
    ``ServiceNotEmptyError`` when the database holds a service and ``replace``
    is false, ``OSError`` when the file cannot be read; in each case the
    database is unchanged.
    """
    if isinstance(path_or_bytes, bytes):
        raw, source = path_or_bytes, "bytes"
    else:
        raw, source = Path(path_or_bytes).read_bytes(), Path(path_or_bytes).name
    data = decode_scenario(raw)
    return store_service(db, data, actor=actor, now=now, replace=replace, action="import", source=source)


def export_scenario(db: Database, path: str | Path) -> dict[str, int]:
    """Write the whole service as a ``mediation-desk/1`` document; returns the entity counts."""
    with db.read() as s:
        data = monitoring.with_assisted(s, repository.load_service(s))
    write_atomically(Path(path), dump_scenario(data))
    return counts_of(data)


def write_atomically(target: Path, content: bytes) -> None:
    """Replace ``target`` with ``content`` through a temporary file in the same folder."""
    mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp_name, mode)  # private when new; a file replaced keeps the mode it had
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
