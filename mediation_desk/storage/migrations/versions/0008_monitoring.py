"""FAMI monitoring: per delivered intervention, how many people were assisted, by gender and age band.

Counts only, never names; one nationality per intervention. The row goes with
its booking (ON DELETE CASCADE). On PostgreSQL coordinators write it, everyone
reads it, and like the bookings it is audited by the database and announced to
the other sessions.

Revision ID: 0008_monitoring
Revises: 0009_funds
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_monitoring"
down_revision = "0009_funds"
branch_labels = None
depends_on = None

TABLE = "booking_monitoring"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("booking_id", sa.String(), sa.ForeignKey("bookings.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("minors", sa.Integer(), nullable=False),
        sa.Column("adults", sa.Integer(), nullable=False),
        sa.Column("nationality", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.CheckConstraint("people > 0 AND women >= 0 AND men >= 0 AND minors >= 0 AND adults >= 0",
                           name="booking_monitoring_counts"),
        sa.CheckConstraint("women + men <= people AND minors + adults <= people",
                           name="booking_monitoring_breakdowns"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f"GRANT SELECT ON {TABLE} TO md_coordinator, md_finance, md_admin")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {TABLE} TO md_coordinator")
    op.execute(f"""
        CREATE CONSTRAINT TRIGGER md_audit_row AFTER INSERT OR UPDATE OR DELETE ON "{schema}".{TABLE}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        EXECUTE FUNCTION "{schema}".md_audit_row('booking', 'booking_id')""")
    op.execute(f"""
        CREATE TRIGGER md_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON "{schema}".{TABLE} FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".md_notify_change()""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS md_notify_change ON {TABLE}")
        op.execute(f"DROP TRIGGER IF EXISTS md_audit_row ON {TABLE}")
    op.drop_table(TABLE)
