"""Change notices on PostgreSQL: every committed change to what the window shows names its table.

A statement-level trigger calls ``pg_notify('mediation_desk', <table>)``;
notices are delivered at commit (none for a rolled-back change) and the open
windows, LISTENing, refresh what they show. SQLite: nothing to add (the
program reads ``PRAGMA data_version``).

Revision ID: 0004d
Revises: 0004c
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004d"
down_revision = "0004c"
branch_labels = None
depends_on = None

NOTIFYING = ("requests", "bookings", "series", "mediators", "agencies", "projects", "areas", "languages",
             "settings")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('mediation_desk', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    for table in NOTIFYING:
        op.execute(f"""
            CREATE TRIGGER md_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
            ON "{schema}".{table} FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".md_notify_change()""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in NOTIFYING:
        op.execute(f"DROP TRIGGER IF EXISTS md_notify_change ON {table}")
    op.execute("DROP FUNCTION IF EXISTS md_notify_change()")
