"""Operations: audit log, recurring series, mail outbox, external busy blocks, id counters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)
ID_KINDS = ("agency", "booking", "mediator", "request", "series")


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", UTC_TIME, nullable=False, index=True),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    op.create_table(
        "series",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("request_id", sa.String(), sa.ForeignKey("requests.id"), nullable=False, index=True),
        sa.Column("mediator_id", sa.String(), sa.ForeignKey("mediators.id"), nullable=False, index=True),
        sa.Column("rrule", sa.String(), nullable=False),
        sa.Column("dtstart", UTC_TIME, nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("exdates", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "booking_id",
            sa.String(),
            sa.ForeignKey("bookings.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("to_addr", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(), nullable=False, index=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("sent_at", UTC_TIME, nullable=True),
        sa.Column("next_attempt_at", UTC_TIME, nullable=True),
    )
    op.create_table(
        "busy_blocks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "mediator_id", sa.String(), sa.ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("start_at", UTC_TIME, nullable=False),
        sa.Column("end_at", UTC_TIME, nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
    )
    op.create_index("ix_busy_blocks_mediator_start", "busy_blocks", ["mediator_id", "start_at"])
    counters = op.create_table(
        "id_counters",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("last", sa.Integer(), nullable=False),
    )
    op.bulk_insert(counters, [{"kind": kind, "last": 0} for kind in ID_KINDS])


def downgrade() -> None:
    for table in ("id_counters", "busy_blocks", "outbox", "series", "audit_log"):
        op.drop_table(table)
