"""Erasure reaches the audit trail: free text about a person is removed from its lines, nothing else.

The trail stays append-only for everyone (migration 0004b); only the function
``md_scrub_audit`` (owned by the database's owner, callable by md_admin) may
blank listed detail keys of the lines about listed records, on PostgreSQL,
when a case is erased or its retention ends. Who did what and when stays.

Revision ID: 0004e
Revises: 0004d
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004e"
down_revision = "0004d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f"""
        CREATE OR REPLACE FUNCTION "{schema}".md_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND current_setting('md.scrub', true) = 'on'
               AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
               AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id THEN
                RETURN NEW;  -- md_scrub_audit blanking personal text: who, what and when stay
            END IF;
            RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_scrub_audit(record_ids text[], detail_keys text[]) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "{schema}" AS $$
        DECLARE
            changed integer;
        BEGIN
            PERFORM set_config('md.scrub', 'on', true);
            UPDATE audit_log a SET details = (
                SELECT coalesce(jsonb_object_agg(e.key, CASE WHEN e.key = ANY(detail_keys)
                                                             THEN to_jsonb('[anonimizzato]'::text)
                                                             ELSE e.value END), '{{}}'::jsonb)
                FROM jsonb_each(a.details::jsonb) e)::json
            WHERE a.entity_id = ANY(record_ids) AND a.details::jsonb ?| detail_keys;
            GET DIAGNOSTICS changed = ROW_COUNT;
            PERFORM set_config('md.scrub', 'off', true);
            RETURN changed;
        END $$""")
    op.execute(f'REVOKE ALL ON FUNCTION "{schema}".md_scrub_audit(text[], text[]) FROM PUBLIC')
    function = f'"{schema}".md_scrub_audit(text[], text[])'
    op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO md_admin, md_coordinator")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS md_scrub_audit(text[], text[])")
