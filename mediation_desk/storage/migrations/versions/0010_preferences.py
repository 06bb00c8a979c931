"""What agencies state: preferred mediators and mediators not to send, per agency and per case; a request's
minimum language level and skill as hard requirements.

The agency's lists are JSON columns of mediator ids beside its contacts; a case's lists live in
``case_preferences``, one row per case reference (the ``case_ref`` of requests). On PostgreSQL the new
table gets what the others have: coordinators write it, everyone reads it, its changes are audited
and notified to the open windows.

Revision ID: 0010_preferences
Revises: 0006_agency_mail
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_preferences"
down_revision = "0006_agency_mail"
branch_labels = None
depends_on = None

EMPTY_LIST = sa.text("'[]'")


def upgrade() -> None:
    # plain ADD COLUMN (with a default), not a batch copy: SQLite would have to drop tables others refer to
    for name in ("preferred_mediators", "avoided_mediators"):
        op.add_column("agencies", sa.Column(name, sa.JSON(), nullable=False, server_default=EMPTY_LIST))
    op.add_column("requests", sa.Column("min_level", sa.String(), nullable=True))
    for name in ("level_required", "skill_required"):
        op.add_column("requests", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "case_preferences",
        sa.Column("case_ref", sa.String(), primary_key=True),
        sa.Column("preferred_mediators", sa.JSON(), nullable=False),
        sa.Column("avoided_mediators", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("pos", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_index("ix_case_preferences_pos", "case_preferences", ["pos"])
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute("GRANT SELECT ON case_preferences TO md_coordinator, md_finance, md_admin")
    op.execute("GRANT INSERT, UPDATE, DELETE ON case_preferences TO md_coordinator")
    op.execute(f"""
        CREATE CONSTRAINT TRIGGER md_audit_row AFTER INSERT OR UPDATE OR DELETE ON "{schema}".case_preferences
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        EXECUTE FUNCTION "{schema}".md_audit_row('case_preferences', 'case_ref')""")
    op.execute(f"""
        CREATE TRIGGER md_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON "{schema}".case_preferences FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".md_notify_change()""")


def downgrade() -> None:
    op.drop_index("ix_case_preferences_pos", "case_preferences")
    op.drop_table("case_preferences")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("skill_required")
        batch.drop_column("level_required")
        batch.drop_column("min_level")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("avoided_mediators")
        batch.drop_column("preferred_mediators")
