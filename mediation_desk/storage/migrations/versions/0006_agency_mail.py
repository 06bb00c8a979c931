"""Agencies told of their bookings: the per-agency switch, and the outbox telling agency mails apart.

``agencies.notify_by_mail`` (on for every existing agency) says whether the
agency's contacts receive a mail when one of its bookings is made, moved or
cancelled. ``outbox.kind`` is ``invitation`` for the mediators' iMIP mails (all
existing rows) and ``agency`` for the agencies' ones: a newer invitation
replaces a queued one of the same bookings, an agency mail never does.

Revision ID: 0006_agency_mail
Revises: 0008_monitoring
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_agency_mail"
down_revision = "0008_monitoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN with a constant default: SQLite does it in place (a batch copy of ``agencies`` would
    # drop a table other tables refer to)
    op.add_column("agencies",
                  sa.Column("notify_by_mail", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("outbox", sa.Column("kind", sa.String(), nullable=False, server_default="invitation"))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("notify_by_mail")
