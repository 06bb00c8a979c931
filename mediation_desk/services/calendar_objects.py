"""Calendar objects (a booking or a series as one UID): unguessable UIDs and a SEQUENCE that only rises.

A UID is ``<kind>-<id>-<token>@<domain>``: the token is an HMAC of the kind and
id under a secret kept in the database, so nobody outside can forge the UID of
a booking they were not invited to, and the same booking always gets the same
UID without storing it first. Objects announced before the token existed keep
their stored UID (``booking-<id>@domain``) and work as before.

Each announcement compares what the invitation says (its fingerprint) with
the last one: when it differs, SEQUENCE goes one up. The stored state is what
the mediator was last told, from which the next mail says what changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_desk.storage import repository
from mediation_desk.storage.orm import CalendarObjectRow

UID_SECRET_KEY = "calendar.uid_secret"
TOKEN_HEX = 20  # 80 bits: not guessable, short enough for a UID
KINDS = ("booking", "series")
TOKEN_UID = re.compile(
    rf"^(?P<kind>booking|series)-(?P<id>.+)-(?P<token>[0-9a-f]{{{TOKEN_HEX}}})@(?P<domain>.+)$"
)


@dataclass(frozen=True)
class ObjectRef:
    """What a UID names: a booking or a series by id, and whether the UID is one we gave out."""

    kind: str
    entity_id: str


def _secret(s: Session) -> str:
    value = repository.get_setting(s, UID_SECRET_KEY, None)
    if not isinstance(value, str) or not value:
        # Normally made by migration 0003; a database that lost it gets a new one (in a write session).
        value = secrets.token_hex(32)
        repository.set_setting(s, UID_SECRET_KEY, value)
    return value


def _token(secret: str, kind: str, entity_id: str) -> str:
    digest = hmac.new(secret.encode(), f"{kind}:{entity_id}".encode(), hashlib.sha256).hexdigest()
    return digest[:TOKEN_HEX]


def _row(s: Session, kind: str, entity_id: str) -> CalendarObjectRow | None:
    return s.scalars(
        sa.select(CalendarObjectRow).where(
            CalendarObjectRow.kind == kind, CalendarObjectRow.entity_id == entity_id
        )
    ).one_or_none()


def uid_for(s: Session, kind: str, entity_id: str, domain: str) -> str:
    """The UID of the booking or series: the stored one, else the keyed form."""
    row = _row(s, kind, entity_id)
    if row is not None:
        return row.uid
    return f"{kind}-{entity_id}-{_token(_secret(s), kind, entity_id)}@{domain}"


def sequence_of(s: Session, kind: str, entity_id: str) -> int:
    """The SEQUENCE of the last invitation of the object (0 before the first)."""
    row = _row(s, kind, entity_id)
    return row.sequence if row is not None else 0


def resolve(s: Session, uid: str, domain: str) -> ObjectRef | None:
    """The booking or series ``uid`` names, None when it is not a UID we gave out (guessed, foreign)."""
    row = s.get(CalendarObjectRow, uid)
    if row is not None:
        # the agencies' published events (services.agency_mail) take no answers
        return ObjectRef(row.kind, row.entity_id) if row.kind in KINDS else None
    match = TOKEN_UID.match(uid)
    if match is None or match["domain"].lower() != domain.lower():
        return None
    expected = _token(_secret(s), match["kind"], match["id"])
    if not hmac.compare_digest(expected, match["token"]):
        return None
    return ObjectRef(match["kind"], match["id"])


def fingerprint(content: Any) -> str:
    """A digest of what an invitation says (times, rule, exceptions, status, attendee, text)."""
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class Announcement:
    uid: str
    sequence: int
    previous: dict[str, Any] | None  # what the mediator was told last time; None for a new object


def announce(
    s: Session, kind: str, entity_id: str, uid: str, *, digest: str, state: dict[str, Any], now: dt.datetime,
    initial: int = 0, replaces_unsent: bool = False,
) -> Announcement:
    """Record that the object is announced saying ``state``; SEQUENCE rises when it says something new.

    ``initial`` is the SEQUENCE of a first announcement: the booking's own counter, for data
    written (imported, announced elsewhere) before this object was first announced.
    ``replaces_unsent``: the last mail of the object never left the outbox and this one replaces
    it, so the mediator never saw it: its SEQUENCE is reused and what changed is told against the
    mail before it (``state`` keeps ``told``, the last queued, and ``base``, the last one before).
    """
    row = _row(s, kind, entity_id)
    if row is None:
        s.add(CalendarObjectRow(uid=uid, kind=kind, entity_id=entity_id, sequence=initial, fingerprint=digest,
                                state={"told": state, "base": None}, updated_at=now))
        s.flush()
        return Announcement(uid, initial, None)
    stored = dict(row.state or {})
    told = stored.get("told") or None
    base = stored.get("base") or None
    if replaces_unsent:
        previous = base
        if row.fingerprint != digest:
            row.fingerprint, row.state, row.updated_at = digest, {"told": state, "base": base}, now
        return Announcement(row.uid, row.sequence, previous)
    if row.fingerprint != digest:
        row.sequence += 1
        row.fingerprint, row.state, row.updated_at = digest, {"told": state, "base": told}, now
    return Announcement(row.uid, row.sequence, told)
