"""Core entities: areas, languages, projects, agencies, mediators, requests, bookings, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)

# SQLite: the database itself refuses overlapping non-cancelled bookings of one mediator,
# like the PostgreSQL exclusion constraint below (times are stored as fixed-width UTC text).
_SQLITE_OVERLAP_CHECK = """
NEW.status <> 'cancelled' AND EXISTS (
    SELECT 1 FROM bookings AS b
    WHERE b.mediator_id = NEW.mediator_id AND b.id <> NEW.id AND b.status <> 'cancelled'
      AND b.start_at < NEW.end_at AND b.end_at > NEW.start_at)
"""


def _pos() -> sa.Column[int]:
    return sa.Column("pos", sa.Integer(), nullable=False, index=True)


def _extra() -> sa.Column[object]:
    return sa.Column("extra", sa.JSON(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "areas",
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        _extra(),
        _pos(),
    )
    op.create_table(
        "languages",
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        _extra(),
        _pos(),
    )
    op.create_table(
        "projects",
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("funder", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("hour_budget", sa.Float(), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("hourly_rate", sa.Float(), nullable=True),
        _extra(),
        _pos(),
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("area_code", sa.String(), sa.ForeignKey("areas.code"), nullable=False, index=True),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("contacts", sa.JSON(), nullable=False),
        _extra(),
        _pos(),
    )
    _create_mediators()
    _create_requests()
    _create_bookings()
    op.create_table(
        "settings",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=False),
    )


def _create_mediators() -> None:
    op.create_table(
        "mediators",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("gender", sa.String(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("max_minutes_per_week", sa.Integer(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("absences", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("hourly_rate", sa.Float(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _extra(),
        _pos(),
    )


def _create_requests() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("agency_id", sa.String(), sa.ForeignKey("agencies.id"), nullable=False, index=True),
        sa.Column("project_code", sa.String(), sa.ForeignKey("projects.code"), nullable=True, index=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("required_gender", sa.String(), nullable=True),
        sa.Column("skill", sa.String(), nullable=True),
        sa.Column("case_ref", sa.String(), nullable=True, index=True),
        sa.Column("priority", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False, index=True),
        sa.Column("agency_contact", sa.String(), nullable=False),
        sa.Column("contact_on_site", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("nationality", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("received_at", UTC_TIME, nullable=True),
        _extra(),
        _pos(),
    )


def _create_bookings() -> None:
    op.create_table(
        "bookings",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("request_id", sa.String(), sa.ForeignKey("requests.id"), nullable=False, index=True),
        sa.Column("mediator_id", sa.String(), sa.ForeignKey("mediators.id"), nullable=False),
        sa.Column("start_at", UTC_TIME, nullable=False, index=True),
        sa.Column("end_at", UTC_TIME, nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("actual_start", UTC_TIME, nullable=True),
        sa.Column("actual_end", UTC_TIME, nullable=True),
        sa.Column("cancelled_at", UTC_TIME, nullable=True),
        sa.Column("cancel_reason", sa.String(), nullable=False),
        sa.Column("reply", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.String(), nullable=True, index=True),
        sa.Column("budget_override", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=True),
        _extra(),
        _pos(),
        sa.CheckConstraint("end_at > start_at", name="bookings_positive_duration"),
    )
    op.create_index("ix_bookings_mediator_start", "bookings", ["mediator_id", "start_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist "
            "(mediator_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (status <> 'cancelled')"
        )
    elif op.get_bind().dialect.name == "sqlite":
        for event, when in (
            ("insert", "INSERT"),
            ("update", "UPDATE OF mediator_id, start_at, end_at, status"),
        ):
            op.execute(
                f"CREATE TRIGGER bookings_no_overlap_{event} BEFORE {when} ON bookings "
                f"WHEN {_SQLITE_OVERLAP_CHECK} BEGIN SELECT RAISE(ABORT, 'booking_overlap'); END"
            )


def downgrade() -> None:
    for table in (
        "settings",
        "bookings",
        "requests",
        "mediators",
        "agencies",
        "projects",
        "languages",
        "areas",
    ):
        op.drop_table(table)
