"""The right fund for each request: what each project may fund, and the waiting list for funds.

A project states the agency kinds and the languages it funds (empty: every
one), beside its areas and dates; a pending request with no eligible project
that has hours left waits for funds ("In attesa di fondi").

Revision ID: 0009_funds
Revises: 0007_signed_sheets
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_funds"
down_revision = "0007_signed_sheets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN, also on SQLite: a batch copy of these tables would trip their foreign keys
    op.add_column("projects", sa.Column("agency_kinds", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("projects", sa.Column("languages", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("requests", sa.Column("waiting_funds", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("waiting_funds")
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("languages")
        batch.drop_column("agency_kinds")
