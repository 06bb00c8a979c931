"""An audit trail the database keeps itself: on PostgreSQL the actor is the session's login.

On PostgreSQL a trigger stamps every audit line with ``session_user``, the
server's clock and the transaction id, whatever the client sent; UPDATE and
DELETE of audit lines are refused. A deferred trigger on every table a person
edits adds a line for each changed row whose transaction recorded none about
it, so a change made around the program is not missed either. SQLite (one PC,
one user) records what the program writes, with the operating-system account.

Revision ID: 0004b
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004b"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> (entity name in the audit trail, primary-key column)
AUDITED = {
    "areas": ("area", "code"),
    "languages": ("language", "code"),
    "projects": ("project", "code"),
    "agencies": ("agency", "id"),
    "mediators": ("mediator", "id"),
    "requests": ("request", "id"),
    "bookings": ("booking", "id"),
    "series": ("series", "id"),
    "settings": ("setting", "key"),
}


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("txid", sa.BigInteger(), nullable=True))
    op.create_index("ix_audit_log_txid", "audit_log", ["txid"])
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.actor := session_user;
            NEW.at := now();
            NEW.txid := txid_current();
            RETURN NEW;
        END $$""")
    op.execute(f"""
        CREATE TRIGGER md_audit_stamp BEFORE INSERT ON "{schema}".audit_log
        FOR EACH ROW EXECUTE FUNCTION "{schema}".md_audit_stamp()""")
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute(f"""
        CREATE TRIGGER md_audit_guard BEFORE UPDATE OR DELETE ON "{schema}".audit_log
        FOR EACH ROW EXECUTE FUNCTION "{schema}".md_audit_guard()""")
    # SECURITY DEFINER: a login that may not write audit lines directly still gets its changes recorded
    op.execute(f"""
        CREATE FUNCTION "{schema}".md_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, "{schema}" AS $$
        DECLARE
            v_entity text := TG_ARGV[0];
            v_key text;
            changed jsonb;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                v_key := to_jsonb(OLD) ->> TG_ARGV[1];
            ELSE
                v_key := to_jsonb(NEW) ->> TG_ARGV[1];
            END IF;
            IF EXISTS (SELECT 1 FROM audit_log a WHERE a.txid = txid_current()
                       AND ((a.entity = v_entity AND a.entity_id = v_key) OR a.entity = 'service')) THEN
                RETURN NULL;  -- the program said what it did to this row in this transaction
            END IF;
            IF TG_OP = 'UPDATE' THEN
                SELECT coalesce(jsonb_agg(n.key ORDER BY n.key), '[]'::jsonb) INTO changed
                FROM jsonb_each(to_jsonb(NEW)) n WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
            ELSE
                changed := '[]'::jsonb;
            END IF;
            INSERT INTO audit_log (at, actor, action, entity, entity_id, details)
            VALUES (now(), session_user, lower(TG_OP), v_entity, v_key,
                    jsonb_build_object('source', 'database', 'changed', changed)::json);
            RETURN NULL;
        END $$""")
    for table, (entity, key) in AUDITED.items():
        op.execute(f"""
            CREATE CONSTRAINT TRIGGER md_audit_row AFTER INSERT OR UPDATE OR DELETE ON "{schema}".{table}
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
            EXECUTE FUNCTION "{schema}".md_audit_row('{entity}', '{key}')""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in AUDITED:
            op.execute(f"DROP TRIGGER IF EXISTS md_audit_row ON {table}")
        op.execute("DROP TRIGGER IF EXISTS md_audit_guard ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS md_audit_stamp ON audit_log")
        for name in ("md_audit_row", "md_audit_guard", "md_audit_stamp"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_index("ix_audit_log_txid", "audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("txid")
