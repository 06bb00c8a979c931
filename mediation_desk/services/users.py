"""Who may use a shared database and as what: add, list and disable logins; each change audited.

On SQLite there is one user, the operating-system account, and nothing to manage.
"""

from __future__ import annotations

import datetime as dt

from mediation_desk.storage import repository, users
from mediation_desk.storage.db import Database
from mediation_desk.storage.users import Role, User, UserError, role_of

__all__ = ["Role", "User", "UserError", "add_user", "current_role", "disable_user", "list_users"]


def list_users(db: Database) -> list[User]:
    return users.list_users(db)


def current_role(db: Database) -> Role | None:
    """This session's role; None when it may do everything (SQLite, the database's owner)."""
    return role_of(db)


def add_user(db: Database, login: str, role: Role, password: str, *, actor: str, now: dt.datetime) -> User:
    """Create the login (refused with NotAllowedError for a login that may not manage users)."""
    user = users.add_user(db, login, role, password)
    with db.write() as s:
        repository.add_audit(s, at=now, actor=actor, action="add_user", entity="user", entity_id=login,
                             details={"role": str(role)})
    return user


def disable_user(db: Database, login: str, *, actor: str, now: dt.datetime) -> None:
    users.disable_user(db, login)
    with db.write() as s:
        repository.add_audit(s, at=now, actor=actor, action="disable_user", entity="user", entity_id=login,
                             details={})
