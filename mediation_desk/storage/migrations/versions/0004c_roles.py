"""Roles the database enforces: coordinator, finance, admin (NOLOGIN groups each person's login joins).

- md_coordinator: requests, bookings, series, the catalogue (mediators,
  agencies, areas, languages; projects' names, dates and areas), the outbox,
  busy times; never budgets, rates or billing rules.
- md_finance: reads everything; projects (budgets, rates), mediators' rates,
  the billing settings; cannot book.
- md_admin: every setting and the users; a member of both other groups.

Everyone may read every table and add audit lines. ``settings`` mixes
concerns, so row-level security decides which keys each group may write.
A coordinator adding a mediator cannot give a rate (a trigger). The owner of
the database (who ran this migration) keeps every right. PostgreSQL only:
SQLite has one user.

Revision ID: 0004c
Revises: 0004b
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004c"
down_revision = "0004b"
branch_labels = None
depends_on = None

GROUPS = ("md_coordinator", "md_finance", "md_admin")
COORDINATOR_TABLES = ("requests", "bookings", "series", "agencies", "areas", "languages", "busy_blocks",
                      "outbox", "id_counters")
MEDIATOR_COLUMNS = ("id", "name", "email", "gender", "languages", "areas", "lat", "lon",
                    "max_minutes_per_week", "skills", "availability", "absences", "phone", "active", "extra",
                    "pos", "version")
PROJECT_COLUMNS = ("name", "funder", "start_date", "end_date", "areas", "extra", "pos", "version")
FINANCE_KEYS = "key LIKE 'billing.%' OR key = 'late_cancellation_hours'"
COORDINATOR_KEYS = "key IN ('alerts.dismissed', 'busy.sources')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    for group in GROUPS:  # roles belong to the whole server: another database may have made them
        op.execute(f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN
                    CREATE ROLE {group} NOLOGIN;
                END IF;
            END $$""")
    op.execute("GRANT md_coordinator, md_finance TO md_admin")
    everyone = ", ".join(GROUPS)
    op.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO {everyone}')
    op.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO {everyone}')
    op.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {everyone}')
    op.execute(f"GRANT INSERT ON audit_log TO {everyone}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(COORDINATOR_TABLES)} TO md_coordinator")
    op.execute("GRANT INSERT, DELETE ON mediators TO md_coordinator")
    op.execute(f"GRANT UPDATE ({', '.join(MEDIATOR_COLUMNS)}) ON mediators TO md_coordinator")
    op.execute(f"GRANT UPDATE ({', '.join(PROJECT_COLUMNS)}) ON projects TO md_coordinator")
    op.execute("GRANT INSERT, UPDATE, DELETE ON projects TO md_finance")
    op.execute("GRANT UPDATE (hourly_rate, version) ON mediators TO md_finance")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON settings TO {everyone}")
    op.execute("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY settings_read ON settings FOR SELECT USING (true)")
    op.execute("CREATE POLICY settings_admin ON settings FOR ALL TO md_admin USING (true) WITH CHECK (true)")
    for group, keys in (("md_finance", FINANCE_KEYS), ("md_coordinator", COORDINATOR_KEYS)):
        name = group.removeprefix("md_")
        op.execute(f"CREATE POLICY settings_{name} ON settings FOR ALL TO {group} "
                   f"USING ({keys}) WITH CHECK ({keys})")
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_rate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.hourly_rate IS NOT NULL AND pg_has_role(session_user, 'md_coordinator', 'MEMBER')
               AND NOT pg_has_role(session_user, 'md_finance', 'MEMBER') THEN
                RAISE EXCEPTION 'only finance sets a mediator''s rate'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""")
    op.execute(f"""
        CREATE TRIGGER md_rate_guard BEFORE INSERT ON "{schema}".mediators
        FOR EACH ROW EXECUTE FUNCTION "{schema}".md_rate_guard()""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS md_rate_guard ON mediators")
    op.execute("DROP FUNCTION IF EXISTS md_rate_guard()")
    for name in ("read", "admin", "finance", "coordinator"):
        op.execute(f"DROP POLICY IF EXISTS settings_{name} ON settings")
    op.execute("ALTER TABLE settings DISABLE ROW LEVEL SECURITY")
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    for group in GROUPS:
        op.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {group}')
        op.execute(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA "{schema}" FROM {group}')
        op.execute(f'REVOKE ALL ON SCHEMA "{schema}" FROM {group}')
