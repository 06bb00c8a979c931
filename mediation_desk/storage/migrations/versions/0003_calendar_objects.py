"""Calendar objects: SEQUENCE per booking or series UID, the secret of unguessable UIDs, CalDAV state.

Bookings and series that exist already keep the UID and SEQUENCE their last
invitation carried (``booking-<id>@domain``, the series' sum of sequences), so
mediators' calendars and their replies still match; new ones get a UID with a
keyed token in it.

Revision ID: 0003
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0004"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
UID_SECRET_KEY = "calendar.uid_secret"


def _domain(conn: sa.Connection) -> str:
    stored = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'mail'")).scalar()
    settings = stored if isinstance(stored, dict) else {}
    if isinstance(stored, str):
        import json

        settings = json.loads(stored) if stored.startswith("{") else {}
    domain = str(settings.get("domain") or "")
    address = str(settings.get("organizer_email") or settings.get("sender") or "")
    return domain or address.rpartition("@")[2] or "mediation-desk.invalid"


def upgrade() -> None:
    objects = op.create_table(
        "calendar_objects",
        sa.Column("uid", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.UniqueConstraint("kind", "entity_id", name="uq_calendar_objects_entity"),
    )
    op.create_table(
        "caldav_resources",
        sa.Column("collection", sa.String(), primary_key=True),
        sa.Column("href", sa.String(), primary_key=True),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=False),
    )
    conn = op.get_bind()
    settings = sa.table("settings", sa.column("key", sa.String()), sa.column("value", sa.JSON()))
    op.bulk_insert(settings, [{"key": UID_SECRET_KEY, "value": secrets.token_hex(32)}])
    domain = _domain(conn)
    now = dt.datetime.now(dt.UTC)
    singles = sa.text("SELECT id, sequence FROM bookings WHERE series_id IS NULL")
    series = sa.text(
        "SELECT series_id, SUM(sequence) FROM bookings WHERE series_id IS NOT NULL GROUP BY series_id"
    )
    rows = [
        {"uid": f"{kind}-{entity_id}@{domain}", "kind": kind, "entity_id": entity_id,
         "sequence": int(sequence or 0), "fingerprint": "", "state": {}, "updated_at": now}
        for kind, query in (("booking", singles), ("series", series))
        for entity_id, sequence in conn.execute(query)
    ]
    if rows:
        op.bulk_insert(objects, rows)


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM settings WHERE key = '{UID_SECRET_KEY}'"))
    op.drop_table("caldav_resources")
    op.drop_table("calendar_objects")
