"""Business settings saved and audited in one place: every settings service writes through here.

Settings live in the database (mail and mailbox accounts, CalDAV, the service's
name, the late-cancellation notice, billing rules). A save is one transaction
with one audit line; a password goes to the system keyring first, so a keyring
that refuses it leaves the stored settings as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mediation_desk.services import changes, credentials
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database


@dataclass(frozen=True)
class KeyringEntry:
    """Where a password goes: the keyring service and user name."""

    service: str
    username: str


def save_settings(
    db: Database,
    values: Mapping[str, Any],
    *,
    action: str,
    audit_details: Mapping[str, Any],
    now: dt.datetime,
    actor: str,
    entity: str = "settings",
    entity_id: str | None = None,
    password: str | None = None,
    keyring: KeyringEntry | None = None,
    read_versions: Mapping[str, int] | None = None,
) -> ChangeSet:
    """Store ``values`` (setting key -> value) with one audit line ``action``; the password (when given)
    to ``keyring`` first. ``entity_id`` defaults to the only key stored.

    ``read_versions`` (setting key -> the version the editor read, 0: none stored) refuses with
    StaleEditError a setting changed since it was shown, naming who changed it and when; it is
    checked before the password reaches the keyring too, so a refused save changes nothing."""
    audited_as = entity_id if entity_id is not None else next(iter(values))
    checked = {key: version for key, version in (read_versions or {}).items() if key in values}
    if password is not None:
        if keyring is None:
            raise ValueError("a password needs its keyring entry")
        if checked:
            with db.read() as s:
                for key, version in checked.items():
                    repository.check_setting_version(s, key, version, changed_in=(entity, audited_as))
        credentials.set_password(keyring.service, keyring.username, password)
    with db.write() as s:
        for key, value in values.items():  # read_versions: refuse a setting changed since it was shown
            repository.set_setting(s, key, value, read_version=checked.get(key),
                                   changed_in=(entity, audited_as))
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=audited_as,
            details=dict(audit_details),
        )
    return changes.SETTINGS
