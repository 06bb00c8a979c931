"""Alembic environment: runs on the connection handed in by ``storage.migrate`` (no ini file)."""

from __future__ import annotations

from alembic import context

from mediation_desk.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("run migrations through mediation_desk.storage.migrate.upgrade()")

context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
