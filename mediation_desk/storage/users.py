"""The people who may use a shared PostgreSQL database: one login each, in one of three groups.

A login is a PostgreSQL role that can log in and belongs to md_coordinator,
md_finance or md_admin (migration 0004c grants what each group may do). An
admin login may also create roles (CREATEROLE) and holds the groups with
ADMIN OPTION, so it can add the others; every coordinator and finance login
is handed to md_admin with ADMIN OPTION so that any admin may later disable
it (an admin login is disabled by the database's owner).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.exc import DBAPIError

from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError, not_allowed

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


class Role(StrEnum):
    COORDINATOR = "coordinator"
    FINANCE = "finance"
    ADMIN = "admin"

    @property
    def group(self) -> str:
        return f"md_{self.value}"


class UserError(StorageError):
    """A user that cannot be added or changed; ``code`` names why."""

    def __init__(self, code: str, login: str = "") -> None:
        super().__init__(f"{code}: {login}")
        self.code = code
        self.login = login


@dataclass(frozen=True)
class User:
    login: str
    role: Role | None  # None: a login of the server in none of our groups (the owner, say)
    can_login: bool


def check_login(login: str) -> str:
    if not LOGIN_PATTERN.fullmatch(login):
        raise UserError("bad_login", login)
    return login


def list_users(db: Database) -> list[User]:
    """Every login in one of the three groups, by name (an admin counts as admin, not as its inner groups)."""
    _postgres_only(db)
    query = sa.text("""
        SELECT u.rolname, u.rolcanlogin, array_agg(g.rolname) AS groups
        FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid
        WHERE g.rolname IN ('md_coordinator', 'md_finance', 'md_admin') AND u.rolname NOT LIKE 'md\\_%'
        GROUP BY u.rolname, u.rolcanlogin ORDER BY u.rolname""")
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [User(name, _role_of(groups), bool(can)) for name, can, groups in rows]


def role_of(db: Database) -> Role | None:
    """The role of this session's login; None for the database's owner, a superuser or SQLite (may do all)."""
    if db.is_sqlite:
        return None
    query = sa.text("""
        SELECT r.rolsuper, pg_has_role(session_user, 'md_admin', 'MEMBER'),
               pg_has_role(session_user, 'md_finance', 'MEMBER'),
               pg_has_role(session_user, 'md_coordinator', 'MEMBER'),
               (SELECT tableowner = session_user FROM pg_tables WHERE tablename = 'requests'
                AND schemaname = current_schema())
        FROM pg_roles r WHERE r.rolname = session_user""")
    with db.engine.connect() as conn:
        if conn.execute(sa.text("SELECT to_regrole('md_admin') IS NULL")).scalar_one():
            return None
        superuser, admin, finance, coordinator, owner = conn.execute(query).one()
    if superuser or owner:
        return None
    if admin:
        return Role.ADMIN
    if finance:
        return Role.FINANCE
    return Role.COORDINATOR if coordinator else None


def add_user(db: Database, login: str, role: Role, password: str) -> User:
    """Create ``login`` with ``password`` in ``role``'s group; refused when the login exists."""
    _postgres_only(db)
    check_login(login)
    if not password:
        raise UserError("empty_password", login)
    who = sql.Identifier(login)
    statements = [sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(who, sql.Literal(password))]
    if role is Role.ADMIN:
        statements += [sql.SQL("ALTER ROLE {} CREATEROLE").format(who),
                       sql.SQL("GRANT md_admin, md_coordinator, md_finance TO {} WITH ADMIN OPTION")
                       .format(who)]
    else:  # and every admin may later disable it (an admin login itself: only the owner may)
        statements += [sql.SQL("GRANT {} TO {}").format(sql.Identifier(role.group), who),
                       sql.SQL("GRANT {} TO md_admin WITH ADMIN OPTION").format(who)]
    with _refusals(), db.engine.begin() as conn:
        if conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first():
            raise UserError("login_exists", login)
        raw = conn.connection.driver_connection
        for statement in statements:
            conn.exec_driver_sql(statement.as_string(raw))
    return User(login, role, True)


def disable_user(db: Database, login: str) -> None:
    """The login can no longer connect (its past stays in the audit trail under its name)."""
    _postgres_only(db)
    check_login(login)
    if login not in {u.login for u in list_users(db)}:
        raise UserError("unknown_login", login)
    with _refusals(), db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        conn.exec_driver_sql(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)).as_string(raw))


@contextmanager
def _refusals() -> Iterator[None]:
    """A login without the right to manage roles gets NotAllowedError, not a driver error."""
    try:
        yield
    except DBAPIError as exc:
        refused = not_allowed(exc)
        if refused is not None:
            raise refused from exc
        raise


def _role_of(groups: list[str]) -> Role | None:
    for role in (Role.ADMIN, Role.FINANCE, Role.COORDINATOR):
        if role.group in groups:
            return role
    return None


def _postgres_only(db: Database) -> None:
    if db.is_sqlite:
        raise UserError("sqlite_single_user")
