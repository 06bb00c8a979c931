"""Signed sheets: the scheda intervento that came back signed, and its scan (bytes and SHA-256).

The scan is kept in the database, so every coordinator of a team on
PostgreSQL sees it. On PostgreSQL the table gets what the others have: read
by every role, written by coordinators (0004c), audited by the database
(0004b) and announced to the open windows (0004d).

Revision ID: 0007_signed_sheets
Revises: 0004e
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_signed_sheets"
down_revision = "0004e"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "signed_sheets",
        sa.Column("booking_id", sa.String(), sa.ForeignKey("bookings.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("signed_by", sa.String(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", UTC_TIME, nullable=False),
        sa.Column("scan_name", sa.String(), nullable=True),
        sa.Column("scan_type", sa.String(), nullable=True),
        sa.Column("scan_size", sa.Integer(), nullable=True),
        sa.Column("scan_sha256", sa.String(), nullable=True),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute("GRANT SELECT ON signed_sheets TO md_coordinator, md_finance, md_admin")
    op.execute("GRANT INSERT, UPDATE, DELETE ON signed_sheets TO md_coordinator")
    op.execute(f"""
        CREATE CONSTRAINT TRIGGER md_audit_row AFTER INSERT OR UPDATE OR DELETE ON "{schema}".signed_sheets
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        EXECUTE FUNCTION "{schema}".md_audit_row('signed_sheet', 'booking_id')""")
    op.execute(f"""
        CREATE TRIGGER md_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON "{schema}".signed_sheets FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".md_notify_change()""")


def downgrade() -> None:
    op.drop_table("signed_sheets")
